/**
 * `chithi/store`: the corpus store, one SQLite file (better-sqlite3, an
 * optional dependency loaded when a database is first opened).
 */
export {openCorpus} from './store/corpus.js'
export type {Corpus, CorpusStats, DocumentQuery, DocumentRow, ObligationQuery, ObligationRow} from './store/corpus.js'
export {ingest} from './store/ingest.js'
export type {IngestOptions, IngestReport} from './store/ingest.js'
export {MissingDependencyError} from './optional.js'
