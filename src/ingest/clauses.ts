import { ClauseRelation } from '../model/vocabulary';
import { ParsedClause } from './parsed-resolution';

/** Heads of leading phrases and the relation each maps to; the longer idioms first. */
const PREAMBULAR_HEADS: [RegExp, ClauseRelation][] = [
  [/^guided by/i, 'GUIDED_BY'],
  [/^(?:bearing|keeping) in mind/i, 'BEARS_IN_MIND'],
  [/^taking (?:note|into account|into consideration)(?: with (?:appreciation|concern|satisfaction))?(?: of)?/i, 'NOTES'],
  [/^noting(?: with (?:deep |grave |great )?(?:concern|appreciation|satisfaction|interest))?/i, 'NOTES'],
  [/^(?:deeply |gravely |seriously |profoundly )?(?:concerned|preoccupied|disturbed|troubled|worried|dismayed|shocked|appalled)(?: (?:at|about|by|over|that))?/i, 'CONCERNED_AT'],
  [/^(?:deeply )?alarmed(?: (?:at|by))?/i, 'ALARMED_BY'],
  [/^(?:fully )?(?:aware|cognizant)(?: of)?/i, 'AWARE_OF'],
  [/^(?:mindful|conscious)(?: of)?/i, 'CONSCIOUS_OF'],
  [/^(?:firmly |deeply )?convinced/i, 'CONVINCED'],
  [/^determined/i, 'DETERMINED'],
  [/^(?:reaffirming|reasserting)/i, 'REAFFIRMS'],
  [/^(?:affirming|believing)/i, 'AFFIRMS'],
  [/^recalling/i, 'RECALLS'],
  [/^reiterating/i, 'REITERATES'],
  [/^(?:considering|having considered|having examined|having reviewed|having heard|having regard to)/i, 'CONSIDERS'],
  [/^acknowledging(?: with (?:appreciation|satisfaction|concern))?/i, 'ACKNOWLEDGES'],
  [/^(?:recognizing|realizing)/i, 'RECOGNIZES'],
  [/^(?:re-?emphasizing|emphasizing|stressing|underlining|underscoring|highlighting)/i, 'EMPHASIZES'],
  [/^welcoming(?: (?:also|further))?(?: with (?:appreciation|satisfaction|interest))?/i, 'WELCOMES'],
  [/^(?:appreciating|commending|expressing (?:its )?(?:deep |sincere )?appreciation(?: for| to| of)?)/i, 'APPRECIATES'],
  [/^expressing(?: (?:its |deep |grave |serious )*(?:concern(?: (?:at|about|over))?|regret|satisfaction))?/i, 'EXPRESSES'],
  [/^(?:condemning|deploring|regretting)/i, 'CONDEMNS'],
  [/^(?:encouraged by|observing|desiring|desirous of|acting|taking|looking forward to)/i, 'OTHER'],
];

const OPERATIVE_HEADS: [RegExp, ClauseRelation][] = [
  [/^acknowledges(?: with (?:appreciation|satisfaction))?/i, 'ACKNOWLEDGES'],
  [/^welcomes(?: with (?:appreciation|satisfaction))?/i, 'WELCOMES'],
  [/^takes note(?: with (?:appreciation|interest|concern|satisfaction))?(?: of)?/i, 'TAKES_NOTE'],
  [/^notes(?: with (?:deep |grave |great )?(?:concern|appreciation|satisfaction|interest))?/i, 'NOTES'],
  [/^calls (?:again |once again |also |further |further again )?(?:upon|on)/i, 'CALLS_UPON'],
  [/^requests/i, 'REQUESTS'],
  [/^urges/i, 'URGES'],
  [/^invites/i, 'INVITES'],
  [/^encourages/i, 'ENCOURAGES'],
  [/^decides/i, 'DECIDES'],
  [/^(?:reaffirms|reasserts)/i, 'REAFFIRMS'],
  [/^affirms/i, 'AFFIRMS'],
  [/^recalls/i, 'RECALLS'],
  [/^reiterates/i, 'REITERATES'],
  [/^recognizes/i, 'RECOGNIZES'],
  [/^(?:emphasizes|stresses|underlines|underscores|highlights)/i, 'EMPHASIZES'],
  [/^expresses (?:its )?(?:deep |sincere )?appreciation(?: for| to| of)?/i, 'APPRECIATES'],
  [/^expresses(?: (?:its |deep |grave |profound |serious )*(?:concern(?: (?:at|about|over))?|regret|satisfaction|support|gratitude))?/i, 'EXPRESSES'],
  [/^(?:condemns|deplores)/i, 'CONDEMNS'],
  [/^commends/i, 'COMMENDS'],
  [/^(?:appeals to)/i, 'APPEALS'],
  [/^(?:endorses|supports)/i, 'ENDORSES'],
  [/^(?:adopts|approves)/i, 'ADOPTS'],
  [/^authorizes/i, 'AUTHORIZES'],
  [/^(?:considers|is of the view)/i, 'CONSIDERS'],
  [/^(?:demands|recommends|declares|proclaims|resolves|calls for|appeals|reminds|renews|extends|insists|exhorts|solicits|requires|notes)/i, 'OTHER'],
];

/** Adverbs that may open a leading phrase ("Also requests", "Deeply concerned", "Further invites"). */
const OPENERS = /^(?:(?:also|further|again|once again|strongly|firmly|deeply|gravely|warmly|fully|furthermore|moreover|in addition)\s+)*/i;
/** Relations whose clause names an addressee ("Requests the Secretary-General to ..."). */
const ADDRESSED: ClauseRelation[] = ['REQUESTS', 'CALLS_UPON', 'URGES', 'INVITES', 'ENCOURAGES', 'APPEALS', 'AUTHORIZES'];
const OPERATIVE_JOINERS =
  /(?:,|;)?\s+and\s+(?=(?:also\s+)?(?:takes note|notes|welcomes|requests|calls upon|calls on|urges|invites|encourages|decides|reaffirms|recalls|emphasizes|stresses|expresses|commends|appeals to|recommends|acknowledges|recognizes|supports|endorses|condemns)\b)/gi;
const PREAMBULAR_JOINERS =
  /,?\s+and\s+(?=(?:reaffirming|recalling|noting|recognizing|reiterating|considering|bearing in mind|emphasizing|stressing|welcoming|acknowledging|expressing|keeping in mind|taking note|(?:deeply |gravely )?(?:alarmed|concerned|convinced))\b)/gi;

/** The head phrase at the start of `text` (a paragraph or a clause) and its relation; OTHER with the first word if unknown. */
export function leadingPhrase(text: string, kind: 'PREAMBULAR' | 'OPERATIVE'): { phrase: string; relation: ClauseRelation } {
  const opener = OPENERS.exec(text)?.[0] ?? '';
  const rest = text.slice(opener.length);
  for (const [head, relation] of kind === 'OPERATIVE' ? OPERATIVE_HEADS : PREAMBULAR_HEADS) {
    const m = head.exec(rest);
    if (m && /^(?:\s|,|$)/.test(rest.slice(m[0].length))) {
      const extra = /^\s+(also|further|again)\b/i.exec(rest.slice(m[0].length))?.[0] ?? '';
      return { phrase: (opener + m[0] + extra).trim(), relation };
    }
  }
  const word = /^[\p{L}-]+/u.exec(rest)?.[0] ?? rest.split(/\s/)[0];
  return { phrase: (opener + word).trim(), relation: 'OTHER' };
}

/** The clauses of a paragraph: the opening one and any joined by "and <verb>"; with addressees for operative verbs. */
export function classifyClauses(text: string, kind: 'PREAMBULAR' | 'OPERATIVE'): ParsedClause[] {
  const starts = [0];
  for (const m of text.matchAll(kind === 'OPERATIVE' ? OPERATIVE_JOINERS : PREAMBULAR_JOINERS)) starts.push(m.index! + m[0].length);
  return starts.map((start, i) => {
    const segment = text.slice(start, starts[i + 1] ?? text.length);
    const head = leadingPhrase(segment, kind);
    const clause: ParsedClause = { phrase: head.phrase, relation: head.relation };
    const addressee = ADDRESSED.includes(head.relation) ? addresseeOf(segment.slice(head.phrase.length)) : undefined;
    if (addressee) clause.addressee = addressee;
    return clause;
  });
}

/** "the Secretary-General to take ..." -> "the Secretary-General": the words before the first "to <verb>". */
export function addresseeOf(rest: string): string | undefined {
  const listed = /^\s*([^:;,]{1,120}):\s*\(a\)/.exec(rest);
  if (listed) return listed[1].trim();
  const m = /^\s*([\s\S]+?),?\s+to\s+(?!the\b|a\b|an\b|its\b|their\b|all\b|this\b|that\b|these\b)[a-z]+/.exec(rest);
  if (!m) return undefined;
  // "the Office of the High Commissioner, within existing resources, to prepare": the aside is not the addressee.
  const addressee = m[1].trim().replace(/,\s+(?:within existing resources|in (?:close )?(?:consultation|cooperation|coordination|collaboration) with\b.*|as appropriate|where appropriate|as a matter of priority|inter alia|upon request|if requested)$/, '');
  return addressee.length > 0 && addressee.length <= 300 && !/[;:]/.test(addressee) ? addressee : undefined;
}
