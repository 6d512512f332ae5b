import { Body } from './body.type';
import { Citation } from './citation.type';
import { Connection } from './connection.type';
import { Document } from './document.type';
import { Event } from './event.type';
import { Instrument } from './instrument.type';
import { Resolution } from './resolution.type';
import { SearchHit } from './search-hit.type';

export const CitationConnection = Connection(Citation, 'Citation', 'citations');
export const ResolutionConnection = Connection(Resolution, 'Resolution', 'resolutions');
export const InstrumentConnection = Connection(Instrument, 'Instrument', 'instruments');
export const BodyConnection = Connection(Body, 'Body', 'bodies');
export const DocumentConnection = Connection(Document, 'Document', 'documents');
export const EventConnection = Connection(Event, 'Event', 'events');
export const SearchHitConnection = Connection(SearchHit, 'SearchHit', 'search hits');
