"""Signed offline updates: an agency's hash sets, watch lists, workflow rules and scenario
packs carried to field laptops on a USB stick (format: docs/updates.md)."""
