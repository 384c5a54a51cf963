/**
 * Option values checked as they are read: a bad value is a usage error
 * (exit code 2) naming the option and the value, never a wrong answer.
 * Commander puts the option and the value in front of each reason.
 */
import {InvalidArgumentError} from 'commander'
import {parseShard, type Shard} from '../batch/shard.js'

/** An ISO calendar date, `YYYY-MM-DD`, that exists. */
export function isoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) throw new InvalidArgumentError('Expected a date as YYYY-MM-DD.')
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new InvalidArgumentError('No such day in the calendar.')
  }

  return value
}

/** A whole number, 1 or more. */
export function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('Expected a whole number, 1 or more.')
  return Number(value)
}

/** A whole number, 0 or more. */
export function count(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('Expected a whole number, 0 or more.')
  return Number(value)
}

/** A duration in seconds, 0 or more (decimals allowed). */
export function seconds(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) throw new InvalidArgumentError('Expected a number of seconds, 0 or more.')
  return number
}

/** A size in megabytes (more than 0; decimals allowed). */
export function megabytes(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('Expected a size in megabytes, more than 0.')
  return number
}

/** File extensions, comma separated, without dots (`txt,md`). */
export function extensions(value: string): string[] {
  const list = value
    .split(',')
    .map((extension) => extension.trim().replace(/^\./, ''))
    .filter(Boolean)
  if (list.length === 0 || list.some((extension) => !/^[\p{L}\p{N}_-]+$/u.test(extension))) throw new InvalidArgumentError('Expected extensions separated by commas, such as txt,md.')
  return list
}

/** `name=value`, gathered into an object (`-p` of `chithi sql`). */
export function parameter(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = value.indexOf('=')
  if (at <= 0) throw new InvalidArgumentError('Expected name=value.')
  return {...previous, [value.slice(0, at)]: value.slice(at + 1)}
}

/** A shard of a batch, `i/n` (counted from 1). */
export function shard(value: string): Shard {
  const parsed = parseShard(value)
  if ('problem' in parsed) throw new InvalidArgumentError(`Expected i/n, from 1/n to n/n, such as 2/8: ${parsed.problem.replace(/^expected i\/n, such as 2\/8 /, '')}.`)
  return parsed
}
