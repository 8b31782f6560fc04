/**
 * Photo benchmark: `npx tsx tests/bench/photo-bench.ts`
 *
 * The renderer's real capture code (renderer/src/components/photo/capture-photo.ts: 3:4 crop, JPEG
 * encode, quality then size stepped down under 200 KB) bundled with esbuild and run in Debian's
 * Chromium against its fake webcam, fed two Y4M videos written here:
 *   - the known picture (flat colours: an easy, small photo);
 *   - the same figure with heavy per-pixel noise at 1280x720 (a worst case that makes the budget bite).
 * For each: N captures, capture time p50/p95/max (click to encoded photo), photo size, quality and
 * picture size chosen, encodings needed. Exits non-zero if any photo is over 200 KB.
 */
import { reportDistribution, reportFigure } from './support/figures'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { PHOTO_BUDGET_BYTES } from '../../electron/shared/photo/jpeg-budget'
import { writeFakeVideo, type FakeVideoOptions } from '../support/fake-video'

const N = Number(process.env.PHOTO_BENCH_N ?? 30)
const root = resolve(import.meta.dirname, '../..')

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

interface Shot {
  tookMs: number
  bytes: number
  quality: number
  width: number
  height: number
  attempts: number
}

async function bundleCaptureCode(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { capturePhoto } from './renderer/src/components/photo/capture-photo'; window.capturePhoto = capturePhoto`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    alias: { '@shared': join(root, 'electron/shared') },
  })
  return out.outputFiles[0]!.text
}

/** A secure origin (localhost) so the page may open the camera. */
function serve(script: string): Promise<{ url: string; close: () => void }> {
  const html = `<!doctype html><html><body><video id="v" muted playsinline></video><script>${script}</script></body></html>`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      ok({ url: `http://localhost:${port}/`, close: () => server.close() })
    }),
  )
}

async function run(label: string, videoPath: string, url: string): Promise<Shot[]> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${videoPath}`,
    ],
  })
  try {
    const page = await browser.newPage()
    await page.goto(url)
    const shots = (await page.evaluate(`(async () => {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { width: { ideal: 1280 }, height: { ideal: 720 } } })
      const v = document.getElementById('v')
      v.srcObject = stream
      await v.play()
      await new Promise((r) => setTimeout(r, 300))
      const out = []
      for (let i = 0; i < ${N}; i++) {
        const s = await window.capturePhoto(v)
        out.push({ tookMs: s.tookMs, bytes: s.bytes, quality: s.quality, width: s.size.width, height: s.size.height, attempts: s.attempts })
        await new Promise((r) => setTimeout(r, 20))
      }
      return out
    })()`)) as Shot[]
    const times = shots.map((s) => s.tookMs)
    const sizes = shots.map((s) => s.bytes / 1024)
    const first = shots[0]!
    console.log(
      `${label}: n=${shots.length} capture p50=${percentile(times, 50).toFixed(1)} ms p95=${percentile(times, 95).toFixed(1)} ms max=${Math.max(...times).toFixed(1)} ms; ` +
        `photo ${first.width}x${first.height} q=${first.quality} size p50=${percentile(sizes, 50).toFixed(1)} KB max=${Math.max(...sizes).toFixed(1)} KB; encodings ${first.attempts}`,
    )
    const short = label.split(' (')[0]
    reportDistribution(`photo capture, ${short}`, times, 'ms', undefined, { quiet: true })
    reportFigure(
      { name: `photo size, ${short}, max`, value: Math.max(...sizes), unit: 'KB' },
      { quiet: true },
    )
    return shots
  } finally {
    await browser.close()
  }
}

const dir = mkdtempSync(join(tmpdir(), 'gatehouse-photo-bench-'))
try {
  const script = await bundleCaptureCode()
  const server = await serve(script)
  const cases: [string, FakeVideoOptions][] = [
    ['known picture 640x480 (flat)', { width: 640, height: 480 }],
    ['noisy picture 1280x720 (worst case)', { width: 1280, height: 720, noise: 127, frames: 2 }],
  ]
  let over = 0
  for (const [label, options] of cases) {
    const video = await writeFakeVideo(join(dir, `${label.split(' ')[0]}.y4m`), options)
    const shots = await run(label, video, server.url)
    over += shots.filter((s) => s.bytes > PHOTO_BUDGET_BYTES).length
  }
  server.close()
  if (over > 0) {
    console.error(`${over} photo(s) over the 200 KB budget`)
    process.exitCode = 1
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
