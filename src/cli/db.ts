/**
 * `node dist/src/cli/db.js start|stop|status`: manages the local Neo4j 5.26 server under `<repo>/.neo4j`.
 *
 * Environment:
 *   NEO4J_LOCAL_PORT  Bolt port on 127.0.0.1 (default 7687)
 *   NEO4J_PASSWORD    password of user neo4j; if unset, `<repo>/.neo4j/auth/password` is used (and created
 *                     with a random password on first use)
 */
import * as path from 'node:path';
import { loadConfig } from '../config';
import {
  LocalNeo4jOptions,
  LOCAL_NEO4J_USER,
  defaultHomeDir,
  launcherNeo4jVersion,
  passwordFilePath,
  resolveLocalPassword,
  startLocalNeo4j,
  statusLocalNeo4j,
  stopLocalNeo4j,
} from '../platform/neo4j/local-neo4j';

const USAGE = 'usage: db start|stop|status   (env: NEO4J_LOCAL_PORT, default 7687; NEO4J_PASSWORD)';

/** The local server's port and password from the validated configuration; db manages the local server whatever NEO4J_URI says. */
function localTarget(env: NodeJS.ProcessEnv): { port: number; password?: string } {
  const { target } = loadConfig({ ...env, NEO4J_URI: undefined }).neo4j;
  if (target.mode !== 'local') throw new Error('unreachable: NEO4J_URI was cleared');
  return target;
}

function versionLabel(): string {
  try {
    return `Neo4j ${launcherNeo4jVersion()}`;
  } catch {
    return 'Neo4j 5.26';
  }
}

/**
 * Runs the db CLI with the given arguments (without node and script), printing a one-line summary on
 * stdout and progress on stderr. Resolves to the exit code: 0 on success, 1 on error (message only).
 */
export async function runDbCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const command = args[0];
  if (command !== 'start' && command !== 'stop' && command !== 'status') {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  try {
    const homeDir = defaultHomeDir();
    const local = localTarget(env);
    const fromEnv = local.password;
    const passwordNote =
      fromEnv !== undefined && fromEnv !== ''
        ? 'password from NEO4J_PASSWORD'
        : `password in ${path.relative(process.cwd(), passwordFilePath(homeDir)) || passwordFilePath(homeDir)}`;
    const opts: LocalNeo4jOptions = {
      port: local.port,
      password: resolveLocalPassword(homeDir, fromEnv),
      homeDir,
      log: (line) => process.stderr.write(`${line}\n`),
    };
    const label = versionLabel();

    if (command === 'start') {
      const r = await startLocalNeo4j(opts);
      const state = r.alreadyRunning ? 'already running' : 'running';
      process.stdout.write(`${label} ${state} at ${r.uri} (pid ${r.pid}, user ${LOCAL_NEO4J_USER}, ${passwordNote})\n`);
    } else if (command === 'stop') {
      const r = await stopLocalNeo4j(opts);
      process.stdout.write(r.wasRunning ? `${label} stopped\n` : `${label} was not running\n`);
    } else {
      const s = await statusLocalNeo4j(opts);
      if (s.running) {
        const bolt = s.boltAnswers ? 'Bolt answers' : 'Bolt does not answer with these credentials yet';
        process.stdout.write(
          `${label} running at ${s.uri} (pid ${s.pid}, ${bolt}, user ${LOCAL_NEO4J_USER}, ${passwordNote})\n`,
        );
      } else {
        const extra = s.boltAnswers ? '; another server answers on that port with these credentials' : '';
        process.stdout.write(`${label} not running (${s.uri}${extra})\n`);
      }
    }
    return 0;
  } catch (err) {
    process.stderr.write(`db ${command}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void runDbCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
