"""Analyzers, one module each. Import order is run order: ``filetype`` sets the content type
that the others read; ``knownfiles`` needs only the hashes."""

from triage_app.analyzers import crypto, exif, filetype, knownfiles  # noqa: F401
