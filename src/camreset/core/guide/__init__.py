"""The camera layer between the knowledge base and the generic engine."""
