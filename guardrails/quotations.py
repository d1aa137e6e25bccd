# ruff: noqa: RUF001  (the quotation marks of many languages are the point)
"""Whether a rule's match is an attack quoted as an example, not an attack.

Security-awareness mails, articles and knowledge passages explain injection by quoting it
("attackers hide sentences such as 'ignore all previous instructions' in PDFs"). A match counts
as quoted when it sits inside one quotation (opened and closed within :data:`REACH` characters,
no other quotation mark between; a JSON string value is no quotation) **and** the text talks
about attacks (:data:`_ATTACK_TALK`, in the languages the override rules cover). Both are
needed: an attacker can put quotation marks around an instruction, but then has to dress the
text up as an article about attacks too, and the learned model still scores it.
"""

from __future__ import annotations

import re

REACH = 160
_OPENING = '"“„«‹「『‘'
_CLOSING = '"”“»›」』’'
_SYMMETRIC = '"'
_SINGLE = "'"
# A JSON string value is quoted too, but it is a field, not a quotation.
_JSON_VALUE = re.compile(r"[\"']\s*:\s*[\"']$")
_ATTACK_TALK = re.compile(
    r"prompt[- ]?in[jy]ect|injection|injektio|iniezione|inyecci|injeç|wstrzykiw|"
    r"инъекц|ін'єкц|ін’єкц|注入|インジェクション|인젝션|حقن|הזרק|इंजेक्शन|"
    r"phishing|scam|fraudster|attacker|jailbreak|social engineering|awareness|"
    r"angreifer|betrüger|attaquant|escroc|atacante|estafador|truffator|aanvaller|atakując|"
    r"oszust|angripare|bedragare|hyökkääj|huijar|saldırgan|dolandırıcı|επιτιθέμεν|απατεών|"
    r"злоумышленник|мошенник|зловмисник|шахра|المهاجم|المحتال|תוקף|נוכל|हमलावर|धोखेबाज़|"
    r"攻击者|骗子|詐欺|攻撃者|공격자|사기꾼|kẻ tấn công|lừa đảo|penyerang|penipu|ผู้โจมตี|มิจฉาชีพ|"
    r"támadó|csaló|atacator|escroc|útočník|podvodník",
    re.IGNORECASE,
)


def quoted_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is quoted inside a text that talks about attacks."""
    return _inside_quotation(text, start, end) and _ATTACK_TALK.search(text) is not None


def _inside_quotation(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - REACH) : start]
    after = text[end : end + REACH]
    opened = max(
        (i for i, char in enumerate(before) if char in _OPENING or _opening_apostrophe(before, i)),
        default=-1,
    )
    if opened < 0 or any(char in _CLOSING for char in before[opened + 1 :]):
        return False
    if before[opened] in _SYMMETRIC and text[:start].count(before[opened]) % 2 == 0:
        return False
    if _JSON_VALUE.search(before[: opened + 1]):
        return False
    return any(char in _CLOSING or _closing_apostrophe(after, i) for i, char in enumerate(after))


def _opening_apostrophe(before: str, index: int) -> bool:
    """A ``'`` that opens a quotation: at the start, or after a space, colon or bracket."""
    return before[index] == _SINGLE and (index == 0 or before[index - 1] in " \t\n:([")


def _closing_apostrophe(after: str, index: int) -> bool:
    """A ``'`` that closes a quotation: not followed by a letter (``don't`` does not close)."""
    return after[index] == _SINGLE and (index + 1 == len(after) or not after[index + 1].isalpha())


_QUOTATION = re.compile(
    r"(?:(?<![\w\"'])[\"']|[“„«‹「『‘])(?!\s*[:,}\]])"
    r"[^\"“”„«»‹›「」『』‘’\n]{3," + str(REACH) + r"}?"
    r"(?:[\"'](?!\w)|[”“»›」』’])(?!\s*:)"
)
EXAMPLE = "«example»"


def masked_examples(text: str) -> str:
    """``text`` with each quotation replaced by :data:`EXAMPLE` when the text talks about
    attacks, so the learned model scores the article, not the attack it cites; any other text,
    and a JSON document, unchanged."""
    if _ATTACK_TALK.search(text) is None or text.lstrip().startswith(("{", "[")):
        return text
    return _QUOTATION.sub(lambda match: _masked(text, match), text)


def _masked(text: str, match: re.Match[str]) -> str:
    if _JSON_VALUE.search(text[: match.start() + 1]):
        return match.group(0)
    return EXAMPLE
