"""Publisher profiles: chosen by URL, applied as marks, checked on the project's dev set."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from lagebild.errors import ConfigError, InputError
from lagebild.extract import extract
from lagebild.extract.profiles import _load, profile_for, profiles
from lagebild.model import RawDocument

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "data" / "extraction"
SHARED = ROOT.parent / "shared" / "data" / "extraction-dev"

SRF_PAGE = (
    "<html><head><title>Murgang am Pass</title></head><body><article><h1>Murgang am Pass</h1>"
    '<p class="article-lead">Ein Murgang hat die Passstrasse verschüttet. Verletzt wurde niemand.</p>'
    '<div class="player"><span class="media-caption__description">'
    "Bilder der Polizei vom Murgang.</span></div>"
    "<p>Die Strasse bleibt bis Sonntag gesperrt, teilte die Kantonspolizei mit. Reisende sollen den Pass "
    "grossräumig umfahren, die Räumung dauert mehrere Tage.</p></article></body></html>"
)


def test_every_shipped_profile_loads_and_has_a_domain() -> None:
    loaded = profiles()
    assert len(loaded) >= 6
    assert all(p.domains and p.selectors for p in loaded)


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.tagesschau.de/inland/x.html", "tagesschau.de"),
        ("https://www.nzz.ch/wirtschaft/x-ld.1", "Neue Zürcher Zeitung"),
        ("https://derstandard.at/story/1/x", "DER STANDARD"),
        ("https://www.example.de/x", None),
        (None, None),
    ],
)
def test_profile_by_domain(url: str | None, name: str | None) -> None:
    profile = profile_for(url)
    assert (profile.name if profile else None) == name


def test_a_profile_finds_what_the_generic_layer_misses() -> None:
    def captions(url: str | None) -> list[str]:
        raw = RawDocument(SRF_PAGE.encode(), url=url, media_type="text/html")
        article = extract(raw, max_bytes=1 << 20)
        return [article.span_text(c.span) for c in article.captions]

    assert captions(None) == []
    assert captions("https://www.srf.ch/news/murgang") == ["Bilder der Polizei vom Murgang."]


def test_a_broken_profile_says_how_to_fix_it() -> None:
    with pytest.raises(ConfigError, match="unknown selector keys"):
        _load("bad.toml", 'name = "x"\ndomains = ["x.de"]\n[selectors]\nteaser = ["p"]\n')
    with pytest.raises(ConfigError, match="not valid"):
        _load("bad.toml", 'name = "x"\ndomains = ["x.de"]\n[selectors]\nlead = ["p[[["]\n')


def test_dev_set_fields_reach_the_target() -> None:
    # eval/ holds scripts, not a package: load the script by its path.
    spec = importlib.util.spec_from_file_location("eval_extraction", ROOT / "eval" / "extraction.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    table = module.run(verbose=False)["profile"]
    for field in ("lead", "key_points", "captions", "credits", "date", "title", "partial", "page_type"):
        assert table[field] >= 0.9, (field, table)


@pytest.mark.shared
def test_a_few_shared_real_pages_extract_without_crashing() -> None:
    if not (SHARED / "annotations.json").exists():
        pytest.skip("../shared/data/extraction-dev is absent (trafilatura's evaluation pages)")
    import gzip

    items = json.loads((SHARED / "annotations.json").read_text("utf-8"))["items"]
    german = [v for v in items.values() if v.get("lang") == "de"][:8]
    for item in german:
        raw = RawDocument(gzip.decompress((SHARED / item["file"]).read_bytes()), media_type="text/html")
        try:
            article = extract(raw, max_bytes=20 << 20)
        except InputError:
            continue  # a rejected page is fine; any other exception fails the test
        assert article.text
