"""Word equations (Office Math, `m:oMath`, ECMA-376 Part 1 §22.1) as one line of linear text.

An equation is not made of `w:r` runs but of `m:r` runs inside a tree of structures — a fraction
`m:f` holds `m:num` and `m:den`, a superscript `m:sSup` its base `m:e` and `m:sup` — so the run
reader saw none of it: "For m = 1, sin θ = mλ/a" read "For ,", and joining the structures' text as
it stands would turn 1/4 into "14". Each structure is written as Unicode's linear format writes
it (UnicodeMath, Unicode Technical Note 28): `num/den`, `base^sup`, `base_sub`, `√(e)`, a
delimiter's characters around its parts, an n-ary operator with its limits before its operand;
an operand longer than one character is put in parentheses. Structures not listed read as
their parts in order. The paragraph shows the equation as code (`docx_runs` tags it): kept as
written in every language, never translated.
"""

from __future__ import annotations

import re
from typing import Any

M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
MATH_ELEMENTS = frozenset({M + "oMath", M + "oMathPara"})
_DEFAULT_NARY = "∫"  # §22.1.2.20: an n-ary without m:chr is an integral
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # an operand needing no parentheses, as a lone character
MAX_DEPTH = 64  # deeper nesting is read flat: a hostile file cannot exhaust the stack


def linear_math(element: Any) -> str:
    """The linear text of an `m:oMath` or `m:oMathPara` element (several equations of a
    paragraph's `m:oMathPara` apart by ", ").

    >>> from lxml import etree
    >>> run = lambda text: f"<m:r><m:t>{text}</m:t></m:r>"
    >>> xml = (f'<m:oMath xmlns:m="{M[1:-1]}">{run("x=")}<m:f><m:num>{run("a+b")}</m:num><m:den>{run("2")}</m:den>'
    ...        f'</m:f>{run("×")}<m:sSup><m:e>{run("10")}</m:e><m:sup>{run("-6")}</m:sup></m:sSup></m:oMath>')
    >>> linear_math(etree.fromstring(xml))
    'x=(a+b)/2×10^(-6)'
    """
    if element.tag == M + "oMathPara":
        return ", ".join(_linear(child, 0) for child in element if child.tag == M + "oMath")
    return _linear(element, 0)


def _linear(element: Any, depth: int) -> str:
    tag = element.tag
    if tag == M + "r":
        return "".join(text.text or "" for text in element.iter(M + "t"))
    if depth >= MAX_DEPTH:
        return "".join(text.text or "" for text in element.iter(M + "t"))
    part = _Parts(element, depth)
    if tag == M + "f":
        return f"{part.operand('num')}/{part.operand('den')}"
    if tag in (M + "sSup", M + "sSub", M + "sSubSup", M + "sPre"):
        scripts = part.script("sub", "_") + part.script("sup", "^")
        return scripts + part.text("e") if tag == M + "sPre" else part.text("e") + scripts
    if tag == M + "rad":
        degree = part.text("deg")
        return f"√({degree}&{part.text('e')})" if degree else f"√({part.text('e')})"
    if tag == M + "d":
        begin, end = part.property("begChr", "("), part.property("endChr", ")")
        separator = part.property("sepChr", "|")
        return begin + separator.join(part.texts("e")) + end
    if tag == M + "nary":
        operator = part.property("chr", _DEFAULT_NARY)
        return operator + part.script("sub", "_") + part.script("sup", "^") + " " + part.text("e")
    if tag == M + "func":
        return part.text("fName") + part.text("e")
    if tag in (M + "limLow", M + "limUpp"):
        return part.text("e") + part.script("lim", "_" if tag == M + "limLow" else "^")
    if tag == M + "eqArr":
        return ", ".join(part.texts("e"))
    if tag == M + "m":
        rows = [", ".join(_Parts(row, depth + 1).texts("e")) for row in element if row.tag == M + "mr"]
        return "[" + "; ".join(rows) + "]"
    return "".join(_linear(child, depth + 1) for child in element if not child.tag.endswith("Pr"))


class _Parts:
    """The named parts (`m:num`, `m:e`…) of one structure, read at the next depth."""

    def __init__(self, element: Any, depth: int) -> None:
        self.element, self.depth = element, depth

    def texts(self, name: str) -> list[str]:
        return [_linear(child, self.depth + 1) for child in self.element if child.tag == M + name]

    def text(self, name: str) -> str:
        return "".join(self.texts(name))

    def operand(self, name: str) -> str:
        text = self.text(name)
        return text if len(text) <= 1 or _NUMBER.fullmatch(text) else f"({text})"

    def script(self, name: str, mark: str) -> str:
        text = self.text(name)
        return mark + self.operand(name) if text else ""

    def property(self, name: str, default: str) -> str:
        """A character property of the structure (`m:dPr/m:begChr@m:val`…); an empty value is
        no character, as Word writes a delimiter that shows none."""
        found = next((child for child in self.element if child.tag.endswith("Pr")), None)
        setting = found.find(M + name) if found is not None else None
        if setting is None:
            return default
        return setting.get(M + "val") or ""
