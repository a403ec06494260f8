"""The camera layer between the knowledge base and the generic engine."""

from camreset.core.guide.plan import CameraPlan, compile_plan, priors

__all__ = ["CameraPlan", "compile_plan", "priors"]
