"""Markdown articles: what is prose, images and their credits, agency credits from front matter."""
from __future__ import annotations

import pytest

from attrlint.frontmatter import FrontMatterError
from attrlint.model import BlockKind
from attrlint.readers import read_markdown

ARTICLE = """---
title: "Crues : l'Hérault en alerte"
author: Paul Girard
credits:
  - AFP
attrlint:
  ignore: []
---

# Crues : l'Hérault en alerte

*Par Paul Girard*

MONTPELLIER (AFP) - La décrue s'amorçait mardi, selon la préfecture.

![Une rue inondée de Lunel](https://example.org/lunel.jpg "Une rue d'Alès (archives)")
*Une rue inondée de Lunel, lundi. © Reuters*

Le préfet a dressé un bilan lors d'une conférence de presse :

> « Nous avons évacué 1 200 personnes.
> Les secours restent mobilisés. »

## En chiffres

| Commune | Évacués |
|:--------|--------:|
| Lunel   | 800 personnes |

- 3 000 foyers privés d'électricité, selon Enedis ;
- 15 routes coupées, d'après le département.

La variable `VICTIMES = 5000` n'est pas de la prose.

```python
morts = 12000  # « pas une citation »
```

<!-- attrlint-disable-next-line FIG001 -->
Voir [le rapport][rapport] et [la carte](https://example.org/carte-300-morts "300 morts").

[rapport]: https://example.org/rapport "Rapport 5 000"

![Carte des crues](carte.png)

Un sinistré a confié à l'AFP : « On a tout perdu. »
"""


def blocks(doc):
    return [(b.kind, doc.prose[b.span.start:b.span.end]) for b in doc.blocks]


def test_markup_code_and_link_targets_are_not_prose():
    doc = read_markdown("a.md", ARTICLE)
    assert len(doc.prose) == len(ARTICLE)
    for text in ("5000", "12000", "pas une citation", "300 morts", "5 000", "https", "attrlint", "---", "|"):
        assert text not in doc.prose
    assert "Voir le rapport et la carte." in " ".join(doc.prose.split())


def test_front_matter_keys():
    doc = read_markdown("a.md", ARTICLE)
    assert doc.front_matter["credits"] == ["AFP"]
    assert doc.front_matter["attrlint"] == {"ignore": []}
    assert [c.text for c in doc.comments] == ["attrlint-disable-next-line FIG001"]


def test_image_with_a_quoted_title_and_an_italic_caption():
    doc = read_markdown("a.md", ARTICLE)
    found = blocks(doc)
    image = next(i for i, (k, _) in enumerate(found) if k is BlockKind.IMAGE)
    assert doc.blocks[image].title == "Une rue d'Alès (archives)"
    # The caption in italics under the image, its credit at the end.
    assert [(k, " ".join(t.split())) for k, t in found[image + 1:image + 3]] == [
        (BlockKind.CAPTION, "Une rue inondée de Lunel, lundi."), (BlockKind.PHOTO_CREDIT, "© Reuters")]
    assert doc.blocks[image + 2].credit == "Reuters"


def test_tables_give_their_cells_as_blocks():
    found = blocks(read_markdown("a.md", ARTICLE))
    assert (BlockKind.HEADING, "Évacués") in found
    assert (BlockKind.PARAGRAPH, "800 personnes") in found


def test_lint_reports_only_what_needs_it(lint):
    diags = lint(ARTICLE, "a.md")
    # The figure and the image without credit; the © Reuters caption is a photo
    # credit, not a use of Reuters' reporting; AFP is credited in front matter.
    assert [(d.code, d.excerpt) for d in diags] == [
        ("FIG001", "800 personnes"), ("CRD001", "![Carte des crues](carte.png)")]


def test_without_front_matter_credit_the_dateline_needs_one(lint):
    article = ARTICLE.replace("credits:\n  - AFP\n", "")
    crd = [d for d in lint(article, "a.md") if d.code == "CRD002"]
    assert [(d.line, d.excerpt) for d in crd] == [(12, "AFP")]
    assert [d for d in lint(article + "\n*Avec AFP*\n", "a.md") if d.code == "CRD002"] == []


def test_photo_credits_in_front_matter_do_not_credit_the_text(lint):
    article = "---\ncredits:\n  photo: AFP\n---\n\n# Titre\n\nLe maire a déclaré à l'AFP qu'il partirait.\n"
    assert [d.code for d in lint(article, "a.md")] == ["CRD002"]
    byline = article.replace("credits:\n  photo: AFP", "author: Marc Leroy (AFP)")
    assert [d.code for d in lint(byline, "a.md")] == []


def test_markup_inside_words_keeps_them_whole(lint):
    article = "# Titre\n\nLe maire a déclaré à l'**AFP** : « Nous partirons. »\n"
    [crd] = lint(article, "a.md")
    assert crd.code == "CRD002" and crd.excerpt == "l'**AFP"
    assert not [d for d in lint(article, "a.md") if d.code == "QUO001"]


def test_entities_and_links_map_back_to_the_source(lint):
    article = "# Titre\n\nUn arrêté concerne 45&nbsp;% des [communes](https://example.org).\n"
    [fig] = lint(article, "a.md")
    assert fig.excerpt == "45&nbsp;%"
    assert article.splitlines()[fig.line - 1][fig.column - 1:].startswith("45&nbsp;%")


def test_images_and_their_credits(lint):
    article = """# Titre

<img src="champ.jpg" alt="Un champ desséché">
Un champ desséché près de Lyon. (Photo Jean Dupont / Hans Lucas)

![Un tracteur](tracteur.jpg)
Un tracteur dans un champ, le 2 juillet.

![Un puits](puits.jpg)

Crédit photo : Marie Roux

![Le fleuve](fleuve.jpg)
*Le fleuve en crue. KIM WON JIN/AFP via Getty Images*
"""
    assert [(d.code, d.line) for d in lint(article, "a.md")] == [("CRD001", 6)]


def test_setext_headings_and_closing_hashes():
    doc = read_markdown("a.md", "Sécheresse\n==========\n\nLes nappes\n----------\n\n## En bref ##\n\nTexte.\n")
    assert blocks(doc) == [(BlockKind.TITLE, "Sécheresse"), (BlockKind.HEADING, "Les nappes"),
                           (BlockKind.HEADING, "En bref"), (BlockKind.PARAGRAPH, "Texte.")]


def test_front_matter_as_newsrooms_write_it(lint):
    article = """---
title: "Crue : l'alerte est levée"
description: >
  Une crue exceptionnelle
  a frappé le Gard.
credits:
  - text: Reuters # dépêches
  - photo: AFP
tags: [crue, Gard]
---

# Crue : l'alerte est levée

Un habitant a déclaré à Reuters qu'il restait. Il a aussi parlé à l'AFP.
"""
    doc = read_markdown("a.md", article)
    assert doc.front_matter["description"] == "Une crue exceptionnelle a frappé le Gard."
    assert doc.front_matter["credits"] == [{"text": "Reuters"}, {"photo": "AFP"}]
    # Reuters is credited for the text; AFP only for a photo.
    assert [(d.code, d.excerpt) for d in lint(article, "a.md")] == [("CRD002", "l'AFP")]


def test_figure_shortcodes_and_template_tags(lint):
    article = """# Titre

{{< figure src="place.jpg" caption="La place, lundi." attr="Jean Dupont/AFP" >}}

{{< figure src="mairie.jpg" caption="La mairie." >}}

{{< youtube id="x1" title="300 morts" >}}

{% include publicite.html %}

Le conseil municipal s'est réuni jeudi.
"""
    diags = lint(article, "a.md")
    assert [(d.code, d.line) for d in diags] == [("CRD001", 5)]
    assert "300 morts" not in read_markdown("a.md", article).prose


def test_explicit_credit_attribute_of_an_html_image(lint):
    article = "# Titre\n\n<img src='a.jpg' data-credit='Jean Dupont'>\n\n<img src='b.jpg' title='La place'>\n"
    assert [(d.code, d.line) for d in lint(article, "a.md")] == [("CRD001", 5)]


def test_unreadable_front_matter_names_the_line_in_the_file():
    with pytest.raises(FrontMatterError, match=r"^line 3 \(front matter\): unclosed \[$"):
        read_markdown("a.md", "---\ntitle: Crue\ntags: [crue, Gard\n---\n\n# Crue\n")


def test_cached_results_depend_on_the_readers_code():
    from attrlint.cache import _own_code_stamp

    stamp = _own_code_stamp()
    assert all(f"{name}:" in stamp for name in ("markdown.py", "layout.py", "sourcemap.py"))


def test_a_long_paragraph_before_a_photo_line_stays_a_paragraph():
    text = "# Titre\n\n" + "Plus tard dans la journée, quelque 3 000 manifestants se sont rassemblés devant la gare, où les forces de l'ordre avaient pris position dès le matin. Les échauffourées ont duré deux heures, et plusieurs vitrines du quartier ont été brisées avant que le calme ne revienne dans la soirée, vers vingt heures." + "\n\n© AFP\n\nUne rue du centre, samedi.\n\n© Reuters\n"
    assert [k for k, _ in blocks(read_markdown("a.md", text))] == [
        BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PHOTO_CREDIT, BlockKind.CAPTION, BlockKind.PHOTO_CREDIT]
