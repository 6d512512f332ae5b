// One page of the agenda items of one organ ($organ: ga, hrc, ...; null: every organ), of one session ($session, e.g.
// "78"; null: every session), by organ, then session, then item (71, 71 (a), 71 (b), ..., 99 (z), 99 (aa)); each with
// how many resolutions (and drafts) are under it; with the total.
MATCH (a:AgendaItem)
WHERE ($organ IS NULL OR a.organ = $organ) AND ($session IS NULL OR a.session = $session)
WITH a ORDER BY a.organ, coalesce(toInteger(a.session), -1), a.session, a.number, size(coalesce(a.subItem, '')), a.subItem
WITH collect(a) AS items
RETURN size(items) AS totalCount,
       [a IN items[$skip..($skip + $limit)] | a {.*, resolutionCount: COUNT { (a)<-[:UNDER_AGENDA_ITEM]-(:Resolution) }}] AS page
