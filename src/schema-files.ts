/**
 * The JSON Schema files the package ships, generated from its zod schemas.
 */
import {z} from 'zod'
import * as record from './semantics/schema.js'
import * as tree from './tree/schema.js'

/** Path in the package → JSON Schema. */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'schema/tree.json': {
      ...z.toJSONSchema(tree.root, {target: 'draft-2020-12', io: 'output', reused: 'ref', cycles: 'ref'}),
      $id: 'https://github.com/chithi/chithi/schema/tree.json',
      title: 'chithi syntax tree (root)'
    },
    'schema/record.json': {
      ...z.toJSONSchema(record.directiveRecord, {target: 'draft-2020-12', io: 'output', reused: 'ref', cycles: 'ref'}),
      $id: 'https://github.com/chithi/chithi/schema/record.json',
      title: 'chithi record of a directive'
    }
  }
}
