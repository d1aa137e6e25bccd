"""Parsing and chunking knowledge-base source documents."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from contextstore import (
    DOCS_DIR,
    KnowledgeSource,
    chunk_corpus,
    chunk_source,
    load_sources,
    parse_source,
)
from contracts.errors import KnowledgeFormatError

VALID = """---
id: {doc_id}
title: Coverage rules - water damage
process: claims-adjudication
tags: [coverage, water]
---
# What is covered

Sudden escape of water from a fixed installation is covered.

# What is not covered

Gradual seepage and damp are excluded.
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_document_parses_front_matter_and_body(tmp_path: Path) -> None:
    source = parse_source(write(tmp_path, "water.md", VALID.format(doc_id="water")))

    assert source.doc_id == "water"
    assert source.tags == ["coverage", "water"]
    assert source.body.startswith("# What is covered")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("# No front matter\n\nJust text that is long enough.", "missing front-matter"),
        ("---\nid: [unclosed\n---\nbody long enough to pass.\n", "not valid YAML"),
        ("---\n- a\n- b\n---\nbody long enough to pass.\n", "must be a mapping"),
        (VALID.format(doc_id="water").replace("title: Coverage", "headline: Coverage"), "unknown"),
        (
            VALID.format(doc_id="water").replace("title: Coverage rules - water damage\n", ""),
            "title",
        ),
        (VALID.format(doc_id="Water Damage"), "doc_id"),
        (VALID.format(doc_id="other-id"), "must equal the file name"),
        ("---\nid: water\ntitle: Water\nprocess: claims\n---\nshort\n", "body"),
    ],
)
def test_malformed_document_is_rejected_with_a_clear_error(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(KnowledgeFormatError, match=message):
        parse_source(write(tmp_path, "water.md", text))


def test_non_utf8_document_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "water.md"
    path.write_bytes(b"---\nid: water\n---\n\xff\xfe broken")

    with pytest.raises(KnowledgeFormatError, match="not UTF-8"):
        parse_source(path)


def test_empty_folder_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeFormatError, match=r"no \*\.md"):
        load_sources(tmp_path)


def test_duplicate_document_id_is_rejected(tmp_path: Path) -> None:
    source = parse_source(write(tmp_path, "water.md", VALID.format(doc_id="water")))
    clone = source.model_copy(update={"path": str(tmp_path / "copy" / "water.md")})

    with pytest.raises(KnowledgeFormatError, match="already used"):
        chunk_corpus([source, clone])


def _source(body: str) -> KnowledgeSource:
    return KnowledgeSource(
        doc_id="doc", title="A title", process="claims-adjudication", body=body, path="doc.md"
    )


def test_chunks_follow_headings_and_carry_citation_ids() -> None:
    chunks = chunk_source(_source("# First\n\nAlpha paragraph.\n\n# Second\n\nBeta paragraph."))

    assert [(c.chunk_id, c.heading, c.text) for c in chunks] == [
        ("doc#0", "First", "Alpha paragraph."),
        ("doc#1", "Second", "Beta paragraph."),
    ]


def test_long_sections_split_with_one_paragraph_of_overlap() -> None:
    paragraphs = [f"Paragraph {i} " + "word " * 30 for i in range(6)]
    chunks = chunk_source(_source("# Long\n\n" + "\n\n".join(paragraphs)), max_chars=400)

    assert len(chunks) > 1
    for before, after in itertools.pairwise(chunks):
        assert after.text.split("\n")[0] == before.text.split("\n")[-1]
    assert all(p.strip() in "\n".join(c.text for c in chunks) for p in paragraphs)


def test_list_items_become_separate_paragraphs() -> None:
    chunks = chunk_source(_source("# Rules\n\n- first rule\n- second rule"), max_chars=5)

    assert [c.text for c in chunks] == ["- first rule", "- second rule"]


def test_chunking_is_deterministic() -> None:
    source = _source("# One\n\nSome text here.\n\n## Two\n\nMore text here.")

    assert chunk_source(source) == chunk_source(source)


def test_shipped_knowledge_base_has_tens_of_documents_covering_every_process() -> None:
    sources = load_sources(DOCS_DIR)
    chunks = chunk_corpus(sources)

    assert len(sources) >= 30
    assert {s.process for s in sources} >= {
        "claims-adjudication",
        "customer-onboarding",
        "content-approval",
        "backoffice-escalation",
    }
    loss_types = {"water", "fire", "theft", "storm", "collision", "liability", "glass"}
    assert loss_types <= {tag for s in sources for tag in s.tags} | {
        s.doc_id.removeprefix("coverage-").split("-")[0] for s in sources
    }
    assert len({c.chunk_id for c in chunks}) == len(chunks)
