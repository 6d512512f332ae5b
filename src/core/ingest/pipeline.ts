import { documentId } from '../model/ids';
import { CatalogueIndex } from './catalogue-index';
import { DiscoveredEntity, discover, extractMentions, known, pickLongest, TextContext, withInstrumentsInsideBodies, withParentsOfProvisions } from './citations';
import { NamedBody, shortBodyNames } from './bodies';
import { classifyClauses } from './clauses';
import { IngestError } from './errors';
import { foldSplinters } from './fold-splinters';
import { authorOf, documentsNamedAgain, FootnotedDocument, footnoteDocuments, footnoteMentions, stripMarkers } from './footnotes';
import { normalise } from './normalise';
import { provisions } from './provisions';
import { ordinalWord, sessionOf, symbolOf } from './organs';
import { NewEntity, ParsedParagraph, ParsedResolution } from './parsed-resolution';
import { segment } from './segment';
import { agendaItemsOf } from './agenda-items';

const SUBJECT_NOUNS: Record<string, string> = { CONVENTION: 'Convention', COVENANT: 'Covenant', DECLARATION: 'Declaration', PROTOCOL: 'Protocol' };

/**
 * The whole pipeline for one text: normalise, segment, classify clauses, extract citations, resolve entities.
 * Pure: it reads nothing but its arguments, so it runs the same in the CLI, the API and the tests.
 */
export function parseResolution(raw: string, index: CatalogueIndex): ParsedResolution {
  const text = normalise(raw, { marks: true });
  if (text.length < 40) throw new IngestError('The text is empty or too short to be a resolution.');
  const seg = segment(text);
  const organ = seg.organ;
  const draft = seg.kind === 'DRAFT';
  const fromSymbol = seg.symbol?.startsWith(organ.resolutionPrefix) ? seg.symbol.slice(organ.resolutionPrefix.length) : undefined;
  // The symbol at the head of the text wins over a number read elsewhere in the header (an agenda title's "resolution 1863 (2009)").
  const number = draft ? undefined : seg.number && (!fromSymbol || symbolOf(organ, seg.number) === seg.symbol) ? seg.number : fromSymbol ?? seg.number;
  const symbol = seg.symbol ?? (number ? symbolOf(organ, number) : undefined);
  if (!symbol) {
    throw new IngestError(
      `Cannot tell which ${organ.names[0]} resolution this is: no symbol (such as ${organ.resolutionPrefix}...) and no number in the header. ` +
        'Keep the header lines of the document in the text.',
    );
  }
  const year = seg.adoptedOn ? Number(seg.adoptedOn.slice(0, 4)) : undefined;
  const session = sessionOf(organ, number, year);
  const ctx: TextContext = { organ, index, discovered: new Map(), subject: subjectOf(seg.title, index) };

  // Footnote numbers rise through the text: where a number could be a marker or text, the order decides.
  const sequence = { last: 0 };
  // Reports identified through a footnote, by author: a later "report of the Secretary-General" is the same report.
  const footnoted: FootnotedDocument[] = [];
  // Bodies named in full: a later "the Advisory Committee", "the Mechanism" is the same body.
  const bodiesNamed: NamedBody[] = [];
  const paragraphs: ParsedParagraph[] = seg.paragraphs.map((p, paragraphIndex) => {
    const { text: clean, markers } = stripMarkers(p.text, seg.footnotes, sequence);
    const found = extractMentions(clean, ctx);
    const mentions = withParentsOfProvisions(withInstrumentsInsideBodies(pickLongest([...found, ...footnoteMentions(clean, markers, seg.footnotes, index, found)]), found), found);
    const documents = footnoteDocuments(clean, markers, seg.footnotes, ctx, mentions);
    const again = documentsNamedAgain(clean, [...mentions, ...documents], footnoted);
    // "paragraph 12 of the report of the Advisory Committee": paragraphs of a report known through its footnote.
    const reportParts = provisions(clean, [...documents, ...again].filter((d) => d.targets.length === 1), ctx).filter((p) => !mentions.some((m) => m.start === p.start && m.end === p.end));
    mentions.push(...documents, ...again, ...reportParts);
    for (const d of documents) {
      // "the note by the Secretary-General transmitting the conclusions contained in the reports of the Board,18": the
      // footnote is the note's, not the nested reports'.
      if (/\b(?:contained in|transmitting|summary of|findings of)\s+(?:the\s+)?$/.test(clean.slice(Math.max(0, d.start - 40), d.start))) continue;
      const author = authorOf(d.quote);
      if (author) footnoted.push({ ...author, quote: d.quote, targets: d.targets, item: d.item ?? d.quote, group: `${paragraphIndex}:${d.start}` });
    }
    const short = shortBodyNames(clean, mentions, bodiesNamed, ctx);
    for (const [m, target] of short.replace) m.targets = [target];
    mentions.push(...short.add);
    mentions.sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      const target = m.targets[0];
      if (m.targets.length === 1 && target.startsWith('body:') && !/^body:(?:states|member-states|states-parties|governments)$/.test(target) && /\s/.test(m.quote) && !short.add.includes(m) && !short.replace.has(m)) {
        bodiesNamed.push({ name: m.quote, target });
      }
    }
    const occurrences = occurrenceCounter(clean, mentions);
    const notes = markers.flatMap((m) => {
      const note = seg.footnotes.get(m.number)?.trim();
      return note ? [{ marker: m.number, at: m.at, text: note }] : [];
    });
    return {
      kind: p.kind,
      ...(p.number ? { number: p.number } : {}),
      ...(p.part ? { part: p.part } : {}),
      text: clean,
      ...(p.chapeau ? { chapeau: p.chapeau } : {}),
      ...(p.tables ? { tables: p.tables } : {}),
      clauses: p.chapeau ? underChapeau(p.chapeau, clean) : classifyClauses(clean, p.kind),
      citations: mentions.flatMap((m) => {
        const occurrence = occurrences(m);
        return m.targets.map((target) => ({ target, quote: m.quote, ...(occurrence > 1 ? { occurrence } : {}) }));
      }),
      ...(notes.length > 0 ? { footnotes: notes } : {}),
    };
  });

  const parsed: ParsedResolution = { symbol, paragraphs };
  if (draft) parsed.kind = 'DRAFT';
  if (number) parsed.number = number;
  if (seg.title) parsed.title = seg.title;
  if (seg.sponsors) parsed.sponsors = seg.sponsors;
  // A draft is not adopted: no organ, date, session or meeting of adoption.
  if (!draft) parsed.adoptedBy = organ.bodyId;
  if (seg.adoptedOn && !draft) parsed.adoptedOn = seg.adoptedOn;
  if (session !== undefined && !draft) {
    parsed.session = `event:${organ.key}-${session}`;
    if (!index.ids.has(parsed.session)) {
      discover(ctx, { id: parsed.session, type: 'Event', kind: 'SESSION', title: `${capital(ordinalWord(session))} session of the ${organ.names[0]}`, heldBy: organ.bodyId });
    }
  }
  if (seg.meetingNumber !== undefined && !draft && (session !== undefined || year !== undefined)) {
    const id = session !== undefined ? `event:${organ.key}-${session}-meeting-${seg.meetingNumber}` : `event:${organ.key}-${year}-meeting-${seg.meetingNumber}`;
    parsed.adoptedAt = id;
    if (!index.ids.has(id)) {
      discover(ctx, {
        id,
        type: 'Event',
        kind: 'MEETING',
        title: `${seg.meetingLabel} of the ${organ.names[0]}${session !== undefined ? ` (${ordinalWord(session)} session)` : ''}`,
        date: seg.adoptedOn,
        heldBy: organ.bodyId,
        ...(parsed.session ? { partOf: parsed.session } : {}),
      } as DiscoveredEntity);
    }
  }
  if (seg.votingOutcome) parsed.votingOutcome = seg.votingOutcome;
  if (seg.votes) parsed.votes = seg.votes;
  if (seg.reportedIn) {
    const s = seg.reportedIn.symbol;
    const target = known(ctx, s) ?? discover(ctx, { id: documentId(s), type: 'Document', kind: /\/L\.\d/.test(s) ? 'DRAFT' : 'REPORT', symbol: s });
    parsed.reportedIn = { target, ...(seg.reportedIn.chapter ? { chapter: seg.reportedIn.chapter } : {}) };
  }
  const agendaItems = agendaItemsOf(organ.key, seg.agenda, session);
  if (agendaItems.length > 0) parsed.agendaItems = agendaItems;
  if (ctx.subject) parsed.about = [ctx.subject.id];
  const newEntities = [...ctx.discovered.values()].filter((e) => e.id !== documentId(symbol)).map(toNewEntity);
  if (newEntities.length > 0) parsed.newEntities = newEntities;
  if (seg.warnings.length > 0) parsed.warnings = seg.warnings;
  // One entity, one node: variants of a name (footnote digits, dates, other spellings) fold into one entity.
  return foldSplinters(parsed, index);
}

/**
 * The clauses of a paragraph printed under a chapeau ("Resolves that:" / "1. The Working Capital Fund shall ..."): its
 * first clause is the chapeau's verb, which governs the paragraph (whose own first words are no verb); any later clause
 * of its own ("...; and requests the Secretary-General") follows.
 */
function underChapeau(chapeau: string, text: string): ParsedParagraph['clauses'] {
  const [first] = classifyClauses(chapeau, 'OPERATIVE');
  return [first, ...classifyClauses(text, 'OPERATIVE').slice(1)];
}

/** The instrument a resolution is about: the longest catalogue instrument title contained in its title. */
function subjectOf(title: string | undefined, index: CatalogueIndex): TextContext['subject'] {
  if (!title) return undefined;
  let best: { id: string; noun: string; length: number } | undefined;
  for (const [id, entry] of index.titles) {
    if (entry.type !== 'Instrument' || !title.includes(entry.title)) continue;
    const noun = SUBJECT_NOUNS[entry.kind] ?? /\b(Convention|Treaty|Agreement)\b/.exec(entry.title)?.[1];
    if (noun && (!best || entry.title.length > best.length)) best = { id, noun, length: entry.title.length };
  }
  return best && { id: best.id, noun: best.noun };
}

function toNewEntity(e: DiscoveredEntity): NewEntity {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v;
  return out as NewEntity;
}

/**
 * For each mention, which occurrence of its quote it is in the text (counting overlapping ones, up to its end). Each
 * quote's occurrences are walked once, left to right, so a paragraph with many mentions stays linear.
 */
function occurrenceCounter(text: string, mentions: { start: number; quote: string }[]): (m: { start: number; quote: string }) => number {
  const counts = new Map<{ start: number; quote: string }, number>();
  const walks = new Map<string, { at: number; count: number }>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const walk = walks.get(m.quote) ?? { at: -1, count: 0 };
    const end = m.start + m.quote.length;
    for (let next = text.indexOf(m.quote, walk.at + 1); next >= 0 && next + m.quote.length <= end; next = text.indexOf(m.quote, next + 1)) {
      walk.at = next;
      walk.count += 1;
    }
    walks.set(m.quote, walk);
    counts.set(m, walk.count);
  }
  return (m) => counts.get(m) ?? 1;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
