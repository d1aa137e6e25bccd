"""``python -m engine``: Baton's local Zeebe-compatible engine."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from engine.pages import DEFAULT_USERS, UsersFileError, load_users
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
    parser.add_argument(
        "--users-file",
        type=Path,
        default=None,
        help="YAML file of the users who may sign in to the local Tasklist "
        "(e.g. config/tasklist-users.yaml); built-in defaults when omitted",
    )
    args = parser.parse_args(argv)
    try:
        users = DEFAULT_USERS if args.users_file is None else load_users(args.users_file)
    except UsersFileError as error:
        print(f"engine: {error}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    options = ServerOptions(
        data_dir=args.data_dir,
        host=args.host,
        grpc_port=args.grpc_port,
        rest_port=args.rest_port,
        management_port=args.management_port,
        tasklist_users=users,
    )
    try:
        asyncio.run(serve(options))
    except (OSError, RuntimeError) as error:
        print(f"engine: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
