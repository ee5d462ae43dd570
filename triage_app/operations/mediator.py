"""Questions an operation asks the person in front of the app, answered by the face.

An operation never calls ``getpass``, ``input`` or a dialog itself: it asks its
:class:`Mediator`, which the CLI implements on the terminal (``cli/mediator.py``) and the GUI
with dialogs (``gui/mediator.py``). Model: dfVFS ``helpers/volume_scanner.py``. Work with
nobody to ask (tests, scripts) uses :class:`Unattended`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Protocol

from triage_app.core.officer import PASSPHRASE_ENV, Officer, PassphraseSource


class Mediator(Protocol):
    def passphrase(self, officer: Officer) -> str | None:
        """The passphrase of ``officer``'s signing key, or None when there is none to give."""

    def confirm(self, question: str) -> bool:
        """Yes or no to ``question`` (a refusal is the safe answer)."""

    def choose(self, question: str, options: Sequence[str]) -> str | None:
        """One of ``options``, or None when the person declines."""


class Unattended:
    """Nobody to ask: the passphrase comes from the environment; confirmations are refused."""

    def passphrase(self, officer: Officer) -> str | None:
        return os.environ.get(PASSPHRASE_ENV) or None

    def confirm(self, question: str) -> bool:
        return False

    def choose(self, question: str, options: Sequence[str]) -> str | None:
        return None


UNATTENDED = Unattended()


def passphrase_source(mediator: Mediator, officer: Officer) -> PassphraseSource:
    """The ledger asks for the key's passphrase only when the key is protected."""
    return lambda: mediator.passphrase(officer)
