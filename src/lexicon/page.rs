//! Page furniture that is not the release: web-page debris (menus, cookie
//! banners, share links), page tails, contact lines, footnotes, e-mail
//! headers, listing pages, and the wordings of an embargo.

/// How a letterhead's second line names the bodies working with the one
/// on its first ("HM INSPECTORATE OF PRISONS FOR SCOTLAND" over "in
/// partnership with the Care Inspectorate and ..."): part of the
/// letterhead, not a headline.
pub const BANNER_PARTNER_LEADS: &[&str] = &[
    "in partnership with",
    "in association with",
    "working with",
    "jointly with",
    "together with",
    "with the support of",
];

/// How a link's address opens when a web page is saved as text with its
/// addresses written out ("Home <https://www.cqc.org.uk/>", "[News](/news)"
/// in Markdown): the address is no part of the words before it.
pub const LINK_ADDRESS_OPENINGS: &[&str] = &[
    "http://",
    "https://",
    "www.",
    "mailto:",
    "tel:",
    "javascript:",
    "#",
    "/",
];

/// Names of the HTML tags a page copied with its markup keeps around words
/// ("<strong>25</strong> <strong>April</strong>", "... cleaning,<br />"),
/// in lower case: each such tag is blanked before the text is read, as a
/// link's address is.
pub const INLINE_MARKUP_TAGS: &[&str] = &[
    "a", "b", "br", "em", "font", "i", "p", "small", "span", "strong", "sub", "sup", "u",
];

/// The word for "page" in the other language of a bilingual page's
/// running footer ("CSSIW Press release - Penrhyddlan - Tudalen 2 / Page
/// 2"), Welsh first.
pub const PAGE_WORDS_OTHER_LANGUAGE: &[&str] = &["Tudalen"];

/// How a parliamentary written question opens (Hansard: "To ask the
/// Solicitor-General whether ..."): the answer below it speaks as "I", the
/// minister, about the inspection, and is no blog post.
pub const WRITTEN_QUESTION_OPENINGS: &[&str] = &["To ask the "];

/// The fields of an e-mail's header, as a release forwarded by e-mail
/// opens: "From: CQC Media Office", "Sent: 18 November 2022 15:42".
pub const MAIL_HEADER_FIELDS: &[&str] = &[
    "from",
    "sent",
    "to",
    "cc",
    "bcc",
    "subject",
    "date",
    "importance",
];

/// The fields of [`MAIL_HEADER_FIELDS`] that only an e-mail's header has.
pub const MAIL_SENDER_FIELDS: &[&str] = &["from", "sent"];

/// The field of an e-mail's header `line` opens with
/// ([`MAIL_HEADER_FIELDS`]), if any.
///
/// ```
/// use inspection_extract::lexicon::mail_header_field;
/// assert_eq!(mail_header_field("Sent: 18 November 2022 15:42"), Some("sent"));
/// assert_eq!(mail_header_field("Sentences were long."), None);
/// ```
pub fn mail_header_field(line: &str) -> Option<&'static str> {
    let t = line.trim_start();
    MAIL_HEADER_FIELDS.iter().copied().find(|f| {
        t.len() > f.len()
            && t.is_char_boundary(f.len())
            && t[..f.len()].eq_ignore_ascii_case(f)
            && t[f.len()..].starts_with(':')
    })
}

/// Marks that open a footnote at the foot of the notes: superscript
/// figures ("¹ Ofsted inspectors ...") and bracketed numbers ("\[1\] iQuanta
/// is ..."). A footnote explains a note; it is not one.
/// Phrases that say a body named in a sentence had no part in this
/// inspection ("jointly with HM Inspectorate of Prisons, which took no part
/// in this inspection"), in lower case.
pub const NO_PART_PHRASES: &[&str] = &[
    "took no part",
    "played no part",
    "did not take part",
    "was not involved",
    "were not involved",
];

/// Marks that open a bulleted item, as a regex class's content: the
/// bullet, the black circle and small square, the white bullet, and the
/// bullets of PDF symbol fonts that text extraction gives as private-use
/// characters (U+F0B7 from Symbol, U+F0A7 from Wingdings).
pub const BULLET_MARKS: &str = "\u{2022}\u{25CF}\u{25AA}\u{25E6}\u{F0B7}\u{F0A7}";

/// True when `c` is one of the [`BULLET_MARKS`].
///
/// ```
/// use inspection_extract::lexicon::is_bullet_mark;
/// assert!(is_bullet_mark('\u{2022}'));
/// assert!(is_bullet_mark('\u{F0B7}'));
/// assert!(!is_bullet_mark('-'));
/// ```
pub fn is_bullet_mark(c: char) -> bool {
    BULLET_MARKS.contains(c)
}

/// Bullets a plain-text email or page types with the keyboard, with the
/// space after them ("  * Thematic on desistance"): a header line opening
/// with one is a list's item, no heading.
pub const TYPED_BULLETS: &[&str] = &["* "];

pub const FOOTNOTE_MARKS: &[&str] = &["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "†", "‡"];

/// True when `line` opens a footnote: one of [`FOOTNOTE_MARKS`], or a
/// number in square brackets.
///
/// ```
/// use inspection_extract::lexicon::is_footnote;
/// assert!(is_footnote("[1] iQuanta is an internet-based tool."));
/// assert!(is_footnote("¹ Ofsted inspected the main site only."));
/// assert!(is_footnote("*Overall ratings are published separately."));
/// assert!(!is_footnote("* HMCPSI inspects the CPS."));
/// assert!(!is_footnote("1. HMIC inspects forces."));
/// ```
pub fn is_footnote(line: &str) -> bool {
    let line = line.trim_start();
    FOOTNOTE_MARKS.iter().any(|m| line.starts_with(m))
        // "*Overall ratings are published separately": an asterisk on its
        // word, where a bullet's asterisk stands apart ("* HMCPSI is ...")
        || line
            .strip_prefix('*')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
        || line.strip_prefix('[').is_some_and(|rest| {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            (1..=2).contains(&digits) && rest[digits..].starts_with(']')
        })
}

/// True when `line` is a rule drawn above footnotes: five or more
/// underscores (or dashes) and nothing else.
pub fn is_footnote_rule(line: &str) -> bool {
    let line = line.trim();
    line.len() >= 5 && (line.bytes().all(|b| b == b'_') || line.bytes().all(|b| b == b'-'))
}

/// Kinds of page an inspectorate publishes that are not inspection press
/// releases, as words in their titles (lower case). The first
/// [`OWN_PUBLICATIONS`] are publications of the inspectorate's own
/// ([`NOT_A_RELEASE_LEDES`]).
pub const NOT_A_RELEASE: &[&str] = &[
    "annual report",
    "annual review",
    "report and accounts",
    // HMCPSI's annual report, as the press calls it ("their annual health
    // check of the CPS")
    "annual health check",
    "business plan",
    "corporate plan",
    "strategic plan",
    "consultation",
    "vacancies",
    "vacancy",
    "recruiting",
    "recruitment",
    "seeks new",
    "seeking new",
    "to join",
    "apply now",
    "our reports",
    // the inspectorate's plan of work ("Our inspection programme"), not
    // one inspection's report ("Area Inspection Programme: CPS Wessex")
    "our inspection programme",
    "our programme",
    "round-up",
    "roundup",
    "our quarter",
    "our year",
    "newsletter",
    "bulletin",
    "digest",
    "news releases",
    "press releases",
    "media releases",
    // announcements of work to come, replies and speeches report no
    // inspection's findings
    "to start",
    "to begin",
    "will start",
    "will begin",
    "replies to",
    "responds to",
    "speech",
];

/// Bodies that monitor prisons or investigate complaints and deaths but do
/// not inspect (their reports are no inspectorate's): a page that tells of
/// their work and names no inspectorate is no inspection release.
pub const NOT_INSPECTORATE_REPORTERS: &[&str] = &[
    "Independent Monitoring Board",
    "Prisons and Probation Ombudsman",
    "Prison and Probation Ombudsman",
];

/// Openings of a heading over a day's batch of reports, each told in a
/// few lines ("Reports published 29 April"): a listing, no release. Only
/// at the heading's start: "Lorry drops and Intelligence reports published
/// today" is one release on the reports it names.
pub const BATCH_HEADING_OPENINGS: &[&str] = &["reports published", "reports out"];

/// Openings of a heading over an inspectorate's own statement ("Response
/// from Ofsted to Education Select Committee report ..."), lower case: with
/// an inspectorate named straight after, the page is the inspectorate
/// speaking for itself, no release on an inspection. ("CPS Response to
/// HMCPSI ..." is the inspected body's answer, and "the multi-agency
/// response to ..." a topic.)
pub const OWN_STATEMENT_OPENINGS: &[&str] = &["response from", "statement from", "statement by"];

/// The replies among [`NOT_A_RELEASE`]: a reply to remarks is no release,
/// but one to a report ([`ANSWERED_REPORT_WORDS`] after it: "Chief responds
/// to Inspectorate report") tells of the inspection reported.
pub const RESPONSE_PHRASES: &[&str] = &["replies to", "responds to"];

/// Words linking a report to the body that wrote it, before the body's
/// name ("this report from HMICFRS", "the report by HMIC").
pub const REPORT_FROM_LINKS: &[&str] = &["report from", "report by", "reports from"];

/// What a reply answers when it answers an inspection ([`RESPONSE_PHRASES`]).
pub const ANSWERED_REPORT_WORDS: &[&str] = &["report", "inspection", "review"];

/// Verbs of a grade given (a heading "X rated 'Requires improvement' as
/// vacancies hold back work"): a heading that says something was graded
/// reports an inspection's result, whatever else [`NOT_A_RELEASE`] finds in
/// it; straight after a body's name later in a page ("Ofsted rated education
/// 'good'") they make the body one of the inspection's.
pub const GRADING_VERBS: &[&str] = &[
    "rated",
    "graded",
    "judged",
    "re-rated",
    "downgraded",
    "upgraded",
];

/// Verbs of an inspectorate counting its own output in the first person
/// ("During 2019-20 we brought out two inspection reports"): a page that
/// opens so tells of a year's work (an annual report's section), not of one
/// inspection. Lower case, after "we".
pub const OWN_OUTPUT_VERBS: &[&str] = &["published", "brought out", "produced", "issued"];

/// The voice an inspectorate counts its own output in, before
/// [`OWN_OUTPUT_VERBS`].
pub const OWN_OUTPUT_VOICE: &str = "we";

/// What an inspectorate counts when it counts its own output ("two
/// inspection reports").
pub const OWN_OUTPUT_NOUNS: &[&str] = &["reports"];

/// Owners of a publication named in a release's first paragraph ("its
/// annual report", "their annual health check"): with one of
/// [`NOT_A_RELEASE_LEDES`] after it, the page is about that publication.
pub const PUBLICATION_OWNERS: &[&str] = &["its", "their"];

/// Headings over an inspector's own words on an inspection, which speak as
/// "I" the way a letter does ("HMI's observations", "Chief Inspector's
/// foreword"): the last word of a short heading that names an inspector.
pub const INSPECTOR_VOICE_HEADINGS: &[&str] =
    &["observations", "foreword", "overview", "commentary"];

/// Headings that stand alone over a report's foreword, which its chief
/// writes as "I" and signs ("Foreword" over "... I am grateful to the
/// children ..." / "Gwenllian Morgan-Rhys" / "Chief Inspector"): a report,
/// not a first-person piece.
pub const FOREWORD_HEADINGS: &[&str] = &["foreword", "preface", "executive summary"];

/// Publications that are no inspection, named in a release's first
/// paragraph as the inspectorate's own ("brought out its annual report"):
/// the release is about that publication.
pub const NOT_A_RELEASE_LEDES: &[&str] = NOT_A_RELEASE.split_at(OWN_PUBLICATIONS).0;

/// How many of [`NOT_A_RELEASE`], from the first, are the inspectorate's
/// own publications ("annual report" to "strategic plan").
pub const OWN_PUBLICATIONS: usize = 7;

/// Fields of an inspectorate's page for one report, on lines of their own
/// under its heading ("Date of publication", "Participating
/// inspectorate"): the heading over them is the report's name, not news.
pub const REPORT_PAGE_FIELDS: &[&str] = &["date of publication", "participating inspectorate"];

/// True when `line` is one of the [`REPORT_PAGE_FIELDS`] alone.
pub fn is_report_page_field(line: &str) -> bool {
    let field = line.trim().trim_end_matches(':');
    REPORT_PAGE_FIELDS
        .iter()
        .any(|f| f.eq_ignore_ascii_case(field))
}

/// Line openings that date one item of a listing page ("Published: 15
/// September 2020" under each teaser), or, once near its top, the page
/// itself ("PUBLISHED: 08:58 24 October 2018", the date a yearless visit
/// is read against).
pub const LISTING_DATE_LEADS: &[&str] = &["Published:", "Published on:", "Date published:"];

/// True when `line` opens (after its indent) with one of
/// [`LISTING_DATE_LEADS`], in any case.
///
/// ```
/// use inspection_extract::lexicon::opens_with_date_lead;
/// assert!(opens_with_date_lead("  PUBLISHED: 08:58 24 October 2018"));
/// assert!(!opens_with_date_lead("The report was published: see below"));
/// ```
pub fn opens_with_date_lead(line: &str) -> bool {
    let line = line.trim_start();
    LISTING_DATE_LEADS
        .iter()
        .any(|lead| crate::source::starts_with_ignore_case(line, lead))
}

/// The keys of a web page's or notice's metadata lines ("From:",
/// "Published:", "Date of issue:", "Download:"), regex fragments: such a
/// line is never a heading.
pub const METADATA_KEYS: &[&str] = &[
    r"from",
    r"to",
    r"published",
    // HMICFRS's news feed: "Published on: 11 April 2019"
    r"published\s+on",
    // GOV.WALES: "First published:" over its date
    r"first\s+published",
    r"publication(?:\s+date)?",
    r"updated",
    r"last\s+updated",
    r"date(?:\s+of\s+(?:issue|publication)|\s+issued)?",
    r"release\s+date",
    // a Welsh page's "Date published", alone or over the English after a
    // slash: "Dyddiad cyhoeddi / Date published: 22/05/2019"
    r"dyddiad\s+cyhoeddi(?:\s*/\s*date\s+published)?",
    r"issued",
    r"ref(?:erence)?",
    r"contact",
    r"download",
    r"posted(?:\s+on)?",
    r"categor(?:y|ies)",
    // an inspection report's facts under its name ("Type of establishment:
    // Short-term holding facility", "Dates of inspection: 3, 4 and 6 June")
    r"type\s+of\s+(?:establishment|inspection|report|service)",
    r"dates?\s+of\s+inspection",
    r"inspection\s+dates?",
    // a vacancy's details ("Location: Any Care Inspectorate office",
    // "Salary: £48,453-£53,502")
    r"location",
    r"salary",
    r"hours",
    r"contract",
    r"closing\s+date",
    // a CQC service page's provider over its name ("Provided and run by:"
    // / "Northamptonshire Healthcare NHS Foundation Trust")
    r"provided\s+and\s+run\s+by",
];

/// The words that open a letter's greeting ("Dear Parent/Carer", "Dear
/// Colleague"): a greeting line is the letter's, never a heading.
pub const SALUTATIONS: &[&str] = &["Dear"];

/// The most words of a greeting line ("Dear Parents and Carers,").
pub const SALUTATION_WORDS_MAX: usize = 6;

/// True when `line` is a letter's greeting: a word of [`SALUTATIONS`] and
/// a few words more.
///
/// ```
/// use inspection_extract::lexicon::is_salutation;
/// assert!(is_salutation("Dear Parent/Carer"));
/// assert!(!is_salutation("Dear Green Place: the inspection of Glasgow's courts published"));
/// ```
pub fn is_salutation(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words
        .next()
        .is_some_and(|first| SALUTATIONS.iter().any(|s| first.eq_ignore_ascii_case(s)))
        && line.split_whitespace().count() <= SALUTATION_WORDS_MAX
        && !line.contains(':')
}

/// A release's line naming who issues it, with no colon ("Issued jointly
/// on behalf of four inspectorates", "Issued by HM Inspectorate of
/// Prisons"): a header's detail, never its heading (a regex).
pub const ISSUER_LINE: &str = r"(?i)^\s*issued\s+(?:jointly\s+)?(?:(?:up)?on\s+behalf\s+of|by)\b";

/// Units of a file's size after a download link ("(786 kB)", "(PDF, 1.2
/// MB)"): a line ending in one is a link, not a heading.
pub const FILE_SIZE_UNITS: &[&str] = &["kb", "mb", "gb", "kib", "mib", "k", "bytes"];

/// The link a web report sets after each section's heading ("Foreword
/// (Back to top)"): a line ending so is a section of the page, never its
/// headline.
pub const BACK_TO_TOP_SUFFIX: &str = "(back to top)";

/// The word of a stored copy's stamp before its ISO date (" date
/// 2024-10-23 Martin Shipton"): with a byline after it and nothing more,
/// the line is furniture; a headline may follow the date on its line too.
pub const STAMP_WORD: &str = "date";

/// A CQC report page's label of the kind of inspection, on the line under
/// its dates ("13 June to 7 July 2022" / "During a routine inspection"):
/// neither title nor headline, but kept with the dates it qualifies (a
/// regex fragment).
pub const INSPECTION_KIND_LABEL: &str = r"during\s+an?\s+(?:(?:routine|focused|responsive)\s+)?inspection(?:\s+looking\s+at\s+part\s+of\s+the\s+service)?\s*$";

/// A page's link labels that a copied heading may run on into ("HM
/// Inspectorate of Prisons report on HMP Liverpool Contents"): no part of
/// a name before them.
pub const PAGE_LINK_LABELS: &[&str] = &["Contents"];

/// Verbs that open a byline on a line of its own, before "by" and the
/// writer ("Written by YGTV Team on 13 October 2022 .", "Written 16th July
/// 2013 by Olliers Solicitors"), lower case.
pub const BYLINE_VERBS: &[&str] = &["written", "posted"];

/// The most words of a byline line: a sentence that opens so is longer.
pub const BYLINE_WORDS_MAX: usize = 10;

/// Words that open a writer's name alone on its line ("By Ian Dunt"),
/// lower case.
pub const BYLINE_LEADS: &[&str] = &["by"];

/// The most words of the name after a [`BYLINE_LEADS`] word: "By Ian
/// Dunt", "By Mary Ann de Souza".
pub const BYLINE_NAME_WORDS_MAX: usize = 4;

/// Keys of a web page's details written alone on their line, over their
/// value (GOV.UK: "Part of:" / "Borders and immigration inspections: 2016
/// and Immigration enforcement"), lower case without the colon: the key
/// and the value are the page's furniture, never a heading.
pub const DETAIL_KEYS_OVER_VALUE: &[&str] = &["part of", "collection", "series"];

/// The names of documents written straight after the name of the body
/// they concern ("HMP The Verne Action Plan Submitted: ..."): no part of
/// the name, though their first word is capitalised as the name's are.
pub const DOCUMENTS_AFTER_NAMES: &[&str] = &["Action Plan", "Annual Report", "Improvement Plan"];

/// Web-page and PDF furniture at the start of a line: skip links, breadcrumbs, cookie banners, share and print links, report links, copyright (regex fragments, tried in order).
pub const DEBRIS_LINES: &[&str] = &[
    r"select\s+(?:a|an|your)\b.*(?:\.\.\.|…)\s*$",
    // "Skip to main content", "Skip to site content Skip to main menu"
    r"skip\s+(?:to\s+)?(?:(?:the\s+)?(?:main|site|page)\s+)?(?:content|navigation|menu)",
    // "Neidio i'r prif gynnwys": Welsh for "Skip to main content"
    r"neidio\s+i['’]r\s+(?:prif\s+)?(?:cynnwys|gynnwys|ddewislen)",
    r"(?:the\s+)?main\s+content\s+(?:is\s+below|starts\s+here|area\s*$)",
    r"accessibility\s+(?:controls|tools|options)\s*$",
    r"text\s+size\s*:",
    r"keep\s+up[\s-]to[\s-]date\s+with\b",
    r"accept\s+(?:and\s+close|all(?:\s+cookies)?|cookies)\s*$",
    r"advertisement\b",
    // a news site's weather box: "max temp: 15°C", "Five-day forecast"
    r"(?:max|min)(?:imum)?\s+temp(?:erature)?\s*:",
    r"(?:three|five|seven|[357])[\s-]day\s+forecast\s*$",
    r"advanced\s+search\s*$",
    r"e-edition\b",
    r".*\|\s*[\w\s]{0,30}-?\d{1,2}\s*°\s*[CF]\b",
    r"printer[\s-]+friendly\s+version",
    // "Printable version E-mail this to a friend": a page's tools run together
    r"printable\s+version\b",
    r"e-?mail\s+this\s+(?:page|story|article)?\s*to\s+a\s+friend",
    r"site\s*map\s*$",
    // an archived site's banner sending readers on: "We have a new website
    // go to gov.scot", "This website is no longer being updated. Please go
    // to GOV.SCOT"
    r"we\s+have\s+a\s+new\s+website\b",
    r"this\s+(?:web)?site\s+is\s+no\s+longer\s+(?:being\s+)?(?:updated|maintained)\b",
    // a parliament's record of a committee's sitting: "COMMITTEE FOR
    // JUSTICE" / "OFFICIAL REPORT" / "(Hansard)"
    // (with its sitting: "Committee for Justice , meeting on Thursday, 29
    // May 2025"; the record's kind: "Official Report: Minutes of Evidence")
    r"committee\s+(?:for|on)(?:\s+[\w&'’,-]+){1,4}\s*(?:,\s*meeting\s+on\s[^.]{0,40})?$",
    r"official\s+report\s*(?:\(hansard\))?\s*(?::\s*minutes\s+of\s+evidence\s*)?$",
    r"\(hansard\)\s*$",
    r"members\s+present\b.{0,40}:\s*$",
    r"witnesses\s*:\s*$",
    // a bilingual release's note of its other language: "This press
    // release is also available in Welsh.", "Mae'r datganiad hwn hefyd ar
    // gael yn Gymraeg."
    r"this\s+(?:press\s+release|news\s+release|release|statement|document|report|page)\s+is\s+(?:also\s+)?available\s+in\s+(?:welsh|english)\b",
    r"mae['’]r\s+(?:datganiad(?:\s+i['’]r\s+wasg|\s+newyddion)?|ddogfen|adroddiad)\s+(?:hwn|hon)\s+(?:hefyd\s+)?ar\s+gael\s+yn\s+(?:gymraeg|saesneg)\b",
    // a news site's notices: "Your browser is no longer supported", a
    // search box's "Error message"
    r"your\s+browser\s+is\s+(?:no\s+longer\s+supported|out\s+of\s+date|not\s+supported)",
    // "This website does not work with your web browser, so please
    // install a newer one."
    r"(?:this\s+)?(?:web)?site\s+(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+work\s+(?:properly\s+)?(?:with|in)\s+your\s+(?:web\s+)?browser",
    // a site's tagline: "The official website for the States of Guernsey"
    r"(?:the\s+)?official\s+(?:web\s*site|site|home\s*page)\s+(?:of|for)\s",
    r"error\s+message\s*$",
    r"for\s+the\s+best\s+(?:possible\s+)?experience\b",
    r"learn\s+more\s*$",
    // a Hansard column reference: "HC Deb 12 June 1991 vol 192 cc540-1W"
    r"h[cl]\s+deb\s+\d",
    r"back\s+to\s+[\w\s]{1,30}(?:\||$)",
    r"(?:table\s+of\s+)?contents\s*$",
    r"print\s+this\s+(?:document|report)",
    r"read\s+the\s+(?:full\s+)?report\s*:",
    r"(?:get|read|download)\s+the\s+(?:full\s+)?report\s*$",
    // a news site's prompt to allow its notifications: "Stay up to date
    // with notifications from The Independent" / "Notifications can be
    // managed in browser preferences."
    r"stay\s+up\s+to\s+date\s+with\s+notifications\b",
    r"notifications\s+can\s+be\s+managed\b",
    // a link's label: "Click here to download the ... Annual Report",
    // "Click to share on Twitter (Opens in new window)"
    r"click\s+(?:here\s+)?(?:to|for)\b",
    // the Open Government Licence notice a publication opens with
    r"unless\s+stated\s+otherwise,?\s+(?:all\s+of\s+)?(?:our|this)\s+(?:content|publication)",
    r"this\s+publication\s+is\s+licensed\s+under",
    r"all\s+content\s+is\s+available\s+under\s+the\s+open\s+government\s+licence",
    r"to\s+view\s+this\s+licence|to\s+read\s+this\s+licence",
    r"or\s+(?:write\s+to|e-?mail)\s*:",
    r"(?:you\s+can\s+find\s+)?this\s+publication\s+(?:is\s+available\s+)?at\s*:",
    // an email bulletin's masthead and contents: "Inspection news  |
    // Issue 23  |  June 2016", "In this issue:"
    r".*\|\s*issue\s+\d+\s*(?:\||$)",
    r"in\s+this\s+(?:issue|edition|bulletin|newsletter)\s*:?\s*$",
    // a link to a topic's other pages: "Read more about Durham"
    r"read\s+more(?:\s+about\s+[^.]{1,40})?\s*$",
    r"read\s+[‘'\x22“].*[’'\x22”]\s*$",
    // a news site's link to another story: "Read more: Children as young
    // as five accused ..."
    r"read\s+more\s*:",
    r"have\s+your\s+say\s*$",
    // a committee page's link to its recording: "Watch the meeting"
    r"watch\s+(?:the\s+)?(?:meeting|session|video|recording|live)\s*$",
    // a news site's appeal for members: "Support quality, independent,
    // local journalism", "From just £1 a month you can help fund our work"
    r"support\s+(?:quality,?\s+)?(?:independent,?\s+)?(?:local\s+)?journalism\b",
    r"from\s+(?:just|only)\s+£\d+(?:\.\d\d)?\s+a\s+(?:week|month|year)\b",
    r"article\s+continues\s+below\s*$",
    // a picture's alternative text left on its own line
    r"logo\s*$",
    r"publication\s+types?\s*:",
    // a blog-style site's archive page: "Archives: Reports" over
    // "Contains details of Reports"
    r"archives?\s*:\s*\w+(?:\s+\w+){0,3}\s*$",
    r"contains\s+details\s+of\s+\w+(?:\s+\w+){0,3}\s*$",
    r"part\s+of\s*:",
    r"global\s+keyword\s+search",
    r"1\.\s*home\b",
    r"you\s+are\s+here",
    // a Welsh page's "You are here" (Welsh sites are bilingual: their
    // furniture comes in Welsh too)
    r"rydych\s+chi\s+yma\b",
    r"home\s*(?:>|›|»|/|\|)",
    r"we\s+use\s+(?:some\s+)?(?:essential\s+)?cookies",
    // "Mae'r wefan hon yn defnyddio cwcis": Welsh for "This website uses
    // cookies"
    r"mae['’]r\s+wefan\s+hon\s+yn\s+defnyddio\s+cwcis",
    // a site-wide notice that addresses the reader ("Coronavirus
    // (COVID-19): find out how we are continuing our work ..."), not a
    // headline about the pandemic
    r"(?:coronavirus|covid-19)[^:]{0,20}:\s*(?:find\s+out|read\s+(?:our|the\s+latest)|latest\s+(?:information|updates?)|guidance\b|what\s+you\s+need\s+to\s+know|how\s+we\s+are)",
    r"(?:accept|reject)\s+(?:all\s+|additional\s+)?cookies",
    r"cookie\s+(?:settings|preferences|policy)",
    r"manage\s+cookies",
    r"related\s+(?:downloads?|content|links|publications)",
    r"share\s+this(?:\s+(?:page|article)|\s*:)",
    r"back\s+to\s+top",
    r"print\s+this\s+page",
    r"\|?\s*printable\s+version\s*$",
    r"main\s+(?:menu|navigation)",
    r"search\s+(?:this\s+site|the\s+site)",
    r"©",
    r"copyright\s+(?:\w+\s+)?\d{4}",
    r"privacy\s+(?:policy|notice)",
    r"terms\s+(?:and|&)\s+conditions",
    r"accessibility\s+statement",
    r"sign\s+up\s+(?:for|to)\s+(?:our\s+)?(?:e-?mail|newsletter)",
    r"subscribe\s+to\s+(?:the|our)\s+(?:e-?mail\s+)?newsletter",
    r"follow\s+us\s+on",
    r"(?:pdf|docx?)\s*[,(]?\s*\d+(?:\.\d+)?\s*[km]b\b",
    // a download's details under its link: "PDF file, size 2.6 MB"
    r"(?:pdf|word|excel)\s+(?:file|document),?\s+(?:size\s+)?\d+(?:\.\d+)?\s*[km]b\b",
    // "A pdf version of this document can also be downloaded (860k)"
    r"(?:an?\s+)?(?:pdf|word|printable)\s+version\s+of\s+this\s+(?:document|report|page|publication)",
    r"(?:menu|search|gov\.uk|sign\s+in|log\s*in|print|share|home|back)\s*$",
    r"sign\s+in\s{2,}",
    r"tags?\s*:",
    r"categor(?:y|ies)\s*:",
    r"find\s+an\s+inspection\s+report\s*$",
    r"(?:local\s+authority|provider|unique\s+reference)\s+(?:code|number)\s*:",
    r"inspection\s+(?:type|start\s+date|end\s+date)\s*:",
    r"other\s+reports\s+for\s+this\s+provider",
    // a government site's banner, in both its languages
    r"(?:the\s+)?(?:scottish|welsh)\s+government\s*$",
    r"riaghaltas\s+na\s+h-alba\s*$",
    r"llywodraeth\s+cymru\s*$",
    r"northern\s+ireland\s+executive\s*$",
    r"ministry\s+of\s+justice\s*$",
    // a regulator's strapline under its name
    r"the\s+independent\s+regulator\s+of\s+health\s+and\s+(?:adult\s+)?social\s+care",
    // RQIA's, under its letterhead
    r"assurance,\s+challenge\s+and\s+improvement\s+in\s+health\s+and\s+social\s+care\s*$",
    // a site's search box: "Search justice.gov.uk [Go]"
    r"search\s+[\w.-]+\.(?:uk|com|org|scot|wales)\b",
    r".*\[\s*(?:go|search|submit)\s*\]\s*$",
    // "Search site: [          ] Go": a label and a box with its button
    r"search(?:\s+[\w.]+)?\s*:?\s*\[[^\]]*\]\s*(?:go|search)?\s*$",
];

/// Last words of a news site's section label on a line of its own
/// ("Northern Ireland news", "General News", "Heart Breaking News") or of
/// its strapline ("Your Merriton, your news"), lower case: the site's
/// furniture over a story, never its heading.
pub const SECTION_LABEL_ENDINGS: &[&str] = &["news"];

/// The most words of a section label ([`SECTION_LABEL_ENDINGS`]).
pub const SECTION_LABEL_WORDS_MAX: usize = 4;

/// Last words of a newspaper's name set as its masthead over a story
/// ("Merriton Evening Post", "Belfast Telegraph", "Fermanagh Herald"):
/// furniture, never the story's heading.
pub const NEWSPAPER_NAME_ENDINGS: &[&str] = &[
    "Post",
    "Herald",
    "Echo",
    "Gazette",
    "Chronicle",
    "Courier",
    "Mail",
    "Argus",
    "Advertiser",
    "Telegraph",
    "Examiner",
    "Sentinel",
    "Messenger",
    "Courant",
];

/// The most words of a masthead ([`NEWSPAPER_NAME_ENDINGS`]): "The
/// Yorkshire Evening Post".
pub const MASTHEAD_WORDS_MAX: usize = 5;

/// Words for what an image is, ending a line of the image's words set in
/// place of it ("Northern Ireland Assembly Flax Flower Logo").
pub const IMAGE_KIND_WORDS: &[&str] = &["logo"];

/// How a picture's alternative text, printed in its place, ends when it
/// says the picture tells nothing ("... Annual Report. For decorative
/// purposes only."): the line is the picture's, never a heading.
pub const IMAGE_ALT_ENDINGS: &[&str] = &["for decorative purposes only"];

/// Words of an image file's name that say its colour model or file type
/// ("final logo red (RGB)", "HMIP logo CMYK"): beside an
/// [`IMAGE_KIND_WORDS`] word anywhere on a short line, the line is the
/// image's name left in place of it.
pub const IMAGE_FORMAT_WORDS: &[&str] = &["rgb", "cmyk", "png", "jpg", "jpeg", "svg", "gif"];

/// A site's notice of its own troubles at the top of a page ("The desktop
/// version of Police Oracle is being affected by network problems at the
/// moment"), lower case: words that say the site, not the story, is at
/// fault.
pub const SITE_NOTICE_PHRASES: &[&str] = &[
    "affected by network problems",
    "affected by technical problems",
    "experiencing technical difficulties",
    "experiencing technical problems",
    "experiencing network problems",
    // a news site's block on readers abroad ("Our website is temporarily
    // unavailable in your location")
    "temporarily unavailable",
    "get it back online",
];

/// How many lines from a page's top a site's notice may stand.
pub const SITE_NOTICE_REACH: usize = 5;

/// Words of a table's header that a page's running header does not hold
/// ("No.   Recommendation   Progress at May 2014"), lower case.
pub const TABLE_HEADER_WORDS: &[&str] = &["recommendation", "status", "progress", "ref"];

/// A recommendations table's column headings, each printed alone on a line
/// where a page sets its columns one after the other ("No." /
/// "Recommendation" / "Progress"); the middle one names the table.
pub const COLUMN_HEADINGS_BEFORE: &[&str] = &["no.", "no", "ref", "ref.", "number"];

/// See [`COLUMN_HEADINGS_BEFORE`]: the names of the recommendations column.
pub const RECOMMENDATION_COLUMN_HEADINGS: &[&str] = &["recommendation", "recommendations"];

/// See [`COLUMN_HEADINGS_BEFORE`]: the headings after the recommendations
/// column, when they follow it straight away.
pub const COLUMN_HEADINGS_AFTER: &[&str] = &["progress", "status"];

/// The label a news page puts over a picture's or a video's caption
/// ("Media caption," then the caption on a line of its own), as regex
/// fragments matched against a whole line: the label and the caption after
/// it are neither title nor headline.
pub const CAPTION_LABELS: &[&str] = &[r"(?:media|image|video|photo)\s+caption", r"image\s+source"];

/// The longest line read as a committee paper's heading line, in bytes.
pub const MEETING_PAPER_LINE_MAX: usize = 100;

/// Last words of a body's name that, alone on a line of a report's cover
/// or letterhead, say who runs the place inspected ("Foyle and Sperrin
/// Health and Social Care Trust"): no heading.
pub const LETTERHEAD_BODY_ENDINGS: &[&str] = &["Trust"];

/// The words of a council's kind, which name no council alone ("Borough
/// Council", "The County Council"): a line of only these and "Council"
/// ends a heading ("... Penrhyddlan County" / "Borough Council"), it is
/// no letterhead.
pub const COUNCIL_KIND_WORDS: &[&str] = &[
    "The",
    "County",
    "Borough",
    "City",
    "District",
    "Metropolitan",
    "Town",
    "Parish",
    "Community",
    "Unitary",
    "Regional",
];

/// The heading lines of a council's committee paper, over the paper's own
/// title: "AGENDA ITEM 5", "BOROUGH OF POOLE", "CHILDREN AND YOUNG PEOPLE
/// OVERVIEW & SCRUTINY COMMITTEE", "PART OF THE PUBLISHED FORWARD PLAN
/// YES/NO", "STATUS (Strategic, ...)" (regex fragments, matched against a
/// whole line of at most [`MEETING_PAPER_LINE_MAX`] bytes).
pub const MEETING_PAPER_LINES: &[&str] = &[
    r"agenda\s+item\b.*",
    r"(?:cabinet|council|committee)\s+meeting\s*:.*",
    // a council's minutes page: "Meeting: 23/02/2022 - Resources ...
    // Scrutiny Committee (Item 5)"
    r"meeting\s*:\s*\d.*",
    // "Briefing Note of the Deputy Chief Executive (People)"
    r"(?:report|briefing\s+note)\s+of\s+the\s+(?:deputy\s+)?(?:cabinet\s+member|leader|chief\s+executive|(?:corporate\s+)?director|head\s+of\s+service)\b.*",
    r"(?:(?:london\s+)?borough|county|city|district)\s+of\s+\S.*",
    // "ELLESMOOR POLICE AND CRIME PANEL"
    r".*\b(?:committee|cabinet|panel)",
    r"(?:report\s+of|report\s+by|portfolio\s+holder|ward\(?s?\)?\s+affected|wards?)\s*:.*",
    r"part\s+of\s+the\s+(?:published\s+)?forward\s+plan\b.*",
    r"status\s*\(.*\)",
];

/// Words that name a council's meeting, which considers a paper on an
/// inspection and is never what was inspected ("The Scrutiny Board had
/// before it a briefing note"). (A committee or the cabinet before a
/// paper is not read as a subject in the first place.)
pub const MEETING_BODY_WORDS: &[&str] = &["Scrutiny"];

/// Wordings of an embargo other than the word itself ("Not for
/// publication before ...", "Not to be published or broadcast before
/// ..."), as regex fragments.
pub const EMBARGO_PHRASES: &[&str] = &[
    r"not\s+for\s+(?:publication|release|broadcast)(?:\s+or\s+broadcast)?",
    r"not\s+to\s+be\s+(?:published|released|broadcast)(?:\s+or\s+(?:broadcast|published))?",
    r"under\s+embargo",
];

/// How a web address opens, in lower case.
pub const WEB_ADDRESS_OPENINGS: &[&str] = &["www.", "http://", "https://"];

/// The spaces that part two columns of a page laid out as text.
const LAYOUT_COLUMN_GAP: &str = "   ";

/// Words that open a letterhead's contact line ("Tel: 020 7946 0813  Fax:
/// ..."), in lower case.
pub const CONTACT_WORDS: &[&str] = &[
    "tel",
    "telephone",
    "textphone",
    "minicom",
    "phone",
    // a letterhead's "T 0300 123 4666", "F 0300 123 4667": only before a
    // figure
    "t",
    "f",
    "fax",
    "email",
    "e-mail",
    "www.",
];

/// True when `line` is a contact line of a letterhead: it opens with one of
/// [`CONTACT_WORDS`] and a colon, a full stop or a figure.
///
/// ```
/// use inspection_extract::lexicon::is_contact_line;
/// assert!(is_contact_line("Tel: 020 7946 0813        Fax: 020 7946 0814"));
/// assert!(is_contact_line("www.hmcpsi.gov.uk"));
/// assert!(!is_contact_line("Telephone interviews were held with staff."));
/// assert!(is_contact_line("Feedback line: 0808 175 3333"));
/// assert!(is_contact_line("T 0300 123 4666"));
/// assert!(is_contact_line("enquiries@ofsted.gov.uk"));
/// assert!(!is_contact_line("The inspection found much to praise."));
/// assert!(is_contact_line("Assurance and Improvement in Care      www.rqia.org.uk"));
/// ```
pub fn is_contact_line(line: &str) -> bool {
    // "Assurance, Challenge and Improvement ...      www.rqia.org.uk": a
    // cover's or footer's line with the site's address in a column of its
    // own
    if let Some((_, column)) = line.trim_end().rsplit_once(LAYOUT_COLUMN_GAP) {
        let address = column.trim_start().to_ascii_lowercase();
        if !address.contains(char::is_whitespace)
            && WEB_ADDRESS_OPENINGS.iter().any(|o| address.starts_with(o))
        {
            return true;
        }
    }
    // "Children and young people feedback line: 0808 175 3333": a short
    // label and a telephone number
    if let Some((label, number)) = line.rsplit_once(':') {
        let digits: String = number.chars().filter(|c| !c.is_whitespace()).collect();
        if label.split_whitespace().count() <= 8
            && (10..=11).contains(&digits.len())
            && digits.starts_with('0')
            && digits.bytes().all(|b| b.is_ascii_digit())
        {
            return true;
        }
    }
    let lower = line.trim_start().to_ascii_lowercase();
    // an address for mail alone on its line: "enquiries@ofsted.gov.uk"
    let alone = lower.trim_end();
    if alone.contains('@') && !alone.contains(char::is_whitespace) {
        return true;
    }
    CONTACT_WORDS.iter().any(|w| {
        lower.strip_prefix(w).is_some_and(|rest| {
            let figure = rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
            if w.len() == 1 {
                return rest.starts_with(' ') && figure;
            }
            w.ends_with('.') || rest.trim_start().starts_with([':', '.']) || figure
        })
    })
}

/// The units of a story's age after a news site's name ("Wales Online2
/// days ago"), singular; see [`is_story_age`].
pub const STORY_AGE_UNITS: &[&str] = &["minute", "min", "hour", "hr", "day", "week", "month"];

/// True for a news site's line giving a story's age: at most 60 bytes,
/// ending with a number, a unit of [`STORY_AGE_UNITS`] (or its plural) and
/// "ago", the number glued to the site's name or not. (Read in code, not in
/// the debris pattern: a bounded run of any characters before the number
/// cost the pattern's lazy DFA some 6 MB over varied documents.)
///
/// ```
/// use inspection_extract::lexicon::is_story_age;
/// assert!(is_story_age("Wales Online2 days ago"));
/// assert!(is_story_age("BBC News · 5 hours ago"));
/// assert!(!is_story_age("The inspection took place two weeks ago, inspectors said"));
/// ```
pub fn is_story_age(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 60 {
        return false;
    }
    let mut words = t.rsplit(' ').filter(|w| !w.is_empty());
    let (Some(ago), Some(unit), Some(number)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let unit = unit.to_ascii_lowercase();
    let unit = unit.strip_suffix('s').unwrap_or(&unit);
    let digits = number.len() - number.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    ago.eq_ignore_ascii_case("ago") && STORY_AGE_UNITS.contains(&unit) && (1..=3).contains(&digits)
}

/// The first item of a site's breadcrumb ("1. Home", "Home > News"): a
/// numbered list opening with it is navigation.
pub const BREADCRUMB_ROOTS: &[&str] = &["home"];

/// True when `word` is one of the [`BREADCRUMB_ROOTS`] (any case).
pub fn is_breadcrumb_root(word: &str) -> bool {
    BREADCRUMB_ROOTS
        .iter()
        .any(|r| word.eq_ignore_ascii_case(r))
}

/// Sections of a news or inspectorate site, lower case: a line of its
/// breadcrumb's root and such words, run together without separators, is
/// navigation ("Home Opinion Letters"), where the root then other words
/// is a heading ("Home Detention Curfew Review", "Home Office responds").
pub const SITE_SECTION_WORDS: &[&str] = &[
    "news",
    "opinion",
    "letters",
    "comment",
    "features",
    "sport",
    "business",
    "politics",
    "local",
    "publications",
    "reports",
    "media",
    "releases",
];

/// The most sections a breadcrumb run together on one line names after its
/// root ("Home News Publications" is two words after it).
pub const RUN_TOGETHER_CRUMB_WORDS_MAX: usize = 4;

/// Headings that open the tail of a web page after the release (links to
/// other pages, tags), in lower case.
pub const PAGE_TAIL_HEADINGS: &[&str] = &[
    // HMI Probation's news pages: "Related" over links to other reports
    "related",
    "related content",
    "related links",
    "related pages",
    "related publications",
    "related downloads",
    "related documents",
    "related reports",
    "share this page:",
    // a report's link under the notes: "Download the report: <name>
    // (PDF, 1.4 MB)" (141)
    "download the report:",
    "page last updated:",
    "related news",
    // the Welsh side of a bilingual page: "Newyddion cysylltiedig"
    // (related news), "Rhannu’r dudalen hon:" (share this page; written
    // here with a straight apostrophe, as the line is read)
    "newyddion cysylltiedig",
    "rhannu'r dudalen hon:",
    "documents",
    "downloads",
    "tags:",
    // a blog's post footer: "Posted on: 14 October 2025 | Categories: ..."
    "posted on:",
    "categories:",
    "back to top",
    "share this page",
    "share this article",
    // GOV.UK's history of the page and its feedback box
    "updates to this page",
    "is this page useful?",
    // GOV.UK's footnotes, after the notes to editors (292)
    "footnotes",
    // a bilingual page's Welsh half after the English release and its
    // notes (291)
    "cymraeg",
    // a mail's signature delimiter, "-- " alone on its line, over the
    // press office's signature and disclaimer (155, 824)
    "--",
];

/// Headings of a news site's links and readers' comments under a story,
/// alone on their line, lower case: the story's body ends at the first (a
/// reader's "27 recommendations? How much is that going to cost us?" is
/// no count of the report's, 318). Not a GOV.UK page's "Documents", which
/// stands over the attachments before the text.
pub const STORY_END_HEADINGS: &[&str] = &[
    "related stories",
    "related articles",
    "most read",
    "add your comment",
];

/// True when `line` is one of [`STORY_END_HEADINGS`].
pub fn ends_a_story(line: &str) -> bool {
    let t = line.trim();
    STORY_END_HEADINGS.iter().any(|h| t.eq_ignore_ascii_case(h))
}

/// True when `line` is one of [`PAGE_TAIL_HEADINGS`], alone on its line
/// ("Tags:" with what follows it).
///
/// ```
/// use inspection_extract::lexicon::is_page_tail;
/// assert!(is_page_tail("Related content"));
/// assert!(is_page_tail("Related"));
/// assert!(!is_page_tail("Related inspections were carried out in 2016."));
/// assert!(is_page_tail("Tags: Crime data integrity, Ferrisford"));
/// assert!(is_page_tail("Posted on: 14 October 2025 | Categories: Press releases"));
/// assert!(is_page_tail("Download the report: Inspection of Holmby (PDF, 1.4 MB)"));
/// assert!(is_page_tail("-- "));
/// assert!(!is_page_tail("Related content was reviewed by inspectors."));
/// ```
pub fn is_page_tail(line: &str) -> bool {
    // a bilingual page's "Rhannu'r dudalen hon / Share this page"
    let english = line.split_once(" / ").map_or(line, |(_, second)| second);
    [line, english].iter().any(|part| {
        // (a curly apostrophe read as a straight one: the headings are
        // written with straight ones)
        let mut lower = part.trim().to_ascii_lowercase();
        if lower.contains('\u{2019}') {
            lower = lower.replace('\u{2019}', "'");
        }
        PAGE_TAIL_HEADINGS
            .iter()
            .any(|h| lower == *h || (h.ends_with(':') && lower.starts_with(h)))
    })
}

/// Prefixes written with a hyphen ("well-known", "co-ordinated",
/// "self-harm"): a line that ends in one of them and a hyphen keeps the
/// hyphen when the word is joined again, where another broken word loses
/// it ("ap-" / "plicable").
pub const HYPHENATED_PREFIXES: &[&str] = &[
    "well", "self", "co", "non", "ex", "cross", "multi", "anti", "semi", "long", "short", "full",
    "part", "high", "low", "mid", "half", "follow", "one", "two", "three", "four", "five", "six",
    "first", "second", "third", "child", "young", "older", "all",
];
