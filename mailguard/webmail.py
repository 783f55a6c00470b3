"""Is an e-mail domain a personal (consumer webmail) mailbox or an organisation's?

`gmail.com` is someone's personal mailbox; `leeds.gov.uk` is the council's. A built-in list
answers for the big consumer providers. For any other domain, the mail servers it names in DNS
(its MX records) usually tell: a domain whose mail goes to `gmail-smtp-in.l.google.com` or to
Yahoo's, Apple's or BT's consumer servers is a personal mailbox, whatever it is called; one whose
mail goes anywhere else belongs to an organisation.

DNS is slow and sometimes down, so every answer is cached, every query has a short timeout, and
when the DNS server does not answer the classifier stops asking for a while (`retry_after`)
and says "unknown" at once. "Unknown" is the safe default: callers treat it as *not* personal,
so a DNS outage can never make mail look personal that is not.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterable
from typing import Any, Literal

import dns.exception
import dns.name
import dns.nameserver
import dns.rdatatype
import dns.resolver

Kind = Literal["webmail", "organisation", "unknown"]

# Consumer mailbox providers seen in UK schools' mail, and the big international ones.
WEBMAIL_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.es",
    "hotmail.it", "outlook.com", "outlook.co.uk", "outlook.fr", "outlook.de", "outlook.ie", "live.com",
    "live.co.uk", "live.ie", "live.fr", "live.de", "msn.com", "passport.com", "windowslive.com", "yahoo.com",
    "yahoo.co.uk", "yahoo.ie", "yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "yahoo.in", "ymail.com",
    "rocketmail.com", "icloud.com", "me.com", "mac.com", "aol.com", "aol.co.uk", "aim.com", "btinternet.com",
    "btopenworld.com", "talk21.com", "btclick.com", "sky.com", "virginmedia.com", "virgin.net", "ntlworld.com",
    "blueyonder.co.uk", "talktalk.net", "tiscali.co.uk", "tiscali.it", "plus.com", "plusnet.com", "orange.net",
    "orange.fr", "wanadoo.co.uk", "wanadoo.fr", "freeserve.co.uk", "lineone.net", "tesco.net", "o2.co.uk",
    "hotmail.be", "live.nl", "protonmail.com", "protonmail.ch", "proton.me", "pm.me", "tutanota.com",
    "tutanota.de", "tuta.io", "gmx.com", "gmx.co.uk", "gmx.net", "gmx.de", "web.de", "mail.com", "email.com",
    "fastmail.com", "fastmail.fm", "hushmail.com", "zoho.com", "zohomail.com", "yandex.com", "yandex.ru",
    "mail.ru", "qq.com", "163.com", "126.com", "libero.it", "laposte.net", "free.fr",
})

# Mail servers that only consumer providers use. Deliberately *not* Google Workspace
# (aspmx.l.google.com) or Microsoft 365 (*.mail.protection.outlook.com): organisations use those.
CONSUMER_MX_SUFFIXES = (
    "gmail-smtp-in.l.google.com",
    "olc.protection.outlook.com",  # hotmail.com, outlook.com, live.com
    "hotmail.com",
    "yahoodns.net",  # Yahoo, AOL, Sky, BT's older mail
    "mail.icloud.com",
    "icloud.com",
    "me.com",
    "btinternet.com",
    "cpcloud.co.uk",  # BT consumer mail
    "as9143.net",  # Virgin Media
    "talktalk.net",
    "gmx.net",
    "gmx.com",
    "mail.com",
    "web.de",
    "protonmail.ch",
    "messagingengine.com",  # Fastmail
    "tutanota.de",
    "yandex.net",
    "yandex.ru",
    "mail.ru",
)

_DOMAIN = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$")


def normalise_domain(domain: str) -> str:
    return domain.strip().strip(".").lower()


def is_builtin_webmail(domain: str, extra: Iterable[str] = ()) -> bool:
    dom = normalise_domain(domain)
    return dom in WEBMAIL_DOMAINS or dom in extra


def is_consumer_mx(host: str) -> bool:
    host = normalise_domain(host)
    return any(host == s or host.endswith("." + s) for s in CONSUMER_MX_SUFFIXES)


def parse_nameserver(text: str) -> tuple[str, int]:
    """'127.0.0.1', '127.0.0.1:5353', '::1', '[::1]:5353' -> (address, port)."""
    text = text.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port = rest.removeprefix(":") or "53"
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    else:
        host, port = text, "53"
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"{text!r} is not a name server address (use 1.2.3.4 or 1.2.3.4:53)")
    return host, int(port)


def _system_dns_off() -> bool:
    """MAILGUARD_DNS=off: never ask the system's resolver. The test suite sets it, since tests must
    never reach a real resolver; name servers configured explicitly (the tests' own loopback DNS
    server) are still asked."""
    return os.environ.get("MAILGUARD_DNS", "").lower() == "off"


class MXClassifier:
    """Classifies domains by the built-in list, then by their MX records (cached)."""

    def __init__(self, nameservers: Iterable[str] = (), timeout: float = 1.0, *, enabled: bool = True,
                 cache_seconds: float = 86400.0, retry_after: float = 60.0, max_cache: int = 10000) -> None:
        self.nameservers = tuple(parse_nameserver(n) for n in nameservers)  # empty: the system's
        self.timeout = timeout
        self.enabled = enabled
        self.cache_seconds = cache_seconds
        self.retry_after = retry_after
        self.max_cache = max_cache
        self.queries = 0  # DNS queries actually sent (for tests and metrics)
        self._cache: dict[str, tuple[float, Kind]] = {}
        self._down_until = 0.0
        self._resolver: dns.resolver.Resolver | None = None

    # The classifier travels to worker processes with the rule set: the resolver is rebuilt there.
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_resolver"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def cached(self, domain: str) -> Kind | None:
        """The answer without asking DNS: the built-in list or the cache, else None."""
        dom = normalise_domain(domain)
        if dom in WEBMAIL_DOMAINS:
            return "webmail"
        hit = self._cache.get(dom)
        if hit is not None and hit[0] > time.monotonic():
            return hit[1]
        return None

    def classify(self, domain: str) -> Kind:
        dom = normalise_domain(domain)
        known = self.cached(dom)
        if known is not None:
            return known
        if not self.enabled or not _DOMAIN.match(dom) or time.monotonic() < self._down_until or (
                not self.nameservers and _system_dns_off()):
            return "unknown"
        hosts = self._mx(dom)
        if hosts is None:  # DNS did not answer: say "unknown" without asking again for a while
            self._down_until = time.monotonic() + self.retry_after
            return "unknown"
        if any(is_consumer_mx(h) for h in hosts):
            kind: Kind = "webmail"
        elif hosts:
            kind = "organisation"
        else:
            kind = "unknown"  # no such domain, or no mail servers: nothing to go on
        if len(self._cache) >= self.max_cache:
            self._cache.clear()
        self._cache[dom] = (time.monotonic() + self.cache_seconds, kind)
        return kind

    def _mx(self, domain: str) -> list[str] | None:
        """MX host names; [] when the domain has none; None when DNS could not be asked."""
        try:
            resolver = self._get_resolver()
        except (dns.resolver.NoResolverConfiguration, OSError):
            return None
        self.queries += 1
        try:
            answer = resolver.resolve(dns.name.from_text(domain), dns.rdatatype.MX, search=False,
                                      lifetime=self.timeout)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer, dns.resolver.YXDOMAIN):
            return []
        except (dns.exception.Timeout, dns.resolver.NoNameservers, dns.exception.DNSException, OSError):
            return None
        return [str(r.exchange).rstrip(".").lower() for r in answer]

    def _get_resolver(self) -> dns.resolver.Resolver:
        if self._resolver is None:
            if self.nameservers:
                resolver = dns.resolver.Resolver(configure=False)
                resolver.nameservers = [dns.nameserver.Do53Nameserver(h, p) for h, p in self.nameservers]
            else:
                resolver = dns.resolver.Resolver()
            resolver.timeout = self.timeout
            resolver.lifetime = self.timeout
            resolver.retry_servfail = False
            self._resolver = resolver
        return self._resolver
