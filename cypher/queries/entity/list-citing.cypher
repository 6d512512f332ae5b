// entity/list when the list is filtered by what it cites ($cites): the same filters and order, but read from the cited
// entity backwards (its citations, their paragraphs, their resolutions) instead of testing every entity of the type.
MATCH (t:Entity {id: $cites})
USING INDEX SEEK t:Entity(id)
CALL (t) {
  MATCH (t)<-[:CITES]-(:Paragraph)<-[:HAS_PARAGRAPH]-(n:Entity)
  RETURN DISTINCT n
}
WITH n
WHERE $type IN labels(n)
  AND NOT ($excludeResolutions AND n:Resolution)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($curated IS NULL OR n.curated = $curated)
  AND ($adoptedBy IS NULL OR EXISTS { (n)-[:ADOPTED_BY]->(:Entity {id: $adoptedBy}) })
  AND ($from IS NULL OR coalesce(n.adoptedOn, n.date) >= date($from))
  AND ($to IS NULL OR coalesce(n.adoptedOn, n.date) <= date($to))
WITH n,
     CASE $orderField
       WHEN 'DATE' THEN toString(coalesce(n.adoptedOn, n.date))
       WHEN 'SYMBOL' THEN n.symbol
       ELSE toLower(coalesce(n.title, n.symbol, n.id))
     END AS sortKey
ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN NOT $descending THEN sortKey END ASC, n.id
// Only the page's nodes are projected (with the properties the operation reads, src/graph/projection.ts).
WITH collect(n) AS rows
RETURN size(rows) AS totalCount, [n IN rows[$skip..($skip + $limit)] | {{projected-entity n}}] AS page
