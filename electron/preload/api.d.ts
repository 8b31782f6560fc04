import type { GatehouseApi } from '../shared/contract/index'

declare global {
  interface Window {
    gatehouse: GatehouseApi
  }
}
export {}
