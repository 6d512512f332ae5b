// Hand-written floor of "neighbourhood": two hops from a resolution over GUIDED_BY citations (either way) and
// MONITORED_BY links, nodes and edges, bounded like the API's drawing.
MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH (root)-[:HAS_PARAGRAPH]->(:Paragraph)-[c:CITES]->(m:Entity) WHERE c.relation = 'GUIDED_BY'
  RETURN DISTINCT m
}
WITH root, collect(m) AS hop1
CALL (hop1) {
  UNWIND hop1 AS n
  CALL (n) {
    MATCH (n)<-[c:CITES]-(:Paragraph)<-[:HAS_PARAGRAPH]-(m:Entity) WHERE c.relation = 'GUIDED_BY'
    RETURN n AS from, m, c.quote AS quote
    UNION ALL
    MATCH (n)-[:MONITORED_BY]-(m:Entity)
    RETURN n AS from, m, null AS quote
  }
  RETURN collect({source: from.id, target: m.id, quote: quote})[..500] AS edges
}
RETURN root.id AS id, [n IN hop1 | n.id] AS hop1, edges
