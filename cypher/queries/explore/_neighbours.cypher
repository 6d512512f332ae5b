// Fragment of explore/neighbourhood.cypher (one hop): the neighbours m of one node n, through a citation either way
// (resolution -> paragraph -> entity counts as one hop) or a catalogue link either way, filtered by kind; at most
// $limit + 1 by id among the first $scanCap read, so a hub costs at most $scanCap rows. Only paragraphs cite and only
// resolutions have paragraphs (the load writes them so), so the walks check no labels in between; catalogue links are
// walked by their types ({{link-types}}), so a hub's thousands of citations are not read to find its few links.
CALL (n) {
  CALL (n) {
    MATCH (n)-[:HAS_PARAGRAPH]->()-[c:CITES]->(m:Entity)
    WHERE $citationRelations IS NULL OR c.relation IN $citationRelations
    RETURN m
    UNION
    MATCH (n)<-[c:CITES]-()<-[:HAS_PARAGRAPH]-(m:Entity)
    WHERE $citationRelations IS NULL OR c.relation IN $citationRelations
    RETURN m
    UNION
    MATCH (n)-[l:{{link-types}}]-(m:Entity)
    WHERE type(l) IN $linkTypes
    RETURN m
  }
  WITH m WHERE $kinds IS NULL OR [k IN $entityTypes WHERE k IN labels(m)][0] IN $kinds
  WITH m LIMIT toInteger($scanCap)
  RETURN m ORDER BY m.id LIMIT toInteger($limit) + 1
}
