import express from 'express';

/** How deep and how large the variables (and extensions) of one request may be: MAX_VARIABLES_DEPTH, MAX_VARIABLES_VALUES. */
export interface VariablesBounds {
  maxDepth: number;
  maxValues: number;
}

/** What is wrong with a value's shape, or undefined when it is within the bounds. Iterative: a deep value cannot overflow the stack. */
export function checkVariablesShape(value: unknown, bounds: VariablesBounds): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let values = 0;
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    values += 1;
    if (values > bounds.maxValues) return `The variables hold more than ${bounds.maxValues} values (objects, lists and scalars), the limit.`;
    if (typeof item !== 'object' || item === null) continue;
    if (depth + 1 > bounds.maxDepth) return `The variables nest more than ${bounds.maxDepth} levels deep, the limit.`;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return undefined;
}

/**
 * Refuses, before anything else reads them (Apollo, the response cache's key, the logs), variables and extensions
 * that nest too deeply or hold too many values: recursive code elsewhere (hashing a cache key) overflowed the stack on
 * 10,000 levels and answered HTTP 500. Answers HTTP 400 BAD_USER_INPUT with the limit in the message.
 */
export function variablesLimit(bounds: VariablesBounds): express.RequestHandler {
  return (req, res, next) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const query = req.query as Record<string, unknown>;
    for (const key of ['variables', 'extensions']) {
      let value: unknown = body[key];
      if (value === undefined && typeof query[key] === 'string') {
        try {
          value = JSON.parse(query[key] as string);
        } catch {
          continue; // Apollo answers malformed JSON itself
        }
      }
      const problem = checkVariablesShape(value, bounds);
      if (problem) {
        res.status(400).json({
          errors: [{ message: `${problem} Send plain variable values: the inputs of this API nest at most a few levels.`, extensions: { code: 'BAD_USER_INPUT', requestId: res.locals.requestId as string } }],
        });
        return;
      }
    }
    next();
  };
}
