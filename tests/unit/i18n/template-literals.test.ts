/**
 * No `.vue` template shows people a literal text: every word goes through `t()`. Text nodes with
 * letters and static user-facing attributes (label, placeholder, title, aria-label, alt, …) fail the
 * test, except tokens that are the same in every language (ALLOWED) and files still being translated
 * (untranslated-files.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse as parseSfc } from '@vue/compiler-sfc'
import { describe, expect, it } from 'vitest'
import { UNTRANSLATED_FILES } from './untranslated-files'

const ROOT = join(__dirname, '../../../renderer/src')

/** Not words of a language: product names, units, symbols. */
const ALLOWED = new Set([
  'QR',
  'PDF',
  'ID',
  'ZKBio',
  'CVSecurity',
  'Gatehouse',
  'CSV',
  'SMTP',
  'PIN',
  'URL',
  'API',
  'HTTPS',
  'TLS',
  'SHA-256',
  'PEM',
  'OK',
])

const USER_FACING_ATTRIBUTES = new Set([
  'label',
  'placeholder',
  'title',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'description',
  'content',
  'positive-text',
  'negative-text',
  'empty-text',
  'caption',
  'header',
  'text',
])

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? vueFiles(join(dir, e.name)) : e.name.endsWith('.vue') ? [join(dir, e.name)] : [],
  )
}

/** Letters that are left once allowed tokens are taken out. */
function hasWords(text: string): boolean {
  // An example address is the same in every language.
  const rest = text
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w && !ALLOWED.has(w))
    .join(' ')
  return /\p{L}{2,}/u.test(rest)
}

interface AstNode {
  type: number
  tag?: string
  content?: string
  props?: { type: number; name: string; value?: { content: string } }[]
  children?: AstNode[]
  loc: { start: { line: number } }
}

function literals(node: AstNode, found: string[]): void {
  // <style>/<script> inside templates do not occur; <code> shows data (paths), never prose.
  if (node.type === 1 && node.tag === 'code') return
  if (node.type === 2 && node.content && hasWords(node.content))
    found.push(`line ${node.loc.start.line}: text "${node.content.trim()}"`)
  for (const prop of node.props ?? []) {
    if (
      prop.type === 6 &&
      USER_FACING_ATTRIBUTES.has(prop.name) &&
      prop.value &&
      hasWords(prop.value.content)
    )
      found.push(`line ${node.loc.start.line}: ${prop.name}="${prop.value.content}"`)
  }
  for (const child of node.children ?? []) literals(child, found)
}

const files = vueFiles(ROOT)

describe('templates show no literal text', () => {
  it('finds the templates, and every skipped file exists', () => {
    expect(files.length).toBeGreaterThan(30)
    const names = new Set(files.map((f) => relative(ROOT, f)))
    for (const skipped of UNTRANSLATED_FILES) expect(names, skipped).toContain(skipped)
  })

  it('the check itself catches a literal text and a literal label', () => {
    const { descriptor } = parseSfc('<template><p>Hello</p><input aria-label="Name" /><b>QR</b></template>')
    const found: string[] = []
    literals(descriptor.template!.ast as unknown as AstNode, found)
    expect(found).toEqual(['line 1: text "Hello"', 'line 1: aria-label="Name"'])
  })

  for (const file of files) {
    const name = relative(ROOT, file)
    if (UNTRANSLATED_FILES.includes(name)) continue
    it(`${name}: every text goes through t()`, () => {
      const { descriptor } = parseSfc(readFileSync(file, 'utf8'), { filename: file })
      const found: string[] = []
      if (descriptor.template?.ast) literals(descriptor.template.ast as unknown as AstNode, found)
      expect(found).toEqual([])
    })
  }
})
