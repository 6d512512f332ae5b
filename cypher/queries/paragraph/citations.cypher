// Citations of a batch of paragraphs with their targets, so one round trip answers paragraph { citations { target } }.
UNWIND $ids AS id
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph {id: id})-[c:CITES]->(t:Entity)
USING INDEX SEEK p:Paragraph(id)
RETURN id, c {.*, paragraphId: p.id, resolutionId: r.id, targetId: t.id} AS citation, t {.*, labels: labels(t)} AS node
ORDER BY id, c.start, t.id
