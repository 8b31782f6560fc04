// Writes resources/alarm.wav: a two-tone 880/660 Hz alert, 1.2 s, 16-bit mono 22.05 kHz, with short
// fades so it does not click. Kept as a script so the sound can be changed reproducibly.
import { writeFileSync } from 'node:fs'

const rate = 22050
const seconds = 1.2
const samples = Math.round(rate * seconds)
const data = Buffer.alloc(samples * 2)
for (let i = 0; i < samples; i++) {
  const t = i / rate
  const tone = Math.floor(t / 0.15) % 2 === 0 ? 880 : 660
  const fade = Math.min(1, (t % 0.15) / 0.01, (0.15 - (t % 0.15)) / 0.01)
  const value = Math.sin(2 * Math.PI * tone * t) * 0.6 * fade
  data.writeInt16LE(Math.round(value * 32767), i * 2)
}
const header = Buffer.alloc(44)
header.write('RIFF', 0)
header.writeUInt32LE(36 + data.length, 4)
header.write('WAVE', 8)
header.write('fmt ', 12)
header.writeUInt32LE(16, 16)
header.writeUInt16LE(1, 20)
header.writeUInt16LE(1, 22)
header.writeUInt32LE(rate, 24)
header.writeUInt32LE(rate * 2, 28)
header.writeUInt16LE(2, 32)
header.writeUInt16LE(16, 34)
header.write('data', 36)
header.writeUInt32LE(data.length, 40)
writeFileSync(new URL('../resources/alarm.wav', import.meta.url), Buffer.concat([header, data]))
