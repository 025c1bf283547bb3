"""Edition readiness: is a locale's page published *as a translation*? (product rule 9)

The policy is `l10n.project.Readiness` (`[l10n.readiness]` in l10n.toml; default: every unit
translated and QA-clean). An edition below it is still published — a reader who follows a link
gets the article — but it says so at the top in the reader's language, carries
`<meta name="robots" content="noindex">` and is never offered as an `hreflang` alternate or in
the sitemap (Google's hreflang guidance: alternates are equivalent pages, and a half-English page
is not one). The switcher and the indexes show each edition's state.

The notice names the source language with CLDR's name for it in the reader's language (Babel,
`Locale.languages`); the sentence around it is the project's wording (CLDR has no such
message), keyed like assemble's labels and for the same languages, English for any other.
The rule and the words live in `assemble.readiness` (since session 47: `build/`'s editions
below the policy are marked too); this module names them for the site.
"""

from __future__ import annotations

from l10n.assemble.readiness import READINESS_TEXT, TRANSLATED_COUNT_KEYS, meets_policy
from l10n.assemble.readiness import readiness_text as _readiness_text
from l10n.locales import TargetLocale
from l10n.publish import cldr

__all__ = ["READINESS_TEXT", "TRANSLATED_COUNT_KEYS", "meets_policy", "readiness_text"]


def readiness_text(locale: TargetLocale, key: str, *, source_lang: str = "en") -> str:
    """The notice or a state word in `locale`'s language (`assemble.readiness.readiness_text`),
    the source language named by the publish command's kept CLDR answers (`cldr.language_name`).

    >>> from l10n.locales import TargetLocale
    >>> readiness_text(TargetLocale("de"), "notice")
    'Noch nicht vollständig übersetzt – Teile dieser Seite sind Originalfassung (Englisch).'
    """
    return _readiness_text(locale, key, source_lang=source_lang, language_name=cldr.language_name)
