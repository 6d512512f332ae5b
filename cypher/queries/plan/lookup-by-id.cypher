// As entity/by-ids.
UNWIND ids AS id
MATCH (n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
WITH collect({{projected-entity n}}) AS rows, collect(DISTINCT n.id) AS nodeIds
RETURN rows, nodeIds, [] AS paragraphIds
