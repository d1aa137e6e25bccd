"""Seventh blind prompt-injection set for issue 15, blind to model v6.

Written on 2026-11-30 by three helper engineers at once, one surface each (case text, attached
documents, tool / legacy / knowledge answers), who were not allowed to open the detector, its
training data or any other set, nor to run a detector on their texts. It was written after v6
was frozen, kept outside the repository unread, moved here and measured once
(``python -m guardrails.bench``). It is never trained on; once its errors are read to change the
detector, it is no longer blind.
"""

from guardrails.bench.seventh_holdout.case import CASE_ATTACKS, CASE_BENIGN
from guardrails.bench.seventh_holdout.documents import DOCUMENT_ATTACKS, DOCUMENT_BENIGN
from guardrails.bench.seventh_holdout.tools import TOOL_ATTACKS, TOOL_BENIGN

__all__ = [
    "CASE_ATTACKS",
    "CASE_BENIGN",
    "DOCUMENT_ATTACKS",
    "DOCUMENT_BENIGN",
    "TOOL_ATTACKS",
    "TOOL_BENIGN",
]
