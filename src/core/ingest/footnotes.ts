import { CatalogueIndex, curatedByName } from './catalogue-index';
import { discover, known, Mention, TextContext } from './citations';
import { MONTH } from './dates';

/** A footnote marker removed from a paragraph: where it stood in the cleaned text, and its number. */
export interface Marker {
  at: number;
  number: number;
}

/** Capitalised words that a number follows as part of the text: "Goal 17", "Article 5", "Protocol No. 1". */
const NUMBERED_WORDS = /^(?:Goal|Goals|Target|Article|Articles|Rule|Rules|Principle|Principles|Chapter|Section|Part|Annex|Appendix|Recommendation|No|Nos|Vol|Volume|Item|Paragraph|Resolution|Decision|Table|Figure|Box|Level|Phase|Covid|COVID)$/;

/**
 * Removes footnote markers glued to words or set after punctuation ("Human Rights,3", "Punishment, 12"),
 * but only numbers the footnote block actually has, so "article 72" or "on 1 July" are never touched.
 */
export function stripMarkers(text: string, footnotes: Map<number, string>, sequence?: { last: number }): { text: string; markers: Marker[] } {
  if (footnotes.size === 0) return { text, markers: [] };
  const markers: Marker[] = [];
  let out = '';
  let last = 0;
  // Glued ("Rights,3"), after punctuation ("Punishment, 12") or, as pdftotext sets superscripts, after a space that
  // follows a capitalised title word ("Development 17 and"), but not after words that take numbers ("Goal 17 and");
  // at the very end of a paragraph; glued to or after a dated year ("of 30 September 20111 and", "1997 12 and").
  // Never the start of a larger number ("Less 3,369,000").
  // Each alternative first looks ahead for the digit or " digit" it needs: lookarounds at one position commute, so
  // this matches exactly the same, but the costly lookbehinds run only where a number starts (speed of the whole parse).
  const pattern = new RegExp(
    [
      String.raw`(?=\d)(?<=[\p{L})\]”’.,;:])(?<!\d\.)(\d{1,3})(?=[\s;:)]|[,.](?!\d)|$)`,
      String.raw`(?= \d)(?<=[,;]) (\d{1,3})(?= [a-z]|[,;.](?!\d)|$)`,
      String.raw`(?= \d)(?<=\b(\p{Lu}[\p{L}-]*)) (\d{1,3})(?= [a-z]|[,;.:](?!\d)|$)`,
      String.raw`(?= \d)(?<=[\p{L}\d.)”’]) (\d{1,3})$`,
      String.raw`(?=\d)(?<=\b${MONTH} (?:1[89]|20)\d\d)(\d{1,3})(?=[\s;:)]|[,.](?!\d)|$)`,
      String.raw`(?= \d)(?<=\b${MONTH} (?:1[89]|20)\d\d) (\d{1,3})(?= [a-z]|[,;.:](?!\d)|$)`,
      String.raw`(?= \d)(?<=[,;]) (\d{1,3})(?= \p{Lu})`,
      // Glued on both sides, as some PDFs set a superscript: "the Paris Agreement4and its early entry into force".
      String.raw`(?=\d)(?<=\p{Ll}{3})(\d{1,2})(?=(?:and|or|of|in|to|the|as|for|which|with|at|on|by|that|is|are|was)\b)`,
    ].join('|'),
    'gu',
  );
  for (const m of text.matchAll(pattern)) {
    if (m[4] !== undefined && NUMBERED_WORDS.test(m[3])) continue;
    if (m[5] !== undefined && /\b(?:[Gg]oals?|[Tt]argets?|[Aa]rticles?|[Pp]aragraphs?|[Aa]nnex|[Rr]esolutions?|[Dd]ecisions?|[Cc]hapter|[Ss]ection|[Pp]rinciples?|[Rr]ules?|No\.?|and|to|or)$/.test(before(text, m.index!))) continue;
    // "A/98/256/Corr.1" or "Add.1": the digit ends a UN symbol, not a marker.
    if (/\/\S*$/.test(text.slice(Math.max(0, m.index! - 40), m.index!)) && !/[,;]$/.test(before(text, m.index!))) continue;
    // "1,000" is a number, "2001,2" a year with its marker.
    if (m[1] !== undefined && m[1].length === 3 && /\d,$/.test(before(text, m.index!))) continue;
    const number = Number(m[1] ?? m[2] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8] ?? m[9]);
    if (!footnotes.has(number)) continue;
    // The guesses that a number could also be text ("1997 12 and", ", 26 States") are taken only for the next notes in order.
    const guess = m[6] !== undefined || m[7] !== undefined || m[8] !== undefined || m[9] !== undefined;
    if (guess && (!sequence || number <= sequence.last || number > sequence.last + 3)) continue;
    if (sequence) sequence.last = Math.max(sequence.last, number);
    out += text.slice(last, m.index!);
    markers.push({ at: out.length, number });
    if (m[9] !== undefined) out += ' '; // "Agreement4and" reads "Agreement and"
    last = m.index! + m[0].length;
  }
  return { text: out + text.slice(last), markers };
}

/**
 * The last 40 characters before `at`: enough for the tests above, which look only at the end of the text before a
 * number (the longest word they match is 11 letters, and \b needs the character before it), without copying and
 * scanning the whole text before every number.
 */
function before(text: string, at: number): string {
  return text.slice(Math.max(0, at - 40), at);
}

/** The instrument a footnote identifies: by Treaty Series volume and number, or as the annex of a known resolution. */
export function footnoteTarget(footnote: string, previous: string | undefined, index: CatalogueIndex): string | undefined {
  const series = /(?:Treaty Series|Ibid\.),? vol\. (\d+), No\. (\d+)/.exec(footnote);
  if (series) return index.byTreatySeries.get(`${series[1]}/${series[2]}`);
  if (/^Ibid\.?$/.test(footnote.trim())) return previous;
  const annex = /resolution (\d{1,4}\s?[A-Z]?\s?\([IVXLC]+\)|\d{1,3}\/\d{1,4}), annex\b/.exec(footnote);
  if (annex) {
    const compact = annex[1].replace(/\s+[A-Z](?=\s*\()/, '').replace(/\s+/g, '');
    const adopted = index.byAdoptingResolution.get(`un:A/RES/${compact}`) ?? [];
    return adopted.length === 1 ? adopted[0] : undefined;
  }
  return undefined;
}

/**
 * For each marker whose footnote identifies an instrument, a mention of that instrument on the title
 * printed just before the marker, unless a mention already covers those words.
 */
export function footnoteMentions(text: string, markers: Marker[], footnotes: Map<number, string>, index: CatalogueIndex, mentions: Mention[]): Mention[] {
  const found: Mention[] = [];
  let previous: string | undefined;
  for (const marker of markers) {
    const footnote = footnotes.get(marker.number) ?? '';
    const target = footnoteTarget(footnote, previous, index);
    previous = target ?? previous;
    const end = text.slice(0, marker.at).replace(/[\s,;.:]+$/, '').length;
    if (mentions.some((m) => m.end === end || (m.start < end && end <= m.end))) continue;
    if (!target) {
      // "the achievement of global agendas,6" with footnote "6 The 2030 Agenda for Sustainable Development, the Sendai
      // Framework for Disaster Risk Reduction 2015–2030 and the Paris Agreement.": the words that carry the marker
      // cite every instrument the footnote names, when the footnote is nothing but catalogue instruments' names.
      const listed = instrumentsListed(footnote, index);
      const phrase = listed && /(?:[\p{L}’'-]+ ){0,2}[\p{L}’'-]+$/u.exec(text.slice(0, end));
      if (!listed || !phrase) continue;
      const words = phrase[0].split(' ');
      while (words.length > 1 && LEADING_FUNCTION_WORD.test(words[0])) words.shift();
      const quote = words.join(' ');
      found.push({ start: end - quote.length, end, quote, targets: listed });
      continue;
    }
    // "the Optional Protocol thereto,2": the footnote names the protocol the text only points at.
    const title =
      /(?:Optional )?Protocols? thereto$/.exec(text.slice(0, end)) ??
      /(?:[A-Z][\p{L}'-]*(?:,? (?:of|the|on|and|for|against|to|in|or|All|[A-Z][\p{L}'-]*))*)$/u.exec(text.slice(0, end));
    if (!title || title[0].split(' ').length < 2) continue;
    found.push({ start: end - title[0].length, end, quote: title[0], targets: [target] });
  }
  return found;
}

const LEADING_FUNCTION_WORD = /^(?:of|for|the|to|in|and|on|with|by|its|their|these|those|all|other|relevant|under|from|at|as)$/i;

/** The curated instruments a footnote names, when it names nothing else ("The 2030 Agenda …, the Sendai Framework … and the Paris Agreement."). */
function instrumentsListed(footnote: string, index: CatalogueIndex): string[] | undefined {
  const parts = footnote
    .trim()
    .replace(/\.$/, '')
    .split(/,\s+(?:and\s+)?|\s+and\s+/)
    .map((p) => p.replace(/^(?:see\s+)?(?:the\s+)/i, '').trim());
  if (parts.length === 0 || parts.some((p) => p.length < 4)) return undefined;
  const ids: string[] = [];
  for (const part of parts) {
    const id = curatedByName(index, part);
    if (!id || index.titles.get(id)?.type !== 'Instrument') return undefined;
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** A UN document symbol as footnotes print it: "A/78/123", "A/78/5 (Vol. I)", "A/78/301 (Part I)/Add.1", "A/HRC/55/12/Corr.1". */
const FOOTNOTE_SYMBOL = /\b(?:A|E|S|CCPR|CERD|CEDAW|CRC|CAT|CMW|CRPD|CED|HRI|ST|TD|DP|UNEP|ICCD|FCCC|CBD|UNW|TPNW|NPT|APLC|CCW|BWC|CCM|ATT|ISBA|SPLOS|UNCLOS|E\/ICEF)\/(?:[A-Za-z0-9.\-]+\/)*[A-Za-z0-9.\-]*\d(?:[A-Za-z0-9.\-]|–\d)*(?: \((?:Vol\.|Part) [IVXLC\d]+\))?(?:\/(?:Add|Corr|Rev|Amend|Summary)\.\d+|\/Corrigendum)*/g;
/** The noun a footnoted document is named by, looked for back from its marker: "the report of the Secretary-General,12". */
const DOCUMENT_NOUN =
  /\b(?:(?:financial|annual|final|interim|progress|consolidated|comprehensive|quadrennial|biennial|special|latest|most recent|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|respective|related)\s+)*(?:reports?|notes?|letters?|study|studies|review|recommendations|conclusions|summary|outcome|outcome document|proposals?|proposed|estimates|statements?|declaration|communication|opinion|programme budget|budget|plan|strategy|discussions?|debates?|deliberations|dialogues?|summary records?|records?)\b/gi;

/**
 * Documents known only through a footnote: "the report of the Secretary-General,12" with footnote "12 A/78/123." cites
 * A/78/123, quoted by the phrase that carries the marker. A footnote that only says where an instrument is published
 * (Treaty Series, "resolution ..., annex") identifies the instrument and is not a citation of its own.
 */
export function footnoteDocuments(text: string, markers: Marker[], footnotes: Map<number, string>, ctx: TextContext, cited: Mention[]): FootnotedMention[] {
  const found: FootnotedMention[] = [];
  for (const marker of markers) {
    const note = footnotes.get(marker.number) ?? '';
    if (/Treaty Series|, annex\b|^(?:See )?(?:General Assembly |its )?[Rr]esolution \d/.test(note)) continue;
    const symbols = [...new Set([...note.matchAll(FOOTNOTE_SYMBOL)].map((m) => m[0].replace(/[.,;:]+$/, '')).filter((s) => !/\/RES\//.test(s)))];
    if (symbols.length === 0) continue;
    const end = text.slice(0, marker.at).replace(/[\s,;.:]+$/, '').length;
    // "the Vienna Declaration and Programme of Action,3" (3: A/CONF.157/24 (Part I), chap. III), "Council resolution
    // 13/13 of 25 March 2010,4" (4: its Official Records): where an instrument or a resolution is published.
    const clauseStart = Math.max(text.lastIndexOf(';', end - 1), text.lastIndexOf(':', end - 1), end - 600, 0);
    const window = text.slice(clauseStart, end);
    // "the reports of the Secretary-General on the implementation of General Assembly resolutions 52/120 of 12 December
    // 1997,12 and 55/110 ...,13" (12: "A/53/293 and A/53/293/Add.1."): a footnote of bare symbols after a resolution a
    // report is about is the report's, not where the resolution is published.
    const reportOnResolution = note.replace(FOOTNOTE_SYMBOL, '').replace(/\b(?:and|See)\b|[\s,.;]/g, '') === '' && REPORT_ON_RESOLUTION.test(window);
    const before = cited.find((m) => m.end >= end - 1 && m.end <= end && m.start < end);
    if (before && before.targets.some((t) => /^instrument:|^resolution:|\/(?:RES|DEC)\//.test(t)) && !reportOnResolution) continue;
    // A noun inside a cited name ("the Durban Declaration and Programme of Action") is not the document's.
    const nouns = [...window.matchAll(DOCUMENT_NOUN)].filter((n) => !cited.some((m) => m.start <= clauseStart + n.index! && clauseStart + n.index! < m.end));
    const noun = nouns[nouns.length - 1];
    // "the reports of the Board of Auditors on the United Nations,1 the International Trade Centre,2 ... and the United
    // Nations Joint Staff Pension Fund,17": a footnote on each item of a list; the items far from the noun are reports too.
    const previous = found[found.length - 1];
    const item = previous && previous.end < end ? text.slice(previous.end, end) : '';
    if (previous && (!noun || clauseStart + noun.index! <= previous.start) && LIST_ITEM.test(item)) {
      found.push({ start: previous.start, end, quote: text.slice(previous.start, end), item: item.replace(/^[\s,]*(?:and\s+)?(?:the\s+)?/, ''), targets: symbols.map((symbol) => known(ctx, symbol) ?? discover(ctx, { id: `un:${symbol}`, type: 'Document', kind: 'REPORT', symbol })) });
      continue;
    }
    if (!noun) continue;
    // "the Durban Declaration and Programme of Action, adopted by the World Conference ... on 8 September 2001,5": the
    // footnote still says where the instrument or resolution named last is published.
    const instrument = cited.filter((m) => m.start >= clauseStart && m.end <= end && m.targets.some((t) => /^instrument:|^resolution:|\/(?:RES|DEC)\//.test(t))).pop();
    if (instrument && (!noun || clauseStart + noun.index! < instrument.start) && !reportOnResolution) continue;
    let start = clauseStart + noun.index!;
    if (start >= end) continue;
    // "the report of the Secretary-General": the phrase, without a leading article.
    start += /^(?:the|its|their|a|an)\s+/i.exec(text.slice(start, end))?.[0].length ?? 0;
    const quote = text.slice(start, end);
    const kind = /^(?:.*\s)?reports?\b/i.test(quote) ? 'REPORT' : /\/L\.\d/.test(symbols[0]) ? 'DRAFT' : 'OTHER';
    const targets = symbols.map((symbol) => known(ctx, symbol) ?? discover(ctx, { id: `un:${symbol}`, type: 'Document', kind, symbol }));
    found.push({ start, end, quote, targets });
  }
  return found;
}

/** "the reports of the Secretary-General on the implementation of General Assembly resolutions ...". */
const REPORT_ON_RESOLUTION = /\breports?\s+of\s+the\s+[^;]{0,120}?\bon\s+(?:the\s+)?(?:implementation\s+of\s+)?(?:General Assembly\s+|its\s+)?resolutions?\s+\d/;

/** One item of a list after a document noun: ", the International Trade Centre", " and on the United Nations funds", no clause break. */
const LIST_ITEM = /^[\s,]*(?:and\s+|as well as\s+)?(?:on\s+|for\s+)?(?:the\s+)?[\p{Lu}\p{Ll}][^;:]{0,200}$/u;

/** A document found through its footnote, with the words of its own list item ("the International Trade Centre"). */
export interface FootnotedMention extends Mention {
  item?: string;
}

/** A document identified through a footnote earlier in the text, remembered by the author its phrase names. */
export interface FootnotedDocument {
  author: string;
  plural: boolean;
  quote: string;
  targets: string[];
  /** The words of its own item in a list of documents footnoted one by one; the whole phrase otherwise. */
  item?: string;
  /** Documents footnoted one by one in one list share a group: "the reports of the Board" named again is all of them. */
  group?: string;
}

/** "report of the Secretary-General", "related report of the Advisory Committee on Administrative and Budgetary Questions". */
const AUTHORED_REPORT = /\breports? of the ((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'-]*|(?:on|of|and|for|the)(?=\s)(?!\s+\p{Ll})))*)/u;

/** The author a footnoted document's phrase names ("Secretary-General"), or undefined when it names none. */
export function authorOf(quote: string): { author: string; plural: boolean } | undefined {
  const m = AUTHORED_REPORT.exec(quote);
  if (!m) return undefined;
  // "the report of the Secretary-General submitted to the General Assembly at its sixty-second session": an older report,
  // not the one a later "report of the Secretary-General" means.
  if (/^\s*,?\s*(?:submitted|prepared|presented|of\s+\d|dated)\b/.test(quote.slice(m.index + m[0].length))) return undefined;
  return { author: m[1].replace(/\s+(?:on|of|and|for|the)$/, '').trim(), plural: /^reports/.test(m[0]) };
}

/** A later naming of a report without a marker: "the report of the Secretary-General", "his report". */
const REPORT_AGAIN = /\b(?:(?:the|its|related)\s+)?(reports?) of the ((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'-]*|(?:on|of|and|for|the)(?=\s)(?!\s+\p{Ll})))*)(\s+on\s+(?:(?!\s(?:and|as well as)\s+(?:the|its|his|their|related)\s)[\p{L}\s’'-]){3,160})?|\bhis (report)\b(?!\s+(?:to|on|of)\b)/gu;

/**
 * A report named again ("Takes note of the report of the Secretary-General", "in his report") after the same report was
 * identified through a footnote earlier in the text: the UN footnotes a document once, at its first mention. It cites
 * the nearest earlier footnoted report of the same author (the Secretary-General for "his report"), unless the phrase
 * says it is another one ("submitted to the General Assembly at its sixty-second session", "of 3 May 2019", a symbol).
 */
export function documentsNamedAgain(text: string, mentions: Mention[], memory: FootnotedDocument[]): Mention[] {
  const found: Mention[] = [];
  if (memory.length === 0) return found;
  for (const m of text.matchAll(REPORT_AGAIN)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (mentions.some((c) => c.start < end && start < c.end && c.targets.some((t) => t.startsWith('un:') && !/\/RES\//.test(t)))) continue;
    const after = text.slice(end, end + 120);
    if (/^\s*(?:\(|,?\s*(?:submitted|prepared|presented)\s+(?:to|at|in|pursuant)\b[^;]*\bsession|,?\s*of\s+\d{1,2}\s|,?\s*dated\b|\s*(?:to be|that will be)\b)/.test(after)) continue;
    if (/\b(?:next|future|forthcoming|previous|last|first|upcoming)\s+$/.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (m[4] && !/Secretary-General/.test(text)) continue;
    const author = m[4] ? 'Secretary-General' : m[2].replace(/\s+(?:on|of|and|for|the)$/, '').trim();
    const topic = m[3]?.replace(/^\s+on\s+/, '').trim();
    // "the reports of the Board of Auditors" are the footnoted reports, not one of them; "the report ... on <topic>" is
    // the footnoted report on that topic or another report.
    const plural = m[1] === 'reports';
    const byAuthor = memory.filter((d) => d.author === author || d.author.startsWith(`${author} `));
    const same = byAuthor.filter((d) => d.plural === plural);
    const starts = (t: string) => t.replace(/^the\s+/, '').split(/\s+/).slice(0, 4).join(' ');
    let targets: string[] | undefined;
    if (topic) {
      // "the report of the Secretary-General on administration of justice ... and on the activities of the Office": each
      // topic is the item of a footnoted list that names it, or the footnoted report on that topic.
      const items = topic.split(/,?\s+and\s+on\s+/).map((t) => byAuthor.filter((d) => (d.item ?? d.quote).includes(starts(t))).pop());
      if (items.every((d) => d?.item)) targets = [...new Set(items.flatMap((d) => d!.targets))];
      else {
        const chosen = same.filter((d) => d.quote.includes(starts(topic)));
        targets = chosen[chosen.length - 1]?.targets;
      }
    } else if (same.length > 0) {
      const doc = same[same.length - 1];
      // "the reports of the Board of Auditors": every report of the list footnoted one by one.
      targets = plural && doc.group ? [...new Set(same.filter((d) => d.group === doc.group).flatMap((d) => d.targets))] : doc.targets;
    }
    if (!targets || targets.length === 0) continue;
    const quoteStart = start + (/^(?:the|its|related)\s+/.exec(m[0])?.[0].length ?? 0);
    const quoteEnd = m[4] ? end : start + m[0].length - (m[3]?.length ?? 0);
    found.push({ start: quoteStart, end: quoteEnd, quote: text.slice(quoteStart, quoteEnd), targets });
  }
  return found;
}
