"""Which group's script a reply belongs to, from the opening lines of the scripts themselves
(domain responses and the naaste coaching), in Dutch and English. Used to count blind
conversations in which someone got another group's script ("Fijn dat diegene jou in
vertrouwen nam" to a victim, "Wanneer is het gebeurd?" to a naaste)."""
from __future__ import annotations

from typing import Dict, Iterable, Set

import yaml

from bot.paths import PROJECT_ROOT

_DOMAIN = PROJECT_ROOT / "bot" / "domain"
_SCRIPT_RESPONSES = {
    "victim_triage": ("triage_responses.yml", ("utter_ask_incident", "utter_ask_time_bucket", "utter_ask_setting")),
    "bystander": ("bystanders.yml", ("utter_bystander_safety",)),
}
# Scripts that do not fit a group of the blind sets. A professional may well get the naaste's
# advice (someone confided in them); nobody but a victim should get the victim's triage.
# Since 6 December also Stop it Now!'s script for someone worried about their own behaviour,
# which nobody else should get ("mijn oom heeft mij misbruikt" got it).
WRONG_FOR_GROUP: Dict[str, Set[str]] = {
    "victim": {"naaste", "bystander", "own_behaviour"},
    "naaste": {"victim_triage", "bystander", "own_behaviour"},
    "bystander": {"victim_triage", "naaste", "own_behaviour"},
    "own_behaviour": {"victim_triage", "naaste", "bystander"},
    "professional": {"victim_triage", "bystander", "own_behaviour"},
}


def _openings() -> Dict[str, Set[str]]:
    found: Dict[str, Set[str]] = {}
    for script, (file_name, names) in _SCRIPT_RESPONSES.items():
        responses = yaml.safe_load((_DOMAIN / file_name).read_text("utf-8"))["responses"]
        found[script] = {variant["text"].splitlines()[0].strip() for name in names for variant in responses[name]}
    # the own-behaviour answers: the opening line of each wording that sends to Stop it Now!
    found["own_behaviour"] = set()
    own = (("triage_responses.yml", "utter_answer_own_behaviour"), ("telling_more.yml", "utter_tell_more"))
    for file_name, name in own:
        for variant in yaml.safe_load((_DOMAIN / file_name).read_text("utf-8"))["responses"][name]:
            if "Stop it Now" in variant["text"]:
                found["own_behaviour"].add(variant["text"].splitlines()[0].strip())
    naasten = yaml.safe_load((PROJECT_ROOT / "knowledge" / "coaching" / "naasten.yaml").read_text("utf-8"))
    found["naaste"] = set(naasten["respond"]["title"].values())
    return found


OPENINGS = _openings()


def scripts_in(texts: Iterable[str]) -> Set[str]:
    """The scripts whose opening line starts one of `texts` (or a line of one)."""
    lines = {line.strip() for text in texts for line in (text or "").splitlines()}
    return {script for script, openings in OPENINGS.items() if lines & openings}


def wrong_scripts(group: str, texts: Iterable[str]) -> Set[str]:
    return scripts_in(texts) & WRONG_FOR_GROUP.get(group, set())
