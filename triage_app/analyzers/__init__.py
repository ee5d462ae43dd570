"""Analyzers, one module each. Importing a module registers its analyzer; the order they run in
is declared by each analyzer (``runs_after``), never implied by import order."""

from triage_app.analyzers import crypto, exif, filetype, knownfiles  # noqa: F401
