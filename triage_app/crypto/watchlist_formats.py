"""The file formats of watch lists: OFAC SDN XML, OFAC advanced XML, OFAC and agency CSV,
agency JSON and plain text (see :mod:`triage_app.crypto.watchlists`).

Apart from the store, so that checking an address loads no parser.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import TYPE_CHECKING

from triage_app.core.json_input import read_json
from triage_app.crypto.watchlists import WatchEntry
from triage_app.errors import InputError

if TYPE_CHECKING:  # parsed only when an XML list is read
    import xml.etree.ElementTree as ET

MAX_FILE_BYTES = 512 * 1024 * 1024
_OFAC_REMARK = re.compile(r"Digital Currency Address - ([A-Za-z0-9]+)[\s:]+([A-Za-z0-9:]{20,130})")


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


def valid_date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"date {text!r} is not YYYY-MM-DD") from None
