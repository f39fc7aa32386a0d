"""Whom "er" and "sie" stand for when they speak: the most recent person named outside
quotation marks whose gender does not contradict the pronoun.

A person counts as a woman by a first name from ``female_names.txt`` or a female role
("Ministerin", "Sprecherin"), as a man by another known first name or a male role. Names in a
quotation are what the speaker talked about, not who speaks ("„Ben Ali muss gehen“, sagte sie").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from lagebild.analyse.entities_lexicon import Lexicon, norm
from lagebild.analyse.entities_words import Word
from lagebild.language.de.lexicon import word_list
from lagebild.model import Article, Entity, EntityType

__all__ = ["demonstrative", "gender", "resolve_pronoun", "subject_before"]

_DEMONSTRATIVES = frozenset({"dieser", "Dieser"})
_MALE_PRONOUNS = frozenset({"er", "Er"}) | _DEMONSTRATIVES
_FEMALE_PRONOUNS = frozenset({"sie", "Sie"})
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_BACK_SENTENCES = 6  # a pronoun refers to someone named a few sentences before at most


def demonstrative(words: Sequence[Word], i: int) -> bool:
    """ "sagte dieser, dass ...": "dieser" without a noun after it stands for the man last named
    (a pronoun like "er"); "dieser Bericht", "dieser neue Bericht" is an article."""
    if words[i].text not in _DEMONSTRATIVES or i + 1 >= len(words):
        return False
    following = words[i + 1]
    return not following.capitalised and not following.text.endswith(_ADJECTIVE_ENDINGS)


@functools.cache
def _female_names() -> frozenset[str]:
    return frozenset(norm(n) for n in word_list("female_names.txt"))


def gender(entity: Entity, lex: Lexicon) -> str | None:
    """ "f", "m" or None (unknown) for a person."""
    first = norm(entity.name.split()[0]) if entity.name.split() else ""
    if first in _female_names():
        return "f"
    for role in entity.roles:
        base = role.split()[-1] if role.split() else role
        if base.endswith("in") and base[:1].isupper() and lex.role_of(base):
            return "f"
    if first in lex.first_names:
        return "m"
    if any(lex.role_of(r.split()[-1]) for r in entity.roles if r.split()):
        return "m"  # a role without the female ending: "Minister", "Präsident"
    return None


def resolve_pronoun(
    article: Article,
    lex: Lexicon,
    *,
    pronoun: str,
    at: int,
    sentence_of: Sequence[int],
    quoted: Sequence[bool],
    mention_words: Sequence[int],
    sentence: int,
) -> int | None:
    """The entity a speaking pronoun at character ``at`` refers to, or None.

    ``mention_words[k]`` is the word index of mention k's first word (-1 when none),
    ``sentence_of``/``quoted`` describe words by index."""
    unwanted = "f" if pronoun in _MALE_PRONOUNS else "m" if pronoun in _FEMALE_PRONOUNS else None
    fallback: int | None = None
    for index in range(len(article.mentions) - 1, -1, -1):
        mention = article.mentions[index]
        if mention.span.start >= at or mention.type is not EntityType.PER:
            continue
        word = mention_words[index]
        if word < 0:
            continue
        if sentence - sentence_of[word] > _BACK_SENTENCES:
            break
        if quoted[word]:
            continue
        if fallback is None:
            fallback = mention.entity
        if unwanted is None or gender(article.entities[mention.entity], lex) != unwanted:
            return mention.entity
    return fallback


_SUBJECT_LEAD = frozenset({"der", "die", "Der", "Die", "ein", "eine", "Ein", "Eine"})


def subject_before(
    article: Article,
    lex: Lexicon,
    words: Sequence[Word],
    mention_words: Sequence[int],
    *,
    i: int,
    entity: int,
) -> int:
    """ "Der Stadtpräsident Martin Zeller empfing den Botschafter Jean Dubois. Er sagte, ...": "Er"
    opening the next sentence goes on with the subject of the sentence before (Zeller), not with
    the person last named as its object, when the subject's gender fits the pronoun too; two
    people joined by "und" stay as they were. Returns the entity "er"/"sie" at word ``i`` stands for."""
    sentence = words[i].sentence
    if i == 0 or words[i - 1].sentence == sentence:
        return entity  # not the first word of its sentence
    unwanted = "f" if words[i].text in _MALE_PRONOUNS else "m" if words[i].text in _FEMALE_PRONOUNS else None
    before = [
        (w, m.entity)
        for m, w in zip(article.mentions, mention_words, strict=True)
        if w >= 0 and m.type is EntityType.PER and words[w].sentence == sentence - 1
    ]
    if len({e for _, e in before}) != 2 or unwanted is None:
        return entity
    (first_word, first), (last_word, _) = min(before), max(before)
    if first == entity or max(before)[1] != entity:
        return entity
    start = first_word
    while start > 0 and words[start - 1].sentence == sentence - 1:
        start -= 1
    lead = words[start:first_word]
    if len(lead) > 3 or not all(w.text in _SUBJECT_LEAD or w.capitalised for w in lead):
        return entity  # "Über Zeller sagte ...": the first name stands in no subject place
    if any(w.text in {"und", ","} for w in words[first_word:last_word]):
        return entity
    if gender(article.entities[first], lex) == unwanted:
        return entity
    return first
