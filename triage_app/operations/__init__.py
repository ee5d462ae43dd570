"""One module per use case. Both faces (cli/, gui/) call these and nothing below them.

An operation opens what it needs, asks the competency rules before it starts, runs, and
records in the custody ledger; a refusal is :class:`triage_app.errors.NotAuthorised`.
"""
