// Before a bulk load into a graph without paragraphs: the paragraph search index goes, and is built again in one pass
// when the texts are written (cypher/schema/002-indexes.cypher, then db.awaitIndexes): maintaining it commit by commit
// costs more. Searches meanwhile fail with a clear "being built" error, never answer from a partial index.
DROP INDEX paragraph_text IF EXISTS
