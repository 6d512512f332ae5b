// Run by the executor at the end of every write transaction, so readers (the response cache of every API replica)
// can tell that the graph changed. The token is new on every write, and new again if the node is ever deleted.
MERGE (v:GraphVersion {id: 'graph'})
SET v.version = coalesce(v.version, 0) + 1, v.token = randomUUID(), v.changedAt = datetime()
RETURN v.version AS version, v.token AS token
