#!/usr/bin/env python3
"""Round 20 blind hold-out corpus: personal-address-to-parent.

Writes NNN_<flag|clean>_<slug>.eml files, labels.csv and README.md into
personal-address-to-parent/ next to this script.  Python 3.11 standard
library only; deterministic (fixed dates, Message-IDs and MIME boundaries),
so running it twice gives byte-identical files.

Setting: a Church of England junior school (ages 7-11) in a seaside town,
with a large SEND cohort, a nurture group (the "Harbour Room"), many young
carers and disadvantaged families, a food bank link, swimming, beach safety
and lifeboat-station visits.

BLIND: written without looking at mailguard's code, rules or other tests.
Never use it to tune the filter.
"""

import base64
import csv
import datetime
import hashlib
import html as htmlmod
import io
import os
import quopri
import random
import struct
import zlib
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "personal-address-to-parent")

S = "example-school.org.uk"
P = "pupils.example-school.org.uk"

# ---------------------------------------------------------------- people
# Parents (the only parent addresses the filter knows)
JANE = ("Jane Parent", "jane.parent@gmail.com")      # mother of Evie (Y3, "Example Pupil One")
SAM = ("Sam Carer", "sam.carer@outlook.com")         # carer of Kai (Y5, "Example Pupil Two")
ALI = ("Ali Guardian", "ali.guardian@btinternet.com")  # father of Jayden (Y6, "Example Pupil Three")

# Staff
HEAD = ("Rachel Hughes", f"r.hughes@{S}")            # Headteacher
DAN = ("Dan Okafor", f"d.okafor@{S}")                # Deputy Head & DSL
DSL = ("Dan Okafor (DSL)", f"dsl@{S}")
BEV = ("Bev Ashworth", f"b.ashworth@{S}")            # SENCo
OFFICE = ("Example School Office", f"office@{S}")    # Lorraine Pybus, office manager
HANA = ("Hana Szymańska", f"attendance@{S}")          # attendance & family liaison
JO = ("Jo Carrick", f"j.carrick@{S}")                # nurture group lead
GARETH = ("Gareth Lloyd-Evans", f"g.lloyd-evans@{S}")  # PE & swimming lead
PRIYA = ("Priya Raman", f"p.raman@{S}")              # Y6 Dolphins
TOM = ("Tom Pennock", f"t.pennock@{S}")              # Y5 Gannets
KEELEY = ("Keeley Trewin", f"k.trewin@{S}")          # Y3 Seals
ELLIE = ("Ellie Nankervis", f"e.nankervis@{S}")      # Y4 Kittiwakes, social media & creative arts
CALLUM = ("Callum Byrne", f"c.byrne@{S}")            # TA, nurture group
SUE = ("Sue Kettlewell", f"s.kettlewell@{S}")        # family support worker
IMRAN = ("Imran Qureshi", f"i.qureshi@{S}")          # computing & online safety lead
DENISE = ("Denise Harker", f"d.harker@{S}")          # school business manager
AMY = ("Amy Fenwick", f"a.fenwick@{S}")              # HLTA & PTA staff rep
PTA = ("Example School PTA", f"pta@{S}")
SEAN = ("Sean Whitlock", f"s.whitlock@{S}")          # site manager
NATHAN = ("Nathan Boyce", f"n.boyce@{S}")            # music lead
CAROL = ("Carol Dunnock", f"c.dunnock@{S}")          # young carers lead / HLTA
KITCHEN = ("School Kitchen", f"kitchen@{S}")         # Julie Marsden, cook
LEAH = ("Leah Tindall", f"l.tindall@{S}")            # Y4 Puffins
ZOE = ("Zoë Prendergast", f"z.prendergast@{S}")      # Y5 Cormorants, art lead
OWEN = ("Owen Rudd", f"o.rudd@{S}")                  # Y6 Ospreys, cross-country
KIERAN = ("Kieran Doyle", f"k.doyle@{S}")            # Y6 Seahorses
HELEN = ("Helen Marsh", f"h.marsh@{S}")              # maths intervention teacher
JORDAN = ("Jordan Pike", f"j.pike@{S}")              # sports coach
MARTIN = ("Martin Sowerby", f"m.sowerby@{S}")        # outdoor learning lead
LIBRARY = ("Gwen Pask", f"library@{S}")              # librarian
RUTH = ("Ruth Okonedo", f"r.okonedo@{S}")            # RE & collective worship lead
KAREN = ("Karen Cole", f"k.cole@{S}")                # TA / cover
STAFF = ("All Staff", f"staff@{S}")

# Pupils
LEO = ("Leo Bennett", f"21lbennett@{P}")
AMA = ("Ama Mensah", f"21amensah@{P}")
RUBY = ("Ruby Holroyd", f"21rholroyd@{P}")
TILLY = ("Tilly Sharpe", f"21tsharpe@{P}")
FILIP = ("Filip Kowalczyk", f"21fkowalczyk@{P}")
JAYDEN = ("Jayden Guardian", f"21jguardian@{P}")
MAISIE = ("Maisie Barraclough", f"22mbarraclough@{P}")
HARVEY = ("Harvey Whitaker", f"22hwhitaker@{P}")
SAFA = ("Safa Ahmed", f"22sahmed@{P}")
BOBBY = ("Bobby Lowe", f"22blowe@{P}")
GRACE = ("Grace Petrie", f"22gpetrie@{P}")
DAMI = ("Dami Kamara", f"22dkamara@{P}")
ISLA = ("Isla Foster", f"23ifoster@{P}")
ROMAN = ("Roman Nowak", f"23rnowak@{P}")
CHARLIE = ("Charlie Wild", f"23cwild@{P}")
POPPY = ("Poppy Evans", f"23pevans@{P}")

# Outside organisations / personal addresses used as recipients
BEV_HOME = ("Bev Ashworth", "bev.ashworth64@btinternet.com")
EP = ("Dr Simran Kaur", "s.kaur@example.org")
MASH = ("Gullhaven MASH", "mash@example.org")
CLERK = ("Helen Ward (Clerk)", "clerk@example.org")
REV = ("Revd Andrew Fairbairn", "a.fairbairn@example.org")


# ---------------------------------------------------------------- helpers
def fmt_addr(pair):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def addr_header(field, pairs):
    items = [fmt_addr(p) for p in pairs]
    line = f"{field}: " + ", ".join(items)
    if len(line) <= 78:
        return line
    return f"{field}: " + ",\n ".join(items)


def date_hdr(y, m, d, hh, mm, ss=0):
    naive = datetime.datetime(y, m, d, hh, mm, ss)
    bst = (datetime.datetime(2024, 3, 31, 1) <= naive < datetime.datetime(2024, 10, 27, 1)) or (
        datetime.datetime(2025, 3, 30, 1) <= naive < datetime.datetime(2025, 10, 26, 1))
    tz = datetime.timezone(datetime.timedelta(hours=1 if bst else 0))
    return format_datetime(naive.replace(tzinfo=tz))


def h(s, n=16):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def subject_hdr(subject, mailer):
    try:
        subject.encode("ascii")
        return "Subject: " + subject
    except UnicodeEncodeError:
        cs = Charset("utf-8")
        cs.header_encoding = QP if mailer in ("outlook", "owa") else BASE64
        return "Subject: " + Header(subject, cs, header_name="Subject").encode()


def encode_text(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        text.encode("ascii")  # raises if not plain ASCII
        return text
    if cte == "8bit":
        return text
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(cte)


def text_part(subtype, text, cte, charset="utf-8"):
    body = encode_text(text, cte)
    return (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {cte}\n\n{body}")


def multipart(subtype, boundary, parts, preamble=None):
    s = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    if preamble:
        s += preamble + "\n\n"
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        s += f"--{boundary}\n{p}"
    s += f"--{boundary}--\n"
    return s


def attach_part(filename, ctype, data, extra=""):
    b64 = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {ctype}; name="{filename}"{extra}\n'
            f"Content-Description: {filename}\n"
            f'Content-Disposition: attachment; filename="{filename}"; size={len(data)}\n'
            f"Content-Transfer-Encoding: base64\n\n{b64}")


def esc(s):
    return htmlmod.escape(s, quote=False)


QUOTE_HDR = ("From:", "Sent:", "To:", "Cc:", "Subject:", "Date:")


def html_outlook(text):
    """Roughly what Outlook produces from a plain message: one <p> per line."""
    out = []
    in_hdr = False
    for line in text.rstrip("\n").split("\n"):
        st = line.strip()
        if st and (set(st) <= set("_") and len(st) > 10 or st == "-----Original Message-----"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            out.append("</div>")
            in_hdr = True
            continue
        if not st:
            in_hdr = False
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        if in_hdr and st.startswith(QUOTE_HDR):
            k, _, v = st.partition(":")
            out.append(f'<p class="MsoNormal"><b>{esc(k)}:</b>{esc(v)}<o:p></o:p></p>')
            continue
        if st.startswith("- "):
            out.append(f'<p class="MsoListParagraph" style="text-indent:-18.0pt;margin-left:36.0pt">'
                       f'<span style="font-family:Symbol">&#183;</span>&nbsp;&nbsp;&nbsp;&nbsp;'
                       f'{esc(st[2:])}<o:p></o:p></p>')
            continue
        out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
    body = "\n".join(out)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n")


def html_gmail(text):
    """Roughly what Gmail produces: <div dir=ltr> with <br>, quotes in gmail_quote."""
    lines = text.rstrip("\n").split("\n")
    main, attr, quoted = [], None, []
    for i, line in enumerate(lines):
        if attr is None and line.startswith("On ") and line.rstrip().endswith("wrote:"):
            attr = line
            quoted = [l[1:].lstrip(" ") if l.startswith(">") else l for l in lines[i + 1:]]
            break
        main.append(line)
    while main and not main[-1].strip():
        main.pop()

    def block(ls):
        return "".join(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>" for l in ls)

    s = f'<div dir="ltr">{block(main)}</div>'
    if attr:
        s += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
              '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              f'{block(quoted)}</blockquote></div>')
    return s + "\n"


def pdf_bytes(lines):
    def pe(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 16 TL 60 780 Td " + " ".join(
        f"({pe(l)}) Tj T*" for l in lines) + " ET"
    stream = text.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def png_bytes(w, h_, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h_))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ics_fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        out.append(line[:74])
        line = " " + line[74:]
    out.append(line)
    return "\r\n".join(out)


# ---------------------------------------------------------------- messages
MSGS = []


def add(label, slug, frm, to, subject, date, body, *, cc=(), reply_to=None, fmt="plain",
        cte="7bit", html=None, html_cte=None, attachments=(), note="", mailer="outlook",
        in_reply_to=None, kind=""):
    assert label in ("flag", "clean")
    MSGS.append(dict(label=label, slug=slug, frm=frm, to=list(to), cc=list(cc),
                     reply_to=reply_to, subject=subject, date=date, body=body, fmt=fmt,
                     cte=cte, html=html, html_cte=html_cte, attachments=list(attachments),
                     note=note, mailer=mailer, in_reply_to=in_reply_to, kind=kind))


def msgid(slug, mailer):
    x = h("r20p-" + slug, 32).upper()
    if mailer in ("outlook", "owa"):
        return f"<LO2P265MB{x[:20]}@LO2P265MB{x[20:28]}.GBRP265.PROD.OUTLOOK.COM>"
    if mailer == "gmail":
        b = base64.b64encode(bytes.fromhex(x[:30])).decode().replace("/", "_").rstrip("=")
        return f"<CA+{b}mQ@mail.gmail.com>"
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@example-school.org.uk>"


def build(m):
    slug, mailer = m["slug"], m["mailer"]
    hdr = [addr_header("From", [m["frm"]]), addr_header("To", m["to"])]
    if m["cc"]:
        hdr.append(addr_header("Cc", m["cc"]))
    hdr.append(subject_hdr(m["subject"], mailer))
    if mailer in ("outlook", "owa"):
        topic = m["subject"]
        for pre in ("RE: ", "Re: ", "FW: ", "Fwd: "):
            if topic.startswith(pre):
                topic = topic[len(pre):]
        try:
            topic.encode("ascii")
            hdr.append("Thread-Topic: " + topic)
        except UnicodeEncodeError:
            pass
    hdr.append("Date: " + date_hdr(*m["date"]))
    hdr.append("Message-ID: " + msgid(slug, mailer))
    if m["in_reply_to"]:
        hdr.append("In-Reply-To: " + m["in_reply_to"])
        hdr.append("References: " + m["in_reply_to"])
    if m["reply_to"]:
        hdr.append(addr_header("Reply-To", [m["reply_to"]]))
    if mailer in ("outlook", "owa"):
        hdr.append("Accept-Language: en-GB, en-US")
        hdr.append("Content-Language: en-GB")
    if mailer == "outlook":
        hdr.append("X-Mailer: Microsoft Outlook 16.0")
    elif mailer == "iphone":
        hdr.append("X-Mailer: iPhone Mail (22D72)")
    elif mailer == "apple":
        hdr.append("X-Mailer: Apple Mail (2.3826.400.131.1.6)")
    hdr.append("MIME-Version: 1.0")

    hc = m["html_cte"] or ("quoted-printable" if m["cte"] in ("7bit", "8bit") else m["cte"])
    if m["fmt"] == "plain":
        entity = text_part("plain", m["body"], m["cte"])
    elif m["fmt"] == "html":
        entity = text_part("html", m["html"], hc)
    elif m["fmt"] == "alt":
        html = m["html"]
        if html is None:
            html = html_gmail(m["body"]) if mailer == "gmail" else html_outlook(m["body"])
        b = ("000000000000" + h("alt" + slug, 14)) if mailer == "gmail" else f"_000_{h('alt' + slug, 20).upper()}_"
        entity = multipart("alternative", b, [text_part("plain", m["body"], m["cte"]),
                                              text_part("html", html, hc)])
    else:
        raise ValueError(m["fmt"])
    if m["attachments"]:
        b = ("000000000000" + h("mix" + slug, 14)) if mailer == "gmail" else f"_004_{h('mix' + slug, 20).upper()}_"
        parts = [entity] + [attach_part(*a) for a in m["attachments"]]
        entity = multipart("mixed", b, parts)
    return ("\n".join(hdr) + "\n" + entity).encode("utf-8")


# ---------------------------------------------------------------- signatures
SCHOOL_LINE = "Example School, Park Row, Leeds LS1 4AP"


def sig_full(name, role, extra=""):
    s = (f"{name}\n{role}\nExample School – a Church of England Junior School\n"
         f"Park Row, Leeds LS1 4AP\nTel: 01632 960000\nwww.example-school.org.uk")
    if extra:
        s += "\n" + extra
    return s


DISCLAIMER = ("This email and any attachments are confidential and intended solely for the\n"
              "addressee. If you have received it in error, please tell the school office on\n"
              "01632 960000 or office@example-school.org.uk and delete it.")


# ================================================================ FLAGS (20)

add("flag", "ta_own_mobile_nurture_pickup", CALLUM, [JANE], "Evie - Thursday pick up",
    (2025, 1, 14, 12, 38), """\
Hi Jane,

Just to let you know Evie had a really good morning in nurture today. She did
the whole of the feelings check-in without any prompting and helped Alfie set
up the toast for snack, which is a big step for her.

You mentioned at the gate that you might be late on Thursday because of your
shift at the care home. That's absolutely fine, she can stay with me in the
Harbour Room until you get here. If you're held up just text me on my own
mobile, 07700 900318, and I'll make sure she's got something to do. It's
quicker than ringing the office as they're always on the other line at home
time.

Thanks,
Callum

Callum Byrne
Teaching Assistant - Nurture Group
Example School
""", note="TA gives his own personal mobile to a parent, plain text")

add("flag", "reply_to_home_gmail", TOM, [SAM], "RE: Kai's homework folder",
    (2025, 2, 4, 7, 31), """\
Hi Sam,

Not a problem at all – the folder was under the bench by the pegs, so it's safe in my drawer and I'll give it back to Kai this morning.

Please don't worry about the maths sheet. With everything going on at home at the moment, homework is the last thing I want either of you stressing about. Kai has been brilliant in class this week and he's been really kind to one of the new boys, so he's doing fine.

I'm on the trust maths course Wednesday to Friday, so I've set this to come back to my home account – if you reply it'll reach me there, as I can't get into school email on my own laptop. Mrs Dunnock is around all week if anything comes up with the young carers group.

Best wishes,
Tom Pennock
Year 5 Teacher (Gannets)
Example School
Tel: 01632 960000

________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 03 February 2025 19:42
To: Tom Pennock <t.pennock@example-school.org.uk>
Subject: Kai's homework folder

Hi Mr Pennock
Kai says he left his homework folder in the cloakroom, can you check. His mum's back in hospital since the weekend so it's all been a bit upside down here, sorry the maths isn't done.
Thanks
Sam
""", fmt="alt", cte="quoted-printable", reply_to=("Tom Pennock", "tompennock.teach@gmail.com"),
    in_reply_to="<AM0PR83MB0402C1E5A7F3D09B2E6C4A10D1C52@AM0PR83MB0402.EURPRD83.prod.outlook.com>",
    note="Reply-To header set to teacher's personal gmail so parent replies go there (the body never shows the address)")

add("flag", "senco_cc_home_btinternet", BEV, [ALI], "Jayden – annual review paperwork (parent views)",
    (2025, 4, 4, 15, 20), """\
Dear Mr Guardian,

Thank you for coming in on Tuesday – it was really useful to go through Jayden's targets together, and I know Mrs Raman was pleased you could both make it.

As promised, I've attached the parent views form for his annual review. There's no rush to fill it in in one go; the review itself is booked for Thursday 1st May at 9.00am and the local authority need the paperwork two weeks before that.

I'll be writing up the rest of the report over the Easter holidays, so I've copied in my home email address. If you could "reply all" when you send the form back, I'll see it straight away rather than waiting until we're back on the 22nd.

Things that would be really helpful to include:
- how Jayden manages the morning routine and getting to school
- anything he has told you about moving up to Gullhaven Academy
- how he's sleeping, as you mentioned this had improved

Any questions, just let me know.

Kind regards,

Mrs Bev Ashworth
SENCo
Example School (C of E Junior)
Park Row, Leeds LS1 4AP
01632 960000 (ext. 214)
""", cc=[BEV_HOME], fmt="alt", cte="quoted-printable",
    attachments=[("Parent views form - annual review.pdf", "application/pdf", pdf_bytes([
        "EHCP Annual Review - Parent / Carer Views", "",
        "Child's name: ______________________   Year group: ____",
        "1. What is going well for your child at home and at school?",
        "2. What do you think is difficult for your child at the moment?",
        "3. What would you like your child to achieve in the next year?",
        "4. Is there anything about the move to secondary school that worries you?",
        "Please return to the SENCo, Example School, Park Row, Leeds LS1 4AP."]))],
    note="SENCo Cc's her own btinternet home address on mail to a parent and asks for reply-all")

add("flag", "fsw_home_address_uniform", SUE, [SAM], "Uniform bits for Kai",
    (2025, 2, 13, 14, 5), """\
Hi Sam,

I've had a rummage in the uniform swap cupboard and found two jumpers in Kai's size, a pair of black trousers (age 10–11, hardly worn) and a PE top. I've also got a pair of school shoes that one of our families handed in – size 4, which I think is what you said he's in now?

The cupboard is locked over half term and I didn't want you waiting a week, so I've taken the bag home with me. I'm in all day Saturday, so just come round to mine and collect it – 9 Harbour View, it's the blue door opposite the chippy on Quay Street. Knock loudly, the dog will let me know you're there!

Also, the food bank is open on the Tuesday of half term as usual if you need it. I've popped a voucher in the bag.

Take care,
Sue

Sue Kettlewell
Family Support Worker
Example School
""", cte="8bit",
    note="Family support worker gives her home address (no postcode) for a parent to collect donated uniform")

VCF_GARETH = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lloyd-Evans;Gareth;;Mr;\r\nFN:Gareth Lloyd-Evans\r\n"
              "ORG:Example School\r\nTITLE:PE & Swimming Lead\r\nTEL;TYPE=CELL,VOICE:+44 7700 900264\r\n"
              "EMAIL;TYPE=INTERNET,WORK:g.lloyd-evans@example-school.org.uk\r\n"
              "NOTE:Tuesday swimming group - text if running late\r\nEND:VCARD\r\n").encode("utf-8")

add("flag", "swim_lead_vcard_own_mobile", GARETH, [JANE], "Evie - extra water confidence sessions",
    (2025, 4, 28, 12, 40), """\
Hi Mrs Parent,

Just a quick one about the extra water confidence sessions we talked about at
pick-up. Evie has a place in the small group on Tuesdays after school at
Gullhaven Leisure Centre, starting 6th May, 3.30 to 4.15. There are only six
children in the group and I'm in the water with them the whole time, so it's a
lot calmer than the class lessons. She did really well putting her face in
last week!

I'll walk the group down from school and you can collect her from the leisure
centre foyer at 4.20.

I've attached my contact card so you've got my details saved - it's my own
mobile, but it's the easiest way to get hold of me on a Tuesday when I'm
poolside and can't check emails. Just message if she's off or if you're
running late.

Cheers,
Gareth

Mr G Lloyd-Evans
PE & Swimming Lead
Example School
""", attachments=[("Gareth Lloyd-Evans.vcf", "text/x-vcard", VCF_GARETH)],
    note="Personal mobile only inside an attached vCard sent to a parent")

ICS_PRIYA = "\r\n".join(ics_fold(l) for l in [
    "BEGIN:VCALENDAR",
    "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
    "VERSION:2.0",
    "METHOD:REQUEST",
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16011028T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
    "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
    "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100", "END:DAYLIGHT",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    'ORGANIZER;CN="Priya Raman":mailto:p.raman@example-school.org.uk',
    'ATTENDEE;CN="Ali Guardian";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ali.guardian@btinternet.com',
    "DESCRIPTION;LANGUAGE=en-GB:Phone catch-up about Jayden: SATs access arrangements\\, "
    "booster group and transition visits.\\nI will ring you on 07700 900789 at 6.15pm.\\n"
    "If you need to move it\\, text me on 07700 900614 (my own mobile) and we'll find "
    "another evening.\\n",
    "UID:040000008200E00074C5B7101A82E008000000009A3F1C6E2B8CDB01000000000000000010000000"
    "7E4F2A91C3D05B4E8A6F2D19B7C3E5A1",
    "SUMMARY;LANGUAGE=en-GB:Phone catch-up - Jayden (Y6)",
    "DTSTART;TZID=GMT Standard Time:20250306T181500",
    "DTEND;TZID=GMT Standard Time:20250306T183500",
    "DTSTAMP:20250303T160500Z",
    "LOCATION;LANGUAGE=en-GB:Phone call",
    "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR", ""]).encode("utf-8")

add("flag", "y6_ics_invite_own_mobile", PRIYA, [ALI], "Phone catch-up – Jayden",
    (2025, 3, 3, 16, 5), """\
Dear Mr Guardian,

Thank you for your email. I'm sorry the parents' evening slots didn't work with your shifts – a phone call is absolutely fine.

I've sent an invite for Thursday 6th March at 6.15pm (attached). I'd like to talk through the SATs access arrangements Mrs Ashworth has applied for (extra time and a reader for maths), how the booster group is going, and the transition visits to Gullhaven Academy in June.

My number's in the invite in case you need to move it – just send a message and we'll find another evening.

Kind regards,
Priya Raman
Year 6 Teacher – Dolphins Class
Example School | Park Row, Leeds LS1 4AP | 01632 960000
""", fmt="alt", cte="quoted-printable",
    attachments=[("invite.ics", "text/calendar", ICS_PRIYA, '; method=REQUEST; charset="utf-8"')],
    note="Teacher's own mobile only in the DESCRIPTION of an attached .ics invite to a parent (parent's number also read back)")

HTML_ELLIE = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Jane,</p>
<p>Thanks so much for offering to help with the costumes for the Harbour Day parade! Evie's class are
going as the lifeboat crew, so we need yellow wellies (or anything yellow really) and I've got a box of
old hi-vis vests from the lifeboat shop that we're cutting down.</p>
<p>If you could come in on Monday or Tuesday afternoon from 1.30 that would be amazing &ndash; we'll be
in the art room next to the hall. Bring a pair of scissors if you have some good ones, ours are a bit
tired!</p>
<p>Any questions just drop me a text on the number below, I'm much quicker on my phone than I am on
email.</p>
<p>Thanks again,<br>Ellie</p>
<p>&nbsp;</p>
<table cellpadding="0" cellspacing="0" style="border-top:2px solid #1F6FB2"><tr><td style="padding-top:6px;font-size:9pt;color:#1F3864">
<b>Miss Ellie Nankervis</b><br>
Year&nbsp;4 Teacher &amp; Creative Arts Lead<br>
Mob:&nbsp;07700&nbsp;900&nbsp;271<br>
Example School, Park Row, Leeds LS1&nbsp;4AP<br>
<i>&ldquo;Let your light shine&rdquo; &ndash; Matthew&nbsp;5:16</i>
</td></tr></table>
</body></html>
"""

add("flag", "html_sig_mobile_nbsp", ELLIE, [JANE], "Harbour Day parade – costumes",
    (2025, 6, 18, 17, 48), "", fmt="html", html=HTML_ELLIE, html_cte="quoted-printable",
    note="HTML-only; teacher's mobile in signature written with &nbsp; between groups, 'drop me a text' [unsure: not stated as personal, but class teachers have no school mobile]")

add("flag", "pta_whatsapp_plus44", AMY, [JANE, SAM, ALI], "Beach clean volunteers – Saturday 17th May 🌊",
    (2025, 5, 8, 19, 20), """\
Hi all,

Thank you so much for putting your names down on the slip for the PTA beach clean! We've got 14 grown-ups and about 30 children so far, which is fantastic.

The plan:
- Meet at 10am by the lifeguard hut on South Sands (the end nearest the pier)
- Litter pickers, gloves and bags are being lent to us by the council
- We'll finish around 12 and the café on the prom has offered squash and a biscuit for every child who helps

Children must stay with their own grown-up the whole time please – school isn't running this one, it's a PTA event.

To make things easier on the day I'm setting up a WhatsApp group for the volunteers so we can sort out who's bringing what and let people know if the weather turns. Just send me a message on +44 7700 900533 and I'll add you in.

Thanks again, see you on the sand!

Amy Fenwick
HLTA & PTA staff rep
""", cc=[PTA], fmt="alt", cte="8bit", mailer="gmail",
    note="Staff PTA rep invites parents to message her personal phone (+44 format) to join a WhatsApp group")

add("flag", "young_carers_whatsapp_0044_b64", CAROL, [ALI], "Young carers trip – lifeboat station",
    (2025, 6, 10, 11, 12), """\
Dear Ali,

Thank you for signing the consent form for Jayden to come on the young carers' trip to the lifeboat station on Saturday 21st June. The crew are going to show the children the inshore boat and the tractor that launches it, and then we're having fish and chips on the harbour wall, paid for by the grant, so there's nothing to pay.

I know you're away on the wind farm rotation that week and Jayden's nan is bringing him. As the signal out there is so patchy, it's probably easier if you WhatsApp me rather than email – my own number is 0044 7700 900 418 (I've put it in full because you said you're on a Dutch SIM out there). I'll send you a couple of photos of him on the boat if you like.

We'll be back at school for 2pm.

Best wishes,
Carol

Carol Dunnock
Young Carers Lead / HLTA
Example School
""", cte="base64",
    note="Base64 body; young carers lead gives own number in 0044 format and invites WhatsApp")

add("flag", "homework_club_mobile_linebreak_qp", LEAH, [SAM], "Kai - homework club tonight",
    (2025, 3, 26, 13, 22), """\
Hi Sam,

Kai asked me at lunch whether he could stay for homework club tonight to
finish his Vikings project, which I'm more than happy with - he's made a
fantastic longship out of a cereal box. He said his mum has an appointment so
you might be a bit later than usual.

Homework club finishes at 5pm and I'm usually in the Puffins classroom until
about 5.30 tidying up, so he can wait with me. If you can't get here before
then, give me a ring on 07700
900 692 - it's my own mobile, so please don't pass it round, but I'd rather
know he's safe than have him sat in reception worrying.

Thanks,
Leah Tindall
Year 4 Teacher
""", cte="quoted-printable",
    note="Own mobile split across a hard line break, quoted-printable body")

add("flag", "facebook_friend_request_parent", KEELEY, [JANE], "Thank you for Saturday!",
    (2025, 7, 7, 16, 10), """\
Hi Jane,

Just wanted to say a massive thank you for running the tombola with me at the summer fair – we made £186 for the new sensory room, which is brilliant! Evie was so proud of you, she told the whole class about it this morning.

I took loads of photos on the stall but I'm not allowed to send them through school because some of the other children are in the background. I've sent you a friend request on Facebook (Keeley Trewin – the picture is me and Biscuit on the beach) so I can send you the ones of you and Evie there instead.

See you at pick-up!
Keeley

Miss K Trewin
Year 3 Teacher – Seals Class
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    note="Teacher has sent a parent a Facebook friend request from her personal account")

add("flag", "art_teacher_instagram_pupil", ZOE, [MAISIE], "Your seascape painting!",
    (2025, 3, 21, 15, 40), """\
Hi Maisie,

I just had to email to say how amazing your seascape painting is. The way you layered the blues and greens for the waves, and added that tiny bit of white for the spray, is exactly what we were looking at in Turner's paintings. I've put it up on the art board outside the hall so everyone can see it.

You asked me in the lesson whether I paint at home. I do! I post most of my pictures on my Instagram, @zoe.paints.the.sea – you can follow me there and send me photos of anything you paint over the Easter holidays. I'd love to see them.

Keep painting!
Miss Prendergast
""", cte="8bit", mailer="gmail",
    note="Teacher invites a Y5 pupil to follow and message her personal Instagram")

add("flag", "attendance_home_landline_dots", HANA, [SAM], "Meeting about Kai's attendance",
    (2025, 1, 13, 10, 30), """\
Dear Sam,

Thank you for calling in on Friday. I know it's been a difficult few weeks with Kai's mum being poorly, and I want to say first of all that nobody is looking to fine anyone or make things harder for you.

Kai's attendance this term is at 84%, and most of the absences are mornings where he's stayed at home to help. I'd like to meet to talk about what support might help – Mrs Kettlewell has some ideas about breakfast club, and Mrs Dunnock would like to tell you more about the young carers group.

I'm free Wednesday at 9.15 in school, or if the afternoon suits you better I'm working from home on Friday – ring me at home on 0113.496.0742 any time after 1 and we can talk it through on the phone instead.

Kind regards,
Hana Szymańska
Attendance & Family Liaison Officer
Example School
01632 960000 (option 2)
""", cte="quoted-printable",
    note="Attendance officer gives her home landline (dotted format) to a parent; school number also present")

add("flag", "leaving_nurture_lead_yahoo_spelled_out", JO, [JANE], "Thank you – and goodbye from the Harbour Room 💛",
    (2025, 7, 18, 14, 30), """\
Dear Jane,

As you know, today is my last day at Example School before I move down to Cornwall to be nearer my mum. I couldn't leave without saying what a joy it has been to work with Evie this year. When she started in the Harbour Room in September she could hardly bring herself to come through the door, and this week she read her "all about me" book out loud to the whole group. You should be so proud of her – and of yourself, because I know how much work you've put in at home.

Mrs Hollings will be taking over the nurture group in September and I've written her a really detailed handover, so Evie's calm box, her visual timetable and the "two choices" approach will all carry on.

I'd genuinely love to hear how she gets on in Year 4. My school email will be closed down after today, so if you'd like to keep in touch, my personal email is jo dot carrick at yahoo dot co dot uk (written like that to stop the spam robots!).

With love and best wishes for the summer,
Jo Carrick
Nurture Group Lead
""", fmt="alt", cte="quoted-printable",
    note="Leaving member of staff gives parent her personal yahoo address spelled out with 'dot'/'at'; RFC 2047 subject")

add("flag", "music_lead_signal_nospaces", NATHAN, [ALI], "Jayden's solo – carol service at the lifeboat station",
    (2024, 12, 9, 16, 15), """\
Dear Mr Guardian,

I hope you don't mind me emailing directly. Jayden has been chosen to sing the first verse of "Eternal Father, Strong to Save" at the carol service at the lifeboat station on Thursday 19th December (6pm, with mulled juice and mince pies afterwards in the boathouse). He's got a lovely clear voice and he was really pleased when I told him.

He said he'd like to practise at home with the backing track. The file's too big to send through school email, so if you message me on Signal I'll send it over that way – I'm on 07700900377 (I don't use WhatsApp). If you could also send me a quick video of him singing it through once before the 16th, that would help me check the key.

Rehearsals are Tuesday and Wednesday lunchtimes in the hall.

Thanks,
Nathan Boyce
Music Lead
Example School
Park Row, Leeds LS1 4AP
""", fmt="alt", cte="quoted-printable",
    note="Music lead asks parent to contact him on Signal, personal mobile written without spaces")

add("flag", "fwd_from_personal_outlook", OWEN, [JANE], "Fwd: County cross-country results – well done everyone!",
    (2025, 3, 24, 8, 5), """\
Hi Jane,

Forwarding the results I sent myself from the event on Saturday – Evie came 9th out of 62 in the Year 3 girls' race, which is incredible for her first county race!

I was using my own email on the day as I didn't have the school laptop with me. If you took any photos of her crossing the line, could you send them to that outlook address below rather than to school? The school system bounces anything over 10MB and I'd like to put a few in the club's end-of-season slideshow.

Thanks,
Owen Rudd
Year 6 Teacher & Cross-Country Club

---------- Forwarded message ---------
From: Owen Rudd <owen.rudd.runs@outlook.com>
Date: Sat, 22 Mar 2025 at 13:47
Subject: County cross-country results – well done everyone!
To: Owen Rudd <o.rudd@example-school.org.uk>


Gullhaven & District Schools Cross-Country, Clifftop Park, 22/03/2025

Y3 girls (62 finishers): Evie P. 9th, Isla F. 23rd, Harriet M. 31st
Y4 boys (71 finishers): Roman N. 4th, Charlie W. 18th
Y5 girls (58 finishers): Grace P. 12th, Safa A. 15th
Y6 boys (66 finishers): Leo B. 2nd (!!), Filip K. 20th

Team result: 3rd overall out of 19 schools. Medals to be presented in Friday's celebration assembly.
""", cte="8bit", mailer="gmail",
    note="Forward whose quoted header shows the teacher's personal outlook address; parent asked to send photos there")

add("flag", "outdoor_lead_family_domain_email", MARTIN, [ALI], "Beach school volunteers - thank you",
    (2025, 5, 14, 20, 40), """\
Hi Ali,

Thanks for offering to help with beach school on Friday mornings. With you and
Mrs Lowe we'll have enough adults to take the whole of Year 6 down to the rock
pools rather than splitting them into two groups, which the children will love.

You'll need to pop into the office before your first session to do the
volunteer paperwork (they'll need photo ID, and your DBS if you have one from
the lifeboat). I'll sort the rest.

I'm off on a course Thursday and I don't check my school email at home, so if
anything changes just drop me a line at home on martin@sowerby.example.net -
that's the family address, Jen will nag me if I miss it!

Cheers,
Martin

Martin Sowerby
Outdoor Learning Lead
Example School
""", note="Staff member gives parent his family-domain home email address")

add("flag", "leavers_dance_tiktok_pupils", KIERAN, [LEO, AMA, RUBY, TILLY, FILIP], "Leavers' dance - practise at home!",
    (2025, 6, 27, 15, 55), """\
Hi dance crew,

What a rehearsal today! The lift at the end is nearly there and Ruby, your cartwheel was the best it's been.

Quite a few of you asked if you could have the moves to practise over the weekend. I've filmed the whole routine and put it up on my TikTok – search for @mrdoyle_dadmoves (don't laugh at the name!). Give it a follow and you'll see it straight away. Please share it with the rest of the group who aren't on this email.

Remember:
- trainers, not pumps, on Monday
- the performance is Wednesday 16th July at 2pm in the hall
- learn the counts for the middle section (5, 6, 7, 8 – spin!)

Mr Doyle
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    note="Y6 teacher tells pupils to follow his personal TikTok account")

add("flag", "private_tuition_home_address_brackets", HELEN, [JANE, SAM], "Summer maths tuition",
    (2025, 7, 3, 17, 15), """\
Dear parents,

I've really enjoyed working with your children in the Monday and Wednesday maths catch-up groups this year, and several of you have asked whether there's anything they can do over the summer so they don't lose all the progress they've made.

I'm going to be running some small-group tuition sessions from home during August – four children at a time, an hour each, £12 per session, focusing on times tables, place value and arithmetic, the same approach we use in school. The sessions are in my conservatory, which has plenty of room and is completely separate from the rest of the house.

If you're interested, please get in touch with me directly rather than through school, as it's nothing to do with the school:

Helen Marsh
27 Cliff Road, Gullhaven GH3 8PL
Call or text: (07700) 900-155

Have a lovely summer,
Helen Marsh
Maths Intervention Teacher
""", cte="8bit",
    note="Teacher advertises private tuition to parents with her home address+postcode and own mobile in brackets/hyphen format")

add("flag", "coach_snapchat_pupil_iphone", JORDAN, [LEO], "that goal!!",
    (2025, 5, 15, 15, 32), """\
Leo, what a goal today mate! Top corner, keeper had no chance. Mr Rudd got a video of it on the ipad and I've got one from the other side.

Add me on snap if you want the video, I'm jpike_07. Don't tell the others or they'll all want one haha

Coach Pike

Sent from my iPhone
""", mailer="iphone",
    note="Sports coach asks a Y6 pupil to add him on Snapchat (and keep it secret)")


# ================================================================ HARD NEGATIVES (30)

add("clean", "lifeboat_visit_school_trip_mobile", TOM, [SAM, ALI], "Lifeboat station visit – Wednesday 11th June",
    (2025, 6, 2, 15, 30), """\
Dear Parents and Carers,

On Wednesday 11th June, Gannets and Dolphins classes are visiting Gullhaven Lifeboat Station as part of our "Heroes of the Coast" topic. The crew will show the children the all-weather lifeboat, explain what happens when the pagers go off for a shout, and talk about staying safe on the beach and the cliffs.

Timings
- We'll walk down from school at 9.15am (it's about 20 minutes along the prom)
- Address: Gullhaven Lifeboat Station, The Slipway, Gullhaven GH1 2LB
- Back at school for lunch at 12.15pm, so no packed lunch is needed

What to wear
School uniform, sensible shoes (the slipway is slippery) and a coat whatever the forecast says. Sun cream on before school please.

On the day
The school trip mobile is 07700 900050. This is a school phone, carried by Mr Pennock, and it is only switched on during the visit. For anything else please ring the office as usual on 01632 960000.

There's no cost for this trip, but the station does have a donations box if anyone would like to send in a coin or two.

The full letter is attached. Please let the office know by Friday if your child has any needs we should plan for.

Many thanks,
Tom Pennock and Priya Raman
Year 5 and Year 6 teachers
""", cc=[OFFICE], fmt="alt", cte="quoted-printable",
    attachments=[("Lifeboat station visit letter.pdf", "application/pdf", pdf_bytes([
        "Example School - Park Row, Leeds LS1 4AP - 01632 960000", "",
        "Year 5 and Year 6 visit to Gullhaven Lifeboat Station",
        "Wednesday 11th June 2025, 9.15am - 12.15pm",
        "Venue: Gullhaven Lifeboat Station, The Slipway, Gullhaven GH1 2LB",
        "School trip mobile (school-owned, on during the visit only): 07700 900050",
        "No cost. Uniform, sensible shoes and a coat.",
        "Please tell the office by Friday 6th June about any medical or access needs."]))],
    note="Trip letter with school-owned trip mobile stated as such, venue postcode, school number")

add("clean", "office_reads_back_parent_number", OFFICE, [JANE], "RE: Change of phone number",
    (2024, 10, 2, 9, 12), """\
Dear Jane,

Thank you - I've updated Evie's record on the system. Your mobile is now
showing as 07700 900123 and I've removed the old landline as you asked. Her
nan (Mrs Parent, 07700 900980) is still down as second contact; let me know if
that needs changing too.

Kind regards,
Lorraine Pybus
Office Manager
Example School
T: 01632 960000  E: office@example-school.org.uk

-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: Tuesday, October 1, 2024 7:58 PM
To: Office <office@example-school.org.uk>
Subject: Change of phone number

Hi, I've got a new phone so please can you change my number for Evie to 07700
900123. The house phone is cut off now so take that one off. Thanks Jane (Evie
P, Seals)
""", note="Office reads back the parent's own new mobile and the second emergency contact's number")

add("clean", "nurture_reply_quotes_parent_sig", JO, [SAM], "Re: Kai – lunchtime group",
    (2025, 3, 11, 8, 20), """\
Hi Sam,

Thank you for letting me know – that really helps to explain why Kai was so quiet yesterday. I'll keep an eye on him at lunchtime and he's very welcome to come to the Harbour Room whenever he needs a break from the playground; he knows the "time out" card works with any adult.

I'll give you a quick call from school after 3.30 today just to check in. If the house phone is easier than your mobile, just reply and let me know.

Best wishes,
Jo

Jo Carrick
Nurture Group Lead | Example School
01632 960000

On Mon, 10 Mar 2025 at 20:13, Sam Carer <sam.carer@outlook.com> wrote:
> Hi Jo,
> Just to let you know Kai's mum had another fall on Sunday and he was the one who found her and rang 999. He's been really shaken up and didn't sleep much. He might not say anything but I wanted you to know.
> Thanks for everything you do with him.
> Sam
>
> Sam Carer
> 14 Spindrift Way, Gullhaven GH2 6RS
> 07700 900456
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    in_reply_to="<DB9PR02MB7Q4F2C1E8A3D5B90A1C2E4F6@DB9PR02MB7Q4F.eurprd02.prod.outlook.com>",
    note="Reply quoting the parent's own address and mobile from her signature; staff will call from school")

add("clean", "y5_swimming_letter_leisure_centre", GARETH, [SAM], "Year 5 swimming lessons – summer term",
    (2025, 4, 23, 14, 0), """\
Dear Parents and Carers,

Year 5 swimming lessons start again on Tuesday 29th April and run for ten weeks (finishing 8th July, with no lesson in half-term week).

Where: Gullhaven Leisure Centre, Marine Parade, Gullhaven GH1 4SW
When: Tuesday afternoons. The coach (Bayline Coaches) leaves school at 1.10pm and we are back by 3.05pm, so children can be collected as normal.

Please send your child in with:
- swimming costume or trunks (no long shorts please)
- a towel and a named bag
- goggles if they wear them (the office sells them for £3.50)
- long hair tied back, and no earrings, or tape for new piercings

The lessons are taught by the leisure centre's swimming teachers with school staff on the poolside. At the end of Year 5 we report to you whether your child can swim 25 metres, use a range of strokes and perform a safe self-rescue, as the national curriculum requires.

If your child has a verruca, they can still swim with a verruca sock. If they can't swim on medical grounds, please send a note and they'll still travel with the class.

If you need to get a message to the group while we're at the pool, the leisure centre reception is on 0113 496 0555 and they'll pass it on to us. Otherwise please ring the school office on 01632 960000.

Thank you,
Mr G Lloyd-Evans
PE & Swimming Lead
""", cc=[OFFICE], fmt="alt", cte="base64",
    note="Swimming letter with venue address/postcode, leisure centre reception number, prices; base64 parts")

add("clean", "fsw_food_bank_helplines", SUE, [SAM], "Food bank voucher and holiday club",
    (2025, 7, 14, 11, 0), """\
Hi Sam,

Lovely to chat this morning. As promised, here are the details:

Gullhaven Food Bank
St Peter's Church Hall, Bridge Street, Gullhaven GH2 1AA
Open Tuesdays and Fridays, 10am – 1pm
Tel 0113 496 0238 / foodbank@example.org
I've done you an e-voucher (reference FB-25-0614) so you don't need to bring anything, just give your name at the door.

Holiday Activities and Food (HAF) club
Free for children on benefits-related free school meals – Kai is eligible. Four days a week for four weeks in August at the Sands Community Centre, with a hot lunch each day. Book on the freephone line 0808 157 0412 or online; the code they'll ask for is HAF-GH-7731.

Citizens Advice – for help with the council tax letter you mentioned:
0306 999 0157 (Monday to Friday), or the drop-in at the library on Thursdays.

If any of that doesn't work out, let me know and I'll see what else I can do before we break up on Friday.

Sue

Sue Kettlewell
Family Support Worker
Example School – 01632 960000
""", cte="8bit",
    note="Family support worker gives food bank, holiday club and advice line details (third parties), voucher refs")

add("clean", "pta_fair_sort_code_prices", PTA, [JANE, SAM, ALI], "PTA summer fair – stalls, raffle and how to pay",
    (2025, 6, 6, 13, 30), """\
Dear families,

Our summer fair is on Saturday 5th July, 12pm – 3.30pm, on the school field (in the hall if it rains). This year we're raising money for the new sensory room for our nurture group and SEND pupils.

How you can help
- Tombola: bottles and tins into the box by the office from Monday 23rd June
- Cakes: on the morning of the fair please, labelled with ingredients
- Raffle: tickets are £1 each or £5 for a strip of six, coming home in book bags next week. Prizes include a family pass to the aquarium and a £50 voucher from Harbour Fish Bar

Paying for raffle tickets or donations
You can pay cash in a named envelope, or by bank transfer to the PTA account:
Example School PTA
Sort code: 20-45-77
Account number: 83012964
Reference: RAFFLE and your child's surname

Entry to the fair is 50p for adults and free for children. Wristbands for the bouncy castle and games are £5 (£4 for siblings) and can be bought on ParentPay until Thursday 3rd July.

Thank you for supporting our school!

Amy Fenwick
on behalf of Example School PTA
""", fmt="alt", cte="quoted-printable",
    note="PTA letter with bank sort code/account number, dates, times and prices (no phone numbers)")

add("clean", "senco_teams_meeting_ids", BEV, [ALI], "Jayden – interim review (Teams link)",
    (2025, 3, 20, 9, 45), """\
Dear Mr Guardian,

As discussed, Jayden's interim review will be held on Teams so that you can join from work. I've also invited Dr Kaur, the educational psychologist, who will share the findings from her observation last month.

Date: Tuesday 25th March
Time: 1.30pm – 2.30pm

Joining details are below. If the video doesn't work on your phone, you can dial in using the number and conference ID instead – you'll just need to press # after the ID.

Kind regards,
Mrs Bev Ashworth
SENCo, Example School
01632 960000 ext. 214

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting
Meeting ID: 382 771 904 215
Passcode: Tq7Wb2
Download Teams | Join on the web
Or call in (audio only)
+44 20 7946 0321,,771904215#   United Kingdom, London
Phone conference ID: 771 904 215#
Find a local number | Reset PIN
________________________________________________________________________________
""", cc=[EP], fmt="alt", cte="quoted-printable",
    note="Teams meeting ID, passcode and conference dial-in number (not personal); school extension")

add("clean", "sats_access_reference_numbers", PRIYA, [ALI], "KS2 SATs – access arrangements confirmed",
    (2025, 4, 7, 12, 15), """\
Dear Mr Guardian,

Good news – the Standards and Testing Agency has approved the access arrangements we applied for, so Jayden will have 25% extra time and a reader for the maths papers. Our application reference is AA-2025-004417, and the school's DfE number is 383/2145 in case you ever need to quote it.

His timetable for SATs week:
Monday 12th May, 9.00 – grammar, punctuation and spelling (papers 1 and 2)
Tuesday 13th May, 9.00 – reading
Wednesday 14th May, 9.00 – maths papers 1 and 2
Thursday 15th May, 9.00 – maths paper 3

He'll sit the tests in the small group room with Mrs Ashworth and two other children, with a movement break between papers. We're running a free breakfast for all of Year 6 from 8.15 each morning that week – toast, cereal and fruit – so please send him in early if you can.

Kind regards,
Priya Raman
Year 6 Teacher
""", cte="quoted-printable",
    note="References, DfE number, dates and times that are not phone numbers")

add("clean", "y6_reading_list_isbns", KIERAN, [AMA, RUBY, FILIP, JAYDEN], "Summer reading challenge – your list",
    (2025, 7, 14, 9, 10), """\
Hi everyone,

Here's the reading list I promised for the summer before you head off to secondary school. You don't have to read all of them! Pick two or three that grab you. The library on Harbour Street has copies of all of them, and the ISBNs are there in case you want to reserve them online or ask for one as a present.

1. The Lighthouse at Gull Point – M. Ferris (ISBN 978-1-7390-4412-8)
2. Storm Riders – Kez Okonjo (ISBN 978-0-9566-2031-5)
3. Saltwater Secrets – Dina Harrowgate (ISBN 978-1-9163-8840-2)
4. The Boy Who Rowed to Norway – P. J. Lindqvist (ISBN 978-0-2410-7765-3)
5. Nine Lives of a Lifeboat Cat – Amber Tullett (ISBN 978-1-8387-0519-9)

The summer reading challenge at the library starts on Saturday 12th July and you get a medal and certificate if you read six books by 6th September. If you do take part, bring the certificate in to your new school – I've told their English teachers to look out for it!

Happy reading,
Mr Doyle
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    note="Pupil mail with ISBNs and dates (digit runs that are not phones)")

add("clean", "ta_hr_change_of_address", CALLUM, [DENISE], "Change of address and next of kin",
    (2024, 10, 1, 12, 30), """\
Hi Denise,

Could you update my details on the HR system please? I moved at the weekend.

New address: 5 Ropewalk Cottages, Gullhaven GH4 2DN
Mobile: 07700 900318 (same as before)
Next of kin: Megan Byrne (sister), 07700 900641

The bank details for payroll haven't changed.

Thanks,
Callum
""", note="Staff-only HR mail with the sender's own home address and mobile")

add("clean", "staff_drinks_at_mine", KEELEY, [STAFF], "End of year drinks at mine 🍹",
    (2025, 7, 14, 16, 40), """\
Hi everyone,

After the year we've had, I think we deserve a proper send-off! You're all very welcome at mine on Friday 18th from about 5pm – garden, barbecue, and the fire pit if the weather holds.

Address: 22 Samphire Close, Gullhaven GH3 7JB (the one with the bunting, you can't miss it). Parking is tight, so walk if you can – it's ten minutes from the prom.

Bring a bottle and something for the barbecue if you can, and partners are welcome. We'll also be saying a proper goodbye to Jo, so there'll be a card going round in the staffroom this week.

Text me on 07700 900359 if you get lost!

Keeley x
""", fmt="alt", cte="8bit", mailer="gmail",
    note="Staff social invitation to the all-staff list with home address and personal mobile")

add("clean", "online_safety_apps_advice", IMRAN, [JANE, SAM, ALI], "Online safety over the summer – a guide for families",
    (2025, 7, 16, 15, 0), """\
Dear Parents and Carers,

As the summer holidays approach, many children will be spending more time online. Here are a few reminders from our online safety lessons this term.

Age limits
Most popular apps have a minimum age of 13, including TikTok, Snapchat, Instagram and Facebook. WhatsApp's minimum age in the UK is also 13. Our pupils are aged 7 to 11, so they should not have their own accounts on these apps yet.

If your child is already using them
- Set the account to private and check who they are following and who follows them
- On Snapchat, turn on Ghost Mode so their location isn't shared on the Snap Map, and turn off Quick Add
- On Roblox and Fortnite, use the parental controls to switch off or limit chat with people they don't know
- Keep devices out of bedrooms overnight where you can

Talk to your child
Remind them that they should never share their address, school, phone number or photos with anyone they've only met online, and that no adult from school will ever ask to be their friend or follower on social media, or ask them to message privately. If anyone does, please tell us straight away.

Where to get help
You can report concerns to CEOP online, and the NSPCC runs a free helpline for adults who are worried about a child. Our Designated Safeguarding Lead, Mr Okafor, can be contacted through the school office on 01632 960000 or at dsl@example-school.org.uk.

Have a safe and happy summer!

Mr I Qureshi
Computing & Online Safety Lead
""", fmt="alt", cte="quoted-printable",
    note="E-safety advice naming TikTok, Snapchat, WhatsApp etc. without inviting anyone")

add("clean", "teacher_declines_personal_number", TOM, [SAM], "RE: Texting you in the mornings",
    (2025, 1, 16, 17, 5), """\
Dear Sam,

Thank you for asking, and I completely understand why it would be easier. I'm
really sorry, but staff aren't allowed to give their personal mobile numbers
to parents or pupils - it's a school rule that protects everyone, and it
applies to all of us, not just me.

What I can suggest instead:
- If Kai is having a difficult morning, ring the office on 01632 960000 before
  8.40. Mrs Pybus will write it down and bring the message straight to my
  classroom before the register.
- You can email me here at any time, and I check it before school and at
  lunchtime.
- Mrs Dunnock is also happy to meet Kai at the gate on Mondays if that would
  help him settle.

I hope that helps. He's doing really well and I don't want a rough start at
home to spoil his day.

Best wishes,
Tom Pennock

From: Sam Carer <sam.carer@outlook.com>
Sent: 16 January 2025 07:52
To: Tom Pennock <t.pennock@example-school.org.uk>
Subject: Texting you in the mornings

Morning Mr Pennock, would it be ok to have your mobile so I can text you when
Kai's had a bad start? Emails are a faff from the hospital car park. Thanks
Sam
""", note="Teacher refuses a parent's request for his personal mobile and gives the school number")

add("clean", "colleague_senco_official_line", PRIYA, [ALI], "RE: Who to speak to about the EHCP?",
    (2024, 10, 2, 15, 50), """\
Dear Mr Guardian,

The best person is Mrs Ashworth, our SENCo. She's in school Monday to
Wednesday and can be reached directly on 01632 960000 ext. 214, or at
senco@example-school.org.uk. I've let her know you'll be in touch, and she's
said she can see you after school on Tuesday if that's easier.

Kind regards,
Priya Raman
""", note="Short reply giving a colleague's official school extension and role mailbox")

add("clean", "residential_centre_school_mobile", DAN, [SAM, ALI], "Residential trip to Ravensgill Outdoor Centre – information",
    (2025, 5, 8, 16, 30), """\
Dear Parents and Carers,

Our Year 5 and 6 residential to Ravensgill Outdoor Centre is now only four weeks away, and the children are very excited!

Dates: Monday 16th June – Wednesday 18th June
Address: Ravensgill Outdoor Centre, Moor Lane, Ravensgill RV8 2QT (for post only, please don't visit)
Centre office: 0161 496 0733 (9am – 5pm)

While we're away, the school's residential mobile is 07700 900090. It is a school-owned phone held by me as trip leader and is only for urgent messages during the trip. Please don't ring just to check in – we'll post updates on the school's Facebook page each evening, and the children will send a postcard home!

Balance: the remaining £145 is due on ParentPay by Friday 23rd May. If this is a worry for any reason, please speak to Mrs Harker in confidence – nobody will miss out because of cost.

Medication: all medicines must be handed to Mrs Ashworth in their original packaging, with the form signed, on the Monday morning.

The kit list is attached. We will hold a short information meeting in the hall on Tuesday 20th May at 3.30pm.

Many thanks,
Mr D Okafor
Deputy Headteacher & Residential Trip Leader
""", fmt="alt", cte="quoted-printable",
    attachments=[("Residential kit list.pdf", "application/pdf", pdf_bytes([
        "Ravensgill Residential 2025 - Kit List", "",
        "Waterproof coat and trousers; two warm jumpers or fleeces",
        "Old trainers AND wellies (they will get very wet and muddy)",
        "Sleeping bag or duvet cover, pillowcase and fitted sheet",
        "Torch, water bottle, named toiletries, towel",
        "No phones, tablets or smart watches please.",
        "Questions: school office 01632 960000, office@example-school.org.uk"]))],
    note="Residential letter: outdoor centre address and phone, school-owned trip mobile stated as such, prices")

add("clean", "secondary_transition_contacts", HEAD, [ALI], "Jayden's move to Gullhaven Academy – extra transition visits",
    (2025, 6, 10, 10, 0), """\
Dear Mr Guardian,

I met this morning with Mr Hollis, the Year 7 transition lead at Gullhaven Academy, and Mrs Adeyemi, their SENCo. They've agreed that Jayden can have three extra transition visits in small groups before the main induction days on 2nd and 3rd July.

The visits are on Thursday afternoons (19th June, 26th June and 10th July), 1.15 – 2.45pm, with Mrs Ashworth going with him. He'll get to see the learning support base, meet his form tutor and practise the lunch queue, which I know is one of his worries.

Mr Hollis has asked if you could ring him to talk about the bus pass and the route from your house. His direct line is 0113 496 0917, or you can email transition@example.org. Their main reception is on 0113 496 0900.

With best wishes,
Rachel Hughes
Headteacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""", cte="8bit",
    note="Head gives the secondary school transition lead's direct line and email (third party)")

add("clean", "school_nurse_chathealth_numbers", OFFICE, [JANE], "Hearing screening letter and school nurse drop-in",
    (2025, 2, 5, 9, 30), """\
Dear Jane,

Thank you for phoning about the letter from the hearing screening. It's nothing to worry about – the school nursing team re-test any children who weren't sure during the screening, and Evie was one of a handful who were a bit wobbly that day (there was a lot of noise from the field).

The re-test appointment is at Gullhaven Children's Centre, Dune Road, GH2 4NB on Thursday 20th February at 10.40am. If that time doesn't suit, the school nursing team's number is 0306 999 0276 and they can move it for you.

They also run a confidential text service for parents, ChatHealth, on 07700 900977 – you can text them with any questions about sleep, toileting, behaviour and so on, and a school nurse replies within one working day.

The school nurse is also doing a drop-in here in the hall on Tuesday 11th February from 2.45pm if you'd rather chat in person.

Kind regards,
Lorraine Pybus
Office Manager
""", cte="8bit",
    note="Clinic address/postcode, school nursing team number and NHS text-service mobile (third party)")

add("clean", "volunteer_info_lifeboat_contact", AMY, [ALI], "Helping on the lifeboat station visit – info for volunteers",
    (2025, 6, 3, 17, 10), """\
Dear Ali,

Thank you for volunteering to help on the lifeboat station visit next Wednesday – it makes a real difference having a parent who knows the station.

A few bits of information:
- Please come to the school office at 9am to sign in and collect your lanyard. You'll be with Mr Pennock's group of six.
- Please don't take photos of the children on your own phone; Mrs Raman will take photos on the school iPad.
- If you're coming straight from work and will meet us at the station instead, the crew's education volunteer, Pat Drury, will let you in. Her mobile is 07700 900880 – she's expecting to hear from you if you're there before us.

Thanks again,
Amy Fenwick
HLTA
""", fmt="alt", cte="quoted-printable",
    note="Third party (lifeboat station volunteer) mobile given to a parent helper for a reason")

HTML_SOCIAL = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;color:#222} h3{color:#1F6FB2;margin-bottom:4px}</style>
</head><body>
<p>Dear Parents and Carers,</p>
<p>Welcome back! As many of you know, we share news and photos of school life on our <b>official</b> social media pages:</p>
<ul>
<li>Facebook: <a href="https://www.facebook.com/ExampleSchoolCofE">facebook.com/ExampleSchoolCofE</a></li>
<li>Instagram: <a href="https://www.instagram.com/exampleschool_cofe">@exampleschool_cofe</a></li>
</ul>
<p>These accounts belong to the school. They are run by Miss Nankervis and Mrs Fenwick on school devices only, and they never follow, friend or message parents or pupils.</p>
<h3>A few reminders</h3>
<ul>
<li>We only post photos of children whose parents have given consent on the data collection form. If you'd like to change your choice, please contact the office.</li>
<li>Please don't tag staff in posts or send them friend requests on their personal accounts &ndash; our staff are not allowed to accept them, and we ask that you respect that.</li>
<li>If you have a question or concern, please contact the school office (01632&nbsp;960000 / <a href="mailto:office@example-school.org.uk">office@example-school.org.uk</a>) rather than commenting on a post.</li>
</ul>
<p>Thank you for your support,</p>
<p>Miss E Nankervis<br>Social Media &amp; Creative Arts Lead<br>Example School, Park Row, Leeds LS1&nbsp;4AP</p>
</body></html>
"""

add("clean", "official_school_social_media", ELLIE, [JANE, SAM, ALI], "Our school social media and photos - please read",
    (2024, 9, 9, 10, 0), "", fmt="html", html=HTML_SOCIAL, html_cte="quoted-printable",
    note="HTML-only; school's official Facebook/Instagram accounts, asks parents NOT to friend staff")

add("clean", "beach_school_dropoff_car_park", MARTIN, [JANE, SAM], "Beach school - drop-off point for Friday",
    (2025, 5, 21, 16, 0), """\
Dear Jane and Sam,

This Friday the nurture group beach school session starts on the beach rather than at school, as we're rock-pooling at low tide (8.55am).

Please drop Evie and Kai at 8.45 at the Coastguard car park, Cliff Top Road, Gullhaven GH3 9XE. Mrs Carrick and I will be there from 8.30 with the school minibus in case anyone needs to warm up or change. We'll bring them back up to school for 11.

They'll need wellies or old trainers, a spare pair of socks, and a waterproof. We'll supply the nets and buckets.

If you can't get to the car park, bring them to school as usual by 8.35 and they can come down with us in the minibus.

Thanks,
Martin Sowerby
Outdoor Learning Lead
Example School | 01632 960000
""", cte="quoted-printable",
    note="Venue address with postcode for a meeting point, times; school number")

add("clean", "maths_homework_big_numbers_times", TOM, [MAISIE, HARVEY, SAFA, GRACE, DAMI], "Maths homework – big numbers and timetables",
    (2025, 2, 6, 15, 30), """\
Hi Gannets,

This week's maths homework is on Google Classroom, but a few of you said the link wasn't working, so here are the questions too. Please bring your answers on Tuesday.

1. Last summer 1,204,560 people visited Gullhaven beach. Round this number to the nearest 10,000 and to the nearest 100,000.
2. The ferry to the island leaves at 07:45 and arrives at 11:20. How long is the journey?
3. The next ferry leaves at 13:05 and takes the same time. What time does it arrive? Write your answer in 12-hour and 24-hour time.
4. Write 3,090,706 in words.
5. The lifeboat was launched 17 times in 2023 and 26 times in 2024. What is the total? What is the difference?

Challenge: find the year the first lifeboat station in Gullhaven was built (the answer is on the plaque by the slipway!) and write it in Roman numerals.

Mr Pennock
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    note="Pupil homework full of large numbers and 24-hour times")

add("clean", "attendance_call_withheld_number", HANA, [ALI], "Call tomorrow morning",
    (2025, 2, 27, 15, 45), """\
Dear Mr Guardian,

Just to let you know I'll try to ring you tomorrow morning at about 9.30 about Jayden's late marks. It will come up as "No Caller ID", because the school phones withhold the number – so please do pick up!

If you miss me, ring the office on 01632 960000 and choose option 2 for attendance, and they'll put you through.

Kind regards,
Hana Szymańska
Attendance & Family Liaison Officer
""", cte="8bit",
    note="Staff will call from the school's withheld line; school number only")

add("clean", "pta_class_whatsapp_redirect", AMY, [JANE], "Re: Class WhatsApp?",
    (2024, 9, 16, 18, 10), """\
Hi Jane,

Lovely to hear from you, and welcome to the Seals class families!

There is a parents' WhatsApp group for Year 3, but it's run by the parents themselves – the PTA class rep, Nicola, looks after it. Staff don't join class WhatsApp groups or message families on their own phones, so you won't find me or Miss Trewin on there, but it's a good way to find out about party invites and lost jumpers!

If you'd like to be added, send your name and number to the PTA mailbox at pta@example-school.org.uk and Nicola will add you. Anything about Evie's learning or wellbeing should still come to us by email or through the office, of course.

Best wishes,
Amy

Mrs A Fenwick
HLTA, Year 3

On Sun, 15 Sept 2024 at 21:34, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Mrs Fenwick, is there a class WhatsApp group? Is it one the teachers are in? I'm on 07700 900123 if someone can add me. Thanks Jane
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    in_reply_to="<CAJx7mP2vQ0rT1kq3n8xWc4GhZ0aLd5e9yQ@mail.gmail.com>",
    note="Staff explain they don't join class WhatsApp; parent's own number quoted [mentions WhatsApp]")

add("clean", "dsl_early_help_referral_external", DSL, [MASH], "Early help request – Y5 pupil (K.D.)",
    (2025, 1, 24, 13, 20), """\
Dear colleague,

Please find below an early help request for a Year 5 pupil at our school. The completed form has also been uploaded to the portal (reference EH-25-00812).

Child: Kai D., Year 5, DOB 14/08/2015
Lives with: Sam Carer (carer) and his mother, who has a long-term health condition
Address: 14 Spindrift Way, Gullhaven GH2 6RS
Contact: Sam Carer, 07700 900456 (consent for this referral given on 23/01/2025)

Summary of concerns:
Kai is a young carer and is regularly late or absent on mornings when his mother is unwell (attendance 84% this term). Staff have noticed he is often tired and hungry at the start of the day. There are no concerns about the care he receives from Sam, who engages well with school. The family would benefit from a young carers assessment and practical help at home.

Support already in place:
- Breakfast club place (free) from 13/01/2025
- Weekly young carers group in school with Mrs Dunnock
- Food bank vouchers through our family support worker

I'm available on 01632 960000 or at this address if you need anything further.

Kind regards,
Dan Okafor
Deputy Headteacher and Designated Safeguarding Lead
Example School
""", cte="quoted-printable",
    note="DSL referral to an outside agency containing the family's address and phone; no parent/pupil recipient")

add("clean", "teacher_off_sick_text_me_staff", LEAH, [DAN], "Off sick today - Puffins cover",
    (2025, 3, 4, 6, 48), """\
Morning Dan,

Really sorry, I've been up all night with a sickness bug so I won't be in today. Cover work for Puffins is in the blue tray on my desk:
- Maths: column subtraction sheets (two levels, labelled)
- English: finish the Viking saga plans, the planning frames are in the green folder
- Afternoon: art, sketching the longship - pencils are in the cupboard

Lexi needs her movement break at 10.15 with Mrs Cole and Tyler has a speech therapy session at 1.30.

Text me on 07700 900692 if anything's not clear, I'll have my phone by the bed.

Leah

Sent from my iPhone
""", cc=[KAREN], mailer="iphone",
    note="Staff-only sick note giving the teacher's own mobile to colleagues")

add("clean", "head_bereavement_support_lines", HEAD, [JANE], "Thinking of you and Evie",
    (2025, 3, 3, 16, 30), """\
Dear Jane,

I was so sorry to hear from Mrs Carrick about the death of Evie's grandad at the weekend. Please accept the sympathy of all of us at school – I know how close they were, and how much he loved coming to the Grandparents' Service at Christmas.

Evie is very welcome in school whenever she feels ready, and there's no pressure to come in this week. When she does come back, Mrs Carrick will see her in the Harbour Room first thing each morning for as long as she needs, and Miss Trewin will let her keep a small "memory object" in her tray if that helps.

Some families find these helpful:
- Gullhaven Bereavement Service helpline: 0808 157 0691
- Little Lanterns (support for grieving children): freephone 0808 157 0215
- Gullhaven Hospice family support team: 0113 496 0447

Revd Andrew at St Peter's has also said he'd be very happy to visit, or to help with the funeral arrangements if that would be useful – you can reach the parish office on 0113 496 0468.

With love and prayers,
Rachel Hughes
Headteacher
""", cte="8bit",
    note="Bereavement support: helplines, hospice and parish office numbers (third parties)")

add("clean", "fsw_school_issued_work_mobile", SUE, [JANE], "My new work mobile",
    (2025, 1, 6, 9, 10), """\
Dear Jane,

Happy New Year! Just a quick note to let you know that school has given me a
work mobile, so it should be easier to get hold of me about Evie's breakfast
club place and the holiday food parcels.

School mobile: 07700 900222

This is a school phone rather than my own, and it's only switched on Monday to
Thursday, 8.30am - 4pm. It isn't checked in the evenings, at weekends or in
the holidays, so for anything urgent outside those times please ring the
office on 01632 960000, or in an emergency call 999.

Best wishes,
Sue Kettlewell
Family Support Worker
""", note="School-issued work mobile explicitly stated as a school phone, with hours")

add("clean", "senco_taxi_parent_address_read_back", BEV, [ALI], "Home to school transport for Jayden from Monday",
    (2025, 3, 27, 14, 30), """\
Dear Mr Guardian,

I've heard back from the local authority transport team, and Jayden's taxi will start on Monday 31st March now that you've moved.

Collection: 8.15am from 3 Kittiwake Court, Gullhaven GH4 9EP
Drop-off at home: approx. 3.35pm
Operator: Bayline Cars – their office number is 0113 496 0123 if the taxi is late or you need to cancel for a day
Driver: Steve, with passenger assistant Mrs Lowe, who Jayden already knows from the Tuesday swimming run

The transport team's reference for Jayden is HTS/25/0392; they're on 0113 496 0670 if anything needs to change permanently.

I've made Jayden a little visual card showing the car, Steve and Mrs Lowe, and we'll go through it with him on Friday so it isn't a surprise.

Kind regards,
Mrs B Ashworth
SENCo
""", fmt="alt", cte="quoted-printable",
    note="Parent's own new home address read back; taxi firm and LA transport numbers")

add("clean", "young_carers_service_referral_b64", CAROL, [SAM], "Young carers assessment – Gullhaven Young Carers",
    (2025, 1, 29, 11, 40), """\
Dear Sam,

Following our chat on Monday, I've made the referral to Gullhaven Young Carers for Kai's young carers assessment (with your consent, as we discussed). Their worker, Leanne Hurst, will be in touch in the next two weeks to arrange a home visit – she usually rings from the office number, 0113 496 0564, and her email is leanne.hurst@example.org.

Once Kai's been assessed he can get a Young Carers card, which means the pharmacy will let him collect his mum's prescriptions and the leisure centre gives him free swimming in the holidays. They also run a Saturday club at the Sands Community Centre, 10 – 12, with trips in the summer.

In school, he's very welcome to carry on coming to our Wednesday lunchtime group in the library with me.

Best wishes,
Carol Dunnock
Young Carers Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000
""", cte="base64",
    note="Base64 body; outside young carers service worker's office number and work email")

add("clean", "piano_exam_candidate_number", NATHAN, [JANE], "Evie's Grade 1 piano exam – details",
    (2025, 5, 20, 12, 30), """\
Dear Ms Parent,

Evie's Grade 1 piano exam has been confirmed. Here are the details from the exam board:

Date: Saturday 14th June
Time: 10.42am (please arrive by 10.20 so she can warm up)
Venue: St Peter's Church Hall, Bridge Street, Gullhaven GH2 1AA
Candidate number: 0047
Centre number: 61203

She'll need her three pieces, her scales book and something to drink. Parents aren't allowed in the exam room, but there's a waiting area with chairs outside.

Mrs Kowalska, who teaches Evie on Thursdays, will be at the hall all morning as she has several pupils taking exams, so Evie will have a friendly face there. She's playing the sea shanty beautifully!

The exam fee of £49 was paid through ParentPay in April, so there's nothing more to pay.

Best wishes,
Mr N Boyce
Music Lead
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    note="Exam candidate/centre numbers, times, venue postcode, fee")


# ================================================================ EVERYDAY CLEAN (30)

add("clean", "swimming_tomorrow_pupils", TOM, [MAISIE, HARVEY, SAFA, BOBBY, GRACE, DAMI], "Swimming tomorrow!",
    (2025, 4, 28, 15, 20), """\
Hi Gannets,

Quick reminder - swimming starts tomorrow! Kit in a named bag please, and don't
forget a towel. The coach leaves at 1.10 so be ready straight after lunch.

Mr Pennock
""", mailer="gmail", kind="everyday", note="Short swimming kit reminder to Y5 pupils")

add("clean", "reading_book_reply", KEELEY, [JANE], "RE: Evie's reading book",
    (2024, 10, 9, 16, 5), """\
Hi Jane,

Thanks for letting me know. You're right, the book she brought home this week is a bit too tricky – she's moved up a band in phonics but the new books are longer, and I think the amount of text on each page put her off rather than the words themselves.

I've swapped it for one of the new "Seaside Stories" books at the same level, which have bigger pictures and shorter pages. If she still finds it hard, please don't push it – reading a page each and talking about the pictures is absolutely fine, and it's great that she's enjoying the bedtime stories with you.

Her phonics check-in with Mrs Fenwick is next Thursday and we'll have a look at where she is then.

Thanks for all your support at home,
Keeley

Miss K Trewin
Year 3 Teacher – Seals Class
Example School, Park Row, Leeds LS1 4AP

From: Jane Parent <jane.parent@gmail.com>
Sent: 08 October 2024 21:12
To: Keeley Trewin <k.trewin@example-school.org.uk>
Subject: Evie's reading book

Hi Miss Trewin, Evie got really upset reading her new book tonight and said it's too hard. Is it the right level? She's been doing so well. Jane
""", fmt="alt", cte="quoted-printable", kind="everyday", note="Reply to parent about reading book level, Outlook quote")

add("clean", "y4_spellings_pupils", LEAH, [ISLA, ROMAN, CHARLIE, POPPY], "Spellings for next week",
    (2025, 1, 17, 14, 45), """\
Hi Puffins,

Here are your spellings for next Friday's quiz. This week's rule is adding -ous
to make adjectives. Watch out for the ones where the last letter of the root
word changes!

famous
various
poisonous
dangerous
mountainous
nervous
jealous
tremendous
enormous
humorous

Try putting three of them into sentences about our class novel, The Iron Man.
I'll give a house point for the best one!

Have a lovely weekend,
Miss Tindall
""", kind="everyday", note="Spelling list homework to Y4 pupils")

add("clean", "ppa_cover_friday_staff", DAN, [STAFF], "PPA cover - Friday changes",
    (2025, 2, 12, 12, 50), """\
Hi all,

Some changes to Friday's PPA cover because of the Year 6 Bikeability session
and Mrs Marsh's course:

Seals (Y3) - Mrs Fenwick all afternoon as normal
Puffins (Y4) - Mr Boyce, music 1.15-2.15, then Mrs Cole for story and worship
Gannets (Y5) - Mr Lloyd-Evans PE, 1.15-3.15 (he'll take them straight from lunch)
Dolphins (Y6) - Mr Pike PE until 2.15, then Mrs Raman is back
Seahorses (Y6) - me

Maths catch-up groups will not run on Friday; Mrs Marsh will make up the
session on Monday.

Thanks everyone, shout if there's a problem.
Dan
""", kind="everyday", note="Staff admin: cover rota changes")

add("clean", "harvest_festival_letter", HEAD, [JANE, SAM, ALI], "Harvest Festival at St Peter's – Thursday 3rd October",
    (2024, 9, 23, 15, 0), """\
Dear Parents and Carers,

Our Harvest Festival service will be held at St Peter's Church on Thursday 3rd October at 9.30am, and you are warmly invited to join us. The children will walk down together, and each year group will share a song or poem. Year 6 are leading the prayers this year and have written them themselves.

As always, our harvest collection will go to Gullhaven Food Bank. They have told us they are particularly short of:
- tinned meat and fish
- long-life milk and juice
- tinned potatoes and vegetables
- toiletries, especially deodorant and toothpaste

Please send donations in with your child from Monday 30th September. There's no need to send anything if it's difficult this year – the children's singing is the most important part.

The service will finish at about 10.30, and you are welcome to stay for tea and coffee in the church hall afterwards, where the Mothers' Union will be serving.

With best wishes,
Mrs R Hughes
Headteacher

""" + sig_full("Example School", "Headteacher: Mrs Rachel Hughes"), fmt="alt", cte="quoted-printable",
    kind="everyday", note="Harvest festival letter with food bank collection")

add("clean", "nurture_weekly_summary_staff", JO, [KEELEY, LEAH, TOM], "Nurture group – week 11 summary",
    (2024, 11, 22, 15, 40), """\
Hi all,

A quick round-up from the Harbour Room this week.

E.P. (Seals) – a really settled week. Managed the whole of Thursday afternoon back in class after our session, with a check-in at 2pm. Still finding the transition back from lunch tricky; the sand timer is helping.

T.W. (Puffins) – two difficult mornings (Monday and Wednesday). Mum has said there's a lot going on at home; I've passed it on to Dan. He responded really well to the Lego group on Friday.

K.D. (Gannets) – lunchtime group only. Quieter than usual but chatty once he's doing something practical. We made bird feeders this week and he took one home for his mum.

Next week's theme is "Friendship", and we'll be doing toast and talk every morning as usual. Please send children down at 9.05 – we've had a few arriving at 9.20, which eats into the session.

Boxall profiles are due for review before Christmas; I'll grab each of you for ten minutes next week.

Thanks,
Jo
""", cc=[BEV], cte="8bit", kind="everyday", note="Staff-only nurture group weekly update (initials)")

add("clean", "attendance_absence_ack", HANA, [SAM], "RE: Kai off today",
    (2025, 3, 18, 9, 5), """\
Dear Sam,

Thanks for letting us know - I've recorded Kai's absence as illness for today.
I hope he feels better soon. If he's still poorly tomorrow, just ring or email
again before 9.15.

Kind regards,
Hana
Attendance Office, Example School

-----Original Message-----
From: Sam Carer <sam.carer@outlook.com>
Sent: 18 March 2025 07:41
To: Attendance <attendance@example-school.org.uk>
Subject: Kai off today

Kai has been sick in the night so won't be in today. Sam
""", kind="everyday", note="Attendance acknowledges a reported absence")

add("clean", "story_feedback_pupil", ZOE, [SAFA], "Your story – The Lighthouse Keeper's Cat",
    (2025, 2, 25, 16, 20), """\
Dear Safa,

I've just finished reading your story on Google Docs and I had to write straight away to tell you how much I enjoyed it. The opening line – "The lamp had been dark for three nights, and Pickle was worried" – made me want to read on straight away.

What went really well:
- Your description of the storm. "The sea threw itself at the rocks like it was angry with them" is a brilliant simile.
- You used dialogue to show how the characters were feeling, not just what they said.
- The ending was a surprise, but you'd left clues (the footprints!) so it made sense.

Next step: check your paragraphs. There are a couple of places where the time or place changes but you've carried on in the same paragraph. Have a look at the part where Pickle goes down to the harbour.

Can you make those changes by Friday? I'd love to put it in the class anthology.

Miss Prendergast
""", fmt="alt", cte="quoted-printable", mailer="gmail", kind="everyday",
    note="Teacher feedback on a pupil's story")

add("clean", "send_team_meeting_notes", BEV, [CALLUM, JO, AMY, KAREN], "Notes from SEND team meeting 6.2.25",
    (2025, 2, 6, 17, 0), """\
Hi all,

Thanks for staying late today. Notes below – please shout if I've missed anything.

1. Provision maps
Spring term provision maps are now on the shared drive (SEND > 2024-25 > Spring). Please update your intervention records weekly, not at the end of term!

2. Sensory room
The PTA has raised £2,340 so far. Sean has measured up the old store room next to the Harbour Room, and we're hoping to have it ready after Easter. Ideas for equipment to me by the end of February please.

3. Speech and language
The SALT visits move to Tuesday mornings from next week. Callum will take over the Talk Boost group in Year 3 while Amy is on the phonics catch-up.

4. Annual reviews
Three due before Easter (Y6 x2, Y4 x1). I'll send out the pupil views templates on Monday.

5. Training
Trauma-informed practice twilight on Wednesday 26th February, 3.45–5.15 in the hall. This one is compulsory for all support staff.

Next meeting: Thursday 6th March.

Bev
""", cc=[HEAD], fmt="alt", cte="quoted-printable", kind="everyday", note="Staff meeting notes")

NEWS_TEXT = """\
FRIDAY FLYER – 28th March 2025
Example School – a Church of England Junior School

From Mrs Hughes
What a busy fortnight! Thank you to everyone who came to our Mother's Day afternoon tea – the Year 3 scones were a triumph. This week Year 5 launched their "Heroes of the Coast" topic with a visit from the coastguard, and our nurture group planted the new sensory garden by the Harbour Room.

Attendance
Whole school this week: 94.6%. Well done to Puffins (Year 4), who win the attendance trophy with 98.2%! Remember, breakfast club opens at 7.45am every day (£1.50, free for pupils on free school meals).

Stars of the week
Seals: Evie P. for trying so hard with her reading
Puffins: Roman N. for 25/25 in times tables
Gannets: Harvey W. for his Viking longship
Dolphins: Ama M. for leading worship

Dates for your diary
Wed 2 April – Easter service, St Peter's Church, 1.45pm (all welcome)
Thu 3 April – Easter egg raffle drawn at 3pm (tickets 50p)
Fri 4 April – last day of term, finish at 2pm
Tue 22 April – school reopens

Uniform swap
The uniform swap cupboard by the office is open every Friday after school. Everything is free – take what you need.

Example School, Park Row, Leeds LS1 4AP · 01632 960000 · office@example-school.org.uk
"""

NEWS_HTML = """\
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Friday Flyer</title></head>
<body style="margin:0;padding:0;background:#eef4f8">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef4f8"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#233">
<tr><td style="background:#1F6FB2;color:#fff"><h1 style="margin:0;font-size:24px">Friday Flyer &ndash; 28th March 2025</h1>
<div>Example School &ndash; a Church of England Junior School</div></td></tr>
<tr><td><h2 style="color:#1F6FB2;font-size:18px">From Mrs Hughes</h2>
<p>What a busy fortnight! Thank you to everyone who came to our Mother&rsquo;s Day afternoon tea &ndash; the Year&nbsp;3 scones were a triumph. This week Year&nbsp;5 launched their &ldquo;Heroes of the Coast&rdquo; topic with a visit from the coastguard, and our nurture group planted the new sensory garden by the Harbour Room.</p></td></tr>
<tr><td><h2 style="color:#1F6FB2;font-size:18px">Attendance</h2>
<p>Whole school this week: <b>94.6%</b>. Well done to Puffins (Year&nbsp;4), who win the attendance trophy with <b>98.2%</b>! Remember, breakfast club opens at 7.45am every day (&pound;1.50, free for pupils on free school meals).</p></td></tr>
<tr><td><h2 style="color:#1F6FB2;font-size:18px">Stars of the week</h2>
<ul><li>Seals: Evie P. for trying so hard with her reading</li>
<li>Puffins: Roman N. for 25/25 in times tables</li>
<li>Gannets: Harvey W. for his Viking longship</li>
<li>Dolphins: Ama M. for leading worship</li></ul></td></tr>
<tr><td><h2 style="color:#1F6FB2;font-size:18px">Dates for your diary</h2>
<table cellpadding="4" style="font-size:14px">
<tr><td>Wed 2 April</td><td>Easter service, St Peter&rsquo;s Church, 1.45pm (all welcome)</td></tr>
<tr><td>Thu 3 April</td><td>Easter egg raffle drawn at 3pm (tickets 50p)</td></tr>
<tr><td>Fri 4 April</td><td>Last day of term, finish at 2pm</td></tr>
<tr><td>Tue 22 April</td><td>School reopens</td></tr></table></td></tr>
<tr><td><h2 style="color:#1F6FB2;font-size:18px">Uniform swap</h2>
<p>The uniform swap cupboard by the office is open every Friday after school. Everything is free &ndash; take what you need.</p></td></tr>
<tr><td style="background:#233;color:#cde;font-size:12px;text-align:center">Example School, Park Row, Leeds LS1&nbsp;4AP &middot; 01632&nbsp;960000 &middot; <a style="color:#cde" href="mailto:office@example-school.org.uk">office@example-school.org.uk</a></td></tr>
</table></td></tr></table>
</body></html>
"""

add("clean", "friday_flyer_newsletter", OFFICE, [JANE, SAM, ALI], "Friday Flyer – 28th March 2025",
    (2025, 3, 28, 14, 30), NEWS_TEXT, fmt="alt", cte="quoted-printable", html=NEWS_HTML, mailer="owa",
    kind="everyday", note="HTML newsletter with school contact details in footer")

add("clean", "report_comments_for_proofreading", OWEN, [HEAD], "Y6 report comments - for proofreading",
    (2025, 6, 16, 19, 30), """\
Hi Rachel,

Attached are the report comments for Ospreys. I've gone through them for the
new "next steps" format we agreed in the staff meeting, and I've kept the SEND
pupils' comments in line with their provision maps (Bev has read those five
already).

Two I'd particularly like your eye on:
- F.K. - I've tried to be honest about the behaviour in the spring term without
  it overshadowing how well he's done since Easter.
- T.S. - the SATs results aren't back until 8th July, so I've left a gap where
  the attainment sentence will go.

I'm aiming to have them on the system by Friday so that Priya can do the final
format check before they go home on the 11th.

Thanks,
Owen
""", attachments=[("Ospreys report comments draft.pdf", "application/pdf", pdf_bytes([
        "Ospreys (Y6) - end of year report comments - DRAFT", "",
        "F.K. - Filip has grown in confidence this year... [next steps: editing]",
        "T.S. - Tilly is a thoughtful and kind member of the class... [SATs: TBC]",
        "A.M. - Ama's leadership of worship has been a highlight...",
        "Please do not circulate - staff draft only."]))],
    kind="everyday", note="Staff-only: report comments sent to head for proofreading")

add("clean", "beach_safety_week_messages", GARETH, [JANE, SAM, ALI], "Beach safety week – please talk to your child about this",
    (2025, 5, 23, 15, 0), """\
Dear Parents and Carers,

This week the lifeguards and crew from Gullhaven Lifeboat Station visited every class to talk about staying safe at the beach. With half term coming and the weather warming up, we'd be really grateful if you could go over the key messages again at home.

- Swim at a lifeguarded beach, between the red and yellow flags.
- Never use inflatables in the sea – an offshore wind can carry them out very quickly.
- If you get into trouble in the water: Float to Live. Lean back, use your arms and legs to stay afloat, and wait until you can breathe normally before swimming or calling for help.
- If you see someone else in trouble, don't go in after them. Call 999 and ask for the Coastguard.
- Check the tide times before walking round the point to North Bay – every year people get cut off there.

The children learned a song about "Float to Live", and I'm sure they'll sing it for you whether you want them to or not!

Thank you, and have a safe half term.

Mr G Lloyd-Evans
PE & Swimming Lead
""", fmt="alt", cte="quoted-printable", kind="everyday", note="Beach safety follow-up letter")

add("clean", "book_fair_this_week", LIBRARY, [JANE, SAM, ALI], "Book fair this week!",
    (2025, 3, 10, 8, 30), """\
Dear families,

Our spring book fair is in the library from Tuesday 11th to Thursday 13th March, open every day after school from 3.15 to 4pm.

There are books from about £3.99, plus bookmarks, pencils and posters from 50p. For every £10 spent, the school gets £6 in free books for the library, so everything you buy helps.

Children will also visit with their class during the day to make a wish list – we'll send it home so you can see what they picked.

If you'd like to pay by card, that's fine. We can't give change for notes over £20.

Happy reading!
Mrs G Pask
School Librarian
""", cte="8bit", kind="everyday", note="Book fair reminder")

add("clean", "parents_evening_confirmation", PRIYA, [ALI], "Parents' evening - Tuesday 3rd December",
    (2024, 11, 26, 11, 20), """\
Dear Mr Guardian,

Thank you for booking. Your appointment to discuss Jayden is on Tuesday 3rd
December at 4.40pm in the Dolphins classroom (Room 6, upstairs in the main
building). Appointments are ten minutes, but Mrs Ashworth will be free straight
afterwards if you'd like to talk about his EHCP targets.

Jayden's books will be out on the table from 3.30 if you'd like to come early
and have a look.

Kind regards,
Priya Raman
""", kind="everyday", note="Parents' evening appointment confirmation")

add("clean", "ukulele_rehearsal_pupils", NATHAN, [ISLA, ROMAN, CHARLIE, POPPY], "Ukuleles for tomorrow's rehearsal",
    (2024, 12, 11, 15, 10), """\
Hi Year 4 musicians,

Please remember to bring your school ukulele in tomorrow (Thursday) for the
rehearsal in the church. If you left yours at school, it's safe in the music
cupboard.

We're practising Jingle Bells, Silent Night and our sea shanty. Remember,
C - F - G7 for the chorus!

Mr Boyce
""", kind="everyday", note="Instrument reminder to Y4 pupils")

add("clean", "heating_off_ks2_block", SEAN, [STAFF], "Heating - KS2 block Thursday",
    (2025, 1, 21, 7, 35), """\
Morning all,

The heating engineer is coming on Thursday to replace the pump in the KS2 block
boiler. The heating will be off from 8am until about midday, so the classrooms
upstairs will be chilly first thing. I'll put the portable heaters in Rooms 5-8
before school, but please make sure the children bring their jumpers.

Also - please don't prop the fire door by the hall open with the PE mats. The
alarm contractor has noticed it twice now.

Thanks,
Sean
Site Manager
""", kind="everyday", note="Site manager notice to staff")

add("clean", "governors_agenda", HEAD, [CLERK], "FGB agenda and papers – 11th February",
    (2025, 2, 4, 17, 20), """\
Dear Helen and governors,

Please find attached the agenda for the full governing body meeting on Tuesday 11th February at 6pm in the school library. Papers will be on GovernorHub by Friday.

Main items:
1. Headteacher's report, including attendance and the persistent absence plan
2. SEND update from Mrs Ashworth – 31% of our pupils are now on the SEND register
3. Budget monitoring (Mrs Harker)
4. SIAMS preparation – our inspection window opens in the summer term
5. Safeguarding report (Mr Okafor) – part B, confidential
6. Policies for approval: Behaviour; Relationships and Health Education; Charging and Remissions

Refreshments from 5.45. Please let Helen know if you're unable to attend.

With best wishes,
Rachel

Rachel Hughes, Headteacher
""", cc=[REV], fmt="alt", cte="quoted-printable",
    attachments=[("FGB agenda 11 Feb 2025.pdf", "application/pdf", pdf_bytes([
        "Example School - Full Governing Body", "Tuesday 11 February 2025, 6pm, school library", "",
        "1. Apologies and declarations of interest", "2. Minutes of 26 November 2024",
        "3. Headteacher's report", "4. SEND update", "5. Budget monitoring",
        "6. SIAMS preparation", "7. Safeguarding (Part B)", "8. Policies for approval", "9. AOB"]))],
    kind="everyday", note="Governors' meeting agenda to clerk and vicar")

add("clean", "kitchen_menu_change", KITCHEN, [OFFICE], "Menu change - Friday",
    (2025, 3, 6, 10, 15), """\
Hi Lorraine and all,

Our fish delivery has been cancelled, so tomorrow's fish fingers will be
swapped for salmon fishcakes (contains fish, egg, wheat/gluten, milk).
Vegetarian option is still the cheese and tomato pasta.

The allergy children have all been checked - K.M. and A.R. will have their
usual alternatives, already labelled in the fridge.

Could you add it to the ParentPay menu please?

Thanks
Julie
Kitchen
""", cc=[STAFF], kind="everyday", note="Kitchen menu change to office and staff")

HTML_CHRISTINGLE = html_outlook("""\
Dear Parents and Carers,

Our Christingle service will be held in school on Friday 13th December at 2pm, and families are very welcome to join us in the hall.

Each child will make their own Christingle in class that morning. We will provide the oranges, candles, ribbon and sweets, so you don't need to send anything in. If your child has an allergy or doesn't eat gelatine, please let their class teacher know and we'll make sure they have suitable sweets.

The collection will be for the Children's Society, who work with young carers and with children facing poverty – two causes very close to our hearts at Example School.

For safety, the candles will only be lit for the final song, with an adult at the end of every row.

With best wishes,
Mrs R Okonedo
RE and Collective Worship Lead
""")

add("clean", "christingle_service_letter", RUTH, [JANE, SAM, ALI], "Christingle service – Friday 13th December",
    (2024, 12, 2, 15, 15), "", fmt="html", html=HTML_CHRISTINGLE, html_cte="base64",
    kind="everyday", note="HTML-only base64 letter about Christingle service")

add("clean", "inhaler_medication_form", OFFICE, [JANE], "Evie's inhaler",
    (2024, 9, 12, 10, 40), """\
Dear Jane,

Thank you for dropping off Evie's new inhaler this morning. Before we can keep
it in school, we need a signed medication form - I've attached a copy, or there
are paper ones in reception. Could you also send in the spacer if she uses one
at home?

The inhaler will be kept in the Seals classroom in her named bag, and a second
one goes in the first aid kit for trips and swimming.

Kind regards,
Lorraine Pybus
Office Manager
Example School
01632 960000
""", attachments=[("Medication consent form.pdf", "application/pdf", pdf_bytes([
        "Example School - Parental consent to administer medicine", "",
        "Child's name: ____________________  Class: ________",
        "Name of medicine: ____________________  Dose: ________",
        "When to be given: ____________________",
        "Parent/carer signature: ____________________  Date: ________"]))],
    kind="everyday", note="Office asks parent for a medication form (PDF attached)")

add("clean", "young_carers_group_pizza", CAROL, [SAM], "Kai at young carers group today",
    (2025, 5, 7, 15, 50), """\
Dear Sam,

Just a quick note to say Kai had a great time at young carers group today. We made pizzas in the food tech room, and he was in charge of the oven timer (he took it very seriously!). He chatted a lot about helping his mum with her physio exercises, and the other children were really interested.

Next week we're going to start planning our summer trip. Each child gets a vote, and Kai's idea is the lifeboat station, so watch this space.

He's also earned his "Carer of the Term" certificate, which will be presented in Friday's celebration assembly at 9am – you'd be very welcome to come.

Best wishes,
Carol
""", cte="8bit", kind="everyday", note="Young carers group update to carer")

add("clean", "times_tables_well_done_pupil", LEAH, [ROMAN], "25 out of 25!!",
    (2025, 2, 4, 16, 10), """\
Dear Roman,

I've just looked at today's times tables practice and you got 25 out of 25 in
under three minutes! That's the first time you've got full marks, and I know
how hard you've been working on your 7s and 8s.

Keep it up - the real check is in June and you're going to smash it.

Miss Tindall
""", mailer="gmail", kind="everyday", note="Praise email to a Y4 pupil")

add("clean", "inset_day_agenda_staff", HEAD, [STAFF], "INSET day – Monday 6th January",
    (2024, 12, 20, 12, 0), """\
Dear all,

I hope you all have a restful Christmas – you've more than earned it. Here's the plan for our INSET day on Monday 6th January so you know what to expect.

8.45 – Coffee and pastries in the staffroom
9.00 – Worship and welcome (Revd Andrew)
9.20 – Trauma-informed practice, part 2 (Gullhaven Inclusion Service), hall
10.45 – Break
11.00 – Safeguarding update and the new behaviour policy (Dan)
12.00 – Lunch
12.45 – Phase meetings: planning the "Heroes of the Coast" topic
2.00 – Time in classrooms
3.30 – Finish

Support staff – please join us for the morning sessions; Bev will meet you after lunch to go through the spring term provision maps.

Dress is casual!

Merry Christmas,
Rachel
""", fmt="alt", cte="quoted-printable", kind="everyday", note="INSET day agenda to staff")

SPORTS_CSV = ("class,house,colour,team captain\r\n"
              "Seals (Y3),Puffin,red,E.P.\r\nPuffins (Y4),Gannet,blue,R.N.\r\n"
              "Kittiwakes (Y4),Kittiwake,yellow,I.F.\r\nGannets (Y5),Tern,green,H.W.\r\n"
              "Cormorants (Y5),Puffin,red,M.B.\r\nDolphins (Y6),Gannet,blue,A.M.\r\n"
              "Seahorses (Y6),Kittiwake,yellow,R.H.\r\nOspreys (Y6),Tern,green,L.B.\r\n").encode("utf-8")

add("clean", "sports_day_houses_staff", GARETH, [STAFF], "Sports Day - house teams and jobs",
    (2025, 6, 23, 12, 30), """\
Hi everyone,

Sports Day is Thursday 3rd July (reserve day Tuesday 8th). Teams are attached -
it's the usual houses: Puffin (red), Gannet (blue), Kittiwake (yellow) and Tern
(green). Please could children wear a T-shirt in their house colour.

Jobs on the day:
- Track events: Owen and Kieran (starting and finishing)
- Field stations: one teacher and one TA per station, rota to follow
- First aid: Karen and Lorraine
- Water station and sun cream: Sue and Carol
- Parents' area and refreshments: the PTA

The sensory-friendly chill-out zone will be in the library again for anyone who
needs a break from the noise.

Cheers,
Gareth
""", attachments=[("Sports day teams.csv", "text/csv", SPORTS_CSV)], kind="everyday",
    note="Staff-only sports day organisation with CSV attachment")

HTML_LOST = html_outlook("""\
Dear Parents and Carers,

Our lost property rail is overflowing! There are currently 43 jumpers, 11 coats, 9 water bottles and a single wellington boot (left foot, size 13).

The rail will be outside the main entrance on Thursday and Friday from 3.15pm. Anything not collected by Friday will be washed and added to the uniform swap cupboard, which is free for any family to use.

Please label everything, including PE kits and swimming bags – a name in marker pen is fine.

Thank you,
School Office
Example School
Park Row, Leeds LS1 4AP · 01632 960000
""")

add("clean", "lost_property_rail", OFFICE, [JANE, SAM, ALI], "Lost property – please have a look before half term",
    (2025, 2, 12, 14, 0), "", fmt="html", html=HTML_LOST, html_cte="quoted-printable", mailer="owa",
    kind="everyday", note="HTML-only lost property notice")

add("clean", "y6_booster_sessions_letter", PRIYA, [ALI], "Year 6 booster sessions and Easter school",
    (2025, 1, 20, 15, 30), """\
Dear Parents and Carers,

From Tuesday 28th January we'll be running after-school booster sessions for Year 6, on Tuesdays (maths) and Thursdays (reading and grammar), 3.15 – 4.15pm. Children have been invited based on our last assessments, and your child has a place.

The sessions are small and friendly, and there's a snack – children often say they're their favourite part of the week! They are free.

We'll also be running a two-day Easter school on Tuesday 8th and Wednesday 9th April, 9.30am – 12.30pm. More details will follow in March.

Please return the reply slip, or email me, by Friday 24th January.

Kind regards,
Priya Raman, Kieran Doyle and Owen Rudd
Year 6 Team
""", cc=[KIERAN, OWEN], fmt="alt", cte="quoted-printable", kind="everyday",
    note="Y6 booster sessions letter")

add("clean", "worship_dates_with_vicar", RUTH, [REV], "Worship dates for Lent and Easter",
    (2025, 2, 25, 13, 0), """\
Dear Andrew,

Thank you for leading worship so beautifully last week - the children are
still talking about the fishing net and the 153 fish!

Here are the dates for the rest of the spring term, if they still work for you:
- Ash Wednesday, 5th March: service at St Peter's, 9.15am (whole school
  walking down)
- Thursday 20th March: class worship with Year 4 on forgiveness
- Wednesday 2nd April: Easter service at St Peter's, 1.45pm, with Year 3
  leading the Easter garden

Could we also talk about SIAMS preparation? Rachel would like you to meet the
worship council, perhaps after the Year 4 session.

With thanks and best wishes,
Ruth

Mrs Ruth Okonedo
RE & Collective Worship Lead
Example School
""", cc=[HEAD], kind="everyday", note="Collective worship dates with the vicar")

add("clean", "google_classroom_science_task", ZOE, [MAISIE, HARVEY, BOBBY, GRACE], "Science – floating and sinking task",
    (2025, 5, 12, 16, 0), """\
Hi Cormorants,

I've set this week's science task on Google Classroom. You'll find it under "Forces – Week 4".

We're investigating why the lifeboat floats even though it's made of metal and weighs about 40 tonnes. Use the tin foil boats we made on Friday to answer the questions, and upload a photo of your results table.

If you can't log in, the class code is hk7m2pz. Your username is your school email and the password is the one on the card in your planner.

Due: Friday 16th May.

Miss Prendergast
""", fmt="alt", cte="quoted-printable", mailer="gmail", kind="everyday",
    note="Google Classroom task to Y5 pupils")

add("clean", "fwd_safeguarding_update_staff", DAN, [STAFF], "FW: Annual safeguarding update – complete by 27th September",
    (2024, 9, 10, 8, 0), """\
All,

Forwarding the reminder from the local authority. Please complete the online update by Friday 27th September – it takes about 45 minutes. You'll need a certificate for your file, so please send it to Lorraine once you've finished.

Also please read Part 1 of KCSIE 2024 and sign the sheet in the staffroom if you haven't done so already.

Dan

-----Original Message-----
From: Safeguarding in Education Team <sie-team@example.org>
Sent: 09 September 2024 16:22
To: Designated Safeguarding Leads <dsl-list@example.org>
Subject: Annual safeguarding update – complete by 27th September

Dear DSLs,

The 2024-25 annual safeguarding update for school staff is now live on the learning platform. Please ask all staff and regular volunteers to complete the module by Friday 27th September 2024, and keep a record of completion for your single central record audit.

This year's module includes updates on child-on-child abuse, online safety, filtering and monitoring, and the changes in KCSIE 2024.

Kind regards,
Safeguarding in Education Team
""", cte="8bit", kind="everyday", note="Forwarded LA safeguarding training reminder to staff")

add("clean", "beach_clean_thank_you_photo", AMY, [ALI], "Thank you for Saturday's beach clean!",
    (2025, 5, 19, 12, 10), """\
Dear Ali,

Thank you so much for helping at the beach clean on Saturday, and for bringing Jayden's friends along too. Between us we collected 23 bags of rubbish, three traffic cones and, somehow, a garden gnome!

I've attached a photo of the bag mountain at the end. The council collected everything this morning.

The children's photos will go on the school's Facebook page later this week (only those with photo consent).

Thanks again,
Amy Fenwick
HLTA & PTA staff rep
Example School
""", fmt="alt", cte="quoted-printable", mailer="gmail",
    attachments=[("IMG_4471.png", "image/png", png_bytes(16, 12, (64, 128, 176)))],
    kind="everyday", note="Thank-you to a parent volunteer with photo attachment")


# ================================================================ output

README = """\
# Round 20 hold-out: personal-address-to-parent (BLIND)

**Blind test data – never use it for tuning.** These messages were written
without looking at mailguard's code, rules, docs, examples or any other test
set, and mailguard was never run while writing them. If a rule is changed
because of a message in here, the set stops being a hold-out.

## What it is

{total} hand-written outgoing e-mails (RFC 5322 `.eml`) from staff of a fictional
Church of England junior school (ages 7–11) in a seaside town: a large SEND
cohort, a nurture group (the "Harbour Room"), many young carers and
disadvantaged families, a food bank link, a staff-run PTA and social media,
swimming, beach-safety and lifeboat-station visits.

They test the policy rule: staff must never use their own personal phone or
e-mail to communicate with pupils or parents, must not give pupils or parents
their personal phone number, home address or personal e-mail, and must not add
pupils or parents as friends on social media. Labels are by the policy's
intent, as the school's safeguarding lead would judge them.

`labels.csv` columns: `file,expected,sender,recipients,note` (recipients are
the To + Cc addresses separated by spaces; `[unsure]` marks judgement calls).

## Counts

| kind | expected | count |
|---|---|---|
| personal contact details / private channel given to a parent or pupil | flag | {n_flag} |
| hard negatives (look risky, are fine) | clean | {n_hard} |
| ordinary everyday school mail | clean | {n_every} |
| **total** | | **{total}** |

Formats: {n_plain} plain-text bodies, {n_alt} multipart/alternative (text + HTML), {n_html} HTML-only;
{n_att} of them carry attachments (PDF, vCard, iCalendar, CSV, PNG); bodies in 7bit, 8bit,
quoted-printable and base64; RFC 2047 subjects and display names.

## Kinds of case

Flag:
- own mobile in the body, signature, vCard or .ics attachment; formats with
  spaces, none, dots, brackets/hyphens, +44, 0044, `&nbsp;` in HTML, split over a line break
- home landline; home address with and without a postcode
- personal e-mail: Reply-To header, Cc to a home account, forwarded header,
  family domain, spelled out ("jo dot carrick at yahoo dot co dot uk")
- private channels: WhatsApp, Signal, Snapchat, Instagram, TikTok, a Facebook friend request

Clean (hard):
- the school's own number, postcode and mailboxes; colleagues' official extensions
- school-owned trip / residential / work mobiles stated as such
- the parent's own details read back or quoted (Outlook and Gmail quote styles)
- third parties: leisure centre, food bank, helplines, school nurse, young carers
  service, taxi firm, secondary school, lifeboat volunteer, outdoor centre
- numbers that are not phones: sort code/account, Teams meeting IDs, SATs and
  DfE references, ISBNs, candidate numbers, big numbers and 24-hour times
- staff-only mail with personal details (HR, staff social, sick note), a DSL
  referral to an outside agency
- e-safety advice naming apps, the official school social media accounts, staff
  declining to give a personal number, a withheld-number call

## How it was made / how to regenerate

Written by hand as data in `../make_round20_personal.py` (Python 3.11, standard
library only). Dates, Message-IDs and MIME boundaries are fixed, so

    python3 tests/holdout/round20/make_round20_personal.py

rewrites every file byte-for-byte identically. All names, addresses and
postcodes are invented (GH/RV postcodes are not real postcode areas); phone
numbers are in Ofcom's drama ranges; outside organisations use example.org.
The three parents are the ones in `directory/parents.csv`; their children are
given invented first names (Evie = Example Pupil One, Kai = Example Pupil Two,
Jayden = Example Pupil Three).
"""


def main():
    msgs = list(MSGS)
    for m in msgs:
        if not m["kind"]:
            m["kind"] = "flag" if m["label"] == "flag" else "hard"
    assert sum(m["label"] == "flag" for m in msgs) == 20
    assert sum(m["kind"] == "hard" for m in msgs) == 30
    assert sum(m["kind"] == "everyday" for m in msgs) == 30
    assert len({m["slug"] for m in msgs}) == len(msgs)
    random.Random(20).shuffle(msgs)

    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for i, m in enumerate(msgs, 1):
        name = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(build(m))
        rows.append([name, m["label"], m["frm"][1],
                     " ".join(a for _, a in m["to"] + m["cc"]), m["note"]])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "expected", "sender", "recipients", "note"])
        w.writerows(rows)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(
            total=len(msgs), n_flag=sum(m["kind"] == "flag" for m in msgs),
            n_hard=sum(m["kind"] == "hard" for m in msgs),
            n_every=sum(m["kind"] == "everyday" for m in msgs),
            n_plain=sum(m["fmt"] == "plain" for m in msgs),
            n_alt=sum(m["fmt"] == "alt" for m in msgs),
            n_html=sum(m["fmt"] == "html" for m in msgs),
            n_att=sum(bool(m["attachments"]) for m in msgs)))
    print(f"wrote {len(msgs)} messages to {OUT}")


if __name__ == "__main__":
    main()
