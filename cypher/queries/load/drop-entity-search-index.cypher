// See load/drop-search-indexes: the entity titles' full-text index, dropped with the paragraphs' before a first bulk load.
DROP INDEX entity_titles IF EXISTS
