// One page of the whole-graph export: the nodes after $after in id order (keyset paging), with their labels
// and every property. Every node of the graph is an :Entity, a :Paragraph or an :AgendaItem; each branch is a range
// seek on that label's unique id index, which also yields ids in order, so a page costs the same wherever it is.
CALL () {
  MATCH (n:Entity) WHERE n.id > $after
  RETURN n ORDER BY n.id LIMIT toInteger($limit)
  UNION
  MATCH (n:Paragraph) WHERE n.id > $after
  RETURN n ORDER BY n.id LIMIT toInteger($limit)
  UNION
  MATCH (n:AgendaItem) WHERE n.id > $after
  RETURN n ORDER BY n.id LIMIT toInteger($limit)
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
LIMIT toInteger($limit)
