// The stored citation counts (see cypher/queries/counts/recount.cypher): one range index per listed type, so a list
// ordered by CITED_BY_COUNT ("the 20 most cited instruments") is one index-ordered read (entity/most-cited/*).
CREATE INDEX instrument_cited_by_count IF NOT EXISTS FOR (n:Instrument) ON (n.citedByCount);
CREATE INDEX body_cited_by_count IF NOT EXISTS FOR (n:Body) ON (n.citedByCount);
CREATE INDEX document_cited_by_count IF NOT EXISTS FOR (n:Document) ON (n.citedByCount);
CREATE INDEX resolution_cited_by_count IF NOT EXISTS FOR (n:Resolution) ON (n.citedByCount);
CREATE INDEX event_cited_by_count IF NOT EXISTS FOR (n:Event) ON (n.citedByCount);
