import type { Translation } from '../../shape'
import type en from '../en/settings'

export default {
  title: '设置',
  language: {
    title: '语言',
    label: '语言',
    system: '跟随系统',
    hint: '立即应用于本工作站的界面、通知、访客证和导出文件。',
  },
  connection: {
    title: '连接',
    unconfigured: '未配置',
    connecting: '正在连接…',
    online: '在线',
    degraded: '部分请求失败',
    offline: '服务器无法访问',
    offlineSince: '{state}（自 {time} 起）',
    nextTry: '下次尝试时间 {time}',
    checkNow: '立即检查',
    missing: '此服务器缺少的功能',
  },
  about: {
    title: '关于',
    version: '版本',
    platform: '平台',
    electron: 'Electron',
    notElectron: '未在 Electron 中运行',
  },
  appearance: {
    title: '外观',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
} satisfies Translation<typeof en>
