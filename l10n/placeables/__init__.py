"""Placeables: values in a sentence that translators must not retype (XLIFF 2.0 §4.1.2 "ph"/"pc").

`detect` finds them in English source text, `tags` turns HTML inline markup into paired
placeholders, `marks` keeps a note's mark in `sup` as written, and `render` (another module)
formats the parsed values for a target locale with Babel/CLDR. Nothing is imported here so
`import l10n.placeables` stays free of work.
"""
