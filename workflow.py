#!/usr/bin/env python3
"""Thin entry point: `python workflow.py ...` is the same CLI as the `l10n` console script."""

import sys

from l10n.cli import main

if __name__ == "__main__":
    sys.exit(main())
