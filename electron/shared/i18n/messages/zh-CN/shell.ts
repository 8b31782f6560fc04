import type { Translation } from '../../shape'
import type en from '../en/shell'

export default {
  brand: 'Gatehouse',
  pages: {
    reception: '前台',
    guard: '安保',
    audit: '审计日志',
    settings: '设置',
    setup: '配置',
  },
  mainNav: '主导航',
  signedIn: '已登录',
  lockScreen: '锁定屏幕',
  signOut: '退出登录',
  display: '显示',
  displayPanel: '此屏幕的外观和语言',
  displayTheme: '主题',
  displayLanguage: '语言',
  notForRole: '您的角色无权访问',
  roleCannotOpen: '{role}无法打开此页面。',
  signedOutUser: '未登录用户',
  connection: {
    name: '服务器连接',
    unconfigured: '未配置',
    connecting: '正在连接…',
    online: '在线',
    degraded: '不稳定',
    offline: '离线',
    unreachableSince: '服务器自 {time} 起无法访问',
    noServer: '尚未配置 ZKBio 服务器：请打开设置进行连接。',
    lastAnswer: '最后响应时间 {time}',
    lastError: '最近错误：{error}',
    nextTry: '下次尝试时间 {time}',
  },
  notices: {
    settingsResetTitle: '无法读取设置，已恢复默认',
    settingsResetBody:
      'Gatehouse 的设置文件已损坏，因此已使用默认设置启动。需要重新输入服务器配置和其他设置；API 令牌仍保存在系统钥匙串中。损坏的文件已保留在此处供现场 IT 人员检查：',
    databaseResetTitle: '无法读取本工作站的数据库，已新建数据库',
    databaseResetBody:
      '本工作站的数据库文件已损坏，因此 Gatehouse 新建了一个空数据库。在 ZKBio 服务器上登记的访客仍然保留。损坏的文件已保留在此处供现场 IT 人员检查：',
  },
  setupNotice: {
    title: '请先连接 ZKBio 服务器',
    needsServer: '{what}需要 ZKBio CVSecurity 服务器。',
    openSettings: '打开设置',
  },
} satisfies Translation<typeof en>
