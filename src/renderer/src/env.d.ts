/// <reference types="vite/client" />
import type { RendererApi } from '../../shared/api'

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or the e2e shim (browser tests); use it only through ./api. */
    api: RendererApi
  }
}

export {}
