/**
 * The `--encoding` option of the commands that read directives.
 */
import {InvalidArgumentError, Option} from 'commander'
import {encodingLabels, encodingOf, type EncodingOption} from '../text/encoding.js'

/** `--encoding NAME`: the code page of the input files (`auto` by default). */
export function encodingOption(): Option {
  return new Option('-e, --encoding <name>', `code page of the inputs: ${encodingLabels} (also cp1258, abc, vn3, vni-windows …)`)
    .default('auto')
    .argParser((value: string): EncodingOption => {
      const encoding = encodingOf(value)
      if (encoding === undefined) throw new InvalidArgumentError(`unknown encoding; use one of ${encodingLabels}`)
      return encoding
    })
}
