// What the graph holds of resolutions about to be written: their version and source (a start-up write keeps a
// version from another source), and their paragraphs and citations (the trace a replacement leaves). One row per
// id that has a node; an id without one is new.
UNWIND $ids AS id
MATCH (old:Entity {id: id})
CALL (old) {
  OPTIONAL MATCH (old)-[:HAS_PARAGRAPH]->(p:Paragraph)
  CALL (p) {
    OPTIONAL MATCH (p)-[c:CITES]->(t:Entity)
    RETURN collect(CASE WHEN c IS NOT NULL THEN {targetId: t.id, quote: c.quote} END) AS cs
  }
  WITH p, cs ORDER BY p.order
  RETURN collect(CASE WHEN p IS NOT NULL THEN {id: p.id, text: p.text} END) AS oldParagraphs, reduce(all = [], x IN collect(cs) | all + x) AS oldCitations
}
RETURN id, old.source AS source, old {.contentHash, .previousContentHash, .previousParagraphCount, .previousCitationCount} AS before,
       oldParagraphs, oldCitations
