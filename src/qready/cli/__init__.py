"""Command-line interface."""


def main() -> None:
    raise SystemExit("qready: the CLI is being built")
