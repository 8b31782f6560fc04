import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A PRIVATE PostgreSQL cluster for tests: its own data folder under the temp folder, its own free port
 * on 127.0.0.1, trust authentication for local TCP only, nothing shared with a system cluster. Built
 * from Debian's `postgresql` package (scripts/install-system-deps.sh installs it).
 *
 * `initdb` refuses to run as root, and CI runs as root: then every server command runs as the
 * `postgres` system user (created by the Debian package) through `runuser`, and the data folder is
 * given to that user. A non-root developer runs them as themselves.
 *
 *   const pg = await startPostgresCluster()
 *   ... new Pool({ host: pg.host, port: pg.port, user: pg.user, database: pg.database })
 *   await pg.stopServer(); await pg.startServer()   // a site-database outage
 *   await pg.stop()                                  // server stopped, data folder removed
 */
export interface PostgresCluster {
  host: string
  port: number
  user: string
  database: string
  /** Connection settings for `pg` (no password: trust on 127.0.0.1). */
  connection: { host: string; port: number; user: string; database: string }
  /** With `tls: true`: the server's self-signed certificate (PEM); otherwise null. */
  certificatePem: string | null
  /** Stops the server (fast shutdown: connections are cut), keeps the data. */
  stopServer(): Promise<void>
  /** Starts it again on the same port with the same data. */
  startServer(): Promise<void>
  restart(): Promise<void>
  /** Stops the server and removes the data folder. Safe to call twice. */
  stop(): Promise<void>
}

/** The newest installed server's binaries, e.g. /usr/lib/postgresql/15/bin. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions.length ? join(root, versions[0], 'bin') : null
}

export function postgresAvailable(): boolean {
  return postgresBinDir() !== null
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

function idOf(user: string, flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim())
}

export async function startPostgresCluster(
  options: { database?: string; tls?: boolean } = {},
): Promise<PostgresCluster> {
  const bin = postgresBinDir()
  if (!bin)
    throw new Error(
      'PostgreSQL is not installed (Debian package `postgresql`): run scripts/install-system-deps.sh',
    )
  const root = isRoot()
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-pg-'))
  const data = join(dir, 'data')
  const socketDir = dir
  if (root) {
    // The folder and its parent belong to `postgres`, so the server (run as that user) can write them.
    chownSync(dir, idOf('postgres', '-u'), idOf('postgres', '-g'))
    chmodSync(dir, 0o700)
  }
  const run = (command: string, args: string[], allowFail = false) => {
    const full = join(bin, command)
    const result = root
      ? spawnSync('runuser', ['-u', 'postgres', '--', full, ...args], { encoding: 'utf8' })
      : spawnSync(full, args, { encoding: 'utf8' })
    if (result.status !== 0 && !allowFail) {
      throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`)
    }
    return result
  }
  // The database user is always `postgres` (initdb -U), whoever runs the server.
  const user = 'postgres'
  const database = options.database ?? 'gatehouse_site'
  run('initdb', ['-D', data, '-U', user, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'])
  const port = await freePort()
  // TLS: a self-signed certificate for 127.0.0.1 (and localhost), as a site's IT would make one.
  const certFile = join(dir, 'server.crt')
  const tlsOptions: string[] = []
  if (options.tls) {
    const keyFile = join(dir, 'server.key')
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-keyout',
        keyFile,
        '-out',
        certFile,
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { stdio: 'ignore' },
    )
    if (root) {
      for (const f of [keyFile, certFile]) chownSync(f, idOf('postgres', '-u'), idOf('postgres', '-g'))
    }
    chmodSync(keyFile, 0o600)
    tlsOptions.push('-c ssl=on', `-c ssl_cert_file=${certFile}`, `-c ssl_key_file=${keyFile}`)
  }
  const serverOptions = [
    ...tlsOptions,
    `-p ${port}`,
    `-c listen_addresses=127.0.0.1`,
    `-c unix_socket_directories=${socketDir}`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=60',
  ].join(' ')
  const log = join(dir, 'server.log')
  let running = false
  const startServer = async () => {
    run('pg_ctl', ['-D', data, '-l', log, '-o', serverOptions, '-w', '-t', '60', 'start'])
    running = true
  }
  const stopServer = async () => {
    if (!running) return
    run('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'], true)
    running = false
  }
  await startServer()
  // A test run that dies without calling stop() must not leave a server behind.
  const onExit = () => {
    if (running) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], true)
    rmSync(dir, { recursive: true, force: true })
  }
  process.once('exit', onExit)
  run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', user, database])
  let stopped = false
  return {
    host: '127.0.0.1',
    port,
    user,
    database,
    connection: { host: '127.0.0.1', port, user, database },
    certificatePem: options.tls ? readFileSync(certFile, 'utf8') : null,
    stopServer,
    startServer,
    async restart() {
      await stopServer()
      await startServer()
    },
    async stop() {
      if (stopped) return
      stopped = true
      process.off('exit', onExit)
      await stopServer()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Per-file helper for vitest: one private cluster for the file's tests, stopped after them.
 *
 *   const pg = usePostgresCluster()        // at the top of a describe/file
 *   it('...', async () => { pg().port ... })
 */
export function usePostgresCluster(hooks: {
  beforeAll(fn: () => Promise<void>, timeout?: number): void
  afterAll(fn: () => Promise<void>, timeout?: number): void
}): () => PostgresCluster {
  let cluster: PostgresCluster | null = null
  hooks.beforeAll(async () => {
    cluster = await startPostgresCluster()
  }, 120_000)
  hooks.afterAll(async () => {
    await cluster?.stop()
  }, 60_000)
  return () => {
    if (!cluster) throw new Error('the PostgreSQL cluster has not started')
    return cluster
  }
}
