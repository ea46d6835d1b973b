import type { ReactNode } from 'react'

export function EmptyState(props: { title: string; body: string; action?: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p>{props.body}</p>
      {props.action}
    </section>
  )
}
