import { agendaHref, renderAgendaItem, renderAgendaList, sessionLabel } from '../../../src/api/http/reader/agenda.page';
import { ReaderData, renderReader } from '../../../src/api/http/reader/reader.page';

const item = (session: string, n: string, title: string | null, count: number, organ = 'ga') => ({ id: `agenda:${organ}:${session}:${n.replace(' ', '')}`, organ, session, item: n, title, resolutionCount: count });

describe('the agenda pages', () => {
  it('links an agenda item by its id, keeping the brackets and colons readable', () => {
    expect(agendaHref('agenda:ga:78:71(b)')).toBe('/agenda/agenda:ga:78:71(b)');
  });

  it('names sessions as the UN prints them', () => {
    expect(sessionLabel('ga', '78')).toBe('Seventy-eighth session of the General Assembly');
    expect(sessionLabel('ga', 'ES-10')).toBe('Tenth emergency special session of the General Assembly');
    expect(sessionLabel('ecosoc', '2044')).toBe('2044 session of the Economic and Social Council');
  });

  it('lists each session\'s items in the order given, with titles, counts and links, as a table with headers', () => {
    const out = renderAgendaList([item('78', '13', null, 3), item('78', '71 (b)', 'Promotion and <protection>', 30), item('54', '3', 'Promotion', 2, 'hrc')]).value;
    expect(out).toContain('<h2 id="a0">Seventy-eighth session of the General Assembly</h2>');
    expect(out).toContain('<h2 id="a1">Fifty-fourth session of the Human Rights Council</h2>');
    expect(out).toContain('<th scope="row"><a href="/agenda/agenda:ga:78:71(b)">71 (b)</a></th><td>Promotion and &lt;protection&gt;</td><td class="num-col">30</td>');
    expect(out).toContain('(title not printed apart in its texts)');
    expect(out.indexOf('>13<')).toBeLessThan(out.indexOf('>71 (b)<'));
    expect(out).toContain('3 agenda items, 35 resolutions');
  });

  it('lists an item\'s resolutions, opening those with paragraphs in the reader, and links back to all items', () => {
    const out = renderAgendaItem({
      ...item('78', '70', 'Right of peoples to self-determination', 2),
      number: 70,
      subItem: null,
      resolutions: [
        { id: 'un:A/RES/78/1', symbol: 'A/RES/78/1', title: 'One', kind: 'RESOLUTION', adoptedOn: '2023-09-29', paragraphCount: 4 },
        { id: 'un:A/C.3/78/L.30', symbol: 'A/C.3/78/L.30', title: 'Draft', kind: 'DRAFT', adoptedOn: null, paragraphCount: null },
      ],
    }).value;
    expect(out).toContain('<h1>Right of peoples to self-determination</h1>');
    expect(out).toContain('<a href="/read/A/RES/78/1">A/RES/78/1</a> One <span class="date">29 September 2023</span>');
    expect(out).toContain('<a href="/entity/un:A/C.3/78/L.30">A/C.3/78/L.30</a> (draft)');
    expect(out).toContain('<a href="/browse/agenda">All agenda items</a>');
  });

  it('shows a resolution\'s agenda items in its header, linked', () => {
    const r = {
      id: 'un:A/RES/78/1', symbol: 'A/RES/78/1', title: 'T', number: null, kind: 'RESOLUTION', adoptedOn: null, votingOutcome: null, sponsors: null, paragraphCount: 0, vote: null,
      adoptedBy: null, adoptedAt: null, session: null, reportedIn: null, citedByCount: 0, paragraphs: [], cites: [],
      agendaItems: [{ id: 'agenda:ga:78:13', item: '13', title: null }, { id: 'agenda:ga:78:117', item: '117', title: 'Follow-up to the outcome of the Millennium Summit' }],
    } as ReaderData;
    const out = renderReader(r).value;
    expect(out).toContain('<dt>Agenda items</dt><dd><ul class="agenda-facts"><li><a href="/agenda/agenda:ga:78:13">Item 13</a></li><li><a href="/agenda/agenda:ga:78:117">Item 117</a> <span class="muted">Follow-up to the outcome of the Millennium Summit</span></li></ul></dd>');
  });
});
