"""Word clusters as CRF features, the cluster build (k-means, vocabulary) and the NER word lists."""

from __future__ import annotations

import pytest

from lagebild.analyse.ner import clusters
from lagebild.analyse.ner.conll import TaggedSentence
from lagebild.analyse.ner.features import sentence_features, speech_verbs
from lagebild.analyse.ner.train import WORD_LISTS, lexicon_checksum

_TABLE = {"Adidas": ("3", "17", "204"), "Puma": ("3", "17", "205"), "Zürich": ("5", "40", "7")}


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clusters, "word_clusters", lambda: _TABLE)


@pytest.mark.usefixtures("table")
def test_a_word_in_the_table_gets_its_cluster_ids() -> None:
    assert clusters.cluster_features("Puma") == ("c0=3", "c1=17", "c2=205")
    assert clusters.cluster_features("Zürich", "-1:") == ("-1:c0=5", "-1:c1=40", "-1:c2=7")


@pytest.mark.usefixtures("table")
def test_an_unknown_word_gets_no_cluster() -> None:
    assert clusters.cluster_features("Lauterbrunnen") == ()


def test_the_sentence_features_carry_the_clusters_of_the_word_and_its_neighbours(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lagebild.analyse.ner import features

    def clear() -> None:  # the per-word features are cached; the table is swapped here
        features._shape_features.cache_clear()
        features._neighbour.cache_clear()

    monkeypatch.setattr(clusters, "word_clusters", lambda: _TABLE)
    clear()
    try:
        rows = sentence_features(["Der", "Konzern", "Puma", "wächst", "in", "Zürich"])
    finally:
        monkeypatch.undo()
        clear()
    assert {"c0=3", "c1=17", "c2=205"} <= set(rows[2])
    assert {"-1:c0=3", "-1:c1=17"} <= set(rows[3])  # the word before "wächst"
    assert not any(f.startswith("c0=") for f in rows[1])  # "Konzern": not in the table


def test_the_shipped_table_is_read_without_the_embedding_model() -> None:
    table = clusters.word_clusters()
    assert table, "models/word_clusters.tsv is missing; build it with lagebild.analyse.ner.clusters_build"
    ids = table.get("Berlin")
    assert ids is not None
    assert len(ids) == 3
    assert all(i.isdigit() for i in ids)


def test_kmeans_is_deterministic_and_separates_clear_groups() -> None:
    np = pytest.importorskip("numpy", reason="numpy builds the cluster table; tagging does not need it")
    from lagebild.analyse.ner.clusters_build import kmeans

    rng = np.random.default_rng(1)
    points = np.concatenate([rng.normal(0, 0.05, (20, 4)) + 1, rng.normal(0, 0.05, (20, 4)) - 1])
    first, second = kmeans(points, 2), kmeans(points, 2)
    assert (first == second).all()
    assert len(set(first[:20])) == 1
    assert len(set(first[20:])) == 1
    assert first[0] != first[20]


def test_the_vocabulary_holds_training_words_and_name_lists() -> None:
    from lagebild.analyse.ner.clusters_build import vocabulary

    tags = ("O", "O", "B-ORG", "O", "O")
    once = TaggedSentence(("Die", "Firma", "Zalando", "wächst", "."), tags)
    again = TaggedSentence(("Die", "Firma", "Zalando", "schrumpft", "."), tags)
    words = vocabulary([once, again])
    assert "Zalando" in words
    assert "wächst" not in words  # seen once: left out (see clusters_build)
    assert "." not in words
    assert "Reuters" in words  # organisations_world.txt
    assert words == sorted(words)


def test_the_checksum_covers_only_the_ner_word_lists() -> None:
    # the quote analysis edits speech_verbs.txt: that must not invalidate the NER model's checksum
    assert "speech_verbs.txt" not in WORD_LISTS
    assert "speech_nouns.txt" not in WORD_LISTS
    assert "organisations_world.txt" in WORD_LISTS
    assert len(lexicon_checksum()) == 64
    assert lexicon_checksum() == lexicon_checksum()


def test_the_features_read_their_own_speech_verbs() -> None:
    assert {"sagte", "betonte", "kritisierte"} <= speech_verbs()
    features = sentence_features(["Müller", "sagte", "das", "."])
    assert "speech+1" in features[0]


def test_names_added_after_training_reach_the_rules_not_the_features() -> None:
    # first_names_more.txt is read by the rules only, so `train ner` still reproduces the model
    from lagebild.analyse.entities_lexicon import lexicon, norm

    assert "first_names_more.txt" not in WORD_LISTS
    lex = lexicon()
    assert norm("Vreni") in lex.first_names
    assert norm("Vreni") not in lex.feature_first_names
    assert lex.feature_first_names < lex.first_names
    assert "fn" not in sentence_features(["Vreni", "Suter", "sagte", "."])[0]
    assert "fn" in sentence_features(["Anna", "Suter", "sagte", "."])[0]
