"""Alembic migrations of the session store, shipped in the package and run on start."""
