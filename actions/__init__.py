"""Rasa custom actions for Wegwijzer. Thin: read slots, ask `knowledge`, render."""
