// Deletes resolutions with their paragraphs (and so their citations); entities they cite stay.
UNWIND $resolutionIds AS id
MATCH (r:Entity:Resolution {id: id})
CALL (r) {
  OPTIONAL MATCH (r)-[:HAS_PARAGRAPH]->(p:Paragraph)
  DETACH DELETE p
}
DETACH DELETE r
RETURN count(*) AS removed
