// Stores each entity's citedByCount: the number of its citations, counted exactly as entity/cited-by counts them
// without filters (every CITES from a paragraph of a resolution). Run in the write transaction that changed the
// citations, over the entities it touched ($ids, sorted so concurrent writers lock in the same order). The first SET
// takes the node's write lock before the count is read, so the citations of a concurrent writer that committed while
// this one waited are counted too.
UNWIND $ids AS id
MATCH (t:Entity {id: id})
USING INDEX SEEK t:Entity(id)
SET t.citedByCount = coalesce(t.citedByCount, 0)
WITH t
CALL (t) {
  MATCH (t)<-[c:CITES]-(:Paragraph)<-[:HAS_PARAGRAPH]-(:Resolution)
  RETURN count(c) AS citations
}
SET t.citedByCount = citations
RETURN count(t) AS counted
