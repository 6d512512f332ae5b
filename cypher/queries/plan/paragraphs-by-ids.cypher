// As paragraph/by-ids.
UNWIND ids AS id
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(p:Paragraph {id: id})
USING INDEX SEEK p:Paragraph(id)
WITH collect(CASE WHEN $props.paragraph IS NULL THEN p {.*, resolutionId: r.id} ELSE {id: p.id, resolutionId: r.id, _values: [k IN $props.paragraph | p[k]]} END) AS rows, collect(DISTINCT p.id) AS paragraphIds
RETURN rows, [] AS nodeIds, paragraphIds
