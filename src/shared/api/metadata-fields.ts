/** The metadata an analyst can correct; each names one column of the article. Its own file so library.ts and metadata.ts both use it without importing each other. */
export type MetadataField = 'title' | 'outlet' | 'author' | 'publishedAt' | 'url' | 'language'

export const METADATA_FIELDS: readonly MetadataField[] = ['title', 'outlet', 'author', 'publishedAt', 'url', 'language']
