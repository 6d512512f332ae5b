/**
 * The public identifier scheme. Ids never change once published:
 * - a UN document (resolutions included): `un:` + its UN symbol, e.g. `un:E/CN.4/RES/2003/48`;
 * - a paragraph: its resolution's id + `#pp<n>` (preambular) or `#op<n>` (operative), e.g. `un:E/CN.4/RES/2003/48#op5`;
 * - a curated instrument, body or event: `instrument:`, `body:` or `event:` + a lowercase slug, e.g. `instrument:icmw`;
 * - a provision: its instrument's id + `:article-<n>`, e.g. `instrument:icmw:article-72`.
 */
export function documentId(symbol: string): string {
  return `un:${symbol}`;
}

export function paragraphId(resolutionId: string, kind: 'PREAMBULAR' | 'OPERATIVE', indexInKind: number, part?: string): string {
  return `${resolutionId}#${part ? `${part}-` : ''}${kind === 'PREAMBULAR' ? 'pp' : 'op'}${indexInKind}`;
}

export function provisionId(instrumentId: string, article: string): string {
  return `${instrumentId}:article-${article.toLowerCase()}`;
}

/** An instrument first met in a text, by its title: `instrument:` + the title as a lowercase slug. */
export function uncuratedInstrumentId(title: string): string {
  return `instrument:${title.toLowerCase().replace(/[^\p{L}\d]+/gu, '-').replace(/^-|-$/g, '')}`;
}

/** True for ids of paragraphs, which are not entities. */
export function isParagraphId(id: string): boolean {
  return /#(pp|op)\d+$/.test(id);
}
