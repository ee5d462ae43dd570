"""Offline sanctions and watch lists of crypto-currency addresses that the agency imports.

Formats read: OFAC SDN XML (``sdn.xml``), OFAC advanced XML (``sdn_advanced.xml``), OFAC CSV
(``sdn.csv`` / ``add.csv`` remarks such as "Digital Currency Address - ETH 0x…"), agency CSV
with an ``address`` column, agency JSON, and plain text (one address a line). Imported lists
are stored as JSON under ``data_dir()/watchlists``; the parsers are in
:mod:`triage_app.crypto.watchlist_formats`.

Matching ignores the ticker (OFAC's "XBT" address may be checked as BCH) and ignores case only
for case-insensitive encodings (Bech32, CashAddr, hex EVM); Base58 matches exactly. A miss is
never "clean": it is "no match in the lists loaded", with their dates.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from triage_app import config
from triage_app.core.json_input import read_json
from triage_app.crypto.cashaddr import NETWORKS as CASHADDR_PREFIXES
from triage_app.crypto.chains import SEGWIT_HRPS
from triage_app.crypto.identify import check
from triage_app.errors import InputError, StorageError

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}")
FORMATS = ("auto", "sdn-xml", "sdn-advanced-xml", "csv", "json", "text")


@dataclass(slots=True, frozen=True)
class WatchEntry:
    address: str
    currency: str | None = None  # ticker as the list gives it (OFAC: XBT, ETH, USDT ...)
    note: str = ""  # listed party or reason


@dataclass(slots=True)
class Watchlist:
    name: str
    date: str  # the list's publication date (YYYY-MM-DD), or its import date if unknown
    date_source: str  # "given" | "file" | "import"
    format: str
    source: str
    source_sha256: str
    imported_at: str
    entries: list[WatchEntry] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Watchlist:
        entries = [WatchEntry(**e) for e in data.pop("entries")]
        return cls(**data, entries=entries)


@dataclass(slots=True, frozen=True)
class WatchHit:
    list_name: str
    list_date: str
    listed_as: str
    currency: str | None
    note: str

    def to_dict(self) -> dict:
        return asdict(self)


def match_key(address: str) -> str:
    """The form two spellings of one address share."""
    text = address.strip()
    lower = text.lower()
    if lower.startswith("0x") and len(text) == 42:
        return lower
    prefix, sep, rest = lower.partition(":")
    if sep and prefix in CASHADDR_PREFIXES:
        return rest
    if "1" in lower and lower[:lower.rfind("1")] in SEGWIT_HRPS:
        return lower
    if len(text) == 42 and lower[0] in "qp" and text in (lower, text.upper()):
        return lower  # CashAddr written without its prefix
    return text


# --- the store --------------------------------------------------------------------------------

def store_dir() -> Path:
    path = config.data_dir() / "watchlists"
    path.mkdir(parents=True, exist_ok=True)
    return path


def import_list(path: Path, name: str, date: str | None = None,
                fmt: str = "auto") -> tuple[Watchlist, list[str]]:
    """Parse and store a list; returns it and the entries that are not valid addresses."""
    if not _NAME.fullmatch(name):
        raise InputError("a list name is 1-64 letters, digits, spaces, dots, dashes or "
                         "underscores, starting with a letter or digit")
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    # The parsers (CSV, XML, dates) load only here: checking an address needs none of them.
    import datetime as dt

    from triage_app.crypto.watchlist_formats import parse, valid_date

    entries, file_date, fmt = parse(Path(path), fmt)
    if not entries:
        raise InputError(f"no crypto-currency addresses found in {Path(path).name} ({fmt})")
    entries = list(dict.fromkeys(entries))
    now = dt.datetime.now(dt.UTC)
    if date:
        date, source = valid_date(date), "given"
    elif file_date:
        date, source = file_date, "file"
    else:
        date, source = now.date().isoformat(), "import"
    watchlist = Watchlist(name=name, date=date, date_source=source, format=fmt,
                          source=Path(path).name,
                          source_sha256=hashlib.sha256(Path(path).read_bytes()).hexdigest(),
                          imported_at=now.isoformat(timespec="seconds"), entries=entries)
    target = store_dir() / f"{_slug(name)}.json"
    try:
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(watchlist.to_dict(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(target)
    except OSError as exc:
        raise StorageError(f"cannot store the watch list: {exc.strerror or exc}") from None
    unrecognised = [e.address for e in entries if not check(e.address).valid]
    return watchlist, unrecognised


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "list"


def load_all() -> list[Watchlist]:
    lists = []
    for path in sorted(store_dir().glob("*.json")):
        try:
            lists.append(Watchlist.from_dict(read_json(path.read_bytes(), path.name)))
        except (OSError, InputError, ValueError, TypeError, KeyError, AttributeError) as exc:
            raise StorageError(f"the stored watch list {path.name} is damaged: {exc}") from None
    return lists


class WatchIndex:
    """Every loaded list, indexed for matching many addresses."""

    def __init__(self, lists: list[Watchlist]) -> None:
        self.lists = lists
        self._index: dict[str, list[WatchHit]] = {}
        for wl in lists:
            for entry in wl.entries:
                self._index.setdefault(match_key(entry.address), []).append(
                    WatchHit(wl.name, wl.date, entry.address, entry.currency, entry.note))

    def match(self, address: str) -> list[WatchHit]:
        return list(self._index.get(match_key(address), ()))

    def describe(self, hits: list[WatchHit]) -> str:
        if hits:
            return "; ".join(f"LISTED in {h.list_name} (list dated {h.list_date})"
                             + (f" as {h.currency}" if h.currency else "")
                             + (f": {h.note}" if h.note else "") for h in hits)
        if not self.lists:
            return "no watch list is loaded, so none was checked"
        dates = ", ".join(f"{wl.name} {wl.date}" for wl in self.lists)
        return (f"no match in the {len(self.lists)} list{'s' if len(self.lists) > 1 else ''} "
                f"loaded ({dates}); the lists say nothing about addresses they do not hold")
