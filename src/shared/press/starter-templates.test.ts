import { describe, expect, it } from 'vitest'
import { buildFacts } from './facts'
import { parseMarkup } from './markup'
import { docToPlainText } from './output-text'
import { renderTemplate } from './render'
import { releaseHeader, starterTemplates } from './starter-templates'
import { sampleInput } from './test-event'

describe('starter templates', () => {
  const facts = buildFacts(sampleInput({ sessions: [] }))

  it.each(
    starterTemplates.flatMap((t) => (['id', 'en'] as const).map((lang) => [t.id, lang] as const)),
  )('%s (%s) uses only known placeholders, all filled for a complete event', (id, lang) => {
    const template = starterTemplates.find((t) => t.id === id)!
    const { report } = renderTemplate(parseMarkup(template.texts[lang]), facts[lang], lang)
    expect(report).toEqual({ unknown: [], missing: [] })
  })

  it('writes the countries sentence of the sample in Indonesian and English', () => {
    const template = starterTemplates.find((t) => t.id === 'release')!
    const id = docToPlainText(renderTemplate(parseMarkup(template.texts.id), facts.id, 'id').doc)
    expect(id).toContain(
      'Kegiatan ini diperuntukkan bagi pejabat pemerintah negara dan wilayah, yaitu Fiji, Kaledonia Baru, Kepulauan Cook, Kepulauan Solomon, Kiribati, Nauru, Negara Federasi Mikronesia, Niue, Palau, Papua Nugini, Polinesia Prancis, Republik Kepulauan Marshall, Samoa, Timor Leste, Tonga, Tuvalu dan Vanuatu.',
    )
    expect(id).toMatch(
      /^Lokakarya Regional Diplomasi Digital\n\nJakarta, 12 Agustus 2022 – Kementerian Luar Negeri bersama BPPTIK telah menyelenggarakan Lokakarya Regional Diplomasi Digital pada tanggal 1–12 Agustus 2022 secara hibrida\./,
    )
    expect(id).toContain(
      'ungkap Direktur Jenderal Informasi dan Diplomasi Publik, Dr Teuku Faizasyah.',
    )
    expect(id).toContain('1. [Area fokus pertama]\n2. [Area fokus kedua]')
    const en = docToPlainText(renderTemplate(parseMarkup(template.texts.en), facts.en, 'en').doc)
    expect(en).toContain('Solomon Islands, Timor-Leste, Tonga, Tuvalu and Vanuatu.')
    expect(en).toContain('from 1–12 August 2022 in hybrid format')
  })

  it('has headers per language and none for social posts', () => {
    expect(releaseHeader('release', 'id', ' 12/PR ')).toEqual(['SIARAN PERS', 'No. 12/PR'])
    expect(releaseHeader('announcement', 'en', '')).toEqual(['PRESS RELEASE'])
    expect(releaseHeader('social', 'en', '1')).toEqual([])
  })
})
