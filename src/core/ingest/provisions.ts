import { provisionId } from '../model/ids';
import { discover, Mention, TextContext } from './citations';

const ITEM = String.raw`\d{1,3}[a-z]?(?:\s?\([0-9a-z]{1,4}\))*`;
/** "article 12, paragraph 2," inside a list of articles: a finer pointer into the article, cited at article level. */
const SUB = String.raw`(?:,?\s+paragraphs?\s+${ITEM}(?:\s+(?:and|to)\s+${ITEM})?,?)?`;
const SEP = String.raw`(?:,\s*(?:and\s+|to\s+)?|\s+(?:and|to|through)\s+|\s?[-–]\s?)`;
const PROVISION = new RegExp(
  String.raw`\b(articles?|Articles?|paragraphs?|Paragraphs?|rules?|Rules?|principles?|Principles?|chapters?|Chapters?)\s+(${ITEM}${SUB}(?:${SEP}${ITEM}${SUB})*)\s+(of\s+(?:the\s+)?annex\s+(?:[IVX]+\s+)?to\s+|of\s+|thereof\b)`,
  'g',
);

/** The numbers a printed list of provisions names, ranges expanded: "3 to 5" -> 3, 4, 5; "12, paragraph 2, and 15" -> 12, 15. */
export function provisionNumbers(list: string): string[] {
  const out: string[] = [];
  const withoutSubs = list.replace(new RegExp(String.raw`,?\s+paragraphs?\s+${ITEM}(?:\s+(?:and|to)\s+${ITEM})?,?`, 'g'), ',');
  const tokens = [...withoutSubs.matchAll(/(\d{1,3}[a-z]?)(?:\s?\([0-9a-z]{1,4}\))*|\b(to|through)\b|[-–]/g)];
  let range = false;
  for (const t of tokens) {
    if (!t[1]) {
      range = true;
      continue;
    }
    const number = t[1];
    const previous = out[out.length - 1];
    if (range && previous && /^\d+$/.test(previous) && /^\d+$/.test(number) && Number(number) > Number(previous) && Number(number) - Number(previous) <= 60) {
      for (let n = Number(previous) + 1; n <= Number(number); n++) out.push(String(n));
    } else out.push(number);
    range = false;
  }
  return [...new Set(out)];
}

/**
 * "article 72 of the Convention", "articles 1 to 3 of the Covenant", "articles 12, paragraph 2, and 15 of ...",
 * "paragraph 6 of General Assembly resolution 60/251", "paragraph 5 of the annex to resolution 70/1", "article 36
 * thereof": the provisions of what follows, or for "thereof" of the instrument named just before. A paragraph of the
 * annex that adopted a catalogued instrument is that instrument's paragraph.
 */
export function provisions(text: string, mentions: Mention[], ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(PROVISION)) {
    const after = m.index! + m[0].length;
    const thereof = m[3].toLowerCase() === 'thereof';
    const annex = /annex/.test(m[3]);
    // "the Charter of Economic Rights and Duties of States proclaimed ... in its resolution 3281 (XXIX), in particular
    // article 32 thereof": articles are an instrument's, so "article ... thereof" points back to the nearest instrument.
    const before = thereof ? mentions.filter((x) => x.targets.length === 1 && x.end <= m.index! && /^(instrument|un):/.test(x.targets[0]) && !/:(article|paragraph)-/.test(x.targets[0])) : [];
    const articleOf = /^article/i.test(m[1]) ? before.filter((x) => x.targets[0].startsWith('instrument:')) : [];
    const of = thereof
      ? (articleOf.length > 0 ? articleOf : before).sort((a, b) => b.end - a.end)[0]
      : mentions
          .filter((x) => (x.targets.length === 1 || /^un:/.test(x.targets[0])) && (x.start === after || (x.start === after + 4 && text.slice(after, after + 4) === 'the ')) && !/:(article|paragraph|goal|target)-/.test(x.targets[0]))
          .sort((a, b) => b.end - a.end)[0];
    if (!of) continue;
    const noun = m[1].toLowerCase().replace(/s$/, '');
    const isArticle = noun === 'article';
    // Rules, principles and chapters belong to instruments (rules of procedure, declarations of principles, Agenda 21).
    if (!['article', 'paragraph'].includes(noun) && !of.targets[0].startsWith('instrument:')) continue;
    let parent = of.targets[0];
    let prefix = noun;
    if (annex) {
      const adopted = ctx.index.byAdoptingResolution.get(parent) ?? [];
      if (adopted.length === 1) parent = adopted[0];
      else prefix = 'annex-paragraph';
    }
    const numbers = provisionNumbers(m[2]);
    if (numbers.length === 0) continue;
    const targets = numbers.map((number) => {
      const id = prefix === 'article' ? provisionId(parent, number) : `${parent}:${prefix}-${number.toLowerCase()}`;
      if (!ctx.index.ids.has(id)) {
        const label = prefix === 'annex-paragraph' ? 'Paragraph of the annex' : `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}`;
        discover(ctx, { id, type: 'Provision', kind: isArticle ? 'ARTICLE' : prefix === 'annex-paragraph' ? 'PARAGRAPH' : prefix.toUpperCase(), number, title: `${label} ${number}`, partOf: parent });
      }
      return id;
    });
    const end = thereof ? after : of.end;
    // "paragraph 6 of General Assembly resolution 60/251": the organ named inside stays cited.
    found.push({ start: m.index!, end, quote: text.slice(m.index!, end), targets: [...targets, ...(thereof ? [] : of.targets.slice(1))] });
  }
  return found;
}

const GOAL_WORDS = String.raw`(?:\d{1,2}(?:\s?(?:,|and|or|to)\s?\d{1,2})*)`;
/** "Sustainable Development Goals 4 and 5", "Goal 16", "goals 1 to 3", "target 16.9", "targets 3.8 and 5.6". */
const GOALS = new RegExp(String.raw`\b(?:Sustainable Development\s+)?(Goals?|goals?)\s+(${GOAL_WORDS})\b(?!\.\d|\/)`, 'g');
const TARGETS = /\b([Tt]argets?)\s+(\d{1,2}\.[0-9a-z]{1,2}(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)\d{1,2}\.[0-9a-z]{1,2})*)\b/g;
const AGENDA = 'instrument:2030-agenda';

/**
 * Goals and targets of the 2030 Agenda ("Sustainable Development Goals 4 and 5", "Goal 16", "target 16.9"): provisions
 * of the Agenda. A bare "goal" is taken only with a capital G or after "Sustainable Development", or in a paragraph
 * that names the Agenda or the Goals, so "the goal 2 of ..." of another plan is not mistaken.
 */
export function agendaGoals(text: string, ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  const aboutAgenda = /Sustainable Development Goals?|2030 Agenda/.test(text);
  for (const m of text.matchAll(GOALS)) {
    const explicit = /^Sustainable Development/.test(m[0]) || m[1].startsWith('G');
    if (!explicit && !aboutAgenda) continue;
    const numbers = provisionNumbers(m[2]).filter((n) => /^\d+$/.test(n) && Number(n) >= 1 && Number(n) <= 17);
    if (numbers.length === 0) continue;
    found.push({ start: m.index!, end: m.index! + m[0].length, quote: m[0], targets: numbers.map((n) => agendaPart(ctx, 'goal', n)) });
  }
  for (const m of text.matchAll(TARGETS)) {
    if (!aboutAgenda && !/\bGoal|\bSustainable Development/.test(text)) continue;
    const numbers = [...m[2].matchAll(/\d{1,2}\.[0-9a-z]{1,2}/g)].map((x) => x[0]).filter((n) => Number(n.split('.')[0]) <= 17);
    if (numbers.length === 0) continue;
    found.push({ start: m.index!, end: m.index! + m[0].length, quote: m[0], targets: numbers.map((n) => agendaPart(ctx, 'target', n)) });
  }
  return found;
}

function agendaPart(ctx: TextContext, kind: 'goal' | 'target', number: string): string {
  const id = `${AGENDA}:${kind}-${number}`;
  if (!ctx.index.ids.has(id)) discover(ctx, { id, type: 'Provision', kind: kind.toUpperCase(), number, title: `${kind === 'goal' ? 'Goal' : 'Target'} ${number}`, partOf: AGENDA });
  return id;
}
