// As entity/by-ids.
UNWIND ids AS id
MATCH (n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
WITH collect(CASE WHEN $props.entity IS NULL THEN n {.*, labels: labels(n)} ELSE {id: n.id, labels: labels(n), _values: [k IN $props.entity | n[k]]} END) AS rows, collect(DISTINCT n.id) AS nodeIds
RETURN rows, nodeIds, [] AS paragraphIds
