UNWIND $paragraphs AS row
MATCH (r:Resolution {id: $resolutionId})
MERGE (p:Paragraph {id: row.id})
SET p = row.props
MERGE (r)-[:HAS_PARAGRAPH]->(p)
RETURN count(p) AS written
