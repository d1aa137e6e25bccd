"""The syntax tree the parser builds, one class per FEEL-Scala expression kind."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class Node:
    """Base of every syntax-tree node."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Const(Node):
    value: Any


@dataclass(frozen=True, slots=True)
class InputValue(Node):
    """The `?` symbol of a unary test."""


@dataclass(frozen=True, slots=True)
class ListLiteral(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class ContextLiteral(Node):
    entries: tuple[tuple[str, Node], ...]


@dataclass(frozen=True, slots=True)
class RangeLiteral(Node):
    start: Node
    start_closed: bool
    end: Node
    end_closed: bool


@dataclass(frozen=True, slots=True)
class InputEqualTo(Node):
    value: Node


@dataclass(frozen=True, slots=True)
class InputCompare(Node):
    """`< x`, `<= x`, `> x`, `>= x` against the implicit input."""

    operator: str
    value: Node


@dataclass(frozen=True, slots=True)
class InputInRange(Node):
    range: RangeLiteral


@dataclass(frozen=True, slots=True)
class UnaryTestExpression(Node):
    expression: Node


@dataclass(frozen=True, slots=True)
class AtLeastOne(Node):
    tests: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not(Node):
    value: Node


@dataclass(frozen=True, slots=True)
class Arithmetic(Node):
    operator: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Negation(Node):
    value: Node


@dataclass(frozen=True, slots=True)
class Comparison(Node):
    operator: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Disjunction(Node):
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Conjunction(Node):
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class If(Node):
    condition: Node
    then: Node
    otherwise: Node


@dataclass(frozen=True, slots=True)
class In(Node):
    value: Node
    test: Node


@dataclass(frozen=True, slots=True)
class InstanceOf(Node):
    value: Node
    type_name: str


@dataclass(frozen=True, slots=True)
class Ref(Node):
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Path(Node):
    value: Node
    key: str


@dataclass(frozen=True, slots=True)
class Filter(Node):
    value: Node
    condition: Node


@dataclass(frozen=True, slots=True)
class IterationRange(Node):
    start: Node
    end: Node


@dataclass(frozen=True, slots=True)
class Quantified(Node):
    """`some`/`every` … in … satisfies …"""

    every: bool
    iterators: tuple[tuple[str, Node], ...]
    condition: Node


@dataclass(frozen=True, slots=True)
class For(Node):
    iterators: tuple[tuple[str, Node], ...]
    body: Node


@dataclass(frozen=True, slots=True)
class Call(Node):
    """A function invocation; `named` holds the arguments of `f(a: 1)`, else `positional`."""

    name: str
    positional: tuple[Node, ...]
    named: tuple[tuple[str, Node], ...] | None


@dataclass(frozen=True, slots=True)
class QualifiedCall(Node):
    """`a.b.f(x)`: a function found in the context `a.b`."""

    path: Ref
    name: str
    positional: tuple[Node, ...]
    named: tuple[tuple[str, Node], ...] | None


@dataclass(frozen=True, slots=True)
class FunctionDefinition(Node):
    params: tuple[str, ...]
    body: Node
