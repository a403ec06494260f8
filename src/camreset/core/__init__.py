"""The pure core: knowledge base, engine, sessions and every word a person reads.

No I/O and no framework (tests/test_architecture.py checks every import): the same core serves
the web, the terminal and the benchmark, and is tested without a database or a browser.
"""
