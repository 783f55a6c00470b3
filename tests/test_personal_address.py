"""personal-address-to-parent: the shipped rule, its module, the quoting it relies on, and its DNS.

Every message here is parsed for real and judged through the shipped rule file, so the rule's
scope (parents and pupils, never colleagues-only mail) is tested along with the module.
DNS look-ups go to a tiny DNS server on 127.0.0.1 started by the tests, never to the network.
"""

from __future__ import annotations

import base64
import csv
import json
import pickle
import quopri
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import dns.message
import dns.rcode
import dns.rdatatype
import dns.rrset
import pytest
from pydantic import ValidationError

from mailguard import config as config_mod
from mailguard import decision, quoting, ruleset, webmail, yamlfile
from mailguard.contact_details import phones
from mailguard.directory import Directory
from mailguard.message import Envelope, ParsedMessage, Recipient, School, parse
from mailguard.modules import personal_address as pa

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "personal-address-to-parent"
MODULE = pa.NAME

TEACHER = "t.smith@example-school.org.uk"
PARENT = "jane.parent@gmail.com"  # in directory/parents.csv
PUPIL = "a.khan@pupils.example-school.org.uk"
COLLEAGUE = "j.wood@example-school.org.uk"


# ---------------------------------------------------------------------------------------------
# A DNS server on loopback, written with dnspython's message API


@dataclass
class LoopbackDNS:
    """Answers MX queries from `zone`; NXDOMAIN for anything else. `silent` never answers."""

    zone: dict[str, list[str]]
    silent: bool = False
    queries: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.05)
        self.port = self.sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self.sock.recvfrom(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            query = dns.message.from_wire(data)
            question = query.question[0]
            name = question.name.to_text().rstrip(".").lower()
            self.queries.append(name)
            if self.silent:
                continue
            response = dns.message.make_response(query)
            if name in self.zone:
                if question.rdtype == dns.rdatatype.MX:
                    response.answer.append(dns.rrset.from_text(
                        question.name, 300, "IN", "MX", *(f"{10 * (i + 1)} {host}." for i, host in
                                                           enumerate(self.zone[name]))))
            else:
                response.set_rcode(dns.rcode.NXDOMAIN)
            self.sock.sendto(response.to_wire(), peer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1)
        self.sock.close()


ZONE = {
    "hollybank.me.uk": ["gmail-smtp-in.l.google.com", "alt1.gmail-smtp-in.l.google.com"],
    "brennan-home.co.uk": ["mx01.mail.icloud.com"],
    "okafor.net": ["hotmail-com.olc.protection.outlook.com"],
    "leeds.gov.uk": ["leedscc-gov-uk.mail.protection.outlook.com"],
    "dalesoutdoorcentre.co.uk": ["aspmx.l.google.com", "alt1.aspmx.l.google.com"],
    "leedscommunityhealthcare.nhs.uk": ["mx1.nhs.net"],
}


@pytest.fixture(scope="module")
def dns_server() -> Iterator[LoopbackDNS]:
    server = LoopbackDNS(ZONE)
    yield server
    server.close()


@pytest.fixture(scope="module")
def rules(dns_server: LoopbackDNS) -> ruleset.RuleSet:
    """The shipped rules directory, with this module's DNS pointed at the loopback server."""
    loaded = ruleset.load(ROOT / "rules")
    mine = [r for r in loaded.rules if r.module == MODULE]
    assert mine, "rules/ ships no rule for the personal-address-to-parent module"
    for rule in mine:
        rule.settings.classifier = webmail.MXClassifier([dns_server.address], timeout=1.0)
    return loaded


@pytest.fixture(scope="module")
def school() -> School:
    cfg = config_mod.load(ROOT / "config.example.yaml")
    s = cfg.school
    return School(tuple(s.domains), tuple(s.pupil_domains), tuple(s.phone_numbers), tuple(s.postcodes))


@pytest.fixture(scope="module")
def directory(school: School) -> Directory:
    return Directory(school.domains, school.pupil_domains, ROOT / "directory" / "parents.csv")


Judge = Callable[..., list[decision.Hit]]


@pytest.fixture
def judge(rules: ruleset.RuleSet, school: School, directory: Directory) -> Judge:
    def run(raw: bytes, recipients: list[str] | None = None, sender: str = TEACHER) -> list[decision.Hit]:
        hits, _ = judge_full(rules, school, directory, raw, recipients or [PARENT], sender)
        return hits

    return run


def judge_full(rules: ruleset.RuleSet, school: School, directory: Directory, raw: bytes, recipients: list[str],
               sender: str = TEACHER) -> tuple[list[decision.Hit], decision.Decision]:
    envelope = Envelope(sender, tuple(Recipient(r, directory.groups(r)) for r in recipients),
                        directory.groups(sender))
    result = decision.evaluate(rules, parse(raw, envelope, school))
    return [h for h in result.hits if h.module == MODULE], result


def eml(body: str, *, subtype: str = "plain", cte: str = "8bit", headers: str = "",
        to: str = PARENT, subject: str = "A note from school", sender: str = f"Tom Smith <{TEACHER}>") -> bytes:
    data = body.encode()
    if cte == "quoted-printable":
        data = quopri.encodestring(data)
    elif cte == "base64":
        data = base64.encodebytes(data)
    head = (f"From: {sender}\nTo: {to}\n{headers}Subject: {subject}\nDate: Mon, 09 Mar 2026 10:00:00 +0000\n"
            f"Message-ID: <test@example-school.org.uk>\nMIME-Version: 1.0\n"
            f"Content-Type: text/{subtype}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n\n")
    return head.encode() + data + b"\n"


def kinds(hits: list[decision.Hit]) -> set[str]:
    return {h.kind for h in hits}


def matches(hits: list[decision.Hit]) -> list[str]:
    return [e.match for h in hits for e in h.evidence]


# ---------------------------------------------------------------------------------------------
# The shipped rule file


def test_shipped_rule_scope_and_action(rules: ruleset.RuleSet) -> None:
    rule = next(r for r in rules.rules if r.module == MODULE)
    assert rule.id == "personal-address-to-parent"
    assert rule.recipients.groups == {"parent", "pupil"}
    assert rule.action == "quarantine"
    assert rule.reason and "Stay safe" in rule.reason


MOBILE_TO_SOMEONE = "Hi,\n\nIf anything comes up just ring me on my mobile 07700 900742.\n\nTom\n"


def test_mail_only_to_colleagues_is_not_checked(judge: Judge) -> None:
    assert judge(eml(MOBILE_TO_SOMEONE, to=COLLEAGUE), [COLLEAGUE, "staff@example-school.org.uk"]) == []


def test_mail_to_parent_and_to_pupil_is_held(judge: Judge) -> None:
    for recipient in (PARENT, PUPIL):
        hits = judge(eml(MOBILE_TO_SOMEONE, to=recipient), [recipient])
        assert [h.action for h in hits] == ["quarantine"]
        assert kinds(hits) == {"phone"}


def test_only_the_parent_is_held_when_a_colleague_is_copied(
        rules: ruleset.RuleSet, school: School, directory: Directory) -> None:
    hits, result = judge_full(rules, school, directory, eml(MOBILE_TO_SOMEONE), [PARENT, COLLEAGUE])
    assert hits and hits[0].recipients == (PARENT,)
    assert result.recipients[COLLEAGUE] in ("pass", "tag")


# ---------------------------------------------------------------------------------------------
# Phone numbers


@pytest.mark.parametrize("written", [
    "07700 900742", "07700900742", "07700-900-742", "07700 900 742", "0770 090 0742", "(07700) 900742",
    "07700.900.742", "+44 7700 900742", "+447700900742", "+44 (0)7700 900742", "+44(0)7700-900-742",
    "0044 7700 900742", "07911 123456", "07123 456789", "07700\u2013900\u2013742",
    "0113 496 0517", "0113-496-0517", "(0113) 496 0517", "020 7946 0381", "0161 496 0729",
    "01632 960123", "+44 113 496 0517",
])
def test_each_phone_form_is_found(judge: Judge, written: str) -> None:
    hits = judge(eml(f"Hi Jane,\n\nYou can call me on {written} after six.\n\nTom\n"))
    assert kinds(hits) == {"phone"}, written
    assert matches(hits) == [written.replace("\u2013", "-")]


@pytest.mark.parametrize("html", [
    "<p>My number is <b>07700&nbsp;900&nbsp;742</b>.</p>",
    "<p>Ring me: <span>07700</span>&nbsp;<span>900742</span></p>",
    "<div>Text me on 0770<!-- x -->0 900742</div>",
    "<p>Mobile:&#160;+44&nbsp;(0)7700&nbsp;900742</p>",
])
def test_phone_inside_html(judge: Judge, html: str) -> None:
    hits = judge(eml(f"<html><body>{html}</body></html>", subtype="html", cte="quoted-printable"))
    assert kinds(hits) == {"phone"}


@pytest.mark.parametrize("text", [
    "Rachel Hughes\nSENCo\nExample School\n07700 900 717",  # alone on the last line of a signature
    "Mr J Patel | Science | 07700 900 615",
    "If your child is ill, call 07700 900123.",
    "During the trip you can contact Mr Smith on 07700 900561.",  # the sender's own name
    "<table><tr><td>Me (home)</td><td>0113 496 0288</td></tr></table>",  # the label in the cell before
    "O77OO 9OO 123 is my number",  # letters O for zeros
])
def test_phone_numbers_in_context(judge: Judge, text: str) -> None:
    subtype = "html" if text.startswith("<") else "plain"
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n" if subtype == "plain" else text, subtype=subtype))) == {"phone"}


def test_phone_in_subject_and_in_text_attachment(judge: Judge) -> None:
    hits = judge(eml("See subject.\n", subject="call me 07700 900 713"))
    assert [e.where for h in hits for e in h.evidence] == ["subject"]
    raw = (CORPUS / "p38_vcard_attachment.eml").read_bytes()
    wheres = {e.where for h in judge(raw) for e in h.evidence}
    assert wheres == {"attachment:Tom Smith.vcf"}


def test_the_schools_own_number_in_any_form_is_fine(judge: Judge) -> None:
    body = ("Call the office on 01632 960000, +44 1632 960000, (01632) 960 000, 01632960000 or "
            "+44 (0)1632 960000.\nExample School, 1 School Lane, Leeds LS1 4AP\n")
    assert judge(eml(body)) == []


@pytest.mark.parametrize("text", [
    "The deposit of £50.00 is due on 12/03/2026; the balance of £1,245.50 by 2026-04-30.",
    "We leave at 07:45 and get back at 18.30 on 12.03.2026.",
    "Pay on ParentPay with reference 07700900742 or invoice INV-2026-00417.",
    "Invoice number: 004512. Account number 0100234567, sort code 20-00-00.",
    "Pupil ID 0123456789, UPN A123456789012, candidate number 0412.",
    "Links: https://www.youtube.com/watch?v=07700900742 and www.example.org/2026/03/01134960517.pdf",
    "ISBN 978-0-571-34834-8 and ISBN 9780141354828.",
    "Childline 0800 1111, NSPCC 0808 800 5000, Samaritans 116 123, NHS 111, police 101.",
    "Council tax queries: 0113 222 4444 (Leeds City Council).",
    "Centre reception: 0113 496 0990.",
    "Join by phone +44 20 3855 5885,,720123456# United Kingdom, London",
    "Scores: 23/40, 104-110, 3-1; years 2025-2026; pages 112-115.",
    "Thanks, I've updated your mobile number to 07700 900123 on our system.",
    "Ellie's dad's mobile 07700 900111 is on file.",
    "Royal Armouries, Armouries Drive, Leeds LS10 1LT. Tel 0113 220 1999.",  # a landline nobody owns
    "Their single point of access number is 0113 855 5505 (Mon-Fri 9-5).",
])
def test_numbers_that_are_not_a_staff_phone_number(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Jane,\n\n{text}\n\nMr Smith\n")) == []


# ---------------------------------------------------------------------------------------------
# E-mail addresses


@pytest.mark.parametrize("address", [
    "tom.smith1984@gmail.com", "tsmith@hotmail.co.uk", "tom@icloud.com", "smiths@btinternet.com",
    "t_smith@yahoo.co.uk", "tom.smith@outlook.com", "tom.smith@googlemail.com",
])
def test_personal_webmail_in_the_body(judge: Judge, address: str) -> None:
    hits = judge(eml(f"Hi Jane, email me at {address} over the holidays.\n"))
    assert kinds(hits) == {"email"} and matches(hits) == [address]


def test_address_written_out_in_words(judge: Judge) -> None:
    hits = judge(eml("Email me at tom.smith84 at gmail dot com and I'll send it.\n"))
    assert [e.masked for h in hits for e in h.evidence] == ["to*******84@gmail.com"]


def test_school_recipient_and_organisation_addresses_are_fine(judge: Judge) -> None:
    body = ("Send it to office@example-school.org.uk, or ask Amira (a.khan@pupils.example-school.org.uk). "
            "I have your address as jane.parent@gmail.com. Admissions: educationadmissions@leeds.gov.uk; "
            "the centre: bookings@dalesoutdoorcentre.co.uk.\n")
    assert judge(eml(body)) == []


def test_personal_domain_found_by_its_mx(judge: Judge) -> None:
    hits = judge(eml("Please write to tom@hollybank.me.uk instead.\n"))
    assert matches(hits) == ["tom@hollybank.me.uk"]


def test_reply_to_personal_address(judge: Judge) -> None:
    hits = judge(eml("Any questions, just reply.\n", headers="Reply-To: Tom Smith <tomsmith.teacher@gmail.com>\n"))
    assert [e.where for h in hits for e in h.evidence] == ["header:Reply-To"]


def test_from_a_personal_address(judge: Judge) -> None:
    hits = judge(eml("Training is off tonight.\n", sender="Tom Smith <tom.smith1984@gmail.com>"))
    assert [e.where for h in hits for e in h.evidence] == ["header:From"]


def test_sender_copying_in_their_own_personal_address(judge: Judge) -> None:
    own = "tsmith84@hotmail.com"
    hits = judge(eml("Jordan moves up a set.\n", headers=f"Cc: Tom Smith <{own}>\n"), [PARENT, own])
    assert [e.where for h in hits for e in h.evidence] == ["header:Cc"]
    hits = judge(eml("Jordan moves up a set.\n"), [PARENT, own])  # Bcc: only in the envelope
    assert [e.where for h in hits for e in h.evidence] == ["header:Bcc"]


def test_copying_in_another_parent_is_not_the_senders_address(judge: Judge) -> None:
    raw = eml("Copying in both parents.\n", headers="Cc: Sam Carer <sam.carer@outlook.com>, "
                                                   "Grandma <nana.parent@hotmail.com>\n")
    assert judge(raw, [PARENT, "sam.carer@outlook.com", "nana.parent@hotmail.com"]) == []


# ---------------------------------------------------------------------------------------------
# Home addresses


@pytest.mark.parametrize("text", [
    "my address is 14 Acacia Avenue, Headingley, Leeds LS6 3XY",
    "drop it round to mine: 7 Mill Croft, Otley LS21 1AB",
    "Tom Smith\n23 Beech Grove\nHorsforth\nLeeds\nLS18 5QT",
    "I live at Flat 2, 10 High Street, Leeds, LS2 7AB",
    "come round to 12 The Green, Otley LS21 3AA",
])
def test_home_address(judge: Judge, text: str) -> None:
    hits = judge(eml(f"Hi Jane,\n\n{text}\n"))
    assert kinds(hits) == {"postal-address"}, text
    assert all(e.masked and e.masked.startswith("[address]") for h in hits for e in h.evidence)


@pytest.mark.parametrize("text", [
    "Example School, 1 School Lane, Leeds LS1 4AP",
    "We stay at Dales Outdoor Centre, Moor Lane, Ilkley LS29 9AB.",
    "The museum: Thackray Museum, 141 Beckett Street, Leeds LS9 7LN.",
    "We meet at Ilkley Lido, 1 Denton Road, Ilkley LS29 0BZ.",
    "We have your address as 27 Oak Street, Leeds LS6 1QT.",
    "Leeds LS6 is where the match is.",
])
def test_addresses_that_are_not_home_addresses(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Jane,\n\n{text}\n")) == []


# ---------------------------------------------------------------------------------------------
# Numbers wrapped over a line break by the mail client


WRAPPED = [
    ("call me on 07700\n900246 and", "07700 900246"),
    ("call me on 07700 900\n246 and", "07700 900 246"),
    ("call me on 0770\n090 0246 and", "0770 090 0246"),
    ("call me on +44\n7700 900246 and", "+44 7700 900246"),
    ("call me on +44 7700\n900 246 and", "+44 7700 900 246"),
    ("call me on 0044 7700\n900246 and", "0044 7700 900246"),
    ("call me on (07700)\n900246 and", "(07700) 900246"),
    ("ring me at home on 0113 496\n0571 and", "0113 496 0571"),
    ("ring me at home on 0113\n496 0571 and", "0113 496 0571"),
]


@pytest.mark.parametrize(("text", "number"), WRAPPED)
def test_a_number_wrapped_over_a_line_break_is_found(judge: Judge, text: str, number: str) -> None:
    hits = judge(eml(f"Hi Jane,\n\nIf you need me over half term {text} I'll get back to you.\n\nTom\n"))
    assert kinds(hits) == {"phone"}, text
    assert [" ".join(m.split()) for m in matches(hits)] == [number]


def test_a_wrapped_number_in_quoted_printable_and_html(judge: Judge) -> None:
    body = "Hi Sam,\n\nText me on 07700 900\n318 when you're free.\n\nKiran\n"
    assert kinds(judge(eml(body, cte="quoted-printable"))) == {"phone"}
    html = "<p>Message me on 07700<br>900 463 and I'll bring it to the gate.</p>"
    assert kinds(judge(eml(html, subtype="html"))) == {"phone"}


@pytest.mark.parametrize("text", [
    "SATs begin on 11/05/2026\n09:00 is the start time each day.",
    "The reading paper is on 12.05.2026\n0900 sharp in room 0\n12.",
    "School office 01632 960000\n0800 1111 Childline",
    "Children's Services 0113 222 4403\n0113 376 0336 out of hours (Leeds City Council)",
    "The coach leaves at 08\n30 and the fee of £4.50 is due by 20\n03, reference FB2026\n0417.",
    "To report an absence ring 01632\n960000 before 9am.",  # the school's own number, wrapped
    "Results are due in July 2026\n07 July is the expected date.",
])
def test_numbers_on_adjacent_lines_are_not_joined(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear parents,\n\n{text}\n\nExample School Office\n")) == []


def test_join_wrapped_keeps_positions() -> None:
    text = "on 07700\n900246 and 12/03/2026\n09:30"
    joined = phones._join_wrapped(phones._blank(text))
    assert len(joined) == len(text)
    assert joined[:16] == "on 07700 900246 "
    assert "\n" in joined[16:]  # the date and the time stay on their own lines


# ---------------------------------------------------------------------------------------------
# An organisation's details given to a pupil or parent, against the sender's own


THIRD_PARTY = [
    ("Your placement is at:\nHeadingley Vets\n3 North Lane\nLeeds LS6 3HE\nContact: Ms R. Lee, Practice Manager\n"
     "Tel: 07700 900777\nEmail: reception@headingleyvets.co.uk"),
    "Please contact Headingley Vets, 3 North Lane, Leeds LS6 3HE, before your first day.",
    ("Aisha's placement is with Smith & Sons Builders Ltd, 14 Kirkstall Road, Leeds LS3 1HJ.\n"
     "Contact: Mr Dave Brown (site supervisor), 07700 900555."),  # the sender is a Smith too
    "Our coach is with Dalesway Coaches Ltd, Unit 5, Mill Road, Otley LS21 3AB; the driver is on 07700 900888.",
    "The concert is at St Chad's Church Hall, 7 Otley Road, Leeds LS16 5JT. Hall secretary: Mrs Ann Fields, "
    "07700 900654.",
    "Return it to Leeds City Council, SENSAP Team, Merrion House, 110 Merrion Centre, Leeds LS2 8BB.",
    "Otley Town Football Club\nCross Green, Otley LS21 1HE\nContact: Gary Hunt, club secretary\nMobile: 07700 900234",
    "The vet practice is Headingley Vets. You can reach them on 07700 900777.",
    "Drop the books at Meadowbank Care Home, 3 Otley Road, Leeds LS6 4AA.",
    "The vets' address is 3 North Lane, Leeds LS6 3HE.",
    "We meet at Home Farm, 3 Church Road, Harewood LS17 9LF, for the lambing visit.",  # not "at home"
    "The Dog House Grooming, 45 Street Lane, Leeds LS8 2DQ, is expecting her at nine.",
    "Placement: Meanwood Riding School, Stables Lane, Leeds LS6 4AA\nContact: Mrs Kerry Dale (yard manager)\n"
    "Email: meanwoodriding@gmail.com",  # a small business's webmail
]


@pytest.mark.parametrize("text", THIRD_PARTY)
def test_an_organisations_details_are_not_the_senders(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Jane,\n\n{text}\n\nKind regards,\nTom Smith\n")) == [], text


OWN = [
    ("Pop round to mine, 12 Acacia Avenue LS6 2AB, and pick it up.", "postal-address"),
    ("my address is 12 Acacia Avenue, Leeds LS6 2AB", "postal-address"),
    ("Forms to the address below.\n\nTom Smith\n12 Church Lane\nMeanwood\nLeeds\nLS6 4JY", "postal-address"),
    ("Tom Smith | 12 Acacia Avenue, Leeds LS6 2AB", "postal-address"),
    ("I live at 8 Station Road, Horsforth, Leeds LS18 5NT.", "postal-address"),
    ("The club is at Headingley Library, North Lane, Leeds LS6 3HG; drop the books at my house, 4 Oak Court, "
     "Leeds LS6 1AA.", "postal-address"),
    ("Your placement is at Headingley Vets, 3 North Lane, Leeds LS6 3HE. If anything goes wrong, text me on "
     "07700 900123.", "phone"),
    ("Tom Smith\nWork Experience Co-ordinator\n07700 900123", "phone"),
    ("Ellie left her coat at the farm. Any problems, 07700 900123.", "phone"),
    ("Placement: Meanwood Riding School. If there are problems email me on tomsmith84@gmail.com.", "email"),
]


@pytest.mark.parametrize(("text", "kind"), OWN)
def test_the_senders_own_details_still_count(judge: Judge, text: str, kind: str) -> None:
    assert kind in kinds(judge(eml(f"Dear Jane,\n\n{text}\n"))), text


# ---------------------------------------------------------------------------------------------
# Private channels


@pytest.mark.parametrize("text", [
    "Add me on WhatsApp and I'll send the photos.",
    "my snapchat is mr_smith_pe",
    "follow me on insta @tom.smith.art",
    "WhatsApp me when you get there.",
    "Easiest to DM me on Instagram.",
    "Join my group: https://chat.whatsapp.com/Kx8Jd2LmQp4HbZr1",
    "Message me here: wa.me/447700900392",
    "I'm on Discord as smith_gaming, add me.",
])
def test_private_channel_invitations(judge: Judge, text: str) -> None:
    assert "private-channel" in kinds(judge(eml(f"Hi Josh,\n\n{text}\n", to=PUPIL), [PUPIL])), text


@pytest.mark.parametrize("text", [
    "Follow us on Instagram @ExampleSchoolLeeds and find us on Facebook.",
    'Children learn that if a stranger says "add me on Snapchat" they should tell an adult.',
    "Snapchat, TikTok and Instagram all have a minimum age of 13.",
    "Please don't message me on WhatsApp; use this email address.",
    "My signal is terrible at home, so email is best.",
])
def test_talking_about_apps_is_not_an_invitation(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear parents,\n\n{text}\n")) == []


# ---------------------------------------------------------------------------------------------
# Quoted replies: the parent's own details underneath are never the sender's

PARENT_TEXT = ("Please ring me on 07700 900123, we're at 27 Oak Street, Leeds LS6 1QT, or email "
               "jparent.work@yahoo.co.uk. Add me on WhatsApp!")

QUOTING_STYLES = {
    "gt": "Jane Parent wrote:\n" + "\n".join("> " + line for line in PARENT_TEXT.split(", ")),
    "gmail": f"On Mon, 2 Mar 2026 at 18:40, Jane Parent <jane.parent@gmail.com> wrote:\n> {PARENT_TEXT}",
    "apple-wrapped": f"On 3 Mar 2026, at 16:02, Jane Parent <jane.parent@gmail.com>\nwrote:\n\n{PARENT_TEXT}",
    "thunderbird": f"On 03/03/2026 16:02, Jane Parent wrote:\n{PARENT_TEXT}",
    "outlook": ("________________________________\nFrom: Jane Parent <jane.parent@gmail.com>\n"
                "Sent: 04 March 2026 19:22\nTo: Smith, T <t.smith@example-school.org.uk>\n"
                f"Subject: Ellie\n\n{PARENT_TEXT}"),
    "outlook-bold": ("*From:* Jane Parent <jane.parent@gmail.com>\n*Sent:* Wednesday, March 4, 2026 7:22 PM\n"
                     f"*To:* Smith, T\n*Subject:* Ellie\n\n{PARENT_TEXT}"),
    "outlook-one-line": ("From: Jane Parent <jane.parent@gmail.com> Sent: Monday, March 2, 2026 8:01 PM "
                         f"To: Smith, T Subject: Ellie\n{PARENT_TEXT}"),
    "original-message": f"-----Original Message-----\nFrom: Jane Parent [mailto:jane.parent@gmail.com]\n{PARENT_TEXT}",
    "forwarded": ("---------- Forwarded message ---------\nFrom: Jane Parent <jane.parent@gmail.com>\n"
                  f"Date: Mon, 9 Mar 2026 at 17:20\n\n{PARENT_TEXT}"),
    "inline": f"> Can you help?\n\nYes of course.\n\n> > {PARENT_TEXT}\n> Thanks\n\nSee you Friday.",
}


@pytest.mark.parametrize("style", sorted(QUOTING_STYLES))
def test_quoted_parent_details_are_ignored(judge: Judge, style: str) -> None:
    body = f"Hi Jane,\n\nThanks, that's all sorted.\n\nTom Smith\nExample School, 01632 960000\n\n{QUOTING_STYLES[style]}\n"
    assert judge(eml(body)) == []
    own = quoting.own_text(body)
    assert "07700" not in own and "Thanks, that's all sorted." in own


def test_own_number_above_a_quote_is_still_found(judge: Judge) -> None:
    body = f"Hi Jane, my mobile is 07700 900441.\n\n{QUOTING_STYLES['gmail']}\n"
    assert matches(judge(eml(body))) == ["07700 900441"]


def test_html_reply_with_outlook_header(judge: Judge) -> None:
    html = ("<div>All sorted, thanks.</div><hr><div><b>From:</b> Jane Parent &lt;jane.parent@gmail.com&gt;<br>"
            "<b>Sent:</b> Thursday, March 5, 2026 6:31 PM<br><b>To:</b> Smith, T<br><b>Subject:</b> Ellie</div>"
            "<div>Call me on 07700&nbsp;900123.</div>")
    assert judge(eml(html, subtype="html")) == []


def test_a_letter_mentioning_wrote_is_not_cut() -> None:
    text = "On Friday the children wrote poems.\nMy number is 07700 900123."
    assert "07700 900123" in quoting.own_text(text)


# ---------------------------------------------------------------------------------------------
# Masking: the decision log must not spread personal data; the quarantine record keeps it


def test_evidence_is_masked_for_the_log_and_whole_for_the_quarantine(judge: Judge) -> None:
    body = ("Hi Jane, ring me on 07700 900742 or email tom.smith1984@gmail.com; I'm at "
            "14 Acacia Avenue, Leeds LS6 3XY. My snapchat is mr_smith_pe\n")
    hits = judge(eml(body))
    assert kinds(hits) == {"phone", "email", "postal-address", "private-channel"}
    log = json.dumps([h.as_dict(masked=True) for h in hits])
    for secret in ("900742", "tom.smith1984", "Acacia", "3XY", "mr_smith_pe"):
        assert secret not in log, secret
    assert "07*** ***742" in log and "@gmail.com" in log and "LS6 ***" in log
    record = json.dumps([h.as_dict(masked=False) for h in hits])
    for whole in ("07700 900742", "tom.smith1984@gmail.com", "14 Acacia Avenue, Leeds LS6 3XY", "mr_smith_pe"):
        assert whole in record, whole
    for h in hits:
        assert all(e.masked for e in h.evidence)


def test_a_house_name_is_masked_with_the_rest_of_the_address(judge: Judge) -> None:
    hits = judge(eml("Hi Jane, my address is Rose Cottage, Main Street, Bramham LS23 6QA if you need it.\n"))
    log = json.dumps([h.as_dict(masked=True) for h in hits])
    assert "Rose" not in log and "Main Street" not in log and "LS23 ***" in log


# ---------------------------------------------------------------------------------------------
# The DNS classifier


def test_classifier_reads_mx_records(dns_server: LoopbackDNS) -> None:
    c = webmail.MXClassifier([dns_server.address], timeout=1.0)
    assert c.classify("gmail.com") == "webmail"  # built in: no query
    assert c.queries == 0
    assert c.classify("hollybank.me.uk") == "webmail"
    assert c.classify("Brennan-Home.co.uk.") == "webmail"
    assert c.classify("okafor.net") == "webmail"
    assert c.classify("leeds.gov.uk") == "organisation"  # Microsoft 365 is not consumer mail
    assert c.classify("dalesoutdoorcentre.co.uk") == "organisation"  # nor is Google Workspace
    assert c.classify("no-such-domain.example") == "unknown"
    sent = c.queries
    assert c.classify("hollybank.me.uk") == "webmail" and c.classify("no-such-domain.example") == "unknown"
    assert c.queries == sent  # answered from the cache


def test_classifier_safe_default_when_dns_does_not_answer() -> None:
    silent = LoopbackDNS({}, silent=True)
    try:
        c = webmail.MXClassifier([silent.address], timeout=0.2, retry_after=60)
        assert c.classify("hollybank.me.uk") == "unknown"
        assert c.classify("okafor.net") == "unknown"
        assert c.classify("hotmail.com") == "webmail"  # the built-in list still answers
        assert c.queries == 1  # after one timeout it stops asking for `retry_after` seconds
    finally:
        silent.close()


def test_dns_down_means_only_builtin_webmail_counts(school: School) -> None:
    silent = LoopbackDNS({}, silent=True)
    try:
        settings = pa.Settings.model_validate({"dns": {"nameservers": [silent.address], "timeout": 0.2}})
        body = "Replies go to tom@hollybank.me.uk or tom.smith1984@gmail.com.\n"
        msg = parse(eml(body), Envelope(TEACHER, (Recipient(PARENT, frozenset({"parent"})),)), school)
        found = [e.match for f in pa.check(msg, settings) for e in f.evidence]
        assert found == ["tom.smith1984@gmail.com"]
    finally:
        silent.close()


def test_dns_settings(school: School) -> None:
    off = pa.Settings.model_validate({"dns": "off"})
    assert off.dns is None and not off.classifier.enabled
    assert pa.Settings.model_validate({"dns": False}).dns is None
    on = pa.Settings.model_validate({"dns": {"nameservers": ["127.0.0.1:5353", "[::1]:53", "10.0.0.1"]}})
    assert on.classifier.nameservers == (("127.0.0.1", 5353), ("::1", 53), ("10.0.0.1", 53))
    for bad in ({"dns": {"nameservers": ["127.0.0.1:99999"]}}, {"dns": {"timeout": 0}},
                {"look_for": ["phones"]}, {"allowed_phone_numbers": ["call me"]}, {"colour": "red"}):
        with pytest.raises(ValidationError):
            pa.Settings.model_validate(bad)
    msg = parse(eml("Write to tom@hollybank.me.uk.\n"), Envelope(TEACHER, ()), school)
    assert pa.check(msg, off) == []  # no DNS: an unknown domain is not personal...
    msg = parse(eml("Write to me at tom@hollybank.me.uk.\n"), Envelope(TEACHER, ()), school)
    assert len(pa.check(msg, off)) == 1  # ...unless the sender says it is their own


def test_mistakes_in_the_rule_file_point_at_the_line(tmp_path: Path) -> None:
    text = (ROOT / "rules" / "personal-address-to-parent.yaml").read_text()
    broken = text.replace("look_for: [phone, email, postal-address, private-channel]", "look_for: [phones]")
    broken = broken.replace("    timeout: 1.0", "    timeout: 1.0\n    nameserver: [127.0.0.1]")
    (tmp_path / "personal-address-to-parent.yaml").write_text(broken)
    with pytest.raises(yamlfile.SourceErrors) as err:
        ruleset.load(tmp_path)
    message = str(err.value)
    lines = broken.splitlines()
    look_for_line = next(i for i, line in enumerate(lines, 1) if "look_for: [phones]" in line)
    assert f"personal-address-to-parent.yaml:{look_for_line}:" in message and "phones" in message
    assert "nameserver" in message


def test_settings_survive_the_trip_to_a_worker_process(rules: ruleset.RuleSet) -> None:
    rule = next(r for r in rules.rules if r.module == MODULE)
    copy = pickle.loads(pickle.dumps(rule.settings))
    assert copy.classifier.nameservers == rule.settings.classifier.nameservers


def test_allow_lists(school: School) -> None:
    settings = pa.Settings.model_validate({
        "dns": "off", "allowed_phone_numbers": ["07700 900999"], "allowed_addresses": ["examplepta@gmail.com"],
        "allowed_handles": ["@ExampleSchoolPTA"],
    })
    body = ("Trip mobile: 07700 900999. PTA: examplepta@gmail.com. "
            "Follow me on Instagram, my instagram is @exampleschoolpta\n")
    msg: ParsedMessage = parse(eml(body), Envelope(TEACHER, ()), school)
    found = [e.match for f in pa.check(msg, settings) for e in f.evidence]
    assert found == ["Follow me on Instagram"]


# ---------------------------------------------------------------------------------------------
# The labelled corpus


def test_corpus_meets_the_targets(rules: ruleset.RuleSet, school: School, directory: Directory) -> None:
    with (CORPUS / "labels.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {p.name for p in CORPUS.glob("*.eml")} == {r["file"] for r in rows}
    assert len(rows) >= 60
    positives = [r for r in rows if r["expected"] == "flag"]
    negatives = [r for r in rows if r["expected"] == "clean"]
    assert len(positives) >= 35 and len(negatives) >= 30
    missed: list[str] = []
    false_alarms: list[tuple[str, list[str]]] = []
    for row in rows:
        raw = (CORPUS / row["file"]).read_bytes()
        hits, _ = judge_full(rules, school, directory, raw, row["recipients"].split(), row["sender"])
        if row["expected"] == "flag" and not hits:
            missed.append(row["file"])
        if row["expected"] == "clean" and hits:
            false_alarms.append((row["file"], matches(hits)))
    recall = 1 - len(missed) / len(positives)
    fp_rate = len(false_alarms) / len(negatives)
    print(f"recall {recall:.3f} ({len(positives)} positives), false positives {fp_rate:.3f} ({len(negatives)} clean)")
    assert recall >= 0.95, missed
    assert fp_rate <= 0.02, false_alarms


def test_a_parents_own_number_from_the_mis_export_is_not_the_senders(tmp_path: Path) -> None:
    """Repeating a carer's own number back to them ("I'll ring you on …") is not giving out one's own."""
    from mailguard import config as config_mod
    from mailguard import pipeline

    (tmp_path / "parents.csv").write_text("Email,Mobile Phone\nsam.carer@outlook.com,07700 900456\n")
    (tmp_path / "config.yaml").write_text(
        f"school: {{domains: [example-school.org.uk], pupil_domains: [pupils.example-school.org.uk], "
        f"parents_file: parents.csv, phone_numbers: ['01632 960000'], postcodes: ['LS1 4AP']}}\n"
        f"rules_dir: {Path('rules').resolve()}\n")
    engine = pipeline.build(config_mod.load(tmp_path / "config.yaml"))
    assert engine.directory.phones("Sam.Carer@outlook.com") == ("07700 900456",)

    def held(number: str) -> bool:
        raw = (f"From: t.smith@example-school.org.uk\r\nTo: sam.carer@outlook.com\r\nSubject: Call\r\n\r\n"
               f"Hi Sam, I'll ring you this afternoon on {number} as agreed.\r\n").encode()
        decision = engine.judge(raw, "t.smith@example-school.org.uk", ["sam.carer@outlook.com"])
        return any(h.module == "personal-address-to-parent" for h in decision.hits)

    assert not held("07700 900456")
    assert not held("07700900456")
    assert held("07700 900789")  # any other mobile in the sender's own words is still held


# ---------------------------------------------------------------------------------------------
# The sender's explicit claim beats third-party wording in the same sentence


OWN_CLAIM_BEATS_PRONOUNS = [
    ("Please ask Ella to send her draft to my personal email instead: tomsmith77@hotmail.co.uk", "email"),
    ("Could you ask Sam to text his answers to my mobile instead, 07700 900345.", "phone"),
    ("Tell her to message my own number, 07700 900456, if the bus is late.", "phone"),
    ("Her dad can email me at t.smith.home@outlook.com about it.", "email"),
    ("I'm on 07700 900567 if their coach is late.", "phone"),
]


@pytest.mark.parametrize(("text", "kind"), OWN_CLAIM_BEATS_PRONOUNS)
def test_an_explicit_own_claim_beats_third_party_pronouns(judge: Judge, text: str, kind: str) -> None:
    assert kind in kinds(judge(eml(f"Hi Jane,\n\n{text}\n\nTom\n"))), text


@pytest.mark.parametrize("text", [
    "Please ask Ella to send her draft to her own email, ella.p2011@hotmail.co.uk, so she keeps a copy.",
    "My colleague said her mobile is 07700 900678 if you need the coach driver.",
    "I have passed your number to Mrs Lee; her mobile is 07700 900789.",
    "You could send it to my colleague at her address, s.lee1990@gmail.com.",
])
def test_someone_elses_detail_near_a_first_person_word(judge: Judge, text: str) -> None:
    assert judge(eml(f"Hi Jane,\n\n{text}\n\nTom\n")) == [], text


# ---------------------------------------------------------------------------------------------
# Organisations named only by their proper name (no "Ltd", "Vets", ...)


ORG_BLOCKS = [
    "Leeds North Food Bank\n12 Chapel Street, Leeds LS7 3AB\nTel 0113 496 0777\nwww.example.org/foodbank",
    "Contact Hilltop Community Trust on 07700 900123 for help with uniform.",
    "Chapeltown Family Hub\n7 Mill Road, Leeds LS7 2QQ\n07700 900222",
    "The Harehills Pantry, 22 Roundhay Road, Leeds LS8 5AN, is open on Tuesdays; ring 07700 900333.",
    "You might try Leeds Young Carers Network on 07700 900444 or at 3 Park Square, Leeds LS1 2NE.",
    "Meanwood Valley Partnership\n15 Green Road\nLeeds LS6 4JP\nPhone: 0113 496 0555",
    "Otley Town FC\n4 Bridge Road, Otley LS21 1HE\nMobile: 07700 900235",
]


@pytest.mark.parametrize("text", ORG_BLOCKS)
def test_an_organisation_named_by_its_proper_name_is_a_third_party(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Jane,\n\nThese may help:\n\n{text}\n\nKind regards,\nTom Smith\n")) == [], text


@pytest.mark.parametrize(("text", "kind"), [
    ("Leeds North Food Bank can help. You can also text me on 07700 900765.", "phone"),
    ("Hilltop Community Trust may help. Or ring me at home on 0113 496 0999.", "phone"),
    ("Chapeltown Family Hub can help.\n\nIf you want to drop the forms off, my address is 12 Acacia Avenue, "
     "Leeds LS6 2AB.", "postal-address"),
    ("Chapeltown Family Hub can help.\n\nTom Smith\n14 Acacia Avenue\nLeeds LS6 2AB", "postal-address"),
])
def test_own_details_next_to_an_organisation_still_count(judge: Judge, text: str, kind: str) -> None:
    assert kind in kinds(judge(eml(f"Dear Jane,\n\n{text}\n"))), text


# ---------------------------------------------------------------------------------------------
# Whose landline is it? Only the sender's own claim makes a landline personal


@pytest.mark.parametrize("text", [
    "The box office still had seats when I rang this morning: 0113 496 0112, or boxoffice@playhouse.example.org.",
    "Meanwood Group Practice (0113 496 0299) told me last week they print appointment letters for free.",
    "If you need to rearrange, contact Mrs Feltham directly on 0113 496 0962, and let me know too.",
    "If you're held up, St Aidan's reception is 01632 960518 and they can get a message to me at the pitch.",
    "Overnight: Dalesbridge Outdoors, Austwick, LA2 8AZ (tel 01632 960777 for the campsite office, only if "
    "I'm unavailable).",
])
def test_a_landline_near_the_word_i_is_not_the_senders(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n")) == [], text


@pytest.mark.parametrize("text", [
    "If you have any worries my home number is 020 7946 0381.",
    "Easiest way to get me is at home: (0161) 496 0729.",
    "Call me on 0113-496-0842 (home) to arrange.",
    "0113 496 0288 - that's me at home, evenings are best.",
    "I'm on 0113 496 0555 most evenings.",
])
def test_a_landline_the_sender_calls_their_own_counts(judge: Judge, text: str) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))) == {"phone"}, text


def test_the_school_office_as_sender_names_nobody(judge: Judge) -> None:
    """"Example School Office" is not a person called Example: the supplier's address on
    schoolwear.example.com does not make their number the sender's."""
    text = ("Blazers are only sold by our uniform supplier:\n\nSchoolwear Centre\n41 Kirkgate, Leeds LS2 7DJ\n"
            "0113 496 0377 / orders@schoolwear-centre.example.com\nMon-Sat 9.30-5\n\nSchool Office\n")
    raw = eml(text, sender="Example School Office <office@example-school.org.uk>")
    assert judge(raw, sender="office@example-school.org.uk") == []


# ---------------------------------------------------------------------------------------------
# Addresses: the street is the one before the postcode; an organisation's contact block


def test_the_street_is_found_after_a_time_of_day(judge: Judge) -> None:
    text = ("Please collect your group's kit on Saturday between 10 and 12 from my house: "
            "7 Mill Lane, Horsforth, Leeds LS18 5JD.")
    hits = judge(eml(f"Hi all,\n\n{text}\n\nMr MacLeod\n"), [PUPIL])
    assert kinds(hits) == {"postal-address"}
    assert matches(hits) == ["7 Mill Lane, Horsforth, Leeds LS18 5JD"]


@pytest.mark.parametrize("text", [
    "This is the service I mentioned:\n\nNorthside Young People's Counselling\nhello@northside.example.org\n"
    "Free helpline: 0161 496 0321\nDrop-in: 40 Market Street, Manchester M1 1PT",
    "This year we support Leeds North Food Bank, 12 Mill Street, Leeds LS9 8AB (0113 496 0900, "
    "www.foodbank.example.org). Donations to reception please.",
    "Kit can be bought from 3 Station Road, Otley LS21 3HX (www.kitroom.example.com, open Mon-Sat).",
])
def test_an_address_in_an_organisations_contact_block_is_theirs(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Jane,\n\n{text}\n\nMs Price\n")) == [], text


def test_own_address_with_a_website_nearby_still_counts(judge: Judge) -> None:
    text = "Drop it round to mine: 14 Acacia Avenue, Leeds LS6 2AB. The form is on www.example.org/forms."
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom\n"))) == {"postal-address"}


# ---------------------------------------------------------------------------------------------
# A pupil's own personal address, written back to them


def test_a_pupils_own_webmail_written_back_to_them(judge: Judge) -> None:
    text = ("UCAS will send everything to m.farooq2008@gmail.com, the personal address you registered "
            "with, so keep an eye on that inbox.")
    raw = eml(f"Hi Maryam,\n\n{text}\n\nMs Rahman\n", to=f"Maryam Farooq <{PUPIL}>",
              sender=f"Nadia Rahman <{TEACHER}>")
    assert judge(raw, [PUPIL]) == []


# ---------------------------------------------------------------------------------------------
# "Text me, you've got my number": the personal phone asked for without the number written


@pytest.mark.parametrize("text", [
    "Just text me tonight if you're struggling with the revision, you've got my number from the trip.",
    "You've still got my number from the residential - just text me on Saturday when you're leaving.",
    "Give me a ring on my personal mobile if anything changes.",
])
def test_text_me_on_the_number_you_already_have(judge: Judge, text: str) -> None:
    hits = judge(eml(f"Hi,\n\n{text}\n\nMr Clarke\n"), [PUPIL])
    assert kinds(hits) == {"private-channel"}, text


@pytest.mark.parametrize("text", [
    "Message me on Teams if you're stuck with the revision.",
    "Please don't text my mobile, use the school office: 01632 960000.",
    "Ring me on my work mobile via the school switchboard.",
    "Text me through the school app if you are running late.",
])
def test_official_ways_to_reach_the_sender_are_not_private(judge: Judge, text: str) -> None:
    assert judge(eml(f"Hi,\n\n{text}\n\nMr Clarke\n"), [PUPIL]) == [], text


# ---------------------------------------------------------------------------------------------
# A school phone in the sender's hands; details read back; a number written in words


@pytest.mark.parametrize("text", [
    "On the day, the school trip phone will be with me: 07700 900500. Please only use it for urgent messages.",
    "I'll have the trip mobile with me (07700 900501) from 7am.",
    "Call me on my work mobile, 07700 900502, while we are away.",
    "You can reach me on 07700 900503. This is a school mobile and it is switched off after 6pm.",
])
def test_a_school_phone_the_sender_carries_is_not_personal(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Parents,\n\n{text}\n\nMrs Sowerby\n")) == [], text


def test_the_senders_own_mobile_next_to_the_trip_phone_counts(judge: Judge) -> None:
    text = "The trip phone is 07700 900500, but if that fails my own mobile is 07700 900504."
    assert matches(judge(eml(f"Dear Parents,\n\n{text}\n\nMrs Sowerby\n"))) == ["07700 900504"]


@pytest.mark.parametrize("text", [
    "Before I finalise your enrolment, please check the details we hold for you:\n\n"
    "Address: 48 Fernbank Avenue, Leeds LS13 1DQ\nYour mobile: 07700 900246\n"
    "Emergency contact: Mrs R Begum (mother), 07700 900247\n",
    "Thank you for letting us know. We have updated our records as follows:\n\n"
    "Address: 16 Rowanberry Close, Leeds LS4 2HJ\nMobile: 07700 900111 (priority 1 contact)\n",
])
def test_details_read_back_to_their_owner_are_theirs(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Jane,\n\n{text}\nMrs Barraclough\n")) == [], text


@pytest.mark.parametrize(("text", "masked"), [
    ("if you need me my own mobile is oh seven seven double oh, nine double oh, six two one.", "07*** ***621"),
    ("Text me on oh seven seven oh oh nine oh oh two three four.", "07*** ***234"),
])
def test_a_mobile_written_in_words(judge: Judge, text: str, masked: str) -> None:
    hits = judge(eml(f"Dear Jane,\n\n{text}\n\nBernadette\n"))
    assert [e.masked for h in hits for e in h.evidence] == [masked], text


def test_counting_in_words_is_not_a_phone_number(judge: Judge) -> None:
    text = "Year 1 counted one two three four five six seven eight nine ten in French today."
    assert judge(eml(f"Dear Jane,\n\n{text}\n")) == []


# ---------------------------------------------------------------------------------------------
# Round 6 classes: a long sentence mentioning school, handles named after the platform, the
# sender's number in their own earlier message, example numbers, records read back


def test_a_home_address_in_a_sentence_that_mentions_school(judge: Judge) -> None:
    text = ("If it's easier than coming into school you can drop it through my letterbox, I'm only round the "
            "corner at 23 Thornbury Rise, Horsforth LS18 9ZX (blue door).")
    assert kinds(judge(eml(f"Hi Sam,\n\n{text}\n\nGemma\n"))) == {"postal-address"}


def test_an_address_after_school_words_without_my_still_counts(judge: Judge) -> None:
    text = "After school on Friday you can drop the forms at 14 Acacia Avenue, Leeds LS6 2AB, I'll be in."
    assert kinds(judge(eml(f"Hi Sam,\n\n{text}\n\nGemma\n"))) == {"postal-address"}


@pytest.mark.parametrize("text", [
    "For the parents in my group I send a quick note each day on Telegram. If you're happy with that, "
    "search for me on there: @aaron_w_teach.",
    "I've set up a Discord server for us over the summer. Add me as a friend (I'm bsutty_dev) and I'll send "
    "you the invite link.",
])
def test_a_private_channel_named_earlier_in_the_paragraph(judge: Judge, text: str) -> None:
    assert kinds(judge(eml(f"Hi all,\n\n{text}\n\nMr Sutcliffe\n"), [PUPIL])) == {"private-channel"}, text


@pytest.mark.parametrize("text", [
    "Our school Instagram is a great way to see what's happening. Follow us and add the hashtag #ExampleSchool.",
    "Please don't add me on Snapchat or any other app: use your school email.",
    "Some pupils have been adding strangers on Snapchat. Please talk to your child about it.",
])
def test_talking_about_platforms_is_not_an_invitation(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear parents,\n\n{text}\n\nMr Sutcliffe\n")) == [], text


def test_ring_me_on_the_number_below_in_my_quoted_message(judge: Judge) -> None:
    body = ("Hi Jane, yes fine to send the ear defenders. Ring me on the number below any time after 4.\n\n"
            "Rachel\n\nOn 13 May 2025, at 18:22, Jane Parent <jane.parent@gmail.com> wrote:\n\n"
            "> Thanks Rachel, would it be OK to send her ear defenders too?\n>\n"
            ">> On 12 May 2025, at 16:05, Rachel Burrows <r.burrows@example-school.org.uk> wrote:\n>>\n"
            ">> If you need me about the journey you can ring my mobile on 07700 900570 after 4pm.\n")
    raw = eml(body, sender="Rachel Burrows <r.burrows@example-school.org.uk>")
    hits = judge(raw, sender="r.burrows@example-school.org.uk")
    assert matches(hits) == ["07700 900570"]
    # the same reply without the pointer to the number: the quoted message is not the sender's new text
    raw = eml(body.replace("Ring me on the number below any time after 4.", "Thanks."),
              sender="Rachel Burrows <r.burrows@example-school.org.uk>")
    assert judge(raw, sender="r.burrows@example-school.org.uk") == []


def test_example_numbers_in_a_programming_exercise(judge: Judge) -> None:
    text = ("Write valid_uk_mobile(number). It should accept all of these:\n\n    07700 900000\n    07700900000\n"
            "    +44 7700 900000\n\nOnly use the test numbers above; they don't belong to anyone.")
    assert judge(eml(f"Hi both,\n\n{text}\n\nMr Haigh\n"), [PUPIL]) == []


@pytest.mark.parametrize("intro", [
    "This is what you gave me on the form:",
    "Can you check the personal details section is right?",
    "We have updated Example Pupil Three's record as follows:",
])
def test_more_ways_of_reading_details_back(judge: Judge, intro: str) -> None:
    text = f"{intro}\n\nHome address: 27 Kirkstall View, Leeds LS5 3ZD\nMobile: 07700 900334\n"
    assert judge(eml(f"Hi Lola,\n\n{text}\nMr Ashdown\n"), [PUPIL]) == [], intro


# ---------------------------------------------------------------------------------------------
# Round 7 classes: a role mailbox is nobody's name; a contact block in an HTML letter


def test_a_newsletter_mailbox_is_not_a_person(judge: Judge) -> None:
    html = ("<h1>Example School Newsletter</h1><h2>Sports Day</h2><p>At Middleton Grange Stadium, Stadium Way, "
            "Leeds LS11 5DJ. Coaches leave school at 8.45am.</p><h2>Year 11 Prom</h2><p>Prom is on Friday 27 June "
            "at The Grange Hotel, Otley Old Road, Leeds LS16 6PS, 7pm-11pm.</p>")
    raw = eml(f"<html><body>{html}</body></html>", subtype="html",
              sender="Example School <newsletter@example-school.org.uk>")
    assert judge(raw, sender="newsletter@example-school.org.uk") == []


def test_a_contact_block_spread_over_html_paragraphs(judge: Judge) -> None:
    html = ("<p>If you would like to hire something, this shop has offered a discount:</p>"
            "<p>Curtain Call</p><p>22 Threadneedle Walk, Leeds LS2 7DJ</p>"
            "<p>0113 496 0188 / hire@curtaincall.example.com</p><p>Many thanks,<br>Ms O'Connell</p>")
    raw = eml(f"<html><body>{html}</body></html>", subtype="html",
              sender=f"Maeve O'Connell <{TEACHER}>")
    assert judge(raw) == []


# ---------------------------------------------------------------------------------------------
# Round 8 classes: a home without a postcode, Messenger by name, contact blocks introduced as
# someone else's, details confirmed back


@pytest.mark.parametrize("text", [
    "If it's easier just pop the signed slip through my letterbox at 6 Mill Garth, Thornby, on Sunday.",
    "She'll need the key from me first. I'm at Keeper's Cottage, at the top of the estate drive.",
    "I live at 14 Acacia Avenue if you want to drop it round.",
])
def test_a_home_address_without_a_postcode(judge: Judge, text: str) -> None:
    assert kinds(judge(eml(f"Hi Sam,\n\n{text}\n\nTom\n"))) == {"postal-address"}, text


@pytest.mark.parametrize("text", [
    "I'm at the farm until four if you need me.",
    "We are at 3 Station Road for the museum trip: the coach drops us there.",
    "I am at 3 Station Road with the museum group until two.",
    "Please don't come to my house at 6 Mill Garth; use the school office.",
])
def test_places_that_are_not_the_senders_home(judge: Judge, text: str) -> None:
    assert "postal-address" not in kinds(judge(eml(f"Hi Sam,\n\n{text}\n\nTom\n"))), text


def test_messenger_by_the_senders_name(judge: Judge) -> None:
    text = ("The easiest way to get hold of me over the camp is Facebook Messenger - search for Tom Smith "
            "Ripon, the profile picture is me with a dog.")
    assert kinds(judge(eml(f"Mr Guardian,\n\n{text}\n\nTom Smith\n"))) == {"private-channel"}


@pytest.mark.parametrize("text", [
    "Arrangements for half term: your guardian Mrs Linda Tan will collect you.\n\nIn case you need her:\n"
    "  Mobile: 07700 900318\n  Email: lindatan.guardian@hotmail.co.uk\n",
    "You'll be staying with one of our approved host families, Mr and Mrs Ellison:\n\n"
    "  4 Grange Crescent, Otley LS21 3PB\n  Home: 0113 496 0619\n  Email: ellisonhomestay@aol.com\n",
    "Thank you - all updated. We now have:\n\n  12 Cedar Court, Wetherby LS22 6RT\n  Home: 0113 496 0234\n",
])
def test_contact_blocks_that_are_someone_elses(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Ming,\n\n{text}\nMr Sandys\n"), [PUPIL]) == [], text


def test_my_own_block_after_a_colon_still_counts(judge: Judge) -> None:
    text = "If you need me over half term:\n\n  Mobile: 07700 900318\n  Email: tom.smith84@hotmail.co.uk\n"
    assert kinds(judge(eml(f"Dear Ming,\n\n{text}\nTom Smith\n"), [PUPIL])) == {"phone", "email"}


# ---------------------------------------------------------------------------------------------
# Round 9 classes: Welsh street names, "the number I sent before", resending my own message


@pytest.mark.parametrize("text", [
    "The kit is in my garage at home, so pop round on Saturday: 7 Stryd y Castell, Caerffili CF83 1JY.",
    "He can pick the ingredients up from mine on Wednesday, I'm at number 22 Ffordd Las.",
])
def test_welsh_street_names(judge: Judge, text: str) -> None:
    assert kinds(judge(eml(f"Hi Sam,\n\n{text}\n\nAled\n"))) == {"postal-address"}, text


def test_the_number_i_sent_before_in_my_quoted_message(judge: Judge) -> None:
    body = ("Hi Jane,\n\nJust text me when she's uploaded it, on the number I sent before.\n\nHannah\n\n"
            "On Mon, 3 Mar 2025 at 16:05, Hannah Clarke <h.clarke@example-school.org.uk> wrote:\n"
            "> If there are any problems, text me on 07700 900649.\n")
    raw = eml(body, sender="Hannah Clarke <h.clarke@example-school.org.uk>")
    assert matches(judge(raw, sender="h.clarke@example-school.org.uk")) == ["07700 900649"]


def test_resending_my_own_message_gives_the_details_again(judge: Judge) -> None:
    body = ("Sam - resending this as you said it didn't come through. Same details apply.\n\nPaul\n\n"
            "-----Original Message-----\nFrom: Paul Kendrick <p.kendrick@example-school.org.uk>\n"
            "Sent: 10 March 2025 16:47\nTo: Sam Carer <sam.carer@outlook.com>\nSubject: Battlefields trip\n\n"
            "While we're in Belgium, the quickest way to reach me is my own mobile, 07700 900 863.\n")
    raw = eml(body, sender="Paul Kendrick <p.kendrick@example-school.org.uk>")
    assert kinds(judge(raw, sender="p.kendrick@example-school.org.uk")) == {"phone"}


def test_a_parents_quoted_message_is_still_theirs(judge: Judge) -> None:
    body = ("Thanks, noted.\n\nPaul\n\n-----Original Message-----\nFrom: Ali Guardian <ali.guardian@btinternet.com>\n"
            "Sent: 10 March 2025 16:47\nTo: Paul Kendrick <p.kendrick@example-school.org.uk>\nSubject: Trip\n\n"
            "My new mobile is 07700 900 999 and we live at 3 Mill Lane, Leeds LS6 2AB.\n")
    raw = eml(body, sender="Paul Kendrick <p.kendrick@example-school.org.uk>")
    assert judge(raw, sender="p.kendrick@example-school.org.uk") == []


def test_a_placement_block_with_the_owners_webmail(judge: Judge) -> None:
    text = ("I've arranged his plumbing taster placement with a local sole trader we've used for years:\n\n"
            "D. Rowlands Plumbing & Heating\n\nYard: 2 Heol y Dderwen, Tonypandy CF40 1QE\n\nOwner: Dai Rowlands\n\n"
            "Mobile: 07700 900486\n\nEmail: dairowlandsplumbing@gmail.com\n")
    assert judge(eml(f"Dear Mr Guardian,\n\n{text}\nMrs Parry\n")) == []


# ---------------------------------------------------------------------------------------------
# Round 10 classes: sentences wrapped by the mail client, friend requests, venues by name, the
# recipient's address on record, a number talked about, a direct line


@pytest.mark.parametrize(("text", "expected"), [
    ("Forwarding this in case it didn't reach you. Any problems on the morning, call my own\n"
     "phone on 07700 900908 rather than reception, they don't open till 8.", {"phone"}),
    ("While we are away, the school's trip mobile (a school-owned phone, not a member of\n"
     "staff's) will be on 07700 900250. Outside 8am-6pm use it only in an emergency.", set()),
    ("If you're ringing from a UK phone my mobile works as normal, but if you're calling from your work\n"
     "phone in Spain next week you'll need the full international format: 0044 7700 900905.", {"phone"}),
    ("If you need to rearrange, my direct\nline in the careers office is 01632 960214.", set()),
    ("If you're on Facebook, do send me a friend request (Tom Smith, the one with the spaniel).",
     {"private-channel"}),
    ("The French film screening is at the Hyde Park Picture House, 73 Brudenell Road,\nLeeds LS6 1JD.", set()),
    ("Our technician will drop the loan laptop at 11 Birch Avenue, Leeds LS7 3PE (the address on his "
     "record) on Thursday.", set()),
    ("The number 07700 900999 that messaged Ellie is not a member of our staff.", set()),
])
def test_round_ten_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))) == expected, text


def test_a_form_asking_for_a_valid_number_does_not_hide_the_senders_mobile(judge: Judge) -> None:
    text = "Please give a valid phone number on the form.\n\nTom Smith\nMob: 07700 900661"
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n"))) == {"phone"}


# ---------------------------------------------------------------------------------------------
# Round 11 classes: curly apostrophes, the school's number set aside for the sender's own, the
# sender sending a friend request, a home the sentence already calls theirs, an address read back


@pytest.mark.parametrize(("text", "expected"), [
    # phones and Outlook type "I’m" with a curly apostrophe: it is the same word as "I'm"
    ("If it’s easier, I’m at 14 Larch Grove in Roundhay, the one with the red gate.", {"postal-address"}),
    ("Pop the form through my letterbox this weekend – I’m at 9 Otter Close, near the church hall.",
     {"postal-address"}),
    ("Pop the form through my letterbox this weekend - I'm at 9 Otter Close, near the church hall.",
     {"postal-address"}),
    ("Our stall is at 3 Station Road with the museum group - I’m at the front desk all morning.", set()),
    ("Reception is busy at lunch so the school line rings out, but just text me on 07700\n900412 and I'll "
     "call back.", {"phone"}),
    ("The school trip phone will be with me: 07700 900250.", set()),
    ("The school trip phone is the one to use, though Mrs Hall's is 07700 900251 if it's flat.", set()),
    ("I’ve sent you a friend request on Facebook, just message me on there about the rota.",
     {"private-channel"}),
    ("I'll add you on Instagram so you can see the photos.", {"private-channel"}),
    ("Could you accept my friend request on Facebook? Then message me on there.", {"private-channel"}),
    ("If someone you don't know sends you a friend request on Facebook, please ignore it.", set()),
    ("I won't add you on Facebook, I'm afraid: staff can't be friends with parents.", set()),
    ("Before we post the certificate, could you confirm that the address we have is still correct?\n\n"
     "12 Fern Avenue\nLeeds\nLS6 4DX", set()),
    ("The number we hold for you is 07700 900314; is it still right?", set()),
    ("The address we have moved to is 14 Acacia Avenue, Leeds LS6 3XY.", {"postal-address"}),
])
def test_round_eleven_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))) == expected, text


def test_a_landline_that_is_its_own_is_the_organisations(judge: Judge) -> None:
    text = ("Beech House is a short walk from main school.\n\nThe house has its own landline, 0113 496 0077. "
            "It's staffed 24 hours when children are staying.")
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))) == set()
    own = "Ring me at my house on 0113 496 0078 in the evening."
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\n{own}\n\nTom Smith\n"))) == {"phone"}


@pytest.mark.parametrize(("text", "expected"), [
    ("We will have two school mobiles with us: 07700 900011 (Miss Okafor) and 07700 900012 (Mr Price). "
     "These are school phones, not our own.", set()),
    ("The trip phones are 07700 900011 and 07700 900012. They are both school phones.", set()),
    ("Call the school trip phone on 07700 900011, or text me on 07700 900012 if it's urgent.", {"phone"}),
    ("The trip mobile is 07700 900011 and my own is 07700 900012.", {"phone"}),
])
def test_a_list_of_school_phones(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nGrace Okafor\n"))) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Text me any time, its a new number 07700 900123.", {"phone"}),
    ("My mobile is 07700 900123. It's school holidays next week so I'll be around.", {"phone"}),
    ("Text me on 07700 900123. They're school rules, I know.", {"phone"}),
    ("School trip phone: 07700 900011 (Miss Okafor), 07700 900123 (me, if no answer).", {"phone"}),
])
def test_review_of_round_thirteen_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))) == expected, text


def test_a_long_gap_between_two_numbers_is_quick(judge: Judge) -> None:
    text = "07700 900011" + " " * 20000 + ". 07700 900123 is my mobile."
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))) == {"phone"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Good question! 07700 900065 is the music department's mobile – it's a school phone which lives in "
     "the music office, and we use it to text families about rehearsal changes. It isn't anybody's personal "
     "number.", set()),
    ("Text 07700 900066 - it's the school's trip phone.", set()),
    ("Text me on 07700 900123 - it's a school night so not after 9.", {"phone"}),
    ("My mobile is 07700 900124. It's a school trip, so expect texts.", {"phone"}),
])
def test_a_school_phone_said_so_after_the_number(judge: Judge, text: str, expected: set[str]) -> None:
    office = "Debra Collinge <music@example-school.org.uk>"
    assert kinds(judge(eml(f"Dear Mr Guardian,\n\n{text}\n\nDebra Collinge\nMusic Administrator\n",
                           sender=office))) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    ("The best number in the evenings is the Beech House phone, 01632 960214 - the girls may take calls "
     "before prep.", set()),
    ("In the evenings ring me at home, 0113 496 0214.", {"phone"}),
    ("The best number in the evenings is my own phone, 07700 900214.", {"phone"}),
])
def test_a_phone_named_after_a_house_or_an_office(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))) == expected, text


# ---------------------------------------------------------------------------------------------
# Round 17 class: the home claim and the address a clause apart, joined by a colon


@pytest.mark.parametrize("text", [
    "It would be easiest if you dropped them round to mine over the weekend instead of the school office: "
    "27 Larchfield Terrace, Chapel Allerton. Just leave them in the porch if I'm out.",
    "The spare kit is at my house until Monday, so collect it whenever suits: 4 Hollin Garth, Thornby.",
])
def test_a_home_claim_then_the_address_after_a_colon(judge: Judge, text: str) -> None:
    hits = judge(eml(f"Hi Jane,\n\n{text}\n\nElena\n"))
    assert kinds(hits) == {"postal-address"}, text


@pytest.mark.parametrize("text", [
    "Bring them round to mine or to the Scout hut on Saturday: 12 Mill Lane, opposite the church.",
    "I live too far out to collect, so please use the venue for the swap: 3 Station Road, Thornby.",
    "Please don't bring them to my house this week, use the school office: 14 Park Row.",
    "Congratulations to my house for winning the quiz, so the prize meal is at Nando's: 14 High Street, Leeds.",
    "After earning my house 50 points, we are celebrating with a bowling trip at Hollywood Bowl: 14 High Street.",
    "Instead of bringing the costumes round to mine, please drop the bags at the PTA shed: 12 Mill Lane.",
])
def test_an_address_after_a_colon_that_is_another_place(judge: Judge, text: str) -> None:
    assert "postal-address" not in kinds(judge(eml(f"Hi Jane,\n\n{text}\n\nElena\n"))), text


# ---------------------------------------------------------------------------------------------
# Round 18 class: calendar invitations and contact cards sent as application/*, folded lines


def _with_card(ctype: str, name: str, card: str) -> bytes:
    head = eml("Hi Jane,\n\nThe details are attached.\n\nTom\n").split(b"\nContent-Type:", 1)[0]
    body = (f"\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Hi Jane,\n\nThe details are attached.\n\nTom\n--b\nContent-Type: {ctype}; name=\"{name}\"\n"
            f"Content-Disposition: attachment; filename=\"{name}\"\nContent-Transfer-Encoding: base64\n\n")
    return head + body.encode() + base64.encodebytes(card.encode()) + b"--b--\n"


@pytest.mark.parametrize(("ctype", "name", "card"), [
    ("application/ics", "invite.ics",
     "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Leavers' barbecue\r\nDESCRIPTION:Park in the yard. If you get "
     "lost ring the house on 0113 496 08\r\n 81.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    ("application/octet-stream", "Tom Smith.vcf",
     "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Smith\r\nTEL;TYPE=CELL:07700 9\r\n 00318\r\nEND:VCARD\r\n"),
])
def test_a_card_whatever_its_declared_type(judge: Judge, ctype: str, name: str, card: str) -> None:
    hits = judge(_with_card(ctype, name, card))
    assert {(h.kind, e.where) for h in hits for e in h.evidence} == {("phone", f"attachment:{name}")}


# ---------------------------------------------------------------------------------------------
# Round 19 class: a family's own domain, named after the sender


@pytest.mark.parametrize(("sender", "text"), [
    ("Eleanor Pryce <e.pryce@example-school.org.uk>",
     "Eleanor Pryce\nHead of Geography\nExample School, Park Row, Leeds LS1 4AP | 01632 960000\n"
     "Out of school: eleanor@prycefamily.example.net\n"),
    ("Tom Smith <t.smith@example-school.org.uk>", "Any problems over the holiday, tom@smith.example.net finds me.\n"),
    ("Tom Smith <t.smith@example-school.org.uk>", "Write to us at home@thesmiths.example.net if easier.\n"),
])
def test_a_family_domain_named_after_the_sender(judge: Judge, sender: str, text: str) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\nThanks for the forms.\n\n{text}", sender=sender))) == {"email"}, text


@pytest.mark.parametrize(("sender", "text"), [
    ("Anne Church <a.church@example-school.org.uk>",
     "The vicar's office is on office@church.example.org for the carol service tickets.\n"),
    ("Tom Smith <t.smith@example-school.org.uk>", "The forge is booked: bookings@goldsmith.example.net.\n"),
    ("Sarah Clark <s.clark@example-school.org.uk>",
     "For the new school shoes, Clarks give families 10% off: send the receipt to schools@clarks.co.uk.\n"),
    ("Dan Walker <d.walker@example-school.org.uk>", "The crisp competition: email competitions@walkers.co.uk.\n"),
    ("Tom White <t.white@example-school.org.uk>", "The children wrote to comments@whitehouse.gov last term.\n"),
    ("Tom Smith <t.smith@example-school.org.uk>", "Your new address, jane@smithfamily.example.net, is on file.\n"),
])
def test_a_surname_in_someone_elses_domain(judge: Judge, sender: str, text: str) -> None:
    assert "email" not in kinds(judge(eml(f"Dear Jane,\n\n{text}\nThanks\n", sender=sender))), text


def test_a_family_domain_in_cc(judge: Judge) -> None:
    raw = eml("Dear Jane,\n\nSee you on Friday.\n\nEleanor\n", sender="Eleanor Pryce <e.pryce@example-school.org.uk>",
              headers="Cc: Eleanor Pryce <eleanor@prycefamily.example.net>\n")
    assert [(h.kind, e.where) for h in judge(raw) for e in h.evidence] == [("email", "header:Cc")]


@pytest.mark.timeout(10)  # a hang guard, not a benchmark: the old patterns took minutes here
@pytest.mark.parametrize("text", [
    "I live" + " " * 40000 + "\nat the end of the road.",
    "Call 07700" + " \t" * 30000 + "or\n900123 any time.",
    ("From: " + " " * 2000 + "\n") * 40,  # a reply header's name read three ways: 17 s before
    "x:\n" + " " * 40000 + "\nsee you",  # an Outlook header field's blanks read two ways: seconds before
])
def test_long_runs_of_blanks_are_read_once(judge: Judge, text: str) -> None:
    judge(eml(f"Dear Jane,\n\n{text}\n\nTom Smith\n"))


# ---------------------------------------------------------------------------------------------
# Round 20 classes: my own message forwarded from my personal mailbox, a home claim joined to the
# address by a dash, the family's own pick-up address for home-to-school transport


def test_my_own_message_forwarded_from_my_personal_mailbox(judge: Judge) -> None:
    body = ("Hi Jane,\n\nForwarding the results I sent myself on Saturday.\n\nOwen Rudd\n\n"
            "---------- Forwarded message ---------\nFrom: Owen Rudd <owen.rudd.runs@outlook.com>\n"
            "Date: Sat, 22 Mar 2025 at 13:47\nSubject: Results\nTo: Owen Rudd <o.rudd@example-school.org.uk>\n\n"
            "Y3 girls: Evie P. 9th\n")
    hits = judge(eml(body, sender="Owen Rudd <o.rudd@example-school.org.uk>"))
    assert [(h.kind, e.where) for h in hits for e in h.evidence] == [("email", "body")]
    assert "owen.rudd.runs@outlook.com" in matches(hits)[0]


def test_a_parents_own_message_quoted_is_not_mine(judge: Judge) -> None:
    body = ("Dear Mrs Parent,\n\nThank you, noted.\n\nOwen Rudd\n\nOn Sat, 22 Mar 2025, Jane Parent "
            "<jane.parent@gmail.com> wrote:\n> Evie will be late on Monday.\n\n"
            "From: Pat Okafor <pat.okafor@outlook.com>\nSent: Friday\n> forwarded to you by the club\n")
    assert judge(eml(body, sender="Owen Rudd <o.rudd@example-school.org.uk>")) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm in all day Saturday, so just come round to mine and collect it – 9 Harbour View, it's the blue door.",
     {"postal-address"}),
    ("Collection: 8.15am from 3 Kittiwake Court, Gullhaven LS6 9EP\nDrop-off at home: approx. 3.35pm", set()),
    ("Pick-up from mine if easier: 14 Hollin Garth, Leeds LS6 2QA.", {"postal-address"}),
])
def test_a_dash_claim_and_a_pick_up_address(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Mr Guardian,\n\n{text}\n\nSue\n"))) == expected, text


# ---------------------------------------------------------------------------------------------
# Rounds 22 and 23 classes: details read back ("we have the address as", "we currently hold:"), a
# home visit to the family, the pupil's own Gmail, a clinic's address, "come to mine - I'm at"


@pytest.mark.parametrize("text", [
    "Could you check our records? 1. We have the address as Flat 3, Wrenfield Court, 41 Albion Grove, "
    "Leeds LS12 9ZT - is the buzzer number 3 as well?",
    "For Destiny we currently hold:\n\n1. Sam Carer (carer) - 07700 900456\n2. Marlene Carer (great-aunt) - "
    "07700 900981\n\nCould you reply to confirm these are still right?",
    "Thank you for speaking to me today. As agreed, Ms Owusu and I will visit you at home to talk about "
    "attendance:\n\nTuesday 11 March, 10.00am\n"
    "Flat 6, Carrow House, 18 Pembury Walk, London E5 0LD",
    "Thanks for your message! It came from your personal Gmail (evieh.bookworm09@gmail.com) so I'm replying "
    "to your school account.",
    "Where: Riverside CAMHS, Kenning House, 22 Wardle Street, London E8 1DS\nClinic reception: 020 7946 0604",
])
def test_the_familys_own_details_and_a_clinics(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Sam,\n\n{text}\n\nKwame Boateng\nAttendance Officer\n")) == [], text


def test_come_to_mine_then_im_at_an_address(judge: Judge) -> None:
    text = ("If your mum can drop you off, come to mine instead - I'm at 22 Beckwith Road, the blue door next "
            "to the post box, two streets up from the library.")
    assert kinds(judge(eml(f"Hi Evie,\n\n{text}\n\nMiss Boyce\n"))) == {"postal-address"}


# ---------------------------------------------------------------------------------------------
# Rounds 24 and 25 classes: a friend request next to "we", a home claim and the address in the
# next sentence, "a school landline", details that go to a third party named as "her"


@pytest.mark.parametrize(("text", "expected"), [
    ("By the way, send me a friend request on Facebook (Karen Lister-Boyd) and we can sort out training runs!",
     {"private-channel"}),
    ("Follow us on Facebook (Example School PTA) and we will post the photos there.", set()),
    ("You're welcome to swing by and collect it from mine. It's 3 Chapel Row in Mungrisdale, the white house.",
     {"postal-address"}),
    ("You're welcome to collect it from mine. It's a long way, so the office is easier.", set()),
    ("The boarding house phone is 01632 960055. It's a school landline in the house office.", set()),
    ("The club secretary is Mrs Pauline Dawson - she's not school staff. Entry forms need to go to her by "
     "17 April: pauline.dawson.yfc@yahoo.co.uk or 07700 900664.", set()),
])
def test_rounds_24_and_25_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nKaren\nOffice Manager\n"))) == expected, text


# ---------------------------------------------------------------------------------------------
# Rounds 26-29 classes: an organisation named in the sentence after a number; "you sent this
# from …"; an intro line in the first person after "them"; "address above"; Welsh streets
# without a house number; fenland "Drove" streets


@pytest.mark.parametrize(("text", "expected"), [
    ("If you need to reach me directly while we're away, ring my own mobile. From Ireland you'll need to dial "
     "0044 7700 900851. WhatsApp works too if the centre wifi is behaving.", {"phone"}),
    ("Texts will now come from 07700 900001. This number belongs to our messaging provider, Schoolcomms Ltd.",
     set()),
    ("Got it, thanks - but you sent this from jackmcd.lfc9@gmail.com. Can you resend it from your college "
     "account?", set()),
    ("You're very welcome to drop them off at my house instead. I'm only up the road from you both:\n\n"
     "Bryn Llechi\n4 Stryd y Chwarel\nNant-y-Garreg\nLL54 9QX\n\nIf nobody's in, the porch is open.",
     {"postal-address"}),
    ("Mae croeso i chi alw heibio i'w nôl: Tŷ Newydd, Lôn yr Eglwys, Tal-y-Llechen.\n\n(In short: pop round "
     "to mine on Thursday after 6 to pick it up - address above.)", {"postal-address"}),
    ("Please don't bring it round to mine - the address below is the club's:\n\n4 Stryd y Castell, Bangor",
     set()),
    ("Lessons are at my house on Saturday mornings: 41 Mill Drove, Holtfen PE12 7ZN.", {"postal-address"}),
    # "the number is" speaks of the work mobile the sentence before named
    ("Good news - the school has given me a work mobile so that families can reach me more easily when I'm out "
     "on home visits. The number is 07700 900100.", set()),
    ("My work mobile has died, so I am using my own phone this week. The number is 07700 900100.", {"phone"}),
    # a limit that cut "is" to "i" made the agency's landline the sender's
    ("If it is after school hours, the agency asks that cancellations go straight to them on 0115 496 0721, "
     "quoting booking reference FLS-309174, so that the school is not charged.", set()),
    ("I'm filling in the emergency contact sheet for the trip. I've got:\nYour mobile: 07700 900874\n"
     "Your mum (Mrs Quinn): 07700 900875\nYour dad: 0151 496 0288 (home)\n\nCan you check these?", set()),
    ("We'll be observing the morning list at Northgate Magistrates' Court, 40 Victoria Parade, Liverpool L2 9RZ.",
     set()),
    ("There will be Mass with Fr Anthony before we come home.\n\nAddress: St Bride's Retreat "
     "House, Shore Lane, Formby L37 1XB\nWarden (for emergencies during the retreat only): 0151 496 0533\n\n"
     "Students should bring a sleeping bag.", set()),
    ("The group also runs Saturday sessions for families.\n\nWharfedale Riding for the Disabled\n"
     "Bookings: Margaret Holt, 0113 496 0455\nEmail: wharfedalerda.bookings@gmail.com\n\n"
     "They're volunteer-run, so email is usually the best way.", set()),
])
def test_rounds_26_to_29_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nDafydd Hughes\nHead of Year 9\n"))) == expected, text


# ---------------------------------------------------------------------------------------------
# Rounds 30-33 classes: a colleague's "direct line"; a home visit at the family's address;
# "gie us a text on" (us for me)


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm at a conference this week. If you need anything, my PA, Mrs Holt, is on her direct line "
     "01632 960003.", set()),
    ("Just confirming that Mrs Loveridge and I will come and see you and Kai at home on Friday 30 August "
     "at 10.00, at 5 Gull Row, Wenstead NR20 5QS.", set()),
    ("Rather than go through all that on the school email, gie us a text on 0044 7700 900415 the night and "
     "I'll pass on their details.", {"phone"}),
    ("For bookings, give us a ring on 0113 496 0555 and I'll pass on their details.", set()),
])
def test_rounds_30_to_33_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Jane,\n\n{text}\n\nMark Ellery\nDeputy Head\n"))) == expected, text


@pytest.mark.parametrize("text", [
    # a second pair of eyes on the rounds 26-33 changes found these still had to count
    "Drop the forms at mine: 5 Gull Row, Leeds LS6 2AB, or I can visit you at home if that's easier.",
    "Could you pass this on to your dad: 07700 900123 is my personal mobile.",
    "Your dad (Mr Parent): 07700 900123 is my mobile if he wants a chat.",
    "Better than her line: 07700 900123, my own.",
    "The school phone is always engaged, so just text me instead. The number is 07700 900123.",
    "I don't have a work mobile, so I'll just use mine. The number is 07700 900123.",
    "My extension is 214 but I'm never at my desk, so text me. The number is 07700 900123.",
    "Bookings: Margaret Holt\nOn the day, text 07700 900123 if you're running late.",
    "Happy to help with the trip. I've got: 07700 900123 (my mobile), so text me if the coach is late.",
])
def test_reviewed_loopholes_still_count(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Mrs Parent,\n\n{text}\n")), text


@pytest.mark.parametrize(("text", "expected"), [
    # rounds 34-36 classes: "The number is" after a sentence about someone else's phone; a contact
    # list line named for someone else; a family domain named for the sender in the plural
    ("Zayd's screen cracked at rugby, so he's using a spare handset with a new SIM. The number is "
     "07700 900861 until the repair is done.", set()),
    ("I've got a new phone at last. The number is 07700 900861.", {"phone"}),
    ("Contact details for the week:\n- Mrs Loveday: 07700 900381\n- Example Guardians 24-hour line: "
     "020 7946 0321", set()),
    ("I'm off on leave from Friday, so send the essay to rob@whitlocks.example.net rather than here.",
     {"email"}),
])
def test_rounds_34_to_36_classes(judge: Judge, text: str, expected: set[str]) -> None:
    raw = eml(f"Dear Mr Guardian,\n\n{text}\n\nRob\n", sender="Rob Whitlock <r.whitlock@example-school.org.uk>")
    assert kinds(judge(raw, sender="r.whitlock@example-school.org.uk")) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # rounds 37-40 classes: a pupil's request reported to the parent; "at mine -" and the address
    # on the next line
    ("Just so you know: at lunch today he asked\nif he could add me on Snapchat. I told him kindly that staff "
     "don't use Snapchat with pupils.", set()),
    ("Rather than coming in when the site's locked up, we'll do it at mine -\n4 Chapel Terrace, down in the "
     "harbour, the one with the blue door.", {"postal-address"}),
])
def test_rounds_37_to_40_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Sam,\n\n{text}\n\nCraig Holroyd\nTeaching Assistant\n"))) == expected, text


@pytest.mark.parametrize(("text", "expected"), [
    # rounds 41-44 classes: a claim wrapped over a line break; a video or a handle on an app; a
    # friend request a paragraph below the app; the sender living round the corner, then the street;
    # "that phone belongs to the school"; the pupil's mum named after a comma; a box office that
    # passes messages on; a host family's labelled contact block
    ("If you'd like a proper chat about her when you're back on R&R, ring me at home\non 01632-960412 after "
     "six, I'm nearly always in.", {"phone"}),
    ("If you get stuck, just send me a video on Snapchat.", {"private-channel"}),
    ("I'm mr.g.ukes on Snapchat if you need me over the holidays.", {"private-channel"}),
    ("Please don't send me photos on WhatsApp; use the school e-mail.", set()),
    ("I've set up a private Facebook group for Robins parents.\n\nIf you send me a friend request (I'm Tom "
     "Smith, the one with the spaniel) I'll add you.", {"private-channel"}),
    ("Knock and grab it whenever suits. I'm only round the corner from you on the patch, 27 Gunner Road, the "
     "one with the trampoline.", {"postal-address"}),
    ("I'm just round the corner at the Scout hut, 12 Mill Lane, until four.", set()),
    ("For urgent matters only, the school's educational visits mobile is 07700 900500. That phone belongs to "
     "the school; it will be with me all day.", set()),
    ("Text me on 07700 900456, that's my own mobile. The school minibus belongs to the school.", {"phone"}),
    ("Please check two things:\n\nYour mobile: 07700 900658\nEmergency contact: your mum, Mrs Malik, "
     "07700 900659\n", set()),
    ("Tell your mum, 07700 900456.", {"phone"}),
    ("If your lift is running late at the end, the box office stays open till\n10pm on show nights and can "
     "pass a message to me: 0191 498 0152.", set()),
    ("If your lift is late, pass a message to me: 07700 900456.", {"phone"}),
    ("Host family: Mr and Mrs Kerrigan, whose son Fraser will\nbe his partner for the week.\nAddress: 18 "
     "Dowanside Crescent, Glasgow G12 9XB\nHome telephone: 0141 496 0382\n", set()),
])
def test_rounds_41_to_44_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Mr Parent,\n\n{text}\n\nTom Smith\nYear 6\n"))) == expected, text


def test_a_number_the_message_calls_the_schools_is_the_schools_in_its_contact_card(judge: Judge) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tom Smith\r\nORG:Example School\r\n"
            "TEL;TYPE=WORK,CELL:07700 900100\r\nEND:VCARD\r\n")
    raw = _with_card("text/vcard", "school.vcf", card).replace(
        b"The details are attached.", b"Save the absence text number (07700 900100, a school phone in the\n"
        b"attendance office) from the card attached.")
    assert judge(raw) == []
    assert kinds(judge(_with_card("text/vcard", "school.vcf", card))) == {"phone"}  # said nowhere to be the school's


def _forwarding(author: str) -> bytes:
    inner = (f"From: {author}\nTo: t.smith@example-school.org.uk\nSubject: Availability\n"
             "Content-Type: text/plain; charset=utf-8\n\nWe have a pencil for her on Harbour Lights.\n\n"
             "Gemma Ruddock\nSenior Agent\nM: 07700 900941\n")
    head = eml("x").split(b"\nContent-Type:", 1)[0]
    body = ("\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n"
            "Dear Jane,\n\nPlease see the attached message from her agent.\n\nTom\n--b\n"
            "Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"fw.eml\"\n\n"
            f"{inner}--b--\n")
    return head + body.encode()


def test_a_forwarded_message_is_read_whoever_it_says_wrote_it(judge: Judge) -> None:
    # its From header is whatever the sender makes it say: skipping other people's forwarded
    # messages would let anyone attach their own details as "someone else's" (a review found it)
    assert kinds(judge(_forwarding("Gemma Ruddock <gemma@northlight-talent.example.com>"))) == {"phone"}
    assert kinds(judge(_forwarding(f"Tom Smith <{TEACHER}>"))) == {"phone"}


@pytest.mark.parametrize(("text", "expected"), [
    # rounds 45-48 classes: "Our number is" after asking for a call at home; an invitation to the
    # sender's home at a time, the address wrapped after its number; a named house's line; a number
    # read back "as you gave it"
    ("Please feel free to ring me at home this evening instead of waiting. Our number is (0161) 496 0382.",
     {"phone"}),
    ("Please don't ring me at home. Our number is 0113 496 0382.", set()),
    ("You're welcome to come to mine at 10.30. It's number 3\nColdharbour Cottages, the row of white "
     "cottages on the left.", {"postal-address"}),
    ("For anything about boarding, the Oak House line is +44 (0)1632 960078.", set()),
])
def test_rounds_45_to_48_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Mrs Parent,\n\n{text}\n\nTom Smith\nYear 3\n"))) == expected, text


def test_a_number_after_an_organisations_card_is_not_in_it(judge: Judge) -> None:
    text = ("The house card:\nBEGIN:VCARD\nFN:Cedars Boarding House\nTEL:01632 960077\nEND:VCARD\n\n"
            "Or just text me on 07700 900555.")
    assert kinds(judge(eml(f"Dear Mrs Parent,\n\n{text}\n\nTom Smith\n"))) == {"phone"}


def test_a_contact_card_named_for_a_boarding_house(judge: Judge) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cedars Boarding House\r\nORG:Example School\r\n"
            "TEL;TYPE=CELL:07700 900090\r\nEND:VCARD\r\n")
    assert judge(_with_card("text/vcard", "Cedars.vcf", card)) == []
    mine = card.replace("FN:Cedars Boarding House", "FN:Tom Smith (Cedars Boarding House)")
    assert kinds(judge(_with_card("text/vcard", "Cedars.vcf", mine))) == {"phone"}


def test_a_number_read_back_as_the_parent_gave_it(judge: Judge) -> None:
    body = ("Dear Jane,\n\nI've added her to Freddie's list of authorised adults:\n\n  Name:    Marta Kowal\n"
            "  Mobile:  07700 900518 (as you gave it)\n\nSchool Office\n")
    office = "office@example-school.org.uk"
    assert judge(eml(body, sender=f"School Office <{office}>"), sender=office) == []


@pytest.mark.parametrize(("text", "expected"), [
    # rounds 46-47 classes: someone's by title and name; a school service's number; a number set off
    # after the line that introduces it; the sender's home named by a number and a place name
    ("The host family are Mr and Mrs MacIver. Their landline is 0131 496 0412 and Mrs MacIver's mobile is "
     "07700 900827.", set()),
    ("Mr Smith's mobile is 07700 900456 if you need me over the weekend.", {"phone"}),
    ("Texts about closures come from 07700 900010, which is the school's messaging service.", set()),
    ("From today the Base has its own text line:\n\n07700 900250\n\nIt is kept in the Base office.", set()),
    ("You can always reach me on my own mobile:\n\n07700 900456\n\nIt's on all weekend.", {"phone"}),
    ("Easiest thing: drop them round to my house on the Wednesday or Thursday of\nthe break. It's 7 Lower "
     "Ollach, Braes - the white house just past the old phone box.", {"postal-address"}),
    ("Come to my house party on Friday. It's 8 O'Clock till late.", set()),
    # round 50: a time between the claim and the address is no other place
    ("If you can't get in, drop it round to mine at the weekend – 9 Kestrel Close in Bispham, the house "
     "with the blue door.", {"postal-address"}),
    # "don't hesitate" invites; a "can't" in another clause says nothing of the claim
    ("Don't hesitate to add me on WhatsApp.", {"private-channel"}),
    ("Don't be shy, pop round to mine: 9 Kestrel Close.", {"postal-address"}),
    ("Please don't text me on my mobile, use the office.", set()),
    # round 49: "we're at" the address, a landmark after it that shows the way
    ("We're having a few families round on Sunday. We're at 8 Kestrel Avenue, just off Melton Road by the "
     "sweet centre.", {"postal-address"}),
    ("We're at 3 Station Road with the museum group until 2.", set()),
    # round 51: the youngest age each app allows, one to a line, is no handle
    ("The minimum ages:\nWhatsApp - 13 in the UK\nSnapchat - 13\nDiscord - 13\nRoblox - all ages", set()),
])
def test_rounds_46_to_47_classes(judge: Judge, text: str, expected: set[str]) -> None:
    assert kinds(judge(eml(f"Dear Mrs Parent,\n\n{text}\n\nTom Smith\nYear 3\n"))) == expected, text


def test_a_role_mailbox_names_nobody(judge: Judge) -> None:
    hostel = "hostel@example-school.org.uk"
    body = ("Dear families,\n\nAfter 4pm and at weekends please use the hostel's own line, 01632 960077 - it rings "
            "in the staff room.\n\nHostel staff\n")
    assert judge(eml(body, sender=f"School Hostel <{hostel}>"), sender=hostel) == []


def test_a_family_domain_after_a_place_name(judge: Judge) -> None:
    teacher = "i.campbell@example-school.org.uk"
    body = "Hi all,\n\nIf Teams logs you out, email me instead.\n\n--\nIain Campbell\nHome: iain@ardvasar-campbells.example.net\n"
    hits = judge(eml(body, sender=f"Iain Campbell <{teacher}>"), sender=teacher)
    assert kinds(hits) == {"email"}


@pytest.mark.parametrize("text", [
    # a second review (rounds 41-48 changes): the sender's own details that new exemptions let through
    "Text me on 07700 900555 when you've found the coat. It belongs to the school, so please bring it back.",
    "Message me on 07700 900555 about the trip. It is paid for by the school so there's no cost to you.",
    "My mobile is 07700 900555, which is the number on the school system.",
    "Ring me on 07700 900555 - the school phone in the office is never answered after 4.",
    "Ring me on 07700 900555 (the school phone at reception is always engaged).",
    "Text me on 07700 900555, the school number for absences goes to voicemail.",
    "Text me any time - the WhatsApp number is 07700 900555.",
    "For the weekend, the UK number is 07700 900555.",
    "My wife will be around on Saturday. She is happy to drive them. Our number is 07700 900555.",
    "I've got a new phone just for the class, its text number is 07700 900555.",
    "The number to text is 07700 900555, as you wrote it down wrong at parents' evening.",
    "If the office is shut my partner can pass messages on to me: 07700 900555",
    "Mr Jones's mobile is 07700 900555 if you need me over the holidays.",
    "Exchange contacts\nHost: Mme Dupont\nEmergency mobile: 07700 900555",
    "Save this so you can text me:\nBEGIN:VCARD\nFN:Weekend Line\nTEL;TYPE=CELL:07700 900555\nEND:VCARD",
])
def test_second_review_loopholes_still_count(judge: Judge, text: str) -> None:
    assert judge(eml(f"Dear Mrs Parent,\n\n{text}\n\nTom Smith\n")), text


def test_a_surname_that_is_also_a_job_word_stays_the_senders(judge: Judge) -> None:
    sender = "s.english@example-school.org.uk"
    raw = eml("Dear Mrs Parent,\n\nMrs English's mobile is 07700 900555 if you need me.\n\nSarah English\n",
              sender=f"Sarah English <{sender}>")
    assert kinds(judge(raw, sender=sender)) == {"phone"}
