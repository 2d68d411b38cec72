//! People: honorifics, courtesy titles and post-nominals, the roles of
//! inspectors and of those who are not inspectors, speech verbs, and the
//! words that link a name to its title.

/// Words just before a speaker named with a body for a title ("according
/// to Charlie Taylor, HM Inspectorate of Prisons"), in lower case.
pub const ATTRIBUTION_LEADS: &[&str] = &["according to", "said", "says"];

/// Honorifics that stand before a name and are not part of it.
pub const HONORIFICS: &[&str] = &[
    "Sir",
    "Dame",
    "Dr",
    "Dr.",
    "Professor",
    "Prof",
    "Prof.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "The Rt Hon",
    "Rt Hon",
    // military ranks kept by chiefs from the forces ("Brigadier Hugh
    // Monro"), longest first
    "Major General",
    "Lieutenant General",
    "Brigadier",
    "Brig",
    "Brig.",
    "Colonel",
    "Col",
    "Col.",
    "Commodore",
    "Rear Admiral",
    "Air Commodore",
];

/// Honorifics that go with the given name, not the surname: "Dame Beatrix
/// said:" stands for Dame Beatrix Wharncliffe, "Sir Tom" for Sir Tom
/// Winsor.
pub const GIVEN_NAME_HONORIFICS: &[&str] = &["Sir", "Dame", "Lord", "Lady"];

/// Courtesy titles that, with a surname alone ("Mr Broadbent said:"),
/// point back to a person named in full elsewhere in the document.
pub const COURTESY_TITLES: &[&str] = &["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx"];

/// A chief's post cut short before the name, as news writes it once it has
/// named the post in full ("... published by the chief inspector of
/// prisons." / "Inspector Charlie Taylor said ..." / "Inspector Taylor
/// reported ..."). (With "Chief" the title is read where it stands.)
pub const SHORT_TITLES_BEFORE_NAME: &[&str] = &["Inspector"];

/// Whether `word` is a courtesy title or an honorific written before a
/// name ("Mr", "Dr", "Brigadier"), as [`COURTESY_TITLES`] and
/// [`HONORIFICS`] spell them.
///
/// ```
/// use inspection_extract::lexicon::is_title_word;
/// assert!(is_title_word("Mrs."));
/// assert!(is_title_word("Professor"));
/// assert!(!is_title_word("Inspector"));
/// ```
pub fn is_title_word(word: &str) -> bool {
    COURTESY_TITLES.contains(&word) || HONORIFICS.contains(&word)
}

/// Post-nominal letters that follow a name and are not part of it.
pub const POST_NOMINALS: &[&str] = &[
    "QPM", "CBE", "OBE", "MBE", "KBE", "DBE", "KCB", "CB", "KC", "QC", "DL", "JP", "KPM", "CPM",
    "CMG", "KCMG", "DCMG", "GCB", "CVO", "KCVO", "LVO", "MVO", "DSO", "MC", "FRS", "FRSA", "PhD",
    "MA", "MSc", "BA", "LLB", "LLM", "MBA", "DPhil", "FRCP", "FRCPsych", "QFSM", "KFSM", "QAM",
    "QGM", "RRC", "FRCN", "FRCS", "FRCGP", "FRCPCH", "FRCA", "FCA", "FCIPD",
    // members of the parliaments and assemblies
    "MP", "MSP", "AM", "MLA",
];

/// Words that make a phrase beside a name a role: "inspector", "director", "chief", "HM" (regex fragments, tried in order).
pub const ROLE_WORDS: &[&str] = &[
    r"inspector",
    r"inspectorate",
    r"prosecutor",
    r"constable",
    r"executive",
    r"director",
    r"officer",
    r"commissioner",
    r"governor",
    r"head",
    r"chair",
    r"chairman",
    r"chairwoman",
    r"minister",
    r"secretary",
    r"manager",
    r"president",
    r"leader",
    r"lead",
    r"deputy",
    r"chief",
    r"HM",
];

/// Words that open a clause after a person's post, ending the post: "Dr
/// Andrew McLellan, Chief Inspector when the full inspection was carried
/// out" holds the post "Chief Inspector".
pub const POST_CLAUSE_WORDS: &[&str] = &["when", "who", "whose", "which", "until", "while"];

/// Words before a post's title that keep it a post ("the Interim Director
/// of Children's Services", "the Acting Head of Safeguarding").
pub const POST_QUALIFIERS: &[&str] = &["interim", "acting", "temporary", "joint"];

/// An inspector's title written straight before the name, with no
/// inspectorate after it ("HM Inspector Wendy Williams oversaw this
/// inspection"), as regex fragments: the title of the inspector who leads
/// an inspection when no chief inspector is named.
pub const INSPECTOR_TITLES: &[&str] = &[
    r"(?:Her|His)\s+Majesty['’]?s\s+Inspector",
    r"HM\s+Inspector",
    // news style's "HMI chief Zoë Billingham said:" before the bare title
    r"HMI\s+chief",
    // "HMI Wendy Williams, who led this inspection, said:"
    r"HMI",
    // "HM Inspectorate of Probation's chief inspector Dame Glenys Stacey
    // said": news style's chief, in small letters (misspelt too: see
    // `INSPECTOR_MISSPELLINGS`, added where this table is compiled)
    r"chief\s+inspector",
    // "Writing in today's report, inspector Michael Fuller said": news
    // style's bare title, in small letters (not after a word that makes
    // it another post: "lead inspector", "police inspector")
    r"inspector",
];

/// Misspellings of "inspector" that real pages print in a chief's title
/// written in small letters ("HM Inspectorate of Probation's chief
/// insecptor Dame Ann Hale said", 120): read as "chief inspector". Only
/// spellings a document has shown belong here.
pub const INSPECTOR_MISSPELLINGS: &[&str] = &["insecptor"];

/// Words of an inspector's role (regex fragments, tried in order).
pub const INSPECTOR_ROLE_WORDS: &[&str] = &[
    r"\binspector\b",
    r"\binspectorate\b",
    r"\bchief\s+inspector",
];

/// Words before a chief's title that make its holder a former one ("the
/// then Independent Chief Inspector, Dr Ruth Allingham", "the former HM
/// Chief Inspector"): not the chief of this report.
pub const FORMER_HOLDER_WORDS: &[&str] = &["then", "former", "previous"];

/// Roles that are not the chief inspector's, even in an inspectorate: a deputy or assistant chief, an adviser or staff officer to one, a lead inspector, a prosecutor, chief constable, governor or minister (regex fragments, tried in order).
pub const NOT_INSPECTOR_ROLES: &[&str] = &[
    r"crown\s+prosecutor",
    r"chief\s+constable",
    r"chief\s+executive",
    r"police\s+and\s+crime\s+commissioner",
    r"governor",
    r"director\s+of",
    r"minister",
    r"secretary\s+of\s+state",
    r"deputy",
    r"assistant",
    r"advis[eo]r",
    r"staff\s+officer",
    r"lead\s+inspector",
    // "head of mental health inspection for the CQC": a manager of
    // inspections, not an inspector of the rank the field reports
    r"head\s+of",
    r"detective\s+(?:chief\s+)?inspector",
    r"police\s+(?:chief\s+)?inspector",
];

/// Words of institutions and places that end a role and never stand in a person's name (regex fragments, tried in order).
pub const INSTITUTION_WORDS: &[&str] = &[
    r"Service",
    r"Services",
    r"Prosecution",
    r"Prosecutions",
    r"Police",
    r"Constabulary",
    r"Justice",
    r"Council",
    r"Scotland",
    r"Ireland",
    r"Wales",
    r"England",
    r"Crown",
    r"Court",
    r"Courts",
    r"Prisons",
    r"Probation",
    r"Rescue",
    r"Fire",
    r"Education",
    r"Training",
    r"Care",
    r"Health",
    r"Inspection",
    r"Commission",
    r"Government",
    r"Office",
    r"Ministry",
    r"Department",
    r"Authority",
    r"Trust",
    r"Board",
    r"Agency",
    r"Area",
    r"Region",
    // an establishment's name where a person's would stand: "In the report
    // of HM Chief Inspector of Prisons, La Moye Prison is described as ..."
    r"Prison",
    r"Hospital",
    r"School",
    r"College",
    r"Centre",
    r"Institution",
];

/// The words of a chief inspector's role, as against an inspector's
/// (regex fragments).
pub const CHIEF_INSPECTOR_WORDS: &[&str] = &[
    r"chief\s+inspector",
    // the remit between, as news writes it: "chief Prisons Inspector"
    r"chief\s+(?-i:\p{Lu})[\w-]*\s+inspector",
];

/// What stands between a name and the title after it ("Dame Gillian Morrow
/// is HM Chief Inspector of Probation", "Moira Fairlie QPM took up post as
/// HM Chief Inspector of Constabulary"), longest first: "Nick Hardwick
/// Chief Inspector of Prisons" with nothing between is not a form.
pub const NAME_TITLE_LINKS: &[&str] = &[
    " took up post as",
    " took up the post of",
    " has been appointed as",
    " has been appointed",
    " was appointed as",
    " was appointed",
    " became",
    // "Dr A B has been HM Chief Inspector of Prisons since February"
    " has been",
    " is",
    " was",
    ",",
    "(",
];

/// Verbs that attribute a quote: "said", "commented", "added". Plain
/// words: they are looked up as words in a heading and joined into the
/// attribution patterns, so an entry must be one word of letters (a test
/// holds every entry to that).
pub const SPEECH_VERBS: &[&str] = &[
    r"said",
    r"says",
    r"commented",
    r"comments",
    r"added",
    r"adds",
    r"stated",
    r"explained",
    r"remarked",
    r"concluded",
    r"concludes",
    // "..., Andrew T. Cayley CMG QC, observes: ..."
    r"observed",
    r"observes",
    r"noted",
    r"notes",
    // "In his report Brigadier Monro wrote: ..."
    r"wrote",
    r"writes",
];

/// A journalist's post, the last word of a byline's post line ("Features
/// and Opinion Editor, Solicitors Journal", "Home Affairs Correspondent"),
/// capitalised as a post is.
pub const PRESS_POSTS: &[&str] = &[
    "Editor",
    "Reporter",
    "Correspondent",
    "Journalist",
    "Columnist",
];

/// Pronouns that attribute a quote to the person named last
/// Posts of a committee that label their holder's words in a record of
/// evidence ("The Chairperson (Ms Bunting): With us today ..."), as
/// written after "The".
pub const COMMITTEE_POSTS: &[&str] = &[
    "Chairperson",
    "Deputy Chairperson",
    "Chair",
    "Deputy Chair",
    "Chairman",
    "Convener",
    "Deputy Convener",
];

/// ('"That lies behind a lot of the problems," she said.').
pub const SPEECH_PRONOUNS: &[&str] = &["she", "he"];

/// The royal style before a title written out ("Her Majesty's Chief
/// Inspector"), which "HM" shortens.
pub const ROYAL_STYLES: &[&str] = &["Her Majesty's", "His Majesty's"];

/// The crown's words that may open an inspector's title or not ("HM Chief
/// Inspector of Probation" is the "Chief Inspector of Probation"), with
/// their space.
pub const CROWN_PREFIXES: &[&str] = &[
    "HM ",
    "H.M. ",
    "Her Majesty's ",
    "His Majesty's ",
    "Her Majesty\u{2019}s ",
    "His Majesty\u{2019}s ",
];

/// `title` without a leading word of the crown ([`CROWN_PREFIXES`], any
/// case).
///
/// ```
/// use inspection_extract::lexicon::without_crown;
/// assert_eq!(without_crown("HM Chief Inspector of Probation"), "Chief Inspector of Probation");
/// assert_eq!(without_crown("Chief Inspector of Prisons"), "Chief Inspector of Prisons");
/// ```
pub fn without_crown(title: &str) -> &str {
    CROWN_PREFIXES
        .iter()
        .find_map(|p| {
            title
                .get(..p.len())
                .filter(|head| head.eq_ignore_ascii_case(p))
                .map(|_| &title[p.len()..])
        })
        .unwrap_or(title)
}
