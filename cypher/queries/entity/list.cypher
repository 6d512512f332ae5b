// One page of entities of one type, with the total; filters are optional (null means "any").
MATCH (n:Entity)
WHERE $type IN labels(n)
  AND NOT ($excludeResolutions AND n:Resolution)
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($curated IS NULL OR n.curated = $curated)
  AND ($adoptedBy IS NULL OR EXISTS { (n)-[:ADOPTED_BY]->(:Entity {id: $adoptedBy}) })
  AND ($from IS NULL OR coalesce(n.adoptedOn, n.date) >= date($from))
  AND ($to IS NULL OR coalesce(n.adoptedOn, n.date) <= date($to))
  AND ($cites IS NULL OR EXISTS { (n)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(:Entity {id: $cites}) })
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
