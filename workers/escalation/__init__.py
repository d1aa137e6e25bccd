"""The ``backoffice-escalation`` family: handlers, wiring, step rules (README.md)."""

from workers.escalation.handlers import EscalationDependencies, TicketClosure, build_router
from workers.escalation.wiring import escalation_router

__all__ = ["EscalationDependencies", "TicketClosure", "build_router", "escalation_router"]
