#!/usr/bin/env node
/**
 * Compiles (tsc, incremental) only when a TypeScript source or a tsconfig is newer than the last build, so that
 * `npm run <command>` starts at once when nothing changed. Prints nothing unless it compiles (then on stderr), so a
 * command's stdout stays its own output.
 */
const { readdirSync, statSync, utimesSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.tsbuildinfo');

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return path.endsWith('.ts') || path.endsWith('.json') ? st.mtimeMs : 0;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

let built = 0;
try {
  built = statSync(stamp).mtimeMs;
} catch {
  built = 0;
}
const sources = ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json'].map((p) => newest(join(root, p)));
if (built > 0 && Math.max(...sources) <= built) process.exit(0);

process.stderr.write('Compiling (sources changed since the last build)...\n');
const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', stamp], {
  cwd: root,
  stdio: ['ignore', 2, 2],
});
// tsc leaves the build info alone when nothing it emits changed: mark the build as current either way.
if (tsc.status === 0) utimesSync(stamp, new Date(), new Date());
process.exit(tsc.status ?? 1);
