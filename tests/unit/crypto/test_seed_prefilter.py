"""The seed prefilter only skips work: the scanner finds exactly the seeds that looking up every
whitespace-separated word of the text finds (the plain method it replaces)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from triage_app.crypto import bip39
from triage_app.crypto.scan import _best_seed, _seed_hits, _word_flags

SEED12 = "legal winner thank year wave sausage worth useful legal winner thank yellow"
SEED24 = ("letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd "
          "amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless")
_RUN = re.compile(rb"(?:\x02?\x01){12,}")


def reference(text: bytes) -> list[tuple[int, str]]:
    """Every word looked up, as the scanner did before it had a prefilter."""
    words = text.split()
    positions = [m.start() for m in re.finditer(rb"\S+", text)]
    flags = bytes(_word_flags().get(w, 0) for w in words)
    found = []
    for run in _RUN.finditer(flags):
        tokens = [(positions[i], words[i].decode()) for i in range(run.start(), run.end())
                  if flags[i] == 1]
        hit = _best_seed(tokens, text, 0, 1, "ascii")
        if hit:
            found.append((hit.offset, hit.text))
    return found


def scanned(text: bytes) -> list[tuple[int, str]]:
    return [(h.offset, h.text) for h in _seed_hits(text, 0, 1, "ascii")]


def test_seed_next_to_short_long_and_glued_words():
    cases = [
        SEED12, f"a {SEED12} to", f"xx{SEED12}", f"{SEED12}yy", f"Xlegal {SEED12[6:]} yellow",
        f"the officer found {SEED12}, written", f"1. {SEED12.replace(' ', ' 2. ')}",
        "\n".join(f"{i}) {w}" for i, w in enumerate(SEED24.split(), 1)),
        f"extraordinarily {SEED24} of", f"{SEED12}\t{SEED24}",
        "legal winner thank year wave ab sausage worth useful legal winner thank yellow",
    ]
    for case in cases:
        text = case.encode()
        assert scanned(text) == reference(text), case
    assert scanned(SEED12.encode()) == [(0, SEED12)]
    assert scanned(f"xx{SEED12}".encode()) == []  # "xxlegal" is no word: eleven remain


_pieces = st.sampled_from(
    bip39.wordlist("english")[:40] + ("legal", "winner", "thank", "year", "wave", "sausage",
                                      "worth", "useful", "yellow", "a", "to", "of",
                                      "extraordinary", "X", "1.", "2)", ",", "ab1"))
_gaps = st.sampled_from((" ", "  ", "\n", "\t", " \r\n", "", ","))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_pieces, _gaps), max_size=60), st.integers(0, 60), st.booleans())
def test_prefilter_agrees_with_looking_up_every_word(pieces, where, twenty_four):
    text = "".join(p + g for p, g in pieces)
    cut = min(where, len(text))
    text = text[:cut] + " " + (SEED24 if twenty_four else SEED12) + " " + text[cut:]
    data = text.encode()
    assert scanned(data) == reference(data)
