import type { ConnectionStatus } from '../../shared/contract/connection'
import { AppError } from '../app/app-error'
import type { CredentialService } from '../credentials/credential-service'
import { bindingOf } from '../credentials/token-binding'
import type { Handlers } from '../ipc/validated-ipc-main'
import { normaliseServerUrl } from '../settings/profile-service'
import type { SettingsService } from '../settings/settings-service'
import type { ConnectionService } from './connection-service'
import { runConnectionTest } from './connection-test'
import { createServerLink, type ServerLinkFactory } from './server-link'
import { translate } from '../i18n'

/** Reads the connection state from whoever tracks it (the connection service). */
export interface ConnectionStatusSource {
  current(): ConnectionStatus
}

export interface ConnectionHandlerDeps {
  connection: ConnectionService
  settings: Pick<SettingsService, 'get'>
  credentials: Pick<CredentialService, 'getToken'>
  createLink?: ServerLinkFactory
}

type ConnectionChannel =
  'connection.status' | 'connection.test' | 'connection.capabilities' | 'connection.retryNow'

export function createConnectionHandlers(deps: ConnectionHandlerDeps): Pick<Handlers, ConnectionChannel> {
  return {
    'connection.status': () => deps.connection.current(),
    'connection.capabilities': () => deps.connection.capabilities(),
    'connection.retryNow': () => deps.connection.checkNow(),
    async 'connection.test'(request) {
      let token = request.token ?? null
      let tls = request.tls
      if (!token && request.profileId) {
        const profile = deps.settings.get().profiles.find((p) => p.id === request.profileId)
        if (!profile) throw new AppError('NOT_FOUND', translate('server.errors.profileGone'))
        // A stored token only ever goes to the address it was saved for: a changed address needs it typed again.
        if (normaliseServerUrl(request.url) !== profile.url) {
          throw new AppError('BAD_REQUEST', translate('server.errors.addressChanged'), {
            field: 'token',
          })
        }
        // The stored token goes only with the stored pin: the renderer cannot pair it with another trust.
        if (bindingOf({ url: profile.url, tls: request.tls }) !== bindingOf(profile)) {
          throw new AppError('BAD_REQUEST', translate('server.errors.trustChanged'), { field: 'token' })
        }
        tls = profile.tls
        token = await deps.credentials.getToken(profile.id, { url: profile.url, tls: profile.tls })
      }
      return runConnectionTest({ url: request.url, token, tls }, deps.createLink ?? createServerLink)
    },
  }
}
