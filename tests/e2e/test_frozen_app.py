"""The frozen app, built with packaging/build-linux.sh from build.spec, run as a field laptop
would run it: outside any virtual environment, with a clean environment (``env -i``: no PATH,
no PYTHONPATH, no DISPLAY unless given). Building takes about half a minute on two cores; the
whole module is one build. Deselect with ``-m "not slow"`` while iterating on other code."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from tests.fixtures.images import make_fat
from tests.fixtures.keys import openssl_key
from tests.fixtures.updates import rewrite, write_update

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("frozen") / "dist"
    build = subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh"), "--dist", str(dist)],
                           cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return dist


def _frozen(dist: Path, home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    clean = [f"HOME={home}", f"TRIAGE_APP_HOME={home / 'app'}"] + [f"{k}={v}" for k, v in env.items()]
    return subprocess.run(["env", "-i", *clean, str(dist / "triage-app" / "triage-app"), *args],
                          capture_output=True, text=True, timeout=300)


def test_self_test_passes_in_a_clean_environment(dist: Path, tmp_path: Path) -> None:
    run = _frozen(dist, tmp_path, "self-test", "--json")
    assert run.returncode == 0, run.stdout + run.stderr
    checks = {c["name"]: c for c in json.loads(run.stdout)}
    assert all(c["ok"] and not c["unavailable"] for c in checks.values()), checks
    assert "(frozen)" in checks["app"]["detail"]
    # ewfacquirestream is the bundled one, not the build machine's
    assert str(dist / "triage-app") in checks["E01 imaging (ewfacquirestream)"]["detail"]


def test_the_window_languages_ship(dist: Path) -> None:
    shipped = {p.name for p in (dist / "triage-app").rglob("*.qm")}
    assert {"field_triage_de.qm", "field_triage_fr.qm", "qtbase_de.qm", "qtbase_fr.qm"} <= shipped


def test_check_address(dist: Path, tmp_path: Path) -> None:
    valid = _frozen(dist, tmp_path, "check-address", "--json", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")
    assert valid.returncode == 0, valid.stderr
    assert [r["valid"] for r in json.loads(valid.stdout)] == [True]
    broken = _frozen(dist, tmp_path, "check-address", "--json", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert broken.returncode != 0
    assert [r["valid"] for r in json.loads(broken.stdout)] == [False]


def test_scan_an_image_into_a_case_then_export_and_verify_the_package(dist: Path,
                                                                       tmp_path: Path) -> None:
    image = make_fat(tmp_path / "stick.img", {"DCIM/photo.jpg": (ROOT / "resources/selftest/photo.jpg")
                                              .read_bytes(), "notes.txt": b"meet at 9\n"})
    before = image.read_bytes()
    case = tmp_path / "case"
    officer = {"TRIAGE_OFFICER": "PC-1"}
    assert _frozen(dist, tmp_path, "officer", "add", "PC-1", "--name", "Officer One",
                   "--endorse", "L2").returncode == 0
    made = _frozen(dist, tmp_path, "case", "new", str(case), "--ref", "FROZEN-1",
                   "--authority-type", "warrant", "--authority-ref", "W-1", "--issuer", "Court",
                   "--valid-until", "2099-12-31", "--scope", "all devices", **officer)
    assert made.returncode == 0, made.stderr
    scan = _frozen(dist, tmp_path, "scan", str(image), "--case", str(case), "--exhibit", "ABC/1",
                   "--jsonl", **officer)
    assert scan.returncode == 0, scan.stderr
    files = [json.loads(line) for line in scan.stdout.splitlines()]
    assert {"/DCIM/photo.jpg", "/notes.txt"} <= {f.get("path") for f in files}
    assert next(f for f in files if f.get("path") == "/DCIM/photo.jpg")["mime"] == "image/jpeg"
    assert image.read_bytes() == before

    (tmp_path / "out").mkdir()
    export = _frozen(dist, tmp_path, "package", "export", str(case), "--out", str(tmp_path / "out"),
                     **officer)
    assert export.returncode == 0, export.stderr
    bag = Path(export.stdout.strip())
    assert (bag / "metadata" / "report.pdf").read_bytes().startswith(b"%PDF-")
    verify = _frozen(dist, tmp_path, "package", "verify", str(bag))
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_a_large_scan_runs_in_worker_processes(dist: Path, tmp_path: Path) -> None:
    """Past 256 files a scan moves to worker processes (forkserver children of the frozen
    binary); they must give what the files hold."""
    source = tmp_path / "source"
    source.mkdir()
    photo = (ROOT / "resources/selftest/photo.jpg").read_bytes()
    address = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"
    expected = {}
    for n in range(300):
        data = photo if n % 3 == 0 else f"{n}: pay {address}\n".encode() * (n + 1)
        name = f"f{n:03}.jpg" if n % 3 == 0 else f"f{n:03}.txt"
        (source / name).write_bytes(data)
        expected[f"/{name}"] = hashlib.sha256(data).hexdigest()
    case = tmp_path / "case"
    officer = {"TRIAGE_OFFICER": "PC-2"}
    assert _frozen(dist, tmp_path, "officer", "add", "PC-2", "--name", "Officer Two",
                   "--endorse", "L2").returncode == 0
    assert _frozen(dist, tmp_path, "case", "new", str(case), "--ref", "FROZEN-2",
                   "--authority-type", "warrant", "--authority-ref", "W-2", "--issuer", "Court",
                   "--valid-until", "2099-12-31", "--scope", "all devices",
                   **officer).returncode == 0
    scan = _frozen(dist, tmp_path, "scan", str(source), "--case", str(case), "--jsonl", **officer)
    assert scan.returncode == 0, scan.stderr
    assert "Traceback" not in scan.stderr
    files = {f["path"]: f for f in map(json.loads, scan.stdout.splitlines())
             if f.get("record") == "file"}
    assert {path: f["sha256"] for path, f in files.items() if f["type"] == "file"} == expected
    assert all(f["mime"] == "image/jpeg" for p, f in files.items() if p.endswith(".jpg"))
    counts = {p: f["findings"][0]["count"] for p, f in files.items() if p.endswith(".txt")}
    assert counts == {p: int(p[2:5]) + 1 for p in counts}  # one finding, every occurrence


def test_every_command_is_in_the_frozen_app(dist: Path, tmp_path: Path) -> None:
    """The command modules are bundled from the CLI's registry (imported to build --help)."""
    from triage_app.cli import build_parser

    run = _frozen(dist, tmp_path, "--help")
    assert run.returncode == 0, run.stderr
    commands = build_parser()._subparsers._group_actions[0].choices
    assert all(f"    {name}" in run.stdout for name in commands), run.stdout


def test_a_signed_update_installs_and_a_tampered_one_is_refused(dist: Path, tmp_path: Path) -> None:
    agency_key, agency_pem = openssl_key(tmp_path, "agency")
    folder = write_update(tmp_path / "update")
    made = _frozen(dist, tmp_path, "update", "make", str(folder), "--key", str(agency_key),
                   "--out", str(tmp_path / "good.ftupdate"))
    assert made.returncode == 0, made.stderr
    assert _frozen(dist, tmp_path, "officer", "add", "SGT1", "--name", "S. Sergeant",
                   "--endorse", "SUPERVISOR").returncode == 0
    assert _frozen(dist, tmp_path, "update", "trust", str(agency_pem),
                   "--officer", "SGT1").returncode == 0
    bad = rewrite(tmp_path / "good.ftupdate", tmp_path / "bad.ftupdate",
                  {"payload/hashsets/known.txt": b"0" * 32})
    refused = _frozen(dist, tmp_path, "update", "apply", str(bad))
    assert refused.returncode == 1 and "altered" in refused.stderr
    applied = _frozen(dist, tmp_path, "update", "apply", str(tmp_path / "good.ftupdate"))
    assert applied.returncode == 0 and "installed agency-x 2026.12.1" in applied.stdout


def test_the_window_opens_on_an_x_server(dist: Path, tmp_path: Path) -> None:
    """A real X11 window (xcb and its libraries from the bundle), kept open until stopped."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing (run packaging/setup-debian.sh --dev)")
    read_end, write_end = os.pipe()  # Xvfb picks a free display and writes its number here
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp"],
                            pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end) as numbers:
            display = ":" + numbers.readline().strip()
        clean = ["HOME=" + str(tmp_path), "TRIAGE_APP_HOME=" + str(tmp_path / "app"),
                 "DISPLAY=" + display]
        app = subprocess.Popen(["env", "-i", *clean, str(dist / "triage-app" / "triage-app")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            with pytest.raises(subprocess.TimeoutExpired):
                app.wait(8)  # an app that cannot open its window exits at once
        finally:
            app.terminate()
            out, err = app.communicate(timeout=30)
        log = (tmp_path / "app" / "logs" / "field-triage.log").read_text(encoding="utf-8")
        assert "could not load the Qt platform plugin" not in err + log, err + log
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def test_the_desktop_entry_installs_pointing_at_this_folder(dist: Path, tmp_path: Path) -> None:
    app = dist / "triage-app"
    run = subprocess.run(["bash", str(app / "install-desktop-entry.sh")], capture_output=True,
                         text=True, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr
    entry = (tmp_path / ".local/share/applications/field-triage.desktop").read_text()
    assert f'Exec="{app}/triage-app"' in entry.splitlines()
    assert (tmp_path / ".local/share/icons/hicolor/256x256/apps/field-triage.png").is_file()


def test_the_tarball_holds_the_app_and_a_checksum_of_every_shipped_file(dist: Path) -> None:
    app = dist / "triage-app"
    check = subprocess.run(["sha256sum", "--check", "--strict", "--quiet", "SHA256SUMS"], cwd=app,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    listed = {line.split("  ", 1)[1] for line in (app / "SHA256SUMS").read_text().splitlines()}
    shipped = {p.relative_to(app).as_posix() for p in app.rglob("*")
               if p.is_file() and p.name != "SHA256SUMS"}
    assert listed == shipped
    assert {"triage-app", "share/applications/field-triage.desktop",
            "_internal/magic/magic.mgc", "_internal/bin/ewfacquirestream"} <= listed
    (tarball,) = dist.glob("field-triage-*-linux-*.tar.gz")
    assert (dist / f"{tarball.name}.sha256").read_text().split()[0] == \
        hashlib.sha256(tarball.read_bytes()).hexdigest()
    with tarfile.open(tarball) as archive:
        names = set(archive.getnames())
    assert {"triage-app/triage-app", "triage-app/SHA256SUMS"} <= names
