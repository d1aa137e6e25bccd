"""Read a DMN document without letting it declare a DTD or entities.

A deployed resource is untrusted input: entity expansion ("billion laughs") and external entities
are refused by rejecting any document type declaration, as defusedxml does. The tree is built
from expat directly because ElementTree's C parser does not expose expat's handlers.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import NoReturn
from xml.parsers import expat

from engine.dmn.errors import DmnParseError

DOCUMENT_ELEMENT = "document"
"""Stands in for an element id when the document itself is at fault."""

_NAMESPACE_SEPARATOR = "}"


class _ForbiddenDeclarationError(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _reject_doctype(*_: object) -> NoReturn:
    raise _ForbiddenDeclarationError("a DTD (<!DOCTYPE ...>)")


def _reject_entity(*_: object) -> NoReturn:
    raise _ForbiddenDeclarationError("an entity declaration (<!ENTITY ...>)")


def _clark_name(expat_name: str) -> str:
    """expat reports ``uri}local``; ElementTree spells it ``{uri}local``."""
    return "{" + expat_name if _NAMESPACE_SEPARATOR in expat_name else expat_name


def read_xml(xml: bytes, resource_name: str) -> ET.Element:
    """Parse ``xml`` into an element tree, or raise DmnParseError naming line and column."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator=_NAMESPACE_SEPARATOR)
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _reject_doctype
    parser.EntityDeclHandler = _reject_entity
    parser.UnparsedEntityDeclHandler = _reject_entity
    parser.StartElementHandler = lambda name, attributes: builder.start(
        _clark_name(name), {_clark_name(key): value for key, value in attributes.items()}
    )
    parser.EndElementHandler = lambda name: builder.end(_clark_name(name))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(xml, True)
    except _ForbiddenDeclarationError as forbidden:
        raise DmnParseError(
            resource_name, DOCUMENT_ELEMENT, f"DMN documents must not contain {forbidden.what}"
        ) from None
    except expat.ExpatError as malformed:
        raise DmnParseError(
            resource_name,
            DOCUMENT_ELEMENT,
            f"not well-formed XML: {expat.ErrorString(malformed.code)} "
            f"(line {malformed.lineno}, column {malformed.offset + 1})",
        ) from None
    return builder.close()
