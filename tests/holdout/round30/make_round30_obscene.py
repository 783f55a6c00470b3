#!/usr/bin/env python3
"""Round 30 blind hold-out corpus for mailguard, module: obscene-language.

Setting: a selective girls' grammar school (11-18) in Buckinghamshire.
Writes 80 .eml files (20 flag, 60 clean), labels.csv and README.md into
./obscene-language/ next to this script.

Deterministic: fixed dates, Message-IDs and MIME boundaries, no randomness,
so running it twice gives byte-identical files.  Python 3.11 stdlib only.

    python3 tests/holdout/round30/make_round30_obscene.py

BLIND: written without looking at mailguard's code, rules or tests.
Never use these files for tuning.
"""
import base64
import csv
import hashlib
import html
import io
import os
import quopri
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'obscene-language')
DOM = 'example-school.org.uk'
PUPDOM = 'pupils.example-school.org.uk'

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
# key: (display name, mailbox local part, signature name, role)
STAFF = {
    'head':       ('Helen Ashworth-Price', 'head', 'Dr Helen Ashworth-Price', 'Headmistress'),
    'hughes':     ('Rachel Hughes', 'r.hughes', 'Mrs Rachel Hughes', 'Deputy Head (Pastoral)'),
    'dsl':        ('Priya Raman', 'dsl', 'Ms Priya Raman', 'Assistant Head and Designated Safeguarding Lead'),
    'fairbairn':  ('Tom Fairbairn', 't.fairbairn', 'Mr Tom Fairbairn', 'Head of Rowing'),
    'hale':       ('Georgina Hale', 'g.hale', 'Miss Georgina Hale', 'Director of Lacrosse'),
    'okafor':     ('Nicholas Okafor', 'n.okafor', 'Dr Nicholas Okafor', 'Head of Chemistry'),
    'mcallister': ('Fiona McAllister', 'f.mcallister', 'Mrs Fiona McAllister', 'Head of English'),
    'osei':       ('Kwame Osei', 'k.osei', 'Mr Kwame Osei', 'Second in English'),
    'kowalski':   ('Daniel Kowalski', 'd.kowalski', 'Mr Daniel Kowalski', 'Head of History'),
    'marchand':   ('Chlo\u00e9 Marchand', 'c.marchand', 'Mme Chlo\u00e9 Marchand', 'Head of Modern Languages'),
    'becker':     ('Jonas Becker', 'j.becker', 'Herr Jonas Becker', 'Teacher of German'),
    'drury':      ('Alison Drury', 'a.drury', 'Mrs Alison Drury', 'Head of Sixth Form'),
    'whitcombe':  ('James Whitcombe', 'j.whitcombe', 'Mr James Whitcombe', 'Head of Classics and Oxbridge Coordinator'),
    'office':     ('Kerry Bannister', 'office', 'Mrs Kerry Bannister', 'Office Manager'),
    'attendance': ('Deborah Pym', 'attendance', 'Mrs Deborah Pym', 'Attendance Officer'),
    'senco':      ('Leila Haddad', 'senco', 'Ms Leila Haddad', 'SENDCo'),
    'pritchard':  ('Owen Pritchard', 'o.pritchard', 'Mr Owen Pritchard', 'Head of Geography'),
    'brennan':    ('Lucy Brennan', 'l.brennan', 'Mrs Lucy Brennan', 'Teacher of Geography and Educational Visits Coordinator'),
    'kirby':      ('Anna Kirby', 'a.kirby', 'Mrs Anna Kirby', 'Teacher of Geography; Eco Club'),
    'vance':      ('Eleanor Vance', 'e.vance', 'Dr Eleanor Vance', 'Teacher of Biology; Medicine and Veterinary Applications Lead'),
    'reeve':      ('Simon Reeve', 's.reeve', 'Mr Simon Reeve', 'Teacher of Biology'),
    'tate':       ('Marcus Tate', 'm.tate', 'Marcus Tate', 'Network Manager'),
    'ellis':      ('Bronwen Ellis', 'b.ellis', 'Mrs Bronwen Ellis', 'Teacher of Politics; Model UN and Debating'),
    'chandran':   ('Ravi Chandran', 'r.chandran', 'Mr Ravi Chandran', 'Teacher of Mathematics'),
    'cole':       ('Harriet Cole', 'h.cole', 'Ms Harriet Cole', 'Director of Music'),
    'exams':      ('Julie Stannard', 'exams', 'Mrs Julie Stannard', 'Examinations Officer'),
    'aldridge':   ('Ben Aldridge', 'b.aldridge', 'Mr Ben Aldridge', 'Head of Year 9'),
    'lloyd':      ('Si\u00e2n Lloyd', 's.lloyd', 'Mrs Si\u00e2n Lloyd', 'Head of Year 11'),
    'dunmore':    ('Clare Dunmore', 'c.dunmore', 'Ms Clare Dunmore', 'Head of Religion, Philosophy and Ethics'),
    'qureshi':    ('Nadia Qureshi', 'n.qureshi', 'Mrs Nadia Qureshi', 'PSHE and RSE Lead'),
    'farrant':    ('Zo\u00eb Farrant', 'z.farrant', 'Ms Zo\u00eb Farrant', 'Head of Drama'),
    'garside':    ('Phil Garside', 'p.garside', 'Phil Garside', 'Site Manager'),
    'careers':    ('Mark Heseltine', 'careers', 'Mr Mark Heseltine', 'Careers and Higher Education Adviser'),
    'hobbs':      ('Gareth Hobbs', 'g.hobbs', 'Mr Gareth Hobbs', 'Teacher of Physics'),
    'penrose':    ('Alastair Penrose', 'a.penrose', 'Mr Alastair Penrose', 'Teacher of Economics'),
    'catering':   ('Maureen Tully', 'catering', 'Maureen Tully', 'Catering Manager'),
    'webb':       ('Andrew Webb', 'a.webb', 'Andrew Webb', 'Senior Science Technician'),
}


def st(k):
    """(display name, address) of a member of staff."""
    return (STAFF[k][0], STAFF[k][1] + '@' + DOM)


def grp(local, name=None):
    return (name, local + '@' + DOM)


def pup(name, local):
    return (name, local + '@' + PUPDOM)


JANE = ('Jane Parent', 'jane.parent@gmail.com')
SAM = ('Sam Carer', 'sam.carer@outlook.com')
ALI = ('Ali Guardian', 'ali.guardian@btinternet.com')

# Pupils (local parts: year of entry + initial + surname)
IMOGEN = pup('Imogen Hartley', '19ihartley')
AISHA = pup('Aisha Siddiqui', '19asiddiqui')
FREYA = pup('Freya Lindsay', '19flindsay')
MAYA = pup('Maya Reddy', '19mreddy')
NIAMH = pup('Niamh Gallagher', '19ngallagher')
HATTIE = pup('Harriet Gough', '19hgough')
BEA = pup('Beatrice Lowe', '20blowe')
ZARA = pup('Zara Mensah', '20zmensah')
KIRAN = pup('Kiran Sharma', '20ksharma')
PHOEBE = pup('Phoebe West', '20pwest')
LILY = pup('Lily Sandhu', '20lsandhu')
OLIVIA = pup('Olivia Chen', '21ochen')
ROSIE = pup('Rosie Fenwick', '21rfenwick')
JESS = pup('Jessica Oyelaran', '21joyelaran')
TILLY = pup('Tilly Ashcroft', '22tashcroft')
SIENNA = pup('Sienna Moreau', '22smoreau')
ELEANORB = pup('Eleanor Baptiste', '22ebaptiste')
HANNAH = pup('Hannah Whitfield', '23hwhitfield')
POPPY = pup('Poppy Carrington', '24pcarrington')
AMARA = pup('Amara Nwosu', '24anwosu')
ESME = pup('Esme Darby', '25edarby')
ISLA = pup('Isla Parker', '25iparker')

# --------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------
DISCLAIMER = (
    "This e-mail and any attachments are confidential and intended solely for the\n"
    "addressee. If you have received it in error, please tell the sender and delete it.\n"
    "Example School, Park Row, Leeds LS1 4AP. Telephone 01632 960000.\n")


def sig(k, style='full'):
    _disp, local, name, role = STAFF[k]
    addr = local + '@' + DOM
    if style == 'full':
        return f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\nTel: 01632 960000\n"
    if style == 'pipe':
        return (f"{name} | {role}\nExample School | Park Row | Leeds LS1 4AP\n"
                f"T: 01632 960000 | E: {addr}\n")
    if style == 'short':
        return f"{name}\n{role}, Example School\n"
    if style == 'disclaimer':
        return (f"{name}\n{role}\nExample School, Park Row, Leeds LS1 4AP\n"
                f"01632 960000 | {addr}\n\n{DISCLAIMER}")
    if style == 'office':
        return (f"{name}\n{role}\nExample School\nPark Row, Leeds LS1 4AP\n"
                f"Main office: 01632 960000\noffice@{DOM}\n")
    raise ValueError(style)


# --------------------------------------------------------------------------
# MIME building (raw text, so that every byte is under our control)
# --------------------------------------------------------------------------
NL = '\n'


def T(s):
    return s.lstrip('\n')


def _h(seed):
    return hashlib.sha256(('round30-obscene:' + seed).encode()).hexdigest()


def q_word_chars(ch):
    out = ''
    for b in ch.encode('utf-8'):
        c = chr(b)
        if c == ' ':
            out += '_'
        elif b < 128 and (c.isalnum() or c in '!*+-/'):
            out += c
        else:
            out += '=%02X' % b
    return out


def encode_words(s, enc='Q', charset='UTF-8'):
    """RFC 2047 encoded words, folded with newline+space."""
    words, cur = [], ''
    for ch in s:
        trial = cur + ch
        if enc == 'B':
            too_long = len(trial.encode('utf-8')) > 39
        else:
            too_long = len(''.join(q_word_chars(c) for c in trial)) > 52
        if too_long:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc == 'B':
            payload = base64.b64encode(w.encode('utf-8')).decode('ascii')
        else:
            payload = ''.join(q_word_chars(c) for c in w)
        out.append(f'=?{charset}?{enc}?{payload}?=')
    return '\n '.join(out)


def fmt_addr(name, addr):
    if not name:
        return addr
    if any(ord(c) > 127 for c in name):
        return f'{encode_words(name, "Q")} <{addr}>'
    if any(c in name for c in '.,()<>@;:"[]'):
        return f'"{name}" <{addr}>'
    return f'{name} <{addr}>'


def addr_list(addrs):
    parts = [fmt_addr(*a) for a in addrs]
    line = ', '.join(parts)
    if len(line) < 70:
        return line
    return ',\n\t'.join(parts)


class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value)
        self.body = body            # str (ASCII or UTF-8 for 8bit)

    def render(self):
        head = ''.join(f'{k}: {v}\n' for k, v in self.headers)
        return head + '\n' + self.body


def _qp(data):
    return quopri.encodestring(data, quotetabs=False).decode('ascii')


def _b64(data):
    return base64.encodebytes(data).decode('ascii')


def text(body, subtype='plain', cte='quoted-printable', charset='utf-8', soft_breaks=False,
         extra=()):
    """A text/* leaf.  With soft_breaks, every NUL in body becomes a QP soft line break."""
    if not body.endswith('\n'):
        body += '\n'
    if cte == '7bit':
        body.encode('ascii')
        payload = body
    elif cte == '8bit':
        payload = body
    elif cte == 'quoted-printable':
        payload = _qp(body.encode(charset))
        if soft_breaks:
            payload = payload.replace('=00', '=\n')
    elif cte == 'base64':
        payload = _b64(body.encode(charset))
    else:
        raise ValueError(cte)
    ct = f'text/{subtype}; charset="{charset}"'
    if subtype == 'plain' and charset == 'us-ascii':
        ct = 'text/plain; charset="us-ascii"'
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra), payload)


def multipart(subtype, parts, boundary, preamble=None):
    body = ''
    if preamble:
        body += preamble + '\n\n'
    for p in parts:
        body += f'--{boundary}\n' + p.render() + '\n'
    body += f'--{boundary}--\n'
    return Part([('Content-Type', f'multipart/{subtype};\n\tboundary="{boundary}"')], body)


def attachment(filename, data, ctype, charset=None):
    ct = f'{ctype}; name="{filename}"'
    if charset:
        ct = f'{ctype}; charset="{charset}"; name="{filename}"'
    return Part([('Content-Type', ct),
                 ('Content-Description', filename),
                 ('Content-Disposition', f'attachment; filename="{filename}"; size={len(data)}'),
                 ('Content-Transfer-Encoding', 'base64')], _b64(data))


def boundary(seed, n=0, style='outlook'):
    h = _h(f'b:{seed}:{n}')
    if style == 'outlook':
        return f'_00{n}_LO4P265MB{h[:10].upper()}{h[10:14].upper()}GBRP_'
    if style == 'apple':
        return (f'Apple-Mail-{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-'
                f'{h[16:20].upper()}-{h[20:32].upper()}')
    return f'000000000000{h[:16]}'


def message_id(seed, style='outlook'):
    h = _h('m:' + seed).upper()
    if style == 'outlook':
        return f'<LO4P265MB{h[:4]}{h[4:24]}@LO4P265MB{h[24:28]}.GBRP265.PROD.OUTLOOK.COM>'
    if style == 'iphone':
        return f'<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{DOM}>'
    return f'<{h[:16].lower()}.{h[16:22].lower()}@{DOM}>'


# ---- plain text to HTML, as a mail client would -----------------------------
OUTLOOK_HEAD = T('''
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{color:#467886;
	text-decoration:underline;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
''')
OUTLOOK_TAIL = '</div>\n</body>\n</html>\n'


def to_html(body, style='outlook'):
    lines = body.rstrip('\n').split('\n')
    out = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                s = lines[i][1:]
                q.append(s[1:] if s.startswith(' ') else s)
                i += 1
            inner = ''.join(f'<div>{html.escape(x, quote=False) if x.strip() else "<br>"}</div>\n' for x in q)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">\n{inner}</blockquote>\n')
            continue
        if set(ln.strip()) == {'_'} and len(ln.strip()) > 10:
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       '</div>\n' if style == 'outlook' else '<hr>\n')
            i += 1
            continue
        esc = html.escape(ln, quote=False)
        if style == 'outlook':
            out.append(f'<p class="MsoNormal">{esc if ln.strip() else "&nbsp;"}<o:p></o:p></p>\n')
        else:
            out.append(f'<div>{esc if ln.strip() else "<br>"}</div>\n')
        i += 1
    if style == 'outlook':
        return OUTLOOK_HEAD + ''.join(out) + OUTLOOK_TAIL
    return ('<div dir="ltr" style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n'
            + ''.join(out) + '</div>\n')


def alternative(seed, plain, html_body=None, cte='quoted-printable', style='outlook', n=0):
    if html_body is None:
        html_body = to_html(plain, 'outlook' if style == 'outlook' else 'simple')
    return multipart('alternative',
                     [text(plain, 'plain', cte), text(html_body, 'html', cte)],
                     boundary(seed, n, 'outlook' if style == 'outlook' else style))


# ---- small binary attachments -------------------------------------------------
def make_pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT\n/F1 11 Tf\n50 790 Td\n14 TL\n'
    for ln in lines:
        content += f'({esc(ln)}) Tj T*\n'
    content += 'ET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
        '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        f'<< /Length {len(content.encode("latin-1"))} >>\nstream\n{content}endstream',
        f'<< /Title ({esc(title)}) /Producer (Example School office) >>',
    ]
    out = '%PDF-1.4\n'
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode('latin-1')))
        out += f'{i} 0 obj\n{o}\nendobj\n'
    xref = len(out.encode('latin-1'))
    out += f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'
    out += ''.join(f'{o:010d} 00000 n \n' for o in offsets)
    out += f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n'
    return out.encode('latin-1')


def fullwidth(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


# --------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------
MESSAGES = []


def D(y, mo, d, h, mi, s=0):
    bst = not ((2025, 10, 26) <= (y, mo, d) < (2026, 3, 29))
    tz = timezone(timedelta(hours=1 if bst else 0))
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def add(label, slug, note, frm, to, subject, date, root, cc=(), subject_enc=None,
        mid='outlook', reply_to_mid=None, extra=()):
    assert label in ('flag', 'clean')
    MESSAGES.append(dict(label=label, slug=slug, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, root=root, subject_enc=subject_enc,
                         mid=mid, reply_to_mid=reply_to_mid, extra=list(extra)))


def render_message(m):
    hdrs = []
    hdrs.append(('From', fmt_addr(*m['frm'])))
    hdrs.append(('To', addr_list(m['to'])))
    if m['cc']:
        hdrs.append(('Cc', addr_list(m['cc'])))
    if m['subject_enc']:
        subj = encode_words(m['subject'], m['subject_enc'])
    else:
        m['subject'].encode('ascii')
        subj = m['subject']
    hdrs.append(('Subject', subj))
    hdrs.append(('Date', format_datetime(m['date'])))
    hdrs.append(('Message-ID', message_id(m['slug'], m['mid'])))
    if m['reply_to_mid']:
        ref = message_id(m['reply_to_mid'], 'outlook')
        hdrs.append(('In-Reply-To', ref))
        hdrs.append(('References', ref))
    for k, v in m['extra']:
        hdrs.append((k, v))
    if m['mid'] == 'outlook':
        hdrs.append(('Content-Language', 'en-GB'))
    hdrs.append(('MIME-Version', '1.0'))
    root = m['root']
    head = ''.join(f'{k}: {v}\n' for k, v in hdrs + root.headers)
    return (head + '\n' + root.body).encode('utf-8')


IPHONE = (('X-Mailer', 'iPhone Mail (22B83)'),)


# ==========================================================================
# FLAG: the staff author's own words contain swearing or a slur
# ==========================================================================

# --- plain ---------------------------------------------------------------
add('flag', 'boathouse_bellend', "plain 'bellend', 'fucking' - rowing coach venting to colleagues",
    st('fairbairn'), [st('hale'), st('garside')], 'Boathouse - damage to the new Janousek',
    D(2025, 9, 27, 7, 52, 11), mid='iphone', extra=IPHONE,
    root=text(T("""
G, Phil,

Got down to the boathouse at 7 this morning and some bellend has dragged the new Janousek off the rack and left it on the slipway with a crack right along the bow canopy. None of the J16s were out yesterday so it wasn't us. My money is on the adult club who share the bay on Friday nights.

I'm absolutely fucking livid. That boat cost \u00a328k and half of it was the Parents' Association raffle money.

Phil - can you get the CCTV off the river gate camera for Friday from 6pm? I'll write it up properly for Rachel on Monday and ring the insurers.

We'll have to put the first VIII in the old Empacher for Wallingford, which is not ideal.

Tom

Sent from my iPhone
"""), cte='8bit'))

F02_QUOTE = T("""
________________________________
From: Kwame Osei <k.osei@example-school.org.uk>
Sent: 14 May 2026 15:58
To: Fiona McAllister <f.mcallister@example-school.org.uk>
Subject: NEA moderation sample

Hi Fiona,

Did the sample go off OK? Julie said the courier came at 3 but she wasn't sure whether it was ours or the Art one.

K
""")
add('flag', 'nea_sample_bollocks', "plain 'complete bollocks' - Head of English to her second, Outlook reply",
    st('mcallister'), [st('osei')], 'RE: NEA moderation sample', D(2026, 5, 14, 17, 21, 40),
    reply_to_mid='f02-orig',
    root=alternative('nea_sample_bollocks', T("""
Kwame,

It went - and it's already come back. The board have emailed to say two of the candidate record forms have the "wrong" authentication date on them, because the girls signed on the Monday and I countersigned on the Tuesday. The work is identical. The marks are identical. This is complete bollocks and I've told them so, though more politely than that.

Could you pull the CRFs for Imogen and Freya out of the grey cabinet first thing tomorrow and get them re-signed at registration? I'll do the covering letter and Julie can rebook the courier for Friday.

Thanks,
F

Fiona McAllister
Head of English
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

""") + F02_QUOTE))

F03_QUOTE = T("""
________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 02 October 2025 20:13
To: Alison Drury <a.drury@example-school.org.uk>
Subject: Chemistry predicted grade - Example Pupil Three

Dear Mrs Drury,

I write further to my emails of 29 September, 30 September and 1 October, none of which has yet received a substantive reply.

My daughter's predicted grade in Chemistry remains an A. As I have explained, her prospects of an offer from Oxford are materially affected by this, and I do not accept that a single disappointing mock paper, sat when she was recovering from a virus, is a proper evidential basis for the prediction. Her Year 12 internal assessments averaged 84%.

I should be grateful for (a) the written criteria the department uses to set predicted grades, (b) the marks on which this particular prediction is based, and (c) confirmation by Friday that the matter has been reviewed by someone other than Dr Okafor.

Yours sincerely,

Ali Guardian
""")
add('flag', 'fw_parent_arsehole', "plain 'arsehole' about a parent in the author's covering note; parent's forwarded text is polite",
    st('drury'), [st('hughes')], 'FW: Chemistry predicted grade - Example Pupil Three',
    D(2025, 10, 2, 21, 47, 5),
    root=alternative('fw_parent_arsehole', T("""
Rachel,

See below from Mr Guardian - his fourth email since Monday. He copied in the Chair of Governors on the last one (I've taken her off). He is, with the greatest respect to the Bar, an absolute arsehole, and has been since his daughter was in Year 7.

Nick has been really clear that the A is the honest prediction on the evidence and I'm backing him on it. I'd prefer it if you replied rather than me, as it's getting a bit personal and I think a response from SLT will land better. Happy to draft something tomorrow if it helps.

Alison

Alison Drury
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

""") + F03_QUOTE))

add('flag', 'epq_pissing_about', "plain 'pissing about' - teacher to a Year 13 pupil",
    st('pritchard'), [AISHA], 'EPQ title - decide by Friday', D(2025, 11, 4, 16, 38, 22),
    mid='plain',
    root=text(T("""
Aisha,

I've now had three different EPQ titles from you in a fortnight. You need to stop pissing about with the wording and pick one - the production log is due on Friday and at this stage the title is honestly the least important part of it.

Your option 2 ("To what extent did the 2014 floods change flood risk management in the Thames catchment?") is perfectly good and you already have most of the reading for it. Go with that.

Come and find me in G4 at lunch on Thursday if you want to talk it through.

Mr Pritchard

--
Owen Pritchard
Head of Geography, Example School
"""), cte='7bit', charset='us-ascii'))

F05_QUOTE = T("""
________________________________
From: Sam Carer <sam.carer@outlook.com>
Sent: 12 January 2026 19:05
To: Lucy Brennan <l.brennan@example-school.org.uk>
Subject: Refund for the Year 9 Bletchley Park trip

Hi Mrs Brennan,

Could you let me know whether we'll be refunded for the Bletchley Park trip that was cancelled last week? We paid \u00a334 through ParentPay in November. Example Pupil Two was really looking forward to it and is very disappointed - is there any chance it'll be rearranged?

Thanks,
Sam
""")
add('flag', 'parent_coach_wankers', "plain 'wankers' - trips coordinator's reply to a parent (Sam Carer)",
    st('brennan'), [SAM], 'RE: Refund for the Year 9 Bletchley Park trip', D(2026, 1, 14, 8, 3, 50),
    reply_to_mid='f05-orig',
    root=text(T("""
Dear Sam,

Thank you for your email, and I'm sorry it has taken me until today to reply \u2013 I wanted to have a definite answer for you first.

Yes, you will get the full \u00a334 back. The finance office are processing the refunds this week and it should show on ParentPay by the 21st.

For what it's worth, I completely share your frustration. The coach company have been absolute wankers about the whole thing: they cancelled on us 36 hours before we were due to leave and then tried to keep the deposit. We won't be using them again.

Bletchley have offered us a new date of Tuesday 3 February and I'll send a fresh letter out on Friday. Example Pupil Two's place is of course held for her.

With best wishes,

Lucy Brennan
Teacher of Geography and Educational Visits Coordinator
Example School, Park Row, Leeds LS1 4AP | 01632 960000

""") + F05_QUOTE))

add('flag', 'minibus_twat_subject', "plain 'twat' in the subject line of an all-staff email",
    st('hobbs'), [grp('allstaff', 'All Staff')], 'Which twat has blocked in the minibus?',
    D(2025, 10, 8, 14, 9, 37),
    root=text(T("""
Silver Ford Focus parked right across the minibus bay behind the sports hall, no permit in the window.

I have fourteen Year 8 lacrosse players and a 2.30 push-back at the away fixture. Please move it NOW.

Gareth
"""), cte='7bit', charset='us-ascii'))

add('flag', 'moderator_cunt', "plain 'cunt' - history teacher venting to a friend on staff about an exam moderator",
    st('kowalski'), [st('ellis')], 'moderation', D(2025, 9, 12, 18, 55, 3), mid='iphone', extra=IPHONE,
    root=text(T("""
Bron,

Moderator's report for last summer's NEA has finally come through. He's pulled the whole sample down by four marks. Every single one, including Hattie's, which had more historiography in it than most undergraduate dissertations. His comment: "limited engagement with the debate". Limited! She cited eleven historians.

What a cunt. I'll put in a review of moderation on Monday but I'm not holding my breath.

Pint at the Crown on Friday? I need one.

D

Sent from my iPhone
"""), cte='7bit', charset='us-ascii'))

F08_NOTES = T("""
LITTLE WOMEN - production meeting 19/11
Present: HC, ZF, Jonty (lighting), Annie (costume)

1. Rehearsals
 - Full cast Tues/Thurs 3.45-5.30 from 25 Nov
 - Band call Sat 31 Jan 10-1, Music School
 - Tech Sun 8 Feb, dress Mon 9 Feb, shows 11-13 Feb

2. Budget
 - Bursar STILL refusing the extra \u00a3600 for the pit band. Tight-fisted bastard. Try him again after Christmas with the ticket sales figures.
 - Costume hire quote \u00a31,140 (Annie chasing a second quote)
 - Lighting: existing rig + 2 hired movers, Jonty to confirm

3. Front of house
 - Tickets on sale 5 Jan via ParentPay, \u00a312 / \u00a38 concessions
 - Programme adverts: ask the PA
 - Interval drinks: Sixth Form charity committee

4. Actions
 - HC: band parts to players by 12 Dec
 - ZF: rehearsal schedule to cast and parents by Friday
 - Annie: measurements for the March sisters by 1 Dec
""").replace('\n', '\r\n')
add('flag', 'notes_txt_bastard', "plain 'bastard' inside an attached .txt of meeting notes; covering email clean",
    st('cole'), [st('farrant')], 'Production meeting notes (rough)', D(2025, 11, 19, 22, 4, 18),
    root=multipart('mixed', [
        alternative('notes_txt_bastard', T("""
Zo\u00eb,

Rough notes from tonight attached - just for us two, I'll tidy them up before they go anywhere near Rachel. Can you check I've got the tech and dress dates right?

H

Harriet Cole
Director of Music
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
"""), n=1),
        attachment('production_notes_19Nov.txt', F08_NOTES.encode('utf-8'), 'text/plain', 'utf-8'),
    ], boundary('notes_txt_bastard', 0)))

add('flag', 'set_change_retarded', "plain disability slur 'retarded' about a Year 9 pupil, staff to staff",
    st('chandran'), [st('aldridge')], '9X3 - Esme', D(2025, 10, 15, 12, 31, 44),
    root=alternative('set_change_retarded', T("""
Ben,

Can we talk about moving Esme D out of 9X3? I've tried everything - new seating plan, extension sheets, the lot - and she's still on Year 7 fractions while the rest of the set are doing simultaneous equations. Frankly she's a bit retarded and I don't think she belongs in a grammar school maths set at all, let alone set 3.

I know Leila will say processing speed etc. but I've got 29 others to teach. Set 4 would be kinder for everyone, her included.

Free period 4 tomorrow if you want to come up to M7.

Ravi
""")))

add('flag', 'contractor_racial_slur', "plain racial slur 'Paki' - site manager to office manager about a contractor",
    st('garside'), [st('office')], 'Window cleaners - signing in', D(2025, 11, 6, 8, 12, 9),
    root=text(T("""
Kerry,

The Paki lad from the window cleaning firm was up a ladder outside the Sixth Form Centre again this morning at 7.40 and hadn't signed in at reception. That's the third time. I've told him twice myself.

Can you ring ClearView and tell them if he turns up again without a visitor badge he's off site. We can't have contractors wandering round with nothing on the single central record while the girls are arriving.

Phil
Site Manager
"""), cte='7bit', charset='us-ascii'))

# --- disguised -----------------------------------------------------------
add('flag', 'parent_meeting_asterisks', "asterisk masks 'f*cking', 'sh*t', gender slur 'b*tch' - HoY to deputy head",
    st('lloyd'), [st('hughes')], "Just out of the meeting with Poppy C's mum", D(2026, 1, 22, 17, 48, 30),
    root=alternative('parent_meeting_asterisks', T("""
Rachel,

That was the most f*cking exhausting hour of my career. She had a ring binder. A ring binder, with coloured tabs. She went through every comment on every one of Poppy's reports since Year 7 and wants to know why Poppy isn't predicted 9s across the board when "she was working at Level 6 at her prep school".

I stayed calm, I didn't commit to anything, and I said you'd be in touch about her request to meet the Head. Honestly, the sh*t I have to take from that woman. Stupid b*tch.

I'll put the notes on CPOMS first thing tomorrow. Going home to a large glass of wine.

S x
""")))

add('flag', 'panel_leetspeak_b64', "leetspeak 'b0ll0cks', '5h1t' in a base64 text body - physics teacher to IT",
    st('hobbs'), [st('tate')], 'P3 board dead again', D(2026, 2, 24, 10, 47, 2),
    root=text(T("""
Marcus,

The interactive panel in P3 has died again - third time this half term. It comes on, runs for about twenty minutes, then the screen flickers and goes black. The "fix" last week was a load of b0ll0cks, it's doing exactly the same thing.

I've got Year 12 doing their required practical write-up with the data loggers in period 5 and the whole lesson goes to 5h1t if I can't project the software.

Any chance someone can have a look before 1.40?

Cheers,
Gareth

Gareth Hobbs
Teacher of Physics
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), cte='base64'))

add('flag', 'taster_day_dotted', "dotted 'w.a.n.k.e.r' and hyphenated 'F-u-c-k-i-n-g' - classics teacher to colleague",
    st('whitcombe'), [st('kowalski')], 'Classics taster day - cancelled', D(2025, 11, 27, 16, 20, 55),
    root=alternative('taster_day_dotted', T("""
Dan,

The chap from the university outreach office has cancelled the Classics taster day. Two days' notice. Forty Year 11s, a coach booked, permission slips all in, and he's "had to reprioritise". What an absolute w.a.n.k.e.r.

I've just had to email forty sets of parents. F-u-c-k-i-n-g typical - they're all about widening participation until it's a wet Thursday in November.

Could I borrow your room and the Year 11s' period 5 on Thursday for an alternative? I'll do a Pompeii session with the handling collection so it isn't a total write-off.

James
""")))

add('flag', 'oxford_offer_repeated_letters', "repeated letters 'Fuuuuuuck', 'shiiiiit' - teacher to a Year 13 pupil about her offer",
    st('vance'), [IMOGEN], 'IMOGEN!!!!', D(2026, 1, 13, 18, 6, 14),
    root=alternative('oxford_offer_repeated_letters', T("""
IMOGEN!!!

Mr Whitcombe has just forwarded the Oxford list. Fuuuuuuck yesssss!!! Medicine at Oxford!!! I am sitting in the biology prep room genuinely in tears.

All those Tuesday lunchtimes doing data interpretation, and Dr Okafor grilling you about enzyme kinetics in the mock interview - worth every single minute. Holy shiiiiit. (Sorry. I'm a bit overexcited. Please don't show this to your mum!)

Come and find me at break tomorrow. There will be cake.

Dr V
""")))

F15_BODY = T("""
Phil,

The engineer from the phone system company has just left. He was meant to be swapping the handsets in the Science block; instead he unplugged the switch in the B corridor comms cupboard without asking anyone and took the whole corridor offline for forty minutes in the middle of period 3. Absolute \u0430r\u0455\u0435h\u043el\u0435.

He's back on Thursday. Can you make sure he's escorted this time and doesn't go near that cupboard unless I'm with him?

(Spelt with a couple of Russian letters in, so the new filter doesn't bounce it. You're welcome.)

Marcus

Marcus Tate
Network Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")
add('flag', 'engineer_cyrillic', "Cyrillic homoglyphs in 'arsehole' (8bit UTF-8 body) - IT to site manager",
    st('tate'), [st('garside')], 'Phone system engineer', D(2025, 12, 3, 15, 33, 0),
    root=text(F15_BODY, cte='8bit'))

F16_SHITE = fullwidth('shite')
add('flag', 'mun_fullwidth', "full-width letters 'shite' in plain and HTML parts - staff to staff",
    st('ellis'), [st('dunmore')], 'MUN allocations for Cambridge', D(2026, 1, 8, 12, 14, 9),
    root=alternative('mun_fullwidth', T(f"""
Clare,

The country allocations for the Cambridge conference are out and they're {F16_SHITE}. We've got Tuvalu, the Holy See and two seats on the Fisheries Committee. After our girls won Best Delegation last year! The boys' school down the road has got the USA and China. Again.

I'm going to write to the secretariat - politely - but I wanted to have a moan to someone first.

Are you still OK to come on the coach on the Friday?

Bron
""")))

F17_BODY = T("""
Dear Jane,

Thank you so much for driving on Saturday, and for the flapjack \u2013 the 1st XII demolished it before we'd reached the M40.

I'm sorry about the result. I thought the girls played really well, and to be honest the umpire was an utter tw\u200bat \u2013 two cards for Example Pupil One for nothing at all, and he missed every single illegal check on our attack. I've fed it back to the league.

Training as normal on Tuesday. She should be really proud of how she played.

Best wishes,
Georgina

Georgina Hale
Director of Lacrosse
Example School, Park Row, Leeds LS1 4AP | 01632 960000

On 18 Oct 2025, at 18:22, Jane Parent <jane.parent@gmail.com> wrote:

> Hi Miss Hale,
>
> Just a quick note to say thank you for today \u2013 shame about the result but she loved it. Happy to drive again in November if you're short of cars.
>
> Jane
""")
add('flag', 'umpire_zero_width', "zero-width space inside 'twat' - lacrosse coach to a parent (Jane Parent)",
    st('hale'), [JANE], 'Re: Saturday - thank you', D(2025, 10, 19, 20, 41, 27), mid='iphone', extra=IPHONE,
    root=text(F17_BODY, cte='8bit'))

F18_HTML = T("""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Harriet,</p>
<p>Costume hire have sent the wrong sizes for the entire chorus. Every single dress is a 16. F&#117;cking brilliant, two weeks before tech.</p>
<p>I&#39;ve rung them and they&rsquo;re &lsquo;looking into it&rsquo;. What a load of <b>bol</b><b>locks</b>. If it isn&rsquo;t sorted by Monday I&rsquo;m going to raid the drama store and we&rsquo;ll make do with what we&rsquo;ve got.</p>
<p>Could the band manage without a run on Thursday? I need the hall for a costume parade.</p>
<p>Z x</p>
<p style="color:#555555;font-size:9pt">Zo&euml; Farrant<br>Head of Drama<br>Example School, Park Row, Leeds LS1 4AP<br>Tel: 01632 960000</p>
</body>
</html>
""")
add('flag', 'costumes_html_split', "HTML-only: 'F&#117;cking' entity and 'bol</b><b>locks' split by tags - drama to music",
    st('farrant'), [st('cole')], 'Costumes', D(2026, 1, 29, 16, 2, 48),
    root=text(F18_HTML, subtype='html', cte='quoted-printable'))

F19_BODY = T("""
Rachel,

Just to let you know that the Geography NEA marks still aren't in. The deadline to the board is the 15th and I asked all departments for them by last Friday so that I'd have time to sort out the sample. I've now chased Owen three times and he's just sent me a one-line reply saying "next week".

I'm sorry but I'm really pis\x00sed off with this. It's the same department every year, and every year it's me who ends up staying until seven on the last night uploading everything. He's a lovely man but an absolute bas\x00tard to work with at this time of year.

Could you have a word? I don't want to take it to Helen but I will if I have to.

Thanks,
Julie

Julie Stannard
Examinations Officer
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")
add('flag', 'nea_marks_qp_softbreak', "quoted-printable soft line breaks inside 'pissed' and 'bastard' - exams officer to deputy head",
    st('exams'), [st('hughes')], 'Geography NEA marks', D(2026, 5, 6, 9, 37, 12),
    root=text(F19_BODY, cte='quoted-printable', soft_breaks=True))

add('flag', 'car_park_rfc2047_subject', "swearing only in an RFC 2047 base64-encoded subject ('shitshow'); body clean",
    st('drury'), [grp('sixthform-tutors', 'Sixth Form Tutors')],
    'Sixth form car park \u2013 total shitshow this morning', D(2026, 3, 3, 9, 12, 40),
    cc=[st('hughes')], subject_enc='B',
    root=alternative('car_park_rfc2047_subject', T("""
Dear tutors,

Please could you remind your tutor groups at registration tomorrow that the top car park is for staff and visitors only before 8.45. This morning we had Year 13 drivers on the grass verge, across the accessible bay and in front of the delivery gate, and the catering lorry couldn't get in to the kitchens.

Sixth formers with a permit should use the lower car park off Park Row. Anyone without a permit shouldn't be driving to school at all - the list is on the Sixth Form Team channel.

Phil will be out there tomorrow morning with a clipboard.

Thanks,
Alison

Alison Drury
Head of Sixth Form
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")))


# ==========================================================================
# CLEAN: ordinary everyday school mail
# ==========================================================================
add('clean', 'autumn_term_dates', 'everyday: office letter to parents with term dates',
    st('office'), [JANE, SAM, ALI], 'Dates for the rest of the autumn term', D(2025, 9, 5, 15, 10, 2),
    root=alternative('autumn_term_dates', T("""
Dear Parents and Carers,

Welcome back - we hope you all had a restful summer. Please find below the key dates for the rest of the autumn term. The full calendar is on the school website and in the Parent Portal.

Friday 19 September - Year 7 and Year 12 Welcome Evening, 6.30pm, Main Hall
Thursday 25 September - Sixth Form Open Evening (no after-school clubs)
Wednesday 1 October - Individual school photographs
Monday 13 October - INSET day (school closed to pupils)
Wednesday 15 October - UCAS deadline for Oxford, Cambridge and medicine applications
Friday 24 October - Half term begins at 1.15pm
Monday 3 November - School resumes
Thursday 13 November - Year 11 Parents' Evening
Friday 19 December - Term ends at 1.15pm

School coaches will leave at 1.20pm on 24 October and 19 December. Please make your own arrangements if your daughter does not normally use the coaches.

If any of your contact details have changed over the summer, please let us know at office@example-school.org.uk so that our records are up to date.

Kind regards,

""") + sig('office', 'office')))

C02_QUOTE = T("""
________________________________
From: Jane Parent <jane.parent@gmail.com>
Sent: 21 September 2025 22:18
To: Alison Drury <a.drury@example-school.org.uk>
Subject: Predicted grades and the UCAS reference

Dear Mrs Drury,

I hope the start of term has gone well. I'm writing because Example Pupil One is now finalising her medicine application, and my husband and I have a few questions about process, having both been through it ourselves rather a long time ago.

First, could you explain how predicted grades are arrived at? I understand they are meant to be aspirational but achievable, but it isn't clear to us whether there is a departmental formula or whether it is left to the individual teacher.

Second, are her predictions now fixed, or might they change before submission?

Third, is it possible for us to see the reference before it is submitted? At my own trust we routinely share references with trainees, and I wondered whether the school did likewise.

Many thanks, and apologies for the long email.

Jane Parent
""")
add('clean', 'ucas_predictions_reply', 'everyday: head of sixth form replying to a parent about predicted grades, quoted thread',
    st('drury'), [JANE], 'RE: Predicted grades and the UCAS reference', D(2025, 9, 23, 16, 45, 31),
    reply_to_mid='c02-orig',
    root=alternative('ucas_predictions_reply', T("""
Dear Mrs Parent,

Thank you for your email, and for setting out Example Pupil One's plans so clearly. Please don't apologise for the length - these are exactly the right questions.

To take them in turn:

1. Predicted grades are set by each subject teacher at the end of Year 12 and reviewed by the head of department. They draw on the Year 12 summer examinations, coursework to date and the teacher's professional judgement. There is no formula, but I'm very happy to talk you through how hers were reached.

2. Her predictions are A*A*A (Biology, Chemistry, Mathematics) with an A in the EPQ. These are now fixed for UCAS purposes. They are strong, and entirely in line with what medical schools are looking for.

3. The reference is written by her tutor, Mrs Kirby, with a paragraph from each subject teacher, and I sign it off. It will be finalised by 6 October so that we comfortably meet the 15 October deadline. We don't share drafts with families, as references are confidential between the school and UCAS, but I can reassure you that it is a very warm one.

If it would help to meet, I'm free on Thursday after 4pm or on Monday morning before 10.

Kind regards,

""") + sig('drury', 'full') + '\n' + C02_QUOTE))

add('clean', 'mock_interview_slots', 'everyday: Oxbridge coordinator booking mock interviews for two pupils',
    st('whitcombe'), [FREYA, MAYA], 'Mock interview slots - w/c 17 November', D(2025, 11, 10, 8, 5, 12),
    cc=[st('drury')],
    root=text(T("""
Freya, Maya,

Your mock interviews are booked as follows:

Freya (Classics) - Tuesday 18 November, 4.00pm, Room C2, with me and Dr Marsh, who kindly comes over from the university every year to do these.

Maya (History) - Thursday 20 November, 3.45pm, the Library seminar room, with Mr Kowalski and an external interviewer.

Please bring a copy of your personal statement, any written work you submitted, and something to write with. You'll each be given a short unseen text twenty minutes beforehand to read and annotate.

Please don't over-prepare. The point is to practise thinking aloud, not to deliver rehearsed answers. We'll give you feedback straight afterwards and a written summary by the end of the week.

Mr Whitcombe

""") + sig('whitcombe', 'short'), cte='quoted-printable'))

add('clean', 'hospice_work_experience', 'everyday: medicine applications lead to a Year 12 pupil about volunteering and UCAT',
    st('vance'), [ZARA], 'Hospice volunteering + UCAT', D(2025, 11, 25, 13, 12, 8),
    root=alternative('hospice_work_experience', T("""
Hi Zara,

Good news - the volunteer coordinator at the hospice has come back to me and they can take you on Saturday mornings from January, 9.00-12.30, for ten weeks. She'll email you directly with the induction paperwork. You'll need to complete their online safeguarding module before your first shift, so do keep an eye out.

This sort of sustained, patient-facing volunteering is worth far more to medical schools than a week of shadowing, so keep a reflective diary from day one: what you saw, what surprised you, what you learned about communication and teamwork.

On UCAT: registration opens in the spring and the early test dates go quickly. I'd aim to sit it in early July, after your exams but before the summer gets away from you. The school has a set of practice logins; ask in the library for one.

MedSoc is on Thursday as usual, 1.10 in B4.

Best wishes,
Dr Vance

""") + sig('vance', 'pipe')))

C05_PDF = make_pdf([
    'Example School - Rowing',
    'Wallingford Head - Saturday 8 November 2025',
    '',
    'Crews: 1st VIII, 2nd VIII, J16 4x+',
    'Meet: Boathouse, 6.15am sharp. Minibus departs 6.30am.',
    'Trailer leaves Friday 4.30pm (loading party: J16 squad).',
    'Kit: school AIO, splash top, warm layers, water bottle, packed lunch.',
    'Collection: Boathouse, approximately 5.00pm (updates on the team app).',
    'Entry fee: 18 pounds via ParentPay by Wednesday 5 November.',
    '',
    'Consent: please complete the form on ParentPay by Wednesday.',
    'Contact on the day: school office 01632 960000',
], 'Wallingford Head letter')
add('clean', 'wallingford_head_letter', 'everyday: rowing trip letter to parents with a PDF attachment',
    st('fairbairn'), [JANE, ALI], 'Wallingford Head - Saturday 8 November - travel and timings',
    D(2025, 11, 3, 19, 30, 0),
    root=multipart('mixed', [
        alternative('wallingford_head_letter', T("""
Dear Parents,

Wallingford Head is this Saturday and both senior VIIIs and the J16 quad are racing. The letter with full details is attached, but in summary:

- Meet at the boathouse at 6.15am; the minibus leaves at 6.30am sharp.
- The trailer goes on Friday afternoon, so please make sure your daughter has taken her blades and kit down by 4.15pm on Friday.
- Racing is divisional; we expect to be back at the boathouse at around 5pm, and I'll post updates on the team app.
- The entry fee of \u00a318 is on ParentPay along with the consent form, both by Wednesday please.

It's going to be cold and probably wet, so lots of warm layers, a hat and a proper packed lunch. Spectators are very welcome but there is no parking at the enclosures - use the town car parks and walk down.

If you need to reach us on the day, please ring the school office on 01632 960000 and they will pass a message on.

Many thanks,

""") + sig('fairbairn', 'full'), n=1),
        attachment('Wallingford_Head_8Nov.pdf', C05_PDF, 'application/pdf'),
    ], boundary('wallingford_head_letter', 0)))

C06_BODY = T("""
Hi Sam,

Good question! For the U15s she needs a women's stick with a legal pocket for field play, not a goalie head. Something mid-range is plenty at this stage \u2013 around \u00a360\u2013\u00a380 for a complete stick. The shop in town will string it properly for her and check it's within the rules, which is worth doing.

Please avoid the very cheap all-in-one beginner sticks online; the pockets tend to go baggy within a few weeks and then she won't be allowed to use it in matches.

She's been working really hard in training and her catching on the non-dominant side has come on a lot.

Best wishes,
Georgina

Georgina Hale
Director of Lacrosse
Example School, Park Row, Leeds LS1 4AP | 01632 960000

On 15 Sep 2025, at 20:51, Sam Carer <sam.carer@outlook.com> wrote:

> Hi Miss Hale, Example Pupil Two has asked for a new lacrosse stick for her birthday as she's borrowing one from school at the moment. Is there a particular type we should be buying? I've no idea where to start! Thanks, Sam
""")
add('clean', 'lacrosse_stick_advice', 'everyday: lacrosse coach replies to a parent about buying a stick',
    st('hale'), [SAM], 'Re: New lacrosse stick', D(2025, 9, 16, 21, 5, 46), mid='iphone', extra=IPHONE,
    root=text(C06_BODY, cte='8bit'))

add('clean', 'absence_query', 'everyday: attendance officer asks a parent for a reason for absence',
    st('attendance'), [ALI], 'Absence - Example Pupil Three - Tuesday 14 October', D(2025, 10, 15, 9, 20, 3),
    root=text(T("""
Dear Mr Guardian,

Our records show that Example Pupil Three was absent from school yesterday, Tuesday 14 October, and we have not yet received a reason for her absence.

Please could you reply to this email, or call the attendance line on 01632 960000 (option 1), to let us know the reason so that we can update her record.

If she has any medical or dental appointments coming up, please let us know in advance and send a copy of the appointment letter where possible.

Thank you,

""") + sig('attendance', 'full'), cte='7bit', charset='us-ascii'))

C08_CSV = T("""
date,session,room,paper,duration_mins,lead_invigilator,second_invigilator
2025-12-01,AM,Sports Hall,Y13 Biology Paper 1,120,JS,AK
2025-12-01,AM,Library,Y11 English Language Paper 1,105,KO,HC
2025-12-01,PM,Sports Hall,Y13 History Paper 1,150,DK,BE
2025-12-02,AM,Sports Hall,Y11 Mathematics Paper 1 (non-calculator),90,RC,GH
2025-12-02,AM,Room B4,Y13 Chemistry Paper 1 (access arrangements),150,NO,LH
2025-12-02,PM,Sports Hall,Y11 Combined Science Biology 1,75,SR,EV
2025-12-03,AM,Sports Hall,Y13 Mathematics Paper 1,120,RC,JW
2025-12-03,AM,Library,Y11 French Listening and Reading,110,CM,JB
2025-12-03,PM,Sports Hall,Y11 Geography Paper 1,90,OP,LB
2025-12-04,AM,Sports Hall,Y13 English Literature Paper 1,180,FM,KO
2025-12-04,PM,Sports Hall,Y11 History Paper 1,120,DK,CD
2025-12-05,AM,Sports Hall,Y11 Mathematics Paper 2 (calculator),90,RC,GH
""").replace('\n', '\r\n')
add('clean', 'mock_invigilation_rota', 'everyday: exams officer sends the mock invigilation rota (CSV attachment)',
    st('exams'), [grp('allstaff', 'All Staff')], 'Year 11 and 13 mocks - invigilation rota',
    D(2025, 11, 28, 12, 2, 19),
    root=multipart('mixed', [
        alternative('mock_invigilation_rota', T("""
Dear all,

Please find attached the invigilation rota for the first week of the Year 11 and Year 13 mock examinations (1-5 December). The second week will follow on Monday.

A few reminders:

- Please arrive ten minutes before the start of the session so that candidates can be seated on time.
- Mobile phones must be switched off in the exam room, including yours.
- Candidates with access arrangements are in B4 and the Library; Leila has briefed the readers and scribes separately.
- If you cannot cover a session, please swap with a colleague and let me know, rather than simply not turning up.

Thank you all - I know it's a busy fortnight.

Julie

""") + sig('exams', 'full'), n=1),
        attachment('Mocks_Dec2025_week1_invigilation.csv', C08_CSV.encode('utf-8'), 'text/csv', 'utf-8'),
    ], boundary('mock_invigilation_rota', 0)))

add('clean', 'mun_position_papers', 'everyday: Model UN briefing to the delegation',
    st('ellis'), [BEA, ZARA, OLIVIA, LILY], 'MUN - position papers due Friday', D(2026, 1, 12, 16, 40, 0),
    root=text(T("""
Dear delegates,

Our allocations for the Cambridge conference are confirmed: we are representing Tuvalu and the Holy See. I know some of you were hoping for a Security Council seat, but honestly these are great delegations to play - small states with very clear priorities, and the chairs always notice delegates who do their homework.

Committees:
Tuvalu - Bea (Environment), Zara (Fisheries), Lily (Human Rights Council)
Holy See - Olivia (Social, Humanitarian and Cultural)

Position papers (one side of A4, the conference template is on Teams) are due to me by Friday 16 January so that I can check them before the conference deadline on the 23rd. Please use the country's actual statements to the UN, not Wikipedia.

The coach leaves at 7.00am on Friday 6 February and we are back late on Sunday. Dress code is business formal throughout.

Practice session with the debating society on Wednesday at lunch in H3.

Mrs Ellis

""") + sig('ellis', 'short'), cte='quoted-printable'))

C10_QUOTE = T("""
-----Original Message-----
From: Jane Parent <jane.parent@gmail.com>
Sent: Thursday, November 13, 2025 9:41 PM
To: Bronwen Ellis <b.ellis@example-school.org.uk>
Subject: Debating competition - regional round

Dear Mrs Ellis,

Example Pupil One tells me she has been selected for the regional round of the schools' debating competition - thank you! Could you let me know the arrangements for getting there and back? She has a hospital volunteering shift that evening and I need to work out whether I can collect her from the venue.

With thanks,
Jane Parent
""")
add('clean', 'debating_travel_reply', 'everyday: debating coach replies to a parent about travel, Outlook plain-text quote',
    st('ellis'), [JANE], 'RE: Debating competition - regional round', D(2025, 11, 14, 7, 58, 33),
    reply_to_mid='c10-orig',
    root=text(T("""
Dear Mrs Parent,

Thank you - she's thoroughly earned her place, and she and Bea make a formidable team.

The regional round is on Tuesday 25 November at a school in Oxford. We'll travel by minibus, leaving here at 3.30pm, and the debates run from 5.00 until about 8.30pm, so we would normally be back at school at about 9.30pm.

You're very welcome to collect her from the venue instead; just let me know by the Monday and I'll give you the address and sign her out to you. There's a reasonable amount of parking on site.

Kind regards,

""") + sig('ellis', 'full') + '\n' + C10_QUOTE, cte='quoted-printable'))

add('clean', 'monday_briefing', 'everyday: headmistress sends the staff briefing notes',
    st('head'), [grp('allstaff', 'All Staff')], 'Staff briefing - Monday 2 February', D(2026, 2, 1, 18, 30, 12),
    root=alternative('monday_briefing', T("""
Dear colleagues,

Notes for tomorrow's briefing, for those who are teaching period 1 or are on duty:

1. Welcome to Andrew Webb, who joins us as Senior Science Technician. Andrew is based in the Chemistry prep room - please do say hello.

2. Oxbridge: we have eighteen offers this year across eleven subjects, our best result for some years. Thank you to everyone who gave up lunchtimes and evenings to run mock interviews.

3. Lacrosse: the U15s are through to the national finals in March. Georgina will be asking for staff drivers.

4. Safeguarding: please log concerns on CPOMS on the same day. If in any doubt, speak to Priya or one of the deputy DSLs in person.

5. Governors: the Chair and two governors will be in school on Wednesday for the curriculum visit. They may drop into lessons in Science and Modern Languages.

6. Parking: the lower car park will be closed over half term for resurfacing - see Phil's email.

Thank you, and have a good week.

Helen

Dr Helen Ashworth-Price
Headmistress
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")))

add('clean', 'maths_challenge_well_done', 'everyday: maths teacher congratulates a pupil on a competition result',
    st('chandran'), [OLIVIA], 'Senior Maths Challenge - well done!', D(2025, 10, 30, 14, 22, 51),
    root=text(T("""
Olivia,

Results for the Senior Maths Challenge are in and you got a Gold certificate - the highest score in the school, including the Year 13s! You've also qualified for the British Mathematical Olympiad Round 1, which is on Thursday 20 November.

BMO1 is very different from the multiple-choice paper: six problems, three and a half hours, full written solutions. I run a problem-solving session on Wednesdays after school in M7 and it would be great to see you there. Bring the 2023 and 2024 papers (they're on the UKMT website) and have a go at the first three questions of each beforehand.

Well done again.

Mr Chandran
"""), cte='7bit', charset='us-ascii'))

add('clean', 'access_arrangements_mocks', 'everyday: SENDCo tells staff about access arrangements for the mocks',
    st('senco'), [grp('teachingstaff', 'Teaching Staff')], 'Access arrangements for the January mocks',
    D(2025, 12, 8, 15, 55, 0),
    root=alternative('access_arrangements_mocks', T("""
Dear colleagues,

A quick reminder ahead of the January mocks for Year 10 and Year 12.

The access arrangements list has been updated on the SEND area of SharePoint. It now includes the eleven pupils assessed this term. Please check it for every class you teach before you set any timed assessment, not just the mocks, because a pupil's arrangements should reflect her "normal way of working" in lessons as well.

The most common arrangements are:
- 25% extra time
- use of a word processor with the spell-check turned off
- supervised rest breaks
- a reader (a person or a computer reader)
- a separate room

Please don't discuss a pupil's arrangements in front of the rest of the class. If you're not sure how to set something up in a lesson, come and see me or Carol in the Learning Support base.

Many thanks,
Leila

""") + sig('senco', 'disclaimer')))

add('clean', 'mfa_rollout', 'everyday: network manager announces multi-factor authentication (base64 body)',
    st('tate'), [grp('allstaff', 'All Staff')], 'Multi-factor authentication - from Monday 12 January',
    D(2026, 1, 6, 11, 30, 0),
    root=text(T("""
Dear all,

From Monday 12 January, everyone will need multi-factor authentication (MFA) to sign in to school email and Teams from outside the school network. Inside school, nothing changes.

What you need to do this week:
1. Install the Microsoft Authenticator app on your phone.
2. Go to the staff portal and choose "Security info".
3. Add the app and follow the instructions on screen (it takes about five minutes).

If you don't have a smartphone or don't want to use your own phone for work, come and see me and I'll give you a hardware key instead.

I'll be in the staff room at break on Wednesday and Thursday to help anyone who gets stuck.

Thanks,
Marcus

Marcus Tate
Network Manager
Example School, Park Row, Leeds LS1 4AP
01632 960000
"""), cte='base64'))

add('clean', 'essay_feedback_frankenstein', 'everyday: English teacher gives a Year 12 pupil essay feedback',
    st('mcallister'), [BEA], 'Your comparative essay - feedback', D(2025, 11, 18, 19, 47, 5),
    root=alternative('essay_feedback_frankenstein', T("""
Dear Bea,

I've finished reading your comparative essay on Frankenstein and The Handmaid's Tale, and wanted to give you some feedback before Thursday's lesson rather than just a mark.

What works: your argument about the two narrators as unreliable witnesses to their own suffering is genuinely original, and the paragraph on Walton's letters as a frame was the best thing I've read on the novel this year.

What to work on:
- Context is still bolted on at the end of paragraphs. Weave it into the argument: why does it matter that Shelley was writing after the French Revolution?
- You quote critics but don't argue with them. If you disagree with Mellor, say so, and say why.
- Your conclusion introduces a new point. Save it for the essay, not the last paragraph.

Mark: 21/25, a strong A. With the context properly integrated, this is an A* essay.

Mrs McAllister
""")))

add('clean', 'history_society_thanks', 'everyday: head of history thanks a parent for a talk to the History Society',
    st('kowalski'), [ALI], 'History Society - thank you', D(2026, 3, 6, 16, 10, 27),
    root=text(T("""
Dear Mr Guardian,

I just wanted to say a proper thank you for your talk to the History Society on Wednesday. The room was full, which doesn't always happen on a Wednesday lunchtime in March, and the questions afterwards went on well past the bell.

Several of the Year 12s said it was the first time they had really understood why Magna Carta still comes up in modern judgments, and at least two of them have now asked me about law as a degree. Your point about the gap between what a document says and how later generations use it has already made its way into one essay I've marked this week.

If you would ever be willing to come back, perhaps on the history of the jury, we would love to have you.

With best wishes,

""") + sig('kowalski', 'full'), cte='quoted-printable'))

add('clean', 'instrumental_timetable', 'everyday: music department to parents about instrumental lessons (8bit)',
    st('cole'), [JANE, ALI], 'Instrumental lessons - spring term', D(2026, 1, 5, 10, 0, 0),
    root=text(T("""
Dear Parents,

Instrumental lessons restart in the week beginning 12 January. Timetables for each instrument are on the noticeboard outside the Music School and have been emailed to pupils, and they rotate each week so that your daughter doesn't miss the same lesson too often.

Fees for the spring term (ten lessons) are \u00a3245 for a 30-minute lesson and \u00a3320 for a 40-minute lesson, payable through ParentPay by 23 January. Pupils who receive bursary support should speak to me about remission, which is available in full.

Please remember that we need half a term's notice in writing if your daughter wishes to stop lessons.

Dates for your diary: the Spring Concert is on Wednesday 25 March at 7pm, and the Chamber Music evening is on Thursday 5 March.

With best wishes,

""") + sig('cole', 'full'), cte='8bit'))

add('clean', 'practical_orders', 'everyday: head of chemistry sends the technician practical orders',
    st('okafor'), [st('webb')], 'Practical orders w/c 19 Jan', D(2026, 1, 14, 17, 2, 40),
    root=text(T("""
Hi Andrew,

Orders for next week:

Mon P2, C3 (Y12, 18 students): RP3 rates of reaction - sodium thiosulfate 0.15 mol/dm3 and HCl 2.0 mol/dm3, conical flasks, stopwatches, black-cross cards.

Tue P4, C1 (Y13, 14 students): RP12 thin-layer chromatography - TLC plates, capillary tubes, solvent (ethyl acetate/hexane, 1:4), UV lamp, amino acid standards.

Thu P1-2, C3 (Y10, 28 students): electrolysis of copper(II) sulfate with copper electrodes - power packs, ammeters, electrodes sanded, balances out.

Can you also check we have enough burettes for the Y12 titrations the week after? I think three were broken in December.

Thanks,
Nick

Dr Nicholas Okafor
Head of Chemistry
"""), cte='7bit', charset='us-ascii'))

C19_PDF = make_pdf([
    'Example School - Geography and Science',
    'Year 9 visit: Natural History Museum, London',
    'Thursday 5 March 2026',
    '',
    'Depart school 8.15am by coach; return approx. 4.30pm.',
    'Cost: 22 pounds (coach and workshop) via ParentPay by 20 February.',
    'Uniform to be worn. Packed lunch and water bottle required.',
    'Workshop: Volcanoes and Earthquakes / Human Evolution.',
    '',
    'Trip leader: Mrs L Brennan. Contact on the day: school office 01632 960000',
    'Please complete the consent and medical form on ParentPay.',
], 'Year 9 NHM consent')
add('clean', 'nhm_trip_letter', 'everyday: Year 9 museum trip letter to a parent with PDF',
    st('brennan'), [SAM], 'Year 9 trip to the Natural History Museum - Thursday 5 March',
    D(2026, 2, 9, 13, 25, 4),
    root=multipart('mixed', [
        alternative('nhm_trip_letter', T("""
Dear Parents and Carers,

Year 9 will be visiting the Natural History Museum in London on Thursday 5 March as part of their Geography and Science work on tectonics and evolution. The full letter is attached.

The cost is \u00a322, covering the coach and a workshop led by the museum's education team. Please pay and complete the consent and medical form on ParentPay by Friday 20 February. If the cost is a difficulty, please contact me in confidence; no pupil will miss out for financial reasons.

We leave at 8.15am and should be back by 4.30pm. Pupils should wear uniform and bring a packed lunch and water bottle.

Kind regards,

""") + sig('brennan', 'full'), n=1),
        attachment('Y9_NHM_letter_and_consent.pdf', C19_PDF, 'application/pdf'),
    ], boundary('nhm_trip_letter', 0)))

add('clean', 'car_park_half_term', 'everyday: site manager tells staff about car park works',
    st('garside'), [grp('allstaff', 'All Staff')], 'Lower car park closed over half term',
    D(2026, 2, 11, 7, 45, 10),
    root=text(T("""
Morning all,

The lower car park will be closed from 4pm on Friday 13 February until 7am on Monday 23 February while it is resurfaced and the bays are re-lined.

If you are coming in over half term (I know the sixth form revision sessions are running), please park in the top car park and use the pedestrian gate by the Music School. The main gate will be open 8am-4pm on weekdays only.

Please don't leave cars in the lower car park on Friday evening - the contractors start at 6am on Saturday and anything left will be blocked in for the week.

Thanks,
Phil

Phil Garside
Site Manager
Example School
"""), cte='7bit', charset='us-ascii'))

C21_ICS = T("""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Rachel Hughes:mailto:r.hughes@example-school.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jane Parent:mailto:jane.parent@gmail.com
DESCRIPTION;LANGUAGE=en-GB:Meeting to discuss support in the run-up to the mocks.
UID:040000008200E00074C5B7101A82E00800000000R30OBSC21
SUMMARY;LANGUAGE=en-GB:Meeting - Mrs Hughes and Mrs Parent
DTSTART:20251127T163000Z
DTEND:20251127T171500Z
LOCATION;LANGUAGE=en-GB:Deputy Head's office\\, Main Building
DTSTAMP:20251121T120000Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""").replace('\n', '\r\n')
add('clean', 'pastoral_meeting_invite', 'everyday: deputy head confirms a meeting with a parent (ICS attachment)',
    st('hughes'), [JANE], 'Meeting on Thursday 27 November', D(2025, 11, 21, 12, 4, 0),
    cc=[st('dsl')],
    root=multipart('mixed', [
        alternative('pastoral_meeting_invite', T("""
Dear Mrs Parent,

Thank you for your call this morning. I'm very happy to meet to talk about how we can support Example Pupil One over the next few weeks, with the mocks and her interviews coming up so close together.

I've booked Thursday 27 November at 4.30pm in my office in the Main Building; an invitation is attached. Please come to main reception and they'll bring you up. I've asked Ms Raman to join us, as she oversees our counselling provision, and Mrs Kirby as her tutor may also drop in if she can.

If that time no longer works, just let me know and we'll find another.

With best wishes,

""") + sig('hughes', 'full'), n=1),
        attachment('invite.ics', C21_ICS.encode('utf-8'), 'text/calendar', 'utf-8'),
    ], boundary('pastoral_meeting_invite', 0)))

add('clean', 'y9_options_evening', 'everyday: head of year 9 invites parents to options evening',
    st('aldridge'), [SAM], 'Year 9 Options Evening - Thursday 29 January', D(2026, 1, 16, 15, 40, 0),
    root=alternative('y9_options_evening', T("""
Dear Parents and Carers of Year 9,

Our GCSE Options Evening takes place on Thursday 29 January from 6.00pm to 8.30pm.

The evening begins at 6.00pm in the Main Hall with a short presentation from Mrs Hughes and me on how the options process works, including the core subjects every pupil takes and the choices that are open. After that, departments will be in their teaching rooms and you can drop in to any of them.

The options booklet will be emailed to you next week and is also on the website. Option forms are due on Friday 13 February.

If your daughter has a particular interest in a subject where numbers are limited (for example, the separate sciences with Computer Science, or a second modern language), it's well worth talking to the department on the night.

I look forward to seeing you.

Ben Aldridge
Head of Year 9
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")))

add('clean', 'law_insight_day', 'everyday: careers adviser tells sixth formers about a law firm insight day',
    st('careers'), [BEA, KIRAN, PHOEBE, LILY], 'Law insight day - applications close Friday', D(2026, 2, 23, 11, 15, 30),
    root=alternative('law_insight_day', T("""
Hi all,

You've each told me you're thinking about law, so I wanted to make sure you'd seen this.

A City firm is running a Year 12 insight day on Wednesday 15 April at its London office: a mock negotiation exercise, a session on the solicitor apprenticeship route versus university, and a Q&A with trainees. Travel expenses are covered.

Applications are online and close at midnight on Friday. There's a short written question on a recent news story with a legal angle - 300 words. I'm happy to read drafts if you get them to me by Thursday lunchtime.

Details and the application link are here: https://earlycareers.example.com/insight-2026

Mr Heseltine

""") + sig('careers', 'short')))

add('clean', 'henley_entries_query', 'everyday: head of rowing writes to a regatta office about entries',
    st('fairbairn'), [('Entries Secretary', 'entries@womens-regatta.example.org')],
    'Entries for J18 and J16 events', D(2026, 3, 10, 10, 12, 44),
    root=text(T("""
Dear Entries Secretary,

We are planning to enter one crew in the J18 eights and one in the J16 coxed quads this year, and I have three questions before I submit:

1. Could you confirm the date of the qualifying races, and whether crews who qualified at the Junior Sculling Head earlier in the season are exempt?

2. Our J16 quad may need to change its stroke seat because of an injury. Is a substitution allowed after entries close, and if so, up to when?

3. We'll be bringing a double-decker trailer. Is there still trailer parking in the field on the Berkshire side, and do we need to book it?

Many thanks for your help,

""") + sig('fairbairn', 'disclaimer'), cte='quoted-printable'))

add('clean', 'lyon_exchange_rfc2047', 'everyday: MFL exchange details to pupils, French text, RFC 2047 subject and sender name',
    st('marchand'), [TILLY, SIENNA, ELEANORB], '\u00c9change Lyon \u2013 vos correspondantes',
    D(2026, 1, 20, 12, 50, 8), subject_enc='Q',
    root=alternative('lyon_exchange_rfc2047', T("""
Bonjour \u00e0 toutes,

Great news - the school in Lyon has sent through the pairings for the exchange. You'll each receive an email from your correspondante this week; please reply within a few days and introduce yourselves (in French, please!).

Tilly - Camille, qui adore l'\u00e9quitation et le piano
Sienna - L\u00e9a, qui fait de l'escalade et du th\u00e9\u00e2tre
Eleanor - In\u00e8s, qui joue au basket et parle d\u00e9j\u00e0 un peu d'anglais

Les dates : the French pupils visit us from 16 to 23 March, and we travel to Lyon from 18 to 25 June.

There will be a short meeting for parents on Tuesday 3 February at 6pm in L2.

\u00c0 bient\u00f4t,
Mme Marchand

""") + sig('marchand', 'full')))

C26_PDF = make_pdf([
    'LITTLE WOMEN - Spring term rehearsal schedule',
    '',
    'Tue 13 Jan  3.45-5.30  Act 1 scenes 1-4 (March sisters, Marmee)',
    'Thu 15 Jan  3.45-5.30  Act 1 scenes 5-8 (full cast)',
    'Tue 20 Jan  3.45-5.30  Act 2 scenes 1-3',
    'Thu 22 Jan  3.45-5.30  Chorus numbers with Ms Cole',
    'Sat 31 Jan  10.00-1.00 Band call (Music School)',
    'Sun 8 Feb   10.00-5.00 Technical rehearsal',
    'Mon 9 Feb   4.00-8.30  Dress rehearsal',
    'Wed 11 - Fri 13 Feb   Performances 7.00pm (call 5.30pm)',
], 'Little Women rehearsal schedule')
add('clean', 'production_rehearsals', 'everyday: drama department sends the rehearsal schedule (PDF attachment)',
    st('farrant'), [JANE, SAM], 'Little Women - rehearsal schedule for the spring term',
    D(2026, 1, 9, 16, 35, 0),
    root=multipart('mixed', [
        alternative('production_rehearsals', T("""
Dear Parents and Carers,

Happy new year! Attached is the rehearsal schedule for Little Women for the rest of the spring term. Please note the two weekend calls, which are compulsory for everyone in the cast: the band call on Saturday 31 January (chorus only) and the technical rehearsal on Sunday 8 February.

Tickets go on sale through ParentPay on Monday at \u00a312, or \u00a38 for concessions. The Thursday performance usually sells out first.

If your daughter cannot make a rehearsal, please email me in advance so that I can rearrange scenes.

Thank you for all your support,

""") + sig('farrant', 'full'), n=1),
        attachment('Little_Women_rehearsals_spring.pdf', C26_PDF, 'application/pdf'),
    ], boundary('production_rehearsals', 0)))

add('clean', 'lost_property_stick', 'everyday: short office note to a parent about lost property',
    st('office'), [SAM], 'Lacrosse stick in lost property', D(2025, 10, 1, 11, 2, 0),
    root=text(T("""
Dear Sam,

A lacrosse stick with Example Pupil Two's name on the shaft has been handed in to reception. She's welcome to collect it from the office at break or lunch.

Kind regards,
Kerry Bannister
Office Manager, Example School - 01632 960000
"""), cte='7bit', charset='us-ascii'))

add('clean', 'form_time_wellbeing', 'everyday: PSHE lead sends form-time materials on exam wellbeing',
    st('qureshi'), [grp('tutors', 'Form Tutors')], 'Form time next week - exam wellbeing', D(2026, 1, 30, 14, 5, 0),
    root=alternative('form_time_wellbeing', T("""
Dear tutors,

Next week's form-time sessions are on exam wellbeing, to tie in with the Year 11 and 13 mock results coming back. The slides and a short tutor script are in the PSHE folder on Teams under "Week 22".

Monday - what "good enough" looks like: perfectionism and high-achieving girls (discussion, no slides)
Wednesday - sleep, screens and revision (short video and quiz)
Friday - where to get help: the school counsellor, the wellbeing drop-in and trusted adults

Please do the Friday session even if the others slip - it matters that every girl knows how to get support.

If anything comes up in discussion that worries you, please log it on CPOMS the same day as usual.

Thanks,
Nadia

""") + sig('qureshi', 'pipe')))

add('clean', 'latin_vocab_retest', 'everyday: two-line note to a pupil about a vocab retest',
    st('whitcombe'), [TILLY], 'Latin vocab retest', D(2026, 2, 5, 13, 40, 0),
    root=text(T("""
Tilly - retest for the Chapter 18 vocab is Thursday lunchtime in C2. 25/30 to pass. You'll be fine.
JW
"""), cte='7bit', charset='us-ascii'))

C30_HTML = T("""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Headmistress&rsquo;s Newsletter</title>
</head>
<body style="margin:0;padding:0;background:#f3f1ee">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f1ee">
<tr><td align="center">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif;color:#222222">
<tr><td style="background:#1f3a5f;color:#ffffff;padding:24px 32px;font-size:22px">Headmistress&rsquo;s Newsletter &ndash; Spring Half Term</td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:1.5">
<p>Dear Parents and Carers,</p>
<p>As we reach the half-term break, I wanted to share some of the highlights of a remarkably full few weeks.</p>
<h3 style="color:#1f3a5f">Oxford and Cambridge</h3>
<p>Eighteen of our Year 13 students have received offers from Oxford and Cambridge, across subjects from Medicine and Law to Classics and Engineering. Our congratulations to them, and equal congratulations to every Year 13 who has received offers elsewhere &ndash; a strong set of results across the board.</p>
<h3 style="color:#1f3a5f">Sport</h3>
<p>The U15 lacrosse squad are through to the national finals in March after an unbeaten regional tournament. On the river, the J16 quad won their division at the Junior Sculling Head.</p>
<h3 style="color:#1f3a5f">Model United Nations</h3>
<p>Our delegation represented Tuvalu and the Holy See at the Cambridge conference, and came home with two Outstanding Delegate awards.</p>
<h3 style="color:#1f3a5f">Charity Week</h3>
<p>The Sixth Form charity committee raised &pound;4,312 for the local hospice. Thank you for your generosity, and for all the cake.</p>
<h3 style="color:#1f3a5f">Dates</h3>
<ul>
<li>Monday 23 February &ndash; school resumes</li>
<li>Thursday 5 March &ndash; Chamber Music evening</li>
<li>Wednesday 25 March &ndash; Spring Concert</li>
<li>Friday 27 March &ndash; term ends at 1.15pm</li>
</ul>
<p>I wish you all a restful half term.</p>
<p>Dr Helen Ashworth-Price<br>Headmistress</p>
</td></tr>
<tr><td style="background:#eeeeee;padding:16px 32px;font-size:12px;color:#555555">Example School, Park Row, Leeds LS1 4AP &middot; 01632 960000 &middot; office@example-school.org.uk</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
""")
add('clean', 'half_term_newsletter_html', 'everyday: HTML-only newsletter from the head, RFC 2047 subject',
    st('head'), [JANE, SAM, ALI], 'Headmistress\u2019s Newsletter \u2013 Spring Half Term',
    D(2026, 2, 13, 12, 30, 0), subject_enc='Q',
    root=text(C30_HTML, subtype='html', cte='quoted-printable'))


# ==========================================================================
# CLEAN: hard negatives
# ==========================================================================
add('clean', 'scunthorpe_steel_reading', 'hard negative: place name Scunthorpe in an economics reading task',
    st('penrose'), [BEA, KIRAN, LILY], 'Reading for Thursday - the Scunthorpe steelworks',
    D(2025, 10, 7, 17, 20, 15),
    root=text(T("""
Dear all,

Before Thursday's lesson, please read the two articles on the government's intervention at the Scunthorpe steelworks (both in the Year 12 Economics Teams channel, under "Market failure").

As you read, think about:
- Is steel a "strategic industry", and does that justify state support?
- The regional multiplier: what happens to North Lincolnshire if the blast furnaces close?
- The environmental externalities of blast furnaces compared with electric arc furnaces.
- Who actually bears the cost of keeping the Scunthorpe plant open?

We'll use it as the case study for your first 25-mark essay, so annotate properly.

Mr Penrose

""") + sig('penrose', 'short'), cte='quoted-printable'))

add('clean', 'penistone_coach_route', 'hard negative: place name Penistone in a lacrosse tournament coach route',
    st('hale'), [SAM], 'U15 Northern tournament - revised coach route', D(2026, 3, 4, 18, 15, 0),
    root=alternative('penistone_coach_route', T("""
Dear Parents,

A quick update on Saturday's U15 tournament in Manchester. Because of the overnight closure of the M6, the coach company have changed our route: we'll now go up the M1 and across the Woodhead Pass on the A628.

The comfort stop will be at Penistone at about 10.15am rather than at the services on the M6, and we still expect to arrive at the venue by 11.30am for a 12.30pm first push-back.

The return journey will be the same in reverse, so please allow for a slightly later arrival back at school - around 8.30pm. I'll text updates from the road via the team app.

Please make sure the girls have a proper packed lunch and plenty of water; there's nothing to buy at the venue.

Many thanks,

""") + sig('hale', 'full')))

add('clean', 'cockermouth_clitheroe_fieldwork', 'hard negative: place names Clitheroe and Cockermouth in a geography fieldwork letter',
    st('brennan'), [BEA, ZARA, PHOEBE], 'Year 12 Geography fieldwork - Lake District, 23-26 June',
    D(2026, 3, 12, 14, 40, 22),
    root=text(T("""
Dear Year 12 Geographers,

Here is the outline for June's residential, which is the data-collection trip for your NEA.

Tuesday 23 June: depart school 7.30am. Lunch stop in Clitheroe (there's time to walk up to the castle and look at the Ribble Valley from the keep). Arrive at the field centre near Keswick by 5pm.

Wednesday 24 June: Cockermouth. We'll look at the flood defences built after the 2009 and 2015 floods, where the Derwent and the Cocker meet, and you'll run your first questionnaire and land-use surveys in the town centre.

Thursday 25 June: Borrowdale - river channel measurements and slope profiles.

Friday 26 June: data processing in the morning, then home, arriving back at about 6pm.

Cost: \u00a3395, payable in three instalments. Please bring waterproofs - proper ones. It will rain.

Mrs Brennan

""") + sig('brennan', 'full'), cte='8bit'))

C34_PDF = make_pdf([
    'Year 10 Jurassic Coast fieldwork - Day 1 walking route',
    '',
    '09.30  Bere Regis village car park (coach drop-off)',
    '09.45  Site 1: Bere Stream below the church - channel width, depth',
    '10.30  Site 2: Shitterton - ford and footbridge, velocity readings',
    '11.15  Site 3: water meadows - land use sketch',
    '12.15  Lunch, Bere Regis recreation ground',
    '13.30  Coach to Lulworth Cove',
    '',
    'Leaders: Mrs A Kirby, Mr O Pritchard.',
], 'Jurassic Coast Day 1')
add('clean', 'shitterton_river_walk', 'hard negative: Dorset hamlet Shitterton in a Year 10 fieldwork route (PDF attached)',
    st('kirby'), [TILLY, SIENNA, ELEANORB], 'Jurassic Coast trip - Day 1 route', D(2026, 4, 20, 16, 5, 0),
    root=multipart('mixed', [
        alternative('shitterton_river_walk', T("""
Hi Year 10,

Attached is the route for Day 1 of the Jurassic Coast trip. We start at Bere Regis and follow the Bere Stream downstream, measuring channel width, depth and velocity at three sites.

Site 2 is at the ford in Shitterton. Yes, that is really what the hamlet is called - it comes from the Old English for "farm on the stream used as a sewer", which is a nice bit of place-name geography for your introductions. Please take your photographs of the river, not of the village sign.

Wellies or old trainers for the ford; you will get wet feet.

Mrs Kirby

""") + sig('kirby', 'short'), n=1),
        attachment('JurassicCoast_Day1_route.pdf', C34_PDF, 'application/pdf'),
    ], boundary('shitterton_river_walk', 0)))

add('clean', 'orkney_nea_twatt', 'hard negative: Orkney place name Twatt in NEA planning with a pupil',
    st('pritchard'), [NIAMH], 'NEA - Orkney data collection plan', D(2025, 9, 18, 13, 5, 55),
    root=text(T("""
Niamh,

I've been through your plan for the Orkney data collection over the summer - sorry it's taken a while.

Your sites around the Loch of Harray are sensible, and you're right that the minor road past Twatt gives you good access to the western shore for the land-use transects. Just check on the OS map that every sampling point is on access land or that you've asked the farmer first.

Three things before I can sign off the risk assessment:
1. Tide times for the Bay of Skaill sites - you must not be on the rocks on a rising tide.
2. Livestock: lots of the fields near Twatt and Dounby have cattle with calves in early summer. Keep to the edges.
3. Lone working: your aunt needs to know where you are and when you're due back, every day, in writing.

Otherwise this looks like an excellent, original investigation.

Mr Pritchard
"""), cte='quoted-printable'))

add('clean', 'spastic_diplegia_pe', "hard negative: SEND medical term 'spastic diplegia' in a SENDCo note to PE staff",
    st('senco'), [st('hale'), st('fairbairn')], 'New Year 7 - Sophia W - PE, lacrosse and rowing',
    D(2025, 9, 9, 10, 15, 30),
    root=text(T("""
Dear Georgina and Tom,

Sophia W in 7K has cerebral palsy, specifically spastic diplegia, which mainly affects the muscles in both legs. She walks independently with ankle-foot orthoses (AFOs) and tires more quickly than her peers, particularly on uneven ground or in the cold.

Her physiotherapist is very keen that she takes part in PE as fully as possible, and Sophia herself is desperate to try both lacrosse and rowing.

Suggestions from the physio:
- Lacrosse: full participation in skills work; in games, let her self-select rest breaks and don't make her sprint on wet grass.
- Rowing: adaptive fixed-seat rowing is ideal to start with. The club down river has an adaptive programme and I'm happy to make an introduction.
- Changing: she needs a little more time and a chair in the changing room.

I'll circulate a draft risk assessment this week. Could we meet on Thursday lunchtime to go through it with Sophia and her mum?

Many thanks,
Leila

""") + sig('senco', 'full'), cte='quoted-printable'))

add('clean', 'dick_whittington_outreach', "hard negative: panto title 'Dick Whittington' and Dickens in a drama club email",
    st('farrant'), [POPPY, AMARA, ESME, ISLA], 'Drama club - primary schools panto', D(2025, 11, 11, 15, 55, 12),
    root=alternative('dick_whittington_outreach', T("""
Hi Drama Club,

Thank you for all your ideas last week. The vote is in, and this year's panto for the primary schools will be Dick Whittington!

Casting:
Dick Whittington - Poppy
Tommy the Cat - Amara
King Rat - Esme
Alice Fitzwarren - Isla
Dame Sarah the Cook - we need a volunteer with no shame whatsoever

We'll perform for three local primary schools in the last week of term, so rehearsals are every Tuesday and Thursday lunchtime from next week. Scripts will be in the drama studio on Monday.

(And for the Year 8s who asked: no, the Dickens Christmas Carol idea isn't dead - we'll save it for next year.)

Ms Farrant
""")))

add('clean', 'oxford_interviewers_cockburn_hancock', 'hard negative: surnames Cockburn and Hancock (Oxford interviewers)',
    st('whitcombe'), [FREYA], "Your interview - who's who", D(2025, 12, 2, 9, 18, 0),
    root=alternative('oxford_interviewers_cockburn_hancock', T("""
Dear Freya,

Your interview letter has come through. You'll be interviewed on the Tuesday by Professor Alasdair Cockburn, who works on Greek lyric and the Homeric epics, and Dr Rebecca Hancock, a Roman historian who specialises in the late Republic.

I'd suggest you look at:
- Cockburn's short piece on similes in the Iliad (I've left a copy in your pigeonhole). You don't need to agree with it, but you should be able to discuss it.
- Anything you've read on Cicero's letters, since Dr Hancock is likely to ask about the Republic.

Don't try to second-guess them. They want to see how you think with material you haven't seen before.

Let's have one more practice on Thursday at 4pm in C2.

Mr Whitcombe

""") + sig('whitcombe', 'full')))

add('clean', 'medsoc_wankhede_speaker', 'hard negative: surname Wankhede (visiting consultant) in a MedSoc notice',
    st('vance'), [IMOGEN, ZARA, AISHA], 'MedSoc Thursday - Dr Wankhede on paediatric intensive care',
    D(2026, 2, 2, 8, 30, 0),
    root=text(T("""
Dear MedSoc,

This Thursday (1.10pm, B4) we are very lucky to have Dr Anjali Wankhede, a consultant in paediatric intensive care, speaking about her work and her route into medicine.

Dr Wankhede will talk about a typical week on PICU, difficult conversations with families, and why she thinks resilience is overrated as a word on personal statements. She has kindly agreed to stay for questions, so please come with some ready.

Year 12s thinking about medicine - this is one not to miss.

Please be on time, and do bring your lunch.

Dr Vance
"""), cte='quoted-printable'))

C40_PLAIN = T("""
Dear colleagues,

For British Food Fortnight, the kitchen will be serving a traditional British menu each day alongside the usual salad bar and vegetarian options. The full menu is below and on the screens in the dining hall.

Monday: cock-a-leekie soup; faggots with mash, peas and onion gravy (vegetarian: mushroom and lentil "faggots"); spotted dick with custard
Tuesday: Lancashire hotpot; cauliflower cheese; Eton mess
Wednesday: toad in the hole; Glamorgan sausages; Bakewell tart
Thursday: Cornish pasties; Welsh rarebit; apple and blackberry crumble
Friday: fish and chips with mushy peas; knickerbocker glory

Allergen information for every dish is available at the till. If you have any questions, just ask one of the team.

Maureen

Maureen Tully
Catering Manager
Example School
""")
add('clean', 'british_food_menu', "hard negative: foods 'faggots', 'spotted dick', 'cock-a-leekie' on a canteen menu",
    st('catering'), [grp('allstaff', 'All Staff')], 'British Food Fortnight - lunch menu', D(2025, 9, 19, 11, 45, 0),
    root=alternative('british_food_menu', C40_PLAIN))

add('clean', 'birdwatch_results', "hard negative: birds 'great tits', 'woodcock', 'cock pheasant', 'shag' in eco club results",
    st('kirby'), [HANNAH, POPPY, ESME], 'Big Schools\u2019 Birdwatch \u2013 our results', D(2026, 1, 27, 15, 20, 0),
    subject_enc='Q',
    root=text(T("""
Hi Eco Club,

Thank you for braving the cold on Thursday! Our final tallies for the Big Schools\u2019 Birdwatch are:

Blue tit \u2013 14
Great tit \u2013 9
Long-tailed tit \u2013 6 (a lovely little flock in the hedge by the lacrosse pitches)
Robin \u2013 5
Red kite \u2013 4 (no surprise in the Chilterns)
Woodpigeon \u2013 11
Blackbird \u2013 7
Cock pheasant \u2013 1 (strutting across the lower pitch as if he owned it)
Woodcock \u2013 1 (well spotted, Hannah \u2013 they are very hard to see)

A few people wanted to record the big black bird on the pond as a shag. It was a cormorant: shags are almost always on the coast, and they\u2019re smaller, with a thinner bill and, in spring, a little crest. Good try, though!

I\u2019ll submit the results to the RSPB this week. Next meeting: building the new nest boxes, Thursday lunchtime in the DT room.

Mrs Kirby
"""), cte='8bit'))

add('clean', 'maintenance_ballcock_knobs', "hard negative: site jobs - 'ballcock', door 'knobs', 'screws', 'erection of scaffolding'",
    st('garside'), [st('office')], 'Half term maintenance list', D(2025, 10, 22, 15, 10, 45),
    root=text(T("""
Kerry,

Jobs for half term, so you know what's happening if anyone rings:

1. Science block staff toilet - the ballcock is sticking and the cistern keeps overflowing. Plumber booked for Tuesday to replace the float valve.
2. Music practice rooms - several door knobs are loose. I'll refit them with longer screws and new backplates.
3. Main Building roof - erection of scaffolding starts Monday 27th for the slate repairs. The contractors will use the side gate, not main reception.
4. Rowing trailer - new wheel nuts and a check of the lighting board before Wallingford.
5. Sports hall - re-line the netball court (lines are almost gone at the far end).

I'm in every day except Friday. Mobile 07700 900254 if it's urgent.

Phil
"""), cte='7bit', charset='us-ascii'))

add('clean', 'rowing_kit_cox_stroke', "hard negative: rowing vocabulary - cox, stroke, 'catch a crab', Maidenhead",
    st('fairbairn'), [JANE, ALI], 'Summer regatta kit and Maidenhead Regatta', D(2026, 3, 16, 20, 10, 5),
    root=alternative('rowing_kit_cox_stroke', T("""
Dear Parents,

Two things as we move into the summer regatta season.

Kit: the kit order closes on Friday 27 March. Every rower needs a school AIO (all-in-one) for racing and a splash top. Coxes don't need an AIO but do need the waterproof cox jacket and their own lifejacket, which must be worn at all times afloat. Sizing samples are in the boathouse.

Maidenhead Regatta: we have crews entered on Saturday 2 May. The first VIII will race with the crew order we used at the Schools' Head - the stroke seat is unchanged - and the J16 quad will be coxed by Isla, who has been outstanding this term.

Racing on a narrow stretch with a crosswind means crews sometimes catch a crab, so please reassure your daughter that it happens to everyone and is nothing to worry about! Crews practise capsize and recovery drills at the start of every season.

Many thanks,

""") + sig('fairbairn', 'full')))

add('clean', 'chemistry_cumene_revision', "hard negative: chemistry vocabulary - 'cumene process', 'cumulative', titration",
    st('okafor'), [IMOGEN, AISHA, HATTIE], 'Organic revision before the mocks', D(2025, 11, 26, 18, 2, 17),
    root=text(T("""
Dear Year 13 chemists,

Revision priorities for the organic paper, in order:

1. Phenol - including the cumene process (benzene + propene -> cumene -> cumene hydroperoxide -> phenol + propanone). Learn it as a sequence and know why it's industrially useful (two products from one process).
2. Dicarboxylic acids and diols: condensation polymers, drawing repeat units, and hydrolysis of polyesters and polyamides.
3. Mechanisms: electrophilic substitution and nucleophilic addition, with curly arrows starting from a lone pair or a bond.
4. Practical: the titration data question. Remember that the mean titre uses concordant results only, and quote to two decimal places.

Cumulative marks on last year's paper were lost mostly on (3), so that's where practice time will pay off.

Drop-in revision clinic Thursday 3.40pm in C1.

Dr Okafor
"""), cte='quoted-printable'))

add('clean', 'reproduction_revision', "hard negative: GCSE biology reproduction terms (penis, vagina, testes) to pupils",
    st('reeve'), [OLIVIA, ROSIE, JESS], 'Reproduction - revision checklist', D(2026, 1, 19, 16, 45, 0),
    root=alternative('reproduction_revision', T("""
Dear 11B1,

Here's the revision checklist for the reproduction and hormones topic before next week's test.

You should be able to:
- Label the male reproductive system: testes, scrotum, sperm duct, prostate gland, urethra, penis.
- Label the female reproductive system: ovaries, oviducts, uterus, cervix, vagina.
- Describe the roles of FSH, LH, oestrogen and progesterone in the menstrual cycle, and sketch the hormone graph.
- Explain how hormonal and non-hormonal contraception work, with advantages and disadvantages of each.
- Describe how IVF is used to treat infertility, and evaluate the ethical issues.
- Explain meiosis and why gametes have half the number of chromosomes.

The textbook pages are 212-231. The Seneca assignment is set for Sunday.

Mr Reeve

""") + sig('reeve', 'short')))

add('clean', 'bastard_feudalism_essay', "hard negative: A-level history term 'bastard feudalism'",
    st('kowalski'), [BEA, KIRAN, PHOEBE], 'Essay for Monday - bastard feudalism', D(2025, 10, 16, 19, 5, 33),
    root=text(T("""
Dear Year 12,

Your essay for Monday is: "To what extent was bastard feudalism responsible for the outbreak of the Wars of the Roses?" (25 marks).

Remember the historiography. The term "bastard feudalism" was coined by Charles Plummer in 1885 as a criticism: he saw the system of livery and maintenance, in which great lords retained men by indenture and money fees rather than by land, as corrupting and dangerous. K.B. McFarlane later argued it was simply the normal way late medieval society worked. Michael Hicks and Christine Carpenter take it further.

The best essays will weigh bastard feudalism against other factors - Henry VI's weakness, the loss of France, royal debt - rather than treating it as a single cause.

1,500 words maximum, submitted on Teams by 9am Monday.

Mr Kowalski
"""), cte='7bit', charset='us-ascii'))

add('clean', 'lear_edmund_bastards', "hard negative: King Lear set text quoted ('Now, gods, stand up for bastards!') in feedback",
    st('mcallister'), [HATTIE], 'Lear essay - Edmund', D(2026, 2, 26, 20, 12, 0),
    root=alternative('lear_edmund_bastards', T("""
Dear Hattie,

Thank you for your Lear essay. Your reading of Edmund's first soliloquy is excellent, and the best work you've done this year.

You're right that the speech turns on the repetition of "base" and "bastard":

"Why bastard? wherefore base?
When my dimensions are as well compact,
My mind as generous, and my shape as true,
As honest madam's issue?"

and that "Now, gods, stand up for bastards!" is comic and menacing at once. What you haven't quite done is link it to Gloucester's crude jokes about Edmund's conception in 1.1. The audience has just heard his father laugh about "good sport at his making", so the soliloquy is also a reply to that.

Add a paragraph on that and this is full marks.

Mrs McAllister
""")))

add('clean', 'millers_tale_glossary', "hard negative: Chaucer's Miller's Tale quoted ('kiste hir naked ers', 'swyved') in an A-level glossary",
    st('osei'), [HATTIE, FREYA, MAYA], "Miller's Tale - glossary for Thursday", D(2026, 3, 2, 17, 36, 21),
    root=text(T("""
Dear 13E2,

Here is the glossary for lines 3650-3854 of The Miller's Tale, the window scene and the ending. Please read it with the text in front of you before Thursday.

hende - courteous, handy (Nicholas's epithet, and we'll talk about why it's ironic)
queynte - elegant, curious, and also a vulgar word for the female genitals; Chaucer puns on it deliberately
derne - secret
ers - backside, arse
swyved - had sex with
viritoot - meaning uncertain; "on the go", or up to something

The key lines:
"And Absolon, hym fil no bet ne wers,
But with his mouth he kiste hir naked ers"
and the summary at the end:
"Thus swyved was this carpenteris wyf"

Think about why the tale is so crude, and why the Miller insists on telling it after the Knight. The fabliau genre is the answer, but I want you to explain it in your own words.

Mr Osei
"""), cte='quoted-printable'))

add('clean', 're_life_after_death', "hard negative: RE vocabulary - hell, damnation, Jahannam, Sikh and Jewish beliefs",
    st('dunmore'), [OLIVIA, ROSIE, JESS], 'RS revision - beliefs about life after death', D(2026, 3, 9, 15, 30, 0),
    root=text(T("""
Dear Year 11,

For Friday's retrieval quiz, please revise beliefs about life after death for both religions you study, plus the comparison with Sikhism for the extension question.

Christianity: resurrection of the body; heaven, hell and purgatory; the Last Judgement (Matthew 25, the sheep and the goats); different views on whether hell is eternal damnation or separation from God.

Islam: Akhirah; the Day of Judgement; Jannah and Jahannam; the angels recording deeds.

Sikhism (extension): samsara, karma and mukti, and why Sikhs don't believe in an eternal hell.

Judaism (for those doing the Judaism option): Olam Ha-Ba, and the range of Jewish views on the afterlife.

Use the knowledge organisers on Teams. The quiz is 20 questions and takes ten minutes.

Ms Dunmore
"""), cte='quoted-printable'))

add('clean', 'hamburg_exchange_german', "hard negative: German words (Abfahrt, Fahrkarte, Gute Fahrt) in an exchange email, RFC 2047 subject",
    st('becker'), [TILLY, SIENNA, ELEANORB], 'Hamburg-Austausch \u2013 Abfahrt und Packliste',
    D(2026, 3, 2, 12, 15, 0), subject_enc='B',
    root=alternative('hamburg_exchange_german', T("""
Hallo zusammen,

Nur noch eine Woche! Here are the final details for Hamburg.

Abfahrt: Montag, 9. M\u00e4rz, 05:30 from the school coach park. We fly from Heathrow at 09:40.
R\u00fcckfahrt: Freitag, 13. M\u00e4rz, arriving back at school at about 19:00.

Your Fahrkarte for the Hamburg S-Bahn will be given to you at the airport - do not lose it, it covers the whole week.

Packliste:
- Reisepass (valid passport) and GHIC card
- warm coat, hat and gloves - Hamburg in March is cold and windy
- ein kleines Gastgeschenk for your host family
- your exchange booklet with the phrases we practised

Useful phrases: "Wie komme ich zum Bahnhof?", "Ich habe keinen Hunger, danke", "Wo ist die Ausfahrt?"

Gute Fahrt, und bis Montag!
Herr Becker

""") + sig('becker', 'full')))

C51_PDF = make_pdf([
    'Year 9 Relationships and Sex Education - Summer Term overview',
    '',
    'Lesson 1: Healthy and unhealthy relationships; coercive control',
    'Lesson 2: Consent and the law',
    'Lesson 3: Contraception (condoms, the pill, LARC) and where to get advice',
    'Lesson 4: Sexually transmitted infections, including chlamydia and HIV',
    'Lesson 5: Sharing nude images, sexting and the law',
    'Lesson 6: Pornography, body image and unrealistic expectations',
    'Lesson 7: Menstrual health and endometriosis',
    '',
    'Parents may request withdrawal from sex education (not relationships or',
    'health education, nor the science curriculum). Please contact Mrs Qureshi.',
], 'Y9 RSE overview')
add('clean', 'rse_letter_year9', 'hard negative: RSE letter to a parent (contraception, STIs, pornography, sexting) with PDF',
    st('qureshi'), [SAM], 'Year 9 Relationships and Sex Education - summer term', D(2026, 4, 17, 14, 20, 0),
    root=multipart('mixed', [
        alternative('rse_letter_year9', T("""
Dear Parents and Carers,

In the summer term, Year 9 will follow the next unit of our Relationships and Sex Education (RSE) programme, taught in PSHE lessons by a small team of trained staff. An overview of the lessons is attached.

The unit covers healthy relationships and coercive control; consent and the law; contraception, including condoms and the pill; sexually transmitted infections such as chlamydia and HIV; the sharing of nude images and the law; and the influence of pornography on young people's expectations of sex and relationships. We also cover menstrual health.

Lessons are factual and age-appropriate, and girls can ask questions anonymously through a question box. We'd encourage you to talk to your daughter about what she's learning at home.

You have the right to request that your daughter is withdrawn from the sex education elements of RSE (but not relationships education, health education or the science curriculum). If you are considering this, please contact me first so that we can discuss the content.

Kind regards,

""") + sig('qureshi', 'full'), n=1),
        attachment('Y9_RSE_summer_overview.pdf', C51_PDF, 'application/pdf'),
    ], boundary('rse_letter_year9', 0)))

add('clean', 'tourettes_staff_briefing', "hard negative [unsure]: SENDCo tells staff about a pupil's Tourette's; names the involuntary words ('shit', 'fuck'); staff only",
    st('senco'), [grp('y10-teachers', 'Year 10 Teachers')], 'Ruby N (10M) - Tourette syndrome: information for staff',
    D(2026, 1, 7, 8, 10, 0), cc=[st('lloyd')],
    root=alternative('tourettes_staff_briefing', T("""
Dear colleagues,

Ruby N in 10M has recently been diagnosed with Tourette syndrome. Ruby and her parents have asked me to share the following so that all her teachers understand.

Ruby has motor tics (blinking, shoulder shrugging, occasional head jerks) and vocal tics (throat clearing, sniffing, repeating words). Since Christmas she has also had coprolalia - involuntary swearing - which affects only a minority of people with Tourette's but is very distressing for her. The words are most often "shit" and occasionally "fuck", usually said quietly and often when she is anxious.

Please:
- Do not sanction tics, and do not draw attention to them. Carry on with the lesson.
- If a tic is said loudly, a calm "thank you, Ruby" and moving on works best.
- If other pupils react, deal with that separately and kindly afterwards.
- Ruby has a time-out card and may leave for the Learning Support base at any point.
- In exams she will sit in a separate room.

Tics often get worse with stress and tiredness, so you may see more of them in mock season.

Ruby has said she's happy for her form to be told, and we're doing that with her on Friday.

Many thanks,
Leila

""") + sig('senco', 'disclaimer')))

add('clean', 'dsl_disclosure_verbatim', "hard negative: staff safeguarding referral to the DSL quoting a pupil's words verbatim ('fucking slag', 'whore')",
    st('aldridge'), [st('dsl')], 'Disclosure - Year 9 pupil - please read today', D(2025, 11, 12, 13, 48, 2),
    cc=[st('hughes')],
    root=text(T("""
Priya,

Logged on CPOMS as well, but flagging directly because I think it needs looking at today.

At the end of period 4, L (9K) stayed behind after my lesson and asked to speak to me. She was tearful. She said (her words as closely as I can record them):

"My stepdad gets really angry when he's been drinking. Last night he called me a fucking slag and said I'm a whore like my mum. He said if I told anyone he'd make sure I never saw my little brother again."

I asked whether he had ever hurt her. She said "not really, he grabs my arm sometimes" and showed me a faint bruise on her upper left arm. I did not examine it. I told her I couldn't keep it a secret and that I would need to pass it on to someone whose job is to help. She said she understood but was worried about going home tonight.

She is currently in the Learning Support base with Carol. She is due to go home on the 3.40 coach.

Ben

Ben Aldridge
Head of Year 9
"""), cte='quoted-printable'))

add('clean', 'groupchat_bullying_report', "hard negative: HoY report to DSL transcribing abusive group-chat messages ('fat cunt', 'fucking freak'), staff only",
    st('lloyd'), [st('dsl')], 'Group chat screenshots - Year 11', D(2026, 2, 3, 17, 5, 40),
    cc=[st('hughes')],
    root=alternative('group_chat_bullying_report', T("""
Priya,

J's mum came in this afternoon with screenshots from a Year 11 group chat (about 30 members), sent between 9pm and midnight on Sunday. I've uploaded the screenshots to CPOMS. Transcribed exactly, the messages aimed at J are:

[21:04] "no one actually likes you, you fat cunt"
[21:06] "go and cry to your mummy you fucking freak"
[21:15] "kys"
[23:42] "everyone screenshot her profile pic lol"

The first two are from accounts we believe belong to two girls in 11S; the third account is unknown. J was not in the chat but was sent the screenshots by a friend.

J is in school, is very upset, and has said she doesn't want to go to lessons tomorrow. Given the "kys" message I've asked the school counsellor to see her first thing, and her mum is aware.

I haven't spoken to the girls yet - I wanted to check with you first how you'd like it handled, and whether it meets the threshold for a referral given the "kys".

Si\u00e2n

Mrs Si\u00e2n Lloyd
Head of Year 11
Example School, Park Row, Leeds LS1 4AP
""")))

C55_QUOTE = T("""
________________________________
From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 09 December 2025 23:02
To: Rachel Hughes <r.hughes@example-school.org.uk>
Subject: Detention

This is absolute bollocks. My daughter has been given a detention for arriving four minutes late to a STUDY PERIOD, in Year 13, in the middle of her mocks. Your fucking detention system is a joke and frankly so is the person who came up with it.

I expect it to be cancelled tomorrow or I will be taking this up with the governors.

A Guardian
""")
add('clean', 'polite_reply_abusive_parent', "hard negative: polite deputy-head reply; the swearing is only in the parent's quoted email below",
    st('hughes'), [ALI], 'RE: Detention', D(2025, 12, 10, 12, 40, 20), reply_to_mid='c55-orig',
    root=alternative('polite_reply_abusive_parent', T("""
Dear Mr Guardian,

Thank you for your email. I understand that this is a stressful time, with Example Pupil Three in the middle of her mocks, and I'm sorry that the detention has added to that.

I have looked into what happened. Year 13 students are expected to register for supervised study periods in the same way as for lessons, and the sixth form team apply the same rule to everyone. However, I agree that a lunchtime detention during the mock fortnight isn't helpful, and I've asked Mrs Drury to convert it into a conversation with her tutor instead.

I would ask, though, that future correspondence with staff is kept courteous. Our staff work very hard for your daughter and I'm sure that on reflection you would not want them to receive an email in those terms.

If you'd like to discuss this further, I'd be very happy to meet.

Yours sincerely,

""") + sig('hughes', 'full') + '\n' + C55_QUOTE))

C56_BODY = T("""
Dear Mr Tremlett,

Thank you for letting us know, and I'm sorry that you couldn't get out of Ferry Lane on Saturday morning. That shouldn't have happened.

I've spoken to the driver. The trailer was waiting for the boathouse gate to be unlocked and he should have pulled into the club car park rather than waiting in the lane. From now on the trailer will always go straight into the club car park, and the boathouse gate will be unlocked by 5.45am on regatta days.

If you ever have a problem on the day, please ring the school on 01632 960000 and we will get the trailer moved straight away.

With apologies again,

Tom Fairbairn
Head of Rowing
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000

On 21 Sep 2025, at 19:44, D Tremlett <d.tremlett62@btinternet.com> wrote:

> Your bloody minibus and trailer were blocking Ferry Lane AGAIN at 6am on Saturday. I couldn't get my car out for 25 minutes and was late for work.
>
> Tell your arsehole drivers to park in the club car park like everyone else. If it happens again I'm calling the police, you useless pricks.
>
> D. Tremlett
> Ferry Lane
""")
add('clean', 'neighbour_complaint_reply', "hard negative: head of rowing's polite reply to a neighbour; the insults are only in the quoted complaint",
    st('fairbairn'), [('D Tremlett', 'd.tremlett62@btinternet.com')], 'Re: Trailer blocking Ferry Lane',
    D(2025, 9, 22, 8, 15, 0), mid='plain',
    root=text(C56_BODY, cte='quoted-printable'))

add('clean', 'behaviour_policy_language', "hard negative: pastoral staff discuss the behaviour policy on offensive words ('gay', 'retard', 'spaz', 'slag') - mention not use",
    st('hughes'), [st('aldridge'), st('lloyd'), st('drury')], 'Behaviour policy review - the language section',
    D(2026, 3, 11, 16, 50, 0), cc=[st('dsl')],
    root=text(T("""
Dear all,

Ahead of Tuesday's pastoral meeting, here is my draft of the language section for the behaviour policy review. Governors want it to be more specific than "inappropriate language", and the student council asked us to name the words we mean, so I have.

Draft wording:

"Discriminatory language is never acceptable and will always be challenged, recorded and followed up, even when a pupil says it was 'a joke' or 'not meant like that'. This includes, but is not limited to: 'gay' used as an insult; 'retard', 'retarded' and 'spaz' or 'spastic'; sexualised insults such as 'slag' and 'slut'; and all racial slurs, including the n-word, whether spoken, written or sent online."

Points for discussion:
1. Do we treat swearing that isn't aimed at anyone (e.g. dropping a textbook and saying "shit") differently from swearing at someone? I think we should, and the draft says so further down.
2. How do we record misogynistic language? At the moment it goes under "other", which isn't good enough.
3. Training for staff on challenging language consistently - I'd like to use a twilight session in the summer term.

Comments by Monday, please.

Rachel
"""), cte='quoted-printable'))

add('clean', 'othello_close_reading', "hard negative: Othello set text quoted (Iago's racialised and sexual imagery) in a close-reading task",
    st('mcallister'), [BEA, KIRAN, PHOEBE], 'Othello - Act 1 Scene 1 close reading', D(2025, 10, 1, 19, 30, 0),
    root=alternative('othello_close_reading', T("""
Dear 12E1,

For Friday, please annotate Iago and Roderigo's speeches to Brabantio under the window (1.1.85-120), and come ready to discuss the questions below.

The key lines:

"Even now, now, very now, an old black ram
Is tupping your white ewe."

"you'll have your daughter covered with a Barbary horse"

"your daughter and the Moor are now making the beast with two backs"

and Roderigo's "the thick-lips" a little earlier.

Questions:
1. Iago never names Othello in this scene. What does he call him instead, and why?
2. How does the animal imagery work on Brabantio's fears about race, sex and his own authority?
3. Is the audience invited to share Iago's racism, or to be appalled by it? Think about the first audiences at the Globe and about a modern audience.

We'll also look at how three recent productions staged this scene.

Mrs McAllister
""")))

add('clean', 'larkin_anthology_question', "hard negative [unsure]: colleague quotes Larkin's 'This Be The Verse' ('They fuck you up...') asking whether to teach it; staff only",
    st('osei'), [st('mcallister')], 'Larkin for the Y12 unseen anthology?', D(2026, 3, 18, 13, 22, 0),
    root=text(T("""
Fiona,

Quick question before I finalise the unseen poetry anthology for Year 12. Would you be comfortable with me including Larkin's "This Be The Verse"?

I know the first line is the one everyone remembers - "They fuck you up, your mum and dad." - but it's such a good poem for teaching tone and form: the jaunty tetrameter and the neat rhymes against the bleakness of "Man hands on misery to man". It pairs really well with "Mr Bleaney" and with Duffy's "Before You Were Mine", which are both already in.

They're 16 and 17 and they'll have heard worse on the coach. But I'm conscious some parents may not agree, and I'd rather ask you now than field an email in May. Happy to swap it for "Aubade" if you'd prefer.

K
"""), cte='7bit', charset='us-ascii'))

add('clean', 'spring_concert_programme', "hard negative: concert programme - Elgar's 'Cockaigne', Brahms 'Sextet', Fanny Mendelssohn",
    st('cole'), [JANE, SAM, ALI], 'Spring Concert programme - Wednesday 25 March', D(2026, 3, 20, 15, 0, 0),
    root=alternative('spring_concert_programme', T("""
Dear Parents and Carers,

We are very much looking forward to the Spring Concert on Wednesday 25 March at 7pm in the Main Hall. Here is the programme, so that you know when your daughter is performing.

First half
- Symphony Orchestra: Elgar, "Cockaigne (In London Town)", arr. for school orchestra
- Chamber Choir: Fanny Mendelssohn, "Gartenlieder", three part-songs
- Sixth Form strings: Brahms, String Sextet No. 1, second movement
- Wind Band: Holst, First Suite in E flat

Interval - drinks served by the Year 12 charity committee

Second half
- Junior Choir: Purcell, "When I am laid in earth" (Dido's Lament), soloist Hannah W
- Jazz Band: a selection, directed by Mr Hobbs
- Full choir and orchestra: Handel, "Zadok the Priest"

Tickets are still available on ParentPay (\u00a38 adults, \u00a34 children). Performers should arrive at 6pm in concert dress.

With best wishes,

""") + sig('cole', 'full')))


# ==========================================================================
# Output
# ==========================================================================
README = T("""
# Round 30 hold-out corpus - obscene-language

**BLIND - never use for tuning.** These messages were written without reading
mailguard's code, rules, tests or documentation, and nobody has run the filter
on them while writing. Use them only to measure the filter; if any rule is
changed because of a failure here, the corpus is no longer a hold-out.

## What it is

80 complete RFC 5322 e-mail messages (`NNN_<flag|clean>_<slug>.eml`) sent by
staff of a fictional selective girls' grammar school in Buckinghamshire
(ages 11-18: Oxbridge and medicine applications, lacrosse and rowing, Model UN
and debating, a large sixth form, articulate and demanding parents).
Staff mail is at `example-school.org.uk`, pupils at
`pupils.example-school.org.uk`; the only parents are the three in
`directory/parents.csv`. Outside organisations use example.com/.org/.net;
all phone numbers are the school's own (01632 960000) or Ofcom drama range.

The policy under test (staff e-mail and social-media guidance, section 7):
staff must not use obscene language or swear words, nor make offensive
comments on grounds of gender, race, disability, age, religion or sexual
orientation.

`labels.csv` columns: `file,expected,sender,recipients,note`. `expected` is
`flag` or `clean`; `sender` is the envelope sender (the staff From address);
`recipients` are the To and Cc addresses separated by single spaces. Judgement
calls are marked `[unsure]` in the note.

## Counts

| expected | kind | count |
|---|---|---|
| flag | plain swearing / slurs in the author's own words | 10 |
| flag | disguised (masks, leetspeak, spacing, homoglyphs, full-width, zero-width, HTML splitting, QP soft break, base64, RFC 2047 subject) | 10 |
| clean | everyday school mail | 30 |
| clean | hard negatives | 30 |
| **total** | | **80** |

## Kinds of case

Flag (the staff author's own words):
- casual staff-to-staff venting (bellend, fucking, bollocks, arsehole, cunt, twat in a subject line);
- slips to parents and pupils (wankers to a parent, pissing about and an over-excited "Fuuuuuck" to pupils);
- slurs on grounds of disability, race and gender (retarded, Paki, b*tch);
- swearing only in a .txt attachment; only in an RFC 2047 base64 subject;
- disguised: f*cking/sh*t masks, b0ll0cks/5h1t leetspeak in a base64 body,
  w.a.n.k.e.r and F-u-c-k-i-n-g, repeated letters, Cyrillic homoglyphs,
  full-width letters, a zero-width space, an HTML entity and a word split by
  tags, quoted-printable soft line breaks inside words.

Clean, everyday: term dates, UCAS and predicted grades, Oxbridge mock
interviews, medicine work experience, rowing and lacrosse letters, attendance,
mock invigilation rota (CSV), Model UN and debating, staff briefing, maths
challenge, access arrangements, MFA rollout (base64), essay feedback, trip
letters (PDF), meeting invitation (ICS), options evening, careers, regatta
entries, French exchange (RFC 2047), drama, lost property, wellbeing,
HTML-only newsletter.

Clean, hard negatives:
- place names: Scunthorpe, Penistone, Clitheroe, Cockermouth, Shitterton, Twatt;
- surnames and titles: Cockburn, Hancock, Wankhede, Dick Whittington, Dickens;
- food (faggots, spotted dick, cock-a-leekie), birds (great tit, woodcock,
  cock pheasant, shag), rowing (cox, stroke, catch a crab), site work
  (ballcock, knobs, screws, erection of scaffolding), music (Cockaigne,
  Sextet, Fanny Mendelssohn);
- subject vocabulary: cumene, reproduction, bastard feudalism, RE (hell,
  damnation), German (Abfahrt, Fahrkarte, Gute Fahrt), SEND (spastic diplegia,
  Tourette's coprolalia);
- set texts quoted: King Lear, The Miller's Tale, Othello, Larkin;
- RSE letter to a parent;
- safeguarding reports to the DSL quoting pupils' and group-chat words verbatim
  (staff only);
- polite replies where the abuse is only in the parent's or neighbour's quoted text;
- staff discussing the behaviour policy's list of banned words.

## How it was made and how to regenerate

Written by hand as a deterministic Python 3.11 standard-library script
(`../make_round30_obscene.py`), which builds the raw MIME text itself (fixed
dates, Message-IDs and boundaries) so that every run is byte-identical:

    python3 tests/holdout/round30/make_round30_obscene.py

Files are numbered in date order (September 2025 to May 2026). Formats:
text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative in
the Outlook style, HTML-only, multipart/mixed with PDF, CSV, TXT and ICS
attachments, Outlook and iPhone quoted replies, RFC 2047 subjects and names.
""")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith('.eml'):
            os.remove(os.path.join(OUT, fn))
    msgs = sorted(MESSAGES, key=lambda m: (m['date'].astimezone(timezone.utc), m['slug']))
    slugs = [m['slug'] for m in msgs]
    assert len(set(slugs)) == len(slugs), 'duplicate slug'
    rows = []
    for i, m in enumerate(msgs, 1):
        fn = f"{i:03d}_{m['label']}_{m['slug']}.eml"
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(render_message(m))
        recips = ' '.join(a for _n, a in m['to'] + m['cc'])
        rows.append([fn, m['label'], m['frm'][1], recips, m['note']])
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['file', 'expected', 'sender', 'recipients', 'note'])
    w.writerows(rows)
    with open(os.path.join(OUT, 'labels.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='') as f:
        f.write(README)
    n_flag = sum(1 for r in rows if r[1] == 'flag')
    print(f'wrote {len(rows)} messages ({n_flag} flag, {len(rows) - n_flag} clean) to {OUT}')


if __name__ == '__main__':
    main()
