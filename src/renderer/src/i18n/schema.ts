/** The shape of the UI messages: en.ts's, which every other language must match. */
import type en from './en'

export type MessageSchema = typeof en
