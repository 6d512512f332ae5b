// One page of dated happenings, oldest first: adoptions (instruments, resolutions and other documents), entries into
// force (instruments), establishments (bodies) and events (meetings, sessions, conferences). An entry-into-force event
// that repeats an instrument's own date is left out. Dates are ISO strings: a day ("2003-04-23") or, for events known
// only by year, the year ("2003"). $from and $to are whole days (the caller widens "2003" or "2003-05"); an entry
// matches when its day lies in [$from, $to], or its year overlaps it. $kinds null means every kind.
CALL () {
  MATCH (n:Entity) WHERE (n:Document OR n:Instrument) AND n.adoptedOn IS NOT NULL
  RETURN n, 'ADOPTION' AS kind, toString(n.adoptedOn) AS date
  UNION ALL
  MATCH (n:Instrument) WHERE n.entryIntoForce IS NOT NULL
  RETURN n, 'ENTRY_INTO_FORCE' AS kind, toString(n.entryIntoForce) AS date
  UNION ALL
  MATCH (n:Body) WHERE n.establishedOn IS NOT NULL
  RETURN n, 'ESTABLISHMENT' AS kind, toString(n.establishedOn) AS date
  UNION ALL
  MATCH (n:Event) WHERE (n.date IS NOT NULL OR n.year IS NOT NULL)
    AND NOT (n.kind = 'ENTRY_INTO_FORCE' AND EXISTS { (n)-[:CONCERNS]->(i:Instrument) WHERE i.entryIntoForce = n.date })
  RETURN n, CASE n.kind WHEN 'OTHER' THEN 'OTHER_EVENT' ELSE n.kind END AS kind, coalesce(toString(n.date), toString(toInteger(n.year))) AS date
}
WITH n, kind, date, CASE size(date) WHEN 4 THEN 4 ELSE 10 END AS width
WHERE ($kinds IS NULL OR kind IN $kinds)
  AND ($from IS NULL OR date >= left($from, width))
  AND ($to IS NULL OR date <= left($to, width))
// A year sorts before the days of that year.
WITH n, kind, date ORDER BY date, kind, n.id
WITH collect({date: date, kind: kind, node: n {.*, labels: labels(n)}}) AS rows
RETURN size(rows) AS totalCount, rows[$skip..($skip + $limit)] AS page
