"""Preservation jobs (Qt-free): logical collection, imaging and scene photos.

Every job reads the evidence once (hash on read), writes to a temporary name in the case
folder, fsyncs, reads the written copy back to verify it, and only then gives it its final
name. What was stored goes to the case store; what happened goes to the custody ledger.
"""
