/**
 * `--format parquet`: the batch as two Parquet files for analytics engines
 * (DuckDB, Spark, pandas, polars): `obligations.parquet`, a row per
 * obligation and party with the CSV's columns typed (dates as dates, offsets
 * as integers, lists as lists), and `documents.parquet`, a row per document.
 * Written with Apache Arrow and parquet-wasm (optional dependencies, loaded
 * here), streaming: rows are read from the inputs' parts one at a time and
 * go out in row groups, so memory does not grow with the batch.
 */
import {existsSync, readFileSync, renameSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {Readable} from 'node:stream'
import type {DataType, Table as ArrowTable} from 'apache-arrow'
import type {RecordBatch as WasmRecordBatch} from 'parquet-wasm/node'
import {importOptional, requireOptional} from '../optional.js'
import type {Part} from './aggregate.js'
import {partPath} from './paths.js'
import type {ConvertedDocument} from './outputs.js'
import {append} from '../append.js'
import {documentsRow, obligationLines} from '../store/rows.js'

const purpose = 'Parquet output (--format parquet)'

/**
 * Rows built in memory at a time (a batch). The batch is copied three times
 * on its way to the writer (Arrow vectors, an IPC stream, WebAssembly
 * record batches), and WebAssembly memory only grows: the largest batch sets
 * the run's peak. Writing the Parquet files of 20,000 generated files
 * (212,000 rows) peaked at 289 MB with 10,000 rows a batch, 175 MB with 1,000.
 */
const batchRows = 1_000

/** Rows per Parquet row group: the writer keeps only the encoded columns of the group it is filling. */
const rowGroup = 100_000

type Cell = string | number | Date | string[] | Date[] | null
type Row = Record<string, Cell>

/** A column: its name and Arrow type (made once Arrow is loaded). */
type Columns = Array<[string, DataType]>

/** The two files' columns. */
function schemas(arrow: typeof import('apache-arrow')): {obligations: Columns; documents: Columns} {
  const text = new arrow.Utf8()
  const date = new arrow.DateDay()
  const integer = new arrow.Int32()
  const texts = new arrow.List(new arrow.Field('item', new arrow.Utf8(), true))
  const dates = new arrow.List(new arrow.Field('item', new arrow.DateDay(), true))
  return {
    obligations: [
      ['document', text], ['path', text], ['type', text], ['number', text], ['date', date], ['issuer', text], ['at', text], ['obligation', text],
      ['party', text], ['canonical_party', text], ['kind', text], ['level', text],
      ['jurisdiction', text], ['jurisdiction_unit', text], ['role', text], ['action', text], ['polarity', text],
      ['timing_kinds', texts], ['timing_dates', dates], ['timing_text', texts], ['start_offset', integer], ['end_offset', integer]
    ],
    documents: [
      ['document', text], ['path', text], ['sha256', text], ['type', text], ['number', text], ['date', date], ['issuer', text], ['province', text],
      ['place', text], ['subject', text], ['signer_authority', text], ['signer_title', text], ['signer_name', text],
      ['obligations', integer], ['parties', integer], ['warnings', integer], ['errors', integer], ['version', text]
    ]
  }
}

/** An ISO date as a day (null when absent or not a day of the calendar). */
function day(iso: string | null | undefined): Date | null {
  if (!iso) return null
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? null : date
}

/** The obligations rows of one document: its flat obligations, dates as days. */
function obligationRows(id: string, converted: ConvertedDocument): Row[] {
  if (!converted.record) return []
  return obligationLines(id, converted.chithi.path, converted.record).map((line) => ({
    ...line,
    date: day(line.date),
    timing_dates: line.timing_dates.flatMap((date) => day(date) ?? [])
  }))
}

/** The documents row of one document: its columns of the corpus's `documents`, and counts. */
function documentRow(id: string, converted: ConvertedDocument): Row[] {
  const record = converted.record
  if (!record) return []
  const row = documentsRow(converted.chithi.sha256, converted.chithi.path, {...converted, record}, '')
  return [
    {
      document: id,
      path: row.path,
      sha256: row.id,
      type: row.type,
      number: row.number,
      date: day(row.date),
      issuer: row.issuer,
      province: row.province,
      place: row.place,
      subject: row.subject,
      signer_authority: row.signer_authority,
      signer_title: row.signer_title,
      signer_name: row.signer_name,
      obligations: record.obligations.length,
      parties: record.obligations.reduce((sum, obligation) => sum + obligation.parties.length, 0),
      warnings: converted.messages.filter((message) => message.severity === 'warning').length,
      errors: converted.messages.filter((message) => message.severity === 'error').length,
      version: row.version
    }
  ]
}

/** A stream that takes the next item from `items` each time its reader asks (so batches are made no faster than they are written). */
function pulled<T>(items: AsyncIterator<T>): ReadableStream<T> {
  return new ReadableStream<T>({
    async pull(controller) {
      const next = await items.next()
      if (next.done) controller.close()
      else controller.enqueue(next.value)
    }
  })
}

/** The names of the Parquet files: `obligations.parquet`, `documents.parquet` (with a shard's suffix). */
export function parquetNames(suffix = ''): {obligations: string; documents: string} {
  return {obligations: `obligations${suffix}.parquet`, documents: `documents${suffix}.parquet`}
}

/** Write the batch's two Parquet files into `out` from the parts, in their order; each is written to `scratch` first, then renamed. */
export async function writeParquet(target: {out: string; suffix: string; scratch: string}, parts: () => Iterable<Part>): Promise<void> {
  const arrow = await importOptional(() => import('apache-arrow'), 'apache-arrow', purpose)
  const parquet = requireOptional<typeof import('parquet-wasm/node')>('parquet-wasm', purpose)
  const columns = schemas(arrow)
  const names = parquetNames(target.suffix)
  await mkdir(target.scratch, {recursive: true})

  for (const [file, rowsOf, schema] of [
    [names.obligations, obligationRows, columns.obligations],
    [names.documents, documentRow, columns.documents]
  ] as const) {
    /** Arrow record batches of `batchRows` rows, made as the writer asks for them. */
    async function* batches(): AsyncGenerator<WasmRecordBatch> {
      let rows: Row[] = []
      const flush = function* (): Generator<WasmRecordBatch> {
        const vectors = Object.fromEntries(schema.map(([name, type]) => [name, arrow.vectorFromArray(rows.map((row) => row[name] ?? null), type)]))
        const table: ArrowTable = new arrow.Table(vectors)
        rows = []
        // The batches are copies the writer takes; the table they came from is freed at once (WebAssembly memory only grows).
        const wasm = parquet.Table.fromIPCStream(arrow.tableToIPC(table, 'stream'))
        const made = wasm.recordBatches()
        wasm.free()
        yield* made
      }

      for (const {folder, id} of parts()) {
        const part = partPath(folder, id, 'jsonl')
        if (!existsSync(part)) continue
        append(rows, rowsOf(id, JSON.parse(readFileSync(part, 'utf8')) as ConvertedDocument))
        if (rows.length >= batchRows) yield* flush()
      }

      // An empty batch still has its schema: a file with no rows has its columns.
      yield* flush()
    }

    const properties = new parquet.WriterPropertiesBuilder().setMaxRowGroupSize(rowGroup).setCompression(parquet.Compression.ZSTD).setCreatedBy('chithi').build()
    const stream = await parquet.transformParquetStream(pulled(batches()), properties)
    const temporary = join(target.scratch, `${file}.${process.pid}.tmp`)
    await writeFile(temporary, Readable.fromWeb(stream as import('node:stream/web').ReadableStream<Uint8Array>))
    renameSync(temporary, join(target.out, file))
  }
}
