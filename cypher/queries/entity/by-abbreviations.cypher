UNWIND $abbreviations AS abbreviation
MATCH (n:Entity {abbreviation: abbreviation})
RETURN abbreviation, n {.*, labels: labels(n)} AS node
