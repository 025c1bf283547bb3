"""QA of web and email addresses written in a sentence: a translation must copy each one.

An address in running text ("Follow AP's coverage at https://www.apnews.com/Brexit", "email
vote@NYCHA.nyc.gov", "originally appeared on Time.com") is not a placeholder: inline, it is
text the engine sees. Apertium was seen lower-casing such words ("https://t.co/NlyEv9U3rD" →
"https://t.co/nlyev9u3rd", another short link) and translating a host's name ("Time.com" →
"puntualmente.com"); a pseudo-translation accents every letter of one. Either way the reader
would get a wrong address, so a changed one is an error and the publish gate holds the unit.

Equal means equal as RFC 3986 §6.2.2.1 compares: the scheme and the host are case-insensitive,
the path, query and fragment are not. An email address is compared without case (RFC 5321 lets
the local part be case-sensitive, but no mail system we know treats it so, and a translator who
writes "nycha@citylimits.org" has not sent the reader elsewhere).
"""

from __future__ import annotations

import re

from l10n.qa.registry import CheckedUnit, check
from l10n.urls import addresses

_HOST_END = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?[^/?#]*", re.IGNORECASE)


def comparable(address: str) -> str:
    """`address` as RFC 3986 compares it: scheme and host in lower case, the rest as written; an
    email all in lower case.

    >>> comparable("HTTPS://WWW.Apnews.com/Brexit"), comparable("Vote@NYCHA.nyc.gov")
    ('https://www.apnews.com/Brexit', 'vote@nycha.nyc.gov')
    """
    if "@" in address and "/" not in address:
        return address.lower()
    return _HOST_END.sub(lambda host: host.group().lower(), address, count=1)


@check(id="addresses", severity="error", reads_locale=False)
def addresses_kept(unit: CheckedUnit) -> str | None:
    """Web or email address changed: copy each address of the source exactly, letter case included."""
    if "." not in unit.msgid:  # every address has a dot: most units stop here
        return None
    source = addresses(unit.msgid)
    if not source:
        return None
    kept = {comparable(found) for found in addresses(unit.msgstr)}
    changed = [found for found in dict.fromkeys(source) if comparable(found) not in kept]
    return f"changed {' '.join(changed)}" if changed else None
