// The agenda items the resolutions $resolutionIds are under (before they are removed, so that load/agenda-item-titles
// can drop the items left without resolutions).
UNWIND $resolutionIds AS id
MATCH (:Entity {id: id})-[:UNDER_AGENDA_ITEM]->(a:AgendaItem)
RETURN collect(DISTINCT a.id) AS ids
