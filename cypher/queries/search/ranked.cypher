// Full-text search over entity titles and paragraph texts, ranked and paged in Neo4j: up to $limit hits of each index
// are ranked by score and counted, and only the page's ids leave the database (before, every hit's id and score was
// sent and ranked by the API: up to 2,000 rows for a page of 20). Equal scores keep the order the API gave them:
// entity hits before paragraph hits, each in the index's own order. $types: entity labels to keep (null: any);
// $paragraphs: false leaves the paragraph index out.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_titles', $query, {limit: $limit}) YIELD node, score
  WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
  RETURN collect({node: node, score: score}) AS titles
}
CALL () {
  CALL db.index.fulltext.queryNodes('paragraph_text', $query, {limit: CASE WHEN $paragraphs THEN $limit ELSE 1 END}) YIELD node, score
  WHERE $paragraphs
  RETURN collect({node: node, score: score}) AS texts
}
WITH [i IN range(0, size(titles) - 1) | {node: titles[i].node, score: titles[i].score, field: 'title', source: 0, at: i}]
   + [i IN range(0, size(texts) - 1) | {node: texts[i].node, score: texts[i].score, field: 'text', source: 1, at: i}] AS hits
CALL (hits) {
  UNWIND hits AS h
  WITH h ORDER BY h.score DESC, h.source, h.at
  RETURN collect(h) AS ranked
}
RETURN size(ranked) AS totalCount, [h IN ranked[$skip..($skip + $pageSize)] | {id: h.node.id, score: h.score, field: h.field}] AS page
