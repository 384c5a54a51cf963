/**
 * The command line, run as a user runs it (from the build in dist/).
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {fixturesDir} from './helpers.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'}})

describe('chithi parse', () => {
  it('prints the tree of a file as JSON', () => {
    const result = run(['parse', `${fixturesDir}000_8a5523bcdb22fb49.txt`])
    expect(result.status).toBe(0)
    const tree = JSON.parse(result.stdout)
    expect(tree.type).toBe('root')
    expect(tree.children.map((node: {type: string}) => node.type)).toEqual(['header', 'addressees', 'body', 'distribution', 'signature'])
  })

  it('reads standard input with -', () => {
    const result = run(['parse', '-', '--no-position'], 'Số: 12/CT-UBND\n\n1. Sở Y tế kiểm tra.')
    const tree = JSON.parse(result.stdout)
    expect(JSON.stringify(tree)).not.toContain('"position"')
    expect(JSON.stringify(tree)).toContain('12/CT-UBND')
  })

  it('refuses a binary file with a message naming it, and exit code 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-'))
    const path = join(dir, 'scan.bin')
    writeFileSync(path, Buffer.from([1, 0, 2, 0]))
    const result = run(['parse', path])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('scan.bin')
    expect(result.stderr).toContain('binary-content')
  })
})

describe('chithi check', () => {
  it('prints messages with file, line and rule like vfile-reporter', () => {
    const result = run(['check', `${fixturesDir}002_efe6cc8491401fd3.txt`])
    expect(result.stderr).toContain('002_efe6cc8491401fd3.txt')
    expect(result.stderr).toMatch(/40:1-40:8\s+warning\s+Line not recognised: `PTB-145`\s+unknown-line/)
  })

  it('goes on after a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chithi-'))
    writeFileSync(join(dir, 'a.txt'), Buffer.from([0xff, 0xfe, 0x00]))
    writeFileSync(join(dir, 'b.txt'), 'Kính gửi: Sở Y tế\n\nĐề nghị Sở Y tế báo cáo.')
    const result = run(['check', dir])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('a.txt')
    expect(result.stderr).toContain('b.txt')
  })
})

describe('chithi summary', () => {
  it('summarises the fixtures on one screen', () => {
    const output = execFileSync(process.execPath, [cli, 'summary', fixturesDir], {encoding: 'utf8'})
    expect(output).toContain('1767-CV/TU')
    expect(output.split('\n').length).toBeLessThan(40)
  })
})
