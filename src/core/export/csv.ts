import { stringify } from 'csv-stringify/sync';
import { GraphData, PropertyType } from './graph-data';

/** The array delimiter the files use; `neo4j-admin database import full` takes it as --array-delimiter. */
export const CSV_ARRAY_DELIMITER = ';';

/** The two files of a CSV export. */
export interface CsvExport {
  nodes: string;
  relationships: string;
}

/** Raised when a value cannot be written in this layout (a list element containing the array delimiter). */
export class CsvExportError extends Error {
  override name = 'CsvExportError';
}

/**
 * The neo4j-admin import type of a property. Neo4j's FLOAT is a 64-bit double, so it is written `double`
 * (the import tool's `float` is 32-bit and would round); Neo4j's INTEGER is `long`.
 */
function importType(t: PropertyType): string {
  switch (t) {
    case 'int':
      return 'long';
    case 'float':
      return 'double';
    case 'int[]':
      return 'long[]';
    case 'float[]':
      return 'double[]';
    default:
      return t;
  }
}

function header(name: string, t: PropertyType): string {
  return t === 'string' ? name : `${name}:${importType(t)}`;
}

function cell(value: unknown, where: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      if (String(v).includes(CSV_ARRAY_DELIMITER)) {
        throw new CsvExportError(`${where} has a list element containing "${CSV_ARRAY_DELIMITER}", the array delimiter of the CSV layout; export as GraphML or JSON-LD instead.`);
      }
    }
    return value.map(String).join(CSV_ARRAY_DELIMITER);
  }
  return String(value);
}

/**
 * The graph as the two CSV files `neo4j-admin database import full` reads: nodes with `id:ID` and `:LABEL`
 * (labels joined by `;`), relationships with `:START_ID`, `:END_ID` and `:TYPE`, then one typed column per
 * property key (`order:double`, `adoptedOn:date`, `aliases:string[]`...; lists joined by `;`). An absent
 * property is an empty field; neo4j-admin then sets nothing, so empty lists and empty strings are not
 * carried over (no CSV field can tell them from "absent").
 */
export function writeCsv(graph: GraphData): CsvExport {
  const nodeColumns = [...graph.schema.node].filter(([name]) => name !== 'id');
  const relColumns = [...graph.schema.relationship];
  const nodeRows: (string | undefined)[][] = [['id:ID', ':LABEL', ...nodeColumns.map(([n, t]) => header(n, t))]];
  for (const n of graph.nodes) {
    nodeRows.push([n.id, n.labels.join(CSV_ARRAY_DELIMITER), ...nodeColumns.map(([name]) => cell(n.properties[name], `${n.id}.${name}`))]);
  }
  const relRows: (string | undefined)[][] = [[':START_ID', ':END_ID', ':TYPE', ...relColumns.map(([n, t]) => header(n, t))]];
  for (const r of graph.relationships) {
    relRows.push([r.source, r.target, r.type, ...relColumns.map(([name]) => cell(r.properties[name], `${r.id}.${name}`))]);
  }
  return { nodes: stringify(nodeRows), relationships: stringify(relRows) };
}

/**
 * The neo4j-admin command that imports the two files into an empty database named `neo4j` (run it with
 * the DBMS stopped). `--multiline-fields=true` because paragraph texts may span lines.
 */
export function neo4jAdminImportCommand(nodesFile = 'nodes.csv', relationshipsFile = 'relationships.csv'): string {
  return (
    `neo4j-admin database import full --nodes=${nodesFile} --relationships=${relationshipsFile} ` +
    `--array-delimiter='${CSV_ARRAY_DELIMITER}' --multiline-fields=true --overwrite-destination=true neo4j`
  );
}

/** The options passed to the import tool, without the database name (the launcher adds it). */
export function importToolOptions(nodesFile: string, relationshipsFile: string): string[] {
  return [`--nodes=${nodesFile}`, `--relationships=${relationshipsFile}`, `--array-delimiter=${CSV_ARRAY_DELIMITER}`, '--multiline-fields=true', '--overwrite-destination=true'];
}
