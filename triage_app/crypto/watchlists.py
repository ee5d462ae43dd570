"""Offline sanctions and watch lists of crypto-currency addresses that the agency imports.

Formats read: OFAC SDN XML (``sdn.xml``), OFAC advanced XML (``sdn_advanced.xml``), OFAC CSV
(``sdn.csv`` / ``add.csv`` remarks such as "Digital Currency Address - ETH 0x…"), agency CSV
with an ``address`` column, agency JSON, and plain text (one address a line). Imported lists
are stored as JSON under ``data_dir()/watchlists``.

Matching ignores the ticker (OFAC's "XBT" address may be checked as BCH) and ignores case only
for case-insensitive encodings (Bech32, CashAddr, hex EVM); Base58 matches exactly. A miss is
never "clean": it is "no match in the lists loaded", with their dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from triage_app import config
from triage_app.core.json_input import read_json
from triage_app.crypto.cashaddr import NETWORKS as CASHADDR_PREFIXES
from triage_app.crypto.chains import SEGWIT_HRPS
from triage_app.crypto.identify import check
from triage_app.errors import InputError, StorageError

if TYPE_CHECKING:  # parsed only when a list is imported; checking an address needs no XML
    import xml.etree.ElementTree as ET

MAX_FILE_BYTES = 512 * 1024 * 1024
_OFAC_REMARK = re.compile(r"Digital Currency Address - ([A-Za-z0-9]+)[\s:]+([A-Za-z0-9:]{20,130})")
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


# --- parsing ----------------------------------------------------------------------------------

def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse_sdn_xml(root: ET.Element) -> tuple[list[WatchEntry], str | None]:
    entries, date = [], None
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "Publish_Date" and el.text:
            date = _us_date(el.text.strip())
        elif tag == "sdnEntry":
            parts = {_local(c.tag): (c.text or "").strip() for c in el}
            name = " ".join(p for p in (parts.get("firstName"), parts.get("lastName")) if p)
            for id_el in el.iter():
                if _local(id_el.tag) != "id":
                    continue
                fields = {_local(c.tag): (c.text or "").strip() for c in id_el}
                kind = fields.get("idType", "")
                if kind.startswith("Digital Currency Address") and fields.get("idNumber"):
                    entries.append(WatchEntry(fields["idNumber"], kind.rsplit("-", 1)[-1].strip(),
                                              name))
    return entries, date


def _parse_sdn_advanced_xml(root: ET.Element) -> tuple[list[WatchEntry], str | None]:
    feature_types = {el.get("ID"): (el.text or "").strip() for el in root.iter()
                     if _local(el.tag) == "FeatureType"}
    entries, date = [], None
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "DateOfIssue" and date is None:
            parts = {_local(c.tag): (c.text or "").strip() for c in el}
            if {"Year", "Month", "Day"} <= parts.keys():
                date = _date_of_issue(parts["Year"], parts["Month"], parts["Day"])
        elif tag == "Feature":
            kind = feature_types.get(el.get("FeatureTypeID"), "")
            if not kind.startswith("Digital Currency Address"):
                continue
            for detail in el.iter():
                address = (detail.text or "").strip()
                if _local(detail.tag) == "VersionDetail" and address:
                    entries.append(WatchEntry(address,
                                              kind.rsplit("-", 1)[-1].strip()))
    return entries, date


def _date_of_issue(year: str, month: str, day: str) -> str:
    try:
        if len(year) > 4 or len(month) > 2 or len(day) > 2:
            raise ValueError
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        raise ValueError(f"its date of issue ({year[:20]}-{month[:20]}-{day[:20]}) is not a "
                         "date") from None


def _parse_csv(text: str) -> list[WatchEntry]:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        return []
    header = [h.strip().lower() for h in rows[0]]
    if "address" in header:
        col = header.index("address")
        cur = next((header.index(h) for h in ("currency", "ticker", "asset", "coin")
                    if h in header), None)
        note = next((header.index(h) for h in ("note", "label", "name", "description", "reason")
                     if h in header), None)
        return [WatchEntry(row[col].strip(),
                           row[cur].strip() or None if cur is not None and cur < len(row)
                           else None,
                           row[note].strip() if note is not None and note < len(row) else "")
                for row in rows[1:] if col < len(row) and row[col].strip()]
    entries = []  # OFAC sdn.csv / add.csv: addresses sit in free-text remarks
    for row in rows:
        name = row[1].strip() if len(row) > 1 else ""
        for cell in row:
            for ticker, address in _OFAC_REMARK.findall(cell):
                entries.append(WatchEntry(address.rstrip(".;,"), ticker, name))
    return entries


def _parse_json(data) -> tuple[list[WatchEntry], str | None]:
    date = None
    if isinstance(data, dict):
        date = data.get("date")
        data = data.get("addresses", data.get("entries", []))
    if not isinstance(data, list):
        raise InputError("a JSON watch list is a list of addresses or of {address, ...} objects")
    entries = []
    for item in data:
        if isinstance(item, str):
            entries.append(WatchEntry(item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("address"), str):
            currency = item.get("currency") or item.get("ticker")
            entries.append(WatchEntry(item["address"].strip(),
                                      None if currency is None else str(currency)[:20],
                                      str(item.get("note") or item.get("label") or "")))
        else:
            raise InputError(f"unreadable JSON watch-list item: {str(item)[:60]}")
    if date is not None:
        try:
            date = dt.date.fromisoformat(str(date)).isoformat()
        except ValueError:
            raise ValueError(f"its date ({str(date)[:40]}) is not YYYY-MM-DD") from None
    return entries, date


def _us_date(text: str) -> str | None:
    try:
        return dt.datetime.strptime(text, "%m/%d/%Y").date().isoformat()
    except ValueError:
        return None


def _sniff(path: Path, raw: bytes) -> str:
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \r\n\t")
    if head.startswith(b"<"):
        return "sdn-advanced-xml" if b"Sanctions" in raw[:4096] else "sdn-xml"
    if head[:1] in (b"[", b"{"):
        return "json"
    if path.suffix.lower() == ".csv" or b"," in head.split(b"\n", 1)[0]:
        return "csv"
    return "text"


def parse(path: Path, fmt: str = "auto") -> tuple[list[WatchEntry], str | None, str]:
    """(entries, publication date if the file says, format) of one list file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"{path} is larger than {MAX_FILE_BYTES >> 20} MiB")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    fmt = _sniff(path, raw) if fmt == "auto" else fmt
    try:
        if fmt in ("sdn-xml", "sdn-advanced-xml"):
            import xml.etree.ElementTree as ET

            root = ET.fromstring(raw)
            if _local(root.tag) == "Sanctions":
                return (*_parse_sdn_advanced_xml(root), "sdn-advanced-xml")
            return (*_parse_sdn_xml(root), "sdn-xml")
        text = raw.decode("utf-8-sig")
        if fmt == "json":
            return (*_parse_json(read_json(text, path.name)), fmt)
        if fmt == "csv":
            return _parse_csv(text), None, fmt
        lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
        return [WatchEntry(line) for line in lines if line], None, "text"
    except (SyntaxError, ValueError, LookupError, csv.Error) as exc:  # SyntaxError:
        # ElementTree's ParseError; LookupError: an XML declaration naming an unknown
        # encoding; UnicodeDecodeError is a ValueError
        raise InputError(f"{path.name} is not a readable {fmt} watch list: {exc}") from None


# --- the store --------------------------------------------------------------------------------

def store_dir() -> Path:
    path = config.data_dir() / "watchlists"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _valid_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"date {text!r} is not YYYY-MM-DD") from None


def import_list(path: Path, name: str, date: str | None = None,
                fmt: str = "auto") -> tuple[Watchlist, list[str]]:
    """Parse and store a list; returns it and the entries that are not valid addresses."""
    if not _NAME.fullmatch(name):
        raise InputError("a list name is 1-64 letters, digits, spaces, dots, dashes or "
                         "underscores, starting with a letter or digit")
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    entries, file_date, fmt = parse(Path(path), fmt)
    if not entries:
        raise InputError(f"no crypto-currency addresses found in {Path(path).name} ({fmt})")
    entries = list(dict.fromkeys(entries))
    now = dt.datetime.now(dt.UTC)
    if date:
        date, source = _valid_date(date), "given"
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
