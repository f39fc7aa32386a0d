"""``evaluate_quotes`` on a tiny corpus in the Wikinews quotation format, written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.analyse.evaluation import evaluate_quotes, read_wikinews, render_quote_table
from lagebild.errors import InputError

TEXT = (
    "Die Gemeinde Wil baut ein neues Schulhaus.\n"
    "«Wir haben lange darauf gewartet», sagte Gemeindepräsidentin Anna Keller am Montag. "
    "Der Kanton erklärte, er prüfe die Pläne bis im Sommer."
)


def _span(text: str, part: str) -> dict[str, object]:
    start = TEXT.index(part)
    return {"spans": [{"charBegin": start, "charEnd": start + len(part)}], "text": part}


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    annotations = [
        {
            "type": "Direct",
            "quote": _span(TEXT, "«Wir haben lange darauf gewartet»"),
            "speaker": _span(TEXT, "Anna Keller"),
            "cue": _span(TEXT, "sagte"),
        },
        {
            "type": "Indirect",
            "quote": _span(TEXT, "er prüfe die Pläne bis im Sommer"),
            "speaker": _span(TEXT, "Der Kanton"),
            "cue": _span(TEXT, "erklärte"),
        },
        {  # a gold quote lagebild cannot find: no marks, no cue
            "type": "Reported",
            "quote": _span(TEXT, "baut ein neues Schulhaus"),
            "speaker": {"spans": [], "text": ""},
        },
    ]
    document = {"originalText": TEXT, "documentName": "test", "annotations": annotations}
    (folder / "1 - Schulhaus (2024-03-01).pretty.json").write_text(json.dumps(document), "utf-8")
    return folder


def test_direct_quote_found_with_its_speaker(tmp_path: Path) -> None:
    scores = evaluate_quotes(write_corpus(tmp_path / "dev"))
    assert scores["documents"] == 1
    assert scores["Direct"] == {
        "gold": 1,
        "found": 1.0,
        "speaker": 1.0,
        "speaker_alone": 1.0,
        "with_speaker": 1,
    }
    assert scores["Indirect"]["found"] == 1.0
    assert scores["Reported"] == {
        "gold": 1,
        "found": 0.0,
        "speaker": 0.0,
        "speaker_alone": 0.0,
        "with_speaker": 0,
    }
    assert scores["all"]["gold"] == 3
    assert scores["all"]["with_speaker"] == 2
    assert "Direct" in render_quote_table(scores)


def test_reader_drops_quotes_without_spans(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "dev")
    text, gold = read_wikinews(next(folder.glob("*.json")))
    assert text == TEXT
    assert [g.kind for g in gold] == ["Direct", "Indirect", "Reported"]
    assert gold[0].speaker_text == "Anna Keller"


def test_errors_say_what_to_give(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no \*\.json"):
        evaluate_quotes(tmp_path)
    (tmp_path / "x.json").write_text("{}", "utf-8")
    with pytest.raises(InputError, match="originalText"):
        evaluate_quotes(tmp_path)


def test_precision_counts_quotes_outside_every_gold_quote(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "dev")
    document = json.loads(next(folder.glob("*.json")).read_text("utf-8"))
    document["annotations"] = document["annotations"][:1]  # only the direct quote is gold now
    next(folder.glob("*.json")).write_text(json.dumps(document), "utf-8")
    scores = evaluate_quotes(folder)
    precision = scores["precision"]
    assert precision["direct"] == {"predicted": 1, "precision": 1.0}
    assert precision["indirect"] == {"predicted": 1, "precision": 0.0}  # no gold quote there now
    assert precision["all"]["precision"] == pytest.approx(1 / scores["predicted"], abs=1e-4)
    assert "precision" in render_quote_table(scores)


CITED = "«Die Lage ist ernst», zitiert die «Luzerner Zeitung» Polizeisprecher Kurt Meier."


def test_a_quote_annotated_with_person_and_medium_is_credited_twice(tmp_path: Path) -> None:
    """The corpus gives a quote passed on by a paper twice, with the person and with the paper
    as speaker; lagebild names the person as speaker and the paper as source, and only the
    source-crediting figure counts the second annotation."""
    folder = tmp_path / "dev"
    folder.mkdir()

    def span(part: str) -> dict[str, object]:
        start = CITED.index(part)
        return {"spans": [{"charBegin": start, "charEnd": start + len(part)}], "text": part}

    quote = span("Die Lage ist ernst")
    annotations = [
        {"type": "Direct", "quote": quote, "speaker": span("Polizeisprecher Kurt Meier")},
        {"type": "Direct", "quote": quote, "speaker": span("die «Luzerner Zeitung»")},
    ]
    document = {"originalText": CITED, "annotations": annotations}
    (folder / "1.json").write_text(json.dumps(document), "utf-8")
    scores = evaluate_quotes(folder)
    assert scores["Direct"]["speaker"] == 1.0
    assert scores["Direct"]["speaker_alone"] == 0.5
    assert "alone" in render_quote_table(scores)
