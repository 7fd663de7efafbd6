import type { TrainedNetworks } from '../../state/digits'

/** The curves as CSV: one row per run and epoch (non-finite values are left empty). */
export function digitsCsv(trained: TrainedNetworks, labels: readonly string[]): string {
  const cell = (v: number) => (Number.isFinite(v) ? String(v) : '')
  const rows = ['run,epoch,train_loss,train_accuracy,test_loss,test_accuracy']
  trained.runs.forEach((r, i) => {
    const name = `"${(labels[i] ?? `run ${i + 1}`).replaceAll('"', '""')}"`
    for (const e of r.epochs) {
      rows.push(
        [
          name,
          e.epoch,
          cell(e.trainLoss),
          cell(e.trainAccuracy),
          cell(e.testLoss),
          cell(e.testAccuracy),
        ].join(','),
      )
    }
  })
  return `${rows.join('\n')}\n`
}
