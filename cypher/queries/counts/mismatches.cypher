// Entities whose stored citedByCount differs from the count entity/cited-by would give (or is missing): the check
// behind `npm run graph:recount -- --check` and the tests. Empty when the stored counts are right.
MATCH (t:Entity)
CALL (t) {
  MATCH (t)<-[c:CITES]-(:Paragraph)<-[:HAS_PARAGRAPH]-(:Resolution)
  RETURN count(c) AS citations
}
WITH t, citations
WHERE t.citedByCount IS NULL OR t.citedByCount <> citations
RETURN t.id AS id, t.citedByCount AS stored, citations AS counted
ORDER BY id
LIMIT 100
