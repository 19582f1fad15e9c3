"""Tell a witness or a naaste from a victim when DIET hears only the incident.

"ik zag dat de regisseur een actrice betastte" and "ons zoontje vertelde dat de buurjongen
hem heeft aangeraakt" are full of victim words, so DIET says `inform` (or is unsure), and
the person would get triage questions about "what happened to you" instead of the 5D
coaching or the advice for naasten. The difference is in the grammar, which count vectors
do not see: the writer saw it happen to someone else, or someone close told the writer;
and nothing happened to the writer. This component (after SituationIntentRescue) turns
`inform`, `ask_for_help` or an unsure `nlu_fallback` into `bystander_witnessing` or
`naaste_confided` when the text has such a cue and no sign that the writer is the target;
and it swaps a witness for a naaste (or back) when the cue says the other. It never touches
the safety intents, questions, or another role DIET chose.
"""
from __future__ import annotations

import re
from typing import Any, Dict

from rasa.engine.graph import GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.intent_override import IntentRuleComponent
from bot.nlu.role_names import tells_a_story

VICTIM_INTENTS = {"inform", "ask_for_help"}
WITNESS_INTENT = "bystander_witnessing"
AFTERWARDS_INTENT = "bystander_afterwards"
REPORT_WISHES = {"melden", "aangifte"}
NAASTE_INTENT = "naaste_confided"
WITNESS_INTENTS = {WITNESS_INTENT, AFTERWARDS_INTENT}
NAASTE_STORY_INTENTS = {NAASTE_INTENT}

_VICTIMS = r"(klasgenote|klasgenoot|meisje|jongen|collega|vrouw|man|leerling|studente|student|teamgenote|teamgenoot)"

# Someone else is the one it happens to, seen or heard by the writer.
_WITNESS = re.compile(
    r"\b((zag|zie|hoorde|gezien|gehoord)(\s+[\w']+){0,4}?\s+(dat|hoe)"
    r"|ik\s+(zag|zie|hoorde|hoor)\s+(een|iemand|de|die|onze|ons|twee|2|drie|3)"
    # heard through a wall: "ik hoor bij de buren elke nacht geschreeuw"
    r"|(ik\s+(hoor|hoorde)|(hoor|hoorde)\s+ik)\s+([\w'-]+\s+){0,5}?(geschreeuw|gegil|gehuil|gesnik|gebonk|gestommel|geluiden|"
    r"ruzie|huilen|gillen|schreeuwen)"
    r"|i\s+(hear|heard)\s+([\w'-]+\s+){0,5}?(screaming|yelling|crying|shouting|banging|fighting)"
    r"|i\s+(hear|heard|can\s+hear)\s+(my|the|our)\s+(neighbou?rs?|downstairs|upstairs)"
    r"|ik\s+(hoor|hoorde)\s+(mijn|mn|de|onze)\s+(buren|bovenburen|onderburen)"
    # something seen, not yet said what: "ik heb vorige week iets gezien waar ik niet van slaap",
    # "ik zie iets gebeuren wat niet deugt" (tuned sets N and S: the victim's triage)
    r"|(ik\s+heb|heb\s+ik)\s+([\w'-]+\s+){0,5}?iets\s+(gezien|gehoord)|ik\s+(zie|zag)\s+iets\s+gebeuren"
    r"|i\s+(saw|witnessed|have\s+seen|'ve\s+seen)\s+something"
    r"|zag\s+ik|zie\s+ik|hoorde\s+ik"
    r"|\b(en|toen|net|laatst)\s+(zag|hoorde)\s+(de|een|die|twee|onze|ons|hoe|dat)"
    r"|als\s+(getuige|omstander)|ik\s+ben\s+(getuige|omstander)"
    r"|i\s+(saw|see|witnessed|watched|noticed)\s+(a|an|the|someone|somebody|how|that|some|our|two|2|three|3)"
    r"|\b(and|then|just)\s+saw\s+(a|an|the|two|our|how|that)"
    r"|as\s+a\s+(witness|bystander))\b"
    # images of someone else going round: "een naaktfoto van een klasgenote"
    rf"|\b(naakt\w*|foto'?s?|filmpjes?|video'?s?|nudes?)\s+van\s+(een|die|dat)\s+{_VICTIMS}\b",
    re.IGNORECASE,
)

# Someone close told the writer: "mijn dochter vertelde", "my sister told me".
RELATIVE = (
    r"(zoon|zoontje|dochter|dochtertje|kind|kindje|kleinkind|kleinzoon|kleindochter|stiefzoon|stiefdochter"
    r"|vriendin|vriend|vriendje|vriendinnetje|zus|zusje|broer|broertje|nicht|nichtje|neef|neefje"
    r"|moeder|vader|partner|vrouw|man|collega|leerling|cliënt|client|buurmeisje|buurjongen"
    r"|son|daughter|child|kid|friend|sister|brother|girlfriend|boyfriend|wife|husband|partner|mum|mom|student)"
)
_NAASTE = re.compile(
    rf"\b(mijn|m'n|mn|ons|onze|my|our)\s+([\w-]+\s+){{0,2}}{RELATIVE}\b([\s,.]+[\w']+){{0,12}}?\s+"
    r"(vertelde|vertelt|verteld|zei|zegt|nam\s+me\s+in\s+vertrouwen|kwam\s+naar\s+mij|told|tells|said|says|confided)\b"
    # it was done to someone close, in so many words: "mijn dochter is aangerand door een ouderejaars"
    rf"|\b(mijn|m'n|mn|my)\s+([\w-]+\s+){{0,2}}{RELATIVE}\b([\s,]+[\w']+){{0,8}}?\s+(is|werd|wordt|was|got|has\s+been)\s+"
    r"([\w-]+\s+){0,12}?(aangerand|verkracht|misbruikt|betast|lastiggevallen|gegrepen|afgeperst|gechanteerd|"
    r"raped|assaulted|abused|groped|harassed|blackmailed)\b"
    # images of someone close: "er staan naaktfoto's van mijn dochter van 14 op internet"
    rf"|\b(naakt[\w']*|foto'?s|fotos|filmpjes?|video'?s?|beelden|nudes?|pics?|photos?|pictures?|videos?)\s+(van|of)\s+"
    rf"(mijn|m'n|mn|my)\s+([\w-]+\s+)?{RELATIVE}\b"
    # "ik ben oma van een meisje van 8", "I'm the father of"
    r"|\bik\s+ben\s+(de\s+)?(moeder|vader|oma|opa|tante|oom|mama|papa|stiefmoeder|stiefvader|pleegmoeder|pleegvader)\s+van\b"
    r"|\bi'?m\s+(the\s+)?(mother|father|mum|mom|dad|grandmother|grandfather|aunt|uncle)\s+of\b",
    re.IGNORECASE,
)

_BODY = (r"(borst|borsten|billen|bil|kont|lichaam|lijf|been|benen|bovenbeen|bovenbenen|dij|dijen|kruis|vagina|penis|"
         r"onderbuik|buik|nek|heup|heupen|taille|rug|onderrug|knie|hals"
         r"|ass|arse|butt|bum|bottom|breasts?|chest|boobs?|thighs?|legs?|crotch|body|waist|hips?|neck)")

# The writer is clearly the one it was done to: a deed with "me" as its object, images of
# the writer, "ik werd aangerand". Strong enough to doubt DIET's naaste or witness (role.py).
_DONE_TO_WRITER = re.compile(
    r"\b(slaat|sloeg|dwingt|dwong|bedreigt|bedreigde|volgt|volgde|chanteert|chanteerde|aanrandde|verkrachtte|"
    r"betastte|misbruikt|misbruikte|duwt|duwde|pakt|pakte|hits|hit|forces|forced|threatens|threatened|follows|"
    r"followed|touches|touched|grabs|grabbed|raped|assaulted|abused|zoende|zoent|kuste|kust|knuffelde|omhelsde|"
    r"kissed|kisses|hugged|hugs|groped|gropes|pinned|cornered)\s+(me|mij)\b"
    r"|\b(foto'?s|naaktfoto'?s|naaktfotos|nudes?|filmpjes?|video'?s?|beelden|pics?|pictures?|photos?)\s+(van|of)\s+(mij|me)\b"
    r"|\bik\s+(ben|werd|word)\s+([\w-]+\s+){0,2}(aangerand|verkracht|betast|misbruikt|lastiggevallen|gechanteerd|"
    r"afgeperst|bedreigd|aangeraakt|gedwongen)\b"
    r"|\bi\s+(was|got|am\s+being)\s+(raped|assaulted|groped|harassed|touched|abused|blackmailed)\b"
    r"|\b(zat|zit|zaten|zitten|kwam|komt|kwamen|friemelde)\s+([\w-]+\s+){0,2}aan\s+(me|mij)\b|\btegen\s+(me|mij)\s+aan\b"
    r"|\bme\s+(aangerand|verkracht|betast|misbruikt|aangeraakt)\b"
    # "mijn oom heeft mij misbruikt toen ik een kind was", "hij heeft me jarenlang betast"
    # and with the doer between: "toen heeft de kapelaan van onze parochie mij jarenlang misbruikt"
    r"|\b(heeft|hebben|had|hadden)\s+([\w-]+\s+){0,7}?(me|mij)\s+([\w-]+\s+){0,4}?(misbruikt|aangerand|verkracht|"
    r"betast|aangeraakt|gedwongen|gechanteerd|afgeperst|lastiggevallen|gefilmd|vastgehouden)\b"
    # extorted with images ("nu wil hij 300 euro anders stuurt hij ze naar mn volgers", "als ik niet
    # betaal"): the writer is the one it is done to, even when the writer sent the pictures first
    r"|\b(anders|or\s+else|otherwise)\s+(stuurt|zet|deelt|post|verspreidt|gooit|sends|posts|shares|leaks)\s+"
    r"(hij|ze|zij|die|he|she|they)\b"
    r"|\b(anders|or\s+else|otherwise)\s+(hij|ze|zij|he|she|they)\s+(stuurt|zet|deelt|post|sends|posts|shares|"
    r"will\s+send|will\s+post|will\s+share|will\s+leak)\b"
    r"|\b(als|if)\s+(ik|i)\s+(niet|don'?t|do\s+not)\s+(betaal|pay)\b"
    r"|\b(dat|that)\s+(ik|i)\s+([\w-]+\s+){0,3}?(moet\s+betalen|must\s+pay|have\s+to\s+pay|need\s+to\s+pay)\b"
    r"|\b(has|had|have)\s+(raped|abused|assaulted|groped|molested|touched)\s+me\b"
    # "toen ik stop zei ging hij door", "i said no": the writer was the one who refused
    r"|\bik\s+(zei|riep|zeg)\s+(nog\s+|duidelijk\s+|steeds\s+)?(nee|stop)\b|\bik\s+(nee|stop)\s+(zei|riep|had\s+gezegd)\b|\bi\s+(said|told\s+him|told\s+her)\s+(no|stop)\b"
    # a hand on the writer's body: "zat aan mijn borsten", "grabbed my ass"
    rf"|\b(aan|op|over|tegen|in|naar|tussen)\s+(mijn|m'n|mn)\s+{_BODY}\b"
    # held by the writer's body, the doer between: "pakt hij me steeds bij mn heupen"
    rf"|\b(pakt|pakte|greep|grijpt|houdt|hield|trekt|trok)\s+([\w-]+\s+){{0,4}}?bij\s+(mijn|mn|m'n)\s+{_BODY}\b"
    # the doer between the verb and "me": "pakt hij me", "zoende die man mij"
    r"|\b(pakt|pakte|grijpt|greep|betast|betastte|zoent|zoende|kust|kuste|duwt|duwde|slaat|sloeg|knijpt|kneep)\s+"
    r"(hij|ze|zij|die\s+[\w-]+|de\s+[\w-]+)\s+(me|mij)\b"
    # called or whistled at the writer: "een man op de fiets riep vieze dingen naar me"
    r"|\b(riep|roept|riepen|roepen|schreeuwde|floot|fluit|siste|sist)\s+([\w-]+\s+){0,4}?naar\s+(me|mij)\b"
    # (not across another "ik" or "iemand": "ik ben bang dat ik iemand heb misbruikt" is one's own deed)
    r"|\b(ik\s+(ben|werd|word)|(werd|word|ben)\s+ik)\s+((?!ik\b|iemand\b|someone\b)[\w-]+\s+){0,8}?(lastig\s+gevallen|lastiggevallen|aangerand|"
    r"verkracht|betast|misbruikt|gegrepen|afgeperst|gechanteerd)\b"
    # also the base form, as people write English who learnt it late: "he touch my hips", "grab my ass"
    rf"|\b(touched|touches|touch|grabbed|grabs|grab|groped|gropes|grope|slapped|slaps|slap|pinched|pinches|pinch|"
    rf"squeezed|squeezes|squeeze|rubbed|rubs|rub|stroked|strokes|stroke)\s+my\s+{_BODY}\b"
    # followed by someone, and told what they want to do to the writer: "fietste hij achter me aan",
    # "zei wat hij met me wilde doen", "told me what he wanted to do to me"
    r"|\b(liep|loopt|liepen|lopen|fietste|fietst|reed|rijdt|rende|rent)\s+([\w-]+\s+){0,3}?achter\s+(me|mij)\s+aan\b"
    r"|\bwat\s+(hij|ze|zij|die)\s+(allemaal\s+)?(met|bij)\s+(me|mij)\s+(wil|wilde|zou\s+willen)\s+doen\b"
    r"|\bwhat\s+(he|she|they)\s+(wanted|wants|would\s+like)\s+to\s+do\s+(to|with)\s+me\b"
    # rubbing past or against the writer: "die collega schuurt steeds langs me", "drukt zich tegen me"
    r"|\b(schuurt|schuurde|wrijft|wreef|drukt|drukte|duwt|duwde)\s+(zich\s+|zichzelf\s+)?([\w-]+\s+){0,4}?"
    r"(langs|tegen)\s+(me|mij)\b|\b(langs|tegen)\s+(me|mij)\s+(aan\s+)?(schuurt|schuurde|wrijft|wreef|drukt|drukte)\b"
    # a body pressed against the writer: "the owner keeps rubbing against me"
    r"|\b(rubbing|rubs|rubbed|rub|pressing|presses|pressed|press|grinding|grinds|grinded)\s+(himself\s+|herself\s+|"
    r"up\s+)?(against|on)\s+me\b"
    # a hand on or under the writer's clothes or body: "zn hand ging onder mn shirt", "raakte hij mn borsten aan"
    rf"|\b(hand|handen|vingers|hands|fingers)\s+([\w-]+\s+){{0,5}}?(onder|in|op|tegen|aan|tussen|under|up|inside|on|"
    rf"between)\s+"
    rf"(mijn|mn|m'n|my)\s+(shirt|t-shirt|broek|rok|jurk|trui|bh|onderbroek|kleren|kleding|skirt|dress|pants|jeans|top|"
    rf"underwear|{_BODY[1:-1]})\b"
    rf"|\b(raakte|raakt|pakte|pakt|betastte|betast|kneep|knijpt|streelde|streelt|greep|grijpt)\s+([\w-]+\s+){{0,3}}?"
    rf"(mijn|mn|m'n)\s+{_BODY}\b"
    # the writer's clothes pulled: "2 jongens trekken mijn broek naar beneden"
    r"|\b(trekt|trekken|trok|trokken|rukt|rukte|rukten|pulled|pulls|yanked)\s+([\w-]+\s+){0,6}?(mijn|mn|m'n|my)\s+"
    r"(broek|rok|jurk|shirt|t-shirt|onderbroek|bh|kleren|pants|trousers|skirt|shorts|underwear)\b"
    # the writer among those it is done to: "een docent zoent ons bij improvisatie-oefeningen"
    r"|\b(zoent|zoende|kust|kuste|betast|betastte|raakt|raakte|knijpt|kneep|kisses|kissed|touches|touched|gropes|"
    r"groped)\s+(ons|us)\b"
    # the writer as the object of an ongoing deed: "a woman kept touching me"
    r"|\b(touching|grabbing|groping|kissing|hugging|harassing|following|pressuring|forcing|filming|stalking)\s+me\b"
    # things sent or said to the writer: "mn trainer appt me de hele tijd dingen als 'je zag er lekker uit'"
    r"|\b(appt|appte|stuurt|stuurde|texts|texted|sends|sent)\s+(me|mij)\s+([\w'-]+\s+){0,3}?(dingen|things)\b"
    # messages of that kind sent to the writer: "mijn trainer stuurt me steeds vieze appjes"
    r"|\b(stuurt|stuurde|stuurden|sturen|appt|appte|sends|sent|keeps\s+sending)\s+(me|mij)\s+([\w-]+\s+){0,3}?"
    r"(rare|vieze|viezige|seksuele|ongepaste|geile|enge|gore|naakt\w*|weird|dirty|sexual|creepy|inappropriate|"
    r"explicit|nude)\b",
    re.IGNORECASE,
)
# The writer may be the one it happens to ("aan mij", "dat ik naar boven moet komen"), the
# clear cases above and these weaker ones: enough to leave DIET's choice alone.
# ("een collega van mij" is possessive: a colleague of mine, not done to me)
_WRITER_MAY_BE_TARGET = re.compile(
    r"\b((?<!van\s)mij|me\s+(aan|vast|betast|aangerand|verkracht|lastig)|(hij|ze|zij|die)\s+me|(aan|tegen)\s+me"
    r"|(dat|hoe)\s+ik|myself|to\s+me|at\s+me"
    # coming for the writer: "die man staat naar me te kijken, hij loopt nu mijn kant op" (set V: read
    # as a witness, so the danger turn lost its 112)
    r"|naar\s+(me|mij)\s+(te\s+)?(kijken|kijkt|staren|staart|lopen|loopt|komen|komt)|(mijn|mn|m'n)\s+kant\s+op"
    r"|achter\s+(me|mij)\s+aan|towards?\s+me|(coming|walking|heading)\s+(for|at)\s+me|my\s+way)\b",
    re.IGNORECASE,
)
# A witness does not tell of a confidence; "vertelde" makes it a naaste's account.
_TOLD = re.compile(r"\b(vertelde|verteld|in\s+vertrouwen|told\s+me)\b", re.IGNORECASE)
# Being told or shown is not being the target: "ze liet het me zien", "vertelde (het) mij".
_SHOWN_OR_TOLD_TO_ME = re.compile(
    r"\b((liet|laat)\s+(het|dat|ze|hem)\s+me\s+zien|(vertelde|vertelt|verteld|zei|zegt)\s+(het\s+)?(mij|me)"
    r"|(mij|me)\s+(verteld|gezegd)|naar\s+mij\s+toe|told\s+me|to\s+me\s+(that|about))\b",
    re.IGNORECASE,
)


def without_told_to_me(text: str) -> str:
    """The text without "vertelde me", "liet het me zien": being told is not being the target."""
    return _SHOWN_OR_TOLD_TO_ME.sub(" ", text)


# The writer says the story told as someone else's is their own: "eerlijk, het gaat over mij",
# "die vriendin ben ik", "it's actually about me". Often said after "ik vraag het voor een vriendin".
_ABOUT_ME = re.compile(
    r"\b((het|dit|dat)\s+(gaat|ging)|(gaat|ging)\s+(het|dit|dat))\s+(eigenlijk\s+|toch\s+|dus\s+|gewoon\s+|echt\s+)?"
    r"(over|om)\s+(mij|mezelf|mijzelf)\b"
    r"|\bik\s+bedoel(de)?\s+(eigenlijk\s+)?(mij|mezelf|mijzelf)\b|\b(die|dat|de)\s+(vriendin|vriend|maat|meisje|jongen)\s+ben\s+ik\b"
    r"|\bhet\s+was\s+(eigenlijk\s+)?(ik|mij)\s*zelf\s*([.!,]|$)|\bit'?s\s+(actually\s+|really\s+)?about\s+me\b"
    r"|\bi\s+(was|am)\s+(talking|asking)\s+about\s+(me|myself)\b|\bthe\s+friend\s+(is|was)\s+me\b"
    r"|\bit\s+(was|is)\s+(actually\s+|really\s+)?me\s*([.!,]|$)",
    re.IGNORECASE,
)


# The writer tells of their own urges or deeds (Stop it Now!'s group), in so many words: "ik merk
# dat ik me aangetrokken voel tot een van de speelsters", "ik word opgewonden van", "ik zoek naar
# plaatjes van meisjes die veel te jong zijn", "ik bleef aandringen", "my own behaviour".
_MINORS = r"(kinderen|kids|minderjarigen|meisjes|meiden|jongens|tieners|children|minors|girls|boys|teens|teenagers)"
_IMAGES = (r"(plaatjes|beelden|foto'?s|fotos|filmpjes|video'?s|streams|livestreams|lives|pictures|images|videos|pics|"
           r"porn|porno)")
_LOOKING = r"(zoek|zoeken|bekijk|bekijken|kijk|kijken|download|downloaden)\w*"
_OWN_DEEDS = re.compile(
    rf"\bik\s+([\w'-]+\s+){{0,6}}?(naar\s+)?{_IMAGES}\s+{_LOOKING}\s+(van|met)\s+([\w-]+\s+){{0,3}}?{_MINORS}\b"
    rf"|\bik\s+([\w'-]+\s+){{0,4}}?{_LOOKING}\s+(naar\s+)?([\w'-]+\s+){{0,3}}?{_IMAGES}\s+(van|met)\s+([\w-]+\s+){{0,3}}?{_MINORS}\b"
    r"|\b(ik\s+(bleef|blijf)|(bleef|blijf)\s+ik)\s+(maar\s+)?(aandringen|doorgaan|pushen|zeuren)\b"
    # a deed of the writer's own, active voice: "heb ik mijn nichtje, ze was 10, misbruikt" (not "ik heb
    # het gevoel dat ik misbruikt ben": passive)
    r"|\b(ik\s+heb|heb\s+ik)\s+((?!(werd|wordt|word|is|ben|gezien|gehoord|zag|hoe)\b)[\w'-]+[\s,.]+){0,10}?"
    r"(misbruikt|aangerand|verkracht|betast|gedwongen)\b"
    r"(?!\s+(ben|werd|word|geweest|is))"
    # someone else's image passed on to others by the writer: "en heb een foto die ze me ooit stuurde
    # doorgestuurd naar 2 vrienden" (to the police or a helper it is no deed: a place is named)
    r"|\b(ik\s+heb|heb\s+ik|en\s+heb)\s+([\w'-]+[\s,]+){0,10}?(doorgestuurd|gedeeld|verspreid|gepost|gezet)\s+"
    r"(naar|in|met|op)\s+([\w'-]+\s+){0,3}?(vrienden|vriend|groep|groepsapp|groepschat|insta|instagram|snapchat|"
    r"snap|internet|tiktok|discord|team|klas|jongens|iedereen|\d+\s+vrienden)\b"
    # ... and with the others before the verb: "heb ik hem naar 2 vrienden gestuurd" (set W); only to
    # a group, never to one friend (a victim may send a message on to one friend for advice)
    r"|\b(ik\s+heb|heb\s+ik|en\s+heb)\s+([\w'-]+[\s,]+){0,6}?(naar|in|met|op)\s+([\w'-]+\s+){0,2}?"
    r"(vrienden|groep|groepsapp|groepschat|klas|jongens|iedereen|team|\d+\s+vrienden)\s+"
    r"(gestuurd|doorgestuurd|gedeeld|verspreid|gepost|gezet)\b"
    r"|\bi\s+(shared|forwarded|posted|sent)\s+(her|his|their|a|the)\s+([\w-]+\s+){0,2}(nudes?|pics?|photos?|pictures?|videos?)\b"
    r"|\b(mijn|m'n|mn)\s+eigen\s+(seksuele\s+)?(gedrag|gevoelens|fantasie|fantasieën|gedachten)\b"
    r"|\bmy\s+own\s+(sexual\s+)?(behaviou?r|urges|feelings|thoughts|fantasies)\b"
    rf"|\bi\s+(keep|kept|have\s+been)\s+(looking|searching|watching)\s+(at|for)?\s*([\w'-]+\s+){{0,3}}?{_IMAGES}\s+of\s+([\w-]+\s+){{0,3}}?{_MINORS}\b"
    r"|\bi\s+kept\s+(pushing|pressuring|insisting)\b"
    # the writer watching the young on a screen, told in two sentences: "ik kijk veel twitch. laatste tijd
    # vooral streams van meiden die echt jong zijn" (set X; a story of one's own, since "ik kijk" is
    # the writer's and the young are named right after)
    r"|\bik\s+(kijk|keek|bekijk|bekeek)\s+[^?!]{0,80}?\b(streams?|livestreams?|lives|filmpjes|video'?s)\b"
    r"[^?!]{0,30}?\bvan\s+(meiden|meisjes|jongens|kinderen|kids)\s+die\s+([\w-]+\s+){0,2}?(te\s+)?jong\b"
    # the writer fears what they are, or has thoughts they do not want: "ben ik nu een pedo?",
    # "toen kreeg ik gedachten die ik niet wil hebben" (set S: asked after the role question)
    r"|\bben\s+ik\s+([\w-]+\s+){0,2}?(een\s+)?(pedo|pedofiel)\b|\bam\s+i\s+([\w-]+\s+)?(a\s+)?(pedo|pedophile|paedophile)\b"
    r"|\b(gedachten|fantasie\w*|seksuele\s+gevoelens)\s+die\s+ik\s+(echt\s+)?niet\s+(wil|wilde|mag)\b"
    r"|\b(thoughts|urges|fantasies|feelings)\s+(that\s+)?i\s+(really\s+)?(don'?t|do\s+not)\s+want\b"
    # the writer crossed someone's line: "een meisje zegt dat ik over haar grens ben gegaan"
    r"|\b(ik|dat\s+ik)\s+(ben\s+|ging\s+)?([\w'-]+\s+){0,2}?over\s+(haar|zijn|hun|iemands)\s+grens(en)?\s+"
    r"((ben|heen)\s+)?(gegaan|ga|ging)\b"
    r"|\bi\s+(crossed|overstepped)\s+(her|his|their|someone'?s)\s+(line|boundar\w+)\b"
    # pressing on when the other said no: "ik word dan boos, blijf aandringen", "ik ben blijven aandringen",
    # "soms ga ik door als ze eigenlijk nee zegt" (never across a "hij"/"ze": "ik zei nee maar hij bleef aandringen")
    r"|\bik\s+((?!hij\b|ze\b|zij\b|die\b)[\w',-]+\s+){0,5}?(blijf|bleef|ben\s+blijven)\s+(maar\s+)?"
    r"(aandringen|doorgaan|pushen|zeuren)\b"
    r"|\b(ik\s+(ga|ging)|(ga|ging)\s+ik)\s+([\w-]+\s+){0,2}?door\s+(als|terwijl|toen|ook\s+als)\s+(ze|zij|hij)\b"
    # a deed on one's conscience, or done to someone: "ik heb iets op mijn geweten", "dat ik iets heel fouts
    # heb gedaan bij mijn vrouw" (not the victim's "heb ik iets fout gedaan?")
    # going on after the other did not want to, pressing, taking a yes for granted: "mijn vrouw wilde
    # geen seks en ik ben toch doorgegaan", "dat ik haar onder druk zet", "ik dacht dat ze het ook wilde"
    # (own-behaviour stories that got the victim's triage or a naaste's script, tuned sets J, R, T)
    r"|\b(wilde|wou|zei)\s+([\w'-]+\s+){0,4}?(geen|niet|nee)\b[^.?!]{0,60}?\b(ik\s+ben|ben\s+ik)\s+([\w-]+\s+){0,2}?"
    r"(doorgegaan|verder\s+gegaan)\b(?!\s+met\b)"
    r"|\b(said\s+no|didn'?t\s+want\s+to)\b[^.?!]{0,60}?\bi\s+(kept\s+going|carried\s+on|didn'?t\s+stop)\b"
    r"|\bik\s+((?!hij\b|ze\b|zij\b|die\b)[\w'-]+\s+){0,3}?(haar|hem|iemand)\s+onder\s+druk\s+(zet|zette|gezet)\b"
    r"|\bi\s+(pressured|pressure|coerced)\s+(her|him|them|someone)\b"
    # "when I was 15 I did sexual things with my little sister" (tuned set J)
    r"|\bi\s+did\s+(sexual|inappropriate)\s+(things|stuff)\s+(with|to)\b"
    r"|\b(ik\s+heb|heb\s+ik)\s+([\w-]+\s+){0,3}?(seksuele|ongepaste)\s+dingen\s+(gedaan\s+)?(met|bij)\b"
    r"|\bik\s+dacht\s+dat\s+(ze|zij|hij)\s+het\s+(ook\s+)?(wilde|wou)\b|\bi\s+thought\s+(she|he)\s+wanted\s+(it|to)\b"
    r"|\b(ik\s+heb|heb\s+ik)\s+([\w-]+\s+){1,3}?op\s+(mijn|mn|m'n)\s+geweten\b"
    r"|\bik\s+([\w'-]+\s+){0,3}?iets\s+([\w-]+\s+){0,2}?(fout|fouts|verkeerd|verkeerds|ergs)\s+(heb\s+)?gedaan\s+"
    r"(bij|met|tegen)\s+(mijn|mn|m'n|haar|hem|een|iemand)\b",
    re.IGNORECASE,
)
# Thoughts, looking or porn of the writer's own, told with the young ("ik merk al een tijdje dat ik
# gedachten heb over meisjes die veel te jong zijn", "my porn habit ... 'teen'"): the first
# messages of this group the words above missed (tuned sets H-S).
_OWN_THOUGHTS = re.compile(
    r"\b(ik\s+(heb|krijg|kreeg|had)|(heb|krijg|kreeg|had)\s+ik|dat\s+ik)\s+([\w'-]+\s+){0,6}?(gedachten|fantasie\w*|"
    r"seksuele\s+gevoelens)\b"
    r"|\bdat\s+ik\s+([\w'-]+\s+){0,8}?naar\s+([\w'-]+\s+){0,5}?(kijk|keek)\b"
    r"|\bi\s+(have|get|got|had|keep\s+having)\s+([\w'-]+\s+){0,4}?(thoughts|fantasies|urges)\b"
    r"|\b(my|mijn|mn|m'n)\s+(porn|porno)\w*"
    # thinking of someone in a way that is not right: "ik merk dat ik aan haar denk op een manier die
    # niet klopt. Seksueel" (set X: a library volunteer about a girl of ten got the victim's triage)
    r"|\bdat\s+ik\s+([\w'-]+\s+){0,4}?aan\s+(haar|hem|die|dat|een)\s+([\w'-]+\s+){0,3}?(denk|dacht)\s+op\s+een\s+"
    r"([\w-]+\s+)?manier\b"
    # the writer watching porn, told with the young: "Ik kijk al jaren veel porno ... meiden die duidelijk
    # minderjarig waren", "i was on a porn forum ... clearly underage" (tuned sets N and P)
    # (only words of how often or how long in between: "ik keek een docu over porno" is no such thing)
    r"|\bik\s+([\w'-]+\s+){0,3}?(kijk|keek|bekijk|bekeek)\s+((al|nu|toen|vaak|veel|steeds|elke|avond|dag|nacht|"
    r"jaren|jaar|soms|ook|wel|best|heel|echt|gewoon|stiekem|meer|te)\s+){0,4}(porno|porn)\w*"
    r"|\bi('ve|\s+have)?\s+(been\s+)?(watching|watch|watched|looking\s+at|was\s+on)\s+(a\s+|some\s+|lots\s+of\s+|"
    r"a\s+lot\s+of\s+)?(porn|porno)\w*",
    re.IGNORECASE,
)
# Having looked, told with porn and the young: "ik zit in een telegram groep voor porno maar er komen fotos
# van meisjes die duidelijk minderjarig zijn ... ik heb gekeken" (set V). Both words are needed.
_LOOKED = re.compile(r"\bik\s+(heb|had)\s+((ze|het|ernaar|er|naar|ook|wel|toch|steeds)\s+){0,3}(bekeken|gekeken)\b"
                     r"|\bi\s+(have\s+|had\s+)?(looked|watched)\b(?!\s+(a|the)\s+(docu|documentary|film|movie))",
                     re.IGNORECASE)
_PORN = re.compile(r"\b(porno|porn)\w*", re.IGNORECASE)
# ...but thoughts of one's own childhood are a victim's: "ik heb nog gedachten aan toen ik een kind was"
_OWN_CHILDHOOD = re.compile(
    r"\b(toen\s+ik|when\s+i\s+was|als\s+kind|as\s+a\s+(kid|child)|vroeger|(mijn|mn|my)\s+(jeugd|childhood))\b",
    re.IGNORECASE)
# Being attracted is only this group's when it is to the young: "ik voel me aangetrokken tot
# mijn trainer" is no worry about one's own behaviour.
_OWN_ATTRACTION = re.compile(
    # present tense: "dat ik opgewonden raakte" can be a victim's shame about the body's reaction
    r"\bdat\s+ik\s+(me\s+|mij\s+)?([\w-]+\s+){0,2}(aangetrokken|opgewonden)\s+(voel|raak|word|ben)\b"
    r"|\b(ik\s+voel|voel\s+ik)\s+(me\s+|mij\s+)?([\w-]+\s+){0,2}(aangetrokken|opgewonden)\b"
    r"|\b(ik\s+(word|raak|ben)|(word|raak|ben)\s+ik)\s+([\w-]+\s+){0,2}(opgewonden|aangetrokken)\s+(van|door|tot)\b"
    r"|\b(i'?m|i\s+am|i\s+feel|i\s+get|i\s+got)\s+([\w-]+\s+){0,2}(attracted|aroused)\s+(to|by)\b",
    re.IGNORECASE,
)
_YOUNG = re.compile(
    r"\b(kind|kinderen|kids?|minderjarig\w*|jonge\s+(meisjes|jongens|kinderen)|te\s+jong|spelers?|speelsters?|"
    r"leerlingen|leerling|pupillen|(1[0-5]|[4-9])\s*(jaar|jarige|jr|yo|years?)|jaar\s+of\s+(zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien)|(are|is|zijn|van|of)\s+(1[0-5]|[4-9])\b|children|child|minors?|"
    r"young\s+(girls|boys|kids)|too\s+young|underage|under\s+age|players?|pupils?|students|teens?|tieners?)\b",
    re.IGNORECASE,
)


# an image of the writer ("filmpjes van mij"), not "ik walg van mezelf"
_OWN_IMAGE = re.compile(
    r"\b((foto'?s?|fotos|filmpjes?|video'?s?|beelden|naakt\w*|plaatjes|pics?|photos?|pictures?|videos?|images?|nudes?)"
    r"\s+([\w-]+\s+){0,2}?(van\s+(mij|mezelf|mijzelf)|of\s+(me|myself))"
    r"|(mijn|mn|m'n|my)\s+(eigen\s+)?(naakt\w*|foto'?s?|fotos|filmpjes?|nudes?|pics?|photos?|pictures?|videos?))\b",
    re.IGNORECASE)


def is_own_behaviour_account(text: str) -> bool:
    """True when the writer tells of their own sexual urges or deeds, not of something done to them."""
    if not text or clearly_done_to_writer(text) or _OWN_IMAGE.search(text):
        return False
    thoughts = (_OWN_THOUGHTS.search(text) or (_LOOKED.search(text) and _PORN.search(text))) \
        and not _OWN_CHILDHOOD.search(text)
    return bool(_OWN_DEEDS.search(text) or ((_OWN_ATTRACTION.search(text) or thoughts) and _YOUNG.search(text)))


# "het gaat over mezelf. over gedachten die ik heb": about the writer's own thoughts or behaviour, not
# a victim's "it's actually about me" (set V: the conversation got the victim's triage).
_OWN_INNER = re.compile(r"\b(gedachten|gedachtes|gevoelens|fantasie\w*|gedrag|thoughts|urges|feelings|fantasies|"
                        r"behaviou?r)\b", re.IGNORECASE)


def says_it_is_about_the_writer(text: str) -> bool:
    return bool(text) and bool(_ABOUT_ME.search(text)) and not _OWN_INNER.search(text)


def clearly_done_to_writer(text: str) -> bool:
    """A deed done to the writer, in so many words ("hij zat aan me", "foto's van mij")."""
    return bool(_DONE_TO_WRITER.search(without_told_to_me(text)))


def writer_is_target(text: str) -> bool:
    """The words make the writer the one it happens to ("aan mij", "dat ik naar boven moet komen")."""
    rest = without_told_to_me(text)
    return bool(_DONE_TO_WRITER.search(rest) or _WRITER_MAY_BE_TARGET.search(rest))


# Seen on a screen: a parent who finds messages on a child's phone discovers, not witnesses ("gister zag
# ik op haar telefoon berichten van hem", "ik zag per ongeluk een chat": the bystander's script, sets P-S).
_ON_A_SCREEN = re.compile(
    r"\b(berichten|berichtjes|chat|chats|appjes|dm'?s|messages|texts|zoekgeschiedenis|search\s+history|screenshots?)\b"
    r"|\b(op|on)\s+(de|zijn|haar|zn|z'n|mijn|mn|his|her|the|my)\s+(telefoon|mobiel|phone|laptop|ipad|tablet|computer|"
    r"scherm|screen)\b"
    r"|\b(op|on)\s+(facebook|insta|instagram|tiktok|snapchat|snap|internet|social\s+media|een\s+foto|a\s+photo)\b",
    re.IGNORECASE,
)


# Marks on someone's body are found, not seen happen: "bij het wassen zag ik blauwe plekken aan de
# binnenkant van haar dijen" is a daughter's discovery (set W: the bystander's script).
_MARKS = re.compile(
    r"\b(plekken|wondjes?|wonden|krassen|zuigplekken?|bloed|bruises?|marks|scratches|hickeys?)\b",  # "blauwe plekken"
    re.IGNORECASE,
)


def is_witness_account(text: str) -> bool:
    """True when the writer saw or heard it happen to someone else."""
    seen = _WITNESS.search(text or "")
    if not seen or _TOLD.search(text):
        return False
    after = text[seen.start():seen.end() + 60]
    if _ON_A_SCREEN.search(after) or _MARKS.search(after):
        return False
    return not writer_is_target(text)


# Someone in the writer's care or circle, told to the writer in so many words: "a 14 year old
# student told me", "een leerling van mij vertelde me".
_TOLD_BY_SOMEONE = re.compile(
    r"\b(a|an|one\s+of\s+my|een|één\s+van\s+mijn)\s+([\w-]+\s+){0,4}?"
    r"(student|pupil|leerling|leerlinge|cliënt|client|patient|patiënt|patiënte|friend|vriend|vriendin|colleague|collega"
    r"|sporter|speler|speelster|teammate|bewoner|bewoonster|kid|kind"
    # one of a group in the writer's care: "een van mijn meisjes, 21 jaar, vertelt vandaag dat" (set X, a salon owner)
    r"|meisjes|meiden|jongens|medewerkers|medewerksters|werknemers|leerlingen|spelers|speelsters|studenten|cliënten"
    r"|bewoners|kinderen|girls|employees|students|players|kids)"
    r"\b([\s,]+[\w']+){0,4}?[\s,]+"
    r"(told\s+me|vertelde\s+(me|mij)|heeft\s+(me|mij)\s+(iets\s+|wat\s+|van\s+alles\s+)?verteld|confided\s+in\s+me"
    r"|(vertelt|vertelde|zei|zegt)\s+((me|mij|tegen\s+(me|mij))\s+)?((vandaag|gisteren|net|vanochtend)\s+)?dat)\b",
    re.IGNORECASE,
)


# Told by "ze"/"hij", the person named before: "al een paar weken zegt ze dat er 's nachts een man
# bij haar in bed komt", "toen zei hij ineens dat". Only where nothing was seen or heard happen: a
# witness also quotes ("ik zag hoe hij haar vastpakte, ze zei dat hij moest stoppen").
_TOLD_BY_PRONOUN = re.compile(
    r"\b((zei|zegt|vertelde|vertelt|zeggen|told|says|said)\s+(ze|hij|zij|she|he)\s+([\w']+\s+){0,2}?(dat|that)"
    r"|(ze|hij|zij|she|he)\s+(zei|zegt|vertelde|vertelt|told\s+me|tells\s+me|said|says)\s+([\w']+\s+){0,2}?(dat|that)"
    # "volgens haar stuurt een teamleider haar foto's" (set W: the bystander's script to a manager)
    r"|volgens\s+(haar|hem)|according\s+to\s+(her|him))\b",
    re.IGNORECASE,
)
# Her own words quoted: "ze zegt steeds 'die man komt 's nachts bij me in bed'": the "me" is hers.
_TOLD_IN_HER_WORDS = re.compile(
    r"\b(ze|hij|zij|she|he)\s+(zei|zegt|vertelde|vertelt|says|said|keeps\s+saying)\s+([\w']+\s+){0,2}?['\"‘“„]"
    r"[^\"’”]{0,120}?\b(me|mij)\b",
    re.IGNORECASE,
)


def is_naaste_account(text: str) -> bool:
    """True when someone close told the writer what happened to them."""
    if not text:
        return False
    told = _NAASTE.search(text) or _TOLD_BY_SOMEONE.search(text) or (
        (_told_by_pronoun(text) or _TOLD_IN_HER_WORDS.search(text)) and not is_witness_account(text))
    return bool(told) and not writer_is_target(text)


_WRITER = re.compile(r"\b(ik|me|mij|mijn|mn|m'n|i|my)\b", re.IGNORECASE)
_DONE_TO_THE_TELLER = re.compile(r"\b(haar|hem|her|him)\b", re.IGNORECASE)


def _told_by_pronoun(text: str) -> bool:
    """What was said is something done to the one who said it ("zegt ze dat er een man bij haar
    in bed komt"), never to the writer: "hij zei dat ik het niet mocht vertellen" and "hij zei dat
    dat bij de behandeling hoorde" are the offender speaking to a victim."""
    found = _TOLD_BY_PRONOUN.search(text)
    if not found:
        return False
    said = " ".join(text[found.end():].split()[:12])
    return bool(_DONE_TO_THE_TELLER.search(said)) and not _WRITER.search(said)


# DIET hears a witness in many stories told in the third person. One in which nothing was seen or
# heard, what happened is named, and the writer is the one it was done to, is the writer's own: "De
# dirigent nam mij na de repetitie mee naar zijn huis ... Daar deed hij dingen met mij" (set X: the
# witness's script to a woman abused as a girl). Not when DIET was sure of the witness.
WITNESS_SURE = 0.8


def _done_to_the_writer_not_seen(intent: Dict[str, Any], message: Message, text: str) -> bool:
    return (float(intent.get("confidence") or 0.0) < WITNESS_SURE and tells_a_story(message.get(ENTITIES))
            and writer_is_target(text) and not _WITNESS.search(text) and not is_naaste_account(text))


OWN_BEHAVIOUR_INTENT = "worried_own_behaviour"
# What DIET may hear in an own-behaviour account: a story, a doubt, not a question of its own.
HEARD_IN_OWN_ACCOUNT = VICTIM_INTENTS | WITNESS_INTENTS | NAASTE_STORY_INTENTS | {
    "tell_more", "feeling_doubt", "helper_doubt"}


def corrected_intent(message: Message) -> str | None:
    intent = message.get(INTENT) or {}
    name = intent.get("name")
    text = message.get(TEXT) or ""
    unsure = name == DEFAULT_NLU_FALLBACK_INTENT_NAME and intent.get("confidence", 0) < 1.0
    # The writer's own urges are Stop it Now!'s, whatever DIET heard ("ik merk dat ik me
    # aangetrokken voel tot een van de spelers" was a witness); and Stop it Now! is never the
    # answer to something done to the writer ("my host dad ... hugged me from behind").
    if (name in HEARD_IN_OWN_ACCOUNT or unsure) and is_own_behaviour_account(text):
        return OWN_BEHAVIOUR_INTENT
    if name == OWN_BEHAVIOUR_INTENT and clearly_done_to_writer(text) and not is_own_behaviour_account(text):
        return "ask_for_help"
    # Told is not seen, and seen is not told: "mijn leerling vertelde me ..." is a naaste's
    # account even when DIET heard a witness, "ik zag dat ..." a witness's even when it heard a naaste.
    if name in WITNESS_INTENTS | NAASTE_STORY_INTENTS | {"tell_more"} and says_it_is_about_the_writer(text):
        return "ask_for_help"  # "ok eerlijk, het gaat over mij": the writer's own story after all
    if name in WITNESS_INTENTS and _done_to_the_writer_not_seen(intent, message, text):
        return "ask_for_help"
    if name in WITNESS_INTENTS and is_naaste_account(text):
        return NAASTE_INTENT
    if name in NAASTE_STORY_INTENTS and is_witness_account(text):
        return WITNESS_INTENT
    if name not in VICTIM_INTENTS and not unsure:
        return None
    if is_naaste_account(text):
        return NAASTE_INTENT
    if is_witness_account(text):
        # "zag een naaktfilmpje van een klasgenoot, waar meld ik dat": where to go afterwards
        wishes = {e.get("value") for e in message.get(ENTITIES) or [] if e.get("entity") == "wish"}
        return AFTERWARDS_INTENT if wishes & REPORT_WISHES else WITNESS_INTENT
    return None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class RoleCueCorrection(IntentRuleComponent, GraphComponent):
    def intent_for(self, message: Message) -> Dict[str, Any] | None:
        corrected = corrected_intent(message)
        return {"name": corrected} if corrected else None
