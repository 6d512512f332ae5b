import { createServer, Server } from 'node:net';
import { isAuthFailure, localBoltUri, portInUse, probeBolt } from '../../../src/platform/neo4j/bolt-probe';

describe('the Bolt probe', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((socket) => socket.destroy());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('sees a port in use, and a free one', async () => {
    expect(await portInUse(port)).toBe(true);
    const free = createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', r));
    const freePort = (free.address() as { port: number }).port;
    await new Promise((r) => free.close(r));
    expect(await portInUse(freePort)).toBe(false);
  });

  it('answers not ok, without throwing, when what listens is not Neo4j', async () => {
    const probe = await probeBolt(localBoltUri(port), 'whatever-password');
    expect(probe.ok).toBe(false);
    expect(isAuthFailure(probe)).toBe(false);
  });

  it('tells a refused password from other failures', () => {
    expect(isAuthFailure({ ok: false, code: 'Neo.ClientError.Security.Unauthorized' })).toBe(true);
    expect(isAuthFailure({ ok: false, code: 'ServiceUnavailable' })).toBe(false);
    expect(localBoltUri(7687)).toBe('bolt://127.0.0.1:7687');
  });
});
