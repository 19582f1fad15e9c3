"""What a person tells about their situation, as phrases per entity value.

The notation (see `entity_rules`): words match the lower-cased word as written; "~word"
matches the lemma; "a/b/c" is any of these; "word*" is any word starting with "word" (typos,
inflections, compounds); a trailing "?" makes a word optional; "_" is at most one word of
anything; "#n" is a number. Messages arrive lower-cased.

Labels are "entity:value". Labels starting with "cue:" are not entities: they are pieces
that only count together (`COMBINATIONS`), or that explain words away (`MASKS`).

Choices (documented for the triage and the people who extend these lists):
- "stage" (internship) is `school`: an intern is a pupil or student; the school's
  stagebegeleider and vertrouwenspersoon and the onderwijsinspectie's
  vertrouwensinspecteurs are the ones to turn to.
- a dance school / dance lessons are `cultuur` (dance is a performing art).
- `kerk` is a Christian church: only churches have the five church reporting points.
  A mosque, synagogue, temple, imam or rabbi is no `kerk` (a Christian point is not theirs);
  they get the general help. "geloofsgemeenschap" alone says too little and is no `kerk`.
- `church` names which church, when the person says it, so the triage can name that church's
  own point (reference §2.12); `municipality` is one of the four places with a local
  street-harassment point (reference §1 row 22).
- "geen politie", "niet naar de politie" is the wish `geen_politie`: it is respected in the
  advice (no police card), and it is not a wish for `aangifte`.
- "misbruik" (abuse) and "tegen mijn wil" without more detail are `aanranding`;
  `verkrachting` needs a word for rape or forced sex/penetration. Both are physical
  incidents, so the help offered is the same.
- "grensoverschrijdend gedrag", unwanted remarks, whistling, flashing, stalking and
  unsolicited nude pictures (dickpics) are `intimidatie`; being touched is `aanranding`.
- intimate images only count as `online_beelden` with a word for spreading them
  ("verspreid", "online", "gedeeld", "gaan rond"); a threat to spread them, or extortion,
  is `sextortion` (and then not also `online_beelden`). Secret filming in a changing room or
  shower is `online_beelden`: it is image abuse, whoever has seen it yet.
- sex words together with "ik wilde het niet", "ik zei nee", "terwijl ik sliep" are
  `verkrachting`; "ik zei stop" with "hij ging door" but no sex word is `aanranding`.
- "mijn zus is verkracht": the family member is the one harmed, so no `thuis` (the writer
  is a naaste); "mijn broer zit aan me" is `thuis`.
- `about_child` for "een meisje van 13" only when the writer does not give their own age:
  "ik ben 14 en een jongen van 17 ..." is about the other party, not about a child.
- "informatief gesprek" (with the police) is the wish `melden`; "bij de huisarts" is the
  setting `zorg`, "naar de huisarts" the wish `medisch`.
"""
from __future__ import annotations

_MY = "mijn/m'n/mn/me/my"
_ME = "me/mij"
_BODY = (
    "borsten/borst/tieten/billen/bil/kont/kruis/benen/dijen/dij/vagina/piemel/lul/"
    "geslachtsdeel/geslachtsdelen/intieme/onderbroek/slip/slipje/broek/rok/shirt/bh/"
    "lichaam/lijf/onderlichaam"
)
_PEOPLE = (
    "meisje/meid/meiden/meisjes/vrouw/vrouwen/jongen/jongens/kind/kinderen/collega/leerling/"
    "leerlingen/stagiaire/dochter/zoon/vriendin"
)
_FAMILY = (
    "partner/ex/ex./ex-vriend/exvriend/ex-partner/expartner/man/vrouw/echtgenoot/echtgenote/"
    "vriendje/vader/moeder/pa/ma/papa/mama/stiefvader/stiefmoeder/stiefpa/broer/zus/oom/"
    "tante/opa/neef/stiefbroer/schoonvader/zwager/familielid/boyfriend/husband/wife/dad/"
    "father/stepfather/stepdad/uncle/brother/grandfather"
)
_HARMED = (
    "verkracht/aangerand/misbruikt/gedrogeerd/betast/lastiggevallen/afgeperst/gechanteerd/"
    "overkomen/raped/assaulted/drugged/abused"
)
_HARASSER_VERBS = (
    "dwingt/dwong/verkracht/verkrachtte/misbruikt/misbruikte/betast/betastte/zit/zat/"
    "bedreigt/chanteert/randde/aangerand/gedwongen/geslagen/gefilmd"
)
_PLATFORMS = (
    "insta/instagram/snap/snapchat/tiktok/facebook/fb/twitter/x/telegram/reddit/discord/"
    "pornhub/onlyfans/youtube/whatsapp/internet/site/website/porn/pornosite"
)
_STAFF = (
    "medewerker/medewerkers/personeel/beveiliging/beveiliger/bewaker/bewaking/conducteur/"
    "chauffeur/buschauffeur/trambestuurder/machinist/barman/barvrouw/barpersoneel/portier/"
    "uitsmijter/security/bedrijfsleider/manager/leraar/lerares/docent/juf/meester/mentor/"
    "trainer/coach/boa/steward/stewardess/bestuur/vertrouwenspersoon"
)
# staff one can walk up to (not the police: "naar de politie" is a wish to report)
_STAFF_ON_THE_SPOT = (
    "medewerker/personeel/beveiliging/beveiliger/bewaker/conducteur/chauffeur/"
    "buschauffeur/trambestuurder/barman/barvrouw/bar/portier/uitsmijter/security/"
    "bedrijfsleider/manager/leraar/docent/juf/meester/mentor/trainer/coach/steward/bestuur"
)
_ANYONE = "iemand/mensen/anderen/omstanders/ouders/volwassene/volwassenen/vrienden"
_CALL_STAFF = (
    "erbij/roepen/roep/riep/halen/haal/haalde/waarschuwen/waarschuw/waarschuwde/"
    "inschakelen/inlichten/informeren/alarmeren/vragen/vraag/vroeg/bellen/bel/belde/"
    "betrekken/aanspreken/aanspreek"
)
_CALL_ANYONE = (
    "erbij/roepen/roep/riep/halen/haal/haalde/waarschuwen/waarschuw/waarschuwde/"
    "inschakelen/alarmeren/betrekken"
)

INCIDENT = {
    "verkrachting": [
        "verkrach*/verkrag*/verkacht*/verkrahct*/verkrcht*/ferkracht*",
        "raped/rape/rapes/raping/rapist/geraped/geraapt/gerapet/gerapet/verkrachter",
        "~dwingen _ _ _ seks/sex/neuken/pijpen/seksuele/sexuele",
        "gedwongen/dwong/dwingt/dwingen/forced _ _ _ seks/sex/neuken/pijpen/seksuele/sexuele",
        f"{_ME} _ gedwongen _ _ _ seks/sex/neuken/pijpen/seksuele/sexuele",
        "seks/sex tegen mijn/m'n/mn/me wil",
        "seks/sex _ _ _ terwijl ik _ _ niet wilde/wou",
        "seks/sex _ _ _ terwijl ik _ sliep/bewusteloos/dronken/sliepen/high/out",
        "seks/sex _ _ zonder toestemming/consent",
        "zonder toestemming/consent _ seks/sex",
        "ik zei _ nee _ _ _ hij/ze ging/gingen _ door",
        "hij/ze drong _ _ binnen",
        "~penetreren/vingeren",
        "gepenetreerd/gevingerd",
        "forced me to have sex",
        "forced himself/herself on/upon me",
        "vingers/vinger/penis/piemel/lul/ding/hand _ in me/mij/mijn",
        f"in {_ME} _ gestopt/gedaan/geduwd/gestoken",
        "forced _ _ sex",
        "non/non-consensual sex",
        "sex _ _ without my consent",
    ],
    "aanranding": [
        "aangeran*/aanrand*/aanrant*/aangrand*/angerand*/angerant*",
        "betast*/begrapt/begraaid/bepoteld/begrabbeld",
        "~betasten/begrapen/bepotelen",
        "zit/zat/zaten/zitten/zitte/zatten/gezeten _ _ _ _ aan me/mij",
        f"zit/zat/zaten/zitten/zitte/gezeten _ _ _ aan een/de/die/dat/het/haar/hem {_PEOPLE}",
        f"hand/handen/vingers op/in/onder/tussen/aan _ _ _ {_BODY}/been/knie/bovenbeen",
        "raar/ongepast/ongewenst/verkeerd/seksueel/intiem/overal _ aangeraakt/aanraakte/"
        "aanraakt/aanraken/betastte",
        "rare/ongepaste/vreemde/seksuele/enge manier _ aangeraakt/aanraakte/aanraakt/aanraken/"
        "vastpakken/vastgepakt/vastpakte",
        "tegen _ _ aan te schuiven/schuren/drukken/wrijven/schurken",
        "bh/beha _ los/uit",
        "op _ schoot trok/trekken/trekt/getrokken/nemen/nam/zitten",
        f"{_ME}/hem/haar/d'r _ gedwongen",
        f"dwingt/dwong/dwingen/dwongen {_ME}",
        "verder dan ik wilde/wou",
        "iets/dingen _ _ _ wat/die ik _ _ niet wilde/wou/wil",
        f"drong/dringt/drongen _ _ aan {_ME} op",
        f"deed/doet/deden/doen dingen met {_ME}",
        f"deed/doet/deden hij/ze/zij dingen met {_ME}",  # "Daar deed hij dingen met mij" (set X)
        f"greep/grijpt/grepen/pakte/pakt/pakten {_ME} _ vast",
        "vastgepakt/vastgegrepen",
        "gezoend/zoende/zoent/kuste/gekust/tongzoen _ _ _ terwijl/zonder/tegen/ongewenst",
        f"greep/grijpt/graaide/grepen/grijpen _ _ naar {_MY} {_BODY}",
        f"zit/zat/zaten/zitten/gezeten _ _ _ aan {_MY} been/benen/knie/haar/nek",
        f"{_ME} _ _ _ aan te raken/zitten",
        f"dingen met {_ME} _ gedaan/doen/deed",
        "moesten/moest/gedwongen _ _ _ uitkleden/uitgekleed/naakt",
        f"tegen {_ME} aan _ wreef/schuurde/drukte/wrijven/schuren/schurkte",
        "onder druk _ _ _ seks/sex/uitkleden/naakt",
        "gedwongen/dwong/dwingen/moesten/moest _ _ _ uit te kleden",
        "uitkleden/uit te kleden _ _ gedwongen/moesten/moest",
        "schuurde/schurkte/schuurt/schurkt/drukte/drukt/wreef/wrijft _ _ _ tegen _ _ aan",
        "aan me/mij/hem/haar/d'r _ _ gezeten/zitten/zat/zit/zitte/frunniken/friemelen",
        f"aan/in/op/tussen/onder {_MY} {_BODY}",
        f"naar {_MY} {_BODY} _ gegrepen/greep/grijpen/graaide",
        "handtastelijk*",
        f"heeft/hebben {_ME} _ _ aangeraakt",
        f"raakte/raakt/raken {_ME} _ _ _ aan",
        "ongewenst* _ aangeraakt/aanraking/aanrakingen/aanraken/gezoend/zoenen",
        "misbruik*",
        "~misbruiken",
        "~molesteren",
        "gemolesteerd/molested/molest/ontucht",
        "tegen mijn/m'n/mn/me wil",
        f"kleedde/kleedt/kleden {_ME} _ uit",
        "uitgekleed",
        "sexual/sexually assault/assaulted/abused",
        "assaulted/groped/grope/groping/molest",
        "touched/touching/grabbed me/my",
        # a witness's telling: "he put his hand under her shirt" (set X: no incident found)
        "hand/hands/fingers under/up/in/inside her/his/my/their shirt/skirt/dress/top/shorts/pants/trousers/bra/"
        "blouse/jumper/sweater",
        "touched/touching/groped/grabbed her/his breasts/boobs/butt/ass/crotch/chest/thigh/thighs",
        "grab/grabbed/grabbing/grabs me/her/him",
        "grab/grabbed/grabbing/grabs a/the/my/her woman/girl/butt/ass/breasts/boobs/crotch/"
        "chest",
    ],
    "drogering": [
        "~drogeren",
        "gedrogeer*/drogeerd*/gedrugd/drugged/spiked/roofied/roofies/rohypnol/ghb",
        "iets/wat/spul/drugs/pil/pillen/xtc/middel/poeder/poedertje _ in mijn/m'n/mn/me "
        "drankje/drinken/glas/drank/bier/biertje/wijn/cola/drink/drinkje",
        "in mijn/m'n/mn/me drankje/glas/drinken/drank/drinkje _ _ gedaan/gestopt/gegooid",
        "iets/wat/spul/drugs/pil/pillen/xtc/middel/poeder/poedertje _ in een/haar/zijn/d'r/"
        "het/de/iemands drankje/drinken/glas/drank/bier/biertje/wijn/cola/drink/drinkje",
        "k.o.-druppels/ko-druppels/knockoutdruppels/knock-outdruppels",
        "k.o./ko/knockout/knock-out druppels/druppeltjes",
        "weet/wist/weten _ niet _ _ wat er _ _ _ gebeurd/gebeurde/gebeurt",
        "weet/wist _ niks/niets _ meer",
        "herinner/herinnerde me _ _ niks/niets/weinig",
        "kan/kon me _ _ niks/niets/weinig _ herinneren",
        "geen herinnering/herinneringen",
        "black-out/blackout/blacked",
        "ik was _ _ buiten westen",
        "ik was/ging _ out",
        "werd/ging alles zwart",
        "alles werd _ zwart",
        "daarna/toen/verder niks/niets meer",
        "bewusteloos",
        "wakker _ _ _ zonder kleren/broek/onderbroek/slip/slipje/kleding",
        "wakker _ naast een/iemand/hem",
        "wakker in een _ vreemd/onbekend bed/huis",
        "wazig/duizelig/raar/vreemd/slap _ _ _ na een/één/1/twee/2 drankje/drankjes/glas/"
        "glaasje/biertje/wijntje",
        "don't/dont/can't/cant/cannot remember _ _ _ _ happened/anything",
        "do not remember",
        "put something in my drink",
    ],
    "online_beelden": [
        "deepfake*/deep-fake*/nepnaakt*/nudify*/uitkleedapp*/uitkleed-app*",
        "deep fake/fakes",
        "nep/fake naaktfoto*/nudes/naaktbeelden/porno/pornofilm*/foto's/fotos",
        "wraakporno",
        "revenge porn",
        "online/internet gezet/geplaatst/gepost/gezet",
        "op internet gezet/geplaatst/gepost",
        # "mn ex heeft naaktfoto's van mij op een reddit forum gezet" (set X: no incident, so "not understood")
        "naaktfoto*/naaktbeeld*/naaktfilmpje*/nudes/seksfilmpje*/sexfilmpje*/seksvideo*/sekstape _ _ _ _ _ _ _ "
        "gezet/geplaatst/gepost/gedeeld/verspreid/rondgestuurd/geüpload/geupload/gelekt",
        "nudes/nude _ _ _ _ _ _ _ posted/shared/leaked/uploaded/spread",
        "stiekem/heimelijk gefilmd/gefotografeerd/opgenomen",
        "in/onder de kleedkamer/douche/wc/toilet/badkamer/paskamer _ _ _ gefilmd/"
        "gefotografeerd/opgenomen",
        "gezicht _ _ op _ _ porno*/naakt*/seks*",
    ],
    "sextortion": [
        "sextortion/sexortion/sextorsion/sextortie",
        "chanteer*/chanteren/gechanteer*/chantage/afpers*/afgeperst/blackmail*",
        "~chanteren/afpersen",
    ],
    "intimidatie": [
        "ongewenst*/seksuele/sexuele/schunnige/vieze/seksistische/smerige/geile "
        "opmerking/opmerkingen/berichten/appjes/dm's/dms/praatjes/grappen/blikken/vragen",
        "~nafluiten",
        "nafloot/nafloten/nafluiten",
        "floot/floten/fluiten/fluit _ _ na",
        "nageroepen/naroepen/toegeroepen/nariepen",
        "riep/riepen/roept/roepen _ _ _ na",
        "achterna geroepen",
        "gesist/sissen/siste",
        "catcall*/gecatcalld",
        "dickpic*/dikpic*/dick-pic*",
        "dick/dik pic/pics/pic's",
        "piemelfoto*/lulfoto*/penisfoto*",
        "ongevraagd*/ongewenst* _ naaktfoto*/nudes/foto's/fotos/dickpics/plaatjes/pics/filmpjes",
        "foto/foto's/fotos/filmpje/filmpjes van zijn/z'n/zn piemel/lul/penis/ding/geslachtsdeel",
        "intimidatie/geïntimideerd/geintimideerd/intimideert/intimideerde/intimideren",
        "~intimideren",
        "lastiggevallen/lastigvallen/lastigviel/lastigvalt",
        "lastig gevallen",
        "valt/viel/vallen/vielen _ _ lastig",
        "grensoverschrijd*",
        "~stalken",
        "gestalkt/stalker/stalkt/stalking/stalked/stalken",
        "geflasht/flashen/exhibitionist*/potloodvent*",
        "liet/toonde _ _ zijn/z'n piemel/lul/penis/ding zien",
        f"noemde/noemt/noemden/noemen {_ME} _ hoer/slet/sletje/bitch",
        "uitgescholden voor hoer/slet/sletje",
        "opdringerig*",
        "begluurd/gluurde/gluurt/gluurder",
        "~begluren",
        f"staarde/staart/staren/kijkt/keek _ naar {_MY} borsten/kont/billen/lichaam/tieten",
        "harass*",
        "sexual/dirty/creepy/inappropriate/sexist jokes/comments/remarks/messages",
        "vieze/seksuele/sexuele/schunnige/geile/smerige dingen",
        "riep/riepen/roept/roepen/schreeuwde/schreeuwden _ _ _ dingen/opmerkingen/iets naar/"
        "tegen/achter",
        "liep/liepen/loopt/lopen/fietste/fietsten/reed/reden _ _ achter me/mij/haar/ons/hem "
        "_ aan",
        "achtervolgd/achtervolgde/achtervolgden/achterna",
        "klem zette/zetten/gezet/zet",
        "stond/staat/staan/ging _ _ _ tegen een/haar/me/mij/de _ aan",
        "filmen/filmt/filmde/fotograferen/fotografeert/gefilmd onder _ rok/jurk/kleding/kleren",
        "onder _ rok/jurk _ _ filmen/gefilmd/filmt/filmde/gefotografeerd",
        "upskirt*",
        "opmerkingen/grappen/dingen/commentaar/berichten over mijn/m'n/mn/haar/zijn "
        "lichaam/uiterlijk/borsten/kont/billen/lijf/figuur/kleding",
        "berichten/appjes/dm's/dms/mails/foto's over/met/vol seks/sex/seksuele/sexuele",
        "over mijn/m'n/mn grenzen/grens",
        "gaat/ging/gaan/gingen _ _ te ver",
        "zichzelf _ aan te raken/aanraken/aanraakte",
        "trok/trekt _ _ _ af",
        "aftrekken/aftrok",
        "unsolicited _ nudes/pics/dick/photos",
        "flashed",
    ],
}

SETTING = {
    "thuis": [
        "thuis/thuisthuis/huiselijk*/incest",
        "in huis",
        "bij ons/hem/mij/haar/hun/mn thuis",
        f"{_MY}/haar/zijn/z'n/zn/d'r/his/her {_FAMILY}",
        f"{_MY} vriend/vriendin {_HARASSER_VERBS}",
        f"{_MY} vriend/vriendin heeft/had {_ME} _ verkracht/aangerand/betast/misbruikt/"
        "gedwongen/geslagen/gefilmd/bedreigd/gechanteerd/aangeraakt",
        "relatie/relationship/familieleden/incest",
        "binnen/in de/mijn/m'n/mn/onze/ons/the/my familie/family",
        "een/door/mijn/m'n/mn familielid",
        "at home",
    ],
    "werk": [
        "werk/werkplek/werkvloer/kantoor/baas/chef/leidinggevende/leidinggevenden/manager/"
        "collega/collega's/collegas/werkgever/bedrijf/bijbaan/bijbaantje/teamleider/"
        "opdrachtgever/sollicitatie/sollicitatiegesprek/personeelsfeest/werkborrel/klant/"
        "kerstborrel/werkfeest/bedrijfsfeest/"
        "klanten/ploegleider",
        "at work",
        "boss/coworker/co-worker/colleague/colleagues/workplace/office/job",
    ],
    "school": [
        "school/scholen/schoolreis*/schoolplein/schoolkamp/schoolfeest/basisschool/"
        "middelbare/brugklas/klas/klassen/klasgenoot/klasgenoten/klasgenote/klasgenootje/"
        "leraar/lerares/leraren/docent/docente/docenten/juf/meester/mentor/conciërge/"
        "concierge/rector/gymleraar/gymdocent/gymles/mbo/hbo/vmbo/havo/vwo/hogeschool/"
        "universiteit/uni/onderwijs/leerling/leerlingen/stage/stageplek/stagebegeleider/"
        "bijles/bijlesleraar/bijlesdocent/huiswerkbegeleiding/fietsenstalling/"
        "stagebedrijf/opleiding/studiegenoot",
        "teacher/classmate/classmates/university/college/internship",
    ],
    "studentenleven": [
        "studentenvereniging*/studentenhuis*/studentenkamer/studentenflat/studentencorps/"
        "dispuut/jaarclub/ontgroening*/ontgroend/introweek/introductieweek/kennismakingstijd/"
        "kmt/corps/sociëteit/societeit/soos/hospiteeravond/studentenfeest/huisgenoot/"
        "huisgenoten/huisgenote/studentenstad",
        "fraternity/sorority/hazing/dorm",
        "student house",
    ],
    "sport": [
        "trainer/trainers/trainster/coach/coaches/sportclub/sportvereniging/voetbalclub/"
        "voetbalvereniging/hockeyclub/kleedkamer/kleedkamers/sportschool/sportkamp/"
        "voetbal/voetballen/hockey/turnen/turnles/turnclub/gymnastiek/zwemles/zwemclub/"
        "zwemvereniging/judo/karate/vechtsport/boksen/boksschool/manege/paardrijden/"
        "tennis/tennisclub/volleybal/basketbal/handbal/atletiek/wielrennen/teamgenoot/"
        "teamgenoten/ploeggenoot/scheidsrechter/sportbond/sporten/sportclubs/turncoach/"
        "voetbaltrainer/hockeytrainer/zwemtrainer/turntrainer/tennisleraar/zwemleraar/"
        "trainingskamp/sportmasseur/sportleraar",
        "tennis*/hockey*/voetbal*/korfbal*/handbal*/volleybal*/basketbal*/honkbal*/softbal*/"
        "waterpolo*/zwemver*/turnver*/roeiver*/atletiekver*/judoclub/judoschool",
        "sports/locker",
    ],
    "kerk": [
        "kerk/kerken/kerkelijk*/kerkdienst/kerkkoor/pastoor/pastor/dominee/priester/"
        "voorganger/predikant/ouderling/diaken/kapelaan/parochie/catechisatie/zondagsschool/"
        "bijbelkring/bijbelstudie/"
        "jeugdleider/jeugdwerk/kerkgemeenschap/gemeente-avond/evangelisatie",
        "church/priest/pastor/parish",
    ],
    "cultuur": [
        "theater*/toneel*/muziekschool/muziekles/muziekleraar/zangles/pianoles/gitaarles/"
        "orkest/koor/dirigent/filmset/filmindustrie/filmploeg/tv-programma/tv-studio/"
        "omroep/mediabedrijf/mediasector/redactie/regisseur/regisseuse/producent/producer/"
        "casting/castingbureau/auditie/acteur/actrice/acteurs/zanger/zangeres/muzikant/"
        "dansschool/dansles/danslessen/balletschool/ballet/dansdocent/danser/danseres/"
        "museum/kunstacademie/conservatorium/fotograaf/fotoshoot/modellenbureau/"
        "cultuursector/muziekdocent/muzieklessen/toneelclub/musical/dansleraar/danslerares/"
        "dansjuf",
        "op de set",
        "bij de film/omroep/tv/televisie",
        "culturele/creatieve sector",
        "theatre/orchestra/audition",
    ],
    "zorg": [
        "arts/artsen/huisarts/huisartsen/dokter/tandarts/gynaecoloog/fysio/fysiotherapeut/"
        "masseur/therapeut/therapeute/psycholoog/psychiater/verpleegkundige/verpleger/"
        "ziekenhuis/zorginstelling/instelling/verpleeghuis/verzorgingshuis/ggz/kliniek/"
        "jeugdzorg/pleeggezin/woongroep/zorgboerderij/revalidatiecentrum/zorgsector",
        f"{_MY} behandelaar/hulpverlener/zorgverlener/begeleider/begeleidster/verzorger",
        "de/een/die behandelaar/verzorger/begeleider/begeleidster",
        "doctor/nurse/hospital/therapist",
    ],
    "straat": [
        "straat/park/fietspad/parkeerplaats/steeg/straten/winkel/supermarkt/"
        "winkelcentrum/openbare/strand",
        "op de fiets",
        "street/park/public",
    ],
    "ov": [
        "tram/trein/bus/metro/station/conducteur/ov/perron/bushalte/tramhalte/treinstation/"
        "nachtbus/sprinter/intercity/buschauffeur/ns/treinreis/trambestuurder/coupé/coupe/"
        "treincoupé/taxi/taxichauffeur/uber",
        "train/subway/tube",
    ],
    "uitgaan": [
        "feest/feestje/feesten/festival*/club/nachtclub/discotheek/disco/kroeg/kroegen/"
        "café/cafe/uitgaan*/uitgaansgebied/houseparty/borrel/dansfeest/rave/"
        "verjaardagsfeest/bar/party/partys/parties/afterparty",
        "op stap",
        "gaan/ging/gingen/waren/was/wezen/uit stappen",
        "night out",
    ],
    "online": [
        "internet/online/instagram/insta/snapchat/tiktok/whatsapp/app/appje/appjes/"
        "geappt/appen/appte/appt/facebook/twitter/discord/telegram/gechat/chatte/"
        "datingapp/tinder/grindr/bumble/gamen/game/games/fortnite/roblox/webcam/dm/dm's/"
        "dms/onlyfans/youtube/reddit/groepsapp/groepschat/klassenapp/sexting/nudes/"
        "datingsite/nepaccount/nepprofiel/gevideobeld/videobellen/videocall",
        "social media",
        "sociale media",
        "op/via snap",
    ],
}

WISH = {
    "praten": [
        "praten/kletsen/babbelen",
        "mijn/m'n/mn verhaal _ kwijt/doen/vertellen/delen",
        "verhaal kwijt",
        "luisterend oor",
        "iemand _ _ die _ luistert",
        "hart luchten",
        "chatten/bellen/appen met iemand",
        "met iemand _ chatten/bellen/appen",
        "een/in gesprek/gesprekje",
        "aan iemand _ vertellen/kwijt",
        "iemand _ _ vertellen",
        "talk",
        "steun/opvang",
        "ik wil/zoek/mis/kan _ steun",
    ],
    "melden": [
        "melden/meld/melding/meldingen/meldpunt/gemeld/meldt",
        "rapporteren/report/reporting",
        "klacht*",
        "aan de bel trekken",
        "informatief gesprek",
        "informatiegesprek",
    ],
    "aangifte": [
        "aangifte*/angifte*/aangiftes/aangifde",
        "hem/haar/dader/hen/hun/ze _ aangeven/aangegeven",
        "naar de politie/zedenpolitie/politiebureau/zedenrecherche",
        "zedenpolitie/zedenrecherche",
        "politie inschakelen/bellen",
        "gestraft wordt/worden",
        "press charges",
        "report _ _ _ police/cops",
        "go to the police",
        "police report",
    ],
    "medisch": [
        "soa/soa's/soas/soa-test/soatest/soa-testen/soa-onderzoek/soatesten/geslachtsziekte*",
        "hiv/aids/pep/pep-kuur",
        "zwanger*/morning-after*/morningafter*/noodpil/abortus*/onbeschermd*",
        "niet zwanger worden/raken/zijn",
        "morning/morning-after after? pil/pill",
        "naar _ _ dokter/arts/huisarts/ziekenhuis/eerste/spoedpost/huisartsenpost/seh/"
        "gynaecoloog/csg",
        "medisch*",
        "sporenonderzoek/sporen/forensisch*/letselonderzoek",
        "laten onderzoeken/testen/nakijken/vastleggen",
        "sporen/letsel/plekken/verwondingen _ _ vastleggen/vastgelegd",
        "gewond/verwond/verwondingen/bloed/bloedde/bloeden/pijn/pijnlijk",
        "blauwe plekken",
        "zonder condoom",
        "condoom _ _ gescheurd/kapot/afgedaan/eraf/af",
        "std/sti/pregnant/medical/injured/bleeding/hurts",
        "plan b",
        "see/go/need _ _ doctor/hospital",
    ],
    "geen_politie": [
        "niet naar de politie/zedenpolitie/politiebureau",
        "geen politie",
        "politie _ niet bij/inschakelen/bellen/betrekken/weten",
        "zonder _ politie",
        "no police/cops",
        "not/don't/dont want _ _ police/cops",
        "without _ police",
    ],
    "beelden_verwijderen": [
        "offline halen/gehaald/haal/krijgen/gezet",
        f"van _ {_PLATFORMS} af/halen/weghalen/verwijderen/gehaald",
        f"weg van _ {_PLATFORMS}",
        "takedown/take-down",
        "take _ _ down",
    ],
    "anoniem": [
        "anoniem*/anonimiteit/anonymous/anonymously/anonimous",
        "zonder _ naam",
        "zonder dat _ _ _ weet/weten/hoort/horen/merkt/merken/komt/komen",
        "niemand mag/mogen/hoeft/hoeven _ _ weten",
        "geheim houden/blijven",
        "niet herkenbaar",
        "vertrouwelijk*",
        "naam niet noemen/geven/zeggen",
        "naam _ niet _ genoemd/noemen/weten/gebruiken/gebruikt",
    ],
    "juridisch": [
        "juridisch*/jurist*/advocaat*/advocate/advocaten/lawyer*/legal/rechtszaak/"
        "rechtszaken/rechtbank/rechter/rechtshulp/rechtsbijstand/slachtofferadvocaat/"
        "spreekrecht/strafrecht*/straatverbod/contactverbod/gebiedsverbod",
        "mijn/m'n/mn rechten",
        "rechten als slachtoffer",
        "juridisch loket",
    ],
    "schadevergoeding": [
        "schadevergoeding*/schadefonds*/vergoeding/compensatie/smartengeld/schadeclaim/"
        "letselschade/compensation/damages",
        "schade vergoed",
        "geld terug",
    ],
    "bemiddeling": [
        "bemiddeling*/herstelbemiddeling*/bemiddelaar/bemiddelen/mediation/mediator/mediatie/"
        "herstelrecht/restorative",
        "een/in? gesprek/praten/spreken/praat _ met de? dader/pleger/daders",
        "excuses/excuus _ _ _ aanbieden/aanbiedt/horen/krijgen/maken/maakt",
        "wil/willen/wil _ _ excuses/excuus",
    ],
}

CHURCH = {
    "rooms_katholiek": [
        "katholiek*/rooms*/rk/r.k./r.-k./parochie/pastoor/kapelaan/bisdom/misdienaar",
        "catholic",
    ],
    "protestants": [
        "pkn/protestant*/hervormd*/remonstrant*/doopsgezind*/lutherse/luthers/"
        "oud-katholiek*/adventist*/adventisten/zevendedags*",
        "leger des heils",
        "apostolisch genootschap",
        "evangelische broedergemeente",
        "vrije evangelische gemeente/gemeenten",
    ],
    "gereformeerd": [
        "ngk/cgk/hhk/vgkn",
        "nederlands/nederlandse gereformeerd/gereformeerde",
        "christelijk/christelijke gereformeerd/gereformeerde",
        "hersteld/herstelde hervormd/hervormde",
        "gereformeerde kerk/kerken vrijgemaakt",
        "vrijgemaakt*",
    ],
    "reformatorisch": [
        "reformatorisch*/refo",
        "gereformeerde gemeente/gemeenten",
        "oud gereformeerde/gereformeerd",
    ],
    "evangelisch": [
        "evangelisch*/pinkster*/baptist*/baptisten",
        "volle evangelie",
        "evangelical/pentecostal",
    ],
}

# Someone who says reading is hard, or asks for easy words: simpler answers (issue 17).
SIMPLE_LANGUAGE = {
    "ja": [
        "lezen _ _ _ moeilijk/lastig/zwaar",
        "kan/kun _ niet goed lezen",
        "lees _ niet goed/makkelijk",
        "dyslexie/dyslectisch",
        "makkelijke/simpele/eenvoudige/gewone woorden/taal",
        "makkelijker/simpeler/eenvoudiger uitleggen/zeggen/schrijven",
        "snap _ _ woorden niet",
        "reading is hard/difficult",
        "easy/simple/simpler words/language/english",
        "can't/cannot read _ well",
    ],
}

MUNICIPALITY = {
    "Amsterdam": ["amsterdam/mokum/amsterdamse"],
    "Rotterdam": ["rotterdam/rotterdamse"],
    "Utrecht": ["utrecht/utrechtse"],
    "Almere": ["almere/almeerse"],
}

D_METHOD = {
    "afleiden": [
        "afleid*/distract*",
        "leid/leidde/leiden _ _ af",
        "hoe laat het is/was",
        "vragen/vraag/vroeg/ask _ _ _ hoe laat",
        "de weg/route vragen/vraag/vroeg",
        "vragen/vraag/vroeg _ _ de weg/route",
        "naar de weg/route vragen/vraag",
        "gesprek/gesprekje/praatje/babbeltje _ beginnen/aanknopen/maken/starten",
        "begin/beginnen/start/starten/knoop/aanknopen _ _ gesprek/gesprekje/praatje",
        "doen/doe/deed alsof ik _ _ _ ken/kende",
        "doen/doe/deed alsof _ _ _ vriendin/vriend/kennis/nicht/zus/collega",
        "laten/liet/laat _ _ _ vallen",
        "iets/koffie/drinken/tas _ laten/liet/laat vallen",
        "omgooien/morsen",
        "tussen _ _ _ gaan/ga/ging staan/zitten/lopen",
        "ertussen",
        "tussen _ _ in",
        "naast _ _ gaan/ga/ging _ staan/zitten",
        "ask _ _ for directions",
        "ask _ _ the time",
        "start a conversation",
        "spill*",
    ],
    "delegeren": [
        "delegeren/delegeer/delegate",
        f"{_STAFF} _ _ {_CALL_STAFF}",
        f"{_ANYONE} _ _ {_CALL_ANYONE}",
        "roep/haal/waarschuw/bel/roepen/halen/waarschuwen/alarmeren/inschakelen/informeer/"
        f"vraag/vragen/vroeg _ _ _ {_STAFF}",
        f"roep/haal/roepen/halen/waarschuw/waarschuwen _ _ _ {_ANYONE}",
        "vraag/vroeg/vragen _ _ _ om hulp",
        "politie/112 bellen/gebeld/alarmeren/waarschuwen",
        "bel/belde/bellen/waarschuw/alarmeer _ de? politie/112",
        f"naar de {_STAFF_ON_THE_SPOT}",
        "hulp halen/vragen/inschakelen/zoeken/roepen/inroepen",
        "om hulp vragen/roepen/gevraagd/geroepen",
        "hulp van anderen/omstanders",
        "samen met anderen/omstanders",
        "noodknop/alarmknop/noodrem",
        "get/call/ask/tell/alert the/a? _ driver/conductor/security/staff/bartender/guard/"
        "bouncer/manager/police",
        "ask someone/others/people/bystanders _ _ help",
    ],
    "documenteren": [
        "documenteren/documenteer/documentatie/document/vastleggen/vastgelegd/filmen",
        "leg/legde _ _ vast",
        "ik/je/we/wij _ _ _ film/filmde/gefilmd/filmen",
        "ik/je/we/wij zou/zal/ga/kan/kun/zouden/gaan/kunnen _ _ _ opnemen",
        "het/alles/dat/dit _ opnemen/opgenomen/filmen/gefilmd/vastleggen/vastgelegd",
        "ik/je/we/wij _ _ _ foto/foto's/fotos/filmpje/video/opname maken/nemen/gemaakt/maak/maakte",
        "een foto/filmpje/video/opname maken/nemen",
        "aantekeningen/notities maken",
        "opschrijven/noteren/noteer",
        "schrijf/schreef _ _ _ op",
        "schrijf/schreef/noteer/noteren/opschrijven/onthouden _ _ hoe laat het is/was",
        "kenteken/signalement/beschrijving _ onthouden/noteren/opschrijven",
        "record/recording/filming",
        "film/record it/him/them/that/this/harassment",
        "take _ video/photo/photos/picture/pictures",
        "write _ _ down",
    ],
    "achteraf_steunen": [
        "achteraf/daarna/erna/later/naderhand/afterwards _ _ _ vragen/vraag/steunen/checken/"
        "praten/helpen/opvangen/troosten/ask/check",
        "na afloop _ _ _ vragen/vraag/steunen/checken/praten/helpen/opvangen/troosten/toe/"
        "aanbieden/bied",
        "mee te lopen/gaan",
        "vragen/vraag/vroeg _ _ of alles/het/ze/hij/zij _ _ _ goed/oke/oké/ok/okay/oké",
        "vragen/vraag/vroeg _ _ of het _ _ gaat",
        "vragen/vraag/vroeg _ _ hoe het _ _ _ gaat/ging",
        "blijven/blijf/bleef _ bij haar/hem/hen",
        "blijven/blijf/bleef _ bij het/de slachtoffer/meisje/vrouw/jongen/man/persoon",
        "bij haar/hem/hen _ blijven/blijf/bleef",
        "bij het/de slachtoffer/meisje/vrouw/jongen/man/persoon _ blijven/blijf/bleef",
        "meelopen/meegelopen",
        "loop/liep/lopen/loopt _ _ mee",
        "naar huis brengen/gebracht",
        "~steunen",
        "steunen/ondersteunen/troosten/opvangen",
        "check in/on",
        "delay",
        "if she/he/they _ ok/okay/alright",
    ],
    "direct_aanspreken": [
        "~aanspreken",
        "aanspreken/aanspreek",
        "spreek/sprak _ _ _ aan",
        "dat hij/ze/zij _ _ moet/moest _ stoppen/ophouden/kappen/weggaan/oprotten/weg",
        "zeg/zeggen/zei/roepen/roep/riep _ _ stop/stoppen/kappen",
        "hou/houd/hield _ op",
        "kap/stop/hou/houd/kappen daarmee/ermee/nou/nu",
        "laat/laten haar/hem/d'r/ze/hen _ met rust",
        "er _ wat/iets van zeggen/zeg/zei/gezegd",
        "zeg/zeggen/zei _ er _ wat/iets van",
        "confront*",
        "~confronteren",
        "~ingrijpen",
        "grijp/greep/grijpen _ in",
        "tell him/her/them to stop",
        "back off",
        "leave her/him/them alone",
        "call _ out",
        "say something",
    ],
}

# What a bystander (omstander) describes, for the coaching (knowledge/bystander_coaching.py),
# which reads only these entities (until 6 December it had its own cue words in
# knowledge/coaching/*.yaml: a second vocabulary). Not features of the dialogue.
#
# `d_hint`: a D said in a few words that are too weak for `d_method` in any message ("de
# conducteur", "screenshot", "achteraf"): the coaching and the practice read them as the D the
# person means; the crisis check and the triage never see them.
D_HINT = {
    "afleiden": [
        "afgeleid", "mors/morste/morsen", "tussen hen/ze/hun/die", "praatje/praatjes/babbeltje",
        "doen/doe/deed alsof ik", "pretend*", "drop _ something/drink/bag/phone",
        "step/stand/get in between",
    ],
    "delegeren": [
        "deleger",
        "conducteur/chauffeur/bestuurder/machinist/portier/uitsmijter/beveiliging/beveiliger/"
        "security/personeel/barman/barvrouw/leraar/lerares/docent/mentor/bestuur/"
        "vertrouwenspersoon/leidinggevende/manager/baas/moderator/beheerder",
        "erbij halen/roepen/gehaald/geroepen", "haal/haalde/halen _ _ erbij",
        "iemand anders/anders erbij", "anderen/andere mensen/omstanders vragen/erbij",
        "rapporteren/report", "conductor/driver/bouncer/staff/teacher/security", "get help",
        "someone else",
    ],
    "documenteren": [
        "film/filmpje", "opname/opnemen", "neem/nam _ _ op", "foto/foto's/fotos maken",
        "screenshot*", "take pictures/photos",
    ],
    "achteraf_steunen": [
        "achteraf/naderhand/afterwards", "na afloop", "gaat het", "hoe het gaat", "steun",
    ],
    "direct_aanspreken": [
        "stop zeggen", "ertegenin", "speak up",
    ],
}

# `scene`: where the bystander is. Wider than `setting`, which picks a reporting point: the
# neighbours are "thuis of bij de buren" for the coaching, not domestic violence for the triage.
SCENE = {
    "ov": [
        "tram/trams/bus/bussen/bushalte/metro/trein/treinen/sprinter/intercity/coupe/coupé/"
        "perron/halte", "openbaar vervoer", "ov", "train/subway", "on the bus",
    ],
    "uitgaan": [
        "club/disco/discotheek/kroeg/café/cafe/bar/festival/feest/feestje/party/dansvloer/"
        "uitgaan/nightclub/pub", "op stap", "dance floor",
    ],
    "straat": [
        "straat/stoep/fietspad/park/plein/winkelcentrum/supermarkt/street", "op straat",
        "in de stad", "in the park",
    ],
    "werk": [
        "werk/kantoor/collega/collega's/koffieautomaat/koffiemachine/baas/leidinggevende/"
        "werkvloer/vergadering/bedrijf/kerstborrel/personeelsfeest/office/colleague/coworker/"
        "boss/company", "op het werk", "at work", "xmas/christmas/work drinks",
    ],
    "school": [
        "school/klas/klasgenoot/klasgenote/schoolplein/leraar/lerares/docent/mentor/gym/"
        "klassenapp/classmate/class", "groepsapp van de klas",
    ],
    "studentenleven": [
        "studentenhuis/studentenvereniging/dispuut/ontgroening/introweek/huisgenoot/jaarclub/"
        "fraternity/sorority/hazing", "student house",
    ],
    "sport": [
        "sport/sportclub/sportvereniging/voetbal/hockey/turnen/zwemmen/training/trainer/"
        "kleedkamer/sportschool/coach/football", "gym class", "locker room",
    ],
    "cultuur": [
        "theater/toneel/toneelschool/repetitie/regisseur/orkest/museum/filmset/opnames/dansgroep/"
        "koor/rehearsal", "film set", "artistic director",
    ],
    "kerk": [
        "kerk/kerkdienst/moskee/dominee/pastoor/priester/voorganger/jeugdwerk/church/pastor/"
        "priest", "jeugdclub van de kerk",
    ],
    "zorg": [
        "zorg/verpleeghuis/ziekenhuis/huisarts/arts/dokter/verpleegkundige/verzorgende/patiënt/"
        "patient/cliënt/client/bewoner/bewoonster/hospital/nurse", "care home",
    ],
    "thuis": [
        "thuis/buren/buurvrouw/buurman/bovenburen/onderburen/neighbours/neighbors", "naast ons",
        "in huis", "in het gezin", "next door", "at home",
    ],
    "online": [
        "online/internet/instagram/insta/tiktok/snapchat/whatsapp/groepsapp/groepschat/"
        "app-groep/discord/facebook/twitter", "social media", "sociale media", "x.com",
        "group chat",
    ],
}
# When a message names several scenes, the coaching takes the place where it happens: the tram
# before the colleague in it, the class before the group app.
SCENE_PREFERENCE = (
    "ov", "sport", "kerk", "cultuur", "zorg", "school", "studentenleven", "werk", "uitgaan",
    "thuis", "online", "straat",
)

# `harm_kind`: touching, assault or someone taken away (fysiek); remarks or following
# (verbaal); images (online). The coaching's Ds differ per kind.
HARM_KIND = {
    "fysiek": [
        "betast*/aanzitten/vastgepakt/vastpakken/grijpt/greep/meegenomen/meenemen/meetrekken/"
        "sleurt/dronken/wrijft/zoenen/zoent/duwt/verkracht*/aangerand/aanranding/drogeer*/"
        "drankje/laveloos/stomdronken/bezopen/billen/borsten/kont/aanraken/aangeraakt/aanraakt/"
        "kust/kuste/kussen/zoende/knijpt/kneep/masseert/masseerde/massage/massages/uitkleden/"
        "uitgekleed/streelt/streelde/broek/kruis",
        "zit/zat/zitten aan", "aan haar/hem zitten", "aan een meisje/vrouw/jongen",
        "pakt haar/hem vast", "neemt haar/hem mee", "kan niet meer staan", "niet meer lopen",
        "tegen haar/hem aan", "op haar/zijn benen", "kan _ niet meer staan/lopen",
        "groped/groping/grope/grabbed/grabbing/grab/grabs/touching/touched/bum/butt/drunk/"
        "dragged", "pulled her/him",
    ],
    "verbaal": [
        "opmerking/opmerkingen/grap/grappen/grapjes/roept/riep/nafluiten/fluit/sissen/sist/"
        "staren/staart/volgt/achtervolgt/seksistisch/comment/comments/joke/jokes/catcall*/"
        "staring/following/shouting",
        "loopt achter", "nummer vragen", "vraagt haar nummer",
    ],
    "online": [
        "naaktfoto/naaktfoto's/naaktbeeld/naaktbeelden/seksfilmpje/sexting/nudes/nude/dickpic/"
        "afpersen/sextortion", "naakt filmpje",
    ],
}

# `moment`: the person says it is over, without a date the time extractor reads.
MOMENT = {
    "achteraf": [
        "gisteren/eergisteren/gisteravond/gisternacht/laatst/vanochtend/vanmorgen/achteraf/"
        "yesterday/afterwards",
        "vorige week/maand", "vorig weekend", "afgelopen weekend/week", "was al voorbij",
        "last week/night/weekend", "the other day",
    ],
}

# `professional` ("ja"): the writer heard or saw it in their work (a teacher, a trainer, a nurse,
# a manager): the advice for naasten adds where professionals can consult. Not a role of its
# own: a professional who was told is a naaste, one who saw it a witness.
_PROFESSIONS = (
    "docent/docente/leraar/lerares/juf/meester/mentor/mentrix/leerkracht/trainer/trainster/"
    "coach/verpleegkundige/verpleger/verzorgende/huisarts/arts/doktersassistent/"
    "doktersassistente/praktijkondersteuner/jeugdwerker/jongerenwerker/maatschappelijk/"
    "begeleider/begeleidster/pedagogisch/gastouder/leidster/groepsleider/hr/leidinggevende/"
    "teamleider/manager/vertrouwenspersoon/imam/dominee/pastoor/predikant/zorgmedewerker/"
    "schoolmaatschappelijk/ib'er/zorgcoördinator/zorgcoordinator/jeugdtrain*/hoofdtrain*/hr*/"
    "personeelsadviseur/productieleider/zakelijk/ouderling/diaken/jeugdleider/jeugdleiding/pastoraal/"
    "wijkverpleegkundige/studieadviseur/studiebegeleider/decaan/onderwijsassistent/groepsleerkracht/"
    "schoolleider/locatiemanager/afdelingshoofd/bedrijfsarts/psycholoog/fysiotherapeut/dansdocent/"
    "danslerares/dansleraar/muziekdocent/zwemleraar/zwemjuf/instructeur/scoutingleider/bijlesdocent/"
    "bedrijfsleider/filiaalmanager/filiaalleider/directeur/schooldirecteur/rector/conrector/regisseur"
)
_PROFESSIONS_EN = (
    "teacher/tutor/coach/trainer/nurse/doctor/gp/counsellor/counselor/youth/social/hr/manager/"
    "supervisor/pastor/imam/childminder/nanny/caregiver/carer"
)
_CARED_FOR = (
    "leerling/leerlinge/leerlingen/pupil/pupillen/cliënt/client/cliënte/cliënten/clienten/"
    "patiënt/patient/patiënte/patiënten/speler/speelster/spelers/sporter/sporters/medewerker/"
    "medewerkster/medewerkers/werknemer/werkneemster/werknemers/bewoner/bewoonster/bewoners/"
    "studente/studenten/deelnemer/deelnemers/gemeentelid/pupillen"
)
PROFESSIONAL = {
    "ja": [
        f"als {_PROFESSIONS}",
        f"als haar/zijn/hun {_PROFESSIONS}",
        f"ik ben een? {_PROFESSIONS}",
        f"ik ben haar/zijn/hun {_PROFESSIONS}",
        "ik werk als",
        f"ik ben _ {_PROFESSIONS}",
        # where the writer works with the people it is about (not "bij een supermarkt": there
        # the writer is more often the one it happens to, and then the role cue decides)
        "ik werk op/in/bij een/de? middelbare/basis? school/hr/hr-afdeling/personeelszaken/verpleeghuis/"
        "zorginstelling/woongroep/kinderopvang/kinderdagverblijf/bso/buurthuis/jeugdzorg/ziekenhuis/"
        "huisartsenpraktijk/woonvorm/instelling/gehandicaptenzorg/zorgboerderij/opvang/internaat",
        "ik train een/het/de? meidenteam/jongensteam/team/elftal/selectie/jeugd/groep/meiden/jongens",
        "ik geef les/training/bijles/dansles/zwemles/muziekles",
        "in mijn/m'n/mn werk als",
        f"een/één {_CARED_FOR} van mij/me",
        f"mijn/m'n/mn {_CARED_FOR}",
        f"een van mijn/m'n/mn {_CARED_FOR}",
        f"as a/an/her/his/their {_PROFESSIONS_EN}",
        f"i'm/im a/an {_PROFESSIONS_EN}",
        f"i am a/an {_PROFESSIONS_EN}",
        "i work as a/an",
        "i coach/train a/an/the? _ team/girls/boys/kids/players",
        "i'm/im a/an student/study advisor/adviser/counsellor/counselor",
        "i am a/an student/study advisor/adviser/counsellor/counselor",
        "i work in hr/a school/a care home/a nursing home/a hospital",
        "one of my students/pupils/players/patients/clients/employees/residents",
        "one of my _ students/pupils/players/patients/clients/employees/residents",
        "one of my _ _ students/pupils/players/patients/clients/employees/residents",
        # "I teach at an international school", "an employee came to me this morning"
        "i teach at/in",
        "i teach _ at/in",
        "an/a employee/student/pupil/resident/patient/client came to me",
        "my student/students/pupil/pupils/patient/patients/client/clients/employee/employees",
    ],
}

ABOUT_CHILD = [
    f"{_MY}/onze/ons dochter/dochters/dochtertje/zoon/zoons/zonen/zoontje/kind/kinderen/"
    "kindje/kids/kid/tienerdochter/tienerzoon/puber/stiefdochter/stiefzoon/pleegkind/"
    "pleegdochter/pleegzoon/kleinkind/kleindochter/kleinzoon/nichtje/neefje/leerling/"
    "leerlinge/leerlingen/pupil/pupillen/zusje/broertje/daughter/son/child/children/student/"
    "students",
    "een minderjarige/minderjarig",
    "minderjarig/minderjarige meisje/jongen/kind",
    "een/het/dat/die kind/kindje",
]
# "een meisje van 13", "een 13-jarige": a minor when the number is below 18 (and the
# writer does not describe themselves: "ik ben een meisje van 15" is the writer's age).
CHILD_WITH_AGE = [
    "meisje/meid/meidje/jongen/jongetje/knul/kind/kindje/zusje/broertje/dochter/zoon/"
    "nichtje/neefje/leerling/leerlinge/tiener/puber/girl/boy/kid/child van/of #n",
    "een/die/dat? #n+-jarige/-jarig/jarige/jarig",
    "#n year/years old girl/boy/kid/child",
    "#n+-year-old",
]

# Pieces that only count together.
CUES = {
    "beelden": [
        "naaktfoto*/naaktbeeld*/naaktfilm*/naaktvideo*/naaktselfie*/naaktplaatje*/nudes/nude/"
        "nudez/naakt/naakte/nudes/nudies",
        "seksfilm*/sexfilm*/sekstape*/sextape*/seksvideo*/sexvideo*/pornofilm*/porno",
        "intieme/pikante/sexy/seksuele/expliciete/private/intimate foto's/fotos/foto/"
        "beelden/filmpjes/filmpje/video's/videos/video/plaatjes/selfies/pics/photos/images",
        "foto's/fotos/foto/filmpje/filmpjes/video/video's/videos/beelden/plaatjes/pics/"
        "screenshots/photos/pictures/images/videos van/of mij/me/ons/haar/hem/een/die/dat/"
        "mijn/m'n/mn/my/her/him",
        f"{_MY} foto's/fotos/foto/filmpjes/filmpje/video's/videos/beelden/plaatjes/pics/"
        "photos/pictures/images/videos/nudes",
        f"{_ME}/ons _ _ gefilmd/gefotografeerd/opgenomen",
        f"{_ME}/ons _ _ filmen/fotograferen/opnemen",
        "ik/we werd/werden/ben/zijn/word/worden _ _ gefilmd/gefotografeerd/opgenomen",
        f"filmde/filmt/fotografeerde/fotografeert {_ME}/ons",
        "stiekem/heimelijk gefilmd/gefotografeerd/opgenomen",
        "sex tape/video",
        "de/die/deze beelden/foto's/fotos/foto/filmpjes/filmpje/video's/videos/video",
        "heeft/had/hebben het/alles _ opgenomen/gefilmd/gescreenshot",
        "gevideobeld/videobellen/videocall/webcam/sexting/screenshots",
        "foto's/fotos/foto/filmpje/filmpjes/video _ _ zonder kleren/kleding",
    ],
    "verspreid": [
        "verspreid*/gedeeld/gedeelt/deelt/delen/deelde/doorgestuurd/doorgestuurt/doorsturen/"
        "rondgestuurd/rondgestuurt/rondsturen/rondgaan/rondgaat/rondgedeeld/gepost/post/"
        "posten/geplaatst/geüpload/geupload/uploaden/gelekt/geleakt/geleaked/gelekte/lekken/"
        "leaked/posted/shared/spread/spreading/uploaded/online/internet/openbaar",
        "gaan/gaat/ging/gingen _ _ _ _ rond",
        f"op _ {_PLATFORMS} gezet/gezet/geplaatst/gepost/gedaan",
        "groepsapp/groepschat/klassenapp/klasapp/appgroep",
        "iedereen heeft _ _ gezien/ontvangen/gekregen",
        "staat/staan _ _ op een/die/de/het _ site/website/pornosite/internet",
        f"naar al/de? {_MY}/zijn/z'n/zn/haar/de vrienden/vriendinnen/ouders/familie/klas/"
        "school/collega's/volgers/contacten/followers/iedereen",
    ],
    "dreiging": [
        "~dreigen _ _ _ _ te? verspreiden/delen/sturen/posten/plaatsen/zetten/laten/opsturen/"
        "doorsturen/online/rondsturen/publiceren",
        "dreigt/dreigde/gedreigd/bedreigt/bedreigde/threatens/threatened/threatening",
        "tenzij ik _ _ betaal/stuur/opstuur",
        "als ik niet _ _ betaal/stuur",
        "wil/vraagt/eist/wilde/vroeg/eiste _ _ geld/bitcoin/betalen/meer/euro",
        "anders _ _ stuurt/deelt/post/zet/verspreidt",
        "als ik _ geen/niet",
        "moet/moest _ _ betalen",
        "unless i pay",
        "wants money",
    ],
    "weghalen": [
        "verwijder*/weghalen/weggehaald/weg/weggaan/eraf/offline/wissen/gewist/deleten/delete/"
        "deleted/remove/removed/verdwijnen",
    ],
    "seks": [
        "seks/sex/seksen/neuken/geneukt/neukte/gepijpt/pijpen/sekspartner/condoom/"
        "klaargekomen/huwelijk",
        "in bed",
        "met me/mij naar bed",
    ],
    "geen_toestemming": [
        "ik wilde/wou/wil het/dat/dit _ niet",
        "ik wilde/wou _ niet",
        "wilde/wou/wil geen seks/sex",
        "dat/het/dit wilde/wou ik _ niet",
        "die/wat ik _ _ niet wilde/wou/wil",
        "ik _ nee/stop zeg/zei/zeggen/riep",
        "pijn deed/doet",
        "deed/doet pijn",
        "nee zeg/zei",
        "niet/nooit _ vrijwillig",
        "geen zin",
        "stiekem _ _ condoom",
        "ik zei _ nee/stop",
        "zonder dat ik het wilde/wou",
        "ik heb/had _ geen toestemming/ja gegeven/gezegd",
        "ik gaf _ geen toestemming",
        # wanting to stop, with "hij ging door" (the combination needs both): "bij hem thuis wilde ik
        # stoppen en dat heb ik ook gezegd maar hij ging gewoon door"
        "ik wilde/wou/wil _ stoppen",
        "wilde/wou ik _ stoppen",
        "ik wilde/wou _ niet meer",
        "i wanted/want to stop",
        "i didn't/didnt want",
        "i said no",
        # in English as people write it (set S: "i told him i wanted to go home and he just kept going")
        "i did not want",
        "i said stop",
        "told him/her to stop",
        "i told him/her i wanted/want to go/leave",
        "without my consent",
        "against my will",
    ],
    "doorgaan": [
        "ging/bleef/gaat/blijft _ _ verder/door/doorgaan",
        "luisterde/luistert/stopte/stopt niet",
        "gebeurt/gebeurde/doet/deed _ het _ toch",
        "toen is het _ gebeurd",
        "duwde/drong zich/zichzelf",
        "didn't/didnt stop",
        "did not stop",
        "kept going",
        "wouldn't/wouldnt stop",
    ],
    # the writer gives their own age: "een jongen van 17" is then the other party
    "self_age": ["ik/k ben _ #n", "i'm/im #n", "i am #n"],
    "naaste": [
        f"{_MY}/haar/zijn {_FAMILY} _ _ _ vertelde/vertelt/verteld/vertrouwde/toevertrouwd",
        "ik ben haar/zijn/de moeder/vader/partner/zus/broer/opa/oma/ouder",
        f"{_MY} {_FAMILY} is/wordt/werd/was/zijn/werden/was _ _ _ {_HARMED}",
        f"{_MY} {_FAMILY} iets _ _ is/was overkomen",
    ],
    # names of organisations that contain one of our words
    "organisatie": [
        "veilig thuis",
        "centrum/centra seksueel geweld",
        "sexual assault centre/center",
    ],
    # present tense: where the person is now, not where it happened ("ik ben nu thuis")
    "nu_thuis": ["ben/zit/lig/sta/zitten/zijn _ _ thuis", "naar huis"],
    # a time of day, not the place: "ik werk bij een supermarkt (vakken vullen na school)"
    "na_school": ["na/naast school/schooltijd", "after/besides school"],
}

# Two cues in one message make an entity, unless one of the last labels is there too
# (a threat to spread images is sextortion; the images are not spread yet).
COMBINATIONS = [
    (("cue:seks", "cue:geen_toestemming"), "incident:verkrachting", ()),
    (("cue:beelden", "cue:verspreid"), "incident:online_beelden", ("cue:dreiging",)),
    (("cue:beelden", "cue:dreiging"), "incident:sextortion", ()),
    (("cue:beelden", "cue:weghalen"), "wish:beelden_verwijderen", ()),
    (("incident:online_beelden", "cue:weghalen"), "wish:beelden_verwijderen", ()),
    (("cue:geen_toestemming", "cue:doorgaan"), "incident:aanranding", ("incident:verkrachting",)),
]

# A match inside the span of a longer match of one of these labels is explained by that
# longer match and is dropped ("seks tegen mijn wil" is rape, not also "tegen mijn wil";
# "naar de huisarts" is a wish for medical care, not a setting).
MASKS = {
    "wish:geen_politie": ["wish:aangifte"],
    "church:gereformeerd": ["church:protestants"],  # "hersteld hervormd" is not the PKN
    "church:reformatorisch": ["church:gereformeerd"],  # "oud gereformeerde gemeente"
    "incident:verkrachting": ["incident:aanranding"],
    "incident:intimidatie": ["cue:beelden", "cue:verspreid", "d_method:documenteren"],
    "incident:online_beelden": ["cue:beelden", "cue:verspreid"],
    "cue:dreiging": ["cue:verspreid"],
    "cue:verspreid": ["setting:thuis"],  # "naar mijn familie sturen": who sees the images
    "cue:naaste": ["setting:thuis"],  # "mijn zus is verkracht": not a setting
    "cue:organisatie": ["setting:thuis", "incident:aanranding"],
    "d_method:documenteren": ["d_method:afleiden"],  # "opschrijven hoe laat het was"
    "wish:medisch": ["setting:zorg", "d_method:documenteren"],  # "sporen laten vastleggen"
    "cue:nu_thuis": ["setting:thuis"],
    "cue:na_school": ["setting:school", "scene:school"],
    "wish:bemiddeling": ["wish:praten"],
    "wish:melden": ["wish:praten"],
    "d_method:afleiden": ["wish:praten", "d_method:direct_aanspreken"],
    "d_method:achteraf_steunen": ["wish:praten", "d_method:afleiden"],
    "d_method:delegeren": ["d_method:direct_aanspreken"],
    "cue:beelden": ["d_method:documenteren"],
    "cue:geen_toestemming": ["d_method:direct_aanspreken"],
}

# Cues whose meaning a negation does not undo: "ik wilde geen seks" still speaks of sex,
# and says the person did not want it.
NEVER_NEGATED = frozenset(
    {"cue:seks", "cue:geen_toestemming", "cue:doorgaan", "cue:dreiging", "cue:self_age"}
    # where and what kind for the coaching: "een meisje dat niet meer op haar benen kan staan"
    | {f"harm_kind:{kind}" for kind in HARM_KIND} | {f"scene:{scene}" for scene in SCENE}
)

# When several settings match, the triage should prefer the first of these: the most
# specific place, the one with its own reporting point, comes before home, and home before
# public places (a sector's help also covers what happened on the way there).
# Places many settings have: the "kleedkamer" of a theatre, a school gym or a swimming pool. Such a word
# alone still names sport; with another setting (or scene) in the same message, that one is meant (a
# theatre's dressing room got Centrum Veilige Sport: sport comes first in SETTING_PREFERENCE).
_DRESSING_ROOM = frozenset({"kleedkamer", "kleedkamers", "locker", "locker room"})
WEAK_PLACE_WORDS = {"setting:sport": _DRESSING_ROOM, "scene:sport": _DRESSING_ROOM}

SETTING_PREFERENCE = (
    "sport", "kerk", "cultuur", "zorg", "school", "studentenleven", "werk", "thuis",
    "online", "ov", "uitgaan", "straat",
)
# The incident to act on first: physical and time-critical before online, online before
# remarks.
INCIDENT_PREFERENCE = (
    "verkrachting", "drogering", "aanranding", "sextortion", "online_beelden", "intimidatie",
)


def all_rules() -> dict:
    """Every phrase list under its matcher label."""
    rules = {}
    for entity, table in (
        ("incident", INCIDENT), ("setting", SETTING), ("wish", WISH), ("d_method", D_METHOD),
        ("church", CHURCH), ("municipality", MUNICIPALITY), ("simple_language", SIMPLE_LANGUAGE),
        ("d_hint", D_HINT), ("scene", SCENE), ("harm_kind", HARM_KIND), ("moment", MOMENT),
        ("professional", PROFESSIONAL),
    ):
        for value, phrases in table.items():
            rules[f"{entity}:{value}"] = phrases
    for name, phrases in CUES.items():
        rules[f"cue:{name}"] = phrases
    rules["about_child:ja"] = ABOUT_CHILD
    rules["child_age"] = CHILD_WITH_AGE
    return rules
