import json

from multivector.ingest import iter_articles
from multivector.model import Article, Failure


def _one(path):
    items = list(iter_articles([path]))
    assert len(items) == 1
    return items[0]


def test_txt_first_short_line_is_the_title(tmp_path):
    p = tmp_path / "a1.txt"
    p.write_text("Astana hosts talks\n\nKazakhstan hosted talks on Monday.\n", encoding="utf-8")
    art = _one(p)
    assert isinstance(art, Article)
    assert art.doc_id == "a1" and art.title == "Astana hosts talks"


def test_folder_is_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B title\n\nBody b.", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A title\n\nBody a.", encoding="utf-8")
    ids = [a.doc_id for a in iter_articles([tmp_path])]
    assert ids == ["b", "a"]


def test_jsonl_articles_and_a_malformed_line(tmp_path):
    p = tmp_path / "wire.jsonl"
    lines = [json.dumps({"id": "w1", "text": "Russia and China agreed.", "date": "2014-05-29", "title": "Deal"}),
             "{not json", json.dumps({"id": "w3", "text": ""})]
    p.write_text("\n".join(lines), encoding="utf-8")
    items = list(iter_articles([p]))
    assert isinstance(items[0], Article) and items[0].date == "2014-05-29" and items[0].text.startswith("Deal")
    assert isinstance(items[1], Failure) and "[E005]" in items[1].reason and "Line 2" in items[1].reason
    assert isinstance(items[2], Failure) and "[E006]" in items[2].reason


def test_html_main_text_title_and_date(tmp_path):
    body = " ".join(["Kazakhstan and China signed a pipeline agreement in Astana on Tuesday."] * 6)
    html = f"""<!doctype html><html><head><title>Pipeline deal signed</title>
    <meta property="article:published_time" content="2013-09-07T10:00:00+00:00"></head>
    <body><nav><a href="/">Home</a></nav><article><h1>Pipeline deal signed</h1><p>{body}</p><p>{body}</p></article>
    <footer>Cookies help us. Copyright 2013.</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    art = _one(p)
    assert isinstance(art, Article)
    assert art.date == "2013-09-07"
    assert "pipeline agreement" in art.text and "Cookies" not in art.text


def test_html_without_article(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    item = _one(p)
    assert isinstance(item, Failure) and "[E007]" in item.reason


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    item = _one(p)
    assert isinstance(item, Failure) and "[E001]" in item.reason and item.path == str(p)


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(bytes(range(256)) * 40)
    item = _one(p)
    assert isinstance(item, Failure) and "[E002]" in item.reason


def test_legacy_encoding_is_detected(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Le ministre a déclaré que la coopération économique était très importante pour le pays.\n".encode("cp1252") * 5)
    art = _one(p)
    assert isinstance(art, Article) and "coopération" in art.text


def test_invalid_utf8_garbage_is_a_failure(tmp_path):
    p = tmp_path / "garbage.txt"
    p.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 400 + b"\x01\x02\x03" * 100)
    item = _one(p)
    assert isinstance(item, Failure) and item.reason.startswith(("[E002]", "[E003]"))


def test_oversized_file(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.write(b"Kazakhstan signed a deal. " * (50 * 1024 * 1024 // 26 + 1))
    item = _one(p)
    assert isinstance(item, Failure) and "[E004]" in item.reason


def test_unknown_extension(tmp_path):
    p = tmp_path / "notes.docx"
    p.write_bytes(b"PK\x03\x04")
    item = _one(p)
    assert isinstance(item, Failure) and "[E008]" in item.reason and ".docx" in item.reason


def test_missing_path(tmp_path):
    item = _one(tmp_path / "nope.txt")
    assert isinstance(item, Failure) and "[E009]" in item.reason
