"""Recognise volumes whose content TSK would misrepresent: encrypted or unsupported ones.

Run before a file system is opened. A BitLocker To Go volume, for example, carries a readable
FAT "discovery volume" that TSK lists happily; presenting that wrapper as the evidence would be
wrong, so it is reported as encrypted instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

# BitLocker To Go discovery-volume GUID 4967d63b-2e29-4ad8-8399-f6a339e3d001 as stored on disk.
_BDE_TOGO_GUID = bytes.fromhex("3bd66749292ed84a8399f6a339e3d001")
# Classic BitLocker volume GUID 4967d63b-2e29-4ad8-8399-f6a339e3d000 (Vista-era header).
_BDE_GUID = bytes.fromhex("3bd66749292ed84a8399f6a339e3d000")


@dataclass(frozen=True, slots=True)
class Recognised:
    status: str  # encrypted | unsupported
    description: str
    advice: str


def recognise(read_at: Callable[[int, int], bytes], offset: int) -> Recognised | None:
    """Look at the first sectors of a volume; None when nothing special is there."""
    head = read_at(offset, 4096)
    if len(head) < 512:
        return None
    if head[3:11] == b"-FVE-FS-":
        return Recognised("encrypted", "BitLocker encrypted volume",
                          "the contents cannot be listed without the recovery key; keep the device "
                          "as it is and call a specialist (do not let it lock or power down)")
    if _BDE_TOGO_GUID in head[0x1A0:0x1C0] or _BDE_GUID in head[0x1A0:0x1C0]:
        return Recognised("encrypted", "BitLocker To Go encrypted volume",
                          "what is readable is only the unencrypted BitLocker To Go reader, not "
                          "the data; the contents need the recovery key: call a specialist")
    if head.startswith(b"LUKS\xba\xbe") or head.startswith(b"SKUL\xba\xbe"):
        return Recognised("encrypted", "LUKS encrypted volume (Linux disk encryption)",
                          "the contents need the passphrase or key: call a specialist")
    if head[32:36] == b"NXSB":
        return Recognised("unsupported", "APFS container (Apple File System)",
                          "APFS cannot be listed here; image the device and send it to the lab")
    if head[3:11] == b"\x00\x00\x00ReFS\x00" or head[3:7] == b"ReFS":
        return Recognised("unsupported", "ReFS volume (Windows Resilient File System)",
                          "ReFS cannot be listed here; image the device and send it to the lab")
    return None
