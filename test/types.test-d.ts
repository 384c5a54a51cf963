/**
 * Types and schemas pinned together: each node kind's interface has the
 * fields its zod schema allows (children apart: the schemas type them
 * loosely, through `z.lazy`), and the record's type is its schema's.
 * `npm test` type-checks this file; a drift fails it.
 */
import {describe, expectTypeOf, it} from 'vitest'
import type {z} from 'zod'
import type {DirectiveRecord, Nodes, recordSchemas, schemas} from '../src/index.js'

type Schemas = typeof schemas
/** What each node schema allows, by node type. */
type SchemaNode = {[K in keyof Schemas]: Schemas[K] extends z.ZodObject ? z.infer<Schemas[K]> : never}[keyof Schemas]
type NodeTypeOfSchema = Extract<SchemaNode, {type: string}>['type']
type Fields<N> = Omit<N, 'children' | 'position' | 'data'>

/** A node kind's fields, from its interface and from its schema. */
type Pair<T extends Nodes['type']> = [Fields<Extract<Nodes, {type: T}>>, Fields<Extract<SchemaNode, {type: T}>>]
type Drifted = {[T in Nodes['type']]: Pair<T>[0] extends Pair<T>[1] ? (Pair<T>[1] extends Pair<T>[0] ? never : T) : T}[Nodes['type']]

describe('tree types and schemas', () => {
  it('have the same node kinds', () => {
    expectTypeOf<NodeTypeOfSchema>().toEqualTypeOf<Nodes['type']>()
  })

  it('give every node kind the same fields', () => {
    expectTypeOf<Drifted>().toEqualTypeOf<never>()
  })
})

/**
 * A type as a reader of its JSON sees it: an optional field and a field that
 * may be undefined read alike (JSON drops both when undefined).
 */
type Read<T> = T extends ReadonlyArray<infer U>
  ? Array<Read<U>>
  : T extends object
    ? Flat<{[K in keyof T as undefined extends T[K] ? K : never]?: Read<Exclude<T[K], undefined>>} & {[K in keyof T as undefined extends T[K] ? never : K]: Read<T[K]>}>
    : T
type Flat<T> = {[K in keyof T]: T[K]}

describe('the record', () => {
  it('is what its schema allows', () => {
    expectTypeOf<Read<z.infer<typeof recordSchemas.directiveRecord>>>().toEqualTypeOf<Read<DirectiveRecord>>()
  })
})
