// `npm run check-runtime`: is Gatehouse still on a supported Electron? Electron supports its three newest
// majors; a guard station must not ship on an older Chromium. Compares the pinned Electron (package.json)
// with the npm registry's newest release and fails when it is more than two majors behind. Needs the
// network (the npm registry), so it is a release-checklist step, not part of the offline test command.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const SUPPORTED_MAJORS = 3
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const pinned = String(pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '')
const major = (version) => Number(String(version).split('.')[0])

function latest(name) {
  try {
    return JSON.parse(
      execFileSync('npm', ['view', name, 'dist-tags.latest', '--json'], {
        encoding: 'utf8',
        timeout: 60_000,
      }),
    )
  } catch (error) {
    console.error(
      `Could not ask the npm registry for ${name}'s newest release: ${error.message.split('\n')[0]}`,
    )
    process.exit(2)
  }
}

if (!pinned) {
  console.error('package.json pins no Electron version.')
  process.exit(2)
}
const newest = latest('electron')
const behind = major(newest) - major(pinned)
const oldestSupported = major(newest) - (SUPPORTED_MAJORS - 1)
console.log(
  `Electron pinned ${pinned}, newest ${newest}: supported majors are ${oldestSupported}–${major(newest)}.`,
)
console.log(
  `Node ${process.versions.node} runs this check; package.json engines: ${pkg.engines?.node ?? 'none'}.`,
)
if (behind > SUPPORTED_MAJORS - 1) {
  console.error(
    `FAIL: Electron ${major(pinned)} is ${behind} majors behind and gets no security fixes. Upgrade to ${major(newest)}.x.`,
  )
  process.exit(1)
}
console.log(behind === 0 ? 'OK: on the newest major.' : `OK: ${behind} major(s) behind, still supported.`)
