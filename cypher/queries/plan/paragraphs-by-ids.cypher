// As paragraph/by-ids.
UNWIND ids AS id
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph {id: id})
USING INDEX SEEK p:Paragraph(id)
WITH collect(p {.*, resolutionId: r.id}) AS rows, collect(DISTINCT p.id) AS paragraphIds
RETURN rows, [] AS nodeIds, paragraphIds
