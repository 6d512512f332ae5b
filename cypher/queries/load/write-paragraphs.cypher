// The paragraphs of a batch's resolutions, each with its citations. Every entity cited is looked up once for the
// batch ($targetIds) and addressed by its position; CREATE, not MERGE: the caller cleared any earlier paragraphs, and
// MERGE would lock each cited instrument or body, so concurrent writers would queue on it.
UNWIND range(0, size($targetIds) - 1) AS i
OPTIONAL MATCH (t:Entity {id: $targetIds[i]})
WITH i, t ORDER BY i
WITH collect(t) AS targets
UNWIND $resolutions AS w
MATCH (r:Entity {id: w.id})
UNWIND w.paragraphs AS row
CREATE (r)-[:HAS_PARAGRAPH]->(p:Paragraph)
SET p = row.props
WITH p, row, targets
UNWIND row.citations AS c
WITH p, c, targets[c.target] AS t
CREATE (p)-[x:CITES]->(t)
SET x = c.props
