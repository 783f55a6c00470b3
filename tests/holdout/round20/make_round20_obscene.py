#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Round 20 blind hold-out corpus for the mailguard "obscene-language" module.

Setting: a Church of England junior school (ages 7-11) in a seaside town, with a
large SEND cohort, a nurture group, many young carers, a food bank link,
swimming, beach-safety and lifeboat-station visits.

BLIND: written without looking at the filter, its rules or its other tests.
Never use these messages for tuning.

Usage:  python3 make_round20_obscene.py
Writes obscene-language/NNN_<flag|clean>_<slug>.eml, labels.csv and README.md
next to this script.  Python 3.11 standard library only; the output is
byte-identical on every run (fixed dates, Message-IDs and MIME boundaries).
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'obscene-language')
SCHOOL = 'example-school.org.uk'
PUPILS = 'pupils.example-school.org.uk'

# --------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------
STAFF = {
    'r.hughes': 'Rachel Hughes',
    'd.rowlands': 'Dafydd Rowlands',
    'b.quayle': 'Bernadette Quayle',
    'p.chaudhry': 'Priya Chaudhry',
    'c.blewett': 'Carys Blewett',
    'o.stannard': 'Ollie Stannard',
    't.pengelly': 'Tom Pengelly',
    's.caddick': 'Sophie Caddick',
    'm.adebayo': 'Marcus Adebayo',
    'j.kitto': 'Joe Kitto',
    'l.okafor': 'Leah Okafor',
    'h.jago': 'Helen Jago',
    'h.ferris': 'Hannah Ferris',
    'k.arslan': 'Kemal Arslan',
    's.polglase': 'Sue Polglase',
    'a.hassan': 'Amira Hassan',
    'g.trelawny': 'Gwen Trelawny',
    'i.nankervis': 'Ian Nankervis',
    'f.macleod': 'Fiona MacLeod',
    't.bolitho': 'Tasha Bolitho',
    'l.penrose': 'Lorna Penrose',
    'c.moreau': 'Chlo\u00e9 Moreau',
    'c.rowe': 'Callum Rowe',
    # shared mailboxes
    'dsl': 'Designated Safeguarding Lead',
    'office': 'Example School Office',
    'attendance': 'Attendance - Example School',
    'pta': 'Example School PTA',
    'staff': 'All Staff',
}
PARENTS = {
    'jane': ('Jane Parent', 'jane.parent@gmail.com'),
    'sam': ('Sam Carer', 'sam.carer@outlook.com'),
    'ali': ('Ali Guardian', 'ali.guardian@btinternet.com'),
}
PUPIL = {
    '21kpascoe': 'Kieran Pascoe',
    '21mwhitford': 'Maisie Whitford',
    '21jtreloar': 'Jayden Treloar',
    '22kbrannigan': 'Kai Brannigan',
    '22esaunders': 'Evie Saunders',
    '22rnowak': 'Ruby Nowak',
    '22tmensah': 'Theo Mensah',
}
EXT = {
    'lifeboat': ('Dick Tregenza', 'learning@harbourlifeboat.example.org'),
    'foodbank': ('Harbourside Food Bank', 'referrals@foodbank.example.org'),
    'coaches': ('Coast Coaches Bookings', 'bookings@coastcoaches.example.com'),
    'youngcarers': ('Coastal Young Carers - Referrals', 'referrals@youngcarers.example.org'),
    'orkney': ('Morag Linklater', 'p.linklater@orkneyprimary.example.org'),
    'chair': ('Revd Mark Trevail', 'vicar@stpeters.example.org'),
}


def who(key):
    if key in PARENTS:
        return PARENTS[key]
    if key in STAFF:
        return (STAFF[key], key + '@' + SCHOOL)
    if key in PUPIL:
        return (PUPIL[key], key + '@' + PUPILS)
    if key in EXT:
        return EXT[key]
    raise KeyError(key)


# --------------------------------------------------------------------------
# Encoding helpers (hand-rolled so that every byte is under our control)
# --------------------------------------------------------------------------
SB = '\x00'   # in a text body: force a quoted-printable soft line break here


def hx(s, n=16):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_words(s, mode='Q'):
    chunks, cur = [], ''
    for w in s.split(' '):
        w = (' ' + w) if cur else w
        if cur and len((cur + w).encode('utf-8')) > 40:
            chunks.append(cur + ' ')
            cur, w = '', w[1:]
        cur += w
    if cur:
        chunks.append(cur)
    out = []
    for c in chunks:
        b = c.encode('utf-8')
        if mode == 'B':
            out.append('=?UTF-8?B?%s?=' % base64.b64encode(b).decode('ascii'))
        else:
            q = ''
            for x in b:
                ch = chr(x)
                if x < 128 and (ch.isalnum() or ch in '!*+-/'):
                    q += ch
                elif x == 32:
                    q += '_'
                else:
                    q += '=%02X' % x
            out.append('=?UTF-8?Q?%s?=' % q)
    return out


def fold(name, value):
    words = value.split(' ')
    lines, cur = [], name + ':'
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ':':
            lines.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    lines.append(cur)
    return '\n'.join(lines)


def text_header(name, value, mode='Q'):
    if is_ascii(value):
        return fold(name, value)
    return name + ': ' + '\n '.join(enc_words(value, mode))


def fmt_addr(key):
    name, addr = who(key)
    if not is_ascii(name):
        return ' '.join(enc_words(name, 'Q')) + ' <%s>' % addr
    if any(c in name for c in ',.()[]:;@"'):
        return '"%s" <%s>' % (name, addr)
    return '%s <%s>' % (name, addr)


def addr_header(name, keys):
    parts = [fmt_addr(k) for k in keys]
    line = name + ': ' + ', '.join(parts)
    if len(line) <= 76:
        return line
    return name + ': ' + ',\n '.join(parts)


DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def rfcdate(s):
    d = dt.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    bst = (dt.datetime(2024, 3, 31, 1) <= d < dt.datetime(2024, 10, 27, 1)) or \
          (dt.datetime(2025, 3, 30, 1) <= d < dt.datetime(2025, 10, 26, 1))
    return '%s, %d %s %d %02d:%02d:%02d %s' % (
        DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year,
        d.hour, d.minute, d.second, '+0100' if bst else '+0000')


def qp_encode(text):
    """Quoted-printable, lines <= 76; soft breaks go after a space where possible
    (so words stay whole) except where the text holds an explicit SB marker."""
    out = []
    for line in text.split('\n'):
        toks = []
        for ch in line:
            if ch == SB:
                toks.append(SB)
                continue
            t = ''
            for b in ch.encode('utf-8'):
                if (33 <= b <= 126 and b != 61) or b in (32, 9):
                    t += chr(b)
                else:
                    t += '=%02X' % b
            toks.append(t)
        if toks and toks[-1] in (' ', '\t'):
            toks[-1] = '=%02X' % ord(toks[-1])
        cur = []
        for t in toks:
            if t == SB:
                out.append(''.join(cur) + '=')
                cur = []
                continue
            if len(''.join(cur)) + len(t) > 75:
                sp = max((i for i, x in enumerate(cur) if x == ' '), default=-1)
                if sp > 0:
                    out.append(''.join(cur[:sp + 1]) + '=')
                    cur = cur[sp + 1:]
                else:
                    out.append(''.join(cur) + '=')
                    cur = []
            cur.append(t)
        out.append(''.join(cur))
    return '\n'.join(out)


def flow(text, width=72):
    """format=flowed (RFC 3676): long lines wrapped at spaces, soft breaks end in a space."""
    out = []
    for line in text.split('\n'):
        while len(line) > width and ' ' in line[:width]:
            cut = line.rindex(' ', 0, width)
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def b64_lines(data):
    return base64.encodebytes(data).decode('ascii').rstrip('\n')


# --------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------
class Text:
    def __init__(self, text, subtype='plain', cte='auto'):
        text = text.replace('\r\n', '\n')
        if not text.endswith('\n'):
            text += '\n'
        self.text, self.subtype, self.cte = text, subtype, cte

    def render(self):
        t = self.text
        cte = self.cte
        flowed = ''
        if cte == 'auto':
            short = max(len(x) for x in t.split('\n')) <= 78
            cte = '7bit' if (is_ascii(t) and short) else 'quoted-printable'
        if cte != 'quoted-printable':
            t = t.replace(SB, '')
        if cte == 'flowed':
            cte = '7bit' if is_ascii(t) else '8bit'
            flowed = '; format=flowed; delsp=no'
            body = flow(t)
        elif cte in ('7bit', '8bit'):
            body = t
        elif cte == 'quoted-printable':
            body = qp_encode(t)
        elif cte == 'base64':
            body = b64_lines(t.replace('\n', '\r\n').encode('utf-8'))
        else:
            raise ValueError(cte)
        cs = 'us-ascii' if (is_ascii(t) and cte == '7bit') else 'utf-8'
        hdr = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s' % (
            self.subtype, cs, flowed, cte)
        return hdr + '\n\n' + body.rstrip('\n') + '\n'


class Attach:
    def __init__(self, filename, ctype, data, inline_cid=None):
        self.filename, self.ctype, self.data, self.cid = filename, ctype, data, inline_cid

    def render(self):
        if self.cid:
            hdr = ('Content-Type: %s; name="%s"\nContent-Description: %s\n'
                   'Content-Disposition: inline; filename="%s"\nContent-ID: <%s>\n'
                   'Content-Transfer-Encoding: base64') % (
                self.ctype, self.filename, self.filename, self.filename, self.cid)
        else:
            hdr = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment;\n'
                   ' filename="%s"\nContent-Transfer-Encoding: base64') % (
                self.ctype, self.filename, self.filename)
        return hdr + '\n\n' + b64_lines(self.data) + '\n'


class Multi:
    def __init__(self, subtype, parts, boundary, params=''):
        self.subtype, self.parts, self.boundary, self.params = subtype, parts, boundary, params

    def render(self):
        hdr = 'Content-Type: multipart/%s;\n boundary="%s"%s' % (
            self.subtype, self.boundary, self.params)
        body = ''
        for p in self.parts:
            body += '--' + self.boundary + '\n' + p.render() + '\n'
        body += '--' + self.boundary + '--\n'
        return hdr + '\n\n' + body


# --------------------------------------------------------------------------
# HTML renderings of a plain-text body, in the style of two common clients
# --------------------------------------------------------------------------
def outlook_html(text):
    rows = []
    for line in text.rstrip('\n').split('\n'):
        if line.strip() == '':
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith('From: ') or line.startswith('Sent: ') or line.startswith('-----Original'):
            rows.append('<p class="MsoNormal"><b>%s</b></p>' % html.escape(line, quote=False))
        else:
            rows.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line, quote=False))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + '\n'.join(rows) + '\n</div>\n</body>\n</html>\n')


def gmail_html(text):
    lines = text.rstrip('\n').split('\n')
    main, quote, attr = [], [], None
    for line in lines:
        if quote or line.startswith('>'):
            if line.startswith('>'):
                quote.append(line[1:].lstrip(' '))
            continue
        if line.startswith('On ') and line.rstrip().endswith('wrote:'):
            attr = line
            continue
        main.append(line)
    while main and main[-1] == '':
        main.pop()
    out = '<div dir="ltr">' + '<br>\n'.join(html.escape(x, quote=False) for x in main) + '</div>\n'
    if attr:
        out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>\n') % (
            html.escape(attr, quote=False),
            '<br>\n'.join(html.escape(x, quote=False) for x in quote))
    return out


# --------------------------------------------------------------------------
# Small deterministic attachments
# --------------------------------------------------------------------------
def make_pdf(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    stream = 'BT /F1 11 Tf 56 790 Td 15 TL\n' + ''.join('(%s) Tj T*\n' % esc(l) for l in lines) + 'ET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        '/Resources << /Font << /F1 5 0 R >> >> >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(stream.encode('latin-1')), stream),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]
    out = '%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode('latin-1')))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    xref = len(out.encode('latin-1'))
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += ''.join('%010d 00000 n \n' % o for o in offs)
    out += 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')


def make_png():
    import struct
    import zlib
    w, h = 8, 8
    raw = b''.join(b'\x00' + bytes([0, 51, 102]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


# --------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------
MESSAGES = []

MAILERS = {
    'outlook': 'X-Mailer: Microsoft Outlook 16.0',
    'apple': 'X-Mailer: iPhone Mail (22B91)',
    'thunderbird': 'User-Agent: Mozilla Thunderbird',
    'web': None,
}


def boundary(slug, n, style):
    k = hx('%s/%d' % (slug, n), 24)
    if style == 'outlook':
        return '_%03d_%s_' % (n, k.upper())
    if style == 'apple':
        return 'Apple-Mail-%s-%s' % (k[:8].upper(), k[8:16].upper())
    if style == 'web':
        return '0000000000%s' % k[:18]
    return '------------%s' % k[:24]


def add(slug, label, note, frm, to, subject, date, body, cc=(), fmt='plain',
        attachments=(), style='outlook', subj_mode='Q', reply=False, html_body=None,
        related=None):
    MESSAGES.append(dict(slug=slug, label=label, note=note, frm=frm, to=list(to), cc=list(cc),
                         subject=subject, date=date, body=body, fmt=fmt,
                         attachments=list(attachments), style=style, subj_mode=subj_mode,
                         reply=reply, html_body=html_body, related=related))


def build(m):
    slug, style = m['slug'], m['style']
    n = [0]

    def nb():
        n[0] += 1
        return boundary(slug, n[0], style)
    fmt = m['fmt']
    body = m['body']
    if fmt == 'plain':
        part = Text(body, cte='flowed' if style == 'thunderbird' else 'auto')
    elif fmt == 'plain8':
        part = Text(body, cte='8bit')
    elif fmt == 'qp':
        part = Text(body, cte='quoted-printable')
    elif fmt == 'b64':
        part = Text(body, cte='base64')
    elif fmt in ('alt', 'altweb'):
        h = outlook_html(body) if fmt == 'alt' else gmail_html(body)
        if m['html_body']:
            h = m['html_body']
        part = Multi('alternative', [Text(body), Text(h, 'html')], nb())
    elif fmt == 'html':
        part = Text(m['html_body'], 'html')
        if m['related']:
            part = Multi('related', [part] + m['related'], nb(), ';\n type="text/html"')
    else:
        raise ValueError(fmt)
    if m['attachments']:
        part = Multi('mixed', [part] + m['attachments'], nb())

    mid = '<%s.%s@%s>' % (hx(slug + m['date'], 20).upper(), hx(slug, 8), SCHOOL)
    if style == 'apple':
        mid = '<%s-%s-%s@%s>' % (hx(slug, 8).upper(), hx(slug, 12)[8:12].upper(),
                                 hx(slug + 'a', 12).upper(), SCHOOL)
    if style == 'web':
        mid = '<CAK%s%s@mail.%s>' % (hx(slug, 14), hx(slug + m['date'], 18), SCHOOL)
    hdrs = ['From: ' + fmt_addr(m['frm']), addr_header('To', m['to'])]
    if m['cc']:
        hdrs.append(addr_header('Cc', m['cc']))
    hdrs.append(text_header('Subject', m['subject'], m['subj_mode']))
    hdrs.append('Date: ' + rfcdate(m['date']))
    hdrs.append('Message-ID: ' + mid)
    if m['reply']:
        prev = '<%s@%s>' % (hx(slug + '-orig', 24), 'mail.example.net')
        hdrs.append('In-Reply-To: ' + prev)
        hdrs.append('References: ' + prev)
    if MAILERS.get(style):
        hdrs.append(MAILERS[style])
    hdrs.append('MIME-Version: 1.0')
    raw = '\n'.join(hdrs) + '\n' + part.render()
    return raw.replace('\n', '\r\n').encode('utf-8')


# --------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------
SIG_HEAD = """Rachel Hughes
Headteacher
Example School \u2013 a Church of England Junior School
Park Row, Leeds LS1 4AP
01632 960000 | office@example-school.org.uk"""

SIG_DSL = """Dafydd Rowlands
Deputy Headteacher & Designated Safeguarding Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000"""

SIG_SENCO = """Bernadette Quayle
SENCo
Example School | Park Row, Leeds LS1 4AP | 01632 960000"""

SIG_CARYS = """Carys Blewett
Family Support Worker & Young Carers Lead
Example School | 01632 960000 | Park Row, Leeds LS1 4AP"""

SIG_OLLIE = """Mr Stannard
PE & Swimming Lead
Example School \u00b7 01632 960000"""

SIG_OFFICE = """School Office
Example School
Park Row, Leeds LS1 4AP
Tel: 01632 960000"""


# ==========================================================================
# FLAG: the staff author's own obscene / offensive words
# ==========================================================================
add('marking_codes_venting', 'flag',
    'Y6 teacher venting to colleague about marking policy: "it\'s bollocks" (plain)',
    't.pengelly', ['s.caddick'], 'RE: marking codes', '2024-09-30 16:41:07', reply=True, body="""\
Soph,

Have you actually read the new marking codes doc yet? Green pen for next steps, purple for pupil response, a VF stamp every time we talk to a child, and now a "gap task" in every maths book every single day. For 31 of them. With boosters starting after half term.

Honestly, it's bollocks. Nobody looks at those books except us and the moderators, and Ofsted stopped asking for triple marking years ago. I'm going to say something at staff meeting on Wednesday but I'd rather not be the lone voice again. Will you back me up if I suggest we trial it in maths only until Christmas and then review?

Also - are you doing the Y6 swimming top-up register this week or am I? I've lost track.

T

-----Original Message-----
From: Sophie Caddick <s.caddick@example-school.org.uk>
Sent: 27 September 2024 15:58
To: Tom Pengelly <t.pengelly@example-school.org.uk>
Subject: marking codes

Did you see Rachel's email about the marking codes? Haven't had a chance to read it properly, I'm at the pool with the non-swimmers all afternoon.

S
""")

add('workroom_copier_jammed', 'flag',
    'teacher to office/site manager: "the fucking thing has chewed half of them" (plain)',
    'h.jago', ['office'], 'Workroom copier jammed AGAIN', '2024-11-11 07:52:10', cc=['i.nankervis'],
    body="""\
Morning Janet (and Ian),

The big copier in the workroom is jammed again. Tray 3, orange light flashing, and it's making that grinding noise it made before half term. I had 60 copies of the beach safety quiz and the Remembrance service sheets queued for 8.30 and the fucking thing has chewed half of them and won't let go of the rest. I've opened every door on it and burnt my hand on the hot bit at the back.

Could one of you ring the engineer before the queue builds up? I'll nip into the office and use yours for now if that's OK.

Thanks
Helen

Helen Jago
Year 4 Teacher & History Lead
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

add('pta_meeting_rant', 'flag',
    'TA/PTA liaison to colleague about PTA chair and husband: "stuck-up bitch", "twat" (plain)',
    't.bolitho', ['l.penrose'], 'after tonight...', '2024-11-19 21:37:44', fmt='altweb', style='web',
    body="""\
Lorna,

Well that was a fun PTA meeting. Did you see her face when I said the raffle money has to go through the school bank account now and not into a biscuit tin in the boot of her car? Michelle has decided she IS the PTA. She actually said "some of us have been doing this a long time, Tasha" - I've been at this school nine years!

Honestly she's a stuck-up bitch, and that husband of hers is an even bigger twat, swanning in at quarter to nine to tell us how the Christmas fair "should" be run when he's never once lifted a trestle table.

Rant over. Are you still OK to do the choir slot at the fair on Friday 6th? I've put you down for 2.30 after the grotto queue dies down, and the lifeboat crew are doing the tombola next to you so it'll be loud.

T x
""")

add('swimming_reply_all_to_parent', 'flag',
    'teacher\'s reply meant for TA went to the parent too: "she\'s talking shit again" (plain, to parent)',
    'l.okafor', ['jane'], 'RE: Swimming on Tuesday', '2024-10-08 17:22:05', cc=['s.polglase'],
    fmt='alt', reply=True, body="""\
Sue - ignore this, she's talking shit again. He was in the water for the whole lesson, I watched him do his widths with the float. I'll ring her tomorrow after registration and smooth it over. Can you jot down which group he was in for me?

L

From: Jane Parent <jane.parent@gmail.com>
Sent: 08 October 2024 16:48
To: Leah Okafor <l.okafor@example-school.org.uk>
Cc: Sue Polglase <s.polglase@example-school.org.uk>
Subject: Swimming on Tuesday

Hi Miss Okafor,

Example Pupil One came home today and said he sat on the side for most of the swimming lesson and didn't get to go in the big pool with his friends. He was really upset. I don't understand why he was left out. Can you tell me what happened please?

Thanks
Jane
""")

add('leisure_centre_invoice', 'flag',
    'PE lead to business manager about pool invoice: "taking the piss", "the bastards" (plain)',
    'o.stannard', ['f.macleod'], 'RE: Leisure centre invoice - swimming autumn term',
    '2024-12-03 12:14:51', reply=True, body="""\
Fiona,

Just looked at the invoice you forwarded. They've charged us for all 12 weeks of Y4 lessons, including the two Tuesdays THEY cancelled when the learner pool was shut for the chlorine problem, and there's a "lifeguard supplement" of £180 that was never in the quote.

They're taking the piss. The bastards did exactly the same last spring and it took until June to get a credit note out of them.

I've still got the cancellation emails from their duty manager - forwarding them to you now. Can we hold off paying until they reissue it?

Cheers
Ollie

Ollie Stannard
PE & Swimming Lead
Example School | 01632 960000

From: Fiona MacLeod <f.macleod@example-school.org.uk>
Sent: 03 December 2024 11:02
To: Ollie Stannard <o.stannard@example-school.org.uk>
Subject: FW: Leisure centre invoice - swimming autumn term

Ollie, can you check this against what you've got before I pay it? Total looks higher than last year.
F
""")

add('supply_teacher_moan', 'flag',
    'teacher to colleague about a supply teacher: "like a total spaz" (disability slur, plain)',
    's.caddick', ['t.pengelly'], 'supply', '2025-01-22 12:31:09', style='apple', body="""\
The supply they sent for 5A this morning is hopeless. Couldn't log on to the board, couldn't find the visualiser, then stood at the front flapping at the projector like a total spaz while Marcus's lot ran riot. Joe had to go in and settle them before the Y5 swimmers left.

Please tell me we're not having him again tomorrow. Can you ask Dafydd at lunch? I'm on gate duty.

S

Sent from my iPhone
""")

add('hall_thursdays_dance', 'flag',
    'site manager to PE lead about visiting dance instructor: "proper little poofter" (homophobic slur, plain)',
    'i.nankervis', ['o.stannard'], 'Hall Thursdays', '2025-05-08 15:05:22', body="""\
Ollie,

The dance chap for the summer show is booked in the hall Thursdays 1 till 3 from next week. He's asked for the floor mopping before every session and the big mirrors wheeling out of the store. Can't say I'm surprised, proper little poofter that one, prancing round reception in his leggings telling Janet the lighting's "very harsh".

I'll do it this week but it's not going on my Thursday list for the rest of term. If he wants mirrors he can help me shift them.

Ian
Site Manager
""")

add('class_chat_warning_pupil', 'flag',
    'Y5 teacher to a pupil about the class chat: "Stop pissing about on it" (plain, to pupil)',
    'm.adebayo', ['22kbrannigan'], 'Year 5 class chat', '2025-02-04 20:46:13', body="""\
Kai,

I've had three messages from parents this evening about the Year 5 class chat. The chat is there for homework questions, not for memes, voice notes and changing everybody's nicknames at ten o'clock at night.

Stop pissing about on it. If it happens again I'll remove you from the chat for the rest of the half term, and I'll be speaking to you and your mum at the door tomorrow morning.

Mr Adebayo
Year 5
""")

add('seafront_caravans_admissions', 'flag',
    'attendance officer to deputy about Traveller families: "the pikeys are back" (ethnic slur, plain, html alt)',
    'attendance', ['d.rowlands'], 'Seafront car park / possible new starters', '2025-04-29 09:18:40',
    fmt='alt', body="""\
Dafydd,

Heads up - the pikeys are back on the seafront car park, about eight caravans as of this morning, same families as last May I think. Expect Janet to get a few admission enquiries this week.

Last year we took six children for three weeks and then they were off without a word, and I spent half of June chasing children missing education referrals for kids who were already in Skegness. I'm not saying we don't take them, obviously we have to, but can we at least get the forms done properly on day one this time (previous school, NHS number, a mobile that actually works)?

Thanks
Kevin

Kevin Doyle
Attendance Officer
Example School
Park Row, Leeds LS1 4AP
Tel: 01632 960000 (option 1 for absence)
""")

SWIM_CSV = """\
pupil,group,distance,notes
Amelia R,Blue,10m,Good kick. Needs to keep head down
Bobby T,Green,5m with float,Cried at the steps but got in
Callum W,Blue,10m,Lovely swimmer
Daisy M,Green,5m with float,No kit AGAIN - mum is a lazy cow
Ethan P,Yellow,0,little shit. Refused to get in and splashed the instructor
Freya L,Red,15m,Could move up
George H,Yellow,0,Medical - grommets - sits out
Harvey B,Yellow,0,Face in water not yet
Isla K,Blue,10m,
Jack D,Green,5m with float,Very nervous - needs adult near
Keira S,Red,20m,Ask mum about swim club?
"""
add('y3_swim_groups_list', 'flag',
    'TA sends swimming groups CSV; her own notes column says "lazy cow", "little shit" (in base64 .csv attachment; body clean)',
    's.polglase', ['h.ferris'], 'Y3 swimming groups', '2025-03-11 16:05:00',
    attachments=[Attach('Y3_swim_groups.csv', 'text/csv', SWIM_CSV.replace('\n', '\r\n').encode('utf-8'))],
    body="""\
Hi Hannah,

Here's the swimming groups list for Y3 typed up from my clipboard, with my notes from today in the last column so you've got them for parents' evening. Ollie wants the groups by Friday so the pool can sort out instructors.

Green group are fine in the shallow end on their own now. The three who still won't put their faces in are at the bottom.

Sue
""")

add('governors_learning_walk', 'flag',
    'swear word only in RFC 2047 base64-encoded subject: "what a fucking day"; body clean',
    'j.kitto', ['m.adebayo'], 'Governors\u2019 learning walk \u2013 what a fucking day',
    '2025-03-06 17:55:31', subj_mode='B', body="""\
Mate,

Of all the lessons for the governors to walk into. Fire alarm at 10.05, so 5K were lined up on the playground in the rain for 20 minutes, then straight back in for the "writing at greater depth" lesson with three governors, Rachel and a clipboard. Two children cried and Alfie told the vicar his wellies had a crab in them (they did).

Rachel says it was "fine" and they "loved the enthusiasm". I need a pint. Friday?

J
""")

add('parent_volunteer_coach_chaos', 'flag',
    'TA to a parent volunteer: "What a f*cking morning", "the sh!t we put up with" (symbol masks, to parent)',
    'a.hassan', ['sam'], 'Thank you for this morning!!', '2025-01-28 12:47:19', fmt='altweb',
    style='web', body="""\
Hi Sam,

What a f*cking morning!! Sorry for my language \U0001F648 but honestly. The coach didn't turn up, the one they sent instead had no seatbelts in the back four rows, and then the pool said we'd lost our slot. I don't know what I'd have done without you keeping the Y5s singing in the hall for 40 minutes.

The sh!t we put up with from that coach company. Fiona is writing to them today.

Thank you SO much again. Your little one was a superstar in the water when we finally got there \U0001F60A

Amira

Amira Hassan
Teaching Assistant & ELSA
Example School
""")

add('zigzag_parking', 'flag',
    'music lead to site manager about a parent parking: "w4nk3r", "b0ll0cks" (leetspeak)',
    'l.penrose', ['i.nankervis'], 'white range rover', '2025-02-26 08:57:33', style='thunderbird', body="""\
Ian,

That w4nk3r in the white Range Rover was parked across the zigzags AGAIN this morning, right by the crossing, with the engine running. Two of my choir kids had to step out into the road to get round him. When I asked him to move he said he'd "only be a minute" and carried on scrolling.

Total b0ll0cks that we can't do anything about it. Is it worth you ringing the council about the camera car, or getting the lines repainted? I've got the reg if you want it.

Lorna
""")

add('register_left_on_coach', 'flag',
    'teacher to colleague from phone: "Fuuuuuuck", "Shiiiiiit" (repeated letters, base64 body)',
    'h.ferris', ['l.okafor'], 'coach', '2025-03-18 11:03:47', fmt='b64', style='apple', body="""\
Fuuuuuuck. I've just realised I left the Y3 swimming register AND the medical bag on the coach. Driver's already gone back to the depot. Shiiiiiit.

Can you grab Sue and check the inhalers list in my top drawer? I'll ring Coast Coaches from the poolside, if they can drop it back before 12 we're fine.

H

Sent from my iPhone
""")

add('ehcp_caseworker_delay', 'flag',
    'SENCo to nurture lead about LA caseworker: "b-e-l-l-e-n-d", "t.w.a.t" (letters split by hyphens/dots)',
    'b.quayle', ['p.chaudhry'], 'EHCP - still nothing', '2025-05-14 16:20:08', body="""\
Priya,

Spoke to the LA caseworker again about R's plan. The 20 weeks ran out in March and today he tells me the draft has been "de-prioritised" because of "capacity issues". What a b-e-l-l-e-n-d. I said, very politely, that "de-prioritised" was not a word I was prepared to pass on to a mum who is caring for three children and a husband on dialysis.

Honestly the man is a complete t.w.a.t. I'm putting it all in writing to his manager tonight.

Can R keep his nurture mornings through the summer term regardless? I'd rather not take that away from him while we wait.

Bernie

""" + SIG_SENCO)

add('diocesan_visit_feedback', 'flag',
    'outdoor lead to RE lead about diocesan visitor: "Patronising cunt", "bollocks" with Cyrillic homoglyph letters (QP)',
    'c.rowe', ['g.trelawny'], 'RE: Diocesan visit feedback', '2025-02-12 18:09:55', fmt='alt',
    reply=True, body="""\
Gwen,

Just read the feedback. "Collective worship lacks ambition"? We do it in a hall with 240 kids, half the nurture group on wobble cushions and a projector that dies if you look at it. He spent eleven minutes in the room and most of that was on his phone.

Patronising \u0441unt. Sorry, but he is. And the bit about the prayer spaces is a load of b\u043ell\u043ecks - you've put so much into them this year and he didn't even go and look at the reflection garden the kids built.

Pint at the Anchor on Friday? My round.

Callum

From: Gwen Trelawny <g.trelawny@example-school.org.uk>
Sent: 12 February 2025 16:30
To: Callum Rowe <c.rowe@example-school.org.uk>
Subject: Diocesan visit feedback

Feedback from last week's visit is in. Not quite what we'd hoped. Have a read when you get a minute.
G
""")

add('sports_day_facebook', 'flag',
    'social media lead to colleague: "bollocks to the lot of them" in full-width letters',
    'm.adebayo', ['j.kitto'], 'Facebook post', '2025-06-23 19:14:02', fmt='altweb', style='web',
    body="""\
Joe,

Sports day post has been up for three hours. 4 likes, 1 heart from your mum, and 38 comments about the parking on Cliff Road. Not one about the kids.

\uff42\uff4f\uff4c\uff4c\uff4f\uff43\uff4b\uff53 to the lot of them. I'm turning comments off.

M
""")

add('staff_five_a_side', 'flag',
    'deputy head to colleague about staff football: "bellend", "wanker" with zero-width characters inside (8bit)',
    'd.rowlands', ['t.pengelly'], 'Staff 5-a-side', '2025-06-26 21:02:14', fmt='plain8', body="""\
Tom,

You absolute bell\u200bend. Leaving me in goal against the lifeboat crew with Ollie "I'll track back" Stannard as the only defender. 9-2. NINE.

Next Thursday you're in goal and I'm up front. No arguments.

Also you owe the kitty £4 for the pitch. And tell Ollie he's a wan\u200cker for that celebration, the crew were in stitches.

D
""")

ENERGY_HTML = """\
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--
p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Rachel,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The Q3 energy bill has landed and it&#8217;s f<span style="color:#1F3864">ucking</span> ridiculous &#8211; &pound;14,212 for October to December, against &pound;9,800 budgeted. The KS2 boiler running flat out while the engineer waited for parts hasn&#8217;t helped.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I&#8217;ve been through the meter readings and two of them are estimates, so I&#8217;m challenging those, but even if they come down we&#8217;re going to be short. It&#8217;s a <b>s</b>&#104;it position to be in with the SEND top-up already cut.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Can we find 20 minutes before Thursday&#8217;s finance committee?</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Fiona</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Fiona MacLeod</b><br>School Business Manager<br>Example School, Park Row, Leeds LS1 4AP<br>01632 960000</p>
</div>
</body>
</html>
"""
add('energy_bill_q3', 'flag',
    'business manager to head, HTML only: "fucking" split by a span, "shit" split by tag + entity',
    'f.macleod', ['r.hughes'], 'Energy bill Q3', '2025-01-15 14:37:26', fmt='html',
    html_body=ENERGY_HTML, body='')

add('housing_officer_damp', 'flag',
    'nurture lead to family support worker about a housing officer: "arsehole" broken by a QP soft line break',
    'p.chaudhry', ['c.blewett'], "M's family - housing", '2025-03-25 17:48:31', fmt='qp', body="""\
Carys,

Mum came to nurture drop-off in tears again. The damp in the back bedroom is so bad that the little one's inhaler use has doubled, and the housing officer told her on the phone yesterday that black mould is "a lifestyle issue" and she should open a window. In March. By the sea.

What an arse""" + SB + """hole. Is there any way you could go with her to the housing office on Thursday? She won't go on her own and I think she needs someone official in the room.

Also she's down to her last £10 until Monday - can we do a food bank voucher this week?

Priya

Priya Chaudhry
Nurture Group Lead
Example School
01632 960000
""")


# ==========================================================================
# CLEAN, hard negatives: innocent words a naive filter might trip over
# ==========================================================================
add('king_cnut_beach_morning', 'clean',
    'history letter to parents: King Cnut and the tide, acted out on the beach',
    'h.jago', ['jane'], 'Year 4 history morning on the beach \u2013 King Cnut', '2025-01-10 15:32:00',
    fmt='alt', body="""\
Dear Year 4 families,

Our history topic this half term is "Raiders and Settlers" \u2013 the Anglo-Saxons and the Vikings. To launch it, on Friday 17th January (weather permitting!) both Year 4 classes will walk down to the beach by the lifeboat slipway to act out the story of King Cnut ordering the tide to turn back.

The children have been arguing all week about what Cnut was really up to. Was he an arrogant king who thought he could control the sea, or was he showing his courtiers that even a king has no power over the waves? We'll film their versions and use them for persuasive writing next week.

Please send your child in with:
\u2022 a warm waterproof coat
\u2022 wellies in a named carrier bag
\u2022 a hat and gloves

We'll stay well above the tideline, the session is covered by our usual beach risk assessment, and Mr Rowe and two TAs will be with us. If the weather is too rough we'll do it on the playground with a blue parachute as the sea, which, to be fair, the children also enjoy.

Any questions, just let me or Miss Okafor know.

Mrs Jago
Year 4 & History Lead
Example School \u2013 a Church of England Junior School
Park Row, Leeds LS1 4AP \u00b7 01632 960000
""")

add('y6_residential_confirmation', 'clean',
    'Y6 residential near Cockermouth confirmation to parent, kit list PDF',
    't.pengelly', ['ali'], 'Year 6 residential \u2013 Cockermouth, 2\u20134 April', '2025-01-27 16:10:00',
    cc=['office'], fmt='alt',
    attachments=[Attach('Y6_residential_kit_list.pdf', 'application/pdf', make_pdf([
        'Example School - Year 6 Residential 2025',
        'Derwent Outdoor Centre, near Cockermouth, Cumbria',
        'Wednesday 2 April - Friday 4 April',
        '',
        'KIT LIST (please label everything)',
        '- Waterproof coat and waterproof trousers',
        '- Two pairs of trainers (one will get wet ghyll scrambling)',
        '- Walking boots or sturdy shoes',
        '- 3 x T-shirts, 2 x jumpers or fleeces, 2 x joggers',
        '- Swimming costume and towel',
        '- Pyjamas, toiletries, a torch',
        '- Sleeping bag and pillowcase (bedding is provided)',
        '- Any medicines, handed to Mr Pengelly in a named bag',
        '',
        'No phones, tablets or sweets please.',
        'Questions: 01632 960000']))],
    body="""\
Dear Mr Guardian,

Thank you for returning the reply slip for the Year 6 residential. I'm pleased to confirm that Example Pupil Three has a place.

A reminder of the details:

Where: Derwent Outdoor Centre, just outside Cockermouth in Cumbria
When: Wednesday 2nd \u2013 Friday 4th April (coach leaves school at 8.15am, back around 4pm on the Friday)
Cost: £165, payable in instalments on ParentPay. The next instalment of £55 is due by 28th February.

Activities include ghyll scrambling, canoeing on Bassenthwaite Lake, orienteering and a night walk. The centre caters for all dietary needs and I've passed on the medical information from your form.

I've attached the kit list. The one thing children always forget is a second pair of trainers \u2013 ghyll scrambling means wet feet for the rest of the day!

If the cost is a worry at any point, please speak to Ms Blewett in confidence. We have funding to help, and no child will miss out.

Best wishes

Tom Pengelly
Year 6 Teacher
Example School
Park Row, Leeds LS1 4AP
01632 960000
""")

GALA_CSV = """\
event,swimmer,class
25m freestyle (girls),Maisie W,6C
25m freestyle (girls),Keira S,3F
25m freestyle (boys),Kieran P,6P
25m freestyle (boys),Theo M,5A
25m backstroke (girls),Evie S,5K
25m backstroke (boys),Jayden T,6P
para 25m freestyle,Example Pupil Two,5A
squadron relay,Maisie W / Evie S / Kieran P / Theo M,mixed
"""
add('county_gala_scunthorpe', 'clean',
    'swimming gala at Scunthorpe pool: letter to parents with squad CSV',
    'o.stannard', ['sam', 'ali'], 'Swimming gala \u2013 Saturday 8th March, Scunthorpe', '2025-02-20 13:25:00',
    attachments=[Attach('gala_squad_and_races.csv', 'text/csv', GALA_CSV.replace('\n', '\r\n').encode('utf-8'))],
    body="""\
Dear parents and carers,

Congratulations \u2013 your child has been selected for the Example School squad at the North Lincolnshire Primary Schools Swimming Gala on Saturday 8th March at the Scunthorpe leisure centre pool.

Arrival: 8.45am at poolside (warm-up starts at 9.00)
Finish: approx. 12.30pm
Transport: parents are asked to bring their own child. If that's tricky, let me know by Wednesday and we'll arrange a lift with another family or a minibus seat.

Please bring: school swimming hat (I'll hand these out on the day if you haven't got one), costume, goggles, towel, a drink and a snack. Spectator tickets are £2 on the door.

The full squad list and race order are attached. We're entered in the 25m freestyle, 25m backstroke, the squadron relay and, new this year, the para-swimming events, so it's a big team for us.

Thank you for all your support,

""" + SIG_OLLIE)

add('leave_request_dorset', 'clean',
    'teacher asks head for leave; staying with her mum in Shitterton, Dorset (real village)',
    'l.okafor', ['r.hughes'], 'Leave request \u2013 Thursday 13th and Friday 14th', '2025-03-04 07:41:00',
    body="""\
Hi Rachel,

Sorry to ask at short notice. Mum has finally got a date for her knee replacement at Dorchester hospital, Thursday 13th, and my brother can't get the time off. Could I have the Thursday and Friday as unpaid leave? I'd drive down after school on Wednesday, stay at hers in Shitterton (yes, it's a real place, near Bere Regis - the village sign is set in stone now because people kept stealing it) and come back on Sunday.

Sue knows the class inside out and I'll leave full plans on the shared drive. Thursday is our Viking sagas writing and Friday is swimming, so it's mostly logistics. Happy to talk it through at break.

Thanks,
Leah
""")

add('orkney_pen_pals', 'clean',
    'Y5 teacher to Orkney partner school; the Twatt road sign and Old Norse place names',
    'j.kitto', ['orkney'], 'Re: Pen pal letters \u2013 batch 2', '2024-11-27 16:02:00', fmt='altweb',
    style='web', reply=True, body="""\
Hi Morag,

Thank you so much for the parcel - the letters arrived on Monday and 5K read them in absolute silence, which has never happened before. The photos of the Brough of Birsay and the bird hide went straight on to the display board.

I'll confess I had to have a small conversation with the class about the road sign for Twatt in the background of one of the photos. Once the giggling stopped it turned into a really good discussion about Old Norse place names (from \u00feveit, a small piece of land, apparently), so thank you, accidentally, for a geography lesson!

Our replies are nearly finished. The children have written about the lifeboat launch, the harvest service on the slipway and the seals on the sandbank. I'll post them on Friday with a stick of our rock for your class.

Best wishes to you and P5,
Joe

Joe Kitto
Year 5 Teacher & English Lead
Example School, Park Row, Leeds LS1 4AP

On Tue, 19 Nov 2024 at 14:11, Morag Linklater <p.linklater@orkneyprimary.example.org> wrote:
> Hi Joe,
> The first batch of letters is in the post! The children loved writing about the beach walk and the bird hide near Twatt. Looking forward to hearing back.
> Morag
""")

add('spring_menu_fsm', 'clean',
    'school dinner menu to parents: faggots and spotted dick (food), plus free school meals reminder',
    'office', ['jane', 'sam', 'ali'], 'Spring menu \u2013 weeks 1 to 3, and free school meals', '2025-01-06 10:05:00',
    fmt='alt', body="""\
Dear Parents and Carers,

Happy New Year! Please find the spring term menu below. Our kitchen team, led by Mrs Carne, cook everything fresh on site each morning.

WEEK 1 (w/c 6 Jan, 27 Jan, 24 Feb)
Mon: Macaroni cheese or jacket potato with beans. Pudding: fruit jelly
Tue: Roast chicken, roast potatoes and carrots. Pudding: apple crumble and custard
Wed: Traditional faggots, mash, peas and onion gravy, or vegetable lasagne. Pudding: spotted dick and custard
Thu: Beef chilli with rice, or cheese and tomato pizza. Pudding: shortbread
Fri: Fish fingers or Quorn nuggets, chips and peas. Pudding: ice cream

WEEK 2 (w/c 13 Jan, 3 Feb, 3 Mar)
Mon: Sausage and mash or veggie sausage and mash. Pudding: rice pudding
Tue: Chicken curry with rice and naan. Pudding: mango and banana
Wed: Roast pork or Quorn fillet, roast potatoes and cabbage. Pudding: jam roly-poly and custard
Thu: Cornish pasty or cheese and onion pasty, beans. Pudding: flapjack
Fri: Battered fish or omelette, chips and peas. Pudding: chocolate sponge

WEEK 3 (w/c 20 Jan, 10 Feb, 10 Mar)
Mon: Spaghetti bolognese or tomato pasta. Pudding: yoghurt
Tue: Toad in the hole or veggie toad in the hole. Pudding: Eve's pudding
Wed: Roast turkey, stuffing and roast potatoes. Pudding: Bakewell tart and custard
Thu: Chicken wrap or falafel wrap, salad. Pudding: fruit salad
Fri: Fish pie or cheese pie. Pudding: iced bun

Free school meals: if you receive Universal Credit and your household earns less than £7,400 a year after tax, your child is entitled to a free school meal every day. Lots of families who are entitled don't realise. It takes five minutes to apply, and it also brings extra funding into school for your child. Ms Blewett is happy to help with the form.

Allergies and special diets: please let the office know and we'll make sure the kitchen has an up-to-date care plan.

Kind regards,
Mrs Tremayne

""" + SIG_OFFICE)

add('big_schools_birdwatch', 'clean',
    'Y3 birdwatch results to staff: shags, great tits, blue tits, cock and hen blackbird',
    'h.ferris', ['staff'], "Big Schools' Birdwatch \u2013 Y3 results", '2025-01-24 15:40:00', fmt='alt',
    body="""\
Hi all,

Y3 did their Big Schools' Birdwatch this morning from the playground and the harbour wall. Results below for anyone who wants them for displays or the newsletter:

Herring gull \u2013 23 (plus one that stole Alfie's toast)
Black-headed gull \u2013 7
Shag \u2013 3 (NOT cormorants, as Milo will tell you at length \u2013 they're smaller and have the little crest)
Turnstone \u2013 6
Blue tit \u2013 5 at the feeder
Great tit \u2013 2
Robin \u2013 1
Blackbird \u2013 2 (one cock, one hen)
Woodpigeon \u2013 4
Starling \u2013 31 on the church roof

Huge thanks to Callum for the binoculars, and to the lifeboat crew who let us stand at the top of the slipway. The children's tally sheets are on the Y3 board if anyone wants to see some truly creative spelling.

Hannah
""")

add('nurture_group_dog', 'clean',
    'nurture lead introduces the nurture-group dog: "four-year-old cockapoo bitch", risk assessment PDF',
    'p.chaudhry', ['staff'], 'Meet Biscuit \u2013 our nurture group dog', '2025-02-03 08:30:00', fmt='alt',
    attachments=[Attach('Biscuit_risk_assessment.pdf', 'application/pdf', make_pdf([
        'Example School - Risk Assessment: Nurture Group Dog (Biscuit)',
        'Dog: Biscuit, cockapoo, female, 4 years, spayed. Handler: P. Chaudhry',
        'Assessed and insured by: Paws for Learning',
        'Hazard: allergy - Control: allergy register checked, named pupils kept apart',
        'Hazard: bite / scratch - Control: handler present at all times, lead on arrival',
        'Hazard: fear of dogs - Control: opt-in only, gradual introduction',
        'Hazard: hygiene - Control: handwashing after contact, dog not in kitchen or hall',
        'Approved: R. Hughes (Headteacher), H&S link governor']))],
    body="""\
Dear all,

From next Monday, Biscuit will be joining the nurture group on Monday and Wednesday mornings. For those who haven't met her yet, she's a four-year-old cockapoo bitch (spayed), fully vaccinated and wormed, and she has passed her temperament assessment with Paws for Learning, who also insure her.

A few things to know:
\u2022 Biscuit stays in the nurture room and the quiet garden. She won't be in the corridors or the hall.
\u2022 She'll always be with me or Amira, and on a lead when children are arriving or leaving.
\u2022 We've checked the allergy register. Two children in Y5 and one in Y3 have a dog allergy; their class teachers know and they won't be in contact.
\u2022 Please don't let children feed her, however hard she stares at their snack.
\u2022 If a child is frightened of dogs, let me know and we'll do some gentle work around that first.

The risk assessment is attached and has been signed off by Rachel and our H&S link governor.

We've seen in other schools what a difference a dog can make to children who find it hard to settle, talk or read aloud, and I'm really excited. Come and say hello on Monday at break!

Priya
""")

add('beach_school_rockpooling', 'clean',
    'beach school letter: cockles, winkles, dog whelks, weever fish, Portuguese man o\' war',
    'c.rowe', ['jane'], 'Beach School \u2013 rockpooling on Wednesday afternoons', '2025-05-01 16:20:00',
    cc=['l.okafor', 'h.jago'], fmt='alt', body="""\
Dear Year 4 families,

Beach School starts again next Wednesday (7th May) and runs for six weeks. This half term we're rockpooling at the north end of the beach below the lifeboat station, timed to low tide each week.

What might we find? Periwinkles, limpets, cockles, dog whelks, shore crabs, beadlet anemones, blennies (the children know them as shannies), and if we're lucky a butterfish or a sea hare. We identify, count, and always put everything back exactly where we found it.

Safety:
\u2022 Jelly shoes or old trainers are essential. Weever fish bury themselves in the sand at low tide and their spines are very painful if you stand on one. We carry a flask of hot water for exactly this reason.
\u2022 Nobody touches jellyfish, or anything that looks like a blue "bag" on the tideline \u2013 after spring storms we sometimes get a Portuguese man o' war washed up.
\u2022 We stay inside the area marked with cones and never go onto the rocks below the harbour wall.
\u2022 Every child has a buddy, and we practise the whistle signal before we start.

Please send a change of socks and a towel in a bag. Suncream on before school, please, and a hat.

Thanks,
Callum Rowe
Outdoor Learning Lead (HLTA)
Example School, Park Row, Leeds LS1 4AP
01632 960000
""")

add('lifeboat_visit_thanks', 'clean',
    'head thanks lifeboat station: coxswain, "Dear Dick" (first name)',
    'r.hughes', ['lifeboat'], 'Thank you from Year 4', '2024-10-18 14:50:00', fmt='alt', body="""\
Dear Dick,

I wanted to write personally to thank you, your coxswain Jenna Pascoe and all the volunteer crew for Wednesday's visit. Sixty Year 4 children came back buzzing, and Mrs Jago tells me that "what does a coxswain actually do?" has become the most-asked question in her classroom.

Some of the children's highlights, in their own words:
"Trying on the helmet and hearing the pager go off."
"The boat is orange so you can see it in a storm."
"Dick has been on the crew for longer than my nan has been alive." (I hope you'll take that as the compliment it was meant as!)

The Float to Live message has really landed. Several families have told us their children were demonstrating the star float on the living-room carpet that evening.

Our harvest collection is going to the food bank this year, but the children have asked if they can do a sponsored "wet sock walk" for the station in the spring term. I'll be in touch.

With thanks and best wishes,

""" + SIG_HEAD)

add('y6_rshe_letter', 'clean',
    'RSE letter to Y6 parents: puberty, penis, testicles, vulva, vagina, wet dreams, sexual intercourse',
    'r.hughes', ['ali'], 'Year 6 Relationships, Sex and Health Education \u2013 summer term', '2025-05-09 12:00:00',
    fmt='alt', body="""\
Dear Year 6 Parents and Carers,

As part of our Relationships, Sex and Health Education (RSHE) programme, Year 6 will have a series of lessons starting on Monday 9th June. As a Church of England school, we teach RSHE within our Christian vision of "life in all its fullness", valuing every child and every family.

The Relationships and Health Education lessons are statutory. They will cover:
\u2022 the physical and emotional changes of puberty for boys and girls, including periods, wet dreams and body hair;
\u2022 the correct names for body parts, including penis, testicles, vulva and vagina. Knowing the correct words helps children to stay safe and to tell a trusted adult if something is wrong;
\u2022 personal hygiene, and managing feelings and friendships as they grow up;
\u2022 staying safe online, including what to do if someone sends them a picture that worries them.

One lesson, "How a baby is made", covers sexual intercourse and conception in an age-appropriate way. This lesson is sex education, and you have the right to withdraw your child from it. If you are thinking about this, please come and talk to me first so that I can show you the materials.

You are very welcome at a parents' preview session on Wednesday 4th June at 3.30pm in the library, where Miss Caddick and the school nurse will show you all the resources and answer your questions.

With best wishes,

""" + SIG_HEAD)

add('tourette_new_pupil_briefing', 'clean',
    '[unsure] SENCo staff-only briefing on a pupil\'s Tourette tics, quoting the tic words "shit", "fuck off"',
    'b.quayle', ['staff'], 'New pupil in 5K \u2013 Tourette syndrome (staff only, please read)',
    '2025-04-22 08:05:00', body="""\
Dear all,

D. joins 5K (Joe's class) today from a school in Hull. He has a diagnosis of Tourette syndrome and ADHD, and an EHC needs assessment is in progress. Mum has asked that every adult who might be on duty with him knows the following, and D. is happy for the class to be told in circle time this afternoon.

Tics:
- Motor: blinking, shoulder shrugs, touching his ears. These increase when he is tired or anxious, and after PE.
- Vocal: sniffing, a high whistle, and at the moment two swear words - "shit" and "fuck off". This is called coprolalia. It only affects a small minority of people with Tourette's, and it comes and goes. It is involuntary; it is not aimed at anyone and it is not defiance.

What to do:
- Do not sanction tics, do not ask him to stop, and please don't draw attention to them. He can hold them in for a short time, but it's exhausting and they come back stronger.
- If another child repeats or copies the words, deal with that under the behaviour policy in the normal way.
- He has a time-out card and can go to the nurture room or find Priya at any time.
- He's a strong swimmer and was a junior lifeguard at his old school, so expect him to be very keen on the beach safety unit!

If you're on lunch duty and unsure about anything, come and find me. I'll go through his one-page profile at Thursday's briefing.

Thanks, Bernie

""" + SIG_SENCO)

add('body_maps_birthmarks', 'clean',
    'DSL reminder to staff about body maps and "Mongolian blue spots" (birthmarks)',
    'dsl', ['staff'], 'Body maps \u2013 a reminder about birthmarks', '2025-02-25 08:15:00', body="""\
Dear colleagues,

Thank you for the body maps that have come through on CPOMS this half term. Recording marks accurately is exactly what we want.

A quick reminder after a referral last week. Some children, particularly those of African, Caribbean, South Asian, East Asian or mixed heritage, have flat blue-grey birthmarks on the lower back, buttocks or shoulders. The medical name is congenital dermal melanocytosis, but they are still often written in health records as "Mongolian blue spots". They're present from birth, they don't change colour over a few days the way bruises do, and they aren't tender.

If you see a mark like this:
- still record it on a body map - never assume;
- do not examine a child or ask them to remove clothing;
- check with me or Priya, as we may already have it recorded from health visitor notes;
- if there is any doubt at all, treat it as a possible bruise and follow the normal procedure.

Getting this wrong either way can cause real harm to a family, so please ask.

Many thanks,
Dafydd

""" + SIG_DSL)

add('field_incident_knife_threat', 'clean',
    'safeguarding concern to DSL quoting a pupil verbatim: "I\'m gonna fucking stab you, you little twat" (staff only)',
    'o.stannard', ['dsl'], 'Safeguarding concern \u2013 field, 12.40 today (R., Y6)', '2025-03-20 13:05:00',
    cc=['r.hughes'], body="""\
Dafydd,

Logging this here as well as on CPOMS because of the knife comment.

At about 12.40 on the field during lunch, R. (6P) and J. (5K) had an argument over the football. I was about 10 metres away. I heard R. shout at J.: "I'm gonna fucking stab you, you little twat, my brother's got a knife in his room." J. ran to me crying. R. walked off towards the Y6 door.

I separated them. J. is with Amira. R. is in the library with Tom. When I asked R. what he'd said, he said "nothing, I was joking" and then "you can't prove it". Two other Y6 boys, T. and K., were standing next to him and will have heard it.

I haven't asked R. anything about his brother. Could you come over before afternoon register?

Ollie

Ollie Stannard
PE & Swimming Lead
Example School | 01632 960000
""")

add('elsa_disclosure_young_carer', 'clean',
    'ELSA to DSL, child\'s exact words about dad: "useless little bitch", "retard" (staff only, base64 body)',
    'a.hassan', ['dsl'], 'ELSA session \u2013 concern (L., Y5)', '2025-01-16 15:28:00', cc=['c.blewett'],
    fmt='b64', body="""\
Hi Dafydd (cc Carys as L. is on the young carers register),

In ELSA this afternoon L. (5A) was very quiet, and then told me while we were doing the feelings thermometer that she was late this morning because she had to give her little brother his medicine and get Mum's tablets. She said when she's slow, Dad shouts at her. I asked what he shouts and she said (her words, I wrote them down straight after): "He says I'm a useless little bitch just like Mum and that my brother's a retard and it's my fault."

She said this happens "mostly when Mum is in bed" and that Dad "doesn't hit, he just shouts and throws stuff". I didn't ask any leading questions. I told her she'd done the right thing telling me and that I would need to share it with you to help keep her safe. She said OK, but please don't tell Dad she told.

I've recorded it on CPOMS with the exact words and the time (14.10). She went back to class at 14.35 and seemed calmer.

Amira

Amira Hassan
Teaching Assistant & ELSA
Example School
""")

add('head_reply_to_angry_parent', 'clean',
    'head\'s calm reply to parent; the swearing ("fucking useless", "twat") is only in the parent\'s quoted email',
    'r.hughes', ['ali'], 'RE: Beach safety session', '2025-06-12 18:02:00', fmt='alt', reply=True,
    body="""\
Dear Mr Guardian,

Thank you for your email, and I'm sorry that Example Pupil Three came home cold and wet yesterday. I completely understand why you were upset.

I've spoken to Mr Stannard. The beach safety session ran as planned until about 2.15, when a heavy shower came in much faster than forecast. The group walked back straight away, but several children, including yours, got soaked on the way. Spare clothes should have been offered when they got back to school and I'm afraid they weren't; we have put that right for next week's sessions.

I'd be very happy to meet you to talk it through. I'm free on Monday at 8.30 or 3.30. Could you let the office know which suits you?

I do need to say, kindly but clearly, that I won't accept staff being spoken about in the way your email did. Mr Stannard cares a great deal about the children's safety in and near the water, and I'm sure that's what we both want for your son.

Yours sincerely,

""" + SIG_HEAD + """

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 11 June 2025 21:47
To: Office <office@example-school.org.uk>
Subject: Beach safety session

My lad came home SOAKED to the skin and shivering from your so called beach safety. What is the point of teaching them about cold water shock and then walking them back in a downpour. Your fucking useless PE teacher didn't even give him a towel. Sort it out or I'll come down there myself and sort that twat out.

Ali Guardian
""")

add('fw_parking_complaint', 'clean',
    'office forwards an abusive neighbour\'s email to head; swearing only in the forwarded text (staff only)',
    'office', ['r.hughes'], 'FW: Parking letter', '2025-02-27 09:12:00', cc=['d.rowlands'], body="""\
Rachel,

Forwarding this as it came in overnight in reply to the parking letter. Not one of our current parents as far as I can see - nothing on the MIS under that name or email, possibly a grandparent or one of the neighbours on Cliff Road. I haven't replied.

I'll log it in the complaints folder. Let me know if you want me to send the standard acknowledgement or leave it with you.

Janet

Janet Tremayne
School Office Manager
Example School | Park Row, Leeds LS1 4AP | 01632 960000

-----Original Message-----
From: Daz <daz.cliffroad84@hotmail.co.uk>
Sent: 26 February 2025 23:14
To: office@example-school.org.uk
Subject: Re: Parking letter

What a load of bollocks. Ive parked outside my own house for 20 years and now some jumped up headteacher wants to tell me where to put my car. You lot are taking the piss. Your parents block my drive every morning and you do nothing. Bunch of wankers.
""")

add('facebook_comments_hidden', 'clean',
    'social media lead reports public Facebook comments to head/DSL, quoting them word for word (staff only)',
    'm.adebayo', ['r.hughes'], 'Comments on the school Facebook page \u2013 screenshots saved',
    '2025-06-24 08:20:00', cc=['d.rowlands'], fmt='alt', body="""\
Morning both,

Flagging a couple of comments on last night's sports day post before you hear about them at the gate. I've hidden both (hidden, not deleted, so we keep them) and screenshotted them into the Social Media folder on the staff drive.

1. From an account called "Shaz Kernow", at 21:12: "this school is a f***ing joke, 40 mins to get out of Cliff Road, bunch of w*nkers running it". That's word for word, including her asterisks.

2. A reply underneath from a different account, at 21:40: "yeah and the teachers are all lazy b*stards who go home at 3". This one also named Mr Stannard, which is why I've hidden it too.

Neither account matches a parent on our list as far as I can tell, but Janet may know. I've turned comments off on that post. I'd suggest we don't reply publicly; I'm happy to draft a general parking post for Friday if you want one.

Marcus

Marcus Adebayo
Year 5 Teacher | Computing & Social Media Lead
Example School
""")

add('behaviour_policy_language_draft', 'clean',
    'deputy head circulates draft behaviour-policy tiers for pupils\' language, naming example words (staff only)',
    'd.rowlands', ['staff'], 'Behaviour policy review \u2013 language section (draft for comment)',
    '2025-05-20 16:30:00', body="""\
Hi all,

Thanks for the discussion at Monday's staff meeting. As promised, here is the draft wording for the "language" section of the behaviour policy. Please send comments by Friday; it goes to the Curriculum & Standards committee on 5th June.

The main change is that we're separating swearing that's a slip from swearing at someone, and naming discriminatory language explicitly, because at the moment everyone applies it differently.

Level 1 - a slip, not aimed at anyone (e.g. "oh my God", "crap", "bloody hell" when a child drops their lunch): quiet reminder, no sanction. Remember some of our children hear this at home all day and genuinely don't know it isn't OK at school.

Level 2 - swearing in frustration or to be funny ("shit", "piss off", the f-word said to the room): reflection time at break, and a note home if it's repeated that week.

Level 3 - swearing AT someone, or any discriminatory language - racist, homophobic, sexist or disablist words, including "gay" or "retard" used as insults: logged on CPOMS, parents contacted the same day, restorative conversation. Racist incidents are also reported to governors termly.

Tourette's and other SEND: vocal tics are never sanctioned (see Bernie's email about D. in 5K).

Two questions for you:
1. Should Level 2 in the nurture group be handled by Priya's team rather than class teachers?
2. Do we want to list example words in the published version at all, or does that just give the Year 6s a shopping list?

Dafydd
""")

QUOTE_BANK = """\
YEAR 6 QUOTE BANKS - spring term

MACBETH (Shakespeare Week)
"Fair is foul, and foul is fair."
"Double, double toil and trouble; / Fire burn and cauldron bubble."
"Is this a dagger which I see before me?"
"Out, damned spot! out, I say!"
"Hell is murky."
"The devil damn thee black, thou cream-faced loon!"
"What, you egg!"
"Lay on, Macduff, / And damn'd be him that first cries, 'Hold, enough!'"

TREASURE ISLAND (Robert Louis Stevenson)
"Fifteen men on the dead man's chest - / Yo-ho-ho, and a bottle of rum! / Drink and the devil had done for the rest"
"Shiver my timbers!"
"Pieces of eight! Pieces of eight!"
"Dead men don't bite."
"Them that die'll be the lucky ones."
Characters: Billy Bones, Black Dog, Blind Pew, Long John Silver, Captain Flint (the parrot), Ben Gunn
"""
add('y6_quote_banks', 'clean',
    'English lead shares quote banks (.txt): "Out, damned spot!", "Hell is murky", "Drink and the devil"',
    'j.kitto', ['t.pengelly', 's.caddick'], 'Y6 quote banks \u2013 Macbeth & Treasure Island',
    '2025-02-05 17:10:00',
    attachments=[Attach('Y6_quote_banks.txt', 'text/plain', QUOTE_BANK.replace('\n', '\r\n').encode('utf-8'))],
    body="""\
Hi both,

Quote banks for the next two units are attached as a text file so you can paste them wherever you like. I've kept Macbeth to the lines the children can actually cope with. Lady Macbeth's "Out, damned spot!" scene goes down well every year, as long as you let them do the hand-washing.

For Treasure Island I've gone big on the pirate dialogue - they'll need it for the Billy Bones diary entry. Feel free to add.

One thing: do read the Black Spot chapter yourself before you read it aloud. Blind Pew's death under the horses is a bit much for a couple of the nurture group children.

Joe
""")

add('the_twits_reading_reply', 'clean',
    'teacher replies to parent about the class reader "The Twits" and children calling people "twits"',
    'l.okafor', ['jane'], 'Re: Reading at home', '2024-11-05 16:45:00', fmt='altweb', style='web',
    reply=True, body="""\
Hi Jane,

Thanks for letting me know - it's lovely that he's been reading to his nan! Our class reader this half term is Roald Dahl's The Twits, so I'm not surprised it's all he talks about. Yes, I'm afraid he may be calling people "twits" for a few weeks. We've had a chat as a class about which Dahl insults are funny in a book and which would hurt someone's feelings in real life.

If he's enjoying Dahl, The Enormous Crocodile and Fantastic Mr Fox are both in the book corner and he's welcome to borrow them. For his reading record, just a line each night saying what he read is perfect - it doesn't need to be more than that.

Best wishes,
Leah Okafor
Year 4 Teacher (4O)
Example School | 01632 960000

On Mon, 4 Nov 2024 at 19:20, Jane Parent <jane.parent@gmail.com> wrote:
> Hi Miss Okafor, just to say he's been reading his library book to his nan every night this week and he keeps calling his dad Mr Twit! Should I be writing more in his reading record? Jane
""")

add('french_sea_vocabulary', 'clean',
    'French teacher to Y5 pupils: seaside vocabulary incl. "le phoque" (seal); encoded subject and name',
    'c.moreau', ['22esaunders', '22rnowak', '22tmensah', '22kbrannigan'],
    'Vocabulaire de la mer \u2013 \u00e0 apprendre pour jeudi', '2025-05-13 15:40:00', fmt='alt',
    body="""\
Bonjour la classe !

Voici le vocabulaire de la mer pour jeudi. Practise saying the words out loud \u2013 the quiz will be spoken, not written.

la plage \u2013 the beach
la mer \u2013 the sea
la vague \u2013 the wave
le phoque \u2013 the seal
la mouette \u2013 the seagull
le crabe \u2013 the crab
la m\u00e9duse \u2013 the jellyfish
le coquillage \u2013 the shell
le canot de sauvetage \u2013 the lifeboat
le gilet de sauvetage \u2013 the life jacket
le ma\u00eetre-nageur \u2013 the lifeguard

Et oui, je sais : "le phoque" made a few of you giggle today. Say it with confidence and move on, like a true French speaker!

Bonus point : what does "Il fait beau, allons \u00e0 la plage" mean?

Bonne soir\u00e9e,
Madame Moreau
""")

add('tsunami_homework', 'clean',
    'geography homework to Y5 pupils: 2004 tsunami, Phuket, Banda Aceh, Storegga Slide',
    'm.adebayo', ['22kbrannigan', '22rnowak', '22tmensah'], 'Geography homework \u2013 tsunamis',
    '2025-03-03 16:00:00', style='thunderbird', body="""\
Hi 5A,

Great work today on how tsunamis form. For homework (due Monday), choose ONE of these and make a fact file, a poster or a short presentation on Teams:

1. The Boxing Day tsunami of 2004. Where did the earthquake happen? Look at what happened in Banda Aceh in Indonesia, on the coast at Phuket and Khao Lak in Thailand, and in Sri Lanka. Why did some people have so little warning?
2. Tsunami warning systems. How does the Pacific warning system work, and what changed in the Indian Ocean after 2004?
3. Could a tsunami happen in the UK? Research the Storegga Slide, about 8,000 years ago, and the great flood of 1607 in the Bristol Channel.

Remember the story of the girl on the beach in Phuket who recognised the signs from her geography lesson and got her family off the beach in time. Geography saves lives!

Please use the websites on the homework page, not random videos.

Mr Adebayo
""")

add('ehcp_annual_review_invite', 'clean',
    'SENCo invites parent to annual review: Dr Wankhede, Mr Cockburn, Mrs Hancock (surnames)',
    'b.quayle', ['sam'], 'Annual review meeting \u2013 Tuesday 18th March', '2025-03-05 13:10:00', fmt='alt',
    body="""\
Dear Sam,

I'm writing to confirm the annual review of Example Pupil Two's EHCP on Tuesday 18th March at 9.15am in the nurture room (it's quieter than my office, and there are biscuits).

The people coming are:
\u2022 you, and anyone you'd like to bring with you for support;
\u2022 me, as SENCo, and Mr Adebayo as class teacher;
\u2022 Mrs Chaudhry from the nurture group;
\u2022 Dr Anjali Wankhede, community paediatrician \u2013 joining on Teams for the first 30 minutes only;
\u2022 Mr Alasdair Cockburn, educational psychologist, who has been observing in class;
\u2022 Mrs Lisa Hancock from the local authority SEN team, who will take notes for the LA.

I'll send you the draft paperwork and the "views" form a week before. Example Pupil Two is welcome to join us for the first ten minutes to share their "All About Me" page, if they'd like to.

If the time is hard to manage around caring for your other children, just tell me and we'll find another slot or set up a phone call.

Kind regards,
""" + SIG_SENCO)

PANTO_HTML = """\
<div dir="ltr">
<p style="font-family:Arial,sans-serif;font-size:14px">Dear families,</p>
<p style="font-family:Arial,sans-serif;font-size:14px"><b>Oh yes it is!</b> Panto time again. The PTA has booked the front stalls at the Pavilion Theatre for <b>Dick Whittington</b> on <b>Thursday 12th December at 6pm</b>.</p>
<p style="font-family:Arial,sans-serif;font-size:14px">Expect Dick and his cat Tommy, a very wicked King Rat, Sarah the Cook (played, we are told, by one of the lifeboat crew) and the traditional slosh scene, so maybe don&#39;t wear your best jumper in the front row.</p>
<table style="font-family:Arial,sans-serif;font-size:14px;border-collapse:collapse" border="1" cellpadding="6">
<tr><th>Ticket</th><th>Price</th></tr>
<tr><td>Child</td><td>&pound;8</td></tr>
<tr><td>Adult</td><td>&pound;12</td></tr>
<tr><td>Under 4 on a lap</td><td>Free</td></tr>
</table>
<p style="font-family:Arial,sans-serif;font-size:14px">Thanks to last year&#39;s Christmas fair and the Co-op community fund, <b>every child who gets free school meals can go free</b>, with one free adult ticket too. You don&#39;t need to do anything different &#8211; just reply with your names and we&#39;ll sort it quietly with the office.</p>
<p style="font-family:Arial,sans-serif;font-size:14px">Please reply to this email by <b>Friday 29th November</b> with the names of everyone coming, and pay on ParentPay under &quot;PTA panto&quot;.</p>
<p style="font-family:Arial,sans-serif;font-size:14px">He&#39;s behind you!<br>Tasha &amp; the PTA team</p>
<p style="font-family:Arial,sans-serif;font-size:12px;color:#666">Example School PTA &#183; Example School, Park Row, Leeds LS1 4AP &#183; Registered charity</p>
</div>
"""
add('pta_panto_trip', 'clean',
    'PTA panto trip to "Dick Whittington" (HTML only)',
    'pta', ['jane', 'sam', 'ali'], 'PTA panto trip \u2013 Dick Whittington, Thursday 12th December',
    '2024-11-14 19:30:00', fmt='html', style='web', html_body=PANTO_HTML, body='')

add('advent_worship_plan', 'clean',
    'RE lead\'s Advent worship plan: KJV "the ass his master\'s crib", Creed "descended into hell"',
    'g.trelawny', ['staff'], 'Advent collective worship plan + nativity readings', '2024-11-25 16:15:00',
    style='thunderbird', body="""\
Dear all,

Here's the Advent worship plan for the next four weeks. Thank you for being so flexible with the hall this term.

Week 1 (2 Dec) - Hope. Rev Mark leads on Monday. Class worship: the prophets waiting.
Week 2 (9 Dec) - Peace. Y5 lead Thursday's worship.
Week 3 (16 Dec) - Joy. Nativity week, so Monday worship only.
Week 4 - Carol service at St Peter's, Thursday 19th, 2pm.

Readings for the Y3/4 nativity, so you can practise with your readers:
Isaiah 1:3 (King James Version, as Rev Mark has asked for it for the opening): "The ox knoweth his owner, and the ass his master's crib."
Luke 2:1-7 (Good News Bible)
Luke 2:8-14, the shepherds

A few people have asked about "the ass". Yes, it's the King James word for a donkey, yes, Year 4 will laugh, and no, we're not changing it - Rev Mark says he'll explain it at the start. Our donkey costume has also finally been mended.

A reminder too that from January we'll use the Common Worship version of the Apostles' Creed in Friday worship, so "he descended to the dead" replaces the older "he descended into hell" that some of you will remember from your own school days. The updated words will be on the slides.

Many thanks,
Gwen

Gwen Trelawny
RE & Collective Worship Lead
Example School - a Church of England Junior School
""")

add('harvest_songs_lifeboat', 'clean',
    'music lead\'s harvest song list: "Drunken Sailor" verses ("shave his belly with a rusty razor")',
    'l.penrose', ['staff'], 'Harvest at the lifeboat station \u2013 songs', '2024-09-23 15:55:00',
    cc=['g.trelawny'], fmt='alt', body="""\
Hi everyone,

Song list for the harvest service at the lifeboat station on Friday 4th October (10.30, whole school walking down, back in time for lunch):

1. Autumn Days
2. Eternal Father, Strong to Save (verses 1 and 4 \u2013 the crew will join in)
3. What Shall We Do with the Drunken Sailor? (Y5/6, with actions)
4. Cauliflowers Fluffy
5. The Wellerman (Y3/4, chorus only)

A couple of you asked whether "Drunken Sailor" is all right for a church service. I checked with Rev Mark and he's delighted \u2013 he says it's a work song and sailors have always sung it. We're using the school version of the verses: "Put him in the longboat till he's sober", "Pull out the plug and wet him all over" and "Shave his belly with a rusty razor" (the Y6s' favourite, obviously). I've left out the one about the captain's daughter.

Lyrics and backing tracks are in Music > Harvest 2024. We'll practise in Thursday's singing assembly.

Lorna
""")

add('young_carer_referral', 'clean',
    'family support worker\'s young-carer referral: commode, catheter bag, incontinence, intimate care',
    'c.blewett', ['youngcarers'], 'Young carer referral \u2013 T., age 9', '2025-04-03 11:40:00', fmt='alt',
    attachments=[Attach('YC_referral_consent_T.pdf', 'application/pdf', make_pdf([
        'Coastal Young Carers - Referral and Consent Form',
        'Referrer: Carys Blewett, Example School (01632 960000)',
        'Young person: T., Year 4, age 9',
        'Parent/carer consent given: YES (signed 02/04/2025)',
        'Consent to share with adult social care: YES']))],
    body="""\
Dear Referrals team,

I'd like to refer T. (Year 4, age 9) to your service. Parental consent is on the attached form, signed by Mum yesterday.

Family: T. lives with Mum and his younger sister (age 6). Mum has progressive MS and uses a wheelchair. A carer visits twice a day, at 8am and 6pm, but the rest of the time T. is the main help at home.

What T. does: he helps Mum transfer from bed to wheelchair and onto the commode, empties and changes her catheter bag at night, and helps with clearing up when Mum is incontinent, which is happening more often. He also makes tea for his sister most nights and walks her to school.

Our concerns: T. is often tired and late, and his attendance is 89%. He has told our ELSA that he worries "all the time" about Mum falling while he's at school. He's reluctant to talk about the intimate care; he says he doesn't mind, but it is clearly a lot for a nine-year-old. We have asked adult social care to review Mum's care package (ref ASC-44817).

He would really benefit from your Tuesday after-school group and a young carer's assessment. He loves football and crabbing off the harbour wall.

Please contact me on 01632 960000 or by email. I'm in school Monday to Thursday.

Kind regards,
""" + SIG_CARYS)

add('hardball_cricket_kit', 'clean',
    'cricket club kit letter: every batter needs "a box" (abdominal guard), hard ball',
    'o.stannard', ['ali', 'sam'], 'Hardball cricket club \u2013 kit reminder', '2025-04-24 15:15:00', style='thunderbird', body="""\
Dear parents and carers,

Thank you for signing your child up for hardball cricket club with the county coaches, on Thursdays after school from 1st May on the field.

Because we're moving from soft balls to a proper hard cricket ball this term, every batter and wicketkeeper must wear:
- a helmet with a grille (we have 10 school helmets);
- batting pads and gloves (school can lend these);
- a box, also called an abdominal guard. Boys and girls both need one, and there are girls' versions. For hygiene reasons we can't lend boxes, so please get your child their own. They cost about £6 from the sports shop on Fore Street, and the club has a few spare ones still in their packets if money is tight - just ask me quietly.

If your child hasn't got one by the first session they can still field and bowl, but they won't be able to bat or keep wicket.

Thanks, and let's hope for some sunshine!

""" + SIG_OLLIE)

add('galapagos_science_homework', 'clean',
    'science homework to Y6 pupils: blue-footed booby, Darwin\'s finches; encoded subject',
    's.caddick', ['21kpascoe', '21mwhitford', '21jtreloar'],
    'Science homework: Darwin\u2019s Gal\u00e1pagos animals', '2025-06-02 15:50:00', fmt='alt', body="""\
Hi 6C,

For science homework this week, pick ONE animal Darwin saw on the Gal\u00e1pagos Islands and make a fact card explaining how it is adapted to where it lives:

\u2022 the blue-footed booby \u2013 why are their feet blue, and what do the males do with them?
\u2022 Darwin's finches \u2013 why do the beaks on different islands look so different?
\u2022 the marine iguana \u2013 the only lizard in the world that swims in the sea
\u2022 the Gal\u00e1pagos giant tortoise \u2013 compare the saddle-backed and dome-shaped shells

Yes, "booby" really is its name. It probably comes from the Spanish word "bobo", meaning a bit silly, because the birds were so tame that sailors could walk right up to them. We'll do a quick fun-facts round on Friday, so find one good one.

Due Friday 6th June. Cards on the Teams assignment or on paper, either is fine.

Miss Caddick
Year 6 & Science Lead
""")


# ==========================================================================
# CLEAN, everyday school mail
# ==========================================================================
add('y4_swimming_kit', 'clean', 'everyday: Y4 swimming kit reminder to parents',
    'office', ['jane'], 'Year 4 swimming starts Tuesday 17th September', '2024-09-12 11:20:00', fmt='alt',
    body="""\
Dear Parents and Carers of Year 4,

Year 4 swimming lessons at the leisure centre start next Tuesday, 17th September, and run every Tuesday afternoon until 3rd December.

Please make sure your child has, in a named bag:
- a swimming costume (one-piece, or trunks/jammers - no long board shorts please)
- a towel
- a swimming hat if they have long hair (school hats are £2.50 from the office)
- goggles if they use them
- a comb or brush, and a coat with a hood for the walk back to the coach

Children can wear their costume under their uniform on Tuesdays if that's quicker, but please pack underwear!

If your child has a verruca, they can swim in a verruca sock. If they have an ear infection or any other medical reason not to swim, please send a note and they'll stay with the group poolside.

Swimming lessons are free and part of the national curriculum. By the end of Year 6 every child should be able to swim 25 metres and perform a safe self-rescue, which matters all the more for children growing up by the sea.

Thank you,
Mrs Tremayne

""" + SIG_OFFICE)

add('attendance_support_meeting', 'clean', 'everyday: supportive attendance email to a carer',
    'attendance', ['sam'], 'Example Pupil Two \u2013 attendance', '2024-11-28 14:05:00', body="""\
Dear Sam,

I hope you're well. I'm writing because Example Pupil Two's attendance this term is 88%, and I know from Ms Blewett that things at home have been really hard since September.

This isn't a warning letter. I'd just like to meet and see whether there's anything we can do to make mornings easier. Some families find the free breakfast club helps (doors open at 7.45), and we could also try a soft start, where Example Pupil Two goes straight to the nurture room for the first twenty minutes of the day.

Could you manage a chat on Tuesday or Wednesday next week after drop-off? Ten minutes is plenty, and Carys can join us if you'd like.

Kind regards,
Kevin Doyle
Attendance Officer
Example School
Tel: 01632 960000 (option 1)
""")

add('reading_band_reply', 'clean', 'everyday: TA replies to parent about reading book band (quoted)',
    's.polglase', ['jane'], 'Re: Reading book', '2024-10-02 15:55:00', fmt='altweb', style='web',
    reply=True, body="""\
Hi Jane,

Thanks for your message. You're right, he's been on the same band for a while. I heard him read on Monday and his decoding is flying now, so I'm moving him up to Gold from tomorrow. The Gold books are a bit longer, so don't worry if it takes two or three nights to finish one.

Books are changed on Mondays and Thursdays. If he finishes early he can swap it from the class book corner any time.

Thank you for all the reading you're doing at home, it really shows.

Mrs Polglase
TA, 4O

On Tue, 1 Oct 2024 at 20:41, Jane Parent <jane.parent@gmail.com> wrote:
> Hello, he says he's read all the orange books twice now and is bored of them. Is it possible for him to have something a bit harder? Thanks, Jane
""")

NEWSLETTER_HTML = """\
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="margin:auto">
<tr><td style="background:#003366;color:#fff;padding:12px"><img src="cid:logo@example-school.org.uk" width="40" height="40" alt="Example School logo" style="vertical-align:middle"> <span style="font-size:22px;font-weight:bold">Friday News</span> &nbsp; 11th October 2024</td></tr>
<tr><td style="padding:12px">
<p>Dear families,</p>
<p>What a week! Thank you to everyone who came down to the lifeboat station for our Harvest service last Friday. The singing carried right across the harbour, and the crew said it was the best turnout they&#8217;d seen.</p>
<h3 style="color:#003366">Harvest for the food bank</h3>
<p>You gave <b>312 items</b> for the Harbourside Food Bank &#8211; two full car-loads. The volunteers asked us to pass on a huge thank you. If your own family needs a bit of help at the moment, please speak to Ms Blewett; it&#8217;s confidential and nobody else will know.</p>
<h3 style="color:#003366">Lifeboat visit</h3>
<p>Year 4 visited the lifeboat station on Wednesday. Ask your child what a coxswain does, and to show you the star float!</p>
<h3 style="color:#003366">Swimming</h3>
<p>Congratulations to the eleven Year 6 children who swam 25 metres for the first time in this week&#8217;s top-up lessons.</p>
<h3 style="color:#003366">Stars of the Week</h3>
<ul>
<li>3F &#8211; Ruby, for asking brilliant questions in science</li>
<li>3A &#8211; Alfie, for kindness on the playground</li>
<li>4O &#8211; Leo, for a superb Viking longship model</li>
<li>4J &#8211; Poppy, for trying so hard in swimming</li>
<li>5A &#8211; Theo, for his persuasive letter to the council about beach litter</li>
<li>5K &#8211; Evie, for her lifeboat story</li>
<li>6P &#8211; Kieran, for leading the Harvest prayers</li>
<li>6C &#8211; Maisie, for helping a new classmate settle in</li>
</ul>
<p><b>Attendance class of the week:</b> 5K with 98.6%. Well done!</p>
<h3 style="color:#003366">Dates for your diary</h3>
<table cellpadding="4" style="font-size:14px">
<tr><td>Mon 14 Oct</td><td>Year 6 height and weight checks</td></tr>
<tr><td>Wed 16 Oct</td><td>Flu nasal spray, all year groups</td></tr>
<tr><td>Thu 17 Oct</td><td>PTA meeting, 6pm, staffroom &#8211; all welcome</td></tr>
<tr><td>Fri 25 Oct</td><td>Break up for half term</td></tr>
<tr><td>Mon 4 Nov</td><td>INSET day (school closed to pupils)</td></tr>
<tr><td>Tue 5 Nov</td><td>School reopens</td></tr>
</table>
<p>Have a lovely weekend,<br>Mrs Hughes</p>
</td></tr>
<tr><td style="background:#eee;padding:8px;font-size:12px">Example School &#8211; a Church of England Junior School &#183; Park Row, Leeds LS1 4AP &#183; 01632 960000 &#183; office@example-school.org.uk</td></tr>
</table>
</body>
</html>
"""
add('friday_news_newsletter', 'clean', 'everyday: weekly newsletter, HTML only with inline logo',
    'r.hughes', ['jane', 'sam', 'ali'], 'Friday News \u2013 11th October', '2024-10-11 15:30:00', fmt='html',
    html_body=NEWSLETTER_HTML,
    related=[Attach('logo.png', 'image/png', make_png(), inline_cid='logo@example-school.org.uk')],
    body='')

add('y6_homework_week', 'clean', 'everyday: Y6 homework list to pupils',
    't.pengelly', ['21kpascoe', '21mwhitford', '21jtreloar'], 'Homework this week', '2025-01-13 15:35:00',
    body="""\
Hi 6P,

Homework for this week, due Thursday:

1. Arithmetic paper 4 is set on Teams. Do it in 30 minutes, no calculator, and show your working for the long division.
2. CGP grammar book pages 14-17 (relative clauses and the passive voice). If you've lost your book, come and see me - don't panic.
3. Spellings: the -cious/-tious list. Test on Friday.

Reading: at least four times this week. Write the page numbers in your reading record.

Booster group starts on Wednesday at 3.20 in the library for those who've had the letter. There will be toast.

Mr Pengelly
""")

add('food_bank_referral', 'clean', 'everyday: family support worker refers a family to the food bank',
    'c.blewett', ['foodbank'], 'Food bank voucher \u2013 family referral', '2024-12-10 10:25:00', body="""\
Hello,

Please could I refer a family for a food parcel this week? E-voucher details below.

Voucher no: HFB-2024-1187
Household: 2 adults, 3 children (ages 11, 8 and 4)
Dietary needs: no pork; the 8-year-old is coeliac, so gluten-free where possible
Collection: Thursday, St Peter's church hall, 12-2pm. Dad will collect.
Reason: benefit delay (Universal Credit migration), no income for three weeks

They would also really appreciate toiletries and nappies (size 5) if you have any, and Mum asked about the Christmas toy appeal. Could someone let me know the deadline for that?

Thanks as always to your volunteers. The children loved the harvest visit.

""" + SIG_CARYS)

add('coach_invoices_po_numbers', 'clean', 'everyday: business manager asks coach firm for PO numbers, remittance PDF',
    'f.macleod', ['coaches'], 'Invoices 4471 and 4479 \u2013 purchase order numbers', '2024-11-06 11:48:00',
    fmt='alt', attachments=[Attach('Remittance_Sept_2024.pdf', 'application/pdf', make_pdf([
        'Example School - Remittance Advice',
        'Supplier: Coast Coaches',
        'Invoice 4402  Y4 swimming transport, September   GBP 640.00',
        'Invoice 4418  Y6 beach safety transport          GBP 185.00',
        'Paid by BACS 31/10/2024',
        'Queries: finance@example-school.org.uk / 01632 960000']))],
    body="""\
Hi Dean,

Thanks for the two invoices for October. Please could you reissue them with our purchase order numbers on? Our finance system won't release payment without them.

Inv 4471 \u2013 Y4 swimming, Tuesdays 17 Sep to 15 Oct \u2013 PO 24/0381
Inv 4479 \u2013 Harvest service, 4 Oct (return to the harbour) \u2013 PO 24/0402

Also, the harvest one shows two 53-seaters, but we only had one coach plus the 16-seat minibus for our wheelchair users. Could you check that line?

The remittance for September is attached for your records.

Many thanks,
Fiona

Fiona MacLeod
School Business Manager
Example School
Park Row, Leeds LS1 4AP
01632 960000 | finance@example-school.org.uk
""")

add('ks2_boiler_tripped', 'clean', 'everyday: site manager, heating off in KS2 block',
    'i.nankervis', ['staff'], 'Heating off \u2013 KS2 block', '2024-11-18 07:12:00', style='thunderbird', body="""\
Morning all,

The boiler for the KS2 block has tripped again overnight. Engineer is booked for 10am. The hall and the Y3/4 end are fine.

Y5 and Y6 classrooms will be cold until at least lunchtime, so coats on in class is fine by Rachel. Please don't bring your own fan heaters in, they're not PAT tested and the fuse board won't take it. I've got four oil-filled radiators in the store. First come, first served - come and find me.

Ian
""")

add('send_team_minutes', 'clean', 'everyday: SEND team meeting notes (base64 body)',
    'b.quayle', ['p.chaudhry', 'a.hassan', 's.polglase'], 'SEND team meeting \u2013 notes 15/01',
    '2025-01-15 17:30:00', cc=['r.hughes'], fmt='b64', body="""\
Hi all,

Notes from today, quickly, while I remember.

Present: BQ, PC, AH, SP. Apologies: TB (on the Y5 swim).

1. Register. 71 children on the SEND register (29% of roll); 14 with EHCPs, 4 assessments pending. Two new EHCNA requests going in this half term (Y3 and Y5).
2. Provision maps. Termly review due by 7 Feb. Please update your intervention groups on the shared sheet (entry/exit data and attendance).
3. Nurture group. Boxall profiles done for the spring cohort. Priya recommends two children move back to full-time class after half term, with a soft transition (morning check-ins).
4. Swimming. Ollie has asked for a TA in the water for the two children with physical needs. SP happy to do Tuesdays; we need a second name for Thursdays. Poolside only is not enough for one of them.
5. Training. Autism awareness refresher at the 3rd March INSET. AH to lead the ELSA part on emotion coaching.
6. AOB. Parents' evening appointments for children with EHCPs are 15 minutes, not 10. Janet knows.

Actions
BQ - EHCNA paperwork; chase the LA on the 20-week deadlines
PC - transition plan for the two nurture leavers
SP - swim support Tuesdays; ask TB about Thursdays
AH - emotion coaching slides for INSET

Next meeting: 12 February, 3.30, nurture room.

Bernie
""")

add('nurture_weekly_update', 'clean', 'everyday: nurture group weekly update to class teachers',
    'p.chaudhry', ['l.okafor', 'h.jago', 'k.arslan', 'h.ferris'], 'Nurture group \u2013 this week',
    '2024-10-04 15:45:00', fmt='alt', body="""\
Hi all,

Quick update from the nurture room this week.

Breakfast is going really well. All eight children are now sitting at the table for the whole of toast time, and two of them poured drinks for the others without being asked, which was a lovely moment.

Our focus this week was turn-taking. We played a lot of Jenga and Pass the Shell (a shell from the beach, so you may hear about it). Next week is naming feelings, with the feelings thermometer, so you might see that coming back into class.

A few individual notes:
\u2022 M. (4J) has had a much better week and managed the whole of Wednesday afternoon in class. Please keep using his now/next board.
\u2022 S. (3F) is still very anxious on swimming days. Could we talk about her going on the coach with Amira?
\u2022 Boxall profiles are due back to me by the 18th, please. Let me know if you'd like to do them together; it's quicker with two.

Thanks for being so flexible with the timings!

Priya
""")

add('summer_fair_volunteers', 'clean', 'everyday: PTA summer fair call for volunteers',
    'pta', ['jane', 'sam', 'ali'], 'Summer Fair \u2013 Saturday 28th June \u2013 volunteers needed!',
    '2025-06-05 20:10:00', fmt='altweb', style='web', body="""\
Hi everyone,

The summer fair is three weeks away, on Saturday 28th June, 12\u20133pm on the school field (or in the hall if it rains \u2013 fingers crossed). We need your help!

Stalls we still need people for (even an hour makes a difference):
\u2022 Tombola \u2013 2 people per hour
\u2022 Cake stall \u2013 bakers please! Drop-off Friday after school, and please label anything containing nuts
\u2022 Splat the rat \u2013 Mr Nankervis has made a new tube
\u2022 Face painting \u2013 do you have a steady hand?
\u2022 Teas and coffees
\u2022 Setting up from 10am and packing down from 3pm (the most important job of all!)

The lifeboat crew are bringing their inshore boat for the children to sit in, and the Year 6 steel band are playing at 1pm.

Bottle tombola donations can go in the box outside the office from Monday. Any bottle at all: ketchup, bubble bath, squash.

Reply to this email or sign up on the sheet outside the office. Thank you so much! Last year's fair raised £2,140, which paid for the new beach school kit and a coach for Year 3's trip.

Tasha & the PTA team
""")

add('sports_day_photo_consent', 'clean', 'everyday: social media lead reminds staff to check photo consent',
    'm.adebayo', ['staff'], 'Sports day photos \u2013 please check consent before sending to me',
    '2025-06-20 12:15:00', body="""\
Hi all,

Ahead of sports day on Monday: if you're taking photos for the school Facebook page and website, please use the school iPads only (not your phones) and check the consent list before you send anything to me.

The list is in Staff > Media consent 2024-25. There are 17 children this year with "no photos online", and some of those are for safeguarding reasons, so please don't guess. Crowd shots from behind are fine. First names only, never surnames, and never any photos of children in swimwear or on the beach.

I'll post a selection on Monday evening.

Thanks!
Marcus
""")

add('beach_safety_week_letter', 'clean', 'everyday: beach safety week letter to parents, permission slip PDF',
    'o.stannard', ['jane', 'sam', 'ali'], 'Beach safety week \u2013 9th to 13th June', '2025-05-30 14:20:00',
    fmt='alt', attachments=[Attach('Clothed_swimming_permission.pdf', 'application/pdf', make_pdf([
        'Example School - Clothed Swimming Session (Years 5 and 6)',
        'Leisure centre, Wednesday 11 June 2025',
        '',
        'I give permission for my child to take part in the clothed swimming session.',
        'Child name: ______________________   Class: ______',
        'Medical information: ______________________________',
        'Signed (parent/carer): ____________________  Date: ________',
        'Please return to the school office by Friday 6 June.']))],
    body="""\
Dear Parents and Carers,

With the summer holidays coming and so many of our families spending time on the beach, we're holding our annual beach safety week from Monday 9th June.

\u2022 Monday: assembly with the beach lifeguards \u2013 the flags, rip currents, and what to do if you see someone in trouble.
\u2022 Tuesday to Thursday: every class will practise "Float to Live" in their swimming or PE session. Years 5 and 6 will also have a clothed swimming session at the leisure centre, so please send an old T-shirt and shorts in a bag.
\u2022 Thursday afternoon: Years 3 and 4 walk to the lifeboat station for a tour with the crew.
\u2022 Friday: beach safety quiz and certificates.

The key messages we'll be teaching, which we'd love you to repeat at home:
1. Swim between the red and yellow flags.
2. If you fall in, float on your back like a star until you can breathe normally.
3. If you see someone in trouble, call 999 and ask for the Coastguard. Don't go in after them.

The permission slip for the clothed swimming session is attached. Please return it by Friday 6th June.

Thank you,
""" + SIG_OLLIE)

add('lifeboat_visit_booking_y3', 'clean', 'everyday: Y3 teacher asks lifeboat station for visit dates',
    'k.arslan', ['lifeboat'], 'Year 3 visit \u2013 possible dates in June', '2025-04-08 16:35:00', body="""\
Dear Dick,

I'm one of the Year 3 teachers at Example School. Rachel Hughes passed on your details - our Year 4s had such a good visit in the autumn.

We'd love to bring Year 3 (two classes, 52 children plus 6 adults) to the station during our beach safety week. Would either of these work for you?

- Thursday 12th June, 1.15-2.45pm
- Friday 13th June, 9.30-11am

We'd split into two groups of 26 and swap halfway, so we're not all in the boathouse at once. Three of the children use wheelchairs or walking frames, so could you let me know about step-free access to the viewing area?

Thank you so much for everything the crew do.

Kind regards,
Kemal Arslan
Year 3 Teacher
Example School, Park Row, Leeds LS1 4AP
Tel: 01632 960000
""")

add('inset_safeguarding_refresher', 'clean', 'everyday: DSL reminder about INSET safeguarding refresher and KCSIE',
    'dsl', ['staff'], 'INSET Monday 2nd September \u2013 safeguarding refresher + KCSIE', '2024-08-29 10:00:00',
    body="""\
Dear colleagues,

I hope you've all had a restful summer.

A reminder that Monday's INSET starts at 8.45 in the hall with the annual safeguarding refresher (until 10.30). Everyone attends, including the kitchen team, the site team and the breakfast club staff.

Before Monday, please:
1. Read Keeping Children Safe in Education 2024, Part One (or Annex A if you don't work directly with children). The link is in the Safeguarding folder.
2. Sign the read-and-understood form in the staffroom.
3. Bring your CPOMS login. We'll walk through the updated categories, including young carers and Prevent.

The DSL team this year is me, Priya (deputy DSL) and Rachel. Carys remains our first contact for early help and young carers.

See you on Monday. There will be coffee and pasties.

Dafydd
""")

add('harvest_festival_letter', 'clean', 'everyday: harvest festival letter with food bank list; encoded subject',
    'g.trelawny', ['jane', 'sam', 'ali'], 'Harvest Festival \u2013 Friday 4th October at the lifeboat station',
    '2024-09-24 15:00:00', fmt='alt', body="""\
Dear Parents and Carers,

This year's Harvest Festival will be held at the lifeboat station on Friday 4th October at 10.30am, led by Rev Mark Trevail and our Year 6 worship team. Families are very welcome to join us on the slipway (bring a coat \u2013 it can be blowy!).

As always, our harvest gifts will go to the Harbourside Food Bank. They've told us they are especially short of:
\u2022 UHT milk and long-life juice
\u2022 tinned meat and fish
\u2022 tinned rice pudding and custard
\u2022 tea bags and coffee
\u2022 toiletries: toothpaste, deodorant, shampoo, sanitary products
\u2022 nappies (sizes 5 and 6)

Please send donations into school from Monday 30th September. There's a collection crate in every classroom.

If your family is having a hard time at the moment, please know that the food bank is there for everyone, and Ms Blewett can make a referral quietly and in confidence. Just call the office.

With thanks and blessings,

Mrs Trelawny
RE & Collective Worship Lead
Example School \u2013 a Church of England Junior School
Park Row, Leeds LS1 4AP \u00b7 01632 960000
""")

add('off_sick_cover_plans', 'clean', 'everyday: teacher off sick, cover plans (from phone)',
    's.caddick', ['d.rowlands'], 'Off sick today', '2025-01-07 06:41:00', style='apple', body="""\
Morning Dafydd,

Sorry, I've been up all night with a stomach bug and I won't be in today. Plans are in the 6C folder on the shared drive:

Maths: fractions lesson 3, slides ready, sheets printed on my desk
English: carry on with the Kensuke's Kingdom diary entries
Afternoon: science, the circulatory system - video and worksheet are in the folder

Amira knows where everything is. Reading group 2 are due to change their books.

Will let you know about tomorrow by 6pm.

Sophie

Sent from my iPhone
""")

add('summer_reports_timeline', 'clean', 'everyday: deputy head sets report-writing deadlines',
    'd.rowlands', ['staff'], 'Summer reports \u2013 timeline', '2025-05-27 16:40:00', body="""\
Hi all,

The timeline for this year's reports, as agreed at SLT:

Fri 13 June - attainment data entered on Arbor (reading, writing, maths, science)
Fri 20 June - general comments written (max 900 characters including spaces)
Mon 23 - Fri 27 June - proofreading swap with your partner class
Fri 4 July - Rachel and I read and sign
Wed 9 July - reports go out to families

For children with EHCPs, Bernie will add a SEND paragraph, so please leave the last box empty.

A couple of reminders from last year: say something specific and positive about every child, avoid jargon ("working at ARE" means nothing to most parents), and if something is a concern, the report should not be the first time a parent hears about it.

Thanks,
Dafydd

""" + SIG_DSL)

add('parents_evening_booking', 'clean', 'everyday: parents\' evening booking info',
    'office', ['jane', 'sam', 'ali'], "Parents' evening \u2013 Tuesday 4th and Wednesday 5th March",
    '2025-02-17 13:00:00', fmt='alt', body="""\
Dear Parents and Carers,

Spring parents' evenings will be on Tuesday 4th March (3.40\u20136.00pm) and Wednesday 5th March (3.40\u20137.00pm), in classrooms.

Booking opens this Wednesday at 7pm on the School Gateway app. Appointments are 10 minutes. If your child has an EHCP, you'll be offered a 15-minute slot with the class teacher and Mrs Quayle.

If you can't make either evening, or you'd prefer a phone call, please ring the office on 01632 960000 and we'll arrange something. We can also book an interpreter; please give us a week's notice.

Children's books will be out for you to look at in the hall from 3.15pm. There's a free cr\u00e8che in the library run by the PTA, so do bring younger brothers and sisters along.

Kind regards,
""" + SIG_OFFICE)

add('story_feedback_pupil', 'clean', 'everyday: English lead gives feedback on a pupil\'s story (quoted)',
    'j.kitto', ['22esaunders'], 'Re: my story', '2025-03-13 16:22:00', reply=True, body="""\
Evie,

Thank you for sending this from home. You didn't have to, and I'm really glad you did!

What I loved:
- Your opening line, "The sea was grey and angry, and the pager on Dad's belt started to scream", made me want to read on straight away.
- You used the lifeboat words really well: slipway, helm, launch tractor.
- The ending, when the little dog is found on the rocks, was tense and then lovely.

One thing to work on: you switch between past and present tense in the middle section ("the waves crash... Dad shouted..."). Read it aloud and pick one.

Bring it in on Monday and we'll print it for the Writing Wall.

Mr Kitto

> From: Evie Saunders
> Sent: 12 March 2025 18:03
> To: Joe Kitto
> Subject: my story
>
> Hi Mr Kitto I finished my story at home it is called The Storm at Harbour Point can you read it. Evie
""")

add('young_carers_action_day', 'clean', 'everyday: plan for Young Carers Action Day',
    'c.blewett', ['staff'], 'Young Carers Action Day \u2013 Wednesday 12th March', '2025-03-03 12:30:00',
    fmt='alt', body="""\
Dear all,

Young Carers Action Day is on Wednesday 12th March, and we'll mark it in school in a low-key way \u2013 lots of our young carers don't want a fuss.

\u2022 Assembly (Monday 10th): I'll lead a short one on "What is a young carer?", with the video from the young carers service. No children will be named.
\u2022 Wednesday: young carers' lunch club in the library, with pizza from Rossi's (donated \u2013 thank you, Rossi's!) and the chance to make a card for someone who cares for them.
\u2022 Badges and lanyards are available for any young carer who wants one. The badge means "I might need a bit of extra time or a quiet word".

We currently have 38 children identified as young carers. We think the real number is higher. If a child mentions looking after a parent or a brother or sister, doing medicines or shopping, or translating at appointments, please log it on CPOMS under "Young carer" and I'll follow up.

Thank you!
Carys
""")

add('y5_aquarium_trip', 'clean', 'everyday: Y5 aquarium trip letter with consent PDF',
    'j.kitto', ['sam'], 'Year 5 trip \u2013 Deep Sea Aquarium, Thursday 22nd May', '2025-05-06 15:10:00',
    cc=['m.adebayo'], fmt='alt', attachments=[Attach('Y5_aquarium_consent.pdf', 'application/pdf', make_pdf([
        'Example School - Year 5 Visit to the Deep Sea Aquarium',
        'Thursday 22 May 2025, 9.15am - 3.00pm, by coach',
        'I give permission for my child to attend.',
        'Child name: ______________________  Class: 5A / 5K',
        'Free school meal packed lunch needed:  YES / NO',
        'Signed: ____________________  Return by Thursday 15 May']))],
    body="""\
Dear Parents and Carers,

As part of our science unit on living things and their habitats, Year 5 will visit the Deep Sea Aquarium on Thursday 22nd May. We'll leave by coach at 9.15am and be back by 3pm.

The children will take part in a workshop on life cycles and go behind the scenes at the turtle rescue centre.

Cost: we're asking for a voluntary contribution of £6 towards the coach and entry. No child will be left out if you're unable to pay. Please pay on ParentPay by 15th May.

Lunch: a packed lunch in a disposable bag, please (no glass bottles or fizzy drinks). If your child has free school meals, the kitchen will provide one - just tick the box on the form.

Please return the attached consent form by Thursday 15th May.

Many thanks,
Mr Kitto & Mr Adebayo
Year 5
Example School \u00b7 01632 960000
""")

add('lost_jumper_found', 'clean', 'everyday: short reply to parent about lost jumper (quoted)',
    's.caddick', ['ali'], 'RE: Lost jumper', '2024-10-16 16:10:00', reply=True, body="""\
Hi Mr Guardian,

Good news - I found it in the lost property box by the Y6 door. The name label had washed off, but he recognised it by the ink stain on the cuff. It's in his bag tonight.

Miss Caddick

From: Ali Guardian <ali.guardian@btinternet.com>
Sent: 15 October 2024 21:03
To: Sophie Caddick <s.caddick@example-school.org.uk>
Subject: Lost jumper

Hi, he's lost his school jumper again, navy, age 11-12, name should be in it. Could you have a look? Thanks, Ali
""")

add('inhaler_expiry_note', 'clean', 'everyday: office asks parent for a replacement inhaler',
    'office', ['jane'], 'Inhaler in school', '2025-01-20 10:45:00', body="""\
Dear Jane,

Just a quick note: the blue inhaler we keep in the office for Example Pupil One expires at the end of this month (31/01/25). Could you please send in a replacement, in its box with the pharmacy label on, by then?

He's fine - this is just our routine check. Thank you!

Janet Tremayne
School Office | 01632 960000
""")

add('staff_meeting_agenda', 'clean', 'everyday: head\'s staff meeting agenda',
    'r.hughes', ['staff'], 'Staff meeting Wednesday \u2013 agenda', '2025-04-28 13:15:00', style='thunderbird', body="""\
Hi all,

Agenda for Wednesday, 3.30-4.45 in the library. Tea and Sue's lemon drizzle provided.

1. Welcome and wellbeing - thank you to everyone who covered during flu week (5 mins)
2. SIAMS - Gwen on the collective worship evidence file (10 mins)
3. Maths - Tom and Sophie's feedback on the multiplication check trial (15 mins)
4. Beach safety week - Ollie, final arrangements and staffing (10 mins)
5. Behaviour policy review - first look at the language section, Dafydd (20 mins)
6. AOB

Please bring a laptop for item 5; there'll be a short survey.

Rachel
""")

add('teams_password_reset', 'clean', 'everyday: teacher tells pupil her Teams password was reset',
    'm.adebayo', ['22rnowak'], 'Your Teams login', '2025-02-11 08:40:00', body="""\
Hi Ruby,

I've reset your Teams password. The new one is on a slip in your reading record, so have a look when you get in this morning. You'll be asked to change it when you first log in. Pick something you'll remember but nobody could guess (not your dog's name!).

If it still doesn't work, come and see me at break.

Mr Adebayo
""")

add('ncmp_height_weight', 'clean', 'everyday: Y6 height and weight measurement letter, NHS letter PDF',
    'office', ['ali'], 'Year 6 height and weight measurements \u2013 Monday 14th October', '2024-10-01 11:10:00',
    attachments=[Attach('NCMP_parent_letter_2024.pdf', 'application/pdf', make_pdf([
        'School Nursing Team - National Child Measurement Programme 2024/25',
        'Dear Parent/Carer,',
        'Children in Reception and Year 6 are measured every year.',
        'Your child will be measured in school on Monday 14 October.',
        'To withdraw your child, contact the school nursing team by 11 October:',
        'Tel 0113 496 0418, or reply to your school office.']))],
    body="""\
Dear Parent/Carer,

Please find attached a letter from the school nursing team about the National Child Measurement Programme. The nurses will be in school on Monday 14th October to measure the height and weight of all Year 6 children.

Children are measured in a private space, fully clothed (shoes and coats off), and the results aren't shared with the children or with school staff. Results are sent to parents by post.

If you don't want your child to take part, please contact the school nursing team using the details in the letter by Friday 11th October.

Kind regards,
""" + SIG_OFFICE)

add('heads_report_to_chair', 'clean', 'everyday: head sends termly report to chair of governors, PDF; encoded subject',
    'r.hughes', ['chair'], 'Headteacher\u2019s report \u2013 spring term FGB', '2025-03-17 19:25:00',
    cc=['f.macleod'], fmt='alt', attachments=[Attach('HT_report_spring_2025.pdf', 'application/pdf', make_pdf([
        'Example School - Headteacher\'s Report to the Full Governing Body',
        'Spring term 2025 - meeting of 24 March 2025',
        '1. Numbers on roll and admissions',
        '2. Attendance and persistent absence',
        '3. SEND and the nurture provision',
        '4. Disadvantaged pupils and pupil premium',
        '5. Swimming and water safety',
        '6. Christian distinctiveness and SIAMS preparation',
        '7. Staffing and wellbeing']))],
    body="""\
Dear Mark,

Attached is my report for the Full Governing Body on Monday 24th March. Headlines below, in case you only have time for the summary:

\u2022 Numbers on roll: 243 (up 4 since September, mostly in-year admissions)
\u2022 Attendance: 93.8% year to date (national 94.5%). Persistent absence is down from 21% to 17% \u2013 Kevin's work with families is paying off.
\u2022 SEND: 29% of pupils on the register, 14 EHCPs. LA top-up funding is still 11 weeks late on three plans.
\u2022 Disadvantaged: 48% pupil premium. Breakfast club is now feeding 61 children a day.
\u2022 Swimming: 68% of Year 6 can already swim 25m; we're aiming for 85% by July with top-up lessons.
\u2022 Budget: Fiona will cover this at finance committee, but the energy overspend is now around £4,000.

I'd like to add an item on SIAMS preparation, and to ask whether a foundation governor could join Gwen for a worship observation in April.

Thank you for all your support this term, and for the lovely Ash Wednesday service.

Best wishes,
Rachel

""" + SIG_HEAD)

add('breakfast_club_place', 'clean', 'everyday: family support worker offers free breakfast club place',
    'c.blewett', ['sam'], 'Breakfast club place', '2024-11-29 13:20:00', fmt='alt', body="""\
Hi Sam,

Lovely to see you at the door this morning. As promised, I've put Example Pupil Two's name down for a free breakfast club place, starting on Monday. Doors open at 7.45am at the side entrance by the hall. There's cereal, toast, fruit, and sometimes beans on a Friday if the kitchen is feeling generous!

There's no paperwork and nothing to pay; it's funded through school. If you need to drop off earlier than 7.45 on your hospital days, just let me know and we'll see what we can do.

Take care,
Carys

""" + SIG_CARYS)

add('swimming_25m_well_done', 'clean', 'everyday: PE lead tells parent the child swam 25m',
    'o.stannard', ['ali'], 'Great news from swimming!', '2025-05-20 16:05:00', fmt='alt', body="""\
Dear Mr Guardian,

Just a quick note to say that Example Pupil Three swam 25 metres unaided in today's top-up lesson, and also passed the self-rescue test (treading water, then floating on his back and signalling for help). Given how nervous he was in September, that's a huge achievement, and the whole group cheered!

His certificate is in his book bag. He has now met the national curriculum swimming standard before he leaves for secondary school.

Well done to him!

""" + SIG_OLLIE)


# ==========================================================================
# Output
# ==========================================================================
README = """\
# Round 20 hold-out: obscene-language (blind)

**Blind test corpus - never use it for tuning.** It was written without reading
the filter's code, rules, other tests or documentation, and without running
mailguard. Use it only to measure the `obscene-language` module after the fact.

## What it is

{total} outgoing e-mails from staff of a fictional Church of England junior school
(ages 7-11) in a seaside town: a large SEND cohort, a nurture group and a
nurture-group dog, many young carers, a food bank link, a PTA, a staff-run
Facebook page, swimming lessons and galas, beach safety week, beach school and
lifeboat-station visits. Senders are staff at example-school.org.uk; recipients
are colleagues, pupils (pupils.example-school.org.uk), the three known parents
and outside organisations (example.org / example.com only).

The labels follow the school policy as a safeguarding lead would read it: staff
must not use obscene language or swear words, nor make offensive comments on
grounds of gender, race, disability, age, religion or sexual orientation.
`flag` = the author's own words are obscene or a slur; `clean` = everything else.

## Counts

| expected | count |
|----------|-------|
| flag     | {flag} |
| clean    | {clean} |
| total    | {total} |

The clean half is split into 30 ordinary everyday messages and 30 hard negatives.

## Kinds of case

Flag (9 plain, 11 disguised or hidden):
- plain British swearing in staff-to-staff venting (bollocks, fucking, bitch/twat,
  taking the piss/bastards) and to a parent (reply-all) and a pupil
- slurs: disability ("spaz"), sexual orientation ("poofter"), ethnicity ("pikeys")
- swearing only in a .csv attachment (base64) in the author's own notes column
- swearing only in an RFC 2047 base64-encoded subject
- symbol masks (f*cking, sh!t), leetspeak (w4nk3r, b0ll0cks), repeated letters in a
  base64 body, letters split by hyphens/dots, Cyrillic homoglyphs (QP), full-width
  letters, zero-width characters inside words, a word split by HTML tags and a
  character entity (HTML only), a quoted-printable soft line break inside a word

Clean hard negatives:
- place names: Cockermouth, Scunthorpe, Shitterton, Twatt; King Cnut; Phuket
- surnames and first names: Wankhede, Cockburn, Hancock, "Dear Dick", Dick Whittington
- food (faggots, spotted dick), birds and animals (shag, great tit, cock blackbird,
  blue-footed booby, cockapoo bitch), seashore life (cockles, weever fish), kit (cricket box)
- RSE letter with anatomical vocabulary; SEND and medical terms (Tourette's
  coprolalia briefing, "Mongolian blue spots", catheter/incontinence in a young
  carer referral); French "le phoque"
- set texts and worship: Macbeth ("damned spot", "Hell is murky"), Treasure Island,
  The Twits, KJV "the ass", the Creed's "into hell", "Drunken Sailor"
- staff-only safeguarding reports quoting pupils'/parents' exact words, the head's
  polite reply with a parent's abuse only in the quoted text, an office forward of
  an abusive neighbour's email, the social media lead reporting public comments,
  and the behaviour-policy draft naming example words

Everyday clean mail: swimming kit, attendance support, reading books, newsletter
(HTML with inline logo), homework, food bank and young-carer work, invoices,
heating, SEND minutes, nurture updates, PTA, trips, reports, parents' evening,
harvest, beach safety week, governors' report, breakfast club.

Formats: text/plain (7bit, 8bit, quoted-printable, base64), multipart/alternative
(Outlook- and webmail-style HTML), HTML only, multipart/related, attachments
(PDF, CSV, TXT), replies with `>` quoting, "On ... wrote:" and Outlook
"From/Sent/To/Subject" blocks, a forward, RFC 2047 encoded subjects and names.

Judgement calls are marked `[unsure]` in the note column of labels.csv.

## How it was made and how to regenerate

Written by hand as Python data in `../make_round20_obscene.py` (standard library
only, every MIME part assembled explicitly). Regenerate with

    python3 tests/holdout/round20/make_round20_obscene.py

The output is byte-identical on every run: fixed dates, Message-IDs and MIME
boundaries, and a fixed-seed shuffle of the file order. The script also parses
every file back with `email.policy.default` and checks it against labels.csv.

`labels.csv` columns: file, expected, sender (the envelope sender, the staff From
address), recipients (To + Cc, space separated), note.
"""


def verify(rows):
    for r in rows:
        with open(os.path.join(OUT, r['file']), 'rb') as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        frm = email.utils.getaddresses([str(msg['From'])])[0][1]
        assert frm == r['sender'], (r['file'], frm)
        rc = [a for _, a in email.utils.getaddresses(
            [str(x) for x in (msg.get_all('To') or []) + (msg.get_all('Cc') or [])])]
        assert ' '.join(rc) == r['recipients'], (r['file'], rc)
        assert msg['Subject'] and msg['Date'] and msg['Message-ID']
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
        assert r['file'].split('_')[1] == r['expected']


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.endswith('.eml'):
            os.remove(os.path.join(OUT, fn))
    msgs = list(MESSAGES)
    slugs = [m['slug'] for m in msgs]
    assert len(set(slugs)) == len(slugs), 'duplicate slug'
    random.Random(20200).shuffle(msgs)
    rows = []
    for i, m in enumerate(msgs, 1):
        fn = '%03d_%s_%s.eml' % (i, m['label'], m['slug'])
        with open(os.path.join(OUT, fn), 'wb') as f:
            f.write(build(m))
        rows.append(dict(file=fn, expected=m['label'], sender=who(m['frm'])[1],
                         recipients=' '.join(who(k)[1] for k in m['to'] + m['cc']),
                         note=m['note']))
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=['file', 'expected', 'sender', 'recipients', 'note'],
                           lineterminator='\n')
        w.writeheader()
        w.writerows(rows)
    nflag = sum(r['expected'] == 'flag' for r in rows)
    nclean = sum(r['expected'] == 'clean' for r in rows)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(README.format(flag=nflag, clean=nclean, total=len(rows)))
    verify(rows)
    print('wrote %d messages (%d flag, %d clean) to %s' % (len(rows), nflag, nclean, OUT))


if __name__ == '__main__':
    main()
