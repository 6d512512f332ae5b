// The version each shipped text was last written from, by its source (the file's path), for the start-up load's
// "unchanged, skipped" test. A resolution a user has ingested since has another source and is not found here.
UNWIND $sources AS source
MATCH (r:Entity {source: source})
RETURN source, r.contentHash AS contentHash, r.parserRevision AS parserRevision
