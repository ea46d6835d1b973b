export interface BarRow {
  key: string
  label: string
  count: number
}

/**
 * A horizontal bar chart in plain HTML and CSS. The bars are decoration; each item reads as
 * "Confirmed: 12" to a screen reader, and the figure is named by its caption.
 */
export function BarChart(props: { title: string; rows: readonly BarRow[] }) {
  const max = props.rows.reduce((m, r) => Math.max(m, r.count), 0)
  return (
    <figure className="bar-chart">
      <figcaption>{props.title}</figcaption>
      <ul>
        {props.rows.map((row) => (
          <li key={row.key}>
            <span className="bar-label">{row.label}</span>
            <span className="visually-hidden">: </span>
            <span className="bar-track" aria-hidden="true">
              <span
                className="bar-fill"
                style={{ width: max > 0 ? `${(row.count / max) * 100}%` : 0 }}
              />
            </span>
            <span className="bar-value">{row.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  )
}
