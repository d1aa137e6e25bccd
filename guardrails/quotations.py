# ruff: noqa: RUF001  (the quotation marks of many languages are the point)
"""Whether a rule's match is an attack quoted as an example, not an attack.

Security-awareness mails, articles and knowledge passages explain injection by quoting it
("attackers hide sentences such as 'ignore all previous instructions' in PDFs"). A match counts
as quoted when it sits inside one of the text's :func:`quotations` **and** the text talks
about attacks (:data:`_ATTACK_TALK`, in the languages the override rules cover). Both are
needed: an attacker can put quotation marks around an instruction, but then has to dress the
text up as an article about attacks too, and the learned model still scores it.
"""

from __future__ import annotations

import re

REACH = 160
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


_QUOTATION = re.compile(
    r"(?:(?<![\w\"'])[\"']|[“„«‹「『‘])(?!\s*[:,}\]])"
    r"[^\"“”„«»‹›「」『』‘’\n]{3," + str(REACH) + r"}?"
    r"(?:[\"'](?!\w)|[”“»›」』’])(?!\s*:)"
)
EXAMPLE = "«example»"


def quotations(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each quotation in ``text``, its marks included: opened and
    closed on one line within :data:`REACH` characters, no other quotation mark between (an
    apostrophe inside a word, as in ``don't``, neither opens nor closes one). A JSON string
    value is a field, not a quotation. The one definition the rules' exemptions and the model's
    masking share."""
    return [
        match.span()
        for match in _QUOTATION.finditer(text)
        if not _JSON_VALUE.search(text[: match.start() + 1])
    ]


def inside_quotation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside one of the :func:`quotations` of ``text``."""
    return any(opened < start and end < closed for opened, closed in quotations(text))


def quoted_example(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is quoted inside a text that talks about attacks."""
    return _ATTACK_TALK.search(text) is not None and inside_quotation(text, start, end)


def masked_examples(text: str) -> str:
    """``text`` with each quotation replaced by :data:`EXAMPLE` when the text talks about
    attacks, so the learned model scores the article, not the attack it cites; any other text,
    and a JSON document, unchanged."""
    if _ATTACK_TALK.search(text) is None or text.lstrip().startswith(("{", "[")):
        return text
    pieces: list[str] = []
    done = 0
    for opened, closed in quotations(text):
        pieces += [text[done:opened], EXAMPLE]
        done = closed
    return "".join([*pieces, text[done:]])
