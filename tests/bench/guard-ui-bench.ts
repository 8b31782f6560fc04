/**
 * The guard screen under load, through the real UI: `npx tsx tests/bench/guard-ui-bench.ts`
 *
 * The built app runs in the harness (real main, preload and renderer in Chromium) against the simulator
 * in scale mode (1,000 doors), polling every 500 ms; main polls the simulator and pushes to the screen
 * exactly as in production. A warm-up fills the live feed to 10,000 events with bursts of the site's
 * history (reported, no goal). Then, once on a quiet machine and once with a second process keeping
 * one core busy, measured inside the page with its own clock (the test driver's latency not counted):
 *  - frame times (requestAnimationFrame deltas) while the feed (10,000 rows) receives 50 events/s,
 *  - frame times scrolling the live feed and the door board (1,000 doors),
 *  - frame times while door deltas arrive on the 1,000-door board,
 *  - per `guard.feed` batch and per `guard.doors` delta: from the message's arrival to the store and
 *    the screen updated (JS: the next macrotask, after Vue's render) and to the next frame.
 * Goals: no frame over 50 ms (more than three display frames) in any phase; with the busy core, frame
 * p95 <= 16.7 ms. Exits 1 on a miss.
 * Each frame phase also reports the CPU time Chromium's renderer and GPU processes spent per frame
 * (no goal): the app's cost of a frame, which the machine's load hardly changes, so a regression
 * shows there even when a noisy machine blurs the frame times. And the time the virtual machine's host
 * took its CPUs away (steal), over the phase and in the window of each frame over 50 ms.
 * Needs `npm run build` first. FEED_RATE, FEED_SECONDS, DELTAS, SCROLL_FRAMES, EVENTS tune it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { loadavg } from 'node:os'
import type { CDPSession } from 'playwright'
import { closeSharedBrowsers } from '../harness/browser-pool'
import { launchGatehouse } from '../harness/launcher'
import { startSimulator } from '../simulator/index'
import { chromiumProcesses } from '../support/chromium-processes'
import { atMost, percentile, reportDistribution, reportFigure } from './support/figures'
import { sampleSteal, stealBetween, type StealSample } from './support/steal'

const TARGET_EVENTS = Number(process.env.EVENTS ?? 10_000)
const SCROLL_FRAMES = Number(process.env.SCROLL_FRAMES ?? 240)
const DELTAS = Number(process.env.DELTAS ?? 20)
const FEED_RATE = Number(process.env.FEED_RATE ?? 50)
const FEED_SECONDS = Number(process.env.FEED_SECONDS ?? 20)
const VSYNC_MS = 1000 / 60

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
    gb.frameEnds = []
    gb.recording = true
    let last = 0
    const tick = (t) => {
      if (!gb.recording) return
      if (last) {
        gb.frames.push(t - last)
        gb.frameEnds.push(performance.timeOrigin + t)
      }
      last = t
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  /** The frame times (ms) and when each frame began (wall clock, ms since the epoch). */
  gb.stopFrames = () => { gb.recording = false; return { deltas: gb.frames, ends: gb.frameEnds } }
  /**
   * The live feed's count as its status line shows it, by a plain query. Asked through Playwright's
   * role locator, every query walked the whole screen for roles and names: a task of 27 to 64 ms in
   * the page once a second, the warm-up's long frames (traced), the test driver's time and not the app's.
   */
  gb.feedShown = () => {
    const line = [...document.querySelectorAll('[role="status"]')]
      .map((e) => e.textContent.trim())
      .find((text) => /^[0-9]+ events$/.test(text))
    return line ? Number(line.replace(/[^0-9]/g, '')) : 0
  }
  /**
   * Opens a guard tab as a click does and resolves, once the frame after its first render has begun,
   * with the time from the click (ms).
   */
  gb.switchTab = (name) => new Promise((resolve, reject) => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find((e) => e.textContent.trim() === name)
    if (!tab) return reject(new Error('no tab ' + name))
    const t0 = performance.now()
    tab.click()
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))
  })
  /** Scrolls the virtual list inside the element labelled so, one step per frame, down then back up. */
  gb.scroll = (label, frames, step) => new Promise((resolve, reject) => {
    const root = document.querySelector('[aria-label="' + label + '"]')
    if (!root) return reject(new Error('no element labelled ' + label))
    const el = [root, ...root.querySelectorAll('*')].find((e) => {
      const style = getComputedStyle(e)
      return e.scrollHeight > e.clientHeight + 100 && /auto|scroll/.test(style.overflowY)
    })
    if (!el) return reject(new Error('nothing scrolls in ' + label))
    const deltas = [], ends = []
    let last = 0, n = 0, dir = 1
    const tick = (t) => {
      if (last) {
        deltas.push(t - last)
        ends.push(performance.timeOrigin + t)
      }
      last = t
      if (n++ >= frames) return resolve({ deltas, ends })
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

/** A frame phase as the page measured it: each frame's time and when it began (wall clock, ms). */
interface Frames {
  deltas: number[]
  ends: number[]
}

// Frame times are judged in whole display frames: a rAF delta of 16.8 ms is one frame (the timestamps
// jitter by a few tenths around the 16.67 ms period), 33.3 ms is two, and 50.0 or 50.1 ms is three, 50 ms
// on screen: over 50 ms means four frames or more. (Counted as raw deltas, a frame of three display
// frames failed the goal in one run at 50.1 ms and passed in the next at 50.0 ms.)
const displayFrames = (v: number) => Math.max(1, Math.round(v / VSYNC_MS))
const missed: string[] = []
/**
 * Prints and reports a distribution. Frame phases (`label` starting with "frame") carry the goals: no
 * frame over 50 ms, and with `p95Goal` a p95 of at most 16.7 ms (60 fps).
 */
const stats = (label: string, values: number[], unit = 'ms', short = label, p95Goal = false): void => {
  // Frame phases carry the goals; the warm-up's frame times are judged alike but carry none.
  const isFrames = short.startsWith('frame')
  const isFrameTimes = isFrames || short.startsWith('warm-up')
  const slow = values.filter((v) => (isFrameTimes ? displayFrames(v) > 3 : v > 50)).length
  const judged = p95Goal ? values.map((v) => displayFrames(v) * VSYNC_MS) : values
  const p95 = reportDistribution(short, judged, unit, p95Goal ? atMost(16.7) : undefined, { quiet: true }).p95
  if (isFrameTimes) {
    const verdict = isFrames ? atMost(0)(slow) : {}
    reportFigure({ name: `${short} >50 ms`, value: slow, unit: 'frames', ...verdict }, { quiet: true })
    if (isFrames && slow > 0) missed.push(`${short}: ${slow} frames over 50 ms`)
    if (p95Goal && p95 > 16.7) missed.push(`${short}: p95 ${p95.toFixed(1)} ms`)
  }
  console.log(
    `${label}: n=${values.length} p50=${percentile(values, 50).toFixed(1)} ${unit} ` +
      `p95=${percentile(values, 95).toFixed(1)} ${unit} max=${Math.max(...values).toFixed(1)} ${unit}` +
      (unit === 'ms' ? ` (>50 ms: ${slow})` : ''),
  )
}

/**
 * A frame phase's figures (`stats`), and what the machine did meanwhile: the steal time of the phase
 * (no goal) and, for each frame over 50 ms, how much CPU time the host took from this VM in its window.
 * A long frame whose window lost tens of ms to steal was the machine stopping, not the app's work.
 */
function frameStats(label: string, frames: Frames, steal: StealSample[], p95Goal = false): void {
  stats(label, frames.deltas, 'ms', undefined, p95Goal)
  const stolen = (steal.at(-1)?.steal ?? 0) - (steal[0]?.steal ?? 0)
  reportFigure({ name: `${label}: VM steal time`, value: stolen, unit: 'ms' }, { quiet: true })
  const long = frames.deltas.flatMap((delta, i) => {
    if (displayFrames(delta) <= 3) return []
    const end = frames.ends[i]!
    return [`${delta.toFixed(1)} ms (steal in it: ${stealBetween(steal, end - delta, end)} ms)`]
  })
  console.log(
    `  VM steal time: ${stolen} ms over the phase` +
      (long.length ? `; frames over 50 ms: ${long.join(', ')}` : ''),
  )
}

/** CPU seconds used so far by Chromium's processes of each type (renderer, GPU, browser). */
async function cpuByType(cdp: CDPSession): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const p of await chromiumProcesses(cdp)) out[p.type] = (out[p.type] ?? 0) + p.cpuTime
  return out
}

/** Reports the renderer's and the GPU process's CPU time per frame over a phase (ms). */
function reportCpu(
  label: string,
  before: Record<string, number>,
  after: Record<string, number>,
  frames: number,
): void {
  const perFrame = (type: string) => (((after[type] ?? 0) - (before[type] ?? 0)) * 1000) / Math.max(1, frames)
  const renderer = perFrame('renderer')
  const gpu = perFrame('GPU')
  reportFigure({ name: `${label}: renderer CPU per frame`, value: renderer, unit: 'ms' }, { quiet: true })
  reportFigure({ name: `${label}: GPU process CPU per frame`, value: gpu, unit: 'ms' }, { quiet: true })
  console.log(`${label}: CPU per frame: renderer ${renderer.toFixed(2)} ms, GPU process ${gpu.toFixed(2)} ms`)
}

/** A second process keeping one of the cores busy (the bench's "loaded" case). */
function busyCore(): ChildProcess {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
}

interface PhaseFigures {
  frames: Frames
  batches?: Batch[]
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
  const cdp = await page.context().browser()!.newBrowserCDPSession()
  let busy: ChildProcess | null = null
  try {
    await page.setViewportSize({ width: 1400, height: 900 })
    await page.evaluate(INSTRUMENTS)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
    await page
      .getByRole('heading', { name: `Doors (${simDoors.length} of ${simDoors.length})` })
      .waitFor({ timeout: 60_000 })
    console.log(`door board: ${simDoors.length} doors`)
    const tabs = page.getByRole('tablist', { name: 'Guard views' })
    await tabs.getByRole('tab', { name: 'Live events' }).click()
    const shown = async () => (await page.evaluate('window.__gb.feedShown()')) as number

    // 0. Warm-up (information only): the feed fills to 10,000 events in bursts of the site's history.
    // It starts once the screen has loaded, as every phase below starts settled: the door heading shows
    // as soon as the doors came, before the screen's second load message (the recent events).
    await page.getByRole('table', { name: 'Live event feed' }).waitFor()
    await page.waitForTimeout(1000)
    let steal = sampleSteal()
    await page.evaluate('window.__gb.startFrames()')
    const started = Date.now()
    let written = 0
    for (let rounds = 0; (await shown()) < TARGET_EVENTS; rounds++) {
      if (rounds > 90) throw new Error(`the feed shows ${await shown()} events, expected ${TARGET_EVENTS}`)
      if (written < TARGET_EVENTS * 2) written += (await sim.control.scenario({ steps: 2000 })).events.length
      await page.waitForTimeout(1000)
    }
    const burstFrames = (await page.evaluate('window.__gb.stopFrames()')) as Frames
    console.log(
      `feed: ${written} events written in bursts, ${TARGET_EVENTS}+ on screen after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
    frameStats('warm-up: frame time while bursts fill the feed to 10,000', burstFrames, steal.stop())
    await page.waitForTimeout(3000) // main's backlog drains

    const withSensor = simDoors.filter((d) => d.connect === '1' && d.hasSensor)
    // Tab openings, reported per pass (one each: no goal, the issue sets none for them).
    const switches = { feed: [] as number[], board: [] as number[] }
    for (const loaded of [false, true]) {
      const tag = loaded ? ', one core busy' : ''
      if (loaded) {
        busy = busyCore()
        await page.waitForTimeout(1000)
      }
      // 1. The live feed (10,000 rows on screen) receives 50 events a second. The tab is opened from
      // the door board first, timed on its own: a frame-time phase starts once the screen has settled
      // (it had included the opening of the feed in the loaded pass only, where the board was showing).
      await page.evaluate(`window.__gb.switchTab('Doors')`)
      await page.waitForTimeout(500)
      switches.feed.push((await page.evaluate(`window.__gb.switchTab('Live events')`)) as number)
      await page.getByRole('table', { name: 'Live event feed' }).waitFor()
      await page.waitForTimeout(500)
      await page.evaluate('window.__gb.batches = []')
      const feedCpu = await cpuByType(cdp)
      steal = sampleSteal()
      await page.evaluate('window.__gb.startFrames()')
      await sim.control.scenario({ rate: FEED_RATE })
      await page.waitForTimeout(FEED_SECONDS * 1000)
      await sim.control.scenario({ rate: 0 })
      await page.waitForTimeout(1000)
      const feed: PhaseFigures = {
        frames: (await page.evaluate('window.__gb.stopFrames()')) as Frames,
        batches: ((await page.evaluate('window.__gb.batches')) as Batch[]).filter(
          (b) => b.name === 'guard.feed' && b.frame > 0,
        ),
      }
      frameStats(`frame time, feed at ${FEED_RATE} events/s${tag}`, feed.frames, steal.stop(), loaded)
      reportCpu(
        `feed at ${FEED_RATE} events/s${tag}`,
        feedCpu,
        await cpuByType(cdp),
        feed.frames.deltas.length,
      )
      stats(
        `guard.feed batch -> store + render done (JS)${tag}`,
        feed.batches!.map((b) => b.js),
      )
      stats(
        `guard.feed batch -> next frame${tag}`,
        feed.batches!.map((b) => b.frame),
      )

      // 2. Scrolling 10,000 feed rows.
      const feedScrollCpu = await cpuByType(cdp)
      steal = sampleSteal()
      const feedScroll = (await page.evaluate(
        `window.__gb.scroll('Live event feed', ${SCROLL_FRAMES}, 240)`,
      )) as Frames
      frameStats(`frame time scrolling the feed${tag}`, feedScroll, steal.stop(), loaded)
      reportCpu(`scrolling the feed${tag}`, feedScrollCpu, await cpuByType(cdp), feedScroll.deltas.length)

      // 3. Door deltas on the 1,000-door board, then scrolling it.
      switches.board.push((await page.evaluate(`window.__gb.switchTab('Doors')`)) as number)
      await page.getByRole('heading', { name: /^Doors \(/ }).waitFor()
      await page.waitForTimeout(500)
      await page.evaluate('window.__gb.batches = []')
      const deltaCpu = await cpuByType(cdp)
      steal = sampleSteal()
      await page.evaluate('window.__gb.startFrames()')
      for (let i = 0; i < DELTAS; i++) {
        const door = withSensor[(Math.floor(i / 2) * 37) % withSensor.length]! // opened, then closed again
        await sim.control.setState({ door: { id: door.id, sensor: i % 2 ? 'closed' : 'open' } })
        await page.waitForTimeout(600)
      }
      await page.waitForTimeout(1000)
      const deltaFrames = (await page.evaluate('window.__gb.stopFrames()')) as Frames
      const deltaSteal = steal.stop()
      const deltas = ((await page.evaluate('window.__gb.batches')) as Batch[]).filter(
        (b) => b.name === 'guard.doors' && b.frame > 0,
      )
      frameStats(`frame time, 1,000-door deltas${tag}`, deltaFrames, deltaSteal, loaded)
      reportCpu(`1,000-door deltas${tag}`, deltaCpu, await cpuByType(cdp), deltaFrames.deltas.length)
      stats(
        `guard.doors delta -> store + render done (JS)${tag}`,
        deltas.map((b) => b.js),
      )
      stats(
        `guard.doors delta -> next frame${tag}`,
        deltas.map((b) => b.frame),
      )
      const boardScrollCpu = await cpuByType(cdp)
      steal = sampleSteal()
      const boardScroll = (await page.evaluate(
        `window.__gb.scroll('Door board', ${SCROLL_FRAMES}, 240)`,
      )) as Frames
      frameStats(`frame time scrolling the door board${tag}`, boardScroll, steal.stop(), loaded)
      reportCpu(
        `scrolling the door board${tag}`,
        boardScrollCpu,
        await cpuByType(cdp),
        boardScroll.deltas.length,
      )
      busy?.kill()
      busy = null
      stats(`opening the live feed tab (10,000 events), click -> next frame${tag}`, switches.feed.splice(0))
      stats(`opening the door board tab (1,000 doors), click -> next frame${tag}`, switches.board.splice(0))
    }
    if (app.pageErrors.length) console.log(`page errors: ${app.pageErrors.join('\n')}`)
    if (missed.length) {
      console.log(`goals missed: ${missed.join('; ')}`)
      process.exitCode = 1
    }
  } finally {
    busy?.kill()
    await app.close()
    await closeSharedBrowsers()
    await sim.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
