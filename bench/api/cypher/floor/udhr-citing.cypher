// Hand-written floor of "udhr-citing": the resolutions citing the Universal Declaration, newest first, first 50, and how many.
MATCH (t:Entity {id: $cites})
CALL (t) {
  MATCH (t)<-[:CITES]-(:Paragraph)<-[:HAS_PARAGRAPH]-(r:Resolution)
  WITH DISTINCT r
  RETURN collect(r) AS citing
}
UNWIND citing AS r
WITH size(citing) AS total, r ORDER BY r.adoptedOn DESC, r.id LIMIT 50
RETURN total, collect(r {.id, .symbol}) AS resolutions
