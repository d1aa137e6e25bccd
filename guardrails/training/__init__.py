"""Training texts for the learned injection model, one module per writer and surface.

Each module holds ``ATTACKS`` and ``BENIGN`` (lists of str), written on 2026-11-30 by an
engineer who saw neither the detector, its other data nor any test set, to one brief: attacks
try to make the machine reading them deviate from its task; benign texts may demand, instruct or
talk about AI, but address people or describe things, and use the attacks' words. Kept apart by
writer so :func:`~guardrails.injection_model.held_out_group_probabilities` can score each
writer's texts with a model that never saw that writer.
"""

from __future__ import annotations

from types import ModuleType

from guardrails.training import (
    docs_finance,
    docs_media,
    kb_tickets,
    multilingual,
    subtle,
    tools_records,
)

WRITERS: dict[str, ModuleType] = {
    "tool and legacy records": tools_records,
    "knowledge, CMS and ticket histories": kb_tickets,
    "insurance and banking documents": docs_finance,
    "media and onboarding documents": docs_media,
    "case text in 24 languages": multilingual,
    "subtle asks and their look-alikes": subtle,
}

__all__ = ["WRITERS"]
