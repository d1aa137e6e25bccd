"""Who may sign in to the local Tasklist: user names and groups from a small YAML file.

This is page infrastructure for loopback use only (no passwords); production signs people in
through Camunda Identity. The file looks like::

    users:
      - username: claims-handler
        name: Claims handler
        groups: [claims-handlers]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$")


class UsersFileError(ValueError):
    """The users file is missing, not YAML, or has an entry that is not a valid user."""


@dataclass(frozen=True, slots=True)
class TasklistUser:
    username: str
    name: str
    groups: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"username": self.username, "name": self.name, "groups": list(self.groups)}


DEFAULT_USERS: tuple[TasklistUser, ...] = (
    TasklistUser("claims-handler", "Claims handler", ("claims-handlers",)),
    TasklistUser("senior-handler", "Senior claims handler", ("senior-handlers", "claims-handlers")),
    TasklistUser("compliance-officer", "Compliance officer", ("compliance-officers",)),
    TasklistUser(
        "compliance-analyst",
        "Compliance analyst (enhanced due diligence)",
        ("compliance-analysts",),
    ),
    TasklistUser("editor", "Content editor", ("content-editor", "content-authors")),
    TasklistUser("fact-checker", "Fact-checker", ("content-fact-checkers",)),
    TasklistUser(
        "support-expert",
        "Back-office expert",
        ("billing", "claims-ops", "compliance", "customer-care", "retention", "tech-support"),
    ),
    TasklistUser(
        "team-lead",
        "Team lead",
        (
            "claims-leads",
            "content-leads",
            "billing-leads",
            "claims-ops-leads",
            "compliance-leads",
            "customer-care-leads",
            "retention-leads",
            "tech-support-leads",
        ),
    ),
)
"""Used when the engine starts without ``--users-file``."""


def load_users(path: Path) -> tuple[TasklistUser, ...]:
    """Read and check the users file; every problem names the file and the entry."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise UsersFileError(f"cannot read the users file {path}: {error.strerror}") from error
    except yaml.YAMLError as error:
        raise UsersFileError(f"the users file {path} is not valid YAML: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("users"), list):
        raise UsersFileError(f"the users file {path} must have a 'users:' list")
    entries: list[Any] = document["users"]
    if not entries:
        raise UsersFileError(f"the users file {path} lists no users")
    users = tuple(_user(entry, f"{path}: users[{i}]") for i, entry in enumerate(entries))
    names = [user.username for user in users]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise UsersFileError(f"the users file {path} repeats {', '.join(duplicates)}")
    return users


def _user(entry: Any, where: str) -> TasklistUser:
    if not isinstance(entry, dict):
        raise UsersFileError(f"{where} must be a mapping with username, name and groups")
    unknown = sorted(set(entry) - {"username", "name", "groups"})
    if unknown:
        raise UsersFileError(f"{where} has unknown keys: {', '.join(map(str, unknown))}")
    username = entry.get("username")
    if not isinstance(username, str) or not _NAME.match(username):
        raise UsersFileError(
            f"{where}.username must be letters, digits, '.', '_', '@' or '-' (got {username!r})"
        )
    name = entry.get("name", username)
    if not isinstance(name, str) or not name.strip():
        raise UsersFileError(f"{where}.name must be a non-empty text (got {name!r})")
    groups = entry.get("groups", [])
    if not isinstance(groups, list) or not all(
        isinstance(group, str) and _NAME.match(group) for group in groups
    ):
        raise UsersFileError(f"{where}.groups must be a list of group names (got {groups!r})")
    return TasklistUser(username, name.strip(), tuple(groups))
