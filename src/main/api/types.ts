import type { z } from 'zod'
import type { ApiEvents, EventName, MethodOf, Namespace, ParallaxApi } from '../../shared/api'
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
}

export interface ApiContext {
  services: Services
  platform: Platform
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
