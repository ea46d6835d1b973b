import { describe, expect, it } from 'vitest'
import { parseDelimited } from './csv'
import { chooseDelimiter, detectDelimiter } from './delimiter'

describe('parseDelimited', () => {
  it('keeps quoted delimiters, doubled quotes and line breaks inside cells', () => {
    const text = 'a,b\r\n"Tuimabu, Lanieta","Line one\r\nline ""two"""\r\n'
    expect(parseDelimited(text, ',').rows).toEqual([
      ['a', 'b'],
      ['Tuimabu, Lanieta', 'Line one\r\nline "two"'],
    ])
  })

  it('keeps every value as text: phones, leading zeros, formulas', () => {
    const rows = parseDelimited('+679 331 1234;00123;=1+2;1,5', ';').rows
    expect(rows).toEqual([['+679 331 1234', '00123', '=1+2', '1,5']])
  })

  it('accepts LF, CR and CRLF line ends, a missing final newline and empty fields', () => {
    expect(parseDelimited('a,,c\nd\re,f', ',').rows).toEqual([['a', '', 'c'], ['d'], ['e', 'f']])
  })

  it('tolerates an unclosed quote and a stray quote inside a field', () => {
    expect(parseDelimited('a,"open\nrest', ',').rows).toEqual([['a', 'open\nrest']])
    expect(parseDelimited('5" screen,b', ',').rows).toEqual([['5" screen', 'b']])
  })

  it('stops at maxRows and when cancelled', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `r${i}`).join('\n')
    expect(parseDelimited(text, ',', { maxRows: 10 })).toMatchObject({ truncated: true })
    expect(parseDelimited(text, ',', { maxRows: 10 }).rows).toHaveLength(10)
    expect(parseDelimited(text, ',', { shouldCancel: () => true })).toMatchObject({
      cancelled: true,
    })
  })
})

describe('delimiter', () => {
  it('detects ; in European CSV even with decimal commas', () => {
    expect(detectDelimiter('Nom;Pays;Montant\nA;Fiji;1,5\nB;Tonga;2,25\n')).toBe(';')
  })

  it('detects , tab and | and ignores commas inside quotes', () => {
    expect(detectDelimiter('Name,Country\n"Tuimabu; Lanieta",Fiji\n')).toBe(',')
    expect(detectDelimiter('Name\tCountry\nA, B\tFiji\n')).toBe('\t')
    expect(detectDelimiter('Name|Country|Email\nA|Fiji|a@b.org\n')).toBe('|')
  })

  it('defaults to comma for a single column', () => {
    expect(detectDelimiter('Name\nAna\nJone\n')).toBe(',')
  })

  it('honours and drops a sep= first line', () => {
    expect(chooseDelimiter('sep=;\r\nA;B\r\n1;2')).toEqual({
      delimiter: ';',
      text: 'A;B\r\n1;2',
      sepLine: true,
    })
    expect(chooseDelimiter('SEP=|\nA|B')).toMatchObject({ delimiter: '|', sepLine: true })
  })

  it('lets the user force a delimiter', () => {
    expect(chooseDelimiter('a,b;c', ';')).toEqual({ delimiter: ';', text: 'a,b;c', sepLine: false })
  })
})
