import { describe, expect, it } from 'vitest'
import { parseMarkup } from './markup'

describe('parseMarkup', () => {
  it('reads headings, paragraphs, quotes and lists', () => {
    const doc = parseMarkup(
      '# Title\n\nFirst line\ncontinues.\n\n> "Quote,"\n> said she.\n\n- one\n- two\n\n3. three\n4. four',
    )
    expect(doc.content).toEqual([
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'First line continues.' }] },
      {
        type: 'blockquote',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: '"Quote," said she.' }] }],
      },
      {
        type: 'bulletList',
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }] }],
          },
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'two' }] }],
          },
        ],
      },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }],
          },
          {
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'four' }] }],
          },
        ],
      },
    ])
  })

  it('reads bold, italic, links and escapes', () => {
    const doc = parseMarkup('**bold** *it* [site](https://kemlu.go.id) \\*not\\* 2 * 3')
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'it', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' ' },
        {
          type: 'text',
          text: 'site',
          marks: [{ type: 'link', attrs: { href: 'https://kemlu.go.id/' } }],
        },
        { type: 'text', text: ' *not* 2 * 3' },
      ],
    })
  })

  it('keeps unsafe links as text without a link', () => {
    const doc = parseMarkup(
      '[x](javascript:alert(1)) [y](data:text/html,hi) [z](file:///etc/passwd)',
    )
    const text = JSON.stringify(doc)
    expect(text).not.toContain('"link"')
    expect(text).toContain('[y](data:text/html,hi)')
  })

  it('turns HTML into text, not markup', () => {
    const doc = parseMarkup('<img src=x onerror=alert(1)><script>x</script>')
    expect(doc.content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: '<img src=x onerror=alert(1)><script>x</script>' }],
      },
    ])
  })

  it('gives an empty document for empty text', () => {
    expect(parseMarkup('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })
})
