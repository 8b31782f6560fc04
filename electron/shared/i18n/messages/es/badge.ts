import type { Translation } from '../../shape'
import type en from '../en/badge'

export default {
  layout: {
    label62: 'Etiqueta continua de 62 mm',
    card102x76: 'Etiqueta de 102 x 76 mm',
    a6: 'Hoja A6',
  },
  preview: 'Vista previa de la credencial, {layout}',
  dialog: {
    title: 'Credencial del visitante',
    close: 'Cerrar',
    loading: 'Cargando la credencial…',
    qrSection: 'Código QR',
    qrLabel: 'Código QR del visitante',
    qrFailed: 'Este código QR no se puede dibujar.',
    refreshes: 'Se actualiza automáticamente · actualizado {age}',
    refreshesEvery:
      'Se actualiza automáticamente cuando cambia el código del servidor (cada {seconds} s) · actualizado {age}',
    stale: 'Es posible que este código haya caducado; actualizando…',
    gettingQr: 'Obteniendo el código QR del servidor…',
    printed: 'Credencial impresa',
    labelSize: 'Tamaño de etiqueta',
    showPrintDialog: 'Mostrar el cuadro de impresión',
    printer: 'Impresora: {name}',
    printerAtOnce: 'Impresora: {name} (imprime de inmediato)',
    systemDefault: 'predeterminada del sistema',
    print: 'Imprimir credencial',
    savePdf: 'Guardar como PDF',
    saved: 'Credencial guardada como {path}',
  },
} satisfies Translation<typeof en>
