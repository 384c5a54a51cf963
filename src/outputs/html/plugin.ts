/**
 * `chithiHtml`: a unified compiler writing a directive's page, so that
 * `unified().use(chithiParse).use(chithiAnalyze).use(chithiHtml).process(text)`
 * gives the HTML `chithi report` prints.
 */
import type {Plugin} from 'unified'
import {recordOf} from '../../semantics/analyze.js'
import type {Root} from '../../tree/types.js'
import {pageMessages} from './from-file.js'
import {renderPage} from './page.js'

/** Options of `chithiHtml`. */
export interface HtmlOptions {
  /** Link back to a corpus page (relative URL). */
  index?: string
}

/** Compile a directive's tree (and the record `chithiAnalyze` left, or one made here) into its HTML page. */
export const chithiHtml: Plugin<[HtmlOptions?], Root, string> = function (options = {}) {
  this.compiler = (tree, file) => {
    const record = file.data.chithi ?? recordOf(tree as Root, file)
    return renderPage({tree: tree as Root, record, messages: pageMessages(file), path: file.path, index: options.index})
  }
}
