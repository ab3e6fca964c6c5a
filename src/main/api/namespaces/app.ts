import { z } from 'zod'
import type { ApiContext, NamespaceHandlers, NamespaceSchemas } from '../types'
import { none } from './common'

const settingsPatch = z.strictObject({
  locale: z.enum(['en', 'de']).optional(),
  theme: z.enum(['system', 'light', 'dark']).optional(),
})

export const appSchemas: NamespaceSchemas<'app'> = {
  openExternal: z.tuple([z.string().max(8192)]),
  settings: none,
  updateSettings: z.tuple([settingsPatch]),
}

export const appHandlers = ({ services, platform }: ApiContext): NamespaceHandlers<'app'> => ({
  openExternal: (url) => platform.openExternal(url),
  settings: () => services.settings.get(),
  updateSettings: (patch) => services.settings.update(patch),
})
