/**
 * Cold start: `npx tsx tests/bench/cold-start-bench.ts` (needs `npm run build`).
 *
 * Launch -> usable window, through the harness (real main in a fresh Node process, real renderer in a
 * new Chromium context, the simulator over HTTP). A desk's start of the day opens the station's existing
 * data folder (database migrated, settings written): those rounds carry the goal. A station's very first
 * start (fresh data folder: migrations, first settings write) is measured apart, as "first start".
 *  - reception usable: the registration form's host field has the focus and the host directory is
 *    searchable (the later of the page's two marks); then, as the proof, a search by pin offers that
 *    person (the driver's figures, "(driver)", include its polling through the debugging pipe);
 *  - guard usable: a guard booth (a station left on Guard) opens on its door board, and the board shows
 *    every door (the page's mark; the driver then sees the heading "Doors (N of N)"); on a station's
 *    first start (it opens on Reception) the operator opens Guard at once.
 * Phases come from main's and the page's own performance marks (gatehouse:*) and the page's paint
 * timing, all as wall-clock times since the launch call. The browser is started once before the rounds
 * (Electron's own Chromium start is not what the harness can measure). Goal: reception and guard usable
 * <= 2 s.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeSharedBrowsers, sharedBrowser } from '../harness/browser-pool'
import { launchGatehouse, type GatehouseApp } from '../harness/launcher'
import { startSimulator } from '../simulator/index'
import { atMost, percentile, reportFigure } from './support/figures'

const ROUNDS = Number(process.env.ROUNDS ?? 5)
const GOAL_MS = 2000

/** Main's start-up marks as wall-clock times. Runs inside main (harness evaluate). */
const mainMarks = (app: GatehouseApp) =>
  app.main.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('gatehouse:'))
      .map((m) => ({ name: m.name.slice('gatehouse:'.length), at: performance.timeOrigin + m.startTime }))
      .concat([{ name: 'process started', at: performance.timeOrigin }]),
  ) as Promise<{ name: string; at: number }[]>

const PAGE_TIMES = `(() => {
  const paint = performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')
  const marks = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('gatehouse:'))
    .map((m) => ({ name: m.name.slice('gatehouse:'.length), at: performance.timeOrigin + m.startTime }))
  return { navigation: performance.timeOrigin, firstPaint: paint ? performance.timeOrigin + paint.startTime : 0, marks }
})()`

async function round(
  sim: { url: string; token: string; pin: string; doors: number },
  which: 'reception' | 'guard',
  userDataDir?: string,
  clickGuard = !userDataDir,
): Promise<Record<string, number>> {
  const t0 = Date.now()
  const app = await launchGatehouse({ simulatorUrl: sim.url, simulatorToken: sim.token, userDataDir })
  const { page } = app
  try {
    const phases: Record<string, number> = { 'window loaded (harness)': Date.now() - t0 }
    if (which === 'reception') {
      const host = page
        .getByRole('form', { name: 'Register a visitor' })
        .getByRole('combobox', { name: 'Host (person visited)' })
      await host.waitFor({ timeout: 30_000 })
      for (let i = 0; !(await host.evaluate((el) => el === document.activeElement)); i++) {
        if (i > 3000) throw new Error('the host field never got the focus')
        await page.waitForTimeout(5)
      }
      phases['reception form focused (driver)'] = Date.now() - t0
      await page.getByText(/[1-9][\d,]* people in the directory/).waitFor({ timeout: 30_000 })
      phases['directory loaded (driver)'] = Date.now() - t0
      // The proof that it is usable: a search by pin offers that person.
      await host.fill(sim.pin)
      await page.getByRole('option').first().waitFor({ timeout: 30_000 })
      phases['host found (driver)'] = Date.now() - t0
      await host.fill('')
    } else {
      // A guard booth opens on its board (the page it showed last); a new station opens on Reception.
      if (clickGuard)
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guard' }).click()
      await page
        .getByRole('heading', { name: `Doors (${sim.doors} of ${sim.doors})` })
        .waitFor({ timeout: 30_000 })
      phases['door board filled (driver)'] = Date.now() - t0
    }
    for (const m of await mainMarks(app)) phases[`main: ${m.name}`] = m.at - t0
    const p = (await page.evaluate(PAGE_TIMES)) as {
      navigation: number
      firstPaint: number
      marks: { name: string; at: number }[]
    }
    phases['page: navigation start'] = p.navigation - t0
    if (p.firstPaint) phases['page: first contentful paint'] = p.firstPaint - t0
    for (const m of p.marks) phases[`page: ${m.name}`] = m.at - t0
    // Usable: the moment the page itself reached the state (its own marks, on the same clock as t0),
    // not when the driver, polling through the browser's debugging pipe, noticed it.
    const at = (name: string) => p.marks.find((m) => m.name === name)?.at
    if (which === 'reception') {
      const focused = at('reception form focused')
      const searchable = at('directory searchable')
      if (focused === undefined || searchable === undefined)
        throw new Error('the page did not mark its focused form and searchable directory')
      phases['reception usable (form focused, directory searchable)'] = Math.max(focused, searchable) - t0
    } else {
      const filled = at('door board filled')
      if (filled === undefined) throw new Error('the page did not mark its filled door board')
      phases['guard usable (door board filled)'] = filled - t0
    }
    return phases
  } finally {
    await app.close()
  }
}

async function main(): Promise<void> {
  const simulator = await startSimulator({ port: 0, quiet: true })
  const snap = await simulator.control.snapshot()
  const sim = {
    url: simulator.url,
    token: simulator.token,
    pin: snap.samplePins[0] as string,
    doors: (snap.doors as unknown[]).length,
  }
  await sharedBrowser({ headless: process.env.GATEHOUSE_HEADED !== '1' })
  // A reception desk and a guard booth: each its own data folder, left on its own page.
  const desk = mkdtempSync(join(tmpdir(), 'gatehouse-cold-start-'))
  const booth = mkdtempSync(join(tmpdir(), 'gatehouse-cold-start-'))
  try {
    // Warm-up: the harness host build, disk caches; the stations' data folders for the daily starts
    // (the booth's guard opens Guard once, so the booth opens on it from then on).
    await round(sim, 'reception', desk)
    await round(sim, 'guard', booth, true)
    const runs: Record<string, number>[] = []
    const prefixed = (prefix: string, phases: Record<string, number>) =>
      Object.fromEntries(Object.entries(phases).map(([k, v]) => [`${prefix}${k}`, v]))
    for (let i = 0; i < ROUNDS; i++) {
      runs.push({
        ...(await round(sim, 'reception', desk)),
        ...(await round(sim, 'guard', booth)),
        ...prefixed('first start: ', await round(sim, 'reception')),
        ...prefixed('first start: ', await round(sim, 'guard')),
      })
    }
    const names = [...new Set(runs.flatMap((r) => Object.keys(r)))].sort(
      (a, b) =>
        percentile(
          runs.map((r) => r[a] ?? NaN),
          50,
        ) -
        percentile(
          runs.map((r) => r[b] ?? NaN),
          50,
        ),
    )
    console.log(`cold start, ${ROUNDS} rounds each, ms since the launch call (median, max):`)
    for (const name of names) {
      const values = runs.map((r) => r[name]).filter((v): v is number => v !== undefined)
      const median = percentile(values, 50)
      const usable = name.includes('usable') && !name.startsWith('first start')
      reportFigure({
        name: `cold start: ${name}, median`,
        value: median,
        unit: 'ms',
        ...(usable ? atMost(GOAL_MS)(median) : {}),
      })
      if (usable) reportFigure({ name: `cold start: ${name}, max`, value: Math.max(...values), unit: 'ms' })
    }
    if (
      names.some(
        (n) =>
          n.includes('usable') &&
          !n.startsWith('first start') &&
          percentile(
            runs.map((r) => r[n]!),
            50,
          ) > GOAL_MS,
      )
    )
      process.exitCode = 1
  } finally {
    await closeSharedBrowsers()
    await simulator.close()
    rmSync(desk, { recursive: true, force: true })
    rmSync(booth, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
