"""``metadata/files.dfxml``: DFXML 2.0 listing of the payload and of every file the scans saw,
with original timestamps and MD5, SHA-1 and SHA-256. Written one fileobject at a time, so memory
stays flat whatever the case size."""

from __future__ import annotations

import json
import platform
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TextIO
from xml.sax.saxutils import escape

from triage_app import TOOL_NAME, __version__
from triage_app.package.payload import PayloadFile

NS = "http://www.forensicswiki.org/wiki/Category:Digital_Forensics_XML"
FT_NS = "https://field-triage.invalid/ns/dfxml-extension/1"
DC_NS = "http://purl.org/dc/elements/1.1/"
_TIME_ELEMENTS = ("mtime", "ctime", "atime", "crtime")  # the schema's order
ET.register_namespace("ft", FT_NS)


def _iso(epoch: int) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")


def _fileobject(filename: str, size: int | None, deleted: bool, times: dict[str, int],
                hashes: dict[str, str], extra: dict[str, str]) -> str:
    obj = ET.Element("fileobject")
    ET.SubElement(obj, "filename").text = filename
    if size is not None:
        ET.SubElement(obj, "filesize").text = str(size)
    ET.SubElement(obj, "alloc").text = "0" if deleted else "1"
    for name in _TIME_ELEMENTS:
        if times.get(name):
            ET.SubElement(obj, name, prec="1").text = _iso(times[name])
    for algorithm in ("md5", "sha1", "sha256"):
        if hashes.get(algorithm):
            ET.SubElement(obj, "hashdigest", type=algorithm).text = hashes[algorithm]
    for key, value in extra.items():
        ET.SubElement(obj, f"{{{FT_NS}}}{key}").text = value
    return ET.tostring(obj, encoding="unicode")


def write_dfxml(out: TextIO, case_ref: str, payload: list[PayloadFile],
                scanned: Iterable[sqlite3.Row], command_line: str) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    out.write("<?xml version='1.0' encoding='UTF-8'?>\n")
    out.write(f"<dfxml xmlns='{NS}' xmlns:dc='{DC_NS}' xmlns:ft='{FT_NS}' version='2.0.0'>\n")
    out.write("  <metadata>\n")
    out.write("    <dc:type>Triage package file listing</dc:type>\n")
    out.write(f"    <dc:title>{escape(case_ref)}</dc:title>\n")
    out.write("  </metadata>\n  <creator>\n")
    out.write(f"    <program>{TOOL_NAME}</program>\n    <version>{__version__}</version>\n")
    out.write("    <execution_environment>\n")
    out.write(f"      <os_sysname>{escape(platform.system())}</os_sysname>\n")
    out.write(f"      <command_line>{escape(command_line)}</command_line>\n")
    out.write(f"      <start_time>{now}</start_time>\n")
    out.write("    </execution_environment>\n  </creator>\n")
    for f in payload:
        extra = {"stored_path": f.bag_path, "kind": f.kind}
        if f.exhibit:
            extra["exhibit"] = f.exhibit
        hashes = {**f.recorded, **{k: v for k, v in f.digests.items() if k != "sha512"}}
        name = f.original_path if f.kind == "logical" else f.bag_path
        out.write("  " + _fileobject(name or f.bag_path, f.size, f.deleted, f.times, hashes, extra)
                  + "\n")
    for row in scanned:
        extra = {"source": row["source"], "scan": str(row["scan_id"]), "kind": "scanned"}
        if row["error"]:
            extra["read_error"] = row["error"]
        out.write("  " + _fileobject(row["path"], row["size"], bool(row["deleted"]),
                                     json.loads(row["times"] or "{}"),
                                     {k: row[k] for k in ("md5", "sha1", "sha256") if row[k]},
                                     extra) + "\n")
    out.write("</dfxml>\n")
