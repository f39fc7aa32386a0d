"""A German NER model trained by the project: a CRF (python-crfsuite) on GermEval 2014.

- :mod:`.conll` reads GermEval-style files and sets the held-out part aside;
- :mod:`.features` turns the words of a sentence into CRF features;
- :mod:`.model` loads a trained model (the shipped one once per process) and tags sentences;
- :mod:`.train` trains a model reproducibly and writes it with its meta file;
- :mod:`.scoring` scores spans: exact-match micro precision, recall and F1 per type.
"""

from __future__ import annotations
