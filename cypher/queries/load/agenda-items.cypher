// The agenda items of a batch's written resolutions ($resolutions: [{id, items: [{id, props, order, title}]}]): each
// resolution's old UNDER_AGENDA_ITEM links go, its items are merged (the id decides every property but the title) and
// linked anew with their order and the title as that text prints it. Returns every item touched, old and new, for
// load/agenda-item-titles.
UNWIND $resolutions AS w
MATCH (r:Entity {id: w.id})
CALL (r) {
  OPTIONAL MATCH (r)-[old:UNDER_AGENDA_ITEM]->(a:AgendaItem)
  DELETE old
  RETURN collect(a.id) AS oldIds
}
CALL (r, w) {
  UNWIND w.items AS item
  MERGE (a:AgendaItem {id: item.id})
  SET a += item.props, a.number = toInteger(item.props.number)
  CREATE (r)-[u:UNDER_AGENDA_ITEM {order: toInteger(item.order)}]->(a)
  SET u.title = item.title
  RETURN count(*) AS linked
}
UNWIND oldIds + [i IN w.items | i.id] AS id
RETURN collect(DISTINCT id) AS touched
