"""Hostile YAML is a one-line InputError, quickly: oversized, deeply nested, alias bombs."""

from __future__ import annotations

import time

import pytest

from triage_app.core.yaml_input import Bounds, line_at, read_yaml
from triage_app.errors import InputError


def _refused(raw: bytes, bounds: Bounds | None = None) -> str:
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        read_yaml(raw, "pack.yaml", bounds)
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert "\n" not in message and message.startswith("pack.yaml")
    return message


def test_a_plain_document_reads_with_its_lines() -> None:
    document = read_yaml(b"a: 1\nb:\n  - x\n  - {c: d}\n", "pack.yaml")
    assert document.data == {"a": 1, "b": ["x", {"c": "d"}]}
    assert line_at(document.root, ("b", 1, "c")) == 4
    assert line_at(document.root, ("b", 7)) == 3  # the deepest part that exists: the list


def test_an_oversized_file_is_refused_before_it_is_parsed() -> None:
    assert "larger than 1,048,576 bytes, the most" in _refused(b"a: " + b"x" * 2_000_000)


def test_deep_nesting_is_refused() -> None:
    assert "nested too deeply" in _refused(b"[" * 50 + b"]" * 50)
    assert "nested too deeply" in _refused(b"[" * 200_000 + b"]" * 200_000)


def test_an_alias_bomb_is_refused_without_expanding_it() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    assert "anchors and aliases" in _refused("\n".join(lines).encode())


@pytest.mark.parametrize("raw, words", [
    (b"a: [1, 2", "not valid YAML at line"),
    (b"\xff\xfe a: 1", "not UTF-8"),
    (b"a: !!python/object/apply:os.system ['true']", "not valid YAML"),
])
def test_malformed_or_unsafe_yaml_is_one_line(raw: bytes, words: str) -> None:
    assert words in _refused(raw)
