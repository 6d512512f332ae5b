// Curated entities: the data file is the truth, so properties are replaced, not merged.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
SET n = e.props
FOREACH (_ IN CASE WHEN e.type = 'Instrument' THEN [1] ELSE [] END | SET n:Instrument)
FOREACH (_ IN CASE WHEN e.type = 'Body' THEN [1] ELSE [] END | SET n:Body)
FOREACH (_ IN CASE WHEN e.type = 'Document' THEN [1] ELSE [] END | SET n:Document)
FOREACH (_ IN CASE WHEN e.type = 'Resolution' THEN [1] ELSE [] END | SET n:Document:Resolution)
FOREACH (_ IN CASE WHEN e.type = 'Provision' THEN [1] ELSE [] END | SET n:Provision)
FOREACH (_ IN CASE WHEN e.type = 'Event' THEN [1] ELSE [] END | SET n:Event)
RETURN count(n) AS written
