import { html, SafeHtml } from './html';

export interface PageParts {
  title: string;
  main: SafeHtml;
  /** The GraphQL operation behind the page, for the "Open in the IDE" link. */
  query?: { text: string; variables: Record<string, unknown> };
  /** A link to the explorer centred on this page's entity. */
  exploreId?: string;
  /** Words to keep in the search box. */
  searchText?: string;
}

/** The GraphQL IDE with a query (and its variables) open in the first tab. */
export function ideHref(query: string, variables: Record<string, unknown>): string {
  const params = new URLSearchParams({ query: query.trim() });
  if (Object.keys(variables).length) params.set('variables', JSON.stringify(variables, null, 2));
  return `/graphql?${params.toString()}`;
}

/** Every reader page: skip link, header with search, main, footer; one stylesheet and one deferred script, both local. */
export function renderLayout(parts: PageParts): string {
  const tools: SafeHtml[] = [];
  if (parts.exploreId) tools.push(html`<a href="/explore?id=${encodeURIComponent(parts.exploreId)}">Open in the explorer</a>`);
  if (parts.query) tools.push(html`<a href="${ideHref(parts.query.text, parts.query.variables)}" rel="nofollow">Open the query of this page in the IDE</a>`);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${parts.title} · UN human-rights graph</title>
<link rel="stylesheet" href="/reader/reader.css">
<script src="/reader/reader.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site">
  <a class="brand" href="/">UN human-rights graph</a>
  <form class="search" role="search" action="/search" method="get">
    <label for="q" class="visually-hidden">Search: words, a UN symbol or an id</label>
    <input id="q" name="q" type="search" maxlength="200" value="${parts.searchText ?? ''}" placeholder="Words, a symbol (A/RES/78/202) or an id (instrument:udhr)">
    <button type="submit">Search</button>
  </form>
  <nav aria-label="Site"><a href="/">Browse</a> <a href="/explore">Explorer</a> <a href="/graphql">GraphQL IDE</a></nav>
</header>
${tools.length ? html`<nav class="tools" aria-label="This page elsewhere">${tools.map((t) => html`${t} `)}</nav>` : ''}
<main id="main" tabindex="-1">
${parts.main}
</main>
<footer class="site"><p>Every page here is rendered from the GraphQL API at <a href="/graphql">/graphql</a>; the link above opens the exact query. Data: the curated catalogue, the seed resolution and General Assembly resolutions of the 78th session.</p></footer>
</body>
</html>
`.value;
}

/** A page for a status other than 200: says what happened and how to go on. */
export function renderProblemPage(status: number, heading: string, detail: string): string {
  const main = html`<h1>${heading}</h1>
<p>${detail}</p>
<p><a href="/">Back to the start page</a> · <a href="/search">Search</a> · <a href="/explore">Explorer</a></p>`;
  return renderLayout({ title: `${status} ${heading}`, main });
}
