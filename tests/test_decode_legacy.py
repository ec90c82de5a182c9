"""Legacy encodings: the most plausible reading wins, a close call has a note, the ranking reads a sample.

Issue 15: short latin-1 text came out as "Le cafť ťtait fermť" (mac_latin2), cp1250 Polish as "Wo³odymyr"
(latin-1), half-width katakana in Shift-JIS not at all.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import reader.ingest.decode as decode
import reader.ingest.plausible as plausible
from reader.cli.main import main
from reader.errors import InputError
from reader.ingest.decode import SAMPLE_BYTES, decode_article, decode_bytes
from reader.ingest.read import read_source
from reader.text.load import load_document

FRENCH_SHORT = "Le café était fermé. Où êtes-vous?"
POLISH_SHORT = "Wołodymyr Zełenski podpisał dekret."
RUSSIAN = (
    "Правительство объявило в среду, что закроет старый мост через реку. Жители обеспокоены, потому что у "
    "них нет другой дороги на работу. Мэр пообещал, что автобусы будут ходить чаще."
)
GREEK = (
    "Η κυβέρνηση ανακοίνωσε την Τετάρτη ότι θα κλείσει την παλιά γέφυρα πάνω από το ποτάμι. Οι κάτοικοι "
    "ανησυχούν, επειδή δεν έχουν άλλο δρόμο για τη δουλειά τους."
)
CASES = [
    # French, German, Spanish, Portuguese: latin-1 / cp1252, short and longer
    (FRENCH_SHORT, "latin-1"),
    ("Il a déjà mangé à la cantine. C'est très bon, merci!", "cp1252"),
    ("Le conseil municipal a voté lundi soir la fermeture définitive de l'ancien quai. Les habitants des "
     "îles craignent l'isolement, car le bateau privé ne passe que deux fois par jour. « C'est une décision "
     "très difficile », a déclaré le maire après le vote.", "latin-1"),
    ("Die Straße ist schön. Wir müssen früh gehen.", "latin-1"),
    ("Grüße aus Köln.", "cp1252"),
    ("Der Bürgermeister hat am Montag erklärt, dass die alte Brücke über den Fluss geschlossen wird. Die "
     "Anwohner sind besorgt, weil sie keinen anderen Weg zur Arbeit haben.", "cp1252"),
    ("¿Dónde está la estación? El niño pidió una canción.", "latin-1"),
    ("El ayuntamiento anunció el miércoles que cerrará el puente viejo sobre el río. Los vecinos están "
     "preocupados porque no tienen otro camino al trabajo. Las obras empezarán en otoño.", "cp1252"),
    ("A informação não está disponível. Ação rápida!", "latin-1"),
    ("Ærøskøbing og Århus er byer i Danmark.", "latin-1"),
    ("The naïve café owner’s résumé.", "cp1252"),
    ("Prix : 5 €", "cp1252"),
    ("10 °C à l'ombre", "latin-1"),
    # Polish, Czech, Hungarian, Romanian: cp1250 / iso-8859-2
    (POLISH_SHORT, "cp1250"),
    (POLISH_SHORT + " Rząd ogłosił to w środę.", "cp1250"),
    ("Rząd ogłosił w środę, że zamknie stary most na rzece. Mieszkańcy są zaniepokojeni, bo nie mają innej "
     "drogi do pracy. Żółta łódź pływa po jeziorze, gdzie ćwiczą żeglarze.", "cp1250"),
    (POLISH_SHORT + " Żółta łódź.", "iso8859-2"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy.", "cp1250"),
    ("Vláda schválila nový zákon. Ministr řekl, že je to důležité.", "cp1250"),
    ("Starosta ve středu oznámil, že starý most přes řeku bude uzavřen. Obyvatelé jsou znepokojeni, protože "
     "nemají jinou cestu do práce.", "cp1250"),
    ("Magyarország fővárosa Budapest. Ő nagyon örül.", "cp1250"),
    ("Bucureşti este capitala României.", "cp1250"),
    ("Türkiye'nin başkenti Ankara'dır. Çok güzel bir şehir.", "cp1254"),
    # Russian, Ukrainian, Bulgarian, Serbian: cp1251 / koi8-r
    ("Привет, как дела? Всё хорошо.", "cp1251"),
    ("Привет, как дела? Всё хорошо.", "koi8-r"),
    (RUSSIAN, "cp1251"),
    (RUSSIAN, "koi8-r"),
    ("Статья про Apple iPhone, Microsoft Windows и Google Android в России.", "koi8-r"),
    ("Уряд ухвалив рішення. Київ, середа.", "cp1251"),
    ("Здравей, как си? Всичко е наред.", "cp1251"),
    ("Ово је тест. Ђорђе и Љиљана живе у Београду.", "cp1251"),
    # Greek: cp1253
    ("Η κυβέρνηση ανακοίνωσε την απόφαση. Καλημέρα!", "cp1253"),
    (GREEK, "cp1253"),
    # Baltic, Hebrew, Arabic, Thai: what charset-normalizer found before must still be found
    ("Labas rytas, kaip sekasi? Vyriausybė trečiadienį paskelbė, kad uždarys tiltą.", "cp1257"),
    ("Valdība trešdien paziņoja, ka slēgs veco tiltu pār upi.", "cp1257"),
    ("Tere hommikust! Valitsus teatas kolmapäeval, et sulgeb vana silla üle jõe.", "latin-1"),
    ("שלום עולם, מה שלומך היום? הממשלה הודיעה ביום רביעי על סגירת הגשר.", "cp1255"),
    ("مرحبا بالعالم، كيف حالك اليوم؟ أعلنت الحكومة يوم الأربعاء إغلاق الجسر.", "cp1256"),
    ("สวัสดีครับ วันนี้อากาศดีมาก", "cp874"),
    # Japanese: Shift-JIS with and without half-width katakana, EUC-JP; Chinese; Korean
    ("今日は良い天気ですね。散歩に行きましょう。", "shift_jis"),
    ("政府は水曜日、川に架かる古い橋を閉鎖すると発表した。住民は仕事に行く別の道がないため心配している。",
     "shift_jis"),
    ("ｺﾝﾋﾟｭｰﾀｰを使います。ﾃｽﾄです。", "shift_jis"),
    ("ｶﾀｶﾅのﾃｷｽﾄ。今日はｺｰﾋｰを飲みました。", "shift_jis"),
    ("ｱｲｳｴｵ ｶｷｸｹｺ ｻｼｽｾｿ.", "shift_jis"),
    ("今日は良い天気ですね。散歩に行きましょう。", "euc_jp"),
    ("今天天气很好。我们去公园散步吧。", "gb18030"),
    ("今天天氣很好。我們去公園散步吧。", "big5"),
    ("오늘 날씨가 좋네요. 산책하러 갑시다.", "euc_kr"),
]


@pytest.mark.parametrize(("text", "encoding"), CASES, ids=[f"{e}:{t[:16]}" for t, e in CASES])
def test_legacy_text_decodes_to_the_original(text, encoding):
    assert decode_bytes(text.encode(encoding), "a.txt") == text


def test_issue_cases_were_garbled_by_the_old_pick():
    """The readings the issue reported are what the ranking now puts below the right one."""
    readings = decode.rank_readings(FRENCH_SHORT.encode("latin-1"))
    assert readings[0].sample == FRENCH_SHORT
    readings = decode.rank_readings(POLISH_SHORT.encode("cp1250"))
    assert readings[0].sample == POLISH_SHORT
    assert any("Wo³odymyr" in r.sample for r in readings[1:])


@pytest.mark.parametrize(
    ("text", "encoding", "alternative"),
    [
        (FRENCH_SHORT, "latin-1", "cp1250"),  # "Où" or "Oů"
        ("El niño", "latin-1", "cp1250"),  # "niño" or "nińo"
        ("Vláda schválila nový zákon. Ministr řekl, že je to důležité.", "cp1250", "cp1252"),  # "řekl"/"øekl"
    ],
)
def test_close_call_comes_with_a_note(text, encoding, alternative):
    decoded = decode_article(text.encode(encoding), "a.txt")
    assert decoded.text == text
    assert decoded.note is not None
    assert decoded.note.startswith(f"assumed encoding {decoded.encoding} (")
    assert f"it could also be {alternative}" in decoded.note


@pytest.mark.parametrize(
    "data",
    [
        b"Plain ASCII text. Nothing to guess.",
        "Zażółć gęślą jaźń. Le café était fermé.".encode(),
        codecs.BOM_UTF8 + "Le café était fermé.".encode(),
        "Le café était fermé.".encode("utf-16"),
    ],
    ids=["ascii", "utf-8", "utf-8-bom", "utf-16-bom"],
)
def test_no_note_for_unicode_or_ascii(data):
    assert decode_article(data, "a.txt").note is None


@pytest.mark.parametrize(
    ("text", "encoding"),
    [(POLISH_SHORT, "cp1250"), (RUSSIAN, "koi8-r"), (GREEK, "cp1253"), (RUSSIAN, "cp1251")],
)
def test_no_note_when_one_reading_is_clearly_best(text, encoding):
    decoded = decode_article(text.encode(encoding), "a.txt")
    assert decoded.text == text and decoded.note is None


def test_note_is_in_raw_meta_and_document_meta(tmp_path: Path):
    path = tmp_path / "short.txt"
    path.write_bytes(FRENCH_SHORT.encode("latin-1"))
    raw = read_source(str(path))
    assert raw.meta["encoding"] == "cp1252"
    assert raw.meta["encoding_note"].startswith("assumed encoding cp1252")
    doc = load_document(str(path))
    assert doc.meta["encoding_note"] == raw.meta["encoding_note"]


def test_no_encoding_meta_for_utf8(tmp_path: Path):
    path = tmp_path / "u.txt"
    path.write_text(FRENCH_SHORT, encoding="utf-8")
    assert "encoding" not in read_source(str(path)).meta
    assert "encoding_note" not in load_document(str(path)).meta


def test_cli_prints_the_note_on_stderr_only(tmp_path: Path, capsys):
    left = tmp_path / "left.txt"
    right = tmp_path / "right.txt"
    left.write_bytes(FRENCH_SHORT.encode("latin-1"))
    right.write_text(FRENCH_SHORT, encoding="utf-8")
    assert main(["align", str(left), str(right)]) == 0
    out, err = capsys.readouterr()
    notes = [line for line in err.splitlines() if line.startswith("reader: note: ")]
    assert len(notes) == 1 and str(left) in notes[0] and "assumed encoding cp1252" in notes[0]
    assert "assumed encoding" not in out and "reader: note" not in out


def test_non_ascii_far_into_the_file_is_still_ranked():
    """The sample starts at the line of the first non-ASCII byte, wherever it is."""
    data = b"An ASCII line.\n" * 20000 + POLISH_SHORT.encode("cp1250")
    assert decode_bytes(data, "a.txt").endswith(POLISH_SHORT)


def test_ranking_scores_a_bounded_sample_and_decodes_the_whole_once(monkeypatch):
    """A 5 MB latin-1 file: every scored text is at most SAMPLE_BYTES long, and the file is decoded in full
    once (with the winner)."""
    scored: list[int] = []
    full: list[str] = []
    real_score, real_all = plausible.plausibility, decode.decode_all

    def counting_score(text: str) -> plausible.Plausibility:
        scored.append(len(text))
        return real_score(text)

    def counting_all(data: bytes, encoding: str) -> str:
        full.append(encoding)
        return real_all(data, encoding)

    monkeypatch.setattr(plausible, "plausibility", counting_score)
    monkeypatch.setattr(decode, "decode_all", counting_all)
    paragraph = CASES[2][0] + "\n\n"
    data = paragraph.encode("latin-1") * (5 * 1024 * 1024 // len(paragraph))
    text = decode_bytes(data, "big.txt")
    assert text == data.decode("latin-1")
    assert full == ["cp1252"]
    assert scored and max(scored) <= SAMPLE_BYTES
    assert len(scored) <= 2 * len(decode.CANDIDATES)


def test_noise_is_still_refused():
    noise = bytes((i * 97 + 13) % 255 + 1 for i in range(3000))
    with pytest.raises(InputError, match=r"encoding|binary"):
        decode_bytes(noise, "noise.bin")
