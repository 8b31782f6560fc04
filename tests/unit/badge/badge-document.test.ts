/**
 * The printed badge, end to end through Chromium's own PDF engine (the one Electron's printToPDF
 * uses), with JavaScript off like the print window: the page has the label's size, the QR decodes
 * to the payload, the photo is embedded, the texts are there and hostile text stays text.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromium, type Browser, type BrowserContext } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BADGE_PAGE_MM } from '../../../electron/shared/contract/badge'
import { badgeLayout, type BadgeLayout } from '../../../electron/shared/settings'
import { buildBadgeHtml, type BadgeWords } from '../../../electron/main/badge/badge-html'
import type { Language } from '../../../electron/shared/i18n/languages'
import { translatorFor, type MessageKey } from '../../../electron/shared/i18n/translate'
import { qrSvg } from '../../../electron/main/badge/qr-svg'
import { imagesInPdf, pdfPageSizeMm, qrCodesInPdf } from '../../support/pdf-qr'

const run = promisify(execFile)

/** The badge's words in a language, as main's badge service passes them. */
const words = (lang: Language): BadgeWords => {
  const t = translatorFor(lang)
  return { t: (key, params) => t(key as MessageKey, params), lang }
}
const EN = words('en')
const PAYLOAD = '2#6SQLIaSLhprGhpkCgFrhHfdyZXFJxK2DLy+oLVoImoI='

let browser: Browser
let context: BrowserContext
let dir: string
let photoBase64: string

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' })
  dir = await mkdtemp(join(tmpdir(), 'badge-doc-'))
  // A real JPEG made by Chromium's encoder, 300x400 with a recognisable pattern.
  const painter = await browser.newPage()
  // Evaluated in the page (a string, so this Node-typed file needs no DOM types).
  photoBase64 = (await painter.evaluate(`(() => {
    const c = document.createElement('canvas')
    c.width = 300
    c.height = 400
    const g = c.getContext('2d')
    g.fillStyle = '#2a9d4a'
    g.fillRect(0, 0, 300, 400)
    g.fillStyle = '#d0208f'
    g.beginPath()
    g.ellipse(150, 150, 70, 90, 0, 0, Math.PI * 2)
    g.fill()
    return c.toDataURL('image/jpeg', 0.9).split(',')[1]
  })()`)) as string
  await painter.close()
  context = await browser.newContext({ javaScriptEnabled: false })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function renderPdf(
  layout: BadgeLayout,
  overrides: Partial<Parameters<typeof buildBadgeHtml>[0]> = {},
  badgeWords: BadgeWords = EN,
) {
  const html = buildBadgeHtml(
    {
      layout,
      siteName: 'North Gate Plant',
      visitorName: 'Ana María Löfgren',
      company: 'Acme Logistics',
      hostName: 'Rui Costa',
      validUntil: '2026-11-29 23:59:59',
      photoBase64,
      qrSvg: await qrSvg(PAYLOAD),
      ...overrides,
    },
    badgeWords,
  )
  const page = await context.newPage()
  await page.setContent(html)
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  await page.close()
  const file = join(dir, `${layout}-${Math.random().toString(36).slice(2)}.pdf`)
  await writeFile(file, pdf)
  return file
}

describe.each(badgeLayout.options)('badge PDF, layout %s', (layout) => {
  it('is one page of the label size, with a QR that decodes to the payload, the photo and the texts', async () => {
    const file = await renderPdf(layout)
    const size = await pdfPageSizeMm(file)
    expect(size.pages).toBe(1)
    expect(size.widthMm).toBeCloseTo(BADGE_PAGE_MM[layout].widthMm, 0)
    expect(size.heightMm).toBeCloseTo(BADGE_PAGE_MM[layout].heightMm, 0)

    expect(await qrCodesInPdf(file, 200)).toEqual([PAYLOAD])

    const jpegs = (await imagesInPdf(file)).filter((i) => i.ext === 'jpg')
    expect(jpegs.map((j) => j.bytes.toString('base64'))).toContain(photoBase64)

    const { stdout: text } = await run('pdftotext', ['-layout', file, '-'])
    for (const expected of [
      'North Gate Plant',
      'VISITOR',
      'Ana María Löfgren',
      'Acme Logistics',
      'Rui Costa',
      '2026-11-29 23:59',
    ]) {
      // pdftotext splits lines where the label wraps them; compare without whitespace.
      expect(text.replace(/\s+/g, '')).toContain(expected.replace(/\s+/g, ''))
    }
  }, 30_000)
})

describe('badge document content', () => {
  it('keeps hostile visitor text as text (no markup, no script)', async () => {
    const html = buildBadgeHtml(
      {
        layout: 'card102x76',
        siteName: '<b>site</b>',
        visitorName: '<img src=x onerror=alert(1)>',
        company: '"><script>alert(1)</script>',
        hostName: "O'Brien & Sons",
        validUntil: '2026-11-29 23:59:59',
        photoBase64: null,
        qrSvg: await qrSvg(PAYLOAD),
      },
      EN,
    )
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('O&#39;Brien &amp; Sons')
    expect(html).toContain('No photo')
    expect(html).toContain("default-src 'none'")
  })

  it('prints without a photo, the QR still decodes', async () => {
    const file = await renderPdf('label62', { photoBase64: null })
    expect(await qrCodesInPdf(file)).toEqual([PAYLOAD])
    expect((await imagesInPdf(file)).filter((i) => i.ext === 'jpg')).toHaveLength(0)
  }, 30_000)
})

describe('badge heading and the card layout', () => {
  it('says the site, or the day of the visit, never a second "Visitor"', async () => {
    const { badgeHeading } = await import('../../../electron/main/badge/badge-html')
    expect(badgeHeading('North Gate', '2026-11-29 23:59:59', EN.t)).toBe('North Gate')
    expect(badgeHeading('  ', '2026-11-29 23:59:59', EN.t)).toBe('Visit of 2026-11-29')
    expect(badgeHeading('  ', '2026-11-29 23:59:59', words('es').t)).toBe('Visita del 2026-11-29')
  })

  it('the 102x76 card carries host and validity in a band across the bottom', async () => {
    const { buildBadgeHtml } = await import('../../../electron/main/badge/badge-html')
    const html = buildBadgeHtml(
      {
        layout: 'card102x76',
        siteName: '',
        visitorName: 'Conor O’Brien',
        company: 'Acme',
        hostName: 'Yusuf Larsen',
        validUntil: '2026-11-29 23:59:59',
        photoBase64: null,
        qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      },
      EN,
    )
    expect(html).toMatch(
      /<div class="foot">.*Visiting: <b dir="auto">Yusuf Larsen<\/b>.*Valid until: <b dir="ltr">2026-11-29 23:59<\/b>/s,
    )
    expect(html).toContain('<span class="site" dir="auto">Visit of 2026-11-29</span>')
    expect(html).toContain('"photo text qr" "foot foot foot"')
  })
})

describe('badges in Arabic and Chinese', () => {
  /** pdftotext's words without spaces; Arabic may come out in visual order, so both orders count. */
  const pdfText = async (file: string) => (await run('pdftotext', [file, '-'])).stdout.replace(/\s+/g, '')
  const bare = (text: string) => text.replace(/\s+/g, '')
  const reversed = (text: string) => [...bare(text)].reverse().join('')

  it('an Arabic badge is laid out right to left and its PDF carries the Arabic names (fonts have the glyphs)', async () => {
    const ar = words('ar')
    const file = await renderPdf(
      'card102x76',
      { siteName: '', visitorName: 'ليلى حداد', company: 'شركة النور', hostName: 'عمر خليل' },
      ar,
    )
    const text = await pdfText(file)
    for (const name of ['ليلى حداد', 'عمر خليل', ar.t('server.badge.visitor')])
      expect(
        [bare(name), reversed(name)].some((form) => text.includes(form)),
        name,
      ).toBe(true)
    expect(text).toContain('2026-11-2923:59')
    const html = buildBadgeHtml(
      {
        layout: 'a6',
        siteName: '',
        visitorName: 'ليلى',
        company: '',
        hostName: 'عمر',
        validUntil: '2026-11-29 23:59:59',
        photoBase64: null,
        qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      },
      ar,
    )
    expect(html).toContain('<html lang="ar" dir="rtl">')
  }, 30_000)

  it('a Chinese badge PDF carries the Chinese names and labels', async () => {
    const zh = words('zh-CN')
    const file = await renderPdf(
      'label62',
      { siteName: '北门工厂', visitorName: '王小明', company: '华远物流', hostName: '李静' },
      zh,
    )
    const text = await pdfText(file)
    for (const expected of ['北门工厂', '王小明', '华远物流', '李静', zh.t('server.badge.visitor')])
      expect(text).toContain(bare(expected))
  }, 30_000)
})
