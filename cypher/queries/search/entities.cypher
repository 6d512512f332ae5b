CALL db.index.fulltext.queryNodes('entity_titles', $query, {limit: $limit}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node {.*, labels: labels(node)} AS node, score
