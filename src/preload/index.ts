import { contextBridge, ipcRenderer } from 'electron'
import { HOST_BRIDGE_NAME } from '../shared/ipc/channels'
import { buildHostApi } from './host-api'

// Runs sandboxed, before the page, in an isolated world. contextBridge copies the API into the
// page; the page never sees ipcRenderer or the event objects it produces.
contextBridge.exposeInMainWorld(
  HOST_BRIDGE_NAME,
  buildHostApi((channel, request) => ipcRenderer.invoke(channel, request)),
)
