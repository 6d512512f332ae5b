import { html } from '../../../src/api/http/reader/html';
import { entityVariables, readEntityFilters } from '../../../src/api/http/reader/entity.page';
import { encodePath, paragraphAnchor, relationLabel } from '../../../src/api/http/reader/labels';
import { ReaderData, renderReader } from '../../../src/api/http/reader/reader.page';
import { renderYearChart } from '../../../src/api/http/reader/year-chart';

const card = (id: string, label: string, entityType = 'Instrument') => ({ __typename: entityType, id, label, title: label, entityType, citedByCount: 3 });

function resolution(text: string, citations: ReaderData['paragraphs'][number]['citations']): ReaderData {
  return {
    id: 'un:A/RES/1/1',
    symbol: 'A/RES/1/1',
    title: 'Test',
    number: null,
    kind: 'RESOLUTION',
    adoptedOn: '2003-04-23',
    votingOutcome: 'WITHOUT_VOTE',
    sponsors: null,
    paragraphCount: 1,
    vote: null,
    adoptedBy: null,
    adoptedAt: null,
    session: null,
    reportedIn: null,
    citedByCount: 0,
    paragraphs: [{ id: 'un:A/RES/1/1#I-op3', kind: 'OPERATIVE', number: '3', part: 'I', leadingPhrase: 'Recalls', relation: 'RECALLS', text, clauses: [{ phrase: 'Recalls', relation: 'RECALLS', start: 0 }], citations }],
    cites: citations.map((c) => ({ id: c.target.id, entity: card(c.target.id, c.target.id.split(':')[1].toUpperCase()), citations: [{ relation: c.relation, paragraph: { id: 'un:A/RES/1/1#I-op3' } }] })),
  };
}

describe('the reader page', () => {
  it('escapes everything it interpolates', () => {
    expect(html`<p title="${'"><script>'}">${'<b>&'}</p>`.value).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;&amp;</p>');
  });

  it('anchors a paragraph of a part as its id fragment, marks the phrase and links each citation span, once per target', () => {
    const text = 'Recalls the International Covenants on Human Rights and <the> Charter';
    const out = renderReader(
      resolution(text, [
        { start: 12, end: 51, quote: 'International Covenants on Human Rights', relation: 'RECALLS', role: 'MENTION', target: { id: 'instrument:iccpr' } },
        { start: 12, end: 51, quote: 'International Covenants on Human Rights', relation: 'RECALLS', role: 'MENTION', target: { id: 'instrument:icescr' } },
        { start: 62, end: 69, quote: 'Charter', relation: 'RECALLS', role: 'MENTION', target: { id: 'instrument:un-charter' } },
      ]),
    ).value;
    expect(out).toContain('<li class="para" id="I-op3">');
    expect(out).toContain('<strong class="phrase" data-relation="RECALLS" title="Recalls">Recalls</strong>');
    expect(out).toContain('href="/entity/instrument:iccpr" data-target="instrument:iccpr" aria-describedby="card-1">International Covenants on Human Rights</a><sup class="also">');
    expect(out).toContain('data-target="instrument:icescr"');
    expect(out).toContain('&lt;the&gt;');
    expect(out).not.toContain('<the>');
  });

  it('keeps a citation nested inside another out of the text and lists it after the paragraph', () => {
    const text = 'Recalls the Conference of the Parties to the Convention on Biological Diversity';
    const out = renderReader(
      resolution(text, [
        { start: 12, end: 79, quote: text.slice(12), relation: 'RECALLS', role: 'MENTION', target: { id: 'body:cbd-cop' } },
        { start: 45, end: 79, quote: text.slice(45), relation: 'RECALLS', role: 'MENTION', target: { id: 'instrument:cbd' } },
      ]),
    ).value;
    expect(out.match(/<a class="cite/g)).toHaveLength(2);
    expect(out).toContain('<span class="nested">(also cites <a class="cite kind-Instrument" href="/entity/instrument:cbd"');
  });

  it('prints a chapeau once above the paragraphs it governs, and marks no phrase its text does not hold', () => {
    const base = resolution('The Working Capital Fund shall be established for 2024;', []);
    const para = (n: string, text: string, chapeau: string | null) => ({
      ...base.paragraphs[0],
      id: `un:A/RES/1/1#op${n}`,
      number: n,
      part: null,
      chapeau,
      text,
      leadingPhrase: chapeau ? 'Resolves' : 'Requests',
      relation: chapeau ? 'RESOLVES' : 'REQUESTS',
      clauses: [{ phrase: chapeau ? 'Resolves' : 'Requests', relation: chapeau ? 'RESOLVES' : 'REQUESTS', start: 0 }],
    });
    const out = renderReader({
      ...base,
      paragraphs: [para('1', 'The Working Capital Fund shall be established;', 'Resolves that:'), para('2', 'Member States shall advance;', 'Resolves that:'), para('3', 'Requests the Secretary-General to report;', null)],
    }).value;
    expect(out.match(/<p class="chapeau">Resolves that:<\/p>/g)).toHaveLength(1);
    expect(out.indexOf('class="chapeau"')).toBeLessThan(out.indexOf('id="op1"'));
    expect(out).not.toContain('title="Resolves">The Work');
    expect(out).toContain('<strong class="phrase" data-relation="REQUESTS" title="Requests">Requests</strong>');
    expect(out.match(/<ol class="paragraphs operative">/g)).toHaveLength(2);
  });
});

describe('the entity page filters', () => {
  it('keeps only values it understands', () => {
    expect(readEntityFilters({ relation: 'GUIDED_BY', organ: 'body:chr', from: '2003', to: '2004' })).toMatchObject({ relation: 'GUIDED_BY', organ: 'body:chr', from: 2003, to: 2004 });
    expect(readEntityFilters({ relation: '<script>', organ: "body:x' OR 1=1", from: 'abcd', to: ['2004'] })).toMatchObject({ relation: null, organ: null, from: null, to: null });
  });

  it('turns years into an adoption date range of the CitationFilter', () => {
    expect(entityVariables('instrument:udhr', readEntityFilters({ relation: 'RECALLS', from: '2000', to: '2009' }))).toEqual({
      id: 'instrument:udhr',
      first: 20,
      filter: { relations: ['RECALLS'], adoptedFrom: '2000-01-01', adoptedTo: '2009-12-31' },
    });
  });
});

describe('labels and chart', () => {
  it('names relations, anchors and paths as readers and URLs want them', () => {
    expect(relationLabel('CALLS_UPON')).toBe('Calls upon');
    expect(paragraphAnchor('un:E/CN.4/RES/2003/48#op5')).toBe('op5');
    expect(encodePath('un:A/RES/2200 A (XXI)')).toBe('un:A/RES/2200%20A%20(XXI)');
  });

  it('draws one bar per year with a count, and says the totals in words', () => {
    const svg = String(renderYearChart(new Map([[2003, 1], [2023, 44], [2024, 11]])));
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(svg).toContain('aria-label="Resolutions citing it per year, 2003 to 2024: 56 in all, most in one year 44."');
    expect(svg).not.toContain('style=');
  });
});
