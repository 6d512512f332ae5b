// Hand-written floor of "guided-by": the resolution by symbol, its GUIDED_BY citations grouped by instrument.
MATCH (r:Entity {symbol: $symbol})-[:HAS_PARAGRAPH]->(p:Paragraph)-[c:CITES]->(t:Entity)
WHERE c.relation = 'GUIDED_BY'
WITH r, t, p, c ORDER BY p.order, c.start
RETURN r.id AS id, t.id AS target, t.title AS title, collect({relation: c.relation, quote: c.quote, paragraph: p.id}) AS citations
