// Before a resolution is written again: its own links (unless it is a catalogued document, whose curated links stay)
// and its paragraphs, with their citations, go; the write creates them anew.
UNWIND $resolutions AS w
MATCH (r:Entity {id: w.id})
CALL (w, r) {
  WITH w, r WHERE NOT w.attach
  MATCH (r)-[l:PART_OF|ESTABLISHED_BY|SUCCEEDED_BY|MONITORED_BY|ADOPTED_IN|ADOPTED_BY|ADOPTED_AT|IN_SESSION|HELD_BY|CONCERNS|AUTHORED_BY|REPORTED_IN|ABOUT]->()
  DELETE l
}
CALL (r) {
  MATCH (r)-[:HAS_PARAGRAPH]->(p:Paragraph)
  DETACH DELETE p
}
