import { createServer, Server } from 'node:net';
import { buildOnce, freePort, startNode } from '../support/api-process';

jest.setTimeout(120_000);

describe('npm start when its port is taken', () => {
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    buildOnce();
    port = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
  });
  afterAll(async () => new Promise((resolve) => blocker.close(resolve)));

  it('exits 1 with one line that names the port and what to do, and no stack trace', async () => {
    const api = startNode('src/main.js', {
      NEO4J_URI: process.env.NEO4J_URI!,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD!,
      HOST: '127.0.0.1',
      PORT: String(port),
    });
    const exit = await api.exited;
    const text = api.text();

    expect(exit.code).toBe(1);
    expect(text).toContain(`Could not start: port ${port} on 127.0.0.1 is already in use`);
    expect(text).toContain('set PORT to a free port');
    expect(text).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});
