import type { z } from 'zod'
import type { ApiEvents, EventName, MethodOf, Namespace, ParallaxApi } from '../../shared/api'
import type { PdfPrintOptions } from '../core/compare/export/pdf-options'
import type { ChosenPaths } from '../core/import/chosen-paths'
import type { Services } from '../core/services'

type Method<N extends Namespace, M extends MethodOf<N>> = ParallaxApi[N][M] extends (...args: infer A) => infer R
  ? (...args: A) => R | Awaited<R>
  : never

type Args<N extends Namespace, M extends MethodOf<N>> = ParallaxApi[N][M] extends (...args: infer A) => unknown ? A : never

export type NamespaceHandlers<N extends Namespace> = { [M in MethodOf<N>]: Method<N, M> }
/** A schema per method validates the argument tuple before the handler sees it. */
export type NamespaceSchemas<N extends Namespace> = { [M in MethodOf<N>]: z.ZodType<Args<N, M>> }

export type Handlers = { [N in Namespace]: NamespaceHandlers<N> }
export type Schemas = { [N in Namespace]: NamespaceSchemas<N> }

/** What only the host (Electron shell, CLI, test server) can do. */
export interface Platform {
  openExternal(url: string): Promise<void>
  /** Asks the person for files/folders to import; null when cancelled or unavailable. */
  pickImportPaths(): Promise<string[] | null>
  /**
   * Prints report HTML through the system print dialog (a hidden window's webContents.print with
   * electronPrintOptions(options)); false when cancelled. Absent where there is no printer dialog.
   */
  printHtml?(html: string, options: HtmlPrintOptions): Promise<boolean>
  /**
   * Asks where to save (suggesting options.suggestedName) and writes report HTML as a PDF
   * (printToPDF with electronPrintToPdfOptions(options), or page.pdf in tests); the path, or null when cancelled.
   */
  saveHtmlAsPdf?(html: string, options: HtmlPrintOptions): Promise<string | null>
  /** Asks where to save (the system dialog) and writes UTF-8 text there; the path, or null when cancelled. */
  saveTextFile?(text: string, options: SaveTextOptions): Promise<string | null>
}

export interface SaveTextOptions {
  suggestedName: string
  filters: readonly { name: string; extensions: readonly string[] }[]
}

/** Page setup and footer for printing a report (core/compare/export/pdf-options.ts), plus a file name. */
export type HtmlPrintOptions = PdfPrintOptions & { suggestedName: string }

export interface ApiContext {
  services: Services
  platform: Platform
  /** What the person chose to import (drop, open dialog); when set, import.start accepts nothing else. */
  chosenPaths?: ChosenPaths
  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void
}

export class ApiError extends Error {
  constructor(
    readonly code: 'invalid-arguments' | 'unknown-method' | 'not-found' | 'refused' | 'failed',
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}
