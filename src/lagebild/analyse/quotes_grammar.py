"""German grammar the quote rules need: Konjunktiv I, infinitive clauses, sentence ranges."""

from __future__ import annotations

import re

from lagebild.analyse.entities_words import Word
from lagebild.language.de import lemmatize

__all__ = [
    "CITES",
    "QUOTE_MARKS",
    "has_subjunctive",
    "infinitive",
    "subjunctive",
    "subjunctive_i",
    "trim_end",
    "vote",
    "zu_infinitive",
]

# forms of "zitieren": the sentence names who is quoted and who passes the words on
CITES = frozenset({"zitiert", "zitierte", "zitieren", "zitierten", "zitiere"})
QUOTE_MARKS = frozenset('«»„“”‚‘"')

# Konjunktiv I forms that mark reported speech ("man sei bereit"). Grammar rather than
# vocabulary, so it stays in code; "habe"/"werde" are also 1st person indicative, which is rare
# in news outside quotation marks.
_STRONG_II: tuple[str, ...] = ("befände", "befänden", "fände", "bliebe", "hieße", "wüsste", "wüssten")
_STRONG_II += ("sähe", "sähen", "täte", "ließe", "hielte", "ginge", "gälte")
_SUBJUNCTIVE = frozenset(
    [
        "sei",
        "seien",
        "habe",
        "werde",
        "könne",
        "müsse",
        "wolle",
        "solle",
        "dürfe",
        "möge",
        "gebe",
        "gehe",
        "komme",
        "liege",
        "stehe",
        "brauche",
        "zeige",
        "bleibe",
        "wisse",
        "sehe",
        "handle",
        "halte",
        "trage",
        "lasse",
        "mache",
        "plane",
        "arbeite",
        "fahre",
        "trage",
        "dürften",
        "könnten",
        "hätten",
        "wären",
        "würden",
        "erwarte",
        "fordere",
        "wünsche",
        # Konjunktiv II of strong verbs: no indicative reading ("Die Kassen brächten ... auf")
        "gäbe",
        "gäben",
        "käme",
        "kämen",
        "läge",
        "lägen",
        "stünde",
        "stünden",
        "bestünde",
        "bestünden",
        "brächte",
        "brächten",
        "müsste",
        "müssten",
        # more strong verbs whose Konjunktiv II no indicative shares ("die Welt befände sich ...")
        *_STRONG_II,
    ]
)
# "-e" forms that are no Konjunktiv although "word + n" is a verb ("bitte" is a particle here)
_NOT_SUBJUNCTIVE = frozenset(
    {"bitte", "ohne", "gerne", "heute", "alle", "eine", "keine", "meine", "seine", "ihre"}
)


def subjunctive(word: str) -> bool:
    """Konjunktiv I, 3rd person singular: the listed forms, or a lower-case "-e" form whose
    infinitive is the word plus "n" ("prüfe" -> "prüfen", "bestehe" -> "bestehen")."""
    if word in _SUBJUNCTIVE:
        return True
    if not word.endswith("e") or not word[:1].islower() or len(word) < 4 or word in _NOT_SUBJUNCTIVE:
        return False
    lemma = lemmatize(word)
    # verbs in "-eln"/"-ern" drop the "n": "handele" -> "handeln", "ändere" -> "ändern"
    if lemma == word + "n" or (word.endswith(("ele", "ere")) and lemma == word[:-1] + "n"):
        return True
    # the short forms drop the "e" of the stem: "ermittle" -> "ermitteln", "verhandle" -> "verhandeln"
    return (word.endswith("le") and lemma == word[:-2] + "eln") or (
        word.endswith("re") and lemma == word[:-2] + "ern"
    )


# Konjunktiv II forms in the list above: also conditional, so weaker evidence of reported speech
_CONDITIONAL = frozenset(
    {"dürften", "könnten", "hätten", "wären", "würden", "gäbe", "gäben", "käme", "kämen", "läge", "lägen"}
    | {"stünde", "stünden", "bestünde", "bestünden", "brächte", "brächten", "müsste", "müssten"}
    | set(_STRONG_II)
)


def subjunctive_i(word: str) -> bool:
    """Konjunktiv I proper ("sei", "habe", "könne"), not the conditional forms."""
    return word not in _CONDITIONAL and subjunctive(word)


def has_subjunctive(words: list[Word]) -> bool:
    return any(subjunctive(w.text) for w in words)


def infinitive(words: list[Word]) -> bool:
    """ "forderte die Regierung auf, die Grenze zu öffnen": the clause's first comma-bounded part
    ends in an infinitive with "zu" ("..., militärisch vorzugehen, ...")."""
    for i in range(len(words)):
        if words[i].text == "," and i > 1:
            return zu_infinitive(words, i - 1)
    end = len(words)
    while end > 0 and words[end - 1].punct:
        end -= 1
    return end > 2 and zu_infinitive(words[:end], end - 1)


# separable prefixes that take the infix "zu" in an infinitive ("vorzugehen", "einzuleiten")
_ZU_INFIX = re.compile(
    r"(?:ab|an|auf|aus|bei|bereit|dar|durch|ein|fern|fest|fort|frei|her|heraus|herbei|hervor|hin|"
    r"hinzu|los|mit|nach|nieder|statt|teil|um|unter|vor|voran|vorbei|weg|weiter|wieder|zurück|"
    r"zusammen|zu|über)zu[a-zäöüß]{3,}n"
)


def zu_infinitive(words: list[Word], i: int) -> bool:
    """Word ``i`` ends an infinitive clause: "zu öffnen", "vorzugehen", before a comma or the end."""
    if i + 1 < len(words) and not words[i + 1].punct:
        return False
    word = words[i].text
    if not word[:1].islower() or not word.endswith("n"):
        return False
    return (i > 0 and words[i - 1].text == "zu") or _ZU_INFIX.fullmatch(word) is not None


def trim_end(words: list[Word], first: int, end: int) -> int:
    """The end of a span over words ``first`` .. ``end`` without final punctuation, but with the
    closing mark of words in marks it opened ("nannte die Pläne „Wortbruch“." ends after the
    mark)."""
    while end > first and words[end - 1].punct:
        end -= 1
    marks = sum(1 for w in words[first:end] if w.text in QUOTE_MARKS)
    if marks % 2 and end < len(words) and words[end].text in QUOTE_MARKS:
        end += 1
    return end


_VOTE = frozenset({"Ja", "Nein", "ja", "nein"})


def vote(words: list[Word], i: int, last: int) -> bool:
    """ "Das Volk sagte Ja zur Vorlage", "sagte am Dienstag deutlich Nein zum Kredit": a vote."""
    return any(
        words[k].text in _VOTE and words[k + 1].text in {"zu", "zur", "zum"}
        for k in range(i + 1, min(last - 1, i + 5))
    )
