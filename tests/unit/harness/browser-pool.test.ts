/**
 * The harness's Chromium flags. Chromium keeps only the last --disable-features switch, and
 * Playwright puts its own first: the harness's switch must repeat every feature Playwright disables
 * (or a Playwright update silently turns them back on), and it must really stop Chromium from building
 * the address bar's WebUI drop-down for every new context (half of each app launch's CPU).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { chromium, type Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, HARNESS_DISABLED_FEATURES } from '../../harness/browser-pool'
import { CHROMIUM_PATH } from '../../harness/paths'

let browser: Browser
let launchLine = ''

/**
 * Command lines of the Chromium browsers this process started, by pid (Playwright's library runs
 * in-process; a browser another test file of this fork left open is told apart by its pid).
 */
function childChromiums(): Map<string, string> {
  const found = new Map<string, string>()
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      // Chromium soon rewrites its process title into one space-separated string.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/)
      if (parent === process.pid && args.includes('--remote-debugging-pipe')) found.set(pid, args.join(' '))
    } catch {
      // The process ended while being read.
    }
  }
  return found
}

beforeAll(async () => {
  const before = childChromiums()
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  launchLine = [...childChromiums()].find(([pid]) => !before.has(pid))?.[1] ?? ''
}, 60_000)

afterAll(async () => {
  await browser?.close()
})

const disabledFeatureSwitches = (line: string): string[][] =>
  line
    .split(' ')
    .filter((arg) => arg.startsWith('--disable-features='))
    .map((arg) => arg.slice('--disable-features='.length).split(','))

describe('the harness Chromium', () => {
  it("is launched with one last --disable-features holding Playwright's list and the harness's", () => {
    const switches = disabledFeatureSwitches(launchLine)
    expect(switches.length).toBeGreaterThanOrEqual(1)
    const effective = switches.at(-1)!
    // Every feature any earlier switch (Playwright's) disables is still disabled by the last one.
    for (const earlier of switches.slice(0, -1)) expect(effective).toEqual(expect.arrayContaining(earlier))
    expect(effective).toEqual(expect.arrayContaining(HARNESS_DISABLED_FEATURES))
  })

  it("loads no address-bar WebUI for a new context: the app's page is the only thing fetched", async () => {
    const trace = `${process.env.TMPDIR ?? '/tmp'}/gatehouse-browser-pool-${process.pid}.json`
    await browser.startTracing(undefined, { path: trace, categories: ['devtools.timeline'] })
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.setContent('<title>t</title><p>hello</p>')
    await page.waitForTimeout(500)
    await context.close()
    await browser.stopTracing()
    const raw = JSON.parse(readFileSync(trace, 'utf8')) as
      | { traceEvents: { name: string; args?: { data?: { url?: string } } }[] }
      | { name: string; args?: { data?: { url?: string } } }[]
    rmSync(trace, { force: true })
    const events = Array.isArray(raw) ? raw : raw.traceEvents
    const fetched = events.filter((e) => e.name === 'ResourceSendRequest').map((e) => e.args?.data?.url ?? '')
    expect(fetched.filter((url) => url.startsWith('chrome://'))).toEqual([])
  }, 30_000)
})
