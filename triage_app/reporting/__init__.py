"""Printable reports: the shared PDF layout."""
