# ruff: noqa: RUF001  (override phrases in other scripts, some with look-alike letters)
"""Prompt-injection and jailbreak detection on everything a model reads: case text, attached
documents, tool and legacy-system responses, knowledge passages.

Text is normalised before matching (NFKC, homoglyphs folded to Latin, zero-width and bidi
characters removed, leetspeak folded) so look-alike spellings do not slip through; base64,
URL-encoded and tag-character runs are decoded and scanned too. Invisible characters, words
mixing scripts and decision-shaped JSON/markup inside free text are findings by themselves.
Override phrases are also matched in German, French, Spanish, Italian, Dutch, Polish and Russian.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from guardrails.encodings import concealed_runs, hidden_texts
from guardrails.invisibles import INVISIBLE, hidden_characters
from guardrails.json_strings import json_strings
from guardrails.payloads import has_structured_payload, outside_payloads
from guardrails.quotations import quotations, quoted_example
from guardrails.scripts import mixed_script_words
from guardrails.segments import reads
from guardrails.verdict import Action, Verdict

if TYPE_CHECKING:
    from guardrails.injection_model import InjectionModel

CORROBORATED_RULES = frozenset({"structured_payload"})
"""Rules whose match, when a learned model is given, stands only if the model agrees at least
:data:`CORROBORATION`: a JSON object with a decision's keys is how an attacker plants a fake
decision, and also how a customer pastes what their app shows or a developer documents an API;
the prose around it tells them apart. On training text by writers the model never saw, six of
seven benign matches scored below it and 31 of 33 attacks above it. Without a model, and on
text too short for it, the rule stands alone."""
CORROBORATION = 0.5


RULE_PREFIX = "injection"
_CORROBORATED_VERDICTS = frozenset(f"{RULE_PREFIX}.{rule}" for rule in CORROBORATED_RULES)

# Cyrillic, Greek and Armenian letters that render like Latin ones, and the Latin they mimic.
_HOMOGLYPHS = str.maketrans(
    "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u0261\u04bb\u04cf\u0578\u03bd\u03bf\u03b1\u03b5\u03b9\u03ba\u03c4\u03c1\u03c5\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0406",
    "aeopcyxijsdghlnvoaeiktpuabekmhopctxi",
)
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)

_ROLE = (
    r"(adjusters?|handlers?|managers?|administrator|admin|supervisor|officer|reviewer|approver|"
    r"underwriter|insurer|system|developer|root|operator|ai|assistant|model|bot)"
)
_MODEL = r"(ai|assistant|model|llm|bot|agent|language models?|automated (system|reviewer)s?)"

_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "override",
        re.compile(
            r"\b(ignore|disregard|forget|override|bypass|skip|set aside|put aside|discard)\s+"
            r"((all|any|the|your|of|my|these|those)\s+)*"
            r"((previous|prior|above|earlier|preceding|system|original|safety|other|company)\s+)?"
            r"(instructions?|prompts?|rules|directions|guidelines|guardrails|policies|guidance|"
            r"context)\b"
            r"|\b(ignore|disregard|forget|set aside|put aside) (whatever|everything|anything|what) "
            r"you (were|have been|are) told\b"
            r"|\b(you are|you're) (now )?no longer (restricted|bound|limited|constrained)\b"
        ),
    ),
    (
        "new_instructions",
        re.compile(
            r"\b(new|updated|real|actual) (system )?instructions?\s*:"
            r"|\bfrom now on,? (you|the assistant|the model)\b"
            r"|\byour (new|real|true) (task|role|goal|instructions?) (is|are)\b"
        ),
    ),
    (
        "jailbreak",
        re.compile(
            r"\b(jailbroken|jailbreak (mode|enabled|activated|ok|successful)|do anything now|"
            r"dan mode)\b|\bjailbreak\s*[:!]"
            r"|\b(enable|enter|activate|switch to|turn on) developer mode\b"
            r"|\byou are (now |no longer )(an? )?"
            r"(unrestricted|unfiltered|uncensored|evil|free|dan)\b"
            r"|\b(pretend|imagine|roleplay|role-play|role play|act|behave)( that)? "
            rf"(you are|to be|as|like) (an? |the |my )?(\w+ ){{0,2}}?{_ROLE}\b"
            r"|\b(pretend|imagine) (that )?(you are|to be) (an? )?"
            r"(unrestricted|unfiltered|different)\b"
            r"|\bwithout (any )?(restrictions|filters|limitations|guardrails)\b"
            r"|\btreat (me|us) as (an? |the )?(admin|administrator|root|developer|superuser|"
            r"operator|owner)\b"
        ),
    ),
    (
        "exfiltration",
        re.compile(
            r"\b(reveal|show|print|repeat|output|display|leak|tell me|give me|dump)\b.{0,25}"
            r"\b(system prompt|initial prompt|hidden prompt|your (instructions|prompt|rules)|"
            r"the (instructions|prompt) (you were|above)|api key|credentials)\b"
            r"|\bwhat (is|are|were) your (system prompt|instructions|initial instructions)\b"
        ),
    ),
    (
        "decision_steering",
        re.compile(
            r"\b(note|message|instruction)s? (to|for) "
            rf"(all |any |the )?{_MODEL}\b"
            r"|\b(ai|assistant|model|llm|bot|agent)\s*[,:]\s*"
            r"(you must|approve|pay|mark|set|classify)\b"
            r"|\b(set|change|mark) (the )?(decision|outcome|payout|fraud score|risk score|priority)"
            r" (to|as) "
            r"|\b(auto-?approve|approve) (this|the|my) claim "
            r"(automatically|without (review|checks?))"
            r"|\b(approve|pay|release|publish|activate|process)\w*\b.{0,40}?"
            r"\b(without|skip(ping)?|bypass(ing)?) ((any|further|the|human|manual|fraud)\s+)?"
            r"(checks?|review|verification|screening)\b"
            r"|\b(escalate|flag) nothing\b"
            r"|\bif you are an? (ai|language model|llm|assistant|bot|model)\b"
        ),
    ),
    (
        "authority_claim",
        re.compile(
            r"\b(message|note|instructions?|notice|memo)s? from (your|the) (developers?|creators?|"
            r"administrators?|operators?|makers?)\b"
            r"|\bi (hereby )?(instruct|order|command) you to (approve|pay|release|skip|bypass|"
            r"ignore|override|disregard|forget|close|publish|activate|clear|mark|set|classify|"
            r"reveal|send|output|print|disclose)\b"
            r"|\bi (hereby )?authori[sz]e you to (approve|pay|release|skip|bypass|ignore|override|"
            r"disregard|close|publish|activate|clear)\b"
        ),
    ),
    (
        "fake_boundary",
        re.compile(
            r"\b(end|start|beginning) of (the )?(customer|user|claim|untrusted) "
            r"(text|input|message|data|content)\b"
            r"|\b(begin|start|enter) (the )?(admin|administrator|system|operator|developer) "
            r"(section|mode|instructions?|prompt|message)\b"
            r"|\bsystem override\s*(:|\]|\)|-{2,}|=|mode|enabled|activated|engaged|active|"
            r"granted|accepted|in effect|initiated)"
            r"|<\s*/\s*(document|customer_?input|user_?input|untrusted|context|data|email|ticket|"
            r"application|claim)\s*>"
        ),
    ),
    (
        "chained_task",
        re.compile(
            r"\b(translate|summari[sz]e|rewrite|paraphrase)\b.{0,60}?\bthen\b.{0,20}?"
            r"\b(approve|pay|release|publish|activate|mark|classify|grant)\b"
        ),
    ),
    (
        "chat_markup",
        re.compile(
            r"<\|im_(start|end)\|>|\[/?inst\]|<</?sys>>|<\s*/?\s*system\s*>|^#{2,} ?system\b", re.M
        ),
    ),
]


# Matched on text with invisibles removed but homoglyphs kept, so Cyrillic stays Cyrillic.
_FOREIGN_OVERRIDE = re.compile(
    r"\b(ignorier\w*|vergiss|missachte\w*|ignorez|oublie[sz]?|ignora|olvida|dimentica|"
    r"negeer|vergeet|ignoruj|zignoruj|zapomnij)\b.{0,40}?\b(anweisung\w*|regeln|vorgaben|"
    r"instructions?|règles|consignes|instrucciones|reglas|istruzioni|regole|instructies|regels|"
    r"instrukcje|polecenia|zasady)\b"
    r"|(игнорируй|проигнорируй|забудь)\s.{0,40}?(инструкци|правил)"
    r"|\bне проверяй\b"
    r"|\b(genehmig\w*|zahl\w*|freigeb\w*)\b((?!\b(nie|niemals|nicht|keine?)\b).){0,40}?"
    r"\bohne (prüfung|kontrolle)\b"
    r"|(не обращай внимания на|игнорируй|проигнорируй|забудь|ігноруй|не зважай на)\s.{0,40}?"
    r"(инструкци|правил|указани|інструкці|вказівк)"
    r"|(αγνόησε|παράβλεψε|ξέχασε).{0,40}?(οδηγίες|κανόνες)"
    r"|(忽略|无视|忘记|忘掉).{0,12}?(指令|指示|规则)"
    r"|(指示|命令|ルール).{0,12}?(無視|忘れ)"
    r"|(지시|명령|규칙|지침).{0,12}?(무시|잊)"
    r"|(تجاهل|انس).{0,30}?(التعليمات|القواعد)"
    r"|(התעלם|שכח).{0,30}?(ההוראות|הכללים)"
    r"|(निर्देशों|नियमों).{0,30}?(अनदेखा|भूल)"
    r"|ละเว้นคำสั่ง|ไม่ต้องสนใจคำสั่ง"
    r"|\b(talimatları|kuralları)\b.{0,30}?(dikkate alma|unut|yoksay|görmezden gel)"
    r"|\b(bỏ qua|phớt lờ|quên)\b.{0,30}?(hướng dẫn|chỉ dẫn|quy tắc)"
    r"|\b(abaikan|lupakan)\b.{0,30}?\b(instruksi|aturan|perintah)\b"
    r"|\b(desconsidere\w*|esqueça)\b.{0,40}?\b(instruções|regras)\b"
    r"|\b(no tengas en cuenta|no tenga en cuenta)\b.{0,30}?\b(instrucciones|indicaciones|reglas)\b"
    r"|\bnon considerare\b.{0,30}?\b(regole|istruzioni)\b"
    r"|\bne (plus )?tenir compte des (consignes|instructions|règles)\b"
    r"|\bbeachte\b.{0,30}?\b(vorgaben|anweisungen|regeln)\b.{0,10}?\bnicht mehr\b"
    r"|\b(ignorera|bortse från|glöm|ignorér|ignorer|glem|zapomeň|unohda|ohita|ignoră|uită)\b"
    r".{0,40}?\b(instruktioner|instrukser|instruksjoner|regler|regler|pokyny|pravidla|ohjeet|"
    r"säännöt|instrucțiunile|regulile)\b"
    r"|\b(hagyd figyelmen kívül|felejtsd el)\b.{0,40}?\b(utasítás\w*|szabály\w*)"
)


# Staff guidance forbids what an injection asks for ("never approve ... without review"), and
# articles say what fraudsters do ("criminals pretend to be your insurer").
_NEGATED = re.compile(r"\b(never|not|don't|cannot|can't|nobody may|no one may)\s+$")
_THIRD_PERSON = re.compile(
    r"\b(they|criminals|fraudsters|scammers|attackers|callers|people|someone|who)"
    r"( \w+){0,2}\s+$"
)
_EXEMPT_BEFORE = {"decision_steering": _NEGATED, "jailbreak": _THIRD_PERSON}


def normalise(text: str) -> str:
    """Fold the tricks used to hide instructions from a pattern match."""
    folded = unicodedata.normalize("NFKC", text)
    folded = INVISIBLE.sub("", folded).translate(_HOMOGLYPHS).lower()
    return re.sub(r"\s+", " ", folded)


def _exempt(rule: str, text: str, match: re.Match[str]) -> bool:
    """Whether a match describes rather than makes the attack: an override phrase wholly inside
    quotation marks (a training note, an article citing it), any match quoted in a text about
    attacks (:func:`~guardrails.quotations.quoted_example`), a closing tag that ends its own XML
    document, a forbidden decision after a negation, a role play whose subject is a third
    person."""
    if quoted_example(text, match.start(), match.end()):
        return True
    if rule == "override":
        return (match.start() - 1, match.end() + 1) in quotations(text)
    if rule == "fake_boundary" and match.group().startswith("<"):
        return _closes_its_document(text, match)
    before = _EXEMPT_BEFORE.get(rule)
    return (
        before is not None
        and before.search(text[max(0, match.start() - 40) : match.start()]) is not None
    )


_TAG_NAME = re.compile(r"<\s*/\s*(\w+)")
_ONLY_CLOSING_MARKUP = re.compile(r"(\s*<\s*/[^<>]*>)*\s*")


def _closes_its_document(text: str, match: re.Match[str]) -> bool:
    """Whether a closing tag ends the XML document it belongs to: its element was opened before
    it and nothing but closing tags follows. A fake boundary closes what was never opened, or
    goes on after the close as if outside the data."""
    name = _TAG_NAME.match(match.group())
    return (
        name is not None
        and re.search(rf"<\s*{name.group(1)}\b", text[: match.start()]) is not None
        and _ONLY_CLOSING_MARKUP.fullmatch(text, match.end()) is not None
    )


def _found(rule: str, pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``pattern`` matches somewhere it is not :func:`_exempt`."""
    return any(not _exempt(rule, text, m) for m in pattern.finditer(text))


def _match(text: str) -> list[str]:
    plain = normalise(text)
    variants = dict.fromkeys((plain, plain.translate(_LEET)))
    rules = [
        rule
        for rule, pattern in _RULES
        if any(_found(rule, pattern, variant) for variant in variants)
    ]
    unfolded = re.sub(r"\s+", " ", INVISIBLE.sub("", unicodedata.normalize("NFKC", text)))
    if _found("foreign_language", _FOREIGN_OVERRIDE, unfolded.lower()):
        rules.append("foreign_language")
    if has_structured_payload(plain):
        rules.append("structured_payload")
    return rules


def detect_injection(
    text: str, *, source: str = "text", model: InjectionModel | None = None
) -> list[Verdict]:
    """One verdict per rule that fired (``escalate``), or a single ``allow``.

    ``source`` names where the text came from (``description``, ``document:invoice.pdf``) and
    appears in the reason so the reviewer knows where to look. With a ``model``, text no rule
    flags is scored by the learned classifier too (``injection.classifier``).
    """
    verdicts: list[Verdict] = [
        Verdict(
            action=Action.ESCALATE,
            rule=f"{RULE_PREFIX}.{rule}",
            reason=f"{source}: matches {rule.replace('_', ' ')} pattern",
        )
        for rule in _match(text)
    ]
    hidden = hidden_texts(text)
    for encoding, plain in hidden:
        if _match(plain):
            verdicts.append(
                Verdict(
                    action=Action.ESCALATE,
                    rule=f"{RULE_PREFIX}.encoded",
                    reason=f"{source}: {encoding} hides instructions",
                )
            )
            break
    mixed = mixed_script_words(text)
    if mixed:
        verdicts.append(
            Verdict(
                action=Action.ESCALATE,
                rule=f"{RULE_PREFIX}.mixed_script",
                reason=f"{source}: {len(mixed)} word(s) mix Latin with look-alike letters",
            )
        )
    if hidden_characters(text):
        verdicts.append(
            Verdict(
                action=Action.ESCALATE,
                rule=f"{RULE_PREFIX}.hidden_characters",
                reason=f"{source}: contains invisible or direction-control characters",
            )
        )
    if model is None:
        return verdicts or [Verdict.allow(f"{RULE_PREFIX}.none", f"{source}: no injection pattern")]
    return _with_model(verdicts, text, source, model, concealed_runs(text, hidden))


def needs_corroboration(text: str, rules: set[str]) -> bool:
    """Whether rule matches on ``text`` (verdict rule names) stand only if the learned model
    agrees: every rule is one of :data:`CORROBORATED_RULES` and the text has prose of its own
    around the payload (a payload with no words around it has nothing to tell a pasted record
    from a planted one)."""
    return (
        bool(rules) and rules <= _CORROBORATED_VERDICTS and reads(outside_payloads(normalise(text)))
    )


def _with_model(
    verdicts: list[Verdict],
    text: str,
    source: str,
    model: InjectionModel,
    concealed: list[tuple[str, str]],
) -> list[Verdict]:
    """The rule verdicts weighed with the learned model: a match of :data:`CORROBORATED_RULES`
    alone stands only when the model scores the text at least :data:`CORROBORATION` (which is
    below the model's own threshold); with no rule match, a ``concealed`` run the model scores
    that high escalates, and so does text the model scores at its threshold."""
    if verdicts:
        if not needs_corroboration(text, {v.rule for v in verdicts}):
            return verdicts
        score = model.probability(text)
        if score >= CORROBORATION:
            return verdicts
        rules = ", ".join(v.rule for v in verdicts)
        return [
            Verdict.allow(
                f"{RULE_PREFIX}.uncorroborated",
                f"{source}: {rules} not corroborated, learned model scores {score:.3f}",
            )
        ]
    instruction = _concealed_instruction(concealed, model)
    if instruction is not None:
        encoding, score = instruction
        return [
            Verdict(
                action=Action.ESCALATE,
                rule=f"{RULE_PREFIX}.encoded",
                reason=f"{source}: {encoding} hides text the learned model scores "
                f"{score:.3f} (at least {CORROBORATION})",
            )
        ]
    probability = model.assess(text)
    if probability is None:
        return [Verdict.allow(f"{RULE_PREFIX}.none", f"{source}: no injection pattern")]
    return [
        Verdict(
            action=Action.ESCALATE,
            rule=f"{RULE_PREFIX}.classifier",
            reason=f"{source}: learned model scores {probability:.3f} "
            f"(threshold {model.threshold:.3f})",
        )
    ]


def _concealed_instruction(
    concealed: list[tuple[str, str]], model: InjectionModel
) -> tuple[str, float] | None:
    """The encoding and score of the first concealed run the model scores at least
    :data:`CORROBORATION`: plain words need no encoding, so words hidden in one need less to
    look like an instruction than words in plain sight."""
    for encoding, plain in concealed:
        if reads(plain):
            score = model.probability(plain)
            if score >= CORROBORATION:
                return encoding, score
    return None


def detect_injection_in(
    value: Any, *, source: str, model: InjectionModel | None = None
) -> list[Verdict]:
    """:func:`detect_injection` on every string of a JSON-shaped value (a tool or legacy-system
    response, a knowledge passage): its keys are the client's contract, its strings are not."""
    verdicts = [
        verdict
        for path, text in json_strings(value, source)
        for verdict in detect_injection(text, source=path, model=model)
        if verdict.action is not Action.ALLOW
    ]
    return verdicts or [Verdict.allow(f"{RULE_PREFIX}.none", f"{source}: no injection pattern")]
