// Real ids for the warm-up to ask about: the most cited instrument and body (index-ordered reads), the resolution
// with the most paragraphs among the first few, and one of its paragraphs.
CALL () {
  MATCH (i:Instrument) WHERE i.citedByCount >= 0
  RETURN i.id AS instrumentId ORDER BY i.citedByCount DESC LIMIT 1
}
CALL () {
  MATCH (b:Body) WHERE b.citedByCount >= 0
  RETURN b.id AS bodyId, b.abbreviation AS abbreviation ORDER BY b.citedByCount DESC LIMIT 1
}
CALL () {
  MATCH (r:Resolution) WHERE r.paragraphCount > 0
  WITH r LIMIT 20
  MATCH (r)-[:HAS_PARAGRAPH]->(p:Paragraph)
  RETURN r.id AS resolutionId, r.symbol AS symbol, p.id AS paragraphId ORDER BY r.paragraphCount DESC, p.order LIMIT 1
}
RETURN instrumentId, bodyId, abbreviation, resolutionId, symbol, paragraphId
