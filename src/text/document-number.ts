/**
 * Số và ký hiệu: `1767-CV/TU` (Party: number-type/issuer), `12/CT-UBND`
 * (State: number/type-issuer), `4912/UBND-NC` (State công văn: no type),
 * `30/2020/NĐ-CP` (with a year).
 */
import {latinize} from './fold.js'
import {isTypeCode} from './document-types.js'

/** The parts of a number and symbol. */
export interface NumberParts {
  /** Clean number and symbol: spaces removed, look-alike letters made Latin. */
  value: string
  serial: string | null
  typeCode: string | null
  issuerCode: string | null
  system: 'party' | 'state' | null
}

/** Split a number and symbol (without `Số`) into its parts. */
export function parseNumber(text: string): NumberParts {
  const value = latinize(text).replace(/\s+/g, '').replace(/[,;.]+$/, '')
  const party = /^(\d[\d.]*)?-([A-ZĐa-zđ]{1,5})\/([A-ZĐa-zđ0-9&-]+)$/u.exec(value)
  if (party) {
    return {value, serial: party[1] ?? null, typeCode: party[2] ?? null, issuerCode: party[3] ?? null, system: 'party'}
  }

  const state = /^(\d[\d.]*)?(?:\/\d{4})?\/([^/]+)$/u.exec(value)
  if (state) {
    const groups = (state[2] ?? '').split('-')
    const first = groups[0] ?? ''
    const typed = groups.length > 1 && isTypeCode(first)
    return {
      value,
      serial: state[1] ?? null,
      typeCode: typed ? first : null,
      issuerCode: typed ? groups.slice(1).join('-') : groups.join('-') || null,
      system: 'state'
    }
  }

  return {value, serial: /^\d+/.exec(value)?.[0] ?? null, typeCode: null, issuerCode: null, system: null}
}
