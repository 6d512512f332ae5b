// Lookups and filters used by the read queries.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_abbreviation IF NOT EXISTS FOR (n:Entity) ON (n.abbreviation);
CREATE INDEX resolution_adopted_on IF NOT EXISTS FOR (n:Resolution) ON (n.adoptedOn);
CREATE INDEX cites_relation IF NOT EXISTS FOR ()-[c:CITES]-() ON (c.relation);
CREATE FULLTEXT INDEX entity_titles IF NOT EXISTS FOR (n:Entity) ON EACH [n.title, n.shortTitle, n.abbreviation, n.symbol];
CREATE FULLTEXT INDEX paragraph_text IF NOT EXISTS FOR (p:Paragraph) ON EACH [p.text];
