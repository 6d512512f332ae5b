// Starts GraphiQL on the page the server renders at /graphql (see src/api/http/ide.ts). No build step: plain JS.
(function startIde() {
  'use strict';
  const settings = JSON.parse(document.getElementById('ide-settings').textContent);
  const params = new URLSearchParams(window.location.search);
  const query = params.get('query') || undefined;
  const variables = params.get('variables') || undefined;

  // A deep link (?query=...&variables=...) opens as the first tab, before the examples.
  const tabs = (query ? [{ query, variables }] : []).concat(settings.tabs);

  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  const logo = React.createElement(GraphiQL.Logo, null,
    React.createElement('a', { href: '/explore', title: 'Draw the graph: the explorer' }, 'UN human-rights graph'));
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs,
      query,
      variables,
      defaultEditorToolsVisibility: Boolean(variables),
    }, logo),
  );
})();
