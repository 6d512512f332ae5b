// Curated entities: the data file is the truth, so properties are replaced, not merged; except the properties a
// text attached to a catalogued document owns (its paragraph count and version, see write-resolutions.cypher),
// which the catalogue does not hold and must not erase.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
WITH n, e, n {.paragraphCount, .contentHash, .source, .parserRevision, .previousContentHash, .previousParagraphCount, .previousCitationCount} AS fromText
SET n = e.props
SET n += fromText
FOREACH (_ IN CASE WHEN e.type = 'Instrument' THEN [1] ELSE [] END | SET n:Instrument)
FOREACH (_ IN CASE WHEN e.type = 'Body' THEN [1] ELSE [] END | SET n:Body)
FOREACH (_ IN CASE WHEN e.type = 'Document' THEN [1] ELSE [] END | SET n:Document)
FOREACH (_ IN CASE WHEN e.type = 'Resolution' THEN [1] ELSE [] END | SET n:Document:Resolution)
FOREACH (_ IN CASE WHEN e.type = 'Provision' THEN [1] ELSE [] END | SET n:Provision)
FOREACH (_ IN CASE WHEN e.type = 'Event' THEN [1] ELSE [] END | SET n:Event)
RETURN count(n) AS written
