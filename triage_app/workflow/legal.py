"""The legal authority for a search (warrant, consent, statute) and whether it holds now.

Pure functions: the operations layer records an authority in the case's custody ledger and
asks :meth:`LegalAuthority.refusal` before every action that reads suspect evidence into the
case. Times without an offset are the machine's local time (what is written on a warrant);
a date alone is valid from the start and until the end of that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from triage_app.errors import InputError

AUTHORITY_TYPES = ("warrant", "consent", "statutory", "other")


def parse_when(text: str, *, end_of_day: bool = False) -> datetime:
    """``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` (optionally with an offset) as an aware time."""
    text = text.strip()
    try:
        if "T" not in text:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.max if end_of_day else time.min)
        else:
            moment = datetime.fromisoformat(text)
    except ValueError:
        raise InputError(f"bad date {text!r}: use YYYY-MM-DD or YYYY-MM-DDTHH:MM") from None
    return moment if moment.tzinfo else moment.astimezone()


@dataclass(frozen=True, slots=True)
class LegalAuthority:
    type: str  # warrant | consent | statutory | other
    ref: str  # the warrant number or other reference
    issuer: str  # the court, magistrate, person consenting or statute
    valid_until: datetime
    scope: str
    valid_from: datetime | None = None

    def __post_init__(self) -> None:
        if self.type not in AUTHORITY_TYPES:
            raise InputError(f"unknown authority type {self.type!r}: use one of "
                             f"{', '.join(AUTHORITY_TYPES)}")
        for name in ("ref", "issuer", "scope"):
            if not getattr(self, name).strip():
                raise InputError(f"the authority's {name} is empty")
        if self.valid_from is not None and self.valid_until <= self.valid_from:
            raise InputError(f"the authority ends ({self.valid_until.isoformat()}) before it "
                             f"starts ({self.valid_from.isoformat()})")

    def refusal(self, now: datetime) -> str | None:
        """Why the authority does not cover ``now`` (None: it does)."""
        if self.valid_from is not None and now < self.valid_from:
            return (f"the {self.type} {self.ref} is valid only from "
                    f"{self.valid_from.isoformat(timespec='minutes')}")
        if now > self.valid_until:
            return (f"the {self.type} {self.ref} expired at "
                    f"{self.valid_until.isoformat(timespec='minutes')}")
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "ref": self.ref, "issuer": self.issuer, "scope": self.scope,
                "valid_from": self.valid_from.isoformat() if self.valid_from else None,
                "valid_until": self.valid_until.isoformat()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LegalAuthority:
        return cls(type=data["type"], ref=data["ref"], issuer=data["issuer"],
                   scope=data["scope"], valid_until=datetime.fromisoformat(data["valid_until"]),
                   valid_from=(datetime.fromisoformat(data["valid_from"])
                               if data.get("valid_from") else None))

    def amended(self, **changes: Any) -> LegalAuthority:
        """A copy with the given fields changed (an amendment is recorded as a new entry)."""
        data = {name: getattr(self, name) for name in
                ("type", "ref", "issuer", "valid_until", "scope", "valid_from")}
        data.update({k: v for k, v in changes.items() if v is not None})
        return LegalAuthority(**data)

