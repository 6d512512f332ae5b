// Reads every node and relationship with its properties once, which brings the store files into the page cache
// (Community has no page-cache warm-up of its own); the counts are the proof it ran.
CALL () {
  MATCH (n)
  RETURN count(properties(n)) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  RETURN count(properties(r)) AS relationships
}
RETURN nodes, relationships
