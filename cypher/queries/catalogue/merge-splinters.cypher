// Folds each splinter (an uncurated node) into the node of the entity it is: its citations move with their
// properties (the quote stays the words printed), the links texts made to or from it move, then it is deleted.
// The target's own properties, curated or not, are left as they are.
UNWIND $merges AS m
MATCH (s:Entity {id: m.from})
USING INDEX SEEK s:Entity(id)
MATCH (t:Entity {id: m.to})
USING INDEX SEEK t:Entity(id)
WITH s, t WHERE s.curated = false AND s <> t
CALL (s, t) {
  MATCH (x:Paragraph)-[r:CITES]->(s)
  CREATE (x)-[c:CITES]->(t)
  SET c = properties(r), c.key = replace(r.key, s.id, t.id)
  DELETE r
}
CALL (s, t) {
  MATCH (x)-[r:ABOUT]->(s)
  MERGE (x)-[:ABOUT]->(t)
  DELETE r
}
CALL (s, t) {
  MATCH (x)-[r:PART_OF]->(s) WHERE x <> t
  MERGE (x)-[:PART_OF]->(t)
  DELETE r
}
CALL (s, t) {
  MATCH (x)-[r:CONCERNS]->(s) WHERE x <> t
  MERGE (x)-[:CONCERNS]->(t)
  DELETE r
}
CALL (s, t) {
  MATCH (x)-[r:HELD_BY]->(s) WHERE x <> t
  MERGE (x)-[:HELD_BY]->(t)
  DELETE r
}
DETACH DELETE s
RETURN count(*) AS merged
