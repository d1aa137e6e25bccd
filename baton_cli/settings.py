"""Settings for CLI commands: invalid ones end the command with the settings' own message."""

from __future__ import annotations

from baton_cli.problems import EXIT_BAD_SETTING, CliProblem
from config import Settings, load_settings
from contracts.errors import SettingsError


def cli_settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as error:
        raise CliProblem(str(error), EXIT_BAD_SETTING) from None
