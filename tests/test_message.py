"""Parsing: every header decoded, every text part read, every filename found; broken input never raises."""

from __future__ import annotations

import base64
import email.mime.application
import email.mime.multipart
import email.mime.text
from pathlib import Path

import pytest

from mailguard.message import decode_payload_text, parse


def test_rfc2047_subject_and_from_are_decoded() -> None:
    msg = parse(b"From: =?utf-8?b?SsO2cmc=?= <j@example.org>\r\nSubject: =?UTF-8?Q?Caf=C3=A9_trip?= =?iso-8859-1?q?_=A3?=\r\n\r\nx\r\n")
    assert msg.subject == "Café trip £"
    assert msg.addresses("From") == [("Jörg", "j@example.org")]


def test_html_becomes_text_without_splitting_words() -> None:
    raw = (b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Dear <b>par</b>ent,</p><script>var x='hidden'</script>"
           b"<div>Call&nbsp;01632&nbsp;960000 &amp; more</div>\r\n")
    [part] = parse(raw).text_parts
    assert part.where == "body:html"
    assert "Dear parent," in part.text and "hidden" not in part.text
    assert "Call 01632 960000 & more" in part.text


def test_quoted_printable_soft_breaks_join_words() -> None:
    raw = (b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"sp=\r\nlit word and caf=C3=A9\r\n")
    assert parse(raw).text_parts[0].text.startswith("split word and café")


def test_every_filename_source() -> None:
    raw = (
        b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nbody\r\n"
        # RFC 2231 continuation with charset
        b"--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment;\r\n"
        b" filename*0*=utf-8''r%C3%A9port;\r\n filename*1*=.pdf.exe\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.b64encode(b"MZ\x90\x00" + b"\x00" * 60) + b"\r\n"
        # name= only, RFC 2047 encoded
        b"--B\r\nContent-Type: application/x-msdownload; name=\"=?utf-8?q?setup=E2=80=AEfdp.exe?=\"\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.b64encode(Path("/bin/true").read_bytes()[:8192]) + b"\r\n"
        # filename and a different name=
        b"--B\r\nContent-Type: image/png; name=\"b.png\"\r\nContent-Disposition: attachment; filename=\"a.jpg\"\r\n\r\nnot really\r\n"
        b"--B--\r\n"
    )
    msg = parse(raw)
    names = [a.filenames for a in msg.attachments]
    assert names == [("réport.pdf.exe",), ("setup\u202efdp.exe",), ("a.jpg", "b.png")]
    assert msg.attachments[0].true_type in ("application/x-dosexec", "application/vnd.microsoft.portable-executable")
    assert msg.attachments[1].true_type in ("application/x-pie-executable", "application/x-sharedlib", "application/x-executable")


def test_text_attachments_are_read_as_text() -> None:
    outer = email.mime.multipart.MIMEMultipart()
    outer.attach(email.mime.text.MIMEText("body text"))
    att = email.mime.text.MIMEText("name,comment\nA,rude words here\n", "csv")
    att.add_header("Content-Disposition", "attachment", filename="list.csv")
    outer.attach(att)
    msg = parse(outer.as_bytes())
    assert [p.where for p in msg.text_parts] == ["body", "attachment:list.csv"]
    assert msg.attachments[0].filename == "list.csv"


@pytest.mark.parametrize("raw", [
    b"",
    b"\xff\xfe\x00garbage",
    b"Content-Type: multipart/mixed; boundary=\"X\"\r\n\r\n--X\r\nContent-Type: text/plain\r\n\r\nno end",
    b"Content-Type: multipart/mixed\r\n\r\nno boundary at all",
    b"Content-Type: text/plain; charset=klingon\r\n\r\nqapla\r\n",
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n",
    b"Subject: =?utf-8?q?broken=ZZ?= =?nope?x?y?=\r\n\r\nx",
    b"Content-Type: application/octet-stream; name*0*=bad''%ZZ\r\n\r\nx",
    b"Content-Type: multipart/mixed; boundary=A\r\n\r\n" + b"--A\r\nContent-Type: multipart/mixed; boundary=A\r\n\r\n" * 200,
])
def test_malformed_input_never_raises(raw: bytes) -> None:
    msg = parse(raw)
    assert isinstance(msg.text_parts, list)


def test_defects_are_recorded() -> None:
    msg = parse(b"Content-Type: text/plain; charset=klingon\r\n\r\nqapla\r\n")
    assert any("unknown charset" in d for d in msg.defects)
    assert msg.text_parts[0].text.strip() == "qapla"


def test_mime_bomb_is_bounded() -> None:
    parts = b"".join(b"--A\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(3000))
    msg = parse(b"Content-Type: multipart/mixed; boundary=A\r\n\r\n" + parts + b"--A--\r\n")
    assert len(msg.text_parts) <= 2000
    assert any("MIME parts" in d for d in msg.defects)


def test_forwarded_message_is_read() -> None:
    inner = b"From: a@b.c\r\nSubject: inner\r\n\r\ninner words\r\n"
    raw = (b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nouter\r\n"
           b"--B\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"--B--\r\n")
    texts = [p.text for p in parse(raw).text_parts]
    assert any("inner words" in t for t in texts)


def test_html_blockquote_reads_as_a_quoted_reply_and_mailto_targets_are_seen() -> None:
    raw = (b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>Thanks, <a href=\"mailto:me%40gmail.com\">email me</a>"
           b" or <a href=\"tel:07700900461\">ring</a>.</p><blockquote><p>Call me on 07700 900123</p>"
           b"<blockquote>older</blockquote></blockquote><p>Tom</p>\r\n")
    text = parse(raw).text_parts[0].text
    assert text.splitlines() == ["Thanks, email me (me@gmail.com) or ring (07700900461).",
                                 "> Call me on 07700 900123", "> > older", "Tom"]
    assert "07700 900123" not in parse(raw).text_parts[0].own_text


def test_raw_utf8_headers_are_read_as_utf8() -> None:
    msg = parse("From: Jörg <j@example.de>\r\nSubject: Größe café\r\n\r\nx\r\n".encode())
    assert msg.subject == "Größe café" and msg.addresses("From") == [("Jörg", "j@example.de")]
    assert parse(b"Subject: Gr\xf6\xdfe\r\n\r\nx\r\n").subject == "Größe"  # not UTF-8: Windows-1252


def test_forwarded_message_parts_are_named_forwarded() -> None:
    inner = b"From: a@b.c\r\nSubject: inner\r\n\r\ninner words\r\n"
    raw = (b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nouter\r\n"
           b"--B\r\nContent-Type: message/rfc822\r\n\r\n" + inner + b"--B--\r\n")
    assert [p.where for p in parse(raw).text_parts] == ["body", "forwarded:body"]


def test_text_has_one_kind_of_line_end() -> None:
    """Mail on the wire has CRLF line ends; a module looking for a blank line ("\\n\\n") between
    paragraphs must find it whatever the sending client wrote."""
    raw = (b"From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
           b"First paragraph.\r\n\r\nSecond.\r\n--b\r\nContent-Type: text/plain; name=notes.txt\r\n"
           b"Content-Disposition: attachment; filename=notes.txt\r\n\r\nOld Mac\rline ends\r\n--b--\r\n")
    body, notes = parse(raw).text_parts
    assert body.text == "First paragraph.\n\nSecond."
    assert notes.text == "Old Mac\nline ends"


ICS = (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nLOCATION:Ghyll House\\, Scar Lane\r\nDESCRIPTION:Park in the ya\r\n"
       b" rd. If you get lost ring 0113 496 08\r\n 81.\\nSee you there\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def _with_attachment(ctype: str, name: str, data: bytes) -> bytes:
    return (b"From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHi\r\n"
            b"--b\r\nContent-Type: " + ctype.encode() + b"; name=" + name.encode() + b"\r\n"
            b"Content-Disposition: attachment; filename=" + name.encode() + b"\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data) + b"--b--\r\n")


@pytest.mark.parametrize(("ctype", "name"), [
    ("text/calendar", "invite.ics"),
    ("application/ics", "invite.ics"),
    ("application/octet-stream", "invite.ics"),
    ("application/octet-stream", "INVITE.ICS"),
])
def test_a_calendar_invitation_is_read_as_its_reader_sees_it(ctype: str, name: str) -> None:
    """Whatever type the sending program gave it; folded lines joined and escapes undone."""
    parts = parse(_with_attachment(ctype, name, ICS)).text_parts
    assert [p.where for p in parts] == ["body", f"attachment:{name}"]
    text = parts[1].text
    assert "LOCATION:Ghyll House, Scar Lane" in text
    assert "Park in the yard. If you get lost ring 0113 496 0881.\nSee you there" in text


def test_binary_sent_with_a_text_name_is_not_read_as_text() -> None:
    msg = parse(_with_attachment("application/octet-stream", "notes.txt", b"\x00\x01PK\x03\x04" * 100))
    assert [p.where for p in msg.text_parts] == ["body"]
    assert [a.filename for a in msg.attachments] == ["notes.txt"]


def test_a_contact_card_sent_as_octet_stream() -> None:
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Smith\r\nTEL;TYPE=CELL:07700 9\r\n 00318\r\nEND:VCARD\r\n"
    parts = parse(_with_attachment("application/octet-stream", "Tom Smith.vcf", card)).text_parts
    assert "TEL;TYPE=CELL:07700 900318" in parts[1].text


def test_every_decoded_text_has_one_kind_of_line_end() -> None:
    """Attachments read as text by a module (a .txt sent as application/octet-stream) too."""
    assert decode_payload_text(b"a\r\n\r\nb\rc", "utf-8", [], "attachment") == "a\n\nb\nc"


def test_a_line_end_converted_twice_is_one_line_end() -> None:
    # CR CR LF: a CRLF file sent through a client that added another CR; read as blank lines it
    # split every quotation list and report in the file into paragraphs
    assert decode_payload_text(b"What he said:\r\r\n\"one\"\r\r\n\"two\"\r\n\r\nend\r\r", "utf-8", [], "x") \
        == "What he said:\n\"one\"\n\"two\"\n\nend\n\n"
