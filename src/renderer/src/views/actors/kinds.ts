import type { ActorKind } from '../../../../shared/api'

/** Every actor kind, in the order offered to the analyst. */
export const ACTOR_KINDS: ActorKind[] = [
  'foreign-ministry',
  'ministry',
  'government',
  'presidency',
  'organisation',
  'agency',
  'person',
  'other',
]
