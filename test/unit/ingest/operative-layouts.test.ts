import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { leadingPhrase } from '../../../src/core/ingest/clauses';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { setTablesApart, TABLE_MARK } from '../../../src/core/ingest/tables';
import { toResolutionWrite } from '../../../src/core/ingest/to-graph-write';
import { DATA_DIR } from '../../support/paths';

// Layouts of the operative part met in real General Assembly texts (the lines are the GA-78 corpus's, as PyMuPDF gives them).
const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const HEADER = ['United Nations ', 'A/RES/78/256', ' ', 'General Assembly ', 'Distr.: General ', '29 December 2023 ', ' ', '23-26247 (E)    030124 ', '*2326247*', ' ', 'Seventy-eighth session ', 'Agenda item 139 ', ' ', ' Resolution adopted by the General Assembly ', 'on 22 December 2023 ', ' ', '[on the report of the Fifth Committee (A/78/662, para. 83)] ', ' ', ' 78/256. Working Capital Fund for 2024 ', ' ', ' ', 'The General Assembly ', ' '];
const CLOSING = ['50th (resumed) plenary meeting ', '22 December 2023 '];
const shape = (text: string) => parseResolution(text, index).paragraphs.map((p) => [p.kind, p.number ?? null, p.text.slice(0, 30).trim(), p.clauses[0].phrase, p.clauses[0].relation]);

describe('an operative part introduced once by its verb ("Resolves that:")', () => {
  const text = [
    ...HEADER,
    'Resolves that:  ', ' ',
    '1. ', 'The Working Capital Fund shall be established for 2024 in the amount of ', '250 million United States dollars; ', ' ',
    '2. ', 'Member States shall make advances to the Working Capital Fund in ', 'accordance with the scale of assessments adopted by the General Assembly for ', 'contributions of Member States to the budget for 2024; ', ' ',
    '3. ', 'There shall be set off against this allocation of advances: ', ' ', '(a) ', 'Credits to Member States resulting from transfers made in 2022 and 2023 ', 'of unencumbered balances of appropriations; ', ' ',
    ...CLOSING,
  ].join('\n');

  it('reads the numbered paragraphs as operative, each governed by the verb, and the verb\'s words as no paragraph of their own', () => {
    expect(shape(text)).toEqual([
      ['OPERATIVE', '1', 'The Working Capital Fund shall', 'Resolves', 'RESOLVES'],
      ['OPERATIVE', '2', 'Member States shall make advan', 'Resolves', 'RESOLVES'],
      ['OPERATIVE', '3', 'There shall be set off against', 'Resolves', 'RESOLVES'],
    ]);
    const parsed = parseResolution(text, index);
    expect(parsed.paragraphs.map((p) => p.chapeau)).toEqual(['Resolves that:', 'Resolves that:', 'Resolves that:']);
    expect(parsed.paragraphs[2].text).toBe('There shall be set off against this allocation of advances: (a) Credits to Member States resulting from transfers made in 2022 and 2023 of unencumbered balances of appropriations;');
    expect(parsed.warnings).toBeUndefined();
    // In the graph the verb governs the paragraph from its first word; the chapeau is kept on the paragraph.
    const row = toResolutionWrite(parsed).paragraphs[0].props;
    expect(row).toMatchObject({ chapeau: 'Resolves that:', leadingPhrase: 'Resolves', relation: 'RESOLVES', clauseStarts: [0] });
  });

  it('after a preamble too ("Decides that:"), and a paragraph with its own verb keeps it', () => {
    const decides = [...HEADER, 'Recalling its resolution 77/264 A, ', ' ', 'Decides that:  ', ' ', '1. ', 'The Fund shall be maintained; ', ' ', '2. ', 'Requests the Secretary-General to report thereon. ', ' ', ...CLOSING].join('\n');
    expect(shape(decides)).toEqual([
      ['PREAMBULAR', null, 'Recalling its resolution 77/26', 'Recalling', 'RECALLS'],
      ['OPERATIVE', '1', 'The Fund shall be maintained;', 'Decides', 'DECIDES'],
      ['OPERATIVE', '2', 'Requests the Secretary-General', 'Requests', 'REQUESTS'],
    ]);
    expect(parseResolution(decides, index).paragraphs.map((p) => p.chapeau)).toEqual([undefined, 'Decides that:', undefined]);
  });

  it('reads a quoted text announced by an operative paragraph ("Adopts the following declaration:") as part of it, not as a chapeau', () => {
    const adopts = [...HEADER, 'Recalling its resolution 77/1, ', ' ', 'Adopts the following declaration: ', ' ', 'Declaration on the rights of peasants ', ' ', '1. ', 'Reaffirm our commitment to the Charter of the United Nations; ', ' ', '2. ', 'Commit to ensuring the full enjoyment of human rights. ', ' ', ...CLOSING].join('\n');
    const parsed = parseResolution(adopts, index);
    expect(parsed.paragraphs.map((p) => [p.kind, p.number, p.chapeau])).toEqual([['PREAMBULAR', undefined, undefined], ['OPERATIVE', undefined, undefined]]);
    expect(parsed.paragraphs[1].text).toBe('Adopts the following declaration: Declaration on the rights of peasants 1. Reaffirm our commitment to the Charter of the United Nations; 2. Commit to ensuring the full enjoyment of human rights.');
    expect(parsed.warnings).toBeUndefined();
  });

  it('leaves "Declares that:" with its lettered items inside a numbered paragraph as one paragraph', () => {
    const declares = [...HEADER, '1. ', 'Calls upon all States to act; ', ' ', '2. ', 'Declares that: ', ' ', '(a) ', 'The global threat posed by nuclear weapons must urgently be eliminated; ', ' ', '(b) ', 'Nuclear weapons serve to undermine collective security; ', ' ', '3. ', 'Decides to remain seized of the matter. ', ' ', ...CLOSING].join('\n');
    const parsed = parseResolution(declares, index);
    expect(parsed.paragraphs.map((p) => [p.number, p.clauses[0].relation, p.chapeau])).toEqual([['1', 'CALLS_UPON', undefined], ['2', 'DECLARES', undefined], ['3', 'DECIDES', undefined]]);
    expect(parsed.paragraphs[1].text).toMatch(/^Declares that: \(a\) The global threat .* \(b\) Nuclear weapons serve/);
  });
});

describe('headings and tables are kept apart from the paragraphs', () => {
  it('a section heading over two lines is not glued to the paragraph before it (A/RES/78/293)', () => {
    const text = [
      ...HEADER,
      '12. Approves the support account requirements in the amount of 384,229,600 ', 'United States dollars for the financial period from 1 July 2024 to 30 June 2025, ', 'as well as related post and non-post requirements; ', ' ', ' ',
      'Financing of the support account for peacekeeping operations for the financial ', 'periods from 1 July 2022 to 30 June 2023 and from 1 July 2024 to 30 June 2025 ', ' ', ' ',
      '13. Decides that the requirements for the support account for peacekeeping ', 'operations for the financial period from 1 July 2024 to 30 June 2025 shall be financed ', 'as follows: ', ' ',
      ...CLOSING,
    ].join('\n');
    const parsed = parseResolution(text, index);
    expect(parsed.paragraphs.map((p) => p.text)).toEqual([
      'Approves the support account requirements in the amount of 384,229,600 United States dollars for the financial period from 1 July 2024 to 30 June 2025, as well as related post and non-post requirements;',
      'Decides that the requirements for the support account for peacekeeping operations for the financial period from 1 July 2024 to 30 June 2025 shall be financed as follows:',
    ]);
  });

  // A staffing table of A/RES/78/253 (section VII, paragraph 6, here numbered 2), one cell a line; the "1" cells are gone as page numbers.
  const table = ['A. ', 'Pension Administration ', ' ', ' ', 'Action ', 'Title of post ', 'Category/Level ', 'Number ', 'New post ', 'Information Systems Officer ', 'P-4 ', '1 ', 'New post ', 'Benefits Assistant ', 'GS (OL) ', '1 ', 'Total net changes ', ' ', ' ', '4 ', 'Reclassification ', 'Senior Finance and Budget Officer ', 'P-5 ', '1 ', ' ', 'Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service (Principal level). ', ' ', ' ', ' '];
  const text = [
    ...HEADER,
    '1. ', 'Recalls paragraph 158 of the report of the Pension Board; ', ' ',
    '2. ', 'Approves the changes to the staffing table as set out in the table below: ', ' ', ' ',
    ...table,
    '3. ', 'Approves the estimates of 139,789,700 dollars for the administration of the ', 'Fund for 2024;  ', ' ',
    ...CLOSING,
  ].join('\n');

  it('a table announced by a paragraph is kept with that paragraph, apart from its text, and the next paragraph is read', () => {
    const parsed = parseResolution(text, index);
    expect(parsed.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1', 'Recalls paragraph 158 of the report of the Pension Board;'],
      ['2', 'Approves the changes to the staffing table as set out in the table below:'],
      ['3', 'Approves the estimates of 139,789,700 dollars for the administration of the Fund for 2024;'],
    ]);
    expect(parsed.paragraphs[1].tables).toEqual([
      'A. | Pension Administration | Action | Title of post | Category/Level | Number | New post | Information Systems Officer | P-4 | New post | Benefits Assistant | GS (OL) | Total net changes | Reclassification | Senior Finance and Budget Officer | P-5 | Abbreviations: GS (OL), General Service (Other level); GS (PL), General Service (Principal level).',
    ]);
    expect(parsed.warnings).toBeUndefined();
    expect(toResolutionWrite(parsed).paragraphs[1].props.tables).toEqual(parsed.paragraphs[1].tables);
  });

  it('a table of figures is set apart even where nothing announced it; words of a justified line broken one to a line are not a table', () => {
    // The figures of the annexed table of A/RES/78/249, as if printed in the body.
    const figures = ['Estimated appropriation for 2024a', '63 930 800', '58 552 400', 'Revised estimates: effects of changes in rates of exchange and inflation b', '3 704 800', '3 597 500', 'Recommendations of the Fifth Committeec', '(114 600)', '(120 300)'];
    const set = setTablesApart(['Decides to apportion the amount of 27,553,750 dollars gross;', '', ...figures, '', 'Decides that the Fund shall be kept.']);
    expect(set.tables).toEqual([figures.join(' | ')]);
    expect(set.lines[2]).toBe(`${TABLE_MARK}0`);
    // A/RES/78/115: PyMuPDF gives the words of a justified line one to a line.
    const justified = ['Noting the role of the Security Council Committee established pursuant to', 'resolution', '1373', '(2001)', 'concerning', 'counter-terrorism', 'in', 'monitoring', 'the', 'implementation of that resolution,'];
    expect(setTablesApart(justified).tables).toEqual([]);
    // Headings of parts and sections ("Part V" / "Regional cooperation for development" / "Section 20" / ...) are not a table.
    expect(setTablesApart(['Takes note of paragraph IV.140 of the report of the Advisory Committee;', '', 'Part V', 'Regional cooperation for development', 'Section 20', 'Economic development in Europe', 'Section 21', 'Economic and social development in Asia and the Pacific', '', '54. Appreciates the efforts;']).tables).toEqual([]);
  });
});

describe('leading phrases of real texts that had no relation', () => {
  it.each([
    // A/RES/78/329, 78/271 op. 3: a colon after the verb, its items lettered below.
    ['Decides: (a) To include in the provisional agenda of its seventy-ninth session', 'OPERATIVE', 'Decides', 'DECIDES'],
    ['Further decides: (a) To invite other relevant intergovernmental organizations', 'OPERATIVE', 'Further decides', 'DECIDES'],
    // "Continues to" / "Continuing to": the verb after it decides (A/RES/78/6 op. 21, 78/216 op. 13, 78/219).
    ['Continues to welcome the statement by the President of the Security Council of 12 February 2013', 'OPERATIVE', 'Continues to welcome', 'WELCOMES'],
    ['Continues to express particular concern about systemic and structural discrimination', 'OPERATIVE', 'Continues to express particular concern', 'CONCERNED_AT'],
    ['Continuing to underline the need for the Myanmar security and armed forces', 'PREAMBULAR', 'Continuing to underline', 'UNDERLINES'],
    // The words between "Calls" and its particle stay out of the lead (A/RES/78/112 op. 14, 78/70 op. 3).
    ['Calls, in this context, for dialogue to be enhanced among all stakeholders', 'OPERATIVE', 'Calls', 'CALLS_FOR'],
    ['Calls attention to and reaffirms the obligation of all humanitarian personnel', 'OPERATIVE', 'Calls attention to', 'CALLS_ATTENTION'],
    ['Remaining deeply concerned that, according to the most recent estimates', 'PREAMBULAR', 'Remaining deeply concerned', 'CONCERNED_AT'],
    ['Being gravely concerned at the continuous and progressive erosion of multilateralism', 'PREAMBULAR', 'Being gravely concerned', 'CONCERNED_AT'],
    ['Ever mindful that, to preserve the credibility and strength of the Treaty', 'PREAMBULAR', 'Ever mindful', 'MINDFUL_OF'],
    ['Reconfirms the Addis Ababa Action Agenda, and recognizes the need', 'OPERATIVE', 'Reconfirms', 'CONFIRMS'],
    ['Trusts that the Secretary-General will ensure that all resource requirements', 'OPERATIVE', 'Trusts', 'TRUSTS'],
    ['Renewing its unwavering commitment to strengthening international cooperation', 'PREAMBULAR', 'Renewing', 'RENEWS'],
    ['Seized of the danger of the use of weapons of mass destruction', 'PREAMBULAR', 'Seized of', 'SEIZED_OF'],
    ['Suggests that, with the further development of quality, reliable, sustainable and resilient infrastructure', 'OPERATIVE', 'Suggests', 'SUGGESTS'],
    ['Undertakes to enhance multidisciplinary efforts to prevent and combat crime', 'OPERATIVE', 'Undertakes', 'UNDERTAKES'],
  ] as const)('"%s"', (text, kind, phrase, relation) => {
    expect(leadingPhrase(text, kind)).toEqual({ phrase, relation });
  });
});

describe('page furniture and wrapped names are not paragraphs', () => {
  it('drops a running header that prints the title without the symbol, above the page number and job number (A/RES/78/159)', () => {
    const text = [
      ...HEADER,
      'Welcoming also the high-level political forum on sustainable development ', 'convened under the auspices of the General Assembly (Sustainable Development ', 'Goals Summit) in September 2023, which adopted a political declaration in which the ', 'Assembly, inter alia, committed to conserving and sustainably using oceans and seas, ',
      '', 'Working Capital Fund for 2024 ', ' ', '5/7', '23-26247 ', ' ',
      'freshwater resources, as well as forests, mountains and drylands and protecting ', 'biodiversity, ecosystems and wildlife, ', ' ',
      '1. ', 'Takes note of the report of the Secretary-General; ', ' ', ...CLOSING,
    ].join('\n');
    expect(shape(text)).toEqual([
      ['PREAMBULAR', null, 'Welcoming also the high-level', 'Welcoming also', 'WELCOMES'],
      ['OPERATIVE', '1', 'Takes note of the report of th', 'Takes note of', 'TAKES_NOTE'],
    ]);
    expect(parseResolution(text, index).paragraphs[0].text).toMatch(/oceans and seas, freshwater resources, .* ecosystems and wildlife,$/);
  });

  it('does not start a paragraph at an -ing word that goes on a wrapped title (A/RES/78/146)', () => {
    const text = [
      ...HEADER,
      'Emphasizing that, in the report of the Third Review Conference, the States ', 'parties to the Convention on the Prohibition of the Development, Production, ', 'Stockpiling and Use of Chemical Weapons and on Their Destruction were invited to ', 'support voluntary sharing of information, ', ' ',
      '1. ', 'Takes note of the report of the Secretary-General; ', ' ', ...CLOSING,
    ].join('\n');
    expect(shape(text).map((p) => p[0])).toEqual(['PREAMBULAR', 'OPERATIVE']);
  });
});

describe('nothing is dropped silently', () => {
  it('says so when a block read as a heading is as long as a paragraph, or when an annex begins before the closing line', () => {
    const sentence = 'The Secretary-General shall report on the matter to the General Assembly at its next session, taking into account the views expressed by Member States.';
    const text = [...HEADER, '1. ', 'Decides to act; ', ' ', 'II ', ' ', sentence, ' ', '1. ', 'Approves the budget. ', ' ', ...CLOSING].join('\n');
    expect(parseResolution(text, index).warnings).toEqual([expect.stringMatching(/^A block read as a heading was left out of the paragraphs: "(?:II )?The Secretary-General shall report/)]);
    const annexFirst = [...HEADER, '1. ', 'Adopts the programme annexed to the present resolution. ', ' ', 'Annex ', ' ', '1. We, the Heads of State, ', ' ', ...CLOSING].join('\n');
    expect(parseResolution(annexFirst, index).warnings).toEqual([expect.stringMatching(/^An annex begins before the closing line/)]);
  });
});

describe('documents of the same series that are not a resolution are refused with the real reason', () => {
  const head = (symbol: string, lines: string[]) => ['United Nations ', symbol, ' ', 'General Assembly ', 'Distr.: Limited ', '14 November 2023 ', ' ', 'Seventy-eighth session ', 'Third Committee ', 'Agenda item 71 (b) ', ' ', ...lines].join('\n');

  it('an amendment to a draft', () => {
    const text = head('A/C.3/78/L.61', [' Belarus and Nicaragua: amendments to draft resolution A/C.3/78/L.40 ', ' ', ' Promotion and protection of human rights in the context of peaceful protests ', ' ', '1. ', 'Operative paragraph 5 ', 'Replace the words “all States” with “States”. ']);
    expect(() => parseResolution(text, index)).toThrow(/^A\/C\.3\/78\/L\.61 proposes amendments to draft A\/C\.3\/78\/L\.40/);
  });

  it('a Main Committee report, though it quotes the drafts it recommends with their organ lines', () => {
    const text = head('A/78/481/Add.2', ['Promotion and protection of human rights ', ' ', 'Report of the Third Committee ', ' ', 'Rapporteur: Ms. Jane Doe (Ruritania) ', ' ', 'Draft resolution I ', 'Universal realization of the right of peoples to self-determination ', ' ', 'The General Assembly, ', ' ', 'Recalling its resolution 77/1, ', ' ', '1. Decides to act. ']);
    expect(() => parseResolution(text, index)).toThrow(/^A\/78\/481\/Add\.2 is a report of the Third Committee/);
  });
});

describe('sections and sponsors', () => {
  it('reads an unnumbered paragraph that opens a section and ends with a comma as the section\'s preamble, whatever its verb (A/RES/78/253, XXVI)', () => {
    const text = [
      ...HEADER, '1. ', 'Decides to act. ', ' ', 'II ', 'Contingency fund ', ' ', ' ',
      'Recalls its resolution 77/263 A, in which the level of the contingency fund for ', 'the year 2024 was set at 0.75 per cent of the approved programme budget for 2023, ', 'or 25,472,300 dollars,  ', ' ',
      '1. ', 'Notes that, after a charge of 24,595,700 dollars, a balance of ', '876,600 dollars remains in the contingency fund for 2024;  ', ' ', ...CLOSING,
    ].join('\n');
    expect(parseResolution(text, index).paragraphs.map((p) => [p.part, p.kind, p.number])).toEqual([
      [undefined, 'OPERATIVE', '1'], ['II', 'PREAMBULAR', undefined], ['II', 'OPERATIVE', '1'],
    ]);
  });

  it('reads a sponsor "on behalf of" a group whose line wraps inside the brackets', () => {
    const text = ['United Nations ', 'A/C.2/78/L.9', ' ', 'General Assembly ', 'Distr.: Limited ', '12 October 2023 ', ' ', 'Seventy-eighth session ', 'Second Committee ', 'Agenda item 16 ', 'Information and communications technologies for sustainable development ', ' ', ' ',
      ' Cuba (on behalf of the States Members of the United Nations that are members of the Group ', 'of 77 and China): draft resolution ', ' ', ' ', ' Information and communications technologies for sustainable development ', ' ', ' ',
      'The General Assembly, ', ' ', 'Recalling its resolution 77/150 of 14 December 2022, ', ' ', '1. ', 'Takes note of the report of the Secretary-General; '].join('\n');
    expect(parseResolution(text, index)).toMatchObject({ symbol: 'A/C.2/78/L.9', kind: 'DRAFT', sponsors: ['Cuba (on behalf of the States Members of the United Nations that are members of the Group of 77 and China)'] });
  });
});
