"""Wire formatting (keys, dates, JSON text), typed body fields and multipart parsing."""

from __future__ import annotations

import httpx
import pytest

from engine.rest.body import Fields, parse_key
from engine.rest.multipart import parse_form_data
from engine.rest.problems import InvalidRequestError
from engine.rest.wire import date_text, json_text, key_text


def test_dates_are_iso_utc_with_milliseconds() -> None:
    assert date_text(1_795_966_959_123) == "2026-11-29T15:42:39.123Z"
    assert date_text(0) == "1970-01-01T00:00:00.000Z"
    assert date_text(None) is None


def test_keys_travel_as_strings_and_values_as_compact_json() -> None:
    assert key_text(2251799813685249) == "2251799813685249"
    assert key_text(None) is None
    assert json_text({"a": [1, "é"]}) == '{"a":[1,"é"]}'


@pytest.mark.parametrize("value", ["12a", "", "-4", 0, True, 2**63, 1.5, None])
def test_a_key_must_be_a_positive_64_bit_number(value: object) -> None:
    with pytest.raises(InvalidRequestError, match="jobKey"):
        parse_key(value, "jobKey")


def test_keys_may_be_json_numbers_or_digit_strings() -> None:
    assert parse_key("2251799813685249", "k") == parse_key(2251799813685249, "k")


def test_nested_fields_are_named_with_their_path() -> None:
    body = Fields({"changeset": {"priority": "high"}})
    changeset = body.object("changeset")
    assert changeset is not None
    with pytest.raises(InvalidRequestError, match=r"changeset\.priority is 'high'"):
        changeset.integer("priority")


def test_unknown_members_are_reported_with_the_valid_names() -> None:
    body = Fields({"assignee": "ann", "asignee": "bob"})
    body.string("assignee")
    with pytest.raises(InvalidRequestError, match="'asignee'; expected one of: assignee"):
        body.done()


def test_dates_need_an_offset() -> None:
    fields = Fields({"dueDate": "2026-01-01T10:00:00", "followUpDate": "2026-01-01T10:00:00Z"})
    assert fields.date("followUpDate") is not None
    with pytest.raises(InvalidRequestError, match="RFC 3339"):
        fields.date("dueDate")


def test_multipart_keeps_files_byte_for_byte_and_text_fields_apart() -> None:
    request = httpx.Request(
        "POST",
        "http://engine/v2/deployments",
        files=[
            ("resources", ("claim.bpmn", b"<xml>\r\n  body\n</xml>", "text/xml")),
            ("resources", ("review.form", b"{}", "application/json")),
        ],
        data={"tenantId": "acme"},
    )
    form = parse_form_data(request.headers["content-type"], request.read())
    assert [(f.name, f.content) for f in form.files["resources"]] == [
        ("claim.bpmn", b"<xml>\r\n  body\n</xml>"),
        ("review.form", b"{}"),
    ]
    assert form.values == {"tenantId": "acme"}


def test_multipart_without_a_boundary_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match="multipart/form-data"):
        parse_form_data("multipart/form-data", b"")
