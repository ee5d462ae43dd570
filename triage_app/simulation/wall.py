"""The wall between simulation and real evidence: may this source be attached to this case?

A LIVE case refuses anything that carries the simulation mark (:mod:`.marker`). A SIMULATION
case accepts only the synthetic evidence its own build made: the source must carry the mark of
that build, and its content must be exactly what the case's recorded manifest lists (the media
byte for byte for an image, an E01 of one, or a stick it was written to; every file, and no
other, for a folder), so nothing real can be slipped in under a copied mark.

Known limit: the mark is plain bytes, so real media someone marked on purpose would be refused
by a LIVE case; the refusal says why, and the officer calls a specialist.
"""

from __future__ import annotations

import hashlib
from typing import Any

from triage_app.core.jobs import CancelToken
from triage_app.errors import SourceError
from triage_app.evidence.source import Source
from triage_app.simulation.marker import MARKER_FILE, read_mark

_CHUNK = 1 << 20


def refusal(source: Source, *, simulation: bool, built: dict[str, Any] | None) -> str | None:
    """Why ``source`` may not be attached to the case (None: it may). ``simulation``: the case
    is a training case; ``built``: the manifest of its synthetic evidence, as recorded."""
    where = str(source.location)
    mark = read_mark(source)
    if not simulation:
        if mark is None:
            return None
        return (f"{where} is synthetic training evidence (it carries the simulation mark of "
                f"piece {mark.evidence}): it cannot be attached to a LIVE case")
    if built is None:
        return ("this simulation case has no synthetic evidence recorded: it holds only the "
                "evidence its scenario build made")
    not_ours = (f"{where} is not this scenario's synthetic evidence: a simulation case holds "
                "only the evidence its scenario build made, never real evidence")
    if mark is None or mark.build != built.get("build"):
        return not_ours
    piece = next((p for p in built.get("evidence", []) if p.get("id") == mark.evidence), None)
    if piece is None or not _matches(source, piece):
        return not_ours + f" (it differs from piece {mark.evidence} as built)"
    return None


def _matches(source: Source, piece: dict[str, Any]) -> bool:
    media = source.media
    if media is not None:
        size = piece.get("media_size")
        if size is None or media.size != size:
            return False
        digest = hashlib.sha256()
        for offset in range(0, size, _CHUNK):
            digest.update(media.read_at(offset, min(_CHUNK, size - offset)))
        return digest.hexdigest() == piece.get("media_sha256")
    if piece.get("container") != "folder":
        return False
    found: dict[str, str] = {}
    try:
        for entry in source.entries(CancelToken()):
            if entry.type == "dir":
                continue
            if entry.type != "file" or entry.opener is None or len(found) > len(piece["files"]):
                return False
            found[entry.path.lstrip("/")] = _content_sha256(entry.opener)
    except (OSError, SourceError):
        return False
    return MARKER_FILE in found and found == piece.get("files")


def _content_sha256(opener) -> str:
    digest = hashlib.sha256()
    reader = opener()
    try:
        for block in iter(lambda: reader.read(_CHUNK), b""):
            digest.update(block)
    finally:
        reader.close()
    return digest.hexdigest()
