import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { ParsedResolution } from '../../../src/core/ingest/parsed-resolution';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { corpusDir, DATA_DIR } from '../../support/paths';

/**
 * How UN texts name what they cite, each rule checked on a real sentence of the GA-78 corpus (data/corpus/ga-78) as the
 * project ships it, footnotes and all.
 */
const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const parsed = new Map<string, ParsedResolution>();
const parse = (n: number) => {
  if (!parsed.has(`${n}`)) parsed.set(`${n}`, parseResolution(readFileSync(join(corpusDir(), `A_RES_78_${n}.txt`), 'utf8'), index));
  return parsed.get(`${n}`)!;
};
/** The targets a paragraph cites: `op3`, or `pp2` for the second preambular paragraph. */
const cited = (n: number, where: string) => {
  const r = parse(n);
  const pp = /^pp(\d+)$/.exec(where);
  const p = pp ? r.paragraphs.filter((x) => x.kind === 'PREAMBULAR')[Number(pp[1]) - 1] : r.paragraphs.find((x) => x.kind === 'OPERATIVE' && x.number === where.slice(2));
  return [...new Set(p!.citations.map((c) => c.target))];
};
const boardReports = [
  'A/78/5 (Vol. I)', 'A/78/5 (Vol. III)', 'A/78/5 (Vol. IV)',
  ...[1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 15, 16].map((k) => `A/78/5/Add.${k}`),
].map((s) => `un:${s}`);

describe('footnotes on the items of a list of reports (A/RES/78/242)', () => {
  it('cites each report of "the reports of the Board of Auditors on the United Nations,1 ... and the United Nations Joint Staff Pension Fund,17", however far from the noun', () => {
    expect(cited(242, 'pp3')).toEqual(expect.arrayContaining(boardReports));
  });

  it('takes "the reports of the Board of Auditors" named again to be the whole footnoted list, and "the report ... on <item>" to be that item', () => {
    expect(cited(242, 'op1')).toEqual(expect.arrayContaining(boardReports));
    expect(cited(242, 'op4')).toContain('un:A/78/5/Add.15');
    expect(cited(242, 'op4')).not.toContain('un:A/78/5/Add.16');
  });
});

describe('reports named again by topic (A/RES/78/248)', () => {
  it('"the report of the Secretary-General on administration of justice ... and on the activities of the Office ..." is both footnoted reports', () => {
    expect(cited(248, 'op1')).toEqual(expect.arrayContaining(['un:A/78/156', 'un:A/78/170', 'un:A/78/580']));
  });

  it('"the report of the Advisory Committee" cites the Advisory Committee named in full before, as the report\'s author', () => {
    expect(cited(248, 'op2')).toEqual(expect.arrayContaining(['un:A/78/580', 'body:acabq']));
  });

  it('a misprinted year ("72/256 of 24 December 2107") does not drop the resolution', () => {
    expect(cited(248, 'pp1')).toContain('un:A/RES/72/256');
  });
});

describe('organs named inside other names', () => {
  it('"the President of the General Assembly" cites the Assembly too (A/RES/78/248)', () => {
    expect(cited(248, 'pp2')).toEqual(expect.arrayContaining(['body:president-general-assembly', 'body:general-assembly']));
  });

  it('"the Special Rapporteur of the Human Rights Council on the negative impact of unilateral coercive measures ..." is the mandate, and the Council (A/RES/78/202)', () => {
    const op = parse(202).paragraphs.find((p) => p.kind === 'OPERATIVE' && p.text.includes('Special Rapporteur of the Human Rights Council on the negative impact'))!;
    expect(op.citations.map((c) => c.target)).toEqual(expect.arrayContaining(['body:sr-unilateral-coercive-measures', 'body:hrc']));
  });
});

describe('decisions of bodies other than the Assembly', () => {
  it('"decision 14/1 of the Open-ended Working Group on Ageing" is the Working Group\'s, and so is a later "its decision 14/1" (A/RES/78/324)', () => {
    const all = parse(324).paragraphs.flatMap((p) => p.citations.map((c) => c.target));
    expect(all).toEqual(expect.arrayContaining(['resolution:open-ended-working-group-on-ageing:13/1', 'resolution:open-ended-working-group-on-ageing:14/1']));
    expect(all.filter((t) => t.startsWith('un:A/DEC/'))).toEqual([]);
  });

  it('"the Conference of the Parties to the Convention" in a resolution about the Convention on Biological Diversity is its Conference (A/RES/78/155)', () => {
    const all = parse(155).paragraphs.flatMap((p) => p.citations.map((c) => c.target));
    expect(all).toContain('resolution:cbd-cop:15/8');
    expect(all.filter((t) => /^un:A\/DEC\/15\//.test(t))).toEqual([]);
  });
});

describe('bodies whose name holds an instrument', () => {
  it('"the first Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons, held in Vienna" is a body, and the Treaty is cited too (A/RES/78/35)', () => {
    expect(cited(35, 'op5')).toEqual(expect.arrayContaining(['body:meeting-of-states-parties-to-the-treaty-on-the-prohibition-of-nuclear-weapons', 'instrument:tpnw']));
  });

  it('where a meeting is held is not part of its name (A/RES/78/42)', () => {
    const all = parse(42).paragraphs.flatMap((p) => p.citations.map((c) => c.target));
    expect(all).toContain('body:meeting-of-states-parties-to-the-treaty-on-the-prohibition-of-nuclear-weapons');
    expect(all.filter((t) => /-in-new-york$/.test(t))).toEqual([]);
  });
});

describe('footnotes of reports about resolutions', () => {
  it('"the reports of the Secretary-General on the implementation of General Assembly resolutions 52/120 of 12 December 1997 12 and 55/110 ...,13" cite the reports the bare-symbol footnotes give (A/RES/78/202)', () => {
    expect(cited(202, 'pp3')).toEqual(expect.arrayContaining(['un:A/53/293', 'un:A/53/293/Add.1', 'un:A/56/207', 'un:A/56/207/Add.1', 'un:A/RES/52/120', 'un:A/RES/55/110']));
  });

  it('a footnote that says where a resolution is published stays the resolution\'s (A/RES/78/202: "Human Rights Council ... resolutions 24/14 of 27 September 2013,2")', () => {
    expect(cited(202, 'pp1').filter((t) => t.startsWith('un:') && !/\/(?:RES|DEC)\//.test(t))).toEqual([]);
  });
});

describe('"article ... thereof"', () => {
  it('points back to the nearest instrument, not the resolution that proclaimed it (A/RES/78/202)', () => {
    expect(cited(202, 'pp2')).toContain('instrument:charter-economic-rights-duties:article-32');
    expect(cited(202, 'pp2')).not.toContain('un:A/RES/3281(XXIX):article-32');
  });
});

describe('"Council resolution" in short', () => {
  it('is the resolution of the Council the paragraph names (A/RES/78/202: "the Human Rights Council ... Council resolution 27/21")', () => {
    expect(cited(202, 'op24')).toContain('un:A/HRC/RES/27/21');
    expect(cited(202, 'op24')).not.toContain('un:A/RES/27/21');
  });
});

describe('where a summit is held', () => {
  it('is cut from "the Africa Climate Summit in Nairobi" (A/RES/78/262) but "the Summit on Peace in Ukraine" keeps its subject (A/RES/78/316)', () => {
    expect(parse(262).paragraphs.flatMap((p) => p.citations.map((c) => c.target))).toContain('body:africa-climate-summit');
    expect(parse(316).paragraphs.flatMap((p) => p.citations.map((c) => c.target))).toContain('body:summit-on-peace-in-ukraine');
  });
});

/** The citations of the paragraph whose text contains these words. */
const citationsAt = (n: number, words: string) => parse(n).paragraphs.find((p) => p.text.includes(words))!.citations;

describe('footnotes that name instruments, and markers glued on both sides', () => {
  it('cites every instrument a footnote lists from the words that carry its marker ("global agendas,6", A/RES/78/72)', () => {
    // Footnote 6: "The 2030 Agenda for Sustainable Development, the Sendai Framework for Disaster Risk Reduction 2015–2030 and the Paris Agreement."
    const found = citationsAt(72, 'the achievement of global agendas').filter((c) => c.quote === 'global agendas');
    expect(found.map((c) => c.target).sort()).toEqual(['instrument:2030-agenda', 'instrument:paris-agreement', 'instrument:sendai-framework']);
  });

  it('does not read a footnote that names anything but catalogue instruments as a list of them (a report\'s symbol, a resolution)', () => {
    // A/RES/78/72's footnote 5 is "Resolution 76/3."; footnote 7 a report of the Committee.
    expect(citationsAt(72, 'implementation plan').filter((c) => c.target.startsWith('instrument:')).map((c) => c.quote)).not.toContain('implementation plan');
  });

  it('takes a marker glued between two words for a marker, and keeps the words apart ("the Paris Agreement4and its", A/RES/78/163)', () => {
    const p = parse(163).paragraphs.find((x) => x.text.startsWith('Reaffirming further the Paris Agreement'))!;
    expect(p.text).toContain('the Paris Agreement and its early entry into force');
    expect(p.citations.map((c) => c.target)).toContain('instrument:paris-agreement');
  });
});

describe('footnotes kept with their paragraph', () => {
  it('keeps each footnote a paragraph points to, with its number and where its marker stood (A/RES/78/72)', () => {
    const p = parse(72).paragraphs.find((x) => x.text.includes('the achievement of global agendas'))!;
    const note = p.footnotes!.find((f) => f.marker === 6)!;
    expect(note.text).toBe('The 2030 Agenda for Sustainable Development, the Sendai Framework for Disaster Risk Reduction 2015–2030 and the Paris Agreement.');
    expect(p.text.slice(0, note.at)).toMatch(/the achievement of global agendas,$/);
    expect(p.text).not.toMatch(/agendas,6/);
  });

  it('gives a paragraph without markers no footnotes', () => {
    const withNone = parse(72).paragraphs.filter((x) => !x.footnotes);
    expect(withNone.length).toBeGreaterThan(0);
    for (const p of parse(72).paragraphs) for (const f of p.footnotes ?? []) expect(f.at).toBeLessThanOrEqual(p.text.length);
  });
});
