"""Whole saved web pages (l10n/ingest/page.py, metadata.py, byline.py) on real pages and on the
hostile cases: only the article becomes blocks, metadata is read, nothing is fetched or expanded."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import pytest
from conftest import DATA, REFUSED_PAGES, measured_pages
from test_hostile_input import HOSTILE, SECRET_MARKERS, all_text_under, closed_port_url, extract
from test_hostile_input import server as server  # noqa: PLC0414 (re-exported fixture: a loopback server counting requests)

from l10n.errors import IngestError
from l10n.ingest import ingest_file
from l10n.ingest.decode import decode_article
from l10n.ingest.html import ingest_html
from l10n.model import Document, YearlessDate
from l10n.segment import segment_document

REALWORLD = DATA / "realworld"
LABELS = [page.with_suffix(".json") for page in measured_pages() if page.with_suffix(".json").exists()]
# What a saved page carries around its story; enough of it makes a file a full page.
CHROME = (
    '<nav class="site-nav"><ul>'
    + "".join(f'<li><a href="/s{n}">Section {n}</a></li>' for n in range(30))
    + "</ul></nav>"
    + "".join(f"<script>var tracker{n} = 1;</script>" for n in range(6))
    + '<div class="newsletter"><p>Sign up to our morning briefing newsletter today.</p></div>'
)
FOOTER = '<footer><p><a href="/about">About us</a> <a href="/privacy">Privacy policy</a></p></footer>'


def key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en-GB'><head>{head}</head><body>{CHROME}{body}{FOOTER}</body></html>"


# --- the corpus ----------------------------------------------------------------------------------


def test_corpus_has_thirty_real_pages_each_with_a_label_and_a_source() -> None:
    sources = (REALWORLD / "SOURCES.md").read_text(encoding="utf-8")
    assert len(LABELS) >= 30
    for label in LABELS:
        assert label.with_suffix(".html").exists()
        assert f"`{label.stem}.html`" in sources


@pytest.fixture(scope="module")
def corpus() -> dict[str, tuple[dict, list[str], Document]]:
    """Every labelled page of the measured splits, by name: its label, its units, its document."""
    results = {}
    for label_path in LABELS:
        label = json.loads(label_path.read_text(encoding="utf-8"))
        doc = ingest_file(label_path.with_suffix(".html"))
        results[label_path.stem] = (label, [block.text for block in doc.blocks], doc)
    return results


def test_the_known_refusals_are_still_refused() -> None:
    """conftest.REFUSED_PAGES, kept out of measured_pages() (so out of `corpus` and every sample): each is a page of
    a measured split that ours still refuses whole; one read now must be unlisted there."""
    splits = tomllib.loads((REALWORLD / "splits.toml").read_text(encoding="utf-8"))
    for name in REFUSED_PAGES:
        label = json.loads((REALWORLD / f"{name}.json").read_text(encoding="utf-8"))
        assert label["split"] in splits["splits"] and label["split"] not in splits["unmeasured"]
        # a page with no body found (holdout52's Comet, its C1 controls, read since: test_ingest_misses52.py)
        with pytest.raises(IngestError, match=r"no article body"):
            ingest_file(REALWORLD / f"{name}.html")


# Known misses, each still a miss (a fix must unlist it): (page, snippet) -> why it is missed.
# Body passages of a label (first, last sentence, must-keep passages) no unit holds:
# (wikimediafoundation's linked note is read since session 9: story_runs.linked_note_above)
KNOWN_BODY_LOST: dict[tuple[str, str], str] = {
    # holdout8's ipa.go.jp advisory, its "ご参考" section after the advice in a second <div class="text">
    # (trafilatura reads the first), read in session 20: page_main._later_sections;
    # holdout9's theglobeandmail caption, holdout10's lsm-lv caption (both of a lead picture set above the
    # headline), holdout11's 9to5mac deals lead (its links inside its sentences: page_boxes.is_linked_prose) and
    # holdout12's dailyherald gallery caption (a <li> classed "captionBox") read in session 18: page_figures
    # holdout22, after its blind run (blind 6/84; habertürk's "widget-title" heading, la vanguardia's video
    # caption, nrk's picture caption and credit, srf's caption read since: test_ingest_rules22_blind.py; nrk's
    # lead video's caption, its header in a builder's "widget" box, since: test_ingest_rules27_body.py)
    # holdout24's blind run lost 5 of 70 (two captions, three credits), each read since (test_ingest_rules24_blind.py)
    # holdout26, its blind run (9 of 58 lost; trafilatura loses the same nine), each read in session 27 (test_ingest_rules27_body.py)
    # holdout27, its blind run (17 of 80 lost; trafilatura 12), each read since: NOWnews's five (the story in
    # one paragraph under its byline line, test_ingest_rules27_blind.py); Interfax's story in a box classed
    # "_reachbanner_", the NZ Herald's and Winnipeg Free Press's captions repeating the alt (test_ingest_rules27b.py)
    # holdout28, its blind run (7 of 81 lost after the C1 fix; 16 blind, trafilatura 6): listed until read (Globes's
    # first paragraph, its box's own text before the <p>s, Rednet's two captions classed "imgcaption" and
    # Komsomolskaya Pravda's credit in a label box on an xml:lang page, Gazeta Wrocławska's caption ending in its
    # bracketed credit over the story in the picture's box, read since: test_ingest_rules28_blind.py; none left)
    # holdout29 and holdout30, their blind runs (session 29): listed until read (hinews.cn's caption under a
    # picture after a stylesheet, "(通讯员林 宇 摄)", read since: test_ingest_rules29_holdout28.py; medportal's caption,
    # the alt written again as bare text after its picture, in session 32: test_ingest_misses32.py): none left
    # holdout31, its blind run (session 32: 6 of 71 lost, trafilatura alone 7): read since (captions32: the
    # Inquirer's WordPress caption, junge Welt's credit over its lead picture and caption, Hechinger's credit under
    # its header; four passages relabelled to the units' form, test_ingest_captions32.py; none left)
    # holdout33, its blind run (session 33: 1 of 57 lost, trafilatura alone 7): Rediff's "Photograph: BCCI", read as
    # the credit "BCCI" already, its keep passage relabelled to the units' form in session 33 (misses33; none left)
    # holdout34, its blind run (session 34: 1 of 43 lost, trafilatura alone 3): the Las Vegas Sun's lead caption
    # under the picture's credit, read since (misses34, test_ingest_misses34.py; none left)
    # holdout37, its blind run (session 37: 3 of 43 lost, trafilatura alone 2): jxnews' two section heads in its story's
    # one table cell read since (misses37, test_ingest_misses37.py: `MainText.joined_between`), The Media Line's lead
    # caption above its headline, ending in its slashed credit "(Pedro Vilela/Getty Images)", read since (misses38,
    # test_ingest_misses38.py); none left
    # holdout38, its blind run (session 38: 1 of 47 lost, trafilatura alone 1): Wen Wei Po's caption, a <p> opening with
    # '■' right under its picture, read since (misses39, test_ingest_misses39.py: `page_figures._marked_captions`); none left
    # holdout39, its blind run (session 39: 3 of 55 lost, trafilatura alone 1): SecurityWeek's deal heads, each a <p>
    # holding only a link (misses39b, test_ingest_misses39b.py: `story_heads.linked_item_heads`), and jmnews' graphic
    # caption ending in "制图/李铭" (`figure_credits.ends_in_slashed_label_credit`), read since; none left
    # holdout44, its blind run (session 44: 2 of 49 lost, trafilatura alone the same 2): Anime News Network's first
    # paragraph, bare text in div.meat after an empty <p> and the lead picture's <figure>, and its last, the staff's
    # names and films linked (71 % link text), read since (misses45, test_ingest_misses45.py:
    # `story_leads._opening_text`, `story_runs.named_sentences_after`); none left
    # holdout48, its blind run (session 48: 1 of 55 lost, trafilatura alone 0): UBC's last paragraph, "The study is
    # available at <a>http://…</a>.", its link's text its own address, read since (misses48, test_ingest_misses48.py:
    # `page_boxes.cites_addresses`, and its end mark "-30-" no unit); none left
    # holdout49, its blind run (session 49: 4 of 44 lost, trafilatura alone 5): all four 中金在线's, whose page was
    # refused whole (its story bare text parted by <br><br>, no <p>), read since (misses50, test_ingest_misses50.py:
    # `story_leads.broken_story_lines`); none left
    # holdout50, its blind run (session 50: 4 of 52 lost, trafilatura alone 5): all four 东北网's, its story's <p>s in a
    # table's cell that trafilatura's reading with tables left out (its rows menus and a notice, no cell of a
    # paragraph's worth), read since (misses50b, test_ingest_misses50b.py: `page_main._rows_hold_paragraph`); none left
    # holdout52, its blind run (session 51: 6 of 54 lost, trafilatura alone 0): The Comet's six, its page refused whole
    # (its quotes UTF-8 stored twice), read since (misses52, test_ingest_misses52.py: `decode._double_encoded_utf8`);
    # its last sentence stays counted lost by both sides: its label keeps the browser's mojibake (SOURCES.md)
    (
        "thecomet-net-walkern",
        "The inspectors from one of these commented that they are âconfident that service users are safe at Walkern "
        "Lodge and being treated with dignity and respectâ.",
    ): (
        "the label's 'â' (its quotes as a browser shows the mojibake, kept by the labeller): the page is read as the "
        "UTF-8 it was, '“confident … respect”.', so the key differs (trafilatura, fed the same text, loses it too)"
    ),
    # holdout53, its blind run (session 51: 7 of 54 lost, trafilatura alone 1): Вести ПК's story, bare text parted by
    # <br><br> in an unknown <sape_index> element closed by a row of links, read since (misses53,
    # test_ingest_misses53.py: `page_main.is_link_row`); none left
}
# Chrome strings of a label that a unit holds:
KNOWN_CHROME_KEPT = {
    ("scmp-com-playbook", "Tsai says Beijing must face"): (
        "a related-story link inside the JSON-LD articleBody that replaces the page's shown body: one line, "
        "no markup to tell it apart"
    ),
    ("abendblatt-de-mangos", "Corona in Hamburg – die Bilanz des Bürgermeisters"): (
        "a video's title set as an underlined paragraph of the story and again as the caption of the video "
        "figure under it: a caption stays a unit, and the paragraph reads as the story's own emphasis"
    ),
    ("abendblatt-de-mangos", "Coronavirus: Verhaltensregeln und Empfehlungen der Gesundheitsbehörde"): (
        "a public-health box appended inside the story's container as its last paragraph and list, "
        "with the story's own markup (<p><u><em>, <ul>): nothing structural sets it apart"
    ),
    ("abendblatt-de-mangos", "Waschen Sie sich regelmäßig die Hände gründlich mit Wasser und Seife"): (
        "an item of that public-health box's list (see above)"
    ),
    # holdout6, after its blind run (7 of 413, 1.7 %; blind 15/413; session 10 read accountancyage's "Further
    # reading", ndtv's widget heading and cna's next story under "請繼續下滑閱讀", 4 of 413 left):
    # (elmundo's reader comment, a list item under a '#11' heading, gone since session 39 with the comment form's box
    # around it: misses39, `page_prune.drop_signup_boxes`)
    ("ndtv-com-hydroxychloroquine", "Highlights"): (
        "the label over the story's summary bullets, which the labeller counted as chrome and the extractor kept"
    ),
    (
        "prospectmagazine-co-uk-anglosphere",
        "On the 17th of January 2017, Prospect hosted a roundtable discussion with the contributors to: "
        "Brexit Britain: the trade challenge.",
    ): ("the site's report promotion written as prose sentences in the story's box"),
    (
        "prospectmagazine-co-uk-anglosphere",
        "To find out more about how you can become involved in Prospect’s Trade Challenge programme",
    ): ("the same promotion's second paragraph (see above)"),
    # holdout7: its blind run's two (ascii-jp's follow prompt, diariodelsur's 'ingrese AQUÍ') read since
    # holdout8, after its blind run (1 of 291; blind 11/291):
    ("revistaforum-com-br-tuca", "Quantas matérias por dia você lê da Fórum?"): (
        "the site's appeal for support opening with a question to the reader set as a heading between the story's "
        "paragraphs, naming the magazine by a short name ('Fórum') its domain does not spell"
    ),
    # holdout9, after its blind run (2 of 347; blind 5/347; afpbb's hidden share heading, yjc's site name as
    # its author, globeandmail's "Add to ..." button in the <h1> read since; ultimahora's two, its comment
    # disclaimer and a reader comment, read in session 12: site_notes, page_prune.comment_threads): none.
    # holdout11, after its blind run (1 of 251; blind 18/251):
    ("phpspot-org-treeviz", "関連エントリ"): (
        "the related-entries label set inside the one <div> that holds the post's only sentence, with the "
        "codepen embed's words between: one block, so the label cannot go without the sentence"
    ),
    # holdout12, after its blind run (1 of 304; blind 6/304; lepoint's "À LIRE AUSSI" capsule in a paragraph,
    # sohu's "返回搜狐，查看更多" home link, theconversation's newsletter appeal read since; detik's video promo,
    # 'Simak Video "…"' in a <br> block, read in session 15 with holdout14's video call: none.
    # holdout14, after its blind run (1 of 242; blind 15/242; canarias7's three, jpnn's video call, mk.co.kr's
    # rights line after a <br>, informecorrientes' menus of a table layout read since):
    ("informecorrientes-com-yapeyu", "Lunes, 25 de Marzo de 2024 | Corrientes - Argentina"): (
        "the site header's clock, the day the page was saved, run on with the place after a bar: no label, and "
        "not a timestamp alone; reading 'day | place' as a timestamp line (tried in session 15) also moved "
        "headings on two of bench/evaldata.py's pages (ditib's title went, love-hina's came back twice)"
    ),
    # holdout15, after its blind run (1 of 168; blind 6/168; entrepreneur's heading over linked headlines,
    # informationweek's job-board plug and "View Full Bio", marketingland's call to subscribe, theregister's
    # age notice read since):
    ("informationweek-com-microsoft", "Top 10 Highest Paying Tech Companies"): (
        "a slideshow's title under its picture, which links to the slideshow's page, at the top of the story: the "
        "same markup as a photo captioned under a link to its gallery, whose caption is the story's"
    ),
    # holdout17, after its blind run (1 of 141; blind 8/141; cna's "Advertisement" headings, energias-renovables'
    # related box, fiercepharma's event promo, habr's "become an author" button as its byline, moderndiplomacy's
    # writer bio read since: test_ingest_rules17.py; moderndiplomacy's 'Trending' list under the story, a column of
    # teasers beside the story's box, in session 33: page_layout.py, test_ingest_layout33.py): none.
    # holdout18, after its blind run (1 of 117; blind 2/117; gigaom's bold label over links to its paid site read
    # since: test_ingest_rules18.py):
    (
        "zdrojak-cz-testovani",
        "Pokud vás problematika zajímá, využijte možnosti navštívit školení Jiřího Knesla na téma Testování v PHP",
    ): (
        "a paid course's promotion after the story's last paragraph, inside the article's <div> in a <div "
        "class='rs-tip-major'>: a sentence in the writer's voice, a person's name, links to other sites, as the "
        "story's own closing note would be; only the site's class name tells it apart"
    ),
    # holdout19, after its blind run (0 of 93; blind 2/93; NetEase's comment disclaimer, inside a thread whose
    # box trafilatura kept comments of, and The Paper's text-size control "字号" read since: test_ingest_rules19.py):
    # none.
    # holdout21, after its blind run (1 of 143; blind 2/143; nieuwsblad's "(Tekst gaat verder onder de foto.)"
    # closing a paragraph cut since: test_ingest_rules21_blind.py):
    ("diepresse-com-golf", "AGB"): (
        "not the footer's link, which is no unit: the scoring looks for a chrome string's letters inside a unit's "
        "letters, and the story's 'Vorschlag bezüglich' holds 'agb'"
    ),
    # holdout24's blind run kept Ethnos's contact table, dropped since (test_ingest_rules24_blind.py)
    # holdout26, its blind run (18 of 118 kept), each read in session 27 (test_ingest_rules27_chrome.py): Kathimerini's
    # "last update" cell and the boxes under its story, PTS's tag cloud, Shenzhen's text-size control, REGNUM's
    # partners' box heading, the Sunday Times's terms of reuse: none.
    # holdout27, its blind run (13 of 165 kept): listed until read (five read since, test_ingest_rules27_blind.py:
    # BIOLOG's and NOWnews's comment headings and what follows them, Interfax's typo-report prompt; eight more,
    # test_ingest_rules27b.py: Interfax's related headlines, gone with its layout's rows; NOWnews's labels over a
    # ticker's frame and a jump menu; wnp.pl's most-read ranking, its own stories' links; the Winnipeg Free
    # Press's two print-edition lines and its app plug: none left)
    # holdout28, its blind run (13 of 141 kept; 10 blind with the Telegraph refused, trafilatura 31): each read in
    # session 29 (test_ingest_rules29_holdout28.py): ΑΠΕ-ΜΠΕ's subscription and rights notices and "Περισσότερες
    # Ειδήσεις", Globes's "Published by … on …", Rednet's trail, size control and "※相关链接", the Telegraph's menu
    # title and weather box, TTV's fan-page call: none left
    # holdout29 and holdout30, their blind runs (session 29): listed until read (BCC's "相關新聞", a related label
    # whose links went, hinews.cn's "时间：… 作者：陈望" line, the byline again once read, and zdrowiewpodrozy's "Autor:
    # AC" cell over the side column's link cells, gone since: test_ingest_rules29_holdout28.py; in session 32,
    # test_ingest_misses32.py: express.gr's "Πηγή: Express.gr 08/12/11-15:10", the site's domain as the source before
    # a stamp; gazzetta's terms, use forbidden "without the publisher's written permission"; gwizdek24's "Przeczytaj
    # też" (Polish related label) and ">>> <a>Sprawdź…</a>" (arrows and a link opening a paragraph); hinews.cn's box
    # labelled "版权声明："; JTA's appeals to log in, donate to it and get its newsletters; Radio New Zealand's
    # stamp "… 1:56 am NZ time")
    # gwizdek24's live-report box in the side column after the story and zdrowiewpodrozy's side columns' news,
    # encyclopaedia and advice boxes (8 strings), read in session 33: page_layout.py, test_ingest_layout33.py
    ("zdrowiewpodrozy-pl-goraczka", "Środa, 10 kwiecień 2013 r."): (
        "the site header's clock, the day the page was saved, a row above the page's columns beside the breadcrumb: "
        "no link, no label, no teaser box (the side-column rule of page_layout.py leaves such a row), a day alone on "
        "its line as a story's dateline is; informecorrientes' clock is the same kind"
    ),
    # holdout31, its blind run (session 32: 4 of 102 kept, trafilatura alone 11): read since (captions32:
    # Hechinger's newsletter and contact lines, junge Welt's rating prompt, test_ingest_captions32.py; none left)
    # holdout33, its blind run (session 33: 4 of 96 kept, trafilatura alone 7): read since (misses33: Hürriyet's and
    # Onedio's "continues below" markers, Onedio's two comment prompts, test_ingest_misses33.py; none left)
    # holdout34, its blind run (session 34: 4 of 95 kept, trafilatura alone 7): read since (misses34: Earth.Org's
    # donation box, Podnews's list-file note and release disclaimer, Columbia's "Media Contact" heading closing the
    # story, test_ingest_misses34.py; none left)
    # holdout35, its blind run (session 35: 6 of 39 kept, trafilatura alone the same 6): shjnet's web editor's
    # credit "（松花江网编辑 孙桂芳）" and its anti-infringement box ("反侵权公告：" over its terms and two contact lines)
    # read since (misses35, test_ingest_misses35.py); the two left are no unit of ours: the label's short chrome
    # string is a word that a body sentence the label does not list says too, and the scorer's substring test counts it
    ("dahe-cn-zhihuibang", "放大"): (
        "holdout35 blind: the e-paper's zoom control (dropped); '放大' (enlarge) is also a word of the story's sentence "
        "'…就要放大去表扬', which the label's body passages do not list"
    ),
    ("yangtse-com-shuji", "| 最新"): (
        "holdout35 blind: the teaser box's heading (dropped); '最新' (latest) is also a word of the story's sentence "
        "'…省委对盐城发展的最新要求上…', which the label's body passages do not list"
    ),  # holdout36, its blind run (session 36: 5 of 76 kept, trafilatura alone 8): listed until read (LeadDev's
    # metered paywall's count, "You have 1 article left to read this month…", read since: test_ingest_misses36.py)
    # Georgetown's "About Georgetown University Medical Center" box, the site's own boilerplate, read since (misses38)
    # LeadDev's newsletter box (heading and pitch) read in session 37 (misses37: a box around an e-mail field), its
    # conference banner in session 38 (misses38: a wide picture, a few words and a button; none left)
    # holdout37, its blind run (session 37: 6 of 113 kept, trafilatura alone 12): jxnews' breadcrumb label, "recommended"
    # box label and copyright notice, Patch's in-text subscribe heading, Khaleej Times' teaser summary read since
    # (misses37, test_ingest_misses37.py); Podrobnosti's partners' links ("Точная погода в Харькове на Sinoptik.ua.")
    # read in session 39 (misses39, test_ingest_misses39.py; none left)
    # holdout38, its blind run (session 38: 5 of 182 kept, trafilatura alone 19): Business Recorder's agency rights line,
    # fedpress's comment form's log-in prompt and note, Penguin News's "Follow our editor on twitter", utro.ru's list of
    # older stories with their sources and days read since (misses39, test_ingest_misses39.py; none left)
    # holdout39, its blind run (session 39: 13 of 188 kept, trafilatura alone 34): Day.Az's comment form heading and
    # disclaimer and jmnews' contact-field note read since by misses39's comment-form box (a <textarea>'s box of at
    # most 100 words, `page_prune.drop_signup_boxes`), written on holdout38's fedpress without these pages; CNX
    # Software's author bio, donation line and affiliate note, jmnews' toolbar and Apple Daily's like-button line read
    # since (misses39b, test_ingest_misses39b.py); listed until read:
    (
        "itbrief-news-ai",
        "# SaaS",
    ): (
        "holdout39 blind: a tag chip (div.hashtag) among the tag links (trafilatura keeps it too); no unit holds the chip "
        "(misses39b): its key 'saas' is in the story's own sentences ('The traditional SaaS model…')"
    ),
    # Apple Daily's comment section's instruction (p.instruction), its form's box stopped at the section's own <h1>,
    # read since (misses41, test_ingest_misses41.py: only an <h1> saying the stated headline keeps a form's box)
    ("ng-ru-aktsiz", "По информации РИА Новости"): (
        "holdout39 blind: the source line (<p><em>) after the 'Также в разделе' block (trafilatura keeps it too)"
    ),
    # holdout41, its blind run (session 41: 3 of 106 kept, trafilatura alone 15): 1tv.ru's first "Главные новости" card,
    # cnYES's editor line "(曹文明 編輯)" and Taiwan News's "Fonts Size" read since (misses42, test_ingest_misses42.py:
    # a top-stories box's label ends the story; an editor's credit name first in brackets; the plural control label;
    # none left)
    # holdout42, its blind run (session 42: 5 of 97 kept, trafilatura alone 7): CA-NEWS's masthead clock-and-day cell,
    # its bracketed comment-count and print links, its footer's rights line and "Наш адрес:" box read since (misses43,
    # test_ingest_misses43.py: a line of the story's day above it; a bar of bracketed tools; © and the holder, then
    # the years; a label's line over an address closing with an e-mail link; none left)
    # holdout43, its blind run (session 43: 6 of 93 kept, trafilatura alone 13): 人間衛視's font-size label "字級設定：" and
    # weather box, CBN's "Share This article", CNR's licence lines and the Herald's newsletter line read since
    # (misses44, test_ingest_misses44.py: a Chinese text-size label alone and a share bar's label are tool labels;
    # bare cells of temperature ranges and forecasts are a weather box; a ban on reprints is a rights notice; a
    # newsletter named, then offered, is the site's; none left)
    # holdout44, its blind run (session 44: 3 of 121 kept, trafilatura alone 8; Tech Digest's "Like this:", which no unit
    # is, its words ending an unlabelled body paragraph, taken off its label as a slip: 2 of 120): Anime News Network's
    # sidebar teasers and weather.com's editorial-mission disclaimer read since (misses45, test_ingest_misses45.py: the
    # hook under a linked headline and its time among teasers; a disclaimer without its label after the story); none left
    # holdout46, its blind run (session 46: 8 of 175 kept, trafilatura alone 14; The Escapist's "Pitch", which no unit
    # is, its word ending an unlabelled body sentence, and Townhall's "Townhall Media", also the lead picture's credit,
    # taken off their labels as slips: 6 of 173, trafilatura alone 13): Cxid.info's "Просмотров: 28" and its <h2>
    # "Сегодня, 15:33 • Новости региона" read since (misses46b, test_ingest_misses46b.py: a count of the page's views
    # alone on a line is the site's; a stamp of today or yesterday and its section over the heading, a stamp line)
    # and The Boot's gallery box (a gallery's credit line is the site's, its title over it goes with it) and 國際線上's
    # related-news and commentary boxes (lines each a link and its day; "更多新聞" an others' box's label; a run of
    # titles linked to the site's own page over a sentence, in a script without spaces or case) read since; none left
    # holdout47, its blind run (session 47: 7 of 214 kept, trafilatura alone 22): GameSpot's deals box title and its
    # tip line read since (misses47, test_ingest_misses47.py: a list's title of a few words over links goes with them,
    # a "show more" button's line is a control, the newsroom asking for tips is the site's appeal)
    # Главред's header quote box (its columnist's name a unit after the headline) read since (misses47,
    # test_ingest_misses47.py: a card of a linked headline and a writer before every <h1> is another story's teaser)
    # Popular Mechanics' author box (the writer's biography of 73 words, the last unit) read since (misses47,
    # test_ingest_misses47.py: the writer's bio closing the story is read up to 100 words)
    # Vesti.kz's related-links box ("Ссылки по теме:" and its linked headlines, four units before the story) read
    # since (misses47, test_ingest_misses47.py: a related-stories label over a list of links is the site's box): none
    # left
    # holdout48, its blind run (session 48: 14 of 211 kept, trafilatura alone 52): Банкфакс's box titles, comment link
    # and notice, readers' thread and rights notice, Городской Дозор's app box title, language switch and rights line,
    # POLITICO Europe's project note and "You may like" read since (misses48, test_ingest_misses48.py: a table cell's
    # bold title over a plug-in's slot, a comment engine's headers, the comments' disclaimer, a Russian site's terms of
    # reuse, "наше" the site's word, a language switch, a note closing on "Sign up here.", a related label's heading
    # left by its pruned box) and 经济通's menu button "串流版" (a box's title set in a <span> goes with its links);
    # none left
    # holdout49, its blind run (session 49: 7 of 192 kept, trafilatura alone 27; cnfol refused, conftest.REFUSED_PAGES):
    # the Otago Daily Times' edition line "Online Edition | Wednesday, 18 January 2012 | 01:58:01" read since (misses50,
    # test_ingest_misses50.py: `notice_lines._EDITION_LINE`) and 022china's rights line with its ICP number "版权所有 中国网・滨海高新
    # … 津ICP备09001704号" (`notice_lines._CHINESE_LICENCE`); cnfol, read now, keeps none of its 17 (its footer's
    # licences and disclaimer gone by the same rule); 022china's source line "文章来源: 华西都市报" and footer heading "友情链接"
    # (`notice_lines._CHINESE_SOURCE`) and Вечерние ведомости's "Татьяна Кожихова © «Вечерние Ведомости»" (a sign-off
    # with the paper's copyright sign, `notice_lines._SIGNED_RIGHTS`) and 022china's "导航中国" (a footer row's title
    # cell beside its run of links, `side_cells.menu_title_cells`; "联盟高新区", unlabelled, another) read since too;
    # left: the paper's name, which the story says
    ("veved-ru-rusal", "© «Вечерние Ведомости»"): (
        "the sign-off with the paper's copyright sign is no unit since misses50, but the string's key is the paper's "
        "name, which the story's own paragraph says ('Как уже писали «Вечерние Ведомости», …'): found in a unit as "
        "this test compares keys"
    ),
    # holdout50, its blind run (session 50: 10 of 225 kept, trafilatura alone 38, all ten among them): all read since
    # (misses50b, test_ingest_misses50b.py): Orissa Diary's breadcrumb (gone with its headline read), slogan cell and
    # sister site's banner (`site_appeals.is_site_tagline`, `is_site_banner`); PRM.RU's section list of dated links
    # (`page_prune.drop_dated_link_lists`) and log-in box (a password field's, `drop_signup_boxes`); ПЛН's box title
    # over "Загружается, подождите..." (`slot_titles._drop_loading_titles`); NEWS.BCM.RU's "Добавить в закладки и
    # поделиться:"; 东北网's error-report notice (each key in a <font>, the box's script not counted); none left
    # holdout51, its blind run (session 50: 26 of 260 kept, trafilatura alone 18): listed until read. SLBC's 16 and
    # Саратов-Times's footer lines, each page read as an article export, read since (misses51, test_ingest_misses51.py:
    # a viewport with a script, a form's fields, tell a saved page, `page.looks_like_full_page`); Саратов-Times's site
    # name and "мобильная версия" in its headline (the title's first part, shown as a link, now the headline), АМИТЕЛ's
    # comments (headed "Комментарии к новости:") and its "Связаться с редактором", and CKOM's "Edited by …" line read
    # since (misses51b, test_ingest_misses51b.py); left: Proactive Investors' profile blurb
    (
        "proactiveinvestors-com-hemispherx",
        "Hemispherx Biopharma, Inc. (Hemispherx) is a specialty pharmaceutical engaged in the clinical development of new "
        "drug therapies",
    ): "the company-profile box's blurb over the headline, a unit (trafilatura keeps it too)",
    # holdout52, its blind run (session 51: 24 of 320 kept, trafilatura alone 36, these 24 among them but Вечерние
    # новости's none fewer; The Comet's page refused whole, conftest.REFUSED_PAGES): listed until read
    **{
        ("pr-ua-vich", text): (
            "Приазовский рабочий's issue page read whole: its left column (the phone-in column by the story's writer, "
            "'Анекдот от Жоры'), the issue's other stories with teasers, the address block and the subscribers' prize "
            "draw after the story, each a unit (trafilatura keeps all 12 and two more)"
        )
        for text in (
            "НАХОДКИ. В автобусе 114-го маршрута найдено пенсионное удостоверение на имя Т.В. Ларионовой.",
            "Анекдот от Жоры",
            "КОЛОHКА HОВОСТЕЙ",
            "ТРАГИЧЕСКОЕ ДТП HА ВОЛОДАРСКОЙ ТРАССЕ: ДВА ЧЕЛОВЕКА ПОГИБЛИ",
            "Наш адрес: Мариуполь, пр. Ленина, 19;",
            "Почтовый индекс: 87500;",
            "(0629) 52-66-42 - приемная.",
            "Архив газеты",
            "проверьте номер своего календаря",
            "РОЗЫГРЫШ № 41",
            "01900 — 10 кг муки",
            "09123 — кружка с логотипом «ПР»",
        )
    },
    # Вечерние новости's category-and-day line 'Категория: Экономика | 16 января 2012 15:59' read since (misses52,
    # test_ingest_misses52.py: `datelines._linked_label_stamp`, the day, and the line no unit); its WordPress
    # posted-in notice ('… через RSS 2.0. …', `site_notes._FEED_NAME`), Амур.инфо's category line
    # (`site_notes.is_category_line`) and Hudson Hub-Times's comment log-in line and count
    # (`site_notes.is_site_note_lines`) read since, and 4geo's section news and interview teasers after its story (the
    # label "Другие новости в рубрике «Здоровье»" over cards, `story_edges._cards_under`) (misses52b,
    # test_ingest_misses52b.py)
    # holdout53, its blind run (session 51: 7 of 264 kept, trafilatura alone 33, these 7 among them): listed until read
    ("vestipk-ru-vich", "Цены незаметно растут всегда"): (
        "a poll answer: the poll box (question, answers and percentages, each a cell unit) in the side column, kept "
        "as trafilatura keeps it (the story read since, misses53)"
    ),
    ("nr2-ru-vagon", "Публикации за 06.01.12"): (
        "the day's-publications link over the story, a unit between the <h1> and the dateline (trafilatura keeps it too)"
    ),
    **{
        ("nr2-ru-vagon", text): (
            "the error-report line under the story's rubrics, one unit ('… Ctrl-Enter,<br>чтобы отослать …'; "
            "trafilatura keeps it too)"
        )
        for text in (
            "Если Вы заметите ошибку в тексте, выделив её, нажмите Ctrl-Enter,",
            "чтобы отослать информацию редактору",
        )
    },
    **{
        ("nr2-ru-vagon", text): (
            "the legal footer's address, reuse and age lines, one unit after the teaser networks (trafilatura keeps "
            "them too)"
        )
        for text in (
            "Адрес редакции «NR2.Ru»: 84 Park Road, Rosyth, KY11 2JL, Scotland, United Kingdom, UK",
            "При использовании информационных материалов ссылка на «NR2.Ru» обязательна.",
            "Категория информационной продукции: 18+",
        )
    },
}
# Headlines ours reads wrong (holdout7's blind miss, getnews's full-width bar '｜' before the site's name, read since):
KNOWN_HEADLINE_MISSES: dict[str, str] = {
    # holdout26, its blind run (8 of 10): both read since (rules26b: the line over the lead, the title the site's name)
    # holdout27, its blind run (9 of 10): Rizospastis's read since (the part after the paper's name, test_ingest_rules27_blind.py)
    # holdout28, its blind run (8 of 10; 9 of 10 after the C1 fix): ΑΠΕ-ΜΠΕ's read since (the <title> running the
    # agency's name on after the <h1>, test_ingest_rules28_blind.py)
    # holdout29 (8 of 10) and holdout30 (9 of 10), their blind runs: listed until read (Radio New Zealand's, a
    # title set as a trail, read since: test_ingest_rules29_holdout28.py; BCC's, a breadcrumb's last step said
    # again in a cell, test_ingest_wrongvalues29.py; rp-online's kicker span, which its <title> and JSON-LD leave out,
    # in session 32: test_ingest_misses32.py): none left
    # holdout36, its blind run (session 36: 4 of 6; trafilatura alone 2): both read since (misses36,
    # test_ingest_misses36.py: Field Mag's og:title escaped twice and worded apart from its <h1>; nmg's <h1> over its
    # deck, the <title> joining both, the site's name after an underscore): none left
    # holdout37, its blind run (session 37: 6 of 8; trafilatura alone 6): both read since (misses37,
    # test_ingest_misses37.py: a teaser's title cut with "..."; a title set as a trail, the site's name last): none left
    # holdout38, its blind run (session 38: 8 of 10; trafilatura alone 6): both read since (misses39,
    # test_ingest_misses39.py: enorth's <title> running keywords on, fedpress's running the day on): none left
    # holdout39, its blind run (session 39: 9 of 10; trafilatura alone 7): 杭州日报's <title> running keywords on after
    # its headline read since by misses39's `page_titles.without_keyword_list`, written on holdout38's enorth without
    # this page: none left
    # holdout41, its blind run (session 41: 9 of 10; trafilatura alone 8): VOCM's <title> "VOCM.COM|Flu Vaccine Still
    # Available | Article" read since (misses42, test_ingest_misses42.py: a domain name alone is the site's part, and
    # a cell's first <br> line heading a stated title is the headline shown): none left
    # holdout42, its blind run (session 42: 9 of 10; trafilatura alone 6): Тирас's <title> taken whole, the agency's name
    # after "»", read since (misses43, test_ingest_misses43.py: a title part the page's feed or search link names is
    # the site's): none left
    # holdout43, its blind run (session 43: 8 of 10; trafilatura alone 4): 54rus.org's <title> with its rubric before
    # " / " and 人間衛視's template <title> "人間衛視-人間新聞" read since (misses44, test_ingest_misses44.py: a table holding the
    # page's <h1> is laid out, not data; the <h1> over the lead where no stated title says any of it): none left
    # holdout44, its blind run (session 44: 8 of 10; trafilatura alone 3): 舜网's <title> taken whole and weather.com's
    # JSON-LD headline of an earlier version read since (misses45, test_ingest_misses45.py: a Chinese title set as a
    # trail gives its longest part; the <h1> over stated titles that differ, the story's versions): none left
    # holdout47, its blind run (session 47: 9 of 10; trafilatura alone 9, the same one missed): 千龙网's <title> taken
    # whole ('千龙网--千龙财富--…', the site and the channel before the story) read since (misses47,
    # test_ingest_misses47.py: a heading that is a title's last part and most of it is the headline): none left
    # holdout50, its blind run (session 50: 9 of 10; trafilatura alone 3): Orissa Diary's <title> whole, the site's slogan
    # run on after a comma ("…, Orissa Current News") read since (misses50b, test_ingest_misses50b.py: the title's head
    # before a comma whose rest the page shows as a name of its own, `page_titles.comma_site_heads`): none left
    # holdout51, its blind run (session 50: 9 of 10; trafilatura alone 8): Саратов-Times's <title> whole read since
    # (misses51b, test_ingest_misses51b.py: the title's long first part an element of the body shows whole, its story's
    # title a link in a <strong class=title>, `page_headline.title_head_in_page`): none left
    # holdout52, its blind run (session 51: 7 of 10; trafilatura alone 6; The Comet's page refused whole, read since:
    # misses52, test_ingest_misses52.py): listed until read; Вечерние новости's <title> 'Вечерние новости', the site's
    # name alone, read since (misses52b, test_ingest_misses52b.py: the rel=bookmark link to the page's own address,
    # `page_headline.bookmark_title`)
    "pr-ua-vich": (
        "the <title> 'Приазовский рабочий, Мариуполь', the paper's name and city: the story's title a coloured <span> "
        "opening a <p> under the rubric 'Из зала суда', the page's <h1>s box titles ('Главная', the issue, 'Архив "
        "газеты'); trafilatura gives the same"
    ),
    # holdout53, its blind run (session 51: 8 of 10; trafilatura alone 6): listed until read
    "vestipk-ru-vich": (
        "the <title> 'вечерниеВЕСТИ Петропавловска-VestiPK', the site's name alone: the story's title a link "
        "a.news_subj in td.news_frame over div.news_bar (the page's menu links share the class), the story lost; "
        "trafilatura gives the same"
    ),
    # NR2.ru's <h1> with its "06.01.12 08:49" run in read since (misses53, test_ingest_misses53.py:
    # `datelines.heading_stamp_day`)
}
# Writers a label names that ours does not (holdout6, after its blind run: 25 of 29; blind 16/29;
# holdout7: blind 8/15, its seven misses read since: desk／name bylines, "by 深海", "作者：" over a list,
# "《KT》" in a writer-classed element, rel="author" over a teaser's credit, an Organization-typed author;
# holdout6's four read since: cna's wire dateline, sina's "（羅森）", qdaily's and rawstory's author lines
# in share boxes, read before pruning):
KNOWN_AUTHOR_MISSES: dict[str, str] = {
    # holdout9, after its blind run (5 of 20 wrong; blind 8/20; talkingpointsmemo's "ByMalcolm Harris", technologyreview's "Follow @…", kesq's bio read since;
    # thenextweb's "Follow" button beside the name in its author box, read as a second writer until session 20;
    # afpbb's "(c)AFP/Aminu ABUBAKAR", alyaum's "name - place" and ultimahora's "name | place | day" read in session 21;
    # dailycaller's name in its author box after the story, the box's element classed "name", in session 22): none.
    # holdout10, after its blind run (2 of 19 wrong; blind 6/19; nikkei's <h1> line, pewresearch's comment
    # count, simplyfound's author link, sitepoint's read since; sott's "name<br>source<br>day" in session 21):
    "geekonomics10000-com-authority": "the blog's signed name alone in an <h5> under its <h2> title, no class or label",
    # holdout11, after its blind run (1 of 17 wrong; blind 4/17; 247sports's menu entry, newyorker's publisher as
    # meta author, lifehacker-jp's CJK meta author read since):
    "phpspot-org-treeviz": (
        "'By.KJ : 2019年04月04日 09:00': a label glued to a one-word name by a full stop, then a CJK date after a "
        "colon, in a <p class='posted'> under the comments box that no byline rule reads (session 21: one page's form)"
    ),
    # holdout12, after its blind run (1 of 18 wrong; blind 6/18; channel4's and dailyherald's job titles,
    # ouest-france's "Recueilli par", paz.de's and theconversation's meta authors read since; aargauerzeitung's
    # desk credit "Auswärtige Autoren (AA)" over its shown "Ralph Steiner/Carlo Natter" in session 21): none.
    # holdout13, after its blind run (1 of 12 wrong, as blind):
    "moritz-meyer-net-lokalblog": (
        "a personal blog named after its writer (og:site_name 'Moritz Meyer | Medienprofi'): its byline and the "
        "JSON-LD Person its author's @id names are the account 'MoritzMeyer', the site's name, which is never a "
        "writer (yjc's article:author); one page tells the owner from the site"
    ),
    # holdout23, after its blind run (1 of 5 wrong, as blind; session 23 wrote no writer rule):
    "ilanganews-co-za-izimbuzi": (
        "the WordPress account 'Ilanga D' (/author/admin/) in the byline and JSON-LD, where the story's first line, "
        "bold and in capitals, and the meta description name 'MTHOBISI SITHOLE'; byline_header.opening_name passes "
        "over lines in capitals, and the account is not the site's name"
    ),
    # holdout24's blind run read 4 of 6 wrong, each read since (test_ingest_rules24_blind.py)
    # holdout26, its blind run (3 of 5 right): Shenzhen's "通讯员" read since (test_ingest_rules26_blind.py), PTS's
    # two reporters on the line closing its story, "記者張志雄 張梓嘉 嘉義報導", in session 27 (test_ingest_rules27_chrome.py)
    # holdout27, its blind run (2 of 4 right): both read since (test_ingest_rules27_blind.py: "By … of the Daily
    # Post", the Herald's; "Autor: wnp.pl (Jerzy Dudała)", the web agency's legal form in the meta no writer)
    # holdout28, its blind run (1 of 6 right): the four read in session 29 (test_ingest_rules29_holdout28.py: "autor"
    # as a byline class word, a name over its day's line, "time, <span>name</span>", the paper before 记者)
    # holdout29 (0 of 3 right) and holdout30 (6 of 8), their blind runs: listed until read (holdout29's three read
    # since: "（陳奕華報導）", Greek "Από", "作者：" among fields, test_ingest_rules29_holdout28.py; people.cn's closing
    # "（记者宋晨、田中全、胡�…" in session 32, test_ingest_misses32.py)
    # holdout31, its blind run: 7 of 7 right; holdout33, its blind run (4 of 5 right), left in session 33 (misses33:
    # a name alone, unlabelled, in a portal's info line is no convention a rule reads without the outlet's name):
    "v-daum-net-jigeomjang": (
        "holdout33 blind: the writer's name alone in Daum's viewer info line (<span class='txt_info'>박상우</span>, "
        "no label, no 기자), where og:article:author names the outlet 데일리안 (rightly refused as the site's name)"
    ),
    # holdout34, its blind run (session 34: 4 of 5 right): chinanews' hidden Baidu field read before the shown
    # "(作者：方敏北京大学经济学院教授)", read since (misses34, test_ingest_misses34.py; none left)
    # holdout35, its blind run (session 35: 1 of 3 right; trafilatura alone 0): dahe's "顶端新闻·河南商报记者马俊峰/文受访者供图"
    # and yangtse's "整合 新华日报·交汇点记者 徐睿翔", read since (misses35, test_ingest_misses35.py; none left)
    # holdout37, its blind run (session 37: 3 of 5 right; trafilatura alone 4): jxnews' "大江网讯 实习生吴梦丽、记者喻云亮报道：" and
    # rg.ru's region after the name, read since (misses37, test_ingest_misses37.py; none left)
    # holdout38, its blind run (session 38: 4 of 7 right; trafilatura alone 2): 21cbh's linked name before the day,
    # fedpress's name after "© … «ФедералПресс»", utro's bold name after a yearless day, read since (misses39,
    # test_ingest_misses39.py; none left)
    # holdout39, its blind run (session 39: 4 of 6 right; trafilatura alone 4):
    # jmnews' '本版文/记者李莎莎黎史翔王进雨程磊实习生吉喆高小娟' (names run together, split where one way only) and Apple
    # Daily's '報導╱林明佳、張佩玉' closing its lead's sentence, read since (misses41, test_ingest_misses41.py:
    # `page_credits.slashed_credit`); none left
    # holdout41, its blind run (session 41: 1 of 2 right; trafilatura alone 0): 每日甘肃's "作者： 半月谈记者谭飞王艳明闫鹃"
    # read since (misses42, test_ingest_misses42.py: the writer's field first on a line of fields, names run together
    # after the outlet's "记者" parted where one way only): none left
    # holdout43, its blind run (session 43: 4 of 6 right; trafilatura alone 4, the same two missed): 人間衛視's
    # "記者：邱雯琪 羅執中 台北報導" and 中國評論新聞's "作者：李兆清 江蘇南通 職員" read since (misses44, test_ingest_misses44.py:
    # reporters, the place and "報導" after a colon; a name, then a place opening with a province or city): none left
    # holdout44, its blind run (session 44: 3 of 4 right; trafilatura alone 3): Anime News Network's sidebar dates
    # "Dec 24, Dec 23, …" read since (misses45, test_ingest_misses45.py: a month and a day before a time are no name;
    # "posted on <day> by <name>" is a byline): none left
    # holdout45, its blind run (session 45: 4 of 5 right; trafilatura alone 4, the same one missed): 商都网's reporter
    # line '文\\…\\记者龚夷菲' (文, a run of backslashes, 记者 and the name) read since (misses46,
    # test_ingest_misses46.py: a run of backslashes as the slash, "记者" after it the role): none left
    # holdout46, its blind run (session 46: 5 of 7 right; trafilatura alone 5, the same two missed): 國際線上's
    # '(通訊員 宋黎勝 記者 黃淼君)' read since (misses46b, test_ingest_misses46b.py: a closing bracket of two newsroom
    # roles or more names the reporters) and Cxid.info's signature 'Анна Лытко' read since (a name alone set wholly
    # in italics under the story signs it, past the page's view count): none left
    # holdout47, its blind run (session 47: 5 of 7 right; trafilatura alone 4, these two missed and 千龙网's
    # '本报记者 高薇'):
    # 1NEWS.AZ's bold sign-off 'Севда Шахмедова, Л.А.' read since (misses47, test_ingest_misses47.py: a name wholly in
    # bold with an editor's initials after it under the story signs it)
    # 台灣醒報's reporter in '【台灣醒報記者林宜靜台北報導】' opening the story read since (misses47,
    # test_ingest_misses47.py: the paper, "reporter", the name run into a place and "reported" in the opening bracket): none left
    # holdout48, its blind run (session 48: 2 of 4 right; trafilatura alone 1, these two missed and Radar Online's
    # 'By Debbie Emery - Radar Reporter'): Городской Дозор's 'Павел Козаченко' under its stamp read since, its app
    # box's title no longer given (misses48, test_ingest_misses48.py: the name alone under the header's stamp with its
    # time; "наше" among the site's address words), and 希望之聲's sign-off '希望之聲國際廣播電台張翠報導' (an outlet's
    # name, the reporter's and "reported" closing the story): none left
    # holdout49, its blind run (session 49: 2 of 6 right; trafilatura alone 2, 022china's and 沈阳网's missed too, and
    # Вечерние ведомости's and Börsen-Zeitung's read by both): the Otago Daily Times' topic links under its byline,
    # read as two more writers, read since (misses50, test_ingest_misses50.py: `byline_site.is_topic_row`), and
    # 022china's credit line '华西都市报记者彭晗侯婷婷摄影吕甲' (a relayed paper's reporters run together,
    # `page_credits._PAPER_CREDIT`) and 沈阳网's '南方日报讯 (记者/钟啸 通讯员/王海军)' (roles and names parted by slashes
    # in the dateline's brackets, `page_credits._DATELINE_SLASHED`) read since too; Вечерний Краснотурьинск's left:
    "krasnoturinsk-info-miting": (
        "no writer given: the label's writer is the meta author 'Ольга Бердецкая' (the page shows only the desk "
        "credit 'Редакция ВК'; trafilatura gives the meta author); its login module's links 'Регистрация Вход' in "
        "div.autor, given as the writer before, read since (misses49, test_ingest_misses49.py: a login box)"
    ),
    # holdout50, its blind run (session 50: 1 of 2 right; trafilatura alone 1, the same): French Tribune's Drupal byline
    # "Submitted by Annabel Tautou on Sat, 01/14/2012 - 05:20" read since (misses50b, test_ingest_misses50b.py); none left
    # holdout51, its blind run (session 50: 1 of 3 right; trafilatura alone 0): WCTI's "KATIE MOISSE // ABC" (the
    # outlet after " // ") and Proactive Investors' "Wed 3:59 pm by Deborah Sterescu" (an hour before "by") read since
    # (misses51b, test_ingest_misses51b.py); none left
    # holdout52, its blind run (session 51: 2 of 4 right, The Comet's refused; trafilatura alone 2): The Comet's page
    # read since (misses52, test_ingest_misses52.py), its mailto "Richard Young" under the <h1> and Приазовский
    # рабочий's sign-off "Александр БОНДАРЕНКО" over a rule line (misses52b, test_ingest_misses52b.py); none left
    # holdout53, its blind run (session 51: 1 of 3 right; trafilatura alone 0): IOL's "By YOLANDE DU PREEZ" under the day
    # in p.byline (`datelines.story_bylines`) and NR2.ru's dateline "(Новый Регион, Дарья Неклюдова)"
    # (`page_credits.lead_credit`) read since (misses53, test_ingest_misses53.py); none left
}

# The writer ours shows on a page whose label names none: never scored (`bench/pages.py` compares writers only where
# the label names some; `bench/pages.py --writers` lists these), so each is listed here and read (writers27, session
# 27: 32 pages; the follow button, the "by" label, the source label and the organisations' words read since,
# and rutgers' "Todd" read in full, test_ingest_writers27.py). A page read right now (no name) must be unlisted.
KNOWN_WRONG_WRITERS: dict[str, str] = {
    # none of the wrong values left (the site, a desk, sections, a teaser's writer: test_ingest_writers28.py)
    # a writer the label leaves out (the page credits them; labels are the labeller's to change)
    "rutgers-edu-robot": "Todd Bates",  # "By" and "Todd Bates" in the sidebar's fields (the meta author "Todd")
    "actualno-com-haskovo": "Елин Димитров",  # "Редактор: Елин Димитров", the editor under the story
    "bbc-com-52241221": "Nada Tawfik",  # "By Nada Tawfik, BBC News, New York" over the story's second part
    "ndtv-com-hydroxychloroquine": "Swati Bhasin",  # "Edited by Swati Bhasin" under the headline
    "dealbreaker-com-bell": "The Water Coolest",  # "Author: The Water Coolest", the newsletter that wrote it
    "framablog-org-contribution": "Framasoft",  # "Par Framasoft", the association's account
    "presseportal-de-blaulicht": "Polizei Steinfurt",  # the police station issuing the release
    "prnewswire-com-hackerrank": "HackerRank",  # the company issuing the release
    # in the metadata only, where the page prints no byline (byline_shown.py keeps the metadata's writer then): a full
    # name, as on breakingnews.ie and ozap, whose labels take it (divyabhaskar's script calls it `Editor_Info`), and a
    # one-word login, kept as test_ingest_rules2 keeps "BBNTEAM" where the page prints no person
    "divyabhaskar-co-in-chhetu": "Chudasma Vivek Girishbhai",
    "bukvy-org-poroshenko": "Vladislava",
    # holdout36's Georgetown: <meta name="author"> only, its `p.author-date` empty, no byline printed: the same case as
    # divyabhaskar's by that rule (misses41 moved it here; telling a CMS's poster from a writer needs a sign it lacks)
    "gumc-georgetown-edu-mindfulness": "Nicholas C Stabile",
    # holdout29, its blind run: gwizdek24's "Samochody" (a card's section, its link classed "title") and
    # zdrowiewpodrozy's meta "RB" (initials the page never shows) read in session 32 (test_ingest_misses32.py)
    # holdout33, its blind run (session 33): Hürriyet's "story continues" marker read as a writer, and Rediff's desk
    # credit "REDIFF CRICKET", read since (misses33, test_ingest_misses33.py)
    # holdout34, its blind run (session 34): Podnews's "Tenderfoot TV", no issuer of the release but the first listed
    # podcast's producer ("From: …" under each of the ten), read since (misses34, test_ingest_misses34.py)    # holdout36, its blind run (session 36): Georgetown's meta author, kept by byline_shown.py's rule (above, misses41)
    # holdout37, its blind run (session 37): Khaleej Times' "Filed" (of "Filed on October 1, 2017") read since (misses37);
    # listed until read:
    # Podrobnosti's "Vadim" (the side box's poll's author) read since (misses38, test_ingest_misses38.py)
    # holdout38, its blind run (session 38): Business Recorder's "The Print" (a menu's heading "From The Print") and
    # "RECORDER REPORT", glavcom's columnists' and interviewers' cards beside the story, read since (misses39,
    # test_ingest_misses39.py; none left)
    # holdout47, its blind run (session 47): listed until read
    # Главред's "Виталий Портников", the header's quote box's columnist, read since (misses47, test_ingest_misses47.py)
    # holdout50, its blind run (session 50): meta authors that are no writers, each shown as a byline unit (trafilatura
    # gives both too): NEWS.BCM.RU's "Interline Pro Co" (its web developer) and Наш Брянск's "ИА" (the first word of the
    # agency's "ИА «НашБрянск.Ru»") read since (misses50b, test_ingest_misses50b.py: a company's "Co.", a Russian
    # outlet's form "ИА", and no name cut to its first word by the site's name); none left
    # holdout51, its blind run (session 50): listed until read; SLBC's "sanath" (a CMS login in its meta author, the
    # page read as an export) read since (misses51, test_ingest_misses51.py: read as a saved page, no byline shown);
    # CKOM's "Reported by CHAB" ("Reported by" over "CHAB staff", a station's desk) read since (misses51b,
    # test_ingest_misses51b.py: "reported by" a label); none left
    # holdout52, its blind run (session 51): Профи-ньюс's "Max Covax" (the meta author, its CMS: generator "Covax CMS
    # 1.01", "Developed on Covax/CMS" in the footer) read since (misses52, test_ingest_misses52.py:
    # `metadata.names_software`); none left
    # holdout53, its blind run (session 51): Myjoyonline's "BBC Last" ("From: BBC" and "Last Updated: …" in one cell)
    # read since (misses53, test_ingest_misses53.py: "last updated" closes the names, `byline_shown._credits`); none left
}


def body_lost(label: dict, units: list[str]) -> list[str]:
    """The label's body passages (first and last sentence, must-keep passages) no unit holds."""
    everything = key(" ".join(units))
    passages = [label["body_start"], label["body_end"], *label["keep"]]
    return [s for s in passages if s and key(s) and key(s) not in everything]


def chrome_kept(label: dict, units: list[str]) -> list[str]:
    """The label's chrome strings a unit holds, scored as bench/pages.py scores them: a string the
    body also says (a tag "HARRIS COUNTY SHERIFFS OFFICE") counts only when a unit is that string."""
    unit_keys = [key(unit) for unit in units]
    passages = [key(s) for s in (label["body_start"], label["body_end"], *label["keep"]) if s]
    kept = []
    for text in (c for c in label["chrome"] if key(c)):
        said_by_body = any(key(text) in passage for passage in passages)
        if (key(text) in unit_keys) if said_by_body else any(key(text) in unit for unit in unit_keys):
            kept.append(text)
    return kept


def test_every_real_page_keeps_its_body_but_the_known_misses(corpus) -> None:
    """The issue's target, 0 body paragraphs lost, on all 548 pages (session 27: none of 2,720 passages
    lost; 10 before it, tovima's story beside its table, dziennikwschodni's caption under a linked picture,
    nrk's video caption, test_ingest_rules27_body.py; holdout22's blind run lost 6 of 84, found since: Habertürk's
    "widget-title" heading, La Vanguardia's caption beside a video's still, NRK's caption and credit in a
    <figure> classed "widget", SRF's caption box in a <figure> without <figcaption> (test_ingest_rules22_blind.py);
    holdout21's blind run lost 6 of 76, found since: Isolezwe's captions of two pictures
    set in a builder's "widget" box with their "Image: …" credits, Die Presse's credit classed "figure__credits",
    Ukrainska Pravda's credit boxes under its lead picture and under a caption, Dizindaba's lead picture above
    the section's link over the headline (test_ingest_rules21_blind.py);
    ipa.go.jp's 3, its second section, found in session 20; holdout20's blind run lost 1 of
    66, mbl's linked card title, which its label had listed as body by mistake (relabelled chrome, as the same
    cards' other titles); holdout19's blind run lost 2 of 35, found since:
    guancha's closing paragraph inside the line trafilatura wrote for its <li> layout, capital.gr's list
    item under a kept colon line (test_ingest_rules19.py); 7 of 2,271 before session 18 read holdout9's and holdout10's
    captions of a lead picture above the headline, holdout11's deals lead and holdout12's gallery caption;
    holdout18's blind run lost 1 of 48, found since: fortressofsolitude's closing sentence of eight words set
    as an <h3>; holdout17's blind run lost none of 59;
    holdout15's blind run lost 4 of 70, found since:
    theregister's "Comment" section read as the readers' comments, computerworld's heading over links to
    other sites; three captions classed as such under their pictures read since (page_figures);
    holdout14's blind run lost 5 of 84, found since:
    diariobahiadecadiz's, refused for a NUL byte in its header; holdout13's blind run lost 3 of 74, found since:
    wildundhund's closing paragraphs in <div>s between two kept <p>s, positive.news's section title in a
    <span class="h5">; holdout12's blind run lost 3 of 112, found
    since: a column's closing sentence set as a heading; holdout11's blind run lost 3 of 113, found since: two one-line paragraphs
    between kept ones; holdout10's blind run lost 9 of 136, found since: virginia-edu's first story components,
    flavorwire's list item; holdout9's blind run lost 10 of 144, found since: aryanews's story set as one block of <br> lines;
    holdout8's blind run lost 10 of 127, found since: bloomberg's "paywall"-classed paragraphs
    and subheadings; holdout7's blind run lost none of 104; holdout6's blind run lost 3 of 189, found since: elmundo's
    decoding, snopes's claim card, itmedia's subheading; wikimediafoundation's linked note above the story, lost until
    session 9; holdout5's blind run lost 4 of 168, found since: sn.dk's decoding, macrumors'
    standfirst, politifact's claim line)."""
    lost = {(name, s) for name, (label, units, _) in corpus.items() for s in body_lost(label, units)}
    firsts_and_lasts = {
        (name, s) for name, s in lost if s in (corpus[name][0]["body_start"], corpus[name][0]["body_end"])
    }
    assert firsts_and_lasts - set(KNOWN_BODY_LOST) == set()
    assert lost == set(KNOWN_BODY_LOST)  # a known miss that is found now must be unlisted


def test_page_chrome_rarely_becomes_a_unit(corpus) -> None:
    """Measured with bench/pages.py on the 518 pages (all twenty-three splits, 2 Dec 2026): ours keeps
    15 of 5,343 labelled chrome strings (0.3 %; holdout22 0/139, blind 1/139; holdout21 1/143, blind 2/143; holdout20 0/144, blind 0/143 before a label fix; holdout19 0/93, blind 2/93; holdout18 1/117, blind 2/117; holdout17 1/141, blind 8/141; holdout15 1/168, blind 6/168; holdout14 1/242, blind 15/242; holdout13 0/199, blind 3/199; holdout12 1/304, blind 6/304; holdout11 1/251, blind 18/251; holdout10 0/279, blind 9/279; holdout9 0/337, blind 5/337; holdout8 1/291, blind 11/291; holdout4 alone 3/406, 0.7 %; holdout5 0/424, blind
    5/424; holdout6 4/413, 1.0 %, blind 15/413; holdout7 0/268, blind 2/268), trafilatura alone 293 (5.6 %). The bound is the
    issue's target, over all pages and over each of the last eighteen holdout splits alone; the
    strings kept are exactly the known ones."""
    kept = {(name, text) for name, (label, units, _) in corpus.items() for text in chrome_kept(label, units)}
    chrome = sum(len([c for c in label["chrome"] if key(c)]) for label, _, _ in corpus.values())
    assert len(kept) / chrome <= 0.02
    splits = (
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout17",
        "holdout18",
        "holdout19",
        "holdout20",
        "holdout21",
        "holdout22",
    )
    for split in splits:
        labels = [label for label, _, _ in corpus.values() if label["split"] == split]
        split_chrome = sum(len([c for c in label["chrome"] if key(c)]) for label in labels)
        split_kept = {(name, text) for name, text in kept if corpus[name][0]["split"] == split}
        assert labels and len(split_kept) / split_chrome <= 0.02, split
    assert kept == set(KNOWN_CHROME_KEPT)  # a new one is a regression; a known one found gone must be unlisted


def test_headline_and_date_are_the_page_stated_ones(corpus) -> None:
    """Every headline, and the date on at least 95 % of pages (today: all 518 headlines, and the
    date of all 516 pages that state one; holdout22 blind: 9/10, 10/10 (srf's <h1> kicker "Eskalation im
    Nahen Osten" kept, its og:title another kicker and a colon before the title; cut since:
    test_ingest_rules22_blind.py); session 21 read the last two (h/dates21): ultimahora's
    "08/01/2014" under its <h3> headline, day first as Spanish writes it, and geekonomics10000's
    "posted on 八月 26, 2016" after the story, Chinese month names in an English template;
    holdout21 blind: 10/10, 10/10; holdout20 blind: 9/10, 10/10 (tageblatt's kicker <span> glued to its <h1>'s title, "Nationale DemoDer 9. Juli
    naht: …"; cut since: test_ingest_rules20_blind.py); holdout19 blind: 7/7, 7/7;
    holdout18 blind: 9/10, 9/10 (golem's Dachzeile joined to its <h1>, and its "OSS / 13.04.2011 / 22:55" above
    the <h1> unread, a day the story names taken; both read since);
    holdout17 blind: 12/12, 10/12 (biospace's JSON-LD in a CDATA section unread, an og: day taken; framablog's
    microdata day "2 Déc 2017" unread, a drawing's <time> taken; both read since);
    holdout15 blind: 14/14, 13/14 (informationweek's "5/24/2016" unread, a teaser's day taken; read since);
    holdout14 blind: 17/19, 17/19 (diariobahiadecadiz refused for a NUL byte; informecorrientes read as an
    article export, its <title> with the site's name as the headline, no date; both read since);
    holdout13 blind: 15/16 (aerokurier's JSON-LD headline, the kicker of its og:title, read since), 16/16;
    holdout12 blind: 24/25 (paz.de's og:title with the paper's name, read since), 25/25;
    holdout11 blind: 26/26, 26/26; holdout10 blind: 24/28, 26/28;
    holdout9 blind: 28/30, 28/30 (29/31 with a page since dropped); holdout8 blind: 25/27, 25/27; holdout5 blind: 38/38, 36/37; holdout6 blind: 34/38, 37/38;
    holdout7 blind: 27/28, 26/28; holdout42 blind: 9/10, 9/10 (Тирас's <title> taken whole, the agency's name after "»";
    CA-NEWS's "28 ноября 2011, 17:38" under its headline unread, no date given: both read since, test_ingest_misses43.py);
    holdout45 blind: 10/10, 8/10 (Discover's JSON-LD datePublished "2023-11-11T19:00-06:00" taken in its own offset, where
    the page shows "Nov 12, 2023 1:00 AM", the same instant in UTC; gorodlip.ru's yearless "25 ноября в 16:27" under its
    headline (the page's year only in its footer's "© … 2004-2011") unread, no date given: both read since,
    test_ingest_misses46.py);
    holdout43 blind: 8/10, 9/10 (54rus.org's and 人間衛視's <title>s; RZN.info's "11:52, 6 января 2012 2664" over its
    headline, a time, the day and a view count, unread on a page stating no language, no date given: all three read
    since, test_ingest_misses44.py);
    holdout44 blind: 8/10, 9/10 (舜网's <title> and weather.com's JSON-LD headline; Бел.Ру's "13:01" and "17 января
    2012", div.news_time and div.todate under its <h1> on a page whose template states English, unread, no date given:
    all three read since, test_ingest_misses45.py);
    holdout46 blind: 10/10, 9/10 (Cxid.info's "Сегодня, 15:33" ("today") over its story, the day only in the header's
    "Сегодня 28 Ноября 2011 - 17:08", unread, no date given (trafilatura gives 2011-01-01): read since,
    test_ingest_misses46b.py);
    holdout47 blind: 9/10, 9/10 (千龙网's <title> taken whole: read since, test_ingest_misses47.py; Главред's year-less
    "5 января, 12:34" under its headline given the year of its footer's "©2002-2009", 2009-01-05, a wrong day shown,
    where its og:url's "/archive/2012/01/05/" states 2012 and the page was saved in April 2013 (its header's year-less
    "10 апреля, 11:30"; trafilatura gives 2012-01-05): read since, test_ingest_misses47.py: the page's own address
    writing the stamp's day and month gives its year, and a later year there leaves the notice's unread);
    holdout48 blind: 10/10, 9/10 (希望之聲's "2012年1月16日 星期一" (a <font class=desc> over the story's div, the
    weekday after the day, &nbsp;s around it) unread, no date given (trafilatura gives 2012-01-01): read since,
    test_ingest_misses48.py: a line in Han letters on a page stating another script's language is read in Chinese));
    holdout49 blind: 9/10, 9/10 (中金在线's page refused whole, conftest.REFUSED_PAGES: no headline or date given; trafilatura
    gives its headline and 2013-01-01): read since, its headline and "2011年12月15日 23:51" between its links and its name
    (misses50, test_ingest_misses50.py);
    holdout50 blind: 9/10, 8/10 (Orissa Diary's <title> whole, the site's slogan run on, and its "Sunday, January 15,
    2012" under the title unread, no date given (trafilatura gives 2012-01-15); ПЛН's 2012-01-16, a wrong day shown,
    where the page states "17.01.2012 18:16 ПЛН, Псков" under its headline, its side list's next item "16.01.2012 14:39"
    (trafilatura gives 2012-01-16 too)): all three read since (misses50b, test_ingest_misses50b.py);
    holdout51 blind: 9/10, 8/9 (Саратов-Times's <title> whole, its mobile page read as an article export; SLBC's page,
    read as an export too, its line "Sunday, 15 January 2012 13:25" a unit unread, no date given (trafilatura gives
    2012-01-15); Саратов-Times states no day): SLBC's day read since (misses51), Саратов-Times's headline too
    (misses51b, test_ingest_misses51b.py);
    holdout52 blind: 7/10, 6/10 (The Comet's page refused whole, conftest.REFUSED_PAGES: no headline or date given,
    trafilatura gives both; Вечерние новости's and Приазовский рабочий's <title>s, the site's name, and neither's day read:
    "Категория: Экономика | 16 января 2012 15:59" under the title (trafilatura gives 2012-01-16), "ПР № 8 от 17 Января 2012
    года" over the story and "вторник, 17 января 2012 года" in the masthead (trafilatura gives 2012-01-04); Амур.инфо's
    "главная / общество / вчера, 17:17" ("yesterday") over the title, the day in its <title>'s "…, 17 января 2012" and
    the header's "18 сегодня января среда" (trafilatura gives 2011-02-04, a related story's)): listed until read;
    The Comet's headline and day, Вечерние новости's and Амур.инфо's days, read since (misses52, test_ingest_misses52.py);
    Вечерние новости's headline (misses52b, test_ingest_misses52b.py);
    holdout53 blind: 8/10, 7/10 (Вести ПК's <title>, the site's name, and its "Mon, 16 Jan 2012 23:53:30" in div.news_bar
    under the title link unread, no date given (trafilatura gives 2011-12-01, the poll's start); NR2.ru's <h1> with its
    "06.01.12 08:49" run in, and its day given as 2013-04-10, a wrong day shown: the header's "Ср., 10.04.2013 10:29
    (Мск)", the day it was saved (trafilatura gives 2012-01-06); «Всё для Вас»'s year-less "16 янв | 17:10" (b.ts over
    the story; the header's "Вторник, 17 января") unread, no date given (trafilatura gives 2012-01-01)): listed until
    read; NR2.ru's headline and day and «Всё для Вас»'s day read since (misses53, test_ingest_misses53.py)."""
    wrong = [
        name
        for name, (label, _, doc) in corpus.items()
        if key(doc.headline) not in {key(h) for h in label["headlines"]}
    ]
    dates = [
        doc.published is not None and doc.published.date().isoformat() in label["dates"]
        for label, _, doc in corpus.values()
    ]
    assert sorted(wrong) == sorted(KNOWN_HEADLINE_MISSES)  # a known miss that is found now must be unlisted
    assert sum(dates) >= 0.95 * len(dates)


def test_authors_are_the_page_stated_ones(corpus) -> None:
    """The writers of every page whose label names any (bench/pages.py, 2 Dec 2026, session 22: 358 of 361, the three
    known; holdout22 blind 4/7 (Lesotho Times's bold name over the story, Sankei's spaced meta name "大渡 美咲", SRF's
    "Das Gespräch führte Peter Hanselmann.": none read), now 7/7 (test_ingest_rules22_blind.py);
    session 21 read five of them: afpbb's "(c)AFP/Aminu ABUBAKAR", alyaum's "name - place", aargauerzeitung's
    desk credit "Auswärtige Autoren" and "Ralph Steiner/Carlo Natter", sott's and ultimahora's dated header lines;
    thenextweb's "Follow" read in session 20; holdout20 blind 5/9 (aa.com.tr's "Sehernur Karsu | 05.04.2025",
    hankookilbo's JSON-LD Hangul name, mainichi's "【エルサレム松岡大地、カイロ金子淳】", mbl's "reporter-line" box:
    none read), now 9/9 (test_ingest_rules20_blind.py);
    holdout19 blind 0/4 (The Paper's "澎湃新闻记者 段彦超 廖艳" on two pages, cjn's "长江网10月4日讯（记者陈智 整合）",
    Simerini's bold name and office under its last paragraph: none read), now 4/4;
    holdout18 blind 7/8 (readwriteweb's template writer in <meta name="author">, shown nowhere), now 8/8;
    holdout17 blind 8/9 (biospace's cookie banner's "Accept" button), now 9/9; holdout15 blind 8/10, now 10/10; holdout14 blind 12/12, now 12/12;
    holdout13 blind 11/12, now 11/12;
    holdout12 blind 12/18, now 17/18;
    holdout11 blind 13/17, now 16/17; holdout10 blind 13/19, now 17/19; holdout9 blind 12/20, now 19/19 (bench/pages.py, 2 Dec 2026, session 22); holdout8 blind 16/20, now 20/20; holdout7 blind 8/15, now 15/15; holdout4 blind 18/24, holdout5 blind 14/22, holdout6 blind
    16/29), compared as the script compares them."""
    wrong = [
        name
        for name, (label, _, doc) in corpus.items()
        if label["authors"]
        and {key(a) for a in re.split(r",|;| and ", doc.author) if a.strip()} != {key(a) for a in label["authors"]}
    ]
    assert sorted(wrong) == sorted(KNOWN_AUTHOR_MISSES)  # a known miss that is found now must be unlisted


def test_realworld_writers_shown_where_the_label_names_none(corpus) -> None:
    """The pages labelled with no writer where a name is shown are the known ones (KNOWN_WRONG_WRITERS), each
    with the name it shows: a new one is a wrong value (a button, a label, a site) until it is read."""
    shown = {name: doc.author for name, (label, _, doc) in corpus.items() if not label["authors"] and doc.author}
    assert shown == KNOWN_WRONG_WRITERS  # a page that shows no name now must be unlisted


# Writers ours gives that are no names (a known author miss each, listed in KNOWN_AUTHOR_MISSES too), with the value:
# a page read right now must be unlisted.
KNOWN_BYLINES_NOT_NAMES: dict[str, str] = {
    # holdout44 blind: Anime News Network's sidebar dates "Dec 24, Dec 23, Dec 22, Dec 21", read since (misses45,
    # test_ingest_misses45.py)
    # holdout49 blind: the Otago Daily Times' topic links read as writers, "Eileen Goodwin, News: Dunedin, Dunedin
    # Hospital", read since (misses50, test_ingest_misses50.py: a row of links to the site's listing pages); none left
}


def test_realworld_bylines_are_names_only(corpus) -> None:
    not_names = {}
    for page, (_, _, doc) in corpus.items():
        for name in re.split(r", ", doc.author) if doc.author else []:
            if re.search(r"\d|editor|correspondent|\bBy\b|News\b", name):
                not_names[page] = doc.author
    assert not_names == KNOWN_BYLINES_NOT_NAMES  # a known one read now must be unlisted
    assert set(KNOWN_BYLINES_NOT_NAMES) <= set(KNOWN_AUTHOR_MISSES)


# Saved pages of a measured split that ours takes for article exports (too few links and chrome elements), each read
# whole as the story; a page taken for a full page now must be unlisted:
KNOWN_TAKEN_FOR_EXPORTS: dict[str, str] = {
    # holdout51, its blind run (session 50): Саратов-Times's mobile page and SLBC's Joomla page read since (misses51,
    # test_ingest_misses51.py: a viewport with a script, and a form's fields, tell a saved page); none left
}


def test_article_exports_are_not_taken_for_full_pages() -> None:
    import lxml.html

    from l10n.ingest.page import looks_like_full_page

    for path in (DATA / "articles").glob("*.html"):
        assert not looks_like_full_page(lxml.html.document_fromstring(path.read_bytes())), path.name
    for label in LABELS:  # decoded as ingest decodes them (qq's page declares gb2312 and is UTF-8)
        path = label.with_suffix(".html")
        text = decode_article(path.read_bytes(), path=str(path), source_format="html")
        parser = lxml.html.HTMLParser(encoding="utf-8")
        full = looks_like_full_page(lxml.html.document_fromstring(text.encode(), parser=parser))
        assert full != (label.stem in KNOWN_TAKEN_FOR_EXPORTS), label.name


# --- rules, each on a small page -----------------------------------------------------------------

STORY = (
    "<main><article><h1>Harbour reopens after the storm</h1>"
    '<p class="byline">By Richard Adams Education editor</p>'
    "<p>The harbour reopened on Monday after engineers cleared the debris left by the storm last week.</p>"
    "<p>Ferries to the islands will resume on Feb. 9, the port authority said in a statement.</p>"
    '<figure><img src="harbour.jpg" alt="Boats in the harbour"><figcaption>Boats wait to leave the harbour.'
    "<span>Credit: Ann Lee/Reuters</span></figcaption></figure>"
    "<p>Richard Adams</p>"
    "<p>Traders said the closure had cost the town about £2 million in lost business over the week.</p>"
    '<div class="share-bar"><p>Share this story on Facebook, Twitter and WhatsApp with your friends.</p></div>'
    "</article></main>"
)


def test_only_the_article_becomes_blocks_with_figure_caption_credit_and_alt() -> None:
    doc = ingest_html(page(STORY), source_path="story.html")
    texts = [block.text for block in doc.blocks]
    assert [b.role for b in doc.blocks][:2] == ["headline", "byline"]
    assert not any("Section" in t or "newsletter" in t or "Privacy" in t or "Share this" in t for t in texts)
    roles = {block.text: block.role for block in doc.blocks}
    assert roles["Boats in the harbour"] == "alt"
    assert roles["Boats wait to leave the harbour."] == "caption"
    assert roles["Ann Lee/Reuters"] == "credit"


def test_byline_is_reduced_to_names_its_role_kept_and_not_repeated_as_a_paragraph() -> None:
    doc = ingest_html(page(STORY), source_path="story.html")
    assert doc.author == "Richard Adams" and doc.author_role == "Education editor"
    assert [block.text for block in doc.blocks].count("Richard Adams") == 1


def test_metadata_date_resolves_yearless_dates_in_the_body() -> None:
    for meta in (
        '<meta property="og:article:published_time" content="2023-02-01T08:00:00Z">',
        '<meta name="dc.date" content="2023-02-01">',
        '<meta itemprop="datePublished" content="2023-02-01">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-02-01T08:00:00+01:00"}</script>',
    ):
        doc = segment_document(ingest_html(page(STORY, head=meta), source_path="story.html"))
        assert doc.published.date() == dt.date(2023, 2, 1), meta
        dates = [p.value for b in doc.blocks for s in b.segments for p in s.placeables if p.kind == "date"]
        assert YearlessDate(dt.date(2023, 2, 9)) in dates, meta


def test_site_name_is_removed_from_the_title_when_the_page_has_no_matching_heading() -> None:
    head = '<title>Senate passes the budget bill | CNN Politics</title><meta property="og:site_name" content="CNN">'
    body = "<div><p>The Senate passed the budget bill late on Thursday after a long debate in the chamber.</p></div>"
    doc = ingest_html(page(body, head=head), source_path="cnn.html")
    assert doc.headline == "Senate passes the budget bill"
    assert doc.blocks[0].role == "headline"


def test_json_ld_article_body_is_the_body_when_the_page_shows_none() -> None:
    article = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "headline": "Rates held at 5%",
                "author": {"@type": "Person", "name": "Ann Lee"},
                "datePublished": "2024-03-14",
                "articleBody": "The bank held rates.\nMarkets rose 2% on the news.",
            }
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(article)}</script>'
    doc = ingest_html(page('<div id="app"></div>', head=head), source_path="app.html")
    assert [(b.role, b.text) for b in doc.blocks] == [
        ("headline", "Rates held at 5%"),
        ("byline", "Ann Lee"),
        ("paragraph", "The bank held rates."),
        ("paragraph", "Markets rose 2% on the news."),
    ]


def test_real_page_whose_body_is_only_in_json_ld() -> None:
    doc = ingest_file(REALWORLD / "scmp-com-playbook.html")
    body = " ".join(block.text for block in doc.blocks if block.role == "paragraph")
    assert "Taiwanese President Tsai Ing-wen’s spectacular re-election was no easy feat." in body


def test_page_without_a_body_fails_with_one_line_naming_it(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty-page.html"
    path.write_text(page("<div id='app'></div>", head="<title>Loading… | Example News</title>"), encoding="utf-8")
    with pytest.raises(IngestError, match="no article body") as caught:
        ingest_file(path)
    assert caught.value.path == str(path)
    status, _, err = extract(path, tmp_path, capsys)
    assert status != 0 and len(err.strip().splitlines()) == 1 and "empty-page.html" in err
    assert not (tmp_path / "locales" / "empty-page.pot").exists()


def test_source_locale_variant_from_lang_og_locale_and_front_matter(tmp_path: Path) -> None:
    assert ingest_html(page(STORY), source_path="a.html").source_variant == "en_GB"
    us = page(STORY).replace("lang='en-GB'", "").replace("<head>", '<head><meta property="og:locale" content="en_US">')
    doc = ingest_html(us, source_path="b.html")
    assert (doc.source_locale, doc.source_variant) == ("en", "en_US")
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: Hi\nlang: en-GB\n---\nText.\n", encoding="utf-8")
    assert ingest_file(md).source_variant == "en_GB"


# --- hostile input through the page path ---------------------------------------------------------


@pytest.mark.parametrize("name", ["billion_laughs.html", "external_file.html"])
def test_hostile_entity_files_as_full_pages_are_never_expanded(name: str, tmp_path: Path, capsys) -> None:
    text = (HOSTILE / name).read_text(encoding="utf-8").replace("<body>", "<body>" + CHROME, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    status, _, err = extract(path, tmp_path, capsys)
    assert "Traceback" not in err
    pot = tmp_path / "locales" / f"{Path(name).stem}.pot"
    if status == 0:
        content = pot.read_text(encoding="utf-8")
        assert "Park opens in Baoshan" in content and "Section 3" not in content
        assert not any(marker in content for marker in SECRET_MARKERS)
    else:
        assert len(err.strip().splitlines()) == 1 and not pot.exists()


def test_full_page_with_remote_dtd_and_entities_never_calls_the_server(tmp_path: Path, server, capsys) -> None:
    url, requests = server
    path = tmp_path / "remote.html"
    path.write_text(
        f'<!DOCTYPE html SYSTEM "{url}/page.dtd" [<!ENTITY % r SYSTEM "{url}/evil.dtd"> %r;'
        f'<!ENTITY e SYSTEM "{closed_port_url()}">]>\n'
        f'<html><head><link rel="stylesheet" href="{url}/style.css"><meta property="og:url" content="{url}/page">'
        f'<link rel="canonical" href="{url}/canonical"></head><body>{CHROME}<article><h1>Park opens &e; &leak;</h1>'
        f'<p>It covers 530,000 square meters, the district government said on Monday.</p><img src="{url}/x.png">'
        f"</article></body></html>",
        encoding="utf-8",
    )
    _, _, err = extract(path, tmp_path, capsys)
    assert "Traceback" not in err
    assert requests == []
    assert "LEAKED" not in all_text_under(tmp_path)


def test_full_page_nested_too_deep_is_one_line_error(tmp_path: Path, capsys) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page("<div>" * 400 + "<p>Deep text here.</p>" + "</div>" * 400), encoding="utf-8")
    status, _, err = extract(path, tmp_path, capsys)
    assert status != 0 and len(err.strip().splitlines()) == 1 and "deep.html" in err and "256 levels" in err


def test_calls_to_sign_up_are_dropped_but_prose_about_signing_up_is_kept() -> None:
    body = (
        "<article><h1>Graphics cards sell out again</h1>"
        "<p>Retailers sold out of the new cards within minutes of the launch on Thursday morning.</p>"
        "<p>Sign up for our daily newsletter</p>"
        "<p>Amazon is not taking pre-orders, but you can sign up to be notified when the cards return.</p>"
        "<p>Never miss the latest news by signing up to our newsletter today!</p>"
        "<p>Prices on auction sites reached twice the list price by the evening, traders said.</p></article>"
    )
    texts = [block.text for block in ingest_html(page(body), source_path="cards.html").blocks]
    assert "Amazon is not taking pre-orders, but you can sign up to be notified when the cards return." in texts
    assert not any("newsletter" in text for text in texts)


def test_a_by_line_with_a_date_gives_the_name_and_is_not_a_unit() -> None:
    body = (
        "<article><h1>Night market returns to the old port</h1>"
        '<div class="under-headline"><span>By <a href="/writers/tan">Amanda "Tania Mae" Tan</a></span> '
        "<span>November 19, 2023 7:18 pm</span></div>"
        "<p>The night market returned to the old port on Saturday after a four-year absence, organisers said.</p>"
        "<p>More than 200 stalls lined the quay, selling food, crafts and second-hand books until midnight.</p>"
        "</article>"
    )
    doc = ingest_html(page(body), source_path="market.html")
    assert doc.author == 'Amanda "Tania Mae" Tan'
    assert [b.role for b in doc.blocks if "Tania Mae" in b.text] == ["byline"]
    assert not any("7:18" in block.text for block in doc.blocks)


def test_author_from_an_element_whose_class_names_it_when_nothing_else_does() -> None:
    body = (
        '<div class="meta"><span class="time">02/10/2020</span><span class="authorname-txt">Anna Fazackerley</span></div>'
        "<div><p>Student halls are too full to be safe, experts have warned as outbreaks grow at universities.</p>"
        "<p>Vice-chancellors said ministers had pushed them to take extra students at the last minute.</p></div>"
    )
    assert (
        ingest_html(page(body, head="<title>Halls too full</title>"), source_path="halls.html").author
        == "Anna Fazackerley"
    )


def test_link_lines_inside_the_story_are_not_units_but_links_in_prose_stay() -> None:
    body = (
        "<article><h1>Berlin renames colonial streets</h1>"
        "<p>The city has begun renaming streets that honour leaders of <a href='/empire'>the imperial expansion</a>, "
        "a project that will take five years.</p>"
        "<p><a href='/looted-art'>Read more: Looted colonial art goes home</a></p>"
        "<p>Residents of the affected streets will receive new documents free of charge, officials said.</p></article>"
    )
    doc = ingest_html(page(body), source_path="berlin.html")
    texts = [block.text for block in doc.blocks]
    assert not any(text.startswith("Read more") for text in texts)
    prose = next(block for block in doc.blocks if block.text.startswith("The city"))
    assert [m.tag for m in prose.markup] == ["a"]


def test_json_ld_strings_are_unescaped_and_the_author_organisation_is_not_a_name() -> None:
    article = {
        "@type": "NewsArticle",
        "headline": "Ransomware spreads via &#8216;game&#8217; links",
        "author": [
            {"@type": "Organization", "name": "Example News"},
            {"@type": "Person", "name": "Lindsey O&#039;Donnell"},
        ],
    }
    head = f'<script type="application/ld+json">{json.dumps(article)}</script><meta property="og:site_name" content="Example News">'
    body = (
        "<div><p>Researchers are warning of a new Android ransomware spread through links in online forums.</p></div>"
    )
    doc = ingest_html(page(body, head=head), source_path="threat.html")
    assert (doc.headline, doc.author) == ("Ransomware spreads via ‘game’ links", "Lindsey O'Donnell")
