"""A name in quotation marks as the speaker: a paper, a website, a group or a user name
("Wie „heise online“ berichtet, ...", "„Muslix64“ erwähnte auch, dass ...", "meldet die
Nachrichtenagentur „Xinhua“"). The marks hold a title, not a quotation: a few words next to
the speech verb, in the place of its subject.
"""

from __future__ import annotations

from lagebild.analyse.quotes_grammar import CITES
from lagebild.analyse.quotes_opening import _noun
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import _ARTICLES, _FILLERS
from lagebild.analyse.quotes_words import _INFLECTED
from lagebild.model import Span

__all__ = ["addressed_medium", "title_before"]

_OPENING = frozenset({"„", "«", '"'})
_CLOSING = frozenset({"“", "»", '"', "”"})
_TITLE_WORDS = 6  # words a title in marks may have
_BREAKS = frozenset({",", ".", ":", ";", "?"})
# words a clause may open with before the title: "Wie „heise online“ berichtet"
_OPENERS = frozenset({"Wie", "wie", "Auch", "Nur"})


def _closing(sp: SpeakerWords, j: int, stop: int) -> int | None:
    """The closing mark of a short title whose opening mark is word ``j``."""
    if sp.words[j].text not in _OPENING:
        return None
    for k in range(j + 1, min(stop, j + 2 + _TITLE_WORDS)):
        text = sp.words[k].text
        if text in _CLOSING:
            return k if k > j + 1 else None
        if text in _BREAKS:
            return None
    return None


def _attribution(sp: SpeakerWords, start: int, end: int, opening: int) -> Attribution:
    """Words ``start`` .. ``end`` (the closing mark), with the entity named by the whole title
    ("„Xinhua“"), not by a word inside it ("„Aktion Deutschland hilft“" is no country)."""
    inside = {sp.mention_at[k] for k in range(opening + 1, end)}
    index = inside.pop() if len(inside) == 1 else None
    entity = sp.article.mentions[index].entity if index is not None else None
    return Attribution(entity, Span(sp.words[start].start, sp.words[end].end), None)


def title_before(sp: SpeakerWords, cue: int, first: int) -> Attribution | None:
    """ "„Muslix64“ erwähnte auch, ...", "Wie die „Aktion Hilfe“ heute mitteilte": a title (with
    its article, adjectives and noun) opens the clause right before the speech verb."""
    k = cue - 1
    while k > first and sp.words[k].text in _FILLERS:
        k -= 1  # "heute", "dann"
    if k <= first or sp.words[k].text not in _CLOSING:
        return None
    j = next(
        (o for o in range(k - 1, max(first, k - 2 - _TITLE_WORDS) - 1, -1) if sp.words[o].text in _OPENING),
        None,
    )
    if j is None or _closing(sp, j, k + 1) != k:
        return None
    start = j
    while start > first and _in_phrase(sp.words[start - 1].text):
        start -= 1  # "die Nachrichtenagentur „Keystone-SDA“", "die französische „Alliance“"
    if start > first and not (start == first + 1 and sp.words[first].text in _OPENERS):
        return None
    return _attribution(sp, start, k, j)


def _in_phrase(text: str) -> bool:
    """An article, an adjective or a noun before the title; no preposition or adverb that opens
    the clause ("Von einer „gezielten Kampagne“ sprach ...", "Als „Geschenk“ bezeichnet ...")."""
    lowered = text.lower()
    if lowered in _ARTICLES or (text[:1].islower() and text.endswith(_INFLECTED)):
        return True
    return _noun(text) and lowered not in {"als", "wie"}


# words before "dem"/"der" that make the medium in marks the one spoken to: "sagte dem «Blick»",
# "gegenüber der «Zeit»", "im Interview mit dem «Bund»"
_TALKS = frozenset({"Interview", "Gespräch", "Gesprächs", "Interviews"})


def addressed_medium(sp: SpeakerWords, opening: int) -> bool:
    """ "Hans Muster sagte dem «Blick», ...", "Gegenüber der «Zeit» erklärte er": one word in
    marks after a dative article that follows the speech verb, "gegenüber" or "Interview mit"
    names the paper spoken to, no quotation; "sprach von der „Kapitulation“" stays one."""
    words = sp.words
    if opening >= 1 and _cited_in(sp, opening):
        return True
    if (
        opening >= 1
        and words[opening - 1].text in {"Dem", "Der"}
        and opening + 3 < len(words)
        and sp.is_cue(opening + 3)
    ):
        return True  # "Dem «Blick» sagte die Bundesrätin": the paper spoken to, before the verb
    if opening < 2 or words[opening - 1].text not in {"dem", "der"}:
        return False
    before = words[opening - 2]
    if before.text.lower() == "gegenüber" or sp.is_cue(opening - 2):
        return True
    if sp.mention_at[opening - 2] is not None:
        # "sagte Sarkozy dem „Figaro“": the name of the speaker between verb and paper
        k = opening - 2
        while k > 0 and sp.mention_at[k - 1] == sp.mention_at[opening - 2]:
            k -= 1
        return k > 0 and sp.is_cue(k - 1)
    return before.text == "mit" and opening >= 3 and words[opening - 3].text in _TALKS


_CITED_AFTER = 3  # words between the closing mark and "zitiert"


def _cited_in(sp: SpeakerWords, opening: int) -> bool:
    """ "Der Trainer wurde im «Blick» zitiert", "wie er von der «NZZ» zitiert wird": one word in
    marks after "im", "in der" or "von der" in a sentence with "zitieren" is the paper that
    quotes."""
    words = sp.words
    before = words[opening - 1].text.lower()
    if before in _ARTICLES and opening >= 2 and words[opening - 2].text in CITES:
        return True  # "„…“, zitiert die „Computerwoche“ Lynch"
    if before in {"der", "dem"} and opening >= 2:
        before = words[opening - 2].text.lower() + " " + before
    if before not in {"im", "vom", "in der", "in dem", "von der", "von dem", "die", "der", "das"}:
        return False
    # "zitiert" right after the title: "im «Blick» zitiert", "im «Blick» am Montag zitiert"
    end = min(len(words), opening + 3 + _CITED_AFTER)
    return any(words[k].text in CITES and not sp.quoted[k] for k in range(opening + 2, end))
