"""Publish: the static multilingual site (one page per article and locale, indexes, sitemap).

`site.py` builds pages from assembled articles with Jinja2 templates, `sitemap.py` writes the
sitemaps.org sitemap with hreflang alternates, `serve.py` previews the site on 127.0.0.1.
"""
