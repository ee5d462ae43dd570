"""The one exception tree of the app.

Every error a user can cause or meet (bad path, corrupt image, unsupported file system,
full disk) is a :class:`TriageError`; its message is a plain sentence the CLI prints as is and
the GUI shows in a dialog. Anything else that escapes is a bug and is reported as one.
"""


class TriageError(Exception):
    """Root of every expected, user-facing error."""


class InputError(TriageError):
    """The user gave something we cannot use (missing path, bad option, wrong format)."""


class SourceError(TriageError):
    """An evidence source cannot be opened or read (corrupt, truncated, no permission)."""


class UnsupportedSourceError(SourceError):
    """The source is readable but its content cannot be listed (encrypted, unknown file system)."""


class IntegrityError(TriageError):
    """A hash, signature or chain does not verify."""


class StorageError(TriageError):
    """Writing to the case folder or an output failed (disk full, yanked drive, permission)."""


class Cancelled(TriageError):
    """The user cancelled a job; not an error to report, but it must unwind cleanly.

    ``kept`` is set by a job that leaves finished work in the case (e.g. "12 files collected
    and verified"); :attr:`outcome` is what the faces tell the officer.
    """

    def __init__(self, message: str = "cancelled by the user", *, kept: str | None = None) -> None:
        super().__init__(message)
        self.kept = kept

    @property
    def outcome(self) -> str:
        return (f"cancelled; kept in the case: {self.kept}" if self.kept
                else "cancelled; nothing half-written is kept")


class NotAuthorised(TriageError):
    """The officer may not do this (competency level, legal authority, simulation wall).

    The CLI exits with code 4; the GUI shows the action locked with "request a specialist".
    ``action`` is the competency action refused, ``needs`` what it requires, ``missing_facts``
    the device's facts to record before it may run (a face can offer to record them).
    """

    def __init__(self, message: str, *, action: str | None = None,
                 needs: str | None = None, missing_facts: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.action = action
        self.needs = needs
        self.missing_facts = missing_facts
