/**
 * zod schemas of the record (the JSON Schema in `schema/record.json` is
 * generated from `directiveRecord`).
 */
import {z} from 'zod'
import {documentType, position, purpose} from '../tree/schema.js'

export const partyKind = z.enum(['party', 'state', 'mass', 'press', 'security', 'person', 'group', 'enterprise', 'unknown'])
export const partyLevel = z.enum(['central', 'province', 'district', 'commune', 'any'])
export const timingKind = z.enum(['immediate', 'by', 'on', 'within', 'during', 'recurring', 'until', 'event'])
export const period = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly'])
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const jurisdiction = z.object({unit: z.enum(['tỉnh', 'thành phố']), name: z.string()}).meta({id: 'Jurisdiction'})

export const party = z
  .object({
    text: z.string(),
    canonical: z.string(),
    kind: partyKind,
    level: partyLevel,
    jurisdiction: jurisdiction.nullable(),
    role: z.enum(['responsible', 'with', 'reportTo']),
    position: position.optional()
  })
  .meta({id: 'Party'})

export const timing = z
  .object({kind: timingKind, date: isoDate.optional(), period: period.optional(), text: z.string(), position: position.optional()})
  .meta({id: 'Timing'})

export const obligation = z
  .object({
    id: z.string(),
    at: z.string(),
    who: z.array(z.string()),
    inherited: z.boolean(),
    what: z.string(),
    polarity: z.enum(['do', 'refrain']),
    when: z.array(timing),
    with: z.array(z.string()).optional(),
    lead: z.literal(true).optional(),
    reportTo: z.array(z.string()).optional(),
    parties: z.array(party),
    position: position.optional(),
    row: z.record(z.string(), z.string()).optional()
  })
  .meta({id: 'Obligation'})

export const reference = z
  .object({kind: z.string(), number: z.string().nullable(), date: isoDate.nullable(), issuer: z.string().nullable(), text: z.string(), position: position.optional()})
  .meta({id: 'Reference'})

export const documentRecord = z
  .object({
    type: documentType.nullable(),
    issuer: z.string().nullable(),
    number: z.string().nullable(),
    place: z.string().nullable(),
    date: isoDate.nullable(),
    subject: z.string().nullable(),
    markings: z.array(z.string()),
    addressees: z.array(z.string()),
    requested: z.array(z.string()),
    items: z.array(z.string()),
    distribution: z.array(z.object({name: z.string(), purpose: purpose.nullable()})),
    signer: z
      .object({authority: z.string().nullable(), onBehalfOf: z.string().nullable(), title: z.string().nullable(), name: z.string().nullable()})
      .nullable(),
    province: z.string().nullable(),
    references: z.array(reference)
  })
  .meta({id: 'DocumentRecord'})

export const directiveRecord = z.object({document: documentRecord, obligations: z.array(obligation)}).meta({id: 'DirectiveRecord'})
