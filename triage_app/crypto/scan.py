"""Find addresses, keys and seed phrases in raw bytes (file content or unallocated space).

Speed comes from one C-level pass per chunk: ``bytes.translate`` maps every byte that can be part
of an artefact (letters, digits, whitespace, ``:``, ``.``, ``)`` and NUL for UTF-16LE) to one
marker, and ``bytes.find`` looks for a run of :data:`MIN_RUN` markers. Random data almost never
holds such a run, so Python only looks at text-like regions, where compiled regexes pick
candidates and the codecs validate them. Only checksum-valid strings are reported.

Chunks overlap by :data:`OVERLAP` bytes so that an artefact cut by a chunk boundary is found
once, whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat

from triage_app.crypto import bip39, electrum
from triage_app.crypto.identify import identify_token
from triage_app.crypto.records import DecodeError, Identification, Interpretation

MIN_RUN = 25  # shortest artefact: a 25-character Base58 address
OVERLAP = 4096
_TAIL_MARGIN = 1024  # a match ending this close to an unfinished buffer waits for more data
_TEXT_BYTES = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz \t\r\n:.)\x00"
_MARK = bytes(0x41 if b in _TEXT_BYTES else 0x2E for b in range(256))
_RUN = b"A" * MIN_RUN
_TOKEN_MARK = bytes(0x41 if b in _TEXT_BYTES[:62] + b":" else 0x2E for b in range(256))
_NON_SPACE = re.compile(rb"\S+")
_HI_NOT_ZERO = re.compile(rb"[^\x00]+")


@dataclass(slots=True)
class Hit:
    """One validated artefact in the byte stream."""

    offset: int
    encoding: str  # ascii | utf-16le
    text: str  # the artefact as found (a secret: the caller shows it redacted)
    kind: str
    interpretations: list[Interpretation]
    validation: str
    confidence: str
    sensitive: bool
    details: dict = field(default_factory=dict)
    count: int = 1  # occurrences of the same text in the same encoding (distinct scanning)
    offsets: list[int] = field(default_factory=list)  # the first MAX_OFFSETS of them


MAX_OFFSETS = 16


class ContentScanner:
    """Feed chunks in order; collect :class:`Hit` records from :attr:`hits`.

    With ``distinct``, an artefact repeated in the content (the same text, kind and encoding)
    is one hit that counts its occurrences and keeps the first :data:`MAX_OFFSETS` offsets;
    ``max_hits`` then limits distinct artefacts, not occurrences.
    """

    def __init__(self, max_hits: int = 10_000, *, distinct: bool = False) -> None:
        self.hits: list[Hit] = []
        self.max_hits = max_hits
        self.dropped = 0  # hits past max_hits, counted only
        self._distinct: dict[tuple[str, str, str], Hit] | None = {} if distinct else None
        self._tail = b""
        self._tail_offset = 0
        self._seen: set[tuple[int, str]] = set()

    def feed(self, chunk: bytes | memoryview, offset: int) -> None:
        buffer = b"".join((self._tail, chunk))  # one copy of the chunk, not two
        base = offset - len(self._tail)
        self._scan(buffer, base, final=False)
        self._tail = buffer[-OVERLAP:]
        self._tail_offset = base + len(buffer) - len(self._tail)

    def finish(self) -> list[Hit]:
        if self._tail:
            self._scan(self._tail, self._tail_offset, final=True)
            self._tail = b""
        return self.hits

    def _scan(self, buffer: bytes, base: int, final: bool) -> None:
        marks = buffer.translate(_MARK)
        limit = len(buffer) if final else len(buffer) - _TAIL_MARGIN
        hits: Iterator[Hit]
        if 0 in buffer:
            hits = (hit for pos, end in _all_regions(marks)
                    for hit in _region_hits(buffer, pos, end, base))
        else:
            hits = _text_buffer_hits(buffer, marks, base)
        for hit in hits:
            if hit.offset - base < limit or final:
                self._add(hit)

    def _add(self, hit: Hit) -> None:
        key = (hit.offset, hit.kind)
        if key in self._seen:
            return
        self._seen.add(key)
        if self._distinct is not None:
            same = self._distinct.get((hit.kind, hit.text, hit.encoding))
            if same is not None:
                same.count += 1
                if len(same.offsets) < MAX_OFFSETS:
                    same.offsets.append(hit.offset)
                return
            if len(self.hits) < self.max_hits:
                hit.offsets = [hit.offset]
                self._distinct[(hit.kind, hit.text, hit.encoding)] = hit
        if len(self.hits) >= self.max_hits:
            self.dropped += 1
        else:
            self.hits.append(hit)


def _all_regions(marks: bytes) -> Iterator[tuple[int, int]]:
    """(start, end) of every text region: a maximal run of at least MIN_RUN text bytes."""
    pos = marks.find(_RUN)
    while pos != -1:
        end = marks.find(b".", pos + MIN_RUN)
        end = len(marks) if end == -1 else end
        yield pos, end
        pos = marks.find(_RUN, end)


def _region_hits(buffer: bytes, start: int, end: int, base: int) -> Iterator[Hit]:
    region = buffer[start:end]
    yield from _text_hits(region, base + start, 1, "ascii")
    if region.count(0) * 3 < len(region):
        return
    for align in (0, 1):
        narrow = bytearray(region[align::2])
        for m in _HI_NOT_ZERO.finditer(region[align + 1::2]):
            narrow[m.start():m.end()] = b"." * (m.end() - m.start())
        if narrow.count(0) * 2 < len(narrow):
            yield from _text_hits(bytes(narrow), base + start + align, 2, "utf-16le")


def _text_buffer_hits(buffer: bytes, marks: bytes, base: int) -> Iterator[Hit]:
    """What :func:`_region_hits` gives region by region, for a buffer without NUL bytes (so
    without UTF-16 text), found in whole-buffer passes.

    Text such as logs, CSV or source code splits into a region every few bytes, and a Python
    call per region costs more than the C passes. Token runs and seed stretches are found
    over the whole buffer and the stretches' words flagged at once; only the regions that
    hold a token run or a twelve-word stretch are looked at. Inside a region both give exactly
    what they give on the region alone: every byte outside a region is neither a token byte
    nor a seed byte (form feed and vertical tab, seed whitespace but not text bytes, are left
    out here for that reason), and a stretch is clipped to its region.
    """
    last = (0, -1)

    def region_of(pos: int) -> tuple[int, int]:
        nonlocal last  # positions come in order: most fall in the region found last
        if not last[0] <= pos < last[1]:
            end = marks.find(b".", pos)
            last = marks.rfind(b".", 0, pos) + 1, len(marks) if end == -1 else end
        return last

    regions: dict[int, tuple[int, list[tuple[int, int]]]] = {}  # start -> end, seed spans
    for pos, _ in _tokens(buffer, limit=None):
        start, end = region_of(pos)
        regions.setdefault(start, (end, []))
    # A stretch's inside is text bytes; the byte taken in on either side may lie outside the
    # region (a non-text byte), and is then left out, as the region's own pass would.
    spans = [(a + (marks[a] == 0x2E), b - (marks[b - 1] == 0x2E))
             for a, b in _seed_stretches(buffer, _SEED_ALLOWED_TEXT)]
    if spans:
        flags = _flags(_SEPARATOR.join(buffer[a:b] for a, b in spans).split())
        for index in sorted({flags.count(3, 0, run.start())
                             for run in _TWELVE_WORDS.finditer(flags)}):
            a, b = spans[index]
            start, end = region_of(a)
            regions.setdefault(start, (end, []))[1].append((a, b))
    for start in sorted(regions):
        end, seed_spans = regions[start]
        yield from _token_hits(buffer[start:end], base + start, 1, "ascii")
        for a, b in seed_spans:
            yield from _span_seed_hits(buffer, a, b, base, 1, "ascii")


def _tokens(text: bytes, limit: int | None = 130) -> Iterator[tuple[int, bytes]]:
    """Runs of 25-130 letters, digits and colons, found with translate/find rather than a
    regex: in prose such runs are rare, so this costs about one C pass over the text."""
    marks = text.translate(_TOKEN_MARK)
    pos = marks.find(_RUN)
    while pos != -1:
        end = marks.find(b".", pos)
        end = len(text) if end == -1 else end
        if limit is None or end - pos <= limit:
            yield pos, text[pos:end]
        pos = marks.find(_RUN, end)


@lru_cache(maxsize=4096)
def _identify(token: str) -> Identification | None:
    """The identification of a token, remembered: a log repeats the same address thousands of
    times, and an EVM checksum costs a pure-Python Keccak."""
    try:
        return identify_token(token)
    except DecodeError:
        return None


def _text_hits(text: bytes, base: int, stride: int, encoding: str) -> Iterator[Hit]:
    yield from _token_hits(text, base, stride, encoding)
    yield from _seed_hits(text, base, stride, encoding)


def _token_hits(text: bytes, base: int, stride: int, encoding: str) -> Iterator[Hit]:
    for start, raw in _tokens(text):
        token = raw.decode("ascii")
        ident = _identify(token)
        if ident is None:
            continue
        confidence = "medium" if ident.checksum == "absent" or ident.kind == "public-key" \
            else "high"
        yield Hit(base + start * stride, encoding, token, ident.kind, ident.interpretations,
                  ident.validation, confidence, ident.sensitive, ident.details)


@cache
def _word_flags() -> dict[bytes, int]:
    """1 for a BIP-39 English word, 2 for list numbering ("1", "2.", "3)"), else absent."""
    flags = {w.encode(): 1 for w in bip39.wordlist("english")}
    flags[_SEPARATOR.strip()] = 3
    for n in range(1, 100):
        for suffix in ("", ".", ")", ":"):
            flags[f"{n}{suffix}".encode()] = 2
    return flags


_TWELVE_WORDS = re.compile(rb"(?:\x02?\x01){12,}")

# The seed prefilter works on bit masks, one bit a byte, built and combined at C level (no
# Python work per word): ``int(text.translate(...), 2)`` packs "may be part of a numbered seed"
# (lowercase letter, whitespace, digit, ``.):``) and "is a letter" into two integers; shifts
# and ANDs then blank the words that cannot be BIP-39 English words (1-2 or 9+ letters) and
# ``str.find`` looks for a stretch of SEED_MIN_RUN unblanked bytes, the least twelve words of
# three letters and single separators fill. Only those rare stretches are split into words.
_SEED_ALLOWED = bytes(
    0x31 if 0x61 <= b <= 0x7A or 0x30 <= b <= 0x39 or b in b" \t\n\r\x0b\x0c.):" else 0x30
    for b in range(256))
_SEED_ALLOWED_TEXT = bytes(0x30 if b in b"\x0b\x0c" else a for b, a in enumerate(_SEED_ALLOWED))
_SEED_LETTER = bytes(0x31 if 0x61 <= b <= 0x7A else 0x30 for b in range(256))
SEED_MIN_RUN = 12 * 3 + 11
_SEED_RUN = "1" * SEED_MIN_RUN
_SEPARATOR = b" \x00\x03 "  # between stretches when they are looked up together (flag 3)


def _seed_stretches(text: bytes, allowed_table: bytes = _SEED_ALLOWED) -> list[tuple[int, int]]:
    """(start, end) of the stretches that may hold twelve or more seed words in a row.

    Each stretch takes in the blanked byte on either side. That byte belongs to a token that is
    no word of a seed (it holds another character, or is too short or too long), and with it
    the part of that token inside the stretch cannot read as a word either (``Xabsolute`` or
    ``xabsolute`` rather than ``absolute``).
    """
    if len(text) < SEED_MIN_RUN:
        return []
    allowed = int(text.translate(allowed_table), 2)
    letter = int(text.translate(_SEED_LETTER), 2)
    other = allowed ^ letter  # whitespace, digits, ".):" (letter is a subset of allowed)
    # The first bit is the most significant: ``x >> 1`` moves each byte's bit onto the next
    # byte, ``x << k`` brings the bit of the byte k places on.
    first = (other >> 1) & letter  # a letter after a non-letter
    short = first & (other << 1) | first & (letter << 1) & (other << 2)
    two = letter & (letter << 1)
    four = two & (two << 2)
    long_ = four & (four << 4) & (letter << 8)  # nine letters in a row
    marks = format(allowed ^ (allowed & (short | long_)), "b").zfill(len(text))
    out = []
    pos = marks.find(_SEED_RUN)
    while pos != -1:
        end = marks.find("0", pos + SEED_MIN_RUN)
        end = len(text) if end == -1 else end
        out.append((max(pos - 1, 0), min(end + 1, len(text))))
        pos = marks.find(_SEED_RUN, end)
    return out


def _seed_hits(text: bytes, base: int, stride: int, encoding: str) -> Iterator[Hit]:
    """BIP-39 (English) and Electrum seeds: twelve or more dictionary words in a row.

    :func:`_seed_stretches` leaves only the rare stretches that have the shape of a seed. They
    are looked up together: joined, split and flagged one byte a word (C-level split and map);
    a stretch with a run of twelve flagged words is then looked at closely.
    """
    spans = _seed_stretches(text)
    if not spans:
        return
    joined = _SEPARATOR.join(text[a:b] for a, b in spans)
    flags = _flags(joined.split())
    candidates = sorted({flags.count(3, 0, run.start())
                         for run in _TWELVE_WORDS.finditer(flags)})
    for index in candidates:
        yield from _span_seed_hits(text, *spans[index], base, stride, encoding)


def _flags(words: list[bytes]) -> bytes:
    return bytes(map(_word_flags().get, words, repeat(0)))


def _span_seed_hits(text: bytes, start: int, end: int, base: int, stride: int,
                    encoding: str) -> Iterator[Hit]:
    part = text[start:end]
    matches = list(_NON_SPACE.finditer(part))
    words = [m.group() for m in matches]
    flags = _flags(words)
    for run in _TWELVE_WORDS.finditer(flags):
        tokens = [(start + matches[i].start(), words[i].decode())
                  for i in range(run.start(), run.end()) if flags[i] == 1]
        hit = _best_seed(tokens, text, base, stride, encoding)
        if hit:
            yield hit


def _best_seed(tokens: list[tuple[int, str]], text: bytes, base: int, stride: int,
               encoding: str) -> Hit | None:
    for count in (24, 21, 18, 15, 12):
        for start in range(len(tokens) - count + 1):
            words = [w for _, w in tokens[start:start + count]]
            try:
                bip39.to_entropy(words, "english")
            except DecodeError:
                continue
            # A seed written alone is strong; inside a longer run of dictionary words
            # (prose) a 12-word checksum (4 bits) passes by chance once in 16.
            confidence = "high" if count == len(tokens) or count >= 18 else "medium"
            return _seed_hit(tokens, start, count, text, base, stride, encoding, "bip39",
                             "every word in the BIP-39 English list and the checksum bits",
                             confidence)
    for count in (13, 12):
        for start in range(len(tokens) - count + 1):
            phrase = " ".join(w for _, w in tokens[start:start + count])
            kind = electrum.seed_type(phrase)
            if kind and kind != "old":
                return _seed_hit(tokens, start, count, text, base, stride, encoding,
                                 f"electrum-{kind.replace('_', '-')}",
                                 "Electrum seed version (HMAC-SHA512 prefix)", "medium")
    return None


def _seed_hit(tokens, start, count, text, base, stride, encoding, kind, validation,
              confidence) -> Hit:
    first, last = tokens[start], tokens[start + count - 1]
    phrase = text[first[0]:last[0] + len(last[1])].decode("ascii")
    currency = "multi-currency" if kind == "bip39" else "BTC"
    network = "any" if kind == "bip39" else "mainnet"
    return Hit(base + first[0] * stride, encoding, phrase, "seed-phrase",
               [Interpretation(currency, network, kind)], validation, confidence, True,
               {"words": count})
