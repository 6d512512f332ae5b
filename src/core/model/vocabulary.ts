/**
 * The controlled vocabularies of the graph. Each list is the single source for the GraphQL enums,
 * the loaders' validation and the README's tables.
 */

/**
 * What a clause does to what it cites, from the leading phrase of the clause (UN Editorial Manual). One relation per
 * verb: adverbs ("also", "further", "strongly") and manner phrases ("with concern") never change it, and synonyms are
 * not merged ("Stressing" is STRESSES, not EMPHASIZES). Each value lists the phrases that map to it.
 */
export const CLAUSE_RELATIONS = {
  ACKNOWLEDGES: 'acknowledging, acknowledges (with appreciation)',
  ACTS: 'acting (under, in accordance with)',
  ADOPTS: 'adopts, having adopted',
  AFFIRMS: 'affirming, affirms',
  AGREES: 'agrees',
  AIMS: 'aiming',
  ALARMED_BY: 'alarmed, deeply alarmed (at, by)',
  ANTICIPATES: 'anticipates',
  APPALLED_BY: 'appalled',
  APPEALS: 'appeals (to)',
  APPRECIATES: 'appreciating, appreciates, expressing/expresses (its) appreciation',
  APPROPRIATES: 'appropriates (budget texts)',
  APPROVES: 'approves',
  AUTHORIZES: 'authorizes',
  AWARE_OF: 'aware (of), fully aware',
  BEARS_IN_MIND: 'bearing in mind, bearing also in mind',
  BELIEVES: 'believing',
  CALLS_ATTENTION: 'calls attention (to), calling attention (to)',
  CALLS_FOR: 'calls for, calling for',
  CALLS_UPON: 'calls upon, calls on, calls again upon, calling upon',
  COGNIZANT_OF: 'cognizant (of)',
  COMMEMORATES: 'commemorating',
  COMMENDS: 'commending, commends',
  COMMITS: 'commits, recommits, committing',
  COMMITTED: 'committed, firmly committed',
  CONCERNED_AT: 'concerned (at, about, by, that), deeply/gravely concerned, expressing/expresses (its deep) concern',
  CONDEMNS: 'condemning, condemns, strongly condemns',
  CONFIRMS: 'confirming, confirms, reconfirming, reconfirms',
  CONGRATULATES: 'congratulates',
  CONSCIOUS_OF: 'conscious (of)',
  CONSIDERS: 'considering, considers, having considered, is of the view',
  CONVINCED: 'convinced, deeply convinced',
  DECIDES: 'decides',
  DECLARES: 'declares',
  DEMANDS: 'demands',
  DEPLORES: 'deploring, deplores',
  DESIRES: 'desiring, desirous of',
  DETERMINED: 'determined',
  DETERMINES: 'determines',
  DIRECTS: 'directs',
  DISAPPOINTED_BY: 'disappointed, deeply disappointed',
  DISMAYED_BY: 'dismayed',
  DISTURBED_BY: 'disturbed, deeply disturbed',
  DRAWS_ATTENTION: 'draws (the) attention (of)',
  EMPHASIZES: 'emphasizing, emphasizes, re-emphasizing',
  ENCOURAGED_BY: 'encouraged by',
  ENCOURAGES: 'encourages, encouraging',
  ENDORSES: 'endorses',
  EXAMINES: 'having examined',
  EXHORTS: 'exhorts',
  EXPRESSES: 'expressing, expresses (anything else than concern, appreciation, gratitude, support, regret, satisfaction)',
  EXPRESSES_GRATITUDE: 'expressing/expresses (its) gratitude',
  EXPRESSES_SATISFACTION: 'expressing/expresses (its) satisfaction',
  EXTENDS: 'extends',
  GUIDED_BY: 'guided by, guided also by',
  HAS_REGARD_TO: 'having regard to',
  HEARS: 'having heard',
  HIGHLIGHTS: 'highlighting, highlights',
  HONOURS: 'honouring',
  INSISTS: 'insists',
  INVITES: 'invites, inviting',
  KEEPS_IN_MIND: 'keeping in mind',
  LISTENS: 'having listened (to)',
  LOOKS_FORWARD: 'looking forward (to), looks forward (to)',
  MARKS: 'marking',
  MINDFUL_OF: 'mindful (of)',
  NOTES: 'noting, notes, noting with concern, notes with appreciation',
  OBJECTS: 'objects (to), strongly objects, objecting (to)',
  OBSERVES: 'observing',
  OUTRAGED_BY: 'outraged',
  PAYS_TRIBUTE: 'pays tribute (to)',
  PRAISES: 'praising',
  PREOCCUPIED_BY: 'preoccupied',
  PROCLAIMS: 'proclaims',
  REAFFIRMS: 'reaffirming, reaffirms',
  REALIZES: 'realizing, realizes',
  REASSERTS: 'reasserting, reasserts',
  RECALLS: 'recalling, recalls',
  RECEIVES: 'having received',
  RECOGNIZES: 'recognizing, recognizes',
  RECOMMENDS: 'recommends',
  REGRETS: 'regretting, regrets, expressing/expresses (its) regret',
  REITERATES: 'reiterating, reiterates',
  REJECTS: 'rejects',
  REMINDS: 'reminds',
  RENEWS: 'renews, renewing',
  REQUESTS: 'requests, also requests',
  REQUIRES: 'requires',
  RESOLVED: 'resolved',
  RESOLVES: 'resolves',
  RESPECTS: 'respects',
  REVIEWS: 'having reviewed',
  SADDENED_BY: 'saddened',
  SEEKS: 'seeking',
  SEIZED_OF: 'seized of',
  SHARES: 'sharing',
  SHOCKED_BY: 'shocked',
  SOLICITS: 'solicits',
  STRESSES: 'stressing, stresses',
  STRIVES: 'strives',
  SUGGESTS: 'suggests',
  SUPPORTS: 'supporting, supports, expressing/expresses (its) support',
  TAKES_INTO_ACCOUNT: 'taking into account, takes into account',
  TAKES_INTO_CONSIDERATION: 'taking into consideration',
  TAKES_NOTE: 'taking note (of), takes note (of), takes note with appreciation of',
  TROUBLED_BY: 'troubled',
  TRUSTS: 'trusting, trusts',
  UNDERLINES: 'underlining, underlines',
  UNDERSCORES: 'underscoring, underscores',
  UNDERSTANDS: 'understands',
  UNDERTAKES: 'undertakes',
  URGES: 'urges, urging',
  WELCOMES: 'welcoming, welcomes',
  WISHES: 'wishing',
  WORRIED_BY: 'worried',
  OTHER: 'a leading phrase outside this vocabulary; the exact phrase is kept',
} as const;

export type ClauseRelation = keyof typeof CLAUSE_RELATIONS;
export const CLAUSE_RELATION_NAMES = Object.keys(CLAUSE_RELATIONS) as ClauseRelation[];

/** The node types (Neo4j labels) a citation can point at. */
export const ENTITY_TYPES = ['Resolution', 'Document', 'Instrument', 'Body', 'Provision', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * TREATY and AGREEMENT keep the name a treaty gives itself (the NPT, the Paris Agreement); OUTCOME_DOCUMENT is a
 * conference's or summit's programme, agenda or framework (the Addis Ababa Action Agenda, the Sendai Framework);
 * STANDARDS are rules, principles and guidelines (the Nelson Mandela Rules, the Guiding Principles).
 */
export const INSTRUMENT_KINDS = [
  'CHARTER',
  'DECLARATION',
  'COVENANT',
  'CONVENTION',
  'TREATY',
  'AGREEMENT',
  'PROTOCOL',
  'ILO_CONVENTION',
  'ILO_RECOMMENDATION',
  'OUTCOME_DOCUMENT',
  'STANDARDS',
  'OTHER',
] as const;
export const BODY_KINDS = [
  'PRINCIPAL_ORGAN',
  'SUBSIDIARY_ORGAN',
  'FUNCTIONAL_COMMISSION',
  'TREATY_BODY',
  'SPECIAL_PROCEDURE',
  'SECRETARIAT',
  'OFFICE',
  'CONFERENCE',
  'SPECIALIZED_AGENCY',
  'AGENCY_ORGAN',
  'PROGRAMME',
  /** States, Member States, States parties, Governments: many actors named together, never one organization. */
  'COLLECTIVE',
  'OTHER',
] as const;
export const DOCUMENT_KINDS = ['RESOLUTION', 'DECISION', 'REPORT', 'DRAFT', 'CONFERENCE_OUTCOME', 'OTHER'] as const;
export const EVENT_KINDS = ['MEETING', 'SESSION', 'ENTRY_INTO_FORCE', 'CONFERENCE', 'OTHER'] as const;
export const PARAGRAPH_KINDS = ['PREAMBULAR', 'OPERATIVE'] as const;
export const CITATION_ROLES = ['MENTION', 'ADDRESSEE'] as const;
export const VOTING_OUTCOMES = ['WITHOUT_VOTE', 'RECORDED_VOTE', 'CONSENSUS', 'UNKNOWN'] as const;

/** Relationship types between entities that the loaders may write; anything else is refused. */
export const LINK_TYPES = [
  'PART_OF',
  'ESTABLISHED_BY',
  'SUCCEEDED_BY',
  'MONITORED_BY',
  'ADOPTED_IN',
  'ADOPTED_BY',
  'ADOPTED_AT',
  'IN_SESSION',
  'HELD_BY',
  'CONCERNS',
  'AUTHORED_BY',
  'REPORTED_IN',
  'ABOUT',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];
export type BodyKind = (typeof BODY_KINDS)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];
export type CitationRole = (typeof CITATION_ROLES)[number];
export type VotingOutcome = (typeof VOTING_OUTCOMES)[number];
