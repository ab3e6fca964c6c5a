import { z } from 'zod'
import { ApiError, type ApiContext, type NamespaceHandlers, type NamespaceSchemas } from '../types'
import { none } from './common'

const absolutePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), 'expected an absolute path')

export const importSchemas: NamespaceSchemas<'import'> = {
  start: z.tuple([z.array(absolutePath).min(1).max(10_000)]),
  cancel: z.tuple([z.string().min(1).max(100)]),
  pickAndStart: none,
}

export const importHandlers = ({ services, platform, emit, chosenPaths }: ApiContext): NamespaceHandlers<'import'> => {
  const start = (paths: string[]) =>
    services.importer.start(paths, {
      onProgress: (p) => emit('import.progress', p),
      onDone: (s) => {
        emit('import.done', s)
        // Articles the import (or an earlier one) left without statements are read now.
        void services.statementRepair.start()
      },
    })
  return {
    start: (paths) => {
      const refusal = chosenPaths?.refusal(paths)
      if (refusal) throw new ApiError('refused', refusal)
      return start(paths)
    },
    cancel: (jobId) => services.importer.cancel(jobId),
    pickAndStart: async () => {
      const paths = await platform.pickImportPaths()
      if (!paths?.length) return null
      chosenPaths?.grant(paths)
      return start(paths)
    },
  }
}
