UNWIND $ids AS id
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph {id: id})
USING INDEX SEEK p:Paragraph(id)
RETURN p {.*, resolutionId: r.id} AS paragraph
