"""A local stand-in for the legacy systems the processes call (policy admin, payments,
notifications, KYC, core banking, CMS, CRM, ticketing), served over HTTP from a swappable data
folder (see docs/simulator.md)."""

from simulator.app import create_app
from simulator.data import DEFAULT_DATA_DIR, DataFolderError, SeedData, load_data
from simulator.state import IdempotencyConflictError, Ledger, StateFileError

__all__ = [
    "DEFAULT_DATA_DIR",
    "DataFolderError",
    "IdempotencyConflictError",
    "Ledger",
    "SeedData",
    "StateFileError",
    "create_app",
    "load_data",
]
