"""Cue groups of the crisis rules. A cue is a short phrase: words separated by spaces, "a/b"
for alternatives, "word*" for a word that starts so. Each next word may follow after one
other word. Cues are grouped by what they *mean* (someone is here, I am held, it is now, it
is over); the rules in `rules.py` combine groups, in any order, so no single sentence has to
be foreseen. Dutch and English side by side."""

# --- danger now --------------------------------------------------------------------------------
DANGER_SAID = [
    "in gevaar", "in levensgevaar", "niet veilig", "onveilig",
    "help help", "helpp", "hulp nodig nu", "nu hulp", "help nu", "sos", "kom snel", "red me",
    "in danger", "not safe", "unsafe", "save me", "need help now", "help now",
]
# A plea for help: the alarm when nothing tells of the past, but "help mij alstublieft, ik
# ben vorige week misbruikt" asks for help with something that is over.
HELP_SAID = [
    "help me", "help mij", "please help", "help please", "help aub", "help alsjeblieft", "help alstublieft",
    "help pls", "pls help", "plz help", "help plz",
]

PRESENCE = [
    "voor/aan/bij/op de/mijn/mn/onze/m deur", "aan de/mijn bel", "deurbel", "deurklink",
    "op/in mijn/mn/m/de kamer", "in de badkamer", "naast me/mij", "voor het/mijn/ons huis",
    "onder mijn/het raam", "staat buiten", "buiten staan", "beneden", "in huis", "is binnen",
    "zijn binnen", "staat binnen",
    "komt eraan", "komen eraan", "komt zo", "komt straks", "komt thuis", "thuiskomt",
    "thuis komt", "komt terug", "komt hierheen", "komt naar me toe", "komt naar mijn",
    "onderweg", "op weg", "is hier", "zijn hier", "staat hier", "hierheen", "achter me aan",
    "achter mij aan", "loopt achter me", "volgt me", "volgt mij", "achtervolgt", "komt me halen",
    "kom je halen", "komt je halen", "komt mij halen", "naar binnen", "binnen te komen",
    "bij mij in bed", "in mijn bed", "at the/my door", "outside my/the", "in my room",
    "on his/her/their way", "coming home", "coming over", "coming back", "coming for me",
    "come get me", "is here", "are here", "downstairs", "next to me", "behind me",
    "following me", "follows me", "in my bed", "in the room", "breaking in", "get in",
    "trying to get", "komt me", "wacht op me", "wacht op mij", "waiting for me", "staat op me te wachten",
    "hiernaast", "next door", "naast ons",
    "voordeur", "front door",
]

HELD = [
    "opgesloten", "opsluiten", "sluit me op", "sluit mij op", "op slot", "locked", "lock",
    "laat me niet gaan/weg/eruit/naar", "laat mij niet gaan/weg/eruit/naar", "laat me er niet uit",
    "laten me niet gaan/weg/eruit/naar", "mag niet weg", "kan niet weg",
    "kan hier niet weg", "kan er niet uit", "kom er niet uit", "kan niet naar buiten",
    "mag niet naar buiten", "wont let me", "will not let me", "doesnt let me", "cant leave",
    "cant get out", "cannot leave", "cannot get out", "not allowed to leave", "word vastgehouden",
    "wordt vastgehouden", "houdt me vast", "houden me vast", "holding me", "vastgebonden", "vastgebonde", "tied up",
    "pakt mijn telefoon", "mijn telefoon afgepakt", "took my phone", "trapped", "ontvoerd",
    "kidnapped", "stuck in", "zit vast", "can't get away", "cant get away", "kan niet ontsnappen",
    "hou me vast", "laat me niet gaan", "laat me niet weg", "sleept me", "sleurt me",
    "trekt me mee", "neemt me mee", "dragging me", "pulling me", "taking me",
]

ATTACK_NOW = [
    "slaat me/mij", "schopt me/mij", "wurgt", "knijpt mijn keel", "is me aan het",
    "is mij aan het", "zijn me aan het", "verkracht me/mij", "valt me aan", "aangevallen",
    "duwt me", "bonkt", "bonst", "beukt", "trapt de deur", "trapt tegen", "rammelt", "breekt",
    "slaan me", "betast me", "zit aan me", "zit aan mij", "grijpt me", "pakt me vast",
    "hitting me", "hits me", "beating me", "choking me", "strangling", "raping me",
    "touching me", "attacking", "grabbing me", "banging on", "kicking the door",
    "pounding on", "hurting me", "gillen", "gilt", "schreeuwt", "schreeuwen", "krijsen",
    "screaming", "screams", "yelling", "huilt om hulp", "crying for help", "vecht",
    "fighting", "slaat haar", "slaat hem", "hitting her", "hitting him", "sleurt haar",
    "dragging her", "zit aan haar", "touching her", "het gebeurt nu", "it is happening",
    "its happening", "happening now", "happening again", "gebeurt weer", "gebeurt nu",
    "doet het weer", "doing it again", "heeft een mes/pistool/wapen/vuurwapen/geweer/knuppel",
    "met een mes/pistool/wapen/vuurwapen/geweer", "has a knife/gun/weapon", "with a knife/gun",
    "wordt/word geslagen/aangevallen/verkracht/betast/meegesleurd/meegetrokken/gewurgd/geschopt/belaagd",
    "is/am/are being hit/attacked/raped/dragged/grabbed/choked/beaten/followed",
    "nee stop", "nee nee", "stop roepen", "roept nee",
    "hoor een vrouw/man/meisje/jongen/kind gillen/schreeuwen/roepen/huilen", "screaming no", "gesleurd",
    "wordt meegenomen", "being taken", "dragged into",
    "klopt op mijn raam/deur", "klopt aan", "staat te kloppen", "knocking on", "banging at",
]

DRUGGED = [
    "iets in mijn drank*", "iets in m'n drank*", "in mijn drankje", "in mn drankje",
    "gedrogeerd", "gedrogeert", "drogeren", "drugged", "spiked", "something in my drink",
    "ghb", "voel me raar", "voel me heel raar", "voel me vreemd", "voel me zo raar",
    "duizelig", "draaierig", "wazig", "kan niet meer staan", "kan bijna niet staan",
    "kan niet goed staan", "cant stand", "can barely stand", "feel weird", "feel strange",
    "feel so weird", "dizzy", "blackout", "black out", "knock out",
]

THREAT = [
    "vermoord*", "maakt me af", "maak je af", "maakt mij af", "af te maken", "dood maken",
    "doodmaken", "kill me", "kill you", "kill her", "kill him", "mes", "wapen", "pistool",
    "vuurwapen", "knife", "gun", "weapon", "bedreigt me", "bedreigt mij", "dreigt",
    "threatens", "threatening", "ik kom je", "ik maak je", "je gaat eraan", "you are dead",
    "youre dead", "ga je pakken", "gaat me pakken", "gaat me iets aandoen", "doet me iets aan",
    "gaat me verkrachten", "wil me verkrachten", "going to hurt", "gonna hurt", "going to rape",
    "gonna rape", "going to kill", "gonna kill",
]

FEAR = [
    "bang", "doodsbang", "angstig", "paniek", "in paniek", "scared", "afraid", "terrified",
    "panic", "panicking", "durf niet", "verstopt", "verstop", "hiding", "hide", "help",
    "trillen", "tril", "shaking", "wat moet ik doen", "what do i do", "what should i do",
]

NOW = [
    "nu", "nou", "nuu", "nuh", "op dit moment", "op dit moment", "zometeen", "zo meteen",
    "zodadelijk", "zo dadelijk", "straks", "vanavond", "vannacht", "meteen", "alweer",
    "now", "right now", "tonight", "soon", "any minute", "at the moment", "currently",
    "again", "still here", "nog steeds hier", "op het moment", "momenteel", "elk moment",
    "ieder moment", "binnen een uur", "over een uur", "over 10 min", "over tien minuten",
    "over een kwartier", "in an hour", "in 10 minutes", "minutes",
]

# Naming 112 or the police is as often a question about them as a cry for help: weak alone.
CALL_FOR_HELP = [
    "bel 112", "112 bellen", "112 gebeld", "bel de politie", "politie bellen", "call 112",
    "call the police", "calling 112", "calling the police",
]

# Not sure whether it is safe: a question back, not an alarm and not silence.
UNSURE_SAFE = [
    "weet niet of ik veilig", "of ik wel veilig", "of ik hier veilig", "of het veilig is",
    "of het hier veilig", "not sure if im safe", "not sure im safe", "not sure if its safe",
    "dont know if im safe", "dont know if i am safe",
]

# Danger to one's body right now, alone after an attack: 112 for medical help too.
HURT = [
    "ik bloed", "ben gewond", "bloed overal", "kleren zijn kapot", "lig op straat", "lig op de grond",
    "weet niet waar ik ben", "weet niet wat er gebeurd is", "im bleeding", "i am bleeding", "dont know where i am",
    "cant remember what happened",
]

# Not wanting to *go* somewhere or to *talk* is no wish to die ("ik wil niet meer naar die
# sportschool"); a joke marker makes a threat a figure of speech ("i'll kill you lol").
NOT_LIFE = [
    "niet meer naar", "niet meer terug", "niet meer praten", "niet meer over", "niet meer met", "niet meer bij",
    "niet meer op", "niet meer in", "niet meer werken", "niet meer sporten", "niet meer trainen",
    "dont want to go", "not going back", "dont want to talk",
]
JOKE = ["lol", "haha", "hahaha", "grapje", "jk", "just kidding", "xd", "geintje"]

# Places and moments that sound like danger words but are not ("voor de deur van het
# politiebureau", "hij staat morgen voor de rechter"), and a future that is not now.
NOT_NOW = [
    "politiebureau", "police station", "rechter", "rechtbank", "court", "zitting", "morgen",
    "tomorrow", "volgende week", "next week", "overmorgen", "volgend jaar", "next year",
    "niet op dit moment", "alleen niet nu", "not right now though",
]

# --- thoughts of suicide ----------------------------------------------------------------------
# Words that may carry a wish to die, but also other things ("pillen", "springen"): weak
# alone, they need the classifier to agree. The strong ones below count on their own.
SUICIDE_WEAK = [
    "end it all", "ending it", "take my life", "dont want to be alive", "dont want to be here",
    "cant go on", "dont wake up", "ik wil gewoon dood", "dood willen", "dood wil", "dood zijn",
    "ik wil niet meer leven", "wil niet meer leven", "niet meer willen leven",
    "er een eind aan", "er een einde aan", "uit het leven", "mezelf van kant",
    "mezelf opknopen", "ophangen", "voor de trein", "voor een trein", "van de brug",
    "van een brug", "van het dak", "van de flat", "springen", "niet meer wakker worden",
    "niet meer zijn", "niet meer hier zijn", "ophouden met bestaan", "voorgoed weg",
    "voor altijd weg", "beter af als ik er niet", "beter als ik er niet", "afscheidsbericht*",
    "goodbye note*", "afscheid genomen", "afscheid nemen van iedereen", "geregeld voor als ik",
    "zie het echt niet meer zitten", "zie het niet zitten", "geen zin meer in het leven",
    "geen zin meer in mijn leven", "geen zin meer om te leven", "heeft geen zin meer",
    "heeft allemaal geen zin", "heeft het nog zin", "wat heeft het nog voor zin",
    "wat heeft het voor zin", "leven heeft geen zin", "geen zin in leven",
    "hou het niet meer vol", "houd het niet meer vol", "kan niet meer verder",
    "kan zo niet verder", "pillen", "pills", "tabletten", "slaappillen", "strip paracetamol",
    "polsen", "wrists", "snijden", "cutting myself", "mezelf pijn doen", "hurting myself",
    "mezelf beschadigen", "selfharm", "ik heb een plan", "i have a plan", "heb een plan",
    "ik wil er niet meer zijn", "wil er niet meer zijn", "ik wil niet meer", "i want out",
    "wil er uit stappen", "eruit stappen", "er tussenuit", "ik wil slapen en nooit",
    "sleep forever", "eeuwig slapen", "never wake", "to die", "dood", "doodgaan", "dood gaan",
    "sterven", "einde maken", "om zeep", "life is over", "no point in living",
    "no point anymore", "whats the point", "what is the point", "geen nut meer", "laatste keer",
    "last time", "niemand mist me", "ik ben er klaar mee", "niet meer verder",
    "dan ben ik er niet meer", "ben ik er niet meer", "niet overleven", "not survive",
    "aanrijden", "onder een trein", "onder de trein", "welke brug", "pijnloos", "painless",
    "laatste video", "laatste bericht", "last video", "last message", "er niet meer is",
    "er niet meer ben", "niet meer opstaan", "nooit meer opstaan", "voorbereiden", "tegenhoudt",
    "tegenhouden", "stop me", "mesjes", "scheermesjes", "razor", "ophoudt voor altijd",
    "permanent", "voorgoed", "for good", "meds", "medicijnen", "medicatie", "jump",
    "vensterbank", "dak", "roof", "bridge", "brug", "spoor", "railway", "tracks",
    "niemand hoeft me", "nobody has to see me", "tonight is the night", "dit was het dan",
    "this is it", "goodbye", "vaarwel", "afscheid", "wil dat het ophoudt", "want it to stop",
    "want it to end",
    # everything, not one thing: "ik wil eigenlijk gewoon dat alles ophoudt. ik ook" (set N, 6 December)
    "dat alles ophoudt", "dat alles stopt", "alles laten ophouden", "want everything to stop",
    "want everything to end",
    "oxazepam", "paracetamol", "strips", "medicijnen", "balkon", "pier", "dodelijk", "deadly", "testament",
    "wachtwoorden opgeschreven", "zorg goed voor", "take care of my", "ophangt", "ophangen", "niet meer blijven",
    "voor altijd", "forever", "goodbye", "laatste keer",
    # Preparing to go: giving things away, saying one will not be here.
    "weggegeven", "weg gegeven", "gave away", "given away", "giving away", "wont be here", "er toch niet meer",
    "wont need help anymore", "niet meer nodig hebben",
    # Ending everything, said in other words (set X, 7 December).
    "end everything", "ending everything", "end the whole thing",
]

# A wish to die that was (and is over): "vroeger wilde ik dood", "she attempted suicide years
# ago". Without a "now", calm; the wish itself, in the present, is never undone by an old
# event told beside it ("het misbruik is 20 jaar geleden maar ik wil dood").
SUICIDE_PAST = [
    "wilde dood", "wilde ik dood", "wilde ik niet meer leven", "dacht aan zelfmoord", "dacht ik aan zelfmoord",
    "zelfmoordpoging", "poging gedaan", "poging tot zelfmoord", "attempted suicide", "tried to kill herself",
    "tried to kill himself", "tried to kill myself", "wanted to die", "used to want to die", "was suicidal",
    "was suicidaal", "was ik suicidaal", "had zelfmoordgedachten", "had suicidal thoughts",
]

# A wish to die said to be absent: "ik ben niet suïcidaal hoor".
SUICIDE_DENIED = [
    "niet suicidaal", "niet suicidal", "geen suicidale", "geen zelfmoordgedachten",
    "denk niet aan zelfmoord", "wil niet dood", "not suicidal", "no suicidal",
    "dont want to die", "not going to hurt myself", "niet van plan mezelf",
    "geen gedachten aan zelfmoord", "echt geen gedachten", "niet aan zelfmoord", "no thoughts of suicide",
    "not thinking about suicide", "geen zelfmoord",
]

# Strong: enough on their own.
SUICIDE_STRONG = [
    "zelfmoord", "zelfdoding", "suicide", "suicidaal", "suicidal", "zelfmoordgedachten",
    "kill myself", "killing myself", "end my life", "ending my life", "take my own life",
    "kms", "want to die", "wanna die", "wish i was dead", "wish i were dead", "dont want to live",
    "better off without me", "better off dead", "ik wil dood", "wil ik dood", "wil dood",
    "niet meer leven", "eind aan maken", "einde aan maken", "eind aan mijn leven",
    "einde aan mijn leven", "van het leven beroven", "mezelf doden", "mezelf ombrengen",
    "mezelf iets aandoen", "mezelf iets aan doen", "mijzelf iets aandoen", "van kant maken",
    "niet meer wakker", "nooit meer wakker", "niet wakker worden", "beter af zonder mij",
    "beter af zonder me", "beter zonder mij", "beter zonder me", "afscheidsbrief*",
    "afscheidsbrieven", "goodbye letter*", "suicide note", "zie het niet meer zitten",
    "zie geen uitweg", "geen uitweg meer", "leven beeindigen", "mijn leven beeindigen",
    "not wake up", "never wake up", "disappear forever", "disappear for good",
    "voorgoed verdwijnen", "verdwijnen voor altijd", "voor altijd verdwijnen", "stop existing",
    "niet meer bestaan", "er niet meer zijn", "er niet meer wil zijn", "levensmoe",
    "tired of living", "klaar met leven", "klaar met het leven", "done with life",
    "no reason to live", "not worth living", "niemand zal me missen", "nobody will miss me",
    "no one will miss me", "hurt myself", "cut myself", "mezelf snijden", "self harm",
    "zelfbeschadiging", "overdosis", "overdose", "alles geregeld voor na mij",
    "mezelf iets aandoe", "mezelf iets aan doe", "mezelf wat aandoe", "mijzelf iets aandoe", "een einde aan maakt",
    "een eind aan maakt", "einde aan haar leven", "einde aan zijn leven", "liever niet bestaan", "liever dood",
    "liever voor altijd slapen", "slaap liever voor altijd", "finishing what he started", "afmaken wat hij begon",
    "jezelf ophangt", "jezelf ophangen", "mezelf ophangen", "waarom zou ik nog blijven", "nog maar een uitweg",
    "nog maar 1 uitweg", "deadly dose", "lethal dose", "dodelijke dosis",
    "niet meer hoeft te zijn", "er niet meer hoeven zijn", "wil niet overleven",
    "hang myself",
    # How easy it would be to end it: "think how easy it would be to just end the whole thing".
    "how easy it would be to end", "how easy it would be to just end", "how easy it would be to jump",
    "hoe makkelijk het zou zijn om er een eind", "hoe makkelijk het zou zijn om te springen",
]

# The same wish said of someone else (a naaste, a teacher): 113 "ook als het om iemand anders
# gaat", unless it is told as the past ("he used to say he'd kill himself").
SUICIDE_OTHER = [
    "kill herself", "kill himself", "killing herself", "killing himself", "end her life", "end his life",
    "take her own life", "take his own life", "hang herself", "hang himself", "hang yourself",
    "zich van kant", "zichzelf van kant", "zichzelf iets aandoen", "zichzelf iets aandoet", "zichzelf iets aan doen",
    "zichzelf ophangen", "zich ophangen", "zichzelf doden", "zichzelf ombrengen",
    "beter af zonder hem", "beter af zonder haar", "beter zonder hem", "beter zonder haar",
    "better off without him", "better off without her", "wants to die", "niet meer wil leven",
    "hurt herself", "hurt himself", "hurting herself", "hurting himself", "harm herself", "harm himself",
    "zichzelf pijn doen", "zichzelf pijn doet", "zichzelf snijden", "zichzelf snijdt",
]  # "wil dood" and "(wil) niet meer leven" are in SUICIDE_STRONG, which counts in any person

# Words whose one-letter neighbours are ordinary words ("doorgaan" / "doodgaan",
# "lezen" / "leven"): matched only as written.
EXACT_ONLY = ["doodgaan", "leven", "sterven", "springen", "dood", "afscheid", "mesjes", "verdwijnen"]

# --- calm: it is over, it is not now, it is a question ----------------------------------------
SAFE_NOW = [
    "ben veilig", "ben nu veilig", "ben weer veilig", "ben inmiddels veilig", "zit veilig",
    "ben al veilig", "voel me veilig", "niet in gevaar", "geen gevaar", "niet in direct gevaar",
    "niet acuut", "geen spoed", "is niet acuut", "not in danger", "no danger", "im safe",
    "i am safe", "im safe now", "i am safe now", "feel safe", "not urgent", "hij is weg",
    "is nu weg", "is al weg", "he left", "hes gone", "is gone", "he is gone", "ben thuis en veilig",
    "niet meer bang", "veilig bij", "ben nu thuis", "ben nu veilig thuis", "im home", "i am home",
    "okay now", "ok now", "is oke", "gaat goed met", "is okay", "is ok", "safe at", "safe with", "veilig thuis",
    "gaat beter",
    "gaat nu beter", "gaat weer beter", "better now", "doing better",
    "dreigt niet", "doet niks", "doet niets", "doesnt threaten", "not threatening",
    # The one who did it walked off: a witness tells what just happened, no danger now.
    "is weggelopen", "zijn weggelopen", "is doorgelopen", "is uitgestapt", "zijn uitgestapt",
    "walked away", "walked off", "got off the",
    # Help came or is on its way after a danger turn: asking again whether someone is in danger
    # would not hear them (set S: "i called. they're coming", "they came and took him out").
    "politie is geweest", "politie was er", "politie is gekomen", "politie komt eraan", "politie is onderweg",
    "hebben hem meegenomen", "hebben hem opgepakt", "ik heb 112 gebeld", "heb de politie gebeld",
    "police came", "police are coming", "police is coming", "police are on their way", "theyre coming",
    "they came and", "took him away", "took him out", "arrested him", "i called 112", "called the police",
    # the one who did it is elsewhere now: "hij is nu niet thuis hoor, hij is aan het werk" (sets N, Q)
    "is nu niet thuis", "is niet thuis", "is nu aan het werk", "is aan het werk", "nu is het rustig",
    "is nu op kamp", "is op kamp", "hes at work", "he is at work", "isnt home", "is not home", "not home right now",
    "politie voor de deur",
]

PAST = [
    "geleden", "vroeger", "toen", "toendertijd", "destijds", "vorig jaar", "vorige week",
    "gisteravond", "gisternacht", "vanochtend", "vanmorgen", "afgelopen nacht", "last night",
    "this morning",
    "vorige maand", "jaren", "gisteren", "gister", "eergisteren", "was ik", "ik was",
    "had me", "had mij", "werd ik", "sloeg", "stond", "kwam", "wilde", "zat", "hield",
    "volgde", "bedreigde", "sloot", "ago", "used to", "back then", "last year", "last week",
    "last month", "when i was", "yesterday", "was", "were", "had", "vorige", "afgelopen",
    "ooit", "in het verleden", "in the past", "long ago", "als kind", "as a child",
    "vertelde", "heeft verteld", "told me",
]

# Said of a time that is clearly over; "nu" in the same message does not undo it, only a
# danger cue that is itself about now (help, held, hit) does.
LONG_PAST = [
    "vroeger", "jaren geleden", "jaar geleden", "destijds", "toendertijd", "als kind", "toen ik",
    "used to", "years ago", "year ago", "as a child", "when i was", "back then", "in het verleden",
    "in the past", "uit elkaar", "gescheiden", "broke up", "left him", "left her", "divorced",
    "is voorbij", "nu voorbij", "in therapie", "in therapy", "zit vast",
    "in de gevangenis", "in prison", "in jail", "woon nu", "live now", "zie hem niet meer",
    "dont see him", "weer thuis", "back home",
]

# It keeps happening, but nothing says it is happening now ("mijn trainer zit steeds aan
# me"): the triage and Veilig Thuis, not 112, unless a "now" is said too.
REPEATED = [
    "steeds", "altijd", "vaak", "elke keer", "iedere keer", "al maanden", "al jaren", "al weken",
    "regelmatig", "telkens", "keeps", "always", "every time", "for months", "for years", "often",
    "constant", "constantly", "continu", "de hele tijd", "all the time", "elke dag", "iedere dag",
    "every day", "keer op keer", "meerdere keren", "several times",
    # not "elke nacht" or "elke avond": "ik hoor bij de buren elke nacht geschreeuw" may be tonight
    "elke ochtend", "iedere ochtend", "elke week", "iedere week", "every morning", "every week", "soms",
    "sometimes", "de laatste keren", "al een tijdje", "for weeks",
    # "als hij bij ons blijft slapen ...": whenever, not now
    "als hij bij ons", "als hij bij mij", "als hij blijft slapen", "wanneer hij", "whenever he", "whenever she",
]

QUESTION_ABOUT = [
    "wat moet je doen als", "wat doe je als", "wat doe ik als", "wat moet ik doen als",
    "wanneer bel je", "wanneer moet je", "wanneer mag je", "wanneer bellen", "mag je 112",
    "kan je 112", "kun je 112", "is 112", "is 113", "wat doet 113", "wat is 113", "wat doet 112",
    "hoe werkt", "wat als", "stel dat", "what if", "what should you do", "when should i call",
    "when do you call", "when to call", "what does 113", "is 113", "is 112", "what do you do if",
    "what should i do if", "hoe herken", "how do i know", "hoe weet ik", "hoe weet je",
    "hoe reageer je als", "hoe reageer ik als", "hoe reageer je wanneer", "wat zeg je als", "how do you react",
    "how should i react", "how do i react", "what do you say when",
    "werkstuk", "spreekbeurt", "scriptie", "onderzoek", "boek", "film", "serie", "essay",
    "signalen", "signs", "voor mijn werk", "for my work", "als professional", "hoe herken",
    "ook als", "even if", "wanneer moet ik 112", "when should i call", "krijg ik bericht",
    "school project", "assignment", "novel", "article", "artikel", "verhaal schrijven",
    # Asking what it is called ("is it rape if it's your husband?"): a question, not a cry.
    "is het verkrachting als", "is dat verkrachting", "telt het als", "telt dat als", "is het strafbaar als",
    "is it considered", "is it rape if", "is that rape", "does it count as", "counts as rape",
    # What happens if I call or report ("als ik ergens bel staat dan de politie voor de deur?")
    "als ik ergens bel", "als ik het meld", "als ik aangifte doe", "if i report", "if i call someone",
]

# Threatened with images ("hij dreigt de foto's naar school te sturen"): sextortion needs
# Helpwanted's advice, not 112, unless something else says danger (a weapon, "hij staat voor de deur").
IMAGES = [
    "naaktfoto*", "naaktfilm*", "naaktbeeld*", "nudes", "nude", "foto", "fotos", "filmpje", "filmpjes",
    "video", "videos", "beelden", "pics", "pictures", "photos", "sexting", "screenshots",
]
# The threat words that say no more than "dreigt": alone next to images they are sextortion.
GENERIC_THREAT = frozenset({("dreigt",), ("threatens",), ("threatening",), ("bedreigt", "me"), ("bedreigt", "mij")})

# Something else is at stake ("dat de voorstelling in gevaar komt", "mijn baan in gevaar
# brengen"): "in gevaar" said of a thing, not of a person now.
AT_STAKE = [
    "in gevaar komt", "in gevaar komen", "in gevaar kwam", "in gevaar brengen", "in gevaar brengt",
    "in gevaar gebracht", "in gevaar te brengen",
    # what is at stake if one speaks up, not a person in danger now: "komt de hele productie in gevaar
    # als ik nu ingrijp", "my whole career here is basically in danger if I make noise" (sets N, Q)
    "in gevaar als ik", "in gevaar als we", "in gevaar als je", "in danger if i", "in danger if we",
    "carrière in gevaar", "carriere in gevaar", "baan in gevaar", "career is in danger", "job is in danger",
]

IDIOMS = [
    "dood van schaamte", "dood van de zenuwen", "dood gaan van schaamte", "schrok me dood",
    "schrik me dood", "schrok mij dood", "doodmoe", "doodop", "doodziek", "dood moe",
    "lach me dood", "lachte me dood", "verveel me dood", "vermoordt me als", "vermoord me als",
    "maakt me af als", "dying to", "kills me", "killing it",
    "dood normaal", "doodnormaal", "doodeng", "doodstil", "doodsaai", "die of embarrassment",
    "scared to death", "bored to death", "ik schaam me dood", "schaam me dood", "dood eng",
    "dood lachen", "doodlachen", "ga dood van", "gaan dood van", "ging dood van",
    "van verveling", "dood zou gaan van", "telefoon gaat", "batterij", "accu", "phone is dying", "battery", "is dood",
    "zijn dood", "is overleden", "overleden", "passed away", "died",
    # the offender or someone else who has died: "die man is al lang dood" (tuned sets F, O, P)
    "al dood", "al lang dood", "al jaren dood", "inmiddels dood", "already dead", "long dead",
    # whether going somewhere or reporting is still worth it: not whether life is
    "heeft het nog zin om ergens/het/naar/aangifte/hulp", "heeft het nog zin om te melden",
    "heeft het dan/eigenlijk/wel/nou nog zin om ergens/het/naar/aangifte/hulp",
    "heeft het dan/eigenlijk/wel/nou nog zin om te melden",
    "heeft het zin om ergens/het/naar/aangifte/hulp", "heeft het zin om te melden",
    "heeft het dan/eigenlijk/wel/nou zin om ergens/het/naar/aangifte/hulp",
    "any point in reporting", "point in going", "worth reporting", "worth going",
    # the same figures with a word between or of someone else: "ik schrok me echt dood", "mijn
    # zoon schaamt zich dood", "schaamt ze zich dood" (tuned sets G, L, Q, R, 7 December)
    "schaam*/schaamt/schaamde/schrok/schrik*/verveel* me/mij/zich/je echt/zo/helemaal/bijna/soms dood",
    "schaam*/schaamt/schaamde/schrok/schrik*/verveel* zich dood",
    "schaamt/schaamde/schrikt/schrok hij/ze/zij zich dood",
    # the offender who has died, in a subordinate clause: "nu hij dood is", "sinds opa dood is"
    # (never "ik": "ik wou dat ik dood was" is a wish to die)
    "hij/ze/zij/die/opa/oma/oom/tante/vader/pa/stiefvader/buurman/dader/man/trainer/priester/pastoor dood is/was",
    # short of breath at a thought, not now in danger: "ik krijg geen lucht als ik eraan denk" (set N)
    "geen lucht als ik eraan denk", "geen lucht als ik daaraan denk", "cant breathe when i think",
]
