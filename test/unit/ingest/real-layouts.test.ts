import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { IngestError } from '../../../src/core/ingest/errors';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { toResolutionWrite } from '../../../src/core/ingest/to-graph-write';
import { DATA_DIR, ROOT_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const fixture = (name: string) => readFileSync(join(ROOT_DIR, 'test/fixtures/texts', `${name}.txt`), 'utf8');
const summary = (text: string) => {
  const p = parseResolution(text, index);
  return { ...p, paragraphs: p.paragraphs.map((q) => [q.part ?? null, q.kind, q.number ?? null, q.text.slice(0, 25).trim()]) };
};

/** A page of a PDF text layer as PyMuPDF gives it: `body` lines, the footnote rule and notes, the next page's furniture. */
const page = (body: string[], notes: string[] = [], pageNo = 2) => [...body, ...(notes.length ? ['__________________', ' ', ...notes, ''] : ['']), 'A/RES/78/9 ', 'A title', ' ', '23-12345', `${pageNo}/4 `, ' '];
const HEADER = ['United Nations ', 'A/RES/78/9', ' ', 'General Assembly ', 'Distr.: General ', '22 December 2023 ', ' ', '23-12345 (E)    090124 ', '*2312345*', ' ', 'Seventy-eighth session ', 'Agenda item 7 ', 'Financing of the activities arising from Security Council ', 'resolution 1863 (2009) ', ' ', ' Resolution adopted by the General Assembly ', 'on 19 December 2023 ', ' ', '[without reference to a Main Committee (A/78/L.45 and A/78/L.45/Add.1)] ', ' ', ' 78/9. A title ', ' ', 'The General Assembly, ', ' '];

describe('drafts', () => {
  it('reads a Third Committee draft: its own symbol, kind DRAFT, its sponsor, title and paragraphs, and no adoption', () => {
    const p = summary(fixture('draft-a-c3-78-l30'));
    expect(p).toMatchObject({ symbol: 'A/C.3/78/L.30', kind: 'DRAFT', sponsors: ['Pakistan'], title: 'Universal realization of the right of peoples to self-determination' });
    expect(p).not.toHaveProperty('adoptedBy');
    expect(p).not.toHaveProperty('adoptedOn');
    expect(p.paragraphs.map((q) => q[1])).toEqual([...Array(8).fill('PREAMBULAR'), ...Array(6).fill('OPERATIVE')]);
  });

  it('reads a revised plenary draft with sponsors over two lines and a title over four', () => {
    const p = summary(fixture('draft-a-78-l104-rev1'));
    expect(p).toMatchObject({ symbol: 'A/78/L.104/Rev.1', kind: 'DRAFT', sponsors: ['Argentina', 'Brazil', 'Chile', 'Costa Rica', 'El Salvador', 'Portugal', 'Slovenia'] });
    expect(p.title).toMatch(/^Consideration of decision 14\/1 .* how best to address them”$/);
    expect(p.paragraphs).toHaveLength(7);
    expect(toResolutionWrite(parseResolution(fixture('draft-a-78-l104-rev1'), index)).resolution.props).toMatchObject({ kind: 'DRAFT', sponsors: p.sponsors });
  });

  it('reads a draft submitted by an officer: no sponsors, and its title is not the submission line', () => {
    const text = fixture('draft-a-c3-78-l30').replace(' Pakistan: draft resolution ', ' Draft resolution submitted by the Vice-Chair of the Committee, Ms. Jane Doe \n(Ruritania), on the basis of informal consultations ');
    const p = parseResolution(text, index);
    expect(p).toMatchObject({ symbol: 'A/C.3/78/L.30', kind: 'DRAFT', title: 'Universal realization of the right of peoples to self-determination' });
    expect(p.sponsors).toBeUndefined();
  });

  it('splits sponsors at commas and the last "and", not inside names or brackets', () => {
    const text = fixture('draft-a-c3-78-l30').replace(' Pakistan: draft resolution ', ' Bolivia (Plurinational State of), Iran (Islamic Republic of), Trinidad and Tobago and\nBosnia and Herzegovina: revised draft resolution ');
    expect(parseResolution(text, index).sponsors).toEqual(['Bolivia (Plurinational State of)', 'Iran (Islamic Republic of)', 'Trinidad and Tobago', 'Bosnia and Herzegovina']);
  });

  it('never takes a symbol named in a title for the text\'s own, and links a resolution to the draft it names', () => {
    const p = parseResolution([...HEADER, 'Recalling its resolution 77/1,', ' ', '1. Decides to act. ', ' ', '48th plenary meeting ', '19 December 2023 '].join('\n'), index);
    expect(p).toMatchObject({ symbol: 'A/RES/78/9', number: '78/9', reportedIn: { target: 'un:A/78/L.45' } });
    expect(p.newEntities).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'un:A/78/L.45', kind: 'DRAFT' })]));
  });

  it('refuses a corrigendum or addendum with the reason', () => {
    expect(() => parseResolution('United Nations\nA/C.3/78/L.30/Add.1\nGeneral Assembly\nDistr.: Limited\n2 November 2023\nAddendum\nSponsors: Chile, Peru', index)).toThrow(/A\/C\.3\/78\/L\.30\/Add\.1 is an addendum/);
    expect(() => parseResolution('United Nations\nA/RES/78/12/Corr.1\nGeneral Assembly\nCorrigendum\n1. Page 3, paragraph 5\nFor 2023 read 2024', index)).toThrow(IngestError);
    // An organ line of an organ the parser does not read is refused, not skipped for the first leading phrase.
    expect(() => parseResolution([...HEADER.slice(0, -2), 'The Picnic Committee,', '', 'Recalling x,', '', '1. Decides a.'].join('\n'), index)).toThrow(/organ line "The Picnic Committee," names no organ/);
  });
});

describe('the body of a PDF text layer', () => {
  const text = [
    ...HEADER,
    ...page(['Recalling its resolution 77/1 of 1 May 2022,1 ', ' ', 'Noting the report of the Secretary-General on the ', 'implementation of resolution 77/2,2'], ['1  See A/77/PV.45, 45th meeting, paras. 12–20. ', ' ', '2  A/78/123. ']),
    'I ', ' ', 'Follow-up to the World Summit ', ' ', ' ',
    '1. ', 'Decides to convene the following agenda: ', ' ', '1. ', 'Opening of the meeting. ', ' ', '2. ', 'Adoption of the agenda. ', ' ',
    '2. ', 'Requests the Secretary-General to report; ', ' ',
    'II ', 'Budget ', ' ', 'Having considered the report, ', ' ',
    '1. ', 'Approves the budget; ', ' ', '2. ', 'Decides to remain seized of the matter. ', ' ',
    '90th (resumed) plenary meeting ', '19 December 2023 ', ' ', 'Annex ', 'Declaration ', ' ', '1. We, the Heads of State, ',
  ].join('\n');

  it('sets footnotes apart (a note citing a meeting record is not the closing line), drops headings and quoted lists, and gives sections their part', () => {
    const p = summary(text);
    expect(p.paragraphs).toEqual([
      // The preamble before the first section heading belongs to the whole resolution.
      [null, 'PREAMBULAR', null, 'Recalling its resolution'],
      [null, 'PREAMBULAR', null, 'Noting the report of the'],
      ['I', 'OPERATIVE', '1', 'Decides to convene the fo'],
      ['I', 'OPERATIVE', '2', 'Requests the Secretary-Ge'],
      ['II', 'PREAMBULAR', null, 'Having considered the rep'],
      ['II', 'OPERATIVE', '1', 'Approves the budget;'],
      ['II', 'OPERATIVE', '2', 'Decides to remain seized'],
    ]);
    const parsed = parseResolution(text, index);
    expect(parsed.paragraphs[0].text).toBe('Recalling its resolution 77/1 of 1 May 2022,');
    expect(parsed.paragraphs[2].text).toBe('Decides to convene the following agenda: 1. Opening of the meeting. 2. Adoption of the agenda.');
    expect(parsed).toMatchObject({ adoptedAt: 'event:ga-78-meeting-90', adoptedOn: '2023-12-19' });
    expect(parsed.warnings).toBeUndefined();
    expect(toResolutionWrite(parsed).paragraphs.map((r) => r.id.split('#')[1])).toEqual(['pp1', 'pp2', 'I-op1', 'I-op2', 'II-pp1', 'II-op1', 'II-op2']);
  });

  it('reads a resolution in parts A and B, each with its organ line and numbered from 1', () => {
    const parts = [...HEADER.slice(0, -2), ' ', 'A ', ' ', 'First part ', ' ', 'The General Assembly, ', ' ', 'Recalling x, ', ' ', '1. Decides a; ', ' ', '2. Decides b. ', ' ', 'B ', ' ', 'Second part ', ' ', 'The General Assembly, ', ' ', 'Noting y, ', ' ', '1. Decides c. ', ' ', '48th plenary meeting ', '19 December 2023 '];
    expect(summary(parts.join('\n')).paragraphs).toEqual([
      ['A', 'PREAMBULAR', null, 'Recalling x,'],
      ['A', 'OPERATIVE', '1', 'Decides a;'],
      ['A', 'OPERATIVE', '2', 'Decides b.'],
      ['B', 'PREAMBULAR', null, 'Noting y,'],
      ['B', 'OPERATIVE', '1', 'Decides c.'],
    ]);
  });

  it('gives a single unnumbered operative paragraph its kind, and says so when numbers jump or text follows the closing lines', () => {
    expect(summary([...HEADER, 'Endorses the declaration annexed to the present resolution. ', ' ', '15th plenary meeting ', '29 September 2023 '].join('\n')).paragraphs).toEqual([
      [null, 'OPERATIVE', null, 'Endorses the declaration'],
    ]);
    const jumped = parseResolution([...HEADER, 'Recalling x, ', ' ', '1. Decides a; ', ' ', '3. Decides c. ', ' ', '48th plenary meeting ', '19 December 2023 ', ' ', '4. Requests the Secretary-General to report to it on the matter. '].join('\n'), index);
    expect(jumped.warnings).toEqual([expect.stringMatching(/paragraph 2 was not found/), expect.stringMatching(/after the closing lines were not read/)]);
  });

  it('reads a recorded vote and its lists as closing lines', () => {
    const p = parseResolution([...HEADER, 'Recalling x, ', ' ', '1. Decides a. ', ' ', '50th plenary meeting ', '19 December 2023 ', ' ', '[Adopted by a recorded vote of 30 to 5, with 12 abstentions. The voting was as follows: ', 'In favour: ', 'Argentina, Benin, Chile and many further Member States of the Assembly ', 'Against: ', 'Cuba, Eritrea and some further Member States of the Assembly ', 'Abstaining: ', 'India, Japan and some further Member States]'].join('\n'), index);
    expect(p).toMatchObject({ votingOutcome: 'RECORDED_VOTE', votes: { inFavour: 30, against: 5, abstentions: 12 } });
    expect(p.warnings).toBeUndefined();
  });
});
