"""The command line's basic contract: help, version, the bundled pair."""

import json
import subprocess
import sys

from reader import __version__
from reader.cli.main import main


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_align_bundled_pair_json(capsys):
    assert main(["align", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for side in ("left", "right"):
        for s in data[side]["sentences"]:
            assert s["text"]
    assert data["links"]


def test_missing_file_is_one_line_exit_2():
    proc = subprocess.run([sys.executable, "-m", "reader", "align", "nope.txt", "nope2.txt"],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0
    assert "Traceback" not in proc.stderr
