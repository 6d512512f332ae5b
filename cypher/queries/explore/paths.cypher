// The shortest connections between two entities, in ONE round trip. A citation is two stored relationships
// (resolution -[:HAS_PARAGRAPH]-> paragraph -[:CITES]-> entity) but one hop for the reader, so $maxHops entity hops
// (1..6) allow 2 x $maxHops relationships: one branch per value, because a path length cannot be a parameter (the
// branches and the relationship types they walk are generated from the vocabulary, src/graph/cypher-template.ts); only
// the branch equal to $maxHops runs. allShortestPaths searches from both ends at once, so a hub cited by thousands of
// resolutions is not expanded level by level (SHORTEST k was measured 100x slower on such a hub); it returns every
// path of the shortest stored length, of which the first 200 are ranked by entity hops (every relationship but
// HAS_PARAGRAPH). The caller collapses paragraphs and keeps the first $limit.
// Row: whether both ends exist, and the paths; each lists its nodes (a paragraph with its resolution) and relationships.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  CALL (a, b) {
    {{shortest-path-branches}}
  }
  WITH p LIMIT 200
  WITH p, size([r IN relationships(p) WHERE type(r) <> 'HAS_PARAGRAPH']) AS hops
  WHERE hops <= $maxHops
  WITH p, hops ORDER BY hops, length(p)
  RETURN collect({
    hops: hops,
    nodes: [n IN nodes(p) | CASE WHEN n:Paragraph
      THEN n {.id, kind: 'Paragraph', resolution: head([(r:Resolution)-[:HAS_PARAGRAPH]->(n) | r {.id, {{drawn-properties}}, labels: labels(r)}])}
      ELSE n {.id, {{drawn-properties}}, labels: labels(n)} END],
    rels: [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id, props: properties(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
