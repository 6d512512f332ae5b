// Before re-linking, drop the outgoing links the loader owns, so a link removed from the data disappears.
MATCH (a:Entity)-[r:PART_OF|ESTABLISHED_BY|SUCCEEDED_BY|MONITORED_BY|ADOPTED_IN|ADOPTED_BY|ADOPTED_AT|IN_SESSION|HELD_BY|CONCERNS|AUTHORED_BY|REPORTED_IN|ABOUT]->()
WHERE a.id IN $sourceIds
DELETE r
RETURN count(r) AS removed
