/**
 * Awkward texts that once made the parser quadratic (issue 9, finding 3), each built to a given number of lines so a
 * run can time the parser against input size. They are shapes, not resolutions anyone adopted: a valid header, then
 * many lines of one kind.
 */
export type ParseShape = 'footnote-marked-lines' | 'repeated-treaty-titles' | 'numbered-lines' | 'repeated-protocol-titles';

export const PARSE_SHAPES: readonly ParseShape[] = ['footnote-marked-lines', 'repeated-treaty-titles', 'numbered-lines', 'repeated-protocol-titles'];

/** Body lines of each shape in about 1 MB, the input limit (issue 9 used 18k longer footnote-marked lines, 17k treaty titles, 80k numbered lines). */
export const LINES_PER_MB: Readonly<Record<ParseShape, number>> = {
  'footnote-marked-lines': 25_000,
  'repeated-treaty-titles': 17_000,
  'numbered-lines': 80_000,
  'repeated-protocol-titles': 11_000,
};

const HEADER = [
  'United Nations A/RES/99/901',
  'General Assembly Distr.: General',
  '20 December 2099',
  'Ninety-ninth session',
  'Agenda item 70',
  'Resolution adopted by the General Assembly on 18 December 2099',
  '99/901. Protection of migrants',
  '',
  'The General Assembly,',
  '',
].join('\n');

/** A text of the given shape with `lines` body lines. */
export function parseShape(shape: ParseShape, lines: number): string {
  const body: string[] = [];
  switch (shape) {
    case 'footnote-marked-lines':
      // Lines ending in footnote markers, then as many footnotes: the marker-to-footnote matching is where it went quadratic.
      // Half the lines carry a marker, half are the footnotes they point to.
      for (let i = 1; i <= lines / 2; i++) body.push(`Recalling its resolution 60/${100 + (i % 800)} of 15 March,${i}`);
      body.push('');
      for (let i = 1; i <= lines / 2; i++) body.push(`${i} See A/${60 + (i % 20)}/${100 + i}, para. ${i % 90}.`);
      break;
    case 'repeated-treaty-titles':
      // 17k lines make about 1 MB.
      for (let i = 1; i <= lines; i++) body.push('International Covenant on Civil and Political Rights,');
      break;
    case 'numbered-lines':
      // 80k lines make about 1 MB.
      for (let i = 1; i <= lines; i++) body.push(`${i}. Acts`);
      break;
    case 'repeated-protocol-titles':
      // A protocol's subject ("on the sale of children") once ran to the end of a text without punctuation.
      for (let i = 1; i <= lines; i++) body.push('Optional Protocol to the Convention on the Rights of the Child on the sale of children,');
      break;
    default: {
      const unreachable: never = shape;
      throw new Error(`unknown shape ${String(unreachable)}`);
    }
  }
  return `${HEADER}${body.join('\n')}\n`;
}
