// One page of the whole-graph export: the nodes after $after in id order (keyset paging, so a page costs
// the same wherever it is), with their labels and every property. Entities and paragraphs both have an id.
MATCH (n)
WHERE n.id > $after
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY n.id
LIMIT toInteger($limit)
