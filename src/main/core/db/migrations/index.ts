import type { Migration } from '../migration'
import { m001Library } from './001-library'
import { m002Actors } from './002-actors'
import { m003Statements } from './003-statements'
import { m004FetchJobs } from './004-fetch-jobs'
import { m005EventsComparisons } from './005-events-comparisons'
import { m006StatementSpeakers } from './006-statement-speakers'
import { m007Persons } from './007-persons'
import { m008ArticleEdits } from './008-article-edits'
import { m009SearchWordForms } from './009-search-word-forms'
import { m010SavedSearches } from './010-saved-searches'
import { m011CompareLocalisation } from './011-compare-localisation'
import { m012ScaleIndexes } from './012-scale-indexes'
import { m013StatementListKeys } from './013-statement-list-keys'
import { m014TextPersons } from './014-text-persons'
import { m015SearchLanguage } from './015-search-language'

/** Every migration, in order. Add one file per schema change; never edit a released one. */
export const migrations: readonly Migration[] = [m001Library, m002Actors, m003Statements, m004FetchJobs, m005EventsComparisons, m006StatementSpeakers, m007Persons, m008ArticleEdits, m009SearchWordForms, m010SavedSearches, m011CompareLocalisation, m012ScaleIndexes, m013StatementListKeys, m014TextPersons, m015SearchLanguage]
