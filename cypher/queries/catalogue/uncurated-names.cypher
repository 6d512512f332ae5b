// The instruments and bodies texts introduced (never curated ones), with the titles they were given: what the
// splinter merge reads to decide which of them are another print of one name.
MATCH (n:Entity)
WHERE (n:Instrument OR n:Body) AND n.curated = false
RETURN n.id AS id, n.title AS title
ORDER BY id
