import { readCatalogue } from '../../../src/core/catalogue/catalogue';
import { buildCatalogueIndex, canonicalEntityId, resolveName } from '../../../src/core/ingest/catalogue-index';
import { foldSplinters } from '../../../src/core/ingest/fold-splinters';
import { ParsedResolution } from '../../../src/core/ingest/parsed-resolution';
import { nameKey, normaliseEntityName, uncuratedBodyId, uncuratedInstrumentId } from '../../../src/core/model/ids';
import { DATA_DIR } from '../../support/paths';

const index = buildCatalogueIndex(readCatalogue(DATA_DIR));

describe('names before they become ids', () => {
  it.each([
    ['Convention on Biological Diversity101', 'Convention on Biological Diversity'],
    ['Convention on Biological Diversity 24', 'Convention on Biological Diversity'],
    ['the Convention on Biological Diversity,', 'Convention on Biological Diversity'],
    ['United Nations Convention on the Law of the Sea of 10 December 1982', 'United Nations Convention on the Law of the Sea'],
    ['Declaration on the Granting of Independence to Colonial Countries and Peoples for 2023', 'Declaration on the Granting of Independence to Colonial Countries and Peoples'],
    ['United Nations Framework Convention on Climate Change in December 2015 22', 'United Nations Framework Convention on Climate Change'],
    ['Rio Declaration on Environment and Development of June 199216', 'Rio Declaration on Environment and Development'],
    ['Declaration of the High-level Dialogue on International Migration and Development of 201317', 'Declaration of the High-level Dialogue on International Migration and Development'],
    ['Guiding Principles on Internal Displacement by the Special Rapporteur', 'Guiding Principles on Internal Displacement'],
    ['Sendai Framework for Disaster Risk Reduction 2015–2030', 'Sendai Framework for Disaster Risk Reduction'],
    ['Treaty on the Non-\nProliferation of Nuclear Weapons', 'Treaty on the Non-Proliferation of Nuclear Weapons'],
    ['African Charter on Human and Peoples’ Rights', "African Charter on Human and Peoples' Rights"],
    // Numbers that belong to the name stay.
    ['Agenda 21', 'Agenda 21'],
    ['Group of 20', 'Group of 20'],
    ['Domestic Workers Convention, 2011 (No. 189)', 'Domestic Workers Convention, 2011 (No. 189)'],
  ])('reads "%s" as "%s"', (raw, name) => {
    expect(normaliseEntityName(raw)).toBe(name);
  });

  it('gives every print of a name one uncurated id, named by the full title', () => {
    const ids = ['Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations of 18 June 1998', 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations,12'].map(uncuratedInstrumentId);
    expect(new Set(ids)).toEqual(new Set(['instrument:tampere-convention-on-the-provision-of-telecommunication-resources-for-disaster-mitigation-and-relief-operations']));
    expect(uncuratedBodyId('the Committee on World Food Security,')).toBe('body:committee-on-world-food-security');
    expect(nameKey('Members of their Families')).toBe(nameKey('Members of Their Families'));
  });
});

describe('resolving a name through the catalogue', () => {
  it.each([
    ['Convention on Biological Diversity101', 'instrument:cbd'],
    ['Biodiversity Convention', 'instrument:cbd'],
    ['CBD', 'instrument:cbd'],
    ['Paris Agreement,', 'instrument:paris-agreement'],
    ['United Nations Convention on the Law of the Sea of 10 December 1982', 'instrument:unclos'],
    ['Sendai Framework for Disaster Risk Reduction 2015-2030', 'instrument:sendai-framework'],
    ['Treaty on the Non-Proliferation of Nuclear Weapons', 'instrument:npt'],
    ['International Convention on the Protection of the Rights of All Migrant Workers and Members of their Families', 'instrument:icmw'],
    ['the International Court of Justice', 'body:icj'],
    ['World Health Organization', 'body:who'],
    ['UNEP', 'body:unep'],
    ['Member States', 'body:member-states'],
  ])('finds "%s" as %s', (raw, id) => {
    expect(resolveName(index, raw, 'Instrument')).toMatchObject({ id, curated: true });
  });

  it('names a name outside the catalogue as one uncurated node with the normalised title', () => {
    expect(resolveName(index, 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations of 18 June 1998', 'Instrument')).toEqual({
      id: 'instrument:tampere-convention-on-the-provision-of-telecommunication-resources-for-disaster-mitigation-and-relief-operations',
      title: 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations',
      curated: false,
    });
    expect(resolveName(index, 'Committee on the Rights of Older Persons 7', 'Body')).toMatchObject({ id: 'body:committee-on-the-rights-of-older-persons', curated: false });
  });

  it('maps splinter ids, with or without their title, to the entity they are', () => {
    expect(canonicalEntityId(index, 'instrument:convention-on-biological-diversity101')).toBe('instrument:cbd');
    expect(canonicalEntityId(index, 'instrument:united-nations-framework-convention-on-climate-change')).toBe('instrument:unfccc');
    expect(canonicalEntityId(index, 'instrument:x-1', 'Paris Agreement')).toBe('instrument:paris-agreement');
    expect(canonicalEntityId(index, 'instrument:cbd')).toBe('instrument:cbd');
    expect(canonicalEntityId(index, 'un:A/RES/78/1')).toBe('un:A/RES/78/1');
  });
});

describe('the merge step on a parsed text', () => {
  const parsed: ParsedResolution = {
    symbol: 'A/RES/99/1',
    paragraphs: [
      {
        kind: 'PREAMBULAR',
        text: 'Recalling the Convention on Biological Diversity101 and article 8 of the Convention on Biological Diversity 24, and the Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations of 18 June 1998,',
        clauses: [{ phrase: 'Recalling', relation: 'RECALLS' }],
        citations: [
          { target: 'instrument:convention-on-biological-diversity101', quote: 'Convention on Biological Diversity101' },
          { target: 'instrument:convention-on-biological-diversity-24:article-8', quote: 'article 8 of the Convention on Biological Diversity 24' },
          { target: 'instrument:tampere-convention-on-the-provision-of-telecommunication-resources-for-disaster-mitigation-and-relief-operations-of-18-june-1998', quote: 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations of 18 June 1998' },
        ],
      },
    ],
    newEntities: [
      { id: 'instrument:convention-on-biological-diversity101', type: 'Instrument', kind: 'CONVENTION', title: 'Convention on Biological Diversity101' },
      { id: 'instrument:convention-on-biological-diversity-24', type: 'Instrument', kind: 'CONVENTION', title: 'Convention on Biological Diversity 24' },
      { id: 'instrument:convention-on-biological-diversity-24:article-8', type: 'Provision', kind: 'ARTICLE', number: '8', title: 'Article 8', partOf: 'instrument:convention-on-biological-diversity-24' },
      { id: 'instrument:tampere-convention-on-the-provision-of-telecommunication-resources-for-disaster-mitigation-and-relief-operations-of-18-june-1998', type: 'Instrument', kind: 'CONVENTION', title: 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations of 18 June 1998' },
    ],
  };

  it('folds splinters into their entity, moves provisions with them and keeps every citation and quote', () => {
    const folded = foldSplinters(parsed, index);
    const tampere = 'instrument:tampere-convention-on-the-provision-of-telecommunication-resources-for-disaster-mitigation-and-relief-operations';
    expect(folded.paragraphs[0].citations).toEqual([
      { target: 'instrument:cbd', quote: 'Convention on Biological Diversity101' },
      { target: 'instrument:cbd:article-8', quote: 'article 8 of the Convention on Biological Diversity 24' },
      { target: tampere, quote: parsed.paragraphs[0].citations[2].quote },
    ]);
    expect(folded.newEntities).toEqual([
      { id: 'instrument:cbd:article-8', type: 'Provision', kind: 'ARTICLE', number: '8', title: 'Article 8', partOf: 'instrument:cbd' },
      { id: tampere, type: 'Instrument', kind: 'CONVENTION', title: 'Tampere Convention on the Provision of Telecommunication Resources for Disaster Mitigation and Relief Operations' },
    ]);
  });

  it('leaves a text without splinters as it is', () => {
    const clean: ParsedResolution = { symbol: 'A/RES/99/2', paragraphs: [{ ...parsed.paragraphs[0], citations: [{ target: 'instrument:cbd', quote: 'Convention on Biological Diversity' }] }] };
    expect(foldSplinters(clean, index)).toBe(clean);
  });
});

describe('abbreviations inside document symbols', () => {
  it('are part of the symbol, not a citation of the treaty or body', () => {
    const parsed: ParsedResolution = {
      symbol: 'A/RES/99/3',
      paragraphs: [
        {
          kind: 'PREAMBULAR',
          text: 'Recalling the NPT and the final document of the Review Conference (NPT/CONF.2010/50 (Vol. I)), and the UNCTAD report,',
          clauses: [{ phrase: 'Recalling', relation: 'RECALLS' }],
          citations: [
            { target: 'instrument:npt', quote: 'NPT' },
            { target: 'instrument:npt', quote: 'NPT', occurrence: 2 },
            { target: 'body:unctad', quote: 'UNCTAD' },
          ],
        },
      ],
    };
    expect(foldSplinters(parsed, index).paragraphs[0].citations).toEqual([
      { target: 'instrument:npt', quote: 'NPT' },
      { target: 'body:unctad', quote: 'UNCTAD' },
    ]);
  });
});
