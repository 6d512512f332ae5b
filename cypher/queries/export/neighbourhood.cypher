// The nodes within $depth hops (1..3, either direction) of the node $rootId, paragraphs counting as the hop
// they are (resolution -> paragraph -> cited entity is two hops), and every relationship between them.
// Breadth-first with one static block per hop: a variable-length pattern cannot take its bound from a
// parameter, and BFS keeps each node once instead of enumerating every path to it.
MATCH (root)
WHERE root.id = $rootId AND (root:Entity OR root:Paragraph OR root:AgendaItem)
CALL (root) {
  OPTIONAL MATCH (root)--(m)
  WHERE $depth >= 1
  WITH root, collect(DISTINCT m) AS found
  RETURN [root] + found AS hop1
}
CALL (hop1) {
  UNWIND hop1 AS x
  OPTIONAL MATCH (x)--(m)
  WHERE $depth >= 2 AND NOT m IN hop1
  WITH hop1, collect(DISTINCT m) AS found
  RETURN hop1 + found AS hop2
}
CALL (hop2) {
  UNWIND hop2 AS x
  OPTIONAL MATCH (x)--(m)
  WHERE $depth >= 3 AND NOT m IN hop2
  WITH hop2, collect(DISTINCT m) AS found
  RETURN hop2 + found AS within
}
CALL (within) {
  UNWIND within AS a
  MATCH (a)-[r]->(b)
  WHERE b IN within
  WITH a, r, b ORDER BY a.id, type(r), b.id, r.key
  RETURN collect({source: a.id, type: type(r), target: b.id, properties: properties(r)}) AS relationships
}
RETURN [n IN within | {id: n.id, labels: labels(n), properties: properties(n)}] AS nodes, relationships
