// Hand-written floor of "search": the best hits of both full-text indexes, merged by score.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_titles', $lucene, {limit: toInteger($first)}) YIELD node, score
  RETURN node.id AS id, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('paragraph_text', $lucene, {limit: toInteger($first)}) YIELD node, score
  RETURN node.id AS id, score
}
RETURN id, score ORDER BY score DESC LIMIT toInteger($first)
