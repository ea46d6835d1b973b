import type { IpcMainInvokeEvent } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({ writeText: vi.fn() }))
vi.mock('electron', () => ({ clipboard: { writeText: electron.writeText } }))

const { copyText, printToPdf } = await import('./press-handlers')
const { contract } = await import('../shared/ipc/contract')

const printToPDF = vi.fn()
const event = { sender: { printToPDF } } as unknown as IpcMainInvokeEvent

beforeEach(() => vi.clearAllMocks())

describe('printToPdf', () => {
  it('prints the sender to A4 with print styles and answers with bytes the contract accepts', async () => {
    printToPDF.mockResolvedValueOnce(Buffer.from('%PDF-1.7 test'))
    const response = await printToPdf(undefined, event)
    expect(new TextDecoder().decode(response.bytes)).toBe('%PDF-1.7 test')
    expect(contract.printToPdf.response.safeParse(response).success).toBe(true)
    expect(printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }),
    )
  })

  it('answers with a code, not the reason, when printing fails', async () => {
    printToPDF.mockRejectedValueOnce(new Error('/home/user/secret path'))
    await expect(printToPdf(undefined, event)).rejects.toThrow(/^handler_failed$/)
  })
})

describe('copyText', () => {
  it('writes the text to the clipboard', () => {
    expect(copyText({ text: 'Tonga, Tuvalu dan Vanuatu' })).toEqual({ copied: true })
    expect(electron.writeText).toHaveBeenCalledWith('Tonga, Tuvalu dan Vanuatu')
  })

  it('reports failure instead of throwing', () => {
    electron.writeText.mockImplementationOnce(() => {
      throw new Error('no clipboard')
    })
    expect(copyText({ text: 'x' })).toEqual({ copied: false })
  })

  it('refuses oversized or malformed requests at the contract', () => {
    expect(contract.copyText.request.safeParse({ text: 'x'.repeat(1_000_001) }).success).toBe(false)
    expect(contract.copyText.request.safeParse({ text: 'x', extra: 1 }).success).toBe(false)
    expect(contract.printToPdf.request.safeParse({ url: 'file:///' }).success).toBe(false)
  })
})
