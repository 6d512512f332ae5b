// Entities by UN Treaty Series volume and registration number (composite index entity_treaty_series).
UNWIND $refs AS ref
MATCH (n:Entity {treatySeriesVolume: ref.volume, treatySeriesNumber: ref.number})
RETURN ref.value AS value, n {.*, labels: labels(n)} AS node
