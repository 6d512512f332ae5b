// Ids and scores only: up to $limit hits are ranked and counted, but only the page asked for is read in full (by id).
CALL db.index.fulltext.queryNodes('paragraph_text', $query, {limit: $limit}) YIELD node, score
RETURN node.id AS id, score
