"""A relative clause that tells what a source says: "Es gibt Studien, nach denen der Wald
schneller wächst", "ein Gutachten, laut dem das Kind misshandelt wurde", "Grundsätze, denen
zufolge ...". The quote is the relative clause; its speaker's words reach from the noun phrase
before the comma to the pronoun, since a reader takes either for the source.
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_wonach import _clause_end, _source
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["relative_source"]

_MIN_CLAUSE = 3
_PREPOSITIONS = frozenset({"nach", "laut", "gemäß", "gemäss"})
# relative pronouns that cannot be an article: "..., nach denen ...", "..., nach welchem ..."
_PRONOUNS = frozenset({"denen", "welchem", "welcher", "welchen"})
# "dem"/"der" may be an article (", nach dem Spiel hätten ..."): a relative pronoun only after a
# noun that names a text or a view ("ein Gutachten, laut dem ...")
_ARTICLE_LIKE = frozenset({"dem", "der"})
_DOCUMENTS = (
    "studie", "studien", "bericht", "berichte", "umfrage", "umfragen", "gutachten", "statistik",
    "gerücht", "gerüchte", "meldung", "meldungen", "angaben", "aussage", "aussagen", "dokument",
    "erklärung", "theorie", "darstellung", "version", "schätzung", "prognose", "regel",
)  # fmt: skip


def _pronoun(words: list[Word], w: int) -> tuple[int, int] | None:
    """The pronoun and the word the clause opens after, for a relative source at comma ``w``."""
    a, b = words[w + 1].text, words[w + 2].text
    if a in _PREPOSITIONS and (b in _PRONOUNS or b in _ARTICLE_LIKE):
        if b in _ARTICLE_LIKE and not words[w - 1].text.lower().endswith(_DOCUMENTS):
            return None
        return w + 2, w + 3
    if a in _PRONOUNS | _ARTICLE_LIKE and b == "zufolge":
        return w + 1, w + 3
    return None


def relative_source(speakers: Speakers, first: int, last: int) -> Quote | None:
    """The relative clause after ", nach denen" (and the like) with its antecedent as source."""
    words = speakers.words
    for w in range(first + 1, last - _MIN_CLAUSE - 2):
        if words[w].text != "," or speakers.quoted[w] or speakers.quoted[w + 1]:
            continue
        found = _pronoun(words, w)
        if found is None:
            continue
        pronoun, opens = found
        if _named_act(speakers, first, w):
            return None
        source = _source(words, speakers, w, first)
        if source is None:
            continue
        end = _clause_end(words, opens, last)
        if end - opens < _MIN_CLAUSE:
            continue
        words_span = Span(source[1].start, words[pronoun].end)
        cue = Span(words[w + 1].start, words[opens - 1].end)
        return Quote(
            Span(words[opens].start, words[end - 1].end), QuoteKind.INDIRECT, source[0], words_span, cue
        )
    return None


def _named_act(speakers: Speakers, first: int, comma: int) -> bool:
    """ "X bezweifelte die Vereinbarkeit mit Grundsätzen, denen zufolge ...": a named speaker's
    speech act around the source makes the whole sentence that speaker's (and the next
    Konjunktiv sentences go on reporting the speaker, not the source)."""
    return any(
        speakers.is_cue(k)
        and not speakers.words[k].capitalised
        and speakers.around(k, first, comma).speaker is not None
        for k in range(first, comma)
    )
