// As entity/by-symbols (ids are symbols here). A projected node keeps its symbol ({{projected-entity n}} plus
// `symbol`): the loaders are primed by it.
UNWIND ids AS symbol
MATCH (n:Entity {symbol: symbol})
USING INDEX SEEK n:Entity(symbol)
WITH collect(CASE WHEN $props.entity IS NULL THEN n {.*, labels: labels(n)} ELSE {id: n.id, symbol: n.symbol, labels: labels(n), _values: [k IN $props.entity | n[k]]} END) AS rows, collect(DISTINCT n.id) AS nodeIds
RETURN rows, nodeIds, [] AS paragraphIds
