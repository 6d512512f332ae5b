import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from './connection.type';
import { Entity } from './entity.interface';

export const TIMELINE_KINDS = ['ADOPTION', 'ENTRY_INTO_FORCE', 'ESTABLISHMENT', 'MEETING', 'SESSION', 'CONFERENCE', 'OTHER_EVENT'] as const;

export const TimelineKind = Object.fromEntries(TIMELINE_KINDS.map((k) => [k, k])) as { [K in (typeof TIMELINE_KINDS)[number]]: K };
registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'What happened on a date of the timeline.',
  valuesConfig: {
    ADOPTION: { description: 'A resolution, document or instrument was adopted (for the UN Charter: signed).' },
    ENTRY_INTO_FORCE: { description: 'An instrument entered into force.' },
    ESTABLISHMENT: { description: 'A body (e.g. a special procedure) was established.' },
    MEETING: { description: 'A meeting was held.' },
    SESSION: { description: 'A session was held (often known only by year).' },
    CONFERENCE: { description: 'A conference was held.' },
    OTHER_EVENT: { description: 'Another dated event.' },
  },
});

@ObjectType({ description: 'One dated happening: an adoption, an entry into force, a meeting, a session.' })
export class TimelineEntry {
  @Field({ description: 'The ISO date: a day ("2003-04-23"), or a year ("2003") for events known only by year.' })
  date!: string;

  @Field(() => TimelineKind, { description: 'What happened.' })
  kind!: string;

  @Field({ description: 'A short caption, e.g. "ICMW enters into force" or "E/CN.4/RES/2003/48 adopted".' })
  label!: string;

  @Field(() => Entity, { description: 'The entity it happened to (or the event itself).' })
  entity!: unknown;
}

export const TimelineConnection = Connection(TimelineEntry, 'Timeline', 'timeline entries');
