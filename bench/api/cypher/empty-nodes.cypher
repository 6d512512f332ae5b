// Empties the benchmark's own Neo4j, second step: the nodes, now without relationships.
MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
