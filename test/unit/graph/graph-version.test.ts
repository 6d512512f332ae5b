import { GraphVersionTracker } from '../../../src/graph/graph-version';

/** A stand-in for the executor's read: counts calls, answers with the token it holds (the Neo4j side is tested in cache.int.test.ts). */
function fakeExecutor() {
  const state = { token: 't1', reads: 0, fail: false, gate: undefined as Promise<void> | undefined };
  const executor = {
    read: async () => {
      state.reads += 1;
      if (state.gate) await state.gate;
      if (state.fail) throw new Error('Neo4j is down');
      return [{ version: 1, token: state.token }];
    },
  };
  return { state, executor };
}

describe('GraphVersionTracker', () => {
  it('asks Neo4j at most once per poll interval', async () => {
    let now = 0;
    const { state, executor } = fakeExecutor();
    const tracker = new GraphVersionTracker(executor, 1000, () => now);
    expect(await tracker.current()).toBe('t1');
    state.token = 't2';
    now = 999;
    expect(await tracker.current()).toBe('t1');
    expect(state.reads).toBe(1);
    now = 1000;
    expect(await tracker.current()).toBe('t2');
    expect(state.reads).toBe(2);
  });

  it('asks again at once after invalidate (a write by this process)', async () => {
    const { state, executor } = fakeExecutor();
    const tracker = new GraphVersionTracker(executor, 60_000, () => 0);
    await tracker.current();
    state.token = 't2';
    tracker.invalidate();
    expect(await tracker.current()).toBe('t2');
  });

  it('shares one read between concurrent callers', async () => {
    const { state, executor } = fakeExecutor();
    const tracker = new GraphVersionTracker(executor, 1000, () => 0);
    const all = await Promise.all([tracker.current(), tracker.current(), tracker.current()]);
    expect(all).toEqual(['t1', 't1', 't1']);
    expect(state.reads).toBe(1);
  });

  it('does not keep an answer read while a write happened', async () => {
    const { state, executor } = fakeExecutor();
    const tracker = new GraphVersionTracker(executor, 60_000, () => 0);
    let open!: () => void;
    state.gate = new Promise((resolve) => (open = resolve));
    const inFlight = tracker.current();
    tracker.invalidate();
    open();
    await inFlight;
    state.gate = undefined;
    state.token = 't2';
    expect(await tracker.current()).toBe('t2');
  });

  it('answers undefined when Neo4j cannot be asked, and "empty" before the first write', async () => {
    const { state, executor } = fakeExecutor();
    state.fail = true;
    expect(await new GraphVersionTracker(executor, 1000).current()).toBeUndefined();
    const empty = new GraphVersionTracker({ read: async () => [] }, 1000);
    expect(await empty.current()).toBe('empty');
  });
});
