import { lowerFold } from './tokenize'
import type { TextLanguage } from './text-language'

/**
 * Words every statement on any event is full of — the country, the situation, the side, help, friendly —
 * which Snowball's function-word lists keep: as a recurring phrase or a theme's title they say nothing
 * ("befreundeten", "Hilfe", "Land" were shown as shared formulations). They may stand inside a phrase
 * ("Hilfe für die Bevölkerung"), never make one alone, and do not group statements into themes.
 */
const FILLER: Record<TextLanguage, string[]> = {
  de: [
    'land', 'länder', 'landes', 'ländern', 'lage', 'situation', 'seite', 'seiten', 'frage', 'fragen', 'hilfe', 'unterstützung',
    'befreundet', 'befreundete', 'befreundeten', 'befreundetes', 'befreundeter', 'partner', 'partnern', 'zeit', 'jahr', 'jahre',
    'jahren', 'tag', 'tage', 'tagen', 'woche', 'teil', 'art', 'weise', 'sinne', 'rahmen', 'bezug', 'hinsicht', 'blick',
    'man', 'mehr', 'viel', 'viele', 'vielen', 'ganz', 'ganze', 'ganzen', 'heute', 'derzeit', 'gestern', 'bereits', 'weiterhin',
    'erklärung', 'stellungnahme', 'mitteilung', 'angaben', 'gebe', 'gibt', 'geben', 'gegeben', 'müsse', 'müssen', 'könne', 'können',
    'solle', 'sollen', 'werde', 'werden', 'habe', 'haben', 'gehe', 'geht', 'steht', 'stehe', 'neue', 'neuen', 'wichtig', 'wichtige',
  ],
  en: [
    'country', 'countries', 'situation', 'side', 'sides', 'question', 'issue', 'issues', 'help', 'support', 'friendly', 'partner',
    'partners', 'time', 'year', 'years', 'day', 'days', 'week', 'part', 'way', 'regard', 'respect', 'view', 'terms', 'matter',
    'today', 'currently', 'yesterday', 'already', 'continue', 'continues', 'statement', 'statements', 'remarks', 'comment',
    'need', 'needs', 'must', 'should', 'would', 'could', 'new', 'important', 'many', 'much', 'more', 'very',
  ],
  ru: [
    'страна', 'страны', 'стране', 'страну', 'странах', 'ситуация', 'ситуации', 'ситуацию', 'сторона', 'стороны', 'стороне',
    'вопрос', 'вопросы', 'вопроса', 'помощь', 'помощи', 'поддержка', 'поддержки', 'дружественный', 'дружественной',
    'дружественная', 'дружественного', 'дружественные', 'партнер', 'партнеры', 'партнеров', 'время', 'года', 'году', 'лет', 'день',
    'дня', 'дней', 'неделя', 'часть', 'рамках', 'связи', 'отношении', 'сегодня', 'вчера', 'уже', 'также', 'заявление',
    'заявлении', 'сообщение', 'нужно', 'необходимо', 'должны', 'может', 'могут', 'новый', 'новые', 'важно', 'важный', 'очень',
  ],
}

const SETS: Record<TextLanguage, ReadonlySet<string>> = {
  de: new Set(FILLER.de.map(lowerFold)),
  en: new Set(FILLER.en.map(lowerFold)),
  ru: new Set(FILLER.ru.map(lowerFold)),
}

export function isFiller(lower: string, language: TextLanguage): boolean {
  return SETS[language].has(lower)
}
