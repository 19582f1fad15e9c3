"""`python -m bot.rasa_server run --model ...`: Rasa's own command line, after the speedups
and with the conversation's role kept from message to message (role_memory.py)."""
from rasa.__main__ import main

from bot.rasa_server import role_memory, speedups

if __name__ == "__main__":
    speedups.apply()
    role_memory.install()
    main()
