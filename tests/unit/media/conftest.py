from __future__ import annotations

import pytest

from triage_app.media.fence import Limits, PhotoParserPool


@pytest.fixture(scope="session")
def pool():
    """One worker pool for the media tests (as in the app, workers are reused)."""
    with PhotoParserPool(workers=2, limits=Limits(seconds=3)) as parser_pool:
        yield parser_pool
