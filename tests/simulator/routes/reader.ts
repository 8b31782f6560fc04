import { ApiError } from '../lib/errors.ts'
import { ok, pageSlice, paging, route, str, v2Page, type RouteEnv } from '../lib/http.ts'
import type { Reader } from '../state/model.ts'

// Manual 2.14 access readers (doorId) and 2.33 entrance-control readers (gateId).

const accRow = (r: Reader) => ({
  id: r.id,
  doorId: r.ownerId,
  name: r.name,
  readerNo: r.readerNo,
  readerState: r.readerState,
})
const psgRow = (r: Reader) => ({
  id: r.id,
  gateId: r.ownerId,
  name: r.name,
  readerNo: r.readerNo,
  readerState: r.readerState,
})

export function registerReaderRoutes(env: RouteEnv): void {
  route(env, 'GET', '/api/reader/accList', (ctx) =>
    ok(pageSlice([...ctx.state.readers.values()], paging(ctx.p)).map(accRow)),
  )
  // reader codes of the appendix: -263 no id, -264 unknown reader
  route(env, 'GET', '/api/reader/getAcc', (ctx) => {
    const id = str(ctx.p.id)
    if (!id) throw new ApiError(-263)
    const reader = ctx.state.readers.get(id)
    if (!reader) throw new ApiError(-264)
    return ok(accRow(reader))
  })
  route(env, 'GET', '/api/psgReader/list', (ctx) =>
    ok(pageSlice([...ctx.state.psgReaders.values()], paging(ctx.p)).map(psgRow)),
  )
  route(env, 'GET', '/api/v2/psgReader/list', (ctx) =>
    ok(v2Page([...ctx.state.psgReaders.values()], paging(ctx.p), psgRow)),
  )
  route(env, 'GET', '/api/psgReader/getById', (ctx) => {
    const id = str(ctx.p.id)
    if (!id) throw new ApiError(-263)
    const reader = ctx.state.psgReaders.get(id)
    if (!reader) throw new ApiError(-264)
    return ok(psgRow(reader))
  })
}
