"""The XML namespaces a DMN resource may use, as Camunda's DMN model API accepts them."""

DMN_MODEL_NAMESPACES = frozenset(
    {
        "http://www.omg.org/spec/DMN/20151101/dmn.xsd",  # DMN 1.1
        "http://www.omg.org/spec/DMN/20180521/MODEL/",  # DMN 1.2
        "https://www.omg.org/spec/DMN/20191111/MODEL/",  # DMN 1.3
        "https://www.omg.org/spec/DMN/20211108/MODEL/",  # DMN 1.4
        "https://www.omg.org/spec/DMN/20230324/MODEL/",  # DMN 1.5
    }
)

FEEL_LANGUAGES = frozenset(
    {
        "feel",
        "http://www.omg.org/spec/feel/20140401",
        "http://www.omg.org/spec/dmn/20180521/feel/",
        "https://www.omg.org/spec/dmn/20191111/feel/",
        "https://www.omg.org/spec/dmn/20211108/feel/",
        "https://www.omg.org/spec/dmn/20230324/feel/",
    }
)
"""``expressionLanguage`` values taken as FEEL, compared lower-cased (as dmn-scala does)."""
