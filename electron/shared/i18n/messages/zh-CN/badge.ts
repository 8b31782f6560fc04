import type { Translation } from '../../shape'
import type en from '../en/badge'

export default {
  layout: {
    label62: '62 毫米连续标签',
    card102x76: '102 x 76 毫米标签',
    a6: 'A6 纸',
  },
  preview: '胸卡预览，{layout}',
  dialog: {
    title: '访客胸卡',
    close: '关闭',
    loading: '正在加载胸卡…',
    qrSection: '二维码',
    qrLabel: '访客二维码',
    qrFailed: '无法绘制此二维码。',
    refreshes: '自动刷新 · 更新于{age}',
    refreshesEvery: '随服务器的代码变化自动刷新（每 {seconds} 秒）· 更新于{age}',
    stale: '此代码可能已过期；正在刷新…',
    gettingQr: '正在从服务器获取二维码…',
    printed: '打印的胸卡',
    labelSize: '标签尺寸',
    showPrintDialog: '显示打印对话框',
    printer: '打印机：{name}',
    printerAtOnce: '打印机：{name}（立即打印）',
    systemDefault: '系统默认',
    print: '打印胸卡',
    savePdf: '另存为 PDF',
    saved: '胸卡已保存为 {path}',
  },
} satisfies Translation<typeof en>
