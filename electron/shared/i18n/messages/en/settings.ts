export default {
  title: 'Settings',
  language: {
    title: 'Language',
    label: 'Language',
    system: 'System default',
    hint: "Applies at once to this station's screens, notifications, badges and exports.",
  },
  connection: {
    title: 'Connection',
    unconfigured: 'Not set up',
    connecting: 'Connecting…',
    online: 'Online',
    degraded: 'Some requests fail',
    offline: 'Server unreachable',
    offlineSince: '{state} since {time}',
    nextTry: 'Next try at {time}',
    checkNow: 'Check now',
    missing: 'Features this server lacks',
  },
  about: {
    title: 'About',
    version: 'Version',
    platform: 'Platform',
    electron: 'Electron',
    notElectron: 'not running in Electron',
  },
  appearance: {
    title: 'Appearance',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
  },
}
