"""RSS 2.0, RSS 1.0 and Atom feeds: full-content items, links to saved pages, empty items."""

from __future__ import annotations

from pathlib import Path

from lagebild.ingest.feeds import TEASER_CHARS, is_feed, read_feed
from lagebild.model import RawDocument, Reject

MB = 1024 * 1024
LONG = " ".join(["Die Kantonsregierung hat am Dienstag ein neues Verkehrskonzept vorgestellt."] * 8)
assert len(LONG) > TEASER_CHARS

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Beispiel-Zeitung – Schweiz</title>
  <link>https://www.example.ch/</link>
  <item>
    <title>Zürich baut neue Tramlinie</title>
    <link>https://www.example.ch/zuerich/tram</link>
    <pubDate>Tue, 12 Mar 2024 09:12:00 +0100</pubDate>
    <description>Kurzer Teaser.</description>
    <content:encoded><![CDATA[<p>Zürich – Die Stadt baut eine neue Tramlinie.</p>
      <p>Sie soll 2030 fertig sein.</p>]]></content:encoded>
  </item>
  <item>
    <title>Lange Beschreibung</title>
    <link>https://www.example.ch/bern/verkehr</link>
    <description>&lt;p&gt;{LONG}&lt;/p&gt;</description>
  </item>
  <item>
    <title>Gespeicherte Seite</title>
    <link>seiten/basel.html</link>
    <description>Teaser.</description>
  </item>
  <item>
    <title>Nur ein Link</title>
    <link>https://www.example.ch/nur-link</link>
    <description>Zu kurz für einen Artikel.</description>
  </item>
  <item>
    <title>Leer</title>
  </item>
  <item>
    <title>Ausserhalb</title>
    <link>../geheim.html</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Beispiel-Blatt Deutschland</title>
  <entry>
    <title>Landtag beschliesst Haushalt</title>
    <link rel="alternate" href="https://www.example.de/landtag"/>
    <published>2024-03-14T09:12:00+01:00</published>
    <content type="html">&lt;p&gt;Dresden – Der Landtag hat den Haushalt beschlossen.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>XHTML-Inhalt</title>
    <updated>2024-03-15T10:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Kiel – Die Fähre fährt wieder.</p></div></content>
  </entry>
  <entry>
    <title>Datei daneben</title>
    <link href="file:{folder}/seiten/hamburg.html"/>
  </entry>
  <entry>
    <title>Leerer Eintrag</title>
  </entry>
</feed>
"""


def _setup(tmp_path: Path) -> Path:
    folder = tmp_path / "feeds"
    (folder / "seiten").mkdir(parents=True)
    (folder / "seiten" / "basel.html").write_text(
        "<html><body><p>Basel – Der Rhein ist hoch.</p></body></html>", encoding="utf-8"
    )
    (folder / "seiten" / "hamburg.html").write_text(
        "<html><body><p>Hamburg – Der Hafen wächst.</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "geheim.html").write_text("<html><body>geheim</body></html>", encoding="utf-8")
    return folder


def _reasons(results: list[RawDocument | Reject]) -> list[str]:
    return [r.reason if isinstance(r, Reject) else "doc" for r in results]


def test_rss_items_become_one_document_or_reject_each(tmp_path: Path) -> None:
    folder = _setup(tmp_path)
    feed = folder / "schweiz.xml"
    feed.write_text(RSS, encoding="utf-8")
    assert is_feed(feed)
    results = list(read_feed(feed, max_bytes=MB))
    assert _reasons(results) == ["doc", "doc", "doc", "no_content", "no_content", "outside_feed"]
    full, described, saved = (r for r in results if isinstance(r, RawDocument))
    assert full.url == "https://www.example.ch/zuerich/tram"
    assert full.source == "Beispiel-Zeitung – Schweiz"
    assert full.media_type == "text/html"
    assert full.location == f"{feed}#item-1"
    page = full.content.decode("utf-8")
    assert "Die Stadt baut eine neue Tramlinie." in page
    assert "<title>Zürich baut neue Tramlinie</title>" in page
    assert 'content="2024-03-12T09:12:00+01:00"' in page  # pubDate kept as article:published_time
    assert LONG in described.content.decode("utf-8")
    assert b"Der Rhein ist hoch" in saved.content
    assert saved.location == str((folder / "seiten" / "basel.html").resolve())
    assert saved.source == "Beispiel-Zeitung – Schweiz"
    assert all(r.location.startswith(f"{feed}#item-") for r in results if isinstance(r, Reject))
    assert b"geheim" not in b"".join(r.content for r in results if isinstance(r, RawDocument))


def test_atom_entries_html_xhtml_file_link_and_empty(tmp_path: Path) -> None:
    folder = _setup(tmp_path)
    feed = folder / "deutschland.atom"
    feed.write_text(ATOM.replace("{folder}", str(folder)), encoding="utf-8")
    results = list(read_feed(feed, max_bytes=MB))
    assert _reasons(results) == ["doc", "doc", "doc", "no_content"]
    html_entry, xhtml_entry, linked = (r for r in results if isinstance(r, RawDocument))
    assert html_entry.url == "https://www.example.de/landtag"
    assert html_entry.source == "Beispiel-Blatt Deutschland"
    assert "<p>Dresden – Der Landtag hat den Haushalt beschlossen.</p>" in html_entry.content.decode()
    assert "Die Fähre fährt wieder." in xhtml_entry.content.decode()
    assert "2024-03-15T10:00:00+00:00" in xhtml_entry.content.decode()
    assert b"Der Hafen w\xc3\xa4chst" in linked.content


def test_rss_1_0_items_are_read(tmp_path: Path) -> None:
    feed = tmp_path / "rdf.rss"
    feed.write_text(
        f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://www.example.at/"><title>Beispiel Österreich</title></channel>
  <item rdf:about="https://www.example.at/wien"><title>Wien</title><link>https://www.example.at/wien</link>
    <dc:date>2024-03-14</dc:date><description>{LONG}</description></item>
</rdf:RDF>""",
        encoding="utf-8",
    )
    (result,) = read_feed(feed, max_bytes=MB)
    assert isinstance(result, RawDocument)
    assert result.source == "Beispiel Österreich"
    assert result.url == "https://www.example.at/wien"


def test_a_broken_feed_is_one_reject_and_entities_are_not_resolved(tmp_path: Path) -> None:
    broken = tmp_path / "kaputt.rss"
    broken.write_text("<rss><channel><title>Abgeschnit", encoding="utf-8")
    (result,) = read_feed(broken, max_bytes=MB)
    assert isinstance(result, Reject)
    assert result.reason == "bad_feed"
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIMNIS", encoding="utf-8")
    xxe = tmp_path / "xxe.rss"
    xxe.write_text(
        f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>
<rss version="2.0"><channel><title>T</title><item><title>X</title>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&x; Text</content:encoded>
</item></channel></rss>""",
        encoding="utf-8",
    )
    results = list(read_feed(xxe, max_bytes=MB))
    assert len(results) == 1
    assert all(b"GEHEIMNIS" not in r.content for r in results if isinstance(r, RawDocument))


def test_xml_that_is_no_feed_is_not_taken_for_one(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', encoding="utf-8")
    assert not is_feed(sitemap)
    (result,) = read_feed(sitemap, max_bytes=MB)
    assert isinstance(result, Reject)
    assert result.reason == "unsupported"
