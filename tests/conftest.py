"""Shared test settings: hypothesis profiles chosen by the HYPOTHESIS_PROFILE variable.

``ci`` (the default) is derandomized and has no deadline, so runs are repeatable and
slow machines do not fail; ``dev`` draws fresh examples each run and tries more of them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    derandomize=True,
    deadline=None,
    max_examples=50,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, max_examples=200)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture
def isolated_registry() -> Iterator[None]:
    """Let a test register types and strategies without leaving them behind.

    The tables are restored afterwards and the registry's generation moves on,
    so no converter built during the test is reused after it.
    """
    from diplomod import registry, testing

    saved = (
        dict(registry._BY_TAG),
        dict(registry._BY_CLASS),
        dict(testing._user),
        dict(testing._user_fields),
    )
    try:
        yield
    finally:
        registry._BY_TAG.clear()
        registry._BY_TAG.update(saved[0])
        registry._BY_CLASS.clear()
        registry._BY_CLASS.update(saved[1])
        testing._user.clear()
        testing._user.update(saved[2])
        testing._user_fields.clear()
        testing._user_fields.update(saved[3])
        registry._generation += 1
