/**
 * The citation graph for tools people use: GraphML (Gephi, yEd, networkx,
 * igraph), built as an xast tree and serialised by `xast-util-to-xml`, and
 * DOT (Graphviz). Nodes are the corpus's documents, and the documents cited
 * but not held (one node per distinct unresolved reference); an edge goes
 * from the citing document to the cited one.
 */
import {x} from 'xastscript'
import {toXml} from 'xast-util-to-xml'
import type {CitationGraph} from '../store/citations.js'

interface GraphNode {
  id: string
  label: string
  type: string
  number: string
  issuer: string
  date: string
  /** `document` (in the corpus) or `reference` (cited, not held). */
  held: 'document' | 'reference'
}

interface GraphEdge {
  source: string
  target: string
  text: string
}

/** The nodes and edges of a citation graph. */
export function graphParts(graph: CitationGraph): {nodes: GraphNode[]; edges: GraphEdge[]} {
  const nodes: GraphNode[] = []
  for (const document of graph.documents.values()) {
    nodes.push({
      id: document.id,
      label: [document.type, document.number].filter(Boolean).join(' ') || document.path,
      type: document.type ?? '',
      number: document.number ?? '',
      issuer: document.issuer ?? '',
      date: document.date ?? '',
      held: 'document'
    })
  }

  const references = new Map<string, GraphNode>()
  const edges: GraphEdge[] = []
  for (const citation of graph.citations) {
    let target = citation.resolved
    if (!target) {
      const label = [citation.kind, citation.number, citation.date].filter(Boolean).join(' ')
      target = `ref:${label}`
      if (!references.has(target)) references.set(target, {id: target, label, type: citation.kind, number: citation.number ?? '', issuer: citation.issuer ?? '', date: citation.date ?? '', held: 'reference'})
    }

    if (!edges.some((edge) => edge.source === citation.from && edge.target === target)) edges.push({source: citation.from, target, text: citation.text})
  }

  return {nodes: [...nodes, ...references.values()], edges}
}

const keys = ['label', 'type', 'number', 'issuer', 'date', 'held'] as const

/** GraphML of a citation graph. */
export function toGraphml(graph: CitationGraph): string {
  const {nodes, edges} = graphParts(graph)
  const tree = x(null, [
    {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"'},
    '\n',
    x('graphml', {xmlns: 'http://graphml.graphdrawing.org/xmlns'}, [
      ...keys.map((key) => x('key', {id: key, for: 'node', 'attr.name': key, 'attr.type': 'string'})),
      x('key', {id: 'text', for: 'edge', 'attr.name': 'text', 'attr.type': 'string'}),
      x('graph', {id: 'citations', edgedefault: 'directed'}, [
        ...nodes.map((node) => x('node', {id: node.id}, keys.map((key) => x('data', {key}, node[key])))),
        ...edges.map((edge, index) => x('edge', {id: `e${index + 1}`, source: edge.source, target: edge.target}, [x('data', {key: 'text'}, edge.text)]))
      ])
    ]),
    '\n'
  ])
  return toXml(tree)
}

/** DOT (Graphviz) of a citation graph: documents held as boxes, references not held as dashed ellipses. */
export function toDot(graph: CitationGraph): string {
  const {nodes, edges} = graphParts(graph)
  const lines = ['digraph citations {', '  rankdir=LR;', '  node [fontname="Helvetica"];']
  for (const node of nodes) {
    const style = node.held === 'document' ? 'shape=box' : 'shape=ellipse, style=dashed'
    lines.push(`  ${quote(node.id)} [label=${quote([node.label, node.issuer, node.date].filter(Boolean).join('\n'))}, ${style}];`)
  }

  for (const edge of edges) lines.push(`  ${quote(edge.source)} -> ${quote(edge.target)};`)
  lines.push('}', '')
  return lines.join('\n')
}

/** A DOT string: quotes and backslashes escaped, line breaks as `\n`. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`
}
