import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFileError } from '../../../src/core/catalogue/catalogue';
import { toResolutionWrite } from '../../../src/core/ingest/to-graph-write';
import { parseOrExplain } from '../../../src/core/catalogue/catalogue';
import { parsedResolutionSchema } from '../../../src/core/ingest/parsed-resolution';
import { DATA_DIR, ROOT_DIR } from '../../support/paths';

describe('the seed resolution (hand-checked gold file) as graph rows', () => {
  const gold = JSON.parse(readFileSync(join(ROOT_DIR, 'test/fixtures/gold/chr-resolution-2003-48.json'), 'utf8'));
  const write = toResolutionWrite(parseOrExplain(parsedResolutionSchema, gold, 'gold'));
  const paragraph = (id: string) => write.paragraphs.find((p) => p.id === `un:E/CN.4/RES/2003/48#${id}`)!;
  const citationsOf = (id: string) => write.citations.filter((c) => c.paragraphId === `un:E/CN.4/RES/2003/48#${id}`);

  it('has 10 preambular and 11 operative paragraphs, in order', () => {
    expect(write.paragraphs.filter((p) => p.props.kind === 'PREAMBULAR')).toHaveLength(10);
    expect(write.paragraphs.filter((p) => p.props.kind === 'OPERATIVE')).toHaveLength(11);
    expect(write.paragraphs.map((p) => p.props.order)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(paragraph('op11').props.number).toBe('11');
    expect(paragraph('pp1').props.number).toBeUndefined();
  });

  it('keeps the words of the official text: every paragraph is in the raw seed file', () => {
    const raw = readFileSync(join(DATA_DIR, 'seed', 'chr-resolution-2003-48.txt'), 'utf8')
      .replace(/\*/g, '')
      .replace(/\s+/g, ' ');
    for (const p of write.paragraphs) expect(raw).toContain(p.props.text as string);
  });

  it('records a span for every citation that points at exactly the quoted words', () => {
    for (const c of write.citations) {
      const text = write.paragraphs.find((p) => p.id === c.paragraphId)!.props.text as string;
      expect(text.slice(c.props.start as number, c.props.end as number)).toBe(c.props.quote);
    }
  });

  it('is guided by exactly the six core instruments, both covenants from one quote', () => {
    const guiding = write.citations.filter((c) => c.props.relation === 'GUIDED_BY');
    expect(guiding.map((c) => c.targetId).sort()).toEqual(
      ['instrument:cedaw', 'instrument:crc', 'instrument:iccpr', 'instrument:icerd', 'instrument:icescr', 'instrument:udhr'],
    );
    const covenants = guiding.filter((c) => c.props.quote === 'International Covenants on Human Rights');
    expect(covenants.map((c) => c.targetId).sort()).toEqual(['instrument:iccpr', 'instrument:icescr']);
  });

  it('takes the relation of the clause a mention stands in, not only the opening one', () => {
    expect(citationsOf('op2').map((c) => [c.targetId, c.props.relation])).toEqual([
      ['instrument:icmw', 'WELCOMES'],
      ['body:secretary-general', 'TAKES_NOTE'],
      ['instrument:icmw', 'TAKES_NOTE'],
      ['un:E/CN.4/2003/80', 'TAKES_NOTE'],
    ]);
    expect(citationsOf('op9').map((c) => c.props.relation)).toEqual(['WELCOMES', 'WELCOMES', 'INVITES', 'INVITES']);
  });

  it('marks whom each clause addresses, with the verb: the Secretary-General of each request, all States, the States parties', () => {
    const addressees = write.citations.filter((c) => c.props.role === 'ADDRESSEE');
    expect(addressees.map((c) => [c.paragraphId.split('#')[1], c.targetId, c.props.relation])).toEqual([
      ['op3', 'body:states', 'CALLS_UPON'],
      ['op4', 'body:secretary-general', 'REQUESTS'],
      ['op5', 'body:secretary-general', 'REQUESTS'],
      ['op6', 'body:states-parties', 'CALLS_UPON'],
      ['op7', 'body:secretary-general', 'REQUESTS'],
      ['op10', 'body:secretary-general', 'REQUESTS'],
    ]);
  });

  it('marks the addressee of an embedded clause ("and requests the Secretary-General to report"), not the bodies of the object', () => {
    const parsed = {
      symbol: 'A/RES/99/1',
      paragraphs: [
        {
          kind: 'OPERATIVE' as const,
          number: '1',
          text: 'Welcomes the work of the Human Rights Council, and requests the Secretary-General to report to the General Assembly;',
          clauses: [
            { phrase: 'Welcomes', relation: 'WELCOMES' },
            { phrase: 'requests', relation: 'REQUESTS', addressee: 'the Secretary-General' },
          ],
          citations: [
            { target: 'body:hrc', quote: 'Human Rights Council' },
            { target: 'body:secretary-general', quote: 'Secretary-General' },
            { target: 'body:general-assembly', quote: 'General Assembly' },
          ],
        },
      ],
    };
    const rows = toResolutionWrite(parsed).citations.map((c) => [c.targetId, c.props.relation, c.props.role]);
    expect(rows).toEqual([
      ['body:hrc', 'WELCOMES', 'MENTION'],
      ['body:secretary-general', 'REQUESTS', 'ADDRESSEE'],
      ['body:general-assembly', 'REQUESTS', 'MENTION'],
    ]);
  });

  it('refuses a quote that is not in the paragraph', () => {
    const bad = {
      symbol: 'X/RES/1',
      paragraphs: [{ kind: 'OPERATIVE' as const, number: '1', text: 'Decides to act;', clauses: [{ phrase: 'Decides', relation: 'DECIDES' }], citations: [{ target: 'body:x', quote: 'nowhere' }] }],
    };
    expect(() => toResolutionWrite(bad)).toThrow(DataFileError);
  });
});
