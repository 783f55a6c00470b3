"""risky-attachment: the shipped rule on the labelled corpus, name tricks, settings, purity.

Every message is parsed for real (mailguard.message.parse) and judged by the shipped rule files
(mailguard.ruleset.load + mailguard.decision.evaluate), with real libmagic and real oletools.
Only hits of the risky-attachment module are counted: other rules in rules/ may fire too.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from mailguard import decision, ruleset
from mailguard.decision import Decision, Hit
from mailguard.message import Envelope, Recipient, parse
from mailguard.modules import risky_attachment as ra
from mailguard.yamlfile import SourceErrors

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "risky-attachment"
STAFF = "t.smith@example-school.org.uk"
PARENT = "jane.parent@gmail.com"
HEAD = "head@example-school.org.uk"
MODULE = "risky-attachment"

sys.path.insert(0, str(ROOT / "tests"))
from test_archives import g  # noqa: E402  (the corpus builders, loaded once)

# What each positive case must be flagged as (it may be flagged as more).
EXPECTED_KIND = {
    **{f"f{n:02d}": "executable" for n in range(1, 21)},
    **{f"f{n:02d}": "script" for n in range(21, 33)},
    **{f"f{n:02d}": "shortcut-installer" for n in range(33, 37)},
    **{f"f{n:02d}": "disk-image" for n in range(37, 42)},
    **{f"f{n:02d}": "macro-document" for n in range(42, 49)},
    **{f"f{n:02d}": "could-not-inspect" for n in range(49, 59)},
    "f19": "shortcut-installer",  # a .scr is both a program and an "installer" category entry
    "f59": "macro-document",  # Excel 4.0 (XLM) macro sheet
    "f60": "disk-image",
    "f61": "shortcut-installer",
    "f62": "executable",
}


@pytest.fixture(scope="module")
def rules() -> ruleset.RuleSet:
    """The shipped rule files, loaded and validated whole; only this module's rules are run."""
    loaded = ruleset.load(ROOT / "rules")
    mine = tuple(r for r in loaded.rules if r.module == MODULE)
    assert len(mine) == 1
    return ruleset.RuleSet(mine, loaded.directory, loaded.load_seconds)


def judge(rules: ruleset.RuleSet, raw: bytes, recipients: tuple[str, ...] = (PARENT, HEAD)) -> Decision:
    groups = {PARENT: frozenset({"parent", "external"}), HEAD: frozenset({"staff"})}
    envelope = Envelope(STAFF, tuple(Recipient(r, groups.get(r, frozenset({"external"}))) for r in recipients),
                        frozenset({"staff"}))
    return decision.evaluate(rules, parse(raw, envelope))


def hits(result: Decision) -> list[Hit]:
    return [h for h in result.hits if h.module == MODULE and h.action != "pass"]


def mail(*parts: Any, case: str = "test") -> bytes:
    return bytes(g.message(case, "Test", "See attached.", list(parts)))


@pytest.fixture(scope="module")
def corpus_results(rules: ruleset.RuleSet) -> list[tuple[dict[str, str], list[Hit]]]:
    with (CORPUS / "labels.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        assert row["sender"] == STAFF
        result = judge(rules, (CORPUS / row["file"]).read_bytes(), tuple(row["recipients"].split()))
        out.append((row, hits(result)))
    return out


# --- the corpus ----------------------------------------------------------------------------------


def test_corpus_meets_the_targets(corpus_results: list[tuple[dict[str, str], list[Hit]]]) -> None:
    positives = [bool(h) for row, h in corpus_results if row["expected"] == "flag"]
    negatives = [bool(h) for row, h in corpus_results if row["expected"] == "clean"]
    assert len(corpus_results) >= 40 and len(negatives) >= 20
    recall = sum(positives) / len(positives)
    false_positives = sum(negatives) / len(negatives)
    assert recall >= 0.95 and false_positives <= 0.02
    wrong = [row["file"] for row, h in corpus_results if bool(h) != (row["expected"] == "flag")]
    assert wrong == []


def test_every_positive_is_caught_for_the_right_reason(
        corpus_results: list[tuple[dict[str, str], list[Hit]]]) -> None:
    seen = set()
    for row, found in corpus_results:
        if row["expected"] != "flag":
            continue
        expected = EXPECTED_KIND[row["file"][:3]]
        seen.add(expected)
        assert expected in {h.kind for h in found}, (row["file"], [h.kind for h in found])
    assert seen == set(ra.KINDS)  # every category has positives


def test_the_corpus_is_what_the_generator_makes(tmp_path: Path) -> None:
    g.write(tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".eml", ".csv"))
    for name in made:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name
    assert sum(p.stat().st_size for p in CORPUS.iterdir()) < 3 << 20


# --- what the shipped rule does -----------------------------------------------------------------


def test_shipped_actions_and_reasons(rules: ruleset.RuleSet) -> None:
    rule = next(r for r in rules.rules if r.module == MODULE)
    assert {k: rule.action_for(k) for k in ra.KINDS} == {
        "executable": "bounce", "script": "bounce", "shortcut-installer": "bounce", "disk-image": "bounce",
        "macro-document": "quarantine", "could-not-inspect": "quarantine"}
    for kind in ("executable", "script", "shortcut-installer", "disk-image"):
        reason = " ".join(rule.settings.category(kind).reason.split())
        assert "Don't open an email attachment unless you have confidence in its origin" in reason, kind
        assert ("use the email system to transmit any documents or software without checking copyright or "
                "licence agreement") in reason, kind


def test_the_rule_file_spells_out_every_built_in_extension(rules: ruleset.RuleSet) -> None:
    rule = next(r for r in rules.rules if r.module == MODULE)
    for kind in ra.CATEGORIES:
        assert set(rule.settings.category(kind).extensions) == set(ra.DEFAULTS[kind]["extensions"]), kind


def test_a_bounce_names_the_file_and_quotes_the_policy_within_an_smtp_reply(rules: ruleset.RuleSet) -> None:
    result = judge(rules, mail(g.attach("report.pdf.exe", g.pe(), "application/pdf")))
    assert result.action == "bounce"
    reply = " ".join(f"Not sent: {result.bounce_reason()}".split())
    assert "report.pdf.exe is a program" in reply
    assert "double extension .pdf.exe" in reply
    assert "Don't open an email attachment" in reply
    assert len(reply) <= 400  # the SMTP reply is cut at 400 characters: the policy quote must fit


def test_clean_everyday_attachments_are_never_flagged(rules: ruleset.RuleSet) -> None:
    clean = [
        g.attach("Trip letter (final).pdf", g.pdf(), "application/pdf"),
        g.attach("Newsletter.docx", g.docx(image=g.png())),
        g.attach("marks.xlsx", g.xlsx([["a", "b"]] * 50)),
        g.attach("register.csv", g.csv_marks(2000), "text/csv"),
        g.attach("IMG_3301.JPG", g.JPEG, "image/jpeg"),
        g.attach("diagram.png", g.png(300, 200), "image/png"),
        g.attach("Coursework.zip", g.zip_of([("a.pdf", g.pdf()), ("b.docx", g.docx()), ("c.csv", g.csv_marks())])),
        g.attach("slides.pptx", g.pptx()),
        g.attach("Year 9 – Résumé.pdf", g.pdf(), "application/pdf"),
    ]
    result = judge(rules, mail(*clean))
    assert hits(result) == []


def test_several_attachments_each_judged_with_its_own_evidence(rules: ruleset.RuleSet) -> None:
    raw = mail(g.attach("letter.pdf", g.pdf(), "application/pdf"),
               g.attach("photos.zip", g.zip_of([("a.jpg", g.JPEG), ("tools/setup.exe", g.pe())])),
               g.attach("budget.xlsm", g.xlsx(macro=True)))
    found = {h.kind: h for h in hits(judge(rules, raw))}
    assert set(found) == {"executable", "macro-document"}
    assert [e.where for e in found["executable"].evidence] == ["attachment:photos.zip/tools/setup.exe"]
    assert [e.where for e in found["macro-document"].evidence] == ["attachment:budget.xlsm"]
    assert "ThisWorkbook" in found["macro-document"].evidence[0].snippet  # the VBA module oletools found


def test_two_attachments_with_the_same_name_are_two_findings(rules: ruleset.RuleSet) -> None:
    raw = mail(g.attach("update.exe", g.pe()), g.attach("update.exe", g.pe(x64=True)))
    (hit,) = hits(judge(rules, raw))
    assert len(hit.evidence) == 2 and "1 more" in hit.reason


def test_unicode_tricks_are_shown_escaped(rules: ruleset.RuleSet) -> None:
    raw = (CORPUS / "f03_rlo_override.eml").read_bytes()
    (hit,) = hits(judge(rules, raw))
    evidence = hit.evidence[0]
    assert evidence.match == "invoice\\u202efdp.exe" and evidence.where == "attachment:invoice\\u202efdp.exe"
    assert "right-to-left override" in evidence.snippet
    for text in (evidence.match, evidence.where, evidence.snippet, hit.reason):
        assert not any(unicodedata.category(c) == "Cf" for c in text)


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name, extension, note", [
    ("report.pdf.exe", "exe", "double extension .pdf.exe"),
    ("invoice\u202efdp.exe", "exe", "right-to-left override"),
    ("photo\u202egpj.scr", "scr", "right-to-left override"),
    ("setup.exe. . ", "exe", "trailing dots or spaces"),
    ("invoice.ｅｘｅ", "exe", "full-width"),
    ("C:\\Users\\x\\Desktop\\run.bat", "bat", ""),
    ("letter.pdf                                   .js", "js", "spaces push"),
    ("in\u200bvoice.v\u200bbs", "vbs", ""),
    ("=?utf-8?B?WmV1Z25pcy5leGU?=", "exe", ""),  # malformed encoded-word (missing padding)
    ("SETUP.EXE", "exe", ""),
    (".exe", "exe", ""),
    ("setup.exe::$DATA", "exe", "NTFS stream"),
    ("install.exe.txt", "txt", ""),
    ("README", "", ""),
])
def test_name_readings(name: str, extension: str, note: str) -> None:
    readings = ra.read_name(name)
    assert readings[0].extension == extension
    assert note in " ".join(readings[0].notes)


def test_a_nul_hides_the_rest_of_the_name() -> None:
    readings = ra.read_name("setup.exe\x00.pdf")
    assert {r.extension for r in readings} == {"pdf", "exe"}


def test_random_binary_with_a_boot_signature_is_not_a_disk_image() -> None:
    blob = bytearray((i * 131 + 17) % 251 for i in range(4096))
    blob[510:512] = b"\x55\xaa"
    assert ra.describe(bytes(blob)).startswith("DOS/MBR boot sector")  # what libmagic alone calls it
    assert not ra._is_mbr_disk(bytes(blob))
    assert ra._is_mbr_disk(g.mbr_image())
    assert check(mail(g.attach("printerSettings1.bin", bytes(blob))), settings()) == {}


def test_shown_escapes_invisible_characters() -> None:
    assert ra.shown("a\u202eb\u200bc\x00d.exe") == "a\\u202eb\\u200bc\\u0000d.exe"
    assert ra.shown("Résumé – Year 9.pdf") == "Résumé – Year 9.pdf"


# --- settings ------------------------------------------------------------------------------------


def settings(**values: Any) -> ra.Settings:
    return ra.Settings.model_validate(values)


def check(raw: bytes, s: ra.Settings) -> dict[str, list[str]]:
    return {f.kind: [e.where for e in f.evidence] for f in ra.check(parse(raw), s)}


def test_a_category_written_in_the_rule_keeps_the_built_in_keys_it_leaves_out() -> None:
    s = settings(script={"extensions": ["vbs", "py"]})
    lesson = mail(g.attach("turtle.py", b"import turtle\n", "text/x-python"))
    assert check(lesson, s) == {"script": ["attachment:turtle.py"]}
    assert check(lesson, settings()) == {}
    assert s.script.types == ra.DEFAULTS["script"]["types"]  # kept
    assert check(mail(g.attach("x.js", b"x")), s) == {}  # replaced: .js no longer listed


def test_settings_errors_are_reported_with_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "risky.yaml").write_text(
        "rule: risky\nmodule: risky-attachment\naction: bounce\nsettings:\n"
        "  executable:\n    extentions: [exe]\n  script:\n    extensions: ['.js', 'a/b']\n"
        "  archives:\n    max_ratio: 0\n")
    with pytest.raises(SourceErrors) as err:
        ruleset.load(tmp_path)
    text = str(err.value)
    assert "risky.yaml:6" in text and "extentions" in text
    assert "a/b" in text and "max_ratio" in text


def test_reason_templates_are_checked() -> None:
    with pytest.raises(ValueError, match="not a valid template"):
        settings(executable={"reason": "{name is a program"})


def test_archive_switch_and_limits() -> None:
    nested = mail(g.attach("photos.zip", g.nested_zip(2, ("setup.exe", g.pe()))))
    assert check(nested, settings()) == {"executable": ["attachment:photos.zip/level2.zip/setup.exe"]}
    assert check(nested, settings(archives={"open": False})) == {}
    assert check(nested, settings(archives={"max_depth": 1})) == {
        "could-not-inspect": ["attachment:photos.zip/level2.zip"]}


def test_password_protected_office_files_are_held_only_when_asked() -> None:
    raw = (CORPUS / "c16_encrypted_xlsx.eml").read_bytes()
    assert check(raw, settings()) == {}
    assert check(raw, settings(**{"could-not-inspect": {"encrypted_documents": True}})) == {
        "could-not-inspect": ["attachment:pupil-data.xlsx"]}


def test_macro_search_can_be_switched_off_but_the_name_still_counts() -> None:
    off = settings(**{"macro-document": {"look_inside": False}})
    assert check(mail(g.attach("minutes.doc", g.word97(macro=True))), off) == {}
    assert check(mail(g.attach("budget.xlsm", g.xlsx(macro=True))), off) == {
        "macro-document": ["attachment:budget.xlsm"]}


# --- purity --------------------------------------------------------------------------------------


def test_check_is_pure(sealed: None, corpus_results: list[tuple[dict[str, str], list[Hit]]]) -> None:
    s = settings()
    for row, found in corpus_results:
        message = parse((CORPUS / row["file"]).read_bytes())
        # Sealed off from disk and network, check() gives the same answer as the shipped rule did.
        assert [f.kind for f in ra.check(message, s)] == [h.kind for h in found], row["file"]
