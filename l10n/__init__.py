"""l10n: an offline localisation workflow for news articles.

Stages follow the data: ingest → segment → placeables → catalog → mt → qa → assemble → publish.
Importing the package does no work; heavy libraries are imported where they are used.
"""

__version__ = "0.1.0"
