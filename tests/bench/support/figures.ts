/**
 * The one way a benchmark reports its figures. Each figure is printed as a line for people and, when
 * `npm run bench` runs the benchmark (it sets GATEHOUSE_BENCH_FIGURES to a file), appended to that file as
 * one JSON line, so scripts/bench.mjs can gather every benchmark's figures into one table and
 * tests/bench/RESULTS.md. Lives in support/ so bench.mjs (which runs tests/bench/*.ts) does not run it.
 */
import { appendFileSync } from 'node:fs'

export interface Figure {
  /** What was measured, e.g. "alarm latency @ 10 s poll p95". Stable: RESULTS.md is compared by it. */
  name: string
  value: number
  unit: string
  /** The goal in words, e.g. "<= 3500"; empty when the figure is information only. */
  goal?: string
  /** Whether the goal was met; undefined when there is no goal. */
  met?: boolean
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/** Records one figure (and prints it unless `quiet`, for benches that already print a sentence). */
export function reportFigure(figure: Figure, options: { quiet?: boolean } = {}): void {
  const rounded = { ...figure, value: Math.round(figure.value * 100) / 100 }
  if (!options.quiet) {
    const goal = figure.goal ? ` (goal ${figure.goal}: ${figure.met ? 'met' : 'MISSED'})` : ''
    console.log(`  ${figure.name}: ${rounded.value} ${figure.unit}${goal}`)
  }
  const file = process.env.GATEHOUSE_BENCH_FIGURES
  if (file) appendFileSync(file, `${JSON.stringify(rounded)}\n`)
}

/** Goal helper: `atMost(3500)` gives the goal text and the verdict for a value. */
export const atMost = (limit: number) => (value: number) => ({ goal: `<= ${limit}`, met: value <= limit })
export const atLeast = (limit: number) => (value: number) => ({ goal: `>= ${limit}`, met: value >= limit })

/** p50, p95 and max of a distribution as three figures; the goal, if any, applies to the p95. */
export function reportDistribution(
  name: string,
  values: number[],
  unit: string,
  goalForP95?: (p95: number) => { goal: string; met: boolean },
  options: { quiet?: boolean } = {},
): { p50: number; p95: number; max: number } {
  const p50 = percentile(values, 50)
  const p95 = percentile(values, 95)
  const max = values.length ? Math.max(...values) : NaN
  reportFigure({ name: `${name} p50`, value: p50, unit }, options)
  reportFigure({ name: `${name} p95`, value: p95, unit, ...(goalForP95 ? goalForP95(p95) : {}) }, options)
  reportFigure({ name: `${name} max`, value: max, unit }, options)
  return { p50, p95, max }
}
