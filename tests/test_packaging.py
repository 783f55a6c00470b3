"""Deployment files: the systemd units verify, the Dockerfile lints, and the Dockerfile's install steps work."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from conftest import MAILGUARD, PY, ROOT, Mailguard, write_config

VENV_BIN = Path(PY).parent


@pytest.mark.skipif(shutil.which("systemd-analyze") is None and not os.environ.get("CI"),
                    reason="systemd-analyze is not installed here")
def test_systemd_units_verify(tmp_path: Path) -> None:
    for unit in ("mailguard.service", "mailguard-purge.service", "mailguard-purge.timer"):
        text = (ROOT / "systemd" / unit).read_text()
        # verify checks that ExecStart exists: point it at this checkout's mailguard.
        (tmp_path / unit).write_text(text.replace("/opt/mailguard/.venv/bin/mailguard", str(VENV_BIN / "mailguard")))
    out = subprocess.run(["systemd-analyze", "verify", *(str(tmp_path / u) for u in
                          ("mailguard.service", "mailguard-purge.service", "mailguard-purge.timer"))],
                         capture_output=True, text=True)
    assert out.returncode == 0 and out.stderr.strip() == "", out.stderr
    unit = (ROOT / "systemd" / "mailguard.service").read_text()
    for directive in ("ProtectSystem=strict", "NoNewPrivileges=yes", "PrivateTmp=yes", "User=mailguard",
                      "ReadWritePaths=/var/lib/mailguard /var/log/mailguard", "ExecReload=/bin/kill -HUP $MAINPID"):
        assert directive in unit, directive


def test_dockerfile_lints_clean() -> None:
    out = subprocess.run([str(VENV_BIN / "hadolint"), str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    text = (ROOT / "Dockerfile").read_text()
    assert "HEALTHCHECK" in text and "USER 10025" in text and "VOLUME" in text


def test_the_dockerfiles_install_steps(tmp_path: Path) -> None:
    """What `pip install .` in the image installs must run on the image's config with the shipped rules."""
    wheels = tmp_path / "wheels"
    subprocess.run([PY, "-m", "pip", "wheel", "--no-deps", "--disable-pip-version-check", "-q", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True)
    [wheel] = list(wheels.glob("mailguard-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mailguard/py.typed" in names
    assert any(n.startswith("mailguard/quarantine/templates/") for n in names), "web templates are packaged"
    assert any(n.startswith("mailguard/quarantine/static/") for n in names), "web static files are packaged"
    target = tmp_path / "site"
    subprocess.run([PY, "-m", "pip", "install", "--no-deps", "--disable-pip-version-check", "-q", "--target",
                    str(target), str(wheel)], check=True, capture_output=True)
    etc = tmp_path / "etc"  # what the image has in /etc/mailguard
    shutil.copytree(ROOT / "rules", etc / "rules")
    shutil.copytree(ROOT / "directory", etc / "directory")
    shutil.copy(ROOT / "docker" / "config.yaml", etc / "config.yaml")
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([PY, "-c", "import mailguard; print(mailguard.__file__)"], env=env, capture_output=True,
                           text=True, check=True, cwd=tmp_path).stdout
    assert where.startswith(str(target)), "the installed copy, not the checkout, is under test"
    out = subprocess.run([PY, "-m", "mailguard.cli", "rules", "check", "--config", str(etc / "config.yaml")],
                         env=env, capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stdout + out.stderr


def test_health_command(mailguard: Mailguard, tmp_path: Path) -> None:
    ok = subprocess.run([*MAILGUARD, "health", "--config", str(mailguard.config)], capture_output=True, text=True)
    assert ok.returncode == 0 and "healthy" in ok.stdout
    other = tmp_path / "other"
    other.mkdir()
    bad = subprocess.run([*MAILGUARD, "health", "--config", str(write_config(other, "maildir:m"))],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "unhealthy" in bad.stderr


def test_every_config_key_is_in_the_commented_example() -> None:
    import re

    from pydantic import BaseModel

    from mailguard.config import Config

    text = (ROOT / "config.example.yaml").read_text()

    def keys(model: type[BaseModel]) -> list[str]:
        found = []
        for name, field in model.model_fields.items():
            if name == "base_dir":
                continue
            found.append(name)
            for arg in (field.annotation, *getattr(field.annotation, "__args__", ())):
                if isinstance(arg, type) and issubclass(arg, BaseModel):
                    found.extend(keys(arg))
        return found

    missing = [k for k in keys(Config) if not re.search(rf"^\s*#?\s*{k}:|[{{,]\s*{k}:", text, re.M)]
    assert missing == [], f"config.example.yaml does not mention: {missing}"
