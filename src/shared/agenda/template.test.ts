import { describe, expect, it } from 'vitest'
import { DEFAULT_INSTRUCTION_TEMPLATES } from './default-templates'
import { INSTRUCTION_VOCABULARY } from './instructions'
import { parseTemplate, renderTemplate, templateContext, type TemplateVocabulary } from './template'

const vocab: TemplateVocabulary = {
  values: ['name', 'zone'],
  lists: new Map([['items', { values: ['title', 'note'], lists: new Map() }]]),
}

function render(source: string, ctx = templateContext({ name: 'Jone', zone: 'Pacific/Fiji' })) {
  const parsed = parseTemplate(source, vocab)
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return renderTemplate(parsed.nodes, ctx)
}

describe('parseTemplate', () => {
  it.each([
    ['{{hostKey}}', 'unknownName'],
    ['{{#items}}{{title}}', 'unclosedSection'],
    ['{{/items}}', 'unexpectedClose'],
    ['{{#items}}{{/zone}}{{/items}}', 'unexpectedClose'],
    ['{{ name.constructor }}', 'malformedTag'],
    ['{{title}}', 'unknownName'],
    ['{{{name}}}', 'malformedTag'],
  ])('%s → %s', (source, code) => {
    const parsed = parseTemplate(source, vocab)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.problems.map((p) => p.code)).toContain(code)
  })

  it('reports the line of a problem', () => {
    const parsed = parseTemplate('Hello\n\n{{passcod}}', vocab)
    expect(parsed).toEqual({
      ok: false,
      problems: [{ code: 'unknownName', name: 'passcod', line: 3 }],
    })
  })

  it('refuses prototype names that are not in the vocabulary', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(parseTemplate(`{{${name}}}`, vocab).ok).toBe(false)
    }
  })

  it('accepts the default templates in both languages, and they name no host key', () => {
    for (const source of Object.values(DEFAULT_INSTRUCTION_TEMPLATES)) {
      expect(parseTemplate(source, INSTRUCTION_VOCABULARY).ok).toBe(true)
      expect(source.toLowerCase()).not.toContain('host')
    }
    expect(
      parseTemplate(
        '{{#days}}{{#sessions}}{{#rooms}}{{hostKey}}{{/rooms}}{{/sessions}}{{/days}}',
        INSTRUCTION_VOCABULARY,
      ).ok,
    ).toBe(false)
  })
})

describe('renderTemplate', () => {
  it('fills values and repeats lists, inner names shadowing outer ones', () => {
    const ctx = templateContext(
      { name: 'Jone', zone: 'Pacific/Fiji' },
      {
        items: [
          templateContext({ title: 'Opening', note: '' }),
          templateContext({ title: 'Panel', note: 'bring slides' }),
        ],
      },
    )
    expect(
      render(
        '{{name}}:{{#items}} {{title}}{{#note}} ({{note}}){{/note}} [{{zone}}];{{/items}}',
        ctx,
      ),
    ).toBe('Jone: Opening [Pacific/Fiji]; Panel (bring slides) [Pacific/Fiji];')
  })

  it('shows inverted sections only when empty', () => {
    const ctx = templateContext({ name: '', zone: 'UTC' }, { items: [] })
    expect(render('{{^name}}no name{{/name}}{{^items}}, no items{{/items}}', ctx)).toBe(
      'no name, no items',
    )
  })

  it('drops lines that hold only a section tag', () => {
    const ctx = templateContext(
      { name: 'A', zone: 'Z' },
      { items: [templateContext({ title: 'T', note: '' })] },
    )
    expect(render('Start\n{{#items}}\n- {{title}}\n{{/items}}\nEnd\n', ctx)).toBe(
      'Start\n- T\nEnd\n',
    )
  })

  it('never reads a value as template text, and strips invisible controls', () => {
    const ctx = templateContext({ name: '{{zone}} \u202egnp.exe\u0000', zone: 'secret' })
    expect(render('Dear {{name}}', ctx)).toBe('Dear {{zone}} gnp.exe')
  })

  it('escapes values for the output format it is given', () => {
    const parsed = parseTemplate('<p>{{name}}</p>', vocab)
    if (!parsed.ok) throw new Error('parse')
    const html = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    expect(
      renderTemplate(
        parsed.nodes,
        templateContext({ name: '<img src=x onerror=alert(1)>', zone: '' }),
        html,
      ),
    ).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })
})
