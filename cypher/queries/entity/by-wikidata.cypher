// Entities by Wikidata item id (index entity_wikidata).
UNWIND $values AS value
MATCH (n:Entity {wikidata: value})
RETURN value, n {.*, labels: labels(n)} AS node
