import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../../src/main/core/extraction/dom'
import { extractArticle } from '../../../src/main/core/extraction/extract'
import { articleOrigins, otherArticlesStart } from '../../../src/main/core/extraction/main-text/article-origins'
import { collectBlocks } from '../../../src/main/core/extraction/main-text/blocks'
import { fallbackBlocks, looseBlocks } from '../../../src/main/core/extraction/main-text/fallback'
import { removePageFurniture } from '../../../src/main/core/extraction/main-text/pre-clean'

const PROSE = [
  'The defence ministry said on Thursday that the exercise would involve about four thousand soldiers from eight countries.',
  'Officials stressed that the manoeuvres had been planned for more than a year and were not directed at any neighbouring state.',
  'Observers from the OSCE have been invited to follow the exercise, which ends on the last day of the month.',
  'Opposition politicians questioned the cost of the exercise and asked for a detailed account in parliament next week.',
]

const extract = (body: string, head = '<title>Exercise announced</title>') =>
  extractArticle({ bytes: Buffer.from(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), fileName: 'page.html' })
const paragraphsOf = (body: string) => extract(body).text.split('\n\n')

describe('cleanup of the main text', () => {
  it('drops figure captions and captioned image wrappers, keeps text beside an inline image', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>
      <p>${PROSE[0]}</p>
      <figure><img src="a.jpg"><figcaption>Soldiers at the training ground near the border. Photo: AP</figcaption></figure>
      <p>${PROSE[1]}</p>
      <div class="media"><div><img src="b.jpg"></div><p>Tanks on a railway wagon before the exercise.</p></div>
      <p>${PROSE[2]} <img src="c.png" alt=""> ${PROSE[3]}</p></article>`)
    expect(ps).toEqual([PROSE[0], PROSE[1], `${PROSE[2]} ${PROSE[3]}`])
  })

  it('keeps a quotation that shows a picture beside what it quotes (a reader review with a photo)', () => {
    const review = '“The show was really great. We received the tickets at the entrance and enjoyed a free drink at the cafe.”'
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1><p>${PROSE[0]}</p>
      <blockquote><p><img src="review.jpg" alt=""></p><p>${review}</p></blockquote>
      <p>${PROSE[1]}</p><figure><div><img src="a.jpg"></div><p>Tanks on a railway wagon.</p></figure><p>${PROSE[2]}</p></article>`)
    expect(ps).toEqual([PROSE[0], review, PROSE[1], PROSE[2]])
  })

  it('drops a caption that shares a box only with its photo credit, also when the picture is gone', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>
      <div class="box"><p>The centers of massive galaxy clusters are super hot (red), while bright structures show diffuse gas.</p><p>(Image: © TNG Collaboration)</p></div>
      ${PROSE.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}
      <div><p>${PROSE[2]}</p><p>Foto: dpa</p><p>${PROSE[3]}</p></div></article>`)
    expect(ps).toEqual(PROSE)
  })

  it('drops the card a name in the text shows on hover, keeps the name', () => {
    const card = `<span class="card"><span><img src="p.jpg"><a href="/p/ilhan-omar">Ilhan Omar</a><a href="/a/1">Budget talks stall in the House</a> <a href="/a/2">Progressives oppose the stopgap bill</a></span></span>`
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1><p>The exercise was criticised by Rep. <span class="person"><a href="/p/ilhan-omar">Ilhan Omar</a>${card}</span> (D-Minn.) on Monday, who asked for a hearing.</p>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`)
    expect(ps[0]).toBe('The exercise was criticised by Rep. Ilhan Omar (D-Minn.) on Monday, who asked for a hearing.')
  })

  it('drops "read more" lines and related-link lists, keeps prose with links in it', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>
      <p>${PROSE[0]} <a href="/a">The ministry's statement</a> is online.</p>
      <p>Read more: <a href="/b">Nato allies plan more joint exercises in the east</a></p>
      <p>${PROSE[1]}</p><p>${PROSE[2]}</p>
      <ul><li><a href="/c">Budget talks stall</a></li><li><a href="/d">New chief of staff named</a></li></ul>
      <p>${PROSE[3]}</p></article>`)
    expect(ps).toEqual([`${PROSE[0]} The ministry's statement is online.`, PROSE[1], PROSE[2], PROSE[3]])
  })

  it('keeps a sentence that runs on into a long link, drops a label before its link', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1><p>${PROSE[0]}</p>
      <p>Australian-born Assange faces <a href="/doj">a charge of conspiracy to commit computer intrusion in the US</a>.</p>
      <p>${PROSE[1]}</p><p>Lesen Sie hier: <a href="/b">Nato plant weitere gemeinsame Manöver im Osten des Bündnisgebiets.</a></p>
      <p>${PROSE[2]}</p><p>${PROSE[3]}</p></article>`)
    expect(ps).toEqual([PROSE[0], 'Australian-born Assange faces a charge of conspiracy to commit computer intrusion in the US.', PROSE[1], PROSE[2], PROSE[3]])
  })

  it('keeps the linked items of a digest whose other items are prose, drops a list of related links', () => {
    const item = (headline: string, rest: string) => `<li><a href="/x">${headline}</a> ${rest}</li>`
    const digest = [
      item('The state attorney general is investigating the company amid layoffs.', 'The company confirmed that it had been contacted by the attorney general and said it would cooperate with the inquiry.'),
      item('A new game is finally coming out after twelve years of waiting.', 'Its developer called it a flagship game.'),
      item('The chief executive is stepping down in May.', 'He will hand over to the president of the company, who has run its operations since 2012 and led the merger talks.'),
      item('The retailer now lets you listen to music free on phones.', 'Investors in the leading streaming service are already nervous about what this means for its growth next year.'),
    ]
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1><p>${PROSE[0]}</p><ul>${digest.join('')}</ul><p>${PROSE[1]}</p>
      <ul><li><a href="/c">Budget talks stall in the House.</a></li><li><a href="/d">New chief of staff named by the ministry.</a></li><li>${PROSE[2]}</li></ul><p>${PROSE[3]}</p></article>`)
    expect(ps).toEqual([
      PROSE[0],
      ...digest.map((li) => li.replace(/<[^>]+>/g, '')),
      PROSE[1],
      PROSE[2],
      PROSE[3],
    ])
  })

  it('reads a sentence that ends in a tilde or an emoji as prose, not as a label before the text', () => {
    const opening = ['This is the park where the air is filled with the scent of fall~', 'Euch allen ein wunderschönes, neues Jahr voller Glück 🙂']
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1><p>${opening[0]}</p><p>${opening[1]}</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`)
    expect(ps).toEqual([...opening, ...PROSE])
  })

  it('finds where the text of other <article>s begins after the article, keeps an <article> within it', () => {
    const teaser = 'When the three greatest players ever happen to have been born within six years of one another, there is little room left.'
    const page = parseDocument(`<html><body><article><h1>Exercise announced</h1>${[...PROSE, ...PROSE].map((p) => `<p>${p}</p>`).join('')}
      <article class="comment"><p>Great report, thanks.</p></article><p>${PROSE[3]}</p></article>
      <div><h3>Want more stories like this?</h3><p>Every day we send an email with the top stories.</p></div>
      <article><h2>Reindeer games</h2><p>${teaser}</p></article></body></html>`)
    const blocks = collectBlocks(page.body!)
    const start = otherArticlesStart(blocks, articleOrigins(page))
    expect(blocks.slice(start).map((b) => b.text)).toEqual(['Reindeer games', teaser])
    // One <article> only: nothing to tell apart.
    const single = parseDocument(`<html><body><article>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article><p>${teaser}</p></body></html>`)
    expect(articleOrigins(single)).toBeNull()
  })

  it('keeps a paragraph that links a source when every paragraph sits in a box of its own', () => {
    const card = (html: string) => `<div data-type="text" class="card collection-item"><div class="card-content card-article"><p>${html}</p></div></div>`
    const linked = 'The discovery was announced in an article published Monday in the <a href="https://www.nature.com/x">journal Nature Astronomy</a>.'
    const ps = paragraphsOf(`<div class="collection">${[...PROSE, linked, ...PROSE].map(card).join('')}</div>`)
    expect(ps).toEqual([...PROSE, 'The discovery was announced in an article published Monday in the journal Nature Astronomy.', ...PROSE])
  })

  it('drops the datelines and bylines before the first paragraph and the furniture after the last', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>
      <p>By Maria Keller</p><p>Updated 14 March 2024, 10:15</p>
      ${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <p>Tags: defence, Nato, exercise</p><p>Share this article</p></article>`)
    expect(ps).toEqual(PROSE)
  })

  it('drops the byline where it is repeated in the text', () => {
    const article = extract(`<article><h1>Exercise announced</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>Von Maria Keller</p></article>`, '<title>Exercise announced</title><meta name="author" content="Maria Keller">')
    expect(article.byline).toBe('Maria Keller')
    expect(article.text.split('\n\n')).toEqual(PROSE)
  })

  it('keeps article text inside page-builder "widget" containers (Elementor, fogsmagazin.com)', () => {
    const widget = (text: string) => `<div class="elementor-widget-container"><p>${text}</p></div>`
    const ps = paragraphsOf(`<nav>${'<a href="/x">Outdoor Ratgeber Bekleidung Ausrüstung</a> '.repeat(40)}</nav>
      <div class="elementor-widget-wrap">${PROSE.map(widget).join('')}</div>
      <footer>${'<p>Impressum Datenschutz Kontakt Mediadaten und weitere Links zu unseren Partnern im Netz.</p>'.repeat(3)}</footer>`)
    expect(ps).toEqual(PROSE)
  })

  it('keeps a WordPress post whose taxonomy classes read like furniture ("category-…", "format-…")', () => {
    const post = (text: string) => `<article class="post-1806 post type-post status-publish format-standard hentry category-reflexao">${text}</article>`
    const ps = paragraphsOf(`<main>${post(PROSE.slice(0, 2).map((p) => `<p>${p}</p>`).join(''))}${post(PROSE.slice(2).map((p) => `<p>${p}</p>`).join(''))}</main>`)
    expect(ps).toEqual(PROSE)
  })

  it('drops a closing list of teasers for other posts, excerpts cut short with an ellipsis', () => {
    const teasers = ['Die Regierung will die Reform noch vor der Sommerpause beschließen, sagte ein Sprecher, und plant dafür …', 'Der Minister reiste am Dienstag nach Paris, wo er mit seinem Amtskollegen über die gemeinsame …']
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <h3>Mehr aus der Rubrik</h3><p>${teasers[0]}</p><h3>Reise nach Paris</h3><p>${teasers[1]}</p></article>`)
    expect(ps).toEqual(PROSE)
  })

  it('keeps headings, list items and table rows as paragraphs of their own', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1><p>${PROSE[0]}</p><h2>Who takes part</h2>
      <ul><li>Germany, with two battalions</li><li>Poland, with one brigade</li></ul><p>${PROSE[1]}</p>
      <table><tr><th>Country</th><th>Soldiers</th></tr><tr><td>Germany</td><td>1,200</td></tr></table><p>${PROSE[2]}</p></article>`)
    expect(ps).toEqual([PROSE[0], 'Who takes part', 'Germany, with two battalions', 'Poland, with one brigade', PROSE[1], 'Country Soldiers', 'Germany 1,200', PROSE[2]])
  })

  it('drops a "More stories" list after its label, also items that tease in whole sentences', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <div>More Great Defence Stories</div><ul><li>How the <a href="/a">army buys its boots</a></li>
      <li>Want the best gear? Check out our team's picks for the <a href="/b">best boots</a> and <a href="/c">tents</a>.</li></ul></article>`)
    expect(ps).toEqual(PROSE)
  })

  it('drops a related-posts box of several <article> teasers before Readability, keeps a box around the one article', () => {
    const teaser = (n: number) => `<article class="teaser"><h2>Other story ${n}</h2><p>Grab the hottest bargains of the season now, says editor ${n}.</p></article>`
    const document = parseDocument(`<body><div class="wrap"><h1>Exercise announced</h1><p>${PROSE.join(' ')}</p>
      <div id="related_posts"><ul><li>${teaser(1)}</li><li>${teaser(2)}</li></ul></div>
      <div class="share-box"><article><p>${PROSE[0]}</p></article></div></div></body>`)
    removePageFurniture(document)
    expect(document.querySelector('#related_posts')).toBeNull()
    expect(document.querySelector('.share-box')).not.toBeNull()
  })

  it('reads a script hook or a modifier in a class name as no furniture name ("js-lightbox", "section--has-ads")', () => {
    const document = parseDocument(`<body><div class="wrap"><h1>Exercise announced</h1>
      <section class="o-section o-section--has-ads"><p>${PROSE[0]}</p></section>
      <div class="o-media js-lightbox-gallery"><p>${PROSE[1]}</p></div><div class="box js_readmore"><p>${PROSE[2]}</p></div>
      <div class="c-share-bar">Share</div><div class="lightbox">Close</div></div></body>`)
    removePageFurniture(document)
    expect(document.body!.textContent).toContain(PROSE[0])
    expect(document.body!.textContent).toContain(PROSE[1])
    expect(document.body!.textContent).toContain(PROSE[2])
    expect(document.querySelector('.c-share-bar')).toBeNull()
    expect(document.querySelector('.lightbox')).toBeNull()
  })

  it('keeps a heading that opens the text before its first paragraph, not a label, a deck or the header', () => {
    const page = (before: string) => paragraphsOf(`<article><h1>Exercise announced</h1>${before}${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`)
    expect(page('<h2>Four thousand soldiers from eight countries</h2>')).toEqual(['Four thousand soldiers from eight countries', ...PROSE])
    expect(page('<h2>BREAKING NEWS</h2>')).toEqual(PROSE)
    expect(page('<h2>Our Verdict</h2>')).toEqual(PROSE)
    expect(page('<h2 class="article__dek">Four thousand soldiers from eight countries</h2>')).toEqual(PROSE)
    expect(page('<div class="post-title"><h2>Exercise in the east</h2></div>')).toEqual(PROSE)
    expect(page('<header><h2>Four thousand soldiers from eight countries</h2></header>')).toEqual(PROSE)
  })

  it('keeps a field whose class only says where its label shows or which category it has, drops an embed box', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1><p>${PROSE[0]}</p>
      <div class="field--name-field-embedded-code"><div class="message">We respect your privacy and connect to the network only with your consent, which you can give here.</div><a href="/settings">Privacy settings</a></div>
      <p>${PROSE[1]}</p><p>${PROSE[2]}</p>
      <div class="field field--name-field-text field--label-hidden"><p>${PROSE[3]}</p><p>The exercise ends on the last day of the month, the ministry said on Thursday.</p></div>
      <div class="teaser category-16"><p>The ministry has not said how much the exercise will cost.</p><p>Parliament will discuss it next week.</p></div></article>`)
    expect(ps).toEqual([...PROSE, 'The exercise ends on the last day of the month, the ministry said on Thursday.', 'The ministry has not said how much the exercise will cost.', 'Parliament will discuss it next week.'])
  })

  it('stops the text at a paywall prompt with its sales pitch after it, unless more text follows than stands before', () => {
    const prompt = 'To view the full story, please subscribe to The Ledger. You can choose an annual subscription or a weekly pass.'
    const pitch = [
      'When you join The Ledger family, you get unlimited digital access to journalism you will not find anywhere else.',
      'First-time subscribers also receive a special welcome gift from our newsroom, handmade by local artisans.',
    ]
    const page = (after: readonly string[]) =>
      paragraphsOf(`<article><h1>Exercise announced</h1>${[PROSE[0], PROSE[1], prompt, ...after].map((p) => `<p>${p}</p>`).join('')}</article>`)
    expect(page(pitch)).toEqual([PROSE[0], PROSE[1]])
    // An overlay's prompt in a page that holds the whole article: the article goes on after it.
    expect(page([PROSE[2], PROSE[3], ...pitch])).toContain(PROSE[3])
  })

  it('keeps the header of an article that holds a paragraph of prose, drops page headers and teaser headers', () => {
    const document = parseDocument(`<body><header class="site"><p>${PROSE[3]}</p></header>
      <article><header class="intro"><h2>Exercise announced</h2><p>${PROSE[0]}</p></header><p>${PROSE[1]}</p></article>
      <aside><article><header class="kicker"><a href="/a">MORE NEWS</a><h2><a href="/a">Other story</a></h2></header></article></aside></body>`)
    removePageFurniture(document)
    expect(document.querySelector('header.intro')).not.toBeNull()
    expect(document.querySelector('header.site')).toBeNull()
    expect(document.querySelector('header.kicker')).toBeNull()
  })

  it('drops headings and labels left at the end with nothing after them', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <h3>Weiterführende Links</h3><ul><li><a href="/a">Bundeswehr</a></li><li><a href="/b">Nato</a></li></ul>
      <p><strong>Kontakt:</strong></p></article>`)
    expect(ps).toEqual(PROSE)
  })

  it('keeps the lead that the page sets apart between the headline and the body', () => {
    const lead = 'Four thousand soldiers from eight countries take part. The exercise is the largest in the region for a decade.'
    const page = (leadClass: string, text: string) =>
      paragraphsOf(`<div class="page"><header class="top-header"><h1>Exercise announced</h1><p class="${leadClass}">${text}</p></header>
        <div class="article-body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>
        <aside><p class="teaser-text">Another article teased here. It has two sentences too.</p></aside></div>`)
    expect(page('lead', lead)).toEqual([lead, ...PROSE])
    expect(page('intro-text', lead)).toEqual([lead, ...PROSE])
    const oneSentence = 'Four thousand soldiers from eight countries take part in the largest exercise in a decade.'
    expect(page('lead', oneSentence)).toEqual([oneSentence, ...PROSE])
    // A deck sums the article up in other words: it is no paragraph of the text.
    expect(page('article-dek summary', lead)).toEqual(PROSE)
    expect(page('standfirst', lead)).toEqual(PROSE)
  })

  it('keeps the lead when the body is paragraphs of <div>s (which Readability replaces by new elements)', () => {
    const lead = 'Four thousand soldiers from eight countries take part. The exercise is the largest in the region for a decade.'
    const ps = paragraphsOf(`<div class="page"><div class="intro-box"><h1>Exercise announced</h1><p class="intro">${lead}</p></div>
      <div class="story">${PROSE.map((p) => `<div>${p}</div>`).join('')}</div></div>`)
    expect(ps).toEqual([lead, ...PROSE])
  })

  it('finds the lead under the headline the page title holds when the page has several <h1>', () => {
    const lead = 'Four thousand soldiers from eight countries take part. The exercise is the largest in the region for a decade.'
    const ps = extract(
      `<h1 class="logo">The Ledger</h1><div class="head"><h1>Exercise announced in the east</h1><p class="intro">${lead}</p></div>
        <div class="story">${PROSE.map((p) => `<div>${p}</div>`).join('')}</div>`,
      '<title>Exercise announced in the east | The Ledger</title>',
    ).text.split('\n\n')
    expect(ps).toEqual([lead, ...PROSE])
  })

  it('keeps a lead set as a heading, and an unnamed lead of two sentences or more right after the headline', () => {
    const lead = 'Four thousand soldiers from eight countries take part. The exercise is the largest in the region for a decade.'
    const page = (header: string) =>
      paragraphsOf(`<div class="page"><div class="head"><h1>Exercise announced</h1>${header}</div>
        <div class="story">${PROSE.map((p) => `<div>${p}</div>`).join('')}</div></div>`)
    expect(page(`<div class="post-lead"><h2>${lead}</h2></div>`)).toEqual([lead, ...PROSE])
    expect(page(`<div class="text"><p>${lead}</p></div>`)).toEqual([lead, ...PROSE])
    // One sentence under the headline is its deck; a caption is no lead.
    expect(page(`<p>The largest exercise in the region for a decade begins with four thousand soldiers.</p>`)).toEqual(PROSE)
    expect(page(`<figure><p>${lead}</p></figure>`)).toEqual(PROSE)
    expect(page(`<p>Soldiers at the training ground near the border on Monday. Tanks arrive by rail. (Photo: Getty Images)</p>`)).toEqual(PROSE)
  })

  it('keeps a final short paragraph and a closing list that are article text', () => {
    const ps = paragraphsOf(`<article><h1>Exercise announced</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}
      <p>The minister declined to comment.</p><ul><li>Phase one: air defence</li><li>Phase two: logistics</li></ul></article>`)
    expect(ps.slice(-3)).toEqual(['The minister declined to comment.', 'Phase one: air defence', 'Phase two: logistics'])
  })
})

describe('paragraphs', () => {
  it('splits at <br><br> and keeps a single <br> as a line break', () => {
    const document = parseDocument(`<html><body><div>First line<br>second line<br><br>New paragraph   with   spaces</div></body></html>`)
    expect(collectBlocks(document.body!).map((b) => b.text)).toEqual(['First line\nsecond line', 'New paragraph with spaces'])
  })

  it('keeps whitespace inside <pre>', () => {
    const document = parseDocument('<html><body><pre>line 1\n  indented  line 2</pre></body></html>')
    expect(collectBlocks(document.body!).map((b) => b.text)).toEqual(['line 1\n  indented  line 2'])
  })

  it('counts link text, for telling link lists from prose', () => {
    const document = parseDocument('<html><body><p>Intro <a href="/x">linked words</a></p></body></html>')
    const [block] = collectBlocks(document.body!)
    expect(block.linkLength).toBe('linked words'.length)
  })

  it('never refuses a page with readable text: JSON-LD text, then loose lines, marked as fallback extraction', () => {
    // homify.de (extraction-de): the steps exist only in the page's JSON-LD, the markup is a script shell.
    const howTo = JSON.stringify({
      '@type': 'HowTo',
      description: 'Unabhängig von Größe und Stil kannst du dich glücklich schätzen, wenn du einen runden Tisch hast.',
      step: [{ '@type': 'HowToStep', itemListElement: { '@type': 'HowToDirection', text: '<p>Um eine runde Tischdecke anzufertigen, musst du die Maße des Tisches kennen &ndash; den Durchmesser.</p>' } }],
    })
    const shell = extract('<div id="root"></div>', `<title>Tischdecke</title><script type="application/ld+json">${howTo}</script>`)
    expect(shell.text.split('\n\n')).toEqual([
      'Unabhängig von Größe und Stil kannst du dich glücklich schätzen, wenn du einen runden Tisch hast.',
      'Um eine runde Tischdecke anzufertigen, musst du die Maße des Tisches kennen – den Durchmesser.',
    ])
    expect(shell.fallback).toBe(true)
    const lines = parseDocument('<html><body><div>Öffnungszeiten Mo bis Fr</div><div>Telefon 030 1234567</div><div><a href="/">Start</a> <a href="/a">Anfahrt</a></div></body></html>')
    expect(looseBlocks(lines.body!).map((b) => b.text)).toEqual(['Öffnungszeiten Mo bis Fr', 'Telefon 030 1234567'])
    expect(extract(`<article><h1>Exercise announced</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`).fallback).toBeUndefined()
  })

  it('takes the prose paragraphs of the page when the cleaned choice is a few lines beside them (a forum thread)', () => {
    // The posts of a forum thread stand in boxes named "comment", which the cleanup drops with the link lists.
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/t/${i}">Another thread about the exercise, number ${i}</a></li>`).join('')
    const page = extract(`<main><h1>Exercise announced</h1>${[...PROSE, ...PROSE].map((p) => `<div class="thread-comment-text"><p>${p}</p><p>Posted by a member</p></div>`).join('')}
      <div id="form"><h2>Reply</h2><p>You must be logged in to reply.</p></div><ul>${links}</ul></main>`)
    expect(page.text.split('\n\n')).toEqual(expect.arrayContaining(PROSE))
    expect(page.fallback).toBe(true)
  })

  it('falls back to the prose paragraphs of the page', () => {
    const document = parseDocument(`<html><body><div><a href="/">Home</a> <a href="/news">News</a></div><div>${PROSE[0]}</div><td>${PROSE[1]}</td><p>Short label</p></body></html>`)
    expect(fallbackBlocks(document.body!).map((b) => b.text)).toEqual([PROSE[0], PROSE[1]])
  })
})
