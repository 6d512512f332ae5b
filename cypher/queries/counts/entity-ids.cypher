// One page of entity ids in id order (keyset paging on the unique id index), for `npm run graph:recount`.
MATCH (n:Entity)
WHERE n.id > $after
RETURN n.id AS id
ORDER BY n.id
LIMIT toInteger($limit)
