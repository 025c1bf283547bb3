"""Write the hostile corpus (tests/hostile/cases/) and its table in README.md, from one list.

Run `python tests/hostile/make_corpus.py` after adding a case; `tests/test_hostile_corpus.py`
checks that the files and the README table are exactly what this script writes, then runs every
case. Three sources of input:

1. real attack strings collected by others (vectors/, see SOURCES.md), each placed in a small
   news article, as HTML and — through a raw HTML block — as Markdown;
2. the URL-scheme obfuscations of issue 12 and their variants (control characters, character
   references, whitespace, case, invisible characters), in every place a URL can sit;
3. hand-written cases for the other classes: file names, settings, silent text loss, bidi and
   zero-width characters, hostile translations.

Expected outcomes: `safe` (the chain runs and the published pages pass the checks),
`safe, keeps: TEXT` (and TEXT reaches the template), or `error: REGEX` (one-line error).
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
VECTORS = HERE / "vectors"
README = HERE / "README.md"
TABLE_START, TABLE_END = "<!-- cases: start (written by make_corpus.py) -->", "<!-- cases: end -->"


@dataclass(frozen=True)
class Case:
    name: str  # file name under cases/
    content: str
    what: str
    expected: str = "safe"


def html_article(body: str, *, title: str = "Council approves park budget") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head>\n'
        f"<body><article>\n<h1>{title}</h1>\n<p>The council approved the budget on Monday.</p>\n"
        f"{body}\n<p>Residents welcomed the decision.</p>\n</article></body></html>\n"
    )


def md_article(body: str) -> str:
    return f"# Council approves park budget\n\nThe council approved the budget on Monday.\n\n{body}\n\nResidents welcomed the decision.\n"


def vector_cases() -> list[Case]:
    cases: list[Case] = []
    rsnake = (VECTORS / "RSNAKE_XSS.txt").read_text(encoding="utf-8").splitlines()
    for number, vector in enumerate(rsnake, 1):
        if not vector.strip():
            continue
        cases.append(
            Case(
                f"rsnake_{number:03d}.html",
                html_article(f"<p>Report {number}: {vector} end.</p>"),
                f"RSnake vector {number} in a paragraph",
            )
        )
        cases.append(
            Case(
                f"rsnake_{number:03d}_md.md",
                md_article(f"<div>\nReport {number}: {vector} end.\n</div>"),
                f"RSnake vector {number} in a Markdown raw HTML block",
            )
        )
    polyglots = (VECTORS / "XSS_Polyglots.txt").read_text(encoding="utf-8").splitlines()
    for number, vector in enumerate(polyglots, 1):
        if vector.strip():
            cases.append(
                Case(
                    f"polyglot_{number:03d}.html",
                    html_article(f"<p>Report {number}: {vector} end.</p>"),
                    f"XSS polyglot {number}",
                )
            )
    mario = (VECTORS / "MarioXSSVectors.txt").read_text(encoding="utf-8")
    for match in re.finditer(r'<div id="(\d+)">(.*?)//\["\'`-->\]\]>\]</div>', mario, re.DOTALL):
        number = int(match.group(1))
        cases.append(
            Case(
                f"html5sec_{number:03d}.html",
                html_article(f"<div>{match.group(2)}</div>"),
                f"HTML5 Security Cheatsheet vector {number}",
            )
        )
    return cases


# (label, how the source spells it) — `javascript:alert(1)` hidden from a naive filter; each
# spelling is either read as `javascript:` by a browser, or by a writer that drops a character.
JS = "alert(1)"
URL_SPELLINGS: list[tuple[str, str]] = [
    ("plain", f"javascript:{JS}"),
    ("case", f"JaVaScRiPt:{JS}"),
    ("lead_space", f"  javascript:{JS}"),
    ("lead_ref_nl", f"&#10;javascript:{JS}"),
    ("lead_ref_1", f"&#1;javascript:{JS}"),
    ("lead_ref_14", f" &#14;  javascript:{JS}"),
    ("ref_vt_hex", f"java&#x0B;script:{JS}"),
    ("ref_vt_dec", f"java&#11;script:{JS}"),
    ("ref_ff", f"java&#x0C;script:{JS}"),
    ("ref_1", f"java&#1;script:{JS}"),
    ("ref_31", f"java&#x1F;script:{JS}"),
    ("ref_del", f"java&#127;script:{JS}"),
    ("ref_c1", f"java&#x85;script:{JS}"),
    ("ref_tab", f"java&#x09;script:{JS}"),
    ("ref_tab_named", f"java&Tab;script:{JS}"),
    ("ref_nl_named", f"java&NewLine;script:{JS}"),
    ("ref_cr", f"java&#13;script:{JS}"),
    ("raw_tab", f"java\tscript:{JS}"),
    ("raw_nl", f"java\nscript:{JS}"),
    ("colon_named", f"javascript&colon;{JS}"),
    ("colon_dec", f"javascript&#58;{JS}"),
    ("letters_dec", "".join(f"&#{ord(c)};" for c in "javascript:") + JS),
    ("letters_padded", "".join(f"&#{ord(c):07d}" for c in "javascript:") + JS),
    ("letters_hex_nosemi", "".join(f"&#x{ord(c):X}" for c in "javascript:") + JS),
    ("zero_width", f"java&#x200B;script:{JS}"),
    ("bidi_override", f"&#x202E;javascript:{JS}"),
    ("soft_hyphen", f"java&shy;script:{JS}"),
    ("double_ref", f"java&amp;#x0B;script:{JS}"),
    ("nul_ref", f"java&#0;script:{JS}"),
    ("noncharacter", f"java&#xFFFE;script:{JS}"),
    ("vbscript", 'vbscript:msgbox("x")'),
    ("vbscript_ref", 'vb&#x0B;script:msgbox("x")'),
    ("data_html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("data_ref", "da&#x09;ta:text/html,<script>alert(1)</script>"),
    ("data_svg", "data:image/svg+xml,<svg onload=alert(1)>"),
    ("livescript", f"livescript:{JS}"),
    ("file", "file:///etc/passwd"),
    ("protocol_relative_ctrl", "/&#x0B;/evil.example/x"),
]


def url_cases() -> list[Case]:
    cases = []
    for label, spelling in URL_SPELLINGS:
        attribute = spelling.replace('"', "&quot;")
        cases.append(
            Case(
                f"url_{label}_a.html",
                html_article(f'<p>Read <a href="{attribute}">the report</a> today.</p>'),
                f"link href {label}",
            )
        )
        cases.append(
            Case(
                f"url_{label}_img.html",
                html_article(
                    f'<figure><img src="{attribute}" alt="The park"><figcaption>The new park <small>Ann Lee</small></figcaption></figure>'
                ),
                f"figure image src {label}",
            )
        )
        destination = spelling.replace("\n", "&#10;").replace("<", "%3C").replace(">", "%3E")
        cases.append(
            Case(
                f"url_{label}_link.md",
                md_article(f"Read [the report](<{destination}>) today."),
                f"Markdown link destination {label}",
            )
        )
        cases.append(
            Case(
                f"url_{label}_block.md",
                md_article(f'<p>Read <a href="{attribute}">the report</a> today.</p>'),
                f"Markdown raw HTML block link {label}",
            )
        )
    cases.append(
        Case(
            "url_md_image_js.md",
            md_article('![The park](javascript:alert(1) "Ann Lee")\n*The new park*'),
            "Markdown figure image javascript:",
        )
    )
    cases.append(
        Case(
            "url_md_reference_js.md",
            md_article("Read [the report][r] today.\n\n[r]: java&#x09;script:alert(1)"),
            "Markdown reference link with a tab reference",
        )
    )
    cases.append(
        Case("url_md_autolink_js.md", md_article("Read <javascript:alert(1)> today."), "Markdown autolink javascript:")
    )
    cases.append(
        Case(
            "url_md_inline_html_js.md",
            md_article('Read <a href="javascript:alert(1)">the report</a> today.'),
            "Markdown inline HTML link",
        )
    )
    return cases


ATTRIBUTE_CASES = [
    (
        "attr_onclick",
        '<p>Read <a href="https://example.org/r" onclick="alert(1)">the report</a> today.</p>',
        "event handler on a kept link",
    ),
    ("attr_onmouseover_em", '<p>Read <em onmouseover="alert(1)">this</em> today.</p>', "event handler on emphasis"),
    (
        "attr_style",
        '<p>Read <span style="background:url(javascript:alert(1))">this</span> today.</p>',
        "style attribute",
    ),
    ("attr_cite_q", '<p>He said <q cite="javascript:alert(1)">no</q> today.</p>', "cite attribute on q"),
    (
        "attr_cite_del",
        '<p>It was <del cite="https://x.example/" datetime="2020-01-01">old</del> today.</p>',
        "cite on del",
    ),
    (
        "attr_formaction",
        '<p>Read <a formaction="javascript:alert(1)" href="/r">this</a> today.</p>',
        "formaction on a link",
    ),
    (
        "attr_target",
        '<p>Read <a href="https://example.org/" target="_blank" ping="https://t.example/">this</a> today.</p>',
        "target and ping",
    ),
    (
        "attr_id_class",
        '<p>Read <span id="__proto__" class="x" tabindex="1" contenteditable="true">this</span> today.</p>',
        "DOM-clobbering and editing attributes",
    ),
    (
        "attr_uppercase_on",
        '<p>Read <A HREF="https://example.org/" ONCLICK="alert(1)">this</A> today.</p>',
        "upper-case event handler",
    ),
    (
        "attr_srcset",
        '<figure><img src="park.png" srcset="javascript:alert(1) 2x" alt="Park"><figcaption>The park</figcaption></figure>',
        "srcset on a figure image",
    ),
    (
        "attr_data_attr",
        '<p>Read <span data-status="reviewed" data-x="y">this</span> today.</p>',
        "data-* attributes from the source",
    ),
    ("attr_xlink", '<p>Read <a xlink:href="javascript:alert(1)">this</a> today.</p>', "xlink:href"),
    (
        "attr_title_ctrl",
        '<p>Read <abbr title="World&#x0B;Health">WHO</abbr> today.</p>',
        "control character in a title",
    ),
    (
        "attr_duplicate_href",
        '<p>Read <a href="https://example.org/" href="javascript:alert(1)">this</a> today.</p>',
        "duplicate href: the first wins, as in a browser",
    ),
]


LOSS_CASES = [
    Case(
        "loss_embed.html",
        html_article('<p>Before <embed src="x.swf"> embedded sentence survives.</p>'),
        "text after <embed> (libxml2 nests it)",
        "safe, keeps: embedded sentence survives",
    ),
    Case(
        "loss_object.html",
        html_article('<p>Lead <object data="x"><param name="a" value="b">object fallback survives</object> after.</p>'),
        "object fallback text",
        "safe, keeps: object fallback survives",
    ),
    Case(
        "loss_form_unclosed.html",
        html_article('<p>A <form action="/x"> form text <input name=q> stays</p><p>Paragraph after form survives.</p>'),
        "unclosed <form> swallowing the rest",
        "safe, keeps: Paragraph after form survives",
    ),
    Case(
        "loss_source_track.html",
        html_article("<p>Clip <source src=a.mp4> source tail survives <track src=b.vtt> too.</p>"),
        "text after <source>/<track>",
        "safe, keeps: source tail survives",
    ),
    Case(
        "loss_md_html_block.md",
        md_article("<div>\nRaw block sentence survives.\n</div>"),
        "raw HTML block in Markdown",
        "safe, keeps: Raw block sentence survives",
    ),
    Case(
        "loss_md_html_block_h2.md",
        md_article("<h2>Block heading survives</h2>"),
        "raw HTML heading block",
        "safe, keeps: Block heading survives",
    ),
    Case(
        "loss_md_html_table.md",
        md_article(
            "| a | b |\n|---|---|\n| one | two |\n\n<table><tr><th>Year</th></tr><tr><td>Cell text survives</td></tr></table>"
        ),
        "raw HTML table after a Markdown table",
        "safe, keeps: Cell text survives",
    ),
    Case(
        "loss_md_html_script.md",
        md_article("<script>\nalert(1)\n</script>"),
        "raw script block in Markdown: no text, dropped",
        "safe",
    ),
    Case(
        "loss_md_nested_quote.md",
        md_article("> " * 120 + "Deep quote"),
        "Markdown quotes 120 deep",
        "error: :5: Markdown nested deeper",
    ),
    Case(
        "loss_md_nested_list.md",
        md_article("".join("  " * i + f"- item {i}\n" for i in range(60))),
        "Markdown lists 60 deep",
        "error: Markdown nested deeper",
    ),
    Case(
        "loss_md_quote_30.md",
        md_article("> " * 30 + "Thirty deep quote survives"),
        "Markdown quotes 30 deep (past markdown-it's default 20)",
        "safe, keeps: Thirty deep quote survives",
    ),
    Case(
        "loss_html_deep.html",
        html_article("<div>" * 300 + "Too deep" + "</div>" * 300),
        "HTML nested 300 deep",
        "error: nested deeper than 256",
    ),
]


CHARACTER_CASES = [
    Case(
        "chars_bidi_override.html",
        html_article("<p>Invoice \u202egnp.exe\u202c was paid.</p>"),
        "bidi override in the source (QA flags it)",
        "safe, keeps: was paid",
    ),
    Case("chars_zero_width.md", md_article("Pay\u200bment was made."), "zero-width space in the source", "safe"),
    Case(
        "chars_code_span_bidi.md",
        md_article("Run `if admin \u202e{ ok }\u2066` now."),
        "bidi override in a Markdown code span (Trojan Source: QA never reads code)",
        r"error: :5: bidi control U\+202E in inline code",
    ),
    Case(
        "chars_code_kbd_bidi.html",
        html_article("<p>Press <kbd>Ctrl+\u2067C</kbd> to copy.</p>"),
        "bidi isolate in an HTML <kbd>",
        r"error: :6: bidi control U\+2067 in inline code",
    ),
    Case(
        "chars_isolates.txt",
        "Council approves park budget\n\nThe \u2066council\u2069 approved the budget on Monday.\n",
        "bidi isolates in a text article",
        "safe",
    ),
    Case(
        "chars_bom_middle.txt",
        "Council approves park budget\n\nThe council\ufeff approved the budget on Monday.\n",
        "BOM in mid-text",
        "safe",
    ),
    Case(
        "chars_ctrl.txt",
        "Council approves park budget\n\nThe council\x0b approved\x1b[31m the budget on Monday.\n",
        "terminal escape in a text article",
        r"error: chars_ctrl.txt:3: control character U\+001B",
    ),
    Case(
        "chars_vt_ff.txt",
        "Council approves park budget\n\nThe council\x0bapproved\x0cthe budget on Monday.\n",
        "vertical tab (Word's manual line break) and form feed are whitespace",
        "safe, keeps: The council approved the budget",
    ),
    Case(
        "chars_c1.html",
        html_article("<p>The council\u0085 approved\u009b the plan.</p>"),
        "C1 controls in HTML text: the windows-1252 characters of their numbers (U+0085 …, U+009B ›), "
        "as HTML reads &#133; (session 28)",
        "safe, keeps: approved› the plan",
    ),
    Case(
        "chars_c1_undefined.html",
        html_article("<p>The council approved\u009d the plan.</p>"),
        "a C1 control windows-1252 leaves undefined (U+009D) in HTML text",
        r"error: :6: control character U\+009D",
    ),
    Case(
        "chars_ref_esc.html",
        html_article("<p>The council&#27;[31m approved the plan.</p>"),
        "ESC as a character reference",
        r"error: :6: control character U\+001B",
    ),
    Case(
        "chars_ref_title.html",
        html_article("<p>The plan.</p>", title="Council&#7; approves"),
        "BEL in the headline",
        r"error: :4: control character U\+0007",
    ),
    Case(
        "chars_md_del.md",
        md_article("The council\x7f approved the plan."),
        "DEL in Markdown",
        r"error: :5: control character U\+007F",
    ),
    Case(
        "chars_md_alt.md",
        md_article("![Park\x01 at night](park.png)\n*The park*"),
        "control character in image alt text",
        r"error: control character U\+0001",
    ),
    Case(
        "chars_script_text.txt",
        "Council <script>alert(1)</script> budget\n\nThe council approved <img src=x onerror=alert(1)> the budget.\n",
        "markup in a plain-text article stays text",
        "safe",
    ),
    Case(
        "chars_markdown_in_text.txt",
        "Council approves [budget](javascript:alert(1))\n\nThe council approved the <a href=javascript:alert(1)>budget</a>.\n",
        "Markdown and HTML syntax in a text article",
        "safe",
    ),
]


def _hostile_msgstr(name: str, msgstr: str, what: str) -> Case:
    return Case(f"{name}.msgstr", msgstr + "\n", what)


MSGSTR_CASES = [
    _hostile_msgstr(
        "msgstr_script", "<script>alert(1)</script> {TAGS}", "a reviewed translation holding a script element"
    ),
    _hostile_msgstr("msgstr_img_onerror", "<img src=x onerror=alert(1)> {TAGS}", "an img with an event handler"),
    _hostile_msgstr("msgstr_link", '<a href="javascript:alert(1)">x</a> {TAGS}', "a javascript: link in text"),
    _hostile_msgstr(
        "msgstr_md_link",
        "[x](javascript:alert(1)) <javascript:alert(1)> {TAGS}",
        "Markdown link syntax in a translation",
    ),
    _hostile_msgstr("msgstr_tags_reversed", "{TAGS_REVERSED} reversed", "placeholders for tags in reverse order"),
    _hostile_msgstr("msgstr_tags_doubled", "{TAGS} {TAGS}", "every tag placeholder twice"),
    _hostile_msgstr("msgstr_bidi", "\u202e{TAGS} gnp.exe", "bidi override in a translation"),
    _hostile_msgstr("msgstr_controls", "a\x0bb\x01c {TAGS} \x7f", "control characters in a translation"),
    _hostile_msgstr("msgstr_cdata", "]]> <!-- --> <![CDATA[ x ]]> {TAGS}", "XML/HTML syntax fragments"),
    _hostile_msgstr("msgstr_entities", "&lt;script&gt; &#x6A;avascript: {TAGS}", "character references as text"),
]
MSGSTR_ARTICLE = html_article(
    '<p>Read <a href="https://example.org/report">the report</a> on <em>Monday</em>.</p>'
    '<figure><img src="https://example.org/park.png" alt="The park"><figcaption>The new park <small>Ann Lee</small></figcaption></figure>'
    '<p>See <a href="https://example.org/data"><code>x]: /y \'</code></a> for the data.</p>'
)


def _toml(name: str, text: str, expected: str, what: str) -> Case:
    return Case(f"{name}.toml", text + "\n", what, expected)


CONFIG_CASES = [
    _toml(
        "config_threshold_text",
        'tm_threshold = "abc"',
        r"error: tm_threshold: expected a whole number",
        "threshold as text",
    ),
    _toml(
        "config_threshold_huge",
        "tm_threshold = 1e400",
        r"error: tm_threshold: expected a whole number",
        "threshold infinite",
    ),
    _toml(
        "config_threshold_negative",
        "tm_threshold = -5",
        r"error: tm_threshold: -5 is out of range",
        "threshold negative",
    ),
    _toml(
        "config_threshold_bool",
        "tm_threshold = true",
        r"error: tm_threshold: expected a whole number",
        "threshold boolean",
    ),
    _toml("config_locales_int", "locales = 5", r"error: locales: expected a list of locale codes", "locales a number"),
    _toml("config_locales_ints", "locales = [1, 2]", r"error: locales: expected a locale code", "locales numbers"),
    _toml("config_locales_traversal", 'locales = ["../../etc"]', "error: invalid locale code", "locale path traversal"),
    _toml(
        "config_locales_table",
        "[l10n.locales]\nx = 1",
        r"error: locales: expected a list of locale codes",
        "locales a table",
    ),
    _toml("config_table_int", "l10n = 3", r"error: \[l10n\] must be a table", "[l10n] not a table"),
    _toml(
        "config_source_locale_list",
        'source_locale = ["en"]',
        r"error: source_locale: expected a locale code",
        "source locale a list",
    ),
    _toml(
        "config_source_locale_bad",
        'source_locale = "../x"',
        "error: source_locale: invalid locale code",
        "source locale traversal",
    ),
    _toml("config_base_url_int", "base_url = 7", r"error: base_url: 7 is not an absolute http", "base URL a number"),
    _toml(
        "config_base_url_js",
        'base_url = "javascript:alert(1)//"',
        r"error: base_url: 'javascript:alert\(1\)//' is not an absolute http",
        "base URL javascript:",
    ),
    _toml(
        "config_base_url_relative",
        'base_url = "news/"',
        r"error: base_url: 'news/' is not an absolute http",
        "base URL relative",
    ),
    _toml("config_engine_int", "engine = 3", r"error: engine: unknown engine 3", "engine a number"),
    _toml("config_syntax", "locales = [", "error: cannot read settings", "broken TOML"),
    _toml("config_nul", 'locales = "de\x00"', "error: cannot read settings", "NUL in TOML"),
]


def _name(label: str, name: str, what: str) -> Case:
    return Case(
        f"{label}.name",
        name.encode("unicode_escape").decode("ascii") + "\n",
        what,
        "error: file name holds a control, bidi or zero-width character",
    )


NAME_CASES = [
    _name("name_newline_folder", 'evil\nmsgid "x"\nmsgstr "y"/a.txt', "folder name injecting msgid/msgstr lines"),
    _name("name_newline_file", "a\n#: injected.txt", "file name injecting a reference line"),
    _name("name_cr", "a\rb.txt", "carriage return in a file name"),
    _name("name_tab", "a\tb.txt", "tab in a file name"),
    _name("name_bidi", "invoice\u202etxt.exe.txt", "bidi override in a file name"),
    _name("name_zero_width", "a\u200bb.txt", "zero-width space in a file name"),
    _name("name_escape", "a\x1b[31mred.txt", "terminal escape in a file name"),
    _name("name_del", "a\x7fb.txt", "DEL in a file name"),
    _name("name_line_separator", "a\u2028b.txt", "U+2028 line separator in a file name"),
    _name("name_c1_nel", "a\x85b.txt", "C1 next-line in a file name"),
]


MEDIA_CASES = [
    Case(
        "media_fake.png",
        "<html><body><script>alert(1)</script></body></html>\n",
        "an HTML page named .png beside an article",
        "safe, not copied",
    ),
    Case(
        "media_script.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>\n',
        "an SVG with script beside an article",
        "safe, not copied",
    ),
    Case(
        "media_fake_ref.html",
        html_article('<figure><img src="media_fake.png" alt="Park"><figcaption>The park</figcaption></figure>'),
        "figure pointing at a page renamed .png",
    ),
    Case(
        "media_svg_ref.html",
        html_article('<figure><img src="media_script.svg" alt="Park"><figcaption>The park</figcaption></figure>'),
        "figure pointing at an SVG with script",
    ),
    Case(
        "media_self_ref.html",
        html_article(
            '<p>Hi <script>alert(1)</script></p><figure><img src="media_self_ref.html" alt="Park"><figcaption>The park</figcaption></figure>'
        ),
        "figure pointing at the article itself (would publish its raw script)",
    ),
    Case(
        "media_query_ref.md",
        md_article("![Park](media_self_ref.html?x.png)\n*The park*"),
        "image path hiding its suffix behind a query",
    ),
]


def all_cases() -> list[Case]:
    cases = vector_cases() + url_cases()
    cases += [Case(f"{name}.html", html_article(body), what) for name, body, what in ATTRIBUTE_CASES]
    cases += LOSS_CASES + CHARACTER_CASES + MSGSTR_CASES + CONFIG_CASES + NAME_CASES + MEDIA_CASES
    cases += SOURCE_PAGE_CASES + TRANSLATION_CASES_9
    cases.append(Case("msgstr_article.html", MSGSTR_ARTICLE, "the article every *.msgstr case translates"))
    return cases


def page_article(head: str, body: str, *, html_attributes: str = 'lang="en"') -> str:
    """A whole page: `head` markup after the title, `body` between two plain paragraphs."""
    return html_article(body).replace(
        '<html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head>',
        f'<html {html_attributes}><head><meta charset="utf-8"><title>Hostile</title>{head}</head>',
    )


SOURCE_PAGE_CASES = [  # session 13 (hostile9): each a page's own place for script or a request
    Case(
        "page_base_href.html",
        page_article(
            '<base href="javascript:alert(1)//"><base href="https://evil.example/">',
            '<p>Read <a href="report.html">the report</a> today.</p>',
        ),
        "<base href> (javascript: and another host) in the head",
    ),
    Case(
        "page_meta_refresh.html",
        page_article(
            '<meta http-equiv="refresh" content="0; url=javascript:alert(1)">'
            '<meta http-equiv="refresh" content="5; url=https://evil.example/">',
            "<p>Read the report today.</p>",
        ),
        "<meta http-equiv=refresh> to javascript: and to another host",
    ),
    Case(
        "page_iframe_srcdoc.html",
        page_article("", '<p>Before <iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe> after.</p>'),
        "<iframe srcdoc> in a paragraph",
    ),
    Case(
        "page_svg_script.html",
        page_article(
            "",
            '<p>Map below.</p><svg><script>alert(1)</script><a xlink:href="javascript:alert(2)">'
            '<text>Map label</text></a><animate attributeName="href" to="javascript:alert(3)"/></svg>',
        ),
        "inline SVG with script, xlink:href and animate",
    ),
    Case(
        "page_mathml.html",
        page_article(
            "",
            '<p>Formula <math><maction actiontype="statusline" xlink:href="javascript:alert(1)">'
            "<mtext>x</mtext></maction><mtext><table><mglyph><style><img src=x onerror=alert(2)>"
            "</style></mglyph></table></mtext></math> here.</p>",
        ),
        "MathML with a javascript: link and a parser-confusion style",
    ),
    Case(
        "page_css.html",
        page_article(
            '<style>@import url("https://evil.example/a.css"); body{background:url(javascript:alert(1))}</style>'
            '<link rel="stylesheet" href="https://evil.example/b.css">',
            '<p>Read <span style="width:expression(alert(1));background:url(https://evil.example/t.png)">'
            "this</span> today.</p><style>p{behavior:url(x.htc)}</style>",
        ),
        "CSS url(), @import, expression() and behavior in style elements and attributes",
    ),
    Case(
        "page_media_attributes.html",
        page_article(
            "",
            '<p>Watch <video poster="javascript:alert(1)" src="https://evil.example/v.mp4">v</video> and '
            '<button formaction="javascript:alert(2)">go</button> and <input type="image" src="javascript:alert(3)"> '
            'and <object data="javascript:alert(4)">object text</object> and <embed src="https://evil.example/x.swf">.</p>',
        ),
        "poster, formaction, input src, object data, embed src",
    ),
    Case(
        "page_protocol_relative.html",
        page_article(
            "",
            '<p>Read <a href="//evil.example/x">the report</a> and <a href="\\\\evil.example\\x">this</a>.</p>'
            '<figure><img src="//evil.example/t.png" alt="Park"><figcaption>The park</figcaption></figure>',
        ),
        "protocol-relative and backslash links and figure image",
    ),
    Case(
        "page_json_ld.html",
        page_article(
            '<meta property="og:image" content="https://x.example/a.png&quot; onerror=&quot;alert(1)">'
            '<meta name="description" content="&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Park </script><script>alert(3)</script>", "author": {"name": "Eve <img src=x onerror=alert(4)>"}, '
            '"image": "javascript:alert(5)", "datePublished": "2024-01-02"}</script>',
            "<p>Read the report today.</p>",
        ),
        "JSON-LD holding </script>, an og:image and a description with quotes and markup",
    ),
    Case(
        "page_lang_dir_quotes.html",
        page_article(
            "",
            '<p lang="de&quot; onmouseover=&quot;alert(1)" dir="rtl&quot; x=&quot;">Quoted language paragraph.</p>'
            '<p>Read <span lang="x&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;" dir="&quot;&gt;">this</span>.</p>',
            html_attributes='lang="en&quot; onload=&quot;alert(3)" dir="ltr&quot;&gt;"',
        ),
        "lang and dir values holding quotes and markup",
    ),
]
TRANSLATION_CASES_9 = [
    _hostile_msgstr(
        "msgstr_html_document",
        '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url=https://evil.example/">'
        '<base href="https://evil.example/"></head><body onload="alert(1)">{TAGS}</body></html>',
        "a whole HTML document as the translation",
    ),
    _hostile_msgstr(
        "msgstr_md_image",
        "![x](https://evil.example/t.png) [r]: javascript:alert(1) [r] {TAGS}",
        "Markdown image and reference definition syntax in a translation",
    ),
    _hostile_msgstr(
        "msgstr_placeholder_renamed", "{a_9}x{a_9_end} {__class__} {TAGS}", "placeholders the source lacks"
    ),
    _hostile_msgstr(
        "msgstr_link_first",
        "{TAGS} is where it is.'",
        "tags first, so a link whose code holds ]: starts the Markdown paragraph (it became a definition and vanished)",
    ),
    _hostile_msgstr(
        "msgstr_title_breakout",
        '</title><script>alert(1)</script>"><svg onload=alert(2)> {TAGS}',
        "closing the title and an attribute (the headline reaches <title> and indexes)",
    ),
]


def kind(case: Case) -> str:
    kinds = {
        ".toml": "settings",
        ".name": "file name",
        ".msgstr": "translation",
        ".png": "image file",
        ".svg": "image file",
    }
    return kinds.get(Path(case.name).suffix, "article")


def readme_table(cases: list[Case]) -> str:
    rows = ["| case | kind | what | expected |", "|---|---|---|---|"]
    for case in cases:
        what = html.escape(case.what).replace("|", "\\|")
        expected = case.expected.replace("|", "\\|")
        rows.append(f"| `{case.name}` | {kind(case)} | {what} | `{expected}` |")
    return "\n".join(rows)


def write(check_only: bool = False) -> list[str]:
    """Write (or, with `check_only`, compare) every case file and the README table; returns differences."""
    cases = all_cases()
    names = [case.name for case in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    differences = []
    CASES.mkdir(exist_ok=True)
    for case in cases:
        path = CASES / case.name
        data = case.content.encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            differences.append(case.name)
            if not check_only:
                path.write_bytes(data)
    for path in CASES.iterdir():
        if path.name not in names:
            differences.append(f"stray {path.name}")
            if not check_only:
                path.unlink()
    readme = README.read_text(encoding="utf-8")
    before, rest = readme.split(TABLE_START, 1)
    after = rest.split(TABLE_END, 1)[1]
    new = f"{before}{TABLE_START}\n{readme_table(cases)}\n{TABLE_END}{after}"
    if new != readme:
        differences.append("README.md table")
        if not check_only:
            README.write_text(new, encoding="utf-8")
    return differences


if __name__ == "__main__":
    changed = write(check_only="--check" in sys.argv)
    print("\n".join(changed) or "up to date")
