import neo4j, { Driver, isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isRetryableError, isTime, ManagedTransaction, Session } from 'neo4j-driver';

/** What every transaction is given: its server-side timeout and metadata. */
type TransactionConfig = NonNullable<Parameters<Session['run']>[2]>;
import { classifyDriverError, GraphUnavailableError } from './errors';
import { cypher, CypherQuery } from './cypher';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What the executor tags every transaction with, so DBAs can tell our queries apart in `SHOW TRANSACTIONS`. */
export interface ExecutorOptions {
  database: string;
  appName: string;
  appVersion: string;
  timeoutMs: number;
  /**
   * How long to wait for any answer from Neo4j before giving up on it as unavailable (NEO4J_CLIENT_TIMEOUT_MS). The
   * transaction timeout above is enforced by the server, so a server that does not answer at all (frozen, a dead
   * network path) would hold a request for as long as the socket lives; this bound is kept by the client.
   */
  clientTimeoutMs?: number;
  /** Called once per round trip; used for logs and by tests that count round trips. */
  onQuery?: QueryObserver;
}

/** One round trip that completed: the query file's name, READ or WRITE, how long it took and how many rows came back. */
export interface QueryEvent {
  name: string;
  mode: 'READ' | 'WRITE';
  ms: number;
  rows: number;
}
export type QueryObserver = (event: QueryEvent) => void;

/** Runs one statement inside the current transaction. */
export type RunInTransaction = (query: CypherQuery, params?: Params) => Promise<Row[]>;

/**
 * The only code that talks to the driver: opens a session, runs a READ or WRITE transaction,
 * closes the session, and turns driver values into plain JSON values.
 */
export class GraphExecutor {
  private readonly observers = new Set<QueryObserver>();

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {
    if (options.onQuery) this.observers.add(options.onQuery);
  }

  /** Calls `observer` after every round trip from now on (metrics, slow-query log, cache invalidation); returns how to stop. */
  observe(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => void this.observers.delete(observer);
  }

  /**
   * Runs one statement in a READ transaction (the server refuses writes in it). One statement needs no explicit
   * transaction: it runs as an auto-commit transaction, one round trip (RUN and PULL sent together) where a managed
   * transaction takes two (BEGIN, RUN, PULL, then COMMIT once the rows are in) and three socket writes; on the
   * machine of issue 13 that was most of the driver's time per request. A retryable failure (a transient error, a
   * pooled connection that died) is run again as a managed transaction, which retries with back-off as before.
   */
  async read(query: CypherQuery, params: Params = {}): Promise<Row[]> {
    return this.run('READ', query.name, async (session, config) => {
      try {
        return toRows(await session.run(query.text, params, config));
      } catch (error) {
        if (!isRetryableError(error)) throw error;
        return session.executeRead((tx) => runStatement(tx, query, params), config);
      }
    });
  }

  /**
   * Runs `work` in one WRITE transaction: every statement it runs takes effect, or none does
   * (an error thrown by `work` rolls everything back). The driver may retry `work` on transient errors.
   * The same transaction bumps the graph version (graph/bump-version), so every cache of reads, in this process or
   * another, can tell the graph changed; it runs last, so the version node is locked only until the commit.
   */
  async write<T>(name: string, work: (run: RunInTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', name, (session, config) =>
      session.executeWrite(async (tx) => {
        const result = await work((query, params = {}) => runStatement(tx, query, params));
        await runStatement(tx, cypher('graph/bump-version'), {});
        return result;
      }, config),
    );
  }

  /** Sessions open right now (queries in flight); the driver does not expose its pool, so the executor counts. */
  get sessionsInFlight(): number {
    return this.inFlight;
  }

  private inFlight = 0;

  /** Runs each statement outside an explicit transaction (schema commands need that). */
  async runSchema(statements: CypherQuery[]): Promise<void> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      for (const s of statements) await session.run(s.text);
    } catch (error) {
      throw classifyDriverError(error, 'schema');
    } finally {
      await session.close();
    }
  }

  private async run<T>(mode: 'READ' | 'WRITE', name: string, work: (session: Session, config: TransactionConfig) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config: TransactionConfig = {
      timeout: this.options.timeoutMs,
      metadata: { app: this.options.appName, version: this.options.appVersion, query: name },
    };
    const started = performance.now();
    this.inFlight += 1;
    let timer: NodeJS.Timeout | undefined;
    let expired = false;
    try {
      const running = work(session, config);
      const limitMs = this.options.clientTimeoutMs;
      const deadline =
        limitMs === undefined
          ? undefined
          : new Promise<never>((_, reject) => {
              timer = setTimeout(() => {
                expired = true;
                reject(new GraphUnavailableError(new Error(`Neo4j gave no answer to ${name} within ${limitMs} ms`)));
              }, limitMs);
            });
      // The abandoned transaction settles whenever Neo4j answers again; its outcome no longer matters.
      if (deadline) running.catch(() => undefined);
      const result = deadline ? await Promise.race([running, deadline]) : await running;
      const event: QueryEvent = { name, mode, ms: performance.now() - started, rows: Array.isArray(result) ? result.length : 0 };
      for (const observer of this.observers) observer(event);
      return result;
    } catch (error) {
      throw classifyDriverError(error, name);
    } finally {
      clearTimeout(timer);
      if (expired) {
        // Closing waits for the server too: let it finish in the background.
        this.inFlight -= 1;
        session.close().catch(() => undefined);
      } else {
        try {
          await session.close();
        } finally {
          this.inFlight -= 1;
        }
      }
    }
  }
}

async function runStatement(tx: ManagedTransaction, query: CypherQuery, params: Params): Promise<Row[]> {
  return toRows(await tx.run(query.text, params));
}

function toRows(result: { records: { keys: readonly PropertyKey[]; get(key: PropertyKey): unknown }[] }): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[key as string] = toPlain(record.get(key));
    return row;
  });
}

/** Driver values to JSON values: integers to numbers, temporal values to ISO strings. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps (most values, `n {.*}` projections) first: the driver's type checks below cost more than the copy.
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    for (const k in value as Record<string, unknown>) out[k] = toPlain((value as Record<string, unknown>)[k]);
    return out;
  }
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) {
    return String(value);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}
