// Every node but the graph's version counter, for bench/ingest/graph-dump.ts (comparing two loads of the same data).
MATCH (n) WHERE NOT n:GraphVersion
RETURN labels(n) AS labels, properties(n) AS props
