"""`python -m camreset` runs the same command line as the `camreset` script."""

from camreset.cli.app import main

main()
