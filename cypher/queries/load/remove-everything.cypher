// Empties the database (benchmarks start from an empty graph); in batches, so a large graph does not need one huge transaction.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
