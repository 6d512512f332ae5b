// What a batch of resolutions cite, grouped by cited entity, with every citation as provenance.
UNWIND $ids AS id
MATCH (r:Entity:Resolution {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)-[c:CITES]->(t:Entity)
USING INDEX SEEK r:Entity(id)
WHERE ($relations IS NULL OR c.relation IN $relations)
  AND ($types IS NULL OR any(label IN labels(t) WHERE label IN $types))
WITH id, t, p, c
ORDER BY p.order, c.start
WITH id, t, collect(c {.*, paragraphId: p.id, resolutionId: id, targetId: t.id}) AS citations, min(p.order * 100000 + c.start) AS firstAt
ORDER BY id, firstAt, t.id
RETURN id, t {.*, labels: labels(t)} AS node, citations
