/** The GraphQL object type of a record, from its Neo4j labels (paragraphs have a resolutionId and no labels). */
export function typeNameOf(value: { labels?: string[]; resolutionId?: string }): string {
  const labels = value.labels ?? [];
  if (labels.includes('Resolution')) return 'Resolution';
  if (labels.includes('Document')) return 'Document';
  if (labels.includes('Instrument')) return 'Instrument';
  if (labels.includes('Body')) return 'Body';
  if (labels.includes('Provision')) return 'Provision';
  if (labels.includes('Event')) return 'Event';
  if (value.resolutionId !== undefined) return 'Paragraph';
  throw new Error(`No GraphQL type for a node labelled ${labels.join(':') || '(none)'}`);
}
