import { describe, expect, it } from 'vitest'
import { isClosingLine, isFurnitureText } from '../../../src/main/core/extraction/main-text/paragraph-shape'

describe('furniture wording', () => {
  it.each([
    'Advertisement',
    'Anzeige',
    'Реклама',
    'Read more: Nato warns of rising sabotage threat',
    'Lesen Sie auch: EU einigt sich auf Sanktionen',
    'Читайте также: Евросоюз согласовал пакет',
    'Share this article',
    'Teilen mit:',
    'Поделиться',
    'Gefällt mir Wird geladen …',
    'Photo: Damian Dovarganes, AP',
    'Foto: dpa',
    'Фото: пресс-служба МИД',
    '(Image: © NASA/ESA)',
    'Image 3 of 12',
    '[button link=”https://example.org/submit/” type=”big”] Send us YOUR review[/button]',
    'Tags: Ukraine, Energie',
    'Copyright © 2024 Tagesbote',
    'Все права защищены',
    'More from World',
    // Real lines from scrapinghub pages: ad labels in other languages, a lone call to subscribe, a dated stamp,
    // an affiliate notice, "More Great WIRED Stories", a circled-c copyright.
    'Iklan',
    'Publicité',
    'Subscribe',
    'First Published: Tuesday, November 19, 2019 08:38 AM',
    'This post may contain affiliate and/or referral links. Please see my disclosure page.',
    'More Great WIRED Stories',
    'Copyright ⓒ Entermedia.co.kr.',
    'Telegram',
    // Agency photo captions, long as they are
    'In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., left, and European Space Agency astronaut Christer Fuglesang participate in a space walk during construction of the International Space Station.',
    'FILE - This undated photo provided by the ministry shows the new frigate at sea.',
    // The state of a comment thread
    'Keine Kommentare',
    'Comments are closed.',
    'Kommentare insgesamt: 0',
    'Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)',
    // Navigation, toggles and share prompts
    'zurück',
    'Quellen ausblenden',
    'Möchten Sie den Artikel teilen?',
    'Externer Inhalt',
    'Von:',
    'Veja Também: Pacheco quer limitar o indulto',
    'This entry was posted in Allgemein. Bookmark the permalink.',
    'Crédits photos : Bestimage',
  ])('%s', (text) => expect(isFurnitureText(text)).toBe(true))

  it.each([
    'More on this later, he said.',
    'Copyright reform is on the agenda of the justice ministers this week.',
    'Folgen Sie dieser Logik, dann wird es teuer.',
    'Teilen der Opposition geht das nicht weit genug.',
    'Close to 100 people attended the rally in the capital.',
    'Comments on the proposal were mixed, officials said.',
    'Source code of the app was published on Monday.',
    'This picture of the economy is misleading, the minister said on Tuesday in parliament.',
    'In this year, the ministry made photos of every border crossing available to the press.',
    '[Update] The ministry confirmed the figures on Monday [see below].',
    'Back in March, the ministry had promised a decision within weeks.',
    'Von Berlin aus reiste der Minister weiter nach Warschau.',
    'By Monday, the ministry had confirmed the figures.',
    'Zurück in Berlin, sagte der Minister, werde er das Kabinett unterrichten.',
    'Die Regierung will die Zahlen nicht mehr anzeigen, sagte ein Sprecher.',
  ])('prose: %s', (text) => expect(isFurnitureText(text)).toBe(false))
})

describe('closing lines', () => {
  it.each([
    'James Carter is our diplomatic correspondent. Follow him on X @jcarter_ledger.',
    'Reporting by Rodrigo Campos; editing by Nick Zieminski',
    'Sign up to our World Briefing newsletter to get the news in your inbox.',
    'Email the author at jane.roe@example.org.',
    'Mit Material von dpa und Reuters.',
    'Подписывайтесь на наш канал в Telegram.',
    'If you enjoyed this article, we have a proposition for you: Join NRPLUS.',
    'Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie unsere Arbeit.',
    'For the latest stories download the Ledger apps for iOS and Android.',
    // Paywalls and login walls where the text stops
    'To view the full story, please subscribe to The Ledger.',
    'If you’re seeing this message but you’re already a subscriber, you can log in for immediate access.',
    'Möchten Sie weiterlesen?',
    'Ja. Ich bin Abonnent.',
    'Sie sind aktuell nicht eingeloggt.',
    'Pour lire la suite de cet article, abonnez-vous.',
    'Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.',
    'If you enjoyed reading this post – would you consider supporting our work?',
    'Like this story? Share it with a friend!',
    'Want more stories like this?',
    'Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.',
    'Listen to Newsbeat live at 12:45 weekdays - or listen back here.',
    // Rights notices
    '© 2022, Ledger News. This article is the copyrighted property of Ledger News. Written permission must be obtained before reprint.',
    'Copyright 2019 The Ledger. All rights reserved.',
    'This entry was posted in Politics and tagged Nato. Bookmark the permalink.',
    'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein abgelegt.',
  ])('%s', (text) => expect(isClosingLine(text)).toBe(true))

  it.each([
    'Russia does not subscribe to this view, the ministry said.',
    'The ministry will publish a monthly newsletter on export controls, the spokesperson said.',
    'Переговоры прошли при участии представителей ООН.',
    'The committee asked members to read the full report before the vote.',
    'Der Minister sagte, er sei nicht angemeldet gewesen.',
    'Melden Sie sich bis Freitag an, sagte die Behörde den Bürgern.',
    'The copyright holders sued the platform in March, the court said.',
    'Copyright reform is on the agenda of the justice ministers this week.',
    'Fans can follow the band on its tour through Europe this summer.',
  ])('not closing: %s', (text) => expect(isClosingLine(text)).toBe(false))
})
