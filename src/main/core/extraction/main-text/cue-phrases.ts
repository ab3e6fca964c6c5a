/*
 * The wording of page furniture that sits between an article's paragraphs, in English, German
 * and Russian: labels that make up a whole paragraph ("Advertisement", "Kommentare"), and
 * openers that no article sentence starts with ("Read more:", "Lesen Sie auch", "Читайте
 * также"). Only short paragraphs are judged by them (see junk-blocks.ts).
 */

/** A whole paragraph that is one of these (with punctuation or a count around it) is a label. */
const LABELS = [
  // Advertisement labels in the languages of the pages analysts save (English, German, Russian, and the ones next to them).
  String.raw`advertisement|advert|ads?|sponsored(?: content)?|anzeige|werbung|реклама|reklama|publicité|publicidad|publicidade|pubblicità|annons|advertentie|reklam|iklan|subscribe|abonnieren|подписаться`,
  String.raw`share(?: this(?: article| story)?| via| on)?|tweet|email|print|comments?|reply|sharen? mit|teilen(?: mit| auf| via)?|drucken|kommentare?|поделиться|комментари[ийя]?|печать`,
  String.raw`related(?: articles| stories| content| coverage| posts)?|more(?: stories| news)?|more (?:great )?\S+ stories|recommended|trending|most (?:popular|read)|top stories|latest(?: news)?|you (?:may|might) (?:also )?like|more (?:from|on|about)(?: \S+){1,3}|mehr zum thema|das könnte sie (?:auch )?interessieren|empfehlungen|по теме|новости по теме|популярное|читайте также`,
  String.raw`close|caption|image caption|loading(?: content)?|continue reading(?: below)?|read more|weiterlesen|подробнее|skip to (?:main )?content|zum inhalt springen|zurück|back|назад`,
  // The placeholder of an embed held back until the reader consents, and a byline's label without its name
  String.raw`externer inhalt|external content|von|by`,
  // Toggles that show or hide part of the page ("Quellen ausblenden", "Hide comments")
  String.raw`(?:[\p{L}-]+ ){1,2}(?:ausblenden|einblenden)|(?:show|hide) (?:all |the )?(?:sources|comments|replies)`,
  String.raw`(?:like|gefällt mir|нравится)(?: this)?(?: (?:loading|wird geladen|загрузка))?|related posts|ähnliche (?:beiträge|artikel)|verwandte artikel|похожие (?:записи|статьи|новости)|wird geladen|загрузка`,
  // The state of a comment thread
  String.raw`(?:no|keine|нет) (?:comments?|kommentare|комментариев)(?: yet| bisher)?|comments? (?:are )?closed|kommentare (?:sind )?(?:geschlossen|deaktiviert)|комментарии (?:закрыты|отключены)|(?:comments?|kommentare|комментари[ийя]) (?:total|insgesamt|всего)`,
  // The networks of share buttons, as a whole line
  String.raw`twitter|x|facebook|whatsapp|telegram|linkedin|xing|pinterest|reddit|tumblr|pocket|flipboard|threads|bluesky|mastodon|vk|вконтакте|одноклассники|e-?mail|mail|messenger|viber|sms|rss`,
]

/** Openers of navigation, promotion and rights lines. */
const OPENERS = [
  String.raw`read (?:more|also|next)\b|also read\b|see (?:also|more)\b|related(?: stories| articles| coverage)?:|watch:|listen:|click here|tap here|don'?t miss`,
  // "See also" in the other languages of pages analysts save
  String.raw`veja também\b|ver también\b|lee también\b|voir aussi\b|lire aussi\b|leggi anche\b|zobacz też\b|zobacz także\b`,
  // The line a blog theme sets under a post
  String.raw`this (?:entry|post) was posted\b|(?:dieser|der) (?:eintrag|beitrag) wurde am\b`,
  String.raw`möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|lesen sie (?:auch|mehr|hier)\b|mehr zum thema\b|auch interessant:|weitere (?:artikel|nachrichten|informationen) (?:zum|zu)|hier klicken|jetzt (?:anmelden|registrieren|abonnieren)|folgen sie uns\b`,
  String.raw`читайте (?:также|нас|ещ[её])\b|смотрите также\b|ещ[её] по теме\b|материалы по теме\b|подписывайтесь\b|подпишитесь\b|присоединяйтесь\b`,
  String.raw`share (?:this|on|via)\b|follow (?:us|@|me on)\b|like us on\b|join (?:us|our) on\b|sign up (?:for|to|here|now)\b|subscribe (?:to|now|here|for)\b|get (?:the latest|our|breaking) \S+ (?:news|updates|alerts|newsletter)|download (?:the|our) app\b|leave a (?:comment|reply)\b|post (?:a )?comment\b`,
  String.raw`(?:first |originally )?published(?: on)?:|zuerst (?:erschienen|veröffentlicht)|this (?:post|article|page) (?:may )?contains? (?:affiliate|sponsored)|dieser (?:beitrag|artikel) enthält (?:affiliate|werbe)`,
  String.raw`all rights reserved|copyright\s*(?:©|ⓒ|\(c\)|\d{4})|alle rechte vorbehalten|все права защищены|(?:tags|topics|schlagw(?:ö|oe)rter|themen|теги|метки|источник|quelle|source|filed under|posted in|categories)\s*:`,
  String.raw`media playback is|this (?:video|slideshow|content|page) (?:requires|is not available)|your browser does not|image \d+ of \d+`,
]

/** `\b` knows only ASCII letters; the end of a word in any script is where no letter or digit follows. */
const WORD_END = String.raw`(?![\p{L}\p{N}])`
const openers = OPENERS.join('|').replaceAll(String.raw`\b`, WORD_END)

/**
 * A short paragraph that is a furniture label, opens with a furniture phrase, is a gallery counter ("Image 3 of 12",
 * "2 of 9"), or a CMS shortcode the page failed to render ("[button link=…]Send us your review[/button]").
 */
export const BOILERPLATE_CUE = new RegExp(
  String.raw`^\[([a-z_-]+)\b[^\]]*\].*\[\/\1\]$|^[^\p{L}]*(?:${LABELS.join('|')})(?:\s*\([^)]*\))?[^\p{L}]*$|^[^\p{L}\p{N}]*(?:${openers})|^[^\p{L}\p{N}]*(?:(?:image|photo|bild|foto|фото)\s*)?\d+\s*(?:of|von|из|/)\s*\d+[^\p{L}\p{N}]*$`,
  'iu',
)

/** A photo credit or caption line: "Photo: …", "(Image: © NASA)", "Foto: dpa", "Getty Images", "©". */
export const CREDIT_CUE =
  /^[^\p{L}\p{N}]*(?:photos?|photograph|picture|image|illustration|graphic|credits?|crédits? photos?|foto|bild|grafik|фото|иллюстрация|кадр)\s*(?:credit\s*)?(?:by\b|:|©|\|)|\((?:photos?|image|credit|foto|bild|фото)\s*:|[©ⓒ]|\bgetty images\b|\bshutterstock\b|\bap photo\b|\bpicture[- ]alliance\b|\bimago\b|^[^\p{L}\p{N}]*(?:reuters|afp|dpa|epa|ap|тасс|риа новости)[^\p{L}\p{N}]*$/iu

/**
 * A news agency's photo caption, which opens by naming the picture and its date ("In this Dec. 12, 2006, file photo,
 * …", "FILE - This undated photo shows …", "Auf diesem Foto …"): a caption runs longer than a credit line.
 */
export const CAPTION_CUE =
  /^(?:file\s*[-–—:]\s*)?(?:in )?this (?:undated )?(?:(?:[a-z]{3,9}\.? \d{1,2}, )?\d{4},? )?(?:file |handout )?(?:photo|image|picture|photograph|frame grab)s?(?:,| (?:shows?|taken|made|released|provided|distributed|obtained)\b)|^(?:auf )?(?:diesem|dieses) (?:undatierten? )?(?:archiv)?(?:foto|bild)(?:,| (?:zeigt|aufgenommen|vom)\b)/iu

/** What a paywall says where the text it holds back would go on ("To view the full story, please subscribe"). */
const PAYWALL = String.raw`\bto (?:view|read|continue reading) (?:the|this) (?:full|rest of the|entire|whole) (?:story|article|post|piece|text)\b|möchten sie weiterlesen|pour lire la suite|чтобы (?:прочитать|читать) (?:статью )?(?:полностью|дальше|далее)`
export const PAYWALL_CUE = new RegExp(PAYWALL, 'iu')

/**
 * Calls to action and contact or credit lines that close articles: follow/subscribe/newsletter
 * prompts, "reach the author at", reporting and editing credits, an e-mail address or @handle.
 */
export const CLOSING_CUE = new RegExp(
  [
    String.raw`[\w.+-]+@[\w-]+\.[\w.-]+|(?:^|\s)@\w{3,}`,
    String.raw`\b(?:follow (?:us|him|her|me|them)(?: on| at|:| @)|(?:sign up|subscribe|register)\b.{0,60}\bnewsletter|newsletters?\b.{0,40}\b(?:sign up|subscribe|inbox)|subscribe (?:to our|now|here|today)\b|join (?:us|our) |join the conversation|download (?:the|our) (?:\w+ )?apps?\b|click here\b|contributed (?:to )?this (?:report|story|article)|(?:additional )?reporting by\b|(?:editing|edited) by\b|contact (?:us|the author)\b|have a (?:news )?tip)`,
    String.raw`\blike this (?:story|article|post)\?|\bshare (?:it|this(?: story| article)?) with (?:a friend|your friends)|\bwant more (?:stories|articles|news) like this|\bfollow (?:\S+ ){1,3}on (?:instagram|facebook|twitter|x|youtube|tiktok|linkedin|telegram)\b|\blisten (?:back|again) (?:here|now)\b`,
    String.raw`\bif you (?:enjoyed|liked) (?:reading )?(?:this|the) (?:article|post|story|piece)|(?:wenn|falls) ihnen (?:dieser|der) (?:artikel|beitrag) gefallen hat`,
    // The line a blog theme sets under a post ("This entry was posted in … Bookmark the permalink.")
    String.raw`^(?:this (?:entry|post) was posted\b|(?:dieser|der) (?:eintrag|beitrag) wurde am\b)`,
    // A rights notice ("© 2022, Example News. This article is the copyrighted property of …")
    String.raw`^[^\p{L}\p{N}]*(?:[©ⓒ]|\(c\)\s*\d{4}|copyright\s*(?:[©ⓒ]|\(c\)|\d{4}))`,
    // What a paywall or a login wall says where the text stops
    PAYWALL,
    String.raw`\bplease (?:subscribe|log ?in|sign in)\b|\balready an? (?:subscriber|member)\b|ich bin abonnent|(?:sie sind|du bist) (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|(?:sie müssen|du musst) (?:sich |dich )?(?:einloggen|anmelden|eingeloggt sein|angemeldet sein)|(?:loggen|melden) sie sich (?:bitte )?(?:ein|an)\b|bitte (?:einloggen|anmelden)\b|déjà abonné|оформите подписку`,
    String.raw`(?:folgen sie (?:uns|(?:dem|der) autor)|abonnieren sie|jetzt abonnieren|newsletter abonnieren|(?:melden|registrieren) sie sich .{0,40}newsletter|mitarbeit:|mit material von|schreiben sie uns)`,
    String.raw`(?:подписывайтесь|подпишитесь|следите за (?:нами|новостями)|наш(?:ем)? (?:канал|telegram)|пишите нам)`,
  ].join('|'),
  'iu',
)
