// Deletes entities a text introduced (never curated ones), with their links.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE n.curated = false
DETACH DELETE n
RETURN count(*) AS removed
