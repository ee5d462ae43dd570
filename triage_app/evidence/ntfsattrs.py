"""What an NTFS file's own attributes say beyond TSK's summary of them: the full times of
``$STANDARD_INFORMATION``, its file attribute flags, and the tag of a ``$REPARSE_POINT``.

Used to tell a cloud-only placeholder (OneDrive Files On-Demand and every other Windows cloud
files provider) from a file: its data is in the cloud account, and what the disk holds for it is
a sparse stream of zeros that must not be hashed as if it were the file.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

import pytsk3

from triage_app.evidence.fstimes import FileTimes, ntfs_times

# IO_REPARSE_TAG_CLOUD … CLOUD_F (0x9000x01A) and the Windows 8.1 OneDrive placeholder tag.
_CLOUD_TAG_MASK, _CLOUD_TAG, _FILE_PLACEHOLDER_TAG = 0xFFFF0FFF, 0x9000001A, 0x80000015
# FILE_ATTRIBUTE_OFFLINE, _RECALL_ON_OPEN, _RECALL_ON_DATA_ACCESS: the data is not here
# (Windows gives the same flags in os.stat's st_file_attributes)
NOT_ON_THIS_DISK = 0x00001000 | 0x00040000 | 0x00400000


def cloud_only_error(detail: str) -> str:
    return (f"content not on this disk: a cloud-only placeholder ({detail}); the file's data is "
            "in the cloud account")


@dataclass(slots=True)
class NtfsAttributes:
    times: FileTimes = field(default_factory=FileTimes)
    file_attributes: int = 0
    reparse_tag: int | None = None

    @property
    def cloud_only(self) -> bool:
        """A cloud files placeholder whose content has not been downloaded to this disk."""
        tag = self.reparse_tag
        if tag is None:
            return False
        cloud = (tag & _CLOUD_TAG_MASK) == _CLOUD_TAG or tag == _FILE_PLACEHOLDER_TAG
        return cloud and bool(self.file_attributes & NOT_ON_THIS_DISK)


def read_ntfs_attributes(fs_file) -> NtfsAttributes:
    """Raises what pytsk3 raises (IOError/OSError/RuntimeError) or struct.error when damaged."""
    found = NtfsAttributes()
    for attribute in fs_file:
        info = attribute.info
        if info.type == pytsk3.TSK_FS_ATTR_TYPE_NTFS_SI:
            standard = fs_file.read_random(0, 36, info.type, info.id)
            found.times = ntfs_times(standard)
            found.file_attributes, = struct.unpack_from("<I", standard, 0x20)
        elif info.type == pytsk3.TSK_FS_ATTR_TYPE_NTFS_REPARSE:
            found.reparse_tag, = struct.unpack_from("<I", fs_file.read_random(0, 4, info.type, info.id))
    return found
