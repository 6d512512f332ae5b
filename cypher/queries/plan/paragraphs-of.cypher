// As resolution/paragraphs: args.kind (null: any).
UNWIND ids AS id
CALL (id, args) {
  MATCH (r:Entity:Resolution {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)
  USING INDEX SEEK r:Entity(id)
  WHERE args.kind IS NULL OR p.kind = args.kind
  RETURN p
  ORDER BY p.order
}
WITH collect({id: id, paragraph: CASE WHEN $props.paragraph IS NULL THEN p {.*} ELSE {id: p.id, _values: [k IN $props.paragraph | p[k]]} END}) AS rows, collect(DISTINCT p.id) AS paragraphIds
RETURN rows, [] AS nodeIds, paragraphIds
