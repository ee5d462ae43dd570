"""Crypto-currency artefacts: identify and validate addresses, keys and seed phrases offline.

Qt-free. :func:`triage_app.crypto.identify.check` is the entry point for one string; the
scanner (:mod:`triage_app.crypto.scan`) finds candidates in raw bytes and validates them with the
same codecs; :mod:`triage_app.crypto.watchlists` matches addresses against imported lists.
"""
