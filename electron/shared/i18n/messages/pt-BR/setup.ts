import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: 'Configurar um servidor',
  wizard: {
    add: 'Adicionar um servidor ZKBio',
    connect: 'Conecte o Gatehouse ao seu servidor ZKBio',
    step1:
      'No ZKBio CVSecurity, ative a licença da API e adicione um cliente de API em Sistema > Autorização de API.',
    step2:
      'Informe abaixo o endereço do servidor (por exemplo https://192.168.1.10:8098) e o token do cliente.',
    step3:
      'Teste a conexão. Um certificado autoassinado é mostrado com sua impressão digital para você confirmar.',
    loading: 'Carregando configurações…',
  },
  server: {
    profileName: 'Nome do perfil',
    address: 'Endereço do servidor',
    token: 'Token de API',
    tokenStored: 'Salvo: deixe vazio para mantê-lo',
    tokenFrom: 'Do ZKBio: Sistema > Autorização de API',
    hideToken: 'Ocultar token',
    showToken: 'Mostrar token',
    hide: 'Ocultar',
    show: 'Mostrar',
    trusted: 'Certificado confiável:',
    forget: 'Esquecer certificado confiável',
    test: 'Testar conexão',
    saveChanges: 'Salvar alterações',
    saveConnect: 'Salvar e conectar',
    badAddress:
      'Informe o endereço do servidor com http:// ou https://, por exemplo https://192.168.1.10:8098',
    testResult: 'Teste de conexão',
    works: 'A conexão funciona',
    canTalk: 'O Gatehouse consegue falar com este servidor.',
    canTalkSave: 'O Gatehouse consegue falar com este servidor. Salve para começar a usá-lo.',
  },
} satisfies Translation<typeof en>
