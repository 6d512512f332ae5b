// Lookups and filters used by the read queries.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_abbreviation IF NOT EXISTS FOR (n:Entity) ON (n.abbreviation);
CREATE INDEX resolution_adopted_on IF NOT EXISTS FOR (n:Resolution) ON (n.adoptedOn);
// Joins by external identifiers (Query.byExternalId): Wikidata item, UN Treaty Collection reference, UN Treaty Series volume + number.
CREATE INDEX entity_wikidata IF NOT EXISTS FOR (n:Entity) ON (n.wikidata);
CREATE INDEX entity_treaty_collection IF NOT EXISTS FOR (n:Entity) ON (n.treatyCollectionChapter);
CREATE INDEX entity_treaty_series IF NOT EXISTS FOR (n:Entity) ON (n.treatySeriesVolume, n.treatySeriesNumber);
CREATE INDEX cites_relation IF NOT EXISTS FOR ()-[c:CITES]-() ON (c.relation);
CREATE FULLTEXT INDEX entity_titles IF NOT EXISTS FOR (n:Entity) ON EACH [n.title, n.shortTitle, n.abbreviation, n.symbol];
CREATE FULLTEXT INDEX paragraph_text IF NOT EXISTS FOR (p:Paragraph) ON EACH [p.text];
// The start-up load finds the stored version of each shipped text by its source (see load/stored-versions.cypher).
CREATE INDEX entity_source IF NOT EXISTS FOR (n:Entity) ON (n.source);
