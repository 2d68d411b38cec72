//! Headings: the verbs and judging words that make a heading a headline,
//! the words that make it a report's name, and the leads of a findings list.

/// Verbs that make a heading news ("... finds ...", "... published"): a lone
/// heading with one of them is a headline, never a report's name, even when
/// it has a report word in it.
pub const HEADLINE_VERBS: &[&str] = &[
    "published",
    "publishes",
    "publish",
    "finds",
    "find",
    "found",
    "reveals",
    "revealed",
    "shows",
    "warns",
    "says",
    "said",
    "welcomes",
    "praises",
    "praise",
    "praised",
    "performs",
    // "Cwm Taf staff doing some good work"
    "doing",
    "calls",
    "urges",
    "criticises",
    "criticised",
    "highlights",
    "identifies",
    "notes",
    "noted",
    // "hits back", "hits out"
    "hits",
    "raises",
    "stresses",
    "improves",
    "improved",
    "makes",
    "made",
    "needs",
    "must",
    "faces",
    "fails",
    "failed",
    "remains",
    "start",
    "starts",
    "begins",
    "launches",
    "judged",
    "rated",
    "rates",
    "branded",
    "brands",
    "condemned",
    "lacks",
    "struggles",
    "struggling",
    "uncovers",
    "uncovered",
    "seeks",
    "wants",
    "announces",
    "appoints",
    "appointed",
    "awarded",
    "earns",
    "earned",
    "scores",
    "scored",
    "receives",
    "received",
    "welcomed",
    "comments",
    "responds",
    "responded",
    "provides",
    // "Prosecution Service delivers improvements in governance ..."
    "delivers",
    "delivered",
    "gives",
    "shares",
    "explains",
    "outlines",
    "paints",
    "pose",
    "poses",
    "threatens",
];

/// Verbs of being that make a heading a claim when they follow its first
/// word or two ("Inspection is key to success", a letter's heading), not
/// when they stand in a clause later on ("... cases where witnesses are
/// intimidated", a report's name).
pub const HEADLINE_COPULAS: &[&str] = &["is", "are"];

/// How many words at most come before a [`HEADLINE_COPULAS`] verb that
/// makes a heading a claim.
pub const COPULA_SUBJECT_WORDS_MAX: usize = 2;

/// Words that judge: a lone heading with one of them says how a body did
/// ("Lincolnshire police custody – insufficient progress", "progress, but
/// safety still a concern", "report now out") and is a headline, even with
/// a report word in it.
pub const JUDGING_WORDS: &[&str] = &[
    "but",
    "still",
    "too",
    "concern",
    "concerns",
    "concerned",
    "insufficient",
    "mixed",
    "poor",
    "poorly",
    "slow",
    "now",
    "encouraging",
    "disappointing",
    "worrying",
    "impressive",
    "failing",
    "improving",
    "threat",
    // "Inspection of youth offending work: real improvements in Newport"
    "real",
    "significant",
];

/// True when `word` is one of the [`JUDGING_WORDS`] (any case).
pub fn is_judging_word(word: &str) -> bool {
    JUDGING_WORDS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// True when `word` is one of the [`HEADLINE_VERBS`] (any case).
///
/// ```
/// use inspection_extract::lexicon::is_headline_verb;
/// assert!(is_headline_verb("Criticises"));
/// assert!(!is_headline_verb("prison"));
/// ```
pub fn is_headline_verb(word: &str) -> bool {
    HEADLINE_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// Words opening a heading that names one of the site's own pages in the
/// site's voice ("Our inspection programme", "Our reports"), lower case:
/// a page's name, not a report's.
pub const SITE_PAGE_OPENERS: &[&str] = &["our"];

/// Labels a news page prints over its standfirst, on a line of their own
/// under the heading ("Summary" on EIN's pages), lower case: the paragraph
/// after one summarises the story and is no heading of its own.
pub const STANDFIRST_LABELS: &[&str] = &["summary"];

/// Parts of a publication that may close its name after a colon
/// ("Children's homes inspection outcomes as at 30 September 2016: key
/// findings", "...: executive summary"): a heading so closed names a
/// document, not news.
pub const DOCUMENT_PARTS: &[&str] = &[
    "key findings",
    "main findings",
    "findings",
    "summary",
    "executive summary",
    "overview",
];

/// Headings of a report's own sections, alone on their line ("What we
/// found" under the prison's name on a report page), lower case: such a
/// line is neither the page's title nor its news.
pub const REPORT_SECTION_HEADINGS: &[&str] = &[
    "what we found",
    "what we did",
    "our findings",
    "key findings",
    "main findings",
    "findings",
    "background",
    "introduction",
    // a vacancy's sections
    "about the role",
    "about you",
];

/// True when `line` is one of the [`REPORT_SECTION_HEADINGS`] alone
/// (ASCII case ignored, a closing colon allowed).
pub fn is_report_section_heading(line: &str) -> bool {
    let heading = line.trim().trim_end_matches(':').trim_end();
    REPORT_SECTION_HEADINGS
        .iter()
        .any(|h| h.eq_ignore_ascii_case(heading))
}

/// Banners that open a line above a release's headings ("Press release",
/// "JOINT THEMATIC INSPECTION", "Criminal Justice Joint Inspection"): a
/// line of a few words that opens with one is no title (regex fragments).
pub const PRESS_BANNERS: &[&str] = &[
    r"(?:joint\s+)?(?:press|news|media)\s+release",
    r"for\s+immediate\s+release",
    // Welsh, over the English on bilingual releases: "Datganiad i'r wasg"
    // (press release), "Datganiad newyddion" (news release)
    r"datganiad\s+(?:i['’]r\s+wasg|newyddion)",
    r"news",
    r"press\s+notice",
    r"media\s+statement",
    // alone on its line: "Joint inspection identifies ..." is a headline
    r"joint\s+(?:thematic\s+)?(?:inspection|report)\s*[:.]?\s*$",
    r"criminal\s+justice\s+joint\s+inspection",
];

/// What an annex holds when it is not the recommendations (lower case, in
/// its heading): "ANNEX: AREAS FOR IMPROVEMENT" has no rows of them.
pub const OTHER_ANNEXES: &[&str] = &[
    "areas for improvement",
    "area for improvement",
    "good practice",
    "glossary",
    "methodology",
    "inspection team",
    "terms of reference",
    "acknowledgements",
];

/// The line that introduces the key findings: "Key findings:", "Inspectors found that:" (regex fragments, tried in order).
pub const FINDINGS_LEADS: &[&str] = &[
    r"\b(?:key|main|principal)\s+findings?\b[^:]{0,40}:\s*$",
    // "Among the main points the report makes are:"
    r"\b(?:key|main|principal)\s+points\b[^:]{0,40}:\s*$",
    // "Findings included:"
    r"\bfindings\s+included\s*:\s*$",
    // "Findings:" alone on its line, over bullets (135)
    r"^\s*findings\s*:\s*$",
    r"\b(?:inspectors|the\s+inspection|the\s+inspectors|the\s+report|the\s+review|we)\s+(?:also\s+)?found(?:\s+that)?\s*:\s*$",
    // "Inspectors found these causes for concern:", "We found the
    // following strengths:": what was found, named before the list
    r"\b(?:inspectors|the\s+inspection|the\s+inspectors|the\s+report|the\s+review|we)\s+(?:also\s+)?found\s+(?:these|the\s+following|a\s+number\s+of|several|some)\s+(?:[\w-]+\s+){0,3}?(?:concerns?|causes\s+(?:for|of)\s+concern|strengths|weaknesses|failings|problems|shortcomings)\s*:\s*$",
    // "Among the many examples of excellent practice the inspectors found
    // were:" (147)
    r"\b(?:inspectors|the\s+inspectors|the\s+inspection|we)\s+(?:also\s+)?found\s+(?:were|was|included)\s*:\s*$",
    // "Inspectors were glad to see that:", "We were pleased to find that:"
    r"\b(?:inspectors|the\s+inspectors|we)\s+were\s+(?:\w+\s+)?(?:glad|pleased|encouraged|concerned|disappointed)\s+to\s+(?:see|find|note)(?:\s+that)?\s*:\s*$",
];

/// Words that name a piece addressed to someone, opening a heading that is
/// its name ("CPS Response to the HMCPSI thematic inspection report ...",
/// "Speech to the Prison Governors' Association conference"), as regex
/// fragments; the heading is a title, not news.
pub const ADDRESSED_WORKS: &[&str] = &[
    r"response",
    r"speech",
    r"address",
    r"submission",
    r"evidence",
    r"letter",
];

/// Words that make a heading the name of a report ("Report on an
/// unannounced inspection of ...", "... a follow-up review") (regex
/// fragments).
pub const REPORT_WORDS: &[&str] = &[
    r"inspection",
    r"review",
    r"report",
    r"follow[\s-]?up",
    r"revisit",
    r"thematic",
    r"progress",
    r"audit",
    // Ofsted's and Estyn's kinds of visit: "Children's Services Ofsted
    // Focused Visit"
    r"(?:focused|monitoring)\s+visit",
];

/// Prepositions that leave a heading open at its line's end, its place set
/// apart below it on a report's cover ("Report on an announced inspection
/// of the prison ... in" / "" / "Guernsey").
pub const OPEN_HEADING_PREPOSITIONS: &[&str] = &["in", "of", "at", "for"];

/// Words before a report word that make the report the news's occasion,
/// not its name ("Admissions ceased at nursing home following inspection",
/// "Care home closed after damning report"), in lower case: such a heading
/// is a headline.
pub const OCCASION_LEADS: &[&str] = &["following", "after"];

/// The work inspected at the end of a report's name that is a place and
/// that work alone ("London Magistrates' Courts custody", "Northshire
/// police custody"), as regex fragments in lower case: such a heading is
/// a title, not news.
pub const NAMED_WORK_ENDINGS: &[&str] = &[r"(?:police\s+|court\s+)?custody"];

/// Marks of a heading repeated after a page break ("ANNEX (continued)",
/// "Recommendations (cont.)"), in lower case.
pub const CONTINUED_MARKS: &[&str] = &["(continued)", "(cont.)", "(cont'd)", "(contd)"];

/// True for a short line that ends with a mark of [`CONTINUED_MARKS`]: a
/// heading repeated on a new page, not text.
///
/// ```
/// use inspection_extract::lexicon::is_continued_heading;
/// assert!(is_continued_heading("ANNEX (continued)"));
/// assert!(!is_continued_heading("The work begun in 2019 has (continued) since."));
/// ```
pub fn is_continued_heading(line: &str) -> bool {
    let t = line.trim().to_ascii_lowercase();
    t.len() <= 60 && CONTINUED_MARKS.iter().any(|m| t.ends_with(m))
}
