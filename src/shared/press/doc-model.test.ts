import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseDoc, safeHref } from './doc-model'

describe('normaliseDoc', () => {
  it('keeps the supported structure as it is', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'H' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'a', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'hardBreak' },
            { type: 'fact', attrs: { key: 'countries.count', value: '17' } },
          ],
        },
        {
          type: 'blockquote',
          content: [
            {
              type: 'bulletList',
              content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }],
            },
          ],
        },
      ],
    }
    expect(normaliseDoc(doc)).toEqual(doc)
  })

  it('keeps the text of unknown nodes and drops unknown marks and attributes', () => {
    const doc = normaliseDoc({
      type: 'doc',
      content: [
        { type: 'codeBlock', content: [{ type: 'text', text: 'code', marks: [{ type: 'code' }] }] },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'cell' }] }],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          attrs: { style: 'color:red', onclick: 'x' },
          content: [{ type: 'image', attrs: { src: 'x' } }],
        },
      ],
    })
    expect(doc).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'code' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'cell' }] },
        { type: 'paragraph' },
      ],
    })
  })

  it('drops links that are not web pages or email addresses', () => {
    const link = (href: string) =>
      normaliseDoc({
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 't', marks: [{ type: 'link', attrs: { href } }] }],
          },
        ],
      }).content[0]
    expect(link('javascript:alert(1)')).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 't' }],
    })
    expect(link('https://kemlu.go.id/x')).toEqual({
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 't',
          marks: [{ type: 'link', attrs: { href: 'https://kemlu.go.id/x' } }],
        },
      ],
    })
  })

  it('bounds depth and never throws on anything (property)', () => {
    let deep: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
    for (let i = 0; i < 10_000; i++) deep = { type: 'blockquote', content: [deep] }
    expect(() => normaliseDoc({ type: 'doc', content: [deep] })).not.toThrow()
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const once = normaliseDoc(value)
        expect(normaliseDoc(once)).toEqual(once)
        expect(once.content.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })

  it('removes control characters that would corrupt a .docx', () => {
    const doc = normaliseDoc({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a\u0000b\u0007c\td' }] }],
    })
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'abc\td' }],
    })
  })
})

describe('safeHref', () => {
  it.each([
    ['https://kemlu.go.id', 'https://kemlu.go.id/'],
    ['http://example.org/a?b=1', 'http://example.org/a?b=1'],
    ['mailto:press@kemlu.go.id', 'mailto:press@kemlu.go.id'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['vbscript:x', undefined],
    ['https://user:pw@evil.example', undefined],
    ['/relative', undefined],
    ['mailto:', undefined],
    [42, undefined],
  ])('%j → %j', (href, expected) => {
    expect(safeHref(href)).toBe(expected)
  })
})
