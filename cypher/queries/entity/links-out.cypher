// Outgoing links of one allow-listed type for a batch of entities; the type is a value, never Cypher text. Only link
// types are walked ({{link-types}}): a body or instrument cited by thousands of paragraphs has thousands of CITES,
// which the type filter alone read.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r:{{link-types}}]->(m:Entity)
USING INDEX SEEK n:Entity(id)
WHERE type(r) = $type
RETURN id, m {.*, labels: labels(m)} AS node, properties(r) AS link
ORDER BY id, coalesce(m.sortKey, m.title, m.id)
