import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: '配置服务器',
  wizard: {
    add: '添加 ZKBio 服务器',
    connect: '将 Gatehouse 连接到您的 ZKBio 服务器',
    step1: '在 ZKBio CVSecurity 中激活 API 许可证，并在“系统 > API 授权”下添加 API 客户端。',
    step2: '在下方输入服务器地址（例如 https://192.168.1.10:8098）和客户端令牌。',
    step3: '测试连接。自签名证书会显示其指纹，供您确认。',
    loading: '正在加载设置…',
  },
  server: {
    profileName: '配置名称',
    address: '服务器地址',
    token: 'API 令牌',
    tokenStored: '已保存：留空即保留',
    tokenFrom: '来自 ZKBio：系统 > API 授权',
    hideToken: '隐藏令牌',
    showToken: '显示令牌',
    hide: '隐藏',
    show: '显示',
    trusted: '受信任的证书：',
    forget: '忘记受信任的证书',
    test: '测试连接',
    saveChanges: '保存更改',
    saveConnect: '保存并连接',
    badAddress: '请输入以 http:// 或 https:// 开头的服务器地址，例如 https://192.168.1.10:8098',
    testResult: '连接测试',
    works: '连接正常',
    canTalk: 'Gatehouse 可以与此服务器通信。',
    canTalkSave: 'Gatehouse 可以与此服务器通信。保存后即可开始使用。',
  },
} satisfies Translation<typeof en>
