// The agenda items of a batch of resolutions, in the order their headers name them.
UNWIND $ids AS id
MATCH (r:Entity {id: id})
USING INDEX SEEK r:Entity(id)
MATCH (r)-[u:UNDER_AGENDA_ITEM]->(a:AgendaItem)
WITH id, u, a ORDER BY id, u.order
RETURN id, a {.*, resolutionCount: COUNT { (a)<-[:UNDER_AGENDA_ITEM]-(:Resolution) }} AS item
