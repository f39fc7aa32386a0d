"""Render an analysed article for people. PLACEHOLDER, to be completed."""

from __future__ import annotations

from lagebild.model import Article

__all__ = ["render_markdown"]


def render_markdown(article: Article) -> str:
    return f"# {article.title or '(ohne Titel)'}\n\n{article.text}\n"
