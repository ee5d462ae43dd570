"""The case folder: the case store (SQLite), exhibits, the ledger handle and the case lock."""
