"""A labelled PII corpus, generated deterministically (seeded) from carrier sentences and value
generators. Values are built to be valid (IBAN mod-97, Luhn, Steuer-ID check digit) and decoys to
be invalid look-alikes, so labels are known by construction. Formats are the ones the detector
was written for: this measures the checks against realistic variation, not unseen formats."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

from guardrails.pii import PIIKind

FIRST = ["Anna", "Peter", "Maria", "James", "Fatima", "Lukas", "Chloe", "Omar", "Ingrid", "Tom"]
LAST = ["Berg", "Schmidt", "Lopez", "Okafor", "Nguyen", "Walsh", "Kowalski", "Hansen", "Rossi"]
STREETS = ["Baker", "Mill", "Church", "Station", "Park", "Victoria", "Oak", "High"]
SUFFIX = ["Street", "Road", "Avenue", "Lane", "Close", "Drive"]
DE_STREETS = ["Haupt", "Linden", "Garten", "Schiller", "Berg", "Kirch"]
DE_SUFFIX = ["straße", "weg", "allee", "platz"]

CARRIERS = [
    "The pipe burst on Monday; you can reach me via {a}.",
    "Please send the payout to {a}, thank you.",
    "Reported by {a}. The kitchen floor is ruined.",
    "My details: {a} and {b}. The fire started in the hallway.",
    "Contact {a} regarding the stolen bicycle, or write to {b}.",
    "Storm damage at the back of the house. Owner reference {a}.",
    "Hail cracked the windscreen; card used for the excess: {a}.",
    "For the insurer only: {a}. Second contact {b}.",
    "The neighbour ({a}) saw the burglars leave at night.",
    "Invoice attached, bank account {a}, phone {b}.",
]
DECOY_CARRIERS = [
    "Claim CLM-2024-{n:06d} was filed on 2024-03-{d:02d} for {amount} EUR.",
    "Policy POL-{n:08d}, order no. {n:07d}, reference {bad}.",
    "The water rose {d} cm and the repair quote is {amount},00 EUR.",
]


@dataclass(frozen=True)
class Sample:
    text: str
    spans: tuple[tuple[PIIKind, int, int], ...]


def _luhn_digit(body: str) -> str:
    total = 0
    for index, ch in enumerate(reversed(body)):
        digit = int(ch)
        if index % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def _iban(rng: random.Random, country: str) -> str:
    if country == "DE":
        bban = "".join(rng.choices(string.digits, k=18))
    else:
        bban = "".join(rng.choices(string.ascii_uppercase, k=4)) + "".join(
            rng.choices(string.digits, k=14)
        )
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    compact = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if rng.random() < 0.5:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def _card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("55", 16), ("37", 15), ("6011", 16)])
    body = prefix + "".join(rng.choices(string.digits, k=length - len(prefix) - 1))
    number = body + _luhn_digit(body)
    sep = rng.choice([" ", "-", "", "\n"])
    if sep == "":
        return number
    groups = [number[i : i + 4] for i in range(0, len(number), 4)]
    return sep.join(groups) if sep != "\n" else " ".join(groups[:2]) + "\n" + " ".join(groups[2:])


def _steuer_id(rng: random.Random) -> str:
    digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(9)]
    product = 10
    for digit in digits:
        total = (digit + product) % 10 or 10
        product = (total * 2) % 11
    return "".join(map(str, digits)) + str((11 - product) % 10)


def _value(rng: random.Random, kind: PIIKind) -> tuple[str, str, str]:
    """(text to insert, the PII value inside it, the prefix before the value)."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if kind is PIIKind.EMAIL:
        value = (
            f"{first.lower()}.{last.lower()}@{rng.choice(['example.org', 'mail.de', 'post.co.uk'])}"
        )
        return value, value, ""
    if kind is PIIKind.PHONE:
        value = rng.choice(
            [
                f"+49 30 {rng.randint(1000000, 9999999)}",
                f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                f"0{rng.randint(100, 999)} {rng.randint(1000000, 9999999)}",
                f"555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                f"(0{rng.randint(10, 99)}) {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
            ]
        )
        return value, value, ""
    if kind is PIIKind.IBAN:
        value = _iban(rng, rng.choice(["DE", "GB"]))
        return value, value, ""
    if kind is PIIKind.CARD:
        value = _card(rng)
        return value, value, ""
    if kind is PIIKind.SSN:
        value = f"{rng.randint(1, 665):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        return f"SSN {value}", value, "SSN "
    if kind is PIIKind.NINO:
        letters = rng.choice(["AB", "CE", "JH", "PR", "WZ"])
        digits = f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        value = f"{letters} {digits} {rng.choice('ABCD')}"
        return f"NI number {value}", value, "NI number "
    if kind is PIIKind.STEUER_ID:
        value = _steuer_id(rng)
        return f"Steuer-ID {value}", value, "Steuer-ID "
    if kind is PIIKind.ADDRESS:
        if rng.random() < 0.6:
            value = f"{rng.randint(1, 250)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}"
        else:
            value = f"{rng.choice(DE_STREETS)}{rng.choice(DE_SUFFIX)} {rng.randint(1, 99)}"
        return value, value, ""
    cue = rng.choice(["Mr. ", "Mrs. ", "Dr. ", "my name is ", "Signed, "])
    value = f"{first} {last}"
    return f"{cue}{value}", value, cue


def _decoy(rng: random.Random) -> str:
    bad_card = "4111 1111 1111 1112"
    bad_iban = "DE89 3704 0044 0532 0130 01"
    return rng.choice(DECOY_CARRIERS).format(
        n=rng.randint(1, 999999),
        d=rng.randint(1, 28),
        amount=rng.randint(100, 99000),
        bad=rng.choice([bad_card, bad_iban, "000-12-3456"]),
    )


def build(count: int = 240, seed: int = 4) -> list[Sample]:
    """``count`` texts, each kind used equally often, a third with a checksum-invalid decoy."""
    rng = random.Random(seed)
    kinds = list(PIIKind)
    samples = []
    for index in range(count):
        carrier = CARRIERS[index % len(CARRIERS)]
        slots = ["a", "b"] if "{b}" in carrier else ["a"]
        fills: dict[str, str] = {}
        spans: list[tuple[PIIKind, int, int]] = []
        chosen = [kinds[(index + offset) % len(kinds)] for offset in range(len(slots))]
        values = [_value(rng, kind) for kind in chosen]
        text = carrier
        for slot, (inserted, _, _) in zip(slots, values, strict=True):
            fills[slot] = inserted
        text = carrier.format(**fills)
        cursor = 0
        for kind, (inserted, value, prefix) in zip(chosen, values, strict=True):
            start = text.index(inserted, cursor) + len(prefix)
            spans.append((kind, start, start + len(value)))
            cursor = start + len(value)
        if index % 3 == 0:
            text = f"{text} {_decoy(rng)}"
        samples.append(Sample(text=text, spans=tuple(spans)))
    return samples
