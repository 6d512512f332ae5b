import { cypher } from './cypher';
import { GraphExecutor } from './executor';
import { NodeRecord, Page } from './read.repository';

/** An agenda item as the read queries return it (see cypher/schema/004-agenda-items.cypher and core/model/ids.ts). */
export interface AgendaItemRecord {
  id: string;
  organ: string;
  session: string;
  number: number;
  subItem?: string;
  item: string;
  title?: string;
  resolutionCount: number;
}

/** Reads of agenda items: each method one round trip, batched by id where a nested field asks. */
export class AgendaRepository {
  constructor(private readonly executor: GraphExecutor) {}

  /** One page of agenda items (of one organ or all, of one session or all), by organ, session and item. */
  async list(args: { organ: string | null; session: string | null; skip: number; limit: number }): Promise<Page<AgendaItemRecord>> {
    const [row] = await this.executor.read(cypher('agenda/list'), args);
    return { totalCount: Number(row?.totalCount ?? 0), page: (row?.page as AgendaItemRecord[] | undefined) ?? [] };
  }

  async byIds(ids: readonly string[]): Promise<Map<string, AgendaItemRecord>> {
    const rows = await this.executor.read(cypher('agenda/by-ids'), { ids: [...ids] });
    return new Map(rows.map((r) => [(r.item as AgendaItemRecord).id, r.item as AgendaItemRecord]));
  }

  /** The agenda items of each resolution, in the order its header names them. */
  async ofResolutions(ids: readonly string[]): Promise<Map<string, AgendaItemRecord[]>> {
    const rows = await this.executor.read(cypher('agenda/of-resolutions'), { ids: [...ids] });
    const out = new Map<string, AgendaItemRecord[]>();
    for (const r of rows) {
      const id = r.id as string;
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push(r.item as AgendaItemRecord);
    }
    return out;
  }

  /** One page of the resolutions under an agenda item. */
  async resolutionsOf(id: string, skip: number, limit: number): Promise<Page<NodeRecord>> {
    const [row] = await this.executor.read(cypher('agenda/resolutions'), { id, skip, limit });
    return { totalCount: Number(row?.totalCount ?? 0), page: (row?.page as NodeRecord[] | undefined) ?? [] };
  }
}
