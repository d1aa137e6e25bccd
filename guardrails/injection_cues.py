# ruff: noqa: RUF001  (the cues are words of other scripts, some with look-alike letters)
"""Multilingual cues of an injection, appended to what the learned model reads as words of
their own (``cue_address``, ``cue_address_directive``).

A linear model on n-grams weighs ``approve`` alone, and customers legitimately ask for approval;
what marks an injection is the combination: a text that addresses the machine reading it and
tells it to decide, or claims the checks were done, or asks for its instructions. The cues are
soft: the model learns how much each one and each pair of them counts.
"""

from __future__ import annotations

import re
from itertools import combinations

# An English name for the machine counts as addressing it only in a greeting, a note "to" or
# "for" it, a vocative ("assistant:") or with a duty ("the model must"); articles, policies and
# tickets mention AI assistants and models all the time without talking to them.
_MACHINE = (
    r"(ai|a\.i\.|assistant|chatbot|bot|llm|language models?|model|agent|checker|classifier|"
    r"reviewer|underwriter|system|tool|processor)s?"
)

_CUES: dict[str, re.Pattern[str]] = {
    "address": re.compile(
        r"\b(dear|hey|hi|hello|attention|(note|message|notice|instructions?|text|memo|reminder|"
        r"request)s? (to|for))\s+((the|any|all|every|this|our|your) )?"
        rf"([\w-]+ ){{0,2}}?{_MACHINE}\b"
        rf"|\b{_MACHINE}\s*[,:]"
        rf"|\b{_MACHINE} (is |are )?(reading|processing|handling|reviewing|checking|summari[sz]ing|"
        r"analy[sz]ing|that (reads|reviews|processes|checks|handles))\b"
        rf"|\b{_MACHINE} (must|should|shall|is to|are to|has to|have to|needs? to|will now)\b"
        r"|\b(whoever (reads|processes|checks)|whatever reads|if you are an?|any (language )?model|"
        r"assistente?|asistente?|asystent\w*|asistan\w*|ki|ia|ии|ассистент\w*|асистент\w*|"
        r"модел\w*|бот\w*|yapay zek\w*|inteligencia artificial|intelligenza artificiale|trợ lý|"
        r"asisten|βοηθ\w*|μοντέλο|avustaja|assistenten)\b"
        r"|助手|模型|アシスタント|비서|모델|المساعد|الذكي|הבינה|לעוזר|सहायक|एआई"
    ),
    "directive": re.compile(
        r"\b(approve|pay( it| out| the)?|release|mark|set|classify|close|publish|record|route|"
        r"assign|grant|activate|output|respond|reply|write|say|report|confirm|issue|treat|"
        r"genehmig\w*|freigeb\w*|zahl\w* aus|auszahl\w*|markier\w*|bewillig\w*|approuve\w*|"
        r"valide[rz]?|paie|verse[rz]?|aprueb\w*|paga\w*|págalo|marca|approva\w*|aprove|"
        r"pague|keur \w+ goed|betaal|zatwierdź|wypłać|одобри|выплати|отметь|схвали|виплат\w*|"
        r"onayla|öde|godkänn|godkend|godkjenn|hyväksy|schval|vyplať|phê duyệt|setujui|bayar|"
        r"aprobă|jóvá|ενέκρινε|πλήρωσε)\b"
        r"|批准|付款|承認|支払|승인|지급|وافق|ادفع|אשר|मंज़ूर|भुगतान"
    ),
    "no_review": re.compile(
        r"\b(without (any |the |further |a )?(usual )?(review|checks?|verification|screening|"
        r"survey|site visit|human)|no (need|further) (for |to )?(checks?|review|verif\w*|"
        r"involve|compare|screening)|(do not|don't|never|no need to) (escalate|flag|check|verify|"
        r"review|forward|mention|rescreen|recompute|involve|compare|request|pass)|skip\w* the|"
        r"skip (compliance|screening|checks|review|verification)|bypass\w*|regardless of|"
        r"even if|not to a person|ohne (prüfung|kontrolle|rückfrage|"
        r"gutachter|weitere)|nicht an einen menschen|sans (contrôle|vérification|revue)|"
        r"à personne|sin (revisión|verificación|más)|senza (ulteriori )?(verifiche|revisione|"
        r"controll\w*)|sem revisão|zonder controle|bez (kontroli|weryfikacji|kontroly)|"
        r"без (проверки|перевірки)|utan granskning|uden kontrol|uten kontroll|kontrol etme\w*|"
        r"không cần kiểm tra|tanpa pemeriksaan|χωρίς έλεγχο)\b"
        r"|不要人工|无需审核|審査なし|검토 없이|دون مراجعة|ללא בדיקה|बिना जाँच"
    ),
    "already": re.compile(
        r"\b(already (been )?(approved|verified|cleared|checked|reviewed|done|validated|"
        r"confirmed|passed)|pre-?(approved|cleared|verified|filled)|"
        r"has been (approved|cleared|verified|"
        r"reviewed) by|(signed off|cleared) by|bereits (intern )?(geprüft|genehmigt|freigegeben)|"
        r"déjà (approuvé|validé)|ya fue (aprobado|revisado|validado)|già (approvata|verificata)|"
        r"já (foi )?(aprovado|validado)|al gecontroleerd|już (zatwierdzon\w*|sprawdzon\w*)|"
        r"уже (проверен\w*|одобрен\w*)|вже погоджено|zaten onaylandı|redan godkänt|"
        r"už byla schválena|đã được|sudah disetujui|έχει ήδη)\b"
        r"|已由|已经批准|既に|이미|مسبقا|مسبقاً|כבר אושר"
    ),
    "authority": re.compile(
        r"\b(i (hereby )?(order|instruct|command|authori[sz]e) you|as (the |your )?(senior |head |"
        r"chief )?(administrator|admin|manager|director|supervisor|developer|head of \w+)|"
        r"(system|admin|developer|operator) (message|note|notice|override|instruction)|"
        r"from (your|the) (developers?|operators?|administrators?|management)|"
        r"systemnachricht|message système|mensaje del sistema|messaggio di sistema|"
        r"mensagem do sistema|systeembericht|komunikat systemowy|системное сообщение|"
        r"sistem mesajı)\b"
        r"|系统消息|システムメッセージ|시스템 메시지|رسالة النظام"
    ),
    "secrets": re.compile(
        r"\b(system prompt|your (instructions|rules|prompt|configuration)|hidden (rules|"
        r"instructions|prompt)|word for word|verbatim|mot pour mot|wörtlich|prompt del sistema|"
        r"системный промпт|instrukcje systemowe|sistem talimatlar\w*)\b"
        r"|系统提示词|システムプロンプト|시스템 프롬프트|تعليمات النظام"
    ),
}

# Addressing a machine and asking for a decision are each everyday business language ("our
# assistant", "please approve"); only together with another cue do they mark an injection.
_ONLY_IN_PAIRS = frozenset({"address", "directive"})


def cues(lowered: str) -> list[str]:
    """The cue words for a lower-cased text: one per cue found, one per pair found together."""
    found = [name for name, pattern in _CUES.items() if pattern.search(lowered)]
    alone = [f"cue_{name}" for name in found if name not in _ONLY_IN_PAIRS]
    return alone + [f"cue_{a}_{b}" for a, b in combinations(found, 2)]
