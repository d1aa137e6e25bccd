import pytest

from engine.errors import InvalidArgumentError, ResourceExhaustedError
from engine.gateway.variables import parse_variables, to_json

LIMIT = 1024


@pytest.mark.parametrize("text", ["", "   ", "\n", "null"])
def test_empty_blank_or_null_document_is_no_variables(text: str) -> None:
    assert parse_variables(text, max_bytes=LIMIT) == {}


def test_object_document_is_decoded() -> None:
    assert parse_variables('{"a": 1, "b": [true, null], "c": {"d": "é"}}', max_bytes=LIMIT) == {
        "a": 1,
        "b": [True, None],
        "c": {"d": "é"},
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("[1, 2]", "ARRAY"),
        ('"text"', "STRING"),
        ("42", "INTEGER"),
        ("4.2", "FLOAT"),
        ("true", "BOOLEAN"),
    ],
)
def test_non_object_root_is_refused_in_zeebes_words(text: str, kind: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        parse_variables(text, max_bytes=LIMIT)
    assert str(raised.value) == (
        "Property 'variables' is invalid: Expected document to be a root level object, "
        f"but was '{kind}'"
    )


@pytest.mark.parametrize("text", ["{not json", '{"a": 1,}', "{'a': 1}", '{"a": NaN}'])
def test_text_that_is_not_json_is_refused_naming_the_text(text: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        parse_variables(text, max_bytes=LIMIT)
    assert str(raised.value).startswith(f"Invalid JSON value: {text}")


def test_document_over_the_limit_is_resource_exhausted() -> None:
    text = '{"big": "' + "x" * LIMIT + '"}'
    with pytest.raises(ResourceExhaustedError) as raised:
        parse_variables(text, max_bytes=LIMIT)
    assert f"at most {LIMIT} bytes" in str(raised.value)
    assert f"{len(text)} bytes" in str(raised.value)


def test_limit_counts_utf8_bytes_not_characters() -> None:
    text = '{"a": "' + "é" * 10 + '"}'
    assert parse_variables(text, max_bytes=len(text.encode())) == {"a": "é" * 10}
    with pytest.raises(ResourceExhaustedError):
        parse_variables(text, max_bytes=len(text))


def test_to_json_is_compact_and_keeps_unicode() -> None:
    assert to_json({"a": [1, None], "b": "é"}) == '{"a":[1,null],"b":"é"}'
