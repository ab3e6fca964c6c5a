import { API_METHODS, type Namespace } from '../../shared/api'
import { toApiError } from './errors'
import { createHandlers } from './handlers'
import { schemas } from './schemas'
import { ApiError, type ApiContext, type Handlers } from './types'

export type Dispatch = (namespace: string, method: string, args: unknown) => Promise<unknown>

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k)

/**
 * The single entry for every API call, from IPC or the test server: the method must be in the
 * contract and its arguments must pass its schema before any handler runs.
 */
export function createDispatcher(ctx: ApiContext, handlers: Handlers = createHandlers(ctx)): Dispatch {
  return async (namespace, method, args) => {
    if (!has(API_METHODS, namespace) || !has(API_METHODS[namespace as Namespace], method)) {
      throw new ApiError('unknown-method', `Unknown API method ${namespace}.${method}`)
    }
    const schema = (schemas as unknown as Record<string, Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[]; message: string }[] } } }>>)[namespace][method]
    const parsed = schema.safeParse(args)
    if (!parsed.success) {
      const detail = parsed.error!.issues.map((i) => `${i.path.map(String).join('.') || 'arguments'}: ${i.message}`).join('; ')
      throw new ApiError('invalid-arguments', `Invalid arguments for ${namespace}.${method}: ${detail}`)
    }
    const handler = (handlers as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)[namespace][method]
    try {
      return await handler(...(parsed.data as unknown[]))
    } catch (err) {
      throw toApiError(err)
    }
  }
}
