"""Readers keep offsets and give each block its role."""
from __future__ import annotations

from attrlint.model import BlockKind
from attrlint.readers import read_html, read_markdown, read_text

MARKDOWN = """---
title: Séisme
credits: [Reuters]
---

# Un séisme frappe le sud du pays

*Par Jeanne Martin*

![Des secouristes](secours.jpg "Photo : Jean Dupont/AFP")

Au moins **2 000 personnes** ont été tuées, selon [le ministère](https://example.org/a "lien").

> « Nous avons tout perdu.
> Tout », a confié une habitante.

- Premier point : 45 % des maisons
  détruites.
- Second point.

```
12 345 personnes « citées »
```

<!-- un commentaire -->
"""


def kinds(doc):
    return [(b.kind, doc.prose[b.span.start:b.span.end]) for b in doc.blocks]


def test_markdown_blocks_and_roles():
    doc = read_markdown("a.md", MARKDOWN)
    assert len(doc.prose) == len(MARKDOWN)
    found = kinds(doc)
    assert found[0] == (BlockKind.TITLE, "Un séisme frappe le sud du pays")
    assert found[1][0] is BlockKind.BYLINE
    assert found[2][0] is BlockKind.IMAGE and doc.blocks[2].title == "Photo : Jean Dupont/AFP"
    assert found[3][0] is BlockKind.PARAGRAPH and "https" not in found[3][1] and "**" not in found[3][1]
    assert found[4][0] is BlockKind.QUOTE_BLOCK and "Tout »" in found[4][1] and ">" not in found[4][1]
    assert [k for k, _ in found[5:]] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    assert "détruites" in found[5][1]
    assert doc.front_matter == {"title": "Séisme", "credits": ["Reuters"]}
    assert [c.text for c in doc.comments] == ["un commentaire"]
    assert "12 345" not in doc.prose


def test_text_reader_one_paragraph_per_line():
    text = "Titre\r\n\r\nLégende de la photo.\r\nPhoto : Jean Dupont\r\nPremier paragraphe.\r\nAvec AFP\r\n"
    doc = read_text("a.txt", text)
    assert [b.kind for b in doc.blocks] == [BlockKind.TITLE, BlockKind.CAPTION, BlockKind.PHOTO_CREDIT,
                                            BlockKind.PARAGRAPH, BlockKind.CREDIT_LINE]
    assert "\r" not in doc.prose and len(doc.prose) == len(text)


def test_text_reader_joins_hard_wrapped_paragraphs():
    text = "Titre\n\nUn paragraphe coupé\nau milieu d'une phrase.\n\nUn autre paragraphe.\n"
    doc = read_text("a.txt", text)
    assert [doc.source[b.span.start:b.span.end] for b in doc.blocks][1] == "Un paragraphe coupé\nau milieu d'une phrase."


def test_html_reader_keeps_offsets_and_skips_scripts():
    html = ("<html><head><style>p{}</style></head><body><h1>Titre</h1>"
            "<p>Au moins 2&nbsp;000 personnes</p><script>var a = '300 morts';</script>"
            "<figure><img src='a.jpg' alt='Foule'><figcaption>Foule, le 3 mai.</figcaption></figure></body></html>")
    doc = read_html("a.html", html)
    assert len(doc.prose) == len(html)
    assert [b.kind for b in doc.blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.IMAGE, BlockKind.CAPTION]
    assert "300 morts" not in doc.prose



def test_html_entities_keep_numbers_whole(lint):
    html = "<h1>Titre</h1><p>Au moins 2&nbsp;000 personnes ont été tuées.</p>"
    assert [d.excerpt for d in lint(html, "a.html")] == ["Au moins 2&nbsp;000 personnes"]
