import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../../../src/repo-root';

/** Runs dependency-cruiser with the project's rules (.dependency-cruiser.cjs) on `files`, from `cwd`. */
function cruise(cwd: string, files: string[]): { status: number | null; output: string } {
  const root = repoRoot();
  const run = spawnSync(process.execPath, [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), '--config', join(root, '.dependency-cruiser.cjs'), ...files], {
    cwd,
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the layer rules (.dependency-cruiser.cjs, run by npm test before jest)', () => {
  const fixture = join(repoRoot(), 'test/fixtures/layers');

  it('fail on a core module that imports the graph layer or graphql, naming the rule', () => {
    const { status, output } = cruise(fixture, ['src']);
    expect(status).not.toBe(0);
    expect(output).toMatch(/core-is-pure: src\/core\/leak\.ts → src\/graph\/kind\.repository\.ts/);
    expect(output).toMatch(/core-has-no-driver-or-web: src\/core\/leak\.ts → .*node_modules\/graphql\//);
    expect(output).toMatch(/2 dependency violations/);
  });

  it('pass on modules that point the allowed way (graph -> core)', () => {
    const { status, output } = cruise(fixture, ['src/graph', 'src/core/vocabulary.ts']);
    expect(output).toMatch(/no dependency violations found/);
    expect(status).toBe(0);
  });
});
