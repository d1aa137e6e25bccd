"""``python -m workers``: run the fleet until SIGTERM."""

from __future__ import annotations

import asyncio
import sys

from config import Settings, load_settings
from contracts.errors import SettingsError
from workers.logging_setup import configure_logging
from workers.tracing import configure_tracing

# The exit code of an invalid setting, the same as `baton run` gives (README "Exit codes").
EXIT_BAD_SETTING = 4


async def run_fleet(settings: Settings) -> int:
    from workers.fleet import Fleet
    from workers.wiring import fleet_routers

    async with fleet_routers(settings) as routers:
        return await Fleet(settings, routers).run()


def main() -> int:
    try:
        settings = load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return EXIT_BAD_SETTING
    configure_logging(settings.log_level)
    configure_tracing()
    return asyncio.run(run_fleet(settings))


if __name__ == "__main__":
    sys.exit(main())
