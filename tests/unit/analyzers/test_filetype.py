"""The content type is libmagic's own answer, whatever shortcut the analyzer takes."""

from __future__ import annotations

import magic
import pytest

from tests.conftest import CORPORA
from triage_app.analyzers.base import FileContext
from triage_app.analyzers.filetype import _Magic

# Text that libmagic describes by encoding and line ends only, and text it recognises.
TEXTS = {
    "ascii": b"hello world\n" * 10, "crlf": b"hello world\r\n" * 10, "mixed": b"a\r\nb\nc\r",
    "cr": b"a\rb\rc\r", "long lines": b"x" * 400 + b"\n", "no terminator": b"hello world",
    "utf-8": "h\u00e9llo w\u00f6rld\n".encode() * 5,
    "utf-8 bom": b"\xef\xbb\xbf" + "h\u00e9llo\n".encode(),
    "utf-16": "\ufeffhello world\n".encode("utf-16-le"),
    "latin-1": "h\u00e9llo w\u00f6rld\n".encode("latin-1") * 5,
    "escapes": b"hello \x1b[1m world\n", "overstriking": b"h\x08hello\n",
    "ebcdic": "hello world".encode("cp500") * 5, "nel": "a\x85b\n".encode("latin-1"),
    "python": b"#!/usr/bin/env python3\nimport os\n", "shell": b"#!/bin/sh\necho hi\n",
    "html": b"<!DOCTYPE html><html></html>", "json": b'{"a": [1, 2]}\n',
    "csv": b"a,b,c\n1,2,3\n4,5,6\n", "xml": b'<?xml version="1.0"?>\n<a/>\n',
    "control": b"hello\x01world\n", "one byte": b"a", "empty": b"",
}


def _libmagic(head: bytes) -> tuple[str, str]:
    return magic.Magic(mime=True).from_buffer(head), magic.Magic().from_buffer(head)


@pytest.mark.parametrize("name", TEXTS)
def test_text_kinds_get_libmagics_answer(name: str) -> None:
    assert _Magic.identify(TEXTS[name]) == _libmagic(TEXTS[name])


def test_every_corpus_file_gets_libmagics_answer() -> None:
    files = sorted(p for p in CORPORA.rglob("*") if p.is_file())
    assert len(files) > 200
    for path in files:
        with open(path, "rb") as handle:
            head = handle.read(FileContext.HEAD_SIZE)
        assert _Magic.identify(head) == _libmagic(head), path
