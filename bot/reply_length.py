"""How long a reply is, counted the way the rubric counts it: words, with "0800-0113" and
"113.nl" as one word each. Replies stay at most 120 words, 60 for danger or suicide."""
import re

MAX_WORDS = 120
MAX_WORDS_CRISIS = 60
_WORD = re.compile(r"\w+(?:[-'.]\w+)*")


def word_count(text: str) -> int:
    return len(_WORD.findall(text))
