// The Cypher value types of every node and relationship property key in the graph (valueType(), Neo4j 5.13+),
// so that writers can declare typed columns (CSV headers, GraphML <key> elements) without guessing from JSON.
MATCH (n)
UNWIND keys(n) AS key
RETURN 'node' AS element, key, collect(DISTINCT valueType(n[key])) AS types
UNION ALL
MATCH ()-[r]->()
UNWIND keys(r) AS key
RETURN 'relationship' AS element, key, collect(DISTINCT valueType(r[key])) AS types
