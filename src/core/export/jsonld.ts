import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../repo-root';
import { ExportNode, GraphData, nodeType } from './graph-data';

/** The project's own vocabulary (a placeholder: the w3id.org redirect is not registered yet). */
export const UNHR_NAMESPACE = 'https://w3id.org/unhr-graph/ns#';

/** Base of the node IRIs: `<base><encodeURIComponent(stable id)>`. */
export const DEFAULT_ID_BASE = 'https://w3id.org/unhr-graph/id/';

/** Where the context is meant to be published (placeholder, see UNHR_NAMESPACE); the API serves it at /ns/context.jsonld. */
export const DEFAULT_CONTEXT_URL = 'https://w3id.org/unhr-graph/ns/context.jsonld';

/** The context file shipped with the project (data/jsonld/context.jsonld). */
export function contextFilePath(): string {
  return join(repoRoot(), 'data', 'jsonld', 'context.jsonld');
}

/** The parsed context document (`{ "@context": {...} }`). */
export function readContextDocument(): Record<string, unknown> {
  return JSON.parse(readFileSync(contextFilePath(), 'utf8')) as Record<string, unknown>;
}

export interface JsonLdOptions {
  /** The `@context` the document names; default DEFAULT_CONTEXT_URL. */
  contextUrl?: string;
  /** The base of node IRIs; default DEFAULT_ID_BASE. */
  idBase?: string;
}

/** The absolute IRI of a stable id. */
export function nodeIri(id: string, idBase = DEFAULT_ID_BASE): string {
  return idBase + encodeURIComponent(id);
}

/** RDF classes per node type: our own class first, then the established ones that fit. */
const CLASSES: Record<string, string[]> = {
  Resolution: ['Resolution', 'LegalResource', 'Legislation'],
  Instrument: ['Instrument', 'LegalResource', 'Legislation'],
  Document: ['Document', 'CreativeWork'],
  Provision: ['Provision', 'LegalResourceSubdivision'],
  Body: ['Body', 'Organization'],
  Event: ['Event', 'SchemaEvent'],
  Paragraph: ['Paragraph', 'LegalResourceSubdivision'],
  AgendaItem: ['AgendaItem'],
};

/** Context terms for the catalogue links (relationship type -> term). */
const LINK_TERMS: Record<string, string> = {
  PART_OF: 'isPartOf',
  ESTABLISHED_BY: 'establishedBy',
  SUCCEEDED_BY: 'succeededBy',
  MONITORED_BY: 'monitoredBy',
  ADOPTED_IN: 'adoptedIn',
  ADOPTED_BY: 'passedBy',
  ADOPTED_AT: 'adoptedAt',
  IN_SESSION: 'inSession',
  HELD_BY: 'organizer',
  CONCERNS: 'concerns',
  AUTHORED_BY: 'author',
  REPORTED_IN: 'reportedIn',
  ABOUT: 'about',
  UNDER_AGENDA_ITEM: 'underAgendaItem',
};

type JsonObject = Record<string, unknown>;

function push(obj: JsonObject, term: string, value: unknown): void {
  const list = (obj[term] as unknown[] | undefined) ?? [];
  if (typeof value === 'string' && list.includes(value)) return;
  list.push(value);
  obj[term] = list;
}

/**
 * The graph as JSON-LD 1.1 (`{ "@context", "@graph" }`). Each node is an object with an absolute `@id`
 * (nodeIri of its stable id), its classes, `identifier` (the stable id) and every property under the terms
 * of data/jsonld/context.jsonld. Relationships become IRI-valued properties of their start node:
 * HAS_PARAGRAPH is `eli:has_part` (and the paragraph `eli:is_part_of` its resolution), catalogue links
 * the terms of LINK_TERMS. A citation is kept twice: the paragraph `eli:cites` the target, and carries a
 * reified `unhr:citation` (a blank node with `unhr:cited`, `unhr:clauseRelation`, phrase, quote, start,
 * end, role, key) for the provenance; the resolution also `eli:cites` everything its paragraphs cite.
 * A catalogue link with properties (REPORTED_IN's chapter) gets a `unhr:linkDetail` node beside the plain triple.
 */
export function toJsonLd(graph: GraphData, options: JsonLdOptions = {}): JsonObject {
  const idBase = options.idBase ?? DEFAULT_ID_BASE;
  const iri = (id: string) => nodeIri(id, idBase);
  const objects = new Map<string, JsonObject>();
  const paragraphOwner = new Map<string, string>();
  for (const n of graph.nodes) objects.set(n.id, nodeObject(n, iri));
  for (const r of graph.relationships) {
    if (r.type === 'HAS_PARAGRAPH') paragraphOwner.set(r.target, r.source);
  }
  for (const r of graph.relationships) {
    const from = objects.get(r.source);
    if (!from) continue;
    if (r.type === 'HAS_PARAGRAPH') {
      push(from, 'hasPart', iri(r.target));
      const paragraph = objects.get(r.target);
      if (paragraph) push(paragraph, 'isPartOf', iri(r.source));
    } else if (r.type === 'CITES') {
      push(from, 'cites', iri(r.target));
      const owner = paragraphOwner.get(r.source);
      const resolution = owner ? objects.get(owner) : undefined;
      if (resolution) push(resolution, 'cites', iri(r.target));
      const { relation, key, ...provenance } = r.properties;
      push(from, 'citation', {
        '@type': 'Citation',
        cited: iri(r.target),
        ...(relation !== undefined ? { clauseRelation: relation } : {}),
        ...(key !== undefined ? { citationKey: key } : {}),
        ...provenance,
      });
    } else {
      const term = LINK_TERMS[r.type] ?? r.type.toLowerCase().replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
      push(from, term, iri(r.target));
      if (Object.keys(r.properties).length > 0) {
        push(from, 'linkDetail', { '@type': 'Link', linkType: r.type, linkTarget: iri(r.target), ...r.properties });
      }
    }
  }
  return { '@context': options.contextUrl ?? DEFAULT_CONTEXT_URL, '@graph': [...objects.values()] };
}

function nodeObject(n: ExportNode, iri: (id: string) => string): JsonObject {
  const type = nodeType(n);
  const { id, ...properties } = n.properties;
  const obj: JsonObject = { '@id': iri(n.id), '@type': CLASSES[type] ?? [type], identifier: id ?? n.id };
  for (const [k, v] of Object.entries(properties)) if (v !== null && v !== undefined) obj[k] = v;
  return obj;
}

/** toJsonLd as JSON text. */
export function writeJsonLd(graph: GraphData, options?: JsonLdOptions): string {
  return JSON.stringify(toJsonLd(graph, options), null, 2) + '\n';
}
