from multivector.document.clean import clean, content_hash, parse_text
from multivector.text import fold
from multivector.model import Article

TEXT = (
    "Talks in Astana\n\n"
    "ministers meet astana\n"
    "The two ministers met on Monday [Reuters]\n\n"
    "Advertisement\n\n"
    "The ministers met on Monday. “We agree,” he said.\n\n"
    "‘Quiet stance’\n\n"
    "Share this article\n"
    "Source: News Agencies\n"
)


def _doc(text=TEXT, title="Talks in Astana"):
    return clean(Article(doc_id="d", text=text, title=title))


def test_boilerplate_captions_and_headings_are_not_body():
    doc = _doc()
    kinds = {doc.text[s.start:s.end]: s.kind for s in doc.segments}
    assert kinds["Talks in Astana"] == "title"
    assert kinds["ministers meet astana"] == "caption"
    assert kinds["The two ministers met on Monday [Reuters]"] == "caption"
    assert kinds["‘Quiet stance’"] == "heading"
    assert not any("Advertisement" in k or "Share this" in k or "Source:" in k for k in kinds)
    body = [k for k, v in kinds.items() if v == "body"]
    assert body == ["The ministers met on Monday. “We agree,” he said."]


def test_offsets_point_into_the_original_text():
    doc = _doc()
    parsed = parse_text(doc)
    assert len(parsed) == len(doc.text)
    start = doc.text.index("The ministers met")
    assert parsed[start:start + 17] == "The ministers met"
    assert "Advertisement" not in parsed
    # typographic quotes are folded for the parser, never in the stored text
    assert "“We agree,”" in doc.text and '"We agree,"' in parsed


def test_byline_glued_to_furniture_becomes_the_author():
    doc = clean(Article(doc_id="d", text="AdvertisementBy Steppe Wire\nKazakhstan signed the deal on Monday.\n", title="AdvertisementBy Steppe Wire"))
    assert doc.author == "Steppe Wire"
    assert [s.kind for s in doc.segments] == ["byline", "body"]


def test_interview_questions_and_answers():
    text = ("An expert spoke to us.\n- Why did the visit happen?\n- There is no surprise. It was planned.\n"
            "The answer goes on here.\n- And next?\n- More talks.\n")
    doc = clean(Article(doc_id="d", text=text))
    kinds = [s.kind for s in doc.segments]
    assert kinds == ["body", "question", "answer", "answer", "question", "answer"]
    first_answer = doc.segments[2]
    assert doc.text[first_answer.start:first_answer.end].startswith("There is no surprise")


def test_interview_in_q_and_a_form():
    # 'Q:' marks a question even without '?', 'A:' an answer even with one
    text = "An expert spoke to us.\n\nQ: Tell us why.\n\nA: Who knows? Nobody.\n\nIt went on.\n"
    doc = clean(Article(doc_id="d", text=text))
    assert [s.kind for s in doc.segments] == ["body", "question", "answer", "answer"]
    assert doc.text[doc.segments[2].start:doc.segments[2].end] == "Who knows? Nobody."


def test_content_hash_ignores_spacing_case_and_quote_style():
    assert content_hash("“Hello”  world\u00a0now") == content_hash('"hello" world now')
    assert content_hash("a b") != content_hash("a c")


def test_fold_keeps_length():
    s = "“a” ‘b’\u00a0c"
    assert len(fold(s)) == len(s) and fold(s) == "\"a\" 'b' c"


def test_the_standfirst_under_a_headline_is_read_with_it_not_coded():
    text = ("Nigeria halts training\n\nAbuja turns to Russia after Washington blocks a sale\n\n"
            "LAGOS, May 2, 2014 (Wire) - Nigeria halted the training.\n\nIt said so on Monday.\n")
    doc = clean(Article(doc_id="d", text=text, title="Nigeria halts training"))
    kinds = {doc.text[s.start:s.end]: s.kind for s in doc.segments}
    assert kinds["Abuja turns to Russia after Washington blocks a sale"] == "standfirst"
    assert kinds["LAGOS, May 2, 2014 (Wire) - "] == "dateline"
    assert kinds["Nigeria halted the training."] == "body"
    assert kinds["It said so on Monday."] == "body", "a sentence that ends is body, though it comes early"


def test_a_paragraph_of_sentences_under_the_headline_is_body_whatever_it_ends_with():
    text = "Deal signed\n\nKazakhstan signed a deal with China. Xi met Nazarbayev <b>\n"
    doc = clean(Article(doc_id="d", text=text, title="Deal signed"))
    assert [s.kind for s in doc.segments] == ["title", "body"]


def test_a_dateline_of_two_places_is_a_dateline():
    doc = clean(Article(doc_id="d", text="ANKARA/MOSCOW (Reuters) - Turkey said its artillery had struck back.\n"))
    assert [(s.kind, doc.text[s.start:s.end]) for s in doc.segments][0] == ("dateline", "ANKARA/MOSCOW (Reuters) - ")
