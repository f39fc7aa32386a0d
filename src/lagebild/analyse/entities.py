"""Named entities: people, places and organisations, one Entity per real-world thing.

The trained CRF (:mod:`lagebild.analyse.ner`), fed with what the rules and gazetteers
(:mod:`lagebild.analyse.entities_rules`) found, proposes mentions; the rules then add and fix
some (:mod:`lagebild.analyse.entities_crf`); this module links them into entities across the
whole article:

- a person's surname alone ("Landsbergis", "Blinkens") is the person named in full elsewhere;
- the canonical name of a person is the longest full name seen, of a place or organisation its
  gazetteer name ("Russlands" -> "Russland", "NATO" -> "Nato");
- roles are the role words seen right before the person's name ("US-Aussenminister");
- the type is a vote over the mentions;
- an abbreviation in brackets after a name ("Gewerkschaft Deutscher Lokomotivführer (GDL)") and
  the first word of a club's name ("der VfB") are that organisation, see entities_aliases;
- a one-word place or organisation guess that is a person's surname is that person;
- roles are kept in their base form ("seinem Amtskollegen X" -> "Amtskollege").

Choices: hyphen compounds ("Nato-Ostflanke", "US-Truppen") give a mention of the known first
part only; a role word with a country prefix keeps it ("US-Aussenminister"), but that prefix is
not a mention of its own. A generic institution alone ("die Polizei") is no entity: it is a
mention of the named organisation with that institution of the same article ("Kantonspolizei
Wallis"), or nothing (see ``organisations.txt`` and entities_qualify). Adjectives ("litauische")
are not mentions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from lagebild.analyse.entities_aliases import (
    ALIAS,
    abbreviation_mentions,
    abbreviations,
    names_institution,
)
from lagebild.analyse.entities_crf import System, candidates
from lagebild.analyse.entities_lexicon import lexicon, norm
from lagebild.analyse.entities_rules import GAZETTEER, Candidate
from lagebild.analyse.entities_words import Word, words_of
from lagebild.analyse.ner.model import shipped_model
from lagebild.model import Article, Entity, EntityType, Mention, Span

__all__ = ["EntityStage", "link_entities"]


@dataclass(slots=True)
class _Builder:
    name: str
    types: Counter[EntityType] = field(default_factory=Counter)
    roles: list[str] = field(default_factory=list)
    words: int = 1  # words in the name, to prefer the longest full name

    def add(self, candidate: Candidate) -> None:
        self.types[candidate.type] += 1
        if candidate.role and candidate.role not in self.roles:
            self.roles.append(candidate.role)
        size = candidate.name.count(" ") + 1
        if candidate.type is EntityType.PER and size > self.words:
            self.name, self.words = candidate.name, size

    def entity(self) -> Entity:
        # ties go to the more specific type: PER over ORG over LOC
        order = {EntityType.PER: 0, EntityType.ORG: 1, EntityType.LOC: 2, EntityType.OTH: 3}
        kind = min(self.types, key=lambda t: (-self.types[t], order[t]))
        return Entity(self.name, kind, tuple(self.roles))


def _variants(key: str) -> list[str]:
    """The key and its forms without a genitive ending ("Blinkens" -> "Blinken")."""
    forms = [key]
    if key.endswith(("'", "s")):
        forms.append(key[:-1])
    return forms


class _Linker:
    def __init__(self) -> None:
        self.builders: list[_Builder] = []
        self.by_key: dict[str, int] = {}
        self.by_surname: dict[str, int] = {}
        # first name -> the one person of the article with it ("Noah" after "Noah Bürgi"); -1
        # when two persons share it
        self.by_first: dict[str, int] = {}

    def _new(self, key: str, name: str) -> int:
        self.by_key[key] = len(self.builders)
        self.builders.append(_Builder(name, words=name.count(" ") + 1))
        return self.by_key[key]

    def register_person(self, candidate: Candidate) -> None:
        """A full name ("Antony Blinken"): the entity its surname will link to."""
        key = norm(candidate.name)
        for form in _variants(key):
            if form in self.by_key:
                self.by_key[key] = self.by_key[form]
                return
        index = self._new(key, candidate.name)
        surname = key.rsplit(" ", 1)[-1]
        self.by_surname.setdefault(surname, index)
        if " " in key:
            first = key.split(" ", 1)[0]
            self.by_first[first] = index if self.by_first.get(first, index) == index else -1

    def person(self, name: str) -> int | None:
        key = norm(name)
        for form in _variants(key):
            if form in self.by_key:
                return self.by_key[form]
            if form in self.by_surname:
                return self.by_surname[form]
        first = self.by_first.get(key, -1) if " " not in key else -1
        return first if first >= 0 else None

    def surname_of(self, candidate: Candidate) -> int | None:
        """The person whose surname a one-word place or organisation guess is ("sagte
        Hollerbach" after "Stefan Hollerbach"): in an article, a person's name means the person."""
        if candidate.type is EntityType.PER or candidate.evidence == GAZETTEER or " " in candidate.name:
            return None
        key = norm(candidate.name)
        for form in _variants(key):
            if form in self.by_surname:
                return self.by_surname[form]
        return None

    def alias(self, short: str, named: Candidate) -> None:
        """``short`` ("GDL") names the entity of ``named`` in this article."""
        self.by_key[norm(short)] = self.index_of(named)

    def index_of(self, candidate: Candidate) -> int:
        if candidate.type is EntityType.PER:
            found = self.person(candidate.name)
            if found is not None:
                return found
        key = norm(candidate.name)
        if key in self.by_key:
            return self.by_key[key]
        return self._new(key, candidate.name)


def _taken(words: list[Word], kept: list[Candidate]) -> list[bool]:
    taken = [False] * len(words)
    for candidate in kept:
        for k in range(candidate.first, candidate.last):
            taken[k] = True
    return taken


def _surname_mentions(words: list[Word], taken: list[bool], linker: _Linker) -> list[Candidate]:
    """Surnames standing alone, outside every kept candidate: "sagte Landsbergis"."""
    extra = []
    for i, word in enumerate(words):
        if taken[i] or not word.capitalised:
            continue
        key = norm(word.bare)
        if any(form in linker.by_surname for form in _variants(key)):
            extra.append(
                Candidate(i, i + 1, word.start, word.start + len(word.bare), EntityType.PER, word.bare, ALIAS)
            )
    return extra


def _short_forms(named: list[Candidate]) -> list[tuple[Candidate, str]]:
    """ "der VfB" after "der VfB Stuttgart": the first word of one multi-word organisation named
    in the article, when that word is no name of its own in the gazetteer ("SPD" in "SPD Berlin")."""
    names = lexicon().names
    firsts: dict[str, list[Candidate]] = {}
    for candidate in named:
        parts = candidate.name.split()
        if candidate.type is EntityType.ORG and len(parts) > 1 and parts[0][:1].isupper():
            firsts.setdefault(parts[0], []).append(candidate)
    pairs = []
    for first, found in firsts.items():
        if len({c.name for c in found}) == 1 and (norm(first),) not in names:
            pairs.append((found[0], first))
    return pairs


def _institution_link(generic: Candidate, links: list[tuple[Candidate, int]], linker: _Linker) -> int | None:
    """The entity a generic institution alone stands for: the named organisation with that
    institution in its name mentioned last before it, else first after it; None if there is none."""
    institution = generic.institution or generic.name
    before: tuple[int, int] | None = None  # (position, entity)
    after: tuple[int, int] | None = None
    for candidate, index in links:
        builder = linker.builders[index]
        if builder.types.get(EntityType.PER) or not names_institution(builder.name, institution):
            continue
        if candidate.start < generic.start:
            if before is None or candidate.start > before[0]:
                before = (candidate.start, index)
        elif after is None or candidate.start < after[0]:
            after = (candidate.start, index)
    found = before or after
    return None if found is None else found[1]


def link_entities(
    words: list[Word], candidates: list[Candidate], text: str = ""
) -> tuple[list[Entity], list[Mention]]:
    """Entities and their mentions from resolved candidates, in order of first mention.

    ``text`` is the article text the words index (to read abbreviations in brackets); without
    it, abbreviations are not linked. Generic institutions alone ("die Polizei") become mentions
    of the named organisation they stand for, or nothing.
    """
    named = [c for c in candidates if not c.generic]
    linker = _Linker()
    for candidate in named:
        if candidate.type is EntityType.PER and " " in candidate.name:
            linker.register_person(candidate)
    pairs = abbreviations(words, text, named) if text else []
    for long_form, short in pairs:
        linker.alias(short, long_form)
    short_forms = _short_forms(named)
    for long_form, short in short_forms:
        linker.alias(short, long_form)
    taken = _taken(words, candidates)
    extra = _surname_mentions(words, taken, linker) + abbreviation_mentions(words, taken, pairs + short_forms)
    links: list[tuple[Candidate, int]] = []
    for candidate in sorted(named + extra, key=lambda c: c.start):
        person = linker.surname_of(candidate)
        linked = candidate if person is None else replace(candidate, type=EntityType.PER)
        index = linker.index_of(linked) if person is None else person
        linker.builders[index].add(linked)
        links.append((linked, index))
    for generic in (c for c in candidates if c.generic):
        target = _institution_link(generic, links, linker)
        if target is not None:
            links.append((replace(generic, type=EntityType.ORG), target))
    links.sort(key=lambda link: link[0].start)
    # number entities by first mention, not by registration order
    order: dict[int, int] = {}
    for _, index in links:
        order.setdefault(index, len(order))
    entities: list[Entity | None] = [None] * len(order)
    for old, new in order.items():
        entities[new] = linker.builders[old].entity()
    final = [e for e in entities if e is not None]
    mentions = [Mention(Span(c.start, c.end), final[order[index]].type, order[index]) for c, index in links]
    return final, mentions


class EntityStage:
    """People, places and organisations with canonical names and roles (CRF + rules + gazetteers).

    The model and word lists load on the first article and stay loaded for the process.
    """

    name = "entities"
    version = "0.4"
    requires = frozenset({"sentences", "tokens"})
    provides = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        words = words_of(article)
        found = candidates(words, lexicon(), shipped_model(), System.COMBINED)
        entities, mentions = link_entities(words, found, article.text)
        return article.replace(entities=tuple(entities), mentions=tuple(mentions))
