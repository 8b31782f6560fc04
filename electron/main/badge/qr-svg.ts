import QRCode from 'qrcode'

/**
 * The QR drawn from the server's payload string, as SVG markup for the print page (vector, so it stays
 * sharp on a 203 dpi label printer). Level M: survives a scuffed badge, and the ~46-character payload
 * still fits a version-3 code with large modules.
 */
export function qrSvg(payload: string): Promise<string> {
  return QRCode.toString(payload, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  })
}
