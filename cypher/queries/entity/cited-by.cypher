// For a batch of cited entities: the paragraphs that cite each, newest resolution first by default, one page plus the total.
UNWIND $ids AS id
MATCH (t:Entity {id: id})
USING INDEX SEEK t:Entity(id)
CALL (t) {
  MATCH (t)<-[c:CITES]-(p:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
  WHERE ($relations IS NULL OR c.relation IN $relations)
    AND ($roles IS NULL OR c.role IN $roles)
    AND ($resolutionId IS NULL OR r.id = $resolutionId)
    AND ($adoptedFrom IS NULL OR r.adoptedOn >= date($adoptedFrom))
    AND ($adoptedTo IS NULL OR r.adoptedOn <= date($adoptedTo))
    AND ($adoptedBy IS NULL OR EXISTS { MATCH (r)-[:ADOPTED_BY]->(organ) WHERE organ.id = $adoptedBy })
  WITH c, p, r,
       CASE $orderField WHEN 'SYMBOL' THEN r.symbol ELSE toString(r.adoptedOn) END AS sortKey
  ORDER BY CASE WHEN $descending THEN sortKey END DESC, CASE WHEN NOT $descending THEN sortKey END ASC, r.id, p.order, c.start
  WITH collect(c {.*, paragraphId: p.id, resolutionId: r.id, targetId: t.id}) AS rows
  RETURN size(rows) AS totalCount, rows[$skip..($skip + $limit)] AS page
}
RETURN id, totalCount, page
