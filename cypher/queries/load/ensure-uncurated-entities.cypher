// Entities first met in a text: created once, never overwrite what is already known.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n = e.props
FOREACH (_ IN CASE WHEN e.type = 'Instrument' AND n.curated = false THEN [1] ELSE [] END | SET n:Instrument)
FOREACH (_ IN CASE WHEN e.type = 'Body' AND n.curated = false THEN [1] ELSE [] END | SET n:Body)
FOREACH (_ IN CASE WHEN e.type = 'Document' AND n.curated = false THEN [1] ELSE [] END | SET n:Document)
FOREACH (_ IN CASE WHEN e.type = 'Resolution' AND n.curated = false THEN [1] ELSE [] END | SET n:Document:Resolution)
FOREACH (_ IN CASE WHEN e.type = 'Event' AND n.curated = false THEN [1] ELSE [] END | SET n:Event)
RETURN count(n) AS written
