/**
 * The statements of the article in the reader: loading, highlight ranges coloured by actor,
 * the focused statement, and review/correction/creation through the statements API.
 */
import { computed, ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { ManualStatementInput, StatementPatch, StatementRecord } from '../../../../shared/api'
import { api } from '../../api'
import type { HighlightRange } from '../../components/ArticleText.vue'
import { useNoticesStore } from '../../stores/notices'
import { actorColor } from '../../lib/actor-color'
import { reasonsTooltip, shownReferent } from '../../lib/statement-speaker'

/** Highlight id of a statement; unattributed ones carry a prefix the reader styles as grey dashed. */
export function statementRangeId(s: StatementRecord): string {
  return s.actor ? `stmt-${s.id}` : `stmt-open-${s.id}`
}

export function statementIdOfRange(id: string | number): number | null {
  const m = /^stmt-(?:open-)?(\d+)$/.exec(String(id))
  return m ? Number(m[1]) : null
}

export function useArticleStatements(articleId: Ref<number>) {
  const { t } = useI18n()
  const notices = useNoticesStore()
  const items = ref<StatementRecord[]>([])
  const focusedId = ref<number | null>(null)

  const focused = computed(() => items.value.find((s) => s.id === focusedId.value) ?? null)

  function speakerLine(s: StatementRecord): string {
    const referent = shownReferent(s)
    return referent ? t('statements.speakerRefersTo', { speaker: s.speaker, referent }) : t('statements.speakerAsWritten', { speaker: s.speaker })
  }

  const ranges = computed<HighlightRange[]>(() =>
    items.value
      .filter((s) => s.review !== 'rejected')
      .map((s) => ({
        id: statementRangeId(s),
        start: s.start,
        end: s.end,
        color: s.actor ? actorColor(s.actor.id) : 'transparent',
        title: [
          `${s.actor?.name ?? t('statements.unattributed')} · ${t(`statements.kind.${s.kind}`)}`,
          s.speaker ? speakerLine(s) : '',
          reasonsTooltip(s.reasons, t('statements.reasons')),
        ]
          .filter(Boolean)
          .join('\n'),
      })),
  )

  async function load(): Promise<void> {
    try {
      items.value = (await api.statements.forArticle(articleId.value)).sort((a, b) => a.start - b.start || a.end - b.end)
    } catch (err) {
      items.value = []
      notices.error(err)
    }
  }

  function replace(s: StatementRecord): void {
    items.value = items.value.map((x) => (x.id === s.id ? s : x))
  }

  async function update(id: number, patch: StatementPatch): Promise<boolean> {
    try {
      replace(await api.statements.update(id, patch))
      return true
    } catch (err) {
      notices.error(err)
      return false
    }
  }

  async function create(input: Omit<ManualStatementInput, 'articleId'>): Promise<StatementRecord | null> {
    try {
      const s = await api.statements.create({ ...input, articleId: articleId.value })
      items.value = [...items.value, s].sort((a, b) => a.start - b.start || a.end - b.end)
      focusedId.value = s.id
      notices.info(t('statements.created'))
      return s
    } catch (err) {
      notices.error(err)
      return null
    }
  }

  /** Moves the focus to the next/previous statement in text order; returns it. */
  function step(by: 1 | -1): StatementRecord | null {
    const n = items.value.length
    if (!n) return null
    const i = items.value.findIndex((s) => s.id === focusedId.value)
    const next = items.value[i < 0 ? (by > 0 ? 0 : n - 1) : (i + by + n) % n]
    focusedId.value = next.id
    return next
  }

  return { items, ranges, focusedId, focused, load, update, create, step }
}
