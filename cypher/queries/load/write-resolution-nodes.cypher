// The resolution nodes of a batch, with their own links (created: the caller cleared the old ones). A text replaces
// the node's properties whole; a catalogued document (w.attach) gets only the text's own properties (paragraph count),
// so its curated title, date, flag and links stay. Then the text's version and the trace of the version replaced
// (w.trace, worked out by the caller from load/previous-versions).
UNWIND $resolutions AS w
MERGE (r:Entity {id: w.resolution.id})
FOREACH (_ IN CASE WHEN w.attach THEN [1] ELSE [] END | SET r += w.resolution.props)
FOREACH (_ IN CASE WHEN w.attach THEN [] ELSE [1] END | SET r = w.resolution.props, r:Document:Resolution)
SET r += w.version
SET r += w.trace
WITH r, w
UNWIND w.ownLinks AS l
MATCH (b:Entity {id: l.to})
FOREACH (_ IN CASE l.type WHEN 'ADOPTED_BY' THEN [1] ELSE [] END | CREATE (r)-[x:ADOPTED_BY]->(b) SET x = l.props)
FOREACH (_ IN CASE l.type WHEN 'ADOPTED_AT' THEN [1] ELSE [] END | CREATE (r)-[x:ADOPTED_AT]->(b) SET x = l.props)
FOREACH (_ IN CASE l.type WHEN 'IN_SESSION' THEN [1] ELSE [] END | CREATE (r)-[x:IN_SESSION]->(b) SET x = l.props)
FOREACH (_ IN CASE l.type WHEN 'REPORTED_IN' THEN [1] ELSE [] END | CREATE (r)-[x:REPORTED_IN]->(b) SET x = l.props)
FOREACH (_ IN CASE l.type WHEN 'ABOUT' THEN [1] ELSE [] END | CREATE (r)-[x:ABOUT]->(b) SET x = l.props)
