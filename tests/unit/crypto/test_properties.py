"""Property tests: any payload encodes to a string that validates; one changed character fails."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from triage_app.crypto import base58, bech32, bip39, cashaddr, evm, monero
from triage_app.crypto.identify import check

hash160 = st.binary(min_size=20, max_size=20)
position = st.integers(min_value=0, max_value=10_000)
replacement = st.integers(min_value=1, max_value=57)


def _change(text: str, alphabet: str, pos: int, shift: int, start: int = 0) -> str:
    """``text`` with one character (at or after ``start``) swapped for another of the alphabet."""
    i = start + pos % (len(text) - start)
    ch = alphabet[(alphabet.index(text[i]) + shift % (len(alphabet) - 1) + 1) % len(alphabet)]
    return text[:i] + ch + text[i + 1:]


@given(hash160, st.sampled_from([0x00, 0x05, 0x6F, 0xC4, 0x30, 0x32, 0x1E, 0x16]),
       position, replacement)
def test_base58_addresses(h, version, pos, shift):
    text = base58.encode_check(bytes([version]) + h)
    assert check(text).valid
    assert not check(_change(text, base58.BITCOIN_ALPHABET, pos, shift)).valid


SECP256K1_ORDER = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141


@given(st.binary(min_size=32, max_size=32).filter(
           lambda k: 0 < int.from_bytes(k, "big") < SECP256K1_ORDER),
       st.booleans(), position, replacement)
def test_wif_keys(key, compressed, pos, shift):
    text = base58.encode_check(b"\x80" + key + (b"\x01" if compressed else b""))
    result = check(text)
    assert result.valid and result.kind == "private-key" and result.sensitive
    assert text not in result.display
    assert not check(_change(text, base58.BITCOIN_ALPHABET, pos, shift)).valid


@given(st.sampled_from(["bc", "tb", "bcrt", "ltc"]), st.integers(0, 16),
       st.binary(min_size=2, max_size=40), position, replacement)
def test_segwit_addresses(hrp, version, program, pos, shift):
    if version == 0:
        program = (program * 32)[:20 if len(program) < 26 else 32]
    text = bech32.encode_segwit(hrp, version, program)
    assert check(text).valid
    assert check(text.upper()).valid
    changed = _change(text, bech32.CHARSET, pos, shift, start=len(hrp) + 1)
    assert not check(changed).valid


@given(hash160, st.sampled_from([0, 1]), position, replacement)
def test_cashaddr(h, kind, pos, shift):
    text = cashaddr.encode("bitcoincash", kind, h)
    assert check(text).valid
    assert not check(_change(text, bech32.CHARSET, pos, shift, start=12)).valid


@given(hash160, position)
def test_eip55(h, pos):
    text = evm.checksum_encode(h.hex())
    assert check(text).checksum == "verified"
    letters = [i for i, c in enumerate(text) if i > 1 and c.isalpha()]
    if letters:
        i = letters[pos % len(letters)]
        changed = text[:i] + text[i].swapcase() + text[i + 1:]
        result = check(changed)
        one_case = changed[2:] in (changed[2:].lower(), changed[2:].upper())
        # all one case is the accepted unchecksummed form; anything else must fail
        assert (result.valid and result.checksum == "absent") if one_case else not result.valid


@given(st.binary(min_size=64, max_size=64), st.sampled_from([18, 42, 53, 24]), position,
       replacement)
def test_monero(keys, tag, pos, shift):
    text = monero.encode_address(tag, keys)
    assert check(text).valid
    assert not check(_change(text, base58.BITCOIN_ALPHABET, pos, shift)).valid


@settings(max_examples=50)
@given(st.sampled_from([16, 20, 24, 28, 32]).flatmap(
    lambda n: st.binary(min_size=n, max_size=n)), st.sampled_from(bip39.LANGUAGES), position,
    st.integers(1, 2047))
def test_bip39_phrases(entropy, language, pos, shift):
    phrase = bip39.from_entropy(entropy, language)
    result = check(phrase)
    assert result.valid and result.kind == "seed-phrase"
    words = phrase.split()
    i = pos % len(words)
    wordlist = bip39.wordlist(language)
    words[i] = wordlist[(wordlist.index(bip39.words_of(words[i])[0]) + shift) % 2048]
    # another word keeps the phrase readable but breaks the checksum (except by 1/2^(n/3)
    # chance when the last word's checksum bits happen to match)
    try:
        bip39.to_entropy(bip39.words_of(" ".join(words)), language)
        changed_valid = True
    except Exception:
        changed_valid = False
    assert ("bip39" in {t.type for t in check(" ".join(words)).interpretations}) == changed_valid


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text):
    result = check(text)
    assert isinstance(result.valid, bool)
    assert result.valid or result.reason


@given(st.binary(max_size=300))
def test_binary_garbage_never_raises(data):
    result = check(data.decode("latin-1"))
    assert result.valid or result.reason
