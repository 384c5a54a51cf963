/**
 * The page builder for `--format html`, from the reports module.
 */
import type {HtmlPage} from './convert-one.js'

let page: HtmlPage | undefined

/** Register the page builder (the reports module does this). */
export function setHtmlPage(builder: HtmlPage): void {
  page = builder
}

/** The registered page builder, if any. */
export function htmlPage(): HtmlPage | undefined {
  return page
}
