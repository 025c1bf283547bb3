"""`python -m l10n …` is the `l10n` command (so `python -X importtime -m l10n status` profiles
a command's start-up without the console script)."""

import sys

from l10n.cli import main

if __name__ == "__main__":
    sys.exit(main())
