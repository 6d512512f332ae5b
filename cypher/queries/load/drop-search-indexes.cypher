// Before a bulk load into a graph without paragraphs: the full-text indexes go (the paragraphs' and the entity titles'),
// and are built again in one pass when the texts are written (cypher/schema/002-indexes.cypher, then
// db.awaitIndexes): maintaining them commit by commit costs Neo4j more. Searches meanwhile fail with a clear "being
// built" error (SearchIndexBuildingError), never answer from a partial index. Both in one statement is not allowed:
// DROP INDEX takes one name, so the second is load/drop-entity-search-index.
DROP INDEX paragraph_text IF EXISTS
