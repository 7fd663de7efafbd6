/** The tuning map: every (learning rate, momentum) pair at a glance (issue #7; being built). */
export default function TuningMapPanel() {
  return (
    <section className="me-map" aria-label="Tuning map">
      <h2>Tuning map</h2>
    </section>
  )
}
