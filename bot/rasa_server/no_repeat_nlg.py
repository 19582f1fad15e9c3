"""Domain responses that never repeat word for word in one conversation (issue 17).

Rasa's templated NLG, with one rule on top: when a response was said before in this
conversation and the domain has `<name>_again` (and `<name>_again2`, ...), the next time
comes in those words, in turn. The crisis answers stay in the domain and in the rules, so
112 and 113 never depend on the action server; only their wording changes the second time.
An answer (`utter_answer_*`, the capabilities, the reply to more of one's story) is not given
in words said before: once its other wordings are used up (at once when it has none), the
person hears `utter_said_before` ("Daar heb ik hierboven al iets over gezegd ..."), in its
own words in turn, instead of the first wording again. Questions, greetings, the answers that carry
112 and 113 (out of scope, the help lines) and the crisis answers are never replaced.

Each message also says the conversation's language (`language`), so a client can show its
own words in that language.

Configured in bot/endpoints.yml as `nlg: type: bot.rasa_server.no_repeat_nlg.NoRepeatNLG`.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.events import BotUttered, Restarted
from rasa.shared.core.trackers import DialogueStateTracker

AGAIN = "_again"
SAID_BEFORE = "utter_said_before"
# Only the long answers: out of scope and the help lines carry 112 and 113, which an answer
# to bad input must always do (tests/e2e/test_fuzz_rasa.py).
REPLACED_WHEN_SAID = ("utter_answer_", "utter_capabilities", "utter_tell_more")


def times_said(tracker: DialogueStateTracker, name: Text) -> int:
    """How often the response `name` was said since the conversation (re)started."""
    count = 0
    for event in tracker.events:
        if isinstance(event, Restarted):
            count = 0
        elif isinstance(event, BotUttered) and (event.metadata or {}).get("utter_action") == name:
            count += 1
    return count


def times_said_before(tracker: DialogueStateTracker) -> int:
    """How often an answer was replaced by `utter_said_before` since the conversation (re)started."""
    count = 0
    for event in tracker.events:
        if isinstance(event, Restarted):
            count = 0
        elif isinstance(event, BotUttered) and (event.metadata or {}).get(SAID_BEFORE):
            count += 1
    return count


def later_wordings(responses: Dict[Text, Any], name: Text) -> List[Text]:
    """`name_again`, `name_again2`, ... as far as the domain has them."""
    found, number = [], 1
    while True:
        candidate = f"{name}{AGAIN}{number if number > 1 else ''}"
        if candidate not in responses:
            return found
        found.append(candidate)
        number += 1


def wording(name: Text, earlier: int, later: List[Text]) -> Text:
    """The first time `name`; after that its later wordings in turn."""
    if earlier == 0 or not later:
        return name
    return later[(earlier - 1) % len(later)]


class NoRepeatNLG(TemplatedNaturalLanguageGenerator):
    def __init__(self, endpoint_config: Any = None, domain: Any = None) -> None:
        super().__init__(domain.responses)
        self._later: Dict[Text, List[Text]] = {}
        self._later_of: Any = None

    def later_wordings_of(self, name: Text) -> List[Text]:
        """Which responses have other wordings: found once per set of responses. Rasa's agent
        sets `responses` again when it loads a model (rasa/core/agent.py), after __init__."""
        if self._later_of is not self.responses:
            self._later = {n: found for n in self.responses if (found := later_wordings(self.responses, n))}
            self._later_of = self.responses
        return self._later.get(name, [])

    async def generate(self, utter_action: Text, tracker: DialogueStateTracker,
                       output_channel: Text, **kwargs: Any) -> Optional[Dict[Text, Any]]:
        later = self.later_wordings_of(utter_action)
        earlier = times_said(tracker, utter_action)
        said_before = (SAID_BEFORE in self.responses and utter_action.startswith(REPLACED_WHEN_SAID)
                       and earlier > len(later))
        if said_before:
            utter_action = wording(SAID_BEFORE, times_said_before(tracker) + 1,
                                   [SAID_BEFORE] + self.later_wordings_of(SAID_BEFORE))
        elif later:
            utter_action = wording(utter_action, earlier, later)
        message = await super().generate(utter_action, tracker, output_channel, **kwargs)
        if message is not None and said_before:
            message[SAID_BEFORE] = True  # kept in the event's metadata: the next one takes other words
        language = tracker.get_slot("language")
        if message is not None and language:
            message["language"] = language  # the page follows it (its own words in English)
        return message
