"""The test form registered as a process owner would: ``forms add`` on its blank."""

from __future__ import annotations

import pytest

from forms.template import FormTemplate
from tests.forms.builders import register


@pytest.fixture(scope="session")
def registered(tmp_path_factory: pytest.TempPathFactory) -> FormTemplate:
    return register(tmp_path_factory.mktemp("forms"))
