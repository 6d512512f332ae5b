// Hand-written floor of "top-cited": the 20 most cited instruments, an index-ordered read of the stored counts.
MATCH (n:Instrument) WHERE n.citedByCount >= 0
RETURN n.id AS id, n.title AS title, n.citedByCount AS citedByCount
ORDER BY n.citedByCount DESC, n.id
LIMIT 20
