/**
 * Charts of the corpus page: Vega-Lite specifications compiled and rendered
 * to SVG at build time (no script in the page), embedded as hast.
 */
import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {h} from 'hastscript'
import type * as vegaLite from 'vega-lite'
import {importOptional} from '../../optional.js'

/** A bar chart's data: one bar per label (stacked by `series` where given). */
export interface Bars {
  title: string
  values: Array<{label: string; count: number; series?: string}>
  /** Axis titles. */
  label: string
  count: string
  /** Labels are months (`YYYY-MM`): drawn on a time axis. */
  months?: boolean
}

/** The Vega-Lite specification of a bar chart. */
export function barSpec(bars: Bars): vegaLite.TopLevelSpec {
  const labelField = bars.months
    ? {field: 'label', type: 'ordinal' as const, title: bars.label, sort: 'ascending' as const}
    : {field: 'label', type: 'nominal' as const, title: bars.label, sort: '-x' as const, axis: {labelLimit: 260}}
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: bars.months ? Math.max(240, bars.values.length * 28) : 320,
    data: {values: bars.values},
    mark: {type: 'bar', tooltip: true},
    encoding: bars.months
      ? {x: labelField, y: {aggregate: 'sum', field: 'count', type: 'quantitative', title: bars.count}}
      : {
          y: labelField,
          x: {aggregate: 'sum', field: 'count', type: 'quantitative', title: bars.count},
          ...(bars.values.some((value) => value.series) ? {color: {field: 'series', type: 'nominal', title: 'year'}} : {})
        },
    config: {font: 'system-ui, sans-serif', view: {stroke: null}}
  } as vegaLite.TopLevelSpec
}

/** Render a chart to SVG text (Vega and Vega-Lite, optional dependencies, are loaded on the first chart). */
export async function chartSvg(bars: Bars): Promise<string> {
  const purpose = 'The corpus page’s charts (chithi convert --format html; corpusPage)'
  const [vega, vegaLite] = await Promise.all([importOptional(() => import('vega'), 'vega', purpose), importOptional(() => import('vega-lite'), 'vega-lite', purpose)])
  const view = new vega.View(vega.parse(vegaLite.compile(barSpec(bars)).spec), {renderer: 'none'})
  try {
    return await view.toSVG()
  } finally {
    view.finalize()
  }
}

/** Drop what could run in an SVG: scripts, foreign content, event handlers, links to scripts. */
function inert(node: HastRoot | Element): void {
  node.children = node.children.filter((child) => child.type !== 'element' || !['script', 'foreignObject', 'iframe', 'object', 'embed'].includes(child.tagName))
  for (const child of node.children) {
    if (child.type !== 'element') continue
    for (const key of Object.keys(child.properties)) {
      const value = String(child.properties[key] ?? '')
      if (/^on/i.test(key) || (/href$/i.test(key) && /^\s*(?:javascript|data):/i.test(value))) delete child.properties[key]
    }

    inert(child)
  }
}

/** A chart as a figure: the SVG (as hast), its title, and its numbers in a table for those who cannot see it. */
export async function chartFigure(bars: Bars, id: string): Promise<Element> {
  const total = bars.values.reduce((sum, value) => sum + value.count, 0)
  const svg = fromHtml(await chartSvg(bars), {fragment: true, space: 'svg'})
  inert(svg)
  const content = svg.children.filter((child): child is ElementContent => child.type === 'element')
  return h('figure', {className: ['chart'], id, dataTotal: String(total), dataBars: String(new Set(bars.values.map((value) => value.label)).size)}, [
    h('figcaption', h('h2', bars.title)),
    h('div', {role: 'img', ariaLabel: `${bars.title}: ${total} in all`}, content),
    h('details', [
      h('summary', 'numbers'),
      h('table', [
        h('thead', h('tr', [h('th', bars.label), ...(bars.values.some((value) => value.series) ? [h('th', 'year')] : []), h('th', bars.count)])),
        h(
          'tbody',
          bars.values.map((value) => h('tr', [h('td', value.label), ...(value.series === undefined ? [] : [h('td', value.series)]), h('td', String(value.count))]))
        )
      ])
    ])
  ])
}
