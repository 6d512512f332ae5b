// The graph's current version; no row before the first write.
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.version AS version, v.token AS token
