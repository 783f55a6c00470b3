"""Judge one message: parse once, find who the recipients are, run the rules, decide.

The one path shared by `mailguard serve` (in a worker process) and `mailguard check`, so that
checking a message offline gives exactly the decision the proxy would make.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mailguard import config as config_mod
from mailguard import ruleset as ruleset_mod
from mailguard.decision import Decision, evaluate
from mailguard.directory import Directory
from mailguard.message import Envelope, Recipient, School, parse


@dataclass
class Engine:
    rules: ruleset_mod.RuleSet
    directory: Directory
    school: School

    def judge(self, raw: bytes, sender: str, recipients: list[str], client: str = "") -> Decision:
        envelope = Envelope(
            sender=sender,
            recipients=tuple(Recipient(r, self.directory.groups(r), self.directory.phones(r)) for r in recipients),
            sender_groups=self.directory.groups(sender) if sender else frozenset({"external"}),
            client=client,
        )
        return evaluate(self.rules, parse(raw, envelope, self.school))


def build(config: config_mod.Config, rules: ruleset_mod.RuleSet | None = None) -> Engine:
    """The engine for a config; raises yamlfile.SourceErrors if the rules are broken."""
    school = config.school
    parents = config.resolve(school.parents_file) if school.parents_file else None
    if rules is None:
        rules = ruleset_mod.load(config.resolve(config.rules_dir), default_on_error=config.on_error)
    return Engine(
        rules=rules,
        directory=Directory(tuple(school.domains), tuple(school.pupil_domains), Path(parents) if parents else None),
        school=School(tuple(school.domains), tuple(school.pupil_domains), tuple(school.phone_numbers),
                      tuple(school.postcodes)),
    )
