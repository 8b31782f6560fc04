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
  credentials: {
    name: 'Armazenamento do token',
    title: 'Onde o token de API é guardado',
    allow: 'Permitir o arquivo criptografado',
    stop: 'Parar de usar o arquivo criptografado',
    stopTitle: 'Parar de usar o arquivo criptografado?',
    stopBody:
      'O arquivo criptografado e os tokens nele são excluídos. Os servidores ficam desconectados até haver um chaveiro disponível e você informar os tokens novamente.',
    delete: 'Excluir o arquivo',
  },
  steps: {
    name: 'Resultados do teste de conexão',
    passed: 'aprovado',
    failed: 'falhou',
    warning: 'aviso',
    skipped: 'não verificado',
    whatToDo: 'O que fazer:',
  },
  cert: {
    name: 'Certificado do servidor',
    trustTitle: 'Confiar neste certificado?',
    trustBody:
      'Confie nele somente se esta impressão digital corresponder à do certificado do seu servidor ZKBio: {fingerprint}',
    trust: 'Confiar',
    changedTitle: 'O certificado mudou: conexão recusada',
    changedBody:
      'O servidor agora apresenta o certificado abaixo, que não é o que você aceitou. O Gatehouse não enviará o token a ele.',
    fingerprint: 'Impressão digital SHA-256',
    issuedTo: 'Emitido para',
    noName: '(sem nome)',
    issuedBy: 'Emitido por',
    selfSigned: 'ele mesmo (autoassinado)',
    valid: 'Validade',
    validRange: '{from} a {to}',
    expired: '(não válido hoje)',
    trustThis: 'Confiar neste certificado',
  },
} satisfies Translation<typeof en>
