from benchmarks.detection_scores import Scores, overall, score_corpus, score_text


def test_a_hit_must_overlap_a_gold_span_of_the_same_kind() -> None:
    gold = [("EMAIL", 10, 20), ("PHONE", 30, 40)]
    found = [("EMAIL", 12, 18), ("EMAIL", 30, 40), ("IBAN", 50, 60)]
    scores = score_text(found, gold)
    assert scores["EMAIL"] == Scores(1, 1, 0)
    assert scores["PHONE"] == Scores(0, 0, 1)
    assert scores["IBAN"] == Scores(0, 1, 0)


def test_a_gold_span_is_matched_once_only() -> None:
    scores = score_text([("CARD", 0, 4), ("CARD", 5, 9)], [("CARD", 0, 19)])
    assert scores["CARD"] == Scores(1, 1, 0)


def test_touching_spans_do_not_overlap() -> None:
    assert score_text([("SSN", 0, 5)], [("SSN", 5, 10)])["SSN"] == Scores(0, 1, 1)


def test_precision_and_recall_are_none_without_a_denominator() -> None:
    assert Scores(0, 0, 0).precision is None
    assert Scores(0, 0, 0).recall is None
    assert Scores(3, 1, 0).precision == 0.75
    assert Scores(3, 0, 1).recall == 0.75


def test_a_corpus_sums_per_kind_and_overall_sums_the_chosen_kinds() -> None:
    corpus = [("a", [("NAME", 0, 1)]), ("b", [("NAME", 0, 1), ("EMAIL", 2, 3)])]
    per_kind = score_corpus(lambda text: [("NAME", 0, 1)] if text == "b" else [], corpus)
    assert per_kind == {"NAME": Scores(1, 0, 1), "EMAIL": Scores(0, 0, 1)}
    assert overall(per_kind, ["NAME", "EMAIL", "IBAN"]) == Scores(1, 0, 2)
