"""The language of a page that states none, read from its text: every realworld page with its language statements stripped.

    .venv/bin/python bench/text_language.py dump OUT.jsonl [--split all|…]
    .venv/bin/python bench/text_language.py table OUT.jsonl [--half a|b|all]
    .venv/bin/python bench/text_language.py sweep OUT.jsonl [--half a|b|all]
    .venv/bin/python bench/text_language.py cost - [--split all|…] [--repeat N]

`dump` ingests every labelled page of `tests/data/realworld/` twice (`l10n.ingest.ingest_file`):
as it is, for the language it states, and with every statement of its language stripped
(`strip_language`: `lang`/`xml:lang` attributes, Content-Language, og:locale, `<meta
name="language">`, Dublin Core, JSON-LD `inLanguage`), for the language `ingest.text_language`
reads from its text; one JSON line a page with both, whether it was read (`language_read`), the
CPU time of the reading, and its prose (`scripts.prose_texts`, the first `TEXT_LIMIT` characters).
`table` compares the reading with each page's language: the one it states, else `TEXT_LANGUAGES`
(the pages that state none, or a wrong one, each read by eye; Chinese with the script its
characters are in), and prints right, wrong and unsure (kept as the default) per language.
`sweep` reads each page's prose cut to 40, 80, 160 and 400 characters and whole, and counts for
each `MINIMUM_PROBABILITY` and `MIXED_SHARE` how many readings would be right, wrong and unsure:
the thresholds are set on half `a` (pages by the CRC-32 of their name) and measured on half `b`.

Measured (session 49, lang49; candidates in a scratch venv on the same dump, 731 pages whole): py3langid
0.4.0 730 right, 1 wrong (tweakers: a Dutch intro over an English change list), 2.65 ms CPU a page, no
wrong reading with probability ≥ 0.9 at any cut (40 characters: 161 of 731 that sure); pycld2 728/3,
0.16 ms, but sure (≥ 0.95) of 14 wrong languages at 40 characters and 6 at 80; lingua-language-detector
729/2, 8.7 ms (96 MB installed), sure of 9 wrong at 160; langdetect 9 wrong of the first 127, 8.7 ms;
fasttext's lite model 8 wrong of 127. py3langid's model loads once a process, ~0.5 s CPU.

With `ingest.text_language`'s thresholds (set on half a by `sweep`: MINIMUM_PROBABILITY 0.8,
MIXED_SHARE 0.8), `table` of the stripped pages, whole: half a 340 pages, 337 right, 0 wrong, 3 unsure
(avaz: Bosnian at 0.54; business-standard: Hindi and English, 44 % of its blocks Hindi; tweakers:
Dutch over an English change list); half b 391 pages, 390 right, 0 wrong, 1 unsure (philstar: Tagalog
and English); reading 3.95 ms CPU a page median, 14 ms at most, the model loaded (load ~12). Warned as
stated in one language and read surely in another: nine of those listed in TEXT_LANGUAGES as stating a
wrong one that is of their script (sdpnoticias es under en; Zulu, Xhosa, Swahili, Filipino, Albanian
under en; finanznachrichten en under de; not tweakers, mixed), none else. Markdown (blind2, blind7: 29 posts stating none,
none of them read before) 29 right.

`cost` (session 50, pagespeed50; main 163d58ee → h/pagespeed50 d272eddc, the 740 realworld pages ingest reads,
three passes each over the parsed documents, load 8–11): stating a language (601) 0.456–0.477 → 0.234–0.278 s CPU,
stating none (139) 0.485–0.528 → 0.246–0.284 s; by callgrind (one warm pass) 5,643.2 → 2,096.1 M and 4,403.6 →
1,882.9 M instructions. The model's load stays ~0.5 s a process (0.48–0.57 s; xz's decompression 0.38 s of it). The
readings are py3langid's to the bit (`tests/test_pagespeed50.py`: one numpy walk of a page's bytes,
`ingest.language_walk`), so `table` and `sweep` read as before.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_dump import pages_of  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "realworld"
CUTS = (40, 80, 160, 400, 0)  # 0: whole

# Pages that state no language, or one their text is not in (the stated one is then wrong: `<html lang="en">`
# over Zulu, `Content-Language: zh-cn` over Traditional characters), by the language of their text, read by eye.
TEXT_LANGUAGES = {
    "ar": ("almadenahnews-com-corona", "beirutobserver-com-paris"),
    "cs": ("novinky-cz-janovice",),
    "el": (
        "amna-gr-epikourikes",
        "avgi-gr-filippines",
        "ethnos-gr-aids",
        "express-gr-kliniki",
        "kathimerini-com-cy-rivers",
        "simerini-sigmalive-com-akel",
    ),
    "en": (
        "9news-com-au-epstein",
        "aljazeera-com-helicopter",
        "billboard-com-doobie",
        "bssnews-net-rajshahi",
        "businesstoday-in-bihar",
        "chron-com-carsales",
        "crn-com-cook",
        "edition-cnn-com-royal",
        "espn-com-agents",
        "fiercepharma-com-novavax",
        "finanznachrichten-de-bittium",
        "globes-co-il-teva",
        "jpost-com-berlin",
        "linknaija-com-henshaw",
        "ndtv-com-hydroxychloroquine",
        "novuslight-com-zeiss",
        "nzherald-co-nz-midwife",
        "ohio-com-summa",
        "panarmenian-net-iran",
        "phillyvoice-com-sixers",
        "quantamagazine-org-tuft",
        "readwriteweb-com-pagely",
        "recode-net-wheeler",
        "rediff-com-jadeja",
        "sciencefly-com-whale",
        "sciencemag-org-birds",
        "straitstimes-com-birdflu",
        "sundaytimes-lk-dengue",
        "sunlive-co-nz-coin",
        "telegraphindia-com-polio",
        "thecrimson-com-stipends",
        "thedailybeast-com-nuns",
        "thespacereview-com-rocket",
        "theverge-com-ios13",
        "tulsaworld-com-records",
        "ubc-ca-prescriptions",
        "viconsortium-com-cocaine",
        "vocm-com-flu",
        "washingtonpost-com-tunisia",
        "wetpaint-com-bischoff",
        "winnipegfreepress-com-demolition",
    ),
    "es": ("elmundo-es-lesaka", "informecorrientes-com-yapeyu", "lanacion-com-ar-mapuche", "sdpnoticias-com-tatu"),
    "fil": ("hatawtabloid-com-aktres", "philstar-com-bea"),
    "hi": ("business-standard-com-templeton",),
    "it": ("lagazzettadelmezzogiorno-it-california",),
    "ja": ("nikkan-gendai-com-fuji", "phpspot-org-treeviz"),
    "ko": ("donga-com-ceo", "v-daum-net-jigeomjang"),
    "nl": ("alarmeringen-nl-ambulance",),
    "no": ("dagbladet-no-angsten", "nrk-no-retzius"),
    "pl": ("gwizdek24-pl-lato", "tvn24-pl-chile"),
    "pt": ("autoracing-com-br-calendario",),
    "ru": (
        "1news-az-narkomaniya",
        "54rus-org-moloko",
        "aif-ru-terakt",
        "bel-ru-kupeli",
        "ca-news-org-spid",
        "cxid-info-futbol",
        "day-az-vich",
        "dozor-kharkov-ua-perinatal",
        "fergananews-com-zhanaozen",
        "from-ua-com-dobkin",
        "glavcom-ua-produkty",
        "glavred-info-timoshenko",
        "gorodlip-ru-spid",
        "medportal-ru-beshenstvo",
        "newsru-com-fobos",
        "ng-ru-aktsiz",
        "polit-ru-tekhas",
        "primamedia-ru-turizm",
        "radiomayak-ru-medvedeva",
        "rg-ru-krasnodar",
        "rus-delfi-ee-skoraya",
        "rzn-info-dtp",
        "tass-ru-tskad",
        "tiras-ru-shevchuk",
        "top-rbc-ru-veny",
        "ura-dn-ua-vich",
        "ura-news-nyusha",
        "utro-ru-yaytsa",
    ),
    "sq": ("standard-al-francia",),
    "sw": ("habarileo-co-tz-shinyanga",),
    "xh": ("dizindaba-co-za-ulutsha",),
    "zh_Hans": (
        "21cbh-com-dudong",
        "bynr-gov-cn-zhengxie",
        "caixin-com-102112537",
        "ce-cn-chongqingpijiu",
        "chinadaily-com-cn-experts",
        "chinanews-com-neixu",
        "chinatibetnews-com-cesuo",
        "cjn-cn-wuhan",
        "cnr-cn-shiyan",
        "cnwnews-com-sanbao",
        "dahe-cn-zhihuibang",
        "e23-cn-yueshi",
        "eastday-com-lvyouri",
        "enorth-com-cn-maotai",
        "etnet-com-cn-dianmei",
        "gansudaily-com-cn-weibo",
        "geekonomics10000-com-authority",
        "gmw-cn-astronauts",
        "hangzhou-com-cn-shengyuan",
        "hinews-cn-yanhua",
        "jmnews-com-cn-nanji",
        "jxnews-com-cn-aoyun",
        "legaldaily-com-cn-taoxin",
        "money-163-com-longfor",
        "news-ifeng-com-yuzhou",
        "news-sznews-com-ditie",
        "newssc-org-cuiyongyuan",
        "nmg-gov-cn-shuishou",
        "people-com-cn-hangtian",
        "qdaily-com-hater",
        "qianlong-com-huazhuangpin",
        "qq-com-deepmind",
        "rednet-cn-dudu",
        "shangdu-com-gongzidan",
        "sohu-com-likeqiang",
        "stockstar-com-kodak",
        "tywbw-com-yanglao",
        "world-huanqiu-com-interns",
        "yangtse-com-shuji",
        "youth-cn-lianghui",
    ),
    "zh_Hant": (
        "awakeningtw-com-xuanqian",
        "bcc-com-tw-chunjie",
        "bltv-tv-renjian",
        "chinabroadcast-cn-xianxue",
        "chinareviewnews-com-chunyun",
        "cnyes-com-taige",
        "news-chinatimes-com-jianjian",
        "news-pts-org-tw-ec225",
        "sina-com-tw-walker",
        "soundofhope-org-wangyin",
        "taiwannews-com-tw-baoxian",
        "upmedia-mg-83141",
        "wenweipo-com-lvaiping",
    ),
    "zu": ("eyethunews-co-za-isaguga", "ilanganews-co-za-izimbuzi", "isolezwe-co-za-amaphara"),
}

_LANG_ATTRIBUTE = re.compile(rb"""\s(?:xml:)?lang\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.I)
_LANG_META = re.compile(
    rb"""<meta\b[^>]*(?:content-language|og:locale|["']language["']|dc\.language|dcterms\.language)[^>]*>""", re.I
)
_IN_LANGUAGE = re.compile(rb'"inLanguage"\s*:\s*(?:"[^"]*"|\[[^\]]*\]|\{[^}]*\})')


def strip_language(data: bytes) -> bytes:
    """The page's bytes without any statement of its language ingest reads (`html.stated_locales`,
    `page_days.page_language`)."""
    return _IN_LANGUAGE.sub(b'"x":""', _LANG_META.sub(b"", _LANG_ATTRIBUTE.sub(b"", data)))


def truth() -> dict[str, str]:
    return {page: language for language, pages in TEXT_LANGUAGES.items() for page in pages}


def half_of(page: str) -> str:
    return "ab"[zlib.crc32(page.encode()) % 2]


def dump(out: Path, split: str) -> None:
    from l10n.errors import L10nError
    from l10n.ingest import ingest_file
    from l10n.ingest.scripts import prose_texts
    from l10n.ingest.text_language import TEXT_LIMIT, first_characters, read_text

    with out.open("w", encoding="utf-8") as handle:
        for page in pages_of(split):
            data = page.read_bytes()
            row: dict[str, object] = {"page": page.stem}
            try:
                stated = ingest_file(page, data=data)
                stripped = ingest_file(page, data=strip_language(data))
            except L10nError as error:
                row["error"] = str(error)
            else:
                texts = list(prose_texts(stripped))
                start = time.process_time()
                read_text(texts)
                row |= {
                    "stated": stated.source_locale if stated.language_stated else "",
                    "still_stated": stripped.language_stated,
                    "read": stripped.source_locale if stripped.language_read else "",
                    "ms": round((time.process_time() - start) * 1000, 3),
                    "texts": first_characters(texts, TEXT_LIMIT),
                }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            handle.flush()


def rows_of(path: Path, half: str) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if "error" not in row and (half == "all" or half_of(row["page"]) == half)]


def language_of_page(row: dict, known: dict[str, str]) -> str:
    return known.get(row["page"]) or row["stated"]


def table(path: Path, half: str) -> None:
    from l10n.ingest.text_language import _language
    from l10n.locales import language_of

    known = truth()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    wrong = []
    for row in rows_of(path, half):
        expected = language_of_page(row, known)
        if not expected:
            print(f"{row['page']}: states no language and TEXT_LANGUAGES has none", file=sys.stderr)
            continue
        if row["still_stated"]:
            print(f"{row['page']}: still states a language when stripped", file=sys.stderr)
        read = row["read"]
        same = read == expected or (_language(read) == _language(expected) != "zh")  # "no" is nb
        verdict = "unsure" if not read else "right" if same else "wrong"
        if verdict == "wrong" and language_of(read) == language_of(expected) == "zh":
            verdict = "wrong script"
        counts[expected][verdict] += 1
        if verdict != "right":
            wrong.append((row["page"], expected, read or "-"))
    total: Counter[str] = Counter()
    print(f"half {half}: {'language':10} {'pages':>5} {'right':>5} {'wrong':>5} {'unsure':>6}")
    for language in sorted(counts, key=lambda code: (-sum(counts[code].values()), code)):
        row_counts = counts[language]
        total.update(row_counts)
        print(
            f"        {language:10} {sum(row_counts.values()):5} {row_counts['right']:5} "
            f"{row_counts['wrong'] + row_counts['wrong script']:5} {row_counts['unsure']:6}"
        )
    print(
        f"        {'all':10} {sum(total.values()):5} {total['right']:5} "
        f"{total['wrong'] + total['wrong script']:5} {total['unsure']:6}"
    )
    for page, expected, read in wrong:
        print(f"  {page}: {expected}, read {read}")
    times = sorted(row["ms"] for row in rows_of(path, half))
    print(f"reading CPU a page: median {times[len(times) // 2]:.2f} ms, max {times[-1]:.2f} ms (model loaded)")


def sweep(path: Path, half: str) -> None:
    from l10n.ingest.fields import source_language
    from l10n.ingest.text_language import BLOCK_LETTERS, _language, classify, first_characters

    def language_of(code: str) -> str:  # as `read_language` compares: "tl" is fil, "no" nb
        return _language(source_language(code) or code)

    known = truth()
    wrong: set[tuple[str, str, str, int]] = set()
    probabilities = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.99)
    shares = (0.0, 0.5, 0.6, 0.7, 0.8)
    results: dict[tuple[int, float, float], Counter[str]] = defaultdict(Counter)
    for row in rows_of(path, half):
        expected = language_of(language_of_page(row, known))
        for cut in CUTS:
            texts = first_characters(row["texts"], cut) if cut else row["texts"]
            code, probability = classify("\n".join(texts))
            blocks = []
            for block in texts:
                letters = sum(char.isalpha() for char in block)
                if letters >= BLOCK_LETTERS:
                    blocks.append((letters, *classify(block)))
            for least in probabilities:
                read = [(letters, found) for letters, found, p in blocks if p >= least]
                total = sum(letters for letters, _ in read)
                share = sum(letters for letters, found in read if found == code) / total if total else 1.0
                for mixed in shares:
                    sure = probability >= least and share >= mixed and code != "zxx"
                    verdict = "unsure" if not sure else "right" if language_of(code) == expected else "wrong"
                    results[(cut, least, mixed)][verdict] += 1
                    if verdict == "wrong" and least >= 0.8 and mixed >= 0.8:
                        wrong.add((row["page"], expected, code, cut))
    print(f"half {half}: right/wrong/unsure by cut (characters; 0 whole), MINIMUM_PROBABILITY and MIXED_SHARE")
    for mixed in shares:
        for least in probabilities:
            cells = []
            for cut in CUTS:
                found = results[(cut, least, mixed)]
                cells.append(f"{cut:>3}: {found['right']:3}/{found['wrong']:2}/{found['unsure']:3}")
            print(f"  p≥{least:<4} share≥{mixed:<3}  " + "  ".join(cells))
    for page, expected, code, cut in sorted(wrong):
        print(f"  wrong at p≥0.8, share≥0.8: {page} {expected}, read {code} (cut {cut})")


def cost(split: str, repeat: int) -> None:
    """`read_language`'s CPU time over every page as `ingest_file` reads it (pages stating a language
    and stating none apart), the model loaded first and timed alone; each page's parsed document
    kept and read again `repeat` times, the best sum of each kind printed with the first."""
    import copy

    from l10n.errors import L10nError
    from l10n.ingest import ingest_file, text_language

    start = time.process_time()
    text_language._identifier()
    print(f"model load {time.process_time() - start:.3f} s CPU")
    reading, parsed = text_language.read_language, []

    def kept(document: object) -> None:
        parsed.append(copy.deepcopy(document))
        reading(document)  # type: ignore[arg-type]

    text_language.read_language = kept  # type: ignore[assignment]
    try:
        for page in pages_of(split):
            try:
                ingest_file(page)
            except L10nError:
                continue
    finally:
        text_language.read_language = reading
    sums: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        spent: Counter[str] = Counter()
        for document in copy.deepcopy(parsed):
            start = time.process_time()
            reading(document)
            spent["stated" if document.language_stated else "none"] += time.process_time() - start
        for kind in ("stated", "none"):
            sums[kind].append(spent[kind])
    kinds = Counter("stated" if document.language_stated else "none" for document in parsed)
    for kind in ("stated", "none"):
        rounds = ", ".join(f"{value:.3f}" for value in sums[kind])
        print(f"{kind:6} {kinds[kind]:4} pages: {rounds} s CPU (best {min(sums[kind]):.3f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["dump", "table", "sweep", "cost"])
    parser.add_argument("path", type=Path)
    parser.add_argument("--split", default="all")
    parser.add_argument("--half", default="all", choices=["a", "b", "all"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.command == "dump":
        dump(args.path, args.split)
    elif args.command == "cost":
        cost(args.split, args.repeat)
    elif args.command == "table":
        table(args.path, args.half)
    else:
        sweep(args.path, args.half)


if __name__ == "__main__":
    main()
