import { parse, validate } from 'graphql';
import { buildGraphSchema } from '../../../src/api/graphql/build-schema';
import { WARM_OPERATIONS } from '../../../src/app/warm-operations';

/** The start-up warm-up asks these; an operation the schema refuses would warm nothing, silently. */
it('every warm-up operation is valid against the schema', () => {
  const schema = buildGraphSchema();
  expect(WARM_OPERATIONS.length).toBeGreaterThanOrEqual(8);
  for (const { query } of WARM_OPERATIONS) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
});
