"""HTML article bodies: blocks, entities and inline tags, credits, positions in the source."""
from __future__ import annotations

import pytest

from attrlint.model import BlockKind, Span
from attrlint.readers import read_html

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
  <title>Incendie : 900 pompiers</title>
  <style>.credit { color: grey } /* 500 morts */</style>
  <script>var stats = {"victimes": 4000};</script>
</head>
<body>
<header><nav><a href="/">Accueil</a> <a href="/region">12 000 abonnés</a></nav></header>
<article>
  <header>
    <h1>Incendie dans les Alpilles&nbsp;: le feu est fixé</h1>
    <p class="byline">Par <a href="/auteurs/lf">Léa Fontaine</a></p>
  </header>
  <p>Près de 300&#8239;pompiers sont mobilisés, selon les marins-pompiers.</p>
  <figure>
    <img src="feu.jpg" alt="Des pompiers face aux flammes">
    <figcaption>Des pompiers face aux flammes, le 12 août. <span class="credit">KIM WON JIN/AFP via Getty Images</span></figcaption>
  </figure>
  <figure>
    <img src="canadair.jpg" alt="Un Canadair">
    <figcaption>Un Canadair au-dessus des collines.</figcaption>
  </figure>
  <p>Le maire a d&eacute;clar&eacute;&nbsp;: &laquo;&nbsp;Nous avons eu de la chance. Personne n&rsquo;est bless&eacute;.&nbsp;&raquo;</p>
  <p>Le feu a parcouru 1&nbsp;500 hectares.</p>
  <figure><img src="q.jpg" alt="Un quartier"><figcaption>Un quartier évacué. <small>Photo Jean Dupont / Hans Lucas</small></figcaption></figure>
  <p>Les dégâts atteignent 12&nbsp;M&euro;.</p>
  <footer><p>Avec AFP</p></footer>
</article>
<aside><p>Lire aussi : 40 % des forêts menacées</p></aside>
<footer><p>© 2026 Le Quotidien — 250 000 lecteurs</p></footer>
</body>
</html>
"""


def by_code(diags, code):
    return [d for d in diags if d.code == code]


def test_boilerplate_is_not_prose():
    doc = read_html("a.html", PAGE)
    assert len(doc.prose) == len(PAGE)
    for text in ("900 pompiers", "500 morts", "4000", "12 000 abonnés", "40 %", "250 000"):
        assert text not in doc.prose
    kinds = [b.kind for b in doc.blocks]
    assert kinds[0] is BlockKind.TITLE and kinds[1] is BlockKind.BYLINE
    assert kinds[-1] is BlockKind.CREDIT_LINE


def test_entities_and_inline_tags_keep_words_whole():
    doc = read_html("a.html", PAGE)
    texts = [doc.prose[b.span.start:b.span.end] for b in doc.blocks]
    assert "Par Léa" in texts[1] and "Fontaine" in texts[1]
    quote_para = next(t for t in texts if t.startswith("Le maire"))
    assert quote_para.startswith("Le maire a déclaré\xa0:")
    assert "n’est" in quote_para and "blessé.\xa0»" in quote_para and "«\xa0Nous" in quote_para


def test_positions_point_into_the_html_source(lint):
    diags = lint(PAGE, "a.html")
    fig = by_code(diags, "FIG001")
    assert [d.excerpt for d in fig] == ["1&nbsp;500 hectares", "12&nbsp;M&euro;"]
    first = fig[0]
    line = PAGE.splitlines()[first.line - 1]
    assert line[first.column - 1:].startswith("1&nbsp;500")
    assert PAGE[first.start:first.end] == first.excerpt


@pytest.mark.parametrize("page, quote, cue", [
    # Entities are quotation marks.
    ("<article><h1>Titre</h1><p>Un habitant.</p><p>&laquo;&#8239;Nous partirons demain.&#8239;&raquo;</p></article>",
     "&laquo;&#8239;Nous partirons demain.&#8239;&raquo;", ("<p>&laquo;", "<p>Il a d&eacute;clar&eacute; : &laquo;")),
    # So is the <q> element.
    ("<h1>Titre</h1><p>Le bâtiment est fermé.</p><p><q>Nous ne rouvrirons pas avant l'été</q>.</p>",
     "<q>Nous ne rouvrirons pas avant l'été</q>", ("<q>Nous", "La directrice a affirmé : <q>Nous")),
])
def test_quotation_marks_in_markup(lint, page, quote, cue):
    [quo] = by_code(lint(page, "a.html"), "QUO001")
    assert quo.excerpt == quote
    assert by_code(lint(page.replace(*cue), "a.html"), "QUO001") == []


def test_figcaption_credits(lint):
    diags = by_code(lint(PAGE, "a.html"), "CRD001")
    # Only the Canadair has no credit; the span and the small element credit the others.
    assert [d.excerpt for d in diags] == ['<img src="canadair.jpg" alt="Un Canadair">']
    doc = read_html("a.html", PAGE)
    credits = [b.credit for b in doc.blocks if b.kind is BlockKind.PHOTO_CREDIT]
    assert credits == ["KIM WON JIN/AFP via Getty Images", "Jean Dupont / Hans Lucas"]


def test_photo_credit_is_no_text_credit(lint):
    page = ("<article><h1>Titre</h1><p>Le maire a déclaré à l&rsquo;<a href='/afp'>AFP</a> qu'il resterait.</p>"
            "<figure><img src='m.jpg'><figcaption>Le maire. <span class='credit'>AFP</span></figcaption></figure>"
            "</article>")
    [crd] = by_code(lint(page, "a.html"), "CRD002")
    assert crd.excerpt == "l&rsquo;<a href='/afp'>AFP"
    credited = page.replace("</article>", "<p><em>Avec AFP</em></p></article>")
    assert by_code(lint(credited, "a.html"), "CRD002") == []


def test_nested_blocks_take_the_role_of_their_container():
    page = ("<h1>Titre</h1><blockquote><p>&laquo; Tout est perdu. &raquo;</p></blockquote>"
            "<ul><li><p>Premier point.</p></li><li>Second point.</li></ul>")
    doc = read_html("a.html", page)
    assert [b.kind for b in doc.blocks] == [BlockKind.TITLE, BlockKind.QUOTE_BLOCK, BlockKind.LIST_ITEM,
                                            BlockKind.LIST_ITEM]


def test_source_span_of_a_decoded_run():
    page = "<p>Il a d&eacute;clar&eacute; : oui.</p>"
    doc = read_html("a.html", page)
    start = doc.prose.index("déclaré")
    span = doc.source_span(Span(start, start + len("déclaré")))
    assert page[span.start:span.end] == "d&eacute;clar&eacute;"
    inner = doc.source_span(Span(start + 1, start + 2))
    assert page[inner.start:inner.end] == "&eacute;"


def test_comments_are_kept_for_suppressions():
    page = "<h1>Titre</h1><!-- attrlint-disable-next-line FIG001 --><p>Au moins 40 morts.</p>"
    doc = read_html("a.html", page)
    assert [c.text for c in doc.comments] == ["attrlint-disable-next-line FIG001"]
    assert "attrlint" not in doc.prose


def test_quote_introduced_by_the_previous_paragraph_through_entities(lint):
    # Scope reads the prose: in the source, "&nbsp;:" and "&eacute;" are not where the prose has them.
    page = ("<article><h1>Titre</h1><p>Le pr&eacute;fet a d&eacute;clar&eacute; aux journalistes pr&eacute;sents"
            "&nbsp;:</p><p>&laquo;&nbsp;Nous avons &eacute;vacu&eacute; le quartier. Personne n&rsquo;est "
            "bless&eacute;.&nbsp;&raquo;</p></article>")
    assert lint(page, "a.html") == []
    unattributed = page.replace("a d&eacute;clar&eacute; aux journalistes pr&eacute;sents&nbsp;:", "est arrivé.")
    assert [d.code for d in lint(unattributed, "a.html")] == ["QUO001"]


def test_decorative_images_are_no_photos(lint):
    page = ("<h1>Titre</h1><p>Texte.</p><img src='pixel.gif' width='1' height='1'>"
            "<img src='icone.svg' role='presentation'><img src='fleche.png' aria-hidden='true'>")
    assert lint(page, "a.html") == []
    assert [d.code for d in lint(page + "<img src='photo.jpg' alt='La place'>", "a.html")] == ["CRD001"]


def test_fragment_without_article_keeps_its_header():
    page = ("<header><h1>Titre du jour</h1><p>Par Léa Fontaine</p></header><p>Premier paragraphe.</p>"
            "<footer><p>© 2026 Le Quotidien</p></footer>")
    doc = read_html("a.html", page)
    assert [b.kind for b in doc.blocks] == [BlockKind.TITLE, BlockKind.BYLINE, BlockKind.PARAGRAPH]


def test_main_holds_the_article():
    page = "<nav><p>Menu</p></nav><main><h1>Titre</h1><p>Texte.</p></main><div><p>Publicité : 50 % de remise</p></div>"
    doc = read_html("a.html", page)
    assert [doc.prose[b.span.start:b.span.end] for b in doc.blocks] == ["Titre", "Texte."]


def test_tags_inside_scripts_are_script_text():
    page = ("<h1>Titre</h1><script>document.write('<article><p>300 morts</p></article>');</script>"
            "<p>Premier paragraphe.</p>")
    doc = read_html("a.html", page)
    assert [doc.prose[b.span.start:b.span.end] for b in doc.blocks] == ["Titre", "Premier paragraphe."]


def test_tables_and_explicit_image_credits(lint):
    page = ("<article><h1>Titre</h1><img src='a.jpg' data-credit='Jean Dupont'><img src='b.jpg' title='La place'>"
            "<table><caption>Les évacués</caption><tr><th>Commune</th><th>Évacués</th></tr>"
            "<tr><td>Alès</td><td>800 personnes</td></tr></table></article>")
    doc = read_html("a.html", page)
    cells = [(b.kind, doc.prose[b.span.start:b.span.end]) for b in doc.blocks if b.kind is not BlockKind.IMAGE]
    assert cells[1:] == [(BlockKind.HEADING, "Les évacués"), (BlockKind.HEADING, "Commune"),
                         (BlockKind.HEADING, "Évacués"), (BlockKind.PARAGRAPH, "Alès"),
                         (BlockKind.PARAGRAPH, "800 personnes")]
    assert [(d.code, d.excerpt) for d in lint(page, "a.html")] == [
        ("CRD001", "<img src='b.jpg' title='La place'>"), ("FIG001", "800 personnes")]


def test_cue_source_text_is_read_from_the_prose(registry):
    from attrlint.analysis import analyse

    page = "<h1>Titre</h1><p>Au moins 300 maisons sont d&eacute;truites, selon le pr&eacute;fet.</p>"
    ad = analyse(read_html("a.html", page), registry.lexicon())
    assert [c.source_text for c in ad.cues] == ["le préfet"]


def test_image_inside_a_paragraph_keeps_the_text(lint):
    page = ("<h1>Titre</h1><p>Au moins 300 maisons sont détruites.<img src='a.jpg'>"
            "La place du marché, lundi. © Jean Dupont</p><p><img src='b.jpg'></p>")
    doc = read_html("a.html", page)
    assert [(b.kind, doc.prose[b.span.start:b.span.end]) for b in doc.blocks if b.kind is not BlockKind.IMAGE] == [
        (BlockKind.TITLE, "Titre"), (BlockKind.PARAGRAPH, "Au moins 300 maisons sont détruites."),
        (BlockKind.CAPTION, "La place du marché, lundi."), (BlockKind.PHOTO_CREDIT, "© Jean Dupont")]
    assert [(d.code, d.excerpt) for d in lint(page, "a.html")] == [
        ("FIG001", "Au moins 300 maisons"), ("CRD001", "<img src='b.jpg'>")]


def test_text_around_nested_blocks_is_kept():
    page = ("<h1>Titre</h1><ul><li>Premier point<ul><li>Détail</li></ul>suite du point</li></ul>"
            "<div>Texte direct<p>Un paragraphe.</p></div><blockquote>&laquo;&nbsp;Tout.&nbsp;&raquo;<p>Rien.</p>")
    doc = read_html("a.html", page)
    assert [(b.kind, " ".join(doc.prose[b.span.start:b.span.end].split())) for b in doc.blocks] == [
        (BlockKind.TITLE, "Titre"), (BlockKind.LIST_ITEM, "Premier point"), (BlockKind.LIST_ITEM, "Détail"),
        (BlockKind.LIST_ITEM, "suite du point"), (BlockKind.PARAGRAPH, "Texte direct"),
        (BlockKind.PARAGRAPH, "Un paragraphe."), (BlockKind.QUOTE_BLOCK, "« Tout. »"),
        (BlockKind.QUOTE_BLOCK, "Rien.")]
    unclosed = read_html("a.html", "<h1>Titre</h1><p>Un<p>Deux</p>Trois")
    assert [unclosed.prose[b.span.start:b.span.end] for b in unclosed.blocks] == ["Titre", "Un", "Deux", "Trois"]


def test_blocks_of_badly_nested_html_are_in_order_and_apart():
    import random

    pieces = ["<p>", "</p>", "<div>", "</div>", "<li>", "</li>", "<blockquote>", "</blockquote>", "<h1>", "</h1>",
              "<figcaption>", "</figcaption>", "<span class=credit>", "</span>", "<q>", "</q>", "<img src=a.jpg>",
              "&eacute;", "&nbsp;", "Photo : X", "© AFP. ", "Texte. ", "\n"]
    rng = random.Random(3)
    for _ in range(500):
        page = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        doc = read_html("a.html", page)
        assert len(doc.prose) == len(page)
        previous_end = 0
        for i, block in enumerate(doc.blocks):
            assert block.index == i and previous_end <= block.span.start <= block.span.end <= len(page), page
            previous_end = block.span.end
