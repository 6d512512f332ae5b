UNWIND $symbols AS symbol
MATCH (n:Entity {symbol: symbol})
RETURN n {.*, labels: labels(n)} AS node
