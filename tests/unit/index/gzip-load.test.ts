// Gzip-compressed index files: the synchronous loadIndex refuses them with a typed error that says what
// to do; loadIndexAsync inflates them (bytes, ArrayBuffer, Blob, fetch Response) with the platform's
// DecompressionStream; openIndex (hanseek/build) and readIndexFile (hanseek/node) inflate them
// synchronously / with node:zlib; every inflater reports a bad gzip layer as truncated or corrupt.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildIndex, openIndex } from '../../../src/build/index.js'
import { gunzipNative, gzipError } from '../../../src/index/gzip.js'
import { HanseekError, IndexFormatError } from '../../../src/model/errors.js'
import { readIndexFile } from '../../../src/node/index.js'
import { loadIndex, loadIndexAsync, type PaperIndex } from '../../../src/query/index.js'
import { fixturePapers } from './fixtures.js'

const built = buildIndex(fixturePapers())
const plain = built.serialize()
const gz = built.serialize({ gzip: true })
const ids = (index: PaperIndex) => index.search('양자화 model', { limit: 50 }).hits.map((h) => h.id)
const dir = mkdtempSync(path.join(tmpdir(), 'hanseek-gzip-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('loading a gzip-compressed index', () => {
  it('loadIndex refuses gzip bytes with IndexFormatError compressed, naming loadIndexAsync', () => {
    let error: unknown
    try {
      loadIndex(gz)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(IndexFormatError)
    expect((error as IndexFormatError).problem).toBe('compressed')
    expect((error as Error).message).toMatch(/^hanseek: this index is gzip-compressed: use `await loadIndexAsync\(data\)`/)
  })

  it.each([
    ['gzip Uint8Array', () => gz],
    ['gzip ArrayBuffer', () => gz.slice().buffer],
    ['gzip Blob', () => new Blob([gz.slice()])],
    ['gzip Response', () => new Response(gz.slice())],
    ['plain Uint8Array', () => plain],
    ['plain Response', () => new Response(plain.slice())],
    ['gzip bytes inside a larger buffer', () => {
      const big = new Uint8Array(gz.length + 20)
      big.set(gz, 7)
      return big.subarray(7, 7 + gz.length)
    }],
  ])('loadIndexAsync loads %s like the built index', async (_name, data) => {
    const loaded = await loadIndexAsync(data())
    expect(loaded.size).toBe(built.size)
    expect(ids(loaded)).toEqual(ids(built))
    expect(loaded.stats()).toEqual(built.stats())
  })

  it('loadIndexAsync passes options on (analyzer-mismatch)', async () => {
    await expect(loadIndexAsync(gz, { analyzer: { grams: 3 } })).rejects.toMatchObject({ name: 'IndexFormatError', problem: 'analyzer-mismatch' })
  })

  it('loadIndexAsync names a Response that is not OK instead of reading its body', async () => {
    const response = new Response('<html>not found</html>', { status: 404 })
    const error = await loadIndexAsync(response).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HanseekError)
    expect((error as Error).message).toMatch(/^hanseek: cannot load the index: the server answered 404/)
  })

  it('loadIndexAsync rejects what is not bytes with a typed error', async () => {
    await expect(loadIndexAsync('papers.hsk' as unknown as Uint8Array)).rejects.toMatchObject({ name: 'IndexFormatError', problem: 'foreign' })
  })

  const checksumFlipped = gz.slice()
  checksumFlipped[checksumFlipped.length - 6]! ^= 1
  it.each([
    ['cut in half', 'truncated', gz.subarray(0, gz.length >> 1)],
    ['header only', 'truncated', gz.subarray(0, 10)],
    ['trailer cut', 'truncated', gz.subarray(0, gz.length - 3)],
    ['reserved block type', 'corrupt', Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, ...new Array<number>(12).fill(0xff))],
    ['gzip CRC-32 flipped', 'corrupt', checksumFlipped],
  ])('a bad gzip layer (%s) is %s from every inflater', async (name, problem, bytes) => {
    await expect(gunzipNative(bytes)).rejects.toMatchObject({ name: 'IndexFormatError', problem })
    await expect(loadIndexAsync(bytes)).rejects.toMatchObject({ name: 'IndexFormatError', problem })
    // fflate does not check the gzip CRC-32; the envelope's own checksum still guards the inflated bytes.
    if (name === 'gzip CRC-32 flipped') expect(openIndex(bytes).serialize()).toEqual(plain)
    else expect(() => openIndex(bytes)).toThrow(expect.objectContaining({ name: 'IndexFormatError', problem }))
    const file = path.join(dir, `${problem}-${bytes.length}.hsk`)
    writeFileSync(file, bytes)
    await expect(readIndexFile(file)).rejects.toMatchObject({ name: 'IndexFormatError', problem })
  })

  it('openIndex and readIndexFile inflate a good gzip file', async () => {
    expect(openIndex(gz).serialize()).toEqual(plain)
    const file = path.join(dir, 'good.hsk')
    writeFileSync(file, gz)
    expect(ids(await readIndexFile(file))).toEqual(ids(built))
  })

  it.each([
    ['fflate', 'unexpected EOF', 'truncated'],
    ['node:zlib', 'unexpected end of file', 'truncated'],
    ['Chromium', 'Compressed input was truncated.', 'truncated'],
    ['Chromium', 'The compressed data was not valid: invalid block type.', 'corrupt'],
    ['node:zlib', 'incorrect header check', 'corrupt'],
    ['fflate', 'invalid gzip data', 'corrupt'],
  ])('gzipError classifies the %s message %j as %s', (_inflater, message, problem) => {
    const error = gzipError(new TypeError(message))
    expect(error.problem).toBe(problem)
    expect(error.message).toMatch(/^hanseek: the index file is gzip-compressed but /)
  })
})
