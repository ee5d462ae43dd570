"""The workspace views of the officer's window; each is built on the session's open case."""
