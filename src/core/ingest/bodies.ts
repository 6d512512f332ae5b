import { discover, Mention, TextContext } from './citations';

/** The collective actors a paragraph asks to act or names; ids fixed by CONVENTIONS.md. */
const COLLECTIVE: { id: string; title: string; pattern: RegExp }[] = [
  { id: 'body:member-states', title: 'Member States', pattern: /\b(?:Member States|States Members of the United Nations|States members of the United Nations)\b/g },
  { id: 'body:states-parties', title: 'States parties', pattern: /\bStates [Pp]arties\b/g },
  { id: 'body:governments', title: 'Governments', pattern: /\bGovernments\b/g },
  { id: 'body:states', title: 'States', pattern: /\bStates\b(?! [Pp]arties\b| Members\b| members of the United Nations\b| of (?:origin|transit|destination)\b)/g },
];

/** Words before "States" that make a group of countries ("small island developing States", "nuclear-weapon States"), not the collective actor. */
const GROUP_BEFORE =
  /(?:\bUnited|\bMember|developing|[Ii]sland|landlocked|coastal|Arab|African|Asian|Caribbean|Pacific|Baltic|Balkan|European|American|Andean|Nordic|Gulf|flag|port|nuclear-weapon|weapon|transit|sending|receiving|neighbouring|neighboring|littoral|riparian|affected|donor|third|successor|observer|archipelagic|user|range|mountain|[Ss]mall|producing|consuming|[Cc]ontracting|[Ss]ignatory|Federated|Independent|Latin American|Central|Eastern|Western|Southern|Northern|creditor|debtor|least developed|middle-income|low-income|high-income|these|two|both|several|some|certain|individual|those|such) $/;

/**
 * "Calls upon all States", "Encourages Member States", "States parties to the Convention", "Governments": the collective
 * actors, once each per paragraph (the first time they are named). A group of countries ("small island developing
 * States", "nuclear-weapon States", "States of origin") and a single generic State are not collective actors.
 */
export function collectiveActors(text: string, ctx: TextContext): Mention[] {
  const found: Mention[] = [];
  for (const actor of COLLECTIVE) {
    for (const m of text.matchAll(actor.pattern)) {
      if (actor.id === 'body:states' && GROUP_BEFORE.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      // "the Meeting of States Parties", "the Conference of States Parties": the body's name, not the actor.
      if (actor.id === 'body:states-parties' && /\b(?:Meeting|Conference|Assembly) of (?:the )?$/.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
      if (!ctx.index.ids.has(actor.id)) discover(ctx, { id: actor.id, type: 'Body', kind: 'OTHER', title: actor.title });
      found.push({ start: m.index!, end: m.index! + m[0].length, quote: m[0], targets: [actor.id] });
      break;
    }
  }
  return found;
}

/** Head nouns of the names of bodies: organs, committees, offices, agencies, funds, programmes, forums, courts. */
const BODY_HEAD =
  /^(?:Committee|Board|Council|Commission|Programme|Fund|Office|Organization|Organisation|Agency|Institute|University|Centre|Center|Court|Tribunal|Mechanism|Group|Forum|Conference|Assembly|Secretariat|Entity|Union|Bank|Authority|Panel|Unit|Department|Division|Meeting|Summit|Federation|Network|Alliance|Facility|Partnership|Platform|Administration|Service|Services|Subcommittee|Sub-Commission|Task Force|Team|Rapporteur|Expert|Representative|Envoy|Coordinator|Ombudsperson|Prosecutor|Registry|Chamber|Community)$/;
/** Words of instruments and plans: a name in which one comes before any body noun is not a body ("Programme of Action", "Plan"). */
const NOT_BODY_WORD = /^(?:Declaration|Convention|Covenant|Protocol|Agreement|Treaty|Charter|Agenda|Framework|Strategy|Plan|Principles|Guidelines|Rules|Compact|Action|Goals?|Decade|Year|Day|Week|Report|Resolution|Decision|Statute|Code|Consensus|Outcome|Vision|Pact|Initiative|Campaign|Account|System|Fund's|Act)$/;
/** Words that make a title generic when they are all a name has besides its body noun. */
const GENERIC = /^(?:Special|Independent|Working|Executive|Advisory|Permanent|Main|High-level|Open-ended|Ad|Hoc|Joint|Standing|Intergovernmental|Expert|Subsidiary|Regional|National|International|Global|Governing|Technical|Scientific|Preparatory|Organizing|Organizational|Steering|Consultative|Coordinating|High|Deputy|Assistant|Under-Secretary-General|Secretary-General|United|Nations|Chief|Senior|Personal|Interim|Annual|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|This|That|Such|Each|Any|Its|Their|Relevant|Other|Parties|States|Review|Coordination|Support|Inquiry|General|Service|Management|Education|World|Regional|Local)$/;
const CONNECTOR = /^(?:of|on|for|the|and|to|in|against|at|with|from|regard|de|des|du|la|le)$/;
const WORD = /^(?:\p{Lu}[\p{L}'’-]*|\d{1,3}|of|on|for|the|and|to|in|against|at|with|from|regard|de|des|du|la|le)$/u;
/** After a comma inside a name: capitalised words, then "and"/"or" and a capitalised word ("Educational, Scientific and Cultural"). */
const NAME_ENUMERATION = /^,\s+\p{Lu}[\p{L}-]*(?:,\s+\p{Lu}[\p{L}-]*)*\s+(?:and|or)\s+\p{Lu}/u;
const NOT_A_BODY =
  /\b(?:Programme|Plan|Platform) (?:of|for) Action\b|\bOutcome\b|\bFinal Document\b|^Programme for the Further Implementation\b|^Russian Federation\b|^Government\b|\bRepublic\b|\bKingdom\b|(?:Parties|the (?:Convention|Protocol|Agreement|Treaty))$/;
/** A mandate's subject in lower case: "Special Rapporteur on the right to food", up to where the sentence moves on. */
const MANDATE_SUBJECT =
  /^ (?:on|for) (?:the |a |an )?[a-z][\p{L}\s'’-]*?(?=[;.:()“”"]|,\s|\s+(?:and (?:the|its|their|to|in|on|all)|who|which|as|including|pursuant|submitted|presented|established|appointed|entitled|at its|during|under|with a view|in accordance|in (?:his|her|their|its) report|for (?:a|an|the) (?:further )?period|for a further|on the occasion|to (?:submit|present|report|continue|provide|include|make|conduct|undertake|engage|prepare|pay|give|consider|seek|share|assist|cooperate|contribute|ensure|take|bring|transmit|work|focus|address|carry|hold|convene|develop|promote|support|facilitate|the (?:General Assembly|Human Rights Council|Council|Assembly)))\b|$)/u;

/**
 * Bodies the catalogue lacks, recognised by the shape of their names: capitalised words and connectors around a body
 * noun ("Advisory Committee on Administrative and Budgetary Questions", "United Nations Relief and Works Agency for
 * Palestine Refugees in the Near East", "Board of Auditors", "Meeting of States Parties to the Treaty on the Prohibition
 * of Nuclear Weapons"), or a mandate with its subject ("Special Rapporteur on the right to food"). Two names joined by
 * "and" are two bodies. They become uncurated bodies named by their full names.
 */
export function unknownBodies(text: string, ctx: TextContext, named: Mention[]): Mention[] {
  const found: Mention[] = [];
  const tokens = [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*/gu)];
  let i = 0;
  while (i < tokens.length) {
    // A run of capitalised words and connectors, starting on a capital.
    if (!/^\p{Lu}/u.test(tokens[i][0])) {
      i++;
      continue;
    }
    let j = i;
    const joined = (k: number) => {
      const gap = text.slice(tokens[k].index! + tokens[k][0].length, tokens[k + 1].index!);
      return /^\s+$/.test(gap) || (/^,\s+$/.test(gap) && NAME_ENUMERATION.test(text.slice(tokens[k].index! + tokens[k][0].length)));
    };
    while (j + 1 < tokens.length && WORD.test(tokens[j + 1][0]) && joined(j)) j++;
    for (let piece of namesInRun(tokens.slice(i, j + 1))) {
      let start = piece[0].index!;
      let end = piece[piece.length - 1].index! + piece[piece.length - 1][0].length;
      piece = trimName(piece);
      if (piece.length === 0) continue;
      start = piece[0].index!;
      end = piece[piece.length - 1].index! + piece[piece.length - 1][0].length;
      const words = piece.map((t) => t[0]);
      if (NOT_BODY_WORD.test(words[words.length - 1])) continue;
      if (words.some((w, k) => /^\d/.test(w) && words[k - 1] !== 'of')) continue;
      const headAt = words.findIndex((w, k) => BODY_HEAD.test(w) || (k + 1 < words.length && BODY_HEAD.test(`${w} ${words[k + 1]}`)));
      if (headAt < 0 || words.slice(0, headAt).some((w) => NOT_BODY_WORD.test(w))) continue;
      const printed = words.join(' ');
      // Plans and outcomes named after a body noun, countries, and names cut short at "the Convention".
      if (NOT_A_BODY.test(printed)) continue;
      // "Special Rapporteur on the right to food": the mandate's subject is lower case.
      if (/^(?:Rapporteur|Expert|Representative|Envoy|Group)$/.test(words[words.length - 1])) {
        const subject = MANDATE_SUBJECT.exec(text.slice(end))?.[0].replace(/\s+$/, '');
        if (subject && subject.split(/\s+/).length >= 3) end += subject.length;
      }
      const subjectAdded = end > piece[piece.length - 1].index! + words[words.length - 1].length;
      // "the Special Rapporteur", "the Working Group", "the Executive Board": a generic title, not a name.
      if (!subjectAdded && words.every((w) => BODY_HEAD.test(w) || GENERIC.test(w) || CONNECTOR.test(w))) continue;
      // A catalogue name that holds these words is the body; a name inside this one is cited with it.
      if (named.some((n) => n.start <= start && end <= n.end)) continue;
      if (named.some((n) => n.start <= start && start < n.end)) continue;
      const inside = named.filter((n) => start <= n.start && n.end <= end).flatMap((n) => n.targets);
      const name = text.slice(start, end);
      const id = `body:${name.toLowerCase().replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '')}`;
      if (ctx.index.ids.has(id) || inside.includes(id)) continue;
      discover(ctx, { id, type: 'Body', kind: 'OTHER', title: name });
      found.push({ start, end, quote: name, targets: [id, ...new Set(inside)] });
    }
    i = j + 1;
  }
  return found;
}

/**
 * The candidate names in a run of capitalised words: without a leading participle, article or connector, ending on a
 * capitalised word, and split at "and" where both sides name a body of their own ("the United Nations Development
 * Programme and the United Nations Population Fund").
 */
function namesInRun(run: RegExpMatchArray[]): RegExpMatchArray[][] {
  let words = run;
  // A leading participle ("Recalling the ...") is not part of a name, but "Meeting" is a body's head noun.
  while (words.length && (CONNECTOR.test(words[0][0]) || (!BODY_HEAD.test(words[0][0]) && /^(?:The|See|Also|\p{Lu}\p{Ll}+ing|Further|Its|Their|Calls|Requests|Invites|Urges|Encourages|Welcomes|Notes|Decides|Recalls|Reaffirms|Stresses|Emphasizes|Recognizes|Takes|Expresses|Commends|Acknowledges|Appeals|Underlines|Reiterates|Supports|Endorses|Approves|Authorizes|Considers|Condemns|Deplores|Demands|Declares|Recommends|Concerned|Convinced|Aware|Mindful|Guided|Alarmed)$/u.test(words[0][0])))) words = words.slice(1);
  const parts: RegExpMatchArray[][] = [];
  let current: RegExpMatchArray[] = [];
  for (let k = 0; k < words.length; k++) {
    if (words[k][0] === 'and') {
      const rest = words.slice(k + 1).filter((w) => w[0] !== 'the');
      const restHead = restUntilAnd(rest).some((w) => BODY_HEAD.test(w[0]));
      const hasHead = current.some((w) => BODY_HEAD.test(w[0]));
      const article = words[k + 1]?.[0] === 'the';
      const endsOnHead = current.length > 0 && BODY_HEAD.test(current[current.length - 1][0]);
      if (restHead && ((hasHead && endsOnHead) || article)) {
        parts.push(current);
        current = [];
        continue;
      }
    }
    current.push(words[k]);
  }
  parts.push(current);
  return parts
    .map((p) => {
      let q = p;
      while (q.length && CONNECTOR.test(q[0][0])) q = q.slice(1);
      while (q.length && CONNECTOR.test(q[q.length - 1][0])) q = q.slice(0, -1);
      return q;
    })
    .filter((q) => q.length > 0);
}

function restUntilAnd(words: RegExpMatchArray[]): RegExpMatchArray[] {
  const at = words.findIndex((w, k) => w[0] === 'and' && words[k + 1]?.[0] === 'the');
  return at < 0 ? words : words.slice(0, at);
}

const MONTH_OR_NUMBER = /^(?:\d.*|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * A name without what the sentence adds after it or before it: "the European Commission in June", "the Board of Auditors
 * on the United Nations ...", "the International Law Commission in the Sixth Committee", "the Director of the Department
 * of ..." (the Department is the body), "... and in the Conference of ...".
 */
function trimName(piece: RegExpMatchArray[]): RegExpMatchArray[] {
  let words = piece;
  const headAt = words.findIndex((w) => BODY_HEAD.test(w[0]));
  if (headAt < 0) return words;
  // "Director of the Department of Human Resources": the office holder's title before the body.
  const of = words.slice(0, headAt).findIndex((w) => w[0] === 'of');
  if (of > 0 && !words.slice(0, of).some((w) => BODY_HEAD.test(w[0]))) {
    words = words.slice(of + 1);
    while (words.length && CONNECTOR.test(words[0][0])) words = words.slice(1);
  }
  const head = words.findIndex((w) => BODY_HEAD.test(w[0]));
  for (let k = head + 1; k < words.length; k++) {
    const w = words[k][0];
    const next = words[k + 1]?.[0] ?? '';
    const rest = words.slice(k + 1);
    const cut =
      (['in', 'on', 'at', 'from', 'to', 'of'].includes(w) && MONTH_OR_NUMBER.test(next)) ||
      (['in', 'with'].includes(w) && next === 'the' && rest.some((x) => BODY_HEAD.test(x[0]))) ||
      (w === 'and' && ['in', 'to', 'of', 'on', 'for', 'with'].includes(next)) ||
      // "the Meeting of States Parties to the Treaty ... in New York": where a meeting is held is not its name.
      // ("the Africa Climate Summit in Nairobi"), but "the Summit on Peace in Ukraine" is a summit's subject.
      (w === 'in' && /^\p{Lu}/u.test(next) && (words[head][0] === 'Meeting' || (words[head][0] === 'Summit' && k === head + 1))) ||
      (w === 'on' && next === 'the' && (rest.some((x) => BODY_HEAD.test(x[0])) || rest.map((x) => x[0]).join(' ') === 'the United Nations')) ||
      // "the Board of Auditors the United Nations Population Fund": two names side by side.
      (w === 'the' && !CONNECTOR.test(words[k - 1][0]));
    if (cut) {
      words = words.slice(0, k);
      break;
    }
  }
  while (words.length && CONNECTOR.test(words[words.length - 1][0])) words = words.slice(0, -1);
  return words;
}

/**
 * The bodies of `memory` from the last named to the first, each name and target once (where it was last named): what
 * shortBodyNames makes of the memory does not change when a body named again is read only once, and a text names the
 * same bodies hundreds of times. Kept per memory between paragraphs (the pipeline only appends to it).
 */
function latestFirst(memory: NamedBody[]): NamedBody[] {
  let known = distinctBodies.get(memory);
  if (!known || known.read > memory.length) {
    known = { read: 0, byKey: new Map() };
    distinctBodies.set(memory, known);
  }
  for (; known.read < memory.length; known.read++) {
    const body = memory[known.read];
    const key = `${body.target}\u0000${body.name}`;
    known.byKey.delete(key);
    known.byKey.set(key, body);
  }
  return [...known.byKey.values()].reverse();
}

const distinctBodies = new WeakMap<NamedBody[], { read: number; byKey: Map<string, NamedBody> }>();

/** A body named in full earlier in the text, remembered for its shorter names. */
export interface NamedBody {
  name: string;
  target: string;
}

/** Head nouns too general to stand for one body on their own ("the Council" is the text's organ, found elsewhere). */
const GENERIC_HEAD = /^(?:Council|Assembly|Secretariat|Organization|Nations|Government|States|Parties|Programme|Conference|Summit|Group|Fund|Agenda)$/;

/** Titles that many bodies share: "the Special Rapporteur" alone does not say which mandate. */
const GENERIC_TITLE = /^(?:Special Rapporteur|Working Group|Independent Expert|Special Representative|Special Envoy|Special Adviser|High Commissioner|Executive Director|Executive Secretary|General Assembly|Security Council|Human Rights)$/;

/** shortForms by name: every paragraph of a text asks again for the bodies named before it. */
const shortFormsSeen = new Map<string, { forms: string[]; head?: string }>();
const SHORT_FORMS_KEPT = 10_000;

/** The shorter names of a body's full name: "Advisory Committee", "Dispute Tribunal", "Personal Envoy", and its head "Mechanism". */
function shortForms(name: string): { forms: string[]; head?: string } {
  let known = shortFormsSeen.get(name);
  if (!known) {
    if (shortFormsSeen.size >= SHORT_FORMS_KEPT) shortFormsSeen.clear();
    known = shortFormsOf(name);
    shortFormsSeen.set(name, known);
  }
  return known;
}

function shortFormsOf(name: string): { forms: string[]; head?: string } {
  const words = name.split(/\s+/);
  const forms = new Set<string>();
  // Cut before a connector that starts the name's complement: "Personal Envoy | of the Secretary-General for Western Sahara".
  for (let i = 2; i < words.length; i++) {
    if (/^(?:on|of|for|to|in)$/.test(words[i]) && /^\p{Lu}/u.test(words[i - 1]) && words.slice(0, i).every((w) => /^\p{Lu}/u.test(w))) forms.add(words.slice(0, i).join(' '));
  }
  // Drop leading words of a capitalised run: "United Nations | Dispute Tribunal", "Independent Audit | Advisory Committee".
  const run = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  const capitalised = run < 0 ? words : words.slice(0, run);
  for (let i = 1; i <= capitalised.length - 2; i++) forms.add([...capitalised.slice(i), ...(run < 0 ? [] : words.slice(run))].join(' '));
  for (let i = 1; i <= capitalised.length - 2; i++) forms.add(capitalised.slice(i).join(' '));
  forms.delete(name);
  const headWord = capitalised[capitalised.length - 1];
  return { forms: [...forms].filter((f) => f.split(' ').length >= 2 && !/^(?:of|on|for|to|the)\b/.test(f) && !GENERIC_TITLE.test(f)), head: capitalised.length >= 2 && !GENERIC_HEAD.test(headWord) && headWord.length >= 5 ? headWord : undefined };
}

/**
 * A body named in full once and then by a shorter name ("the Advisory Committee on Administrative and Budgetary
 * Questions" ... "the report of the Advisory Committee"; "the International Residual Mechanism for Criminal Tribunals"
 * ... "the Mechanism"; "the United Nations Dispute Tribunal" ... "the Dispute Tribunal"): the shorter name cites the
 * nearest earlier body it shortens. A lone head noun ("the Mechanism") needs "the" and one body of that head.
 */
export function shortBodyNames(text: string, mentions: Mention[], memory: NamedBody[], ctx: TextContext): { add: Mention[]; replace: Map<Mention, string> } {
  const add: Mention[] = [];
  const replace = new Map<Mention, string>();
  const seen = new Set<string>();
  const heads = new Map<string, Set<string>>();
  const forms: { form: string; target: string; head: boolean }[] = [];
  for (const body of latestFirst(memory)) {
    const { forms: f, head } = shortForms(body.name);
    for (const form of f) if (!seen.has(form)) forms.push({ form, target: body.target, head: false }), seen.add(form);
    if (head) (heads.get(head) ?? heads.set(head, new Set()).get(head)!).add(body.target);
  }
  for (const [head, targets] of heads) if (targets.size === 1 && !seen.has(head)) forms.push({ form: head, target: [...targets][0], head: true });
  const taken: Mention[] = [];
  for (const { form, target, head } of forms.sort((a, b) => b.form.length - a.form.length)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (!/^(?:$|[^\p{L}\p{N}])/u.test(text.slice(end, end + 1)) || (at > 0 && /[\p{L}\p{N}-]/u.test(text[at - 1]))) continue;
      const before = text.slice(Math.max(0, at - 40), at);
      if (head && !/\bthe $/.test(before)) continue;
      // Another, longer name goes on: "the Advisory Committee of the Human Rights Council", "Dispute Tribunal Judges".
      if (/^(?:\s+(?:on|of|for|to)\s+(?:the\s+)?\p{Lu}|\s+\p{Lu}|[’']s\s+\p{Lu})/u.test(text.slice(end, end + 40))) continue;
      if (/\p{Lu}[\p{L}’'-]*\s+$/u.test(before) && !/\b(?:The|Requests|Invites|Urges|Encourages|Welcomes|Commends|Notes|Recalls|Calls|Also|Further)\s+$/.test(before)) continue;
      if (taken.some((t) => t.start < end && at < t.end)) continue;
      const over = mentions.filter((m) => m.start < end && at < m.end);
      if (over.some((m) => m.targets.includes(target))) continue;
      // A mention of the same span that found no catalogued body (an uncurated "Dispute Tribunal") is this body.
      const splinter = over.find((m) => m.start === at && m.end === end && m.targets.length === 1 && m.targets[0].startsWith('body:') && !ctx.index.ids.has(m.targets[0]));
      if (splinter) {
        replace.set(splinter, target);
        taken.push(splinter);
        continue;
      }
      // "the report of the Advisory Committee": the author named inside a document's phrase is cited too.
      const inDocument = (m: Mention) => m.start <= at && end <= m.end && m.end - m.start > form.length && m.targets.every((t) => /^(?:un:|document:)/.test(t) && !/\/(?:RES|DEC)\//.test(t));
      // A lone head noun ("the Committee") only as the report's author ("the report of the Commission").
      if (over.length > 0 && (!over.every(inDocument) || (head && !/\breports? of the $/.test(before)))) continue;
      const m = { start: at, end, quote: form, targets: [target] };
      add.push(m);
      taken.push(m);
    }
  }
  return { add, replace };
}
