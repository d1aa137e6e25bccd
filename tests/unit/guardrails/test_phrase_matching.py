"""The machinery that compiles lexicon lines into fast regexes and finds which cues a text has,
tested on tiny lexicons of its own."""

from __future__ import annotations

import re

import pytest

from guardrails.phrase_matching import PhraseFinder, cue, expand, not_after, trie


def test_trie_matches_the_same_strings_as_the_flat_alternation() -> None:
    alternatives = ["send", "sends", "share", "shared", "s?hare", "upload", "up", "e-?mail", "x"]
    folded = re.compile(f"(?:{trie(alternatives)})")
    flat = re.compile(f"(?:{'|'.join(alternatives)})")
    candidates = [*alternatives, "hare", "email", "e-mail", "sen", "uploads", "", "sharedd", "y"]
    for text in candidates:
        assert bool(folded.fullmatch(text)) == bool(flat.fullmatch(text)), text
    assert trie(["send", "share"]) == "s(?:end|hare)"


def test_expand_spells_out_an_optional_leading_group() -> None:
    assert expand("(a|b)? c") == ["a c", "b c", " c"]
    assert expand("(?:the )?rules") == ["the rules", "rules"]
    assert expand("rules( now)?") == ["rules now", "rules"]


def test_not_after_skips_a_negated_word() -> None:
    pattern = re.compile(rf"\b(?:{not_after('not|never', 'send|mail')})\b")
    assert pattern.search("please send the file")
    assert pattern.search("mail it")
    assert not pattern.search("do not send the file")
    assert not pattern.search("never mail it")


@pytest.fixture
def finder() -> PhraseFinder:
    return PhraseFinder(
        {
            "greeting": cue(("hello|hi there",), ("你好",)),
            "approval": cue(("approve( the claim)?",), ()),
        }
    )


def test_finder_finds_both_cues(finder: PhraseFinder) -> None:
    assert finder.found("hello, please approve the claim") == {"greeting", "approval"}
    assert finder.found("我说你好") == {"greeting"}


def test_finder_finds_neither_cue(finder: PhraseFinder) -> None:
    assert finder.found("othello disapproves") == set()
    assert finder.found("hi, there") == set()


def test_finder_on_empty_text(finder: PhraseFinder) -> None:
    assert finder.found("") == set()
    assert PhraseFinder({}).found("hello") == set()


def test_a_malformed_lexicon_line_raises_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unbalanced parentheses"):
        cue(("(approve",), ())
    with pytest.raises(ValueError, match="must start with a letter"):
        cue((r"\d+ days",), ())
