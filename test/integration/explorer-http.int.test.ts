import { startTestHttpApp } from '../support/http-app';

/** The explorer and IDE pages over plain HTTP (no browser): content types, local-only references, 404s, CSRF. */
describe('the browser pages over HTTP', () => {
  let base: string;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ base, stop } = await startTestHttpApp());
  });
  afterAll(async () => {
    await stop();
  });

  /** Every src/href in a page: scripts, stylesheets and links. */
  const referencesOf = (html: string) => [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  const assetsOf = (html: string) => [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"]*)"/g)].map((m) => m[1]);

  it('serves GraphiQL for a browser GET of /graphql, referencing only this server', async () => {
    const response = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('id="graphiql"');
    expect(html).toContain('WhatGuidesThisResolution');
    // Security headers from one place (helmet), the CSP as a header: no framing, no sniffing (issue 9).
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self';.*script-src 'self';/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const references = referencesOf(html);
    expect(references.length).toBeGreaterThanOrEqual(5);
    for (const url of references) expect(url).toMatch(/^\/[^/]/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });

  it('serves the IDE assets with JS/CSS content types; vendor files are versioned and cached for a year', async () => {
    const html = await (await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).text();
    const assets = assetsOf(html);
    expect(assets).toEqual([
      '/assets/vendor/graphiql@3.8.2/graphiql.min.css',
      '/assets/vendor/react@18.3.1/react.production.min.js',
      '/assets/vendor/react-dom@18.3.1/react-dom.production.min.js',
      '/assets/vendor/graphiql@3.8.2/graphiql.min.js',
      '/ide/ide.js',
    ]);
    for (const url of assets) {
      const response = await fetch(base + url);
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect(response.headers.get('content-type')).toMatch(url.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/);
      expect(response.headers.get('cache-control')).toBe(url.startsWith('/assets/vendor/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
  });

  it('serves /explore with a Content-Security-Policy that allows only this origin, and its scripts and styles', async () => {
    const response = await fetch(`${base}/explore`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self'");
    const html = await response.text();
    expect(html).not.toContain('{{');
    for (const url of referencesOf(html)) expect(url).toMatch(/^\/[^/]/);
    const assets = assetsOf(html);
    expect(assets).toEqual(['/explore/explore.css', expect.stringMatching(/^\/assets\/vendor\/cytoscape@3\.\d+\.\d+\/cytoscape\.min\.js$/), '/explore/explore.js']);
    for (const url of assets) {
      const asset = await fetch(base + url);
      expect({ url, status: asset.status }).toEqual({ url, status: 200 });
      expect(asset.headers.get('content-type')).toMatch(url.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/);
    }
    expect((await fetch(`${base}/explore/`)).status).toBe(200);
    // The modules explore.js imports.
    const imports = [...(await (await fetch(`${base}/explore/explore.js`)).text()).matchAll(/from '\.\/([\w-]+\.js)'/g)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['api.js', 'drawing.js', 'export.js', 'panel.js']);
    for (const file of imports) {
      const module = await fetch(`${base}/explore/${file}`);
      expect({ file, status: module.status }).toEqual({ file, status: 200 });
      expect(module.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    }
  });

  it('answers 404 for unknown assets and for files outside the allow-list', async () => {
    for (const path of [
      '/assets/vendor/graphiql@3.8.2/package.json',
      '/assets/vendor/cytoscape@0.0.1/cytoscape.min.js',
      '/assets/vendor/graphiql@3.8.2/../../package.json',
      '/assets/vendor/%2e%2e/%2e%2e/package.json',
      '/assets/nothing.js',
      '/explore/nothing.js',
      '/explore/../package.json',
      '/ide/nothing.js',
    ]) {
      const response = await fetch(base + path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).not.toContain('"name": "unhr-graph"');
    }
  });

  it('keeps CSRF prevention: a simple GET query is refused, a JSON POST answers', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF|preflight/i);
    const post = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(post.status).toBe(200);
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('keeps the API answering JSON to non-browser GETs with the IDE in place', async () => {
    const response = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
