"""Data files shipped with the app (workflow rules, word lists, gazetteer ...).

Installed as the ``triage_app.resources`` package; read them with :mod:`triage_app.resources_access`.
"""
