"""The facts' words in the other languages teams write in, read as their English.

Advisor's readings are English. Teams also write in Spanish, French, German and
Portuguese, or mix them with English ("Budget: 50.000 EUR, Start in drei Monaten"). This
glossary turns the words that carry facts — budget, examples, labelled, data, weeks,
months, per month, requests, "if we had" — into the English the readings know, before they
run. Only the lower-cased twin of the text changes; the evidence shown is the person's own
words.

Every English replacement is no longer than the words it replaces and is padded with
spaces to the same length, so an offset still points at the same place in the original.
Short words that are also English ("no", "mes", "pro") are replaced only inside a phrase
that cannot be English ("por mes", "pro Monat").
"""

from __future__ import annotations

import re

from assistant.parsing.lazy import lazy_pattern

# Foreign words (lower case) and their English. Grouped by what they say.
_GLOSSARY: dict[str, str] = {
    # Money.
    "presupuesto": "budget",
    "orçamento": "budget",
    "orcamento": "budget",
    "dólares": "dollars",
    "dolares": "dollars",
    "dólar": "usd",
    # Fields of work.
    "tienda online": "online store",
    "tienda en línea": "online store",
    "boutique en ligne": "online store",
    "loja online": "webshop",
    "loja virtual": "online store",
    "onlineshop": "webshop",
    "aseguradora": "insurer",
    "seguradora": "insurer",
    "versicherung": "insurance",
    "sachversicherung": "insurance",
    "compagnie d'assurance": "insurer",
    "despacho de abogados": "law firm",
    "escritório de advocacia": "law firm",
    "cabinet d'avocats": "law firm",
    "anwaltskanzlei": "law firm",
    "kanzlei": "lawyers",
    "juridique": "legal",
    "juridiques": "legal",
    "jurídico": "legal",
    "jurídica": "legal",
    "juristes": "lawyers",
    "abogados": "lawyers",
    "advogados": "lawyers",
    "avocats": "lawyers",
    "médicos": "doctors",
    "médicaux": "medical",
    "médicales": "medical",
    "médecins": "doctors",
    "ärzte": "docs",
    "atención al cliente": "customer service",
    "atendimento ao cliente": "customer service",
    "service client": "support",
    "kundenservice": "support",
    "atendentes": "agents",
    "pacientes": "patients",
    "patienten": "patients",
    "alumnos": "pupils",
    "alunos": "pupils",
    "élèves": "pupils",
    "schüler": "pupils",
    "estudiantes": "students",
    # Data and labels.
    "ejemplos": "examples",
    "paires": "pairs",
    "registros": "records",
    "identificados": "labeled",
    "identificadas": "labeled",
    "confundiu": "mixed up",
    "confundió": "mixed up",
    "só com prompt": "with a prompt",
    "solo con prompt": "with a prompt",
    "precisamos de": "we need",
    "necesitamos": "we need",
    "pelo menos": "at least",
    "al menos": "at least",
    "au moins": "at least",
    "mindestens": "at least",
    "acerto de": "right",
    "a gente deve ter": "we will have",
    "a gente vai guardar": "we'll store",
    "vai guardar": "will store",
    "vamos a tener": "we will have",
    "uns": "",
    "depois de uns": "after about",
    "después de unos": "after about",
    "depois de": "after",
    "después de": "after",
    "nada rotulado": "no labeled",
    "nada etiquetado": "no labeled",
    "rien d'annoté": "no labeled",
    "pares": "pairs",
    "paare": "pairs",
    "sommaires": "summaries",
    "resúmenes": "summaries",
    "resumos": "digest",
    "rédigés par": "written by",
    "escritos por": "written by",
    "cómo escriben": "how    write",
    "exemplos": "examples",
    "exemples": "examples",
    "beispiele": "examples",
    "beispielen": "examples",
    "etiquetados": "labeled",
    "historial etiquetado": "labeled history",
    "histórico": "history",
    "etiquetado": "labeled",
    "etiquetada": "labeled",
    "etiquetadas": "labeled",
    "anotados": "labeled",
    "anotadas": "labeled",
    "rotulados": "labeled",
    "rotuladas": "labeled",
    "annotés": "labeled",
    "annotées": "labeled",
    "étiquetés": "labeled",
    "étiquetées": "labeled",
    "gelabelte": "labeled",
    "gelabelten": "labeled",
    "annotierte": "labeled",
    "annotierten": "labeled",
    "klassifiziert": "labeled",
    "aprobados": "approved",
    "aprobadas": "approved",
    "aprovados": "approved",
    "aprovadas": "approved",
    "validés": "vetted",
    "validées": "vetted",
    "revisados": "reviewed",
    "revisadas": "reviewed",
    "correos": "emails",
    "mensajes": "messages",
    "mensagens": "messages",
    "precisão": "accuracy",
    "precisión": "precision",
    "précision": "precision",
    "präzision": "precision",
    "genauigkeit": "accuracy",
    "exactitud": "accuracy",
    "rotulam": "label",
    "etiquetan": "label",
    "annotent": "label",
    "datos": "data",
    "dados": "data",
    "données": "data",
    "daten": "data",
    # Volumes.
    "solicitudes": "requests",
    "peticiones": "requests",
    "consultas": "queries",
    "requêtes": "requests",
    "demandes": "requests",
    "anfragen": "requests",
    "atendimentos": "requests",
    "transacciones": "transactions",
    "transações": "txns",
    # Growth ("van a subir un 50%", "le volume va doubler").
    "subir": "rise",
    "suben": "rise",
    "aumentar": "increase",
    "aumentan": "increase",
    "augmenter": "increase",
    "augmente": "increase",
    "crescer": "grow",
    "steigen": "rise",
    "verdoppeln": "double",
    "duplicar": "double",
    "doubler": "double",
    "dobrar": "double",
    "triplicar": "triple",
    "tripler": "triple",
    # Years of records, and the words of about ("6 años de ...", "unos 12 millones").
    "años": "yrs",
    "anos": "yrs",
    "jahre": "years",
    "jahren": "years ",
    "unos": "some",
    "unas": "some",
    "cerca de": "about",
    "environ": "about",
    "etwa": "some",
    "rund": "some",
    # Large numbers and records already coded ("unos 12 millones ya codificadas").
    "millones": "million",
    "milhões": "million",
    "millionen": "million",
    "codificadas": "coded",
    "codificados": "coded",
    "classificadas": "classified",
    "classificados": "classified",
    "clasificadas": "classified",
    "clasificados": "classified",
    # How a prompted trial went ("muy lento, caro, y confunde códigos").
    "muy lento": "too slow",
    "muito lento": "too slow",
    "trop lent": "too slow",
    "zu langsam": "too slow",
    "confunde": "mixes up",
    "verwechselt": "mixes up",
    # Trials and what came of them ("testamos um LLM com prompt", "un essai avec un LLM
    # donne 83 %; les gestionnaires exigent 98 %", "custo inviável").
    "testamos": "tested",
    "testámos": "tested",
    "probamos": "tested",
    "essai avec": "trial with",
    "donne": "gives",
    "exigent": "require",
    "exigem": "need",
    "exigen": "need",
    "inviável": "unusable",
    "inviable": "unusable",
    # Plans ("si ça marche ... l'an prochain", "el próximo año", "nächstes Jahr").
    "si ça marche": "if it works",
    "si funciona": "if it works",
    "se funcionar": "if it works",
    "wenn es klappt": "if it works",
    "l'an prochain": "next year",
    "l'année prochaine": "next year",
    "el próximo año": "next year",
    "el año que viene": "next year",
    "no próximo ano": "next year",
    "próximo ano": "next year",
    "nächstes jahr": "next year",
    "im nächsten jahr": "next year",
    # A plan in German ("erst mal mit Prompting ... langfristig ein fine-getuntes Modell").
    "erst mal": "at first",
    "erstmal": "initial",
    "langfristig": "eventually",
    "fine-getuntes": "fine-tuned",
    "fine-getunte": "fine-tuned",
    "fine-getunten": "fine-tuned",
    # Data that will accrue ("vamos acumular exemplos", "on accumulera des exemples", "los
    # odontólogos van a corregir cada borrador y lo vamos a guardar", "les professeurs
    # corrigeront", "les profs vont noter chaque exercice", "wir sammeln jede Korrektur").
    "acumular": "accruing",
    "acumulando": "accruing",
    "accumuler": "accruing",
    "accumulera": "accruing",
    "accumulerons": "accruing",
    "vamos a guardar": "we'll store",
    "van a poder": "will",
    "jeweils mit": "each with",
    "historische": "historical",
    "historischen": "historical",
    "berichte": "reports",
    "versuch mit": "trial with",
    "sprachmodell": "llm",
    "sprachmodellen": "llms",
    "trefferquote": "accuracy",
    "brachte nur etwa": "got only about",
    "brachte nur": "got only",
    "fachbegriffe": "jargon",
    "a cada": "every",
    "cada uno con": "each with",
    "cada um com": "each with",
    "usuarios": "users",
    "usuários": "users",
    "utilisateurs": "users",
    "vão poder": "will",
    "pourront": "will",
    "corregir": "correct",
    "corrigir": "correct",
    "y eso se guarda": "and it is saved",
    "eso se guarda": "it is saved",
    "isso é salvo": "it is saved",
    "el tono de la marca": "the brand tone",
    "o tom da marca": "the brand tone",
    "le ton de la marque": "the brand tone",
    "tono de marca": "brand tone",
    "guardamos todos los": "we store all the",
    "guardamos todos os": "we store all the",
    "vamos guardar": "we'll store",
    "guardaremos": "we'll store",
    "vamos a registrar": "we'll record",
    "vamos registrar": "we'll record",
    "registraremos": "we'll record",
    "on gardera": "will store",
    "nous garderons": "we will store",
    "on conservera": "will store",
    "on enregistrera": "will record",
    "van a corregir": "will correct",
    "vão corrigir": "will correct",
    "vont corriger": "will correct",
    "corrigeront": "will edit",
    "vont noter": "will label",
    "noteront": "will tag",
    "wir sammeln": "will gather",
    "borradores": "drafts",
    "borrador": "draft",
    "rascunhos": "drafts",
    "brouillons": "drafts",
    "textes": "texts",
    # Roll-outs ("ensuite déploiement sur tout le réseau", "extenderlo a todas las sedes").
    "ensuite": "then",
    "luego": "then",
    "después": "then",
    "depois": "then",
    "danach": "then",
    "déploiement sur": "roll out across",
    "déploiement dans": "roll out across",
    "despliegue en": "roll out to",
    "extenderlo a": "expand it to",
    "expandir para": "expand to",
    "expandir a": "expand to",
    "ampliar para": "expand to",
    "ampliar a": "expand to",
    "étendre à": "expand to",
    "korrekturen": "corrections",
    "korrektur": "edits",
    "extenderla a": "expand it to",
    "estendê-lo a": "expand it to",
    "todas las": "all the",
    "todos los": "all the",
    "todas as": "all the",
    "todos os": "all the",
    "toutes les": "all the",
    "tous les": "all the",
    "tout le": "all the",
    "sedes": "sites",
    "agencias": "branches",
    "agences": "offices",
    "tiendas": "stores",
    "filiales": "branches",
    "filialen": "branches",
    "succursales": "branches",
    "clínicas": "clinics",
    "cliniques": "clinics",
    "hospitales": "hospitals",
    "colegios": "schools",
    "collèges": "schools",
    # Consistency ("igual de consistente en todas", "un ton homogène", "cohérence").
    "consistente": "consistent",
    "consistentes": "consistent",
    "homogène": "uniform",
    "homogénea": "uniform",
    "homogéneo": "uniform",
    "cohérence": "uniform",
    "cohérent": "uniform",
    "cohérente": "uniform",
    "coherente": "uniform",
    "coerente": "uniform",
    "einheitlich": "uniform",
    "einheitliche": "uniform",
    # Periods.
    "semanas": "weeks",
    "semaines": "weeks",
    "wochen": "weeks",
    "meses": "mos",
    "monate": "months",
    "monaten": "months",
    "días": "days",
    "dias": "days",
    "jours": "days",
    "tage": "days",
    "tagen": "days",
    # Small numbers in words: "tenemos tres meses", "dans deux semaines", "in drei Wochen".
    # Read only in a text that passes the _CUES test, which short words such as "no" also
    # pass, so an English "dos" beside a "no" is read as 2.
    "dos": "2",
    "tres": "3",
    "cuatro": "4",
    "cinco": "5",
    "seis": "6",
    "diez": "10",
    "deux": "2",
    "trois": "3",
    "quatre": "4",
    "cinq": "5",
    "dix": "10",
    "zwei": "2",
    "drei": "3",
    "vier": "4",
    "fünf": "5",
    "sechs": "6",
    "zehn": "10",
    "duas": "2",
    "três": "3",
    "quatro": "4",
    "dez": "10",
    "un mois": "a month",
    "un mes": "a mo",
    "um mês": "a mo",
    "einen monat": "a month",
    # Rates ("por mes", "par jour", "pro Monat", "im Monat").
    "por mes": "a month",
    "al mes": "a mo",
    "por mês": "a month",
    "par mois": "a month",
    "pro monat": "per month",
    "im monat": "a month",
    "por día": "a day",
    "por dia": "a day",
    "al día": "a day",
    "par jour": "a day",
    "pro tag": "per day",
    "am tag": "a day",
    "por semana": "a week",
    "par semaine": "a week",
    "pro woche": "per week",
    # Deadlines ("en 3 semanas", "dans 3 semaines").
    "dans": "in",
    "em": "in",
    # Having none ("no tenemos datos", "pas encore de données", "keine Daten").
    "no tenemos": "no",
    "no contamos con": "no",
    "no disponemos de": "no",
    "no hay": "no",
    "não temos": "no",
    "não há": "no",
    "pas encore d'exemples": "no examples",
    "pas d'exemples": "no examples",
    "pas d'historique": "no history",
    "pas encore de": "no",
    "pas de": "no",
    "keine": "no",
    "kein": "no",
    "não": "no",
    "sin": "no",
    "aucune": "no",
    "aucun": "no",
    # Supposing ("si tuviéramos", "si on avait", "angenommen, wir hätten").
    "si tuviéramos": "if we had",
    "si tuvieramos": "if we had",
    "si on avait": "if we had",
    "si nous avions": "if we had",
    "se tivéssemos": "if we had",
    "wenn wir": "if we",
    "angenommen": "suppose",
    "imaginons": "suppose",
    "supongamos": "suppose",
    "wir hätten": "we had",
}
# Words that stand alone only where a number comes next ("dans 3 semaines", "em 45 dias").
_BEFORE_A_NUMBER = frozenset({"dans", "em"})
_WORDS = lazy_pattern(
    r"(?<![\w])(?:"
    + "|".join(re.escape(word) for word in sorted(_GLOSSARY, key=len, reverse=True))
    + r")(?![\w])"
)
_NUMBER_NEXT = lazy_pattern(r"\s+\d")
# A cheap test first: about seven English descriptions in ten hold none of these letters
# or words, and skip the search. The words repeat the glossary's distinctive ones by hand.
_CUES = lazy_pattern(
    r"[áéíóúâêôãõçàèäöüß]|\b(?:presupuesto|ejemplos|exemplos|exemples|beispiele|datos|dados"
    r"|daten|semanas|semaines|wochen|meses|monate|dias|jours|tage|por|par|pro|dans|em|pas"
    r"|keine?|sin|no|si|wenn|angenommen|imaginons|supongamos|solicitudes|consultas|anfragen"
    r"|demandes|atendimentos|etiquetados|anotados|rotulados|gelabelte|annotierte|aucune?"
    r"|tienda|boutique|loja|onlineshop|\w*versicherung|kanzlei|kundenservice|alumnos|alunos"
    r"|pacientes|patienten|estudiantes|aseguradora|seguradora|atendentes|cabinet|despacho"
    r"|aprobad[oa]s|aprovad[oa]s|revisad[oa]s|correos|mensajes|mensagens|precis\w+|pr[aä]zision"
    r"|genauigkeit|exactitud|rotulam|etiquetan|annotent|transacciones|subir|suben|aumentar"
    r"|aumentan|augmenter?|crescer|steigen|verdoppeln|duplicar|doubler|dobrar|triplicar"
    r"|tripler|testamos|testámos|probamos|essai|donne|exigen|exigem|exigent|invi[aá]vel"
    r"|inviable|marche|funciona|funcionar|klappt|prochain|prochaine|pr[oó]ximo|n[aä]chste[ns]?"
    r"|millones|millionen|codificad[oa]s|clasificad[oa]s|lento|lent|langsam|confunde"
    r"|verwechselt|a[nñ]os|jahren?|unos|unas|cerca|environ|etwa|rund|erst|erstmal|langfristig"
    r"|fine-getunte[sn]?|acumula\w*|accumul\w+|guardar\w*|registrar\w*|gardera|garderons"
    r"|conservera|enregistrera|corregir|corrigeront|corriger|noter|noteront|sammeln|borrador\w*"
    r"|rascunhos|brouillons|textes|poder|pourront|jeweils|historische[n]?|berichte|versuch|sprachmodell\w*|trefferquote|brachte|fachbegriffe|cada|historial|cada|usuarios|usu[aá]rios|utilisateurs|corrigir|guarda|salvo|tono|tom|ton|guardamos|registros|identificad[oa]s|confundi\w*|s[oó]lo|precisamos|necesitamos|pelo|menos|moins|mindestens|acerto|gente|vai|tener|uns|nada|rien|juridiques?|juristes|abogados|advogados|avocats|paires|pares|paare|sommaires|resumos|escritos|expandir|ampliar|korrektur\w*|ensuite|luego|depois|danach|despliegue|extender\w*|todas|todos|toutes"
    r"|tous|tout|sedes|agencias|agences|tiendas|filiale[ns]?|succursales|hospitales|colegios"
    r"|consistentes?|coherente|coerente|einheitliche?)\b"
)


# "20 mil atendimentos": in Spanish and Portuguese "mil" is a thousand (in English notes
# it is a million), so it is read so only in a text the glossary found foreign words in.
_MIL = lazy_pattern(r"(?<=\d )mil(?![\w])")


def glossed(low: str) -> str:
    """``low`` with the glossary's foreign words replaced by their English, padded to the
    same length."""
    if _CUES.search(low) is None:
        return low
    english = _WORDS.sub(lambda match: _english(low, match), low)
    if english != low:
        english = _MIL.sub("k  ", english)
    return english


def _english(low: str, match: re.Match[str]) -> str:
    word = match.group()
    if word in _BEFORE_A_NUMBER and _NUMBER_NEXT.match(low, match.end()) is None:
        return word
    english = _GLOSSARY[word]
    return english + " " * (len(word) - len(english))
