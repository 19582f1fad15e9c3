"""`python -m bot.rasa_server run --model ...`: Rasa's own command line, after the speedups."""
from rasa.__main__ import main

from bot.rasa_server import speedups

if __name__ == "__main__":
    speedups.apply()
    main()
