// Writes whole resolutions, replacing any earlier version: one statement for everything, because on a small
// machine each statement and each transaction costs more than the rows in it. Per resolution, in this order:
// 1. what the graph held before (its version, paragraphs and citations), for the trace a replacement leaves;
// 2. whether to write at all: a start-up write (w.startup) never replaces a version that came from another source
//    (a user's ingest wins over the shipped text; see README "Data");
// 3. the entities its text introduces (created once, never overwritten), the resolution node: replaced whole from
//    the text, or, for a document of the curated catalogue (w.attach), only the text's own properties (paragraph
//    count, version) so the curated title, date, flag and links stay; then, only if every entity it links to or
//    cites exists ($missing is empty; the caller rolls back otherwise): its own links and paragraphs are dropped and
//    created again, each paragraph with its citations. CREATE, not MERGE, for the replaced parts: MERGE would lock
//    the cited instrument or body, so concurrent writers would queue on it.
// Targets are looked up once per resolution and addressed by position (w.targetIds is sorted by the caller).
UNWIND $resolutions AS w
CALL (w) {
  OPTIONAL MATCH (old:Entity {id: w.resolution.id})
  CALL (old) {
    OPTIONAL MATCH (old)-[:HAS_PARAGRAPH]->(p:Paragraph)
    CALL (p) {
      OPTIONAL MATCH (p)-[c:CITES]->(t:Entity)
      RETURN collect(CASE WHEN c IS NOT NULL THEN {targetId: t.id, quote: c.quote} END) AS cs
    }
    WITH p, cs ORDER BY p.order
    RETURN collect(CASE WHEN p IS NOT NULL THEN {id: p.id, text: p.text} END) AS oldParagraphs, reduce(all = [], x IN collect(cs) | all + x) AS oldCitations
  }
  WITH w, old, oldParagraphs, oldCitations, old.source AS heldBy,
       w.startup AND old.source IS NOT NULL AND old.source <> w.version.source AS kept,
       old {.contentHash, .previousContentHash, .previousParagraphCount, .previousCitationCount} AS before
  CALL (w, kept) {
    WITH w WHERE NOT kept
    UNWIND w.newEntities AS e
    MERGE (n:Entity {id: e.id})
    ON CREATE SET n = e.props
    FOREACH (_ IN CASE WHEN e.type = 'Instrument' AND n.curated = false AND NOT n:Instrument THEN [1] ELSE [] END | SET n:Instrument)
    FOREACH (_ IN CASE WHEN e.type = 'Body' AND n.curated = false AND NOT n:Body THEN [1] ELSE [] END | SET n:Body)
    FOREACH (_ IN CASE WHEN e.type = 'Document' AND n.curated = false AND NOT n:Document THEN [1] ELSE [] END | SET n:Document)
    FOREACH (_ IN CASE WHEN e.type = 'Resolution' AND n.curated = false AND NOT n:Resolution THEN [1] ELSE [] END | SET n:Document:Resolution)
    FOREACH (_ IN CASE WHEN e.type = 'Event' AND n.curated = false AND NOT n:Event THEN [1] ELSE [] END | SET n:Event)
    FOREACH (_ IN CASE WHEN e.type = 'Provision' AND n.curated = false AND NOT n:Provision THEN [1] ELSE [] END | SET n:Provision)
  }
  CALL (w, kept, before, oldParagraphs, oldCitations) {
    WITH w, before, oldParagraphs, oldCitations WHERE NOT kept
    MERGE (r:Entity {id: w.resolution.id})
    FOREACH (_ IN CASE WHEN w.attach THEN [1] ELSE [] END | SET r += w.resolution.props)
    FOREACH (_ IN CASE WHEN w.attach THEN [] ELSE [1] END | SET r = w.resolution.props, r:Document:Resolution)
    SET r += w.version
    // The trace of the version replaced: kept until a text with different content replaces this one.
    SET r += CASE
      WHEN size(oldParagraphs) > 0 AND coalesce(before.contentHash, '') <> w.version.contentHash
        THEN {previousContentHash: before.contentHash, previousParagraphCount: size(oldParagraphs), previousCitationCount: size(oldCitations)}
      ELSE coalesce(before {.previousContentHash, .previousParagraphCount, .previousCitationCount}, {})
    END
  }
  CALL (w) {
    UNWIND range(0, size(w.targetIds) - 1) AS i
    OPTIONAL MATCH (t:Entity {id: w.targetIds[i]})
    WITH w, i, t ORDER BY i
    RETURN collect(t) AS targets, collect(CASE WHEN t IS NULL THEN w.targetIds[i] END) AS missing
  }
  CALL (w, kept, targets, missing) {
    WITH w, targets WHERE size(missing) = 0 AND NOT kept
    MATCH (r:Entity {id: w.resolution.id})
    CALL (w, r) {
      WITH w, r WHERE NOT w.attach
      MATCH (r)-[l:PART_OF|ESTABLISHED_BY|SUCCEEDED_BY|MONITORED_BY|ADOPTED_IN|ADOPTED_BY|ADOPTED_AT|IN_SESSION|HELD_BY|CONCERNS|AUTHORED_BY|REPORTED_IN|ABOUT]->()
      DELETE l
    }
    CALL (r) {
      MATCH (r)-[:HAS_PARAGRAPH]->(p:Paragraph)
      DETACH DELETE p
    }
    CALL (w, r, targets) {
      UNWIND w.ownLinks AS l
      WITH r, l, targets[l.to] AS b
      FOREACH (_ IN CASE l.type WHEN 'ADOPTED_BY' THEN [1] ELSE [] END | CREATE (r)-[x:ADOPTED_BY]->(b) SET x = l.props)
      FOREACH (_ IN CASE l.type WHEN 'ADOPTED_AT' THEN [1] ELSE [] END | CREATE (r)-[x:ADOPTED_AT]->(b) SET x = l.props)
      FOREACH (_ IN CASE l.type WHEN 'IN_SESSION' THEN [1] ELSE [] END | CREATE (r)-[x:IN_SESSION]->(b) SET x = l.props)
      FOREACH (_ IN CASE l.type WHEN 'REPORTED_IN' THEN [1] ELSE [] END | CREATE (r)-[x:REPORTED_IN]->(b) SET x = l.props)
      FOREACH (_ IN CASE l.type WHEN 'ABOUT' THEN [1] ELSE [] END | CREATE (r)-[x:ABOUT]->(b) SET x = l.props)
    }
    // Links of introduced entities (a meeting PART_OF its session, HELD_BY its organ) are added once; the
    // existence test, which takes no lock, keeps MERGE and its lock on the organ for the first time only.
    CALL (w, targets) {
      UNWIND w.entityLinks AS l
      MATCH (a:Entity {id: l.from})
      WITH l, a, targets[l.to] AS b
      WHERE a.curated = false AND NOT EXISTS { (a)-[x]->(b) WHERE type(x) = l.type }
      FOREACH (_ IN CASE l.type WHEN 'PART_OF' THEN [1] ELSE [] END | MERGE (a)-[x:PART_OF]->(b) SET x = l.props)
      FOREACH (_ IN CASE l.type WHEN 'HELD_BY' THEN [1] ELSE [] END | MERGE (a)-[x:HELD_BY]->(b) SET x = l.props)
      FOREACH (_ IN CASE l.type WHEN 'CONCERNS' THEN [1] ELSE [] END | MERGE (a)-[x:CONCERNS]->(b) SET x = l.props)
    }
    CALL (w, r, targets) {
      UNWIND w.paragraphs AS row
      CREATE (r)-[:HAS_PARAGRAPH]->(p:Paragraph)
      SET p = row.props
      WITH p, row, targets
      UNWIND row.citations AS c
      WITH p, c, targets[c.target] AS t
      CREATE (p)-[x:CITES]->(t)
      SET x = c.props
    }
  }
  RETURN missing, kept, heldBy, before.contentHash AS previousContentHash, oldParagraphs, oldCitations
}
RETURN w.resolution.id AS resolutionId, missing, kept, heldBy, previousContentHash, oldParagraphs, oldCitations
