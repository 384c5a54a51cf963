/** The citation graph of a corpus, and the documents a number names in it, for `cites` and `cited-by`. */
import {citationGraph, documentsNumbered, type CitationGraph, type CitedDocument} from '../store/citations.js'
import {corpusLocation, withCorpus} from './corpus.js'
import {CliError, type Io} from './io.js'

/** Open the corpus, read its citation graph and find the documents numbered `number`; one line and exit 1 when there are none. */
export async function withNumbered<T>(io: Io, db: string | undefined, number: string, command: string, use: (graph: CitationGraph, documents: CitedDocument[]) => T): Promise<T> {
  return withCorpus(corpusLocation(db, io), async (corpus) => {
    const graph = await citationGraph(corpus)
    const documents = documentsNumbered(graph, number)
    if (documents.length === 0) throw new CliError(`chithi ${command}: no document numbered ${number} in the corpus`)
    return use(graph, documents)
  })
}
