// Fragment of explore/neighbourhood.cypher (one hop): the neighbours m of one node n, through a citation either way
// (resolution -> paragraph -> entity counts as one hop) or a catalogue link either way, filtered by kind; at most
// $limit + 1 by id among the first $scanCap read, so a hub costs at most $scanCap rows.
CALL (n) {
  CALL (n) {
    MATCH (n)-[:HAS_PARAGRAPH]->(:Paragraph)-[c:CITES]->(m:Entity)
    WHERE $citationRelations IS NULL OR c.relation IN $citationRelations
    RETURN m
    UNION
    MATCH (n)<-[c:CITES]-(:Paragraph)<-[:HAS_PARAGRAPH]-(m:Entity)
    WHERE $citationRelations IS NULL OR c.relation IN $citationRelations
    RETURN m
    UNION
    MATCH (n)-[l]-(m:Entity)
    WHERE type(l) IN $linkTypes
    RETURN m
  }
  WITH m WHERE $kinds IS NULL OR [k IN $entityTypes WHERE k IN labels(m)][0] IN $kinds
  WITH m LIMIT toInteger($scanCap)
  RETURN m ORDER BY m.id LIMIT toInteger($limit) + 1
}
