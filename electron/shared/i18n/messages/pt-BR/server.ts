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
    timeIn: 'Entrada',
    safe: 'Em segurança',
    nobody: 'Ninguém está registrado no local.',
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
  },
} satisfies Translation<typeof en>
