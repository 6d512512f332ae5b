import { AuditResult, serverAudits } from 'graphql-http';
import { startTestHttpApp } from '../support/http-app';

/** The GraphQL-over-HTTP spec's audits (package graphql-http) against the real HTTP server. */
describe('GraphQL over HTTP audits', () => {
  let url: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const api = await startTestHttpApp();
    stop = api.stop;
    url = `${api.base}/graphql`;
  });
  afterAll(async () => {
    await stop();
  });

  it('passes every MUST audit; SHOULD and MAY findings are printed', async () => {
    const results: { name: string; result: AuditResult }[] = [];
    for (const audit of serverAudits({ url, fetchFn: fetch })) results.push({ name: audit.name, result: await audit.fn() });
    expect(results.length).toBeGreaterThan(40);
    const notOk = results.filter((r) => r.result.status !== 'ok');
    for (const r of notOk) process.stderr.write(`[graphql-over-http] ${r.result.status}: ${r.name}: ${r.result.status === 'ok' ? '' : r.result.reason}\n`);
    // graphql-http marks MUST audits with status "error" when they fail ("warn" for SHOULD, "notice" for MAY).
    const mustFailures = notOk.filter((r) => r.name.startsWith('MUST') || r.result.status === 'error').map((r) => r.name);
    expect(mustFailures).toEqual([]);
    expect(results.filter((r) => r.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });
});
