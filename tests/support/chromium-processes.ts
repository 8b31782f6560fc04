/**
 * Chromium's own processes, as its browser lists them (CDP `SystemInfo.getProcessInfo` on a browser
 * session): the benches read their CPU time, the soak a renderer's memory, a test a renderer's
 * command line.
 */
import { readFileSync } from 'node:fs'
import type { CDPSession } from 'playwright'

export interface ChromiumProcess {
  /** 'browser', 'renderer', 'GPU', 'utility'... */
  type: string
  id: number
  /** CPU seconds used so far. */
  cpuTime: number
}

export async function chromiumProcesses(browserCdp: CDPSession): Promise<ChromiumProcess[]> {
  const { processInfo } = (await browserCdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: ChromiumProcess[]
  }
  return processInfo
}

/**
 * One `/proc/<pid>/<file>` of each renderer process of the browser (Linux). A renderer that ends while
 * being read (a closed context's) is left out.
 */
export async function rendererProcFiles(
  browserCdp: CDPSession,
  file: 'cmdline' | 'status',
): Promise<string[]> {
  const renderers = (await chromiumProcesses(browserCdp)).filter((p) => p.type === 'renderer')
  return renderers.flatMap(({ id }) => {
    try {
      return [readFileSync(`/proc/${id}/${file}`, 'utf8')]
    } catch {
      return []
    }
  })
}
