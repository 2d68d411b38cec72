//! The bodies inspected: the nouns that end a body's name ("Constabulary",
//! "Youth Offending Team"), national bodies and government departments,
//! establishments ("HMP", "Young Offender Institution"), areas, and the
//! words of an "inspection of X" title that lead up to the body's name.

/// Kinds of work inspected across an area, named before it: "police
/// custody in Cleveland", "youth offending services in Brackenshire", "a
/// joint targeted area inspection ... in Fenmarsh" (regex fragments).
pub const AREA_WORK: &[&str] = &[
    r"custody",
    r"probation\s+(?:services?|work)",
    // "youth justice and young adult services in Drayleford"
    r"youth\s+(?:offending|justice)(?:\s+(?:services?|work))?",
    // "Joint inspection of services for older people in Glenmarrow"
    r"services\s+for\s+(?:children|older\s+people|adults|young\s+people)",
    r"children['’]?s\s+services",
    r"health\s*care\s+services",
    r"targeted\s+area\s+inspection",
    r"JTAI",
    r"(?:integrated\s+)?offender\s+management",
    r"adult\s+support\s+and\s+protection",
    // "A joint inspection of the criminal justice response to domestic
    // abuse in Hollinsmoor": the area all the agencies serve
    r"domestic\s+abuse",
    // "Joint area SEND revisit in Stanmarsh": the local area's services for
    // children with special educational needs and disabilities
    r"area\s+SEND",
];

/// Words before the first of two partners inspected together ("the
/// partnership between Glenmarrow Council and NHS Lornside"), regex
/// fragments: neither partner alone is the subject.
pub const PARTNERSHIP_LEADS: &[&str] = &[r"partnership\s+between", r"partnership\s+of"];

/// Inspections counted in the plural, whose places are several: "the joint
/// area SEND inspections held in Cornwall and Warrington" names two areas,
/// not one called "Cornwall and Warrington".
pub const PLURAL_INSPECTION_WORDS: &[&str] = &["inspections", "revisits", "reviews"];

/// Words that say where custody is held, never the area it is held in:
/// "Court custody in ...", "Police custody – ..." open with one of them.
pub const CUSTODY_SETTINGS: &[&str] = &[
    "court",
    "courts",
    "police",
    "prison",
    "immigration",
    "military",
    "secure",
];

/// The last words of a named body inspected, as a regex fragment, longest
/// first: "Northmoor Constabulary", "Kestrel Community Rehabilitation
/// Company", "Serious Fraud Office", "Ablett Unit".
pub const BODY_NOUNS: &str = r"Police\s+Service|Police\s+Station|Police|Constabulary|Fire\s+(?:and|&)\s+Rescue(?:\s+(?:Service|Authority))?|Youth\s+(?:Offending|Justice)\s+(?:Service|Team)|youth\s+(?:offending|justice)\s+(?:service|team)|Community\s+Rehabilitation\s+Company|CRC|BCU|Probation\s+(?:Service|Trust)|Secure\s+Training\s+Centre|Immigration\s+Removal\s+Centre|Reporting\s+Centre|reporting\s+centre|secure\s+training\s+centre|immigration\s+removal\s+centre|young\s+offenders?\s+institut(?:ion|e)|Education\s+Centre|Juvenile\s+Justice\s+Centre|Secure\s+College|Young\s+Offenders['’]?\s+Centre|Young\s+Offenders?\s+Institut(?:ion|e)|STC|IRC|Council|Federation|Division|Social\s+Services|Children['’]s\s+Services|Service|Trust|Prison|Area|Office|Unit|Agency|Hospital|Limited|Commissioners|Commission|Board|Authority";

/// Names of a kind of body, not of one body: "the Local Authority's
/// education services", "the Education Authority" name whichever body of
/// that kind a page is about ("The Service Prosecuting Authority" names
/// one).
pub const GENERIC_BODY_NAMES: &[&str] = &[
    "Local Authority",
    "Education Authority",
    "Police Authority",
    "Health Authority",
    "Housing Authority",
    "Unitary Authority",
    "Local Education Authority",
    "Fire Authority",
];

/// Parts of a body named before it ("Greater Manchester region of the
/// Probation Service"): the part, with its place, is what was inspected.
pub const BODY_PARTS: &[&str] = &["region", "division"];

/// Posts a person holds in a body, written before it with "of" ("Director
/// of Social Services", "Head of Probation Service"): the words name a
/// person's post, not a body.
pub const POSTS_OF_BODIES: &[&str] = &[
    "Director",
    "Corporate Director",
    "Assistant Director",
    "Head",
    "Chief Executive",
    "Chief Officer",
    "Chair",
    "Minister",
    "Secretary",
];

/// Government departments: they commission and answer inspections but are
/// not the body inspected ("the Home Office asked the inspectorates").
pub const GOVERNMENT_DEPARTMENTS: &[&str] = &[
    "Home Office",
    "Cabinet Office",
    "Foreign Office",
    "Scotland Office",
    "Wales Office",
    "Northern Ireland Office",
];

/// National bodies organised in areas, whose part in one place a page
/// names by the place after it ("the Crown Prosecution Service (CPS) in
/// London"): that part is the body inspected.
pub const AREA_DIVIDED_BODIES: &[&str] = &[
    "Crown Prosecution Service",
    "National Probation Service",
    "Probation Service",
    "Scottish Fire and Rescue Service",
];

/// Kinds of report whose names end like a body's ("Glenmorrach Local Area
/// Inspection"): the words before the last are no body there.
pub const REPORT_KINDS_LIKE_BODIES: &[&str] = &["Local Area Inspection"];

/// The parts of an [`AREA_DIVIDED_BODIES`] body a page names by place
/// ("the Probation Service's South West region"), as regex fragments.
pub const REGION_WORDS: &[&str] = &["region"];

/// National bodies that are inspected whole, each with the ways a page
/// names it (full name first, then short forms): a thematic inspection of
/// the CPS's handling of rape, a follow-up on the Probation Board for
/// Northern Ireland. Where no heading or opening paragraph names a body,
/// the one of these a page keeps returning to is the body inspected.
pub const NATIONAL_BODIES: &[&[&str]] = &[
    &["Crown Prosecution Service", "CPS"],
    &["Serious Fraud Office", "SFO"],
    &[
        "Probation Board for Northern Ireland",
        "Probation Board Northern Ireland",
        "Probation Board for NI",
        "PBNI",
    ],
    &["Northern Ireland Prison Service", "NIPS"],
    &[
        "Public Prosecution Service for Northern Ireland",
        "Public Prosecution Service",
        "PPS",
    ],
    &["Police Service of Northern Ireland", "PSNI"],
    &["Youth Justice Agency", "YJA"],
    &["Northern Ireland Courts and Tribunals Service", "NICTS"],
    &["Department of Justice", "DoJ"],
    &[
        "Crown Office and Procurator Fiscal Service",
        "COPFS",
        "Crown Office",
    ],
    &["Police Scotland"],
    &["Scottish Prison Service", "SPS"],
    &["Scottish Fire and Rescue Service", "SFRS"],
    &["Scottish Courts and Tribunals Service", "SCTS"],
    &["National Crime Agency", "NCA"],
    &["British Transport Police", "BTP"],
    &["Civil Nuclear Constabulary", "CNC"],
    &["Ministry of Defence Police", "MDP"],
    &["Border Force"],
    &["UK Visas and Immigration", "UKVI"],
    &["Immigration Enforcement"],
    &["HM Passport Office"],
    &[
        "HM Courts & Tribunals Service",
        "HM Courts and Tribunals Service",
        "HMCTS",
    ],
    &["Cafcass Cymru"],
    &["Cafcass"],
];

/// The least number of times a page must name a national body, and how
/// many times more often than any other, for it to be the body inspected.
pub const NATIONAL_BODY_MENTIONS: (usize, usize) = (3, 2);

/// Whole sectors of criminal justice, named beside one body in a
/// thematic's opening ("how the police and the Crown Prosecution Service
/// decide whether to charge"): a body paired with a sector is one of the
/// agencies a thematic looks at, not a body inspected alone.
pub const SECTOR_NOUNS: &[&str] = &[
    "the police",
    "police forces",
    "police",
    "the probation service",
    "probation services",
    "prisons",
    "the courts",
    "youth offending teams",
];

/// Words that call an inspection joint: with more than one inspectorate,
/// such an inspection of a national body's work is of no single body.
pub const JOINT_WORDS: &[&str] = &["joint", "jointly"];

/// Government departments that an inspectorate inspects (department,
/// inspectorate's short form): on that inspectorate's pages the department
/// is the body inspected ("how the Home Office has dealt with ...").
pub const INSPECTED_DEPARTMENTS: &[(&str, &str)] = &[("Home Office", "ICIBI")];

/// Words that make a capitalised phrase ending in "Area" or "Service" the
/// name of a kind of work, not of a body ("Joint Targeted Area", "Basic
/// Command Unit").
pub const NOT_BODY_WORDS: &[&str] = &["Joint", "Targeted", "Inspection", "Thematic", "Basic"];

/// Nouns that open a heading before "of" and the body ("Work of Bury and
/// Rochdale Youth Justice Service recognised by inspectors", "Performance
/// of CPS London ..."): capitalised as the heading's first word, they are
/// no part of the body's name.
pub const WORK_OPENINGS: &[&str] = &["Work", "Performance", "Progress", "Services", "Results"];

/// Nouns of what a body does, after the body's kind in a thematic's name
/// ("the Police Response to Children Missing from Care", "the Police Use
/// of Stop and Search"): the name is of a topic, not of a body inspected.
pub const TOPIC_NOUNS: &[&str] = &[
    "response",
    "responses",
    "handling",
    "use",
    "approach",
    "treatment",
    "management",
];

/// Last words of a name that is a document's or a topic's, never a body's
/// ("Legacy Inspection Recommendations", "Crime Audit Findings").
pub const TOPIC_ENDINGS: &[&str] = &["recommendations", "findings", "reports", "conclusions"];

/// Nouns of work that open a thematic's topic before "of" ("the Policing
/// of the Night-Time Economy", "the Supervision of Sex Offenders"): the
/// name is of a topic, not of a body inspected.
pub const TOPIC_OPENINGS: &[&str] = &[
    "policing",
    "handling",
    "management",
    "supervision",
    "prosecution",
    "investigation",
    "safeguarding",
    "tackling",
    "use",
    "treatment",
];

/// Nations and the kingdom: "in England and Wales" is the scope of a
/// thematic inspection, not an area inspected.
pub const NATIONS: &[&str] = &[
    "England",
    "Wales",
    "Scotland",
    "Northern Ireland",
    "the UK",
    "UK",
    "United Kingdom",
    "Great Britain",
    "Britain",
];

/// Words of a body's kind written before its name in Welsh ("Ysbyty Glan
/// Clwyd", a hospital): a capitalised name after one is a body's.
pub const BODY_PREFIX_NOUNS: &[&str] = &["Ysbyty"];

/// Words that name one custodial establishment at the start of its name
/// ("HMP Bedford", "HMP/YOI Portland"), longest first.
pub const ESTABLISHMENT_PREFIXES: &[&str] = &[
    "Her Majesty's Prison",
    "Her Majesty’s Prison",
    "His Majesty's Prison",
    "His Majesty’s Prison",
    "HM Prison",
    // a Scottish prison's whole style: "HMP and Young Offenders Institute
    // Grampian"
    "HMP and Young Offenders Institution",
    "HMP and Young Offender Institution",
    "HMP and Young Offenders Institute",
    "HMP and Young Offender Institute",
    "HMP & Young Offenders Institution",
    "HMP & Young Offender Institution",
    "HMP/YOI",
    "HMP & YOI",
    "HMP and YOI",
    "HMYOI",
    "HMIRC",
    "HMP",
    "YOI",
    "IRC",
    "STC",
];

/// Kinds of local body a news heading may name without its place ("Youth
/// offending team makes 'significant progress'"), lower case: the body is
/// the first of the kind the story names with its place.
pub const BODY_KINDS_IN_HEADINGS: &[&str] = &[
    "youth offending team",
    "youth offending service",
    "youth justice service",
    "probation delivery unit",
];

/// How a story names the body an inspection looked at, before the body's
/// name ("carried out its inspection of the Western Bay service"), lower
/// case.
pub const INSPECTION_OF_LEADS: &[&str] = &["inspection of the ", "inspections of the "];

/// Words straight before the body an inspection looked at, lower case, a
/// space after each: "Inspectors who reviewed Warwickshire and West Mercia
/// Community Rehabilitation Company raised ...", "an inspection of Kelby
/// Police" (and [`INSPECTION_OF_LEADS`], with "the").
pub const INSPECTED_BODY_LEADS: &[&str] = &[
    "reviewed ",
    "inspected ",
    "inspection of ",
    "inspections of ",
];

/// Kinds of body a story writes in small letters after the body's own
/// name ("the Western Bay service"), read only after
/// [`INSPECTION_OF_LEADS`].
pub const BODY_KINDS_IN_SMALL_LETTERS: &[&str] = &["service", "partnership"];

/// How a story gives bodies working together one name ("NHS Shetland and
/// Shetland Islands Council, which together are called the Shetland
/// Partnership"), lower case, before the name.
pub const JOINT_NAME_LEADS: &[&str] = &[
    "together are called the ",
    "together are known as the ",
    "are known together as the ",
    "together form the ",
];

/// Short names of a service divided into Areas, before or after the
/// Area's place ("CPS Wiltshire", "Wiltshire CPS"), as regex fragments.
pub const AREA_SHORT_NAMES: &[&str] = &["CPS"];

/// Full names of a service divided into Areas, which a text places with
/// "in" ("the Crown Prosecution Service in Hallowdene").
pub const AREA_SERVICE_NAMES: &[&str] = &["Crown Prosecution Service", "CPS"];

/// Words just before a national service that make it one place's part
/// ("the county's Crown Prosecution Service").
pub const LOCAL_PART_BEFORE: &[&str] = &[
    "county's",
    "county’s",
    "region's",
    "region’s",
    "city's",
    "city’s",
    "area's",
    "area’s",
    "local",
];

/// Words just after a national service that make it one place's part
/// ("the Crown Prosecution Service in the region").
pub const LOCAL_PART_AFTER: &[&str] = &[
    "in the region",
    "in the county",
    "in the area",
    "in the city",
    "locally",
];

/// Words that name a prosecution Area at the start of its name ("CPS
/// Marchmont").
pub const AREA_PREFIXES: &[&str] = &["CPS", "Crown Prosecution Service"];

/// The word for the parts themselves after an [`AREA_PREFIXES`] word
/// ("the 14 Crown Prosecution Service Areas", "CPS Areas"): no part is
/// named.
pub const AREA_KIND_WORDS: &[&str] = &["Area", "Areas"];

/// The last words of a police force's name, as regex fragments ("Avonmere
/// Police", "Caddonshire Constabulary", "Police Service of Northern
/// Ireland" is named otherwise).
pub const POLICE_FORCE_NOUNS: &[&str] = &[r"Police\s+Service", r"Constabulary", r"Police"];

/// Small words a name in title case keeps in lower case ("Brackenshire
/// Probation Area", "Dumfries and Galloway", "Report on the ...").
pub const NAME_JOINERS: &[&str] = &[
    "and", "of", "&", "the", "on", "in", "for", "at", "to", "a", "an", "by",
];

/// Points of the compass that open the name of a part of a place ("north
/// and west London", "South East Wales"), as regex fragments.
pub const COMPASS_WORDS: &[&str] = &[
    r"(?:north|south)[\s-]?(?:east|west)(?:ern)?",
    r"north(?:ern)?",
    r"south(?:ern)?",
    r"east(?:ern)?",
    r"west(?:ern)?",
    r"central",
    r"mid",
];

/// Words that name one establishment at the end of its name ("Yarl's Wood
/// Immigration Removal Centre", "Dundee custody centre").
pub const ESTABLISHMENT_SUFFIXES: &[&str] = &[
    "prison",
    "young offender institution",
    "young offenders institution",
    "young offender institute",
    "young offenders institute",
    "immigration removal centre",
    "secure training centre",
    "juvenile justice centre",
    "young offenders centre",
    "young offenders' centre",
    "young offenders’ centre",
    "approved premises",
    "corrective training centre",
    "secure college",
    "secure children's home",
    // a secure children's home named so: "Aycliffe Secure Centre"
    "secure centre",
    "remand centre",
    "detention centre",
    "custody centre",
    // the Home Office's, where people subject to immigration control report
    "reporting centre",
    "police station",
    "irc",
    "stc",
    "yoi",
];

/// True when `name` is one establishment by its form: a prefix from
/// [`ESTABLISHMENT_PREFIXES`] then a capitalised word, or a suffix from
/// [`ESTABLISHMENT_SUFFIXES`].
///
/// ```
/// use inspection_extract::lexicon::is_establishment;
/// assert!(is_establishment("HMP Bedford"));
/// assert!(is_establishment("Her Majesty's Prison Whitemoor"));
/// assert!(is_establishment("Yarl's Wood Immigration Removal Centre"));
/// assert!(is_establishment("Woodlands Juvenile Justice Centre"));
/// assert!(is_establishment("Military Corrective Training Centre"));
/// assert!(is_establishment("Ascot House Approved Premises"));
/// assert!(!is_establishment("CPS London"));
/// assert!(!is_establishment("HMP"));
/// ```
pub fn is_establishment(name: &str) -> bool {
    let prefixed = ESTABLISHMENT_PREFIXES.iter().any(|p| {
        name.len() > p.len()
            && name.is_char_boundary(p.len())
            && name[..p.len()].eq_ignore_ascii_case(p)
            && name[p.len()..].starts_with(' ')
            && name[p.len()..].trim_start().starts_with(char::is_uppercase)
    });
    let lower = name.to_lowercase();
    prefixed
        || ESTABLISHMENT_SUFFIXES.iter().any(|s| {
            lower.len() > s.len() + 1
                && lower.ends_with(s)
                && lower[..lower.len() - s.len()].ends_with(' ')
        })
}

/// Words of a news story that tell of an establishment where people are
/// held, in lower case: a story that names one by its bare name ("Deerbolt,
/// near Barnard Castle, ...") says what it is with one of these nearby.
pub const HOLDING_ESTABLISHMENT_WORDS: &[&str] = &[
    "jail",
    "prison",
    "institution for young offenders",
    "young offender institution",
    "young offenders' institution",
    "young offenders institution",
    "detention centre",
    "removal centre",
    "inmates",
];

/// How a bare name opening a sentence is placed ("Deerbolt, near Barnard
/// Castle", "Barlinnie in Glasgow"): the words between the name and the
/// place.
pub const PLACED_NAME_LINKS: &[&str] = &[", near ", " near ", " in "];

/// Words that say what kind of inspection a report is ("an unannounced
/// full follow-up inspection of"), as regex fragments.
pub const INSPECTION_KIND_WORDS: &[&str] = &[
    r"unannounced",
    r"announced",
    r"full",
    r"short",
    r"joint",
    r"follow[\s-]?up",
    r"thematic",
];

/// Words that make a piece of work a look across many bodies of one kind
/// ("Joint Thematic Review of Community Mental Health Teams"): the name
/// after its "of" is a topic, not the body inspected.
pub const THEMATIC_WORDS: &[&str] = &["thematic"];

/// Adverbs of the inspecting that end the name of the body inspected after
/// it ("inspected Plas Gogerddan Nursery jointly in November").
pub const SUBJECT_ENDING_ADVERBS: &[&str] = &["jointly", "together", "again", "recently"];

/// The words after a council's name that make it the place a Scottish
/// joint inspection looked at ("how children are protected in the Argyll
/// & Bute council area"), as a regex fragment.
pub const COUNCIL_AREA: &str = r"council\s+area";

/// Articles that make a name any one of its kind ("A National Audit Office
/// report in 2011"): no body inspected of three words or more opens with
/// one ("A Wing" may be a name). ("An" is left out: it opens names, "An
/// Garda Síochána".)
pub const INDEFINITE_ARTICLES: &[&str] = &["a"];

/// People whose possessive is part of a service's name, not its owner
/// ("Children's Social Care Services", "Women's Services"), lower case.
pub const SERVICE_USERS: &[&str] = &["children", "women", "men", "people", "adults"];

/// Nouns of a piece of inspection work, after which the body inspected is
/// named ("inspection of", "review into", "report on").
pub const INSPECTION_NOUNS: &[&str] = &[
    r"inspection",
    r"review",
    r"report",
    r"visit",
    r"assessment",
    r"audit",
];

/// The words that link a report to the body it is about ("HMIP's report on
/// Cumberland Youth Justice Service"): a body named straight after them is
/// the one inspected, whoever else the sentence names first (the council
/// that welcomes the report).
pub const REPORT_ABOUT_LINKS: &[&str] = &[
    "report on",
    "report into",
    "inspection of",
    "inspection into",
    "re-inspection of",
    "reinspection of",
    "review of",
];

/// What an inspection looks at in a body, before the body's name ("the
/// performance of CPS London", "the handling of cases by"), as regex
/// fragments.
pub const WORK_NOUNS: &[&str] = &[
    r"performance",
    r"work",
    r"effectiveness",
    r"progress",
    r"quality",
    r"handling",
    r"management",
    r"delivery",
    r"arrangements",
    r"services?",
    r"review",
    r"inspection",
];
