import { ApolloServerPlugin } from '@apollo/server';
import { IDE_EXAMPLES, IdeExample } from './ide-examples';
import { vendorAssets } from './vendor-assets';

/** Where the IDE's own start-up script is served (from public/ide/, by the pages router). */
export const IDE_SCRIPT_URL = '/ide/ide.js';

/**
 * Replaces Apollo's landing page: a browser GET of /graphql (Accept: text/html) gets GraphiQL, served from this
 * server only (no CDN), with the example queries as tabs. Its Content-Security-Policy (this origin only, no framing)
 * is the header every response carries (src/api/http/security-headers.ts). `?query=...&variables=...` opens that query in a first tab.
 * Its requests are POST application/json, which Apollo's CSRF prevention lets through.
 */
export function ideLandingPagePlugin(examples: IdeExample[] = IDE_EXAMPLES): ApolloServerPlugin {
  const html = renderIdeHtml(examples);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

/** The IDE's HTML page: vendor files from /assets/vendor, its settings as inert JSON read by /ide/ide.js. */
export function renderIdeHtml(examples: IdeExample[]): string {
  const vendor = vendorAssets();
  // JSON inside <script>: escaping "<" keeps a "</script>" in an example from ending the element.
  const settings = JSON.stringify({ tabs: examples }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL IDE · UN human-rights instruments graph</title>
<link rel="stylesheet" href="${vendor.graphiqlCss.url}">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the GraphQL IDE… (it needs JavaScript; without it, POST queries to this URL, see README.md)</div>
<script type="application/json" id="ide-settings">${settings}</script>
<script src="${vendor.reactJs.url}"></script>
<script src="${vendor.reactDomJs.url}"></script>
<script src="${vendor.graphiqlJs.url}"></script>
<script src="${IDE_SCRIPT_URL}"></script>
</body>
</html>
`;
}
