/** Answers for `webContents.print()`: tests queue failures (e.g. a missing printer); default success. */
const queue: { success: boolean; failureReason: string }[] = []

export const printers = {
  list: [
    {
      name: 'Harness_Label_Printer',
      displayName: 'Harness Label Printer',
      description: 'A printer of the electron double',
      status: 0,
      isDefault: true,
      options: {},
    },
  ] as Record<string, unknown>[],
}

export function queuePrintResult(result: { success: boolean; failureReason?: string }): void {
  queue.push({ success: result.success, failureReason: result.failureReason ?? '' })
}

export function nextPrintResult(): { success: boolean; failureReason: string } {
  return queue.shift() ?? { success: true, failureReason: '' }
}

export function resetPrintQueue(): void {
  queue.length = 0
}
