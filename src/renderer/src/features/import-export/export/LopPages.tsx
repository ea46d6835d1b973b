import type { LopDocument, LopGroup } from '../../../../../shared/export'

/** One delegation as the list prints it: name, then each member's lines. */
export function LopGroupView(props: { group: LopGroup; doc: LopDocument; level: 3 | 2 }) {
  const { group, doc } = props
  const Heading = props.level === 2 ? 'h2' : 'h3'
  return (
    <section className="lop-group">
      <Heading className="lop-delegation">{group.name}</Heading>
      {group.entries.map((e) => (
        <div key={e.participantId} className="lop-entry">
          <p className="lop-name">
            <strong>{e.name}</strong>
            {e.online && <span className="lop-online"> {doc.onlineLabel}</span>}
          </p>
          {e.isHead && <p className="lop-head">{doc.headLabel}</p>}
          {e.position && <p>{e.position}</p>}
          {e.organisation && <p>{e.organisation}</p>}
        </div>
      ))}
    </section>
  )
}

/** The whole list laid out for paper: title page, then every delegation. */
export function LopPages(props: { doc: LopDocument }) {
  const { doc } = props
  return (
    <article lang={doc.lang} className="lop-document">
      <header className="lop-title-page">
        <h1>{doc.title.toUpperCase()}</h1>
        <p className="lop-event">{doc.eventName}</p>
        <p>{doc.dates}</p>
        {doc.venue && <p>{doc.venue}</p>}
        <p className="lop-counts">{doc.counts}</p>
      </header>
      {doc.groups.map((g) => (
        <LopGroupView key={g.delegationId ?? ''} group={g} doc={doc} level={2} />
      ))}
    </article>
  )
}
