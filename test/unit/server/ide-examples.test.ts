import { parse, validate } from 'graphql';
import { buildGraphSchema } from '../../../src/api/graphql/build-schema';
import { IDE_EXAMPLES } from '../../../src/api/http/ide-examples';
import { renderIdeHtml } from '../../../src/api/http/ide';

describe('the IDE example tabs', () => {
  const schema = buildGraphSchema();

  it.each(IDE_EXAMPLES.map((example) => [example.query.match(/query (\w+)/)?.[1], example]))('%s is valid against the schema', (_name, example) => {
    expect(validate(schema, parse(example.query))).toEqual([]);
    if (example.variables) expect(() => JSON.parse(example.variables!)).not.toThrow();
  });

  it('opens with the README\'s "What guides this resolution?" query', () => {
    expect(IDE_EXAMPLES[0].query).toMatch(/query WhatGuidesThisResolution \{\n  resolution\(symbol: "E\/CN.4\/RES\/2003\/48"\) \{\n    guidedBy \{/);
  });

  it('escapes "<" in the settings so an example cannot close the script element', () => {
    const html = renderIdeHtml([{ query: '# </script><script>alert(1)</script>\n{ __typename }' }]);
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html.match(/<script/g)).toHaveLength(5);
  });
});
