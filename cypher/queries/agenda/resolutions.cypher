// One page of the resolutions (and drafts) under one agenda item, by date of adoption then symbol (A/RES/78/2 before
// A/RES/78/10), drafts last; with the total.
MATCH (a:AgendaItem {id: $id})
USING INDEX SEEK a:AgendaItem(id)
MATCH (a)<-[:UNDER_AGENDA_ITEM]-(r:Resolution)
WITH r ORDER BY r.adoptedOn, size(coalesce(r.symbol, r.id)), coalesce(r.symbol, r.id)
WITH collect(r {.*, labels: labels(r)}) AS rows
RETURN size(rows) AS totalCount, rows[$skip..($skip + $limit)] AS page
