export default {
  brand: 'Gatehouse',
  pages: {
    reception: 'Reception',
    guard: 'Guard',
    audit: 'Audit log',
    settings: 'Settings',
    setup: 'Set up',
  },
  mainNav: 'Main',
  signedIn: 'Signed in',
  lockScreen: 'Lock screen',
  signOut: 'Sign out',
  notForRole: 'Not for your role',
  roleCannotOpen: 'A {role} cannot open this page.',
  signedOutUser: 'signed-out user',
  connection: {
    name: 'Server connection',
    unconfigured: 'Not set up',
    connecting: 'Connecting…',
    online: 'Online',
    degraded: 'Degraded',
    offline: 'Offline',
    unreachableSince: 'Server unreachable since {time}',
    noServer: 'No ZKBio server yet: open Settings to connect one.',
    lastAnswer: 'Last answer at {time}',
    lastError: 'Last error: {error}',
    nextTry: 'Next try at {time}',
  },
  notices: {
    settingsResetTitle: 'Settings could not be read and were reset',
    settingsResetBody:
      "Gatehouse's settings file was damaged, so it started with default settings. Server profiles and other settings need to be entered again; API tokens are still in the system keychain. The damaged file was kept here for the site's IT:",
    databaseResetTitle: "This desk's database could not be read and a new one was started",
    databaseResetBody:
      "The station's database file was damaged, so Gatehouse started a new, empty one. Visitors registered on the ZKBio server are still there. The damaged file was kept here for the site's IT:",
  },
  setupNotice: {
    title: 'Connect a ZKBio server first',
    needsServer: '{what} needs a ZKBio CVSecurity server.',
    openSettings: 'Open Settings',
  },
}
