import { describe, expect, it } from 'vitest'
import { splitHonorific } from './honorifics'

describe('splitHonorific', () => {
  const cases: [string, string, string][] = [
    ['H.E. Dr. Jane Doe', 'H.E. Dr.', 'Jane Doe'],
    ['HE Mr John Smith', 'HE Mr', 'John Smith'],
    ['His Excellency Tuilaʻepa Sailele', 'His Excellency', 'Tuilaʻepa Sailele'],
    ['Her Excellency  Ms Fiamē Naomi', 'Her Excellency Ms', 'Fiamē Naomi'],
    ['Hon. Mark Brown', 'Hon.', 'Mark Brown'],
    ['The Honourable Jacinda Ardern', 'The Honourable', 'Jacinda Ardern'],
    ['Rt Hon Jane Doe', 'Rt Hon', 'Jane Doe'],
    ['Amb. Siosaia Tu', 'Amb.', 'Siosaia Tu'],
    ['Ambassador Kim', 'Ambassador', 'Kim'],
    ['Prof. Dr. Ir. Bambang', 'Prof. Dr. Ir.', 'Bambang'],
    ['Dr.Jane Doe', 'Dr.', 'Jane Doe'],
    ['Mrs Ana Taufa', 'Mrs', 'Ana Taufa'],
    ['Ms. Ana', 'Ms.', 'Ana'],
    ['Mx Sam Lee', 'Mx', 'Sam Lee'],
    ['Sir Michael Somare', 'Sir', 'Michael Somare'],
    ['Dame Meg Taylor', 'Dame', 'Meg Taylor'],
    ['Bapak Joko Widodo', 'Bapak', 'Joko Widodo'],
    ['Bpk. Retno', 'Bpk.', 'Retno'],
    ['Ibu Retno Marsudi', 'Ibu', 'Retno Marsudi'],
    ['Sdri. Ayu', 'Sdri.', 'Ayu'],
    ['Tan Sri Dato’ Ahmad', 'Tan Sri Dato’', 'Ahmad'],
    ["Dato' Sri Anwar", "Dato' Sri", 'Anwar'],
    ['Rev. Fr. Peter', 'Rev. Fr.', 'Peter'],
    ['Lau Afioga Tuilaepa', 'Lau Afioga', 'Tuilaepa'],
  ]
  for (const [text, honorific, rest] of cases) {
    it(`"${text}"`, () => expect(splitHonorific(text)).toEqual({ honorific, rest }))
  }

  it('leaves names that only look like honorifics alone', () => {
    for (const name of [
      'HE Yafei',
      'He Yafei',
      'Pak Ui-chun',
      'Adi Nugroho',
      'Drew Smith',
      'Honiara Jones',
      'Missy Elliott',
      'Major Tom',
      'Dr',
      'Jane Doe',
      '',
    ]) {
      expect(splitHonorific(name), name).toEqual({ honorific: '', rest: name })
    }
  })
})
