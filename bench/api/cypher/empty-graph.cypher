// Empties the benchmark's own Neo4j before a run, so "seed only" means seed only even after an interrupted run.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
