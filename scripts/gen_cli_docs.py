"""Write docs/cli.md, the CLI reference, from the commands' own --help.

    .venv/bin/python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check  # exit 1 when docs/cli.md is out of date

tests/cli/test_cli_docs.py runs the check, so the reference cannot drift from the code.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "cli.md"
WIDTH = 100  # fixed, so the text does not depend on the terminal that runs the script

HEADER = """# lagebild command reference

Generated from the commands' `--help` by `scripts/gen_cli_docs.py`; do not edit by hand.
After changing a command, run `.venv/bin/python scripts/gen_cli_docs.py`.
"""


def _help(command: click.Command, name: str, parent: click.Context | None) -> str:
    context = click.Context(
        command, info_name=name, parent=parent, terminal_width=WIDTH, max_content_width=WIDTH
    )
    return command.get_help(context)


def render() -> str:
    from lagebild.cli import main

    root = click.Context(
        main, info_name="lagebild", terminal_width=WIDTH, max_content_width=WIDTH, **main.context_settings
    )
    sections = [HEADER, "## lagebild\n", "```text\n" + main.get_help(root) + "\n```\n"]
    for name in sorted(main.list_commands(root)):
        command = main.get_command(root, name)
        if command is None or command.hidden:
            continue
        sections += [f"## lagebild {name}\n", "```text\n" + _help(command, name, root) + "\n```\n"]
    return "\n".join(sections)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="only check that docs/cli.md is up to date")
    options = parser.parse_args()
    text = render()
    if options.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date; run: .venv/bin/python scripts/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
