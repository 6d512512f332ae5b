import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launcherNeo4jVersion } from '../../src/platform/neo4j/local-neo4j';
import { loadAllQueries } from '../../src/graph/cypher';
import { loadStartupGraph } from '../../src/services/seed-loader';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { repoRoot } from '../../src/repo-root';
import { compareIds, sameIds } from './equivalence';
import { recordWaves, RecordedStatement, runFloor } from './floor';
import { runHttp } from './http-load';
import { describeMachine } from './machine';
import { BenchGraph, connectBenchGraph, postGraphql, ServerProcess, startServer } from './processes';
import { BenchQuery, selectQueries } from './queries';
import { emptyGraph, ingestSyntheticCorpus, removeSyntheticCorpus, SyntheticCorpus } from './scale';
import { checkRatio, formatCheck, formatMs, formatRate, markdownTable, medianFigures, RunFigures, textTable } from './stats';
import { wholeNumberOption } from '../options';
import { runBenchmark } from '../report';

const USAGE = `usage: npm run bench -- [--quick] [--duration 5] [--connections 10] [--rounds 3] [--warmup 2] [--skip-scale] [--scale 10000] [--only guided-by,search]

Compares, over real HTTP with autocannon, on one Neo4j holding the default graph (catalogue, seed and corpus, as
npm start loads it): our API with its response cache on and off (each a child process, node dist/src/main.js) against
@neo4j/graphql 7 serving the same model (bench/api/neo4j-graphql), an Apollo Server "hello" on the same HTTP stack
(the ceiling of the cached path), and two floors through the bare driver: the best single hand-written statement per
question (bench/api/cypher/floor) and the replay of the statements our API sends. Runs alternate, starting one
further each round, and the tables give medians over --rounds. Then the first ask of each question after a restart of
our API with Neo4j's plan cache cleared (cold), then --scale synthetic resolutions and the same again (unless
--skip-scale). --quick: 2 s runs, 1 round, 1 s warm-up, 1,000 synthetic resolutions (a few minutes in all).
Without NEO4J_URI it starts its own Neo4j under .neo4j-bench-http/ (port 7690, or NEO4J_LOCAL_PORT) and empties it first.
Prints the tables and writes them to bench/results/latest.md.`;

type Target = 'ours' | 'ours-uncached' | 'neo4j-graphql' | 'floor' | 'replay' | 'hello';
const TARGETS: readonly Target[] = ['ours', 'ours-uncached', 'neo4j-graphql', 'floor', 'replay', 'hello'];
const TARGET_LABEL: Record<Target, string> = {
  ours: 'ours (cache on)',
  'ours-uncached': 'ours (cache off)',
  'neo4j-graphql': '@neo4j/graphql 7.6',
  floor: 'floor: best single statement',
  replay: 'replay of what our API sends',
  hello: 'Apollo "hello" (ceiling)',
};

/** The targets of issue 13 ("Fast on the real graph"), ratios side by side in one run. */
const GOALS = { throughputVsLibrary: 1.5, p99VsLibrary: 0.7, p50VsFloor: 1.3, cachedVsHello: 0.7, coldMs: 300, scaleLatency: 1.5 };

interface Options {
  help: boolean;
  quick: boolean;
  duration: number;
  connections: number;
  rounds: number;
  warmup: number;
  skipScale: boolean;
  scale: number;
  seed: number;
  only?: string;
}

interface PhaseFigures {
  byQuery: Map<string, Map<Target, RunFigures>>;
  /** The first ask of each question after a restart, ms (default graph only). */
  cold?: Map<string, number>;
  /** Where the answers were not equal work, said under the tables. */
  notes: string[];
}

interface Servers {
  ours: ServerProcess;
  oursUncached: ServerProcess;
  library: ServerProcess;
  hello: ServerProcess;
}

async function main(argv: string[]): Promise<number> {
  let options: Options;
  let queries: BenchQuery[];
  try {
    options = readOptions(argv);
    queries = selectQueries(options.only);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (line: string) => console.error(`… ${line}`);
  loadAllQueries();
  const graph = await connectBenchGraph(log);
  const servers: Partial<Servers> = {};
  let corpus: SyntheticCorpus | undefined;
  let seedFigures: PhaseFigures;
  let scaleFigures: PhaseFigures | undefined;
  let graphSize: { nodes: number; relationships: number } | undefined;
  try {
    if (graph.owned) {
      log(`Emptying the benchmark's Neo4j at ${graph.uri}`);
      await emptyGraph(graph.runtime.executor);
    }
    log('Loading the default graph (catalogue, seed, corpus) as npm start does');
    const loaded = await loadStartupGraph(graph.runtime.executor, graph.config, log);
    graphSize = loaded.graph;
    const probe = queries[0];
    log('Starting our API twice (cache on, cache off), @neo4j/graphql and the "hello" ceiling, each as a child process');
    servers.ours = await startServer('ours (cache on)', 'src/main.js', graph, probe.ours, { CACHE_ENABLED: 'true' });
    servers.oursUncached = await startServer('ours (cache off)', 'src/main.js', graph, probe.ours, { CACHE_ENABLED: 'false' });
    servers.library = await startServer('@neo4j/graphql', 'bench/api/neo4j-graphql/server.js', graph, probe.theirs);
    servers.hello = await startServer('Apollo hello', 'bench/api/hello/server.js', graph, HELLO);
    const all = servers as Servers;

    seedFigures = await measurePhase('default graph', queries, all, graph, options, log);
    const uncached = servers.oursUncached;
    servers.oursUncached = undefined; // measureCold stops it and starts another
    const cold = await measureCold(queries, { ...all, oursUncached: uncached }, graph, log);
    servers.oursUncached = cold.server;
    seedFigures.cold = cold.ms;
    if (!options.skipScale) {
      corpus = await ingestSyntheticCorpus(graph.runtime.executor, options.scale, options.seed, log);
      log(`Wrote ${corpus.resolutionIds.length} resolutions (${corpus.paragraphs} paragraphs, ${corpus.citations} citations) in ${(corpus.ms / 1000).toFixed(0)} s`);
      scaleFigures = await measurePhase(`${options.scale} synthetic resolutions`, queries, { ...all, oursUncached: cold.server }, graph, options, log);
    }
  } finally {
    for (const s of Object.values(servers)) await s?.stop();
    if (corpus && !graph.owned) {
      log('Removing the synthetic resolutions from the external Neo4j');
      await removeSyntheticCorpus(graph.runtime.executor, corpus);
    }
    await graph.runtime.close();
  }

  const report = renderReport(queries, seedFigures, scaleFigures, options, corpus, graphSize);
  console.log(`\n${report.text}`);
  const out = join(repoRoot(), 'bench', 'results', 'latest.md');
  mkdirSync(join(repoRoot(), 'bench', 'results'), { recursive: true });
  writeFileSync(out, report.markdown);
  log(`Wrote ${out}`);
  return 0;
}

/** Checks the answers are equivalent, records the floor's statements, warms up, then times alternated rounds. */
async function measurePhase(phase: string, queries: BenchQuery[], servers: Servers, graph: BenchGraph, options: Options, log: (l: string) => void): Promise<PhaseFigures> {
  const { driver } = graph.runtime;
  const database = graph.config.neo4j.database;
  const waves = new Map<string, RecordedStatement[][]>();
  const notes: string[] = [];
  for (const q of queries) {
    const note = await checkEquivalence(q, servers);
    if (note) notes.push(`${q.name}: ${note}`);
    waves.set(q.name, await recordWaves(driver, database, q.ours));
    const w = waves.get(q.name)!;
    const named = q.oursIds((await postGraphql(servers.ours.url, q.ours)).data).length;
    log(`[${phase}] ${q.name}: ${note ?? `both APIs name the same ${named} ids`}; our API runs ${w.flat().length} statement(s) in ${w.length} wave(s)`);
  }
  const run = (q: BenchQuery, target: Target, seconds: number): Promise<RunFigures> => {
    switch (target) {
      case 'ours':
        return runHttp(servers.ours.url, [q.ours], options.connections, seconds).then(checked(q, target));
      case 'ours-uncached':
        return runHttp(servers.oursUncached.url, [q.ours], options.connections, seconds).then(checked(q, target));
      case 'neo4j-graphql':
        return runHttp(servers.library.url, [q.theirs], options.connections, seconds).then(checked(q, target));
      case 'replay':
        return runFloor(driver, database, waves.get(q.name)!, options.connections, seconds);
      case 'floor':
        return runFloor(driver, database, [[handWritten(q)]], options.connections, seconds);
      case 'hello':
        return runHttp(servers.hello.url, [HELLO], options.connections, seconds).then(checked(q, target));
    }
  };
  if (options.warmup > 0) {
    log(`[${phase}] warming up: ${options.warmup} s per query and target`);
    for (const q of queries) for (const t of TARGETS) await run(q, t, options.warmup);
  }
  const samples = new Map<string, Map<Target, RunFigures[]>>(queries.map((q) => [q.name, new Map(TARGETS.map((t) => [t, []]))]));
  for (let round = 0; round < options.rounds; round++) {
    log(`[${phase}] round ${round + 1}/${options.rounds}`);
    for (const q of queries) {
      // Start one target further each round, so no target always runs right after the same other one.
      for (let k = 0; k < TARGETS.length; k++) {
        const t = TARGETS[(k + round) % TARGETS.length];
        samples.get(q.name)!.get(t)!.push(await run(q, t, options.duration));
      }
    }
  }
  return { byQuery: new Map([...samples].map(([name, byTarget]) => [name, new Map([...byTarget].map(([t, runs]) => [t, medianFigures(runs)]))])), notes };
}

/** The ceiling's one question. */
const HELLO = { query: '{ hello }', variables: {} };

/** The hand-written floor of a question, as a statement the floor runner replays. */
function handWritten(q: BenchQuery): RecordedStatement {
  const text = readFileSync(join(repoRoot(), 'bench', 'api', 'cypher', 'floor', `${q.floor.file}.cypher`), 'utf8');
  return { query: { name: `floor/${q.floor.file}`, text }, params: q.floor.params, startedAt: 0, endedAt: 0 };
}

/**
 * Cold: our uncached API is stopped, Neo4j's plan cache is cleared, and a new one is started (its start-up warm-up
 * runs as after any restart); then each question is asked once, the first time, and timed. Neo4j itself keeps running
 * (its page cache stays warm): see docs/performance.md for a full restart.
 */
async function measureCold(queries: BenchQuery[], servers: Servers, graph: BenchGraph, log: (l: string) => void): Promise<{ ms: Map<string, number>; server: ServerProcess }> {
  await servers.oursUncached.stop();
  const session = graph.runtime.driver.session({ database: graph.config.neo4j.database });
  try {
    await session.run('CALL db.clearQueryCaches()');
  } finally {
    await session.close();
  }
  log('[cold] restarted our uncached API after clearing the plan cache; asking each question once');
  const server = await startServer('ours (cache off, restarted)', 'src/main.js', graph, HELLO_PROBE, { CACHE_ENABLED: 'false' });
  // A first user arrives once the API says it is ready (load balancers route to it only then): /ready waits for the
  // start-up load and at most WARM_UP_BUDGET_MS of warm-up.
  const readyMs = await waitUntilReady(server.url.replace(/\/graphql$/, '/ready'));
  log(`[cold] /ready answered ready ${readyMs.toFixed(0)} ms after GraphQL first answered`);
  const ms = new Map<string, number>();
  for (const q of queries) {
    const t = performance.now();
    const answer = await postGraphql(server.url, q.ours);
    if (answer.errors) throw new Error(`cold ${q.name}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    ms.set(q.name, performance.now() - t);
    log(`[cold] ${q.name}: ${ms.get(q.name)!.toFixed(0)} ms`);
  }
  return { ms, server };
}

/** Polls /ready until it answers 200; resolves with how long that took. */
async function waitUntilReady(url: string, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  for (;;) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`${url} did not answer ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A probe that touches no read statement, so starting the restarted API does not warm what the cold run measures. */
const HELLO_PROBE = { query: '{ __typename }', variables: {} };

/** A timed HTTP run with failures makes the figures meaningless: stop with what went wrong. */
function checked(q: BenchQuery, target: Target) {
  return (f: Awaited<ReturnType<typeof runHttp>>): RunFigures => {
    if (f.errors || f.non2xx || f.graphqlErrors) {
      throw new Error(`${TARGET_LABEL[target]} failed on ${q.name}: ${f.errors} connection errors, ${f.non2xx} non-2xx, ${f.graphqlErrors} GraphQL errors in ${f.requests} requests`);
    }
    return f;
  };
}

/** Asks both APIs (and our uncached one) once and refuses to time them if their answers name different entities. */
async function checkEquivalence(q: BenchQuery, servers: Servers): Promise<string | undefined> {
  const [ours, uncached, theirs] = await Promise.all([
    postGraphql(servers.ours.url, q.ours),
    postGraphql(servers.oursUncached.url, q.ours),
    postGraphql(servers.library.url, q.theirs),
  ]);
  for (const [who, answer] of [['our API', ours], ['our uncached API', uncached], ['@neo4j/graphql', theirs]] as const) {
    if (answer.errors) throw new Error(`${who} answers ${q.name} with errors: ${JSON.stringify(answer.errors).slice(0, 500)}`);
  }
  const ids = q.oursIds(ours.data);
  if (ids.length === 0) throw new Error(`our API names no entity for ${q.name}: the data is not loaded`);
  const truncated = q.oursTruncated?.(ours.data) ?? false;
  for (const [who, other, cut] of [
    ['@neo4j/graphql', q.theirsIds(theirs.data), truncated],
    ['our uncached API', q.oursIds(uncached.data), false],
  ] as const) {
    const d = compareIds(ids, other);
    if (cut ? d.onlyOurs.length > 0 : !sameIds(d)) {
      throw new Error(`${q.name}: our API and ${who} do not name the same entities (only ours: ${d.onlyOurs.join(', ') || '-'}; only theirs: ${d.onlyTheirs.slice(0, 20).join(', ') || '-'}). Fix the queries in bench/api/queries.ts before timing them.`);
    }
  }
  return truncated ? `our answer stops at its size limit with ${ids.length} entities; @neo4j/graphql returns all ${q.theirsIds(theirs.data).length} (not the same work)` : undefined;
}

function renderReport(
  queries: BenchQuery[],
  seed: PhaseFigures,
  scale: PhaseFigures | undefined,
  options: Options,
  corpus: SyntheticCorpus | undefined,
  graphSize: { nodes: number; relationships: number } | undefined,
) {
  const machine = describeMachine(launcherNeo4jVersion());
  const settings = `${options.connections} connections, ${options.duration} s per run, median of ${options.rounds} alternated rounds, ${options.warmup} s warm-up per query and target`;
  const figuresHeader = ['query', 'target', 'req/s', 'p50 ms', 'p99 ms'];
  const figuresRows = (figures: PhaseFigures) =>
    queries.flatMap((q) => TARGETS.map((t) => {
      const f = figures.byQuery.get(q.name)!.get(t)!;
      return [q.name, TARGET_LABEL[t], formatRate(f.requestsPerSecond), formatMs(f.p50), formatMs(f.p99)];
    }));
  const ratioHeader = ['query', 'req/s ours ÷ lib (cache off)', 'p99 ours ÷ lib (cache off)', 'p50 ours ÷ floor (cache off)', 'req/s ours ÷ hello (cache on)', 'p50 replay ÷ floor'];
  const ratioRows = (figures: PhaseFigures) =>
    queries.map((q) => {
      const f = (t: Target) => figures.byQuery.get(q.name)!.get(t)!;
      return [
        q.name,
        formatCheck(checkRatio(f('ours-uncached').requestsPerSecond, f('neo4j-graphql').requestsPerSecond, GOALS.throughputVsLibrary, 'atLeast')),
        formatCheck(checkRatio(f('ours-uncached').p99, f('neo4j-graphql').p99, GOALS.p99VsLibrary, 'atMost')),
        formatCheck(checkRatio(f('ours-uncached').p50, f('floor').p50, GOALS.p50VsFloor, 'atMost')),
        formatCheck(checkRatio(f('ours').requestsPerSecond, f('hello').requestsPerSecond, GOALS.cachedVsHello, 'atLeast')),
        `${(f('replay').p50 / f('floor').p50).toFixed(2)}x`,
      ];
    });
  /** Every target of the issue, one line each, ok or MISSED. */
  const verdicts: string[] = [];
  const verdict = (ok: boolean, line: string) => verdicts.push(`${ok ? 'ok    ' : 'MISSED'} ${line}`);
  for (const [phase, figures] of [['default graph', seed], ...(scale ? [['at scale', scale]] : [])] as [string, PhaseFigures][]) {
    for (const q of queries) {
      const f = (t: Target) => figures.byQuery.get(q.name)!.get(t)!;
      const r = (a: number, b: number) => a / b;
      if (f('neo4j-graphql').requestsPerSecond === 0) {
        verdict(true, `[${phase}] ${q.name}: cache off, @neo4j/graphql completed no request within a run (${options.duration} s); ours ${formatRate(f('ours-uncached').requestsPerSecond)} req/s`);
        verdict(r(f('ours-uncached').p50, f('floor').p50) <= GOALS.p50VsFloor, `[${phase}] ${q.name}: cache off, p50 ${r(f('ours-uncached').p50, f('floor').p50).toFixed(2)}x the hand-written floor (target <= ${GOALS.p50VsFloor}x)`);
        verdict(r(f('ours').requestsPerSecond, f('hello').requestsPerSecond) >= GOALS.cachedVsHello, `[${phase}] ${q.name}: cache on, throughput ${r(f('ours').requestsPerSecond, f('hello').requestsPerSecond).toFixed(2)}x the Apollo "hello" ceiling (target >= ${GOALS.cachedVsHello}x)`);
        continue;
      }
      verdict(r(f('ours-uncached').requestsPerSecond, f('neo4j-graphql').requestsPerSecond) >= GOALS.throughputVsLibrary, `[${phase}] ${q.name}: cache off, throughput ${r(f('ours-uncached').requestsPerSecond, f('neo4j-graphql').requestsPerSecond).toFixed(2)}x @neo4j/graphql (target >= ${GOALS.throughputVsLibrary}x)`);
      verdict(r(f('ours-uncached').p99, f('neo4j-graphql').p99) <= GOALS.p99VsLibrary, `[${phase}] ${q.name}: cache off, p99 ${r(f('ours-uncached').p99, f('neo4j-graphql').p99).toFixed(2)}x @neo4j/graphql (target <= ${GOALS.p99VsLibrary}x)`);
      verdict(r(f('ours-uncached').p50, f('floor').p50) <= GOALS.p50VsFloor, `[${phase}] ${q.name}: cache off, p50 ${r(f('ours-uncached').p50, f('floor').p50).toFixed(2)}x the hand-written floor (target <= ${GOALS.p50VsFloor}x)`);
      verdict(r(f('ours').requestsPerSecond, f('hello').requestsPerSecond) >= GOALS.cachedVsHello, `[${phase}] ${q.name}: cache on, throughput ${r(f('ours').requestsPerSecond, f('hello').requestsPerSecond).toFixed(2)}x the Apollo "hello" ceiling (target >= ${GOALS.cachedVsHello}x)`);
    }
  }
  for (const q of queries) {
    const ms = seed.cold?.get(q.name);
    if (ms !== undefined) verdict(ms < GOALS.coldMs, `[cold] ${q.name}: first ask after a restart ${ms.toFixed(0)} ms (target < ${GOALS.coldMs} ms)`);
  }
  if (scale) {
    for (const q of queries) {
      const ratio = scale.byQuery.get(q.name)!.get('ours-uncached')!.p50 / seed.byQuery.get(q.name)!.get('ours-uncached')!.p50;
      verdict(ratio <= GOALS.scaleLatency, `[scale] ${q.name}: cache off, p50 at scale ${ratio.toFixed(2)}x the default graph's (target <= ${GOALS.scaleLatency}x)`);
    }
  }
  verdicts.push(`(load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; figures are only comparable on a quiet machine)`);
  const scaleHeader = ['query', 'target', 'p50 seed', 'p50 scale', 'p50 scale ÷ seed', 'p99 seed', 'p99 scale', 'p99 scale ÷ seed'];
  const scaleRows = (figures: PhaseFigures) =>
    queries.flatMap((q) => TARGETS.map((t) => {
      const a = seed.byQuery.get(q.name)!.get(t)!;
      const b = figures.byQuery.get(q.name)!.get(t)!;
      const goal = t === 'ours' || t === 'ours-uncached';
      const ratio = (x: number, y: number) => (goal ? formatCheck(checkRatio(x, y, GOALS.scaleLatency, 'atMost')) : `${(x / y).toFixed(2)}x`);
      return [q.name, TARGET_LABEL[t], formatMs(a.p50), formatMs(b.p50), ratio(b.p50, a.p50), formatMs(a.p99), formatMs(b.p99), ratio(b.p99, a.p99)];
    }));

  const size = graphSize ? ` (${graphSize.nodes} nodes, ${graphSize.relationships} relationships)` : '';
  const sections: { title: string; header: string[]; rows: string[][]; notes?: string[] }[] = [
    { title: `Default graph: catalogue, seed and corpus${size}`, header: figuresHeader, rows: figuresRows(seed) },
    { title: 'Ratios, default graph ("lib" = @neo4j/graphql; targets in brackets)', header: ratioHeader, rows: ratioRows(seed), notes: seed.notes },
  ];
  if (seed.cold) {
    sections.push({
      title: `Cold: the first ask after a restart of our API with Neo4j's plan cache cleared (target < ${GOALS.coldMs} ms)`,
      header: ['query', 'first ask ms'],
      rows: queries.map((q) => [q.name, formatCheck(checkRatio(seed.cold!.get(q.name)!, GOALS.coldMs, 1, 'atMost'))]),
    });
  }
  if (scale && corpus) {
    const what = `${corpus.resolutionIds.length} synthetic resolutions added (${corpus.paragraphs} paragraphs, ${corpus.citations} citations)`;
    sections.push(
      { title: `At scale: ${what}`, header: figuresHeader, rows: figuresRows(scale) },
      { title: 'Ratios at scale', header: ratioHeader, rows: ratioRows(scale), notes: scale.notes },
      { title: 'Latency at scale against the default graph (target for our API: within 1.5x)', header: scaleHeader, rows: scaleRows(scale) },
    );
  }
  const questions = queries.map((q) => `- ${q.name}: ${q.question}`).join('\n');
  const targets = `Targets of issue 13\n${verdicts.join('\n')}`;
  const text = [`API benchmark: ${machine}`, settings, questions, ...sections.map((s) => `${s.title}\n${textTable(s.header, s.rows)}${notesText(s.notes)}`), targets].join('\n\n');
  const markdown = [
    '# API benchmark: latest run',
    '',
    `Generated by \`npm run bench\`; do not edit. Machine: ${machine}.`,
    '',
    `Settings: ${settings}.`,
    '',
    questions,
    ...sections.flatMap((s) => ['', `## ${s.title}`, '', markdownTable(s.header, s.rows), ...(s.notes?.length ? ['', ...s.notes.map((n) => `Note: ${n}.`)] : [])]),
    '',
    '## Targets of issue 13',
    '',
    '```',
    ...verdicts,
    '```',
    '',
  ].join('\n');
  return { text, markdown };
}

function notesText(notes: string[] | undefined): string {
  return notes?.length ? `\n${notes.map((n) => `Note: ${n}.`).join('\n')}` : '';
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
      scale: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      'skip-scale': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const whole = wholeNumberOption;
  const quick = values.quick;
  const given = (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  return {
    help: values.help,
    quick,
    duration: whole('duration', quick && !given('duration') ? '2' : values.duration, 1),
    connections: whole('connections', values.connections, 1),
    rounds: whole('rounds', quick && !given('rounds') ? '1' : values.rounds, 1),
    warmup: whole('warmup', quick && !given('warmup') ? '1' : values.warmup, 0),
    scale: whole('scale', quick && !given('scale') ? '1000' : values.scale, 1),
    seed: whole('seed', values.seed, 0),
    skipScale: values['skip-scale'],
    only: values.only,
  };
}

runBenchmark(main);
