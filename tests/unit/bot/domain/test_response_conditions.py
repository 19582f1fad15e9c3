"""Rasa picks at random among the conditional variants of a response that match the slots
(rasa/core/nlg/response.py). So for every combination of the slot values the conditions
name, at most one variant may match: otherwise a naaste in English could get the Dutch
words, or the words for a victim, depending on chance."""
import itertools

import yaml

from bot.paths import PROJECT_ROOT


def domain_responses():
    responses = {}
    for path in sorted((PROJECT_ROOT / "bot" / "domain").glob("*.yml")):
        responses.update((yaml.safe_load(path.read_text("utf-8")) or {}).get("responses") or {})
    return responses


def matches(conditions, slots):
    return all(slots.get(c["name"]) == c["value"] for c in conditions)


def test_at_most_one_conditional_variant_matches_any_slots():
    ambiguous = []
    for name, variants in domain_responses().items():
        conditional = [v["condition"] for v in variants if v.get("condition")]
        if len(conditional) < 2:
            continue
        values = {}
        for conditions in conditional:
            for c in conditions:
                values.setdefault(c["name"], {None}).add(c["value"])
        names = sorted(values)
        for combination in itertools.product(*(sorted(values[n], key=str) for n in names)):
            slots = dict(zip(names, combination))
            if sum(matches(conditions, slots) for conditions in conditional) > 1:
                ambiguous.append((name, slots))
    assert ambiguous == []


def test_the_check_sees_two_matching_variants():
    conditional = [[{"name": "language", "value": "en"}],
                   [{"name": "language", "value": "en"}, {"name": "role", "value": "naaste"}]]
    assert sum(matches(c, {"language": "en", "role": "naaste"}) for c in conditional) == 2
