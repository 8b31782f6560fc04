/** The visitor badge dialog and its on-screen preview (the printed texts are in server.badge). */
export default {
  layout: {
    label62: '62 mm continuous label',
    card102x76: '102 x 76 mm label',
    a6: 'A6 sheet',
  },
  preview: 'Badge preview, {layout}',
  dialog: {
    title: 'Visitor badge',
    close: 'Close',
    loading: 'Loading the badge…',
    qrSection: 'QR code',
    qrLabel: 'Visitor QR code',
    qrFailed: 'This QR code cannot be drawn.',
    refreshes: 'Refreshes automatically · updated {age}',
    refreshesEvery:
      "Refreshes automatically as the server's code changes (every {seconds} s) · updated {age}",
    stale: 'This code may have expired; refreshing…',
    gettingQr: 'Getting the QR code from the server…',
    printed: 'Printed badge',
    labelSize: 'Label size',
    showPrintDialog: 'Show the print dialog',
    printer: 'Printer: {name}',
    printerAtOnce: 'Printer: {name} (prints at once)',
    systemDefault: 'system default',
    print: 'Print badge',
    savePdf: 'Save as PDF',
    saved: 'Badge saved as {path}',
  },
}
