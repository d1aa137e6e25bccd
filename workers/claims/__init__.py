"""The ``claims-adjudication`` family: handlers, wiring, step rules (README.md)."""

from workers.claims.handlers import ClaimsDependencies, PaymentOrder, build_router
from workers.claims.wiring import claims_router

__all__ = ["ClaimsDependencies", "PaymentOrder", "build_router", "claims_router"]
