"""User-facing errors: each carries one clear sentence and maps to exit code 2 in the CLI."""


class ReaderError(Exception):
    """An error caused by the user's input or environment, reported as one line, never a traceback."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(ReaderError):
    """A file, URL or stream that cannot be opened as an article."""


class OutputError(ReaderError):
    """A destination that cannot be written (exports, sessions)."""
