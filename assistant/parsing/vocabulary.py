"""The words that name a domain or a task, with how strongly each one does.

Weights: 3 names the kind of work outright ("customer support", "technical support"),
2 is a clear sign ("hospital", "mortgage", "newspaper"), 1 a weak one that often
appears in passing ("orders", "articles", "servers"). 4 names it outright and says
more than a weight-3 name in the same words: "customer support for our database
product" is technical support, as support for a software or hardware product is (support
for orders, returns or bookings is customer service). Patterns are regex fragments
matched on whole words of the lower-cased text.

Real-estate listings count as marketing: a listing description is advertising copy for
one property, and none of its words are about an online store.
"""

from __future__ import annotations

from assistant.constraints import Domain, Task

# Technical products: what support is for when it is technical support.
_TECH_PRODUCT = (
    r"(?:databases?|dbms|query languages?|sql|software|saas|apis?|sdks?|cli|command[- ]line"
    r" (?:tools?|interfaces?)|developer (?:tools?|platforms?)|dev ?tools|hardware|firmware"
    r"|routers?|servers?|network(?:ing)? (?:equipment|gear|devices?|products?)|monitoring"
    r" (?:tools?|platforms?|agents?|software)|observability|cloud (?:platforms?|infrastructure"
    r"|hosting|services?)|hosting|devops|infrastructure|agent config(?:uration)?s?"
    r"|config(?:uration)? files?|integrations?|plugins?|librar(?:y|ies)|frameworks?"
    r"|compilers?|ides?|operating systems?|kubernetes|k8s|data (?:pipelines?|warehouses?)"
    r"|etl|open[- ]source|eda|cad|plcs?|scada|iot|gateways?|modems?|mesh|devices?|sensors?"
    r"|controllers?|appliances?|printers?|cameras?|thermostats?|chips?|semiconductors?"
    r"|electronics|equipment|machinery|machines|robots?|drones?|wi-?fi|smart[- ]home"
    r"|switches|firewalls?|access points?|load balancers?|laptops?|computers?|pcs|smartphones?"
    r"|tablets?|wearables?|headphones|headsets?|earbuds|speakers?|consoles?|peripherals?)"
)
# Support for one of them. The optional words before "support" stay one group, not one
# copy of this long pattern per word (see ``alternation``).
_SUPPORT_FOR = (
    r"(?:(?:customer|technical|tech|product|it)[- ])?(?:support|help ?desk|service desk)"
    r"(?:\s+(?:team|bot|chatbot|desk|agents?|engineers?|staff|tickets?|queue|inbox|reps?"
    r"|questions|requests|issues|emails|chats|calls|cases|messages|conversations"
    r"|inquiries|enquiries))?"
    r"\s+(?:for|on|with|about|regarding|covering)\s+(?:(?:questions|issues|problems|queries"
    r"|users|customers|developers|people|admins)\s+(?:about|on|with|regarding|using|of)\s+)?"
    # Up to two words naming the product: "our chip-design (EDA) software".
    r"(?:(?:our|the|their|your|its|a|an)\s+)?(?:[\w()/&.-]+\s+){0,2}?"
    + _TECH_PRODUCT
    # Billing, orders or bookings are customer service even for a software product.
    + r"(?!\s+(?:[\w-]+\s+)?(?:billing|orders?|returns?|refunds?|bookings?|reservations?"
    r"|accounts?|subscriptions?|payments?|invoices?|deliver(?:y|ies)|shipping|pricing"
    r"|cancell?ations?))"
)
# Getting a technical product to work: "help customers set up our Wi-Fi mesh router".
_SET_UP = (
    r"(?:set(?:ting)?[- ]up|install(?:ing)?|configur(?:e|ing)|connect(?:ing)?|pair(?:ing)?"
    r"|activat(?:e|ing)|reset(?:ting)?|troubleshoot(?:ing)?|debug(?:ging)?|flash(?:ing)?)\s+"
    r"(?:(?:their|our|the|a|an|your|its|new)\s+)?(?:[\w()/&.-]+\s+){0,2}?" + _TECH_PRODUCT
)
# "Our database company's support team".
_TECH_VENDOR = (
    r"(?:(?:databases?|software|saas|devops|cloud|hosting|networking|hardware|observability)"
    r"|developer[- ]tools?)\s+(?:company|vendor|startup|firm|provider|product|platform|tool)"
    r"(?:'s)?\s+(?:customer\s+)?(?:support|help ?desk)"
)

DOMAIN_WORDS: dict[Domain, dict[int, str]] = {
    Domain.HEALTHCARE: {
        2: r"health\s?care|medical|medicine|clinical|clinicians?|hospitals?|hosptials?|patients?"
        r"|hipaa|ehrs?|emrs?|electronic health records?|physicians?|telehealth|telemedicine"
        r"|pharma|pharmaceuticals?|pharmacovigilance|dental|dentists?|dentistry|orthodont\w*"
        r"|radiology|radiologists?|nursing|nurses?|symptoms?"
        r"|clinics?|doctors?|medications?|biotech|care homes?|veterinar(?:y|ians?)|vets?"
        r"|pharmac(?:y|ies|ists?)|drug (?:discovery|safety)|adverse[- ]events?|mental health"
        r"|therap(?:y|ies|ists?)|oncology|cardiology|pathology|discharge (?:notes|summar\w+)"
        r"|icd-?10|cpt codes?|health ?systems?|healthtech|medtech|surgeons?|surgery|surgical"
        r"|chart notes|prescriptions?|wards?|triage nurses?|caregivers?|ambulances?|paramedics?"
        r"|ems|emergency (?:medical|room|department)|gps? practices?|medical practices?"
        r"|public health",
        # "Diagnoses" is also a verb of engineers ("diagnoses CI failures"): weak alone.
        1: r"health|wellness|drugs?|fda|care plans?|treatments?|diagnos(?:is|es|tic|tics)",
    },
    Domain.LEGAL: {
        # "legal says ...", "legal signed off": the company's lawyers as a gate, not the field.
        2: r"legal(?!\s+(?:team|department|dept|approved|signed|said|says|has|have|folks|people"
        r"|approval|sign-?off|lead|won't|will\s+not|wouldn't|needs|wants|told|okayed|cleared"
        r"|reviews?|checks?|asked|asks|wanted|insists?|signs|vets?"
        r"|would|basis|requirements?|obligations?|hold|memo"
        r"|is\s+(?:fine|ok|happy|nervous|worried)))|law|law ?firms?|lawyers?|attorneys?"
        r"|paralegals?|litigation|courts?"
        # Not the length of a contract ("the 2025-26 contract period").
        r"|contracts?(?! (?:period|term|length|duration|renewal))"
        r"|ndas?|non-disclosure|clauses?|case law|statutes?|legislation|e-?discovery|counsel"
        r"|patents?|trademarks?|terms of service|lawsuits?"
        # Not a model that grades outputs ("LLM-as-a-Judge", "a judge model").
        r"|(?<!as-a-)(?<!as a )(?<!llm )judges?(?![- ](?:models?|llms?|prompts?))"
        r"|legalese|solicitors?"
        r"|barristers?|notar(?:y|ies)|affidavits?|subpoenas?|legaltech|briefs|leases?"
        r"|regulatory filings?|case files?|depositions?|compliance review",
        # Not agreement as a score ("75% agreement with our QA analysts", "inter-annotator
        # agreement").
        1: r"due diligence|privacy polic(?:y|ies)|m&a"
        r"|(?<!% )(?<!annotator )(?<!rater )agreements?(?! (?:with|between|rates?|scores?))",
    },
    Domain.FINANCE: {
        # "Finance asked whether ...", "finance signed off": the company's finance people as
        # a gate or a voice, not the field.
        2: r"financ(?:e|ial|ials)(?!\s+(?:team|department|dept|approved|signed|said|says|has"
        r"|folks|people|approval|sign-off|lead|director|asked|asks|wants|wanted|needs|told"
        r"|insists?|okayed|is\s+asking|would))|fintech|banks?|banking|insur(?:ance|er|ers|tech)|accounting"
        r"|accountants?|bookkeep\w*|tax(?:es)?|invoices?|expenses?|invest(?:ment|ments|ing)"
        r"|investor (?:relations|reports?|updates?|letters?|communications?|portfolios?"
        r"|accounts?|statements?|onboarding|questions|protection|disclosures?)"
        r"|(?:retail|institutional|individual) investors|wealth management|asset management"
        r"|trading|traders?|stocks|stock market"
        r"|equit(?:y|ies)|mortgages?|loans?|lend(?:er|ers|ing)|credit|underwriting|kyc|aml"
        r"|anti-money laundering|sec filings?|10-[kq]s?|earnings (?:calls?|reports?)|sox"
        r"|payroll|ledgers?|revenue recognition|hedge funds?|(?<!customs )brokerages?|treasury"
        r"|reimbursements?|fraud|claims adjust\w*|(?:loss )?adjusters|fnols?|first notice of loss"
        r"|merchant category codes?|mccs?"
        r"|actuar\w+|auditors?|auditing"
        # An audit of the books, not of a site's accessibility, security or code.
        r"|(?<!accessibility )(?<!security )(?<!seo )(?<!content )(?<!code )(?<!ux )(?<!site )"
        r"(?<!quality )(?<!data )(?<!iatf )(?<!iso )(?<!gmp )(?<!safety )(?<!supplier )"
        r"(?<!process )(?<!internal )audits?"
        r"|transactions?|bank statements?|fund managers?|portfolios?|wire transfers?"
        r"|credit unions?|pensions?|annuit(?:y|ies)|premiums?|policyholders?|asset managers?"
        r"|quants?|quantitative|fund factsheets?|accounts[- ]payable|accounts[- ]receivable",
        # People who sign off or fund ("our investor", "the CFO") are named in passing.
        1: r"claims|payments?|receipts?|budgeting|funds|cards?|billing|investors?|cfos?",
    },
    Domain.CUSTOMER_SERVICE: {
        3: r"customer[- ](?:service|support|care|success|experience|chats?|emails?|inquir(?:y|ies)"
        r"|enquir(?:y|ies)|quer(?:y|ies)|questions|complaints?|messages|conversations"
        r"|tickets?|requests|contacts?|calls)|help ?desk|call cent(?:er|re)s?"
        r"|contact[- ]cent(?:er|re)s?|live chat|cs (?:agents?|team)|csat|member services"
        r"|guest (?:services|inquiries|enquiries|messag\w+|communications?|requests|questions)"
        r"|guests'? questions|passenger (?:inquiries|questions)|client services"
        r"|zendesk|intercom|freshdesk|gorgias|player support|guest experience"
        r"|customer[- ]facing (?:support|service|bot|chat\w*|agent|assistant)"
        # Answering the people a business serves: "answer the emails of our clients",
        # "reply to tourists' questions", "a 311 line", "help-center articles".
        r"|(?:answer|reply\s+to|respond\s+to)\s+(?:the\s+)?(?:emails?|messages?|questions?|whatsapps?"
        r"|inquir(?:y|ies)|enquir(?:y|ies))\s+(?:of|from)\s+(?:our\s+|the\s+)?(?:clients|customers"
        r"|tourists|guests|travell?ers|visitors|residents|citizens|buyers|shoppers)"
        r"|(?:clients|customers|tourists|guests|residents|citizens)(?:'|'s)\s+(?:emails?|messages"
        r"|questions|inquiries|enquiries|requests)|311|help[- ]cent(?:er|re)"
        # "answer client questions", "the customer msg", "questions from our members",
        # "agents reply in the chat": the people served, asking.
        r"|(?:client|member|customer|guest|caller)\s+(?:msgs?|questions|queries|inquiries|enquiries)"
        r"|(?:questions|messages|msgs)\s+(?:from|of)\s+(?:our\s+)?(?:clients|members|customers|callers)"
        r"|(?:agents?|atendentes)\s+(?:reply|replies|respond|answer)|company[- ]specific\s+faqs?",
        # "Support tickets" are customer service unless technical words say otherwise.
        2: r"hotlines?|call agents?|apology (?:emails?|letters?|messages?)"
        r"|support (?:tickets?|agents?|team|desk|queue|inbox|emails?|chats?|requests?"
        r"|conversations|bot|chatbot|reps?)|help ?bots?|helplines?|service desk"
        r"|call[- ]cent(?:er|re) agents?"
        # The people a business serves, writing in: "guests message about parking",
        # "tenants email us about repairs", "customers ask how much a service costs".
        r"|(?:customers|guests|clients|members|tenants|patrons|shoppers|callers|renters"
        r"|buyers|travell?ers|passengers)\s+(?:(?:often|always|constantly|mostly|keep)\s+)?"
        r"(?:message|messages|messaging|email|emails|emailing|write|writes|writing|ask|asks|asking"
        r"|call|calls|calling|text|texts|texting|dm|contact|contacts|chat|chats|send\s+us)\b",
        1: r"refunds?|returns?|order status|where is my order|wismo|faqs?|complaints?|support"
        r"|chats|inquir(?:y|ies)|enquir(?:y|ies)|hotels?|hospitality|concierges?|guests?"
        r"|members?|bookings?|airlines?|passengers?|travell?ers|telecoms?|telcos?"
        r"|travel agenc(?:y|ies)|tour (?:agency|agencies|operators?)|tourists"
        r"|customers (?:message|write|email|call|contact|ask|chat)\w*"
        r"|utilit(?:y|ies)|energy suppliers?|electricity|water suppliers?|memberships?",
    },
    Domain.TECHNICAL_SUPPORT: {
        # The groups IT tickets are routed to.
        4: rf"{_SUPPORT_FOR}|{_TECH_VENDOR}|resolver (?:groups?|teams?)|assignment groups?",
        3: r"technical support|tech support|it support|it help ?desk|it service desk"
        r"|runbooks?|on-call (?:engineers?|bot|rotation|team)|incident response"
        r"|it tickets?|developer support|technical (?:issues|problems|questions|tickets)"
        rf"|{_SET_UP}",
        2: r"troubleshoot\w*|sysadmins?|devops|sre|error (?:logs?|messages?|codes?)"
        r"|stack traces?|api errors?|installation (?:issues|problems)|kubernetes|k8s"
        r"|(?:service|server|system|api|network|cloud|platform|site|website|app|database)"
        r" outages?|mqtt|(?:ssl|tls|x\.509|device) certificates?|firmware updates?|iot"
        r"|network(?:ing)? issues|network equipment|tac engineers?|plugins?"
        r"|observability|sdks?|developer tools?|dev ?tools|api (?:questions|errors|docs)"
        r"|query languages?|dbms|database (?:products?|engines?|software)"
        r"|support engineers?|servicenow|itsm|itil|change requests?|managed service providers?"
        r"|msps?|connectwise|jira service management|enterprise software|l[12] (?:agents?"
        r"|support|engineers?)|(?:field|service) technicians?|diagnostic trouble codes?|dtcs"
        r"|repair orders?|technical service bulletins?|tsbs?|how[- ]do[- ]i (?:tickets|questions)"
        r"|ci(?:/cd)? (?:pipelines?|runs?|jobs?|failures?)|build (?:failures?|logs?|errors?)"
        r"|pipeline failures?|deploy(?:ment)? failures?"
        # The people who field technical questions, and what they answer from.
        # (Not the team's own IT people described: "our IT department is two people".)
        r"|(?:i|we)\s+(?:manage|run|handle)\s+it\b"
        r"|(?<![\w-])it\s+(?:team|admins?|department|dept|shop)(?!\s+(?:is|are|has|have|of|consists"
        r"|will|can|says|said|wants|:))"
        r"|how-to\s+(?:docs|guides|articles)|(?:software|product)\s+documentation"
        r"|documentation\s+(?:of|for)\s+(?:a|one|our|the)\s+(?:specific\s+)?(?:piece\s+of\s+)?"
        r"software|licen[cs]e\s+(?:errors?|issues|problems)",
        # An outage alone may be a utility's (power, water): customer service.
        1: r"networking|servers?|cloud hosting|hosting provider|incidents?|bug reports?|outages?"
        r"|infrastructure|routers?|firmware|debug(?:ging)?|saas|software|cloud|cli|bgp|mpls"
        r"|vpn|dns|wordpress|installation|settings|config(?:uration)?s?|apis?|bugs?"
        r"|errors?|crash(?:es)?|logs?|wi-?fi|printers?|printing|passwords?|laptops?|databases?"
        r"|bluetooth|pairing|devices?",
    },
    Domain.MARKETING: {
        2: r"marketing|mktg|marketers?|advert(?:s|ising|isements?)?|ad copy|ads|ad campaigns?"
        r"|social (?:posts?|copy|content)|promos?(?!\s+codes?)"
        r"|campaigns?|social media|instagram|tiktok|twitter|tweets?|seo|slogans?"
        # Not one's own chat history ("my Facebook messages").
        r"|facebook(?! (?:messages|messenger|chats?|data|export|conversations))"
        r"|taglines?|promotional|promos?|copywrit\w+|influencers?|brand awareness"
        r"|email campaigns?|landing[- ]pages?|lead gen(?:eration)?|real[- ]estate|realtors?"
        r"|win[- ]back|email marketing|product copy|brand[- ]voice|growth marketing"
        r"|retention (?:team|campaigns?|emails?)|a/b tests?|ad creatives?|sales emails?"
        r"|property listings?|estate agen\w+|press releases?|linkedin posts?"
        # Not the staff newsletter of internal communications.
        r"|(?<!staff )(?<!internal )(?<!employee )(?<!company )newsletters?",
        1: r"linkedin|captions?|agency|agencies|propert(?:y|ies)|brands?|crm|growth team|churn"
        r"|lapsed|subscribers?|copy|messaging|cosmetics|beauty"
        r"|customers? engagement",
    },
    Domain.MEDIA: {
        2: r"news|newspapers?|newsrooms?|journalis(?:m|ts?)|publish(?:er|ers|ing)|magazines?"
        r"|podcasts?|broadcast(?:er|ers|ing)?|editorial|radio|tv|television|media (?:company"
        r"|site|sites|brand|brands|outlet|group|house)|comment (?:moderation|sections?)"
        r"|reader comments|head of audience|audience (?:team|growth|development)"
        r"|wire service|press agency|reporters?|documentar(?:y|ies)",
        1: r"editors?|articles?|headlines?|streaming|blogs?|youtube|video transcripts|press"
        r"|stories|show notes|episodes?|manuscripts?|journals?",
    },
    Domain.CREATIVE: {
        2: r"fiction|novels?|novelists?|storytelling|screenplays?|poems?|poetry|poets?"
        r"|video games?|games?(?![- ]changer)|gaming|npcs?|in-game|dungeons?|rpgs?"
        r"|role[- ]?play(?:ing)?|creative writing|fan ?fiction|lyrics|songwrit\w+"
        r"|worldbuilding"
        # (Not "fantasy sports", "fantasy football".)
        r"|fantasy(?! (?:sports?|football|league|baseball|basketball|cricket|hockey|premier))"
        r"|interactive fiction|d&d|comics?|manga|anime|game studios?"
        r"|game (?:company|developers?|devs?)|short stories|story generat\w+|bedtime stories"
        r"|verses?|greeting[- ]cards?|rhymes?|jokes?|puns?|limericks?|haikus?|screenwrit\w+"
        r"|plot twists?|plots?|storylines?|writers'? rooms?|scripts? for|tabletop"
        r"|children's books?|picture books?|storybooks?|kids' stories|mascots?"
        r"|characters?'s? (?:voice|dialogue|lines)|(?:lines|pieces) of dialogue",
        # Not a length ("a 40,000-character limit", "character count").
        1: r"scripts?|films?|movies?|(?<!\d )characters?(?! (?:limits?|counts?|length|set))"
        r"|dialogue|stories|creative|music|playlists?|songs?",
    },
    Domain.ECOMMERCE: {
        2: r"e-?commerce|online (?:\w+[ -])?(?:stores?|shops?|retail|retailers?|marketplaces?"
        r"|sellers?|bookshops?|bookstores?|boutiques?)"
        r"|webshops?|web shops?|shopify|woocommerce|magento|etsy|amazon (?:sellers?|listings?"
        r"|stores?)|product (?:listings?|descriptions?|catalog(?:ue)?s?|pages?|titles|reviews"
        r"|attributes|data|feeds?)|skus?|shopping|checkout|d2c|dtc|direct[- ]to[- ]consumer"
        r"|storefronts?|e-?tailers?|online fashion|grocer(?:y|ies)|online shopping"
        r"|product search|search queries|ecom|purchase history|product recommendations?"
        r"|return (?:reasons?|requests?|comments)|merchandis\w+|shop(?:ping)? carts?"
        r"|product (?:images|photos|pictures)",
        1: r"catalog(?:ue)?s?|marketplaces?|retail(?:ers?)?|merchants?|(?<!work )(?<!repair )"
        r"(?<!purchase )orders?|listings?"
        r"|in stock|products?|shoppers?",
    },
    Domain.EDUCATION: {
        # Not the models of distillation ("a small student from different teachers", "a
        # teacher model"), nor the writer's own studies ("I'm a grad student").
        2: r"education(?:al)?|edtech|schools?|tutor(?:s|ing)?"
        r"|(?<!small )(?<!a )(?<!grad )(?<!phd )students?(?! models?| \()"
        r"|(?<!different )teachers?(?! models?| \()"
        # Not a course someone took for their own project ("course project", "an NLP course
        # at ..."), lessons learned, teaching a model, or the Instructor library.
        r"|(?<!of )(?<!nlp )(?<!ml )(?<!ai )(?<!llm )courses?(?! project)|courseware"
        r"|universit(?:y|ies)|colleges?|classrooms?|homework"
        r"|curricul(?:um|a)|lessons?(?! (?:learned|learnt|from))|learners?|e-?learning"
        r"|quiz(?:zes)?|exams?|grading"
        r"|syllabus|k-12|moocs?|academic|professors?|instructors?(?! (?:integration|library))"
        r"|textbooks?|pupils?|essays?"
        r"|teaching(?! (?:an? |the |our |my )?(?:[\w-]+ )?(?:llms?|models?|ai|machines?|networks?"
        r"|bots?|it|them)\b)|language learning|exam boards?|rubrics?|certification exams?"
        r"|graders?|school districts?|writing cent(?:er|re)s?",
        1: r"training materials",
    },
    # Fields the vocabulary has no name for are ``general`` work: a logistics firm, a
    # factory, HR, a city council, a farm co-op, a research lab, a charity. Said as what the
    # team is or works on, such a field outweighs a passing word of a named one ("the
    # freight forwarder's invoices", "HR's payroll calendar", "legal flagged the old data").
    Domain.GENERAL: {
        2: r"logistics|freight(?:[- ]forward\w*)?|forwarders?|trucking|haulage|hauliers?"
        r"|shipping (?:company|companies|firm|line|agents?)|warehous(?:e|es|ing)|dispatchers?"
        r"|couriers?|delivery (?:company|companies|firm|drivers?|exceptions?)|fleet operators?"
        r"|supply[- ]chain|purchasing (?:team|department)"
        # Customs work is trade logistics, whatever "brokerage" says elsewhere.
        r"|customs (?:brokerages?|brokers?|clearance|declarations?|entries)|hs (?:tariff )?codes?"
        r"|manufactur\w+|factor(?:y|ies)|production lines?|assembly lines?|shop floor"
        r"|plant floor|automotive parts|machine shops?"
        r"|(?<!/)(?<!per )(?<!\d )hr|human resources|recruit(?:ing|ers?|ment)|hiring managers?"
        r"|r[eé]sum[eé]s|job (?:descriptions?|postings?|applicants?|adverts?)|applicants"
        r"|employee handbooks?|people (?:team|ops)|caseworkers?|workforce (?:agency|agencies)"
        r"|government (?:agency|agencies|department|office)|public sector|municipal\w*"
        r"|city (?:council|hall)|town (?:council|hall)|local (?:council|authority|government)"
        r"|civil servants?|public administration"
        r"|agricultur\w+|agronom\w+|farms?|farmers?|farming|livestock|crops?"
        r"|research (?:labs?|institutes?|groups?)|lab notebooks?|(?<!data )scientists?|ecolog\w+"
        r"|observator(?:y|ies)|non-?profits?|ngos?|charit(?:y|ies)|grant (?:reports?"
        r"|applications?|proposals?)|funders|donors?"
        r"|construction (?:company|companies|firm|sites?|projects?)|building sites?"
        r"|architects?|civil engineering|oil (?:and|&) gas|mining (?:company|companies)"
        r"|internal comm(?:s|unications?)|intranet",
        # Named also as a desk one books a meeting with ("30 min with procurement").
        1: r"procurement|suppliers?"
        r"|general[- ]purpose|generic|general (?:use|knowledge|assistant|tasks?|domain"
        r"|questions|chatbot|topics)|any (?:domain|topic|industry)|all (?:domains|industries"
        r"|departments)|broad range of topics|various (?:domains|topics|industries)"
        r"|domain[- ]agnostic|cross[- ]domain|all[- ]purpose|open[- ]domain"
        r"|general (?:stuff|things|writing|help|work|office|productivity|purposes?)",
    },
}

TASK_WORDS: dict[Task, dict[int, str]] = {
    Task.CLASSIFICATION: {
        # A fixed set to choose from is classification even beside other work: "route to
        # one of 60 reason codes".
        4: r"(?:into|to|as|with|under|in) (?:one|1) of (?:(?:the|our|their|\d+|[a-z]+) )?"
        r"(?:[\w-]+ )?(?:[\w-]+ )?(?:codes|categories|classes|labels|buckets|types|queues|teams"
        r"|reasons|intents"
        r"|tags|topics|departments|folders|groups|pools|desks|owners)",
        3: r"classif(?:y|ies|ying|ication|ier)|categori[sz](?:e|es|ing|ation)|route|routing"
        r"|triag(?:e|es|ing)|sort(?:s|ing)? (?:[\w'-]+ ){0,4}?(?:into|by (?:urgency|priority"
        r"|topic|type|category|intent))|(?:urgent|high[- ]priority) ?(?:/|vs\.?|versus|or) ?"
        r"(?:not urgent|non-urgent|can wait|low[- ]priority|later|routine)|reason codes?"
        r"|(?:auto|automatic|automated)[- ]?tag(?:s|ging)?|tagging (?:of|for)"
        r"|intent detection|detect intents?|label (?:incoming|each|every|new|the)|bucket"
        r"|assign (?:a )?(?:category|label|code|codes|tag|tags)|code assignment|into \d+ "
        r"(?:types|categories|classes|buckets|labels|groups)|spam detection|moderat(?:e|ion)"
        r"|(?:medical|complaints?|icd|billing|diagnosis|subject) coding"
        r"|tag(?:s|ging)? (?:incoming|each|every|new|the|our|all)"
        r"|map(?:s|ping)? (?:\S+ ){0,5}(?:in)?to (?:\w+ )?(?:categor\w+|labels|codes|classes"
        r"|buckets)"
        # Detecting harm in posts ("hate-speech detection", "flag abusive comments"), a set of
        # classes said by its size ("100k posts, 5 classes"), and picking the code for a
        # record ("auto-suggest the result code", "predict the ICD-10 code").
        r"|(?:hate[- ]speech|toxicity|toxic (?:content|comments?|posts?)|abuse|spam|fraud"
        r"|phishing|misinformation|disinformation) (?:detection|detector|classifier|filter\w*"
        r"|screening)|detect(?:s|ing|ion of)? (?:hate|toxic|abusive|spam|fraud|phishing)\w*"
        r"|flag(?:s|ging)? (?:toxic|abusive|hateful|harmful|offensive|inappropriate)"
        r"|\d+ (?:classes|intents)|controlled vocabular(?:y|ies)"
        r"|tags? from (?:a |our |the )?(?:fixed |controlled |closed )?(?:vocabulary|taxonomy|list)"
        r"|(?:suggest|predict|assign|pick|choose|select)(?:s|ing)? (?:the |a )?(?:right |correct "
        r"|final |best )?(?:[\w-]+ )?(?:code|category|label|class)\b",
        1: r"tag(?:s|ging)?|flag(?:s|ging)? (?:spam|fraud)|detect|prioriti[sz]e",
    },
    Task.EXTRACTION: {
        3: r"extract\w*|entity (?:extraction|recognition)|entities|pull(?:s|ed|ing)? out"
        r"|pull (?:key|the) \w+"
        r"|pull (?:\S+ ){1,6}out of"
        r"|capture (?:fields|data)"
        r"|named entit\w+|ner|key fields|structured data from|fill (?:in )?forms|parse"
        r"|parsing|field extraction|data entry",
    },
    Task.SUMMARIZATION: {
        3: r"summar(?:y|ies|ize|izes|izing|ise|ises|ising|ization|isation)|tl;?dr"
        r"|condens\w*|recaps?|key points|digests?|abstracts?|brief(?:s|ing)? of|synops(?:is|es)",
    },
    Task.GENERATION: {
        2: r"writes?|writing|drafts?|drafting|generat(?:e|es|ing|or|ion)|compose|composing"
        r"|captions?|descriptions?|headlines?|ad copy|marketing copy|copy ?writing|banter"
        r"|rewrit\w+|rephras\w+|paraphras\w+|product copy|blog posts?|social posts?|slogans?"
        r"|taglines?|stories|poems?|narratives?|create (?:content|posts|copy|emails)",
        1: r"create|creating|posts?|suggestions?|user stories|emails|content|personali[sz]ed",
    },
    Task.CHAT: {
        2: r"chat ?bots?|conversational|virtual (?:agent|assistant)|talk to|chat with|chats"
        r"|live chat|dialog(?:ue)? system|voice assistant|bot",
        1: r"assistant|conversations?|chat|copilot for|support agent|respond to customers",
    },
    Task.QUESTION_ANSWERING: {
        2: r"answer(?:s|ing)? (?:\w+ )?questions|question[- ]answering|q&a|q and a|qa bot"
        r"|answers? from (?:our )?(?:docs|documentation|manuals?|knowledge base)|\brag\b"
        r"|look up answers|faq bot|ask questions about",
        1: r"faqs?|knowledge base|look up|answer",
    },
    Task.TRANSLATION: {
        4: r"translat(?:e|es|ing|ion|ions|or)|locali[sz](?:e|es|ing|ation)",
        1: r"into (?:spanish|french|german|japanese|chinese|portuguese|italian|korean|arabic"
        r"|dutch|english)",
    },
    Task.SENTIMENT: {
        4: r"sentiment|opinion mining|positive or negative|negative or positive"
        r"|positive ?/ ?negative|how (?:customers|users|people) feel|tone detection"
        r"|emotion (?:detection|classification)",
        1: r"emotions?|satisfaction",
    },
    Task.DOCUMENT_REVIEW: {
        # Flagging terms is the point of a review, even beside "summarise" or "write".
        4: r"flag(?:s|ging)? (?:\w+[ -]){0,2}(?:terms|clauses|risks?|issues|provisions"
        r"|deviations|language)",
        3: r"redlin\w+|due diligence|contract review|document review"
        r"|compliance review|(?:review|analy[sz]e|check|audit|vet)(?:s|ing)? (?:\w+ ){0,2}"
        r"(?:contracts|agreements|documents|filings|policies|leases|ndas)",
        1: r"review|reviewing|audit|spot (?:risks|issues)",
    },
    Task.CODE: {
        3: r"(?:write|writes|writing|generate|generating|review|reviewing|complete|explain)s? "
        r"(?:\w+ )?code|coding (?:assistant|tasks?|help|questions)|sql|programming|unit tests?"
        r"|pull requests?|code reviews?"
        r"|code (?:generation|completion|snippets?)|refactor\w*|source code|codebase"
        r"|generate (?:sql|queries|scripts)|copilot",
        1: r"python|javascript|typescript|developers?",
    },
}
