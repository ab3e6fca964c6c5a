import type { Article, CitationExport, CitationFormat, CitationSelection } from '../../../shared/api'
import type { ArticleStore } from '../library/article-store'
import { notFound } from '../library/errors'
import type { TagStore } from '../library/tag-store'
import { toBibtex } from './bibtex'
import { citationItem, type CitationItem } from './citation-item'
import { toCslJson } from './csl-json'
import { toRis } from './ris'

const RENDER: Record<CitationFormat, (items: readonly CitationItem[]) => string> = { ris: toRis, 'csl-json': toCslJson, bibtex: toBibtex }
const EXTENSION: Record<CitationFormat, string> = { ris: 'ris', 'csl-json': 'json', bibtex: 'bib' }
const PAGE = 500

/** Citations of library articles in RIS, CSL-JSON or BibTeX: the same for the CLI and the app. */
export class CitationExporter {
  constructor(
    private readonly articles: ArticleStore,
    private readonly tags: TagStore,
  ) {}

  export(selection: CitationSelection, format: CitationFormat): CitationExport {
    const items = this.select(selection).map(citationItem)
    return { text: RENDER[format](items), count: items.length, fileName: `citations.${EXTENSION[format]}` }
  }

  /**
   * The articles to cite: the ids in the order given (an id not in the library is an error, not a gap
   * in a bibliography), or everything a search and/or tag finds, newest first.
   */
  select(selection: CitationSelection): Article[] {
    if (selection.ids?.length) {
      return selection.ids.map((id) => this.articles.get(id) ?? fail(id))
    }
    const tagIds = selection.tag ? [this.tagId(selection.tag)] : undefined
    const text = selection.query?.trim() || undefined
    const out: Article[] = []
    for (let offset = 0; ; offset += PAGE) {
      const page = this.articles.search({ text, tagIds, sort: text ? 'relevance' : 'date-desc', offset, limit: PAGE })
      for (const hit of page.hits) {
        const article = this.articles.get(hit.id)
        if (article) out.push(article)
      }
      if (page.hits.length < PAGE || offset + PAGE >= page.total) return out
    }
  }

  private tagId(name: string): number {
    const tag = this.tags.list().find((t) => t.name.toLowerCase() === name.trim().toLowerCase())
    if (!tag) throw notFound(`The tag "${name}"`)
    return tag.id
  }
}

function fail(id: number): never {
  throw notFound(`Article ${id}`)
}
