/** Training loss and test accuracy per epoch on a model surface (issue #6; being built). */
export default function ModelPanel() {
  return (
    <section className="me-model" aria-label="Training curves">
      <h2>Training curves</h2>
    </section>
  )
}
