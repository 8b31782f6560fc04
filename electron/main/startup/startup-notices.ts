/**
 * What start-up had to repair, told to the operator once the window is up (the shell shows each as an
 * alert until dismissed). Kept in main for the life of the process; the renderer asks for them.
 */
export type StartupNoticeKind = 'settings-reset' | 'database-reset'

export interface StartupNotice {
  kind: StartupNoticeKind
  /** Where the unreadable file was kept (full path), for the site's IT. */
  keptAs: string
  at: string
}

export interface StartupNotices {
  add(kind: StartupNoticeKind, keptAs: string): void
  list(): StartupNotice[]
}

export function createStartupNotices(now: () => Date = () => new Date()): StartupNotices {
  const notices: StartupNotice[] = []
  return {
    add: (kind, keptAs) => void notices.push({ kind, keptAs, at: now().toISOString() }),
    list: () => notices.slice(),
  }
}
