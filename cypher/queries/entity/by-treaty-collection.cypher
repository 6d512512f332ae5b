// Entities by UN Treaty Collection reference, e.g. "IV-13" (index entity_treaty_collection).
UNWIND $values AS value
MATCH (n:Entity {treatyCollectionChapter: value})
RETURN value, n {.*, labels: labels(n)} AS node
