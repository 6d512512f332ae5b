// The ids, of those given, that no entity has (a write citing one is refused).
UNWIND $ids AS id
WITH id WHERE NOT EXISTS { MATCH (:Entity {id: id}) }
RETURN collect(id) AS absent
