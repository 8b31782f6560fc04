/**
 * Every text main produces for people: native notifications, the badge, the roll call, CSV headers,
 * error messages, start-up dialogs. Machine codes (error codes, audit action ids) stay untranslated;
 * only these sentences change with the language. English is the source.
 */
export default {
  alarm: {
    title: '{kind}: {place}',
    titleWithTemperature: '{kind}: {place} ({temperature} °C)',
    stillNotAcknowledged: 'Still not acknowledged: {title}',
    since: 'Since {time}',
    foundAfterOutage: '(found after an outage)',
    summaryTitle: '{count} more alarms',
    summaryTitleOne: '1 more alarm',
    summaryCritical: '{title} ({critical} critical)',
    summaryBody: 'Too many alarms to show one by one. Open the alarm queue in Gatehouse.',
    serverSaid: 'Server: "{name}"',
    unknownDevice: 'unknown device',
    linkLostPlace: 'ZKBio server',
    serverAnswersAgain: 'The server answers again.',
    serverSilentFor: 'The server has not answered for {seconds} s.',
    serverDidNotAnswer: 'The server did not answer.',
    noAnswerWithin: 'No answer within {ms} ms.',
    notFound: 'There is no alarm #{id}.',
  },
  badge: {
    visitor: 'VISITOR',
    visitOf: 'Visit of {day}',
    visiting: 'Visiting:',
    validUntil: 'Valid until:',
    noPhoto: 'No photo',
    photoAlt: 'Visitor photo',
    qrAlt: 'Visitor QR code',
    documentTitle: 'Visitor badge - {name}',
    pending: 'The badge is available once the server has confirmed the registration.',
    failed: 'The server refused this registration, so it has no badge. Register the visitor again.',
    visitGone: 'This visit is no longer in the local records.',
    sentTo: 'Badge sent to {where}.',
    defaultPrinter: 'the default printer',
    printerMissing:
      'The badge printer "{name}" is not installed on this computer. Choose another printer in Settings.',
    photoNotJpeg: 'The photo must be a JPEG picture.',
    printCancelled: 'Printing was cancelled.',
    printFailed: 'The printer could not print: {reason}. Check that it is on, connected and has labels.',
    printFailedNamed:
      'The printer "{name}" could not print: {reason}. Check that it is on, connected and has labels.',
    savePdfTitle: 'Save as PDF',
    pdfDocument: 'PDF document',
  },
  rollCall: {
    title: 'Evacuation roll call',
    printed: 'Printed {time}.',
    counts: '{visits} visit(s), {people} person(s) on site.',
    notYetOnServer: '(not yet on server)',
    photo: 'Photo',
    visitor: 'Visitor',
    company: 'Company',
    host: 'Host',
    timeIn: 'Time in',
    safe: 'Safe',
    nobody: 'Nobody is registered on site.',
  },
  csv: {
    history: {
      time: 'Time',
      event: 'Event',
      level: 'Level',
      point: 'Door / gate',
      reader: 'Reader',
      device: 'Device',
      deviceSn: 'Device SN',
      area: 'Area',
      pin: 'PIN',
      person: 'Person',
      card: 'Card',
      verification: 'Verification',
    },
    audit: {
      time: 'Time (UTC)',
      station: 'Station',
      operator: 'Operator',
      action: 'Action',
      target: 'Target',
      result: 'Result',
      detail: 'Detail',
      whatHappened: 'What happened',
    },
    exportEvents: 'Export events',
    exportAudit: 'Export the audit log',
  },
  startup: {
    couldNotStartTitle: 'Gatehouse could not start',
    couldNotStart: 'Gatehouse could not start.',
    unexpected:
      'Something unexpected stopped Gatehouse while it was starting. Start it again; if this keeps happening, give the details below to IT.',
    dataFolder: 'Data folder: {path}',
    details: 'Details: {text}',
    quit: 'Quit',
    tryAgain: 'Try again',
    databaseInUse: "Gatehouse's database is in use by another program.",
    databaseInUseDetail:
      '{file} is held by another program: perhaps another Gatehouse using the same data folder, or a backup or antivirus tool. Close it, then choose Try again.',
  },
  storage: {
    DISK_FULL:
      "This computer's disk is full, so Gatehouse could not save. Nothing you typed is lost: free some disk space (or ask IT to), then try again.",
    DATABASE_BUSY:
      "Gatehouse's database is being used by another program and could not be written just now. Nothing you typed is lost: try again in a moment. If it keeps happening, close other programs that open Gatehouse's data (a backup or a database tool).",
    READ_ONLY:
      "Gatehouse cannot write to its data folder: the folder or the disk is read-only, or its permissions changed. Nothing you typed is lost: ask IT to make Gatehouse's data folder writable, then try again.",
    STORAGE_FAILED:
      'Gatehouse could not write to the disk (a disk or file system error). Nothing you typed is lost: try again; if it keeps happening, ask IT to check the disk.',
  },
  storageAtStart: {
    DISK_FULL:
      "This computer's disk is full, so Gatehouse cannot open its data. Free some disk space (or ask IT to), then start Gatehouse again.",
    DATABASE_BUSY:
      "Gatehouse's database is being used by another program. Close it (a backup or a database tool), then start Gatehouse again.",
    READ_ONLY:
      'Gatehouse cannot write to its data folder: the folder or the disk is read-only, or its permissions changed. Ask IT to make it writable, then start Gatehouse again.',
    STORAGE_FAILED:
      'Gatehouse could not read or write its data folder (a disk or file system error). Ask IT to check the disk, then start Gatehouse again.',
  },
  zkbio: {
    network:
      'The ZKBio server cannot be reached. Check the network cable or Wi-Fi and that the server is running.',
    timeout: 'The ZKBio server did not answer in time. It may be busy or the network may be slow.',
    tls: 'The secure connection to the ZKBio server failed: its certificate is not trusted. Ask the administrator to check the server address and certificate settings.',
    tlsPinMismatch:
      'The ZKBio server presented a different security certificate than the one trusted for it. Do not continue: ask the administrator to confirm the server certificate.',
    auth: 'The ZKBio server refused the access token. Ask the administrator to check the API token and that the API licence is active.',
    http: 'The ZKBio server answered with an unexpected error.',
    html: 'The ZKBio server answered with a web page instead of data. A proxy or gateway in front of it may be down.',
    springError:
      'The ZKBio server does not know this request. It may be an older or differently configured version.',
    malformedJson: 'The ZKBio server sent a damaged answer. Try again.',
    server: 'The ZKBio server refused the request.',
    validation: 'The ZKBio server sent an answer in an unexpected format.',
    unsupported: 'This ZKBio server does not offer this feature.',
    aborted: 'The request to the ZKBio server was cancelled.',
    refusedWithText: 'The ZKBio server refused the request: {text}',
    refusedWithTextAndCode: 'The ZKBio server refused the request: {text} (code {code}).',
    refusedWithCode: 'The ZKBio server refused the request (code {code}).',
  },
  connection: {
    certificateChanged:
      "The server's certificate has changed since you trusted it. This happens when the ZKBio server was reinstalled or its certificate renewed, but it is also what an attacker intercepting the connection would look like, so Gatehouse refuses to send the token.",
    certificateChangedAction:
      'Ask the ZKBio administrator whether the certificate was replaced and compare the new fingerprint with the one shown on the server. Only then open the profile, choose "Forget trusted certificate" and test again to trust the new one.',
    unexpected:
      'Gatehouse could not talk to the ZKBio server because of an unexpected problem. It will try again.',
    advice: {
      network:
        'Check the address and port, that the ZKBio server is running, and that no firewall blocks this computer.',
      timeout:
        'The server may be overloaded or the network slow. Try again; if it persists, check the server.',
      html: 'A proxy or gateway in front of the ZKBio server answered instead of the server. Check that the server behind it is running, or use the server address directly.',
      springError:
        'The address answers but has no ZKBio API at this path. Check the address: use the server root (for example https://192.168.1.10:8098), not a page inside it.',
      malformed:
        'Try again. If it keeps happening, the server version may not be supported; report it with the server version.',
      tls: 'Check the certificate settings of this profile (trusted fingerprint or CA file).',
      auth: 'Copy the API token again from ZKBio CVSecurity (System > API Authorization, the client you added for Gatehouse) and paste it here.',
      other: 'Try again. If it keeps happening, check the server and this profile.',
    },
  },
  guardOps: {
    doorTarget: 'Door "{name}" ({id})',
    gateTarget: 'Gate "{name}" ({id})',
    floorTarget: 'Floor "{name}" ({id})',
    doorOpened: 'Door "{name}" opened for {seconds} s.',
    doorClosed: 'Door "{name}" closed.',
    gateOpenedEntry: 'Gate "{name}" opened for entry.',
    gateOpenedExit: 'Gate "{name}" opened for exit.',
    floorReleased: 'Floor "{name}" released for {seconds} s.',
    floorLocked: 'Floor "{name}" locked.',
    floorNumbered: 'Floor {number}',
    failedInside: 'The command failed inside Gatehouse; it was not retried.',
    notDone: 'Not done: {message}',
  },
  guard: {
    statesNotLive: 'Door and gate states are not live: the boards show the last known states.',
    feature: {
      doorStates: 'This server does not report door states.',
      gateStates: 'This server has no entrance-control gates.',
      accessEvents: 'This server does not offer the access event monitor.',
      gateEvents: 'This server has no entrance-control event monitor.',
      temperatureEvents: 'This server has no temperature and mask monitor.',
    },
  },
  audit: {
    other: 'did {action} on {target}',
    failedSignIn: "Failed sign-in as '{target}'",
    tried: '{operator} tried: {what} — not done{detail}',
    did: '{operator} {what}{detail}',
    detail: ": '{detail}'",
    alarmTarget: "'{title}, {place}'",
    quoted: "'{target}'",
    phrase: {
      guard_alarm_acknowledge: 'acknowledged {target}',
      guard_alarm_clear: 'cleared {target}',
      guard_sound_mute: 'muted the alarm sound',
      guard_sound_unmute: 'turned the alarm sound back on',
      door_remoteOpen: 'opened {target}',
      door_remoteClose: 'closed {target}',
      gate_remoteOpen_entry: 'opened {target} for entry',
      gate_remoteOpen_exit: 'opened {target} for exit',
      floor_remoteOpen: 'released {target}',
      floor_remoteClose: 'locked {target}',
      reception_register: 'registered a visitor ({target})',
      reception_replay: 'sent a visitor registered offline ({target})',
      reception_checkOut: 'checked out a visitor ({target})',
      reception_autoCheckOut: 'checked out a visitor at the end of the day ({target})',
      reception_reserve: 'booked a visit ({target})',
      reception_cancelReservation: 'cancelled a booked visit ({target})',
      reception_discardPending: 'discarded an unsent registration ({target})',
      reception_printRollCall: 'printed the evacuation roll call',
      reception_saveRollCallPdf: 'saved the evacuation roll call as PDF',
      badge_print: 'printed the badge of {target}',
      badge_savePdf: 'saved the badge of {target} as PDF',
      person_enrolPhoto: 'enrolled the photo of person {target}',
      settings_update: 'changed the settings ({target})',
      settings_addProfile: 'added the server {target}',
      settings_editProfile: 'changed the server {target}',
      settings_removeProfile: 'removed the server {target}',
      settings_switchProfile: 'switched to the server {target}',
      session_signIn: 'signed in',
      session_signOut: 'signed out',
      session_lock: 'locked the screen',
      session_idleLock: 'was signed out by the idle lock',
      session_signInFailed: 'failed to sign in as {target}',
      operators_create: 'added the operator {target}',
      operators_update: 'changed the operator {target}',
      operators_setSecret: 'set a new password or PIN for {target}',
      operators_recover: 'reset the administrator {target} from the machine',
      operators_updatePolicy: 'changed the sign-in policy ({target})',
      audit_exportCsv: 'exported the audit log to {target}',
    },
  },
  errors: {
    planNotFound: 'There is no floor plan #{id}.',
    planImageMissing: 'The image of plan "{name}" is missing from this station.',
    planNotImage: 'The plan image is not a PNG or JPEG picture. Choose a PNG, JPEG, SVG or PDF file.',
    planTooLarge: 'The plan image must be at most {max} pixels on each side.',
    planNotSaved: 'The plan could not be saved on this station: {reason}',
    checksAgain: '{feature} Gatehouse checks again in 10 minutes.',
    profileGone: 'This server profile no longer exists.',
    addressChanged: 'The address changed: enter the API token again to test the new address.',
    trustChanged: 'The certificate trust changed: enter the API token again to test with the new trust.',
    serverHasIt:
      'The visitor is registered on the server, but this computer could not record it: its disk is full or its database is busy. Free some disk space (or wait a moment): Gatehouse then completes the record from the server, and nothing is registered twice.',
    pending:
      'The server cannot be reached. The registration is saved on this computer and will be sent automatically when the server is back.',
    alreadyPending:
      'This visitor is already saved on this computer and waiting for the server; Gatehouse completes it automatically (it is never registered twice).',
    tokenNotForServer:
      'The stored API token was saved for another server address or certificate, so Gatehouse does not send it here. Open Settings, edit the profile and enter the API token again.',
    inKeychain: 'API tokens are kept in this computer\'s system keychain (under "{service}").',
    noKeychain:
      'This computer has no system keychain that Gatehouse can use (on Linux: no Secret Service such as gnome-keyring is running), so the API token cannot be stored there.',
    noKey:
      '{noKeychain} No secure encryption key is available either ({problem}). Gatehouse never stores the token in plain text: start a keyring (for example gnome-keyring) and restart Gatehouse.',
    askConsent:
      "{noKeychain} If you allow it, Gatehouse can instead keep the token in a file in its data folder, encrypted with this computer's key for this user account (it is never stored in plain text).",
    encryptedFile:
      "{noKeychain} As you allowed, the API token is kept in an encrypted file in Gatehouse's data folder ({file}), readable only by this user account on this computer.",
  },
}
