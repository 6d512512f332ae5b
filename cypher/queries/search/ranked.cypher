// Full-text search over entity titles and paragraph texts, ranked and paged in Neo4j: up to $limit hits of each index
// are ranked by score and counted, and only the page leaves the database (before, every hit's id and score was sent
// and ranked by the API, up to 2,000 rows for a page of 20, and the page was read in two more round trips). Equal
// scores keep the order the API gave them: entity hits before paragraph hits, each in the index's own order.
// $types: entity labels to keep (null: any); $paragraphs: false leaves the paragraph index out.
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
// The page's records come with it, with the properties the operation reads ($props, see src/graph/projection.ts): an
// entity as entity/by-ids gives it, a paragraph as paragraph/by-ids does (with its resolution's id).
CALL (ranked) {
  UNWIND range($skip, $skip + $pageSize - 1) AS i
  WITH i, ranked[i] AS h WHERE h IS NOT NULL
  WITH i, h, h.node AS n
  OPTIONAL MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(n) WHERE h.field = 'text'
  WITH i, h, n, r ORDER BY i
  RETURN collect({id: n.id, score: h.score, field: h.field, record: CASE
    WHEN h.field = 'title' THEN {{projected-entity n}}
    WHEN $props.paragraph IS NULL THEN n {.*, resolutionId: r.id}
    ELSE {id: n.id, resolutionId: r.id, _values: [k IN $props.paragraph | n[k]]} END}) AS page
}
RETURN size(ranked) AS totalCount, page
