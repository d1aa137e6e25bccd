"""FEEL as Zeebe 8.9 evaluates it (FEEL-Scala 1.21): expressions, DMN unary tests, JSON output."""

from engine.feel.api import (
    Expression,
    UnaryTests,
    compile_expression,
    compile_unary_tests,
    evaluate,
)
from engine.feel.errors import FeelError, FeelEvaluationError, FeelSyntaxError
from engine.feel.values import to_json

__all__ = [
    "Expression",
    "FeelError",
    "FeelEvaluationError",
    "FeelSyntaxError",
    "UnaryTests",
    "compile_expression",
    "compile_unary_tests",
    "evaluate",
    "to_json",
]
