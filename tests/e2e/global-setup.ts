import { ensureBuilt } from '../support/ensure-built'

/** The e2e tests run the built app: build it first when out/ is missing or stale. */
export default async function globalSetup(): Promise<void> {
  // GATEHOUSE_HARNESS_APP points the harness at another (already built) checkout.
  if (!process.env.GATEHOUSE_HARNESS_APP) await ensureBuilt()
}
