"""MD5, SHA-1 and SHA-256 over one read, each in its own thread.

hashlib releases the GIL for buffers over 2 KiB, so the three digests of a chunk run in
parallel while the caller reads the next chunk: reading and hashing are pipelined, and the
pace is set by the slowest digest (MD5) rather than the sum of all three. Small chunks are
hashed inline, where handing them to threads would cost more than it saves.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

ALGORITHMS = ("md5", "sha1", "sha256")
CHUNK_SIZE = 4 * 1024 * 1024
INLINE_LIMIT = 512 * 1024

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def _hash_pool() -> ThreadPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=len(ALGORITHMS), thread_name_prefix="hash")
        return _pool


class ParallelHasher:
    """Feed chunks with :meth:`update`; a chunk must stay unchanged until the next call."""

    __slots__ = ("_digests", "_pending")

    def __init__(self, algorithms: tuple[str, ...] = ALGORITHMS) -> None:
        self._digests = {name: hashlib.new(name) for name in algorithms}
        self._pending: list[Future] = []

    def update(self, chunk: bytes | memoryview) -> None:
        """Start hashing ``chunk`` and return at once (after the previous chunk is done)."""
        self._wait()
        if len(chunk) < INLINE_LIMIT:
            for digest in self._digests.values():
                digest.update(chunk)
            return
        pool = _hash_pool()
        self._pending = [pool.submit(d.update, chunk) for d in self._digests.values()]

    def _wait(self) -> None:
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()

    def hexdigests(self) -> dict[str, str]:
        self._wait()
        return {name: digest.hexdigest() for name, digest in self._digests.items()}


def chunks(reader, size_hint: int | None = None) -> Iterator[memoryview]:
    """Read ``reader`` to the end in large chunks.

    Readers with ``readinto`` fill two buffers in turn, so memory stays at two chunks whatever
    the file size and no chunk is allocated afresh. A yielded chunk stays valid while the next
    one is read, which is what :class:`ParallelHasher` needs: it finishes chunk N before
    accepting N+1.
    """
    size = CHUNK_SIZE if size_hint is None else max(1, min(CHUNK_SIZE, size_hint + 1))
    if hasattr(reader, "readinto"):
        buffers = (bytearray(size), bytearray(size))
        turn = 0
        while True:
            buffer = buffers[turn]
            turn ^= 1
            count = reader.readinto(buffer)
            if not count:
                return
            yield memoryview(buffer)[:count]
    else:
        while chunk := reader.read(size):
            yield memoryview(chunk)
            size = CHUNK_SIZE


def hash_bytes(data: bytes, algorithms: tuple[str, ...] = ALGORITHMS) -> dict[str, str]:
    """The hex digests of bytes already in memory (a small file read whole)."""
    return {name: hashlib.new(name, data).hexdigest() for name in algorithms}


def hash_reader(reader, on_bytes=None, cancel=None, size_hint=None,
                algorithms: tuple[str, ...] = ALGORITHMS) -> tuple[dict[str, str], int]:
    """Hash a whole sequential reader; returns (hex digests, bytes read)."""
    hasher = ParallelHasher(algorithms)
    total = 0
    for chunk in chunks(reader, size_hint):
        if cancel is not None:
            cancel.raise_if_cancelled()
        hasher.update(chunk)
        total += len(chunk)
        if on_bytes is not None:
            on_bytes(len(chunk))
    return hasher.hexdigests(), total
