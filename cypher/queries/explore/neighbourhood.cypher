// The entities within $depth (1..3) hops of one entity, for drawing, in ONE round trip. A citation counts as one hop
// (resolution -> paragraph -> entity is collapsed); catalogue links are walked both ways. Nearest first, then by id.
// Bounded on hubs: each hop expands only the nodes kept so far, and takes from each node its first $limit + 1
// neighbours by id (enough to fill the drawing and to know it is truncated) among the first $scanCap it reads, so a
// node cited by 10,000 resolutions costs at most $scanCap rows, never the whole graph. Which neighbours of a node with
// more than $scanCap are drawn is stable but not by id. A hop is only walked when the earlier ones left room.
// $citationRelations: clause relations to walk (null: all); $linkTypes: link types to walk (allow-listed by the caller).
// Each hop takes the neighbours of one node n with the fragment explore/_neighbours.cypher.
MATCH (root:Entity {id: $id})
WITH root, [root] AS seen
CALL (seen) {
  UNWIND CASE WHEN $depth >= 1 THEN seen ELSE [] END AS n
  {{> explore/_neighbours}}
  WITH DISTINCT m WHERE NOT m IN seen
  ORDER BY m.id
  RETURN collect(m) AS found1
}
WITH root, seen, found1[..($limit - 1)] AS hop1, size(found1) > $limit - 1 AS cut1
WITH root, hop1, cut1, seen + hop1 AS seen
CALL (hop1, cut1, seen) {
  UNWIND CASE WHEN $depth >= 2 AND NOT cut1 THEN hop1 ELSE [] END AS n
  {{> explore/_neighbours}}
  WITH DISTINCT m WHERE NOT m IN seen
  ORDER BY m.id
  RETURN collect(m) AS found2
}
WITH root, hop1, cut1, seen, found2[..($limit - size(seen))] AS hop2, size(found2) > $limit - size(seen) AS cut2
WITH root, hop1, hop2, cut1 OR cut2 AS cut, seen + hop2 AS seen
CALL (hop2, cut, seen) {
  UNWIND CASE WHEN $depth >= 3 AND NOT cut THEN hop2 ELSE [] END AS n
  {{> explore/_neighbours}}
  WITH DISTINCT m WHERE NOT m IN seen
  ORDER BY m.id
  RETURN collect(m) AS found3
}
WITH root, hop1, hop2, cut, seen, found3[..($limit - size(seen))] AS hop3, size(found3) > $limit - size(seen) AS cut3
WITH root, hop1, hop2, hop3, cut OR cut3 AS truncated, seen + hop3 AS kept
// Edges between kept nodes only, each walked from its source so every edge is found once (the caller gives ids and order).
CALL (kept) {
  CALL (kept) {
    // Only resolutions have paragraphs, a paragraph is all HAS_PARAGRAPH leads to, and only paragraphs cite (the load
    // writes them so): no label check per row.
    UNWIND kept AS a
    MATCH (a:Resolution)-[:HAS_PARAGRAPH]->(p)-[c:CITES]->(b)
    WHERE ($citationRelations IS NULL OR c.relation IN $citationRelations) AND b IN kept
    WITH a, p, c, b
    RETURN {source: a.id, target: b.id, relation: c.relation, paragraphId: p.id, key: c.key, quote: c.quote, phrase: c.phrase} AS edge
    UNION ALL
    UNWIND kept AS a
    MATCH (a)-[l:{{link-types}}]->(b:Entity)
    WHERE b IN kept AND type(l) IN $linkTypes
    RETURN {source: a.id, target: b.id, relation: type(l), paragraphId: null, key: null, quote: null, phrase: null} AS edge
  }
  RETURN collect(edge) AS edges
}
// Each node with what a drawing shows of it ({{drawn-properties}}, core/model/explore.ts), not all of it.
RETURN [{node: root {.id, {{drawn-properties}}, labels: labels(root)}, depth: 0}]
       + [n IN hop1 | {node: n {.id, {{drawn-properties}}, labels: labels(n)}, depth: 1}]
       + [n IN hop2 | {node: n {.id, {{drawn-properties}}, labels: labels(n)}, depth: 2}]
       + [n IN hop3 | {node: n {.id, {{drawn-properties}}, labels: labels(n)}, depth: 3}] AS nodes,
       edges, truncated
