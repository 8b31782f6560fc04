/**
 * The guard screen under load, through the real UI: `npx tsx tests/bench/guard-ui-bench.ts`
 *
 * The built app runs in the harness (real main, preload and renderer in Chromium) against the simulator
 * in scale mode (1,000 doors), polling every 500 ms. The simulator's scenario writes 10,000+ events in
 * bursts; main polls them and pushes them to the screen exactly as in production. Measured inside the
 * page with its own clock (the test driver's latency is not counted):
 *  - frame times (requestAnimationFrame deltas) while the feed fills up to 10,000 events,
 *  - frame times while scrolling the live feed (10,000 rows) and the door board (1,000 doors),
 *  - per `guard.feed` batch and per `guard.doors` delta: from the message's arrival to the store and
 *    the screen updated (JS: the next macrotask, after Vue's render) and to the next frame.
 * Needs `npm run build` first. Prints p50/p95/max.
 */
import { reportDistribution, reportFigure } from './support/figures'
import { loadavg } from 'node:os'
import { closeSharedBrowsers } from '../harness/browser-pool'
import { launchGatehouse } from '../harness/launcher'
import { startSimulator } from '../simulator/index'

const TARGET_EVENTS = Number(process.env.EVENTS ?? 10_000)
const SCROLL_FRAMES = Number(process.env.SCROLL_FRAMES ?? 240)
const DELTAS = Number(process.env.DELTAS ?? 20)

/**
 * Page-side instruments, installed before the guard screen mounts so these listeners run before the
 * store's (listeners are called in the order they subscribed). A plain script string: tsx would wrap
 * named functions in a helper the page does not have, and the CSP forbids eval for waitForFunction.
 */
const INSTRUMENTS = `(() => {
  const gb = { batches: [], frames: [], recording: false }
  window.__gb = gb
  const hook = (name) => window.gatehouse.on(name, (payload) => {
    const t0 = performance.now()
    const size = (payload.events || payload.changed || []).length
    const entry = { name, size, js: 0, frame: 0 }
    setTimeout(() => { entry.js = performance.now() - t0 }, 0)
    requestAnimationFrame(() => { entry.frame = performance.now() - t0; gb.batches.push(entry) })
  })
  hook('guard.feed')
  hook('guard.doors')
  gb.startFrames = () => {
    gb.frames = []
    gb.recording = true
    let last = 0
    const tick = (t) => {
      if (!gb.recording) return
      if (last) gb.frames.push(t - last)
      last = t
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  gb.stopFrames = () => { gb.recording = false; return gb.frames }
  /** Scrolls the virtual list inside the element labelled so, one step per frame, down then back up. */
  gb.scroll = (label, frames, step) => new Promise((resolve, reject) => {
    const root = document.querySelector('[aria-label="' + label + '"]')
    if (!root) return reject(new Error('no element labelled ' + label))
    const el = [...root.querySelectorAll('*')].find((e) => {
      const style = getComputedStyle(e)
      return e.scrollHeight > e.clientHeight + 100 && /auto|scroll/.test(style.overflowY)
    })
    if (!el) return reject(new Error('nothing scrolls in ' + label))
    const deltas = []
    let last = 0, n = 0, dir = 1
    const tick = (t) => {
      if (last) deltas.push(t - last)
      last = t
      if (n++ >= frames) return resolve({ deltas, scrollHeight: el.scrollHeight })
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2) dir = -1
      else if (el.scrollTop <= 0) dir = 1
      el.scrollTop += dir * step
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
})()`

interface Batch {
  name: string
  size: number
  js: number
  frame: number
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}
const stats = (label: string, values: number[], unit = 'ms', short = label): void => {
  const slow = values.filter((v) => v > 50).length
  reportDistribution(short, values, unit, undefined, { quiet: true })
  if (short.startsWith('frame'))
    reportFigure({ name: `${short} >50 ms`, value: slow, unit: 'frames' }, { quiet: true })
  console.log(
    `${label}: n=${values.length} p50=${percentile(values, 50).toFixed(1)} ${unit} ` +
      `p95=${percentile(values, 95).toFixed(1)} ${unit} max=${Math.max(...values).toFixed(1)} ${unit}` +
      (unit === 'ms' ? ` (>50 ms: ${slow})` : ''),
  )
}

async function main(): Promise<void> {
  console.log(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  )
  const sim = await startSimulator({ port: 0, quiet: true, size: 'scale' })
  const simDoors = (await sim.control.snapshot()).doors
  const app = await launchGatehouse({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { GATEHOUSE_TEST_POLL_MS: '500' },
  })
  const { page } = app
  try {
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.evaluate(INSTRUMENTS)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
    await page
      .getByRole('heading', { name: `Doors (${simDoors.length} of ${simDoors.length})` })
      .waitFor({ timeout: 60_000 })
    console.log(`door board: ${simDoors.length} doors`)

    // 1. The feed fills up while it is on screen.
    const tabs = page.getByRole('tablist', { name: 'Guard views' })
    await tabs.getByRole('tab', { name: 'Live events' }).click()
    await page.evaluate('window.__gb.startFrames()')
    const started = Date.now()
    // Elevator and attendance events do not reach the feed: write until 10,000 are on screen.
    const feedCount = page.getByRole('status').filter({ hasText: /^\d+ events$/ })
    const shown = async () => Number((await feedCount.innerText()).replace(/\D/g, ''))
    let written = 0
    for (let rounds = 0; (await shown()) < TARGET_EVENTS; rounds++) {
      if (rounds > 90) throw new Error(`the feed shows ${await shown()} events, expected ${TARGET_EVENTS}`)
      if (written < TARGET_EVENTS * 2) written += (await sim.control.scenario({ steps: 2000 })).events.length
      await page.waitForTimeout(1000)
    }
    const fillFrames = (await page.evaluate('window.__gb.stopFrames()')) as number[]
    console.log(
      `feed: ${written} events written by the simulator, ${TARGET_EVENTS}+ on screen after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    const alarmsHeading = await page.getByRole('heading', { name: /^Alarms \(\d+\)$/ }).innerText()
    console.log(`alarm queue after the scenario: ${alarmsHeading}`)
    // Let main's backlog drain so the scrolling figures are about scrolling.
    await page.waitForTimeout(3000)
    const batches = (await page.evaluate('window.__gb.batches')) as Batch[]
    const feedBatches = batches.filter((b) => b.name === 'guard.feed' && b.frame > 0)
    stats('frame time while the feed fills (rAF delta)', fillFrames)
    stats(
      'guard.feed batch -> store + render done (JS)',
      feedBatches.map((b) => b.js),
    )
    stats(
      'guard.feed batch -> next frame',
      feedBatches.map((b) => b.frame),
    )
    console.log(
      `guard.feed batch sizes: p50=${percentile(
        feedBatches.map((b) => b.size),
        50,
      )} max=${Math.max(...feedBatches.map((b) => b.size))} events`,
    )

    // 2. Scrolling 10,000 feed rows.
    const feedScroll = (await page.evaluate(
      `window.__gb.scroll('Live event feed', ${SCROLL_FRAMES}, 240)`,
    )) as { deltas: number[]; scrollHeight: number }
    stats(
      `frame time scrolling the feed (${feedScroll.scrollHeight} px of rows)`,
      feedScroll.deltas,
      'ms',
      'frame time scrolling the feed',
    )

    // 3. Door deltas on the 1,000-door board, then scrolling it.
    await tabs.getByRole('tab', { name: 'Doors' }).click()
    await page.getByRole('heading', { name: /^Doors \(/ }).waitFor()
    await page.evaluate('window.__gb.batches = []')
    await page.evaluate('window.__gb.startFrames()')
    const withSensor = simDoors.filter((d) => d.connect === '1' && d.hasSensor)
    for (let i = 0; i < DELTAS; i++) {
      const door = withSensor[(Math.floor(i / 2) * 37) % withSensor.length]! // opened, then closed again
      await sim.control.setState({ door: { id: door.id, sensor: i % 2 ? 'closed' : 'open' } })
      await page.waitForTimeout(600)
    }
    await page.waitForTimeout(1000)
    const deltaFrames = (await page.evaluate('window.__gb.stopFrames()')) as number[]
    const deltas = ((await page.evaluate('window.__gb.batches')) as Batch[]).filter(
      (b) => b.name === 'guard.doors' && b.frame > 0,
    )
    stats('frame time while door deltas arrive (rAF delta)', deltaFrames)
    stats(
      'guard.doors delta -> store + render done (JS)',
      deltas.map((b) => b.js),
    )
    stats(
      'guard.doors delta -> next frame',
      deltas.map((b) => b.frame),
    )
    const boardScroll = (await page.evaluate(`window.__gb.scroll('Door board', ${SCROLL_FRAMES}, 240)`)) as {
      deltas: number[]
      scrollHeight: number
    }
    stats(
      `frame time scrolling the door board (${boardScroll.scrollHeight} px of rows)`,
      boardScroll.deltas,
      'ms',
      'frame time scrolling the door board',
    )
    if (app.pageErrors.length) console.log(`page errors: ${app.pageErrors.join('\n')}`)
  } finally {
    await app.close()
    await closeSharedBrowsers()
    await sim.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
