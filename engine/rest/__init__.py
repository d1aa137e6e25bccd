"""The engine's HTTP front ends: Camunda's ``/v2`` REST API and the management port."""

from engine.rest.app import create_rest_app
from engine.rest.management import create_management_app

__all__ = ["create_management_app", "create_rest_app"]
