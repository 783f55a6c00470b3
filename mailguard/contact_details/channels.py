"""Invitations to private channels: WhatsApp, Snapchat, Instagram ... links, handles, "add me",
"text me, you've got my number". Talking about apps, or the school's own accounts, is no invitation."""

from __future__ import annotations

import re

from mailguard.contact_details.context import Context, Hit, capped
from mailguard.contact_details.whose import NEGATION, inside_quotation, paragraph_around, sentence_around
from mailguard.findings import mask_word

_PLATFORM = (
    r"(?:whats\s?app|snap\s?chat|snap|insta(?:gram)?|facebook|fb|messenger|tik\s?tok|telegram|signal|"
    r"discord|twitter|kik|viber|we\s?chat|skype|facetime|imessage|threads|bereal|twitch|x)"
)
# Platforms whose name is not also an ordinary word ("my signal is bad", "my x is …").
_NAMED_PLATFORM = (
    r"(?:whats\s?app|snap\s?chat|snap|insta(?:gram)?|facebook|fb|messenger|tik\s?tok|telegram|discord|"
    r"twitter|kik|viber|we\s?chat|skype|bereal|twitch)"
)
_INVITE_LINK = re.compile(
    r"(?:https?://)?(?:www\.)?(?:wa\.me/\+?\d[\d]*|api\.whatsapp\.com/send\?phone=\+?\d+|"
    r"chat\.whatsapp\.com/[\w-]+|snapchat\.com/add/[\w.-]+|t\.me/[\w+-]+|telegram\.me/[\w+-]+|"
    r"m\.me/[\w.-]+|ig\.me/m/[\w.-]+|discord\.gg/[\w-]+|discord(?:app)?\.com/invite/[\w-]+)",
    re.IGNORECASE,
)
_INVITE = re.compile(
    rf"\b(?:(?:add|follow|find|message|msg|dm|pm|contact|text|ping|reach|call|chat\s+(?:to|with)|talk\s+to|"
    rf"get\s+(?:hold\s+of|in\s+touch\s+with)|hit|join)\s+me\s+(?:up\s+)?(?:on|at|via|over|through|in)\s+"
    rf"(?:my\s+)?{_PLATFORM}\b"
    rf"|\b(?:whats\s?app|snap(?:chat)?|insta(?:gram)?|dm|facetime|imessage|skype|telegram)\s+me\b"
    rf"|\b(?:drop|send|give|ping)\s+me\s+(?:a|an)\s+(?:whats\s?app|snap(?:chat)?|dm|pm|insta\s+message|"
    rf"message\s+on\s+{_PLATFORM})\b"
    # "send me a video on Snapchat", "send me the photos over WhatsApp"
    rf"|\b(?:send|drop|ping|post)\s+me\s+(?:a|an|the|your|some)\s+(?:[\w-]+\s+){{0,2}}?(?:on|via|over|through)\s+"
    rf"(?:my\s+)?{_NAMED_PLATFORM}\b"
    rf"|\bi(?:'m|\s+am)\s+on\s+{_PLATFORM}\b"
    # "I'm mr.g.ukes on Snapchat": a handle (with a dot, a digit or an underscore in it) said as mine
    rf"|\bi(?:'m|\s+am)\s+@?(?=[\w.]*[._\d])[a-z][\w.]{{2,29}}\s+on\s+{_NAMED_PLATFORM}\b"
    # "the easiest way to get hold of me over the camp is Facebook Messenger"
    rf"|\b(?:get\s+hold\s+of|reach|contact|find|message|get\s+in\s+touch\s+with)\s+me\b[^.!?\n]{{0,40}}?"
    rf"\b(?:is|via|on|through|over|using)\s+(?:my\s+)?(?:facebook\s+)?{_NAMED_PLATFORM}\b"
    rf"|\bmy\s+{_NAMED_PLATFORM}(?:\s+(?:handle|username|user\s*name|name|id|account|group|channel|server))?"
    rf"\s*(?:is|:|-|=)\s*@?[\w.]{{3,30}})",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?<![\w.@])@[a-z0-9_](?:[\w.]{1,28}[a-z0-9_])?\b", re.IGNORECASE)
_PLATFORM_WORD = re.compile(rf"\b{_PLATFORM}\b", re.IGNORECASE)
_NAMED_PLATFORM_WORD = re.compile(rf"\b{_NAMED_PLATFORM}\b", re.IGNORECASE)
# "Add me as a friend (I'm bsutty_dev)", "search for me on there", after the platform was named
# earlier in the paragraph ("I've set up a Discord server for us.").
_SEARCH_FOR = re.compile(r"\b(?:search|look)\s+(?:for|up)\s+(?P<name>(?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+)")
_ADD_ME = re.compile(
    r"\bsend\s+me\s+a\s+(?:friend|follow)\s+request\b|"
    # the sender reaching out first: "I've sent you a friend request", "I'll add you on there"
    r"\bi(?:'ve|\s+have|'ll|\s+will|'d|\s+would)?(?:\s+just|\s+already)?\s+(?:sent|send|requested)\s+you\s+"
    r"(?:a\s+)?(?:friend|follow)(?:\s+request)?\b|"
    r"\baccept\s+my\s+(?:friend|follow)\s+request\b|"
    r"\bi(?:'ve|\s+have|'ll|\s+will)(?:\s+just|\s+already)?\s+(?:added|add|followed|follow|friended|friend)\s+you\b|"
    r"\b(?:message|msg|contact|chat\s+to|talk\s+to)\s+me\s+(?:on|via|through)\s+(?:there|it)\b|"
    r"\b(?:add|friend|follow|search\s+for|dm|pm)\s+(?:me|me\s+up)\b"
    r"(?:\s+(?:as\s+a\s+friend|on\s+there|there|on\s+it|up))?",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:my|me|mine|i'm|i\s+am|i've)\b", re.IGNORECASE)
_SCHOOL_VOICE = re.compile(r"\b(?:us|our|we|school|pta|class\s+page|official)\b", re.IGNORECASE)


# Someone else's request, reported: "he asked if he could add me on Snapchat".
_ASKED_IF = re.compile(
    r"\b(?:asked|asking|asks|wanted\s+to\s+know|wondered)\s+(?:me\s+)?(?:if|whether)\s+(?:he|she|they|[A-Z]\w+)\s+"
    r"(?:could|can|might|may|should)\s*\Z")


def find_channels(text: str, where: str, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    allowed = ctx.settings.allowed_handles
    for m in capped(_INVITE_LINK, text):
        link = m.group(0)
        if any(a and a in link.lower() for a in allowed):
            continue
        masked = re.sub(r"(?<=/)([^/]+)$", lambda g: _mask_handle(g.group(1)), link)
        hits.append(Hit("private-channel", link.lower(), link, where, masked, text, m.start(), m.end()))
    for m in capped(_INVITE, text):
        if inside_quotation(text, m.start()) or NEGATION.search(text[max(0, m.start() - 40):m.start()]) \
                or _ASKED_IF.search(text, max(0, m.start() - 40), m.start()):
            continue  # "he asked if he could add me on Snapchat": the pupil's request, told to the parent
        phrase = " ".join(m.group(0).split())
        named = re.search(r"(?:\bis|[:=-])\s*(@?[\w.]{3,30})$", phrase, re.IGNORECASE)
        if named and named.group(1).lstrip("@").lower() in allowed:
            continue
        masked = phrase[:named.start(1)] + _mask_handle(named.group(1)) if named else phrase
        hits.append(Hit("private-channel", phrase.lower(), phrase, where, masked, text, m.start(), m.end()))
    hits.extend(_labelled_handles(text, where, ctx))
    hits.extend(_text_me_on_my_phone(text, where))
    # "search for Mike Hargreaves Ripon" on the platform named in the paragraph: the sender's profile
    for m in capped(_SEARCH_FOR, text):
        lo, hi = paragraph_around(text, m.start(), m.end(), back=300, ahead=150)
        if not ctx.surname_re.search(m.group("name")):
            continue  # someone else's page ("search for Leeds Rhinos Foundation")
        if _NAMED_PLATFORM_WORD.search(text, lo, hi) and not any(h.start <= m.start() < h.end + 150 for h in hits):
            phrase = " ".join(m.group(0).split())
            hits.append(Hit("private-channel", f"search:{phrase.lower()}", phrase, where, phrase, text,
                             m.start(), m.end()))
    for m in capped(_ADD_ME, text):
        lo, hi = paragraph_around(text, m.start(), m.end(), back=300, ahead=150)
        if "request" in m.group(0).lower():
            lo = max(0, m.start() - 400)  # a friend request is social media: the app may be a paragraph up
        platform = _NAMED_PLATFORM_WORD.search(text, lo, hi)
        if platform is None or inside_quotation(text, m.start()) \
                or NEGATION.search(text[max(0, m.start() - 40):m.start()]) \
                or _ASKED_IF.search(text, max(0, m.start() - 40), m.start()) \
                or NEGATION.search(text[max(0, platform.start() - 40):platform.start()]) \
                or any(h.start <= m.start() < h.end + 80 for h in hits):
            continue
        befriend = "friend" in m.group(0).lower()  # a school's page is followed, never friended
        if not befriend and _SCHOOL_VOICE.search(text[max(lo, platform.start() - 40):platform.end() + 40]) \
                and not re.search(r"\b(?:my|i'm|i\s+am|i've)\b", text[lo:hi], re.IGNORECASE):
            continue  # "follow us on Instagram", the school's account
        phrase = " ".join(text[min(m.start(), platform.start()):max(m.end(), platform.end())].split())
        if len(phrase) > 120:
            phrase = f"{' '.join(m.group(0).split())} … {platform.group(0)}"
        hits.append(Hit("private-channel", f"add-me:{platform.group(0).lower()}", phrase, where, phrase, text,
                         m.start(), m.end()))
        break
    if not _PLATFORM_WORD.search(text):
        return hits
    for m in capped(_HANDLE, text):
        handle = m.group(0)
        if handle[1:].lower() in allowed:
            continue
        sentence = sentence_around(text, m.start(), m.end())
        lo, _ = paragraph_around(text, m.start(), m.end(), back=300, ahead=0)
        # the platform in this sentence, or named earlier in the paragraph ("I send a note each day
        # on Telegram … search for me on there: @aaron_w_teach")
        if not _FIRST_PERSON.search(sentence) or not (
                _PLATFORM_WORD.search(sentence) or _NAMED_PLATFORM_WORD.search(text, lo, m.start())):
            continue
        if _SCHOOL_VOICE.search(sentence) and not re.search(r"\b(?:my|me)\b", sentence, re.IGNORECASE):
            continue
        if inside_quotation(text, m.start()) or NEGATION.search(text[max(0, m.start() - 60):m.start()]):
            continue
        hits.append(Hit("private-channel", handle.lower(), handle, where, "@" + _mask_handle(handle[1:]),
                         text, m.start(), m.end()))
    return hits


# "Just text me tonight, you've got my number from the trip": no number written, but the sender
# asks the parent or pupil to use the personal phone they already have the number of.
_TEXT_ME = re.compile(
    r"\b(?:(?:text|txt|ring|call|phone|bell|buzz|message|msg|whats\s?app)\s+me"
    r"|give\s+me\s+a\s+(?:ring|call|text|bell|buzz|shout|message|tinkle))\b", re.IGNORECASE)
_MY_PHONE = re.compile(
    r"\b(?:you(?:'ve|\s+have|\s+still\s+have)?\s+(?:still\s+|already\s+)?(?:got|have|kept)\s+my\s+"
    r"(?:personal\s+|own\s+|private\s+|mobile\s+|phone\s+)?(?:number|mobile|phone|no|digits)"
    r"|\bmy\s+(?:personal|own|private)\s+(?:mobile|phone|number|cell)"
    r"|\b(?:on|to)\s+my\s+(?:mobile|cell|iphone|phone)(?!\s+(?:at|in)\s+(?:school|work))"
    r"|\bmy\s+(?:mobile|number|phone)\s+(?:from|since)\s+(?:the|our|last))\b",
    re.IGNORECASE,
)


def _text_me_on_my_phone(text: str, where: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in capped(_TEXT_ME, text):
        if NEGATION.search(text[max(0, m.start() - 40):m.start()]) or inside_quotation(text, m.start()):
            continue
        lo, hi = paragraph_around(text, m.start(), m.end(), back=250, ahead=250)
        mine = next((p for p in _MY_PHONE.finditer(text, lo, hi)
                     if not NEGATION.search(text[max(lo, p.start() - 40):p.start()])
                     and not re.search(r"\b(?:school|work|office)\b", p.group(0), re.IGNORECASE)), None)
        if mine is None:
            continue
        first, last = min(m.start(), mine.start()), max(m.end(), mine.end())
        phrase = " ".join(text[first:last].split())
        if len(phrase) > 160:
            phrase = f"{' '.join(m.group(0).split())} … {' '.join(mine.group(0).split())}"
        hits.append(Hit("private-channel", "text-me", phrase, where, phrase, text, first, last))
        break
    return hits


# A line that is only "Insta: @mr_smith_art" or "Snapchat - tom_smith99", as in a signature.
_LABELLED_HANDLE = re.compile(
    rf"^[ \t]*(?P<platform>{_NAMED_PLATFORM})[ \t]*(?:name|handle|username)?[ \t]*[:-][ \t]*"
    r"(?P<handle>@?(?=[\w.]*[a-z])[a-z0-9_][\w.]{1,29})[ \t]*$",  # a name, not an age ("Discord - 13")
    re.IGNORECASE | re.MULTILINE,
)


def _official_handle(handle: str, text: str, start: int, ctx: Context) -> bool:
    """The school's own account: named after the school, or introduced as ours ("Follow us")."""
    name = handle.lstrip("@").lower()
    school_words = {w for d in ctx.message.school.domains
                    for w in re.split(r"[^a-z]+", d.lower().partition(".")[0]) if len(w) >= 4}
    if any(w in name for w in school_words | {"school", "academy", "pta", "official"}):
        return True
    return bool(re.search(r"\b(?:us|our|we)\b", text[max(0, start - 120):start], re.IGNORECASE))


def _labelled_handles(text: str, where: str, ctx: Context) -> list[Hit]:
    hits: list[Hit] = []
    for m in capped(_LABELLED_HANDLE, text):
        handle = m.group("handle")
        if handle.lstrip("@").lower() in ctx.settings.allowed_handles or _official_handle(handle, text, m.start(), ctx):
            continue
        shown = " ".join(m.group(0).split())
        masked = f"{m.group('platform')}: {_mask_handle(handle)}"
        hits.append(Hit("private-channel", handle.lower(), shown, where, masked, text, m.start(), m.end()))
    return hits


def _mask_handle(handle: str) -> str:
    prefix = "@" if handle.startswith("@") else ""
    return prefix + mask_word(handle.lstrip("@"))
