import { createServer, Server, Socket } from 'node:net';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { connectGraph, GraphRuntime } from '../../src/app/graph-runtime';
import { createTestServer } from '../support/graph';

/** A TCP proxy in front of Neo4j that the test can cut and restore, to play "Neo4j went away". */
class CuttableProxy {
  private server?: Server;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(port = 0): Promise<void> {
    this.server = createServer((client) => {
      const upstream = new Socket();
      upstream.connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  async cut(): Promise<void> {
    this.sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

describe('when Neo4j is unreachable', () => {
  let proxy: CuttableProxy;
  let graph: GraphRuntime;

  beforeAll(async () => {
    const target = new URL(process.env.NEO4J_URI!.replace(/^[a-z0-9+]+:/, 'http:'));
    proxy = new CuttableProxy({ host: target.hostname, port: Number(target.port || 7687) });
    await proxy.open();
    graph = await connectGraph(loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${proxy.port}` }));
  });
  afterAll(async () => {
    await graph.driver.close();
    await proxy.cut().catch(() => undefined);
  });

  it('answers SERVICE_UNAVAILABLE while it is down, and recovers by itself when it returns', async () => {
    const { run } = createTestServer(graph);
    const query = '{ instrument(abbreviation: "ICCPR") { title } }';
    expect((await run(query)).errors).toBeUndefined();

    await proxy.cut();
    const down = await run(query);
    expect(down.errors).toHaveLength(1);
    expect(down.errors![0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(down.errors![0].message).toMatch(/not reachable right now.*try again/);
    await expect(graph.repo.ping()).rejects.toThrow(/not reachable/);

    await proxy.open(proxy.port);
    let recovered: { data?: any; errors?: any[] } = {};
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      recovered = await run(query);
      if (!recovered.errors) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data.instrument.title).toBe('International Covenant on Civil and Political Rights');
  });
});
