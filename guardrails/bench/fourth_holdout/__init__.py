"""Fourth blind prompt-injection set for issue 15: the only set no one tuning model v4 saw.

Written on 2026-11-30 by three helper engineers at once, one surface each (case text, attached
documents, tool / legacy / knowledge answers), who were not allowed to open the detector, its
training data or any other set, nor to run a detector on their texts. It was written before
model v4's training data and rules were changed, moved here unread, and measured once, after v4
was frozen (``python -m guardrails.bench``). No text of it may ever be trained on or tuned to;
a later model needs a new blind set for an honest figure.
"""

from guardrails.bench.fourth_holdout.case import CASE_ATTACKS, CASE_BENIGN
from guardrails.bench.fourth_holdout.documents import DOCUMENT_ATTACKS, DOCUMENT_BENIGN
from guardrails.bench.fourth_holdout.tools import TOOL_ATTACKS, TOOL_BENIGN

__all__ = [
    "CASE_ATTACKS",
    "CASE_BENIGN",
    "DOCUMENT_ATTACKS",
    "DOCUMENT_BENIGN",
    "TOOL_ATTACKS",
    "TOOL_BENIGN",
]
