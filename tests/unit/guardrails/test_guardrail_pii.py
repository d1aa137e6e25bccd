from __future__ import annotations

import pytest

from guardrails import (
    Action,
    PIIKind,
    PIIVault,
    find_pii,
    iban_is_valid,
    luhn_is_valid,
    redact_pii,
    steuer_id_is_valid,
    tokenise_pii,
)


def kinds(text: str, known_names: tuple[str, ...] = ()) -> list[PIIKind]:
    return [span.kind for span in find_pii(text, known_names)]


@pytest.mark.parametrize(
    "iban",
    ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "FR1420041010050500013M02606"],
)
def test_valid_iban_is_detected(iban: str) -> None:
    assert iban_is_valid(iban)
    assert kinds(f"Please pay to {iban} thanks") == [PIIKind.IBAN]


@pytest.mark.parametrize("iban", ["DE89 3704 0044 0532 0130 01", "GB82WEST12345698765433", "DE8"])
def test_iban_with_wrong_checksum_is_not_pii(iban: str) -> None:
    assert not iban_is_valid(iban)
    assert PIIKind.IBAN not in kinds(f"Reference {iban}")


@pytest.mark.parametrize(
    "card",
    ["4111 1111 1111 1111", "4111-1111-1111-1111", "5500005555555559", "3782 822463 10005"],
)
def test_luhn_valid_card_is_detected_with_any_separator(card: str) -> None:
    assert luhn_is_valid(card)
    assert kinds(f"card {card} was stolen") == [PIIKind.CARD]


def test_card_split_across_a_line_break_is_detected() -> None:
    assert kinds("card 4111 1111\n1111 1111 used") == [PIIKind.CARD]


def test_card_with_wrong_luhn_digit_is_not_pii() -> None:
    assert not luhn_is_valid("4111 1111 1111 1112")
    assert kinds("ref 4111 1111 1111 1112") == []


def test_too_short_digit_run_is_not_a_card() -> None:
    assert not luhn_is_valid("4111")


def test_email_is_redacted_with_reversible_token() -> None:
    vault = PIIVault()
    verdict = redact_pii("write to anna.berg@example.org please", vault)
    assert verdict.action is Action.REDACT
    assert verdict.redacted_text == "write to <PII:EMAIL:1> please"
    assert vault.tokens == {"<PII:EMAIL:1>": "anna.berg@example.org"}
    assert vault.restore(verdict.redacted_text) == "write to anna.berg@example.org please"


def test_same_value_gets_same_token_and_reason_hides_values() -> None:
    vault = PIIVault()
    verdict = redact_pii("a@b.de and again a@b.de and c@d.de", vault)
    assert verdict.redacted_text == "<PII:EMAIL:1> and again <PII:EMAIL:1> and <PII:EMAIL:2>"
    assert "a@b.de" not in verdict.reason


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("call +44 20 7946 0958 today", PIIKind.PHONE),
        ("call 030 1234567 today", PIIKind.PHONE),
        ("call 555-123-4567 today", PIIKind.PHONE),
        ("SSN 123-45-6789 on file", PIIKind.SSN),
        ("NINO AB 12 34 56 C on file", PIIKind.NINO),
        ("Steuer-ID 86095742719 on file", PIIKind.STEUER_ID),
        ("I live at 221B Baker Street since May", PIIKind.ADDRESS),
        ("Wohnhaft Hauptstraße 12 in Köln", PIIKind.ADDRESS),
        ("Signed, Maria Lopez", PIIKind.NAME),
        ("spoke to Mrs. Jane Doe yesterday", PIIKind.NAME),
    ],
)
def test_each_pii_kind_is_detected(text: str, kind: PIIKind) -> None:
    assert kinds(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Claim CLM-2024-000123 filed on 2024-03-05 for 12,500 EUR",
        "SSN 000-12-3456 is not a valid number",
        "Steuer-ID 86095742718 has a wrong check digit",
        "The water rose 30 cm in the basement",
    ],
)
def test_ids_dates_and_amounts_are_not_pii(text: str) -> None:
    assert kinds(text) == []


def test_steuer_id_checksum() -> None:
    assert steuer_id_is_valid("86095742719")
    assert not steuer_id_is_valid("06095742719")
    assert not steuer_id_is_valid("8609574271")


def test_known_claimant_name_and_surname_are_redacted() -> None:
    vault = PIIVault()
    verdict = redact_pii("Peter Parker reported it. Parker was away.", vault, ["Peter Parker"])
    assert verdict.redacted_text == "<PII:NAME:1> reported it. <PII:NAME:2> was away."


def test_text_without_pii_is_allowed_unchanged() -> None:
    verdict = redact_pii("The roof leaked after the storm.", PIIVault())
    assert verdict.action is Action.ALLOW
    assert verdict.redacted_text is None


@pytest.mark.parametrize("text", ["", "\x00\x01\x02", "@@@@", "+" * 50, "<PII:EMAIL:1>"])
def test_malformed_text_does_not_crash_and_finds_nothing(text: str) -> None:
    assert redact_pii(text, PIIVault()).action is Action.ALLOW


def test_restore_leaves_unknown_tokens_alone() -> None:
    assert PIIVault().restore("x <PII:EMAIL:9> y") == "x <PII:EMAIL:9> y"


def test_digits_of_a_checksum_invalid_iban_are_not_reported_as_a_card() -> None:
    assert kinds("reference DE89 3704 0044 0532 0130 01 on the letter") == []


def test_tokenise_pii_returns_the_text_as_a_variable_may_hold_it() -> None:
    assert tokenise_pii("the roof leaks since Sunday") == "the roof leaks since Sunday"
    assert tokenise_pii("Greta Lindqvist called", known_names=("Greta Lindqvist",)) == (
        "<PII:NAME:1> called"
    )


def test_tokenise_pii_with_one_vault_gives_a_value_the_same_token_across_texts() -> None:
    vault = PIIVault()
    first = tokenise_pii("mail anna@example.org", vault)
    second = tokenise_pii("again anna@example.org, or bo@example.org", vault)
    assert first == "mail <PII:EMAIL:1>"
    assert second == "again <PII:EMAIL:1>, or <PII:EMAIL:2>"
    assert tokenise_pii("bo@example.org") == "<PII:EMAIL:1>"
