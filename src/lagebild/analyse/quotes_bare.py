"""Speakers that stand right before their speech verb without naming an entity.

- A relative or demonstrative pronoun: "eines Hackers, der behauptet, ...", "Dieser behaupte,
  ...". The pronoun is the speaker's word; a name right before the comma is the one it stands for.
- A bare noun phrase: "Zeitungen berichteten, ...", "Hilfsorganisationen befürchten, dass ...",
  "Wie Haaretz berichtet, ...". Such a plural or unknown name is no entity, but the words say
  who speaks, which is worth more to a reader than no speaker at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.analyse.quotes_fronted import first_verb
from lagebild.analyse.quotes_sources import web_address
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import _ARTICLES, subject_after_verb
from lagebild.analyse.quotes_words import _INFLECTED, _MARKS, _NOUN_DETERMINERS
from lagebild.model import EntityType, Span

if TYPE_CHECKING:
    from lagebild.analyse.quotes_clause import Speakers

__all__ = [
    "bare_subject",
    "coordinated_subject",
    "passive_agent",
    "quoted_subject",
    "relative_clause",
    "relative_subject",
]

_RELATIVE = frozenset({"der", "die", "das", "welcher", "welche", "welches"})
_POINTING = frozenset({"Das", "Dies"})
_DEMONSTRATIVE = frozenset({"Dieser", "Diese", "Letzterer", "Letztere"})
# a clause may open with these before its subject: "Aber Zeitungen berichteten ..."
_OPENERS = frozenset({"Aber", "Doch", "Und", "Auch", "Selbst", "Sogar", "Nur", "Wie", "wie"})


def relative_subject(sp: SpeakerWords, cue: int, first: int) -> Attribution | None:
    """ "..., der behauptet": the pronoun before the verb, standing for the name before it."""
    j = cue - 1
    if j < first or sp.quoted[j]:
        return None
    text = sp.words[j].text
    relative = text in _RELATIVE and j > 0 and sp.words[j - 1].text == ","
    if not relative and not (text in _DEMONSTRATIVE and j == first):
        return None
    entity = None
    if relative and j > 1 and sp.mention_at[j - 2] is not None:
        entity = sp.article.mentions[sp.mention_at[j - 2] or 0].entity
        word = sp.words[j - 2].bare
        if word.endswith("s") and word not in sp.article.entities[entity].name.split():
            entity = None  # "Der Führer Irans, der ...": a genitive is not what "der" stands for
    start = _antecedent(sp, j - 1, first) if relative and entity is None else j
    return Attribution(entity, Span(sp.words[start].start, sp.words[j].end), None)


def _antecedent(sp: SpeakerWords, comma: int, first: int) -> int:
    """ "In der Zeitung erschien ein Kommentar, der den Entscheid als „Irrtum“ bezeichnet": the
    pronoun's words reach back to the noun phrase before the comma ("ein Kommentar"), which says
    who speaks when it names no entity; the pronoun alone when no article opens a short phrase
    there."""
    k = comma - 1
    if k < first or not sp.words[k].capitalised or sp.words[k].punct or sp.quoted[k]:
        return comma + 1
    while k > max(first, comma - 5):
        word = sp.words[k - 1]
        if word.punct or sp.quoted[k - 1]:
            break
        if word.text.lower() in _NOUN_DETERMINERS:
            return k - 1
        if not (word.capitalised or _adjective(word.text)):
            break
        k -= 1
    return comma + 1


def bare_subject(sp: SpeakerWords, cue: int, first: int, starters: frozenset[str]) -> Attribution | None:
    """A noun (with its article and adjectives) opening the clause right before the verb."""
    j = cue - 1
    if j < first or sp.quoted[j]:
        return None
    word = sp.words[j]
    if word.text in _POINTING and j == first:
        # "Das berichten lokale Medien": "Das" is the object pointing back; the subject follows
        stop = cue + 1
        while stop < len(sp.words) and sp.words[stop].sentence == word.sentence:
            stop += 1
        return subject_after_verb(sp, cue, stop)
    # "Wie tagblatt.ch berichtet, ...": a web address names its site in lower case
    site = web_address(word.text)
    if not (word.capitalised or site) or word.punct or word.text in starters or sp.lex.role_of(word.text):
        return None
    if cue + 1 >= len(sp.words) or sp.words[cue + 1].sentence != word.sentence:
        return None  # a heading of two words ("Lösegeld gefordert") names no speaker
    k = j
    while k > first and _adjective(sp.words[k - 1].text):
        k -= 1  # "die zuständigen Ärzte"
    if k > first and sp.words[k - 1].text.lower() in _ARTICLES:
        k -= 1
    elif k > first and sp.words[k - 1].text.replace(",", "").replace(".", "").isdigit():
        k -= 1  # "80 Prozent befürworteten, dass ...": a share of those asked
    opening = k == first or (k == first + 1 and sp.words[first].text in _OPENERS)
    if not opening:
        return None
    entity = sp.article.mentions[sp.mention_at[j] or 0].entity if sp.mention_at[j] is not None else None
    return Attribution(entity, Span(sp.words[k].start, word.end), None)


def _adjective(text: str) -> bool:
    return text[:1].islower() and text.endswith(_INFLECTED) and text not in _ARTICLES


_AGENT = frozenset({"von", "vom", "Von", "Vom"})
_PASSIVE = frozenset({"wird", "wurde", "wurden", "werden", "worden", "Wird", "Wurde"})
_ABOUT = ("bericht", "gesprochen", "sprach", "erzählt", "gewarnt", "warn")
_VERB_END = frozenset(
    {"hat", "hatte", "habe", "hätte", "hatten", "haben", "wird", "wurde", "worden", "sei", "ist", "war"}
)


def passive_agent(sp: Speakers, cue: int, first: int) -> Attribution | None:
    """ "wird von Musikkennern als „Meilenstein“ bezeichnet": the agent after "von" speaks."""
    if not any(w.text in _PASSIVE for w in sp.words[first : min(len(sp.words), cue + 3)]):
        return None
    if sp.words[cue].text.lower().startswith(_ABOUT):
        return None  # "Von einer hohen Brandgefahr wird berichtet": "von" names the topic
    for i in range(cue - 1, first - 1, -1):
        if sp.words[i].text == "," and not sp.quoted[i]:
            return None
        if sp.words[i].text in _AGENT and not sp.quoted[i]:
            for k in range(i + 1, min(cue, i + 4)):  # "von Bundesrat Peter Keller": the person
                if sp.words[k].text in _PASSIVE:
                    break  # "Von Bürgerlichen wurden Kellers Äußerungen ...": the agent ends there
                index = sp.mention_at[k]
                if index is not None and sp.article.mentions[index].type is EntityType.PER:
                    return sp._speaker_word(k)
            found = _side(sp, i, cue) or (sp._speaker_word(i + 1) if i + 1 < cue else None)
            return found or sp.source_after(i, cue)
    return None


def _side(sp: Speakers, i: int, cue: int) -> Attribution | None:
    """ "Von Seiten der Gewerkschaft wurde gefordert", "Von bürgerlicher Seite wurde gefordert": the
    side after "von" is the agent, the group after "Seiten" or the side with its adjective."""
    if i + 2 >= cue:
        return None
    if sp.words[i + 1].text == "Seiten" and sp.words[i + 2].text in {"der", "des"}:
        return sp.source_after(i + 1, cue)
    if sp.words[i + 2].text == "Seite" and sp.words[i + 1].text[:1].islower():
        return Attribution(None, Span(sp.words[i + 1].start, sp.words[i + 2].end), None)
    return None


def relative_clause(sp: SpeakerWords, cue: int, first: int) -> Attribution | None:
    """ "Der Führer, der zunächst den Sieg als „Fest“ bezeichnete": a relative clause ending
    in its speech verb is spoken by its pronoun, which stands for the phrase before the comma."""
    after = sp.words[cue + 1].text if cue + 1 < len(sp.words) else "."
    if not (sp.words[cue + 1].punct if cue + 1 < len(sp.words) else True) and after not in _VERB_END:
        return None
    for p in range(cue - 1, max(first, cue - 16) - 1, -1):
        word = sp.words[p]
        if word.punct and not sp.quoted[p] and word.text not in _MARKS:
            return None
        if sp.quoted[p] or word.text not in _RELATIVE or p == 0 or sp.words[p - 1].text != ",":
            continue
        between = sp.words[p + 1 : cue]
        if not between or between[0].capitalised:
            return None  # ", die Regierung kritisierte": an article, not a pronoun
        if any(w.text in {"er", "sie", "Er", "Sie"} for w in between):
            return None  # ", die er kritisierte": the pronoun is the object
        return relative_subject(sp, p + 1, first)
    return None


def quoted_subject(sp: SpeakerWords, cue: int, first: int) -> Attribution | None:
    """ "Platter wird von der Agentur mit den Worten zitiert, ...", "wird Watzke auf der Website
    des Vereins zitiert": in the passive of "zitieren" the person quoted speaks, not the medium
    after "von"."""
    if sp.words[cue].text.lower() != "zitiert":
        return None
    if not any(w.text in _PASSIVE for w in sp.words[first:cue]):
        return None
    for k in range(first, cue):
        index = sp.mention_at[k]
        if index is None or sp.quoted[k] or sp.article.mentions[index].type is not EntityType.PER:
            continue
        start = k
        while start > first and sp.mention_at[start - 1] == index:
            start -= 1
        if start > first and sp.words[start - 1].text in _AGENT:
            continue  # "von Peter Keller": the one who quotes
        return sp._speaker_word(k)
    return None


def coordinated_subject(sp: Speakers, cue: int, first: int) -> Attribution | None:
    """ "Er verständigte die Polizei und teilte mit, dass ...": a verb after "und" shares the
    subject of the clause's first verb; the object of that verb is no speaker. So does a verb
    right after a comma with no subject of its own ("X wollte sich nicht festlegen, sagte aber,
    ...")."""
    if (
        cue - 1 > first
        and sp.words[cue - 1].text == ","
        and cue + 1 < len(sp.words)
        and sp.words[cue + 1].text in _NO_SUBJECT
    ):
        return sp.named_subject(first, _first_comma(sp, first, cue))
    if cue - 1 <= first or sp.words[cue - 1].text != "und" or sp.quoted[cue - 1]:
        return None
    verb = first_verb(sp, first, cue - 1)
    if verb is not None:  # "Als ein Fahrgast half, biss der Mann den Fahrgast und rief"
        return subject_after_verb(sp, verb, cue - 1)
    if sp.words[cue - 2].text == "," and sp.words[cue - 1].text == "und":
        # "Der Wahlsieger erklärte, es sei ruhig, und verglich ...": ", und" goes back to the
        # main clause, whose subject the sentence opens with
        return sp.named_subject(first, _first_comma(sp, first, cue))
    if any(sp.words[k].text == "," and not sp.quoted[k] for k in range(first, cue)):
        return None  # the clause before "und" is not the whole sentence's opening
    return sp.named_subject(first, cue - 1)


# words right after a verb that show it has no subject there: ", sagte aber, ..."
_NO_SUBJECT = frozenset({"aber", "jedoch", "zudem", "außerdem", "ausserdem", "dann"})


def _first_comma(sp: SpeakerWords, first: int, stop: int) -> int:
    return next((k for k in range(first, stop) if sp.words[k].text == "," and not sp.quoted[k]), stop)
