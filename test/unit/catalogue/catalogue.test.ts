import { catalogueToRows, DataFileError, readCatalogue } from '../../../src/core/catalogue/catalogue';
import { DATA_DIR } from '../../support/paths';

describe('the curated catalogue', () => {
  const catalogue = readCatalogue(DATA_DIR);
  const rows = catalogueToRows(catalogue);
  const byId = new Map(rows.entities.map((e) => [e.id, e]));

  it('holds the instruments the seed resolution is guided by, with their adopting resolutions', () => {
    const expected: Record<string, string> = {
      'instrument:udhr': 'un:A/RES/217(III)',
      'instrument:iccpr': 'un:A/RES/2200(XXI)',
      'instrument:icescr': 'un:A/RES/2200(XXI)',
      'instrument:icerd': 'un:A/RES/2106(XX)',
      'instrument:cedaw': 'un:A/RES/34/180',
      'instrument:crc': 'un:A/RES/44/25',
    };
    for (const [instrument, resolution] of Object.entries(expected)) {
      expect(byId.get(instrument)?.type).toBe('Instrument');
      expect(rows.links).toContainEqual({ from: instrument, to: resolution, type: 'ADOPTED_IN', props: {} });
    }
  });

  it('agrees with itself: an instrument adopted by a resolution has the same adoption date', () => {
    for (const link of rows.links.filter((l) => l.type === 'ADOPTED_IN')) {
      expect([link.from, byId.get(link.from)?.props.adoptedOn]).toEqual([link.from, byId.get(link.to)?.props.adoptedOn]);
    }
  });

  it('links every treaty body to the provision or resolution that established it', () => {
    const treatyBodies = rows.entities.filter((e) => e.props.kind === 'TREATY_BODY');
    expect(treatyBodies.length).toBeGreaterThanOrEqual(9);
    for (const body of treatyBodies) {
      expect(rows.links.some((l) => l.from === body.id && l.type === 'ESTABLISHED_BY')).toBe(true);
      expect(rows.links.some((l) => l.to === body.id && l.type === 'MONITORED_BY')).toBe(true);
    }
  });

  it('leaves unknown facts empty instead of guessing', () => {
    expect(byId.get('un:E/CN.4/2003/L.11/Add.4')?.props.title).toBeUndefined();
    expect(byId.get('instrument:udhr')?.props.entryIntoForce).toBeUndefined();
  });

  it('refuses a link to an entity that does not exist', () => {
    const broken = { ...catalogue, bodies: [...catalogue.bodies, { id: 'body:x', kind: 'OTHER' as const, title: 'X', parent: 'body:nowhere' }] };
    expect(() => catalogueToRows(broken)).toThrow(DataFileError);
    expect(() => catalogueToRows(broken)).toThrow(/body:x -PART_OF-> body:nowhere/);
  });
});
