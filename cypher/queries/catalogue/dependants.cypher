// Uncurated nodes whose ids are built from a splinter's id: its provisions (PART_OF) and its entry into force (CONCERNS).
UNWIND $ids AS parentId
MATCH (p:Entity {id: parentId})
USING INDEX SEEK p:Entity(id)
MATCH (d:Entity)-[:PART_OF|CONCERNS]->(p)
WHERE d.curated = false AND (d:Provision OR d:Event)
RETURN DISTINCT d.id AS id, parentId
