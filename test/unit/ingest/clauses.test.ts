import { addresseeOf, classifyClauses, leadingPhrase } from '../../../src/core/ingest/clauses';

/** Shapes taken from GA resolutions of the 78th session; each case is one rule of ANNOTATION.md ("Leading phrase"). */
describe('leading phrase: adverbs and manner phrases after the verb stay in the lead', () => {
  it.each([
    ['Having considered in depth the question of Western Sahara,', 'PREAMBULAR', 'Having considered in depth', 'CONSIDERS'],
    ['Noting again with appreciation the assistance offered by donor countries', 'PREAMBULAR', 'Noting again with appreciation', 'NOTES'],
    ['Recalling also its resolution 71/256 of 23 December 2016,', 'PREAMBULAR', 'Recalling also', 'RECALLS'],
    ['Recognizes with deep concern that the average length of stay', 'OPERATIVE', 'Recognizes with deep concern', 'RECOGNIZES'],
    ['Notes once again the Fund for Peace', 'OPERATIVE', 'Notes once again', 'NOTES'],
  ] as const)('"%s"', (text, kind, phrase, relation) => {
    expect(leadingPhrase(text, kind)).toEqual({ phrase, relation });
  });

  it('keeps what is expressed ("Expresses its conviction", "expressing the hope"), not what follows it', () => {
    expect(leadingPhrase('Expresses its conviction that an unbiased and fair approach', 'OPERATIVE')).toEqual({ phrase: 'Expresses its conviction', relation: 'EXPRESSES' });
    expect(leadingPhrase('Expressing the hope that peace talks will soon resume', 'PREAMBULAR')).toEqual({ phrase: 'Expressing the hope', relation: 'EXPRESSES' });
    expect(leadingPhrase('Expresses its solidarity with the people', 'OPERATIVE')).toEqual({ phrase: 'Expresses its solidarity', relation: 'EXPRESSES' });
    // Concern keeps its own relation: the family "Expressing (its) concern".
    expect(leadingPhrase('Expresses its deep concern at the situation', 'OPERATIVE').relation).toBe('CONCERNED_AT');
  });

  it('gives "objects" its own relation and leaves the preposition to the object', () => {
    expect(leadingPhrase('Strongly objects to the extraterritorial nature of those measures', 'OPERATIVE')).toEqual({ phrase: 'Strongly objects', relation: 'OBJECTS' });
    expect(leadingPhrase('Objects to the measures', 'OPERATIVE')).toEqual({ phrase: 'Objects', relation: 'OBJECTS' });
    // "objects" as a noun is no verb.
    expect(leadingPhrase('objects of the Convention', 'OPERATIVE').relation).toBe('OTHER');
  });

  it('never lets an adverb change the relation', () => {
    for (const text of ['Requests the Secretary-General', 'Also requests the Secretary-General', 'Further requests the Secretary-General', 'Requests also the Secretary-General']) {
      expect(leadingPhrase(text, 'OPERATIVE').relation).toBe('REQUESTS');
    }
  });
});

const leads = (text: string, kind: 'PREAMBULAR' | 'OPERATIVE') => classifyClauses(text, kind).map((c) => [c.phrase, c.relation]);

describe('embedded clauses', () => {
  it('splits an operative verb after a comma alone (A/RES/78/248, op. 9, 12)', () => {
    expect(
      leads(
        'Commends the Secretary-General for ensuring the availability of outreach documents in all six official languages, requests the Secretary-General to intensify his efforts, and also requests the Secretary-General to report on his efforts;',
        'OPERATIVE',
      ),
    ).toEqual([
      ['Commends', 'COMMENDS'],
      ['requests', 'REQUESTS'],
      ['also requests', 'REQUESTS'],
    ]);
    expect(leads('Reaffirms that the informal resolution of conflict is a crucial element, emphasizes that all possible use should be made of the informal system, and encourages recourse to it;', 'OPERATIVE')).toEqual([
      ['Reaffirms', 'REAFFIRMS'],
      ['emphasizes', 'EMPHASIZES'],
      ['encourages', 'ENCOURAGES'],
    ]);
  });

  it('skips "in this regard", "in this context", "for this purpose" between the joint and the verb (A/RES/78/202, 78/197, 78/113)', () => {
    const clauses = classifyClauses(
      'Underlines the fact that unilateral coercive measures are one of the major obstacles, and in this regard calls upon all States to avoid the unilateral imposition of economic coercive measures;',
      'OPERATIVE',
    );
    expect(clauses).toEqual([
      { phrase: 'Underlines', relation: 'UNDERLINES' },
      { phrase: 'calls upon', relation: 'CALLS_UPON', addressee: 'all States' },
    ]);
    expect(leads('Stresses the continuing need for impartial and objective information, and in this context highlights the role of the media;', 'OPERATIVE')).toEqual([
      ['Stresses', 'STRESSES'],
      ['highlights', 'HIGHLIGHTS'],
    ]);
    expect(leads('Decides that the Sixth Committee shall continue its consideration, and for this purpose reiterates its decision to establish a working group;', 'OPERATIVE')).toEqual([
      ['Decides', 'DECIDES'],
      ['reiterates', 'REITERATES'],
    ]);
    expect(leads('Recognizing the universal character of all human rights, and in this regard reaffirming the right to development,', 'PREAMBULAR')).toEqual([
      ['Recognizing', 'RECOGNIZES'],
      ['reaffirming', 'REAFFIRMS'],
    ]);
    expect(leads('Recognizing that unilateral coercive measures affect people, and in this regard expressing grave concern that children are affected,', 'PREAMBULAR')).toEqual([
      ['Recognizing', 'RECOGNIZES'],
      ['expressing grave concern', 'CONCERNED_AT'],
    ]);
  });

  it('splits preambular participles after a comma alone (A/RES/78/143, pp. 5; 78/113, pp. 4)', () => {
    expect(
      leads(
        'Reaffirming its resolution 70/1, the Paris Agreement, recalling the Sendai Framework for Disaster Risk Reduction 2015–2030, and recalling also its resolution 71/256, acknowledging that particular attention should be given to cities,',
        'PREAMBULAR',
      ),
    ).toEqual([
      ['Reaffirming', 'REAFFIRMS'],
      ['recalling', 'RECALLS'],
      ['recalling also', 'RECALLS'],
      ['acknowledging', 'ACKNOWLEDGES'],
    ]);
    expect(leads('Noting the constructive dialogue in the Sixth Committee, recognizing the diversity of views expressed by States, and acknowledging the need for continuing discussions,', 'PREAMBULAR')).toEqual([
      ['Noting', 'NOTES'],
      ['recognizing', 'RECOGNIZES'],
      ['acknowledging', 'ACKNOWLEDGES'],
    ]);
  });

  it('splits a stating participle inside an operative paragraph (A/RES/78/85, op. 3), not a manner phrase', () => {
    expect(leads('Welcomes the commitment of the parties to continue to show political will, noting efforts and developments since 2006;', 'OPERATIVE')).toEqual([
      ['Welcomes', 'WELCOMES'],
      ['noting', 'NOTES'],
    ]);
    expect(leads('Urges States to end the recruitment and use of children in armed conflict, taking into account Security Council resolution 1612 (2005);', 'OPERATIVE')).toEqual([['Urges', 'URGES']]);
    expect(leads('Condemns the inclusion of States in unilateral lists, considering such lists as instruments for political pressure;', 'OPERATIVE')).toEqual([['Condemns', 'CONDEMNS']]);
    expect(leads('Invites States to make the declaration provided for in article 77 of the Convention, recognizing the competence of the Committee;', 'OPERATIVE')).toEqual([['Invites', 'INVITES']]);
  });

  it('does not split a noun that looks like a verb ("requests and demands of the General Assembly", "requests for assistance")', () => {
    expect(leads('Condemns the failure of the Russian Federation to comply with the repeated requests and demands of the General Assembly;', 'OPERATIVE')).toEqual([['Condemns', 'CONDEMNS']]);
    expect(leads('Welcomes the offers of support, requests for assistance and notes verbales received;', 'OPERATIVE')).toEqual([['Welcomes', 'WELCOMES']]);
  });

  it('keeps a third-person verb in a preambular paragraph in the quoted text it belongs to', () => {
    expect(leads('Recalling that the World Conference on Human Rights, in the Vienna Declaration and Programme of Action, urges all States to guarantee the protection of all migrant workers,', 'PREAMBULAR')).toEqual([
      ['Recalling', 'RECALLS'],
    ]);
  });

  it('splits "and calls for" and "; and noting"', () => {
    expect(leads('Condemns all attacks, and calls for the immediate release of hostages;', 'OPERATIVE')).toEqual([
      ['Condemns', 'CONDEMNS'],
      ['calls for', 'CALLS_FOR'],
    ]);
    expect(leads('Recalling its resolution 77/1; and noting the report of the Secretary-General,', 'PREAMBULAR')).toEqual([
      ['Recalling', 'RECALLS'],
      ['noting', 'NOTES'],
    ]);
  });
});

describe('addressee', () => {
  it.each([
    // A/RES/78/202, op. 18 and 25; A/RES/78/35, op. 13; A/C.3/78/L.104/Rev.1, op. 2
    [' the United Nations High Commissioner for Human Rights, in discharging his functions relating to the promotion of the right, to take into account', 'the United Nations High Commissioner for Human Rights'],
    [' the Secretary-General, as depositary of the Treaty, to convene', 'the Secretary-General'],
    [' relevant United Nations bodies, respecting the relevant mandate, to continue', 'relevant United Nations bodies'],
    [' States, with the support of relevant stakeholders, to strengthen', 'States'],
    [' Member States, in accordance with the recommendations contained in the report, to act', 'Member States'],
    // the negation goes with the verb (A/RES/78/202, op. 4 and 5)
    [' all States not to adopt any unilateral measures', 'all States'],
    [' all Member States neither to recognize those measures nor to apply them', 'all Member States'],
    // a fixed phrase (A/RES/78/35, op. 12) and an aside between "to" and its verb
    [' those States in a position to do so to provide assistance', 'those States in a position to do so'],
    [' Member States to, as appropriate, employ different models of legal aid', 'Member States'],
    // a list goes on after "as well as" and "including"
    [' all Member States, as well as civil society, including non-governmental organizations, to cooperate', 'all Member States, as well as civil society, including non-governmental organizations'],
  ])('"%s" is addressed to "%s"', (rest, addressee) => {
    expect(addresseeOf(rest)).toBe(addressee);
  });
});
