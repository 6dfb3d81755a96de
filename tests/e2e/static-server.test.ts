// The test server serves the example folder only, with the MIME types browsers require.
import { request } from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from './package-build.js'
import { resolveUnderRoot, startStaticServer, type StaticServer } from './static-server.js'

const root = path.join(repoRoot, 'examples/browser')
let server: StaticServer

/** A GET with the path sent exactly as written (fetch would normalize `..` away). */
function get(rawPath: string): Promise<{ status: number; type: string | undefined }> {
  const { port } = new URL(server.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] }))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  server = await startStaticServer(root)
})
afterAll(async () => {
  await server.close()
})

describe('static test server', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8'],
    ['/index.html', 200, 'text/html; charset=utf-8'],
    ['/app.js', 200, 'text/javascript; charset=utf-8'],
    ['/style.css', 200, 'text/css; charset=utf-8'],
    ['/no-such-file.js', 404, 'text/plain'],
  ])('GET %s → %i %s', async (p, status, type) => {
    expect(await get(p)).toEqual({ status, type })
  })

  it.each(['/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/%00'])('never leaves the root: %s', async (p) => {
    const { status } = await get(p)
    expect(status === 403 || status === 404).toBe(true)
  })

  it('maps URL paths under the root only', () => {
    expect(resolveUnderRoot('/srv/site', '/a/b.js?x=1')).toBe(path.resolve('/srv/site/a/b.js'))
    expect(resolveUnderRoot('/srv/site', '/../etc/passwd')).toBe(path.resolve('/srv/site/etc/passwd'))
    expect(resolveUnderRoot('/srv/site', '/%E0%A4%A')).toBeNull()
    expect(resolveUnderRoot('/srv/site', '/a%00b')).toBeNull()
  })
})
