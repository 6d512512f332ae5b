import { ApolloServerPlugin } from '@apollo/server';
import { IDE_EXAMPLES, IdeExample } from './ide-examples';
import { vendorAssets } from './vendor-assets';

/** Where the IDE's own start-up script is served (from public/ide/, by the pages router). */
export const IDE_SCRIPT_URL = '/ide/ide.js';

/**
 * Only this origin: the IDE works offline and cannot be made to load anything from elsewhere.
 * Inline styles stay allowed because GraphiQL's editors set style attributes.
 */
export const IDE_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/**
 * Replaces Apollo's landing page: a browser GET of /graphql (Accept: text/html) gets GraphiQL, served from this
 * server only (no CDN), with the example queries as tabs. `?query=...&variables=...` opens that query in a first tab.
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
<meta http-equiv="Content-Security-Policy" content="${IDE_CONTENT_SECURITY_POLICY}">
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
