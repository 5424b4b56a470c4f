"""``python -m samverkan`` runs the command-line tool."""

from samverkan.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
