"""The screens before the workspace: sign-in, the start-of-shift check, choosing a case."""
