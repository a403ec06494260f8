"""core/kb."""
