"""Whole saved web pages: only the article becomes blocks; menus, share bars, teasers do not.

A CMS export (`<article>` with a headline and paragraphs) goes through `html.py` as it is. A
page saved from a news site also carries the site around the story: navigation, edition
pickers, share buttons, newsletter boxes, related-story lists, comments, footers. Measured on
the pages in `tests/data/realworld/` (`bench/pages.py`), reading them as articles made close
to half the units page chrome.

How a page is cleaned: trafilatura (a maintained main-content extractor, Barbaresi 2021)
decides which text is the article; our own HTML walker (`html.py`) still builds the blocks, so
inline markup, figures with captions and credits, and alt text survive exactly as for an
article. A block is kept when trafilatura kept the same words. trafilatura gets a copy of the
tree we parsed ourselves with the hardened parser, so no network access, no entity expansion
and the depth limit hold on this path too.

The page's own summary (`og:description`, JSON-LD `description`) counts as main text when a
block shows it: it is the standfirst. What trafilatura keeps that is still the site talking
(promos, notices, labels, pop-ups, excerpts, disguised adverts) is recognised in
`furniture.py`. Then the metadata (`metadata.py`): the headline is the page's heading that matches one of its
stated titles (`page_headline.py`) (else the first stated title without the site's name); bylines are reduced to
names (`byline.py`); a byline repeated as a paragraph is dropped. When the page shows less
than a third of the text its JSON-LD `articleBody` holds (a paywall or a script-rendered
page), or nothing at all, that `articleBody` is the body; when still no block is left,
trafilatura's own lines are. A page without any body text is refused with an `IngestError`
naming it: never an empty article. How our tree is made comparable with trafilatura's lines
(NFC, soft hyphens, `<noscript>`, cells and `<br>` lines) is `page_main.py`'s part; the boxes
taken out of the tree before our walker reads it (named furniture, pop-ups, cards) are `page_prune.py`'s.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from l10n.collector import collector_paused
from l10n.errors import IngestError
from l10n.ingest.byline import reduce_byline
from l10n.ingest.byline_lines import is_role_line
from l10n.ingest.byline_opening import after_byline_line
from l10n.ingest.byline_shape import is_labelled_byline
from l10n.ingest.byline_shown import shown_writers
from l10n.ingest.chrome_lines import (
    is_breadcrumb_line,
    is_language_switch,
    is_link_run,
    is_show_more_control,
    without_size_control,
)
from l10n.ingest.datelines import (
    HeadingReads,
    dateline_day,
    day_lines,
    foot_day,
    heading_stamp_day,
    heading_texts,
    page_language,
    read_timestamp,
    release_day,
    summary_day,
    timestamp_lines,
    title_day,
    updated_day,
)
from l10n.ingest.fields import match_key, page_keys, parse_byline
from l10n.ingest.furniture import (
    ends_as_sentence,
    first_line,
    is_citation,
    is_dangling_label,
    is_kicker_teaser,
    is_prose,
    is_related_label,
    is_republication_credit,
    is_self_promotion,
    is_site_talk,
    is_ui_instruction,
    link_share,
    page_sites,
)
from l10n.ingest.heading_lines import top_stamp_day, writers_shown
from l10n.ingest.metadata import drop_hidden_items, read_metadata
from l10n.ingest.notice_lines import is_notice_line
from l10n.ingest.page_authors import (
    author_names,
    early_bylines,
    is_writer_address,
    without_claimants,
)
from l10n.ingest.page_boxes import (
    FIGURE_ROLES,
    MAX_LINK_SHARE,
    cites_addresses,
    heads_dropped_box,
    heads_links,
    is_linked_prose,
    is_teaser_subline,
    related_lists,
    without_closing_headings,
)
from l10n.ingest.page_controls import controls_back, stand_in_controls
from l10n.ingest.page_figures import credited_pictures, figures_by_caption, lead_picture_above
from l10n.ingest.page_headline import bookmark_title, headline_at, is_kicked, key_words, page_headline
from l10n.ingest.page_htmldate import htmldate_day
from l10n.ingest.page_layout import side_column_keys
from l10n.ingest.page_main import (
    MainText,
    main_text_lines,
    normalise_text,
    open_landmarks,
    open_noscript,
    plain_main_text,
    twin_story_lines,
)
from l10n.ingest.page_marks import (
    closing_sentence_heading,
    drop_other_entries,
    drop_other_stories,
    drop_player_titles,
    drop_widget_labels,
    headings_by_class,
    numbered_items,
)
from l10n.ingest.page_prune import drop_heading_buttons, drop_link_cards, prune_boilerplate, teaser_grid_keys
from l10n.ingest.page_stamps import (
    address_year_day,
    not_after_update,
    rights_year_day,
    shown_instant,
    story_stamp_day,
    today_stamp_day,
)
from l10n.ingest.page_threads import story_line
from l10n.ingest.page_titles import without_media_mark
from l10n.ingest.reader_boxes import drop_control_bars, drop_social_buttons
from l10n.ingest.share_lists import drop_share_lists
from l10n.ingest.side_cells import menu_title_cells, weather_box
from l10n.ingest.site_appeals import (
    is_more_here_line,
    is_next_story_title,
    is_read_more_teaser,
    is_site_appeal,
    is_site_plug,
    is_subscribe_box,
)
from l10n.ingest.site_makers import without_site_makers
from l10n.ingest.site_notes import (
    contact_tables,
    is_about_site,
    is_category_line,
    is_site_box,
    is_site_note,
    is_site_note_lines,
    own_posts,
    without_closing_notes,
    without_opening_pointer,
    without_writer_bio,
)
from l10n.ingest.slot_titles import drop_slot_titles
from l10n.ingest.story_edges import body_extras, is_site_line, story_cut, without_continues_marker
from l10n.ingest.story_heads import linked_heading_series, linked_item_heads
from l10n.ingest.story_leads import broken_story_lines, leading_story_lines
from l10n.ingest.story_lists import linked_list_items
from l10n.ingest.story_runs import linked_note_above, named_sentences_after, sentences_between, under_dropped_leads
from l10n.ingest.text import is_end_mark
from l10n.ingest.tweet_quotes import open_tweet_quotes
from l10n.model import Block, Document

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# holdout8: a page re-saved without its scripts (Postlight's fixtures) still has the site's buttons
CHROME_ELEMENTS = ("script", "nav", "aside", "form", "iframe", "button")
# misses51: a form's fields are its controls, as its buttons are (SLBC's Joomla page: a rating form of ten fields)
FORM_FIELDS = ("input", "select", "textarea")
FULL_PAGE_CHROME = 6  # chrome elements from which a file is a saved page, not a CMS export
FULL_PAGE_LINKS = 30  # …or links (tests/data/articles: at most 4 chrome elements, 6 links; realworld: 8+, 12+)
MIN_SUMMARY_WORDS = 5  # a summary this long (words of 3+ letters) can tell its standfirst
SUMMARY_SHARE = 0.8  # of the summary's words that the standfirst shows
ARTICLE_BODY_RATIO = 3  # articleBody this many times longer than the shown body replaces it
# The label of a review's verdict box, in the corpus's languages ("Our Verdict", "Unser Fazit", "Veredicto").
_VERDICT_LABEL = re.compile(
    r"^(?:(?:our|the|final|unser|notre|le|nuestro|el|il nostro|il)\s+)?"
    r"(?:verdict|bottom line|fazit|urteil|veredicto|verdetto|avis)\s*:?$",
    re.IGNORECASE,
)
_TRAIL_SEPARATOR = re.compile(r"[›»>/|→·]")
BODY_ROLES = frozenset({"paragraph", "lead", "summary", "quote", "list_item", "heading", "cell"})


def looks_like_full_page(root: HtmlElement) -> bool:
    """True for a saved web page (site chrome around the story), False for an article export.

    >>> import lxml.html
    >>> looks_like_full_page(lxml.html.document_fromstring("<nav><a href=/>Home</a></nav><article><p>Hi.</p></article>"))
    False
    """
    chrome = sum(1 for _ in root.iter(*CHROME_ELEMENTS, *FORM_FIELDS))
    # holdout14: a site laid out in tables (informecorrientes: 4 chrome elements, 22 links, 19 of
    # its 20 tables inside another): each table nested in a table is the layout's, as chrome is
    chrome += sum(1 for table in root.iter("table") if next(table.iterancestors("table"), None) is not None)
    if chrome >= FULL_PAGE_CHROME:
        return True
    if sum(1 for _ in root.iter("a")) >= FULL_PAGE_LINKS:
        return True
    # misses51: a page laid out for a phone's screen that runs the site's scripts is a saved page (Саратов-Times's
    # 5 kB mobile page: 2 scripts, 5 links); an export is a document, neither (realworld: 570 of 764 pages state a
    # viewport; no export of tests/data/articles does, nor any page this tool publishes, which runs no script)
    viewport = any((meta.get("name") or "").strip().lower() == "viewport" for meta in root.iter("meta"))
    return viewport and next(root.iter("script"), None) is not None


def ingest_page(root: HtmlElement, *, source_path: str, controls: bool = False) -> Document:
    """The article of a saved web page as a `Document` (see the module docstring); `controls`:
    the page holds a C0 control XML forbids, which stands in for itself meanwhile (page_controls.py)."""
    # Every element's Python proxy held while the page is read: lxml makes a proxy per element each
    # time a pass meets one no Python object holds, and frees it after, so each of the ~40 whole-tree
    # passes of a page built the tree's proxies again (speedrules28: 4–8× a pass's cost, −3.5 % of
    # sueddeutsche's instructions, callgrind, −2.7 % of dailymail's). The list goes with the page.
    # pagespeed42: read with the cyclic collector paused (collector.py). A read makes and lets go of some hundred
    # thousand objects, these proxies among them: its passes over the young ones (each 700 made) and at times over
    # every object of the process were 0–8 % of a read, 45 % of moritz-meyer's in one process (one full pass, 0.26
    # of 0.58 s), and where in a run they fell moved a page's instruction count by up to a tenth (pagespeed34–41).
    with collector_paused():
        held = list(root.iter())
        with page_keys():  # the page's long texts keyed once, and let go when it is read (fields.py)
            document = _read_page(root, source_path=source_path, controls=controls)
        del held
    return document


def _read_page(root: HtmlElement, *, source_path: str, controls: bool) -> Document:
    from l10n.ingest.html import walk_blocks

    if controls:
        stand_in_controls(root)
    normalise_text(root)  # as trafilatura writes its lines: NFC, no soft hyphens
    meta = read_metadata(root)
    meta.authors = writers_shown(root, meta)  # holdout18: not a template's writer the page never shows
    meta.authors = without_site_makers(root, meta.authors)  # holdout26: "BDigital Web Solutions", the site's maker
    meta.authors = shown_writers(root, meta.authors, meta.site_name)  # writers28: a CMS login the page never shows
    bookmark = bookmark_title(root)  # misses52b: the entry's permalink, its title where the <title> is the site's
    drop_link_cards(root)  # before trafilatura reads the page: the card splits its paragraph's line
    open_tweet_quotes(root)  # aeb's bigbrandsystem: a sentence set as a link to tweet it
    drop_heading_buttons(root)  # holdout9: "Add to ..." in the <h1>
    heading_day = heading_stamp_day(root)  # misses53: "<h1>… <span>06.01.12 08:49</span></h1>", out of the title
    main_text = main_text_lines(root)
    document = Document(blocks=[], source_path=source_path, source_format="html")
    # before pruning: datelines sit in boxes
    reads = HeadingReads(root, meta)  # the story's headings and the texts under them, read once (datelines.py)
    stated = (  # misses39: a release's dateline the day after its stated time
        release_day(root, shown_instant(meta.published, reads))  # misses46: the instant in UTC, as the page shows it
        or title_day(meta, root)
        or summary_day(meta, root)
        or heading_day
        or dateline_day(root, meta, reads=reads)
    )
    unpruned = copy.deepcopy(root) if stated is None else None  # for htmldate, the last resort
    # pagespeed44: the date readers below read the copy's headings as `dateline_day` read the page's
    unpruned_reads = reads.on_copy(unpruned) if unpruned is not None else None
    # before pruning: bylines sit in "widget" and "share" boxes (holdout4, holdout6's qdaily)
    # (not when the metadata names the writers: they are not read then)
    early = early_bylines(root, meta)
    # the page's own summary is its standfirst; the story's other components are the story (holdout10)
    read = MainText.of(main_text)
    broken = broken_story_lines(root, main_text)  # misses50: a story of `<br>` lines trafilatura left out
    main = read.extended([meta.description, *twin_story_lines(root, read), *leading_story_lines(root, read), *broken])
    open_noscript(root, main)
    open_landmarks(root, main, sum(len(line) for line in main_text))  # holdout15: a story nested in an <aside>
    drop_hidden_items(root)  # aeb19: microdata a style hides (after the bylines and dates above are read)
    language = page_language(root)
    credited_pictures(root, language)  # holdout21: a picture's box with its caption lines and credit, before pruning
    drop_share_lists(root)  # holdout30: an unnamed list of share buttons and a "copy link" label
    opening = story_line([*broken, *main_text])  # the story's first line, not its footer's
    first = opening or next((line for line in main_text if line.strip()), "")  # ansa's lines, wrapped short
    drop_social_buttons(root, first)  # misses39b: a like button's frame and its line
    drop_control_bars(root, first)  # misses39b: a toolbar of script links ("字体大小 大 中 小")
    prune_boilerplate(
        root,
        main_length=sum(len(line) for line in main_text),
        kept=main.kept,
        claim=meta.claim,
        story_start=opening,
        headlines=meta.headlines,  # holdout22's nrk: the story's header in a builder's "widget" box
    )
    drop_other_entries(root)  # holdout5: the other posts a blog lists beside its story (hAtom entries)
    drop_other_stories(root, meta.headlines, meta.site_name)  # holdout10: the next stories of a feed under it
    side = side_column_keys(root, main, meta.headlines, meta.site_name)  # holdout29: columns beside the story
    side |= teaser_grid_keys(root, opening, meta.headlines)  # misses51b: 东北网's "明星写真"
    drop_player_titles(root)  # holdout13: a video's title over its (empty) player
    drop_widget_labels(root)  # holdout27: NOWnews's "速報>>" over a ticker's frame
    drop_slot_titles(root)  # misses46: gorodlip.ru's "Рекомендуем" over an ad a script writes
    headings_by_class(root)  # holdout13: <span class="… h5">, a roundup's section title
    figures_by_caption(root, language)  # a picture's box and the caption classed as one under it, as a <figure>
    body = root.find("body")
    walk_blocks(body if body is not None else root, document, language=language)
    stamps = timestamp_lines(document.blocks, main.kept_block, language=language)  # "UPDATED: …"
    # holdout28: a masthead's today (a day alone) gives way to the story's stamp over its heading
    document.published = stated or story_stamp_day(stamps, document.blocks, unpruned, meta, reads=unpruned_reads)
    if meta.published is None:  # holdout29: Radio New Zealand's masthead clock over its "Updated at … 16 January"
        document.published = not_after_update(document.published, stamps)
    if document.published is None and unpruned is not None:  # holdout7: an update's day, holdout18: one above the <h1>
        document.published = (
            updated_day(unpruned, meta, reads=unpruned_reads)
            or top_stamp_day(unpruned, meta, reads=unpruned_reads)
            or foot_day(unpruned, meta, reads=unpruned_reads)  # dates21: "This entry was posted on …" under the post
            or today_stamp_day(document.blocks, stamps, unpruned, language)  # misses46b: "Сегодня, 15:33", masthead's
            or htmldate_day(unpruned, language=language, near=heading_texts(unpruned, meta, reads=unpruned_reads))
            or address_year_day(unpruned, meta, reads=unpruned_reads)  # misses47: "5 января, 12:34", "/2012/01/05/"
            or rights_year_day(unpruned, meta, reads=unpruned_reads)  # misses46: "25 ноября в 16:27", "© … 2004-2011"
        )
    names = author_names(meta, document, root, early, main.kept)
    names = without_claimants(names, meta)  # holdout4: a fact-check's claimant is not its writer
    sites = page_sites(root)
    headline = page_headline(meta, document.blocks, sites, language=language, root=root, bookmark=bookmark)
    if document.published is not None:  # misses43: lines of the day above the story, its month a word read for none
        stamps = {**day_lines(document.blocks, document.published, main.kept_block, headline.text), **stamps}
    walked = [block for index, block in enumerate(document.blocks) if index not in stamps]
    blocks = _article_blocks(
        walked, main, names, headline.text, sites, meta.description, claim=meta.claim, side=side, language=language
    )
    blocks = [  # holdout14: the site's closing lines; holdout21: "(Tekst gaat verder onder de foto.)"
        without_continues_marker(without_closing_notes(without_opening_pointer(block)))
        if block.role == "paragraph"
        else block
        for block in blocks
    ]
    bios = {match_key(bio) for bio in meta.writer_bios}  # misses39b: the writer's bio, as the page's JSON-LD states it
    blocks = [
        block for block in blocks if not bios or block.role not in BODY_ROLES or match_key(block.text) not in bios
    ]
    # holdout26: "…来源： 深圳新闻网 【字号：大 中 小】"; a block that was only the control goes
    blocks = [cut for block in blocks if (cut := without_size_control(block)) is block or cut.text.strip()]
    if _shown_length(blocks) * ARTICLE_BODY_RATIO < len(meta.article_body):
        blocks = [block for block in blocks if block.role in FIGURE_ROLES]
        blocks += [Block(role="paragraph", text=line, line=0) for line in meta.article_body.split("\n")]
    if not any(block.role in BODY_ROLES for block in blocks):
        blocks += plain_main_text(main_text, root, skipped=[headline.text, *names])
    if not any(block.role in BODY_ROLES for block in blocks):
        raise IngestError("web page has no article body (no main text found, no JSON-LD articleBody)", path=source_path)
    document.blocks = [headline] + ([Block(role="byline", text=", ".join(names))] if names else []) + blocks
    document.headline = headline.text
    document.author = ", ".join(names)
    document.modified = meta.modified
    document.section = meta.section or document.section
    return controls_back(document) if controls else document


def _article_blocks(
    blocks: list[Block],
    main: MainText,
    names: list[str],
    headline: str,
    sites: frozenset[str],
    description: str,
    *,
    claim: str = "",
    side: frozenset[str] = frozenset(),
    language: str = "",
) -> list[Block]:
    """Blocks whose words trafilatura kept, figures between them, minus repeated bylines, the
    headline again, blocks that are mostly links (but prose and cited sources: `furniture.py`), the
    site talking, and labels whose list was dropped; plus the standfirst above the story that the
    page's summary abridges."""
    headline_key = match_key(headline)
    lines = main.lines
    # the heading the headline was cut from, a kicker's element opening it: said again (faz's breadcrumb
    # `<h1>` "Nutzerbasierte Abrechnung: Musik-Stars …" over the cut "Musik-Stars …"), it is the headline again
    uncut_keys = (
        {match_key(block.text) for block in blocks if is_kicked(block, headline_key)} if headline_key else set()
    )
    uncut_keys.add(match_key(without_media_mark(headline)))  # misses46: 商都网's bold headline again, without "/图"
    name_keys = frozenset(match_key(name) for name in names)

    def is_main(block: Block) -> bool:  # what trafilatura left out is not read by the rules (pagespeed18)
        return main.kept_block(block) and not is_furniture(block)

    def is_furniture(block: Block) -> bool:
        return not is_story_text(block)

    def is_story_text(block: Block) -> bool:  # whatever trafilatura kept
        key = match_key(block.text)
        if (
            not key
            or key == headline_key
            or key in uncut_keys
            or (headline_key and key.endswith(headline_key) and _is_trail(block))
        ):
            return False  # the headline again, the heading it was cut from, a breadcrumb trail ending in it
        if headline_key and _is_headline_over_day(block, headline_key, language):
            return False  # misses42: the headline's cell again, its `<br>` line over the day (holdout41's VOCM)
        if link_share(block, writers=name_keys) > MAX_LINK_SHARE and not (
            is_prose(block)
            or is_linked_prose(block)
            or cites_addresses(block)  # misses48: "… available at <a>http://…"
        ):
            return False  # a teaser, a menu, "Read more: …"
        if is_link_run(block) or is_show_more_control(block):  # holdout26: PTS's tag cloud; misses47: "+ Show More …"
            return False
        if is_language_switch(block, language):  # misses48: "Язык: <a>рус</a> <a>укр</a>"
            return False
        if is_breadcrumb_line(block):  # holdout28: Rednet's "位置提示：<a>红网首页</a> > <a>新闻频道</a> > 正文"
            return False
        if is_site_talk(block.text) or is_site_talk(first_line(block)) or is_ui_instruction(block):
            return False  # "Never miss the latest news…", "© 2023 Nexstar Media Inc.", "…click here to watch live"
        if is_self_promotion(block, sites) or is_kicker_teaser(block):
            return False  # "Read our ePaper.", "**Internal memo:** Federal prison guards falsified records"
        if is_site_line(block, sites):  # holdout4: "Tempo de leitura: 1 minuto", "Story continues below gallery"
            return False
        if is_end_mark(block.text):  # misses48: a release's "-30-" (`text.END_MARK`), the newsroom's mark, no text
            return False
        if is_site_appeal(block.text) or is_more_here_line(block) or is_subscribe_box(block):  # "…ingrese AQUÍ"
            return False
        if is_read_more_teaser(block):  # misses37: "…personalised customer... <a>READ MORE</a>"
            return False
        if is_site_plug(block, sites) or is_site_box(block):  # holdout15: "Use InformationWeek's job board…"
            return False
        if is_about_site(
            block, sites, language
        ):  # misses38: "About Georgetown University Medical Center<br>…" on its own site
            return False
        if is_notice_line(block.text):  # holdout28: "Published by Globes … on January 16, 2012", ΑΠΕ-ΜΠΕ's rights
            return False
        if is_category_line(block) or is_site_note_lines(
            block
        ):  # misses52b: "Эта статья в категориях: <a>здоровье</a>."
            return False
        return not is_site_note(block.text)  # holdout11: comment rules, ad labels, "More: <another story>"

    own = own_posts(blocks, sites) | contact_tables(blocks)  # holdout11: the site's own tweet; holdout24: its addresses
    own |= menu_title_cells(blocks) | weather_box(blocks)  # holdout28: the Telegraph's side column
    own |= {index for index, block in enumerate(blocks) if side and match_key(block.text) in side}  # page_layout.py
    kept = [
        index
        for index, block in enumerate(blocks)
        if block.role not in FIGURE_ROLES
        and index not in own
        and is_main(block)
        and not is_teaser_subline(blocks, index)
        and not is_next_story_title(blocks, index)  # holdout6: cna's next story under "請繼續下滑閱讀"
    ]
    story_text = frozenset(kept)  # is_story_text's blocks: no site or notice line among them (`story_cut` need not ask)
    heading_at = headline_at(blocks, headline_key)  # where the headline stands among the blocks
    if kept:  # below the headline and above the story's end: a link to another site's article (a cited
        # source; also as the story's last line), the line a republished story carries ("This post
        # originally appeared on Grist."), a review's verdict box
        top = kept[0] if heading_at is None else heading_at
        cited = [
            index
            for index, block in enumerate(blocks)
            if min(top, kept[0]) < index <= kept[-1] + 1
            and (
                (is_citation(block, sites) and match_key(block.text) in lines)  # also right after the story: its source
                or (index < kept[-1] and block.role in BODY_ROLES and is_republication_credit(block.text))
                or (index < kept[-1] and is_verdict(blocks, index))
            )
        ]
        cited += body_extras(blocks, kept, claim, headline_key)  # holdout4: a claim box, sentences as headings
        cited += numbered_items(blocks, sorted({*kept, *cited}))  # holdout10: a list's item between its neighbours
        cited += sentences_between(blocks, kept, is_story_text)  # holdout11: "“Oh my,” Lucas responded with a sigh."
        cited += named_sentences_after(blocks, kept, is_story_text)  # misses45: "<a>Ann Lee</a> (<a>…</a>) directed …"
        cited += main.joined_after(blocks, kept, is_story_text)  # holdout19: a short paragraph in a kept line
        cited += main.joined_between(blocks, kept, is_story_text)  # misses37: a section head in a kept table cell
        cited += under_dropped_leads(main, blocks, kept, is_story_text)  # aeb's ign: a paragraph under a dropped line
        cited += closing_sentence_heading(blocks, kept, is_story_text)  # holdout12: "…relying on Shanks’s pony!"
        # holdout5: the story's first kept block under the headline, when a box above it was kept too
        story_top = kept[0] if top <= kept[0] else next((index for index in kept if index > top), top)
        cited += [
            index
            for index in range(top, story_top)
            if blocks[index].role in BODY_ROLES
            and match_key(blocks[index].text) != headline_key  # the headline again is no standfirst
            and is_abridged_standfirst(blocks[index].text, description)
        ]
        cited += linked_note_above(blocks, story_top)  # session 9: "Bu yazının Türkçe’sini buradan okuyabilirsiniz."
        cited += linked_list_items(blocks, sorted({*kept, *cited}), is_main)  # aeb19: "Your <a>email list</a> grows"
        cited += linked_item_heads(blocks, sorted({*kept, *cited}), is_story_text)  # holdout39: a roundup's heads
        cited += linked_heading_series(blocks, sorted({*kept, *cited}), is_story_text)  # misses46b: a guide's heads
        kept = sorted({*kept, *cited})
    kept = without_writer_bio(
        blocks, story_cut(blocks, kept, sites, story_text, story_text), names
    )  # holdout4, holdout17
    followed = set(kept)  # a label stays only when what it labels stays ("Read more:" + dropped links)
    kept = [
        index
        for index in kept
        if index + 1 in followed or not (is_dangling_label(blocks[index].text) or heads_links(blocks, index))
    ]
    kept = [index for index in kept if not heads_dropped_box(blocks, index, followed)]  # holdout6: ndtv's data widget
    # misses48: a heading that is only a related-stories label is the title of a box of other stories, kept when the
    # box was pruned (POLITICO Europe's "You may like" over its cards, between two paragraphs of the story)
    kept = [index for index in kept if not (blocks[index].role == "heading" and is_related_label(blocks[index].text))]
    related = related_lists(blocks)  # misses47: Vesti.kz's "Ссылки по теме:" over three linked headlines
    kept = [index for index in kept if index not in related]
    kept = without_closing_headings(blocks, kept)  # misses34: "Media Contact" over the contact line left out
    shown_figures = {block.figure for block in blocks if block.role in FIGURE_ROLES and is_main(block)}
    if not kept:
        return []
    first, last = kept[0], kept[-1]
    # the lead picture sits between the headline and the story's first paragraph, or right above the headline
    first_figure = first if heading_at is None else lead_picture_above(blocks, heading_at)
    chosen: list[Block] = []
    kept_at = set(kept)  # asked of every block: the list was scanned each time (dailymail: 1,686 blocks, 1,148 kept)
    for index, block in enumerate(blocks):
        inside = min(first, first_figure) <= index <= last
        in_figure = block.role in FIGURE_ROLES and block.figure is not None
        shown = index in kept_at or (in_figure and (inside or block.figure in shown_figures))
        if shown and block.role == "caption" and is_site_line(block, sites):
            continue  # holdout33: Onedio's last picture captioned "Peki siz … ne düşünüyorsunuz? Hadi buyrun yorumlara"
        if shown and (block.role == "credit" or not _is_byline_again(block, name_keys)):  # a credit naming the writer
            chosen.append(block)
        elif shown and (
            rest := after_byline_line(block, lambda line: _is_byline_again(Block("paragraph", line), name_keys))
        ):
            chosen.append(rest)  # holdout27: the byline as the first `<br>` line of the story's one paragraph
    return [block if block.role not in ("headline", "byline") else _as_body(block) for block in chosen]


def _is_headline_over_day(block: Block, headline_key: str, language: str) -> bool:
    """The block's first `<br>` line is the headline and the rest a timestamp alone: the title's own cell, the
    day it went out under it (holdout41's VOCM: `<td>Flu Vaccine Still Available <br/><span>Tuesday , January
    17 2012</span></td>`), which the headline and the page's day both say; a story's paragraph opening with the
    title as its first line goes on in sentences of its own.

    >>> from l10n.model import InlineMarkup as M
    >>> cell = Block("cell", "Ferries resume Tuesday , January 17 2012", markup=[M(14, 14, "br", void=True)])
    >>> _is_headline_over_day(cell, "ferriesresume", "en"), _is_headline_over_day(cell, "harbour", "en")
    (True, False)
    """
    head = first_line(block)
    if match_key(head) != headline_key:
        return False
    stamp = read_timestamp(block.text[len(head) :], language=language)
    return stamp is not None and stamp.day is not None


def _is_trail(block: Block) -> bool:
    """A breadcrumb trail: links, or steps parted by a separator ("Home › News › …"), as WAI-ARIA's
    breadcrumb pattern sets it; words run into the headline ("My Top 10 …") are a heading. (The
    heading a kicker's element was cut from is `uncut_keys` in `_article_blocks`.)"""
    return link_share(block) > 0 or bool(_TRAIL_SEPARATOR.search(block.text))


def is_abridged_standfirst(text: str, description: str) -> bool:
    """The paragraph says at least what the page's summary (`og:description`) says, in nearly all
    its words: the standfirst, of which CMSs put a shortened copy in the summary ("…West Ham United
    dává pochybovačům…" for the shown "…West Ham dává pochybovačům… a fotbalový svět…"). An
    extractor drops it as a box above the story; a short teaser sharing a few words is not it.

    >>> summary = "Ferries to the islands resume on Friday after the storm."
    >>> is_abridged_standfirst("Ferries to the islands resume on Friday after the storm, the port said.", summary)
    True
    >>> is_abridged_standfirst("Storm: ferries to resume", summary)
    False
    """
    wanted = key_words(description)
    if len(wanted) < MIN_SUMMARY_WORDS or len(text) < len(description) * 0.8:
        return False
    words = set(key_words(text))
    return sum(word in words for word in wanted) >= SUMMARY_SHARE * len(wanted)


def is_verdict(blocks: list[Block], index: int) -> bool:
    """A review's verdict: a heading or short line naming it ("Our Verdict", "Fazit", "Veredicto")
    and the sentence it heads. A review states its judgement in a box apart from the running text
    (and often again at the end), which an extractor drops as a sidebar; it is the review's own
    text, the one line most readers read.

    >>> boxed = [Block("heading", "Our Verdict"), Block("paragraph", "A superbly crafted game."), Block("paragraph", "87")]
    >>> [is_verdict(boxed, index) for index in range(3)]
    [True, True, False]
    """
    block = blocks[index]
    if _VERDICT_LABEL.match(block.text.strip()):
        return index + 1 < len(blocks) and _is_judgement(blocks[index + 1])
    return index > 0 and bool(_VERDICT_LABEL.match(blocks[index - 1].text.strip())) and _is_judgement(block)


def _is_judgement(block: Block) -> bool:
    return block.role in BODY_ROLES and len(block.text.split()) > 3 and ends_as_sentence(block.text)


def _as_body(block: Block) -> Block:
    block.role = "heading" if block.role == "headline" else "paragraph"
    return block


def _is_byline_again(block: Block, name_keys: frozenset[str]) -> bool:
    if block.role == "byline" or is_role_line(block.text):
        return True  # the byline, or its job title on a line of its own ("Tribune Staff Reporter")
    if not name_keys:
        return False
    if is_labelled_byline(block.text):
        return {match_key(name) for name in reduce_byline(block.text).names} == name_keys
    if is_writer_address(block.text, name_keys):
        return True  # the writer's e-mail under the name
    name = parse_byline(block.text)
    key = match_key(name or block.text)
    return key in name_keys or key == "".join(sorted(name_keys))


def _shown_length(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks if block.role in BODY_ROLES)
