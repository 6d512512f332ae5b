// One index seek per resolution id (a plain ORDER BY id over the whole result made the planner scan the id index).
UNWIND $ids AS id
CALL (id) {
  MATCH (r:Entity:Resolution {id: id})-[:HAS_PARAGRAPH]->(p:Paragraph)
  USING INDEX SEEK r:Entity(id)
  WHERE $kind IS NULL OR p.kind = $kind
  RETURN p
  ORDER BY p.order
}
RETURN id, p {.*} AS paragraph
