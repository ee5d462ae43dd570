"""Which signing keys a verifier believes, and for which officer.

A signature proves only that some key signed; it says who signed when the key is bound to an
officer by a key card (:mod:`triage_app.custody.keycard`) that the verifier trusts. Trusted cards
come from a folder the verifier names (a lab's list of officers' cards) or, by default, from the
lab setting (``<config>/trusted-keys/``) and the officer profiles on this machine. Cards that
travel inside a case or package are never trusted for being there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from triage_app import config
from triage_app.custody.keycard import CARD_SUFFIX, KeyCard, profile_cards_dir, read_card
from triage_app.custody.signing import KEYS_DIR
from triage_app.errors import InputError

MAX_CARDS = 10_000


@dataclass(frozen=True, slots=True)
class TrustedKeys:
    cards: dict[str, KeyCard] = field(default_factory=dict)  # fingerprint -> card
    source: str = ""  # where the cards came from, for messages

    def card(self, fingerprint: str) -> KeyCard | None:
        return self.cards.get(fingerprint)


def _cards(folder: Path) -> dict[str, KeyCard]:
    cards: dict[str, KeyCard] = {}
    if not folder.is_dir():
        return cards
    for path in sorted(folder.glob(f"*{CARD_SUFFIX}"))[:MAX_CARDS]:
        card = read_card(path)
        if card is not None:
            cards[card.key] = card
    return cards


def trusted_folder(folder: Path) -> TrustedKeys:
    """The cards in ``folder`` (``*.officer.json``) whose self-signature holds."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"trusted keys folder {folder} does not exist")
    return TrustedKeys(_cards(folder), f"the trusted keys in {folder}")


def default_trust() -> TrustedKeys:
    """The lab setting's folder and this machine's officer profiles."""
    lab = config.trusted_keys_dir()
    cards = {**_cards(profile_cards_dir()), **_cards(lab)}
    return TrustedKeys(cards, "this machine's officer profiles and the lab's trusted keys in "
                              f"{lab}")


def with_travelling_cards(case_dir: Path) -> TrustedKeys:
    """The default trust plus the cards that travel in ``case_dir``: only for an exporter
    checking that the ledger it packages holds together (a case signed on another laptop),
    never for a receiver, who must decide whom to believe."""
    base = default_trust()
    cards = {**_cards(Path(case_dir) / KEYS_DIR), **base.cards}
    return TrustedKeys(cards, f"{base.source}, and the cards in {case_dir}")
