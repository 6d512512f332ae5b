// Provenance lives on the link: the clause relation, the exact quote and its character span in the paragraph.
UNWIND $citations AS row
MATCH (p:Paragraph {id: row.paragraphId})
MATCH (t:Entity {id: row.targetId})
MERGE (p)-[c:CITES {key: row.key}]->(t)
SET c = row.props
RETURN count(c) AS written
