UNWIND $symbols AS symbol
MATCH (n:Entity {symbol: symbol})
USING INDEX SEEK n:Entity(symbol)
RETURN n {.*, labels: labels(n)} AS node
