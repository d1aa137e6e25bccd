"""Rules the offline model uses instead of generation: fact extraction and extractive summaries.

Nothing here invents text: facts are labelled matches, summaries are sentences of the input.
"""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "a an and are as at be been but by for from had has have he her his i in is it its me my "
        "of on or our she so that the their them then there they this to was we were which while "
        "with you your after before also all any can could did do into just no not now off only "
        "out over some than too up very when where who will would",
    )
)

_FACT_PATTERNS = {
    "amount mentioned": r"[€$£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:EUR|USD|GBP|euros?|pounds?)\b",
    "date mentioned": r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    "police mentioned": r"\b(police|crime reference|crime number)\b",
    "injury mentioned": r"\b(injur\w*|hurt|hospital\w*|whiplash|broke (a|his|her|my) \w+)\b",
    "third party involved": (
        r"\b(neighbou?r\w*|third party|other driver|visitor|guest|tenant|suing|legal letter)\b"
    ),
    "emergency services": r"\b(fire brigade|firefighters|ambulance|emergency)\b",
    "home uninhabitable": r"\b(uninhabitable|cannot live|moved out|no heating|no water)\b",
    "documents referenced": r"\b(attached|receipt|invoice|photos?|quote|estimate)\b",
}
_FACTS = [(label, re.compile(pattern, re.I)) for label, pattern in _FACT_PATTERNS.items()]


def key_facts(text: str, limit: int = 8) -> list[str]:
    """Labelled facts found in the text, e.g. ``police involved: crime reference``."""
    facts: list[str] = []
    for label, pattern in _FACTS:
        found = list(dict.fromkeys(m.group(0).strip() for m in pattern.finditer(text)))
        if found:
            facts.append(f"{label}: {', '.join(found[:3])}")
    return facts[:limit]


def has_fact(text: str, label: str) -> bool:
    return any(name == label and pattern.search(text) for name, pattern in _FACTS)


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n+", text.strip())
    return [part.strip() for part in parts if part.strip()]


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-zA-Z][a-zA-Z'-]+", text.lower()) if w not in _STOPWORDS]


def summarise(text: str, max_sentences: int = 2) -> str:
    """The ``max_sentences`` most content-bearing sentences, in their original order."""
    candidates = sentences(text)
    if len(candidates) <= max_sentences:
        return " ".join(candidates)
    frequency = Counter(_words(text))

    def score(sentence: str) -> float:
        words = _words(sentence)
        return sum(frequency[w] for w in words) / (len(words) ** 0.5) if words else 0.0

    ranked = sorted(range(len(candidates)), key=lambda i: (-score(candidates[i]), i))
    keep = sorted(ranked[:max_sentences])
    return " ".join(candidates[i] for i in keep)
