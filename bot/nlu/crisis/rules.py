"""Co-occurrence rules over cue groups: meaning in any order, not one sentence per rule.

Danger now needs a situation that is dangerous *and* a sign that it is now (or a sign that
is only ever said now: being held, being hit, "help"); suicide needs one of the words that
carry a wish to die. "It is over" (ik ben nu veilig), "it was long ago" (without a "now") and
"it is a general question" (wanneer bel je 112?) turn a rule off; a figure of speech ("ik
schrok me dood") removes the words it covers."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from bot.nlu.crisis import cues
from bot.nlu.crisis.words import CueIndex, Dictionary, Vocabulary, parse_phrases, phrase_words

GROUPS = {
    name: parse_phrases(getattr(cues, name))
    for name in (
        "DANGER_SAID", "PRESENCE", "HELD", "ATTACK_NOW", "DRUGGED", "THREAT", "FEAR", "NOW",
        "SUICIDE_WEAK", "SUICIDE_STRONG", "SAFE_NOW", "PAST", "QUESTION_ABOUT", "IDIOMS",
        "CALL_FOR_HELP", "NOT_NOW", "SUICIDE_DENIED", "LONG_PAST", "UNSURE_SAFE", "REPEATED", "HURT",
        "NOT_LIFE", "JOKE", "SUICIDE_PAST", "SUICIDE_OTHER", "HELP_SAID", "AT_STAKE", "IMAGES",
    )
}
_VOCABULARY = Vocabulary(
    (w for phrases in GROUPS.values() for w in phrase_words(phrases)),
    exact_only=phrase_words(GROUPS["PAST"] + GROUPS["LONG_PAST"]) + cues.EXACT_ONLY,
    real_words=Dictionary(),
)
_IDIOM_SPAN = 5  # words an idiom covers from where it starts
# "er wordt nu iemand geslagen": the passive leaves room for two words in between.
_LOOSE = frozenset({"ATTACK_NOW"})
# Set expressions: their words must stand together.
_FIXED = frozenset({"QUESTION_ABOUT", "SAFE_NOW", "LONG_PAST", "IDIOMS", "SUICIDE_DENIED", "NOT_NOW",
                    "NOT_LIFE", "JOKE", "AT_STAKE"})


@dataclass
class RuleFindings:
    danger: bool = False
    suicide: bool = False
    weak_danger: bool = False
    weak_suicide: bool = False
    ask_danger: bool = False  # "ik weet niet of ik hier veilig ben": always worth the question
    calm_danger: bool = False  # something says it is not danger now
    over: bool = False  # a past tense and no "now": the classifier alone needs more
    calm_suicide: bool = False  # something says it is no wish to die (now)
    groups: Dict[str, List[int]] = field(default_factory=dict)


_INDEX = CueIndex(GROUPS, _VOCABULARY, _FIXED, _LOOSE)


# Cues of a situation that can be dangerous now; a past tense switches them off only in
# their own clause.
_SITUATION_CUES = ("PRESENCE", "HELD", "ATTACK_NOW", "DRUGGED", "THREAT", "HURT")


def apply(words: Sequence[str], clauses: Optional[Sequence[int]] = None) -> RuleFindings:
    """`clauses`: the clause number of each word (words.tokens_and_clauses); without it the
    message is one clause."""
    groups, phrases = _INDEX.find(words, clauses)
    idiom = _drop_idiom_words(groups)
    _drop_durations(groups, words)
    _drop_denied_attacks(groups, words, clauses)
    _drop_counted_times(groups, phrases, words)
    if "IMAGES" in groups and phrases.get("THREAT", set()) <= cues.GENERIC_THREAT:
        groups.pop("THREAT", None)  # threatened with images only: sextortion, not danger now
    has = lambda *names: any(name in groups for name in names)  # noqa: E731

    now = has("NOW")
    safe = has("SAFE_NOW")
    over = (_past_where_it_matters(groups, clauses) and not now) or has("LONG_PAST")
    general = has("QUESTION_ABOUT") and not now
    not_now = has("NOT_NOW") and not now

    # Said outright ("help", "ik ben in gevaar") counts unless it is over or a question, or
    # every "in gevaar" is said of a thing at stake ("dat de voorstelling in gevaar komt").
    at_stake = set(groups.get("AT_STAKE", []))
    said = bool(set(groups.get("DANGER_SAID", [])) - at_stake) and not (safe or general)
    said = said or (has("HELP_SAID") and not (safe or general) and not (over and not has("NOW", *_SITUATION_CUES)))
    situation = has("HELD", "ATTACK_NOW", "HURT") or (
        has("PRESENCE") and has("FEAR", "NOW", "THREAT")
    ) or (has("DRUGGED") and has("FEAR", "NOW")) or (has("THREAT") and has("NOW", "PRESENCE"))
    # "It was last week" turns the rules off, but is no reason to doubt the classifier:
    # people in danger often tell what happened before ("de man van gisteren volgt me").
    calm_danger = safe or general or not_now or has("LONG_PAST", "JOKE")

    # Someone beside me "nu" is the weakest situation: a past tense anywhere in the message
    # ("ze vertelde gisteren ... ze zit nu naast me") tells a story, not a danger.
    only_someone_here = not has("HELD", "ATTACK_NOW", "HURT", "FEAR", "THREAT", "DRUGGED")
    told_of_the_past = over or (only_someone_here and has("PAST", "REPEATED") and not has("DANGER_SAID"))

    found = RuleFindings(groups=groups, over=over)
    found.calm_danger = calm_danger and not said
    found.danger = said or (situation and not (calm_danger or told_of_the_past))
    found.weak_danger = not found.danger and not (safe or over) and (
        situation or has("PRESENCE", "THREAT", "DRUGGED", "CALL_FOR_HELP", "UNSURE_SAFE") or (has("FEAR") and now)
    )
    found.ask_danger = has("UNSURE_SAFE") and not safe
    denied = has("SUICIDE_DENIED")
    # A wish to die said in the past and clearly over ("vroeger wilde ik dood, nu gaat het
    # beter") is calm; said with "nu" or without a time, it counts.
    found.calm_suicide = denied or safe or general or idiom or (has("SUICIDE_PAST") and not now)
    # Two different weak cues together ("hoeveel paracetamol is dodelijk", "zorg goed voor
    # mijn katten" + a photo of the pier) say more than either alone.
    weak_cues = len(phrases.get("SUICIDE_WEAK", ()))
    # Of someone else, and told as the past ("he used to say he'd kill himself"): no wish now.
    of_someone_else = has("SUICIDE_OTHER") and not _told_as_past(groups, clauses, "SUICIDE_OTHER", over)
    found.suicide = (has("SUICIDE_STRONG") or of_someone_else or weak_cues >= 2) and not found.calm_suicide
    found.weak_suicide = (has("SUICIDE_WEAK", "SUICIDE_STRONG") or of_someone_else) and not found.suicide and not (
        denied or safe or (has("NOT_LIFE") and not has("SUICIDE_STRONG"))
    )
    return found


def _past_where_it_matters(groups: Dict[str, List[int]], clauses: Optional[Sequence[int]]) -> bool:
    """A past tense or "steeds" says it is over, unless the only situation cues stand in
    other clauses: in "iemand trapt mijn deur in, het is mijn ex die me gisteren verkrachtte"
    the kicking is now. With no situation cue at all, a past tense anywhere counts."""
    past = groups.get("PAST", []) + groups.get("REPEATED", [])
    if not past:
        return False
    situation = [i for name in _SITUATION_CUES for i in groups.get(name, [])]
    if clauses is None or not situation:
        return True
    return bool({clauses[i] for i in past} & {clauses[i] for i in situation})


def _told_as_past(groups: Dict[str, List[int]], clauses: Optional[Sequence[int]], name: str, over: bool) -> bool:
    """Is the cue `name` told as the past: a past tense in its own clause ("he used to say
    he'd kill himself")? Not when the past stands elsewhere ("my son searched 'how to hang
    yourself', he was bullied"). Without clauses, whether the message is over."""
    if clauses is None:
        return over
    past = {clauses[i] for kind in ("PAST", "REPEATED", "LONG_PAST") for i in groups.get(kind, [])}
    return bool(past & {clauses[i] for i in groups.get(name, [])})


# "ik box nu 2 jaar", "we zijn nu al maanden samen", "i've been working there for 3 years now":
# how long something has lasted, not a sign that it happens now (a calm story got 112, set V).
# Hours and minutes stay now: "ik zit hier nu 2 uur opgesloten".
_DURATION_UNITS = frozenset({"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "year", "years",
                             "month", "months", "week", "weeks", "days"})
_DURATION_FILLERS = frozenset({"al", "bijna", "ruim", "ongeveer", "zo'n", "zon", "een", "paar", "twee", "drie",
                               "vier", "vijf", "zes", "tien", "for", "about", "almost", "over", "a", "few", "couple",
                               "of", "two", "three", "four", "five", "six", "ten", "many", "several"})


def _drop_durations(groups: Dict[str, List[int]], words: Sequence[str]) -> None:
    """Remove a "nu"/"now" that measures how long something has lasted ("nu al 2 jaar")."""
    kept = []
    for i in groups.get("NOW", []):
        if words[i] in ("nu", "now") and (_duration_after(words, i) or _duration_before(words, i)):
            continue
        kept.append(i)
    _keep_only(groups, "NOW", kept)


# "hij slaat me niet hoor. nooit.", "Hij slaat mij nooit, hij is verder lief" (set W: the 112 answer to
# a wife asking whether it counts within a marriage): the attack denied right after its verb.
_DENIALS = frozenset({"niet", "nooit", "never", "not"})


def _drop_denied_attacks(groups: Dict[str, List[int]], words: Sequence[str], clauses: Optional[Sequence[int]]) -> None:
    """Remove an attack cue denied within three words after it, in its own clause ("slaat me niet";
    never before it: "ik kan niet weg, hij slaat me" is danger)."""
    kept = []
    for i in groups.get("ATTACK_NOW", []):
        after = range(i + 1, min(len(words), i + 4))
        if any(words[j] in _DENIALS and (clauses is None or clauses[j] == clauses[i]) for j in after):
            continue
        kept.append(i)
    _keep_only(groups, "ATTACK_NOW", kept)


# "de laatste 3 keer legt hij zijn hand op mijn borst" counts times (set X: a 113 answer to a woman
# telling of her orthodontist); "de laatste keer" may be a farewell.
_COUNTS = frozenset({"paar", "twee", "drie", "vier", "vijf", "few", "couple", "two", "three"})
_LAST = frozenset({"laatste", "last"})


def _drop_counted_times(groups: Dict[str, List[int]], phrases: Dict[str, set], words: Sequence[str]) -> None:
    counted = {i for i in groups.get("SUICIDE_WEAK", []) if words[i] in _LAST and i + 1 < len(words)
               and (words[i + 1].isdigit() or words[i + 1] in _COUNTS)}
    if not counted:
        return
    _keep_only(groups, "SUICIDE_WEAK", [i for i in groups["SUICIDE_WEAK"] if i not in counted])
    if not any(words[i] in _LAST for i in groups.get("SUICIDE_WEAK", [])):
        phrases.get("SUICIDE_WEAK", set()).difference_update({"laatste keer", "last time"})


def _keep_only(groups: Dict[str, List[int]], name: str, kept: List[int]) -> None:
    if kept:
        groups[name] = kept
    else:
        groups.pop(name, None)


def _duration_after(words: Sequence[str], i: int) -> bool:
    for word in words[i + 1:i + 5]:
        if word in _DURATION_UNITS:
            return True
        if not (word.isdigit() or word in _DURATION_FILLERS):
            return False
    return False


def _duration_before(words: Sequence[str], i: int) -> bool:
    """"for 3 years now": a unit just before "now" with "for" in front."""
    return i >= 2 and words[i - 1] in _DURATION_UNITS and "for" in words[max(0, i - 5):i - 1]


def _drop_idiom_words(groups: Dict[str, List[int]]) -> bool:
    """Remove the cue words a figure of speech covers; True when there was one."""
    covered = {i for start in groups.pop("IDIOMS", []) for i in range(start, start + _IDIOM_SPAN)}
    if not covered:
        return False
    for name in ("SUICIDE_WEAK", "SUICIDE_STRONG", "THREAT", "FEAR"):
        kept = [i for i in groups.get(name, []) if i not in covered]
        if kept:
            groups[name] = kept
        else:
            groups.pop(name, None)
    return True
