"""Offline machine translation: engines behind one protocol (`base.Engine`), batch runner, models."""
