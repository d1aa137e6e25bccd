"""``python -m engine``: Baton's local Zeebe-compatible engine."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from engine.server import ServerOptions, serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m engine",
        description="Baton's local Zeebe-compatible engine: gRPC gateway, /v2 REST API, "
        "Tasklist and Operate pages, durable in one SQLite file.",
    )
    parser.add_argument("--data-dir", type=Path, default=Path(".engine-data"))
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--grpc-port", type=int, default=26500)
    parser.add_argument("--rest-port", type=int, default=8080)
    parser.add_argument("--management-port", type=int, default=9600)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    options = ServerOptions(
        data_dir=args.data_dir,
        host=args.host,
        grpc_port=args.grpc_port,
        rest_port=args.rest_port,
        management_port=args.management_port,
    )
    try:
        asyncio.run(serve(options))
    except (OSError, RuntimeError) as error:
        print(f"engine: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
