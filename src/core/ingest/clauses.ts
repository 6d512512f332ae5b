import { ClauseRelation } from '../model/vocabulary';
import { ParsedClause } from './parsed-resolution';

/** "with (deep) concern", "with appreciation": a manner phrase that stays in the lead and never changes the relation. */
const MANNER = String.raw`(?: with (?:(?:deep|grave|great|serious|particular|profound|sincere|utmost|special|keen)\s+)?(?:concern|appreciation|satisfaction|interest|regret|alarm|gratitude))?`;
/** An adverb inside an idiom: "Guided also by", "Bearing also in mind", "Taking note also of". */
const ALSO = String.raw`(?: (?:also|further|again|once again|in particular))?`;
const CONCERN = String.raw`(?:its |their )?(?:(?:deep|grave|serious|profound|great|strong|utmost|particular|continued|continuing)\s+)*concern`;
/** What a State "expresses" beyond concern, appreciation, support, regret and satisfaction: the noun stays in the lead. */
const EXPRESSED = String.raw`(?:its |their |the )?(?:(?:deep|deepest|firm|sincere|earnest|full|strong|profound|great|serious|grave|heartfelt|continued)\s+)*(?:conviction|hope|solidarity|condolences|sympathy|determination|commitment|readiness|willingness|wish|desire|belief|view|outrage|alarm|dismay|disappointment|sorrow|thanks|confidence|indignation|resolve|intention)`;
const FEELINGS: [string, ClauseRelation][] = [
  ['concerned', 'CONCERNED_AT'],
  ['preoccupied', 'PREOCCUPIED_BY'],
  ['disturbed', 'DISTURBED_BY'],
  ['troubled', 'TROUBLED_BY'],
  ['worried', 'WORRIED_BY'],
  ['dismayed', 'DISMAYED_BY'],
  ['shocked', 'SHOCKED_BY'],
  ['appalled', 'APPALLED_BY'],
  ['outraged', 'OUTRAGED_BY'],
  ['saddened', 'SADDENED_BY'],
  ['disappointed', 'DISAPPOINTED_BY'],
  ['alarmed', 'ALARMED_BY'],
];
const FEELING_INTENSITY = '(?:(?:deeply|gravely|seriously|profoundly|extremely|greatly|particularly|most|very) )?';

/**
 * Heads of leading phrases and the relation each maps to, one relation per verb (ANNOTATION.md): adverbs and manner
 * phrases ("Strongly", "also", "with concern") never change it, synonyms are never merged ("Stressing" is STRESSES,
 * not EMPHASIZES). Preambular participles and adjectives; the longer idioms first.
 */
const PREAMBULAR_HEADS: [RegExp, ClauseRelation][] = [
  [new RegExp(`^guided${ALSO} by`, 'i'), 'GUIDED_BY'],
  [new RegExp(`^bearing${ALSO} in mind`, 'i'), 'BEARS_IN_MIND'],
  [new RegExp(`^keeping${ALSO} in mind`, 'i'), 'KEEPS_IN_MIND'],
  [new RegExp(`^taking${ALSO} note${ALSO}${MANNER}${ALSO}(?: of)?`, 'i'), 'TAKES_NOTE'],
  [new RegExp(`^taking${ALSO} into account`, 'i'), 'TAKES_INTO_ACCOUNT'],
  [new RegExp(`^taking${ALSO} into consideration`, 'i'), 'TAKES_INTO_CONSIDERATION'],
  [new RegExp(`^noting${MANNER}`, 'i'), 'NOTES'],
  // The object's preposition or "that" is not part of the lead (ANNOTATION.md): "Deeply concerned", "Expressing its concern".
  ...FEELINGS.map(([word, relation]): [RegExp, ClauseRelation] => [new RegExp(`^${FEELING_INTENSITY}${word}`, 'i'), relation]),
  [new RegExp(`^expressing ${CONCERN}`, 'i'), 'CONCERNED_AT'],
  [/^(?:fully )?aware(?: of)?/i, 'AWARE_OF'],
  [/^(?:fully )?cognizant(?: of)?/i, 'COGNIZANT_OF'],
  [/^mindful(?: of)?/i, 'MINDFUL_OF'],
  [/^conscious(?: of)?/i, 'CONSCIOUS_OF'],
  [/^(?:firmly |deeply |strongly )?convinced/i, 'CONVINCED'],
  [/^(?:firmly )?determined/i, 'DETERMINED'],
  [/^(?:firmly )?committed/i, 'COMMITTED'],
  [/^resolved/i, 'RESOLVED'],
  [/^encouraged by/i, 'ENCOURAGED_BY'],
  [/^reaffirming/i, 'REAFFIRMS'],
  [/^reasserting/i, 'REASSERTS'],
  [/^affirming/i, 'AFFIRMS'],
  [/^believing/i, 'BELIEVES'],
  [/^recalling/i, 'RECALLS'],
  [/^reiterating/i, 'REITERATES'],
  [/^considering/i, 'CONSIDERS'],
  [new RegExp(`^having${ALSO} considered`, 'i'), 'CONSIDERS'],
  [new RegExp(`^having${ALSO} examined`, 'i'), 'EXAMINES'],
  [new RegExp(`^having${ALSO} reviewed`, 'i'), 'REVIEWS'],
  [new RegExp(`^having${ALSO} heard`, 'i'), 'HEARS'],
  [new RegExp(`^having${ALSO} received`, 'i'), 'RECEIVES'],
  [new RegExp(`^having${ALSO} adopted`, 'i'), 'ADOPTS'],
  [/^having regard to/i, 'HAS_REGARD_TO'],
  [new RegExp(`^acknowledging${MANNER}`, 'i'), 'ACKNOWLEDGES'],
  [/^recognizing/i, 'RECOGNIZES'],
  [/^realizing/i, 'REALIZES'],
  [/^(?:re-?emphasizing|emphasizing)/i, 'EMPHASIZES'],
  [/^stressing/i, 'STRESSES'],
  [/^underlining/i, 'UNDERLINES'],
  [/^underscoring/i, 'UNDERSCORES'],
  [/^highlighting/i, 'HIGHLIGHTS'],
  [new RegExp(`^welcoming${ALSO}${MANNER}`, 'i'), 'WELCOMES'],
  [/^expressing (?:its |their )?(?:(?:deep|sincere|profound|great|full)\s+)?appreciation(?: (?:for|to|of))?/i, 'APPRECIATES'],
  [/^appreciating/i, 'APPRECIATES'],
  [/^commending/i, 'COMMENDS'],
  [/^expressing (?:its |their )?(?:(?:deep|sincere|profound|great)\s+)?gratitude(?: (?:for|to))?/i, 'EXPRESSES_GRATITUDE'],
  [/^expressing (?:its |their )?(?:(?:deep|sincere|profound|great|full|strong|firm)\s+)?support(?: (?:for|to))?/i, 'SUPPORTS'],
  [/^expressing (?:its |their )?(?:(?:deep|sincere|profound)\s+)?regret/i, 'REGRETS'],
  [/^expressing (?:its |their )?(?:(?:deep|great)\s+)?satisfaction/i, 'EXPRESSES_SATISFACTION'],
  [new RegExp(`^expressing ${EXPRESSED}`, 'i'), 'EXPRESSES'],
  [/^expressing/i, 'EXPRESSES'],
  [/^condemning/i, 'CONDEMNS'],
  [/^deploring/i, 'DEPLORES'],
  [/^regretting/i, 'REGRETS'],
  [new RegExp(`^looking forward${ALSO}(?: to)?`, 'i'), 'LOOKS_FORWARD'],
  [/^observing/i, 'OBSERVES'],
  [/^(?:desiring|desirous of)/i, 'DESIRES'],
  [/^wishing/i, 'WISHES'],
  [/^acting/i, 'ACTS'],
  [/^reaffirming/i, 'REAFFIRMS'],
  [/^supporting/i, 'SUPPORTS'],
  [/^urging/i, 'URGES'],
  [/^objecting(?= to\b)/i, 'OBJECTS'],
  [/^encouraging/i, 'ENCOURAGES'],
  [/^calling (?:upon|on)/i, 'CALLS_UPON'],
  [/^calling for/i, 'CALLS_FOR'],
  [/^inviting/i, 'INVITES'],
  [/^commemorating/i, 'COMMEMORATES'],
  [/^confirming/i, 'CONFIRMS'],
  [/^seeking/i, 'SEEKS'],
  [/^sharing/i, 'SHARES'],
  [/^trusting/i, 'TRUSTS'],
  [/^honouring/i, 'HONOURS'],
  // "Remaining deeply concerned", "Being gravely concerned", "Ever mindful": the state goes on; the adjective decides.
  [new RegExp(`^(?:remaining|being) ${FEELING_INTENSITY}concerned`, 'i'), 'CONCERNED_AT'],
  [/^ever mindful(?: of)?/i, 'MINDFUL_OF'],
  [/^reconfirming/i, 'CONFIRMS'],
  [/^renewing/i, 'RENEWS'],
  [/^praising/i, 'PRAISES'],
  [/^marking/i, 'MARKS'],
  [/^aiming/i, 'AIMS'],
  [/^seized of/i, 'SEIZED_OF'],
  [/^calling(?: also)? attention(?: also)?(?: to)?/i, 'CALLS_ATTENTION'],
  [/^having listened(?: to)?/i, 'LISTENS'],
  [/^(?:re)?committing/i, 'COMMITS'],
  [/^underlining/i, 'UNDERLINES'],
];

const OPERATIVE_HEADS: [RegExp, ClauseRelation][] = [
  [new RegExp(`^acknowledges${MANNER}`, 'i'), 'ACKNOWLEDGES'],
  [new RegExp(`^welcomes${MANNER}`, 'i'), 'WELCOMES'],
  [new RegExp(`^takes${ALSO} note${ALSO}${MANNER}${ALSO}(?: of)?`, 'i'), 'TAKES_NOTE'],
  [new RegExp(`^takes${ALSO} into account`, 'i'), 'TAKES_INTO_ACCOUNT'],
  [new RegExp(`^notes${MANNER}`, 'i'), 'NOTES'],
  [/^calls (?:again |once again |also |further |further again |once more |upon once again )?(?:upon|on)/i, 'CALLS_UPON'],
  [/^calls (?:again |once again |also |further )?for/i, 'CALLS_FOR'],
  [/^requests/i, 'REQUESTS'],
  [/^urges/i, 'URGES'],
  [/^invites/i, 'INVITES'],
  [/^encourages/i, 'ENCOURAGES'],
  [/^decides/i, 'DECIDES'],
  [/^reaffirms/i, 'REAFFIRMS'],
  [/^reasserts/i, 'REASSERTS'],
  [/^affirms/i, 'AFFIRMS'],
  [/^recalls/i, 'RECALLS'],
  [/^reiterates/i, 'REITERATES'],
  [/^recognizes/i, 'RECOGNIZES'],
  [/^realizes/i, 'REALIZES'],
  [/^(?:re-?emphasizes|emphasizes)/i, 'EMPHASIZES'],
  [/^stresses/i, 'STRESSES'],
  [/^underlines/i, 'UNDERLINES'],
  [/^underscores/i, 'UNDERSCORES'],
  [/^highlights/i, 'HIGHLIGHTS'],
  [/^expresses (?:its |their )?(?:(?:deep|sincere|profound|great|full)\s+)?appreciation(?: (?:for|to|of))?/i, 'APPRECIATES'],
  [/^appreciates/i, 'APPRECIATES'],
  [new RegExp(`^expresses ${CONCERN}`, 'i'), 'CONCERNED_AT'],
  [/^expresses (?:its |their )?(?:(?:deep|sincere|profound|great)\s+)?gratitude(?: (?:for|to))?/i, 'EXPRESSES_GRATITUDE'],
  [/^expresses (?:its |their )?(?:(?:deep|sincere|profound|great|full|strong|firm)\s+)?support(?: (?:for|to))?/i, 'SUPPORTS'],
  [/^expresses (?:its |their )?(?:(?:deep|sincere|profound)\s+)?regret/i, 'REGRETS'],
  [/^expresses (?:its |their )?(?:(?:deep|great)\s+)?satisfaction/i, 'EXPRESSES_SATISFACTION'],
  [new RegExp(`^expresses ${EXPRESSED}`, 'i'), 'EXPRESSES'],
  [/^expresses/i, 'EXPRESSES'],
  [/^condemns/i, 'CONDEMNS'],
  [/^deplores/i, 'DEPLORES'],
  [/^regrets/i, 'REGRETS'],
  [/^commends/i, 'COMMENDS'],
  [/^appeals(?: to)?/i, 'APPEALS'],
  [/^endorses/i, 'ENDORSES'],
  [/^supports/i, 'SUPPORTS'],
  [/^adopts/i, 'ADOPTS'],
  [/^approves/i, 'APPROVES'],
  [/^authorizes/i, 'AUTHORIZES'],
  [/^considers/i, 'CONSIDERS'],
  [/^demands/i, 'DEMANDS'],
  [/^recommends/i, 'RECOMMENDS'],
  [/^declares/i, 'DECLARES'],
  [/^proclaims/i, 'PROCLAIMS'],
  [/^resolves/i, 'RESOLVES'],
  [/^reminds/i, 'REMINDS'],
  [/^renews/i, 'RENEWS'],
  [/^insists/i, 'INSISTS'],
  [/^exhorts/i, 'EXHORTS'],
  [/^appropriates/i, 'APPROPRIATES'],
  [/^agrees/i, 'AGREES'],
  [/^congratulates/i, 'CONGRATULATES'],
  [/^pays tribute(?: to)?/i, 'PAYS_TRIBUTE'],
  [/^(?:re)?commits/i, 'COMMITS'],
  [/^confirms/i, 'CONFIRMS'],
  [/^rejects/i, 'REJECTS'],
  // "Strongly objects to the extraterritorial nature ...": the preposition goes with the object.
  [/^objects(?= to\b)/i, 'OBJECTS'],
  [/^draws (?:the )?attention(?: of)?/i, 'DRAWS_ATTENTION'],
  [new RegExp(`^looks forward${ALSO}(?: to)?`, 'i'), 'LOOKS_FORWARD'],
  [/^(?:is|remains) of the view/i, 'CONSIDERS'],
  [/^remains (?:(?:deeply|gravely|seriously) )?concerned/i, 'CONCERNED_AT'],
  [/^remains (?:deeply |firmly )?convinced/i, 'CONVINCED'],
  [/^determines/i, 'DETERMINES'],
  [/^trusts/i, 'TRUSTS'],
  [/^reconfirms/i, 'CONFIRMS'],
  [/^suggests/i, 'SUGGESTS'],
  [/^undertakes/i, 'UNDERTAKES'],
  [/^strives/i, 'STRIVES'],
  [/^respects/i, 'RESPECTS'],
  [/^understands/i, 'UNDERSTANDS'],
  [/^anticipates/i, 'ANTICIPATES'],
  [/^calls(?: also)? attention(?: also)?(?: to)?/i, 'CALLS_ATTENTION'],
  // "Calls, in this context, for dialogue": the words between the verb and its particle stay out of the lead.
  [/^calls(?=,[^,;]{1,60},\s+for\b)/i, 'CALLS_FOR'],
  [/^calls(?=,[^,;]{1,60},\s+(?:upon|on)\b)/i, 'CALLS_UPON'],
  [/^directs/i, 'DIRECTS'],
  [/^solicits/i, 'SOLICITS'],
  [/^requires/i, 'REQUIRES'],
  [/^extends/i, 'EXTENDS'],
];

/** Adverbs that may open a leading phrase ("Also requests", "Deeply concerned", "Further invites"). */
const OPENERS = /^(?:(?:also|further|again|once again|strongly|firmly|deeply|gravely|warmly|fully|furthermore|moreover|in addition|urgently|unequivocally|equally|once more|most)\s+)*/i;
/** Relations whose clause names an addressee ("Requests the Secretary-General to ..."). */
const ADDRESSED: ClauseRelation[] = ['REQUESTS', 'CALLS_UPON', 'URGES', 'INVITES', 'ENCOURAGES', 'APPEALS', 'AUTHORIZES', 'DIRECTS', 'EXHORTS', 'REMINDS'];

/**
 * Words that may stand between the joint and an embedded verb and belong to neither clause ("and in this regard
 * requests", "and for this purpose reiterates"). Adverbs of the verb itself ("and also requests") are not here: they
 * open the lead.
 */
const LINK = String.raw`(?:(?:in this regard|in that regard|in this context|in that context|in this respect|in that respect|for this purpose|for that purpose|to this end|to that end|in this connection|accordingly|therefore|in particular)\s*,?\s+)?`;
const ADVERBS = String.raw`(?:(?:also|further|strongly|again|once again|once more|firmly|deeply|fully|equally)\s+)*`;
/** Words that are nouns as often as verbs ("requests for assistance", "notes verbales"): not a verb before these. */
const NOT_A_VERB = String.raw`(?!\s+(?:for|from|by|made|received|submitted|of|and|or|verbales|to|contained|addressed)\b)`;
/** Operative verbs (third person) that open an embedded clause. */
const OPERATIVE_VERBS = String.raw`(?:takes note|(?:notes|requests|supports|demands)${NOT_A_VERB}|welcomes|calls (?:again |once again |also |further )?(?:upon|on)|urges|invites|encourages|decides|reaffirms|recalls|emphasizes|stresses|underlines|underscores|highlights|expresses|commends|appeals to|recommends|acknowledges|recognizes|endorses|condemns|deplores|declares|reiterates|approves|authorizes|looks forward|rejects|objects to|affirms|regrets|reminds|insists|agrees|appreciates|deplores|exhorts)`;
/** Participles that open a clause of their own wherever they follow a comma: verbs of saying and of attitude. */
const STATING_PARTICIPLES = String.raw`(?:noting|recalling|reaffirming|reiterating|stressing|emphasizing|re-emphasizing|underlining|underscoring|highlighting|welcoming|acknowledging|expressing|condemning|deploring|commending)`;
/**
 * Participles that follow a comma as often as a manner phrase of the clause before ("..., taking into account the
 * views of States", "..., considering such lists as instruments", "..., recognizing the competence of the
 * Committee"): a clause of their own only after "and" (and, in a preambular paragraph, "recognizing" after a comma too).
 */
const OTHER_PARTICIPLES = String.raw`(?:recognizing|considering|bearing in mind|keeping in mind|taking note|taking into account|affirming|looking forward|(?:deeply |gravely |seriously )?(?:alarmed|concerned|convinced|disturbed))`;
/** A joint: "and" (with or without a comma), or a comma or semicolon alone. */
const joiner = (afterAnd: string, afterComma: string) =>
  new RegExp(String.raw`(?:(?:,|;)?\s+and,?\s+${LINK}(?=${ADVERBS}${afterAnd}\b)|(?:,|;)\s+${LINK}(?=${ADVERBS}${afterComma}\b))`, 'g');
const OPERATIVE_JOINERS = joiner(`(?:${OPERATIVE_VERBS}|calls (?:again |once again |also |further )?for|${STATING_PARTICIPLES})`, `(?:${OPERATIVE_VERBS}|${STATING_PARTICIPLES})`);
const PREAMBULAR_JOINERS = joiner(`(?:${STATING_PARTICIPLES}|${OTHER_PARTICIPLES})`, `(?:${STATING_PARTICIPLES}|recognizing)`);

/** What may follow the verb and still belong to the lead: an adverb, then a manner phrase. */
const AFTER_VERB = new RegExp(String.raw`^(?:\s+(?:also|further|again|once more|once again|in depth))?${MANNER}(?=\s|,|$)`, 'i');

/**
 * The heads to try for a text, in their order of precedence: only those that can match its first letter (and those
 * that start with a group). Trying all of them on every line was most of the layout's time.
 */
const HEADS_BY_LETTER = new Map<string, [RegExp, ClauseRelation][]>();
function headsFor(kind: 'PREAMBULAR' | 'OPERATIVE', rest: string): [RegExp, ClauseRelation][] {
  const letter = rest.charAt(0).toLowerCase();
  const key = `${kind}:${letter}`;
  let heads = HEADS_BY_LETTER.get(key);
  if (!heads) {
    const all = kind === 'OPERATIVE' ? [...OPERATIVE_HEADS, ...PREAMBULAR_HEADS] : [...PREAMBULAR_HEADS, ...OPERATIVE_HEADS];
    heads = all.filter(([head]) => {
      const first = /^\^([a-z])/i.exec(head.source)?.[1];
      return first === undefined || first.toLowerCase() === letter;
    });
    HEADS_BY_LETTER.set(key, heads);
  }
  return heads;
}

/** "encourage" -> "encourages" (operative), "underline" -> "underlining" (preambular): the form the heads know. */
function thirdPerson(word: string, kind: 'PREAMBULAR' | 'OPERATIVE'): string {
  if (kind === 'PREAMBULAR') return word.replace(/e?$/, 'ing');
  return /(?:s|sh|ch|x|z)$/.test(word) ? `${word}es` : `${word}s`;
}

/** The head phrase at the start of `text` (a paragraph or a clause) and its relation; OTHER with the first word if unknown. */
export function leadingPhrase(text: string, kind: 'PREAMBULAR' | 'OPERATIVE'): { phrase: string; relation: ClauseRelation } {
  const opener = OPENERS.exec(text)?.[0] ?? '';
  const rest = text.slice(opener.length);
  // "Continues to encourage", "Continuing to underline": the verb after "continue to" is the clause's.
  const continued = /^(?:continues|continuing) to (?=[a-z])/i.exec(rest);
  if (continued) {
    const verb = rest.slice(continued[0].length);
    const inner = leadingPhrase(verb.replace(/^(\w+)/, (w) => thirdPerson(w, kind)), kind);
    if (inner.relation !== 'OTHER') {
      const words = inner.phrase.split(' ').length;
      return { phrase: (opener + continued[0] + verb.split(' ').slice(0, words).join(' ')).trim(), relation: inner.relation };
    }
  }
  // A text's own kind first; a single paragraph may open with the other kind's verb ("Adopts the declaration ...").
  for (const [head, relation] of headsFor(kind, rest)) {
    const m = head.exec(rest);
    // "Decides:" / "(a) To include ...": a colon may follow the verb.
    if (m && /^(?:\s|,|:|$)/.test(rest.slice(m[0].length))) {
      // Adverbs and a manner phrase after the verb stay in the lead: "Recalling also", "Having considered in depth",
      // "Noting again with appreciation".
      const extra = AFTER_VERB.exec(rest.slice(m[0].length))?.[0] ?? '';
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
    const addressee = kind === 'OPERATIVE' && ADDRESSED.includes(head.relation) ? addresseeOf(segment.slice(head.phrase.length)) : undefined;
    if (addressee) clause.addressee = addressee;
    return clause;
  });
}

/** "the Secretary-General to take ..." -> "the Secretary-General": the words before the first "to <verb>". */
export function addresseeOf(rest: string): string | undefined {
  const listed = /^\s*([^:;,]{1,120}):\s*\(a\)/.exec(rest);
  if (listed) return listed[1].trim();
  // "all States not to adopt", "all Member States neither to recognize": the negation goes with the verb; "those States
  // in a position to do so" keeps its fixed phrase; "Member States to, as appropriate, employ" ends at "to".
  const m = /^\s*([\s\S]+?)(?<!\bin a position),?\s+(?:not\s+|neither\s+|never\s+)?to(?:,\s+[^,;]{1,40},)?\s+(?!the\b|a\b|an\b|its\b|their\b|all\b|this\b|that\b|these\b)[a-z]+/.exec(rest);
  if (!m) return undefined;
  let addressee = m[1].trim();
  // An aside after a comma is not the addressee: "the Office of the High Commissioner, within existing resources, to
  // prepare", "the High Commissioner, in discharging his functions ..., to", "relevant bodies, respecting the relevant
  // mandate, to", "the Secretary-General, as depositary of the Treaty, to". A list goes on ("as well as civil society,
  // including non-governmental organizations").
  const aside = /,\s+(?:in (?:close )?(?:consultation|cooperation|coordination|collaboration) with\b|in [a-z]+ing\b|(?!including\b|especially\b|notably\b|concerning\b)[a-z]+ing\b|as (?!well as\b)|in (?:accordance|line) with\b|subject to\b|on an? [a-z]+ basis\b|within\b|with\b|where\b|when\b|if\b|upon\b|inter alia\b)/.exec(addressee);
  if (aside) addressee = addressee.slice(0, aside.index);
  return addressee.length > 0 && addressee.length <= 300 && !/[;:]/.test(addressee) ? addressee : undefined;
}
