import { join } from 'node:path';
import { readCatalogue } from '../../src/core/catalogue/catalogue';
import { Catalogue } from '../../src/core/catalogue/catalogue.schema';
import { ordinalWord } from '../../src/core/ingest/organs';
import { repoRoot } from '../../src/repo-root';

/** One synthetic resolution text, with what the generator put in it so a run can check what the pipeline read. */
export interface SyntheticResolution {
  /** A file-like name such as "synthetic-ga-900-17". */
  name: string;
  /** Its fictional UN symbol: A/RES/9xx/n, A/HRC/RES/9xx/n or E/CN.4/RES/<year>/nnnn (n >= 1000), numbers no real document has. */
  symbol: string;
  text: string;
  preambular: number;
  operative: number;
}

type OrganKey = 'ga' | 'hrc' | 'chr';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HUNDREDS = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/** Real resolutions, cited the way texts cite them; a date only where it is the real adoption date. */
const CITED_RESOLUTIONS: Record<OrganKey, { number: string; date?: string }[]> = {
  ga: [
    { number: '217 A (III)', date: '10 December 1948' },
    { number: '2200 A (XXI)', date: '16 December 1966' },
    { number: '34/180', date: '18 December 1979' },
    { number: '39/46', date: '10 December 1984' },
    { number: '44/25', date: '20 November 1989' },
    { number: '45/158', date: '18 December 1990' },
    { number: '55/2', date: '8 September 2000' },
    { number: '60/251', date: '15 March 2006' },
    { number: '61/106', date: '13 December 2006' },
    { number: '61/177', date: '20 December 2006' },
    { number: '62/156' },
    { number: '64/166' },
    { number: '72/179' },
  ],
  hrc: [{ number: '5/1', date: '18 June 2007' }, { number: '5/2', date: '18 June 2007' }, { number: '8/10' }, { number: '17/12' }, { number: '35/17' }, { number: '38/7' }],
  chr: [{ number: '1999/44' }, { number: '2000/48' }, { number: '2002/62' }, { number: '2003/46' }, { number: '2005/47' }],
};
const ORGAN_NAME: Record<OrganKey, string> = { ga: 'General Assembly', hrc: 'Human Rights Council', chr: 'Commission on Human Rights' };
const SELF_NAME: Record<OrganKey, string> = { ga: 'the Assembly', hrc: 'the Council', chr: 'the Commission' };
const REPORTS = ['A/HRC/7/16', 'E/CN.4/2003/80', 'A/74/256', 'A/HRC/41/38', 'A/73/178', 'A/HRC/35/25', 'E/CN.4/2005/85', 'A/HRC/26/35', 'A/72/335'];
const REPORT_AUTHORS = ['the Secretary-General', 'the Special Rapporteur on the human rights of migrants', 'the United Nations High Commissioner for Human Rights', 'the Working Group'];
const TOPICS = [
  'Protection of migrants',
  'Violence against women migrant workers',
  'Human rights and extreme poverty',
  'The right to development',
  'Human rights defenders',
  'Enforced or involuntary disappearances',
  'Torture and other cruel, inhuman or degrading treatment or punishment',
  'The human rights of migrants in transit',
];
const CONCERNS = [
  'the situation of migrant workers and members of their families in transit',
  'the persistence of racism, racial discrimination, xenophobia and related intolerance',
  'the growing number of persons deprived of their liberty without due process',
  'reports of serious violations of the human rights of women and children',
  'the lack of adequate protection for persons in vulnerable situations',
];
const ACTIONS = [
  'to promote and protect effectively the human rights of all migrants, regardless of their status',
  'to take all measures necessary to prevent and punish violations of human rights',
  'to ensure that national legislation is in conformity with their international obligations',
  'to cooperate fully with the special procedures of the Human Rights Council',
  'to collect disaggregated data on the situation of persons in vulnerable situations',
  'to provide access to justice and effective remedies for victims',
];

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same texts on every machine. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

/**
 * `n` synthetic resolution texts in the layouts the pipeline reads (General Assembly, Human Rights Council and
 * Commission on Human Rights), of realistic size (8-15 preambular, 10-25 operative paragraphs) and citation density
 * (about two citations a paragraph: catalogue titles, resolution references, report symbols, articles, sessions),
 * with footnote markers and blocks, page furniture and hard line breaks. Deterministic for a given `seed`.
 */
export function generateResolutions(n: number, seed = 1, catalogue: Catalogue = readCatalogue(join(repoRoot(), 'data'))): SyntheticResolution[] {
  const rng = new Random(seed);
  return Array.from({ length: n }, (_, i) => new ResolutionWriter(rng, catalogue, i + 1).write());
}

/** Writes one resolution; `serial` (1, 2, ...) makes its symbol unique. */
class ResolutionWriter {
  private readonly organ: OrganKey;
  private readonly subject?: { title: string; noun: string; articles: string[] };
  private readonly footnotes: string[] = [];
  private pendingFootnotes: number[] = [];
  private readonly footnoted = new Set<string>();

  constructor(
    private readonly rng: Random,
    private readonly catalogue: Catalogue,
    private readonly serial: number,
  ) {
    const roll = rng.next();
    this.organ = roll < 0.45 ? 'ga' : roll < 0.8 ? 'hrc' : 'chr';
    if (rng.chance(0.4)) {
      const i = rng.pick(catalogue.instruments.filter((x) => x.kind === 'CONVENTION' && x.treatySeries));
      this.subject = { title: i.title, noun: 'Convention', articles: ['2', '7', '16', '23', '33', '44', ...(i.provisions ?? []).map((p) => p.number)] };
    }
  }

  write(): SyntheticResolution {
    const rng = this.rng;
    // Sessions 900-999 have not taken place, and no Commission resolution of a year went past 1000.
    const session = 900 + Math.floor((this.serial - 1) / 9999);
    const index = ((this.serial - 1) % 9999) + 1;
    const chrYear = 2005 - Math.floor((this.serial - 1) / 9000);
    const number = this.organ === 'chr' ? `${chrYear}/${1000 + ((this.serial - 1) % 9000)}` : `${session}/${index}`;
    const symbol = { ga: `A/RES/${number}`, hrc: `A/HRC/RES/${number}`, chr: `E/CN.4/RES/${number}` }[this.organ];
    const year = { ga: 1945 + session, hrc: 2006 + Math.floor(session / 3), chr: chrYear }[this.organ];
    const adopted = this.organ === 'ga' ? `${rng.int(10, 22)} December ${year}` : `${rng.int(1, 28)} ${rng.pick(MONTHS.slice(2, 7))} ${year}`;
    const title = this.subject?.title ?? rng.pick(TOPICS);

    const preambular = rng.int(8, 15);
    const operative = rng.int(10, 25);
    const blocks: string[] = [...this.header(symbol, number, session, adopted, title), `The ${ORGAN_NAME[this.organ]},`];
    for (let k = 1; k <= preambular; k++) this.addBlock(blocks, this.preambularParagraph(k === 1));
    for (let k = 1; k <= operative; k++) this.addBlock(blocks, `${k}. ${this.operativeParagraph(k === operative)}`);
    blocks.push(...this.closing(adopted, year));
    if (this.pendingFootnotes.length > 0) blocks.push(this.footnoteBlock());
    const name = `synthetic-${this.organ}-${number.replace(/\//g, '-')}`;
    return { name, symbol, text: `${blocks.join('\n\n')}\n`, preambular, operative };
  }

  private header(symbol: string, number: string, session: number, adopted: string, title: string): string[] {
    const sessionTitle = `${HUNDREDS[Math.floor(session / 100)]} hundred${session % 100 === 0 ? 'th' : ` and ${ordinalWord(session % 100)}`} session`;
    if (this.organ === 'ga') {
      return [
        `United Nations ${symbol}\nGeneral Assembly Distr.: General\n${adopted.replace(/^\d+/, (d) => String(Number(d) + 4))}\n${sessionTitle}\nAgenda item ${this.rng.int(60, 75)} (b)`,
        `Resolution adopted by the General Assembly on ${adopted}\n[on the report of the Third Committee (A/${session}/${this.rng.int(400, 480)}/Add.2)]`,
        `${number}. ${title}`,
      ];
    }
    if (this.organ === 'hrc') {
      return [`${symbol}`, `Human Rights Council\n${sessionTitle}\nAgenda item ${this.rng.int(2, 9)}`, `Resolution adopted by the Human Rights Council on ${adopted}`, `${number}. ${title}`];
    }
    return ['OFFICE OF THE HIGH COMMISSIONER FOR\nHUMAN RIGHTS', this.wrap(title), `Commission on Human Rights resolution ${number}`];
  }

  private closing(adopted: string, year: number): string[] {
    const meeting = this.rng.int(20, 75);
    const nth = `${meeting}${meeting % 100 >= 11 && meeting % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][meeting % 10] ?? 'th')}`;
    if (this.organ === 'ga') return [`${nth} plenary meeting\n${adopted}`];
    const vote = this.rng.chance(0.6) ? '[Adopted without a vote.]' : `[Adopted by a recorded vote of ${this.rng.int(25, 40)} to ${this.rng.int(0, 12)}, with ${this.rng.int(0, 15)} abstentions.]`;
    if (this.organ === 'hrc') return [`${nth} meeting\n${adopted}`, vote];
    return [`${nth} meeting\n${adopted}\n${vote}`, `See chap. ${this.rng.pick(['XI', 'XIV', 'XVII'])}. - E/CN.4/${year}/L.${this.rng.int(10, 99)}/Add.${this.rng.int(1, 9)}]`];
  }

  /** A paragraph block, with page furniture and the footnotes so far after every few paragraphs, as a PDF page break leaves them. */
  private addBlock(blocks: string[], paragraph: string): void {
    blocks.push(paragraph.split('\n').map((line) => this.wrap(line)).join('\n'));
    if (this.rng.chance(0.12)) {
      if (this.pendingFootnotes.length > 0) blocks.push(this.footnoteBlock());
      blocks.push(`GE.${String(this.rng.int(10, 43)).padStart(2, '0')}-${this.rng.int(10000, 99999)}`);
    }
  }

  private footnoteBlock(): string {
    const block = this.pendingFootnotes.map((n) => `${n} ${this.footnotes[n - 1]}`).join('\n');
    this.pendingFootnotes = [];
    return block;
  }

  private preambularParagraph(first: boolean): string {
    const rng = this.rng;
    const templates: (() => string)[] = [
      () => `${rng.pick(['Recalling', 'Recalling also', 'Recalling further'])} ${this.resolutionReference()}, ${rng.pick(['and all its previous resolutions on the subject', 'by which it adopted the measures contained therein', 'in particular its provisions on international cooperation'])},`,
      () => `Reaffirming ${this.instrument()} and ${this.instrument()},`,
      () => `Guided by the purposes and principles of the Charter of the United Nations,`,
      () => `Guided by the basic instruments regarding the international protection of human rights, in particular ${this.instrument()}, ${this.instrument()} and ${this.instrument()},`,
      () => `${rng.pick(['Deeply concerned at', 'Concerned at', 'Gravely concerned at'])} ${rng.pick(CONCERNS)},`,
      () => `Bearing in mind the principles and standards established within the framework of ${this.body()} and the importance of the work done in connection with ${rng.pick(CONCERNS)},`,
      () => `Noting with concern the report of ${rng.pick(REPORT_AUTHORS)} (${rng.pick(REPORTS)}),`,
      () => `Recognizing the important contribution of ${this.body()} to the promotion and protection of human rights,`,
      () => `Welcoming the work of ${this.body()} and ${this.resolutionReference()},`,
      () => `Emphasizing the importance of ${this.provision()},`,
      () => `Aware of ${rng.pick(CONCERNS)}, and reaffirming ${this.instrument()},`,
      () => `Reiterating that all States have the obligation to promote and protect human rights, as stated in ${this.instrument()},`,
      () => `Taking note of the report of the Secretary-General on the status of ${this.instrument()} (${rng.pick(REPORTS)}),`,
      () => `Mindful of ${this.ownResolutions()},`,
      () => `Convinced that ${rng.pick(CONCERNS)} requires the attention of ${this.body()},`,
      () => `Considering that ${this.instrument()} ${rng.pick(['urges all States', 'calls upon States parties'])} ${rng.pick(ACTIONS)},`,
    ];
    return first ? templates[0]() : rng.pick(templates)();
  }

  private operativeParagraph(last: boolean): string {
    const rng = this.rng;
    const self = SELF_NAME[this.organ];
    if (last) {
      return `Decides to continue its consideration of the question at ${this.session()} under the agenda item entitled "${rng.pick(['Promotion and protection of human rights', 'Human rights questions', 'Specific groups and individuals'])}".`;
    }
    const templates: (() => string)[] = [
      () => `Requests the Secretary-General to submit to ${self} at ${this.session()} a report on the implementation of the present resolution;`,
      () => `Calls upon all States that have not yet done so to consider signing and ratifying or acceding to ${this.treaty()} as a matter of priority;`,
      () => `${rng.pick(['Calls upon all States', 'Urges States'])}:\n${this.subParagraphs()}`,
      () => `Encourages ${this.treatyBody()} to continue its work in accordance with ${this.provision()};`,
      () => `Invites ${this.body()} to contribute to the report requested in the present resolution;`,
      () => `Welcomes the report of ${rng.pick(REPORT_AUTHORS)} (${rng.pick(REPORTS)}) and takes note of the recommendations contained therein;`,
      () => `Takes note with appreciation of the report of the Secretary-General (${rng.pick(REPORTS)});`,
      () => `Reaffirms ${this.resolutionReference()};`,
      () => `Urges States parties to ${this.treaty()} ${rng.pick(ACTIONS)}, in accordance with ${this.provision()};`,
      () => `Stresses the importance of ${this.instrument()} and of ${this.resolutionReference()};`,
      () => `Expresses its appreciation to ${this.body()} for its contribution to the implementation of ${this.instrument()};`,
      () => `Requests the Office of the United Nations High Commissioner for Human Rights to provide technical assistance to States, upon request, and to report thereon to ${self} at ${this.session()};`,
      () => `Calls upon all States ${rng.pick(ACTIONS)}, in conformity with ${this.instrument()} and ${this.resolutionReference()};`,
    ];
    return rng.pick(templates)();
  }

  private subParagraphs(): string {
    const count = this.rng.int(2, 4);
    return Array.from({ length: count }, (_, k) => {
      const what = this.rng.chance(0.5) ? `To implement fully ${this.instrument()}` : `T${this.rng.pick(ACTIONS).slice(1)}`;
      return `(${'abcd'[k]}) ${what};`;
    }).join('\n');
  }

  /** A catalogue instrument by its title, sometimes with a footnote marker giving its Treaty Series reference. */
  private instrument(): string {
    if (this.subject && this.rng.chance(0.3)) return `the ${this.subject.noun}`;
    const i = this.rng.pick(this.catalogue.instruments);
    if (i.treatySeries && !this.footnoted.has(i.id) && this.rng.chance(0.5)) {
      this.footnoted.add(i.id);
      this.footnotes.push(`United Nations, Treaty Series, vol. ${i.treatySeries.volume}, No. ${i.treatySeries.number}.`);
      this.pendingFootnotes.push(this.footnotes.length);
      return `the ${i.title}${this.footnotes.length}`;
    }
    return `the ${i.title}`;
  }

  /** A treaty States can ratify: a convention, covenant or protocol of the catalogue. */
  private treaty(): string {
    if (this.subject && this.rng.chance(0.3)) return `the ${this.subject.noun}`;
    return `the ${this.rng.pick(this.catalogue.instruments.filter((i) => i.treatySeries)).title}`;
  }

  private body(): string {
    return `the ${this.rng.pick(this.catalogue.bodies.filter((b) => !['body:general-assembly', 'body:hrc', 'body:chr'].includes(b.id))).title}`;
  }

  private treatyBody(): string {
    return `the ${this.rng.pick(this.catalogue.bodies.filter((b) => b.kind === 'TREATY_BODY')).title}`;
  }

  private provision(): string {
    const rng = this.rng;
    if (this.subject && rng.chance(0.5)) return `article ${rng.pick(this.subject.articles)} of the ${this.subject.noun}`;
    if (rng.chance(0.3)) return `paragraph ${rng.int(1, 12)} of General Assembly resolution 60/251`;
    return `article ${rng.int(1, 30)} of the ${rng.pick(this.catalogue.instruments.filter((i) => i.kind === 'COVENANT' || i.kind === 'CONVENTION')).title}`;
  }

  /** "General Assembly resolution 45/158 of 18 December 1990", "its resolutions 5/1 and 5/2", "Human Rights Council resolution 35/17". */
  private resolutionReference(): string {
    const rng = this.rng;
    if (rng.chance(0.3)) return this.ownResolutions();
    const organ = rng.pick<OrganKey>(['ga', 'ga', 'hrc', 'chr']);
    const r = rng.pick(CITED_RESOLUTIONS[organ]);
    return `${ORGAN_NAME[organ]} resolution ${r.number}${r.date ? ` of ${r.date}` : ''}`;
  }

  private ownResolutions(): string {
    const [a, b] = this.rng.some(CITED_RESOLUTIONS[this.organ], 2);
    return `its resolutions ${a.number}${a.date ? ` of ${a.date}` : ''} and ${b.number}${b.date ? ` of ${b.date}` : ''}`;
  }

  private session(): string {
    const n = this.organ === 'ga' ? this.rng.int(70, 80) : this.organ === 'hrc' ? this.rng.int(40, 55) : this.rng.int(55, 61);
    return this.rng.chance(0.8) ? `its ${ordinalWord(n)} session` : 'its next session';
  }

  /** Hard line breaks as pdftotext leaves them, never before a word that would read as a number, a list item or a footnote. */
  private wrap(line: string): string {
    const width = this.rng.int(80, 110);
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + word.length + 1 > width && !/^[\d([“"]/.test(word)) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    if (current) out.push(current);
    return out.join('\n');
  }
}
