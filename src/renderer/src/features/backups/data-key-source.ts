import { browserDataKey, importDataKey, setDataKeySource } from '../../db/secrets'
import { host } from '../../platform'

/**
 * In the desktop app the key that seals secrets is main's (kept with the OS keyring); without a
 * usable keyring the renderer's own key stands in. A plain browser always uses its own.
 */
export function configureDataKey(): void {
  if (host.kind !== 'electron') return
  setDataKeySource(async () => {
    const material = await host.secretKey()
    return material ? importDataKey(material.key, material.keyId) : browserDataKey()
  })
}
