// The allow-list of relationship types between entities: one FOREACH per type keeps the Cypher static.
UNWIND $links AS l
MATCH (a:Entity {id: l.from})
MATCH (b:Entity {id: l.to})
FOREACH (_ IN CASE l.type WHEN 'PART_OF' THEN [1] ELSE [] END | MERGE (a)-[r:PART_OF]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'ESTABLISHED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:ESTABLISHED_BY]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'SUCCEEDED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:SUCCEEDED_BY]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'MONITORED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:MONITORED_BY]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'ADOPTED_IN' THEN [1] ELSE [] END | MERGE (a)-[r:ADOPTED_IN]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'ADOPTED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:ADOPTED_BY]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'ADOPTED_AT' THEN [1] ELSE [] END | MERGE (a)-[r:ADOPTED_AT]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'IN_SESSION' THEN [1] ELSE [] END | MERGE (a)-[r:IN_SESSION]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'HELD_BY' THEN [1] ELSE [] END | MERGE (a)-[r:HELD_BY]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'CONCERNS' THEN [1] ELSE [] END | MERGE (a)-[r:CONCERNS]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'AUTHORED_BY' THEN [1] ELSE [] END | MERGE (a)-[r:AUTHORED_BY]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'REPORTED_IN' THEN [1] ELSE [] END | MERGE (a)-[r:REPORTED_IN]->(b) SET r = l.props)
FOREACH (_ IN CASE l.type WHEN 'ABOUT' THEN [1] ELSE [] END | MERGE (a)-[r:ABOUT]->(b) SET r = l.props)
RETURN count(*) AS linked
