"""Seeded generator of the labelled case sets: ``python -m evaluation.generate`` rewrites
``cases/<process>/generated.jsonl``. Same seed, same files.

Expected outcomes come from the written business rules (``config/policies/*.yaml``, the process
docs, the DMN tables) restated here as the case author reads them, not from the fleet's code.
The hand-written adversarial cases live beside them in ``adversarial.jsonl``."""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from evaluation.cases import CASES_DIR

SEED = 16
Case = dict[str, Any]

# --- claims: claims.yaml (auto-approval limits, fraud signals), guardrails.yaml (glass limits),
# the simulator's policy book (simulator/data/policies.json) as the legacy system's truth.
HOME = {"number": "HOME-100001", "from": date(2025, 1, 1), "holder": "Anna Schmidt"}
MOTOR = {"number": "MOTOR-200001", "from": date(2025, 1, 1), "holder": "Liam O'Brien"}
NEW_HOME = {"number": "HOME-100003", "from": date(2026, 1, 1), "holder": "Marie Dubois"}
DEDUCTIBLE = {"water": 250, "fire": 500, "theft": 250, "storm": 500, "glass": 100}
MOTOR_DEDUCTIBLE = {"collision": 500, "theft": 300, "glass": 150, "storm": 300}
DESCRIPTIONS = {
    "water": [
        "A washing machine hose burst and water soaked the kitchen floor and a cabinet.",
        "A pipe under the bathroom sink leaked overnight and damaged the floorboards.",
        "Water from a burst radiator pipe stained the living room ceiling and carpet.",
    ],
    "fire": [
        "A kitchen fire damaged cabinets, the ceiling and the oven; the fire brigade attended.",
        "A candle set the curtains on fire and smoke damaged the bedroom walls.",
    ],
    "theft": [
        "Burglars broke in through the back door and stole a laptop and jewellery.",
        "My bicycle was stolen from the locked garden shed; the lock was cut.",
    ],
    "storm": [
        "Storm winds tore tiles off the roof and rain entered the attic.",
        "A storm blew down the garden fence and a falling branch dented the shed roof.",
    ],
    "glass": [
        "The living room window cracked when a football hit it.",
        "A stone chipped and cracked the glass of the patio door.",
    ],
    "collision": [
        "Another car reversed into my parked car and dented the rear bumper and door.",
        "I collided with a bollard while parking and damaged the front bumper.",
    ],
}
MOTOR_DESCRIPTIONS = {
    "glass": ["A stone hit the windscreen on the motorway and cracked it."],
    "theft": ["My car was broken into overnight and the radio and navigation unit were stolen."],
    "storm": ["Hail during a storm dented the car roof and bonnet."],
}


def _claim(
    rng: random.Random, policy: dict[str, Any], loss_type: str, amount: float, **extra: Any
) -> Case:
    loss = extra.pop("loss", date(2026, 3, 2) + timedelta(days=rng.randrange(0, 150)))
    reported = extra.pop("reported", loss + timedelta(days=rng.randrange(1, 10)))
    motor = policy["number"].startswith("MOTOR")
    texts = (MOTOR_DESCRIPTIONS if motor else DESCRIPTIONS).get(loss_type) or DESCRIPTIONS[
        loss_type
    ]
    documents = extra.pop(
        "documents",
        [{"kind": "invoice", "name": "invoice.pdf", "text": f"Repair invoice {amount:.2f} EUR"}],
    )
    return {
        "claimId": extra.pop("claim_id"),
        "policyNumber": policy["number"],
        "claimant": {"name": policy["holder"], "email": "claimant@example.org"},
        "lossDate": loss.isoformat(),
        "reportedAt": f"{reported.isoformat()}T09:30:00Z",
        "lossType": loss_type,
        "description": rng.choice(texts),
        "amount": {"value": amount, "currency": "EUR"},
        "documents": documents,
    }


def _odd_amount(rng: random.Random, low: int, high: int) -> float:
    """An amount that is not a round thousand (a fraud signal of its own)."""
    value = rng.randrange(low, high)
    return float(value if value % 1000 else value + 37)


def claims_cases(rng: random.Random) -> Iterator[Case]:
    n = iter(range(1, 1000))

    def case(label: str, claim: Case, outcome: str, human: bool, **extra: Any) -> Case:
        number = next(n)
        claim["claimId"] = f"EVAL-CLM-{number:03d}"
        return {
            "id": f"claims-gen-{number:03d}",
            "process": "claims-adjudication",
            "label": label,
            "case": claim,
            "expected": {"outcome": outcome, "humanRequired": human},
            **extra,
        }

    for _ in range(10):  # small, documented, covered, no fraud signal: decided without a person
        loss_type = rng.choice(["water", "fire", "theft", "storm"])
        amount = _odd_amount(rng, DEDUCTIBLE[loss_type] + 50, 5000 + DEDUCTIBLE[loss_type])
        yield case("clean", _claim(rng, HOME, loss_type, amount, claim_id=""), "approved", False)
    for _ in range(3):  # glass under its own lower auto-approval limit (1500)
        amount = _odd_amount(rng, 300, 1500)
        yield case("clean", _claim(rng, HOME, "glass", amount, claim_id=""), "approved", False)
    for _ in range(3):  # motor, small and covered
        loss_type = rng.choice(["glass", "theft", "storm"])
        amount = _odd_amount(rng, MOTOR_DEDUCTIBLE[loss_type] + 100, 1400)
        yield case("clean", _claim(rng, MOTOR, loss_type, amount, claim_id=""), "approved", False)
    for stance in ["agree", "agree", "agree", "disagree", "disagree"]:  # payout above 5000
        amount = _odd_amount(rng, 6000, 24000)
        claim = _claim(rng, HOME, rng.choice(["water", "fire", "storm"]), amount, claim_id="")
        outcome = "approved" if stance == "agree" else "denied"
        yield case("rule", claim, outcome, True, reviewer={"stance": stance, "minutes": 45})
    for stance in ["agree", "agree", "disagree"]:  # payout above 25000: handler, then senior
        amount = _odd_amount(rng, 27000, 90000)
        claim = _claim(rng, HOME, rng.choice(["fire", "storm"]), amount, claim_id="")
        outcome = "approved" if stance == "agree" else "denied"
        yield case("rule", claim, outcome, True, reviewer={"stance": stance, "minutes": 60})
    for _ in range(3):  # at or below the deductible: nothing to pay
        loss_type = rng.choice(["water", "theft"])
        amount = float(rng.randrange(60, DEDUCTIBLE[loss_type]))
        claim = _claim(rng, HOME, loss_type, amount, claim_id="", documents=[])
        yield case("rule", claim, "denied", False)
    unknown = {"number": "HOME-990001", "from": date(2025, 1, 1), "holder": "Paul Klein"}
    for _ in range(2):
        yield case("rule", _claim(rng, unknown, "water", 800.0, claim_id=""), "denied", False)
    for number, holder in [
        ("HOME-100004", "Jan de Vries"),
        ("HOME-100005", "Sofia Martinez"),
        ("MOTOR-200004", "Claire Martin"),
    ]:  # lapsed or cancelled
        policy = {"number": number, "from": date(2025, 1, 1), "holder": holder}
        loss_type = "glass" if number.startswith("MOTOR") else "water"
        yield case("rule", _claim(rng, policy, loss_type, 640.0, claim_id=""), "denied", False)
    for number, holder, loss_type in [
        ("HOME-100006", "Mikko Virtanen", "water"),
        ("MOTOR-200003", "Nikos Papadopoulos", "collision"),
    ]:
        policy = {"number": number, "from": date(2025, 9, 1), "holder": holder}
        claim = _claim(rng, policy, loss_type, 910.0, claim_id="")
        yield case("rule", claim, "denied", False, note="loss type not on the policy")
    for stance in ["agree", "disagree"]:  # loss within 30 days of inception (0.35)
        claim = _claim(
            rng,
            NEW_HOME,
            "water",
            1720.0,
            claim_id="",
            loss=date(2026, 1, 12),
            reported=date(2026, 1, 14),
        )
        outcome = "referred" if stance == "agree" else "approved"
        yield case("rule", claim, outcome, True, reviewer={"stance": stance, "minutes": 40})
    for stance in ["agree", "disagree"]:  # late report + no documents above 1000 (0.35)
        claim = _claim(
            rng,
            HOME,
            "theft",
            2340.0,
            claim_id="",
            loss=date(2026, 2, 1),
            reported=date(2026, 5, 20),
            documents=[],
        )
        outcome = "referred" if stance == "agree" else "approved"
        yield case("rule", claim, outcome, True, reviewer={"stance": stance, "minutes": 40})
    frequent = {"number": "HOME-100002", "from": date(2025, 6, 1), "holder": "Luca Rossi"}
    for _ in range(2):  # 2+ prior claims in a year and a round amount (0.4)
        claim = _claim(rng, frequent, "water", 3000.0, claim_id="", loss=date(2026, 4, 20))
        yield case("rule", claim, "referred", True, reviewer={"stance": "agree", "minutes": 40})
    for _ in range(2):  # round amount alone (0.1) stays automatic
        claim = _claim(rng, HOME, "storm", 2000.0, claim_id="")
        yield case("rule", claim, "approved", False)
    for _ in range(3):  # glass above its 1500 auto-approval limit goes to a person
        amount = _odd_amount(rng, 1700, 2800)
        claim = _claim(rng, HOME, "glass", amount, claim_id="")
        yield case("rule", claim, "approved", True, reviewer={"stance": "agree", "minutes": 30})
    for _ in range(3):  # review held past its 4-hour SLA: the team lead is told, review goes on
        amount = _odd_amount(rng, 7000, 20000)
        claim = _claim(rng, HOME, "fire", amount, claim_id="")
        yield case(
            "sla-breach", claim, "approved", True, reviewer={"stance": "agree", "minutes": 300}
        )


# --- onboarding: onboarding.yaml (documents, products, country risk), the onboarding-risk DMN
# (review on high risk, failed identity or sanctions hit), the KYC registry's seed records.
PEOPLE = [
    ("Anna Schmidt", "1985-03-14", "DE"),
    ("Luca Rossi", "1979-07-02", "IT"),
    ("Sophie Martin", "1992-11-23", "FR"),
    ("Jan de Vries", "1988-01-30", "NL"),
    ("Björn Lindqvist", "1983-09-05", "SE"),
    ("Zofia Kowalczyk", "1995-02-11", "PL"),
    ("Emma Novak", "1999-08-19", "CZ"),
    ("Thomas Müller", "1969-04-25", "DE"),
    ("Chloé Dubois", "1987-06-06", "FR"),
    ("Hannah Fischer", "1997-12-24", "DE"),
    ("Oliver Brown", "1980-01-15", "GB"),
    ("Amélie Laurent", "1991-04-04", "FR"),
]


def _person(name: str, born: str, country: str) -> Case:
    email = name.lower().replace(" ", ".").encode("ascii", "ignore").decode() + "@example.org"
    return {"kind": "person", "name": name, "dateOfBirth": born, "country": country, "email": email}


def _docs(name: str, born: str, kinds: list[str]) -> list[Case]:
    texts = {
        "id": f"Identity card {name} born {born}",
        "proof-of-address": "Utility bill, Hauptstrasse 1",
        "proof-of-income": "Payslip, net 3100 EUR",
    }
    return [{"kind": k, "name": f"{k}.pdf", "text": texts.get(k, k)} for k in kinds]


def onboarding_cases(rng: random.Random) -> Iterator[Case]:
    n = iter(range(1, 1000))

    def case(
        label: str,
        applicant: Case,
        product: str,
        docs: list[Case],
        outcome: str,
        human: bool,
        **extra: Any,
    ) -> Case:
        number = next(n)
        return {
            "id": f"onboarding-gen-{number:03d}",
            "process": "customer-onboarding",
            "label": label,
            "case": {
                "applicationId": f"EVAL-APP-{number:03d}",
                "applicant": applicant,
                "requestedProduct": product,
                "documents": docs,
            },
            "expected": {"outcome": outcome, "humanRequired": human},
            **extra,
        }

    basic = ["id", "proof-of-address"]
    for _ in range(12):  # registry match, low-risk country, documents complete
        name, born, country = rng.choice(PEOPLE)
        product = rng.choice(["current-account", "savings-account"])
        yield case(
            "clean",
            _person(name, born, country),
            product,
            _docs(name, born, basic),
            "activated",
            False,
        )
    for _ in range(4):  # a credit product is medium risk: no review
        name, born, country = rng.choice(PEOPLE)
        docs = _docs(name, born, [*basic, "proof-of-income"])
        yield case("rule", _person(name, born, country), "credit-card", docs, "activated", False)
    for _ in range(5):  # documents missing, then uploaded when asked
        name, born, country = rng.choice(PEOPLE)
        upload = _docs(name, born, ["proof-of-address"])
        yield case(
            "rule",
            _person(name, born, country),
            "savings-account",
            _docs(name, born, ["id"]),
            "activated",
            False,
            uploads=upload,
        )
    for _ in range(4):  # documents missing and never sent: abandoned at the deadline
        name, born, country = rng.choice(PEOPLE)
        yield case(
            "rule",
            _person(name, born, country),
            "current-account",
            _docs(name, born, ["id"]),
            "abandoned",
            False,
        )
    for stance, country in [
        ("agree", "IR"),
        ("agree", "RU"),
        ("disagree", "SY"),
        ("agree", "KP"),
        ("disagree", "MM"),
    ]:  # high-risk country
        name, born, _ = rng.choice(PEOPLE)
        outcome = "activated" if stance == "agree" else "rejected"
        yield case(
            "rule",
            _person(name, born, country),
            "current-account",
            _docs(name, born, basic),
            outcome,
            True,
            reviewer={"stance": stance, "minutes": 90},
        )
    for name, born, country in [
        ("Peter Hoffmann", "1974-08-08", "DE"),
        ("Marco Bianchi", "1986-09-09", "IT"),
        ("Greta Wagner", "1940-02-14", "DE"),
    ]:  # registry: fraud/deceased
        yield case(
            "rule",
            _person(name, born, country),
            "current-account",
            _docs(name, born, basic),
            "rejected",
            True,
            reviewer={"stance": "agree", "minutes": 60},
        )
    for _ in range(3):  # the identity card names someone else's date of birth
        name, born, country = rng.choice(PEOPLE)
        docs = _docs(name, "1950-01-01", basic)
        yield case(
            "rule",
            _person(name, born, country),
            "savings-account",
            docs,
            "rejected",
            True,
            reviewer={"stance": "agree", "minutes": 60},
        )
    for name, born in [
        ("Viktor Kovalenko", "1961-05-12"),
        ("Mohammed Al-Rashidi", "1970-11-03"),
        ("Dmitry Volkov", "1968-02-27"),
    ]:  # on the sanctions list
        yield case(
            "rule",
            _person(name, born, "DE"),
            "current-account",
            _docs(name, born, basic),
            "rejected",
            True,
            reviewer={"stance": "agree", "minutes": 60},
        )
    for _ in range(2):  # a company in a medium-risk country is high risk
        company = {
            "kind": "company",
            "name": "Harbour Trading FZE",
            "registrationNumber": f"AE-{rng.randrange(10000, 99999)}",
            "country": "AE",
            "email": "office@harbour.example",
        }
        docs = [
            {"kind": k, "name": f"{k}.pdf", "text": k}
            for k in [
                "certificate-of-incorporation",
                "proof-of-address",
                "ownership-structure",
                "beneficial-owner-declaration",
            ]
        ]
        yield case(
            "rule",
            company,
            "business-account",
            docs,
            "activated",
            True,
            reviewer={"stance": "agree", "minutes": 120},
        )
    for _ in range(3):  # compliance review held past its 8-hour SLA
        name, born, _ = rng.choice(PEOPLE)
        yield case(
            "sla-breach",
            _person(name, born, "YE"),
            "current-account",
            _docs(name, born, basic),
            "activated",
            True,
            reviewer={"stance": "agree", "minutes": 600},
        )


# --- content: content.yaml and guardrails.yaml (forbidden language, claims needing evidence,
# disclaimers, brand voice), docs/content.md (reviewers always decide, revise loop).
CLEAN_BODIES = [
    "Start saving this spring with our flexible savings account. Open it in minutes in the app.",
    "Our current account comes with a free debit card and instant payment notifications.",
    "Moving house? Update your address in the app and we will send your new card there.",
    "Travel abroad with our card and pay in local currency without extra steps.",
    "Set a savings goal in the app and watch your progress every month.",
]
DISCLAIMED = {
    "credit": "Borrow for your plans with a fixed monthly rate. "
    "Credit is subject to status and affordability.",
    "investment": "Invest monthly from 25 EUR in a diversified fund. "
    "Capital at risk. The value of investments can go down as well as up.",
    "mortgage": "Fix your mortgage rate for ten years. "
    "Your home may be repossessed if you do not keep up repayments on your mortgage.",
}
VIOLATIONS = [
    (
        "home-insurance",
        "Home insurance that pays out, no questions asked.",
        "Home insurance with a fair, quick assessment.",
    ),
    (
        "savings-account",
        "A risk-free way to grow your savings this year.",
        "A straightforward way to grow your savings this year.",
    ),
    (
        "home-insurance",
        "We guarantee payout on every claim you make.",
        "We settle valid claims promptly.",
    ),
    (
        "savings-account",
        "95% of our customers would recommend us to a friend.",
        "Our customers tell us they would recommend us to a friend.",
    ),
    (
        "investment",
        "Grow your money with our new fund, opened in minutes.",
        "Grow your money with our new fund. "
        "Capital at risk. The value of investments can go down as well as up.",
    ),
]


def content_cases(rng: random.Random) -> Iterator[Case]:
    n = iter(range(1, 1000))

    def case(label: str, channel: str, product: str, body: str, outcome: str, **extra: Any) -> Case:
        number = next(n)
        claims_made = extra.pop("claimsMade", [])
        return {
            "id": f"content-gen-{number:03d}",
            "process": "content-approval",
            "label": label,
            "case": {
                "submissionId": f"EVAL-SUB-{number:03d}",
                "author": {"name": "Mia Keller", "email": "mia.keller@example.org"},
                "channel": channel,
                "audience": "retail customers",
                "product": product,
                "title": f"Campaign {number}",
                "body": body,
                "claimsMade": claims_made,
            },
            "expected": {"outcome": outcome, "humanRequired": True},
            **extra,
        }

    channels = ["web", "email", "social", "print"]
    for _ in range(14):  # clean copy: every reviewer approves
        body = rng.choice(CLEAN_BODIES)
        yield case("clean", rng.choice(channels), "current-account", body, "published")
    for product, body in DISCLAIMED.items():  # regulated product, disclaimer present
        for channel in ["web", "email"]:
            yield case("clean", channel, product, body, "published")
    for _ in range(5):  # a reviewer disagrees with clean copy and rejects it
        yield case(
            "rule",
            rng.choice(channels),
            "savings-account",
            rng.choice(CLEAN_BODIES),
            "rejected",
            reviewer={"stance": "disagree", "minutes": 30},
        )
    for product, body, rewrite in VIOLATIONS * 2:  # violations: changes, revised, published
        yield case(
            "rule",
            rng.choice(["web", "email"]),
            product,
            body,
            "published",
            reviewer={"stance": "agree", "minutes": 30, "revisedBody": rewrite},
        )
    for product, body, _ in VIOLATIONS[:3]:  # reviewers wave a violation through (override)
        yield case(
            "rule",
            "email",
            product,
            body,
            "published",
            reviewer={"stance": "disagree", "minutes": 30},
        )
    for _ in range(3):  # a statistic declared with its source needs no change
        yield case(
            "rule",
            "web",
            "savings-account",
            "Over 80% of savers in our 2025 survey reached their goal.",
            "published",
            claimsMade=[
                {
                    "text": "Over 80% of savers in our 2025 survey reached their goal",
                    "evidence": "Customer survey 2025, n=2,140",
                }
            ],
        )
    for _ in range(3):  # jargon is a style note, not a violation
        yield case(
            "rule",
            "web",
            "current-account",
            "Leverage our app to see every payment as it happens.",
            "published",
        )
    for _ in range(3):  # reviews held past their 24-hour SLA
        yield case(
            "sla-breach",
            "email",
            "current-account",
            rng.choice(CLEAN_BODIES),
            "published",
            reviewer={"stance": "agree", "minutes": 1500},
        )


# --- escalation: escalation.yaml (keywords → category, priority words), docs/escalation.md.
TOPICS = {
    "billing": ("Invoice shows a wrong fee", "My last invoice has a fee I never agreed to."),
    "claims": ("Claim settlement", "The loss adjuster has not called back about my claim."),
    "technical": ("Cannot log in", "The app shows an error every time I try to log in."),
    "compliance": (
        "Subject access request under GDPR",
        "Please send me all personal data you hold about me.",
    ),
    "retention": ("Want to cancel", "I am thinking about leaving for a competitor."),
    "general": ("Opening hours", "What are the opening hours of the city branch?"),
}
CUSTOMERS = [
    "CUST-1001",
    "CUST-1003",
    "CUST-1004",
    "CUST-1005",
    "CUST-1006",
    "CUST-1009",
    "CUST-1010",
    "CUST-1014",
    "CUST-1016",
    "CUST-1019",
    "CUST-1023",
]


def escalation_cases(rng: random.Random) -> Iterator[Case]:
    n = iter(range(1, 1000))

    def case(
        label: str, category: str, outcome: str, customer: str | None = None, **extra: Any
    ) -> Case:
        number = next(n)
        subject, body = TOPICS[category]
        return {
            "id": f"escalation-gen-{number:03d}",
            "process": "backoffice-escalation",
            "label": label,
            "case": {
                "ticketId": f"EVAL-TCK-{number:03d}",
                "customerId": customer or rng.choice(CUSTOMERS),
                "channel": rng.choice(["email", "chat", "web", "phone"]),
                "subject": subject,
                "body": body,
                "history": [],
            },
            "expected": {"outcome": outcome, "humanRequired": True, "category": category},
            **extra,
        }

    for category in TOPICS:  # the routed expert group resolves it
        for _ in range(5):
            yield case("clean", category, "resolved")
    for category in ["billing", "technical", "claims", "retention"]:  # experts give up
        yield case("rule", category, "escalated", reviewer={"stance": "disagree", "minutes": 60})
    for category in ["billing", "general"]:  # customer not in the CRM: routed all the same
        yield case("rule", category, "resolved", customer="CUST-9999")
    for category in ["billing", "technical", "compliance", "general"]:  # SLA breach → team lead
        yield case(
            "sla-breach", category, "resolved", reviewer={"stance": "agree", "minutes": 5000}
        )


GENERATORS: dict[str, Callable[[random.Random], Iterator[Case]]] = {
    "claims-adjudication": claims_cases,
    "customer-onboarding": onboarding_cases,
    "content-approval": content_cases,
    "backoffice-escalation": escalation_cases,
}


def write_sets(root: Path = CASES_DIR, seed: int = SEED) -> dict[str, int]:
    counts = {}
    for process, generator in GENERATORS.items():
        cases = list(generator(random.Random(f"{seed}:{process}")))
        folder = root / process
        folder.mkdir(parents=True, exist_ok=True)
        lines = [json.dumps(case, ensure_ascii=False, sort_keys=True) for case in cases]
        (folder / "generated.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts[process] = len(cases)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=CASES_DIR)
    args = parser.parse_args(argv)
    for process, count in write_sets(args.out, args.seed).items():
        print(f"{process}: {count} generated cases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
