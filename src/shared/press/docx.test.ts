import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { buildReleaseDocx } from './docx'
import { buildFacts } from './facts'
import { parseMarkup } from './markup'
import { renderTemplate } from './render'
import { releaseHeader, starterTemplates } from './starter-templates'
import { sampleInput } from './test-event'

async function html(bytes: Uint8Array): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  return result.value
}

describe('buildReleaseDocx', () => {
  it('writes headings, marks, links, lists and quotes that Word readers understand', async () => {
    const doc = parseMarkup(
      '# Judul\n\nTeks **tebal**, *miring* dan [tautan](https://kemlu.go.id).\n\n> Kutipan.\n\n1. Satu\n2. Dua\n\nAntara\n\n1. Lagi\n\n- Butir',
    )
    const bytes = await buildReleaseDocx('Uji', [
      { lang: 'id', header: ['SIARAN PERS', 'No. 7'], doc },
    ])
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b])
    const out = await html(bytes)
    expect(out).toContain('<p><strong>SIARAN PERS</strong></p><p><strong>No. 7</strong></p>')
    expect(out).toContain('<h1>Judul</h1>')
    expect(out).toContain('<strong>tebal</strong>')
    expect(out).toContain('<em>miring</em>')
    expect(out).toContain('<a href="https://kemlu.go.id/">tautan</a>')
    expect(out).toContain('<ol><li>Satu</li><li>Dua</li></ol>')
    expect(out).toContain('<ul><li>Butir</li></ul>')
    // The second numbered list counts from 1 again: its own numbering instance.
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
    const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1])
    expect(new Set(numIds).size).toBe(3)
    expect(xml).toContain('Kutipan.')
    // The quote's italics come from its style: runs never switch formatting off explicitly.
    expect(xml).toMatch(/<w:pStyle w:val="ReleaseQuote"\/>/)
    expect(xml).not.toMatch(/w:val="false"/)
  })

  it('keeps hostile text as text', async () => {
    const doc = parseMarkup('<w:p>]]></w:t> & "x" {{constructor}}')
    const raw = await mammoth.extractRawText({
      buffer: Buffer.from(await buildReleaseDocx('x', [{ lang: 'en', header: [], doc }])),
    })
    expect(raw.value.trim()).toBe('<w:p>]]></w:t> & "x" {{constructor}}')
  })

  it('writes the Indonesian post-event release of a sample-like event', async () => {
    const facts = buildFacts(sampleInput())
    const template = starterTemplates.find((t) => t.id === 'release')!
    const id = renderTemplate(parseMarkup(template.texts.id), facts.id, 'id').doc
    const en = renderTemplate(parseMarkup(template.texts.en), facts.en, 'en').doc
    const bytes = await buildReleaseDocx('Siaran pers', [
      { lang: 'id', header: releaseHeader('release', 'id', '12/PR/VIII/2022'), doc: id },
      { lang: 'en', header: releaseHeader('release', 'en', '12/PR/VIII/2022'), doc: en },
    ])
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
    expect(raw).toContain('No. 12/PR/VIII/2022')
    expect(raw).toContain('Timor Leste, Tonga, Tuvalu dan Vanuatu.')
    expect(raw).toContain('pada tanggal 1–12 Agustus 2022 secara hibrida')
    expect(raw).toContain('Timor-Leste, Tonga, Tuvalu and Vanuatu.')
  })
})
