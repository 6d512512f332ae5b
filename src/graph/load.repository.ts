import neo4j from 'neo4j-driver';
import { DataFileError } from '../catalogue/catalogue';
import { CatalogueWrite, DATE_PROPS, EntityRow, LinkRow, Props, ResolutionWrite } from '../model/graph-write';
import { cypher } from './cypher';
import { GraphExecutor, RunInTransaction } from './executor';

/** What one resolution write did, for summaries. */
export interface ResolutionWriteSummary {
  resolutionId: string;
  paragraphs: number;
  citations: number;
  linkedEntities: number;
  newEntities: number;
}

/** Writes curated data and resolutions. Each call is one transaction: all or nothing. */
export class LoadRepository {
  constructor(private readonly executor: GraphExecutor) {}

  /** Upserts the curated catalogue and replaces the links it owns. */
  async writeCatalogue(rows: CatalogueWrite): Promise<{ entities: number; links: number }> {
    return this.executor.write('load/catalogue', async (run) => {
      await upsertEntities(run, rows.entities);
      await relink(run, rows.entities.map((e) => e.id), rows.links);
      return { entities: rows.entities.length, links: rows.links.length };
    });
  }

  /**
   * Writes one resolution: its node, paragraphs and citations, replacing a previous version cleanly.
   * Refuses (and writes nothing) if a citation points at an entity that neither exists nor is declared new.
   */
  async writeResolution(w: ResolutionWrite): Promise<ResolutionWriteSummary> {
    return this.executor.write('load/resolution', async (run) => {
      const declared = new Set([w.resolution.id, ...w.newEntities.map((e) => e.id)]);
      const referenced = [...new Set([...w.citations.map((c) => c.targetId), ...w.links.map((l) => l.to)])].filter((id) => !declared.has(id));
      const [{ missing }] = (await run(cypher('load/missing-entities'), { ids: referenced })) as [{ missing: string[] }];
      if (missing.length > 0) {
        throw new DataFileError(`${w.resolution.id} cites entities the graph does not have: ${missing.join(', ')}. Load the catalogue first or declare them as new entities.`);
      }
      await run(cypher('load/ensure-uncurated-entities'), { entities: w.newEntities.map(toNeo4jEntity) });
      await upsertEntities(run, [w.resolution]);
      await relink(run, [w.resolution.id, ...w.newEntities.map((e) => e.id)], w.links);
      const resolutionId = w.resolution.id;
      await run(cypher('load/remove-stale-paragraphs'), { resolutionId, paragraphIds: w.paragraphs.map((p) => p.id) });
      await run(cypher('load/upsert-paragraphs'), { resolutionId, paragraphs: w.paragraphs });
      await run(cypher('load/remove-stale-citations'), { resolutionId, citationKeys: w.citations.map((c) => c.key) });
      await run(cypher('load/upsert-citations'), { citations: w.citations });
      return {
        resolutionId,
        paragraphs: w.paragraphs.length,
        citations: w.citations.length,
        linkedEntities: new Set(w.citations.map((c) => c.targetId)).size,
        newEntities: w.newEntities.length,
      };
    });
  }
}

async function upsertEntities(run: RunInTransaction, entities: EntityRow[]): Promise<void> {
  await run(cypher('load/upsert-entities'), { entities: entities.map(toNeo4jEntity) });
}

async function relink(run: RunInTransaction, sourceIds: string[], links: LinkRow[]): Promise<void> {
  await run(cypher('load/unlink-managed'), { sourceIds });
  await run(cypher('load/link-entities'), { links });
}

function toNeo4jEntity(e: EntityRow): { id: string; type: string; props: Record<string, unknown> } {
  return { id: e.id, type: e.type, props: withDates(e.props) };
}

/** ISO date strings become Neo4j `date` values so they sort and compare as dates. */
function withDates(props: Props): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  for (const key of DATE_PROPS) {
    const v = props[key];
    if (typeof v === 'string') {
      const [y, m, d] = v.split('-').map(Number);
      out[key] = new neo4j.types.Date(y, m, d);
    }
  }
  return out;
}
