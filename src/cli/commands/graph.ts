/** `chithi graph --db FILE [--format graphml|dot]`: the citation graph of a corpus, for Gephi, yEd or Graphviz. */
import {type Command, Option} from 'commander'
import {writeAtomic} from '../../batch/atomic.js'
import {toDot, toGraphml} from '../../outputs/graph.js'
import {citationGraph} from '../../store/citations.js'
import type {Context} from '../context.js'
import {corpusLocation, dbOption, withCorpus} from '../corpus.js'

interface Options {
  db?: string
  format: 'graphml' | 'dot'
  out?: string
}

export function define(command: Command, context: Context): void {
  const {io} = context
  command
    .description('the citation graph of a corpus: each document, each document cited but not held, and an edge from citing to cited; GraphML (Gephi, yEd, networkx) or DOT (Graphviz)')
    .option(...dbOption)
    .addOption(new Option('--format <format>', 'graph format').choices(['graphml', 'dot']).default('graphml'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .addHelpText(
      'after',
      `
Examples:
  $ chithi graph --db corpus.sqlite > citations.graphml
  $ chithi graph --db corpus.sqlite --format dot | dot -Tsvg > citations.svg
`
    )
    .action(async (options: Options) => {
      await withCorpus(corpusLocation(options.db, io), async (corpus) => {
        const graph = await citationGraph(corpus)
        const text = options.format === 'dot' ? toDot(graph) : toGraphml(graph)
        if (options.out) writeAtomic(options.out, text)
        else io.stdout.write(text)
      })
    })
}
