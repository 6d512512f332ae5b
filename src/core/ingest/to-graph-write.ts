import { compact, DataFileError } from '../catalogue/catalogue';
import { AgendaItemRow, CitationRow, EntityRow, LinkRow, ParagraphRow, ResolutionWrite } from '../model/graph-write';
import { documentId, paragraphId } from '../model/ids';
import { CitationRole } from '../model/vocabulary';
import { ParsedAgendaItem, ParsedParagraph, ParsedResolution } from './parsed-resolution';

/** A clause with the character offset where its leading phrase starts in the paragraph. */
interface PlacedClause {
  phrase: string;
  relation: string;
  addressee?: string;
  start: number;
}

/**
 * Turns a parsed resolution into the rows one write transaction stores: the resolution, its paragraphs,
 * each citation with its span, the clause relation that governs it and its role, and the resolution's own links.
 */
export function toResolutionWrite(parsed: ParsedResolution): ResolutionWrite {
  const resolutionId = documentId(parsed.symbol);
  const resolution: EntityRow = {
    id: resolutionId,
    type: 'Resolution',
    props: compact({
      id: resolutionId,
      kind: parsed.kind ?? 'RESOLUTION',
      symbol: parsed.symbol,
      number: parsed.number,
      title: parsed.title,
      sponsors: parsed.sponsors,
      adoptedOn: parsed.adoptedOn,
      votingOutcome: parsed.votingOutcome,
      votesInFavour: parsed.votes?.inFavour,
      votesAgainst: parsed.votes?.against,
      abstentions: parsed.votes?.abstentions,
      paragraphCount: parsed.paragraphs.length,
      curated: true,
    }),
  };

  const links: LinkRow[] = [];
  const link = (type: LinkRow['type'], to: string | undefined, props: LinkRow['props'] = {}) => {
    if (to) links.push({ from: resolutionId, to, type, props });
  };
  link('ADOPTED_BY', parsed.adoptedBy);
  link('ADOPTED_AT', parsed.adoptedAt);
  link('IN_SESSION', parsed.session);
  link('REPORTED_IN', parsed.reportedIn?.target, compact({ chapter: parsed.reportedIn?.chapter }));
  for (const about of parsed.about ?? []) link('ABOUT', about);

  const newEntities: EntityRow[] = (parsed.newEntities ?? []).map((e) => ({
    id: e.id,
    type: e.type,
    props: compact({ id: e.id, kind: e.kind, title: e.title, symbol: e.symbol, number: e.number, date: e.date,
      year: e.date ? Number(e.date.slice(0, 4)) : undefined, curated: false }),
  }));
  for (const e of parsed.newEntities ?? []) {
    if (e.concerns) links.push({ from: e.id, to: e.concerns, type: 'CONCERNS', props: {} });
    if (e.partOf) links.push({ from: e.id, to: e.partOf, type: 'PART_OF', props: {} });
    if (e.heldBy) links.push({ from: e.id, to: e.heldBy, type: 'HELD_BY', props: {} });
  }

  const paragraphs: ParagraphRow[] = [];
  const citations: CitationRow[] = [];
  // Paragraphs are counted within their part ("#A-op3"), or within the whole text when it has no parts ("#op3").
  const counters = new Map<string, number>();
  parsed.paragraphs.forEach((p, index) => {
    const counter = `${p.part ?? ''}/${p.kind}`;
    counters.set(counter, (counters.get(counter) ?? 0) + 1);
    const id = paragraphId(resolutionId, p.kind, counters.get(counter)!, p.part);
    const clauses = placeClauses(p, id);
    paragraphs.push({
      id,
      props: compact({
        id,
        kind: p.kind,
        order: index + 1,
        number: p.number,
        part: p.part,
        text: p.text,
        chapeau: p.chapeau,
        tables: p.tables,
        leadingPhrase: clauses[0].phrase,
        relation: clauses[0].relation,
        addressees: clauses.flatMap((c) => (c.addressee ? [c.addressee] : [])),
        clausePhrases: clauses.map((c) => c.phrase),
        clauseRelations: clauses.map((c) => c.relation),
        clauseStarts: clauses.map((c) => c.start),
        clauseAddressees: clauses.map((c) => c.addressee ?? ''),
        footnoteMarkers: p.footnotes?.map((f) => f.marker),
        footnoteStarts: p.footnotes?.map((f) => f.at),
        footnoteTexts: p.footnotes?.map((f) => f.text),
      }),
    });
    for (const c of p.citations) {
      const start = nthIndexOf(p.text, c.quote, c.occurrence ?? 1);
      if (start < 0) {
        throw new DataFileError(`${id}: the quote "${c.quote}" (occurrence ${c.occurrence ?? 1}) is not in the paragraph text`);
      }
      const clause = [...clauses].reverse().find((cl) => cl.start <= start) ?? clauses[0];
      const role: CitationRole = isAddressee(p.text, clause, c.target, start, c.quote) ? 'ADDRESSEE' : 'MENTION';
      const key = `${id}@${start}>${c.target}`;
      citations.push({
        key,
        paragraphId: id,
        targetId: c.target,
        props: { key, relation: clause.relation, phrase: clause.phrase, quote: c.quote, start, end: start + c.quote.length, role },
      });
    }
  });

  const agendaItems = (parsed.agendaItems ?? []).map((a, i) => toAgendaItemRow(a, i + 1));
  return { resolution, newEntities, links, paragraphs, citations, ...(agendaItems.length > 0 ? { agendaItems } : {}) };
}

/** An agenda item as its node stores it: organ key and session from its id, the item as printed ("71 (b)"). */
function toAgendaItemRow(a: ParsedAgendaItem, order: number): AgendaItemRow {
  const organ = a.id.split(':')[1];
  return {
    id: a.id,
    props: compact({ id: a.id, organ, session: a.session, number: a.number, subItem: a.subItem, item: `${a.number}${a.subItem ? ` (${a.subItem})` : ''}` }),
    order,
    ...(a.title ? { title: a.title } : {}),
  };
}

/**
 * Finds where each clause's leading phrase starts; the first clause must open the paragraph, or its chapeau (then it
 * starts at 0: it governs the paragraph from its first word).
 */
function placeClauses(p: ParsedParagraph, id: string): PlacedClause[] {
  let from = 0;
  return p.clauses.map((clause, i) => {
    if (i === 0 && p.chapeau?.startsWith(clause.phrase)) return { ...clause, start: 0 };
    const start = p.text.indexOf(clause.phrase, from);
    if (start < 0 || (i === 0 && start !== 0)) {
      throw new DataFileError(`${id}: the clause phrase "${clause.phrase}" is not where expected in the paragraph text`);
    }
    from = start + clause.phrase.length;
    return { ...clause, start };
  });
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * True if the cited body is whom the clause addresses: its words lie within the addressee the clause names right after
 * its leading phrase ("Calls upon all *States* that have not yet done so", "Encourages *Member States* and the
 * *Secretary-General*", "and requests the *Secretary-General* to report").
 */
function isAddressee(text: string, clause: PlacedClause, target: string, start: number, quote: string): boolean {
  if (!clause.addressee || !target.startsWith('body:')) return false;
  const from = text.indexOf(clause.addressee, clause.start + clause.phrase.length);
  if (from < 0) return false;
  return start >= from && start + quote.length <= from + clause.addressee.length;
}
