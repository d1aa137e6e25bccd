"""The errors a caller of the FEEL engine can catch."""


class FeelError(Exception):
    """A FEEL expression could not be compiled or evaluated; `.expression` is its source."""

    def __init__(self, expression: str, message: str) -> None:
        super().__init__(message)
        self.expression = expression
        self.reason = message

    def __str__(self) -> str:
        if self.expression:
            return f"{self.reason} (expression: '{self.expression}')"
        return self.reason


class FeelSyntaxError(FeelError):
    """The source is not a FEEL expression (or unary tests); the message gives the position."""


class FeelEvaluationError(FeelError):
    """Evaluation failed where Zeebe raises an incident, not where FEEL yields null."""
