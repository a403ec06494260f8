"""camreset: guides a person, step by step, until a camera that will not factory-reset is reset."""

__version__ = "0.1.0"
