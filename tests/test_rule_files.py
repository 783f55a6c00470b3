"""Broken rule and config files: `path:line: message`, exit 1, and serve refuses to start."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest
from conftest import MAILGUARD, ROOT, write_config

from mailguard import ruleset
from mailguard.yamlfile import SourceErrors


def rules_check(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MAILGUARD, "rules", "check", "--config", str(config)], capture_output=True,
                          text=True, timeout=60)


def _one_rule(tmp_path: Path, text: str) -> Path:
    cfg = write_config(tmp_path, "maildir:maildir")
    for f in (tmp_path / "rules").iterdir():
        f.unlink()
    (tmp_path / "rules" / "broken.yaml").write_text(textwrap.dedent(text).lstrip())
    return cfg


CASES = [
    ("unknown key with suggestion", """
        rule: r1
        module: text-match
        actoin: tag
        action: tag
        settings: {words: [x]}
        """, 3, "unknown key 'actoin' (did you mean 'action'?)"),
    ("unknown module", """
        rule: r1
        module: text-matsh
        action: tag
        """, 2, "unknown module 'text-matsh' (did you mean 'text-match'?)"),
    ("bad action", """
        rule: r1
        module: text-match
        action: delete
        settings: {words: [x]}
        """, 3, "action: input should be 'pass', 'tag', 'quarantine' or 'bounce', not 'delete'"),
    ("wrong type in settings", """
        rule: r1
        module: text-match
        action: tag
        settings:
          words: [x]
          min_matches: lots
        """, 6, "settings.min_matches: Input should be a valid integer"),
    ("unknown settings key", """
        rule: r1
        module: text-match
        action: tag
        settings:
          word: [x]
        """, 5, "unknown key 'word' (did you mean 'words'?)"),
    ("bad regex", """
        rule: r1
        module: text-match
        action: tag
        settings:
          patterns: ['(unclosed']
        """, 5, "is not a valid regular expression"),
    ("bad group in scope", """
        rule: r1
        module: text-match
        action: tag
        when:
          recipients: [parents]
        settings: {words: [x]}
        """, 5, "'parents' is neither a group"),
    ("missing action", """
        rule: r1
        module: text-match
        settings: {words: [x]}
        """, 1, "missing required key 'action'"),
    ("invalid yaml", """
        rule: r1
        module: text-match
          action: tag
        """, 3, "invalid YAML"),
    ("duplicate key", """
        rule: r1
        module: text-match
        action: tag
        action: bounce
        settings: {words: [x]}
        """, 4, "duplicate key 'action' (first on line 3)"),
    ("second rule in a list", """
        rules:
          - rule: r1
            module: text-match
            action: tag
            settings: {words: [x]}
          - rule: r2
            module: text-match
            action: tag
            settings: {wrods: [x]}
        """, 9, "unknown key 'wrods' (did you mean 'words'?)"),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), CASES, ids=[c[0] for c in CASES])
def test_rule_errors_name_file_and_line(tmp_path: Path, name: str, text: str, line: int, message: str) -> None:
    cfg = _one_rule(tmp_path, text)
    result = rules_check(cfg)
    assert result.returncode == 1, result.stdout + result.stderr
    expected = f"{tmp_path / 'rules' / 'broken.yaml'}:{line}: "
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith(expected)]
    assert lines, result.stdout
    assert message.lower() in lines[0].lower(), lines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_duplicate_rule_ids_across_files(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:maildir")
    shutil.copy(tmp_path / "rules" / "tag.yaml", tmp_path / "rules" / "tag-copy.yaml")
    result = rules_check(cfg)
    assert result.returncode == 1
    assert f"{tmp_path / 'rules' / 'tag-copy.yaml'}:" in result.stdout
    assert "duplicate rule id 'tag-word'" in result.stdout


def test_every_error_in_every_file_is_reported(tmp_path: Path) -> None:
    cfg = write_config(tmp_path, "maildir:maildir")
    (tmp_path / "rules" / "a.yaml").write_text("rule: a\nmodule: nope\naction: tag\n")
    (tmp_path / "rules" / "b.yaml").write_text("rule: b\nmodule: text-match\naction: maybe\nsettings: {words: [x]}\n")
    out = rules_check(cfg).stdout
    assert "a.yaml:2: unknown module 'nope'" in out and "b.yaml:3: action:" in out


def test_serve_refuses_to_start_on_broken_rules(tmp_path: Path) -> None:
    cfg = _one_rule(tmp_path, "rule: r1\nmodule: text-match\naction: tag\nsettings: {wrods: [x]}\n")
    result = subprocess.run([*MAILGUARD, "serve", "--config", str(cfg)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "broken.yaml:4: unknown key 'wrods'" in result.stdout
    assert "not started" in result.stdout


@pytest.mark.parametrize(("text", "line", "message"), [
    ("upstream: ftp://x\n", 1, "upstream: 'ftp://x': expected smtp://host:port"),
    ("clients: [127.0.0.1, lots]\n", 1, "'lots' is not a network"),
    ("listen: 127.0.0.1:99999\n", 1, "is not host:port"),
    ("school:\n  domains: [a.org]\n  parent_file: p.csv\n", 3, "unknown key 'parent_file' (did you mean 'parents_file'?)"),
    ("limits:\n  judge_timeout: -1\n", 2, "limits.judge_timeout: input should be greater than 0, not -1"),
])
def test_config_errors_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    cfg = tmp_path / "config.yaml"
    cfg.write_text(text)
    (tmp_path / "rules").mkdir()
    result = rules_check(cfg)
    assert result.returncode == 1
    assert f"{cfg}:{line}: " in result.stdout, result.stdout
    assert message in result.stdout, result.stdout


def test_shipped_config_and_rules_are_valid() -> None:
    result = rules_check(ROOT / "config.example.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "rules OK" in result.stdout


def test_disabled_rules_are_validated_but_do_not_run(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text("rule: r\nmodule: text-match\nenabled: false\naction: tag\nsettings: {words: [x]}\n")
    assert len(ruleset.load(tmp_path)) == 0
    (tmp_path / "r.yaml").write_text("rule: r\nmodule: text-match\nenabled: false\naction: tga\nsettings: {words: [x]}\n")
    with pytest.raises(SourceErrors):
        ruleset.load(tmp_path)


def test_yaml_booleans_get_a_hint(tmp_path: Path) -> None:
    (tmp_path / "r.yaml").write_text("rule: off\nmodule: text-match\naction: tag\nsettings: {words: [x]}\n")
    with pytest.raises(SourceErrors) as err:
        ruleset.load(tmp_path)
    assert f"{tmp_path / 'r.yaml'}:1: rule: input should be a valid string, not False (YAML reads" in str(err.value)
