import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex } from '../../../src/core/ingest/catalogue-index';
import { opensParagraph } from '../../../src/core/ingest/layout';
import { parseResolution } from '../../../src/core/ingest/pipeline';
import { DATA_DIR, ROOT_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));
const GOLD_DIR = join(ROOT_DIR, 'test/fixtures/gold');
const textOf = (name: string) => {
  const fixture = join(ROOT_DIR, 'test/fixtures/texts', `${name}.txt`);
  return readFileSync(existsSync(fixture) ? fixture : join(DATA_DIR, 'seed', `${name}.txt`), 'utf8');
};
/** Fixtures whose paragraphs are separated by blank lines: the other shapes are derived from them. */
const spaced = readdirSync(GOLD_DIR)
  .map((f) => f.replace(/\.json$/, ''))
  .filter((name) => /,\n\s*\n/.test(textOf(name)));

/** Hard-wraps every line at `width` characters on spaces, as pdftotext does. */
function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      out.push(current);
      return out;
    })
    .join('\n');
}
const withoutBlankLines = (text: string) => text.replace(/\n\s*\n/g, '\n');

describe('the same resolution in the shapes real extractions take', () => {
  it('has fixtures to derive the shapes from', () => {
    expect(spaced).toEqual(expect.arrayContaining(['chr-resolution-2003-48', 'ga-98-201', 'hrc-97-5']));
  });

  describe.each(spaced)('%s', (name) => {
    const reference = parseResolution(textOf(name), index);
    it.each([
      ['one paragraph per line, no blank lines (saved from Word)', (t: string) => withoutBlankLines(t)],
      ['hard-wrapped at 85 columns, blank lines kept', (t: string) => wrap(t, 85)],
      ['hard-wrapped at 78 columns with no blank lines (pdftotext)', (t: string) => withoutBlankLines(wrap(t, 78))],
      ['hard-wrapped at 60 columns with no blank lines', (t: string) => withoutBlankLines(wrap(t, 60))],
      ['Windows line endings and trailing spaces', (t: string) => t.replace(/\n/g, '  \r\n')],
    ])('%s parses exactly as the original', (_shape, reshape) => {
      expect(parseResolution(reshape(textOf(name)), index)).toEqual(reference);
    });
  });
});

describe('a pdftotext page break inside a paragraph', () => {
  const page = [
    'A/RES/98/9',
    'Resolution adopted by the General Assembly',
    'on 3 May 2043',
    '98/9. Protection of migrants',
    'The General Assembly,',
    'Reaffirming the Universal Declaration of Human Rights,1 and recalling the',
    'International Covenant on Civil and Political Rights,2',
    '__________________',
    '1 Resolution 217 A (III).',
    '2 See resolution 2200 A (XXI),',
    'annex.',
    '43-22347 (E)',
    '*4322347*',
    'Please recycle',
    '2/4',
    'A/RES/98/9',
    'Protection of migrants',
    'the International Covenant on Economic, Social and Cultural Rights2 and the',
    'Convention on the Rights of the Child,',
    'Recalling its resolution 45/158 of 18 December 1990,',
    '1.',
    'Calls upon all States to protect migrants;',
    '2.',
    'Decides to continue its consideration of the question.',
    '12th plenary meeting',
    '3 May 2043',
  ].join('\n');

  it('keeps the paragraph whole, sets the footnotes apart and drops the running header', () => {
    const parsed = parseResolution(page, index);
    expect(parsed).toMatchObject({ symbol: 'A/RES/98/9', title: 'Protection of migrants', adoptedOn: '2043-05-03' });
    expect(parsed.paragraphs.map((p) => [p.kind, p.number ?? null, p.text])).toEqual([
      [
        'PREAMBULAR',
        null,
        'Reaffirming the Universal Declaration of Human Rights, and recalling the International Covenant on Civil and Political Rights, the International Covenant on Economic, Social and Cultural Rights and the Convention on the Rights of the Child,',
      ],
      ['PREAMBULAR', null, 'Recalling its resolution 45/158 of 18 December 1990,'],
      ['OPERATIVE', '1', 'Calls upon all States to protect migrants;'],
      ['OPERATIVE', '2', 'Decides to continue its consideration of the question.'],
    ]);
    expect(parsed.paragraphs[0].citations.map((c) => c.target)).toEqual([
      'instrument:udhr',
      'instrument:iccpr',
      'instrument:icescr',
      'instrument:crc',
    ]);
  });
});

describe('the header layouts of the organs', () => {
  it.each([
    [
      'Human Rights Council, number printed alone, title on the next lines, agenda title left out',
      'A/HRC/RES/98/3\nHuman Rights Council\nNinety-eighth session\n12 June–7 July 2045\nAgenda item 3\nPromotion and protection of all human rights, civil,\npolitical, economic, social and cultural rights,\nincluding the right to development\nResolution adopted by the Human Rights Council on 6 July 2045\n98/3.\nThe human rights of migrants\nin transit',
      { symbol: 'A/HRC/RES/98/3', number: '98/3', title: 'The human rights of migrants in transit', adoptedOn: '2045-07-06' },
    ],
    [
      'General Assembly, adoption line wrapped',
      'United Nations\nA/RES/99/117\nGeneral Assembly\nDistr.: General\n3 January 2045\nNinety-ninth session\nAgenda item 71 (b)\nResolution adopted by the General Assembly\non 16 December 2044\n[on the report of the Third Committee\n(A/99/478/Add.2, para. 19)]\n99/117. Protection of migrants',
      { symbol: 'A/RES/99/117', number: '99/117', title: 'Protection of migrants', adoptedOn: '2044-12-16', reportedIn: { target: 'un:A/99/478/Add.2' } },
    ],
    [
      'an early General Assembly number',
      'Resolution adopted by the General Assembly on 16 December 1966\n2200 A (XXI). International Covenant on Economic, Social and Cultural Rights',
      { symbol: 'A/RES/2200(XXI)', number: '2200 A (XXI)', adoptedOn: '1966-12-16' },
    ],
    [
      'Security Council',
      'Resolution 1325 (2000)\nAdopted by the Security Council at its 4213th meeting, on 31 October 2000',
      { symbol: 'S/RES/1325 (2000)', number: '1325 (2000)', adoptedOn: '2000-10-31', adoptedAt: 'event:sc-2000-meeting-4213' },
    ],
  ])('%s', (_layout, header, expected) => {
    const organ = /Human Rights Council/.test(header) ? 'The Human Rights Council,' : /Security Council/.test(header) ? 'The Security Council,' : 'The General Assembly,';
    const parsed = parseResolution(`${header}\n${organ}\nRecalling its earlier resolutions,\n1. Decides to remain seized of the matter.`, index);
    expect(parsed).toMatchObject(expected);
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it('leaves an annexed text out of the paragraphs', () => {
    const parsed = parseResolution(
      'A/RES/99/12\n99/12. A declaration\nThe General Assembly,\nRecalling its resolution 45/158,\n1. Adopts the Declaration annexed to the present resolution;\n62nd plenary meeting\n9 December 2044\nAnnex\nDeclaration on something\nArticle 1\n1. Everyone has rights.\n2. States shall protect them.',
      index,
    );
    expect(parsed.paragraphs.map((p) => p.number ?? p.kind)).toEqual(['PREAMBULAR', '1']);
    expect(parsed.adoptedOn).toBe('2044-12-09');
  });
});

describe('opensParagraph', () => {
  it.each(['Recalling its resolution', 'Keeping in mind', 'Deeply disturbed by', 'Cognizant of', '1. Decides', '(a) To act', 'Also requests', '59th meeting', 'Desirous of'])(
    'sees a paragraph opening in "%s"',
    (line) => expect(opensParagraph(line)).toBe(true),
  );
  it.each(['the Convention', 'International Covenant on Civil', 'Beijing Declaration and Platform', 'United Nations bodies', 'Meeting of States Parties'])(
    'sees a continuation in "%s"',
    (line) => expect(opensParagraph(line)).toBe(false),
  );
});
