"""DMN decisions evaluated as Zeebe 8.9 evaluates them (it embeds dmn-scala on FEEL-Scala).

``parse_dmn`` reads one ``.dmn`` resource into a DecisionRequirementsGraph, compiling all FEEL;
``evaluate_decision`` evaluates one of its decisions with its required decisions.
"""

from engine.dmn.errors import DmnError, DmnEvaluationError, DmnParseError
from engine.dmn.evaluator import evaluate_decision
from engine.dmn.model import Decision, DecisionRequirementsGraph
from engine.dmn.parser import parse_dmn
from engine.dmn.results import (
    DecisionEvaluation,
    EvaluatedDecision,
    EvaluatedInput,
    EvaluatedOutput,
    MatchedRule,
)

__all__ = [
    "Decision",
    "DecisionEvaluation",
    "DecisionRequirementsGraph",
    "DmnError",
    "DmnEvaluationError",
    "DmnParseError",
    "EvaluatedDecision",
    "EvaluatedInput",
    "EvaluatedOutput",
    "MatchedRule",
    "evaluate_decision",
    "parse_dmn",
]
