// Agenda items by id, each with how many resolutions (and drafts) are under it.
UNWIND $ids AS id
MATCH (a:AgendaItem {id: id})
USING INDEX SEEK a:AgendaItem(id)
RETURN a {.*, resolutionCount: COUNT { (a)<-[:UNDER_AGENDA_ITEM]-(:Resolution) }} AS item
