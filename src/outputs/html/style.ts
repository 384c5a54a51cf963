/**
 * The pages' only style sheet, inlined: readable on a phone (one column
 * under 60em), printable (no side panel, highlights as underlines).
 */
export const css = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #6b6b70; --line: #d9d9de; --party: #ffe08a; --timing: #b9e6ff; --action: #e3f5d8; --flag: #ffd2cc; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 "Times New Roman", "Noto Serif", serif; color: var(--ink); background: #f4f4f6; }
a { color: #0b57d0; }
.layout { display: grid; grid-template-columns: minmax(0, 48em) minmax(0, 1fr); gap: 1.5em; max-width: 96em; margin: 0 auto; padding: 1.5em; }
.sheet { background: white; padding: 2.5em 3em; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
.panel { font: 14px/1.45 system-ui, sans-serif; }
.panel section { background: white; padding: 1em; margin-bottom: 1em; box-shadow: 0 1px 4px rgba(0,0,0,.08); overflow-x: auto; }
.panel h2 { font-size: 1.05em; margin: 0 0 .6em; }
.doc-header { display: grid; grid-template-columns: 1fr 1fr; gap: .2em 2em; text-align: center; margin-bottom: 1.5em; }
.doc-header .issuer, .doc-header .number { grid-column: 1; }
.doc-header .national-title, .doc-header .motto, .doc-header .place-date { grid-column: 2; }
.national-title, .issuer, .marking { font-weight: bold; text-transform: none; }
.place-date { font-style: italic; }
.marking { color: #b00020; }
h1.title { text-align: center; font-size: 1.25em; margin: 1em 0 .2em; }
.subject { text-align: center; font-weight: bold; margin-top: 0; }
.addressees { margin: 1em 0 1em 3em; }
.item { margin: .4em 0; }
.item .item { margin-left: 1.2em; }
.bullet { margin: .2em 0 .2em 1em; }
.paragraph { text-align: justify; margin: .4em 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
td, th { border: 1px solid var(--line); padding: .3em .5em; vertical-align: top; text-align: left; }
.distribution { float: left; width: 48%; font-size: .9em; margin-top: 2em; }
.signature { float: right; width: 48%; text-align: center; margin-top: 2em; font-weight: bold; }
.sheet::after { content: ""; display: block; clear: both; }
.marker { color: var(--muted); }
.marker-strong, .marker-emphasis, .marker-pipe, .marker-rule { display: none; }
.unknown { color: var(--muted); text-decoration: line-through dotted; }
.page-break { display: block; color: var(--muted); font-size: .8em; text-align: center; border-top: 1px dashed var(--line); margin: .5em 0; }
.hl { border-radius: 2px; scroll-margin-top: 30vh; }
mark.party { background: var(--party); }
mark.party.role-with { background: #ffeccc; }
mark.party.role-reportTo { background: #ead7ff; }
mark.timing { background: var(--timing); }
span.action { background: var(--action); }
.hl:target, .flagged:target { outline: 3px solid #0b57d0; }
.flagged { background: var(--flag); scroll-margin-top: 30vh; }
.legend span { padding: 0 .3em; margin-right: .5em; }
.tasks td { font-size: .95em; }
.tasks td.at { white-space: nowrap; }
.messages li { margin: .2em 0; }
.messages .rule { color: var(--muted); font-family: ui-monospace, monospace; }
.filter { width: 100%; padding: .4em; margin-bottom: .6em; font: inherit; }
.implementation .level { font-weight: 600; color: #555; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 36em), 1fr)); gap: 1em; }
.chart { margin: 0; }
.chart svg { max-width: 100%; height: auto; }
.index { max-width: 96em; margin: 0 auto; padding: 1.5em; font: 15px/1.45 system-ui, sans-serif; }
.index section { background: white; padding: 1em; margin-bottom: 1em; box-shadow: 0 1px 4px rgba(0,0,0,.08); overflow-x: auto; }
@media (max-width: 60em) {
  .layout { grid-template-columns: minmax(0, 1fr); padding: .5em; }
  .sheet { padding: 1em; }
  .doc-header { grid-template-columns: 1fr; }
  .doc-header > * { grid-column: 1 !important; }
  .distribution, .signature { float: none; width: auto; }
}
@media print {
  body { background: white; }
  .layout { display: block; padding: 0; }
  .sheet { box-shadow: none; padding: 0; }
  .panel { page-break-before: always; }
  .panel section { box-shadow: none; }
  mark.party, mark.timing, span.action, .flagged { background: none; text-decoration: underline; }
}
`
