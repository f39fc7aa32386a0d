"""Token features for the CRF: what a word looks like, what lists it is on, what stands around it.

Each token gets a list of binary feature strings (python-crfsuite's cheapest input form).
Feature groups, chosen on GermEval 2014 (see the meta file of the shipped model for scores):

- the word: lower-cased form, shape ("Xxxx", "XX", "dd"), prefixes and suffixes of 2-4
  characters, capitalisation, digits, hyphens, length;
- position: first word of the sentence (where every German word is capitalised anyway);
- the dictionary: whether simplemma's German dictionary knows the word (rare names it does not);
- gazetteers: our curated lists (countries, places, organisations, persons, first names), the
  GermaNER surname list, each as a B/I mark of the longest list entry the word is part of;
- cues: a role noun ("Aussenminister"), an honorific or a first name before the word, a speech
  verb right before or after it, organisation patterns (company suffix after, club prefix before,
  "-ministerium"), a place preposition before it;
- word clusters: the cluster ids of the word and its neighbours at three granularities
  (:mod:`lagebild.analyse.ner.clusters`), so that what was learned about seen words carries over
  to unseen words used alike;
- context: the word, shape and list marks of the two words on either side.

HanTa part-of-speech tags are not used: HanTa tags about 4,800 tokens per CPU second here, so
a 500-word article would spend about 125 ms in it alone, six times the whole entity stage, and
the speed target of the analysis (20 articles per second) would be out of reach.

Change :data:`FEATURE_VERSION` whenever a feature changes: a model is only valid with the
features it was trained on, and :func:`lagebild.analyse.ner.model.load_model` checks it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from importlib import resources

from lagebild.analyse.entities_lexicon import MAX_NAME_WORDS, Lexicon, lexicon, norm
from lagebild.analyse.ner.clusters import cluster_features
from lagebild.language.de.lexicon import word_list

__all__ = ["FEATURE_VERSION", "known_word", "sentence_features", "speech_verbs", "surnames"]

FEATURE_VERSION = "de-crf-3"  # 3: word clusters, own speech verbs; 2: qualified institutions ("q")

_COMPANY_SUFFIXES = frozenset({"AG", "GmbH", "SE", "KG", "Inc", "Inc.", "Ltd", "Ltd.", "SA", "e.V."})
_CLUB_PREFIXES = frozenset({"FC", "SC", "VfB", "VfL", "BSC", "SV", "TSV", "HC", "EHC", "FSV", "1."})
_ORG_HEADS = ("ministerium", "ministeriums", "departement", "amt", "amts", "gericht", "gerichts")
_PLACE_PREPOSITIONS = frozenset({"in", "im", "aus", "nach", "bei", "von", "vom", "bis", "nahe"})
_SHAPE_RUNS = re.compile(r"(.)\1+")


@functools.cache
def surnames() -> frozenset[str]:
    """The GermaNER surname list (Apache-2.0), one name a line in ``gazetteer_surnames.txt``."""
    text = resources.files("lagebild.language.de").joinpath("data", "gazetteer_surnames.txt")
    names = set()
    for raw in text.read_text("utf-8").splitlines():
        if raw and not raw.startswith("#"):
            names.add(norm(raw.strip()))
    return frozenset(names)


@functools.cache
def speech_verbs() -> frozenset[str]:
    """The NER's own speech-verb forms (``ner_speech_verbs.txt``), apart from the quotes' list."""
    return frozenset(word_list("ner_speech_verbs.txt"))


def _speech_verb(word: str) -> bool:
    return norm(word.lower()) in speech_verbs()


def _shape(word: str) -> str:
    out = []
    for ch in word:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return "".join(out)


def _list_marks(tokens: Sequence[str], lex: Lexicon) -> list[str]:
    """Per token "B-LOC", "I-ORG", ... of the longest gazetteer entry it is part of, else ""."""
    marks = [""] * len(tokens)
    keys = [norm(t) for t in tokens]
    starts = lex.name_starts
    i = 0
    while i < len(tokens):
        found = 0
        label = ""
        if keys[i] in starts or keys[i].rstrip("s") in starts:
            for n in range(min(MAX_NAME_WORDS, len(tokens) - i), 0, -1):
                key = tuple(keys[i : i + n])
                entry = lex.names.get(key)
                if entry is None and key[-1].endswith("s"):
                    entry = lex.names.get((*key[:-1], key[-1][:-1]))
                if entry is not None:
                    found = n
                    kind = "INST" if entry.institution else entry.type.value
                    label = f"{kind}{'?' if entry.ambiguous else ''}"
                    break
        if found:
            marks[i] = "B-" + label
            for k in range(i + 1, i + found):
                marks[k] = "I-" + label
            i += found
        else:
            i += 1
    return marks


@functools.lru_cache(maxsize=1 << 16)
def known_word(word: str) -> bool:
    """Whether simplemma's German dictionary knows the word: most rare names it does not."""
    import simplemma

    return bool(simplemma.is_known(word, lang="de"))


_known = known_word


@functools.lru_cache(maxsize=1 << 16)
def _lexical(word: str) -> tuple[str, ...]:
    """Features of one word on its own, also used (prefixed) for its neighbours."""
    lex = lexicon()
    key = norm(word)
    features = ["w=" + word.lower(), "sh=" + _SHAPE_RUNS.sub(r"\1", _shape(word))[:6]]
    if key in lex.feature_first_names:
        features.append("fn")
    family = surnames()
    if key in family or (key.endswith("s") and key[:-1] in family):
        features.append("sn")
    if word[:1].isalpha() and not _known(word):
        features.append("unk")
    return tuple(features)


@functools.lru_cache(maxsize=1 << 16)
def _neighbour(word: str, offset: int) -> tuple[str, ...]:
    features = [f"{offset}:{f}" for f in _lexical(word)]
    if offset in (-1, 1):
        features.extend(cluster_features(word, f"{offset}:")[:2])
    if word[:1].isupper():
        features.append(f"{offset}:cap")
    return tuple(features)


@functools.lru_cache(maxsize=1 << 16)
def _shape_features(word: str) -> tuple[str, ...]:
    """Affixes, capitalisation, digits, hyphens, length and the organisation head of a word."""
    lex = lexicon()
    features = ["b", *_lexical(word)]
    features.extend(("p2=" + word[:2], "p3=" + word[:3], "s2=" + word[-2:], "s3=" + word[-3:]))
    features.extend(("s4=" + word[-4:], "s5=" + word[-5:], "p4=" + word[:4]))
    if word[:1].isupper() and word[1:].islower() and _known(word.lower()) and not _known(word):
        features.append("lowonly")
    if word[:1].isupper():
        features.append("cap")
        if word.isupper() and len(word) > 1:
            features.append("allcap")
    if any(ch.isdigit() for ch in word):
        features.append("digit")
    if "-" in word[1:]:
        features.append("hyph")
        features.append("hd=" + word.rsplit("-", 1)[-1].lower()[-5:])
        prefix = lex.names.get((norm(word.split("-", 1)[0]),))
        if prefix is not None:
            features.append("hp=" + prefix.type.value)
    features.append(f"len={min(len(word), 12)}")
    features.extend(cluster_features(word))
    lowered = word.lower()
    if any(lowered.endswith(h) for h in _ORG_HEADS) and word[:1].isupper():
        features.append("orghead")
    return tuple(features)


@functools.lru_cache(maxsize=1 << 14)
def _cues_before(before: str) -> tuple[str, ...]:
    """What the word before says: a club prefix, a role, an honorific, a preposition, a verb."""
    lex = lexicon()
    features = []
    if before in _CLUB_PREFIXES:
        features.append("club-1")
    if before[:1].isupper() and lex.role_of(before):
        features.append("role-1")
    if before in lex.honorifics or f"{before}." in lex.honorifics:
        features.append("hon-1")
    if before in _PLACE_PREPOSITIONS:
        features.append("prep-1")
    if _speech_verb(before):
        features.append("speech-1")
    return tuple(features)


def sentence_features(tokens: Sequence[str], rule_marks: Sequence[str] | None = None) -> list[list[str]]:
    """The feature strings of every token of one sentence.

    ``rule_marks`` gives, per token, what the rules say about it ("B-PER:1" for the first word of
    a person found from a role cue, see :func:`lagebild.analyse.ner.stack.rule_marks`), or "".
    Per-word parts are cached: news repeats its words, and this is the hot loop of the stage.
    """
    lex = lexicon()
    marks = _list_marks(tokens, lex)
    result: list[list[str]] = []
    size = len(tokens)
    for i, word in enumerate(tokens):
        features = list(_shape_features(word))
        if marks[i]:
            features.append("gz=" + marks[i])
        if rule_marks is not None and rule_marks[i]:
            mark = rule_marks[i]
            features.extend(("r=" + mark, "rt=" + mark.split(":", 1)[0]))
            for offset in (-1, 1):
                if 0 <= i + offset < size and rule_marks[i + offset]:
                    features.append(f"{offset}:rt=" + rule_marks[i + offset].split(":", 1)[0])
        if i > 0:
            features.append(f"bw-={tokens[i - 1].lower()}|{word.lower()}")
            features.extend(_cues_before(tokens[i - 1]))
        if i + 1 < size:
            features.append(f"bw+={word.lower()}|{tokens[i + 1].lower()}")
            if tokens[i + 1] in _COMPANY_SUFFIXES:
                features.append("company+1")
            if _speech_verb(tokens[i + 1]):
                features.append("speech+1")
        if i == 0:
            features.append("first")
        elif i == size - 1:
            features.append("last")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < size:
                features.extend(_neighbour(tokens[j], offset))
                if marks[j]:
                    features.append(f"{offset}:gz=" + marks[j])
            else:
                features.append(f"{offset}:pad")
        result.append(features)
    return result
