// As resolution/cited-entities: args.relations, args.types (null: any).
UNWIND ids AS id
MATCH (r:Entity:Resolution {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)-[c:CITES]->(t:Entity)
USING INDEX SEEK r:Entity(id)
WHERE (args.relations IS NULL OR c.relation IN args.relations)
  AND (args.types IS NULL OR any(label IN labels(t) WHERE label IN args.types))
WITH id, t, p, c
ORDER BY p.order, c.start
WITH id, t, collect(CASE WHEN $props.citations THEN c {.*, paragraphId: p.id, resolutionId: id, targetId: t.id} END) AS citations, min(p.order * 100000 + c.start) AS firstAt
ORDER BY id, firstAt, t.id
RETURN collect({id: id, node: {{projected-entity t}}, citations: citations}) AS rows, collect(DISTINCT t.id) AS nodeIds,
       reduce(acc = [], cs IN collect(citations) | acc + [c IN cs | c.paragraphId]) AS paragraphIds
