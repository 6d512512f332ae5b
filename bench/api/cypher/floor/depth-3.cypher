// Hand-written floor of "depth-3": the instruments a resolution cites, their monitoring bodies, and what those monitor.
MATCH (r:Entity {symbol: $symbol})-[:HAS_PARAGRAPH]->(:Paragraph)-[:CITES]->(i:Instrument)
WITH DISTINCT i
OPTIONAL MATCH (i)-[:MONITORED_BY]->(b:Body)
CALL (b) {
  OPTIONAL MATCH (b)<-[:MONITORED_BY]-(o:Instrument)
  RETURN collect(o {.id, .title}) AS monitors
}
RETURN i.id AS id, i.title AS title, collect(b {.id, .title, monitors: monitors}) AS monitoredBy
