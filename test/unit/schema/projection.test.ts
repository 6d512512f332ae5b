import { parse } from 'graphql';
import { buildGraphSchema } from '../../../src/api/graphql/build-schema';
import { CITED_ENTITY_FIELD_PROPERTIES, ENTITY_FIELD_PROPERTIES, PARAGRAPH_FIELD_PROPERTIES, projectDocument } from '../../../src/api/graphql/planner/projection';

const schema = buildGraphSchema();
const ENTITY_TYPES = ['Resolution', 'Instrument', 'Body', 'Document', 'Provision', 'Event'];

describe('the properties a planned read projects (planner/projection.ts)', () => {
  it('knows every field of every entity type, of CitedEntity and of Paragraph: a new field must be listed', () => {
    const fieldsOf = (type: string) => Object.keys((schema.getType(type) as any).getFields());
    const unlisted = [
      ...ENTITY_TYPES.flatMap((t) => fieldsOf(t).filter((f) => !(f in ENTITY_FIELD_PROPERTIES)).map((f) => `${t}.${f}`)),
      ...fieldsOf('CitedEntity').filter((f) => !(f in CITED_ENTITY_FIELD_PROPERTIES)).map((f) => `CitedEntity.${f}`),
      ...fieldsOf('Paragraph').filter((f) => !(f in PARAGRAPH_FIELD_PROPERTIES)).map((f) => `Paragraph.${f}`),
    ];
    expect(unlisted).toEqual([]);
  });

  it('projects the union of what the whole document reads, through fragments and other root fields', () => {
    const document = parse(`query ($s: String!) {
      resolution(symbol: $s) { id guidedBy { id title citations { quote paragraph { id } } } }
      instrument(id: "instrument:udhr") { ...Dates }
    }
    fragment Dates on Instrument { adoptedOn label }`);
    expect(projectDocument(schema, document)).toEqual({
      entity: ['abbreviation', 'adoptedOn', 'shortTitle', 'symbol', 'title'],
      paragraph: [],
      citations: true,
    });
  });

  it('leaves out citations nobody selects, and reads everything for a field it does not know', () => {
    expect(projectDocument(schema, parse('{ resolution(id: "x") { cites { entity { id } } paragraphs { text } } }'))).toEqual({ entity: [], paragraph: ['text'], citations: false });
    expect(projectDocument(schema, parse('{ resolution(id: "x") { id } }'))).toEqual({ entity: [], paragraph: [], citations: false });
  });
});
