//! The inspectorates: full names, short forms and the titles of their
//! chiefs, most specific first, and the wordings that name who carried out
//! an inspection.

use std::sync::LazyLock;

use crate::work::{Pattern, PatternSet};

/// A UK inspectorate the engine knows.
#[derive(Debug)]
pub struct KnownInspectorate {
    /// The full name as output.
    pub name: &'static str,
    /// The usual short form, used when the document gives none.
    pub short: &'static str,
    /// What follows "Chief Inspector of" (or "HM Inspector of") in the
    /// titles of its chief and its inspectors: "Prisons", "Constabulary".
    pub chief_of: &'static [&'static str],
    /// Matches the full name, the acronyms the body goes by and its
    /// inspectors' titles.
    pub pattern: Pattern,
}

/// The regex for an inspector's title ending in `of {what}`: "HM Chief
/// Inspector of Prisons", "Acting Chief Inspector of Probation", "HM
/// Inspector of Constabulary", "Her Majesty's Chief Inspector of ...".
fn chief_title_pattern(what: &str) -> String {
    let remit = remit_pattern(what);
    format!("{TITLE_HEAD}{remit}{}", news_form(&remit))
}

/// The words of a title before its remit: "HM", "Acting" or "Interim",
/// "Independent", "Chief", then "Inspector(s) of".
const TITLE_HEAD: &str = r"\b(?:(?:HM|H\.M\.|(?:Her|His)\s+Majesty'?’?s)\s+)?(?:(?:Acting|Interim)\s+)?(?:Independent\s+)?(?:Chief\s+)?Inspectors?\s+of\s+";

/// A remit as a regex: its words apart by white space, "&" or "and".
fn remit_pattern(what: &str) -> String {
    what.split(' ')
        .map(|w| {
            if w == "&" {
                "(?:&|and)".to_owned()
            } else {
                regex::escape(w)
            }
        })
        .collect::<Vec<_>>()
        .join(r"\s+")
}

/// For a remit of one word, the news form with the remit first, as an
/// alternative: "chief Prisons Inspector", "Chief Hospitals Inspector"
/// (each form costs the patterns that hold it states, so only where news
/// uses it); empty for a longer remit.
fn news_form(remit: &str) -> String {
    if remit.contains(r"\s") {
        String::new()
    } else {
        format!(r"|\b(?:Acting\s+)?Chief\s+{remit}\s+Inspector\b")
    }
}

/// Inspectorates whose inspectors' titles live on in their successors
/// ("HM Inspector of Constabulary" in HMICFRS and in HMICS): named only
/// through such a title beside a successor, they are the successor.
pub const TITLE_SUCCESSORS: &[(&str, &[&str])] = &[("HMIC", &["HMICFRS", "HMICS"])];

/// Inspectorates renamed when their remit grew, as (old short form, new
/// short form): "the remit of HM Inspectorate of Constabulary grew ... and
/// it took the name HMICFRS" names one body, under its new name.
pub const RENAMED_AS: &[(&str, &str)] = &[("HMIC", "HMICFRS")];

/// Words of a sentence that renames a body ("took the name", "became"),
/// matched whole in any case: only such a sentence makes the old name and
/// the new one the same body, where a joint release lists both.
pub const RENAMING_WORDS: &[&str] = &[
    "took the name",
    "renamed",
    "became",
    "now known as",
    "formerly",
    "previously known as",
    "changed its name",
];

/// Acronyms written for more than one inspectorate, with the short forms of
/// the bodies each may stand for ("HMIP" is HM Inspectorate of Prisons and,
/// on many probation pages, HM Inspectorate of Probation): on a page that
/// names only one of them otherwise, the acronym is that one.
pub const AMBIGUOUS_ACRONYMS: &[(&str, &[&str])] = &[("HMIP", &["HMI Prisons", "HMI Probation"])];

/// A body's name written short on a page of its namesake in another
/// nation: on a page of HM Inspectorate of Prisons for Scotland, "HM
/// Inspectorate of Prisons" and "Chief Inspector of Prisons" are the
/// Scottish body (short form, the nation's body).
pub const SHORT_FOR_NATIONAL: &[(&str, &str)] = &[
    ("HMI Prisons", "HMIPS"),
    // "HMICS Publishes Progress Review ..." over "issued today by HM
    // Inspectorate of Constabulary"
    ("HMIC", "HMICS"),
    // "Care Inspectorate publishes ..." over "Care Inspectorate Wales"
    ("Care Inspectorate", "CIW"),
];

/// Words only a page of one nation's public bodies writes: on such a page a
/// short form of [`SHORT_FOR_NATIONAL`] is that nation's body even where
/// the page never names it in full ("HM Inspectorate of Prisons: Report on
/// HMP Inverness" under "We have a new website go to gov.scot").
pub const NATIONAL_PAGE_MARKERS: &[(&str, &[&str])] = &[(
    "HMIPS",
    &[
        "Scottish Government",
        "gov.scot",
        "Scottish Prison Service",
        "Scottish Ministers",
    ],
)];

/// The words that tie a short form to its own nation ("HM Inspectorate of
/// Prisons for England and Wales"): a short form followed by one is not
/// its namesake's.
pub const OWN_NATION_WORDS: &[&str] = &["for England and Wales", "in England and Wales"];

/// Any inspector's title from the table: the anchor for a chief inspector
/// named without being quoted.
///
/// The words before the remit are written once, not once a remit: the
/// pattern means the same, and its lazy DFA holds fewer states.
pub static CHIEF_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
    let remits: Vec<String> = INSPECTORATES
        .iter()
        .flat_map(|i| i.chief_of.iter().map(|t| remit_pattern(t)))
        .collect();
    let news: String = remits.iter().map(|r| news_form(r)).collect();
    crate::lexicon::regex(&format!(
        r"(?i)(?:{TITLE_HEAD}(?:{}){news})\b",
        remits.join("|")
    ))
    .expect("chief title regex")
});

/// Inspectorates, most specific first: "HM Inspectorate of Constabulary in
/// Scotland" must be tried before "HM Inspectorate of Constabulary".
pub static INSPECTORATES: LazyLock<Vec<KnownInspectorate>> = LazyLock::new(|| {
    const HM: &str = r"(?:(?:Her|His)\s+Majesty'?’?s|HM|H\.M\.)\s+(?:Chief\s+)?";
    let table: [(&str, &str, &[&str], String); 24] = [
        (
            "HM Inspectorate of Constabulary and Fire & Rescue Services",
            "HMICFRS",
            &["Constabulary and Fire & Rescue Services", "Fire & Rescue Services"],
            format!(r"{HM}Inspectorate\s+of\s+Constabulary(?:\s+and|,)\s+Fire\s+(?:&|and)\s+Rescue\s+Services?|\bHMICFRS\b"),
        ),
        // (HMICS and HMIPS in capitals only: "inspections planned by
        // HMICs" is HMIC's, its apostrophe lost)
        (
            "HM Inspectorate of Constabulary in Scotland",
            "HMICS",
            &["Constabulary in Scotland", "Constabulary for Scotland"],
            format!(r"{HM}Inspectorate\s+of\s+Constabulary\s+(?:in|for)\s+Scotland|(?-i:\bHMICS\b)"),
        ),
        (
            "HM Inspectorate of Constabulary",
            "HMIC",
            &["Constabulary"],
            format!(r"{HM}Inspectorate\s+of\s+Constabulary\b|\bHMIC\b"),
        ),
        (
            "HM Crown Prosecution Service Inspectorate",
            "HMCPSI",
            &["the Crown Prosecution Service", "the CPS"],
            // "the Crown Prosecution Service inspectorate" in news copy
            format!(
                r"(?:{HM})?Crown\s+Prosecution\s+Service\s+Inspectorate|\bHMCPSI\b|\bCPS\s+Inspectorate\b"
            ),
        ),
        (
            "HM Inspectorate of Prisons for Scotland",
            "HMIPS",
            &["Prisons for Scotland", "Prisons in Scotland"],
            // "Scotland's chief inspector of prisons"
            format!(r"{HM}Inspectorate\s+of\s+Prisons\s+(?:for|in)\s+Scotland|(?-i:\bHMIPS\b)|\bScotland'?’?s\s+chief\s+inspector\s+of\s+prisons\b"),
        ),
        (
            "HM Inspectorate of Prisons",
            "HMI Prisons",
            &["Prisons"],
            format!(r"{HM}Inspectorate\s+of\s+Prisons\b|\bHMI\s+Prisons\b|\bHMIP\b|\bHMCIP\b|\b(?-i:Prisons?\s+Inspectorate)\b"),
        ),
        (
            "HM Inspectorate of Probation",
            "HMI Probation",
            &["Probation"],
            format!(r"{HM}Inspect(?:orate|ion)\s+of\s+Probation\b|\bHMI\s+Probation\b"),
        ),
        (
            // 2005-2010, then merged into HMCPSI; joint inspections of
            // local criminal justice boards named it among four
            "HM Inspectorate of Court Administration",
            "HMICA",
            &["Court Administration", "Courts Administration"],
            format!(r"{HM}Inspectorate\s+of\s+Court\s+Administration\b|\bHMICA\b"),
        ),
        (
            "Criminal Justice Inspection Northern Ireland",
            "CJI",
            &["Criminal Justice in Northern Ireland", "Criminal Justice"],
            r"Criminal\s+Justice\s+Inspection\s+(?:Northern\s+Ireland|NI)\b|\bCJINI\b|\bCJI\b".into(),
        ),
        (
            "Inspectorate of Prosecution in Scotland",
            "IPS",
            &["Prosecution in Scotland"],
            r"(?:HM\s+)?Inspectorate\s+of\s+Prosecution\s+in\s+Scotland|\bIPS\b".into(),
        ),
        (
            "Office for Standards in Education, Children's Services and Skills",
            "Ofsted",
            &["Education, Children's Services and Skills", "Education, Children’s Services and Skills"],
            r"Office\s+for\s+Standards\s+in\s+Education(?:,\s+Children'?’?s\s+Services\s+and\s+Skills)?|\bOfsted\b".into(),
        ),
        (
            "Care Quality Commission",
            "CQC",
            &[
                "Hospitals",
                "Adult Social Care",
                "Primary Medical Services and Integrated Care",
                "Primary Medical Services",
                "General Practice",
            ],
            r"Care\s+Quality\s+Commission|\bCQC\b".into(),
        ),
        (
            "Estyn",
            "Estyn",
            &["Education and Training in Wales"],
            // its English and Welsh names on bilingual pages
            format!(r"\bEstyn\b|{HM}Inspectorate\s+for\s+Education\s+and\s+Training\s+in\s+Wales|Arolygiaeth\s+Ei\s+Mawrhydi\s+dros\s+Addysg\s+a\s+Hyfforddiant\s+yng\s+Nghymru"),
        ),
        (
            "Healthcare Inspectorate Wales",
            "HIW",
            &[],
            // and its Welsh name on bilingual pages
            r"Healthcare\s+Inspectorate\s+Wales|\bHIW\b|Arolygiaeth\s+Gofal\s+Iechyd\s+Cymru".into(),
        ),
        (
            // CIW's name from 2007 to 2017
            "Care and Social Services Inspectorate Wales",
            "CSSIW",
            &[],
            r"Care\s+and\s+Social\s+Services\s+Inspectorate\s+Wales|\bCSSIW\b|Arolygiaeth\s+Gofal\s+a\s+Gwasanaethau\s+Cymdeithasol\s+Cymru".into(),
        ),
        (
            "Care Inspectorate Wales",
            "CIW",
            &[],
            r"Care\s+Inspectorate\s+Wales|\bCIW\b|Arolygiaeth\s+Gofal\s+Cymru".into(),
        ),
        (
            "HM Fire Service Inspectorate in Scotland",
            "HMFSI",
            &["the Scottish Fire and Rescue Service"],
            format!(r"{HM}Fire\s+Service\s+Inspectorate(?:\s+(?:in|for)\s+Scotland)?|\bHMFSI\b"),
        ),
        (
            "Care Inspectorate",
            "Care Inspectorate",
            &[],
            r"\bCare\s+Inspectorate\b".into(),
        ),
        (
            // Scotland's inspectorate of councils' social work services
            // from 2005 until the Care Inspectorate took its work in 2011
            "Social Work Inspection Agency",
            "SWIA",
            &[],
            r"Social\s+Work\s+Inspection\s+Agency|\bSWIA\b".into(),
        ),
        (
            // England's social care inspectorate from 2004 until the CQC
            // took its work in 2009
            "Commission for Social Care Inspection",
            "CSCI",
            &[],
            r"Commission\s+for\s+Social\s+Care\s+Inspections?\b|\bCSCI\b".into(),
        ),
        (
            "Regulation and Quality Improvement Authority",
            "RQIA",
            &[],
            r"Regulation\s+and\s+Quality\s+Improvement\s+Authority|\bRQIA\b".into(),
        ),
        (
            "Education and Training Inspectorate",
            "ETI",
            &[],
            r"Education\s+and\s+Training\s+Inspectorate|\bETI\b".into(),
        ),
        (
            // Scotland's, until Education Scotland took its work in 2011;
            // its child-protection inspections were joint ones ("HMIe" in
            // its own house style)
            "HM Inspectorate of Education",
            "HMIE",
            &[],
            format!(r"{HM}Inspectorate\s+of\s+Education\b|\bHMIE\b"),
        ),
        (
            "Independent Chief Inspector of Borders and Immigration",
            "ICIBI",
            // and its title from 2008 to 2012, "Independent Chief
            // Inspector of the UK Border Agency"
            &["Borders and Immigration", "the UK Border Agency"],
            // (the title alone, capitalised, is the office's: "The
            // Independent Chief Inspector, David Bolt, wants to hear ...")
            r"Independent\s+Chief\s+Inspector\s+of\s+(?:Borders\s+and\s+Immigration|the\s+UK\s+Border\s+Agency)|(?-i:Independent\s+Chief\s+Inspector)\b|\bICIBI\b".into(),
        ),
    ];
    table
        .into_iter()
        .map(|(name, short, chief_of, pattern)| {
            // "Chief Inspector of Prisons Nick Hardwick said": the body is
            // named through its chief's (or an inspector's) title alone.
            let titles = chief_of
                .iter()
                .map(|t| format!(r"|{}\b", chief_title_pattern(t)))
                .collect::<String>();
            KnownInspectorate {
                name,
                short,
                chief_of,
                // Upper-case banners ("HM INSPECTORATE OF PRISONS") name them too.
                pattern: crate::lexicon::regex(&format!("(?i){pattern}{titles}"))
                    .expect("inspectorate regex"),
            }
        })
        .collect()
});

/// Every pattern of [`INSPECTORATES`] in one set, in the same order: one pass
/// over a text tells which inspectorates it names.
pub(crate) static INSPECTORATE_SET: LazyLock<PatternSet> = LazyLock::new(|| {
    PatternSet::new(INSPECTORATES.iter().map(|i| i.pattern.as_str())).expect("inspectorate set")
});

/// Whether `text` names any inspectorate (its name, acronym or a title of
/// its inspectors).
pub(crate) fn names_an_inspectorate(text: &str) -> bool {
    INSPECTORATE_SET.is_match(text)
}

/// The inspectorates `text` names, in the order of [`INSPECTORATES`].
pub(crate) fn inspectorates_named(
    text: &str,
) -> impl Iterator<Item = (usize, &'static KnownInspectorate)> {
    INSPECTORATE_SET
        .matches(text)
        .into_iter()
        .map(|k| (k, &INSPECTORATES[k]))
}

/// Phrases that name who carried out the inspection, in a sentence after
/// the opening paragraphs: "undertaken by seven inspectors drawn from
/// Ofsted, ... and HMIC", "Ofsted inspectors rated ...", "learning and
/// skills were inspected jointly with Ofsted" (regex fragments).
pub const INSPECTION_TEAM: &[&str] = &[
    r"(?:undertaken|carried\s+out|conducted|led)\s+(?:jointly\s+)?by",
    // "Learning and skills provision was inspected by Ofsted."
    r"(?:was|were)\s+inspected\s+by",
    // "inspectors drawn from", "and one inspector from the Care Quality
    // Commission"
    r"inspectors?\s+(?:drawn\s+)?from",
    // "specialist inspection teams drawn from the Care Inspectorate, ..."
    r"(?:inspection\s+)?teams?\s+drawn\s+from",
    // "joined by inspectors from", "joined by an inspector from HIW"
    r"joined\s+by\s+(?:an?\s+|[a-z]+\s+)?inspectors?\b",
    // "Probation inspectors worked alongside colleagues who each led on one
    // part: A, one of Her Majesty's Inspectors at Ofsted, ..."
    r"worked\s+alongside",
    r"colleagues\s+from",
    r"led\s+on\s+(?:the\s+)?(?:education|health|policing|learning|inspection)",
    // past participles only: "CQC inspects ... jointly with HMIP" is a
    // remit, not this inspection
    r"(?:inspected|carried\s+out|conducted|undertaken)\s+(?:jointly|in\s+(?:conjunction|partnership))\s+with",
    // the bodies as the subject: "Ofsted, the CQC, HMICFRS and HMI
    // Probation carried out a joint inspection of ..."
    r"(?:carried\s+out|conducted|undertook)\s+(?:a|an|this|the)\s+joint\s+(?:[\w-]+\s+){0,3}?inspection",
    // "..., the Regulation and Quality Improvement Authority and the
    // Education and Training Inspectorate carried out the inspections"
    r"(?:carried\s+out|conducted|undertook)\s+(?:the|these|both)\s+inspections?\b",
    // "Ofsted inspected education, skills and work at A and B as part of
    // this inspection"
    r"\bas\s+part\s+of\s+(?:this|the)\s+(?:joint\s+)?inspection\b",
];

/// A body that inspected part of the work beside the others: "Ofsted,
/// which inspected education, skills and work alongside HMI Prisons",
/// the two words at most [`INSPECTED_ALONGSIDE_GAP`] bytes apart in one
/// clause (found by hand: a pattern with that gap kept a large cache).
pub const INSPECTED_ALONGSIDE: (&str, &str) = ("inspected", "alongside");

/// See [`INSPECTED_ALONGSIDE`].
pub const INSPECTED_ALONGSIDE_GAP: usize = 80;

/// The word of an inspector's title in a body's mention ("HM Inspector of
/// Constabulary"), and the word that makes the mention the body's own name
/// instead ("HM Inspectorate of Constabulary"), or, after a body's name,
/// names an inspectorate the lexicon does not know ("the Office of the ...
/// Inspectorate").
pub const INSPECTOR_TITLE_WORD: &str = "Inspector";
/// See [`INSPECTOR_TITLE_WORD`].
pub const INSPECTORATE_WORD: &str = "Inspectorate";

/// The word for an inspectorate's staff after its name ("Ofsted
/// inspectors rated ..."): the body took part in the inspection.
pub const INSPECTOR_NOUN: &str = "inspector";
