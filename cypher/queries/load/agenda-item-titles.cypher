// After resolutions were linked to agenda items or removed ($ids: the items touched): an item no resolution is
// under any more goes; the others take as their title the one most of their texts print (ties: the first in
// alphabetical order), so the title does not depend on the order the texts were written in.
UNWIND $ids AS id
MATCH (a:AgendaItem {id: id})
OPTIONAL MATCH (a)<-[u:UNDER_AGENDA_ITEM]-()
WITH a, u.title AS title, count(u) AS n
ORDER BY a.id, n DESC, title
WITH a, sum(n) AS links, [t IN collect({title: title, n: n}) WHERE t.title IS NOT NULL][0].title AS title
FOREACH (_ IN CASE WHEN links = 0 THEN [1] ELSE [] END | DETACH DELETE a)
FOREACH (_ IN CASE WHEN links > 0 THEN [1] ELSE [] END | SET a.title = title)
