"""Pipeline stages of the German language layer."""

from __future__ import annotations

from lagebild.language.de import lemmatize, split_sentences, tokenize
from lagebild.model import CONTENT_KINDS, Article, Sentence, Token

__all__ = ["SentenceStage", "TokenStage"]


class SentenceStage:
    """Splits every content block into sentences; a sentence never crosses a block."""

    name = "sentences"
    version = "1.0"
    requires = frozenset({"text", "blocks"})
    provides = frozenset({"sentences"})

    def __call__(self, article: Article) -> Article:
        sentences = [
            Sentence(span, index)
            for index, block in enumerate(article.blocks)
            if block.kind in CONTENT_KINDS
            for span in split_sentences(article.text, block.span.start, block.span.end)
        ]
        return article.replace(sentences=tuple(sentences))


class TokenStage:
    """Tokens of every sentence, each with its simplemma lemma."""

    name = "tokens"
    version = "1.0"
    requires = frozenset({"sentences"})
    provides = frozenset({"tokens", "lemmas"})

    def __call__(self, article: Article) -> Article:
        tokens = [
            Token(span, lemmatize(span.of(article.text)))
            for sentence in article.sentences
            for span in tokenize(article.text, sentence.span.start, sentence.span.end)
        ]
        return article.replace(tokens=tuple(tokens))
