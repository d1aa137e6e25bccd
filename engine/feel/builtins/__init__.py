"""FEEL-Scala 1.21's built-in functions by name; a name may have several parameter lists."""

from engine.feel.builtins import (
    contexts,
    conversion,
    json_text,
    lists,
    numeric,
    ranges,
    strings,
    temporal_functions,
)
from engine.feel.values import FeelFunction

BUILTINS: dict[str, list[FeelFunction]] = {
    **conversion.FUNCTIONS,
    **json_text.FUNCTIONS,
    **numeric.FUNCTIONS,
    **strings.FUNCTIONS,
    **lists.FUNCTIONS,
    **contexts.FUNCTIONS,
    **ranges.FUNCTIONS,
    **temporal_functions.FUNCTIONS,
}

__all__ = ["BUILTINS"]
