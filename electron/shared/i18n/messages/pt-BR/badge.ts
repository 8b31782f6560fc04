import type { Translation } from '../../shape'
import type en from '../en/badge'

export default {
  layout: {
    label62: 'Etiqueta contínua de 62 mm',
    card102x76: 'Etiqueta de 102 x 76 mm',
    a6: 'Folha A6',
  },
  preview: 'Prévia do crachá, {layout}',
  dialog: {
    title: 'Crachá do visitante',
    close: 'Fechar',
    loading: 'Carregando o crachá…',
    qrSection: 'Código QR',
    qrLabel: 'Código QR do visitante',
    qrFailed: 'Este código QR não pode ser desenhado.',
    refreshes: 'Atualiza automaticamente · atualizado {age}',
    refreshesEvery:
      'Atualiza automaticamente quando o código do servidor muda (a cada {seconds} s) · atualizado {age}',
    stale: 'Este código pode ter expirado; atualizando…',
    gettingQr: 'Obtendo o código QR do servidor…',
    printed: 'Crachá impresso',
    labelSize: 'Tamanho da etiqueta',
    showPrintDialog: 'Mostrar a caixa de impressão',
    printer: 'Impressora: {name}',
    printerAtOnce: 'Impressora: {name} (imprime na hora)',
    systemDefault: 'padrão do sistema',
    print: 'Imprimir crachá',
    savePdf: 'Salvar como PDF',
    saved: 'Crachá salvo como {path}',
  },
} satisfies Translation<typeof en>
