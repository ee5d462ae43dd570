"""Photos and media: EXIF metadata, honest GPS, edit traces, offline place names.

Qt-free. Untrusted image bytes are parsed only inside :mod:`triage_app.media.fence` workers;
:func:`triage_app.media.reader.read_photo` is what those workers run.
"""
