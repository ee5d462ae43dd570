"""Analyzers, one module each. Import order is run order: filetype, then knownfiles."""

from triage_app.analyzers import filetype, knownfiles  # noqa: F401
