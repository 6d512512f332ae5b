import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPid, withStartLock } from '../../../src/platform/neo4j/pid-lock';

describe('the start lock and pid file', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pid-lock-'));
    lockFile = join(dir, 'run', 'start.lock');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a pid, and nothing from a missing or garbled file', () => {
    writeFileSync(join(dir, 'a.pid'), '4242\n');
    writeFileSync(join(dir, 'b.pid'), 'not a pid');
    expect(readPid(join(dir, 'a.pid'))).toBe(4242);
    expect(readPid(join(dir, 'b.pid'))).toBeUndefined();
    expect(readPid(join(dir, 'none.pid'))).toBeUndefined();
  });

  it('runs one start at a time, holding the lock with its pid and releasing it after', async () => {
    const order: string[] = [];
    const first = withStartLock({ lockFile }, 1_000, undefined, async () => {
      expect(readPid(lockFile)).toBe(process.pid);
      order.push('first in');
      await new Promise((r) => setTimeout(r, 50));
      order.push('first out');
    });
    const second = withStartLock({ lockFile }, 1_000, undefined, async () => void order.push('second'));
    await Promise.all([first, second]);
    // The second waited: the lock holds our own (live) pid while the first runs.
    expect(order).toEqual(['first in', 'first out', 'second']);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    await withStartLock({ lockFile }, 1_000, undefined, async () => undefined);
    writeFileSync(lockFile, '2147483646\n');
    await expect(withStartLock({ lockFile }, 1_000, undefined, async () => 'ran')).resolves.toBe('ran');
  });
});
