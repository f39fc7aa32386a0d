"""Scoring lagebild's entity mentions against a GermEval-style CoNLL file.

Each sentence becomes a small article (its tokens as given, one sentence, one block) and goes
through the same code as the entity stage, so the figures are those of the real stage, including
document-level linking. What is not scored, and why:

- generic institutions alone ("die Polizei"): GermEval does not annotate them, and lagebild
  makes them mentions only of a named organisation of the same article (the one-sentence
  "articles" here rarely have one);
- institutions named by a place or country adjective ("die Berliner Staatsanwaltschaft", "das
  russische Aussenministerium"): lagebild makes them one named organisation (as the examples'
  sidecars do), GermEval marks the adjective as a derived name (-deriv, read as O) and nothing
  else;
- mentions inside a token ("Nato" in "Nato-Ostflanke"): GermEval marks the whole token as a
  ``-part`` type, which the reader maps to ``O``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lagebild.analyse.entities import link_entities
from lagebild.analyse.entities_crf import System, candidates
from lagebild.analyse.entities_lexicon import lexicon
from lagebild.analyse.entities_rules import Candidate
from lagebild.analyse.entities_words import words_of
from lagebild.analyse.ner.conll import TaggedSentence, read_conll, spans_of
from lagebild.analyse.ner.model import NerModel, load_model, shipped_model
from lagebild.analyse.ner.scoring import SpanScores
from lagebild.analyse.ner.stack import article_of

__all__ = ["compare_systems", "evaluate_conll", "evaluate_sentences", "predicted_spans", "score_plain_crf"]


def _adjective_institution(candidate: Candidate) -> bool:
    """ "Tiroler Landtag", "Russisches Aussenministerium": an institution after an adjective."""
    institution = candidate.institution
    return institution is not None and not candidate.name.startswith(institution)


def predicted_spans(
    tokens: tuple[str, ...], model: NerModel | None, system: System
) -> list[tuple[int, int, str]]:
    """(first token, token after the last, type) of the mentions ``system`` finds."""
    if not tokens:
        return []
    article = article_of(tokens)
    words = words_of(article)
    found = candidates(words, lexicon(), model, system)
    generic = {(c.start, c.end) for c in found if c.generic or _adjective_institution(c)}
    _, mentions = link_entities(words, found, article.text)
    starts = [t.span.start for t in article.tokens]
    ends = {t.span.end: k for k, t in enumerate(article.tokens)}
    spans = []
    for mention in mentions:
        first = bisect.bisect_left(starts, mention.span.start)
        if (mention.span.start, mention.span.end) in generic:
            continue
        if first == len(starts) or starts[first] != mention.span.start or mention.span.end not in ends:
            continue  # a part of a token
        spans.append((first, ends[mention.span.end] + 1, mention.type.value))
    return spans


def evaluate_sentences(
    sentences: Iterable[TaggedSentence], model: NerModel | None, system: System, *, news_only: bool = False
) -> SpanScores:
    scores = SpanScores()
    for sentence in sentences:
        if news_only and not sentence.news:
            continue
        scores.add(spans_of(sentence.tags), predicted_spans(sentence.tokens, model, system))
    return scores


def evaluate_conll(
    path: str | Path,
    *,
    system: System = System.COMBINED,
    model: str | Path | None = None,
    news_only: bool = False,
) -> dict[str, Any]:
    """Exact-match P/R/F1 per type of ``system`` on the file at ``path`` (GermEval TSV format)."""
    sentences = list(read_conll(path))
    loaded = None if system is System.RULES else (load_model(model) if model else shipped_model())
    scores = evaluate_sentences(sentences, loaded, system, news_only=news_only)
    return {"system": system.value, "file": str(path), **scores.as_dict()}


def compare_systems(model: Path, sentences: list[TaggedSentence]) -> dict[str, Any]:
    """Rules, CRF and combined on the same sentences, all and news only (for the meta file)."""
    loaded = load_model(model)
    out: dict[str, Any] = {}
    for system in System:
        for label, news in (("all", False), ("news", True)):
            scores = evaluate_sentences(sentences, loaded, system, news_only=news)
            out[f"{system.value}.{label}"] = scores.as_dict()
    return out


def score_plain_crf(model: Path, sentences: list[TaggedSentence]) -> dict[str, Any]:
    """The plain CRF (no rules at all) on the same sentences, all and news only."""
    loaded = load_model(model)
    return {
        f"plain_crf.{label}": evaluate_sentences(sentences, loaded, System.CRF, news_only=news).as_dict()
        for label, news in (("all", False), ("news", True))
    }
