// As entity/links-out and entity/links-in: args.type (allow-listed by the caller) and args.direction ('OUT' or 'IN').
// Only link types are walked ({{link-types}}): a hub's thousands of incoming CITES are never read to find its links.
UNWIND ids AS id
MATCH (n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
CALL (n, args) {
  MATCH (n)-[r:{{link-types}}]->(m:Entity)
  WHERE args.direction = 'OUT' AND type(r) = args.type
  RETURN r, m
  UNION ALL
  MATCH (n)<-[r:{{link-types}}]-(m:Entity)
  WHERE args.direction = 'IN' AND type(r) = args.type
  RETURN r, m
}
WITH id, r, m
ORDER BY id, coalesce(m.sortKey, m.title, m.id)
WITH collect({id: id, node: {{projected-entity m}}, link: properties(r)}) AS rows, collect(DISTINCT m.id) AS nodeIds
RETURN rows, nodeIds, [] AS paragraphIds
