// As entity/by-symbols (ids are symbols here).
UNWIND ids AS symbol
MATCH (n:Entity {symbol: symbol})
USING INDEX SEEK n:Entity(symbol)
WITH collect(n {.*, labels: labels(n)}) AS rows, collect(DISTINCT n.id) AS nodeIds
RETURN rows, nodeIds, [] AS paragraphIds
