"""Tasklist and Operate pages for the local engine, on its ``/v2`` REST API only."""

from engine.pages.routes import page_routes
from engine.pages.users import DEFAULT_USERS, TasklistUser, UsersFileError, load_users

__all__ = ["DEFAULT_USERS", "TasklistUser", "UsersFileError", "load_users", "page_routes"]
