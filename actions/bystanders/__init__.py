"""Actions for bystanders (omstanders) and naasten. Thin: read the message and slots, ask
knowledge.bystander_coaching / knowledge.coaching / knowledge.find_help, render.

rasa_sdk imports this package by itself (`--actions actions` walks subpackages)."""
