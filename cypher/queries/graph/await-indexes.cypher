// Waits (up to 300 s) until every index is online: after the schema is applied, and after a bulk load.
CALL db.awaitIndexes(300)
