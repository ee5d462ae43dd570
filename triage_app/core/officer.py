"""Officer profiles and competency endorsements.

A profile is a small JSON file under ``data_dir()/officers/<id>.json`` (the officer's signing
key sits beside it: :mod:`triage_app.custody.keys`). When no officer is chosen the built-in
``unassigned`` profile is used, and every custody entry says so.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from triage_app import config
from triage_app.core.json_input import read_json
from triage_app.core.small_files import write_small_file
from triage_app.errors import InputError

OFFICER_ENV = "TRIAGE_OFFICER"
PASSPHRASE_ENV = "TRIAGE_KEY_PASSPHRASE"
UNASSIGNED_ID = "unassigned"

# Design section 1. TRAINEE..L3 form a cumulative ladder; the last three are roles beside it.
LEVELS = ("TRAINEE", "L1", "L2", "L3", "SUPERVISOR", "RECEIVER", "TRAINER")
LADDER = ("TRAINEE", "L1", "L2", "L3")

_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

PassphraseSource = Callable[[], "str | None"]


@dataclass(frozen=True, slots=True)
class Endorsement:
    """A competency such as ``L2-removable-media``, valid through the end of ``expires`` (UTC)."""

    code: str
    expires: date | None = None

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise InputError(f"unknown competency level in {self.code!r}: "
                             f"expected one of {', '.join(LEVELS)}, optionally with -scope")

    @property
    def level(self) -> str:
        return self.code.split("-", 1)[0]

    @property
    def scope(self) -> str | None:
        parts = self.code.split("-", 1)
        return parts[1] if len(parts) == 2 else None

    def valid_at(self, at: datetime) -> bool:
        return self.expires is None or _utc_date(at) <= self.expires

    @classmethod
    def parse(cls, text: str) -> Endorsement:
        """``L2-removable-media:2027-06-30`` or ``L1`` (no expiry)."""
        code, _, expiry = text.strip().partition(":")
        if not code:
            raise InputError(f"empty endorsement in {text!r}")
        try:
            expires = date.fromisoformat(expiry) if expiry else None
        except ValueError:
            raise InputError(f"bad expiry date in endorsement {text!r}: use YYYY-MM-DD") from None
        return cls(code, expires)

    def __str__(self) -> str:
        return f"{self.code}:{self.expires.isoformat()}" if self.expires else self.code

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "expires": self.expires.isoformat() if self.expires else None}


@dataclass(frozen=True, slots=True)
class Officer:
    id: str
    name: str
    agency: str = ""
    endorsements: tuple[Endorsement, ...] = field(default_factory=tuple)

    @property
    def is_unassigned(self) -> bool:
        return self.id == UNASSIGNED_ID

    def valid_endorsements(self, at: datetime | None = None) -> tuple[Endorsement, ...]:
        at = at or datetime.now(UTC)
        return tuple(e for e in self.endorsements if e.valid_at(at))

    def holds(self, code: str, at: datetime | None = None) -> bool:
        """True when an unexpired endorsement with exactly this code is held."""
        return any(e.code == code for e in self.valid_endorsements(at))

    def holds_level(self, level: str, at: datetime | None = None) -> bool:
        """True when a valid endorsement is of exactly ``level`` (no ladder below it)."""
        return any(e.level == level for e in self.valid_endorsements(at))

    def has_level(self, level: str, at: datetime | None = None) -> bool:
        """True when a valid endorsement gives ``level``; ladder levels include the ones below."""
        valid = {e.level for e in self.valid_endorsements(at)}
        if level in LADDER:
            rank = LADDER.index(level)
            return any(v in LADDER and LADDER.index(v) >= rank for v in valid)
        return level in valid

    def highest_level(self, at: datetime | None = None) -> str | None:
        """The highest valid ladder level (TRAINEE < L1 < L2 < L3); roles are not ranked."""
        ranks = [LADDER.index(e.level) for e in self.valid_endorsements(at) if e.level in LADDER]
        return LADDER[max(ranks)] if ranks else None

    def best_endorsement(self, at: datetime | None = None) -> Endorsement | None:
        """The valid endorsement of the highest ladder level (a default for custody entries)."""
        ladder = [e for e in self.valid_endorsements(at) if e.level in LADDER]
        return max(ladder, key=lambda e: LADDER.index(e.level), default=None)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "agency": self.agency,
                "endorsements": [e.to_dict() for e in self.endorsements]}

    @classmethod
    def from_dict(cls, data: Any) -> Officer:
        """The profile ``data`` holds; ValueError says what is wrong with it."""
        if not isinstance(data, dict):
            raise ValueError("it is not a profile (a JSON object)")
        texts = {"id": data.get("id"), "name": data.get("name"), "agency": data.get("agency", "")}
        if not all(isinstance(v, str) for v in texts.values()):
            raise ValueError("it needs an id and a name, and they and the agency must be text")
        listed = data.get("endorsements", [])
        if not isinstance(listed, list) or not all(
                isinstance(e, dict) and isinstance(e.get("code"), str)
                and isinstance(e.get("expires") or "", str) for e in listed):
            raise ValueError("its endorsements must be a list of {code, expires}")
        endorsements = tuple(
            Endorsement(e["code"], date.fromisoformat(e["expires"]) if e.get("expires") else None)
            for e in listed)
        return cls(id=texts["id"], name=texts["name"], agency=texts["agency"],
                   endorsements=endorsements)


UNASSIGNED = Officer(id=UNASSIGNED_ID, name="Unassigned (no officer signed in)")


def _utc_date(at: datetime) -> date:
    if at.tzinfo is None:
        raise ValueError("an aware datetime is needed to check an endorsement")
    return at.astimezone(UTC).date()


def validate_id(officer_id: str) -> str:
    if not _ID_PATTERN.match(officer_id):
        raise InputError(f"bad officer id {officer_id!r}: use letters, digits, '.', '_' or '-' "
                         "(up to 64, starting with a letter or digit)")
    return officer_id


def officers_dir() -> Path:
    path = config.data_dir() / "officers"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _profile_path(officer_id: str) -> Path:
    return officers_dir() / f"{validate_id(officer_id)}.json"


def save_officer(officer: Officer) -> Path:
    if officer.is_unassigned:
        raise InputError(f"'{UNASSIGNED_ID}' is the built-in profile for no officer; "
                         "pick another id")
    path = _profile_path(officer.id)
    if path.exists():
        raise InputError(f"officer {officer.id} already exists ({path})")
    write_small_file(path, json.dumps(officer.to_dict(), indent=2).encode() + b"\n")
    return path


def load_officer(officer_id: str | None = None) -> Officer:
    """The officer to act as: ``officer_id``, else env ``TRIAGE_OFFICER``, else ``unassigned``."""
    officer_id = officer_id or os.environ.get(OFFICER_ENV) or UNASSIGNED_ID
    if officer_id == UNASSIGNED_ID:
        return UNASSIGNED
    path = _profile_path(officer_id)
    if not path.is_file():
        raise InputError(f"no officer profile {officer_id!r} on this machine: create the "
                         "profile first")
    try:
        officer = Officer.from_dict(read_json(path.read_bytes(), path.name))
    except OSError as exc:
        raise InputError(f"cannot read officer profile {path}: {exc.strerror or exc}") from None
    except (InputError, ValueError) as exc:
        raise InputError(f"officer profile {path} is damaged: {exc}") from None
    if officer.id != officer_id:
        raise InputError(f"officer profile {path} holds the id {officer.id[:64]!r}, not "
                         f"{officer_id!r}: a profile may not act as another officer; restore "
                         "the right file or recreate the profile")
    return officer


def list_officers() -> list[Officer]:
    return [load_officer(p.stem) for p in sorted(officers_dir().glob("*.json"))]
