// A small HTTP client for the spec tests: real requests to a running simulator, the token in the
// query as the manual requires, redirects never followed (a 302 to a login page is an answer to check).
import { exampleQuery, fillPath, type ManualEndpoint } from '../../manual-endpoints'

export type QueryValue = string | number | boolean | undefined
export type Query = Readonly<Record<string, QueryValue>>

export interface ApiResponse {
  status: number
  headers: Headers
  text: string
  /** Parsed body, or undefined when the body is not JSON. */
  json: unknown
}

export interface RequestOptions {
  query?: Query
  json?: unknown
  form?: FormData
  /** null: send no access_token at all; a string: send that token instead of the right one. */
  token?: string | null
}

export class SimClient {
  readonly baseUrl: string
  readonly token: string

  constructor(baseUrl: string, token: string) {
    this.baseUrl = baseUrl
    this.token = token
  }

  url(path: string, query: Query = {}, token: string | null = this.token): string {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value))
    if (token !== null) params.set('access_token', token)
    const search = params.toString()
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`
  }

  async request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse> {
    const token = options.token === undefined ? this.token : options.token
    const init: RequestInit = { method, redirect: 'manual' }
    if (options.form) init.body = options.form
    else if (options.json !== undefined) {
      init.body = JSON.stringify(options.json)
      init.headers = { 'content-type': 'application/json' }
    }
    const response = await fetch(this.url(path, options.query, token), init)
    const text = await response.text()
    let json: unknown
    try {
      json = text ? JSON.parse(text) : undefined
    } catch {
      json = undefined
    }
    return { status: response.status, headers: response.headers, text, json }
  }

  get(path: string, query?: Query, options: Omit<RequestOptions, 'query'> = {}): Promise<ApiResponse> {
    return this.request('GET', path, { ...options, query })
  }

  post(path: string, query?: Query, json?: unknown, options: RequestOptions = {}): Promise<ApiResponse> {
    return this.request('POST', path, { ...options, query, json })
  }

  delete(path: string, query?: Query, json?: unknown): Promise<ApiResponse> {
    return this.request('DELETE', path, { query, json })
  }

  /** Calls a table row with example values, overridden by `values` (path and query) and `body`. */
  row(
    row: ManualEndpoint,
    values: Readonly<Record<string, string>> = {},
    body?: unknown,
    options: Omit<RequestOptions, 'query' | 'json'> = {},
  ): Promise<ApiResponse> {
    const path = fillPath(row.path, values)
    const query = exampleQuery(row, values)
    if (row.body === 'multipart') {
      return this.request(row.method, path, { ...options, query, form: options.form ?? exampleForm(row) })
    }
    const json = row.body === 'json' ? (body ?? row.exampleBody ?? {}) : undefined
    return this.request(row.method, path, { ...options, query, json })
  }
}

/** A 1x1 PNG, the smallest real picture a media endpoint can be given. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

export function mediaForm(mediaName: string, fileName = 'bayue.png', bytes: Uint8Array = TINY_PNG): FormData {
  const form = new FormData()
  const type = fileName.endsWith('.png') ? 'image/png' : 'application/octet-stream'
  form.set('file', new Blob([new Uint8Array(bytes)], { type }), fileName)
  form.set('mediaName', mediaName)
  return form
}

function exampleForm(row: ManualEndpoint): FormData {
  const mediaName = String(row.exampleBody?.mediaName ?? 'Media name')
  return mediaForm(mediaName, String(row.exampleBody?.file ?? 'bayue.png'))
}

/** Finds the row of the table for a path (and method when several rows share it). */
export function rowOf(table: readonly ManualEndpoint[], path: string, method?: string): ManualEndpoint {
  const row = table.find((r) => r.path === path && (method === undefined || r.method === method))
  if (!row) throw new Error(`no table row for ${method ?? ''} ${path}`)
  return row
}

/** The simulator's control API (outside /api, no token; SIMULATOR-API.md), over plain HTTP. */
export async function control(
  baseUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const init: RequestInit = { method }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'content-type': 'application/json' }
  }
  const response = await fetch(`${baseUrl}/__sim/${path}`, init)
  const text = await response.text()
  if (!response.ok)
    throw new Error(`control ${method} /__sim/${path}: HTTP ${response.status} ${text.slice(0, 200)}`)
  return text ? JSON.parse(text) : undefined
}
