"""File type by content (libmagic) and extension-mismatch detection.

A mismatch is flagged two ways: content of a distinctive type (a JPEG, a ZIP, an executable)
under a name that does not say so (``holiday.dat``), and a name that promises a distinctive
type (``.jpg``) over content that is something else. Plain text or unidentified data under an
unknown extension is not flagged: that would bury the officer in noise.
"""

from __future__ import annotations

import re
import threading

import magic

from triage_app.analyzers.base import Analyzer, FileAnalysis, FileContext, register
from triage_app.core.records import Entry, Finding

_ZIP_BASED = {"zip", "docx", "docm", "dotx", "xlsx", "xlsm", "pptx", "ppsx", "odt", "ods", "odp",
              "jar", "apk", "aab", "epub", "kmz", "xpi", "ipa", "cbz", "whl", "nupkg", "vsix", "aar",
              "3mf", "xps", "oxps", "crx"}
_OLE_EXTS = {"doc", "dot", "xls", "xlt", "ppt", "pps", "pot", "msg", "msi", "vsd", "pub"}
_RAW_PHOTO = {"dng", "cr2", "nef", "nrw", "arw", "srf", "sr2", "orf", "rw2", "pef", "srw", "3fr",
              "erf", "kdc", "dcr", "mef", "mos", "iiq", "raf", "x3f"}
_EXE_EXTS = {"exe", "dll", "sys", "ocx", "cpl", "scr", "drv", "efi", "com", "mui", "ax", "acm",
             "tlb", "winmd", "pyd", "node"}

# Content types distinctive enough to be flagged under a foreign name, with the extensions that
# legitimately carry them.
DISTINCTIVE: dict[str, set[str]] = {
    "image/jpeg": {"jpg", "jpeg", "jpe", "jfif", "jif", "thm"},
    "image/png": {"png", "apng"},
    "image/gif": {"gif"},
    "image/bmp": {"bmp", "dib"},
    "image/x-ms-bmp": {"bmp", "dib"},
    "image/tiff": {"tif", "tiff"} | _RAW_PHOTO,
    "image/webp": {"webp"},
    "image/heic": {"heic", "heif", "hif"},
    "image/heif": {"heic", "heif", "hif"},
    "image/avif": {"avif"},
    "image/x-canon-cr2": {"cr2"},
    "image/x-canon-cr3": {"cr3"},
    "video/mp4": {"mp4", "m4v", "m4a", "m4b", "f4v", "mp4v"},
    "video/quicktime": {"mov", "qt", "mp4", "m4v"},
    "video/x-msvideo": {"avi"},
    "video/x-matroska": {"mkv", "mka", "mk3d"},
    "video/webm": {"webm"},
    "video/3gpp": {"3gp", "3gpp", "mp4"},
    "video/mpeg": {"mpg", "mpeg", "mpe", "vob", "m2v"},
    "audio/mpeg": {"mp3", "mpga"},
    "audio/x-wav": {"wav"},
    "application/pdf": {"pdf", "ai"},
    "application/zip": _ZIP_BASED,
    "application/gzip": {"gz", "tgz", "gzip", "emz", "svgz"},
    "application/x-7z-compressed": {"7z"},
    "application/x-rar": {"rar"},
    "application/vnd.rar": {"rar"},
    "application/x-bzip2": {"bz2", "tbz2", "tbz"},
    "application/x-xz": {"xz", "txz"},
    "application/x-tar": {"tar"},
    "application/msword": _OLE_EXTS,
    "application/vnd.ms-excel": _OLE_EXTS,
    "application/vnd.ms-powerpoint": _OLE_EXTS,
    "application/vnd.ms-outlook": {"msg"},
    "application/x-ole-storage": _OLE_EXTS | {"db", "thumbs"},
    "application/CDFV2": _OLE_EXTS,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": _ZIP_BASED,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": _ZIP_BASED,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": _ZIP_BASED,
    "application/vnd.oasis.opendocument.text": _ZIP_BASED,
    "application/vnd.oasis.opendocument.spreadsheet": _ZIP_BASED,
    "application/java-archive": _ZIP_BASED,
    "application/x-dosexec": _EXE_EXTS,
    "application/vnd.microsoft.portable-executable": _EXE_EXTS,
}

# Extensions that promise a distinctive type: content of another type under them is flagged.
PROMISED: dict[str, set[str]] = {}
for _mime, _exts in DISTINCTIVE.items():
    for _ext in _exts:
        PROMISED.setdefault(_ext, set()).add(_mime)
# Word writes RTF under .doc; OLE files are also typed by their inner application.
PROMISED["doc"].add("text/rtf")
for _ext in _OLE_EXTS:
    PROMISED[_ext] |= {"application/x-ole-storage", "application/CDFV2", "application/msword",
                       "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
                       "application/vnd.ms-outlook", "application/vnd.ms-office"}
for _ext in ("db", "thumbs"):
    PROMISED.pop(_ext, None)

_UNSPECIFIC = {"application/octet-stream", "text/plain", "application/x-empty", "inode/x-empty"}


def _extension(name: str) -> str:
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def mismatch(name: str, mime: str, description: str) -> tuple[str, str] | None:
    """(summary, confidence) when name and content disagree, else None."""
    ext = _extension(name)
    description = description.split(",", 1)[0].strip()  # "JPEG image data, JFIF …" → the kind
    if not ext:
        return None
    if mime in DISTINCTIVE and ext not in DISTINCTIVE[mime]:
        return (f"content is {description or mime} ({mime}) but the name ends in .{ext}", "high")
    promised = PROMISED.get(ext)
    if promised and mime not in promised:
        if mime in _UNSPECIFIC or mime.startswith("text/"):
            confidence = "medium" if mime == "application/octet-stream" else "high"
            return (f"the name ends in .{ext} but the content is not of that type "
                    f"(libmagic: {description or mime})", confidence)
        return (f"the name ends in .{ext} but the content is {description or mime} ({mime})", "high")
    return None


def libmagic_version() -> str:
    number = magic.version()  # e.g. 544 for file-5.44
    return f"{number // 100}.{number % 100:02d}"


# What libmagic says of text that none of its content tests recognised (src/ascmagic.c): the
# encoding, "text", and how lines end. For such a description libmagic's MIME type is always
# text/plain, so the second libmagic call (1-4 ms on text) can be skipped; the test suite checks
# this against libmagic's own answer on real files.
_PLAIN_TEXT = re.compile(
    r"(?:ASCII|ISO-8859|Non-ISO extended-ASCII"
    r"|Unicode text, UTF-(?:8|16|32)(?: \(with BOM\))?(?:, (?:little|big)-endian)?) text"
    r"(?:, with (?:very long lines \(\d+\)|no line terminators|escape sequences|overstriking"
    r"|(?:CRLF|CR|LF|NEL)(?:, (?:CRLF|CR|LF|NEL))* line terminators))*")


class _Magic:
    """libmagic handles are not thread-safe; keep one pair per thread."""

    _local = threading.local()

    @classmethod
    def identify(cls, head: bytes) -> tuple[str, str]:
        """(MIME type, description), exactly as libmagic gives them."""
        handles = getattr(cls._local, "handles", None)
        if handles is None:
            handles = cls._local.handles = (magic.Magic(mime=True), magic.Magic())
        mime_handle, text_handle = handles
        description = text_handle.from_buffer(head)
        if _PLAIN_TEXT.fullmatch(description):
            return "text/plain", description
        return mime_handle.from_buffer(head), description


class _FileTypeAnalysis(FileAnalysis):
    def __init__(self, analyzer: FileTypeAnalyzer, entry: Entry) -> None:
        self._analyzer = analyzer
        self._entry = entry

    def finish(self, ctx: FileContext) -> list[Finding]:
        try:
            mime, description = _Magic.identify(ctx.head)
        except magic.MagicException as exc:
            ctx.properties["filetype_error"] = str(exc)
            return []
        ctx.mime, ctx.description = mime, description
        method = (f"libmagic {libmagic_version()} on the first {len(ctx.head)} bytes; "
                  "extension compared with the content type")
        findings = []
        entry = self._entry
        name = entry.stream if entry.stream else entry.name
        verdict = mismatch(name, mime, description)
        if verdict:
            summary, confidence = verdict
            findings.append(self._analyzer.finding(
                "filetype.extension-mismatch", summary[0].upper() + summary[1:], method,
                confidence=confidence, detail={"extension": _extension(name), "mime": mime,
                                               "description": description}))
        if entry.stream and mime not in _UNSPECIFIC and not mime.startswith("text/"):
            findings.append(self._analyzer.finding(
                "filetype.hidden-stream",
                f"An NTFS alternate data stream ({entry.stream}) holds "
                f"{description.split(',', 1)[0] or mime}",
                method, detail={"stream": entry.stream, "mime": mime}))
        return findings


@register
class FileTypeAnalyzer(Analyzer):
    name = "filetype"
    version = "1.0"
    description = "Content type by libmagic; extension mismatch and content hidden in NTFS streams"

    def begin(self, entry: Entry) -> FileAnalysis:
        return _FileTypeAnalysis(self, entry)
