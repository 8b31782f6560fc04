/**
 * Languages end to end: the app started on a Spanish, Chinese or Arabic system (LANG, as a user's
 * machine sets it) shows the desk screens in that language with dates formatted for it; Arabic mirrors
 * the page (dir="rtl") and nothing spills out of a 1366x768 window; a choice in Settings applies at
 * once, without a restart.
 */
import type { Page } from '@playwright/test'
import { startSimulator, type RunningSimulator } from '../simulator/index'
import { expect, test } from './fixtures'

let sim: RunningSimulator
test.beforeAll(async () => {
  sim = await startSimulator({ port: 0, quiet: true })
})
test.afterAll(async () => {
  await sim?.close()
})

/** The system's language as Linux says it; the other variables are emptied so LANG decides. */
const systemLanguage = (lang: string) => ({ LANG: lang, LANGUAGE: '', LC_ALL: '', LC_MESSAGES: '' })

const CASES = [
  {
    lang: 'es_ES.UTF-8',
    code: 'es',
    dir: 'ltr',
    nav: ['Recepción', 'Vigilancia', 'Registro de auditoría', 'Configuración'],
    register: 'Registrar visitante',
    form: 'Registrar un visitante',
    auditTitle: 'Registro de auditoría',
    time: 'Hora',
  },
  {
    lang: 'zh_CN.UTF-8',
    code: 'zh-CN',
    dir: 'ltr',
    nav: ['前台', '安保', '审计日志', '设置'],
    register: '登记访客',
    form: '登记访客',
    auditTitle: '审计日志',
    time: '时间',
  },
  {
    lang: 'ar_EG.UTF-8',
    code: 'ar',
    dir: 'rtl',
    nav: ['الاستقبال', 'الحراسة', 'سجل التدقيق', 'الإعدادات'],
    register: 'تسجيل الزائر',
    form: 'تسجيل زائر',
    auditTitle: 'سجل التدقيق',
    time: 'الوقت',
  },
] as const

/** Visible elements that reach outside the window (ignoring content inside a scrolling box). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p)
        if (/(auto|scroll|hidden)/.test(o.overflowX + o.overflowY)) return true
      }
      return false
    }
    const out: string[] = []
    if (document.documentElement.scrollWidth > width + 1)
      out.push(`page ${document.documentElement.scrollWidth}px wide`)
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || clipped(el)) continue
      if (r.left < -1 || r.right > width + 1)
        out.push(`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}..${Math.round(r.right)}`)
    }
    return out
  })
}

for (const c of CASES) {
  test(`started on a ${c.code} system, the desk screens speak ${c.code}`, async ({ launch }) => {
    const app = await launch({ simulatorUrl: sim.url, env: systemLanguage(c.lang) })
    const page = app.page
    await page.setViewportSize({ width: 1366, height: 768 })
    // Main gave the page the language to start in: its first screen does not wait to ask.
    expect(new URL(page.url()).searchParams.get('lang')).toBe(c.code)
    const html = page.locator('html')
    await expect(html).toHaveAttribute('lang', c.code)
    await expect(html).toHaveAttribute('dir', c.dir)

    const nav = page.getByRole('navigation').first()
    for (const name of c.nav) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
    await nav.getByRole('link', { name: c.nav[0], exact: true }).click()
    const form = page.getByRole('form', { name: c.form })
    await expect(form).toBeVisible()
    await expect(form.getByRole('button', { name: c.register })).toBeVisible()
    // Naive UI's own words follow too (its empty-state text is no longer English).
    await expect(page.getByText('No Data')).toHaveCount(0)
    // Only the texts in use were fetched: this language's (English, the fallback, is in the first
    // script), not all five.
    const fetched = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => /\/assets\/(en|es|zh-CN|pt-BR|ar)-[\w-]+\.js$/.exec(r.name)?.[1])
        .filter(Boolean)
        .sort(),
    )
    expect(fetched).toEqual([c.code])
    if (c.dir === 'rtl') {
      expect(await overflowing(page)).toEqual([])
      if (process.env.LANG_SHOT) await page.screenshot({ path: process.env.LANG_SHOT })
    }

    // The audit log: headers in the language, and every time formatted by Intl for it.
    await nav.getByRole('link', { name: c.nav[2], exact: true }).click()
    await expect(page.getByRole('heading', { name: c.auditTitle })).toBeVisible()
    await expect(page.getByRole('columnheader', { name: c.time })).toBeVisible()
    const firstTime = page.locator('.n-data-table-td').first()
    await expect(firstTime).not.toHaveText('')
    const shown = (await firstTime.textContent())!.trim()
    const expectedMonth = await page.evaluate(
      (code) => new Intl.DateTimeFormat(code, { month: 'short' }).format(new Date()),
      c.code,
    )
    expect(shown).toContain(expectedMonth)
    if (c.dir === 'rtl') expect(await overflowing(page)).toEqual([])

    await nav.getByRole('link', { name: c.nav[3], exact: true }).click()
    await expect(page.getByTestId('language-choice')).toHaveValue('system')
    if (c.dir === 'rtl') expect(await overflowing(page)).toEqual([])
  })
}

test('a language chosen in Settings applies at once, and "System default" goes back', async ({ launch }) => {
  const app = await launch({ simulatorUrl: sim.url, env: systemLanguage('en_US.UTF-8') })
  const page = app.page
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('link', { name: 'Settings' }).click()
  const choice = page.getByRole('combobox', { name: 'Language' })
  await expect(choice).toHaveValue('system')
  // Each language is offered in its own words.
  for (const name of ['English', 'Español', '简体中文', 'Português (Brasil)', 'العربية'])
    await expect(choice.locator('option', { hasText: name })).toHaveCount(1)

  await choice.selectOption('es')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { name: 'Configuración', level: 1 })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Recepción' }),
  ).toBeVisible()

  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { name: 'الإعدادات', level: 1 })).toBeVisible()

  await page.getByRole('combobox', { name: 'اللغة' }).selectOption('system')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible()
})

test('a guard switches this screen to the dark theme and to Spanish from the header; it applies at once', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const app = await launch({
    simulatorUrl: sim.url,
    simulatorToken: sim.token,
    env: { ...systemLanguage('en_US.UTF-8'), GATEHOUSE_DEMO_OPERATOR: 'none' },
  })
  const page = app.page
  const html = page.locator('html')
  await page.emulateMedia({ colorScheme: 'light' })
  const nav = page.getByRole('navigation', { name: 'Main' })

  // The administrator sets the station up and adds a guard; the guard signs in.
  await nav.getByRole('link', { name: 'Settings' }).click()
  const wizard = page.getByRole('region', { name: 'Create the administrator' })
  await wizard.getByLabel('Full name').fill('Anna Novak')
  await wizard.getByLabel('User name').fill('anna')
  await wizard.getByLabel('Password', { exact: true }).fill('anna desk pass')
  await wizard.getByLabel('Password again').fill('anna desk pass')
  await wizard.getByRole('button', { name: 'Create administrator' }).click()
  const form = page.getByRole('form', { name: 'Add an operator' })
  await form.getByLabel('New operator full name').fill('Gil Guard')
  await form.getByLabel('New operator user name').fill('gil')
  await form.getByText('Guard', { exact: true }).click()
  await form.getByLabel('New operator password or PIN').fill('gil guard pass')
  await form.getByRole('button', { name: 'Add operator' }).click()
  await expect(page.getByLabel('Role of Gil Guard')).toHaveValue('guard')
  await page.getByRole('button', { name: 'Sign out' }).click()
  // The sign-in screen, not Settings' "New operator user name" and "SMTP user name" still on the way out.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByLabel('User name', { exact: true }).fill('gil')
  await page.getByLabel('Password', { exact: true }).fill('gil guard pass')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByTestId('signed-in-operator')).toHaveText('Gil Guard · Guard')
  // Settings stay the administrator's: the guard is offered the guard screen only.
  await expect(nav.getByRole('link')).toHaveText(['Guard'])
  await expect(html).toHaveAttribute('data-theme', 'light')

  // The header's Display menu, by keyboard: the theme first.
  const display = page.getByRole('button', { name: 'Display', exact: true })
  await display.focus()
  await page.keyboard.press('Enter')
  await expect(display).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByRole('group', { name: 'Appearance and language of this screen' })
  const themes = panel.getByRole('radiogroup', { name: 'Theme' })
  await expect(themes.getByRole('radio', { name: 'System' })).toBeFocused()
  await themes.getByRole('radio', { name: 'Dark' }).check()
  await expect(html).toHaveAttribute('data-theme', 'dark')
  expect(await app.main.evaluate((electron) => electron.nativeTheme.themeSource)).toBe('dark')

  await panel.getByRole('combobox', { name: 'Language' }).selectOption('es')
  await expect(html).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { name: 'Puesto de vigilancia' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link')).toHaveText([
    'Vigilancia',
  ])
  // The menu speaks Spanish now too; Escape closes it and gives focus back to its button.
  const pantalla = page.getByRole('button', { name: 'Pantalla', exact: true })
  await expect(pantalla).toHaveAttribute('aria-expanded', 'true')
  await page.keyboard.press('Escape')
  await expect(pantalla).toHaveAttribute('aria-expanded', 'false')
  await expect(pantalla).toBeFocused()

  // Both are kept for the station: a reload shows them again, in Spanish from its first screen.
  expect(new URL(page.url()).searchParams.get('lang')).toBe('es')
  await page.reload()
  await expect(html).toHaveAttribute('lang', 'es')
  await expect(html).toHaveAttribute('data-theme', 'dark')
})
