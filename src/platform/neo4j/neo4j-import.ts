import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureLauncherBuilt, launcherCommand } from './launcher';

/**
 * Runs `neo4j-admin database import full <options> neo4j` against the Neo4j home that a local server started
 * with startLocalNeo4j({ homeDir }) serves (`<homeDir>/data`), through the launcher's `import` mode (the import
 * tool of Neo4j 5.26 from Maven Central, no Neo4j distribution needed). The server on that home must be
 * stopped. Resolves with the tool's output; rejects with its last lines when it fails.
 */
export async function runNeo4jAdminImport(homeDir: string, importOptions: string[], log: (line: string) => void = () => {}): Promise<string> {
  await ensureLauncherBuilt({ log });
  const dataDir = path.join(path.resolve(homeDir), 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  const { java, args } = launcherCommand(['import', '--data', dataDir, ...importOptions]);
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    // In the home, so the tool's import.report (bad entries) lands there, not in the caller's directory.
    const child = spawn(java, args, { cwd: path.resolve(homeDir), stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => output.push(chunk.toString('utf8'));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const text = output.join('');
  if (code !== 0) throw new Error(`neo4j-admin database import full exited with ${code}:\n${text.split('\n').slice(-30).join('\n')}`);
  return text;
}
