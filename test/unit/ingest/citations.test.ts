import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { extractMentions, TextContext } from '../../../src/core/ingest/citations';
import { shortBodyNames } from '../../../src/core/ingest/bodies';
import { classifyClauses, leadingPhrase } from '../../../src/core/ingest/clauses';
import { authorOf, documentsNamedAgain, FootnotedDocument, footnoteDocuments, stripMarkers } from '../../../src/core/ingest/footnotes';
import { ORGANS } from '../../../src/core/ingest/organs';
import { provisionNumbers, provisions } from '../../../src/core/ingest/provisions';
import { DATA_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const organ = (key: string) => ORGANS.find((o) => o.key === key)!;
const context = (key = 'ga'): TextContext => ({ organ: organ(key), index, discovered: new Map() });
const targets = (text: string, ctx = context()) => extractMentions(text, ctx).flatMap((m) => m.targets);
const pairs = (text: string, ctx = context()) => extractMentions(text, ctx).flatMap((m) => m.targets.map((t) => [t, m.quote]));

describe('provisions', () => {
  it('expands ranges and reads lists across provisions', () => {
    expect(provisionNumbers('3 to 5')).toEqual(['3', '4', '5']);
    expect(provisionNumbers('12, paragraph 2, and 15')).toEqual(['12', '15']);
    expect(provisionNumbers('1-3 and 7')).toEqual(['1', '2', '3', '7']);
    expect(provisionNumbers('24 and 27')).toEqual(['24', '27']);
  });

  // The parent a provision's words name is cited too (ANNOTATION.md: one citation per (kind, target); docs/extraction.md).
  it('cites each article of a range and of a list with a paragraph inside it, and the instrument they belong to', () => {
    expect(targets('Recalling articles 1 to 3 of the International Covenant on Civil and Political Rights,')).toEqual([
      'instrument:iccpr:article-1',
      'instrument:iccpr:article-2',
      'instrument:iccpr:article-3',
      'instrument:iccpr',
    ]);
    expect(targets('in accordance with articles 12, paragraph 2, and 15 of the International Covenant on Economic, Social and Cultural Rights,')).toEqual([
      'instrument:icescr:article-12',
      'instrument:icescr:article-15',
      'instrument:icescr',
    ]);
    expect(targets('Recalling article 2, paragraph 1, of the International Covenant on Civil and Political Rights,')).toEqual(['instrument:iccpr:article-2', 'instrument:iccpr']);
  });

  it('cites the parent named in a provision\'s words, but not the one "thereof" points back to (A/RES/78/2, A/RES/78/248, A/RES/78/202)', () => {
    expect(pairs('Reaffirming the obligation of Member States under Article 17 of the Charter of the United Nations to bear the expenses of the Organization,')).toEqual([
      ['body:member-states', 'Member States'],
      ['instrument:un-charter:article-17', 'Article 17 of the Charter of the United Nations'],
      ['instrument:un-charter', 'Charter of the United Nations'],
    ]);
    expect(pairs('Reaffirms its decision, contained in paragraph 4 of its resolution 61/261, to establish a new system of administration of justice;')).toEqual([
      ['un:A/RES/61/261:paragraph-4', 'paragraph 4 of its resolution 61/261'],
      ['un:A/RES/61/261', 'its resolution 61/261'],
    ]);
    expect(targets('the advisory role of the Committee on Contributions in accordance with rule 160 of the rules of procedure of the General Assembly;')).toEqual([
      'body:committee-on-contributions',
      'instrument:rules-of-procedure-of-the-general-assembly:rule-160',
      'instrument:rules-of-procedure-of-the-general-assembly',
      'body:general-assembly',
    ]);
    expect(targets('the Charter of Economic Rights and Duties of States, in particular article 32 thereof,')).toEqual(['instrument:charter-economic-rights-duties', 'instrument:charter-economic-rights-duties:article-32']);
  });

  it('does not crash on a list whose middle number was taken for a footnote marker', () => {
    // "articles 11, 12 and 13" with marker 12 removed leaves "articles 11, and 13".
    expect(targets('Recalling articles 11, and 13 of the Convention on the Rights of the Child,')).toEqual(['instrument:crc:article-11', 'instrument:crc:article-13', 'instrument:crc']);
  });

  it('reads paragraphs of a resolution and of the annex that adopted an instrument', () => {
    expect(targets('Recalling paragraphs 3 to 5 of its resolution 70/1,')).toEqual(['un:A/RES/70/1:paragraph-3', 'un:A/RES/70/1:paragraph-4', 'un:A/RES/70/1:paragraph-5', 'un:A/RES/70/1']);
    expect(targets('as set out in paragraph 5 of the annex to resolution 70/1,')).toEqual(['instrument:2030-agenda:paragraph-5', 'un:A/RES/70/1']);
    expect(targets('as set out in paragraph 7 of the annex to resolution 75/233,')).toEqual(['un:A/RES/75/233:annex-paragraph-7', 'un:A/RES/75/233']);
  });

  it('reads goals and targets of the 2030 Agenda', () => {
    expect(pairs('Stressing the importance of achieving Sustainable Development Goals 4 and 5,')).toEqual([
      ['instrument:2030-agenda:goal-4', 'Sustainable Development Goals 4 and 5'],
      ['instrument:2030-agenda:goal-5', 'Sustainable Development Goals 4 and 5'],
    ]);
    expect(targets('in line with Goal 16 of the 2030 Agenda for Sustainable Development and target 16.9,')).toEqual([
      'instrument:2030-agenda:goal-16',
      'instrument:2030-agenda',
      'instrument:2030-agenda:target-16.9',
    ]);
    expect(targets('Reaffirming that the goal 2 of the plan is important,')).toEqual([]);
  });
});

describe('one relation per verb', () => {
  it.each([
    ['Stressing the need to', 'PREAMBULAR', 'Stressing', 'STRESSES'],
    ['Stresses that', 'OPERATIVE', 'Stresses', 'STRESSES'],
    ['Underlining the importance of', 'PREAMBULAR', 'Underlining', 'UNDERLINES'],
    ['Also underlines', 'OPERATIVE', 'Also underlines', 'UNDERLINES'],
    ['Emphasizing also that', 'PREAMBULAR', 'Emphasizing also', 'EMPHASIZES'],
    ['Expressing concern about the', 'PREAMBULAR', 'Expressing concern', 'CONCERNED_AT'],
    ['Expressing its deep concern at the', 'PREAMBULAR', 'Expressing its deep concern', 'CONCERNED_AT'],
    ['Deeply concerned that', 'PREAMBULAR', 'Deeply concerned', 'CONCERNED_AT'],
    ['Taking note of the report', 'PREAMBULAR', 'Taking note of', 'TAKES_NOTE'],
    ['Taking note with appreciation of the report', 'PREAMBULAR', 'Taking note with appreciation of', 'TAKES_NOTE'],
    ['Takes note with grave concern of the report', 'OPERATIVE', 'Takes note with grave concern of', 'TAKES_NOTE'],
    ['Noting with concern that', 'PREAMBULAR', 'Noting with concern', 'NOTES'],
    ['Looking forward to the', 'PREAMBULAR', 'Looking forward to', 'LOOKS_FORWARD'],
    ['Looks forward to the', 'OPERATIVE', 'Looks forward to', 'LOOKS_FORWARD'],
    ['Recommends that', 'OPERATIVE', 'Recommends', 'RECOMMENDS'],
    ['Guided also by the purposes', 'PREAMBULAR', 'Guided also by', 'GUIDED_BY'],
    ['Bearing also in mind that', 'PREAMBULAR', 'Bearing also in mind', 'BEARS_IN_MIND'],
    ['Deploring the', 'PREAMBULAR', 'Deploring', 'DEPLORES'],
    ['Deplores the', 'OPERATIVE', 'Deplores', 'DEPLORES'],
    ['Strongly condemns all', 'OPERATIVE', 'Strongly condemns', 'CONDEMNS'],
    ['Commending the', 'PREAMBULAR', 'Commending', 'COMMENDS'],
    ['Calls on States', 'OPERATIVE', 'Calls on', 'CALLS_UPON'],
    ['Calls for the', 'OPERATIVE', 'Calls for', 'CALLS_FOR'],
    ['Having received the report', 'PREAMBULAR', 'Having received', 'RECEIVES'],
    ['Mindful that', 'PREAMBULAR', 'Mindful', 'MINDFUL_OF'],
    ['Declares that', 'OPERATIVE', 'Declares', 'DECLARES'],
    ['Demands that', 'OPERATIVE', 'Demands', 'DEMANDS'],
    ['Approves the', 'OPERATIVE', 'Approves', 'APPROVES'],
    ['Supports the', 'OPERATIVE', 'Supports', 'SUPPORTS'],
    ['Believing that', 'PREAMBULAR', 'Believing', 'BELIEVES'],
  ] as const)('"%s" is %s and keeps its lead', (text, kind, phrase, relation) => {
    expect(leadingPhrase(text, kind)).toEqual({ phrase, relation });
  });

  it('splits ", and underlines" and "; and requests" into clauses of their own', () => {
    expect(classifyClauses('Welcomes the report, and underlines the need for action; and requests the Secretary-General to report thereon;', 'OPERATIVE').map((c) => c.relation)).toEqual([
      'WELCOMES',
      'UNDERLINES',
      'REQUESTS',
    ]);
  });
});

describe('resolutions are the right organ’s', () => {
  it('gives each organ its own symbol scheme', () => {
    expect(pairs('Recalling Human Rights Council resolution 27/21 of 26 September 2014,')).toEqual([
      ['un:A/HRC/RES/27/21', 'Human Rights Council resolution 27/21 of 26 September 2014'],
      ['body:hrc', 'Human Rights Council resolution 27/21 of 26 September 2014'],
    ]);
    expect(targets('Recalling Economic and Social Council resolution 2004/67 of 21 July 2004,')).toEqual(['un:E/RES/2004/67', 'body:ecosoc']);
    expect(targets('Recalling Security Council resolution 2719 (2023) of 21 December 2023,')).toEqual(['un:S/RES/2719 (2023)', 'body:security-council']);
    expect(targets('Recalling its resolution 77/214 of 15 December 2022,')).toEqual(['un:A/RES/77/214']);
    expect(targets('Recalling its resolution 52/13 of 5 October 2022,', context('hrc'))).toEqual(['un:A/HRC/RES/52/13']);
  });

  it('carries the organ of a list to every item, past a footnote digit glued to a year', () => {
    const text =
      'Recalling Human Rights Council decision 18/120 of 30 September 20111 and resolutions 24/14 of 27 September 2013, 27/21 of 26 September 2014 and 36/8 of 28 September 2017,';
    expect(pairs(text)).toEqual([
      ['un:A/HRC/DEC/18/120', 'Human Rights Council decision 18/120 of 30 September 2011'],
      ['body:hrc', 'Human Rights Council decision 18/120 of 30 September 2011'],
      ['un:A/HRC/RES/24/14', 'resolutions 24/14 of 27 September 2013'],
      ['un:A/HRC/RES/27/21', '27/21 of 26 September 2014'],
      ['un:A/HRC/RES/36/8', '36/8 of 28 September 2017'],
    ]);
    expect(targets('Recalling Security Council resolutions 1325 (2000), 1820 (2008) and 2250 (2015),')).toEqual(['un:S/RES/1325 (2000)', 'body:security-council', 'un:S/RES/1820 (2008)', 'un:S/RES/2250 (2015)']);
  });

  it('never gives another body’s resolution an Assembly symbol', () => {
    const ctx = context();
    expect(targets('Recalling United Nations Environment Assembly resolution 5/5 of 2 March 2022,', ctx)).toContain('resolution:unea:5/5');
    expect(targets('Recalling Economic and Social Commission for Asia and the Pacific resolution 72/7 of 19 May 2016,', ctx)).toContain('resolution:escap:72/7');
    expect(targets('Taking note of decision 15/4 of the Conference of the Parties to the Convention on Biological Diversity,', ctx)).toContain('resolution:cbd-cop:15/4');
    expect(targets('Recalling decision 1/CP.21 and the Paris Agreement,', ctx)).toContain('resolution:unfccc-cop:1/CP.21');
    expect(targets('Recalling Commission on Population and Development resolution 2012/1 of 27 April 2012,', ctx)).toContain('resolution:cpd:2012/1');
    const all = [...ctx.discovered.keys()].join(' ');
    expect(all).not.toMatch(/A\/RES\/5\/5|A\/RES\/72\/7|A\/DEC\/15\/4/);
    expect(ctx.discovered.get('resolution:unea:5/5')).toMatchObject({ type: 'Resolution', title: 'Resolution 5/5 of the United Nations Environment Assembly' });
  });

  it('takes a date that cannot fall in the session as a sign that the organ is not the text’s', () => {
    expect(targets('Recalling resolution 27/21 of 26 September 2014,')).toEqual(['un:A/HRC/RES/27/21']);
    expect(targets('Recalling resolution 5/5 of 2 March 2022,')).toEqual([]);
    expect(targets('Recalling resolution 77/214 of 15 December 2022,')).toEqual(['un:A/RES/77/214']);
  });
});

describe('bodies named anywhere in a paragraph', () => {
  it('cites the collective actors once each, and not groups of countries', () => {
    expect(targets('Calls upon all States that have not yet done so, and urges Member States, States parties to the Convention and Governments to act;')).toEqual(
      expect.arrayContaining(['body:states', 'body:member-states', 'body:states-parties', 'body:governments']),
    );
    expect(targets('Urges States Members of the United Nations to contribute;')).toEqual(['body:member-states']);
    expect(targets('Recognizing the needs of small island developing States, landlocked developing countries and nuclear-weapon States,')).toEqual([]);
    expect(targets('Noting the cooperation between the United States and the sending State,')).toEqual([]);
    expect(targets('Calls upon States to act, and further calls upon States to report;').filter((t) => t === 'body:states')).toHaveLength(1);
  });

  it('names a body the catalogue lacks by its full name, one node, not cut at "and" inside the name', () => {
    const ctx = context();
    expect(targets('Requests the European Space Agency and the Global Fund to Fight AIDS, Tuberculosis and Malaria to cooperate;', ctx)).toEqual([
      'body:european-space-agency',
      'body:global-fund-to-fight-aids-tuberculosis-and-malaria',
    ]);
    expect(targets('Taking note of the work of the United Nations Interregional Crime and Justice Research Institute,', ctx)).toEqual([
      'body:united-nations-interregional-crime-and-justice-research-institute',
    ]);
    expect(targets('Having considered the report of the Independent Audit Advisory Committee,', ctx)).toEqual([
      'body:independent-audit-advisory-committee',
    ]);
    expect(ctx.discovered.get('body:european-space-agency')).toMatchObject({ type: 'Body', title: 'European Space Agency' });
  });

  it('takes a mandate with its subject, and leaves out what the sentence adds', () => {
    expect(targets('Decides to extend the mandate of the Special Rapporteur on the right to development for a further period of three years;')).toEqual([
      'body:special-rapporteur-on-the-right-to-development',
    ]);
    expect(targets('Notes the decision of the European Commission in June 2023,')).toEqual(['body:european-commission']);
    expect(targets('Requests the Director of the Department of Safety and Security to report;')).toEqual(['body:department-of-safety-and-security']);
  });

  it('does not take plans, outcomes, countries or generic titles for bodies', () => {
    expect(targets('Recalling the Vienna Programme of Action for Landlocked Developing Countries,').filter((t) => t.startsWith('body:'))).toEqual([]);
    expect(targets('Welcoming the statement of the Russian Federation,')).toEqual([]);
    expect(targets('Welcoming the report of the Special Rapporteur and of the Working Group,')).toEqual([]);
  });
});

describe('instruments named inside a body’s name', () => {
  it('cite the instrument too, with its own words, and keep the body', () => {
    const found = pairs('Welcomes the fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity and its outcomes,');
    expect(found).toContainEqual(['instrument:cbd', 'Convention on Biological Diversity']);
    expect(found.some(([t]) => String(t).startsWith('body:'))).toBe(true);
    // Not every name inside a body's name is an instrument: the Committee on the Rights of the Child cites no Convention.
    expect(targets('Invites the Committee on the Rights of the Child to report,')).not.toContain('instrument:crc');
  });
});

describe('names normalised before they become ids', () => {
  it('keeps dates, years, footnote digits and what the sentence adds out of an uncatalogued title', () => {
    const ctx = context();
    const ids = (text: string) => targets(text, ctx).filter((t) => t.startsWith('instrument:'));
    // Titles the catalogue does not hold (it has the Treaty on the Prohibition of Nuclear Weapons and the Oslo
    // Declaration of Principles now), so each must become one uncurated node named by its full title.
    const one = 'instrument:rotterdam-convention-on-the-prior-informed-consent-procedure-for-certain-hazardous-chemicals-and-pesticides-in-international-trade';
    const title = 'Rotterdam Convention on the Prior Informed Consent Procedure for Certain Hazardous Chemicals and Pesticides in International Trade';
    expect(ids(`Welcoming the entry into force of the ${title} on 24 February 2004,`)).toContain(one);
    expect(ids(`Recalling the adoption of the ${title} in Rotterdam,`)).toEqual([one]);
    expect(ids(`Noting the “${title}”.`)).toEqual([one]);
    expect(ids(`Recalling the ${title} of 10 September 199811 and the Agreement,`)).toEqual([one]);
    expect(ids('Welcoming the Voluntary Guidelines for Sustainable Soil Management of the Food and Agriculture Organization of the United Nations,')).toEqual([
      'instrument:voluntary-guidelines-for-sustainable-soil-management',
    ]);
    expect(ctx.discovered.get(one)).toMatchObject({ type: 'Instrument', title });
  });
});

describe('documents known through footnotes', () => {
  it('cite the footnote’s symbols with the phrase that carries the marker, but not where an instrument is published', () => {
    const { footnoteDocuments } = jest.requireActual('../../../src/core/ingest/footnotes');
    const ctx = context();
    const text = 'Taking note of the report of the Secretary-General and of the Vienna Declaration and Programme of Action,';
    const at = text.indexOf(' and of');
    const found = extractMentions(text, ctx);
    const notes = new Map([
      [12, 'A/78/123 and A/78/123/Corr.1.'],
      [13, 'A/CONF.157/24 (Part I), chap. III.'],
    ]);
    const docs = footnoteDocuments(text, [{ at, number: 12 }, { at: text.length - 1, number: 13 }], notes, ctx, found);
    expect(docs).toEqual([{ start: text.indexOf('report'), end: at, quote: 'report of the Secretary-General', targets: ['un:A/78/123', 'un:A/78/123/Corr.1'] }]);
    expect(ctx.discovered.get('un:A/78/123')).toMatchObject({ type: 'Document', kind: 'REPORT', symbol: 'A/78/123' });
  });
});

describe('court decisions', () => {
  it('are documents of their own, named by their subject, one node whatever the date printed', () => {
    const ctx = context();
    const id = 'document:icj-legality-of-the-threat-or-use-of-nuclear-weapons';
    expect(targets('Recalling the advisory opinion of the International Court of Justice on the legality of the threat or use of nuclear weapons, issued on 8 July 1996,', ctx)).toContain(id);
    expect(targets('Taking note of the advisory opinion of the International Court of Justice of 8 July 1996 on the legality of the threat or use of nuclear weapons,', ctx)).toContain(id);
    expect(ctx.discovered.get(id)).toMatchObject({ type: 'Document', title: 'Legality of the threat or use of nuclear weapons' });
  });
});

describe('recall rules', () => {
  it('reads a Security Council list whose dates follow "on"', () => {
    const text =
      'Recalling also Security Council resolutions 1754 (2007) of 30 April 2007, 1783 (2007) on 31 October 2007, 1813 (2008) on 30 April 2008 and 2654 (2022) on 27 October 2022,';
    expect(targets(text).filter((t) => t.startsWith('un:S/'))).toEqual(['un:S/RES/1754 (2007)', 'un:S/RES/1783 (2007)', 'un:S/RES/1813 (2008)', 'un:S/RES/2654 (2022)']);
  });

  it('links a report named again to the report of that author identified through a footnote earlier', () => {
    const memory: FootnotedDocument[] = [];
    for (const [quote, targets] of [
      ['reports of the Secretary-General on administration of justice at the United Nations', ['un:A/78/156']],
      ['related report of the Advisory Committee on Administrative and Budgetary Questions', ['un:A/78/580']],
      ['report of the Secretary-General', ['un:A/78/280']],
      ['report of the Secretary-General submitted to the General Assembly at its sixty-second session', ['un:A/62/343']],
    ] as const) {
      const author = authorOf(quote);
      if (author) memory.push({ ...author, quote, targets: [...targets] });
    }
    expect(memory.map((d) => d.author)).toEqual(['Secretary-General', 'Advisory Committee on Administrative and Budgetary Questions', 'Secretary-General']);
    const again = (text: string) => documentsNamedAgain(text, [], memory).map((m) => [m.quote, ...m.targets]);
    expect(again('Takes note of the report of the Secretary-General;')).toEqual([['report of the Secretary-General', 'un:A/78/280']]);
    expect(again('Endorses the conclusions and recommendations contained in the report of the Advisory Committee;')).toEqual([['report of the Advisory Committee', 'un:A/78/580']]);
    expect(again('Notes that in his report the Secretary-General urged Member States to contribute;')).toEqual([['his report', 'un:A/78/280']]);
    // Another report: an older session's, the next one, one on a topic no footnoted report has, the plural.
    expect(again('Recalls the report of the Secretary-General submitted to the General Assembly at its sixty-second session;')).toEqual([]);
    expect(again('Requests the Secretary-General to include information in his next report;')).toEqual([]);
    expect(again('Takes note of the report of the Secretary-General on oceans and the law of the sea;')).toEqual([]);
    expect(again('Takes note of the reports of the Advisory Committee;')).toEqual([]);
  });

  it('reads "the Charter" alone as the Charter of the United Nations, unless the paragraph names another charter', () => {
    expect(targets('Reaffirming that unilateral coercive measures not in accordance with international law and the Charter impede development,')).toContain('instrument:un-charter');
    expect(targets('Decides that the failure of those Member States to pay the full minimum amount necessary to avoid the application of Article 19 of the Charter was due to conditions beyond their control;')).toContain('instrument:un-charter:article-19');
    expect(targets('Recalling the Charter of Economic Rights and Duties of States, in particular article 32 thereof, which declares that no State may use coercive measures, and the purposes of the Charter,')).not.toContain('instrument:un-charter');
    expect(targets('Recalling the African Charter on Human and Peoples’ Rights and the obligations of States under the Charter,')).not.toContain('instrument:un-charter');
  });

  it('cites the summary records a footnote gives for the discussions of a committee', () => {
    const footnotes = new Map([[1, 'See A/C.6/64/SR.12, A/C.6/64/SR.1–28/Corrigendum, A/C.6/65/SR.10 and A/C.6/78/SR.13.']]);
    const raw = 'Taking into account the comments and observations of Governments and the discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth sessions of the General Assembly on the scope and application of universal jurisdiction,1';
    const { text, markers } = stripMarkers(raw, footnotes);
    const ctx = context();
    const found = footnoteDocuments(text, markers, footnotes, ctx, extractMentions(text, ctx));
    expect(found.flatMap((m) => m.targets)).toEqual(['un:A/C.6/64/SR.12', 'un:A/C.6/64/SR.1–28/Corrigendum', 'un:A/C.6/65/SR.10', 'un:A/C.6/78/SR.13']);
    expect(found[0].quote).toMatch(/^discussions held in the Sixth Committee/);
  });

  it('reads a body named in full once and then by a shorter name as that body', () => {
    const memory = [
      { name: 'Advisory Committee on Administrative and Budgetary Questions', target: 'body:acabq' },
      { name: 'International Residual Mechanism for Criminal Tribunals', target: 'body:irmct' },
      { name: 'United Nations Dispute Tribunal', target: 'body:undt' },
      { name: 'Personal Envoy of the Secretary-General for Western Sahara', target: 'body:envoy' },
    ];
    const short = (text: string) => {
      const ctx = context();
      const { add, replace } = shortBodyNames(text, extractMentions(text, ctx), memory, ctx);
      return [...add.map((m) => [m.quote, ...m.targets]), ...[...replace].map(([m, target]) => [m.quote, target])];
    };
    expect(short('Endorses the conclusions and recommendations contained in the report of the Advisory Committee;')).toEqual([['Advisory Committee', 'body:acabq']]);
    expect(short('Requests the Mechanism to continue its efforts;')).toEqual([['Mechanism', 'body:irmct']]);
    expect(short('Notes the caseload of the Dispute Tribunal;')).toEqual([['Dispute Tribunal', 'body:undt']]);
    expect(short('Welcoming the efforts of the Personal Envoy to relaunch the negotiations,')).toEqual([['Personal Envoy', 'body:envoy']]);
    // Another, longer name.
    expect(short('Welcomes the work of the Advisory Committee of the Human Rights Council;')).toEqual([]);
  });

  it('reads the paragraphs of a report known through its footnote as provisions of that report', () => {
    const text = 'Recalls paragraphs 17 and 23 of the report of the Advisory Committee, and requests the Secretary-General to ensure their implementation;';
    const start = text.indexOf('report of');
    const report = { start, end: start + 'report of the Advisory Committee'.length, quote: 'report of the Advisory Committee', targets: ['un:A/78/621'] };
    expect(provisions(text, [report], context()).flatMap((m) => m.targets)).toEqual(['un:A/78/621:paragraph-17', 'un:A/78/621:paragraph-23']);
  });
});
