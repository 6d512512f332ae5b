import { documentId } from '../model/ids';
import { CatalogueIndex } from './catalogue-index';
import { DiscoveredEntity, discover, extractMentions, known, pickLongest, TextContext } from './citations';
import { classifyClauses } from './clauses';
import { IngestError } from './errors';
import { foldSplinters } from './fold-splinters';
import { footnoteMentions, stripMarkers } from './footnotes';
import { normalise } from './normalise';
import { ordinalWord, sessionOf, symbolOf } from './organs';
import { NewEntity, ParsedParagraph, ParsedResolution } from './parsed-resolution';
import { segment } from './segment';

const SUBJECT_NOUNS: Record<string, string> = { CONVENTION: 'Convention', COVENANT: 'Covenant', DECLARATION: 'Declaration', PROTOCOL: 'Protocol' };

/**
 * The whole pipeline for one text: normalise, segment, classify clauses, extract citations, resolve entities.
 * Pure: it reads nothing but its arguments, so it runs the same in the CLI, the API and the tests.
 */
export function parseResolution(raw: string, index: CatalogueIndex): ParsedResolution {
  const text = normalise(raw);
  if (text.length < 40) throw new IngestError('The text is empty or too short to be a resolution.');
  const seg = segment(text);
  const organ = seg.organ;
  const number = seg.number ?? (seg.symbol?.startsWith(organ.resolutionPrefix) ? seg.symbol.slice(organ.resolutionPrefix.length) : undefined);
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

  const paragraphs: ParsedParagraph[] = seg.paragraphs.map((p) => {
    const { text: clean, markers } = stripMarkers(p.text, seg.footnotes);
    const found = extractMentions(clean, ctx);
    const mentions = pickLongest([...found, ...footnoteMentions(clean, markers, seg.footnotes, index, found)]);
    return {
      kind: p.kind,
      ...(p.number ? { number: p.number } : {}),
      text: clean,
      clauses: classifyClauses(clean, p.kind),
      citations: mentions.flatMap((m) => {
        const occurrence = countOccurrences(clean.slice(0, m.start + m.quote.length), m.quote);
        return m.targets.map((target) => ({ target, quote: m.quote, ...(occurrence > 1 ? { occurrence } : {}) }));
      }),
    };
  });

  const parsed: ParsedResolution = { symbol, paragraphs };
  if (number) parsed.number = number;
  if (seg.title) parsed.title = seg.title;
  parsed.adoptedBy = organ.bodyId;
  if (seg.adoptedOn) parsed.adoptedOn = seg.adoptedOn;
  if (session !== undefined) {
    parsed.session = `event:${organ.key}-${session}`;
    if (!index.ids.has(parsed.session)) {
      discover(ctx, { id: parsed.session, type: 'Event', kind: 'SESSION', title: `${capital(ordinalWord(session))} session of the ${organ.names[0]}`, heldBy: organ.bodyId });
    }
  }
  if (seg.meetingNumber !== undefined && (session !== undefined || year !== undefined)) {
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
  if (ctx.subject) parsed.about = [ctx.subject.id];
  const newEntities = [...ctx.discovered.values()].filter((e) => e.id !== documentId(symbol)).map(toNewEntity);
  if (newEntities.length > 0) parsed.newEntities = newEntities;
  // One entity, one node: variants of a name (footnote digits, dates, other spellings) fold into one entity.
  return foldSplinters(parsed, index);
}

/** The instrument a resolution is about: the longest catalogue instrument title contained in its title. */
function subjectOf(title: string | undefined, index: CatalogueIndex): TextContext['subject'] {
  if (!title) return undefined;
  let best: { id: string; noun: string; length: number } | undefined;
  for (const [id, entry] of index.titles) {
    if (entry.type !== 'Instrument' || !title.includes(entry.title)) continue;
    const noun = SUBJECT_NOUNS[entry.kind] ?? (/\bConvention\b/.test(entry.title) ? 'Convention' : undefined);
    if (noun && (!best || entry.title.length > best.length)) best = { id, noun, length: entry.title.length };
  }
  return best && { id: best.id, noun: best.noun };
}

function toNewEntity(e: DiscoveredEntity): NewEntity {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) if (v !== undefined) out[k] = v;
  return out as NewEntity;
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
