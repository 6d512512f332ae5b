CALL db.index.fulltext.queryNodes('paragraph_text', $query, {limit: $limit}) YIELD node, score
MATCH (r:Resolution)-[:HAS_PARAGRAPH]->(node)
RETURN node {.*, resolutionId: r.id} AS paragraph, score
