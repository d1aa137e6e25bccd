"""A parser for FEEL expressions and unary tests that follows FEEL-Scala's grammar rule by rule.

FEEL-Scala parses with ordered choice and backtracking (fastparse), and several of its results
depend on that order: names with spaces (`string length(x)`), keywords without word
boundaries, `[1..5]` as unary test versus `[1, 5]` as list. An LALR grammar cannot state
those choices, so this is a packrat recursive-descent parser over the same rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from engine.feel import ast
from engine.feel import temporal as tm
from engine.feel.errors import FeelSyntaxError

T = TypeVar("T")
Result = tuple[T, int] | None

_RESERVED: tuple[str, ...] = ("null", "true", "false", "function", "in", "return", "then")
_RESERVED += ("else", "satisfies", "and", "or")
_NAMES_WITH_RESERVED_WORD: tuple[str, ...] = ("and", "or", "date and time", "get or else")
_NAMES_WITH_RESERVED_WORD += ("years and months duration",)
_SPECIAL_TYPE_NAMES: tuple[str, ...] = ("years and months duration", "days and time duration")
_SPECIAL_TYPE_NAMES += ("date and time", "function")
_CONTEXT_KEY_STOP = frozenset('"{}:,[]`')
_WHITESPACE = frozenset(
    "\u0009\u0020\u0085\u00a0\u1680\u180e\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u000a\u000b\u000c\u000d"
)
_ESCAPES = (
    (re.compile(r"(?<!\\)\\n"), "\n"),
    (re.compile(r"(?<!\\)\\r"), "\r"),
    (re.compile(r"(?<!\\)\\t"), "\t"),
    (re.compile(r"(?<!\\)\\b"), "\b"),
    (re.compile(r"(?<!\\)\\f"), "\f"),
    (re.compile(r"(?<!\\)\\'"), "'"),
    (re.compile(r'(?<!\\)\\"'), '"'),
    (re.compile(r"\\\\"), "\\\\"),
)


def _is_name_start(char: str) -> bool:
    """Java's Character.isJavaIdentifierStart."""
    return char.isalpha() or char in "_$" or unicodedata.category(char) in ("Sc", "Pc", "Nl")


def _is_name_part(char: str) -> bool:
    """Java's Character.isJavaIdentifierPart, minus FEEL whitespace."""
    if char in _WHITESPACE:
        return False
    return (
        char.isalnum()
        or char in "_$"
        or unicodedata.category(char) in ("Sc", "Pc", "Nl", "Mn", "Mc")
    )


def translate_escapes(text: str) -> str:
    """FEEL-Scala's escape handling of string literals (\\n, \\t, \\", \\\\, … but not \\u)."""
    for pattern, replacement in _ESCAPES:
        text = pattern.sub(replacement, text)
    return text


def _temporal_from_at_literal(text: str) -> Any:
    """The value of `@"..."`: the first temporal kind whose pattern the text matches."""
    try:
        if tm.is_date(text):
            return tm.parse_date(text)
        if tm.is_offset_time(text):
            return tm.parse_zoned_time(text)
        if tm.is_offset_date_time(text):
            return tm.parse_date_time(text)
        if tm.is_local_date_time(text):
            return tm.parse_local_date_time(text)
        if tm.is_years_months_duration(text):
            return tm.parse_years_months_duration(text)
        if tm.is_days_time_duration(text):
            return tm.parse_days_time_duration(text)
        return tm.parse_local_time(text)
    except (tm.TemporalParseError, ValueError, OverflowError):
        return None


def temporal_literal(function: str, text: str) -> Any:
    """`date("…")`, `time("…")`, `date and time("…")`, `duration("…")` of a literal; null if bad."""
    try:
        if function == "date":
            return tm.parse_date(text) if tm.is_date(text) else None
        if function == "time":
            if tm.is_offset_time(text):
                return tm.parse_zoned_time(text)
            return tm.parse_local_time(text)
        if function == "date and time":
            if tm.is_date(text):
                return tm.parse_local_date_time(text + "T00:00")
            if tm.is_offset_date_time(text):
                return tm.parse_date_time(text)
            return tm.parse_local_date_time(text)
        if tm.is_years_months_duration(text):
            return tm.parse_years_months_duration(text)
        return tm.parse_days_time_duration(text)
    except (tm.TemporalParseError, ValueError, OverflowError):
        return None


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.length = len(source)
        self.furthest = 0
        self.expected: set[str] = set()
        self.memo: dict[tuple[str, int], Any] = {}

    # --------------- lexical helpers ---------------

    def fail(self, pos: int, what: str) -> None:
        if pos > self.furthest:
            self.furthest, self.expected = pos, {what}
        elif pos == self.furthest:
            self.expected.add(what)

    def ws(self, pos: int) -> int:
        """Skip FEEL whitespace and `//` / `/* */` comments."""
        source, length = self.source, self.length
        while pos < length:
            char = source[pos]
            if char in _WHITESPACE:
                pos += 1
            elif source.startswith("//", pos):
                end = source.find("\n", pos)
                pos = length if end < 0 else end + 1
            elif source.startswith("/*", pos):
                end = source.find("*/", pos + 2)
                if end < 0:
                    return pos
                pos = end + 2
            else:
                break
        return pos

    def lit(self, pos: int, text: str) -> int | None:
        """Whitespace, then `text`; the position after it."""
        pos = self.ws(pos)
        if self.source.startswith(text, pos):
            return pos + len(text)
        self.fail(pos, repr(text))
        return None

    def one_of(self, pos: int, texts: tuple[str, ...]) -> Result[str]:
        pos = self.ws(pos)
        for text in texts:
            if self.source.startswith(text, pos):
                return text, pos + len(text)
        self.fail(pos, " or ".join(repr(text) for text in texts))
        return None

    def memoized(self, key: str, pos: int, rule: Callable[[int], Result[T]]) -> Result[T]:
        cached = self.memo.get((key, pos), self)
        if cached is not self:
            return cached  # type: ignore[no-any-return]
        result = rule(pos)
        self.memo[(key, pos)] = result
        return result

    # --------------- names ---------------

    def name_part(self, pos: int) -> int | None:
        end = pos
        while end < self.length and _is_name_part(self.source[end]):
            end += 1
        return end if end > pos else None

    def identifier(self, pos: int) -> Result[str]:
        """A name that is not a reserved word alone (it may start with one: `index`)."""
        source = self.source
        for word in _RESERVED:
            if source.startswith(word, pos):
                end = self.name_part(pos + len(word))
                if end is None:
                    self.fail(pos, "a name")
                    return None
                return source[pos:end], end
        if pos < self.length and _is_name_start(source[pos]):
            end = self.name_part(pos + 1) or pos + 1
            return source[pos:end], end
        self.fail(pos, "a name")
        return None

    def escaped_identifier(self, pos: int) -> Result[str]:
        if pos < self.length and self.source[pos] == "`":
            end = self.source.find("`", pos + 1)
            if end > pos + 1:
                return self.source[pos + 1 : end], end + 1
        self.fail(pos, "a name in backticks")
        return None

    def name(self, pos: int) -> Result[str]:
        pos = self.ws(pos)
        return self.identifier(pos) or self.escaped_identifier(pos)

    def identifier_with_whitespaces(self, pos: int) -> Result[str]:
        """`string length`: identifiers joined by spaces (kept as written)."""
        pos = self.ws(pos)
        first = self.identifier(pos)
        if first is None:
            return None
        end = first[1]
        count = 0
        while True:
            spaces = end
            while spaces < self.length and self.source[spaces] == " ":
                spaces += 1
            if spaces == end:
                break
            following = self.identifier(spaces)
            if following is None:
                break
            end = following[1]
            count += 1
        if count == 0:
            return None
        return self.source[pos:end], end

    def qualified_name(self, pos: int) -> Result[list[str]]:
        first = self.value_property(pos) or self.name(pos)
        if first is None:
            return None
        names, pos = [first[0]], first[1]
        while True:
            dot = self.lit(pos, ".")
            if dot is None:
                return names, pos
            following = self.value_property(dot) or self.name(dot)
            if following is None:
                return names, pos
            names.append(following[0])
            pos = following[1]

    def value_property(self, pos: int) -> Result[str]:
        end = self.lit(pos, "time offset")
        return ("time offset", end) if end is not None else None

    def string_with_quotes(self, pos: int) -> Result[str]:
        pos = self.ws(pos)
        source = self.source
        if pos >= self.length or source[pos] != '"':
            self.fail(pos, "a string")
            return None
        index = pos + 1
        while index < self.length:
            char = source[index]
            if char == "\\":
                index += 2
                continue
            if char == '"':
                return source[pos + 1 : index], index + 1
            index += 1
        self.fail(pos, "a closing quote")
        return None

    # --------------- expressions ---------------

    def expression(self, pos: int) -> Result[ast.Node]:
        return self.memoized("expression", pos, self._expression)

    def _expression(self, pos: int) -> Result[ast.Node]:
        return self.if_op(pos) or self.for_op(pos) or self.quantified(pos) or self.disjunction(pos)

    def if_op(self, pos: int) -> Result[ast.Node]:
        pos_ = self.lit(pos, "if")
        condition = self.expression(pos_) if pos_ is not None else None
        then_pos = self.lit(condition[1], "then") if condition else None
        then = self.expression(then_pos) if then_pos is not None else None
        else_pos = self.lit(then[1], "else") if then else None
        otherwise = self.expression(else_pos) if else_pos is not None else None
        if condition and then and otherwise:
            return ast.If(condition[0], then[0], otherwise[0]), otherwise[1]
        return None

    def iterators(self, pos: int) -> Result[tuple[tuple[str, ast.Node], ...]]:
        """`name in source` repeated with `,`: what `for`, `some` and `every` iterate over."""

        def iterator(at: int) -> Result[tuple[str, ast.Node]]:
            name = self.name(at)
            in_pos = self.lit(name[1], "in") if name else None
            source = (self.iteration_range(in_pos) or self.value(in_pos)) if in_pos else None
            return ((name[0], source[0]), source[1]) if name and source else None

        items, end = self.separated(pos, iterator)
        return (tuple(items), end) if items else None

    def iteration_range(self, pos: int) -> Result[ast.Node]:
        start = self.exp_lvl4(pos)
        dots = self.lit(start[1], "..") if start else None
        end = self.exp_lvl4(dots) if dots is not None else None
        if start and end:
            return ast.IterationRange(start[0], end[0]), end[1]
        return None

    def for_op(self, pos: int) -> Result[ast.Node]:
        start = self.lit(pos, "for")
        iterators = self.iterators(start) if start is not None else None
        ret = self.lit(iterators[1], "return") if iterators else None
        body = self.expression(ret) if ret is not None else None
        if iterators and body:
            return ast.For(iterators[0], body[0]), body[1]
        return None

    def quantified(self, pos: int) -> Result[ast.Node]:
        word = self.one_of(pos, ("some", "every"))
        iterators = self.iterators(word[1]) if word else None
        satisfies = self.lit(iterators[1], "satisfies") if iterators else None
        condition = self.expression(satisfies) if satisfies is not None else None
        if word and iterators and condition:
            node = ast.Quantified(word[0] == "every", iterators[0], condition[0])
            return node, condition[1]
        return None

    def disjunction(self, pos: int) -> Result[ast.Node]:
        first = self.conjunction(pos)
        if first is None:
            return None
        node, pos = first
        while (op := self.lit(pos, "or")) is not None and (right := self.conjunction(op)):
            node, pos = ast.Disjunction(node, right[0]), right[1]
        return node, pos

    def conjunction(self, pos: int) -> Result[ast.Node]:
        first = self.exp_lvl3(pos)
        if first is None:
            return None
        node, pos = first
        while (op := self.lit(pos, "and")) is not None and (right := self.exp_lvl3(op)):
            node, pos = ast.Conjunction(node, right[0]), right[1]
        return node, pos

    def exp_lvl3(self, pos: int) -> Result[ast.Node]:
        base = self.exp_lvl4(pos)
        if base is not None:
            return self.comparison(base[0], base[1]) or base
        return self.simple_positive_unary_test(pos)

    def comparison(self, left: ast.Node, pos: int) -> Result[ast.Node]:
        return (
            self.binary_comparison(left, pos)
            or self.between(left, pos)
            or self.instance_of(left, pos)
            or self.in_test(left, pos)
        )

    def binary_comparison(self, left: ast.Node, pos: int) -> Result[ast.Node]:
        op = self.one_of(pos, ("<=", ">=", "<", ">", "!=", "="))
        right = self.exp_lvl4(op[1]) if op else None
        if op is None or right is None:
            return None
        if op[0] == "!=":
            return ast.Not(ast.Comparison("=", left, right[0])), right[1]
        return ast.Comparison(op[0], left, right[0]), right[1]

    def between(self, left: ast.Node, pos: int) -> Result[ast.Node]:
        word = self.lit(pos, "between")
        low = self.exp_lvl4(word) if word is not None else None
        conj = self.lit(low[1], "and") if low else None
        high = self.exp_lvl4(conj) if conj is not None else None
        if low and high:
            node = ast.Conjunction(
                ast.Comparison(">=", left, low[0]), ast.Comparison("<=", left, high[0])
            )
            return node, high[1]
        return None

    def instance_of(self, left: ast.Node, pos: int) -> Result[ast.Node]:
        word = self.lit(pos, "instance")
        of = self.lit(word, "of") if word is not None else None
        if of is None:
            return None
        special = self.one_of(of, _SPECIAL_TYPE_NAMES)
        if special:
            return ast.InstanceOf(left, special[0]), special[1]
        qualified = self.qualified_name(of)
        if qualified is None:
            return None
        return ast.InstanceOf(left, ".".join(qualified[0])), qualified[1]

    def in_test(self, left: ast.Node, pos: int) -> Result[ast.Node]:
        word = self.lit(pos, "in")
        if word is None:
            return None
        open_ = self.lit(word, "(")
        if open_ is not None:
            tests = self.positive_unary_tests(open_)
            close = self.lit(tests[1], ")") if tests else None
            if tests and close is not None:
                return ast.In(left, tests[0]), close
        test = self.positive_unary_test(word)
        return (ast.In(left, test[0]), test[1]) if test else None

    # --------------- arithmetic ---------------

    def exp_lvl4(self, pos: int) -> Result[ast.Node]:
        return self.memoized("lvl4", pos, self._add_sub)

    def _add_sub(self, pos: int) -> Result[ast.Node]:
        first = self.mul_div(pos)
        if first is None:
            return None
        node, pos = first
        while (op := self.one_of(pos, ("+", "-"))) and (right := self.mul_div(op[1])):
            node, pos = ast.Arithmetic(op[0], node, right[0]), right[1]
        return node, pos

    def mul_div(self, pos: int) -> Result[ast.Node]:
        first = self.exponent(pos)
        if first is None:
            return None
        node, pos = first
        while True:
            op = self.one_of(pos, ("*", "/"))
            if op is None or self.source.startswith("**", op[1] - 1):
                return node, pos
            right = self.exponent(op[1])
            if right is None:
                return node, pos
            node, pos = ast.Arithmetic(op[0], node, right[0]), right[1]

    def exponent(self, pos: int) -> Result[ast.Node]:
        first = self.negation(pos)
        if first is None:
            return None
        node, pos = first
        while (op := self.lit(pos, "**")) is not None and (right := self.negation(op)):
            node, pos = ast.Arithmetic("**", node, right[0]), right[1]
        return node, pos

    def negation(self, pos: int) -> Result[ast.Node]:
        minus = self.lit(pos, "-")
        if minus is not None:
            value = self.value(minus)
            return (ast.Negation(value[0]), value[1]) if value else None
        return self.value(pos)

    # --------------- values ---------------

    def value(self, pos: int) -> Result[ast.Node]:
        return self.memoized("value", pos, self._value)

    def _value(self, pos: int) -> Result[ast.Node]:
        terminal = self.terminal_value(pos)
        if terminal is None:
            return None
        node, pos = terminal
        while True:
            chained = self.path(node, pos) or self.filter(node, pos)
            if chained is None:
                return node, pos
            node, pos = chained

    def path(self, base: ast.Node, pos: int) -> Result[ast.Node]:
        node, found = base, False
        while (dot := self.lit(pos, ".")) is not None and (
            key := self.value_property(dot) or self.name(dot)
        ):
            node, pos, found = ast.Path(node, key[0]), key[1], True
        return (node, pos) if found else None

    def filter(self, base: ast.Node, pos: int) -> Result[ast.Node]:
        node, found = base, False
        while (
            (open_ := self.lit(pos, "[")) is not None
            and (condition := self.expression(open_))
            and (close := self.lit(condition[1], "]")) is not None
        ):
            node, pos, found = ast.Filter(node, condition[0]), close, True
        return (node, pos) if found else None

    def terminal_value(self, pos: int) -> Result[ast.Node]:
        return (
            self.temporal(pos)
            or self.function_invocation(pos)
            or self.variable_ref(pos)
            or self.literal(pos)
            or self.input_value(pos)
            or self.function_definition(pos)
            or self.parenthesized(pos)
        )

    def parenthesized(self, pos: int) -> Result[ast.Node]:
        open_ = self.lit(pos, "(")
        inner = self.expression(open_) if open_ is not None else None
        close = self.lit(inner[1], ")") if inner else None
        return (inner[0], close) if inner and close is not None else None

    def temporal(self, pos: int) -> Result[ast.Node]:
        kind = self.one_of(pos, ("duration", "date and time", "date", "time"))
        if kind:
            open_ = self.lit(kind[1], "(")
            text = self.string_with_quotes(open_) if open_ is not None else None
            close = self.lit(text[1], ")") if text else None
            if text and close is not None:
                return ast.Const(temporal_literal(kind[0], text[0])), close
            return None
        at = self.lit(pos, "@")
        text = self.string_with_quotes(at) if at is not None else None
        if text:
            return ast.Const(_temporal_from_at_literal(text[0])), text[1]
        return None

    def literal(self, pos: int) -> Result[ast.Node]:
        pos = self.ws(pos)
        word = self.one_of(pos, ("null", "true", "false"))
        if word:
            return ast.Const({"null": None, "true": True, "false": False}[word[0]]), word[1]
        return self.string(pos) or self.number(pos) or self.list_literal(pos) or self.context(pos)

    def boolean(self, pos: int) -> Result[ast.Node]:
        word = self.one_of(pos, ("true", "false"))
        return (ast.Const(word[0] == "true"), word[1]) if word else None

    def string(self, pos: int) -> Result[ast.Node]:
        text = self.string_with_quotes(pos)
        return (ast.Const(translate_escapes(text[0])), text[1]) if text else None

    _NUMBER = re.compile(r"-?(?:\d+(?:\.\d+)?|\.\d+)")

    def number(self, pos: int) -> Result[ast.Node]:
        match = self._NUMBER.match(self.source, pos)
        if match is None:
            self.fail(pos, "a number")
            return None
        return ast.Const(Decimal(match[0])), match.end()

    def list_literal(self, pos: int) -> Result[ast.Node]:
        open_ = self.lit(pos, "[")
        if open_ is None:
            return None
        items = self.separated(open_, self.expression)
        close = self.lit(items[1], "]")
        return (ast.ListLiteral(tuple(items[0])), close) if close is not None else None

    def separated(self, pos: int, rule: Callable[[int], Result[T]]) -> tuple[list[T], int]:
        """`rule.rep(0, sep = ",")`."""
        first = rule(pos)
        if first is None:
            return [], pos
        items, pos = [first[0]], first[1]
        while (comma := self.lit(pos, ",")) is not None and (item := rule(comma)):
            items.append(item[0])
            pos = item[1]
        return items, pos

    def context(self, pos: int) -> Result[ast.Node]:
        open_ = self.lit(pos, "{")
        if open_ is None:
            return None
        entries = self.separated(open_, self.context_entry)
        close = self.lit(entries[1], "}")
        if close is None:
            return None
        return ast.ContextLiteral(tuple(entries[0])), close

    def context_entry(self, pos: int) -> Result[tuple[str, ast.Node]]:
        key = (
            self.context_key_any_symbol(pos)
            or self.identifier_with_whitespaces(pos)
            or self.name(pos)
            or self.string_with_quotes(pos)
        )
        colon = self.lit(key[1], ":") if key else None
        value = self.expression(colon) if colon is not None else None
        if key and value:
            return (key[0], value[0]), value[1]
        return None

    def context_key_any_symbol(self, pos: int) -> Result[str]:
        """A key of any characters up to `:` but none of `"{}:,[]` and backtick."""
        start = pos = self.ws(pos)
        end = None
        while pos < self.length and self.source[pos] not in _CONTEXT_KEY_STOP:
            pos += 1
            end = pos
            pos = self.ws(pos)
        if end is None:
            self.fail(start, "a context key")
            return None
        return self.source[start:end], end

    def variable_ref(self, pos: int) -> Result[ast.Node]:
        names = self.qualified_name(pos)
        return (ast.Ref(tuple(names[0])), names[1]) if names else None

    def input_value(self, pos: int) -> Result[ast.Node]:
        end = self.lit(pos, "?")
        return (ast.InputValue(), end) if end is not None else None

    def function_definition(self, pos: int) -> Result[ast.Node]:
        word = self.lit(pos, "function")
        open_ = self.lit(word, "(") if word is not None else None
        if open_ is None:
            return None
        params = self.separated(open_, self.parameter_name)
        close = self.lit(params[1], ")")
        body = self.expression(close) if close is not None else None
        if body is None:
            return None
        return ast.FunctionDefinition(tuple(params[0]), body[0]), body[1]

    def parameter_name(self, pos: int) -> Result[str]:
        return self.identifier_with_whitespaces(pos) or self.name(pos)

    def function_invocation(self, pos: int) -> Result[ast.Node]:
        simple = self.identifier_with_whitespaces(pos) or self.one_of(
            pos, _NAMES_WITH_RESERVED_WORD
        )
        names: Result[list[str]] = ([simple[0]], simple[1]) if simple else self.qualified_name(pos)
        open_ = self.lit(names[1], "(") if names else None
        if names is None or open_ is None:
            return None
        arguments = self.named_arguments(open_) or self.positional_arguments(open_)
        after = arguments[1] if arguments else open_
        close = self.lit(after, ")")
        if close is None:
            return None
        positional: tuple[ast.Node, ...] = ()
        named: tuple[tuple[str, ast.Node], ...] | None = None
        if arguments and isinstance(arguments[0], dict):
            named = tuple(arguments[0].items())
        elif arguments and isinstance(arguments[0], list):
            positional = tuple(arguments[0])
        if len(names[0]) == 1:
            return ast.Call(names[0][0], positional, named), close
        path = ast.Ref(tuple(names[0][:-1]))
        return ast.QualifiedCall(path, names[0][-1], positional, named), close

    def argument(self, pos: int) -> Result[ast.Node]:
        return self.range(pos) or self.expression(pos)

    def named_arguments(self, pos: int) -> Result[dict[str, ast.Node] | list[ast.Node]]:
        def entry(at: int) -> Result[tuple[str, ast.Node]]:
            name = self.parameter_name(at)
            colon = self.lit(name[1], ":") if name else None
            value = self.argument(colon) if colon is not None else None
            return ((name[0], value[0]), value[1]) if name and value else None

        entries, end = self.separated(pos, entry)
        return (dict(entries), end) if entries else None

    def positional_arguments(self, pos: int) -> Result[dict[str, ast.Node] | list[ast.Node]]:
        items, end = self.separated(pos, self.argument)
        return (items, end) if items else None

    # --------------- unary tests ---------------

    def unary_tests(self, pos: int) -> Result[ast.Node]:
        return self.negated_tests(pos) or self.positive_unary_tests(pos) or self.any_input(pos)

    def negated_tests(self, pos: int) -> Result[ast.Node]:
        word = self.lit(pos, "not")
        open_ = self.lit(word, "(") if word is not None else None
        tests = self.positive_unary_tests(open_) if open_ is not None else None
        close = self.lit(tests[1], ")") if tests else None
        return (ast.Not(tests[0]), close) if tests and close is not None else None

    def positive_unary_tests(self, pos: int) -> Result[ast.Node]:
        tests, end = self.separated(pos, self.positive_unary_test)
        if not tests:
            return None
        return (tests[0] if len(tests) == 1 else ast.AtLeastOne(tuple(tests))), end

    def positive_unary_test(self, pos: int) -> Result[ast.Node]:
        boolean = self.boolean(pos)
        if boolean and self.ws(boolean[1]) == self.length:
            return ast.InputEqualTo(boolean[0]), boolean[1]
        simple = self.simple_positive_unary_test(pos)
        if simple:
            return simple
        expression = self.expression(pos)
        return (ast.UnaryTestExpression(expression[0]), expression[1]) if expression else None

    def any_input(self, pos: int) -> Result[ast.Node]:
        end = self.lit(pos, "-")
        return (ast.Const(True), end) if end is not None else None

    def simple_positive_unary_test(self, pos: int) -> Result[ast.Node]:
        op = self.one_of(pos, ("<=", ">=", "<", ">"))
        if op:
            endpoint = self.exp_lvl4(op[1])
            return (ast.InputCompare(op[0], endpoint[0]), endpoint[1]) if endpoint else None
        interval = self.range(pos)
        return (ast.InputInRange(interval[0]), interval[1]) if interval else None

    def range(self, pos: int) -> Result[ast.RangeLiteral]:
        start_char = self.one_of(pos, ("(", "]", "["))
        start = self.exp_lvl4(start_char[1]) if start_char else None
        dots = self.lit(start[1], "..") if start else None
        end = self.exp_lvl4(dots) if dots is not None else None
        end_char = self.one_of(end[1], (")", "[", "]")) if end else None
        if start_char and start and end and end_char:
            node = ast.RangeLiteral(start[0], start_char[0] == "[", end[0], end_char[0] == "]")
            return node, end_char[1]
        return None


def _parse(source: str, rule: str) -> ast.Node:
    parser = _Parser(source)
    result = getattr(parser, rule)(0)
    if result is not None:
        end = parser.ws(result[1])
        if end == parser.length:
            node: ast.Node = result[0]
            return node
        parser.fail(end, "end of input")
    position = parser.furthest
    expected = ", ".join(sorted(parser.expected)) or "something else"
    found = repr(source[position : position + 10]) if position < len(source) else "end of input"
    raise FeelSyntaxError(
        source,
        f"failed to parse expression '{source}': at position {position + 1} expected {expected} "
        f"but found {found}",
    )


def parse_expression(source: str) -> ast.Node:
    """The syntax tree of a FEEL expression; FeelSyntaxError when it is not one."""
    return _parse(source, "expression")


def parse_unary_tests(source: str) -> ast.Node:
    """The syntax tree of DMN unary tests (an input entry); FeelSyntaxError when invalid."""
    return _parse(source, "unary_tests")
