// Every relationship with its ends' ids, for bench/ingest/graph-dump.ts.
MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
