"""Rules of the page path added in session 49 for holdout49's blind misses (the modules each test names): each on a
small page shaped like the convention, with the near miss that must stay as it was, and on the real page it was found
on (taken from `measured`). The story's result is asserted first (it failed before the rule)."""

from __future__ import annotations

from page_support import ingest, measured
from test_ingest_misses48 import RUSSIAN_HEAD, RUSSIAN_STORY

KRASNOTURINSK = "krasnoturinsk-info-miting"


def _writer(box: str) -> str:
    return ingest(f"<h1>Порт возобновил работу</h1>{box}{RUSSIAN_STORY}", RUSSIAN_HEAD, lang="ru").author


def test_a_login_box_classed_as_an_author_s_is_no_writer() -> None:
    """page_authors._is_account_box: Вечерний Краснотурьинск (holdout49) classes its log-in module "autor"; its
    links "Регистрация" (/register) and "Вход" (/enter) were given as the writer, a wrong value shown. A name linked
    to the writer's own page in the same box is still read."""
    document = measured(KRASNOTURINSK)
    assert document.author != "Регистрация Вход"
    assert "Регистрация Вход" not in [block.text for block in document.blocks]
    login = "<div class='autor'><a href='/register'><span>Регистрация</span></a> <a href='/enter'>Вход</a></div>"
    assert _writer(login) == ""
    named = "<div class='autor'><a href='/authors/lytko'>Анна Лытко</a></div>"
    assert _writer(named) == "Анна Лытко"
