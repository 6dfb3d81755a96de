// A tiny static file server for end-to-end tests: node:http on 127.0.0.1, a random free port, files
// under one root folder only (no listing, no path escapes), with the MIME types a browser insists on
// for ES modules. Also usable by hand: npx tsx tests/e2e/static-server.ts examples/browser
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.hsk': 'application/octet-stream',
}

/** A running server: its base URL (ending in `/`) and a way to stop it. */
export interface StaticServer {
  url: string
  /** Every path requested, in order (for asserting what the page fetched). */
  requests: string[]
  close(): Promise<void>
}

/** The file a URL path names under root, or null when it would leave root or is malformed. */
export function resolveUnderRoot(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`)
  const base = path.resolve(root)
  return file === base || file.startsWith(base + path.sep) ? file : null
}

/**
 * Serves `root` on 127.0.0.1 at a random port. A folder path serves its `index.html`.
 *
 * @example
 * const server = await startStaticServer('examples/browser')
 * await page.goto(server.url)
 * await server.close()
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const requests: string[] = []
  const server: Server = createServer(async (req, res) => {
    requests.push(req.url ?? '')
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let file = resolveUnderRoot(root, req.url ?? '/')
    if (file === null) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden')
      return
    }
    try {
      let info = await stat(file)
      if (info.isDirectory()) {
        file = path.join(file, 'index.html')
        info = await stat(file)
      }
      if (!info.isFile()) throw new Error('not a file')
      res.writeHead(200, {
        'content-type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      })
      if (req.method === 'HEAD') res.end()
      else createReadStream(file).pipe(res)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

// Run directly: serve a folder until interrupted.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? '.')
  startStaticServer(root).then((server) => console.log(`serving ${root} at ${server.url} (Ctrl+C stops)`))
}
