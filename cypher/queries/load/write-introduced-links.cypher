// Links of entities the texts introduce (a meeting PART_OF its session, HELD_BY its organ), each added once: the
// existence test, which takes no lock, keeps MERGE and its lock on the organ for the first time only. A curated
// entity's links are the catalogue's.
UNWIND $links AS l
MATCH (a:Entity {id: l.from})
MATCH (b:Entity {id: l.to})
WITH l, a, b
WHERE a.curated = false AND NOT EXISTS { (a)-[x]->(b) WHERE type(x) = l.type }
FOREACH (_ IN CASE l.type WHEN 'PART_OF' THEN [1] ELSE [] END | MERGE (a)-[x:PART_OF]->(b) SET x = l.props)
FOREACH (_ IN CASE l.type WHEN 'HELD_BY' THEN [1] ELSE [] END | MERGE (a)-[x:HELD_BY]->(b) SET x = l.props)
FOREACH (_ IN CASE l.type WHEN 'CONCERNS' THEN [1] ELSE [] END | MERGE (a)-[x:CONCERNS]->(b) SET x = l.props)
