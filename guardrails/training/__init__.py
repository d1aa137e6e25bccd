"""Training texts for the learned injection model, one module per writer and surface.

Each module holds ``ATTACKS`` and ``BENIGN`` (lists of str, 100 each), written on 2026-11-30
by an engineer who saw neither the detector, its other data nor any test set, to one brief: attacks
try to make the machine reading them deviate from its task; benign texts may demand, instruct or
talk about AI, but address people or describe things, and use the attacks' words. Kept apart by
writer so :func:`~guardrails.injection_model.held_out_group_probabilities` can score each
writer's texts with a model that never saw that writer.
"""

from __future__ import annotations

from types import ModuleType

from guardrails.training import (
    case_channels,
    docs_finance,
    docs_media,
    documents_ocr,
    exfiltration,
    fake_markup,
    indirect_asks,
    it_backoffice,
    kb_tickets,
    knowledge_tools,
    kyc_onboarding,
    long_letters,
    multilingual,
    multilingual_europe,
    multilingual_world,
    roleplay_persona,
    short_fields,
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
    "case text by channel (forms, mail, chat, voice)": case_channels,
    "document text with OCR noise": documents_ocr,
    "knowledge and retrieval answers": knowledge_tools,
    "case and documents in European languages": multilingual_europe,
    "text in languages of Asia, the Middle East, Africa": multilingual_world,
    "indirect and hypothetical asks": indirect_asks,
    "exfiltration and tool steering": exfiltration,
    "role play and personas": roleplay_persona,
    "fake markup and real logs": fake_markup,
    "IT and back-office tickets": it_backoffice,
    "long letters with buried sentences": long_letters,
    "short fields": short_fields,
    "KYC onboarding": kyc_onboarding,
}

__all__ = ["WRITERS"]
