/**
 * Verbs whose object is the content of what was said: demands and announcements, and judgements with their
 * complement. Stems, so that a finite form ("forderte") and a participle without its prefix ("gefordert" → "fordert")
 * both match; used by reported.ts for objects after the verb and german-perfect.ts for objects before the participle.
 */

/** Verbs whose object states a demand, promise or announcement, per language; `about` marks "о …"/"vor …"/"of …" objects. */
export const OBJECT_VERBS: Record<string, { direct: RegExp; about: RegExp }> = {
  ru: {
    direct: /^(?:призва|призыва|потребова|требова|предложи|предлага|попроси|поручи|пообеща|обеща|вырази|выража|подтверди|подтвержда|рекомендова|рекоменду|посоветова|назва|называ|осуди|осужда|высказа|высказыва)/iu,
    about: /^(?:заяви|заявля|сообщи|сообща|объяви|объявля|предупреди|предупрежда)/iu,
  },
  de: {
    direct: /^(?:forder|verlang|mahnt|kündigt|versprach|verspricht|bekräftigt|betont|verkündet|unterstrich|unterstreicht|bekundet|begrüßt)/iu,
    about: /^(?:warnt|erinnert|appelliert|plädiert)/iu,
  },
  en: {
    direct: /^(?:urg|demand|vow|pledg|promis|warn|advis|encourag|ask|implor|call(?:s|ed|ing)?\s+(?:on|upon)$)/iu,
    about: /^(?:warn|call)/iu,
  },
}
/**
 * Verbs of judgement whose object with a complement states a view: "criticized the officer for shooting …",
 * "described Clinton as a disgrace", "kritisierte die Regierung für …", "раскритиковал власти за …". Without the
 * complement ("condemned the attack") the verb names an act, not what was said.
 */
export const JUDGEMENT: Record<string, [RegExp, string][]> = {
  en: [
    [/^(?:accus|suspect|convict)/iu, 'of'],
    [/^(?:critici[sz]|condemn|blam|prais|thank|credit|fault|rebuk|chid|lambast|slam|blast|denounc|applaud|commend)/iu, 'for'],
    [/^(?:describ|brand|label|portray|characteri[sz]|dismiss|hail|denounc|condemn|criticiz)/iu, 'as'],
    [/^call(?:s|ed|ing)?\s+out$/iu, 'for'],
    [/^blam/iu, 'on'],
  ],
  de: [
    [/^(?:kritisier|verurteil|lob|würdig|tadel|rüg|dank|geißel|attackier)/iu, 'für|wegen'],
    [/^(?:bezeichne|nannt|nennt|charakterisier|kritisier|verurteil|würdig)/iu, 'als'],
    [/^(?:beschuldig|bezichtig|verdächtig)/iu, 'des'],
  ],
  ru: [
    [/^(?:раскритикова|критикова|осуди|осужда|упрекну|упрека|поблагодари|благодари|похвали|хвали)/iu, 'за'],
    [/^(?:обвини|обвиня|упрекну|упрека|подозрева|заподозри)/iu, 'в|во'],
  ],
}
