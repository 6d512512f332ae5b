import { CatalogueIndex } from './catalogue-index';
import { parseText } from './input';
import { toResolutionWrite } from './to-graph-write';

/** The kinds of thing a citation points at, as the report counts them. */
export const CITATION_KINDS = ['instrument', 'resolution', 'document', 'body', 'provision', 'event', 'other'] as const;
export type CitationKind = (typeof CITATION_KINDS)[number];

/** What the parser makes of a corpus, without a database (`npm run corpus:report`). */
export interface CorpusReport {
  files: number;
  accepted: number;
  /** Refusals grouped by reason (the first sentence of the message), most frequent first, with the files. */
  refused: { reason: string; files: string[] }[];
  paragraphs: { total: number; preambular: number; operative: number };
  citations: { total: number; byKind: Record<CitationKind, number> };
  /** Of the citations of instruments and of bodies: how many point at entities the catalogue lacks (uncurated). */
  uncurated: { instrument: { uncurated: number; of: number }; body: { uncurated: number; of: number } };
  /** The 20 entities cited most, with the number of citations and of resolutions citing them. */
  mostCited: { id: string; title: string; kind: CitationKind; curated: boolean; citations: number; resolutions: number }[];
  /** Parsing alone (text to rows), over the accepted and refused files. */
  parse: { ms: number; resolutionsPerSecond: number; paragraphsPerSecond: number };
}

/** Parses every text (pure apart from the clock) and counts what came out. `texts` are { name, text } in report order. */
export function reportCorpus(texts: { name: string; text: string }[], index: CatalogueIndex, top = 20): CorpusReport {
  const refused = new Map<string, string[]>();
  const byKind = Object.fromEntries(CITATION_KINDS.map((k) => [k, 0])) as Record<CitationKind, number>;
  const uncurated = { instrument: { uncurated: 0, of: 0 }, body: { uncurated: 0, of: 0 } };
  const paragraphs = { total: 0, preambular: 0, operative: 0 };
  const cited = new Map<string, { kind: CitationKind; title: string; curated: boolean; citations: number; resolutions: Set<string> }>();
  let accepted = 0;
  let citations = 0;
  const started = performance.now();
  for (const { name, text } of texts) {
    let rows: ReturnType<typeof toResolutionWrite>;
    try {
      rows = toResolutionWrite(parseText(text, index));
    } catch (error) {
      const reason = shortReason(error instanceof Error ? error.message : String(error));
      refused.set(reason, [...(refused.get(reason) ?? []), name]);
      continue;
    }
    accepted += 1;
    for (const p of rows.paragraphs) {
      paragraphs.total += 1;
      if (p.props.kind === 'OPERATIVE') paragraphs.operative += 1;
      else paragraphs.preambular += 1;
    }
    const introduced = new Map(rows.newEntities.map((e) => [e.id, e]));
    for (const c of rows.citations) {
      citations += 1;
      const curated = index.ids.has(c.targetId);
      const entity = introduced.get(c.targetId);
      const kind = kindOf(c.targetId, index, entity?.type, String(entity?.props.kind ?? ''));
      byKind[kind] += 1;
      if (kind === 'instrument' || kind === 'body') {
        uncurated[kind].of += 1;
        if (!curated) uncurated[kind].uncurated += 1;
      }
      const entry = cited.get(c.targetId) ?? {
        kind,
        title: index.titles.get(c.targetId)?.title ?? String(entity?.props.title ?? entity?.props.symbol ?? c.targetId),
        curated,
        citations: 0,
        resolutions: new Set<string>(),
      };
      entry.citations += 1;
      entry.resolutions.add(rows.resolution.id);
      cited.set(c.targetId, entry);
    }
  }
  const ms = performance.now() - started;
  return {
    files: texts.length,
    accepted,
    refused: [...refused].map(([reason, files]) => ({ reason, files })).sort((a, b) => b.files.length - a.files.length),
    paragraphs,
    citations: { total: citations, byKind },
    uncurated,
    mostCited: [...cited]
      .sort((a, b) => b[1].citations - a[1].citations || a[0].localeCompare(b[0]))
      .slice(0, top)
      .map(([id, e]) => ({ id, title: e.title, kind: e.kind, curated: e.curated, citations: e.citations, resolutions: e.resolutions.size })),
    parse: { ms, resolutionsPerSecond: texts.length / (ms / 1000), paragraphsPerSecond: paragraphs.total / (ms / 1000) },
  };
}

/** The kind of a citation target: from the catalogue, else from the entity the text introduced, else from the id's shape. */
export function kindOf(id: string, index: CatalogueIndex, introducedType?: string, introducedKind?: string): CitationKind {
  const known = index.titles.get(id);
  const type = known?.type ?? introducedType;
  const kind = known?.kind ?? introducedKind;
  if (/:(article|paragraph|goal|target)-/.test(id)) return 'provision';
  switch (type) {
    case 'Instrument':
      return 'instrument';
    case 'Body':
      return 'body';
    case 'Event':
      return 'event';
    case 'Provision':
      return 'provision';
    case 'Resolution':
      return 'resolution';
    case 'Document':
      return kind === 'RESOLUTION' || kind === 'DECISION' ? 'resolution' : 'document';
    default:
      if (id.startsWith('instrument:')) return 'instrument';
      if (id.startsWith('body:')) return 'body';
      if (id.startsWith('resolution:') || /^un:.*\/(RES|DEC)\//.test(id)) return 'resolution';
      if (id.startsWith('un:')) return 'document';
      if (id.startsWith('event:')) return 'event';
      return 'other';
  }
}

/** The first sentence of a refusal message, cut to a readable length, for counting refusals by reason. */
export function shortReason(reason: string): string {
  const first = reason.split(/(?<=[a-z)"])\. /)[0].replace(/\.$/, '').split(/, so |; /)[0];
  if (first.length <= 90) return first;
  const cut = first.slice(0, 89);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}

/** The report as text, for a person. */
export function formatCorpusReport(r: CorpusReport, label: string): string {
  const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');
  const lines = [
    `Corpus report for ${label}: parser only, no database.`,
    '',
    `Files: ${r.files}; accepted ${r.accepted} (${pct(r.accepted, r.files)}), refused ${r.files - r.accepted}.`,
    ...r.refused.map((x) => `  refused ${x.files.length}: ${x.reason} (${x.files.slice(0, 5).join(', ')}${x.files.length > 5 ? ', …' : ''})`),
    `Paragraphs: ${r.paragraphs.total} (${r.paragraphs.preambular} preambular, ${r.paragraphs.operative} operative; ${(r.paragraphs.total / Math.max(1, r.accepted)).toFixed(1)} per accepted file).`,
    `Citations: ${r.citations.total}: ${CITATION_KINDS.filter((k) => r.citations.byKind[k] > 0).map((k) => `${k} ${r.citations.byKind[k]}`).join(', ')}.`,
    `To uncurated entities: ${pct(r.uncurated.instrument.uncurated, r.uncurated.instrument.of)} of instrument citations (${r.uncurated.instrument.uncurated} of ${r.uncurated.instrument.of}), ` +
      `${pct(r.uncurated.body.uncurated, r.uncurated.body.of)} of body citations (${r.uncurated.body.uncurated} of ${r.uncurated.body.of}).`,
    `Parse rate: ${r.parse.resolutionsPerSecond.toFixed(0)} resolutions/s, ${r.parse.paragraphsPerSecond.toFixed(0)} paragraphs/s (${(r.parse.ms / 1000).toFixed(2)} s in all).`,
    '',
    `Most cited (top ${r.mostCited.length}):`,
    ...r.mostCited.map((e, i) => `${String(i + 1).padStart(3)}. ${String(e.citations).padStart(5)} citations in ${String(e.resolutions).padStart(3)} resolutions  ${e.id}${e.curated ? '' : ' (uncurated)'}  ${e.kind}: ${e.title.length > 80 ? `${e.title.slice(0, 79)}…` : e.title}`),
  ];
  return lines.join('\n');
}
