// As paragraph/citations.
UNWIND ids AS id
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph {id: id})-[c:CITES]->(t:Entity)
USING INDEX SEEK p:Paragraph(id)
WITH id, r, p, c, t
ORDER BY id, c.start, t.id
WITH collect({id: id, citation: c {.*, paragraphId: p.id, resolutionId: r.id, targetId: t.id}, node: {{projected-entity t}}}) AS rows, collect(DISTINCT t.id) AS nodeIds
RETURN rows, nodeIds, [] AS paragraphIds
