import { GraphQLError, ValidationRule } from 'graphql';

/**
 * Rejects, at validation, an operation whose type the schema does not have (this schema has no subscriptions):
 * graphql-js only notices at execution, where the error would look like an internal one.
 */
export const supportedOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) {
      context.reportError(new GraphQLError(`This API does not support ${node.operation} operations; send a query or a mutation.`, { nodes: [node] }));
    }
  },
});
