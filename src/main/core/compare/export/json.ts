import type { ComparisonModel } from '../../../../shared/api/compare'

export const JSON_FORMAT = 'parallax-comparison'
/** 2: person columns (`person:<id>` keys, `columns[].actor.person`), cards' `personId`, a card's `actorId` may be null. */
export const JSON_VERSION = 2

/** The whole model, tagged with a format name and version so other tools can rely on its shape. */
export function renderJson(model: ComparisonModel): string {
  return JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, ...model }, null, 2) + '\n'
}
