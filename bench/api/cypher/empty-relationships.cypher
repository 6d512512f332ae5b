// Empties the benchmark's own Neo4j, first step: relationships in small transactions. DETACH DELETE of a hub cited
// 50,000 times would delete all its relationships in one transaction and exceed Neo4j's transaction memory.
MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
