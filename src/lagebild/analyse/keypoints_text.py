"""Text helpers shared by key points, the event and tags: word lists, lemma keys,
quote masks, main sentences.

Everything here reads an :class:`~lagebild.model.Article` and returns plain
values; nothing is cached on the module except the word lists (loaded lazily).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from lagebild.language.de.lexicon import word_list
from lagebild.model import Article, BlockKind, Sentence, Span, Token

__all__ = [
    "SentenceInfo",
    "fold",
    "jaccard",
    "load_list",
    "load_pairs",
    "main_sentences",
    "quote_mask",
    "sentence_infos",
    "stopwords",
    "words",
]

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
#: Opening and closing marks of direct speech as printed in German and Swiss news.
_OPEN = '«„“"‹'
_CLOSE = '»“”"›'


def fold(word: str) -> str:
    """Comparison key: lowercase, ß as ss (Swiss spelling), so "Straße" == "Strasse"."""
    return word.casefold().replace("ß", "ss")


@cache
def load_list(name: str) -> frozenset[str]:
    """A one-word-per-line data file, folded (lowercase, ß as ss)."""
    return frozenset(fold(line) for line in word_list(name))


@cache
def load_pairs(name: str) -> dict[str, str]:
    """A ``word<TAB>kind`` data file as a mapping from folded word to kind."""
    pairs: dict[str, str] = {}
    for line in word_list(name):
        word, _, kind = line.partition("\t")
        pairs[fold(word.strip())] = kind.strip()
    return pairs


def stopwords() -> frozenset[str]:
    return load_list("stopwords.txt")


def words(text: str) -> list[str]:
    """The words of ``text`` (punctuation dropped), as printed."""
    return _WORD.findall(text)


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def quote_mask(text: str, spans: Iterable[Span]) -> bytearray:
    """1 for every character of ``text`` inside quote marks, per block.

    Direct speech often runs over several sentences, so the state is carried
    across sentence ends and reset only at each block (paragraph) start.
    """
    mask = bytearray(len(text))
    for span in spans:
        inside = False
        for i in range(span.start, span.end):
            ch = text[i]
            if not inside and ch in _OPEN:
                inside = True
                # a straight quote closes what it opened; skip marking the mark itself
                continue
            if inside and ch in _CLOSE:
                inside = False
                continue
            if inside:
                mask[i] = 1
    return mask


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """One sentence with what the analysers need about it."""

    index: int  # position in Article.sentences
    sentence: Sentence
    kind: BlockKind
    text: str
    n_words: int
    keys: frozenset[str]  # folded lemmas of its content words
    quoted: float  # share of its characters inside quote marks
    contained: bool  # no quotation runs into it from before or on after it


def _token_key(article: Article, token: Token) -> str:
    surface = token.span.of(article.text)
    return fold(token.lemma or surface)


def sentence_infos(article: Article) -> list[SentenceInfo]:
    """Every sentence with its kind, content lemma set and quoted share."""
    text = article.text
    mask = quote_mask(text, (b.span for b in article.blocks))
    stop = stopwords()
    tokens = sorted(article.tokens, key=lambda t: t.span.start)
    infos: list[SentenceInfo] = []
    t = 0
    for index, sentence in enumerate(article.sentences):
        span = sentence.span
        while t < len(tokens) and tokens[t].span.start < span.start:
            t += 1
        keys: set[str] = set()
        j = t
        while j < len(tokens) and tokens[j].span.end <= span.end:
            key = _token_key(article, tokens[j])
            if key[:1].isalnum() and key not in stop and len(key) > 1:
                keys.add(key)
            j += 1
        if not keys:  # no tokens yet (tokens feature missing): fall back to words
            keys = {fold(w) for w in words(span.of(text)) if fold(w) not in stop and len(w) > 1}
        body = span.of(text)
        quoted = sum(mask[span.start : span.end]) / max(1, len(body))
        kind = article.blocks[sentence.block].kind if sentence.block < len(article.blocks) else BlockKind.BODY
        contained = not mask[span.start] and not mask[max(span.start, span.end - 1)]
        infos.append(
            SentenceInfo(index, sentence, kind, body, len(words(body)), frozenset(keys), quoted, contained)
        )
    return infos


def main_sentences(infos: Sequence[SentenceInfo], body_count: int = 3) -> list[SentenceInfo]:
    """The sentences that state the news: every lead sentence and the first body ones.

    Without a lead, one more body sentence is taken, so the count stays similar.
    """
    lead = [s for s in infos if s.kind is BlockKind.LEAD]
    body = [s for s in infos if s.kind is BlockKind.BODY]
    take = body_count if lead else body_count + 1
    return lead + body[:take]
