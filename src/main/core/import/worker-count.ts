import { availableParallelism, totalmem } from 'node:os'
import { WORKER_HEAP_MB } from './extraction-pool'

/**
 * What one extraction worker may take at most: its capped heap plus its young generation, code and the
 * buffers of the file it reads. Workers are given at most a third of the machine's memory.
 */
const WORKER_BUDGET_MB = WORKER_HEAP_MB + 150

/**
 * One extraction worker per core: the writer thread needs little CPU (it only stores results), so
 * cores − 1 left a core idle. Fewer on a machine whose memory could not hold them all at their limit.
 */
export function defaultWorkerCount(cores = availableParallelism(), memoryMb = totalmem() / 1024 / 1024): number {
  const byMemory = Math.floor(memoryMb / 3 / WORKER_BUDGET_MB)
  return Math.max(1, Math.min(cores, byMemory))
}
