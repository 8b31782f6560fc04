import type { Translation } from '../../shape'
import type en from '../en/server'

export default {
  alarm: {
    title: '{kind}: {place}',
    titleWithTemperature: '{kind}: {place} ({temperature} °C)',
    stillNotAcknowledged: 'Ainda não reconhecido: {title}',
    since: 'Desde {time}',
    foundAfterOutage: '(encontrado após uma queda)',
    summaryTitle: 'Mais {count} alarmes',
    summaryTitleOne: 'Mais 1 alarme',
    summaryCritical: '{title} ({critical} críticos)',
    summaryBody: 'Alarmes demais para mostrar um a um. Abra a fila de alarmes no Gatehouse.',
    serverSaid: 'Servidor: "{name}"',
    unknownDevice: 'dispositivo desconhecido',
    linkLostPlace: 'servidor ZKBio',
    serverAnswersAgain: 'O servidor voltou a responder.',
    serverSilentFor: 'O servidor não responde há {seconds} s.',
    serverDidNotAnswer: 'O servidor não respondeu.',
    noAnswerWithin: 'Sem resposta em {ms} ms.',
    notFound: 'Não existe o alarme nº {id}.',
  },
  badge: {
    visitor: 'VISITANTE',
    visitOf: 'Visita de {day}',
    visiting: 'Visitando:',
    validUntil: 'Válido até:',
    noPhoto: 'Sem foto',
    photoAlt: 'Foto do visitante',
    qrAlt: 'Código QR do visitante',
    documentTitle: 'Crachá de visitante - {name}',
    pending: 'O crachá fica disponível quando o servidor confirmar o cadastro.',
    failed: 'O servidor recusou este cadastro, então ele não tem crachá. Cadastre o visitante novamente.',
    visitGone: 'Esta visita não está mais nos registros locais.',
    sentTo: 'Crachá enviado para {where}.',
    defaultPrinter: 'a impressora padrão',
    printerMissing:
      'A impressora de crachás "{name}" não está instalada neste computador. Escolha outra impressora nas Configurações.',
    photoNotJpeg: 'A foto precisa ser uma imagem JPEG.',
    printCancelled: 'A impressão foi cancelada.',
    printFailed:
      'A impressora não conseguiu imprimir: {reason}. Verifique se está ligada, conectada e com etiquetas.',
    printFailedNamed:
      'A impressora "{name}" não conseguiu imprimir: {reason}. Verifique se está ligada, conectada e com etiquetas.',
    savePdfTitle: 'Salvar como PDF',
    pdfDocument: 'Documento PDF',
    enrolAccepted: 'O servidor aceitou a foto. Ela já está no cadastro do funcionário.',
  },
  rollCall: {
    title: 'Lista de evacuação',
    printed: 'Impresso em {time}.',
    counts: '{visits} visita(s), {people} pessoa(s) no local.',
    notYetOnServer: '(ainda não está no servidor)',
    photo: 'Foto',
    visitor: 'Visitante',
    company: 'Empresa',
    host: 'Anfitrião',
    desk: 'Balcão',
    timeIn: 'Entrada',
    safe: 'Em segurança',
    nobody: 'Ninguém está registrado no local.',
    registeredElsewhere: 'Servidor ZKBio (registrado em outro lugar)',
    checkOutWithdrawn: 'O registro não havia chegado ao servidor; foi retirado.',
    checkOutWithdrawnUnsettled:
      'Saída registrada. O servidor ainda não pôde confirmar se o registro havia chegado até ele; se chegou, a visita no servidor será encerrada assim que ele responder.',
    checkOutAlready: 'A saída já foi registrada.',
    checkOutVisitGone: 'Esta visita não está mais neste balcão.',
    checkOutAlreadyByServer: 'O servidor já havia registrado a saída deste visitante.',
    checkOutNoServer: 'Nenhum servidor ZKBio está configurado.',
    noLongerListed:
      'Este visitante não está mais na lista de visitas do servidor; consulte o servidor novamente.',
    historyAsOf: 'Histórico de visitas do servidor em {time}.',
    historyStale: 'Não foi possível consultar o servidor; histórico de visitas do servidor em {time}.',
    historyNotYet:
      'Não foi possível consultar o servidor: os visitantes registrados em outro lugar não são mostrados.',
    historyUnsupported:
      'Este servidor não pode listar visitas: os visitantes registrados fora do Gatehouse não são mostrados.',
  },
  csv: {
    history: {
      time: 'Horário',
      event: 'Evento',
      level: 'Nível',
      point: 'Porta / catraca',
      reader: 'Leitor',
      device: 'Dispositivo',
      deviceSn: 'Nº de série do dispositivo',
      area: 'Área',
      pin: 'PIN',
      person: 'Pessoa',
      card: 'Cartão',
      verification: 'Verificação',
    },
    audit: {
      time: 'Horário (UTC)',
      station: 'Estação',
      operator: 'Operador',
      action: 'Ação',
      target: 'Alvo',
      result: 'Resultado',
      detail: 'Detalhe',
      whatHappened: 'O que aconteceu',
    },
    exportEvents: 'Exportar eventos',
    exportAudit: 'Exportar o registro de auditoria',
  },
  startup: {
    couldNotStartTitle: 'O Gatehouse não pôde iniciar',
    couldNotStart: 'O Gatehouse não pôde iniciar.',
    unexpected:
      'Algo inesperado interrompeu o Gatehouse durante a inicialização. Inicie-o novamente; se continuar acontecendo, passe os detalhes abaixo para a TI.',
    dataFolder: 'Pasta de dados: {path}',
    details: 'Detalhes: {text}',
    quit: 'Sair',
    tryAgain: 'Tentar novamente',
    databaseInUse: 'O banco de dados do Gatehouse está em uso por outro programa.',
    databaseInUseDetail:
      '{file} está em uso por outro programa: talvez outro Gatehouse usando a mesma pasta de dados, ou uma ferramenta de backup ou antivírus. Feche-o e escolha Tentar novamente.',
  },
  storage: {
    DISK_FULL:
      'O disco deste computador está cheio, então o Gatehouse não conseguiu salvar. Nada do que você digitou foi perdido: libere espaço (ou peça à TI) e tente novamente.',
    DATABASE_BUSY:
      'O banco de dados do Gatehouse está sendo usado por outro programa e não pôde ser gravado agora. Nada do que você digitou foi perdido: tente novamente em instantes. Se continuar, feche outros programas que abrem os dados do Gatehouse (um backup ou uma ferramenta de banco de dados).',
    READ_ONLY:
      'O Gatehouse não consegue gravar na sua pasta de dados: a pasta ou o disco está somente leitura, ou as permissões mudaram. Nada do que você digitou foi perdido: peça à TI para liberar a gravação na pasta de dados do Gatehouse e tente novamente.',
    STORAGE_FAILED:
      'O Gatehouse não conseguiu gravar no disco (um erro de disco ou do sistema de arquivos). Nada do que você digitou foi perdido: tente novamente; se continuar, peça à TI para verificar o disco.',
  },
  storageAtStart: {
    DISK_FULL:
      'O disco deste computador está cheio, então o Gatehouse não consegue abrir seus dados. Libere espaço (ou peça à TI) e inicie o Gatehouse novamente.',
    DATABASE_BUSY:
      'O banco de dados do Gatehouse está sendo usado por outro programa. Feche-o (um backup ou uma ferramenta de banco de dados) e inicie o Gatehouse novamente.',
    READ_ONLY:
      'O Gatehouse não consegue gravar na sua pasta de dados: a pasta ou o disco está somente leitura, ou as permissões mudaram. Peça à TI para liberar a gravação e inicie o Gatehouse novamente.',
    STORAGE_FAILED:
      'O Gatehouse não conseguiu ler nem gravar sua pasta de dados (um erro de disco ou do sistema de arquivos). Peça à TI para verificar o disco e inicie o Gatehouse novamente.',
  },
  zkbio: {
    network:
      'Não é possível acessar o servidor ZKBio. Verifique o cabo de rede ou o Wi-Fi e se o servidor está funcionando.',
    timeout: 'O servidor ZKBio não respondeu a tempo. Ele pode estar ocupado ou a rede lenta.',
    tls: 'A conexão segura com o servidor ZKBio falhou: o certificado dele não é confiável. Peça ao administrador para verificar o endereço do servidor e as configurações de certificado.',
    tlsPinMismatch:
      'O servidor ZKBio apresentou um certificado de segurança diferente do confiado para ele. Não continue: peça ao administrador para confirmar o certificado do servidor.',
    auth: 'O servidor ZKBio recusou o token de acesso. Peça ao administrador para verificar o token da API e se a licença da API está ativa.',
    http: 'O servidor ZKBio respondeu com um erro inesperado.',
    html: 'O servidor ZKBio respondeu com uma página da web em vez de dados. Um proxy ou gateway na frente dele pode estar fora do ar.',
    springError:
      'O servidor ZKBio não reconhece esta solicitação. Pode ser uma versão mais antiga ou configurada de outra forma.',
    malformedJson: 'O servidor ZKBio enviou uma resposta danificada. Tente novamente.',
    server: 'O servidor ZKBio recusou a solicitação.',
    validation: 'O servidor ZKBio enviou uma resposta em um formato inesperado.',
    unsupported: 'Este servidor ZKBio não oferece este recurso.',
    aborted: 'A solicitação ao servidor ZKBio foi cancelada.',
    refusedWithText: 'O servidor ZKBio recusou a solicitação: {text}',
    refusedWithTextAndCode: 'O servidor ZKBio recusou a solicitação: {text} (código {code}).',
    refusedWithCode: 'O servidor ZKBio recusou a solicitação (código {code}).',
    hints: {
      DEPTH_ZERO_SELF_SIGNED_CERT:
        'O servidor ZKBio usa um certificado autoassinado que ainda não é confiável. Use "Testar conexão" para conferir a impressão digital dele e confiar nele.',
      SELF_SIGNED_CERT_IN_CHAIN:
        'O certificado do servidor ZKBio foi assinado por uma autoridade em que este computador não confia. Confie na impressão digital dele ou adicione o arquivo de CA.',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        'Não é possível verificar o certificado do servidor ZKBio. Confie na impressão digital dele ou adicione o arquivo de CA que o assinou.',
      CERT_HAS_EXPIRED: 'O certificado do servidor ZKBio expirou. Peça ao administrador para renová-lo.',
      ERR_TLS_CERT_ALTNAME_INVALID:
        'O certificado do servidor ZKBio foi emitido para um endereço diferente do configurado. Verifique o endereço do servidor.',
      ECONNREFUSED:
        'O servidor ZKBio recusou a conexão. Verifique o endereço e a porta, e se o servidor está funcionando.',
      ENOTFOUND: 'O nome do servidor ZKBio não foi encontrado. Verifique o endereço do servidor.',
      EAI_AGAIN: 'Não é possível consultar o nome do servidor ZKBio agora. Verifique a rede.',
      EHOSTUNREACH: 'Não é possível alcançar o servidor ZKBio a partir deste computador. Verifique a rede.',
      ENETUNREACH: 'Este computador não está conectado a uma rede que alcance o servidor ZKBio.',
      ECONNRESET:
        'A conexão com o servidor ZKBio foi interrompida. Verifique a rede e se o servidor está funcionando.',
    },
    answer: {
      loginRedirect:
        'O servidor ZKBio enviou a solicitação para a página de login dele: o token da API foi recusado ou a API não está habilitada. Peça ao administrador para verificar o token e se o cliente da API foi adicionado no servidor.',
      loginPage:
        'O servidor ZKBio respondeu com a página de login dele: o token da API foi recusado ou a API não está habilitada.',
      apiAccessAbnormal:
        'O servidor ZKBio diz "API access abnormal": a licença da API não está ativa ou este cliente da API não foi adicionado no servidor. Peça ao administrador para ativá-lo em Sistema > Autorização de API.',
      gatewayFailing:
        'O servidor ZKBio, ou um gateway na frente dele, não está respondendo corretamente (HTTP {status}). Tente novamente daqui a pouco; se continuar, peça ao administrador para verificar o servidor.',
      notFound:
        'O servidor ZKBio não reconhece esta solicitação (HTTP 404). Pode ser uma versão mais antiga.',
      serverFailing:
        'O servidor ZKBio teve um problema ao responder (HTTP {status}). Tente novamente daqui a pouco; se continuar, peça ao administrador para verificar o servidor.',
      unexpectedStatus: 'O servidor ZKBio respondeu com um erro inesperado (HTTP {status}).',
      tooLarge:
        'O servidor ZKBio enviou uma resposta maior do que o Gatehouse aceita para esta solicitação ({limit}), por isso ela não foi lida. Se for uma lista, peça menos linhas (um período mais curto, uma busca mais restrita); caso contrário, o servidor ou algo na frente dele está respondendo de forma errada.',
    },
    request: {
      badScheme: 'O endereço do servidor deve começar com http:// ou https://.',
      noToken: 'Nenhum token da API está configurado para este servidor.',
      missingValue: 'Falta um valor obrigatório para esta solicitação.',
      badDateTime: 'Uma data ou hora não é válida; use o formato yyyy-MM-dd HH:mm:ss.',
      badId: {
        door: 'O identificador desta porta não é válido; escolha a porta novamente na lista.',
        gate: 'O identificador desta catraca não é válido; escolha a catraca novamente na lista.',
        floor: 'O identificador deste andar não é válido; escolha o andar novamente na lista.',
      },
      httpHasNoCertificate:
        'Este endereço usa http://, que não tem certificado para verificar. Use https:// para se conectar com segurança.',
      noCertificate: 'O servidor não apresentou um certificado.',
      visitorNotFound: 'Nenhum visitante cadastrado com este documento foi encontrado no servidor.',
    },
    features: {
      visitorList:
        'Este servidor não consegue consultar o PIN de um visitante; atualize o ZKBio CVSecurity para a v1.2 ou posterior para imprimir crachás com QR code.',
      visitorQrByCertNumber:
        'Este servidor não consegue fornecer o QR code de um visitante a partir do documento dele; atualize o ZKBio CVSecurity para a v1.2 ou posterior.',
      visitTransactions:
        'Este servidor não consegue listar visitas anteriores; atualize o ZKBio CVSecurity para a v1.2 ou posterior para ver o histórico de visitas.',
      visitorQrByPinQuery:
        'Este servidor não oferece a solicitação de QR code mais recente; a solicitação anterior é usada no lugar.',
      visitorQr:
        'Este servidor não oferece nenhuma forma de obter o QR code de um visitante após o cadastro; atualize o ZKBio CVSecurity para a v1.2 ou posterior para imprimir crachás com QR code.',
    },
    featureLabels: {
      visitorQr: 'QR codes nos crachás de visitante',
      visitorList: 'Consulta de visitantes (encontra o número do visitante para crachás com QR code)',
      visitorQrByCertNumber: 'QR code a partir do documento do visitante',
      visitTransactions: 'Histórico de visitas',
      visitorQrByPinQuery: 'Solicitação de QR code mais recente',
    },
  },
  connection: {
    certificateChanged:
      'O certificado do servidor mudou desde que você o aceitou. Isso acontece quando o servidor ZKBio é reinstalado ou o certificado é renovado, mas também é o que se veria se um atacante interceptasse a conexão, por isso o Gatehouse não envia o token.',
    certificateChangedAction:
      'Pergunte ao administrador do ZKBio se o certificado foi substituído e compare a nova impressão digital com a mostrada no servidor. Só então abra o perfil, escolha "Esquecer o certificado confiável" e teste novamente para confiar no novo.',
    unexpected:
      'O Gatehouse não conseguiu falar com o servidor ZKBio por causa de um problema inesperado. Ele tentará novamente.',
    advice: {
      network:
        'Verifique o endereço e a porta, se o servidor ZKBio está funcionando e se nenhum firewall bloqueia este computador.',
      timeout:
        'O servidor pode estar sobrecarregado ou a rede lenta. Tente novamente; se persistir, verifique o servidor.',
      html: 'Um proxy ou gateway na frente do servidor ZKBio respondeu no lugar do servidor. Verifique se o servidor atrás dele está funcionando ou use o endereço do servidor diretamente.',
      springError:
        'O endereço responde, mas não tem a API do ZKBio neste caminho. Verifique o endereço: use a raiz do servidor (por exemplo https://192.168.1.10:8098), não uma página dentro dele.',
      malformed:
        'Tente novamente. Se continuar, a versão do servidor pode não ser suportada; informe o problema com a versão do servidor.',
      tls: 'Verifique as configurações de certificado deste perfil (impressão digital confiável ou arquivo de CA).',
      auth: 'Copie novamente o token da API no ZKBio CVSecurity (Sistema > Autorização de API, o cliente que você adicionou para o Gatehouse) e cole aqui.',
      other: 'Tente novamente. Se continuar, verifique o servidor e este perfil.',
    },
    noToken:
      'Nenhum token da API está salvo para este servidor. Abra as Configurações, edite o perfil e digite o token.',
    notSetUp: 'Nenhum servidor ZKBio foi configurado ainda. Abra as Configurações para conectar um.',
    notConnected: 'O servidor ZKBio ainda não está conectado.',
  },
  guardOps: {
    doorTarget: 'Porta "{name}" ({id})',
    gateTarget: 'Catraca "{name}" ({id})',
    floorTarget: 'Andar "{name}" ({id})',
    doorOpened: 'Porta "{name}" aberta por {seconds} s.',
    doorClosed: 'Porta "{name}" fechada.',
    gateOpenedEntry: 'Catraca "{name}" aberta para entrada.',
    gateOpenedExit: 'Catraca "{name}" aberta para saída.',
    floorReleased: 'Andar "{name}" liberado por {seconds} s.',
    floorLocked: 'Andar "{name}" travado.',
    floorNumbered: 'Andar {number}',
    failedInside: 'O comando falhou dentro do Gatehouse; não foi repetido.',
    notDone: 'Não realizado: {message}',
  },
  guard: {
    statesNotLive:
      'Os estados de portas e catracas não estão ao vivo: os painéis mostram o último estado conhecido.',
    feature: {
      doorStates: 'Este servidor não informa o estado das portas.',
      gateStates: 'Este servidor não tem catracas de controle de acesso.',
      accessEvents: 'Este servidor não oferece o monitor de eventos de acesso.',
      gateEvents: 'Este servidor não tem monitor de eventos de catracas.',
      temperatureEvents: 'Este servidor não tem monitor de temperatura e máscara.',
    },
  },
  audit: {
    other: 'fez {action} em {target}',
    failedSignIn: "Falha ao entrar como '{target}'",
    tried: '{operator} tentou: {what} — não realizado{detail}',
    did: '{operator} {what}{detail}',
    detail: ": '{detail}'",
    alarmTarget: "'{title}, {place}'",
    quoted: "'{target}'",
    phrase: {
      guard_alarm_acknowledge: 'reconheceu {target}',
      guard_alarm_clear: 'limpou {target}',
      guard_sound_mute: 'silenciou o som de alarme',
      guard_sound_unmute: 'reativou o som de alarme',
      door_remoteOpen: 'abriu {target}',
      door_remoteClose: 'fechou {target}',
      gate_remoteOpen_entry: 'abriu {target} para entrada',
      gate_remoteOpen_exit: 'abriu {target} para saída',
      floor_remoteOpen: 'liberou {target}',
      floor_remoteClose: 'travou {target}',
      reception_register: 'cadastrou um visitante ({target})',
      reception_replay: 'enviou um visitante cadastrado offline ({target})',
      reception_checkOut: 'registrou a saída de um visitante ({target})',
      reception_autoCheckOut: 'registrou a saída de um visitante no fim do dia ({target})',
      reception_reserve: 'agendou uma visita ({target})',
      reception_cancelReservation: 'cancelou uma visita agendada ({target})',
      reception_discardPending: 'descartou um cadastro não enviado ({target})',
      reception_printRollCall: 'imprimiu a lista de evacuação',
      reception_saveRollCallPdf: 'salvou a lista de evacuação como PDF',
      badge_print: 'imprimiu o crachá de {target}',
      badge_savePdf: 'salvou o crachá de {target} como PDF',
      person_enrolPhoto: 'cadastrou a foto da pessoa {target}',
      settings_update: 'alterou as configurações ({target})',
      settings_addProfile: 'adicionou o servidor {target}',
      settings_editProfile: 'alterou o servidor {target}',
      settings_removeProfile: 'removeu o servidor {target}',
      settings_switchProfile: 'mudou para o servidor {target}',
      settings_site: 'alterou as configurações do banco de dados do site ({target})',
      session_signIn: 'entrou',
      session_signOut: 'saiu',
      session_lock: 'bloqueou a tela',
      session_idleLock: 'foi desconectado pelo bloqueio por inatividade',
      session_signInFailed: 'não conseguiu entrar como {target}',
      operators_create: 'adicionou o operador {target}',
      operators_update: 'alterou o operador {target}',
      operators_setSecret: 'definiu uma nova senha ou PIN para {target}',
      operators_recover: 'redefiniu o administrador {target} pela máquina',
      operators_updatePolicy: 'alterou a política de acesso ({target})',
      audit_exportCsv: 'exportou o registro de auditoria para {target}',
    },
  },
  errors: {
    planNotFound: 'Não existe a planta nº {id}.',
    planImageMissing: 'A imagem da planta "{name}" não está nesta estação.',
    stillWaiting: 'Ainda aguardando o servidor (tentativa {attempts}): {reason}',
    planNotImage: 'A imagem da planta não é PNG nem JPEG. Escolha um arquivo PNG, JPEG, SVG ou PDF.',
    planTooLarge: 'A imagem da planta deve ter no máximo {max} pixels de cada lado.',
    planNotSaved: 'Não foi possível salvar a planta nesta estação: {reason}',
    checksAgain: '{feature} O Gatehouse verifica novamente em 10 minutos.',
    profileGone: 'Este perfil de servidor não existe mais.',
    addressChanged: 'O endereço mudou: digite o token da API novamente para testar o novo endereço.',
    trustChanged:
      'A confiança do certificado mudou: digite o token da API novamente para testar com a nova confiança.',
    serverHasIt:
      'O visitante está cadastrado no servidor, mas este computador não conseguiu registrá-lo: o disco está cheio ou o banco de dados ocupado. Libere espaço (ou aguarde um momento): o Gatehouse completa o registro a partir do servidor, e nada é cadastrado duas vezes.',
    pending:
      'Não é possível acessar o servidor. O cadastro fica salvo neste computador e será enviado automaticamente quando o servidor voltar.',
    alreadyPending:
      'Este visitante já está salvo neste computador aguardando o servidor; o Gatehouse o completa automaticamente (nunca é cadastrado duas vezes).',
    tokenNotForServer:
      'O token da API salvo era para outro endereço ou certificado de servidor, então o Gatehouse não o envia aqui. Abra as Configurações, edite o perfil e digite o token da API novamente.',
    inKeychain: 'Os tokens da API ficam no chaveiro do sistema deste computador (em "{service}").',
    noKeychain:
      'Este computador não tem um chaveiro do sistema que o Gatehouse possa usar (no Linux: nenhum Secret Service como o gnome-keyring está rodando), então o token da API não pode ser guardado nele.',
    noKey:
      '{noKeychain} Também não há chave de criptografia segura ({problem}). O Gatehouse nunca guarda o token em texto puro: inicie um chaveiro (por exemplo o gnome-keyring) e reinicie o Gatehouse.',
    askConsent:
      '{noKeychain} Se você permitir, o Gatehouse pode guardar o token em um arquivo na sua pasta de dados, criptografado com a chave deste computador para esta conta de usuário (nunca em texto puro).',
    encryptedFile:
      '{noKeychain} Como você permitiu, o token da API fica em um arquivo criptografado na pasta de dados do Gatehouse ({file}), legível apenas por esta conta de usuário neste computador.',
    keyProblem: {
      notInBuild: 'o armazenamento criptografado não está disponível nesta versão',
      noSystemKey: 'o sistema operacional não oferece nenhuma chave de criptografia para este aplicativo',
      builtInKey:
        'a única criptografia disponível usa uma chave fixa embutida, que não protege mais do que texto simples',
    },
  },
  code: {
    n1: 'O servidor ZKBio teve um erro interno. Tente novamente; se continuar, peça ao administrador para verificar o servidor.',
    n10: 'Um departamento precisa de número e nome.',
    n12: 'Já existe um departamento com este nome.',
    n13: 'Não existe no servidor nenhum departamento com este número.',
    n14: 'Este departamento não pode ser escolhido como departamento superior.',
    n15: 'Este departamento não pode ser excluído (talvez ainda tenha pessoas ou subdepartamentos).',
    n20: 'É necessário um número de pessoa (PIN).',
    n22: 'Não existe no servidor nenhuma pessoa com este número.',
    n23: 'Este número de cartão já está atribuído a outra pessoa.',
    n24: 'O nível de acesso escolhido não existe no servidor.',
    n25: 'Ninguém está atribuído a este nível de acesso.',
    n26: 'Esta senha de dispositivo já é usada por outra pessoa.',
    n27: 'A foto não foi aceita. Tire uma foto nova e nítida do rosto.',
    n29: 'O número de pessoa (PIN) não é válido.',
    n31: 'Esta digital já está cadastrada para a pessoa.',
    n32: 'O tipo de digital não é válido (use normal ou coação).',
    n33: 'O número do dedo deve estar entre 0 e 9.',
    n34: 'Nenhuma digital está cadastrada para este dedo.',
    n40: 'Não foi possível conceder os direitos de acesso.',
    n41: 'Não foi possível remover o nível de acesso.',
    n42: 'São necessários uma pessoa e um nível de acesso.',
    n43: 'É necessário um nível de acesso.',
    n44: 'Nenhuma porta foi escolhida.',
    n45: 'A porta só pode ser aberta de 1 a 254 segundos.',
    n46: 'Nenhum nome de porta foi informado.',
    n47: 'Esta porta não existe no servidor (talvez tenha sido removida).',
    n48: 'É necessário o número de série do dispositivo.',
    n70: 'Este item de mídia não existe no servidor.',
    n71: 'Este formato de arquivo não é suportado.',
    n80: 'Esta área não existe no servidor.',
    n81: 'É necessário pelo menos um número de pessoa (PIN).',
    n82: 'Pessoas demais de uma vez: envie no máximo 500 números de pessoa.',
    n83: 'É necessária uma área.',
    n90: 'O número e o tamanho da página devem ser pelo menos 1.',
    n91: 'No máximo 1000 registros podem ser obtidos por página.',
    n92: 'O número e o tamanho da página são obrigatórios.',
    n100: 'Uma data ou hora não estava no formato que o servidor espera.',
    n101: 'O horário de início deve ser antes do horário de fim.',
    n102: 'Este dispositivo não existe no servidor.',
    n103: 'O dispositivo está offline ou desativado, então o comando não pôde ser enviado. Verifique a energia e a rede.',
    n104: 'Este dispositivo não suporta este recurso.',
    n105: 'O servidor não conseguiu sincronizar a alteração com o dispositivo. Tente mais tarde.',
    n200: 'É necessário o número de série do dispositivo.',
    n201: 'Nenhum andar foi escolhido.',
    n202: 'Diga por quanto tempo a porta deve ficar aberta.',
    n203: 'O tempo de abertura deve ser de pelo menos 1 segundo.',
    n220: 'O tipo de operação não é válido.',
    n221: 'O tipo de lista de veículos deve ser lista de permitidos ou de bloqueados.',
    n222: 'As datas informadas não são válidas.',
    n223: 'A placa do veículo não é válida.',
    n240: 'Escolha a pessoa visitada (o anfitrião).',
    n241: 'Escolha o tipo de documento de identidade do visitante.',
    n242: 'Digite o número do documento de identidade do visitante.',
    n243: 'Digite o nome do visitante.',
    n244: 'Este visitante já tem um agendamento para esse horário.',
    n245: 'Este visitante já está no local; não é necessário agendamento.',
    n246: 'Digite o motivo da visita.',
    n247: 'Digite a data da visita.',
    n248: 'Nenhum agendamento foi encontrado para este visitante e data.',
    n249: 'Uma data não estava no formato que o servidor espera.',
    n250: 'Este tipo de documento de identidade não é aceito.',
    n251: 'O número do documento nacional não é válido. Verifique e tente novamente.',
    n252: 'Digite uma data válida.',
    n253: 'A pessoa visitada não existe no servidor.',
    n254: 'Este visitante está na lista de bloqueio e não pode ser cadastrado. Chame a segurança.',
    n255: 'Este visitante já está cadastrado e no local.',
    n256: 'Este visitante não fez check-in, então não pode fazer check-out.',
    n257: 'Não existe no servidor nenhum visitante com estes dados.',
    n258: 'O número de visitantes deve ser pelo menos 1.',
    n259: 'Nada foi selecionado para esta operação.',
    n260: 'O departamento visitado não existe no servidor.',
    n261: 'Um campo contém caracteres que o servidor não aceita.',
    n262: 'A foto não foi aceita. Tire uma foto nova e nítida do rosto.',
    n263: 'É necessário um leitor.',
    n264: 'Este leitor não existe no servidor.',
    n265: 'Escolha se a catraca abre para entrada ou para saída.',
    n266: 'A direção de abertura da catraca deve ser entrada ou saída.',
    n5001: 'A foto é pequena demais. Use uma foto de pelo menos 80.000 pixels (por exemplo 320 x 250).',
    n5002: 'Nenhum rosto foi encontrado na foto. Tire uma foto nova olhando para a câmera.',
    n5003: 'Há mais de um rosto na foto. Tire uma foto só do visitante.',
  },
  connectionTest: {
    titleReachable: 'Servidor acessível',
    titleCertificate: 'Certificado',
    titleToken: 'Token da API',
    titleLicence: 'Licença da API',
    titleCapabilities: 'Recursos opcionais',
    httpWarning:
      'Este endereço usa http://: o token e todos os dados de visitantes trafegam sem criptografia na rede.',
    httpAction: 'Se o servidor ZKBio oferece https (geralmente na porta 8098), use https://.',
    presentedTrusted: 'O servidor apresentou o certificado confiável.{expiry}',
    expired:
      ' Observação: ele está fora das datas de validade ({from} a {to}); peça ao administrador do ZKBio para renová-lo.',
    signedByCa: 'O certificado é assinado pelo arquivo de CA {file}.',
    caFails: 'O certificado do servidor não é verificado com o arquivo de CA escolhido ({problem}).',
    caFailsAction:
      'Escolha o arquivo de CA que assinou o certificado do servidor ou confie no certificado pela impressão digital.',
    trustedBySystem: 'O certificado é confiável para este computador.{expiry}',
    selfSigned:
      'O servidor usa um certificado autoassinado (comum no ZKBio CVSecurity), no qual este computador ainda não confia.',
    notTrusted: 'Este computador não confia no certificado do servidor ({problem}).',
    unknownIssuer: 'emissor desconhecido',
    compareFingerprint:
      'Compare a impressão digital SHA-256 abaixo com a do certificado do servidor ZKBio (pergunte ao administrador). Se forem iguais, escolha "Confiar neste certificado".',
    notChecked: 'Não verificado: uma etapa anterior falhou.',
    nothingAnswers: 'Nada responde em {host}:{port}. {message}',
    nothingAnswersAction:
      'Verifique o endereço e a porta (o ZKBio CVSecurity geralmente usa 8098 para https ou 8088 para http), se o servidor está ligado e se nenhum firewall bloqueia este computador.',
    somethingAnswers: 'Algo responde em {host}:{port}.',
    noToken: 'Nenhum token da API foi informado.',
    noTokenAction:
      'Cole o token da API do cliente que você adicionou para o Gatehouse no ZKBio CVSecurity (Sistema > Autorização de API).',
    tokenAccepted: 'O servidor aceitou o token.',
    licenceActive: 'A licença da API está ativa e este cliente da API é permitido.',
    licenceFirst: 'Não pode ser verificado até a licença da API funcionar.',
    apiAbnormal:
      'O servidor diz "API access abnormal": a licença da API não está ativa, ou nenhum cliente da API com este token foi adicionado.',
    apiAbnormalAction:
      'No ZKBio CVSecurity, ative a licença da API, adicione um cliente da API em Sistema > Autorização de API e use o token dele aqui.',
    tokenRefused:
      'O servidor recusou este token: enviou a solicitação para a página de login em vez de responder.',
    tokenUnchecked: 'Não foi possível verificar o token: {error}',
    allFeatures: 'O servidor oferece todos os recursos opcionais que o Gatehouse usa.',
    lacks: 'Faltam neste servidor: {list}.',
    couldNotTell: 'Não foi possível saber para: {list}.',
    worksWithout: 'O Gatehouse funciona sem eles; os recursos que precisam deles avisam onde aparecem.',
    featuresUnchecked: 'Não foi possível verificar os recursos opcionais: {error}',
    checkedAgain: 'Eles serão verificados novamente quando o Gatehouse se conectar.',
    handshakeTimeout: 'o servidor não concluiu o handshake seguro a tempo',
    notSignedByCa: 'não foi assinado por esta CA',
  },
  /** Host notices and e-mails that could not be delivered (a technical detail may follow). */
  delivery: {
    mailAuth: 'O servidor de e-mail {server} recusou o nome de usuário ou a senha.',
    mailTls: 'Não foi possível estabelecer uma conexão segura (TLS) com o servidor de e-mail {server}.',
    mailAddress: 'O servidor de e-mail recusou o endereço.',
    mailMessage: 'O servidor de e-mail recusou a mensagem.',
    mailUnreachable: 'Não foi possível contatar o servidor de e-mail {server}.',
    mailFailed: 'Não foi possível enviar o e-mail.',
    mailNoServer:
      'Nenhum servidor de e-mail está configurado (Configurações › Serviços ao visitante › E-mail).',
    mailNoSender:
      'Nenhum endereço de remetente está configurado (Configurações › Serviços ao visitante › E-mail).',
    webhookInvalid: 'O endereço do webhook do {service} não é válido (é preciso https://).',
    webhookUnreachable: 'Não foi possível contatar o webhook do {service}.',
    webhookAnswered: 'O webhook do {service} respondeu {status}.',
    hostEmailUnreadable: 'Não foi possível ler no servidor o endereço de e-mail do anfitrião.',
    hostNoEmail: '{host} não tem endereço de e-mail no servidor.',
    hostNoEmailUnnamed: 'O anfitrião não tem endereço de e-mail no servidor.',
    failed: 'Não foi possível enviar o aviso.',
  },
  refusals: {
    reservation: {
      endBeforeStart: 'O fim deve ser depois do início.',
      visitOver: 'A visita já terminou.',
      gone: 'Esta reserva não está mais neste posto.',
      unreachable:
        'Não é possível contatar o servidor, então a reserva não foi alterada. Tente novamente quando a conexão voltar.',
    },
    invite: {
      onlyBooked: 'Só é possível enviar convite para uma visita reservada.',
      qrFailed: 'Não foi possível obter do servidor o código QR do visitante: {reason}',
      noValidDate: 'A reserva não tem uma data válida.',
      notSent: 'Não foi possível enviar o convite: {error}',
      alreadyArrived: 'Este visitante já chegou ou a visita foi cancelada.',
      checkedInPending:
        'A entrada de {name} foi registrada neste posto; não é possível contatar o servidor, então imprima o crachá quando ele voltar.',
      checkedIn: 'A entrada de {name} foi registrada. {badge}',
      checkedInNoBadge: 'A entrada de {name} foi registrada, mas o crachá não foi impresso: {error}',
    },
    kiosk: {
      chooseHostAgain: 'Escolha novamente a pessoa que você está visitando.',
      signAgreement: 'Assine o termo do visitante.',
      noSignIn: 'Não há nenhum registro neste totem no momento.',
      seeReception: 'Não conseguimos registrar você aqui. Procure a recepção, que vai ajudar você.',
      takenOver: 'A recepção vai atender você agora. Obrigado!',
    },
    operators: {
      alreadySetUp: 'Este posto já tem contas de operador. Entre com sua conta.',
      gone: 'Este operador não existe mais.',
      pinsOff: 'Os PINs estão desativados neste posto; informe uma senha.',
      usernameTaken: 'O nome de usuário "{username}" já está em uso.',
      lastAdministrator: 'Este é o último administrador. Torne outra pessoa administrador primeiro.',
      pinDigitsOnly: 'Um PIN tem apenas dígitos.',
      pinLength: 'Um PIN tem de 6 a 12 dígitos.',
      pinTooEasy: 'Este PIN é fácil demais de adivinhar; evite dígitos repetidos ou consecutivos.',
      passwordTooShort: 'Uma senha tem pelo menos 8 caracteres.',
      passwordOnlySpaces: 'Uma senha não pode ter apenas espaços.',
      wrongCredentials: 'Usuário ou senha incorretos.',
      wrongCredentialsWait:
        'Usuário ou senha incorretos. Tentativas erradas demais: aguarde {seconds} s antes da próxima tentativa.',
      tooManyAttempts: 'Tentativas erradas demais. Aguarde {seconds} s e tente novamente.',
      accountDisabled: 'Esta conta está desativada. Fale com um administrador.',
      pinsOffSignIn: 'Os PINs estão desativados neste posto. Peça uma senha a um administrador.',
    },
    settings: {
      notValid: 'Estas configurações não são válidas; nada foi alterado.',
      profileGone: 'Este perfil de servidor não existe mais. Recarregue a página de configurações.',
      profileNameTaken: 'Já existe um perfil de servidor chamado "{name}". Escolha outro nome.',
      tooManyProfiles: 'O Gatehouse guarda no máximo 20 perfis de servidor. Remova um primeiro.',
      noAgreement: 'Nenhum termo assinado está guardado para esta visita.',
    },
  },
  reception: {
    discardOnlyUnsent: 'Só é possível descartar um cadastro que nunca chegou ao servidor.',
    onSite: 'Este documento já está cadastrado e no local (sem check-out).',
    pinNotListedYet:
      'O servidor ainda não listou este visitante; o crachá tentará novamente quando for aberto.',
    noPinLookup:
      'Este servidor não oferece nenhuma forma de consultar o PIN de um visitante após o cadastro; atualize o ZKBio CVSecurity para a v1.2 ou posterior para imprimir crachás com QR code.',
    levelsUnavailable:
      'Não foi possível carregar os níveis de visitante ({reason}). O cadastro funciona sem eles; vale o padrão do servidor.',
    waiting: {
      unknownServer: 'um servidor desconhecido',
      forServer: '{count} cadastro aguarda {name}. | {count} cadastros aguardam {name}.',
      unrecorded:
        '{count} cadastro aguarda o servidor para o qual foi digitado, que o Gatehouse não registrou (salvo por uma versão anterior). Confira e descarte-o, ou cadastre-o novamente. | {count} cadastros aguardam o servidor para o qual foram digitados, que o Gatehouse não registrou (salvos por uma versão anterior). Confira e descarte-os, ou cadastre-os novamente.',
      removed:
        '{count} cadastro aguarda {name}, um perfil de servidor que foi removido. Adicione o perfil novamente para enviá-lo, ou descarte-o. | {count} cadastros aguardam {name}, um perfil de servidor que foi removido. Adicione o perfil novamente para enviá-los, ou descarte-os.',
      changed:
        '{count} cadastro aguarda {name} no endereço ou certificado anterior; ele não é enviado ao servidor alterado. Descarte-o ou restaure as configurações do perfil. | {count} cadastros aguardam {name} no endereço ou certificado anterior; eles não são enviados ao servidor alterado. Descarte-os ou restaure as configurações do perfil.',
      inactive:
        '{count} cadastro aguarda {name}. Ele será enviado quando {name} voltar a ser o servidor em uso. | {count} cadastros aguardam {name}. Eles serão enviados quando {name} voltar a ser o servidor em uso.',
    },
  },
  invitation: {
    ourSite: 'nossas instalações',
    summary: 'Visita a {site}',
    summaryWithHost: 'Visita a {site} ({host})',
    host: 'Anfitrião: {host}',
    reason: 'Motivo: {reason}',
    entryCode: 'Seu código de entrada: {code}',
    qrAlt: 'Seu QR code de entrada',
    subject: 'Sua visita a {site} em {date}',
    body: 'Olá, {visitor},\n\n{host} aguarda sua visita em {date}, em {site}, {address}.\nMostre o QR code abaixo na entrada.',
  },
  hostNotice: {
    visitor: 'Visitante',
    company: 'Empresa',
    host: 'Anfitrião',
    photoAlt: 'Foto do visitante',
    defaultDesk: 'Recepção',
    subject: '{visitor} está na recepção',
    body: '{visitor} ({company}) chegou em {desk} às {time} para falar com você.\n\n{site}',
    kioskDesk: 'Totem de autoatendimento',
  },
  ipc: {
    invalidRequest:
      'Solicitação inválida: parte do que foi enviado está faltando ou não está no formato esperado, então nada foi alterado. Confira o formulário e tente novamente.',
    forbiddenSender: 'Esta solicitação não veio do Gatehouse.',
    internal:
      'Algo deu errado dentro do Gatehouse. Tente novamente; se continuar acontecendo, reinicie o aplicativo.',
  },
} satisfies Translation<typeof en>
