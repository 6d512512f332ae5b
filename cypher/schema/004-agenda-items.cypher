// Agenda items (`agenda:ga:78:71(b)`, see src/core/model/ids.ts): one node per id, safe to MERGE from concurrent
// writers; listed per organ and session in item order (agenda/list.cypher).
CREATE CONSTRAINT agenda_item_id IF NOT EXISTS FOR (a:AgendaItem) REQUIRE a.id IS UNIQUE;
CREATE INDEX agenda_item_session IF NOT EXISTS FOR (a:AgendaItem) ON (a.organ, a.session);
