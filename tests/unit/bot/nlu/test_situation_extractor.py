"""SituationExtractor on the real Dutch spaCy pipeline: incident, setting, wish, d_method and
about_child from messages written the way people write them."""
import time

import pytest
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu import situation_patterns
from bot.nlu.entity_rules import compile_rule
from bot.nlu.situation_extractor import SituationExtractor, SituationMatcher, preferred


@pytest.fixture(scope="module")
def matcher():
    return SituationMatcher()


def found(nlp, matcher, text):
    """{entity type: [values]} in the order the component gives them."""
    # Rasa's SpacyNLP lower-cases before spaCy (case_sensitive: false); do the same.
    result = {}
    for e in matcher.extract(nlp(text.lower())):
        result.setdefault(e.entity, []).append(e.value)
    return result


# (message, {entity type: exact set of values expected for that type})
CASES = [
    # --- issue 18: which church, which city, no police; other faiths are no church
    ("het gebeurde in onze christelijke gereformeerde kerk", {"setting": {"kerk"}, "church": {"gereformeerd"}}),
    ("de pastoor van onze parochie", {"setting": {"kerk"}, "church": {"rooms_katholiek"}}),
    ("een ouderling in de hersteld hervormde kerk", {"setting": {"kerk"}, "church": {"gereformeerd"}}),
    ("bij de pinkstergemeente", {"church": {"evangelisch"}}),
    ("de imam van de moskee zat aan me", {"setting": set(), "church": set()}),
    ("in de synagoge na de dienst", {"setting": set()}),
    ("ik werd nageroepen op straat in rotterdam", {"setting": {"straat"}, "municipality": {"Rotterdam"}}),
    ("ik wil niet naar de politie", {"wish": {"geen_politie"}}),
    ("at his place i told him i wanted to leave but he kept going", {"incident": {"aanranding"}}),
    ("i said stop and he did not stop", {"incident": {"aanranding"}}),
    # wanting to stop, and the other went on (written for the pattern, set L's turn is not copied)
    ("in de auto wilde ik stoppen maar hij bleef gewoon doorgaan", {"incident": {"aanranding"}}),
    ("i wanted to stop but he kept going", {"incident": {"aanranding"}}),
    ("ik wil stoppen met hockey", {"incident": set()}),
    # "na school" is a time of day: the job is the place (set S)
    ("ik werk na school bij de bakker en de baas zit steeds aan me", {"setting": {"werk"}}),
    ("na school in de fietsenstalling pakte een jongen uit mijn klas me vast", {"setting": {"school"}}),
    ("ik wil de politie er niet bij hebben", {"wish": {"geen_politie"}}),
    ("i don't want the police involved", {"wish": {"geen_politie"}}),
    ("lezen vind ik heel moeilijk", {"simple_language": {"ja"}}),
    ("kun je makkelijke woorden gebruiken", {"simple_language": {"ja"}}),
    # --- incident: verkrachting
    ("ik ben verkracht", {"incident": {"verkrachting"}}),
    ("Ik ben gisteren VERKRACHT door iemand die ik kende", {"incident": {"verkrachting"}}),
    ("ik denk dat ik verkragt ben", {"incident": {"verkrachting"}}),
    ("hij verkrachtte me na het feest", {"incident": {"verkrachting"}, "setting": {"uitgaan"}}),
    ("hij heeft me gedwongen tot seks", {"incident": {"verkrachting"}}),
    ("we hadden seks terwijl ik het niet wilde", {"incident": {"verkrachting"}}),
    ("seks tegen mijn wil", {"incident": {"verkrachting"}}),
    ("i was raped last weekend", {"incident": {"verkrachting"}}),
    ("ik zei nee maar hij ging gewoon door", {"incident": {"verkrachting"}}),
    ("is het verkrachting als ik te dronken was om nee te zeggen", {"incident": {"verkrachting"}}),
    # --- aanranding
    ("ik ben aangerand", {"incident": {"aanranding"}}),
    ("ik ben aangerant in het park", {"incident": {"aanranding"}, "setting": {"straat"}}),
    ("mijn trainer zit aan me", {"incident": {"aanranding"}, "setting": {"sport"}}),
    ("hij zat steeds aan me en ik durfde niks te zeggen", {"incident": {"aanranding"}}),
    ("iemand greep me in mijn kruis in de trein", {"incident": {"aanranding"}, "setting": {"ov"}}),
    ("ik werd betast in een drukke tram", {"incident": {"aanranding"}, "setting": {"ov"}}),
    ("hij heeft iets tegen mijn wil gedaan", {"incident": {"aanranding"}}),
    ("mijn oom heeft me misbruikt toen ik klein was", {"incident": {"aanranding"}, "setting": {"thuis"}}),
    ("he groped me at a party", {"incident": {"aanranding"}, "setting": {"uitgaan"}}),
    ("i was sexually assaulted at work", {"incident": {"aanranding"}, "setting": {"werk"}}),
    ("hij stak zijn hand onder mijn rok", {"incident": {"aanranding"}}),
    # negation: not raped, but touched
    ("ik ben niet verkracht maar hij heeft wel aan me gezeten", {"incident": {"aanranding"}}),
    ("het was geen verkrachting, hij heeft me betast", {"incident": {"aanranding"}}),
    # doubt is not a negation
    ("ik weet niet of het verkrachting was", {"incident": {"verkrachting"}}),
    # --- drogering
    ("ik weet niet wat er gebeurd is", {"incident": {"drogering"}}),
    ("ik weet niet meer wat er met me is gebeurd die nacht", {"incident": {"drogering"}}),
    ("ik denk dat iemand iets in mijn drankje heeft gedaan", {"incident": {"drogering"}}),
    ("ik ben gedrogeerd in de club", {"incident": {"drogering"}, "setting": {"uitgaan"}}),
    ("ik werd wakker zonder kleren en kan me niks herinneren", {"incident": {"drogering"}}),
    ("someone spiked my drink", {"incident": {"drogering"}}),
    ("ik had een black-out na 2 drankjes", {"incident": {"drogering"}}),
    # --- online_beelden
    ("er staan naaktfoto's van mij online", {"incident": {"online_beelden"}, "setting": {"online"}}),
    ("mijn ex heeft mijn nudes verspreid", {"incident": {"online_beelden"}, "setting": {"thuis", "online"}}),
    ("er gaan filmpjes van mij rond op school", {"incident": {"online_beelden"}, "setting": {"school"}}),
    ("iemand heeft een deepfake van me gemaakt", {"incident": {"online_beelden"}}),
    ("hij heeft het online gezet", {"incident": {"online_beelden"}, "setting": {"online"}}),
    ("my nudes leaked", {"incident": {"online_beelden"}}),
    ("er is een sextape van ons in de groepsapp gedeeld", {"incident": {"online_beelden"}}),
    # --- sextortion
    ("hij chanteert me met naaktfoto's", {"incident": {"sextortion"}}),
    ("hij dreigt mijn naaktfoto's te verspreiden als ik niet betaal", {"incident": {"sextortion"}}),
    ("iemand op insta wil geld anders stuurt hij mijn foto's naar mijn ouders",
     {"incident": {"sextortion"}, "setting": {"online"}}),
    ("ik word afgeperst met een filmpje", {"incident": {"sextortion"}}),
    ("sextortion", {"incident": {"sextortion"}}),
    # --- intimidatie
    ("ik krijg steeds ongewenste opmerkingen van mijn baas", {"incident": {"intimidatie"}, "setting": {"werk"}}),
    ("ik werd nagefloten op straat", {"incident": {"intimidatie"}, "setting": {"straat"}}),
    ("ik kreeg ongevraagd een dickpic op snapchat", {"incident": {"intimidatie"}, "setting": {"online"}}),
    ("hij stuurt me ongevraagde naaktfoto's", {"incident": {"intimidatie"}}),
    ("een man riep me allemaal dingen na", {"incident": {"intimidatie"}}),
    ("mijn collega maakt steeds seksuele opmerkingen", {"incident": {"intimidatie"}, "setting": {"werk"}}),
    ("ik word lastiggevallen door een jongen uit mijn klas", {"incident": {"intimidatie"}, "setting": {"school"}}),
    ("someone keeps harassing me online", {"incident": {"intimidatie"}, "setting": {"online"}}),
    # --- settings
    ("het gebeurde bij ons thuis", {"setting": {"thuis"}}),
    ("mijn stiefvader komt 's nachts op mijn kamer", {"setting": {"thuis"}}),
    ("mijn vriend dwingt me tot dingen", {"setting": {"thuis"}}),
    ("in mijn relatie", {"setting": {"thuis"}}),
    ("op mijn werk", {"setting": {"werk"}}),
    ("mijn leidinggevende zit aan me", {"setting": {"werk"}, "incident": {"aanranding"}}),
    ("at work", {"setting": {"werk"}}),
    ("mijn leraar stuurt me berichtjes", {"setting": {"school"}}),
    ("het gebeurde op mijn stage", {"setting": {"school"}}),
    ("bij de ontgroening van mijn studentenvereniging", {"setting": {"studentenleven"}}),
    ("in mijn studentenhuis", {"setting": {"studentenleven"}}),
    ("in de kleedkamer bij voetbal", {"setting": {"sport"}}),
    ("de dominee van onze kerk", {"setting": {"kerk"}}),
    ("de pastoor", {"setting": {"kerk"}}),
    ("een regisseur bij het theater", {"setting": {"cultuur"}}),
    ("op mijn dansschool", {"setting": {"cultuur"}}),
    ("mijn huisarts heeft me betast", {"setting": {"zorg"}, "incident": {"aanranding"}}),
    ("een verpleegkundige in het ziekenhuis", {"setting": {"zorg"}}),
    ("op straat", {"setting": {"straat"}}),
    ("in de metro", {"setting": {"ov"}}),
    ("op het station", {"setting": {"ov"}}),
    ("op een festival", {"setting": {"uitgaan"}}),
    ("in de kroeg", {"setting": {"uitgaan"}}),
    ("via instagram", {"setting": {"online"}}),
    ("op tiktok", {"setting": {"online"}}),
    ("online", {"setting": {"online"}}),
    # what people write at length, with the details spread over the message
    ("we hadden seks en ik wilde eigenlijk niet", {"incident": {"verkrachting"}}),
    ("hij heeft tijdens de seks stiekem het condoom afgedaan", {"incident": {"verkrachting"}}),
    ("als ik geen zin heb doet hij het toch", {"incident": {"aanranding"}}),
    ("we zoenden en toen ging hij verder, ik zei stop maar hij luisterde niet",
     {"incident": {"aanranding"}, "d_method": set()}),
    ("hij stak zijn vingers in me terwijl ik sliep", {"incident": {"verkrachting"}}),
    ("ik wilde geen seks, ik zei nee maar hij stopte niet", {"incident": {"verkrachting"}}),
    ("er is op de camping iets gebeurd wat ik echt niet wilde", {"incident": {"aanranding"}}),
    ("in de bus drukte een man zich tegen me aan en wreef tegen me aan",
     {"incident": {"aanranding"}, "setting": {"ov"}}),
    ("bij de ontgroening moesten we ons uitkleden", {"incident": {"aanranding"},
                                                      "setting": {"studentenleven"}}),
    ("ik had maar 2 wijntjes op en toen werd alles zwart", {"incident": {"drogering"}}),
    ("ik stuurde hem foto's zonder kleren en nu zegt hij dat hij ze naar al mijn volgers "
     "stuurt als ik niet betaal", {"incident": {"sextortion"}}),
    ("ze hebben me onder de douche in de kleedkamer gefilmd", {"incident": {"online_beelden"},
                                                                 "setting": {"sport"}}),
    ("mijn foto's staan op een pornosite", {"incident": {"online_beelden"}}),
    ("hij maakt steeds opmerkingen over mijn borsten", {"incident": {"intimidatie"}}),
    ("mijn zangleraar gaat over mijn grenzen", {"incident": {"intimidatie"}}),
    ("in de trein zat een man zichzelf aan te raken", {"incident": {"intimidatie"},
                                                        "setting": {"ov"}}),
    # a naaste: the family member is the one harmed, home is not the setting
    ("mijn zus is op een feest gedrogeerd", {"incident": {"drogering"}, "setting": {"uitgaan"}}),
    ("mijn vrouw is verkracht, hoe help ik haar", {"incident": {"verkrachting"}, "setting": set()}),
    ("haar stiefvader komt 's nachts op haar kamer", {"setting": {"thuis"}}),
    ("haar ex heeft haar gedwongen", {"incident": {"aanranding"}, "setting": {"thuis"}}),
    # several settings: all of them
    ("mijn trainer appt me de hele tijd", {"setting": {"sport", "online"}}),
    # --- wishes
    ("ik wil alleen praten", {"wish": {"praten"}}),
    ("ik wil gewoon mijn verhaal kwijt", {"wish": {"praten"}}),
    ("ik wil het melden bij school", {"wish": {"melden"}, "setting": {"school"}}),
    ("ik wil aangifte doen", {"wish": {"aangifte"}}),
    ("moet ik naar de politie", {"wish": {"aangifte"}}),
    ("ik wil geen aangifte doen maar wel met iemand praten", {"wish": {"praten"}}),
    ("ik ben bang dat ik zwanger ben", {"wish": {"medisch"}}),
    ("ik wil een soa test", {"wish": {"medisch"}}),
    ("waar haal ik de morning-after pil", {"wish": {"medisch"}}),
    ("ik wil naar de huisarts", {"wish": {"medisch"}}),
    ("hoe krijg ik die foto's van internet af", {"wish": {"beelden_verwijderen"}, "setting": {"online"}}),
    ("ik wil dat de beelden verwijderd worden", {"wish": {"beelden_verwijderen"}}),
    ("kan ik anoniem melden", {"wish": {"anoniem", "melden"}}),
    ("ik wil een advocaat", {"wish": {"juridisch"}}),
    ("kan ik schadevergoeding krijgen", {"wish": {"schadevergoeding"}}),
    ("ik wil een gesprek met de dader", {"wish": {"bemiddeling"}}),
    ("wat is herstelbemiddeling", {"wish": {"bemiddeling"}}),
    ("ik wil er niet over praten", {}),
    # --- d_method (bystanders)
    ("ik zou afleiden", {"d_method": {"afleiden"}}),
    ("ik zou vragen hoe laat het is", {"d_method": {"afleiden"}}),
    ("een gesprek beginnen met het meisje", {"d_method": {"afleiden"}}),
    ("ik ga tussen ze in staan", {"d_method": {"afleiden"}}),
    ("iemand erbij halen", {"d_method": {"delegeren"}}),
    ("ik zou de conducteur roepen", {"d_method": {"delegeren"}, "setting": {"ov"}}),
    ("de beveiliging waarschuwen", {"d_method": {"delegeren"}}),
    ("ik zou het filmen", {"d_method": {"documenteren"}}),
    ("opnemen met mijn telefoon", {}),
    ("ik zou het opnemen met mijn telefoon", {"d_method": {"documenteren"}}),
    ("ik zou achteraf vragen of het goed gaat met haar", {"d_method": {"achteraf_steunen"}}),
    ("daarna naar haar toe gaan en vragen hoe het gaat", {"d_method": {"achteraf_steunen"}}),
    ("ik zou zeggen dat hij moet stoppen", {"d_method": {"direct_aanspreken"}}),
    ("hem aanspreken", {"d_method": {"direct_aanspreken"}}),
    ("ik zou niet filmen", {}),
    ("ik laat expres mijn koffie vallen", {"d_method": {"afleiden"}}),
    ("gewoon zeggen: kap daarmee", {"d_method": {"direct_aanspreken"}}),
    ("i would tell the bus driver", {"d_method": {"delegeren"}}),
    ("na afloop naar haar toe gaan", {"d_method": {"achteraf_steunen"}}),
    # --- about_child
    ("mijn dochter van 13 is aangerand", {"about_child": {"ja"}, "incident": {"aanranding"}}),
    ("mijn zoon wordt gechanteerd", {"about_child": {"ja"}, "incident": {"sextortion"}}),
    ("mijn leerling vertelde me iets", {"about_child": {"ja"}}),
    ("ik zag een meisje van 13 in de bus die werd lastiggevallen",
     {"about_child": {"ja"}, "setting": {"ov"}, "incident": {"intimidatie"}}),
    ("een 14-jarige jongen werd betast", {"about_child": {"ja"}}),
    ("my daughter was groped", {"about_child": {"ja"}}),
    ("ik ben een meisje van 15", {"about_child": set()}),
    ("ik ben 14 en een jongen van 17 stuurt me dingen", {"about_child": set()}),
    ("toen ik een kind was", {"about_child": set()}),
    ("een vrouw van 34 werd nageroepen", {"about_child": set()}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_situation_entities(nlp, matcher, text, expected):
    result = found(nlp, matcher, text)
    for entity, values in expected.items():
        assert set(result.get(entity, [])) == values, (entity, result)
    if not expected:
        assert not {k: v for k, v in result.items() if k in ("incident", "wish", "d_method")}


# Values that must NOT come out of these messages.
NOT_FOUND = [
    ("ik wil er niet over praten", "wish", "praten"),
    ("ik wil niet naar de politie", "wish", "aangifte"),
    ("het was niet op school", "setting", "school"),
    ("ik ben nu thuis, het gebeurde in de trein", "setting", "thuis"),
    ("ik wil naar de huisarts", "setting", "zorg"),
    ("hij dreigt mijn foto's te verspreiden", "incident", "online_beelden"),
    ("ik kreeg een ongevraagde naaktfoto", "incident", "online_beelden"),
    ("hij heeft me gefilmd", "d_method", "documenteren"),
    ("ik weet niet wat ik moet doen", "incident", "drogering"),
    ("wat kan ik doen", "incident", "drogering"),
    ("kan ik contact opnemen met iemand", "d_method", "documenteren"),
    ("waar kan ik hier in de buurt terecht", "setting", "straat"),
    ("verwijder mijn gesprek", "wish", "beelden_verwijderen"),
    ("de conducteur roepen", "d_method", "direct_aanspreken"),
    ("seks tegen mijn wil", "incident", "aanranding"),
    ("mijn vriendin heeft me iets verteld", "setting", "thuis"),
    ("kan ik als familielid ook met iemand praten", "setting", "thuis"),
    ("ik wil mijn gesprek laten verwijderen", "wish", "beelden_verwijderen"),
    ("vertellen ze het aan de politie als ik bel", "d_method", "delegeren"),
    ("waar kan ik hulp krijgen als ouder", "d_method", "delegeren"),
    ("is er steun voor getuigen", "d_method", "achteraf_steunen"),
    ("praat ik met een robot", "wish", "praten"),
    ("ik snap afleiden niet", "setting", "online"),
    ("hij dreigt mijn naaktfoto's naar mijn familie te sturen", "setting", "thuis"),
    ("hij dreigt mijn naaktfoto's naar mijn familie te sturen", "incident", "online_beelden"),
    ("kan ik sporen laten vastleggen", "d_method", "documenteren"),
    ("kan ik veilig thuis bellen over mijn buurmeisje", "setting", "thuis"),
    ("mijn zus heeft me net verteld wat er gebeurd is", "setting", "thuis"),
    ("ik ben haar moeder en weet niet wat ik moet doen", "setting", "thuis"),
    ("what happens at a sexual assault centre", "incident", "aanranding"),
    ("ik schrijf op hoe laat het was en waar", "d_method", "afleiden"),
    ("ik vraag of ze mee gaat naar de wc", "d_method", "achteraf_steunen"),
    ("ik zie een man een vrouw filmen onder haar rok", "d_method", "documenteren"),
    ("we keken een film en toen gebeurde het", "setting", "cultuur"),
    ("ik was buiten westen", "setting", "straat"),
]


@pytest.mark.parametrize("text, entity, value", NOT_FOUND)
def test_not_found(nlp, matcher, text, entity, value):
    assert value not in found(nlp, matcher, text).get(entity, [])


def test_preferred_setting_is_the_most_specific_and_comes_last(nlp, matcher):
    result = found(nlp, matcher, "mijn trainer heeft me op het feest aangerand en daarna geappt")
    assert set(result["setting"]) == {"sport", "uitgaan", "online"}
    assert preferred("setting", result["setting"]) == "sport"
    # Rasa fills a text slot with the last value of an entity type
    assert result["setting"][-1] == "sport"


@pytest.mark.parametrize("text, setting", [
    ("na de voorstelling kwam de regisseur de kleedkamer in en zat aan me", ["cultuur"]),
    ("in the locker room of the theatre the director touched me", ["cultuur"]),
    ("in de kleedkamer bij het koor zat de dirigent aan me", ["cultuur"]),
    ("in de kleedkamer zat de trainer aan me", ["sport"]),  # a trainer is sport's own word
    ("in de kleedkamer zat hij aan me", ["sport"]),  # the dressing room alone still names sport
])
def test_a_dressing_room_gives_way_to_the_setting_it_belongs_to(nlp, matcher, text, setting):
    assert found(nlp, matcher, text).get("setting") == setting


def test_preferred_incident_is_the_physical_one(nlp, matcher):
    result = found(nlp, matcher, "hij heeft me verkracht en gefilmd en nu staat het online")
    assert set(result["incident"]) == {"verkrachting", "online_beelden"}
    assert result["incident"][-1] == "verkrachting"
    assert preferred("incident", []) is None


def test_pattern_notation():
    lemma = {"gedrogeerd": "drogeren"}.get
    pattern = compile_rule("verkracht*/verkragt*/verkrach #n #n+jr/jaar ~gedrogeerd?", lambda w: lemma(w, w))
    assert pattern[0] == {"LOWER": {"REGEX": "^(?:verkracht|verkragt|verkrach$)"}}
    assert "REGEX" in pattern[1]["LOWER"] and "drie" in pattern[1]["LOWER"]["REGEX"]
    assert pattern[2] == {"LOWER": {"REGEX": r"^\d{1,3}(?:jr|jaar)$"}}
    assert pattern[3] == {"LEMMA": {"IN": ["drogeren"]}, "OP": "?"}
    for mistake in ("~verkracht*", "a/~b", "#n/drie"):
        with pytest.raises(ValueError):
            compile_rule(mistake, lambda w: w)


def test_every_pattern_compiles_and_every_label_is_in_the_contract(nlp):
    """Entity values must be exactly those of docs/conversation-design.md."""
    contract = {
        "incident": {"verkrachting", "aanranding", "drogering", "online_beelden", "sextortion",
                     "intimidatie"},
        "setting": {"thuis", "werk", "school", "studentenleven", "sport", "kerk", "cultuur",
                    "zorg", "straat", "ov", "uitgaan", "online"},
        "wish": {"praten", "melden", "aangifte", "medisch", "beelden_verwijderen", "anoniem",
                 "juridisch", "schadevergoeding", "bemiddeling", "geen_politie"},
        "d_method": {"afleiden", "delegeren", "documenteren", "achteraf_steunen",
                     "direct_aanspreken"},
        "about_child": {"ja"},
        "church": {"rooms_katholiek", "protestants", "gereformeerd", "reformatorisch", "evangelisch"},
        "municipality": {"Amsterdam", "Rotterdam", "Utrecht", "Almere"},
        "simple_language": {"ja"},
        "d_hint": {"afleiden", "delegeren", "documenteren", "achteraf_steunen", "direct_aanspreken"},
        "scene": {"thuis", "werk", "school", "studentenleven", "sport", "kerk", "cultuur",
                  "zorg", "straat", "ov", "uitgaan", "online"},
        "harm_kind": {"fysiek", "verbaal", "online"},
        "moment": {"achteraf"},
        "professional": {"ja"},
    }
    labels = set(situation_patterns.all_rules())
    targets = {target for _, target, _ in situation_patterns.COMBINATIONS}
    for label in labels | targets | set(situation_patterns.MASKS):
        entity, _, value = label.partition(":")
        if entity in ("cue", "child_age"):
            continue
        assert value in contract[entity], label
    for entity, values in contract.items():
        assert {f"{entity}:{v}" for v in values} <= labels | targets
    assert set(situation_patterns.SETTING_PREFERENCE) == contract["setting"]
    assert set(situation_patterns.INCIDENT_PREFERENCE) == contract["incident"]
    assert set(situation_patterns.SCENE_PREFERENCE) == contract["scene"]
    for phrases in situation_patterns.all_rules().values():
        for phrase in phrases:
            compile_rule(phrase, lambda w: w)


# What a bystander describes, read here for the coaching (knowledge/bystander_coaching.py reads
# no text since 6 December): the D they name, where they are, what kind of harm, and "it is over".
@pytest.mark.parametrize("text, entity, value", [
    ("ik zou de conducteur erbij halen", "d_method", "delegeren"),
    ("ik haal de portier erbij", "d_method", "delegeren"),
    ("ik zou direct de beveiliging roepen", "d_method", "delegeren"),  # "direct" = at once
    ("de conducteur", "d_hint", "delegeren"),
    ("get the conductor", "d_method", "delegeren"),
    ("ik laat mijn koffie vallen", "d_method", "afleiden"),
    ("doen alsof ik haar ken", "d_method", "afleiden"),
    ("ik zou het filmen", "d_method", "documenteren"),
    ("een screenshot", "d_hint", "documenteren"),
    ("achteraf vragen of het goed gaat", "d_method", "achteraf_steunen"),
    ("ik zeg dat hij moet stoppen", "d_method", "direct_aanspreken"),
    ("I would tell him to stop", "d_method", "direct_aanspreken"),
    ("op een feest zag ik een jongen een dronken meisje mee naar buiten nemen", "scene", "uitgaan"),
    ("op een feest zag ik een jongen een dronken meisje mee naar buiten nemen", "harm_kind", "fysiek"),
    ("bij de koffieautomaat maakt een collega steeds seksuele grappen over haar", "scene", "werk"),
    ("bij de koffieautomaat maakt een collega steeds seksuele grappen over haar", "harm_kind", "verbaal"),
    ("mijn bovenburen schreeuwen en ik hoor haar huilen", "scene", "thuis"),
    # a sign, not a negation
    ("een gast loopt met een meisje dat niet meer op haar benen kan staan naar buiten", "harm_kind", "fysiek"),
    ("op een feest in ons studentenhuis", "scene", "studentenleven"),
    ("gisteren zag ik in de trein dat een man een vrouw betastte", "scene", "ov"),
    ("het was al voorbij toen ik aankwam", "moment", "achteraf"),
    ("the other day on the bus a guy kept staring", "moment", "achteraf"),
    # the writer heard or saw it in their work
    ("ik ben docent en een leerling van mij vertelde iets over haar oom", "professional", "ja"),
    ("als trainer zag ik dat de assistent steeds aan een meisje zat", "professional", "ja"),
    ("mijn patiënt vertelde vandaag dat ze thuis misbruikt wordt", "professional", "ja"),
    ("one of my students told me her stepdad touches her", "professional", "ja"),
    ("I'm a nurse and a resident told me something", "professional", "ja"),
    ("ik ben vrijwillig jeugdtrainster bij de korfbalvereniging", "professional", "ja"),
    ("ik ben hr-adviseur bij een zorginstelling en er kwam een melding binnen", "professional", "ja"),
    ("ik werk in een woongroep en een bewoonster zei iets raars", "professional", "ja"),
    ("ik train een jongensteam onder 12 en een vader belde me", "professional", "ja"),
    ("ik geef zwemles en een moeder kwam naar me toe", "professional", "ja"),
    ("i coach a youth team and one of the parents called me", "professional", "ja"),
    ("i'm a study advisor and a student came to me today", "professional", "ja"),
    ("I teach at a school near Leiden and one of my grade 9 pupils told me something", "professional", "ja"),
    ("an employee came to me yesterday afternoon", "professional", "ja"),
    ("ik werk in een woonvorm en een bewoner zegt steeds nee", "professional", "ja"),
    ("ik ben filiaalmanager van een drogist", "professional", "ja"),
])
def test_what_a_bystander_describes(nlp, matcher, text, entity, value):
    assert value in found(nlp, matcher, text).get(entity, []), found(nlp, matcher, text)


@pytest.mark.parametrize("text, entity", [
    ("geen idee eigenlijk", "d_method"),
    ("geen idee eigenlijk", "d_hint"),
    ("openbaar", "scene"),  # no cue inside another word
    ("ik zag het nu gebeuren in de tram", "moment"),
    ("mijn dochter vertelde dat haar trainer aan haar zat", "professional"),  # a parent
    ("ik ben naar de mentor gegaan", "professional"),  # a pupil
    ("een collega van mij zat aan me", "professional"),
    ("als de leraar het hoort word ik uitgelachen", "professional"),  # "als" = if
    ("ik werk bij een supermarkt en mijn chef zit aan me", "professional"),  # where the writer is the target
    ("ik ben bij de huisarts geweest", "professional"),  # a patient
    ("i'm a student and my teacher keeps texting me", "professional"),
    ("i teach my little sister to ride a bike", "professional"),  # not at work
    ("ik heb een leraar hier op school die raar doet", "professional"),  # a pupil
])
def test_what_a_bystander_does_not_describe(nlp, matcher, text, entity):
    assert entity not in found(nlp, matcher, text)


def _message(nlp, text, entities=None):
    message = Message(data={TEXT: text})
    message.set(SPACY_DOCS[TEXT], nlp(text.lower()))
    if entities:
        message.set(ENTITIES, entities)
    return message


def test_component_adds_rasa_entities_and_keeps_others(nlp):
    component = SituationExtractor()
    language = {"entity": "language", "value": "nl", "start": 0, "end": 5,
                "extractor": "LanguageDetector"}
    text = "Mijn trainer heeft me aangerand"
    message = _message(nlp, text, [language])
    component.process([message])
    component.process([message])  # idempotent
    entities = message.get(ENTITIES)
    assert language in entities
    ours = [e for e in entities if e["extractor"] == "SituationExtractor"]
    assert {(e["entity"], e["value"]) for e in ours} == {
        ("incident", "aanranding"), ("setting", "sport"),
        ("scene", "sport"), ("harm_kind", "fysiek"),  # for the coaching, if it were a bystander
    }
    for e in ours:
        assert set(e) >= {"entity", "value", "start", "end", "extractor", "confidence"}
        assert text[e["start"]:e["end"]].lower() in ("trainer", "aangerand")


ODD_INPUT = ["", " ", "🙂🙂🙂", "😭", "!!!???", "Я не знаю что делать", "لا أعرف", "我被强奸了",
             "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "\n\t", "0800-0188"]


@pytest.mark.parametrize("text", ODD_INPUT)
def test_odd_input_never_raises(nlp, text):
    message = _message(nlp, text)
    SituationExtractor().process([message])
    assert all(e["extractor"] == "SituationExtractor" for e in message.get(ENTITIES, []))


def test_message_without_spacy_doc_is_left_alone():
    message = Message(data={TEXT: "ik ben verkracht"})
    SituationExtractor().process([message])
    assert not message.get(ENTITIES)


def test_very_long_message(nlp, matcher):
    tail = " hij heeft me verkracht op het werk"
    text = ("ik weet het niet meer. " * 2200)[: 50_000 - len(tail)] + tail
    assert len(text) == 50_000
    message = _message(nlp, text)
    SituationExtractor().process([message])
    assert {e["entity"] for e in message.get(ENTITIES)} >= {"incident"}


def test_timing_per_message(nlp, matcher):
    """Prints the time per message (no timed assert: the machine is shared)."""
    texts = [text for text, _ in CASES]
    docs = [nlp(t.lower()) for t in texts]
    matcher.extract(docs[0])  # build the matcher first
    started = time.perf_counter()
    for doc in docs:
        matcher.extract(doc)
    per_message = (time.perf_counter() - started) / len(docs) * 1000
    print(f"\nSituationExtractor: {per_message:.2f} ms per message ({len(docs)} messages)")
