"""Atomic writes: the destination holds the old text or the new text, never a mix; no temporary files left."""

import os

import pytest

from reader.atomic import write_text_atomic
from reader.errors import OutputError


def test_writes_new_file(tmp_path):
    target = tmp_path / "out.md"
    write_text_atomic(target, "héllo\nwörld\n")
    assert target.read_text(encoding="utf-8") == "héllo\nwörld\n"
    assert os.listdir(tmp_path) == ["out.md"]


def test_refuses_existing_file_unless_overwrite(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("keep me")
    with pytest.raises(FileExistsError):
        write_text_atomic(target, "new")
    assert target.read_text() == "keep me"
    write_text_atomic(target, "new", overwrite=True)
    assert target.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.md"]


def test_overwrite_keeps_permissions(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("old")
    target.chmod(0o600)
    write_text_atomic(target, "new", overwrite=True)
    assert target.stat().st_mode & 0o777 == 0o600


def test_failed_rename_leaves_existing_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.md"
    target.write_text("precious")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OutputError, match=r"cannot write .*out\.md: permission denied"):
        write_text_atomic(target, "new", overwrite=True)
    assert target.read_text() == "precious"
    assert os.listdir(tmp_path) == ["out.md"]


def test_failed_write_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "out.md"

    def no_space(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OutputError, match="no space left on device"):
        write_text_atomic(target, "data")
    assert os.listdir(tmp_path) == []


def test_interrupted_write_leaves_no_temp(tmp_path, monkeypatch):
    def interrupt(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(tmp_path / "out.md", "data")
    assert os.listdir(tmp_path) == []


def test_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        write_text_atomic(tmp_path / "no" / "such" / "out.md", "x")


def test_parent_is_a_file(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(OutputError, match="is not a directory"):
        write_text_atomic(tmp_path / "file.txt" / "out.md", "x")


def test_destination_is_a_directory(tmp_path):
    (tmp_path / "dir.md").mkdir()
    with pytest.raises(OutputError, match="it is a directory"):
        write_text_atomic(tmp_path / "dir.md", "x", overwrite=True)
    assert (tmp_path / "dir.md").is_dir()


def test_error_message_has_no_control_characters(tmp_path):
    with pytest.raises(OutputError) as info:
        write_text_atomic(tmp_path / "\x1b[31mred" / "out.md", "x")
    assert "\x1b" not in str(info.value) and "\n" not in str(info.value)
