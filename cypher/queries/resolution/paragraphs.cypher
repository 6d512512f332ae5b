UNWIND $ids AS id
MATCH (:Resolution {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)
WHERE $kind IS NULL OR p.kind = $kind
RETURN id, p {.*} AS paragraph
ORDER BY id, p.order
