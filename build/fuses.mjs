// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// Fuses are compiled-in switches an attacker cannot turn back on with flags or environment
// variables: the packaged app can then not be run as plain Node, take NODE_OPTIONS or
// --inspect, or load code from outside its (integrity-checked) app.asar.
import path from 'node:path'
import fuses from '@electron/fuses'

// @electron/fuses is CommonJS: take its exports from the default import.
const { flipFuses, FuseVersion, FuseV1Options } = fuses

// builder-util's Arch enum: ia32 0, x64 1, armv7l 2, arm64 3, universal 4.
const ARCH_ARM64 = 3

/**
 * The Electron executable (or .app bundle) electron-builder just produced.
 * @param {import('electron-builder').AfterPackContext} context
 */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const name = packager.appInfo.productFilename
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${name}.app`)
    case 'win32':
      return path.join(appOutDir, `${name}.exe`)
    case 'linux':
      return path.join(appOutDir, packager.executableName)
    default:
      throw new Error(`fuses: unsupported platform ${electronPlatformName}`)
  }
}

/** @param {import('electron-builder').AfterPackContext} context */
export async function afterPack(context) {
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas'
  await flipFuses(electronBinaryPath(context), {
    version: FuseVersion.V1,
    // Apple Silicon refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: isMac && context.arch === ARCH_ARM64,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The app is served from app://, never file://, so file: needs no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  })
}

export default afterPack
