import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { extractMentions, TextContext } from '../../../src/core/ingest/citations';
import { addresseeOf, classifyClauses, leadingPhrase } from '../../../src/core/ingest/clauses';
import { footnoteTarget, stripMarkers } from '../../../src/core/ingest/footnotes';
import { toBlocks } from '../../../src/core/ingest/layout';
import { normalise } from '../../../src/core/ingest/normalise';
import { ORGANS, ordinalValue, ordinalWord, symbolOf } from '../../../src/core/ingest/organs';
import { isoDate } from '../../../src/core/ingest/dates';
import { segment } from '../../../src/core/ingest/segment';
import { DATA_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const organ = (key: string) => ORGANS.find((o) => o.key === key)!;

describe('normalise', () => {
  it('drops markdown emphasis, page furniture and odd spaces', () => {
    expect(normalise('**Title\nline two**\n\nGE.03-12345\n\n12\n\n1. *Decides*\u00A0to act;')).toBe('Title\nline two\n\n1. Decides to act;');
    expect(normalise('Recalling the\n__________________\n19-22385 (E) 280120\n*1922385*\nPlease recycle\nConvention,')).toBe('Recalling the\n\nConvention,');
  });

  it('re-joins a paragraph that a page break cut in two, and a number left alone on its line', () => {
    const blocks = toBlocks('protection of all migrant\n\nworkers and their families,\n\n2.\n\nRequests the Secretary-General'.split('\n'));
    expect(blocks.map((b) => b.lines)).toEqual([['protection of all migrant', 'workers and their families,'], ['2.', 'Requests the Secretary-General']]);
  });
});

describe('segment', () => {
  it('reads the header, the paragraphs, sub-paragraphs and the closing lines', () => {
    const seg = segment(
      'A/RES/98/7\n\nResolution adopted by the General Assembly on 3 May 2043\n\n98/7. A title\n\nThe General Assembly,\n\nRecalling x,\n\n1. Urges States:\n(a) To act;\n(b) To report;\n\n2. Decides to continue.\n\n12th plenary meeting\n3 May 2043\n\n[Adopted without a vote.]',
    );
    expect(seg).toMatchObject({ symbol: 'A/RES/98/7', number: '98/7', title: 'A title', adoptedOn: '2043-05-03', meetingNumber: 12, votingOutcome: 'WITHOUT_VOTE' });
    expect(seg.organ.key).toBe('ga');
    expect(seg.paragraphs).toEqual([
      { kind: 'PREAMBULAR', text: 'Recalling x,' },
      { kind: 'OPERATIVE', number: '1', text: 'Urges States: (a) To act; (b) To report;' },
      { kind: 'OPERATIVE', number: '2', text: 'Decides to continue.' },
    ]);
  });

  it('pulls footnotes out wherever the page break put them', () => {
    const seg = segment('The Human Rights Council,\n\nRecalling the Convention,1\n\n1 United Nations, Treaty Series, vol. 2220, No. 39481.\n\n1. Decides to act.');
    expect([...seg.footnotes]).toEqual([[1, 'United Nations, Treaty Series, vol. 2220, No. 39481.']]);
    expect(seg.paragraphs.map((p) => p.kind)).toEqual(['PREAMBULAR', 'OPERATIVE']);
  });

  it('reads dates', () => {
    expect(isoDate('on 1 July 2003;')).toBe('2003-07-01');
    expect(isoDate('no date')).toBeUndefined();
  });
});

describe('clauses', () => {
  it.each([
    ['Recalling also its resolution 7/16,', 'PREAMBULAR', 'Recalling also', 'RECALLS'],
    ['Noting with concern the report', 'PREAMBULAR', 'Noting with concern', 'NOTES'],
    ['Deeply concerned at the situation', 'PREAMBULAR', 'Deeply concerned', 'CONCERNED_AT'],
    ['Gravely concerned that', 'PREAMBULAR', 'Gravely concerned', 'CONCERNED_AT'],
    ['Calls again upon all States', 'OPERATIVE', 'Calls again upon', 'CALLS_UPON'],
    ['Also requests the Secretary-General', 'OPERATIVE', 'Also requests', 'REQUESTS'],
    ['Takes note with appreciation of the report', 'OPERATIVE', 'Takes note with appreciation of', 'TAKES_NOTE'],
    ['Strongly condemns all acts', 'OPERATIVE', 'Strongly condemns', 'CONDEMNS'],
    ['Proclaims 18 December International Migrants Day', 'OPERATIVE', 'Proclaims', 'PROCLAIMS'],
    ['Keeping in mind the principles', 'PREAMBULAR', 'Keeping in mind', 'KEEPS_IN_MIND'],
    ['Cognizant of the importance', 'PREAMBULAR', 'Cognizant of', 'COGNIZANT_OF'],
    ['Deeply disturbed by reports', 'PREAMBULAR', 'Deeply disturbed', 'DISTURBED_BY'],
    ['Re-emphasizing the need', 'PREAMBULAR', 'Re-emphasizing', 'EMPHASIZES'],
    ['Acknowledging the work of', 'PREAMBULAR', 'Acknowledging', 'ACKNOWLEDGES'],
    ['Expressing its appreciation to the Special Rapporteur', 'PREAMBULAR', 'Expressing its appreciation to', 'APPRECIATES'],
    ['Expresses deep concern at', 'OPERATIVE', 'Expresses deep concern', 'CONCERNED_AT'],
    ['Welcoming with appreciation the report', 'PREAMBULAR', 'Welcoming with appreciation', 'WELCOMES'],
    ['Acknowledges the efforts', 'OPERATIVE', 'Acknowledges', 'ACKNOWLEDGES'],
    ['Reminds States of their obligations', 'OPERATIVE', 'Reminds', 'REMINDS'],
  ] as const)('"%s" opens with the phrase and relation expected', (text, kind, phrase, relation) => {
    expect(leadingPhrase(text, kind)).toEqual({ phrase, relation });
  });

  it('splits operative clauses joined by "and <verb>" and finds each addressee', () => {
    expect(classifyClauses('Welcomes the report and requests the High Commissioner to present it, and encourages States to act;', 'OPERATIVE')).toEqual([
      { phrase: 'Welcomes', relation: 'WELCOMES' },
      { phrase: 'requests', relation: 'REQUESTS', addressee: 'the High Commissioner' },
      { phrase: 'encourages', relation: 'ENCOURAGES', addressee: 'States' },
    ]);
  });

  it('takes the addressee up to the first "to <verb>", not "to the"', () => {
    expect(addresseeOf(' States parties to the Convention to submit reports')).toBe('States parties to the Convention');
    expect(addresseeOf(' all Governments, as well as organizations, to cooperate')).toBe('all Governments, as well as organizations');
    expect(addresseeOf(' the efforts made')).toBeUndefined();
  });
});

describe('citations', () => {
  const ctx = (key: string, subject?: TextContext['subject']): TextContext => ({ organ: organ(key), index, discovered: new Map(), subject });
  const quotes = (text: string, c: TextContext) => extractMentions(text, c).map((m) => [m.quote, m.targets.join('+')]);

  it('normalises resolution references in running text to symbols; a list carries its organ to the next item', () => {
    const c = ctx('hrc');
    expect(quotes('Recalling its resolutions 7/16 of 27 March 2008, 10/18 and 35/17, General Assembly resolution 2200 A (XXI) and Economic and Social Council resolution 1985/17, and decision 1998/246,', c)).toEqual([
      ['its resolutions 7/16 of 27 March 2008', 'un:A/HRC/RES/7/16'],
      ['10/18', 'un:A/HRC/RES/10/18'],
      ['35/17', 'un:A/HRC/RES/35/17'],
      ['General Assembly resolution 2200 A (XXI)', 'un:A/RES/2200(XXI)+body:general-assembly'],
      ['Economic and Social Council resolution 1985/17', 'un:E/RES/1985/17+body:ecosoc'],
      ['decision 1998/246', 'un:E/DEC/1998/246'],
    ]);
    expect(quotes('Recalling decision 1998/246,', ctx('hrc'))).toEqual([]);
    expect(c.discovered.get('un:A/HRC/RES/10/18')).toEqual({ id: 'un:A/HRC/RES/10/18', type: 'Resolution', kind: 'RESOLUTION', symbol: 'A/HRC/RES/10/18', number: '10/18' });
    expect(quotes('Recalling its decision 1998/246,', ctx('ecosoc'))).toEqual([['its decision 1998/246', 'un:E/DEC/1998/246']]);
  });

  it('reads UN symbols in full grammar, without trailing punctuation', () => {
    expect(quotes('(A/CONF.157/23), E/CN.4/2003/L.11/Add.4, A/HRC/7/16/Rev.1 and S/2004/616/Corr.1.', ctx('ga'))).toEqual([
      ['A/CONF.157/23', 'instrument:vdpa'],
      ['E/CN.4/2003/L.11/Add.4', 'un:E/CN.4/2003/L.11/Add.4'],
      ['A/HRC/7/16/Rev.1', 'un:A/HRC/7/16/Rev.1'],
      ['S/2004/616/Corr.1', 'un:S/2004/616/Corr.1'],
    ]);
  });

  it('finds instruments by title, alias and "the Convention" of the resolution, and provisions of them', () => {
    const c = ctx('chr', { id: 'instrument:icmw', noun: 'Convention' });
    expect(quotes('the International Covenants on Human Rights, article 72 of the Convention and the Convention on Biological Diversity', c)).toEqual([
      ['International Covenants on Human Rights', 'instrument:iccpr+instrument:icescr'],
      ['article 72 of the Convention', 'instrument:icmw:article-72'],
      ['the Convention', 'instrument:icmw'],
      ['Convention on Biological Diversity', 'instrument:cbd'],
    ]);
  });

  it('reads lists of provisions and "thereof", and titles led by a place name', () => {
    expect(quotes('Recalling articles 72 and 73 of the Convention, paragraphs 6 and 7 of its resolution 60/251 and the Vienna Convention on Road Traffic, in particular article 36 thereof,', ctx('ga', { id: 'instrument:icmw', noun: 'Convention' }))).toEqual([
      ['articles 72 and 73 of the Convention', 'instrument:icmw:article-72+instrument:icmw:article-73'],
      ['the Convention', 'instrument:icmw'],
      ['paragraphs 6 and 7 of its resolution 60/251', 'un:A/RES/60/251:paragraph-6+un:A/RES/60/251:paragraph-7'],
      ['its resolution 60/251', 'un:A/RES/60/251'],
      ['Vienna Convention on Road Traffic', 'instrument:vienna-convention-on-road-traffic'],
      ['article 36 thereof', 'instrument:vienna-convention-on-road-traffic:article-36'],
    ]);
  });

  it('takes "its ... session" to be the session of the organ named just before', () => {
    expect(quotes('to submit to the General Assembly at its seventy-fifth session and to the Human Rights Council at its forty-third session', ctx('ga'))).toEqual([
      ['General Assembly', 'body:general-assembly'],
      ['its seventy-fifth session', 'event:ga-75'],
      ['Human Rights Council', 'body:hrc'],
      ['its forty-third session', 'event:hrc-43'],
    ]);
  });

  it('names the organ itself and its sessions', () => {
    expect(quotes('report to the Council at its sixtieth session', ctx('hrc'))).toEqual([
      ['the Council', 'body:hrc'],
      ['its sixtieth session', 'event:hrc-60'],
    ]);
  });

  it('builds and reads ordinals and symbols', () => {
    expect([ordinalWord(59), ordinalWord(60), ordinalWord(11), ordinalValue('ninety-ninth'), ordinalValue('60th')]).toEqual(['fifty-ninth', 'sixtieth', 'eleventh', 99, 60]);
    expect(symbolOf(organ('sc'), '1325 (2000)')).toBe('S/RES/1325 (2000)');
  });
});

describe('footnotes', () => {
  const footnotes = new Map([[3, 'United Nations, Treaty Series, vol. 1465, No. 24841.'], [12, 'Ibid.']]);

  it('removes only markers that have a footnote, glued or after punctuation', () => {
    const { text, markers } = stripMarkers('Punishment,3 and Torture, 12 and article 72 of 1 July', footnotes);
    expect(text).toBe('Punishment, and Torture, and article 72 of 1 July');
    expect(markers).toEqual([{ at: 11, number: 3 }, { at: 24, number: 12 }]);
  });

  it('removes a marker that pdftotext set apart after a title word, but not a number the text needs', () => {
    const notes = new Map([[17, 'Resolution 70/1.'], [18, 'Ibid.']]);
    expect(stripMarkers('the 2030 Agenda for Sustainable Development 17 and Goal 17 and children under 18 years', notes).text).toBe(
      'the 2030 Agenda for Sustainable Development and Goal 17 and children under 18 years',
    );
  });

  it('identifies treaties by Treaty Series volume and number, and follows "Ibid."', () => {
    expect(footnoteTarget('United Nations, Treaty Series, vol. 2220, No. 39481.', undefined, index)).toBe('instrument:icmw');
    expect(footnoteTarget('Ibid., vol. 1249, No. 20378.', undefined, index)).toBe('instrument:cedaw');
    expect(footnoteTarget('Ibid.', 'instrument:cat', index)).toBe('instrument:cat');
    expect(footnoteTarget('See resolution 45/158, annex.', undefined, index)).toBe('instrument:icmw');
  });
});

describe('instruments the catalogue lacks', () => {
  it('are recognised by the shape of their title and created once, uncurated', () => {
    const c: TextContext = { organ: ORGANS[0], index, discovered: new Map() };
    const found = extractMentions('Recalling the Convention on the Conservation of Antarctic Marine Living Resources and the Convention on the Rights of the Child, and the Convention and its work,', c);
    expect(found.map((m) => [m.quote, m.targets[0]])).toEqual([
      ['Convention on the Conservation of Antarctic Marine Living Resources', 'instrument:convention-on-the-conservation-of-antarctic-marine-living-resources'],
      ['Convention on the Rights of the Child', 'instrument:crc'],
    ]);
    expect(c.discovered.get('instrument:convention-on-the-conservation-of-antarctic-marine-living-resources')).toMatchObject({ type: 'Instrument', kind: 'CONVENTION' });
  });
});
