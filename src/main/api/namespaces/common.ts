import { z } from 'zod'

export const id = z.number().int().positive()
export const ids = z.array(id).max(100_000)
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb')
export const tagName = z.string().trim().min(1, 'a tag needs a name').max(80)
export const none = z.tuple([])
