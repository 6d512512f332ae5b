// One page of Bodys ordered by their stored citedByCount (see counts/recount.cypher), ties by id, with the total.
// The page is an index-ordered read of body_cited_by_count: each direction has its own branch, since only a plain
// ORDER BY on the property reads the index in order, and the gate before the MATCH (WITH ... WHERE) keeps the other
// branch from reading at all. Filters as in entity/list.cypher; null means "any".
// Without filters the total is the label's count from the count store (one read, not a scan of every Body).
CALL () {
  MATCH (n:Body)
  RETURN count(n) AS everyOne
}
CALL () {
  WITH 1 AS gate WHERE NOT ($kinds IS NULL AND $curated IS NULL AND $adoptedBy IS NULL AND $from IS NULL AND $to IS NULL AND $cites IS NULL)
  MATCH (n:Body)
  WHERE true
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($curated IS NULL OR n.curated = $curated)
    AND ($adoptedBy IS NULL OR EXISTS { (n)-[:ADOPTED_BY]->(:Entity {id: $adoptedBy}) })
    AND ($from IS NULL OR coalesce(n.adoptedOn, n.date) >= date($from))
    AND ($to IS NULL OR coalesce(n.adoptedOn, n.date) <= date($to))
    AND ($cites IS NULL OR EXISTS { (n)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(:Entity {id: $cites}) })
  RETURN count(n) AS filtered
}
WITH CASE WHEN $kinds IS NULL AND $curated IS NULL AND $adoptedBy IS NULL AND $from IS NULL AND $to IS NULL AND $cites IS NULL THEN everyOne ELSE filtered END AS totalCount
CALL () {
  CALL () {
    WITH 1 AS gate WHERE $descending
    MATCH (n:Body)
    WHERE n.citedByCount >= 0
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($curated IS NULL OR n.curated = $curated)
    AND ($adoptedBy IS NULL OR EXISTS { (n)-[:ADOPTED_BY]->(:Entity {id: $adoptedBy}) })
    AND ($from IS NULL OR coalesce(n.adoptedOn, n.date) >= date($from))
    AND ($to IS NULL OR coalesce(n.adoptedOn, n.date) <= date($to))
    AND ($cites IS NULL OR EXISTS { (n)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(:Entity {id: $cites}) })
    RETURN n ORDER BY n.citedByCount DESC, n.id SKIP toInteger($skip) LIMIT toInteger($limit)
    UNION ALL
    WITH 1 AS gate WHERE NOT $descending
    MATCH (n:Body)
    WHERE n.citedByCount >= 0
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND ($curated IS NULL OR n.curated = $curated)
    AND ($adoptedBy IS NULL OR EXISTS { (n)-[:ADOPTED_BY]->(:Entity {id: $adoptedBy}) })
    AND ($from IS NULL OR coalesce(n.adoptedOn, n.date) >= date($from))
    AND ($to IS NULL OR coalesce(n.adoptedOn, n.date) <= date($to))
    AND ($cites IS NULL OR EXISTS { (n)-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(:Entity {id: $cites}) })
    RETURN n ORDER BY n.citedByCount ASC, n.id SKIP toInteger($skip) LIMIT toInteger($limit)
  }
  // The properties the operation reads (src/graph/projection.ts).
  RETURN collect({{projected-entity n}}) AS page
}
RETURN totalCount, page
