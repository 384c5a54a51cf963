/**
 * `chithi/store`: the corpus store, in one SQLite file (better-sqlite3) or
 * on a PostgreSQL server (pg), optional dependencies loaded when a corpus is
 * first opened.
 */
export {openCorpus} from './store/corpus.js'
export type {Corpus, CorpusStats, DocumentQuery, DocumentRow, ObligationQuery, ObligationRow, OpenOptions} from './store/corpus.js'
export {ingest} from './store/ingest.js'
export type {IngestOptions, IngestReport} from './store/ingest.js'
export {shownLocation} from './store/location.js'
export {MissingDependencyError} from './optional.js'
export {calendarEvents, calendarOf, calendarText} from './outputs/calendar.js'
export type {CalendarEvent, CalendarOptions} from './outputs/calendar.js'
export {citationGraph, documentsNumbered, implementers, numberKey} from './store/citations.js'
export type {Citation, CitationGraph, CitedDocument, Implementer} from './store/citations.js'
export {toDot, toGraphml} from './outputs/graph.js'
