import type { Statement } from 'better-sqlite3'
import { METADATA_FIELDS, type MetadataField, type MetadataPatch } from '../../../shared/api'
import type { Db } from '../db/open'
import { extractArticle } from '../extraction/extract'
import type { ExtractedArticle } from '../extraction/types'
import { articleUrl } from './article-writer'
import { decompressCapture } from './capture'
import { LibraryError, notFound } from './errors'
import { validateMetadataPatch, type MetadataValues } from './metadata-validation'
import { domainOf } from './url-normalise'

interface EditRow {
  id: number
  editedFields: string
  origin: string
  compression: string | null
  bytes: Uint8Array | null
  fileName: string | null
  mediaType: string | null
}

/** Which column each field writes. */
const COLUMN: Record<MetadataField, keyof MetadataValues> = {
  title: 'title',
  outlet: 'site_name',
  author: 'byline',
  publishedAt: 'published_at',
  url: 'url',
  language: 'language',
}

/**
 * The analyst's corrections to an article's metadata, and re-reading metadata from the stored
 * capture. Corrected fields are recorded in `edited_fields`; re-extraction writes only the others,
 * so a correction survives every later run of improved extraction rules. The text is never
 * re-extracted here: statement offsets point into it.
 */
export class MetadataEditor {
  private readonly row: Statement
  private readonly byUrl: Statement
  private readonly upsertSource: Statement
  private readonly setEdited: Statement
  private readonly updateInTransaction: (id: number, patch: MetadataPatch) => void
  private readonly reextractInTransaction: (id: number, revert: readonly MetadataField[]) => void

  constructor(private readonly db: Db) {
    this.row = db.prepare(`
      SELECT a.id, a.edited_fields AS editedFields, a.origin, c.compression, c.bytes, c.file_name AS fileName, c.media_type AS mediaType
      FROM articles a LEFT JOIN captures c ON c.id = a.capture_id WHERE a.id = ?`)
    this.byUrl = db.prepare('SELECT id, title FROM articles WHERE canonical_url = ? AND id <> ?')
    // An outlet named by the first article that states one, as on import.
    this.upsertSource = db.prepare(`
      INSERT INTO sources (domain, name) VALUES (?, ?)
      ON CONFLICT (domain) DO UPDATE SET name = coalesce(sources.name, excluded.name)
      RETURNING id`)
    this.setEdited = db.prepare('UPDATE articles SET edited_fields = ? WHERE id = ?')
    this.updateInTransaction = db.transaction((id: number, patch: MetadataPatch) => this.applyEdit(id, patch))
    this.reextractInTransaction = db.transaction((id: number, revert: readonly MetadataField[]) => this.applyReextraction(id, revert))
  }

  /** Writes a checked correction and marks its fields as edited. Throws LibraryError with a message fit to show. */
  update(id: number, patch: MetadataPatch): void {
    this.updateInTransaction(id, patch)
  }

  /**
   * Reads the article's metadata again from its stored capture with the current rules and writes
   * every field the analyst has not corrected; `revert` gives corrected fields back to extraction first.
   */
  reextract(id: number, revert: readonly MetadataField[] = []): void {
    this.reextractInTransaction(id, revert)
  }

  private applyEdit(id: number, patch: MetadataPatch): void {
    const row = this.load(id)
    const { values, fields } = validateMetadataPatch(patch)
    this.write(id, values, true)
    const edited = new Set([...parseFields(row.editedFields), ...fields])
    this.setEdited.run(JSON.stringify(METADATA_FIELDS.filter((f) => edited.has(f))), id)
  }

  private applyReextraction(id: number, revert: readonly MetadataField[]): void {
    const row = this.load(id)
    const edited = new Set(parseFields(row.editedFields).filter((f) => !revert.includes(f)))
    const extracted = this.extract(row)
    const automatic: MetadataValues = {
      title: extracted.title.replace(/\s+/gu, ' ').trim() || undefined,
      site_name: extracted.siteName,
      byline: extracted.byline,
      published_at: extracted.publishedAt,
      url: extracted.url,
      language: extracted.language,
    }
    const values: MetadataValues = {}
    for (const field of METADATA_FIELDS) {
      const column = COLUMN[field]
      if (!edited.has(field) && automatic[column] !== undefined) Object.assign(values, { [column]: automatic[column] })
    }
    this.write(id, values, false)
    this.setEdited.run(JSON.stringify(METADATA_FIELDS.filter((f) => edited.has(f))), id)
  }

  private load(id: number): EditRow {
    const row = this.row.get(id) as EditRow | undefined
    if (!row) throw notFound(`Article ${id}`)
    return row
  }

  private extract(row: EditRow): ExtractedArticle {
    if (!row.bytes || !row.compression) throw new LibraryError('refused', `Article ${row.id} has no stored capture to read its metadata from`)
    const bytes = new Uint8Array(decompressCapture(row.compression, row.bytes))
    return extractArticle({ bytes, fileName: row.fileName ?? fileNameFor(row.mediaType), url: /^https?:\/\//i.test(row.origin) ? row.origin : undefined })
  }

  /**
   * Writes column values; a URL also sets the canonical URL (the duplicate check's identity) and the
   * source. Another article with the same address refuses an edit, while re-extraction then keeps
   * the old address rather than fail.
   */
  private write(id: number, values: MetadataValues, strict: boolean): void {
    const sets: string[] = []
    const params: unknown[] = []
    for (const [column, value] of Object.entries(values)) {
      if (column === 'url') continue
      sets.push(`${column} = ?`)
      params.push(value)
    }
    if (values.url !== undefined) {
      const canonical = articleUrl(values.url)
      const other = canonical ? (this.byUrl.get(canonical, id) as { id: number; title: string } | undefined) : undefined
      if (other && strict) throw new LibraryError('refused', `Article ${other.id} (“${other.title}”) already has this URL`)
      if (!other) {
        const domain = domainOf(values.url)
        const sourceId = domain ? (this.upsertSource.get(domain, values.site_name ?? null) as { id: number }).id : null
        sets.push('url = ?', 'canonical_url = ?', 'source_id = ?')
        params.push(values.url, canonical, sourceId)
      }
    }
    if (sets.length) this.db.prepare(`UPDATE articles SET ${sets.join(', ')} WHERE id = ?`).run(...params, id)
  }
}

function parseFields(json: string): MetadataField[] {
  const list = JSON.parse(json) as unknown[]
  return METADATA_FIELDS.filter((f) => list.includes(f))
}

/** Extraction picks its reader by the file name's extension; captures saved without a name have their media type. */
function fileNameFor(mediaType: string | null): string {
  if (mediaType === 'text/plain') return 'capture.txt'
  if (mediaType === 'multipart/related') return 'capture.mhtml'
  return 'capture.html'
}
