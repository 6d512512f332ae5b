// A splinter whose entity has no node yet becomes that node: it takes the entity's id and normalised title, and
// keeps its citations and links. Curated nodes are never renamed.
UNWIND $renames AS m
MATCH (s:Entity {id: m.from})
USING INDEX SEEK s:Entity(id)
WHERE s.curated = false AND NOT EXISTS { MATCH (t:Entity {id: m.to}) }
SET s.id = m.to, s.title = coalesce(m.title, s.title)
RETURN count(s) AS renamed
