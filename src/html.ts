/**
 * `chithi/html`: directives as HTML pages, built as hast. The corpus page's
 * charts need Vega and Vega-Lite (optional dependencies, loaded on the first
 * chart).
 */
export {directivePage, renderPage} from './outputs/html/page.js'
export type {PageInput} from './outputs/html/page.js'
export type {PageMessage} from './outputs/html/messages.js'
export {corpusPage, pageSummary, renderCorpusPage} from './outputs/html/corpus.js'
export type {CorpusPageOptions, PageSummary} from './outputs/html/corpus.js'
export {chithiHtml} from './outputs/html/plugin.js'
export type {HtmlOptions} from './outputs/html/plugin.js'
export {MissingDependencyError} from './optional.js'
