import { Figure } from '../render/Figure'
import { useExplorer } from '../state/context'
import { useRunResults } from '../state/derived'

/** The explorer page. */
export function App() {
  const results = useRunResults()
  const lr = useExplorer((s) => s.lr)
  const setLr = useExplorer((s) => s.setLr)
  const setMomentum = useExplorer((s) => s.setMomentum)
  return (
    <main className="me-app">
      <h1>Momentum Explorer</h1>
      <Figure />
      <label>
        Learning rate {lr}
        <input
          type="range"
          min={-4}
          max={0}
          step={0.01}
          value={Math.log10(lr)}
          onChange={(e) => setLr(10 ** Number(e.target.value))}
        />
      </label>
      {results.map((r) => (
        <label key={r.run.id}>
          {r.label}
          <input
            type="range"
            aria-label={`Momentum, run ${r.index + 1}`}
            min={0}
            max={0.999}
            step={0.001}
            value={r.run.momentum}
            onChange={(e) => setMomentum(r.run.id, Number(e.target.value))}
          />
        </label>
      ))}
    </main>
  )
}
