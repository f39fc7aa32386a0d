"""German language layer: tokens, sentences, lemmas, normalisation.

Everything works on character offsets into the original text:

>>> from lagebild.language.de import split_sentences, tokenize
>>> text = "Dr. Meier kam am 12. März. «Wir sind bereit», sagte er."
>>> [s.of(text) for s in split_sentences(text)]
['Dr. Meier kam am 12. März.', '«Wir sind bereit», sagte er.']
>>> [t.of(text) for t in tokenize(text, 0, 26)]
['Dr.', 'Meier', 'kam', 'am', '12.', 'März', '.']

Word lists live in ``data/*.txt`` and are read on first use.
"""

from __future__ import annotations

from lagebild.language.de.lemma import lemmas, lemmatize
from lagebild.language.de.sentences import split_sentences
from lagebild.language.de.tokenizer import tokenize
from lagebild.language.normalize import normalize

__all__ = ["lemmas", "lemmatize", "normalize", "split_sentences", "tokenize"]
