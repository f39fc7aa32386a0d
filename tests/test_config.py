"""Typed settings: defaults that work with nothing configured, LAGEBILD_* variables on top."""

from __future__ import annotations

import pytest

from lagebild.config import MB, Config
from lagebild.errors import ConfigError


def test_defaults() -> None:
    config = Config.from_env({})
    assert config.db == "lagebild.db"
    assert config.language == "de"
    assert config.token is None
    assert config.max_input_bytes == 10 * MB


def test_environment_and_overrides() -> None:
    env = {
        "LAGEBILD_DB": "postgresql://localhost/news",
        "LAGEBILD_TOKEN": "geheim",
        "LAGEBILD_MAX_INPUT_MB": "2",
    }
    config = Config.from_env(env, key_points=4)
    assert config.db == "postgresql://localhost/news"
    assert config.token == "geheim"
    assert "geheim" not in repr(config)
    assert config.max_input_bytes == 2 * MB
    assert config.key_points == 4


@pytest.mark.parametrize(("env", "message"), [({"LAGEBILD_MAX_INPUT_MB": "viel"}, "must be a number")])
def test_bad_environment_says_what_to_fix(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config.from_env(env)


def test_key_points_range() -> None:
    with pytest.raises(ConfigError, match="between 2 and 5"):
        Config(key_points=7)
