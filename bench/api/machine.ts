import { cpus, loadavg, totalmem } from 'node:os';

/** One line about the machine and the moment, printed with every result table. */
export function describeMachine(neo4jVersion: string): string {
  const cpu = cpus();
  return (
    `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} core(s), ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ` +
    `Node ${process.version}; Neo4j ${neo4jVersion}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ` +
    `${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`
  );
}
