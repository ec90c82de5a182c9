"""User-facing errors: each carries one clear sentence and maps to exit code 2 in the CLI."""


class ReaderError(Exception):
    """An error caused by the user's input or environment, reported as one line, never a traceback."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def os_reason(exc: BaseException) -> str:
    """Why an operating-system call failed, for a message: "permission denied", "no space left on device"."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def size_text(n_bytes: int) -> str:
    """A size limit as a message shows it: "20 MB", "0.5 MB" or, under one MB, "500 bytes"."""
    mb = n_bytes / (1024 * 1024)
    return f"{mb:g} MB" if mb >= 1 else f"{n_bytes} bytes"


class InputError(ReaderError):
    """A file, URL or stream that cannot be opened as an article."""


class OutputError(ReaderError):
    """A destination that cannot be written (exports, sessions)."""
