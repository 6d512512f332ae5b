// The entities the paragraphs of these resolutions cite, read before the resolutions are removed, so their
// citedByCount can be counted again after.
UNWIND $resolutionIds AS id
MATCH (r:Entity {id: id})-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(t:Entity)
USING INDEX SEEK r:Entity(id)
RETURN DISTINCT t.id AS id
