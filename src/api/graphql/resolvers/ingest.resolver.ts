import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { userError } from '../errors';
import { LoadRepository } from '../../../graph/load.repository';
import { IngestError } from '../../../core/ingest/errors';
import { CatalogueMissingError, ingestParsedText, IngestSummary, ingestText } from '../../../services/ingest-service';
import { ParsePoolBusyError, ParseTimeoutError } from '../../http/parse-pool';
import { forgetCachedReads, GraphContext, ParseText, WriteAccess } from '../context';
import { IngestResult } from '../types/ingest-result.type';
import { Resolution } from '../types/resolution.type';

@Resolver(() => IngestResult)
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description:
      'Reads the full text of one resolution and stores it with its paragraphs and citations, in one transaction: all or nothing. ' +
      'Ingesting the same text again changes nothing; a corrected text replaces the previous paragraphs, and the answer says what it removed ' +
      '(previousVersion). A text for a document of the curated catalogue keeps its curated facts and attaches its paragraphs (attachedToCatalogued). ' +
      'Needs the API key (x-api-key header). Text that is not a resolution gives BAD_USER_INPUT saying what is wrong.',
  })
  async ingestResolution(
    @Arg('text', { description: 'The full text of one resolution as printed (header lines, organ line, paragraphs), at most 1 MB.' }) text: string,
    @Arg('dryRun', () => Boolean, { nullable: true, defaultValue: false, description: 'Parse and report what would be created and linked, but write nothing.' })
    dryRun: boolean | null,
    @Ctx() ctx: GraphContext,
  ): Promise<IngestSummary> {
    const { load, parse } = requireWriteAccess(ctx.writes);
    try {
      const options = { dryRun: dryRun ?? false, source: 'api' as const };
      const summary = parse
        ? await ingestParsedText(await parse(text), text, { load, read: ctx.repo }, options)
        : await ingestText(text, { load, read: ctx.repo }, options);
      if (!summary.dryRun) forgetCachedReads(ctx);
      return summary;
    } catch (error) {
      if (error instanceof IngestError) throw userError('BAD_USER_INPUT', error.message);
      if (error instanceof CatalogueMissingError) throw userError('SERVICE_UNAVAILABLE', 'The graph is still loading its catalogue; try again in a few seconds.');
      if (error instanceof ParseTimeoutError) throw userError('BAD_USER_INPUT', error.message, { reason: 'PARSE_TIMEOUT', timeoutMs: error.timeoutMs });
      if (error instanceof ParsePoolBusyError) throw userError('SERVICE_UNAVAILABLE', error.message, { reason: 'BUSY' });
      throw error;
    }
  }

  @FieldResolver(() => Resolution, { nullable: true })
  resolution(@Root() result: IngestSummary, @Ctx() ctx: GraphContext) {
    return result.dryRun ? null : ctx.loaders.entity.load(result.resolutionId);
  }
}

function requireWriteAccess(access: WriteAccess): { load: LoadRepository; parse?: ParseText } {
  switch (access.state) {
    case 'GRANTED':
      return access;
    case 'DISABLED':
      throw userError('FORBIDDEN', 'Writes are disabled: set API_KEY (at least 16 characters) in the server\'s environment and restart it to enable ingestResolution.');
    case 'DENIED':
      throw userError('FORBIDDEN', 'Send the API key in the x-api-key header (or as "Authorization: Bearer <key>") to use ingestResolution.');
    default: {
      const unreachable: never = access;
      return unreachable;
    }
  }
}
