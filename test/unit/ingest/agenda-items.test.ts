import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agendaItemsOf, readAgenda } from '../../../src/core/ingest/agenda-items';
import { normalise } from '../../../src/core/ingest/normalise';
import { segment } from '../../../src/core/ingest/segment';
import { corpusTexts } from '../../support/corpus';
import { DATA_DIR, ROOT_DIR } from '../../support/paths';

/** The agenda items of a text as the pipeline reads them (segment's header, then the ids). */
function itemsOf(text: string) {
  const seg = segment(normalise(text, { marks: true }));
  return agendaItemsOf(seg.organ.key, seg.agenda, undefined);
}
const fixture = (name: string) => readFileSync(join(ROOT_DIR, 'test/fixtures/texts', `${name}.txt`), 'utf8');
const corpus = new Map(corpusTexts().map(({ name, text }) => [name, text]));
const corpusItems = (n: number) => itemsOf(corpus.get(`A_RES_78_${n}`) ?? corpus.get(`A_RES_78_${n}.txt`)!);

describe('agenda items in the headers of the GA-78 corpus (real PDF text layers)', () => {
  it('gives every one of the 326 resolutions at least one agenda item of the seventy-eighth session, as its header prints it', () => {
    expect(corpus.size).toBe(326);
    for (const [name, text] of corpus) {
      const items = itemsOf(text);
      const printed = /^\s*Agenda items? (.+?)\s*$/m.exec(text)![1];
      expect({ name, ok: items.length > 0 && items.every((i) => i.id.startsWith('agenda:ga:78:') && i.session === '78') }).toEqual({ name, ok: true });
      // Every number the line prints is an item read.
      for (const n of printed.match(/\d+/g)!) expect({ name, n, read: items.some((i) => i.number === Number(n)) }).toEqual({ name, n, read: true });
    }
  });

  it('reads double-letter sub-items and the title printed over several lines', () => {
    expect(corpusItems(27)).toEqual([
      { id: 'agenda:ga:78:99(aa)', session: '78', number: 99, subItem: 'aa', title: 'General and complete disarmament: follow-up to the 2013 high-level meeting of the General Assembly on nuclear disarmament' },
    ]);
    expect(corpusItems(81)[0].title).toBe('Information from Non-Self-Governing Territories transmitted under Article 73 e of the Charter of the United Nations');
  });

  it('gives each of several items its own title when each is printed as a block of its own', () => {
    expect(corpusItems(247)).toEqual([
      { id: 'agenda:ga:78:132', session: '78', number: 132, title: 'Review of the efficiency of the administrative and financial functioning of the United Nations' },
      { id: 'agenda:ga:78:143', session: '78', number: 143, title: 'Report on the activities of the Office of Internal Oversight Services' },
    ]);
    expect(corpusItems(128).map((i) => [i.id, i.title])).toEqual([
      ['agenda:ga:78:13', 'Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations conferences and summits in the economic, social and related fields'],
      ['agenda:ga:78:75(a)', 'Oceans and the law of the sea: oceans and the law of the sea'],
    ]);
  });

  it('leaves the titles of several items out when they run on without a blank line (which lines are whose cannot be told)', () => {
    expect(corpusItems(1)).toEqual([
      { id: 'agenda:ga:78:13', session: '78', number: 13 },
      { id: 'agenda:ga:78:117', session: '78', number: 117 },
    ]);
  });
});

describe('agenda items in other layouts', () => {
  it('reads a Third Committee draft, an ECOSOC resolution (a year for a session) and a Council resolution', () => {
    expect(itemsOf(fixture('draft-a-c3-78-l30'))).toEqual([{ id: 'agenda:ga:78:70', session: '78', number: 70, title: 'Right of peoples to self-determination' }]);
    expect(itemsOf(fixture('ecosoc-2044-9-word'))).toEqual([{ id: 'agenda:ecosoc:2044:18(b)', session: '2044', number: 18, subItem: 'b' }]);
    expect(itemsOf(fixture('hrc-99-8-pdf'))[0]).toMatchObject({ id: 'agenda:hrc:99:3', title: expect.stringMatching(/^Promotion and protection of all human rights, civil,/) });
  });

  it('stops the title at the adoption line when no blank line separates them', () => {
    expect(itemsOf(fixture('ga-99-117-pdftotext'))[0].title).toBe(
      'Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms',
    );
  });

  it('gives a Commission text without an agenda line no agenda item', () => {
    expect(itemsOf(readFileSync(join(DATA_DIR, 'seed', 'chr-resolution-2003-48.txt'), 'utf8'))).toEqual([]);
  });

  it.each([
    ['Agenda item 68 (a) and (b)', [['68', 'a'], ['68', 'b']]],
    ['Agenda items 20, 24 and 25', [['20'], ['24'], ['25']]],
    ['Agenda items 13 and 75 (a)', [['13'], ['75', 'a']]],
    ['Item 3 of the provisional agenda', [['3']]],
  ])('reads the list "%s"', (line, expected) => {
    const agenda = readAgenda(['Seventy-eighth session', line, '']);
    expect(agenda.session).toBe('78');
    expect(agenda.items.map((i) => (i.subItem ? [String(i.number), i.subItem] : [String(i.number)]))).toEqual(expected);
  });

  it('names special sessions apart from regular ones, and reads no item from a line that is not a list', () => {
    expect(readAgenda(['Tenth emergency special session', 'Agenda item 5', 'Illegal Israeli actions', '']).session).toBe('ES-10');
    expect(readAgenda(['Twenty-seventh special session', 'Agenda item 8']).session).toBe('S-27');
    expect(readAgenda(['Seventy-eighth session', 'Agenda item 71 (b) and other matters']).items).toEqual([]);
    expect(agendaItemsOf('ga', readAgenda(['Agenda item 5', 'A title']), undefined)).toEqual([]);
    expect(agendaItemsOf('ga', readAgenda(['Agenda item 5', 'A title']), 78)).toEqual([{ id: 'agenda:ga:78:5', session: '78', number: 5, title: 'A title' }]);
  });

  it('keeps a draft\'s wrapped sponsors\' line out of the title', () => {
    const agenda = readAgenda(['Seventy-eighth session', 'Third Committee', 'Agenda item 70', 'Right of peoples to self-determination', 'Argentina, Brazil, Chile and', 'Slovenia: draft resolution', '', 'A title']);
    expect(agenda.items).toEqual([{ number: 70, title: 'Right of peoples to self-determination' }]);
  });
});
