"""Which competency an action needs, and whether an officer holds it: pure functions.

Design section 1: an action above the officer's level is not hidden; it is shown locked with
"request a specialist". The operations layer asks :func:`judge` before every action and records
a refusal; the faces only show the verdict. (The workflow issue moves this table into
``resources/workflow`` as data an agency can adapt.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from triage_app.core.officer import Officer

# Every action an operation asks about, with the minimum level it needs (None: any officer).
LEVEL_FOR: dict[str, str | None] = {
    "scan": None,
    "hash-into-case": None,
    "collect": "L2",  # targeted logical collection
    "image": "L2",  # raw/E01 imaging
    "scene-photos": None,
    "check-address": None,
    "decide-finding": None,
    "reveal-secret": "L3",
    "view-notable": "L3",  # render a photo that matched a notable hash set
    "export-positions": None,
    "export-package": None,
    "import-package": None,
}

# How each action is named to the officer in a refusal.
ACTION_WORDS = {
    "scan": "scanning evidence",
    "hash-into-case": "hashing evidence into a case",
    "collect": "collecting files",
    "image": "making a disk image",
    "scene-photos": "adding scene photos",
    "check-address": "checking an address",
    "decide-finding": "confirming or dismissing a finding",
    "reveal-secret": "revealing a secret",
    "view-notable": "viewing a notable photo",
    "export-positions": "exporting photo positions",
    "export-package": "exporting the triage package",
    "import-package": "importing a triage package",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    """The answer for one officer and one action."""

    action: str
    needs: str | None  # None: any officer may
    holds: str | None  # the officer's highest valid ladder level
    allowed: bool
    officer_id: str

    @property
    def refusal(self) -> str:
        """One line: what is missing and what to do."""
        return (f"{ACTION_WORDS.get(self.action, self.action)} needs a valid {self.needs} "
                f"endorsement; officer {self.officer_id} holds {self.holds or 'no level'}: "
                "request a specialist")


def required_level(action: str) -> str | None:
    """The minimum level of ``action``; an unknown action is a defect (KeyError)."""
    return LEVEL_FOR[action]


def judge(officer: Officer, action: str, at: datetime | None = None) -> Verdict:
    needs = LEVEL_FOR[action]
    return Verdict(action=action, needs=needs, holds=officer.highest_level(at),
                   allowed=needs is None or officer.has_level(needs, at),
                   officer_id=officer.id)


def may(officer: Officer, action: str) -> bool:
    return judge(officer, action).allowed
