import type pg from 'pg'

/**
 * Runs `fn` with a client checked out of `pool`, and gives it back. While a client is checked out,
 * pg-pool takes its own 'error' listener off it; a connection cut then (the database restarted, a
 * network fault) emits 'error' besides failing the query, and an 'error' nobody listens to would crash
 * main. The failed query already tells `fn`, so the event itself is only kept from crashing. (A client
 * left broken is dropped by the pool when it comes back.)
 */
export async function withPooledClient<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  const ignore = () => undefined
  client.on('error', ignore)
  try {
    return await fn(client)
  } finally {
    client.off('error', ignore)
    client.release()
  }
}
