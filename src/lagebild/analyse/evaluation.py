"""Quote evaluation on the public format of the German Wikinews quotation corpus.

``evaluate_quotes(directory)`` reads every ``*.json`` file in ``directory`` (the format of
github.com/uhh-lt/german-news-quotation-attribution-2024: ``originalText`` and ``annotations``
with ``type``, ``quote`` and ``speaker`` spans in characters), analyses the text as it stands
(one body block per line, so offsets stay those of the file) and reports per gold quote type:

- found: a lagebild quote covers at least half of the gold quote's characters;
- speaker: of the gold quotes with an annotated speaker, the share whose best-overlapping
  lagebild quote names the same speaker: its speaker words, or any mention of its speaker
  entity, overlap a gold speaker span, or the entity's name contains the gold speaker's last
  word (a name given elsewhere in the article: "Blinken" for "US-Aussenminister Blinken").
  The corpus annotates a quote passed on by a medium twice, once with the person and once with
  the medium as speaker ("„…“, zitiert ndr.de Polizeisprecher X"); lagebild names the medium
  as the quote's ``source``, so a gold speaker is matched by the speaker or by the source.
  ``speaker_alone`` is the same share counting the speaker only.

Both are recall: a rule that marks whole sentences as quotes would raise them unseen. So the
report also gives precision per lagebild quote kind: the share of lagebild's quotes that lie
at least half inside some gold quote.

The corpus is licensed for non-commercial use: lagebild only measures on it and ships nothing
derived from it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lagebild.analyse.entities import EntityStage
from lagebild.analyse.entities_score import name_key
from lagebild.analyse.quotes import QuoteStage
from lagebild.errors import InputError
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, Quote, Span

__all__ = ["GoldQuote", "QuoteScores", "analyse_text", "evaluate_quotes", "read_wikinews"]

_MIN_OVERLAP = 0.5  # share of the gold quote's characters a found quote must cover


@dataclass(frozen=True, slots=True)
class GoldQuote:
    kind: str  # "Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect"
    spans: tuple[Span, ...]  # the quoted words (a quote may be interrupted by its cue)
    speakers: tuple[Span, ...]  # the speaker's words; () when the corpus names none
    speaker_text: str = ""


@dataclass(slots=True)
class _Ratio:
    hits: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hits += ok
        self.total += 1

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 0.0


@dataclass(slots=True)
class QuoteScores:
    found: dict[str, _Ratio] = field(default_factory=lambda: defaultdict(_Ratio))
    speaker: dict[str, _Ratio] = field(default_factory=lambda: defaultdict(_Ratio))
    speaker_alone: dict[str, _Ratio] = field(default_factory=lambda: defaultdict(_Ratio))
    precise: dict[str, _Ratio] = field(default_factory=lambda: defaultdict(_Ratio))
    documents: int = 0
    predicted: int = 0

    def add(self, kind: str, found: bool, speaker: bool | None, alone: bool | None = None) -> None:
        for key in (kind, "all"):
            self.found[key].add(found)
            if speaker is not None:
                self.speaker[key].add(speaker)
                self.speaker_alone[key].add(speaker if alone is None else alone)

    def as_dict(self) -> dict[str, Any]:
        kinds = sorted(self.found, key=lambda k: (k != "all", k))
        return {
            "documents": self.documents,
            "predicted": self.predicted,
            "precision": {
                kind: {"predicted": ratio.total, "precision": round(ratio.value, 4)}
                for kind, ratio in sorted(self.precise.items(), key=lambda kv: (kv[0] != "all", kv[0]))
            },
            **{
                kind: {
                    "gold": self.found[kind].total,
                    "found": round(self.found[kind].value, 4),
                    "speaker": round(self.speaker[kind].value, 4),
                    "speaker_alone": round(self.speaker_alone[kind].value, 4),
                    "with_speaker": self.speaker[kind].total,
                }
                for kind in kinds
            },
        }


def _spans(obj: dict[str, Any] | None) -> tuple[Span, ...]:
    if not obj:
        return ()
    return tuple(Span(s["charBegin"], s["charEnd"]) for s in obj.get("spans", []))


def read_wikinews(path: Path) -> tuple[str, list[GoldQuote]]:
    """The text and gold quotes of one corpus file."""
    try:
        data = json.loads(path.read_text("utf-8"))
        text = data["originalText"]
        gold = [
            GoldQuote(
                a["type"],
                _spans(a.get("quote")),
                _spans(a.get("speaker")),
                (a.get("speaker") or {}).get("text", ""),
            )
            for a in data.get("annotations", [])
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(
            f"{path}: not a Wikinews quotation file ({exc}); expected JSON with 'originalText' and "
            "'annotations'"
        ) from exc
    return text, [g for g in gold if g.spans]


def _blocks(text: str) -> Iterator[Block]:
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + line.index(stripped)
            yield Block(BlockKind.BODY, Span(start, start + len(stripped)))
        position += len(line) + 1


def analyse_text(text: str) -> Article:
    """Sentences, tokens, entities and quotes of ``text``, with offsets into ``text`` itself."""
    article = Article(id="wikinews", text=text, blocks=tuple(_blocks(text)))
    for stage in (SentenceStage(), TokenStage(), EntityStage(), QuoteStage()):
        article = stage(article)
    return article


def _overlap(a: Iterable[Span], b: Span) -> int:
    return sum(max(0, min(s.end, b.end) - max(s.start, b.start)) for s in a)


def _names(article: Article, entity: int | None, words: Span | None, gold: GoldQuote) -> bool:
    """The entity or the words name the gold speaker."""

    def hits(span: Span) -> bool:
        return any(span.overlaps(s) for s in gold.speakers)

    if words is not None and hits(words):
        return True
    if entity is None:
        return False
    if any(hits(m.span) for m in article.mentions if m.entity == entity):
        return True
    last = [w for w in gold.speaker_text.split() if w[:1].isupper()]
    name = name_key(article.entities[entity].name).split()
    return bool(last) and name_key(last[-1].rstrip("s'")) in {w.rstrip("s'") for w in name}


def _speaker_ok(article: Article, quote: Quote, gold: GoldQuote, source: bool = True) -> bool:
    """The quote's speaker names the gold speaker, or (with ``source``) the medium it names as
    its source does."""
    if _names(article, quote.speaker, quote.speaker_span, gold):
        return True
    return source and _names(article, quote.source, quote.source_span, gold)


def score_article(article: Article, gold: list[GoldQuote], scores: QuoteScores) -> None:
    scores.documents += 1
    scores.predicted += len(article.quotes)
    for quote in article.quotes:
        most = max((_overlap(item.spans, quote.span) for item in gold), default=0)
        inside = most >= _MIN_OVERLAP * len(quote.span)
        for key in (str(quote.kind), "all"):
            scores.precise[key].add(inside)
    for item in gold:
        size = sum(len(s) for s in item.spans)
        best: Quote | None = None
        best_overlap = 0
        for quote in article.quotes:
            overlap = _overlap(item.spans, quote.span)
            if overlap > best_overlap:
                best, best_overlap = quote, overlap
        found = best is not None and best_overlap >= _MIN_OVERLAP * size
        speaker = alone = None
        if item.speakers:
            speaker = found and best is not None and _speaker_ok(article, best, item)
            alone = found and best is not None and _speaker_ok(article, best, item, source=False)
        scores.add(item.kind, found, speaker, alone)


def evaluate_quotes(directory: str | Path) -> dict[str, Any]:
    """Found and speaker-correct rates per gold quote type over every ``*.json`` in ``directory``."""
    directory = Path(directory)
    paths = sorted(directory.glob("*.json")) if directory.is_dir() else []
    if not paths:
        raise InputError(
            f"{directory}: no *.json files; give a folder of the Wikinews quotation corpus (e.g. data/dev)"
        )
    scores = QuoteScores()
    for path in paths:
        text, gold = read_wikinews(path)
        score_article(analyse_text(text), gold, scores)
    return scores.as_dict()


def render_quote_table(scores: dict[str, Any]) -> str:
    """The result of :func:`evaluate_quotes` as a plain-text table, one row per quote type."""
    rows = [
        f"{scores['documents']} documents, {scores['predicted']} quotes found by lagebild",
        "type                   gold   found  speaker  alone  (of gold with a speaker)",
    ]
    for kind, value in scores.items():
        if isinstance(value, dict) and kind != "precision":
            rows.append(
                f"{kind:<20} {value['gold']:>6} {value['found']:>7.3f} {value['speaker']:>8.3f} "
                f"{value.get('speaker_alone', value['speaker']):>6.3f}  ({value['with_speaker']})"
            )
    rows.append("speaker: by the speaker or the medium named as source; alone: by the speaker only")
    rows.append("lagebild kind        quotes  precision  (at least half inside a gold quote)")
    for kind, value in scores.get("precision", {}).items():
        rows.append(f"{kind:<20} {value['predicted']:>6} {value['precision']:>10.3f}")
    return "\n".join(rows)
