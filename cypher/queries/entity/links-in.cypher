// Incoming links of one allow-listed type for a batch of entities.
UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[r]-(m:Entity)
USING INDEX SEEK n:Entity(id)
WHERE type(r) = $type
RETURN id, m {.*, labels: labels(m)} AS node, properties(r) AS link
ORDER BY id, coalesce(m.sortKey, m.title, m.id)
