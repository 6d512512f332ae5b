import { writeCsv } from './csv';
import { writeCytoscape } from './cytoscape';
import { GraphData } from './graph-data';
import { writeGraphml } from './graphml';
import { JsonLdOptions, writeJsonLd } from './jsonld';

/** The export formats, as the CLI's --format names them. */
export const EXPORT_FORMATS = ['cytoscape', 'graphml', 'jsonld', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The single-file formats: file name and media type. CSV is two files, see CSV_FILES. */
export const SINGLE_FILE_FORMATS = {
  cytoscape: { fileName: 'graph.cyjs.json', contentType: 'application/json; charset=utf-8' },
  graphml: { fileName: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8' },
  jsonld: { fileName: 'graph.jsonld', contentType: 'application/ld+json; charset=utf-8' },
} as const;

/** The two files of the CSV export. */
export const CSV_FILES = {
  nodes: { fileName: 'nodes.csv', contentType: 'text/csv; charset=utf-8' },
  relationships: { fileName: 'relationships.csv', contentType: 'text/csv; charset=utf-8' },
} as const;

/** Renders a single-file format. */
export function renderSingleFile(format: keyof typeof SINGLE_FILE_FORMATS, graph: GraphData, options: JsonLdOptions = {}): string {
  switch (format) {
    case 'cytoscape':
      return writeCytoscape(graph);
    case 'graphml':
      return writeGraphml(graph);
    case 'jsonld':
      return writeJsonLd(graph, options);
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/** Renders any format as named files (one for most formats, two for CSV). */
export function renderFiles(format: ExportFormat, graph: GraphData, options: JsonLdOptions = {}): { fileName: string; content: string }[] {
  if (format === 'csv') {
    const csv = writeCsv(graph);
    return [
      { fileName: CSV_FILES.nodes.fileName, content: csv.nodes },
      { fileName: CSV_FILES.relationships.fileName, content: csv.relationships },
    ];
  }
  return [{ fileName: SINGLE_FILE_FORMATS[format].fileName, content: renderSingleFile(format, graph, options) }];
}
