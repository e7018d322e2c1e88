import json
from pathlib import Path

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


# --- issue 12: every field checked, every encoding honest, nothing skipped in silence -------------------

SENTENCE = "Kazakhstan signed an agreement with Russia in Astana on Monday."


def test_each_jsonl_field_has_its_type_checked(tmp_path):
    p = tmp_path / "wire.jsonl"
    records = [{"id": "x", "title": 12345, "text": SENTENCE}, {"id": ["a"], "text": SENTENCE},
               {"id": "u", "url": {"a": 1}, "text": SENTENCE}, {"id": "d", "date": 20240101, "text": SENTENCE},
               {"id": "t", "text": SENTENCE, "source": True}, {"id": "n", "date": "no date here", "text": SENTENCE},
               {"id": 7, "text": SENTENCE, "date": "2024-07-04T10:00:00Z"}]
    p.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    items = list(iter_articles([p]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [f.reason[:6] for f in failures] == ["[E016]"] * 5 + ["[E017]"]
    assert "'title' must be a string or null, not an integer" in failures[0].reason
    assert "'id' must be a string or an integer, not a list" in failures[1].reason
    article = items[-1]
    assert isinstance(article, Article) and article.doc_id == "7" and article.path.endswith(":7")


def test_latin1_is_read_as_windows_1252_not_a_baltic_code_page(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Le café crème était très bon à Genève.\n".encode("latin-1"))
    art = _one(p)
    assert isinstance(art, Article) and "crème" in art.text and art.encoding == "cp1252"


def test_a_few_bad_bytes_in_utf8_are_replaced_and_counted(tmp_path):
    p = tmp_path / "damaged.txt"
    good = "Sergei Lavrov met Kassym-Jomart Tokayev in Moscow on Monday, the ministry said.".encode()
    p.write_bytes(good[:35] + b"\xff\xfe" + good[35:])
    art = _one(p)
    assert isinstance(art, Article) and art.encoding == "utf-8" and art.replaced_bytes == 2
    assert "Moscow" in art.text and "\ufffd\ufffd" in art.text


def test_mostly_utf8_with_accents_keeps_them(tmp_path):
    p = tmp_path / "mostly.txt"
    good = "Emmanuel Macron met Olaf Scholz in Genève and Zürich; the café talks went well.".encode()
    p.write_bytes(good + b" \xe9 " + good)
    art = _one(p)
    assert isinstance(art, Article) and art.encoding == "utf-8" and "Genève" in art.text and art.replaced_bytes == 1


def test_utf16_with_a_bom_is_text_not_binary(tmp_path):
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        p = tmp_path / f"{encoding}.txt"
        body = SENTENCE + " Tokayev said the crème of the deal was energy."
        bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
        p.write_bytes(bom + body.encode(encoding))
        art = _one(p)
        assert isinstance(art, Article), (encoding, art)
        assert art.text == body and art.encoding in ("utf-16", "utf-32")


def test_an_unsure_encoding_guess_is_refused(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(b for b in range(128, 256)) * 30)
    item = _one(p)
    assert isinstance(item, Failure) and item.reason.startswith(("[E002]", "[E003]"))


def test_folder_reports_unknown_types_and_broken_links_but_not_hidden_files(tmp_path):
    (tmp_path / "a.txt").write_text("A title\n\n" + SENTENCE, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    items = list(iter_articles([tmp_path]))
    reasons = {Path(i.path).name: i.reason[:6] for i in items if isinstance(i, Failure)}
    assert reasons == {"gone.txt": "[E018]", "photo.png": "[E008]"}
    assert [i.doc_id for i in items if isinstance(i, Article)] == ["a"]


def test_stdin_over_the_limit_is_refused_while_reading(monkeypatch):
    import io
    import sys

    class Endless(io.RawIOBase):
        """A stream that would never end: reading it whole would never return."""

        read_bytes = 0

        def readable(self):
            return True

        def readinto(self, buffer):
            Endless.read_bytes += len(buffer)
            buffer[:] = b"x" * len(buffer)
            return len(buffer)

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(Endless())))
    (item,) = list(iter_articles(["-"], max_file_mb=1))
    assert isinstance(item, Failure) and "[E004]" in item.reason and "1 MB" in item.reason and "max_file_mb" in item.reason
    assert Endless.read_bytes < 4 * 1024 * 1024


def test_html_over_its_own_limit_names_that_limit(tmp_path):
    p = tmp_path / "big.html"
    p.write_bytes(b"<html><body>" + b"<p>Kazakhstan signed a deal.</p>" * 200_000 + b"</body></html>")
    item = _one(p)
    assert isinstance(item, Failure) and "[E015]" in item.reason and "max_html_mb" in item.reason


def test_jsonl_is_streamed_and_an_oversized_line_costs_only_itself(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "a", "text": SENTENCE}) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "word " * 300_000}) + "\n")  # 1.5 MB: over a 1 MB limit
        for i in range(2000):  # the file as a whole is far over the limit: lines are what counts
            fh.write(json.dumps({"id": f"n{i}", "text": SENTENCE + " " + "more words here " * 40}) + "\n")
    items = list(iter_articles([p], max_file_mb=1))
    assert p.stat().st_size > 2 * 1024 * 1024
    assert isinstance(items[0], Article) and items[0].doc_id == "a"
    assert isinstance(items[1], Failure) and "[E004]" in items[1].reason and items[1].doc_id == "big:2"
    assert len(items) == 2002 and all(isinstance(i, Article) for i in items[2:])
