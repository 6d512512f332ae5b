// As entity/cited-by: args holds its parameters (relations, roles, resolutionId, adoptedFrom, adoptedTo, adoptedBy, orderField, descending, skip, limit).
UNWIND ids AS id
MATCH (t:Entity {id: id})
USING INDEX SEEK t:Entity(id)
CALL (t, args) {
  MATCH (t)<-[c:CITES]-(p:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
  WHERE (args.relations IS NULL OR c.relation IN args.relations)
    AND (args.roles IS NULL OR c.role IN args.roles)
    AND (args.resolutionId IS NULL OR r.id = args.resolutionId)
    AND (args.adoptedFrom IS NULL OR r.adoptedOn >= date(args.adoptedFrom))
    AND (args.adoptedTo IS NULL OR r.adoptedOn <= date(args.adoptedTo))
    AND (args.adoptedBy IS NULL OR EXISTS { MATCH (r)-[:ADOPTED_BY]->(organ) WHERE organ.id = args.adoptedBy })
  WITH c, p, r,
       CASE args.orderField WHEN 'SYMBOL' THEN r.symbol ELSE toString(r.adoptedOn) END AS sortKey
  ORDER BY CASE WHEN args.descending THEN sortKey END DESC, CASE WHEN NOT args.descending THEN sortKey END ASC, r.id, p.order, c.start
  WITH collect(c {.*, paragraphId: p.id, resolutionId: r.id, targetId: t.id}) AS cs
  RETURN size(cs) AS totalCount, cs[args.skip..(args.skip + args.limit)] AS page
}
WITH collect({id: id, totalCount: totalCount, page: page}) AS rows, reduce(acc = [], cs IN collect(page) | acc + [c IN cs | c.paragraphId]) AS paragraphIds
RETURN rows, [] AS nodeIds, paragraphIds
