// Ids and scores only: up to $limit hits are ranked and counted, but only the page asked for is read in full (by id).
CALL db.index.fulltext.queryNodes('entity_titles', $query, {limit: $limit}) YIELD node, score
WHERE $types IS NULL OR any(label IN labels(node) WHERE label IN $types)
RETURN node.id AS id, score
