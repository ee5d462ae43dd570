"""The app's own check before it is trusted at a scene: every bundled library does real work.

Each check uses a small sample shipped in resources/selftest (made by the scripts there) and
compares with the values written when the sample was made: libewf and TSK decode and list an
E01, libmagic identifies a JPEG header, a fenced photo worker reads EXIF from a JPEG and a HEIF
picture, zxing-cpp decodes a QR photo and the address in it validates, reportlab renders a PDF,
and ewfacquirestream writes an E01 that decodes back to the same media ("E01 imaging
unavailable" where the tool is missing: the rest of the app works without it). The faces add
their own checks (the GUI opens its main window offscreen).

Not checked yet: the workflow rules and scenario packs (resources/workflow/, scenarios) do not
exist in the app yet; each gets a check here when it lands.
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from triage_app import __version__
from triage_app.config import resource, resources_root
from triage_app.core.jobs import CancelToken
from triage_app.engine.hashing import hash_reader

_JPEG_HEAD = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")


class Unavailable(Exception):
    """An optional capability is missing here; the app works without it (not a failure)."""


@dataclass(slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    unavailable: bool = False  # ok, but the capability is missing on this machine

    def to_dict(self) -> dict:
        return {"name": self.name, "ok": self.ok, "unavailable": self.unavailable,
                "detail": self.detail}


def _check_libmagic() -> str:
    import magic

    from triage_app.analyzers.filetype import libmagic_version

    mime = magic.Magic(mime=True).from_buffer(_JPEG_HEAD)
    if mime != "image/jpeg":
        raise RuntimeError(f"a JPEG header was identified as {mime}")
    return f"libmagic {libmagic_version()}, python-magic"


def _check_image_stack() -> str:
    import pyewf
    import pytsk3

    from triage_app.evidence.source import open_source

    expected = json.loads(resource("selftest", "expected.json").read_text())
    with open_source(resource("selftest", "selftest.E01")) as source:
        media = source.media
        if media is None:
            raise RuntimeError("the self-test E01 did not open as disk media")
        hashes, _ = hash_reader(media.reader())
        stored = media.stored_hashes().get("md5")
        if hashes["md5"] != expected["media_md5"] or stored != expected["media_md5"]:
            raise RuntimeError("the self-test E01 decodes to the wrong media hash")
        entries = {e.path: e for e in source.entries(CancelToken())}
        target = entries.get(expected["file"])
        if target is None or target.opener is None:
            raise RuntimeError(f"TSK did not list {expected['file']} in the self-test image")
        file_hashes, _ = hash_reader(target.opener())
        if file_hashes["sha256"] != expected["file_sha256"]:
            raise RuntimeError(f"{expected['file']} read back with the wrong hash")
    return f"libewf {pyewf.get_version()}, TSK {pytsk3.TSK_VERSION_STR}: E01 decoded, listed and hashed"


def _photo_samples() -> dict:
    return json.loads(resource("selftest", "photos.json").read_text(encoding="utf-8"))


def _check_photos() -> str:
    from triage_app.media.fence import Limits, PhotoParserPool

    expected = _photo_samples()
    read = {}
    with PhotoParserPool(workers=1, limits=Limits(seconds=60)) as pool:
        for name in expected["photos"]:
            read[name] = pool.parse(resource("selftest", name), name)
    jpeg, heif = (read[name] for name in expected["photos"])
    if jpeg.make != expected["make"] or not jpeg.sources.get("make", "").startswith("exifread:"):
        raise RuntimeError(f"exifread did not read the camera from {expected['photos'][0]}: "
                           f"{jpeg.make!r} {jpeg.warnings}")
    if jpeg.datetime_original != expected["datetime_original"]:
        raise RuntimeError(f"the capture time read was {jpeg.datetime_original!r}")
    if heif.format != "HEIF" or heif.model != expected["model"] or not heif.width:
        raise RuntimeError(f"pillow-heif did not decode {expected['photos'][1]}: "
                           f"{heif.format!r} {heif.warnings}")
    import exifread
    import pillow_heif
    from PIL import __version__ as pillow_version

    return (f"EXIF read in a fenced worker from JPEG and HEIF: Pillow {pillow_version}, "
            f"pillow-heif {pillow_heif.__version__}, exifread {exifread.__version__}")


def _check_qr_and_address() -> str:
    from triage_app.crypto import identify, qr

    expected = _photo_samples()
    codes = qr.read_photo(resource("selftest", expected["qr"]), seconds=60)
    if codes.texts != (expected["qr_text"],):
        raise RuntimeError(f"the QR photo decoded to {codes.texts}")
    address = identify.check(codes.texts[0])
    if not address.valid:
        raise RuntimeError(f"the address in the QR photo did not validate: {address.reason}")
    # BIP-173 test vector, and the same with its checksum broken
    segwit = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
    if not identify.check(segwit).valid or identify.check(segwit[:-1] + "5").valid:
        raise RuntimeError("the BIP-173 Bech32 test vector did not give the known answers")
    return "zxing-cpp decoded a QR photo; its address and a Bech32 test vector validate"


def _check_pdf() -> str:
    import io

    from reportlab import Version
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from triage_app.reporting.pdf_layout import pdf_styles

    out = io.BytesIO()
    styles = pdf_styles(10)
    SimpleDocTemplate(out).build([Paragraph("Field Triage self-test", styles["title"]),
                                  Paragraph("Ünïcode text in the bundled font.", styles["body"])])
    pdf = out.getvalue()
    if not (pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")):
        raise RuntimeError("the rendered PDF is incomplete")
    return f"reportlab {Version} rendered a PDF with the bundled fonts ({len(pdf)} bytes)"


def _check_e01_imaging() -> str:
    import tempfile

    from triage_app.errors import InputError
    from triage_app.preserve import ewfimage

    try:
        tool = ewfimage.find_tool()
    except InputError:
        raise Unavailable(f"E01 imaging unavailable: {ewfimage.TOOL} is not installed (Debian "
                          "package ewf-tools); raw images still work") from None
    expected = json.loads(resource("selftest", "expected.json").read_text())
    from triage_app.evidence.media import EwfMedia

    media = EwfMedia(resource("selftest", "selftest.E01"))
    try:
        data = media.reader().read(media.size)
    finally:
        media.close()
    with tempfile.TemporaryDirectory(prefix="triage-selftest-") as folder:
        writer = ewfimage.EwfImageWriter(
            Path(folder), "selftest", None, CancelToken(), tool=tool, case_number="self-test",
            evidence_number="self-test", examiner="self-test", description="self-test",
            notes="")
        try:
            writer.write(data)
            _, hashes = writer.finish()
        finally:
            writer.close()
    if hashes["md5"] != expected["media_md5"]:
        raise RuntimeError(f"{ewfimage.TOOL} wrote an E01 that decodes to other media")
    return f"{ewfimage.tool_version(tool)} wrote an E01 that decodes to the same media ({tool})"


def _check_resources() -> str:
    root = resources_root()
    needed = [root / "selftest" / "selftest.E01", root / "selftest" / "expected.json",
              root / "selftest" / "photos.json", root / "bip39" / "english.txt",
              root / "gazetteer" / "cities.tsv.gz", root / "basemap" / "world.tsv.gz",
              root / "icons" / "field-triage-256.png"]
    missing = [str(p.relative_to(root)) for p in needed if not p.exists()]
    if missing:
        raise RuntimeError(f"missing resources: {', '.join(missing)}")
    return f"resources at {root}"


def code_digest() -> str:
    """SHA-256 of the app's code: the frozen program (its Python code is inside it), or the
    package's source files in an installed or checked-out app."""
    if getattr(sys, "frozen", False):
        with open(sys.executable, "rb") as program:
            return hashlib.file_digest(program, "sha256").hexdigest()
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _app_identity() -> str:
    build = "frozen" if getattr(sys, "frozen", False) else "from source"
    return (f"Field Triage {__version__} ({build}), code sha256 {code_digest()[:16]}…, "
            f"Python {platform.python_version()} on {sys.platform}")


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("app", _app_identity),
    ("libmagic", _check_libmagic),
    ("disk images (libewf + TSK)", _check_image_stack),
    ("photos (Pillow, pillow-heif, exifread)", _check_photos),
    ("QR codes and addresses (zxing-cpp)", _check_qr_and_address),
    ("PDF (reportlab)", _check_pdf),
    ("E01 imaging (ewfacquirestream)", _check_e01_imaging),
    ("resources", _check_resources),
)


def run_self_test(extra: tuple[tuple[str, Callable[[], str]], ...] = ()) -> list[Check]:
    """Every check in :data:`CHECKS`, then ``extra`` (a face's own), each caught on its own."""
    results = []
    for name, check in CHECKS + tuple(extra):
        try:
            results.append(Check(name, True, check()))
        except Unavailable as exc:
            results.append(Check(name, True, str(exc), unavailable=True))
        except Exception as exc:  # noqa: BLE001 - every failure is a finding of the self-test
            results.append(Check(name, False, f"{type(exc).__name__}: {exc}"))
    return results
