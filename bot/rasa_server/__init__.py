"""Rasa's server, started as `python -m bot.rasa_server run ...` (same arguments as
`rasa run`), with the measured fixes of bot/rasa_server/speedups.py applied first."""
