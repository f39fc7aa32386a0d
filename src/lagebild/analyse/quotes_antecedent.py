"""What "er" or "sie" stands for when no person of the article is near: the noun phrase that opens
its sentence or one of the sentences before. "Die Firma Stadler Rail hält an ihren Plänen fest,
wie sie mitteilte." – "sie" is the firm, which speaks; "Die Gemeinde will sparen. Sie streiche das
Hallenbad, schreibt sie." – the municipality.

The article gives gender and number: "der" goes with "er", "die" with "sie" (a woman, a thing or
many: "die Behörden"). Only a phrase in subject place at the start of its sentence counts; a name
inside it ("Die Firma Stadler Rail") becomes the quote's speaker, while the speaker words stay
"sie", as they do when "sie" stands for a person. A phrase without a name ("Die Firma") gives
no speaker: as speaker words instead of "sie" it won 2 and lost 2 train quotes, whose gold marks
the pronoun as the speaker ("Der Mann hinterliess einen Zettel, in dem er verlangte, ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.analyse.entities_lexicon import Lexicon
from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_pronoun import gender
from lagebild.model import Article, EntityType

__all__ = ["Antecedent", "antecedent", "phrase_speaking"]

_LEADS = {"er": frozenset({"Der"}), "sie": frozenset({"Die"})}
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_GENITIVE = frozenset({"der", "des"})
_BACK_SENTENCES = 2  # "Die Gemeinde will sparen. Sie streiche ..., schreibt sie."


@dataclass(frozen=True, slots=True)
class Antecedent:
    start: int  # character offsets of the noun phrase
    end: int
    mentions: tuple[int, ...]  # mention indexes inside it


def _phrase(words: Sequence[Word], s: int, mention_at: Sequence[int | None]) -> Antecedent | None:
    """The noun phrase "Die Firma (Stadler Rail)", "Der Geschäftsführer der Bergbahn" at word ``s``."""
    sentence = words[s].sentence
    j = s + 1
    while j < len(words) and words[j].text[:1].islower() and words[j].text.endswith(_ADJECTIVE_ENDINGS):
        j += 1  # "Die zuständigen Behörden"
    if j >= len(words) or words[j].sentence != sentence or not words[j].capitalised or words[j].punct:
        return None
    end = j
    # "Die Firma Stadler Rail": a name after the noun; "der Tegelbergbahn": a genitive
    while end + 1 < len(words) and words[end + 1].sentence == sentence and mention_at[end + 1] is not None:
        end += 1
    # a name in a genitive after it is not who speaks: "Die Eisenbahner der SNCB ... Sie fordern"
    found = tuple(dict.fromkeys(m for m in mention_at[s : end + 1] if m is not None))
    if (
        end + 2 < len(words)
        and words[end + 1].text in _GENITIVE
        and words[end + 2].capitalised
        and words[end + 2].sentence == sentence
    ):
        end += 2
        while (
            end + 1 < len(words)
            and mention_at[end + 1] is not None
            and mention_at[end + 1] == mention_at[end]
        ):
            end += 1
    return Antecedent(words[s].start, words[end].end, found)


def antecedent(
    words: Sequence[Word], i: int, mention_at: Sequence[int | None], quoted: Sequence[bool]
) -> Antecedent | None:
    """The noun phrase the pronoun at word ``i`` refers to, or None."""
    leads = _LEADS.get(words[i].text.lower())
    if leads is None:
        return None
    sentence = words[i].sentence
    s = i
    while s >= 0 and words[s].sentence >= sentence - _BACK_SENTENCES:
        if words[s].initial and s < i and not quoted[s]:
            if words[s].text.lower() == words[i].text.lower():
                pass  # "Sie streiche ...": the chain goes on in the sentence before
            elif words[s].text in leads:
                return _phrase(words, s, mention_at)
            else:
                return None
        s -= 1
    return None


def phrase_speaking(  # noqa: PLR0917 - the word lookup's own lists, passed as they are
    article: Article,
    lex: Lexicon,
    words: Sequence[Word],
    i: int,
    mention_at: Sequence[int | None],
    quoted: Sequence[bool],
    person: int | None,
) -> tuple[bool, int | None]:
    """Whether the noun phrase before decides whom "er"/"sie" at word ``i`` stands for, and whom:
    it does when no person was found (``person`` is None) or the one found is of the other gender.
    An organisation or person named in the phrase speaks ("Bernhard Keller ... Die Firma Stadler
    Rail hält an den Plänen fest, wie sie mitteilte"); a phrase without a name leaves the quote
    without a speaker entity rather than give it the man ("Kurt Meier leitet das Depot. Die
    Lokführer sind unzufrieden. Sie fordern mehr Lohn, sagten sie.")."""
    unwanted = {"er": "f", "sie": "m"}.get(words[i].text.lower())
    if person is not None and (unwanted is None or gender(article.entities[person], lex) != unwanted):
        return False, None
    phrase = antecedent(words, i, mention_at, quoted)
    if phrase is None:
        return False, None
    for index in phrase.mentions:
        mention = article.mentions[index]
        if mention.type in {EntityType.ORG, EntityType.PER}:
            return True, mention.entity
    return True, None
