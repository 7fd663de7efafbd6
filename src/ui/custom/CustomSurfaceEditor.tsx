/** Type your own f(x, y) (issue #8; being built). */
export default function CustomSurfaceEditor() {
  return (
    <section className="me-custom" aria-label="Custom surface">
      <h2>Your own function</h2>
    </section>
  )
}
