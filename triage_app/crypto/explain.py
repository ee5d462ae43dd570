"""Plain-words explanations and next steps for a first responder."""

from __future__ import annotations

from triage_app.crypto.records import Identification

_CURRENCY_NAMES = {
    "BTC": "Bitcoin", "BCH": "Bitcoin Cash", "LTC": "Litecoin", "DOGE": "Dogecoin",
    "ETH": "Ethereum", "EVM": "EVM-chain", "TRX": "TRON", "XRP": "XRP Ledger",
    "XMR": "Monero", "POLIS": "Polis", "multi-currency": "multi-currency",
}

SECRET_STEP = (
    "Treat it as cash: photograph it where it was found, do not type it into any other "
    "device, app or website, seize the medium it is on, and call a crypto specialist now - "
    "whoever has it can move the funds within minutes.")
# What a list of findings says beside an urgent one (a private key, a seed, a wallet file).
URGENT_ADVICE = "treat it as cash: call a specialist now"
ADDRESS_STEP = (
    "Record it exactly (photograph or copy) with where it was found, and pass it to the "
    "crypto specialist for tracing. An address is public: writing it down is safe.")
INVALID_STEP = (
    "If it was copied from paper, a screen or a photo, compare it character by character: "
    "one wrong character makes it fail (that is what the checksum is for). Record it as "
    "seen either way; a specialist can examine it.")


def currencies(ident: Identification) -> str:
    names = dict.fromkeys(_CURRENCY_NAMES.get(i.currency, i.currency)
                          for i in ident.interpretations)
    return " / ".join(names)


def _a(word: str) -> str:
    return ("An " if word[:1] in "AEIOU" else "A ") + word


def explain(ident: Identification) -> tuple[str, str]:
    """(what it is, what to do next)."""
    names = currencies(ident)
    if ident.kind == "address":
        text = (f"{_a(names)} address: where funds can be sent. It is public and cannot be used "
                "to spend anything.")
        if ident.checksum == "absent":
            text += (" It is written all in one case, so it carries no checksum and a typing "
                     "error would not show: check it against the source again.")
        return text, ADDRESS_STEP
    if ident.kind == "seed-phrase":
        return (f"{_a(names)} recovery seed phrase: a master key that can restore the wallet and "
                "spend all its funds on any device.", SECRET_STEP)
    if ident.kind == "private-key":
        encrypted = "encrypted " if "bip38" in ident.interpretations[0].type else ""
        return (f"{_a(names)} {encrypted}private key: it controls the funds of its address"
                + (" (with its passphrase)." if encrypted else "."), SECRET_STEP)
    if ident.kind == "extended-key" and ident.sensitive:
        return (f"{_a(names)} extended private key: it controls every address of a wallet.",
                SECRET_STEP)
    if ident.kind == "extended-key":
        return (f"{_a(names)} extended public key: it reveals every address, the balance and "
                "the history of a whole wallet, but cannot spend. Sensitive intelligence.",
                ADDRESS_STEP.replace("An address is public: writing it down is safe.",
                                     "Keep it within the case file."))
    return (f"{_a(names)} public key: it identifies an account or node and cannot spend.",
            ADDRESS_STEP)


def explain_invalid(reason: str) -> tuple[str, str]:
    return f"Not recognised as a valid crypto-currency address, key or seed: {reason}.", \
        INVALID_STEP
