"""What a person reads: every word, label and unit, and the steps built from the knowledge base.

Templates and terminal views lay these out; they never word a fact, a label or a duration
themselves.
"""
