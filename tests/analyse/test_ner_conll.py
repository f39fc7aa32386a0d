"""Reading GermEval-style CoNLL files, BIO spans, the fixed held-out split and span scores."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from lagebild.analyse.ner.conll import TaggedSentence, bucket, read_conll, spans_of
from lagebild.analyse.ner.scoring import SpanScores
from lagebild.errors import InputError

SAMPLE = (
    "#\thttp://www.example.ch/politik/1\t[2024-03-01]\t\n"
    "1\tAussenminister\tO\tO\n"
    "2\tAntony\tB-PER\tO\n"
    "3\tBlinken\tI-PER\tO\n"
    "4\treiste\tO\tO\n"
    "5\tnach\tO\tO\n"
    "6\tVilnius\tB-LOC\tO\n"
    "7\t.\tO\tO\n"
    "\n"
    "#\thttp://de.wikipedia.org/wiki/Litauen\t[2009-08-13]\t\n"
    "1\tDie\tO\tO\n"
    "2\tlitauische\tB-LOCderiv\tO\n"
    "3\tNato-Mission\tB-ORGpart\tO\n"
    "4\tder\tO\tO\n"
    "5\tBundeswehr\tB-ORG\tO\n"
    "\n"
)


def test_reader_keeps_outer_types_and_drops_deriv_and_part(tmp_path: Path) -> None:
    path = tmp_path / "sample.tsv"
    path.write_text(SAMPLE, "utf-8")
    first, second = list(read_conll(path))
    assert first.tokens[1:3] == ("Antony", "Blinken")
    assert first.source == "http://www.example.ch/politik/1"
    assert first.news
    assert not second.news
    assert second.tags == ("O", "O", "O", "O", "B-ORG")


def test_reader_reads_gzip_and_two_columns(tmp_path: Path) -> None:
    path = tmp_path / "sample.tsv.gz"
    path.write_bytes(gzip.compress(b"Olaf\tB-PER\nScholz\tI-PER\nspricht\tO\n"))
    (sentence,) = read_conll(path)
    assert spans_of(sentence.tags) == [(0, 2, "PER")]


def test_reader_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_conll(tmp_path / "missing.tsv"))
    bad = tmp_path / "bad.tsv"
    bad.write_text("nur ein Wort\n", "utf-8")
    with pytest.raises(InputError, match="line 1"):
        list(read_conll(bad))


def test_spans_of_bio_including_a_stray_inside_tag() -> None:
    assert spans_of(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-PER"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "ORG"),
        (5, 6, "PER"),
    ]


def test_bucket_is_fixed_by_the_sentence() -> None:
    sentence = TaggedSentence(("Bern", "ist", "schön"), ("B-LOC", "O", "O"), "http://x.ch/a")
    assert bucket(sentence) == bucket(TaggedSentence(sentence.tokens, ("O",) * 3, sentence.source))
    assert 0 <= bucket(sentence) < 5


def test_span_scores_per_type_and_micro() -> None:
    scores = SpanScores()
    scores.add([(0, 2, "PER"), (3, 4, "LOC")], [(0, 2, "PER"), (3, 4, "ORG")])
    total = scores.total()
    assert (total.hits, total.gold, total.predicted) == (1, 2, 2)
    assert scores.by_type["PER"].f1 == 1.0
    assert scores.by_type["LOC"].recall == 0.0
