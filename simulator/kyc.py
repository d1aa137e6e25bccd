"""The KYC system's rules: identity checks against the registry and fuzzy sanctions screening.

Pure functions over the seed data, so every verdict is deterministic and testable without HTTP.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from simulator.models import (
    IdentityCheckRequest,
    IdentityDocument,
    IdentityRecord,
    IdentityRecordStatus,
    SanctionsFile,
    SanctionsScreeningRequest,
)

IDENTITY_DOCUMENT_KINDS = frozenset({"id", "passport"})
SUBSET_SCORE = 0.90
"""Score when every token of the shorter name (two or more) appears in the longer one."""

_TRANSLITERATIONS = (
    ("tch", "ch"),
    ("sch", "sh"),
    ("ph", "f"),
    ("ck", "k"),
    ("kh", "h"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("q", "k"),
    ("x", "ks"),
)
_C_NOT_CH = re.compile(r"c(?!h)")
_REPEATS = re.compile(r"(.)\1+")
_DOB = re.compile(r"\b(?:date of birth|birth date|dob|born)\b\W*(\d{4}-\d{2}-\d{2})", re.I)
_DOC_NAME = re.compile(r"^\s*(?:full name|name)\s*[:=]\s*(.+?)\s*$", re.I | re.M)
_DOC_ID = re.compile(
    r"\b(?:national id|id number|personal number)\b\W*([A-Za-z0-9][A-Za-z0-9-]{3,})", re.I
)


def name_tokens(name: str) -> list[str]:
    """Casefolded, accent-free, punctuation-free tokens, sorted."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return sorted(re.sub(r"[^\w]+|_", " ", plain).split())


def _fold(token: str) -> str:
    """Collapse common transliteration variants (Iwan/Ivan, Youssef/Yusuf, Khalid/Halid)."""
    for variant, canonical in _TRANSLITERATIONS:
        token = token.replace(variant, canonical)
    return _REPEATS.sub(r"\1", _C_NOT_CH.sub("k", token))


def name_similarity(a: str, b: str) -> float:
    """0..1: the better of the token-sorted ratio and a token-set comparison."""
    tokens_a = sorted(_fold(t) for t in name_tokens(a))
    tokens_b = sorted(_fold(t) for t in name_tokens(b))
    if not tokens_a or not tokens_b:
        return 0.0
    score = SequenceMatcher(None, " ".join(tokens_a), " ".join(tokens_b)).ratio()
    set_a, set_b = set(tokens_a), set(tokens_b)
    common = sorted(set_a & set_b)
    if len(common) >= 2:
        if set_a <= set_b or set_b <= set_a:
            score = max(score, SUBSET_SCORE)
        aligned_a = " ".join(common + sorted(set_a - set_b))
        aligned_b = " ".join(common + sorted(set_b - set_a))
        score = max(score, SequenceMatcher(None, aligned_a, aligned_b).ratio())
    return round(score, 4)


@dataclass(frozen=True)
class Hit:
    list_entry_id: str
    listed_name: str
    list_name: str
    score: float
    date_of_birth: date | None


def screen(request: SanctionsScreeningRequest, sanctions: SanctionsFile) -> tuple[bool, list[Hit]]:
    """Hits at or above ``hitThreshold``, best first; matched when one is certain enough."""
    hits: list[Hit] = []
    for entry in sanctions.entries:
        scored = [(name_similarity(request.name, n), n) for n in [entry.name, *entry.aliases]]
        score, listed = max(scored, key=lambda pair: pair[0])
        if score >= sanctions.hit_threshold:
            hits.append(
                Hit(entry.list_entry_id, listed, entry.list_name, score, entry.date_of_birth)
            )
    hits.sort(key=lambda h: (-h.score, h.list_entry_id))
    matched = any(
        h.score >= sanctions.match_threshold
        or (request.date_of_birth is not None and h.date_of_birth == request.date_of_birth)
        for h in hits
    )
    return matched, hits


def _same_name(a: str, b: str) -> bool:
    return name_tokens(a) == name_tokens(b)


def _plain_id(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", value).upper()


def _contradictions(
    request: IdentityCheckRequest, documents: list[IdentityDocument], record: IdentityRecord | None
) -> list[str]:
    """What an identity document says that disagrees with the applicant or the registry."""
    found: list[str] = []
    expected_dob = request.date_of_birth or (record.date_of_birth if record else None)
    expected_id = request.national_id or (record.national_id if record else None)
    for document in documents:
        for value in _DOB.findall(document.text):
            if expected_dob is not None and value != expected_dob.isoformat():
                found.append(f"document-date-of-birth-differs: {document.name}")
        for value in _DOC_NAME.findall(document.text):
            if not _same_name(value, request.name):
                found.append(f"document-name-differs: {document.name}")
        for value in _DOC_ID.findall(document.text):
            if expected_id is not None and _plain_id(value) != _plain_id(expected_id):
                found.append(f"document-national-id-differs: {document.name}")
    if (
        record
        and request.national_id
        and record.national_id
        and _plain_id(request.national_id) != _plain_id(record.national_id)
    ):
        found.append("national-id-differs-from-record")
    return sorted(set(found))


def check_identity(
    request: IdentityCheckRequest, registry: list[IdentityRecord]
) -> tuple[str, list[str]]:
    """``(status, reasons)``: verified, failed or inconclusive, with every reason that led there."""
    documents = [d for d in request.documents if d.kind.casefold() in IDENTITY_DOCUMENT_KINDS]
    same_name = [r for r in registry if _same_name(r.name, request.name)]
    record = next(
        (r for r in same_name if r.date_of_birth == request.date_of_birth),
        None,
    )
    failures = _contradictions(request, documents, record)
    if record is not None and record.status is IdentityRecordStatus.FRAUD:
        failures.insert(0, "identity-record-flagged-fraud")
    if record is not None and record.status is IdentityRecordStatus.DECEASED:
        failures.insert(0, "identity-record-deceased")
    if failures:
        return "failed", failures
    doubts: list[str] = []
    if request.date_of_birth is None:
        doubts.append("date-of-birth-missing")
    if record is None:
        doubts.append("no-matching-identity-record")
    elif record.country != request.country:
        doubts.append("country-differs-from-record")
    if not documents:
        doubts.append("no-identity-document")
    if doubts:
        return "inconclusive", doubts
    return "verified", ["name-and-date-of-birth-match-record", "identity-document-present"]
