"""The single rules of sentence compression. Each takes a sentence and returns a
shorter one, or ``None`` when it does not apply; none of them checks grammar; that
is :mod:`lagebild.analyse.compress_check`'s job, run by :func:`compress` after every rule.

Rules (each named by its function):

- ``drop_dateline``: "Sitten – Die Lawine ..." loses the agency dateline;
- ``drop_parentheticals``: "(erheblich)", "– so die Polizei –"; an acronym in brackets
  replaces the name it abbreviates ("Gewerkschaft Deutscher Lokomotivführer (GDL)" -> "GDL");
- ``drop_attribution``: ", sagte er am Montag.", ", wie die Polizei mitteilte.",
  ", hiess es." at the end, except after reported or quoted speech (the speaker stays);
- ``drop_connective``: "Zudem", "Auch", "Allerdings, ..." at the start; an adverb
  followed by the verb has the subject moved to the front ("Zugleich versicherte
  Blinken ..." -> "Blinken versicherte ...");
- ``drop_relative``: a relative clause ", der ... verb," (used when a bullet is long);
- ``cut_tail``: a trailing adjunct or second main clause (", nachdem ...", ", und ...");
- ``resolve_pronoun``: "Er"/"Sie" + singular verb at the start becomes the name.
"""

from __future__ import annotations

import re
from functools import cache

from lagebild.analyse.compress_check import is_finite_verb, verb_form
from lagebild.analyse.keypoints_text import fold, load_list, load_pairs, words
from lagebild.analyse.keypoints_trim import strip_dateline

__all__ = [
    "cut_tail",
    "drop_attribution",
    "drop_connective",
    "drop_dateline",
    "drop_parentheticals",
    "drop_relative",
    "resolve_pronoun",
]

_END = ".!?"
_QUOTE_MARKS = '«»„“”"‹›'
_PAREN = re.compile(r"\s*\(([^()]{1,80})\)")
_DASHED = re.compile(r"\s+[–—]\s+[^–—,.;:]{1,60}?\s+[–—](?=\s)")
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-z]{0,2}[A-ZÄÖÜ]{1,5}")
_RELATIVE = (
    r"(?:(?:in|an|auf|aus|bei|mit|nach|von|zu|für|über|unter|vor|durch|gegen|um)\s+)?"
    r"(?:der|die|das|dem|den|deren|dessen|denen|welcher|welche|welches|welchem|welchen)"
)
_RELATIVE_CLAUSE = re.compile(rf",\s+{_RELATIVE}\s+([^,;:]+?)(?=,|[{_END}]?$)")
_TAIL = re.compile(
    r",\s+(?:und|aber|doch|während|nachdem|weil|da|obwohl|obschon|wobei|sodass|zumal|"
    r"wenngleich|bevor|seit|seitdem|als|wo)\s+[^;:]*$"
)
_SPLICE = re.compile(r",\s+(?:der|die|das|ein|eine|dies|diese|dieser|er|sie|es|man)\s+[^;:]*$")
_WIE_SOURCE = re.compile(r",\s+wie\s+[^,;:]*$")
_SUBJECT_PRONOUNS = frozenset({"er", "sie"})
_NOMINATIVE_DET = frozenset({"der", "die", "das", "ein", "eine"})


def _body(text: str) -> tuple[str, str]:
    """``text`` without its final punctuation, and that punctuation (default ".")."""
    stripped = text.rstrip()
    end = stripped[-1] if stripped and stripped[-1] in _END else ""
    return stripped.rstrip(_END + " "), end or "."


@cache
def _speech_heads() -> frozenset[str]:
    """First words of the speech verbs ("teilte" of "teilte mit")."""
    return frozenset(line.split()[0] for line in load_list("speech_verbs.txt"))


def _speech_tail(tail: list[str]) -> bool:
    """True when ``tail`` (the words after a comma) opens with a speech verb; a separable
    one needs its particle as the last word ("teilte die Polizei mit", not "stellte ... ein")."""
    head = fold(tail[0])
    table = load_list("speech_verbs.txt")
    if head in table:
        return True
    return len(tail) > 1 and f"{head} {fold(tail[-1])}" in table


def _reported(clause: str) -> bool:
    """True when ``clause`` is quoted or in reported speech (a Konjunktiv I verb)."""
    if any(mark in clause for mark in _QUOTE_MARKS):
        return True
    subjunctive = load_list("compress_subjunctive.txt") | load_list("compress_subjunctive2.txt")
    return any(fold(w) in subjunctive for w in words(clause))


def drop_dateline(text: str) -> str | None:
    out = strip_dateline(text)
    return out if out != text else None


def _acronym_for(before: str, acronym: str) -> int | None:
    """Start of the capitalised words right before the bracket whose initials spell ``acronym``."""
    matches = list(re.finditer(r"[\w-]+", before))
    initials = ""
    for match in reversed(matches):
        word = match.group()
        if not word[:1].isupper():
            return None
        initials = word[0] + initials
        if initials.upper() == acronym.upper():
            return match.start()
        if len(initials) >= len(acronym):
            return None
    return None


def drop_parentheticals(text: str) -> str | None:
    out = text
    for match in reversed(list(_PAREN.finditer(text))):
        inner = match.group(1).strip()
        before = out[: match.start()]
        start = _acronym_for(before, inner) if _ACRONYM.fullmatch(inner) else None
        kept = before[:start] + inner if start is not None else before
        out = kept + out[match.end() :]
    out = _DASHED.sub("", out)
    return out if out != text else None


def drop_attribution(text: str) -> str | None:
    body, end = _body(text)
    cut: int | None = None
    match = _WIE_SOURCE.search(body)
    if match and words(match.group())[-1:] and _is_speech(words(match.group())[-1]):
        cut = match.start()
    else:
        for comma in (m.start() for m in re.finditer(",", body)):
            tail = words(body[comma:])
            if not tail:
                continue
            head = fold(tail[0])
            if (head != "so" and _speech_tail(tail)) or (head == "hiess" and tail[1:2] == ["es"]):
                cut = comma
                break
            if head == "so" and len(tail) <= 4 and tail[1:2] and tail[1][:1].isupper():
                cut = comma  # ", so der Minister."
                break
    if cut is None:
        return None
    clause = body[:cut]
    if _reported(clause):
        return None  # the speaker must stay with what was said
    return clause.rstrip(" ,") + end


_PARTICLES = ("mit", "an", "bekannt", "hinzu", "zu", "fest", "aus", "vor", "bei")


def _is_speech(word: str) -> bool:
    """A speech verb, also in the subordinate form of a separable one ("mitteilte")."""
    low = fold(word)
    heads = _speech_heads()
    if low in load_list("speech_verbs.txt") or low in heads:
        return True
    return any(low.startswith(p) and low[len(p) :] in heads for p in _PARTICLES)


def _subject_end(rest: list[str], name_ends: frozenset[str]) -> int | None:
    """Number of words of a subject noun phrase at the start of ``rest`` (after the verb).

    Capitalised words are taken up to the last word of a known name ("US-Aussenminister
    Antony Blinken"); without a known name only one noun is taken ("Blinken Litauen ..."
    could be subject and object).
    """
    if not rest:
        return None
    if fold(rest[0]) in _SUBJECT_PRONOUNS:
        return 1
    i = 0
    if fold(rest[0]) in _NOMINATIVE_DET:
        i = 1
        while i < len(rest) and rest[i][:1].islower() and rest[i].endswith(("e", "en")):
            i += 1  # attributive adjectives: "der litauische Staatspräsident"
    start = i
    stop = load_list("stopwords.txt")
    while i < len(rest) and i - start < 4 and rest[i][:1].isupper() and fold(rest[i]) not in stop:
        i += 1
        if rest[i - 1] in name_ends:
            return i
    if i == start:
        return None
    return start + 1 if start < len(rest) and rest[start][:1].isupper() else None


def drop_connective(text: str, name_ends: frozenset[str] = frozenset()) -> str | None:
    """The sentence without its opening connective; ``name_ends`` are the last words of
    the names in the article, so that a moved subject takes the whole name."""
    table = load_pairs("connectives.txt")
    tokens = words(text[:60])
    for length in (2, 1):
        phrase = " ".join(tokens[:length])
        kind = table.get(fold(phrase))
        if len(tokens) <= length or kind is None or not text.startswith(phrase):
            continue
        rest = text[len(phrase) :]
        if rest.startswith(","):
            return _capital(rest[1:].lstrip())
        nxt = tokens[length]
        if kind == "focus":
            return _capital(rest.lstrip()) if _starts_noun_phrase(tokens[length:]) else None
        if not is_finite_verb(nxt.lower()):
            return None
        return _front_subject(rest.lstrip(), nxt, name_ends)
    return None


def _starts_noun_phrase(rest: list[str]) -> bool:
    """ "Truppen ...", "die Truppen ...", "deutsche Truppen ...": the focus particle's noun
    phrase, so that dropping the particle keeps the verb second."""
    if not rest:
        return False
    first = rest[0]
    if first[:1].isupper() or fold(first) in _NOMINATIVE_DET:
        return True
    adjective = first.endswith(("e", "en", "er", "es")) and verb_form(first) is None
    return adjective and len(rest) > 1 and rest[1][:1].isupper()


def _front_subject(rest: str, verb: str, name_ends: frozenset[str]) -> str | None:
    """ "versicherte Blinken Litauen ..." -> "Blinken versicherte Litauen ..."."""
    after = rest[len(verb) :].lstrip()
    tail = words(after[:120])
    n = _subject_end(tail, name_ends)
    if n is None:
        return None
    match = re.match(r"\s*" + r"\W*".join(re.escape(w) for w in tail[:n]), after)
    if match is None:
        return None
    subject = match.group().strip()
    remainder = after[match.end() :]
    if remainder[:1].isalnum():
        return None
    return _capital(f"{subject} {verb.lower()}{remainder}")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def drop_relative(text: str) -> str | None:
    """The first relative clause that ends in a finite verb, removed."""
    for match in _RELATIVE_CLAUSE.finditer(text):
        clause = words(match.group(1))
        if len(clause) < 2:
            continue
        last = clause[-1]
        form = verb_form(last)
        finite_in_middle = any(
            is_finite_verb(w) and fold(w) in load_list("compress_finite.txt") for w in clause[:-2]
        )
        plural_ok = form == "infinitive" and clause[0][:1].islower()
        if (form == "finite" or plural_ok) and not finite_in_middle and last[:1].islower():
            head, rest = text[: match.start()], text[match.end() :]
            following = words(rest[:40])
            # an embedded clause: "Die Gletscher, die ... liegen, schmelzen" loses both commas
            if rest.startswith(",") and following and is_finite_verb(following[0]):
                rest = rest[1:]
            out = head + rest
            return out if out.rstrip()[-1:] in _END else out.rstrip(" ,") + "."
    return None


def cut_tail(text: str) -> str | None:
    """The sentence up to a trailing adjunct clause or second main clause."""
    body, end = _body(text)
    for pattern in (_TAIL, _SPLICE):
        match = pattern.search(body)
        if match is None or match.start() == 0:
            continue
        if pattern is _SPLICE:
            # a second main clause has its verb second: ", der Ausstand soll ..."; without
            # one it is a list going on (", der Bahnen und der Bauwirtschaft ...")
            after = words(match.group())
            if not any(is_finite_verb(w) for w in after[1:4]):
                continue
        return body[: match.start()].rstrip(" ,") + end
    return None


def resolve_pronoun(text: str, name: str | None) -> str | None:
    """ "Er kündigte an ..." -> "Antony Blinken kündigte an ..." when ``name`` is known."""
    tokens = words(text[:40])
    if name is None or len(tokens) < 2 or fold(tokens[0]) not in _SUBJECT_PRONOUNS:
        return None
    verb = tokens[1]
    # "Sie fordern ..." is plural ("they"): only a singular verb takes a person's name
    if not is_finite_verb(verb) or verb_form(verb) == "infinitive" or not text.startswith(tokens[0]):
        return None
    return name + text[len(tokens[0]) :]
