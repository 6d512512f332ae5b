import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { userError } from '../../graph/errors';
import { LoadRepository } from '../../graph/load.repository';
import { IngestError } from '../../ingest/errors';
import { CatalogueMissingError, IngestSummary, ingestText } from '../../ingest/ingest-service';
import { forgetCachedReads, GraphContext, WriteAccess } from '../context';
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
    const load = requireWriteAccess(ctx.writes);
    try {
      const summary = await ingestText(text, { load, read: ctx.repo }, { dryRun: dryRun ?? false, source: 'api' });
      if (!summary.dryRun) forgetCachedReads(ctx);
      return summary;
    } catch (error) {
      if (error instanceof IngestError) throw userError('BAD_USER_INPUT', error.message);
      if (error instanceof CatalogueMissingError) throw userError('SERVICE_UNAVAILABLE', 'The graph is still loading its catalogue; try again in a few seconds.');
      throw error;
    }
  }

  @FieldResolver(() => Resolution, { nullable: true })
  resolution(@Root() result: IngestSummary, @Ctx() ctx: GraphContext) {
    return result.dryRun ? null : ctx.loaders.entity.load(result.resolutionId);
  }
}

function requireWriteAccess(access: WriteAccess): LoadRepository {
  switch (access.state) {
    case 'GRANTED':
      return access.load;
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
