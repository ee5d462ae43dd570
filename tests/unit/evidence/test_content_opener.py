"""Each scanning thread opens files through its own TSK handles, by metadata address: on every
corpus image that gives the same bytes, hashes and errors as the handle the listing found."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import DISK_IMAGES
from triage_app.core.jobs import CancelToken
from triage_app.engine.process import FileProcessor
from triage_app.evidence.source import open_source

IMAGES = sorted({listing.with_name(json.loads(listing.read_text())["image"][0])
                 for listing in DISK_IMAGES.rglob("*.pytsk3.json")})


@pytest.mark.parametrize("image", IMAGES, ids=lambda p: str(p.relative_to(DISK_IMAGES)))
def test_a_threads_own_opener_reads_what_the_listing_handle_reads(image: Path) -> None:
    processor, cancel = FileProcessor([]), CancelToken()
    with open_source(image) as source:
        if not source.listable:
            pytest.skip("nothing listable (an encrypted or unsupported volume)")
        entries = [e for e in source.entries(cancel) if e.has_content]
        if not entries:
            pytest.skip("no file with content")
        listed = [processor.process(e, cancel) for e in entries]

        def in_thread(entry):
            opener = source.content_opener()
            return processor.process(entry, cancel, opener=opener)

        with ThreadPoolExecutor(2) as pool:
            opened = list(pool.map(in_thread, entries))
    for a, b in zip(listed, opened, strict=False):
        assert (b.entry.path, b.hashes, b.bytes_read, b.errors) == (
            a.entry.path, a.hashes, a.bytes_read, a.errors)
