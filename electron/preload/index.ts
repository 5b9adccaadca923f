import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/build-api';

// Wrapped in a closure so the page never gets ipcRenderer itself, only the contract's functions.
contextBridge.exposeInMainWorld(
  'api',
  buildApi((channel, input) => ipcRenderer.invoke(channel, input)),
);
