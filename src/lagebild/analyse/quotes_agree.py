"""A plural noun phrase that opens a clause whose finite verb is singular is its object, and
the subject stands after the verb: "Die jungen Bauern, die sich an den Protesten beteiligt
hatten, beschrieb die Agentur als „aggressiv“" – the agency speaks, not the farmers. The object
of "zitieren" is who spoke: "„…“, zitiert die Zeitung „Le Temps“ den Minister Pascal Rochat"."""

from __future__ import annotations

from lagebild.analyse.quotes_grammar import CITES
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import subject_after_verb
from lagebild.model import EntityType

__all__ = ["cited_person", "object_first"]


# endings of nouns that are plural after "Die" ("Die Äußerungen", "Die Organisationen")
_PLURAL_NOUNS = ("ungen", "ionen", "heiten", "keiten")
_IN_PHRASE = frozenset({"und", "der", "des", "von"})
# a name after these is where or from whom, not the one cited ("zitiert ... aus einem Brief von X")
_NOT_CITED = frozenset({"von", "vom", "in", "im", "aus", "nach", "bei", "beim", "mit", "über", "laut"})


def _plural_opening(sp: SpeakerWords, first: int, cue: int) -> bool:
    """ "Die jungen Bauern": "die" and an adjective in "-en" before a noun is a plural (a
    singular takes "-e": "die junge Bäuerin"); so is "Die Äußerungen" (a plural noun ending)."""
    if first + 1 >= cue or sp.words[first].text != "Die":
        return False
    if sp.words[first + 1].text.endswith(_PLURAL_NOUNS) and sp.words[first + 1].capitalised:
        return True
    if first + 2 >= cue:
        return False
    adjective, noun = sp.words[first + 1], sp.words[first + 2]
    return adjective.text[:1].islower() and adjective.text.endswith("en") and noun.capitalised


def _singular(sp: SpeakerWords, cue: int) -> bool:
    text = sp.words[cue].text
    return text[:1].islower() and not text.endswith("en")


def object_first(sp: SpeakerWords, found: Attribution, first: int, cue: int, stop: int) -> Attribution:
    """The subject after the verb at ``cue`` when ``found`` is a plural phrase at the clause's
    start that the singular verb does not agree with; else ``found``. A verb coordinated later
    takes the subject of the first one ("Die Äußerungen X bezeichnete Brunner als „…“ und
    glaubt, dass ...": Brunner)."""
    span = found.speaker_span
    if span is None or span.start != sp.words[first].start:
        return found
    if found.speaker is not None and (first + 1 >= len(sp.words) or sp.mention_at[first + 1] is not None):
        return found  # the phrase's head names its speaker; not a genitive ("Die Äußerungen Imhofs")
    verb = sp.word_at(span.end) or cue
    while verb < cue and (sp.words[verb].capitalised or sp.words[verb].text in _IN_PHRASE):
        verb += 1  # "Die Äußerungen Imhofs und Brunners bezeichnete ...": the rest of the phrase
    if not sp.words[verb].text[:1].islower():
        verb = cue  # "Die jungen Bauern, die ..., beschrieb": a relative clause; the cue is the verb
    if not (_plural_opening(sp, first, verb) and _singular(sp, verb)):
        return found
    after = subject_after_verb(sp, verb, stop)
    return found if after is None else Attribution(after.speaker, after.speaker_span, found.cue)


def cited_person(sp: SpeakerWords, found: Attribution, cue: int, stop: int) -> Attribution:
    """The person named after the source of "zitiert" ("„…“, zitiert die „Computerwoche“ Lynch",
    "zitiert die Zeitung den Minister Pascal Rochat") spoke the words; the medium that cites him
    only passes them on. ``found`` when no person follows it in the clause."""
    if (
        sp.words[cue].text not in CITES
        or found.speaker_span is None
        or found.speaker_span.start < sp.words[cue].end
    ):
        return found
    if found.speaker is not None and sp.article.entities[found.speaker].type is EntityType.PER:
        return found
    k = sp.word_at(found.speaker_span.end)
    while k is not None and k < stop and sp.words[k].sentence == sp.words[cue].sentence:
        if sp.words[k].text in _NOT_CITED or (sp.words[k].text in ".,;:!?()" and not sp.quoted[k]):
            return found
        index = sp.mention_at[k]
        if index is not None and sp.article.mentions[index].type is EntityType.PER and not sp.quoted[k]:
            mention = sp.article.mentions[index]
            return Attribution(mention.entity, mention.span, found.cue)
        k += 1
    return found
