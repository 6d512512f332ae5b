import { Logger } from '../api/http/logger';

/**
 * The browser pages a visitor opens first, one of each kind: the start page, the reader of the seed, the entity page of
 * the Universal Declaration (always in the catalogue) and the browse page. Their GraphQL operations have shapes of
 * their own, which Neo4j plans on first use (a second or more on this machine); asked once after start-up, in the
 * background, so a researcher's first visit is as fast as later ones.
 */
const FIRST_PAGES = ['/', '/read/E/CN.4/RES/2003/48', '/entity/instrument:udhr', '/browse'];

/** Requests the first pages from the server itself, one after another; never throws, never delays /ready. */
export async function warmPages(base: string, logger: Logger): Promise<void> {
  const started = Date.now();
  for (const path of FIRST_PAGES) {
    try {
      const response = await fetch(base + path, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
    } catch (error) {
      logger.debug({ err: error, path }, 'warming a page failed');
      return;
    }
  }
  logger.info(`Warmed the first pages (${FIRST_PAGES.join(', ')}) in ${Date.now() - started} ms`);
}
