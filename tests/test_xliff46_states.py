"""A CAT tool that rewrites unit ids (Okapi's XLIFF 2.0 writer numbers units `tu1`, `tu2`, …) but
keeps our notes: its units are matched by msgctxt (our `x-gettext-msgctxt` note) and source, and
their states read by the one mapping our own files use (`xliff20._read_unit`): `initial` with a
target is fuzzy, `translated`/`reviewed`/`final` are confirmed; XLIFF 1.2 `needs-*` is fuzzy,
`translated`/`signed-off`/`final` or `approved="yes"` confirmed."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from l10n.catalog.xliff import export_xliff
from l10n.catalog.xliff_import import import_xliff
from l10n.locales import parse_locale

CATALOG = """\
msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgctxt "byline"
msgid "Ti Gong"
msgstr ""

msgctxt "credit"
msgid "Ti Gong"
msgstr ""

msgid "The park opened."
msgstr ""

msgid "Companies sign agreements."
msgstr ""
"""
STATES = {
    "2.0": {"byline": "initial", "credit": "translated", "The park": "reviewed", "Companies sign": "final"},
    "1.2": {
        "byline": "needs-review-translation",
        "credit": "translated",
        "The park": "signed-off",
        "Companies sign": "final",
    },
}


@pytest.mark.parametrize("version", ["2.0", "1.2"])
def test_units_with_rewritten_ids_keep_their_context_and_the_state_mapping(tmp_path: Path, version: str) -> None:
    po, xlf = tmp_path / "news.po", tmp_path / "out.xlf"
    po.write_text(CATALOG, encoding="utf-8")
    export_xliff(po, xlf, locale=parse_locale("de"), version=version)  # type: ignore[arg-type]
    text = xlf.read_text(encoding="utf-8")
    ids = re.findall(r'<(?:unit|trans-unit) id="([^"]+)"', text)
    units = re.findall(r"<(?:unit|trans-unit) id=.*?</(?:unit|trans-unit)>", text, re.S)
    for number, (ident, unit) in enumerate(zip(ids, units), 1):
        key = next(key for key in STATES[version] if key in unit)
        state = STATES[version][key]
        edited = unit.replace(f'id="{ident}"', f'id="tu{number}"')
        if version == "2.0":
            edited = edited.replace('state="initial"', f'state="{state}"')
            edited = edited.replace("</source>", f"</source>\n<target>{key} (de)</target>")
        else:
            edited = re.sub(r'<target state="new"[^>]*/>', f'<target state="{state}">{key} (de)</target>', edited)
        text = text.replace(unit, edited)
    text = re.sub(
        r"<mda:metadata>.*?</mda:metadata>|<context context-type=\"x-l10n-base\">[^<]*</context>", "", text, flags=re.S
    )
    xlf.write_text(text, encoding="utf-8")
    report = import_xliff(xlf, po)
    assert report.counts["updated"] == 4, report.lines()
    got = {e.msgctxt or " ".join(e.msgid.split()[:2]): (e.msgstr, e.fuzzy) for e in polib.pofile(str(po)) if e.msgid}
    assert got == {
        "byline": ("byline (de)", True),
        "credit": ("credit (de)", False),
        "The park": ("The park (de)", False),
        "Companies sign": ("Companies sign (de)", False),
    }
