// Identity: every citable thing is an :Entity with a stable, unique id; UN symbols are unique too.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_symbol IF NOT EXISTS FOR (n:Entity) REQUIRE n.symbol IS UNIQUE;
CREATE CONSTRAINT paragraph_id IF NOT EXISTS FOR (p:Paragraph) REQUIRE p.id IS UNIQUE;
// One version node for the whole graph (see cypher/queries/graph/bump-version.cypher); the constraint makes MERGE safe under concurrent writers.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
