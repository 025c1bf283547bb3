"""Publish: the static multilingual site (one page per article and locale, indexes, sitemap).

`editions.py` assembles a project's articles in every locale (`publish_project` is `l10n
publish`), `site.py` writes any set of editions as pages (staged by `staging.py`, moved in by
`swap.py`: a new site is its stage folder renamed whole), `reuse.py` decides which articles a
run can take as an earlier run left them, `indexes.py` builds the index pages and sitemap groups
from page records, `pages.py` decides what a page shows (versions, machine-translation notice,
completeness) around assemble's article HTML, the Jinja2 templates in `templates/` frame it
(an article's pages rendered from each template's frame: `frames.py`),
`sitemap.py` writes the sitemaps.org sitemap with hreflang alternates, `media.py` places figure
images under `site/media/<slug>/`, `manifest.py` records the files a run wrote so the next run
removes stale ones (and nothing else), and `serve.py` previews the site on 127.0.0.1.
"""

from l10n.publish.editions import article_editions, publish_project
from l10n.publish.pages import ArticleEdition
from l10n.publish.site import PublishReport, publish_site
from l10n.publish.sitemap import build_sitemap

__all__ = [
    "ArticleEdition",
    "PublishReport",
    "article_editions",
    "build_sitemap",
    "publish_project",
    "publish_site",
]
