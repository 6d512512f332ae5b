// The outgoing relationships of one page of nodes ($ids), every type, with their properties. Paging the
// relationships by their start node keeps each one in exactly one page.
UNWIND $ids AS id
MATCH (a)-[r]->(b)
WHERE a.id = id AND (a:Entity OR a:Paragraph OR a:AgendaItem)
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
ORDER BY source, type, target, r.key
