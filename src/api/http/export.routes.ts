import express from 'express';
import { ExportInputError, ExportScope, parseExportScope } from '../../services/export-request';
import { CSV_FILES, renderSingleFile, SINGLE_FILE_FORMATS } from '../../core/export/formats';
import { writeCsv } from '../../core/export/csv';
import { GraphData } from '../../core/export/graph-data';
import { contextFilePath } from '../../core/export/jsonld';
import { describeError, ErrorDescription, internalErrorDescription } from '../../core/errors';
import { ExportRepository } from '../../graph/export.repository';
import { WholeGraphExportCache } from './export-cache';
import { Logger } from './logger';

const QUERY_KEYS = ['root', 'depth'];

/**
 * Serves the bulk exports under /export (the whole graph, or `?root=<id>&depth=<1..3>`) and the JSON-LD
 * context at /ns/context.jsonld. Errors are JSON `{ errors: [{ message, extensions: { code } }] }`.
 */
export function createExportRouter(
  exporter: ExportRepository,
  logger: Logger,
  options: { publicBaseUrl: string; graphVersion?: () => Promise<string | undefined>; cacheMaxBytes?: number },
): express.Router {
  const router = express.Router();
  const whole = new WholeGraphExportCache(() => exporter.wholeGraph(), options.graphVersion, { maxBytes: options.cacheMaxBytes });

  router.get('/ns/context.jsonld', (_req, res) => {
    res.type('application/ld+json').set('Cache-Control', 'public, max-age=3600').sendFile(contextFilePath());
  });

  const serve = (path: string, fileName: string, contentType: string, render: (graph: GraphData) => string) => {
    router.get(path, async (req, res) => {
      try {
        const scope = readScope(req);
        const body =
          scope.kind === 'whole'
            ? await whole.render(path, render)
            : render(await exporter.neighbourhood(scope.rootId, scope.depth));
        res
          .status(200)
          .set('Content-Type', contentType)
          .set('Content-Disposition', `attachment; filename="${fileName}"`)
          .send(body);
      } catch (error) {
        const failure = exportFailure(error);
        if (failure.status >= 500) logger.error({ err: error, path }, 'export failed');
        res.status(failure.status).json({ errors: [{ message: failure.message, extensions: { code: failure.code } }] });
      }
    });
  };

  serve('/export/graph.cyjs.json', SINGLE_FILE_FORMATS.cytoscape.fileName, SINGLE_FILE_FORMATS.cytoscape.contentType, (g) => renderSingleFile('cytoscape', g));
  serve('/export/graph.graphml', SINGLE_FILE_FORMATS.graphml.fileName, SINGLE_FILE_FORMATS.graphml.contentType, (g) => renderSingleFile('graphml', g));
  // The document names the context this server publishes, so it expands as soon as it is downloaded. Its address comes
  // from the configuration (PUBLIC_BASE_URL), never from the request's Host header, which any client can set.
  const contextUrl = `${options.publicBaseUrl}/ns/context.jsonld`;
  serve('/export/graph.jsonld', SINGLE_FILE_FORMATS.jsonld.fileName, SINGLE_FILE_FORMATS.jsonld.contentType, (g) => renderSingleFile('jsonld', g, { contextUrl }));
  serve('/export/nodes.csv', CSV_FILES.nodes.fileName, CSV_FILES.nodes.contentType, (g) => writeCsv(g).nodes);
  serve('/export/relationships.csv', CSV_FILES.relationships.fileName, CSV_FILES.relationships.contentType, (g) => writeCsv(g).relationships);
  return router;
}

function readScope(req: express.Request): ExportScope {
  const query = req.query as Record<string, unknown>;
  const unknown = Object.keys(query).filter((k) => !QUERY_KEYS.includes(k));
  if (unknown.length > 0) throw new ExportInputError(`Unknown parameter ${unknown.map((k) => `"${k}"`).join(', ')}: an export takes only root=<id> and depth=<1..3>.`);
  for (const key of QUERY_KEYS) {
    if (query[key] !== undefined && typeof query[key] !== 'string') throw new ExportInputError(`Give ${key} once, as a plain value (for example ${key === 'root' ? 'root=un:E/CN.4/RES/2003/48' : 'depth=2'}).`);
  }
  return parseExportScope(query.root as string | undefined, query.depth as string | undefined);
}

/** How an export answers an error: the status and code of src/core/errors.ts, like every other surface. */
export function exportFailure(error: unknown): ErrorDescription {
  return describeError(error) ?? { ...internalErrorDescription(), message: 'The export failed; try again, and report it if it keeps failing.' };
}
