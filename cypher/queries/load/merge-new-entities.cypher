// Entities the texts of a batch introduce, each once (the caller merges repeats: the first text's properties, every
// type named): created as not curated, never overwritten; a curated entity of the same id is left as it is.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
ON CREATE SET n = e.props
WITH n, e WHERE n.curated = false
FOREACH (_ IN CASE WHEN 'Instrument' IN e.types AND NOT n:Instrument THEN [1] ELSE [] END | SET n:Instrument)
FOREACH (_ IN CASE WHEN 'Body' IN e.types AND NOT n:Body THEN [1] ELSE [] END | SET n:Body)
FOREACH (_ IN CASE WHEN 'Document' IN e.types AND NOT n:Document THEN [1] ELSE [] END | SET n:Document)
FOREACH (_ IN CASE WHEN 'Resolution' IN e.types AND NOT n:Resolution THEN [1] ELSE [] END | SET n:Document:Resolution)
FOREACH (_ IN CASE WHEN 'Event' IN e.types AND NOT n:Event THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN 'Provision' IN e.types AND NOT n:Provision THEN [1] ELSE [] END | SET n:Provision)
