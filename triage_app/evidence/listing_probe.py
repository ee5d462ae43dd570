"""The file-system walk tried first in a worker process, where a hang or crash costs nothing.

The Sleuth Kit can loop for minutes, or crash, inside its C code on a damaged or crafted file
system (an 18 KB ext2 image whose root directory claims 3 GB; a bad ISO 9660 directory record)
and nothing in-process can interrupt it. Before an image or device is listed for a scan or a
collection, the same walk runs in a worker that reports its progress; a walk that stops making
progress, or kills its worker, means the source is refused in one line instead of hanging the
app. A walk that completes in the worker completes the same way in the app (same bytes, same
library), so the scan itself runs in-process as before.
"""

from __future__ import annotations

from multiprocessing.connection import Connection

from triage_app.core.fenced import worker_context
from triage_app.core.jobs import CancelToken
from triage_app.errors import Cancelled, UnsupportedSourceError

STALL_SECONDS = 20.0  # a healthy walk reports every few hundred entries, within milliseconds
_REPORT_EVERY = 200


def _walk(location: str, conn: Connection) -> None:
    from triage_app.evidence.source import open_source

    try:
        with open_source(location) as source:
            count = 0
            if source.listable:
                for _entry in source.entries(CancelToken()):
                    count += 1
                    if count % _REPORT_EVERY == 0:
                        conn.send(("progress", count))
        conn.send(("done", count))
    except BaseException as exc:  # noqa: BLE001 - the in-process open says it in its own words
        conn.send(("error", f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        conn.close()


def ensure_walk_completes(location: str, *, stall_seconds: float | None = None,
                          cancel: CancelToken | None = None) -> None:
    """Return once a worker has listed ``location`` completely (or failed in words, which the
    in-process open will repeat); raise UnsupportedSourceError when it hangs or crashes."""
    stall = STALL_SECONDS if stall_seconds is None else stall_seconds
    ctx = worker_context()
    receiver, sender = ctx.Pipe(duplex=False)
    worker = ctx.Process(target=_walk, args=(str(location), sender), daemon=True)
    worker.start()
    sender.close()
    listed = 0
    try:
        while True:
            waited = 0.0
            while not receiver.poll(0.25):
                waited += 0.25
                if cancel is not None and cancel.cancelled:
                    raise Cancelled("cancelled by the user")
                if waited >= stall:
                    raise UnsupportedSourceError(
                        f"{location}: the file system's folders could not be read (The Sleuth "
                        f"Kit stopped making progress after {listed} entries): it is damaged "
                        "or crafted; nothing of it was listed. Image it and let a specialist "
                        "examine the image")
            try:
                kind, value = receiver.recv()
            except EOFError:
                raise UnsupportedSourceError(
                    f"{location}: reading the file system's folders crashed The Sleuth Kit "
                    f"(after {listed} entries): it is damaged or crafted; nothing of it was "
                    "listed. Image it and let a specialist examine the image") from None
            if kind == "progress":
                listed = value
                continue
            return
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
        receiver.close()
