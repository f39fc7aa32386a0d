"""iter_sources: folders, feeds, WARCs and JSONL together; every document ends as one result."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from test_ingest_warc import write_crawl

from lagebild.ingest import iter_sources
from lagebild.model import RawDocument, Reject

MB = 1024 * 1024

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Beispiel</title>
<item><title>Voll</title>
<content:encoded>&lt;p&gt;St. Gallen – Der Stadtrat tagt.&lt;/p&gt;</content:encoded></item>
<item><title>Datei</title><link>seite.html</link></item>
<item><title>Leer</title></item>
</channel></rss>"""


def _tree(root: Path) -> Path:
    """13 documents: 8 read, 5 rejected."""
    (root / "a" / "b").mkdir(parents=True)
    (root / ".versteckt").mkdir()
    (root / "a" / "artikel.html").write_text(
        "<html><body><p>Chur – Es schneit.</p></body></html>", encoding="utf-8"
    )
    (root / "a" / "b" / "notiz.txt").write_text("Luzern – Der See ist ruhig.\n", encoding="utf-8")
    (root / "a" / "leer.txt").write_text("  \n", encoding="utf-8")  # reject: empty
    (root / "a" / "bild.png").write_bytes(b"\x89PNG\r\n")  # reject: unsupported
    (root / ".geheim.html").write_text("<p>versteckt</p>", encoding="utf-8")  # skipped
    (root / ".versteckt" / "x.html").write_text("<p>versteckt</p>", encoding="utf-8")  # skipped
    (root / "feed").mkdir()
    (root / "feed" / "kanal.xml").write_text(FEED, encoding="utf-8")  # 2 docs + 1 reject
    (root / "feed" / "seite.html").write_text(
        "<html><body><p>Thun – Der Markt.</p></body></html>", encoding="utf-8"
    )
    (root / "daten.jsonl").write_text(
        json.dumps({"text": "Aarau – Ein Text."}) + "\nkein json\n", encoding="utf-8"
    )  # 1 doc + 1 reject
    write_crawl(root / "z.warc.gz")  # 3 docs + 2 rejects (the request record is no document)
    return root


def test_a_folder_tree_yields_one_result_per_document_in_sorted_order(tmp_path: Path) -> None:
    root = _tree(tmp_path / "eingang")
    results = list(iter_sources([root], max_bytes=MB))
    docs = [r for r in results if isinstance(r, RawDocument)]
    rejects = [r for r in results if isinstance(r, Reject)]
    # artikel, notiz, 2 feed items, seite.html (a file in the folder too), jsonl, 3 WARC responses
    assert len(docs) == 9
    assert sorted(r.reason for r in rejects) == [
        "bad_jsonl",
        "empty",
        "http_status",
        "no_content",
        "unsupported",
        "unsupported",
    ]
    locations = [str(r.location) for r in results]
    assert not any("versteckt" in loc or ".geheim" in loc for loc in locations)
    assert locations[0] == str(root / "a" / "artikel.html")
    assert locations[1] == str(root / "a" / "b" / "notiz.txt")  # folders in sorted order, recursively
    assert any(loc.endswith("daten.jsonl:2") for loc in locations)
    assert any(loc.endswith("kanal.xml#item-3") for loc in locations)
    files = [loc.split("#")[0].split(".jsonl:")[0] for loc in locations]
    files = list(dict.fromkeys(files))  # each file once, in the order it was read
    assert files == sorted(files, key=lambda f: Path(f).relative_to(root).parts)


def test_named_files_are_sniffed_and_missing_paths_rejected(tmp_path: Path) -> None:
    crawl = write_crawl(tmp_path / "crawl.warc.gz")
    renamed = tmp_path / "crawl.bin"
    shutil.copy(crawl, renamed)
    feed = tmp_path / "kanal.dat"
    feed.write_text(FEED, encoding="utf-8")
    results = list(iter_sources([renamed, feed, tmp_path / "fehlt.html"], max_bytes=MB))
    assert len(results) == 5 + 3 + 1
    assert sum(isinstance(r, RawDocument) for r in results) == 3 + 1  # the linked seite.html is missing here
    last = results[-1]
    assert isinstance(last, Reject)
    assert last.reason == "not_a_file"
    assert "fehlt.html" in last.location


def test_xml_that_is_no_feed_in_a_folder_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text("<urlset/>", encoding="utf-8")
    (result,) = iter_sources([tmp_path], max_bytes=MB)
    assert isinstance(result, Reject)
    assert result.reason == "unsupported"


def test_folder_walk_skips_expected_result_sidecars(tmp_path: Path) -> None:
    (tmp_path / "artikel.txt").write_text(
        "Die Stadt baut eine neue Brücke über den Fluss.\n", encoding="utf-8"
    )
    (tmp_path / "artikel.expected.json").write_text('{"key_points": []}', encoding="utf-8")
    items = list(iter_sources([tmp_path], max_bytes=1_000_000))
    assert [Path(str(i.location)).name for i in items] == ["artikel.txt"]
