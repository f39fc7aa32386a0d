"""The subject a main clause opens with, for a speech verb that follows it.

German main clauses put the subject first more often than anything else: "Der frühere
Bürgermeister, Henning Scherf (SPD), warnte die CDU vor einem „populistischen Wahlkampf“",
"Der Hauptgeschäftsführer des Verbands nannte sie „fahrlässig“", "Die Bundesregierung hatte
den Bericht als „falsch“ zurückgewiesen". The words right after such a verb are its object,
not its speaker. The opening phrase counts only when every word up to the finite verb can
belong to a noun phrase (articles, adjectives, names, an apposition in commas or brackets).
"""

from __future__ import annotations

import functools

from lagebild.analyse.quotes_phrase import AUXILIARIES, adverb_before_adjective, quoted_name
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import _ARTICLES, _OBJECT_ARTICLES, _PREPOSITIONS, time_phrase_end
from lagebild.analyse.quotes_words import _INFLECTED, _PRONOUNS
from lagebild.language.de.lexicon import word_list
from lagebild.model import EntityType, Span

__all__ = [
    "AUXILIARIES",
    "name_before_apposition",
    "opening_person",
    "opening_subject",
    "subject_before_relative",
]

_MAX_WORDS = 16  # words of an opening noun phrase with its apposition
# focus particles before a subject: "Auch die Ministerin kritisierte ..."
_PARTICLES = frozenset({"Auch", "Selbst", "Sogar", "Nur", "Besonders"})
# words inside a noun phrase besides articles, adjectives and names
_LINKS = frozenset({",", "(", ")", "-", "–", "und", "von", "vom", "der", "des"})
# prepositions missing from the subject module's list that open a clause: "Aufgrund des ..."
_MORE_PREPOSITIONS = frozenset({"aufgrund", "infolge", "laut", "gemäß", "gemäss", "dank", "bezüglich"})
_PASSIVE = frozenset({"wird", "wurde", "wurden", "werden", "worden"})
# endings of adverbs and adjectives that open a sentence ("Bislang", "Zusätzlich", "Frühestens")
_ADVERB_ENDINGS = ("lang", "her", "hin", "dem", "weise", "mals", "seits", "wärts", "falls", "dings", "lich")
_ADJECTIVE_ENDINGS = ("ig", "isch", "ens", "bar", "los")
# prepositions of an attribute inside the subject: "Politiker aus anderen Parteien haben ..."
_ATTRIBUTES = frozenset({"in", "im", "aus", "bei", "beim"})
_RELATIVE = frozenset({"der", "die", "das", "dessen", "deren", "welcher", "welche", "welches"})
# words that open a plural subject like an article: "Auch einige kleinere Parteien haben ..."
# adverbs between a subject and its verb: "Die Kampagne selber dagegen warf ihm vor"
_BETWEEN = frozenset({"selber", "selbst", "dagegen", "hingegen", "jedoch", "aber", "indes", "wiederum"})
_QUANTIFIERS = frozenset({"einige", "mehrere", "viele", "zahlreiche", "alle", "beide", "manche"})


def _phrase_end(sp: SpeakerWords, j: int, stop: int) -> int:
    """The index after the noun phrase that begins at ``j`` (at most ``stop``)."""
    k = j
    while k < min(stop, j + _MAX_WORDS):
        word = sp.words[k]
        text = word.text
        if sp.quoted[k]:
            break
        named = quoted_name(sp, k, j, stop)
        if named > k:
            k = named  # "Ein Vertreter der „solventa ag“ bezeichnet ...": a name in marks
            continue
        if word.capitalised or text[:1].isdigit() or text.lower() in _ARTICLES or text in _LINKS:
            k += 1
            continue
        if k > j and sp.mention_at[k] is not None and sp.mention_at[k] == sp.mention_at[k - 1]:
            k += 1  # "Union Générale Tunisienne du Travail": a lower-case word inside a name
            continue
        following = sp.words[k + 1] if k + 1 < stop else None
        if (
            text.endswith(_INFLECTED)
            and text not in AUXILIARIES
            and following is not None
            and (
                following.text[:1].isupper() or following.text.endswith(_INFLECTED) or following.text == "und"
            )
        ):
            # an adjective before its noun: "Der frühere Bürgermeister", "Die afghanischen und
            # ausländischen Soldaten"
            k += 1
            continue
        if text in _PRONOUNS and k == j:
            k += 1
            continue
        if adverb_before_adjective(sp, k, j, stop):
            k += 1  # "Ein nicht genannter Vertreter", "Die staatlich kontrollierten Medien"
            continue
        if text in _ATTRIBUTES and k > j and _noun(sp.words[k - 1].text) and k + 1 < stop:
            k += 1  # "Ein Bezirksgericht in Olten hat ...": a place or group after the noun
            continue
        break
    return k


def _noun(text: str) -> bool:
    """A capitalised word that is a noun, no adverb or preposition opening the sentence
    ("Bereits im Dezember hatte ...", "Außer aus Olten ...")."""
    lowered = text.lower()
    return (
        text[:1].isupper()
        and not lowered.endswith(_ADVERB_ENDINGS + _ADJECTIVE_ENDINGS)  # "Bislang gingen ..."
        and text not in _starter_words()
        and lowered not in _PREPOSITIONS
        and lowered not in _MORE_PREPOSITIONS
        and lowered != "außer"
    )


@functools.cache
def _starter_words() -> frozenset[str]:
    return frozenset(word_list("sentence_starters.txt"))


def _plural_noun(sp: SpeakerWords, j: int, end: int) -> bool:
    """ "Kritiker werfen Amrein vor, ...": a bare noun before a verb in the plural is its subject,
    no adverb ("Weiterhin erklärte ..."); the name after the verb is the one addressed."""
    verb = sp.words[end].text if end < len(sp.words) else ""
    word = sp.words[j].text
    return end == j + 1 and _noun(word) and verb.endswith("en") and verb[:1].islower()


def _trimmed(sp: SpeakerWords, j: int, end: int) -> int:
    while end > j and sp.words[end - 1].text in {",", "-", "–", "und"}:
        end -= 1
    return end


def _speaker_in(sp: SpeakerWords, j: int, end: int) -> Attribution:
    """The person a phrase names (its name in apposition), else its pronoun, role or head."""
    span = Span(sp.words[j].start, sp.words[end - 1].end)
    for k in range(j, end):
        index = sp.mention_at[k]
        if index is not None and sp.article.mentions[index].type is EntityType.PER:
            return Attribution(sp.article.mentions[index].entity, span, None)
    head = j + 1 if sp.words[j].text.lower() in _ARTICLES and j + 1 < end else j
    found = sp._speaker_word(head) if sp.words[head].text not in _PRONOUNS or head == j else None
    if found is not None:
        return Attribution(found.speaker, span, None)
    return Attribution(None, span, None)


def _phrase_start(sp: SpeakerWords, first: int, cue: int, starters: frozenset[str]) -> int | None:
    """Where a subject phrase may begin in words ``first`` .. ``cue``: past punctuation and a
    focus particle; None when the clause opens with a preposition, an object or an adverb."""
    j = first
    while j < cue and sp.words[j].punct and sp.words[j].text != "(":
        j += 1
    if j < cue and sp.words[j].text in _PARTICLES:
        j += 1
    if j >= cue or sp.quoted[j]:
        return None
    word = sp.words[j]
    lowered = word.text.lower()
    if lowered in _PREPOSITIONS or lowered in _MORE_PREPOSITIONS or lowered in _OBJECT_ARTICLES:
        return None
    # "Manche Beobachter halten es für möglich": a quantifier before a noun opens the subject
    # "Einige der einflussreichsten Bauern haben ...": a quantifier with a partitive genitive too
    quantifier = (
        lowered in _QUANTIFIERS
        and j + 1 < cue
        and (sp.words[j + 1].capitalised or sp.words[j + 1].text == "der")
    )
    if (word.text in starters and sp.mention_at[j] is None and not quantifier) or word.text[:1].isdigit():
        return None
    if time_phrase_end(sp, j, cue) is not None:
        return None  # "Ende Januar 2006 verkündete der Verband": a time, no subject
    if word.text[:1].islower() and lowered not in _ARTICLES and lowered not in _QUANTIFIERS:
        return None  # a clause that opens with a verb
    return j


def subject_before_relative(
    sp: SpeakerWords, cue: int, first: int, starters: frozenset[str]
) -> Attribution | None:
    """ "Günther Platter, der Verteidigungsminister Österreichs, der zur Zeit den Vorsitz
    innehat, sagte": a relative clause ends in the comma right before the verb; the subject is
    the noun phrase the clause opens with, before the relative clause."""
    if cue - 2 <= first or sp.words[cue - 1].text != "," or not sp.words[cue].text[:1].islower():
        return None
    j = _phrase_start(sp, first, cue, starters)
    if j is None:
        return None
    for r in range(cue - 2, j, -1):
        if sp.quoted[r] or sp.words[r].text != "," or sp.words[r + 1].text not in _RELATIVE:
            continue
        if _phrase_end(sp, j, r) == r:
            return _speaker_in(sp, j, _trimmed(sp, j, r))
    return None


def opening_subject(sp: SpeakerWords, first: int, cue: int, starters: frozenset[str]) -> Attribution | None:
    """The subject phrase words ``first`` .. ``cue`` open with when the speech verb at ``cue``
    (or an auxiliary before it) comes right after it; None otherwise."""
    j = _phrase_start(sp, first, cue, starters)
    if j is None or not sp.words[cue].text[:1].islower():
        return None  # a speech noun ("nach Angaben")
    end = _phrase_end(sp, j, cue)
    if (
        end == j or (end == j + 1 and sp.mention_at[j] is None and sp._speaker_word(j) is None)
    ) and not _plural_noun(sp, j, end):
        return None  # one word that names no one is an adverb: "Weiterhin erklärte ..."
    core = end
    while core > j + 1 and sp.words[core - 1].text in _BETWEEN:
        core -= 1  # "selber" may pass for an adjective in the phrase
    verb_at = core
    while verb_at < cue and sp.words[verb_at].text in _BETWEEN:
        verb_at += 1  # "McCains Kampagne selber dagegen warf Obama vor, ..."
    if verb_at == cue and verb_at != core:
        return _speaker_in(sp, j, _trimmed(sp, j, core))
    if end != cue:
        verb = sp.words[end].text
        if verb not in AUXILIARIES or _comma_outside_brackets(sp, end, cue):
            return None
        if verb in _PASSIVE and any(sp.words[k].text in {"von", "vom"} for k in range(end, cue)):
            return None  # "Die Forderungen wurden von Minister X als unrealistisch bezeichnet"
    after = sp.words[end + 1] if end + 1 < len(sp.words) else None
    # "Die Tat bezeichnete er als sinnlos": the object comes first; "sie" is a subject only
    # after a phrase that may be an accusative ("Die Pläne nannte sie ...")
    pronoun = after is not None and (
        after.text == "er" or (after.text == "sie" and sp.words[j].text in {"Die", "Das"})
    )
    if pronoun and not _names_person(sp, j, end):
        return None
    return _speaker_in(sp, j, _trimmed(sp, j, end))


def _comma_outside_brackets(sp: SpeakerWords, start: int, stop: int) -> bool:
    """A comma between ``start`` and ``stop`` that no brackets enclose ("hat im Gespräch mit
    Peter Brunner (Grüne, Olten) bekräftigt": the comma is inside the brackets)."""
    depth = 0
    for k in range(start, stop):
        text = sp.words[k].text
        depth += (text == "(") - (text == ")")
        if text == "," and depth <= 0:
            return True
    return False


def _names_person(sp: SpeakerWords, j: int, end: int) -> bool:
    for k in range(j, end):
        index = sp.mention_at[k]
        if index is not None and sp.article.mentions[index].type is EntityType.PER:
            return True
        if sp.lex.role_of(sp.words[k].text):
            return True
    return False


def opening_person(sp: SpeakerWords, first: int, last: int, starters: frozenset[str]) -> Attribution | None:
    """The person named in the noun phrase a sentence opens with, before its finite verb: "Der
    ältere Bruder des Bischofs, Georg Amrein, war eingeweiht" (the name in apposition)."""
    j = _phrase_start(sp, first, last, starters)
    if j is None:
        return None
    verb = _phrase_end(sp, j, last)
    end = _trimmed(sp, j, verb)
    if end <= j or verb >= last or not sp.words[verb].text[:1].islower():
        return None
    found = _speaker_in(sp, j, end)
    return found if found.speaker is not None else None


def name_before_apposition(sp: SpeakerWords, verb: int, first: int) -> Attribution | None:
    """ "Hans Imhof, der Kandidat der Freisinnigen um das Amt des Präsidenten, hat in einer
    Botschaft angekündigt, ...": a person's name, then a comma, opens the clause whose finite
    verb follows the comma closing the apposition; the name is the subject."""
    if verb - 1 <= first or sp.words[verb - 1].text != "," or sp.quoted[verb - 1]:
        return None
    index = sp.mention_at[first]
    if index is None or sp.article.mentions[index].type is not EntityType.PER:
        return None
    k = first
    while k < verb and sp.mention_at[k] == index:
        k += 1
    if k >= verb - 1 or sp.words[k].text != ",":
        return None
    return sp._mention(first)
