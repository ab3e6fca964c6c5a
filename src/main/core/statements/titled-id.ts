/**
 * Provisional person ids of the people a text introduces with a title (titled-persons.ts), until the library
 * gives them theirs (actors/person-learning.ts). A module of its own so that the library's stores need not load
 * the statement engine to read them.
 */
export const titledId = (i: number) => `text:${i}`
export const isTitledId = (id: string | null | undefined): boolean => !!id?.startsWith('text:')
