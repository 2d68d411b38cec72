//! When inspectors were on site: the words of a fieldwork sentence, and
//! the dates that are not fieldwork (an earlier report, a reporting period).

/// Going back to a place inspected: "went back to the prison", "went back
/// unannounced", not "went back to routine monitoring" (a regex fragment).
pub const WENT_BACK: &str = r"went\s+back(?:\s+(?:to|into)\s+(?:the|its|(?-i:\p{Lu})\w*)|\s+(?:in|on|unannounced|later|again|after|for|between|from|during))";

/// This report's own visit named as such ("This interim review of progress
/// took place in September 2022"), beside an earlier one told of on the
/// same page ("A full inspection ... took place in January 2022"), as a
/// regex fragment.
pub const THIS_VISIT: &str =
    r"\bthis\s+(?:[\w-]+\s+){0,2}(?:inspection|review|visit|follow[\s-]?up)\b";

/// Words of a heading whose dates are the visit's: "Report on HMYOI
/// Polmont Follow-up Inspection, 24-28 March 2014", "Report on HMP
/// Edinburgh 6-17 March 2017" (lower case, matched as written).
pub const DATED_HEADING_WORDS: &[&str] = &["inspection", "report on"];

/// Labels a report's details put before the dates of its visit, set out
/// as label and value ("Dates of this inspection visit(s) 03/12/2019"), in
/// lower case. Not an earlier one's ("Date of previous CIW inspection").
pub const FIELDWORK_DATE_LABELS: &[&str] = &[
    "dates of this inspection visit",
    "date of this inspection visit",
    "dates of this inspection",
    "date of this inspection",
    "dates of inspection",
    "date of inspection",
    "inspection dates",
    "inspection date",
];

/// Words of a sentence that tells when inspectors were on site: "fieldwork", "visited", "took place", "returned" (regex fragments, tried in order).
pub const FIELDWORK_WORDS: &[&str] = &[
    r"fieldwork",
    r"field\s+work",
    r"on[\s-]?site",
    r"visited",
    r"visiting",
    // "whereas the latest inspection of 4 to 22 November 2019 had followed
    // ..." beside the previous one
    r"latest\s+inspection",
    r"went\s+(?:in)?to",
    // "Inspectors gathered evidence for the re-inspection between 4 and 15
    // September 2023"
    r"gathered\s+evidence",
    r"took\s+place",
    r"were\s+on\s+site",
    r"inspectors\s+were",
    // "when inspectors called in July this year"
    r"inspectors\s+called",
    r"inspection\s+(?:was|took)",
    // a report's details line: "Inspection by HMCIP, 10-21 June 2013"
    r"inspection\s+by\b",
    r"was\s+inspected",
    r"were\s+inspected",
    r"inspected",
    r"carried\s+out",
    r"conducted",
    // "during its visits, between 25 July and 3 August 2006, to ..."
    r"visits?",
    r"inspection\s+team",
    // "The follow-up team was in the Area from 12 to 23 January 2009"
    r"team\s+(?:was|were)\s+(?:in|at)\b",
    // a report's details: "Inspection dates: 9 October to 2 November 2017",
    // "Dates of inspection: ..."
    r"inspection\s+dates?\b",
    r"dates?\s+of\s+(?:the\s+)?inspection",
    // "Their work covered services throughout the city between August and
    // October 2014" (the inspectors' work, in a paragraph of its own)
    r"(?:their|our)\s+work\s+covered",
    // "Inspectors did their work between March and July of 2015"
    r"did\s+(?:their|its|our)\s+(?:field\s*)?work",
    r"spent",
    r"returned",
    // "came back on 22 and 23 March 2010 to look at the night-time regime"
    r"came\s+back",
    // "Between 2 and 6 December 2019 we looked jointly at how agencies ..."
    r"(?:we|inspectors)\s+looked\s+(?:jointly\s+|closely\s+)?at",
    r"arrived",
    r"revisited",
    WENT_BACK,
    r"review\s+of\s+progress",
    r"followed\s+up",
    r"followed\s+the\s+cases",
    r"began",
    r"started",
    // "In February 2011 the Youth Offending Service underwent a week-long
    // Core Case Inspection"
    r"underwent",
    r"led\s+the\s+inspection",
    r"(?:inspections?|fieldwork|visits?)\s+ran",
    // a clause that says when the thing before it ran: "the Ofsted
    // inspection of the Council's arrangements for protecting children,
    // which ran between 11 and 20 March 2013" (the inspection and the
    // clause are not tied in the pattern: a bounded run of words between
    // them cost half a megabyte of automaton states)
    r"which\s+(?:ran|took\s+place)\b",
    // an inspectorate's own inspection: "CIW's re-inspection of
    // Children's Services at the Council in October, 2018" (not "the full
    // inspection of Penmarrow in August 2023", an earlier one)
    r"\w+['’]s\s+(?:re-?)?inspection\b",
    r"(?:unannounced|announced)\s+(?:[\w-]+\s+){0,2}inspections?\s+(?:in|on)\b",
    // "Inspectors from the CQC made unannounced inspections on 15, 16 and
    // 17 July 2025"
    r"made\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:inspections?|visits?)\s+(?:in|on|between|from)\b",
    r"inspectors\s+(?:found|saw|observed|identified)\s+in\b",
    REPORT_FOLLOWED_INSPECTION,
];

/// The report's own inspection, told as what the report came after: "The
/// report followed an inspection in January 2023 of the Vale Council's
/// adult services". An inspection that another visit "followed" is an
/// earlier one ([`NOT_FIELDWORK_WORDS`]); one the report followed is this
/// one (regex fragment).
pub const REPORT_FOLLOWED_INSPECTION: &str = r"\b(?:report|findings|rating)\s+(?:follows|followed|came\s+after)\s+an?\s+(?:[\w-]+\s+)?inspection\b";

/// Words that open a sentence with a clause of time about something before
/// ("After the pilot report was published in June 2005, an interim
/// inspection was carried out in June 2006"): what the sentence goes on to
/// tell after the clause's comma is its own statement.
pub const TIME_CLAUSE_OPENERS: &[&str] = &["after", "following", "since", "once"];

/// Words that open a clause of its own inside a longer sentence ("..., and
/// they were carried out in May", "..., was better at the time of ..."),
/// as against an aside ("..., carried out in March 2012, ...").
pub const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "while",
    "whereas",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "they",
    "it",
    "we",
    "inspectors",
];

/// Words of a clause about an earlier report, whose figures are not this
/// inspection's ("the inspectorates' 2021 joint report ..., which examined
/// 400 files"), as regex fragments.
pub const EARLIER_REPORT_WORDS: &[&str] = &[
    // "The original Area Effectiveness Inspection, carried out from ..."
    r"\b(?:previous|last|earlier|original|initial|prior)\s+(?:[\w-]+\s+){0,2}(?:inspection|review|report|visit)",
    r"\b(?:19|20)\d\d\s+(?:joint\s+|thematic\s+|inspection\s+)?(?:report|inspection|review)",
    // "was previously inspected ...; the report of that inspection ..."
    r"\b(?:previously|last)\s+(?:inspected|reviewed|examined|visited)\b",
    // "... were last inspected in April and May 2012. That inspection made
    // 11 recommendations": a sentence that opens by pointing back to an
    // inspection is about the one just told of
    r"^\W*that\s+(?:inspection|review|report|visit)\b",
    r"\b(?:report\s+of|after|following|in|during)\s+that\s+(?:inspection|review)\b",
    // "... every one of which was rated 'Inadequate' in reports published
    // in October 2022": others of a series, reported before
    r"\breports\s+published\s+in\b",
    // "The original inspection ... At that time inspectors read 90 cases":
    // back to the time just told of
    r"\bat\s+that\s+time\b",
    // "In 2016 we had examined 118 records": a year and the past perfect
    // tell of the inspection before
    r"\bin\s+(?:19|20)\d\d,?\s+(?:we|inspectors|they)\s+had\b",
];

/// Marks of a sentence of figures, none of whose dates is the fieldwork,
/// even where inspectors "carried out" something in it (regex fragments):
/// a sum of money ("Between October 2013 and September 2014 the service
/// carried out 818,168 journeys, at a cost of £128.2 million").
pub const FIGURES_SENTENCE_MARKS: &[&str] = &[r"[£€$]\s?\d"];

/// Words of a sentence whose dates are not the fieldwork: a previous inspection, a publication date, a reporting or sample period, statistics (regex fragments, tried in order).
pub const NOT_FIELDWORK_WORDS: &[&str] = &[
    r"\b(?:previous|last|earlier|original|initial|prior)\s+(?:\w+\s+)?(?:inspection|review|report|visit)",
    r"\bpublished\s+(?:on|in|today|yesterday)\b",
    // "its report came out in August 2007"
    r"\b(?:came|comes|come)\s+out\s+(?:on|in)\b",
    r"\bpublication\s+date\b",
    // a report handed over: "the one the Home Secretary received in
    // December 2014", "the report was submitted to the Minister in May",
    // "the Constabulary received the final report in December 2022"
    r"\b(?:received|submitted|presented|delivered)\s+(?:(?:the|its|their|a)\s+)?(?:(?:final|draft|full)\s+)?(?:report\s+)?(?:in|on)\b",
    r"\b(?:submitted|presented|delivered|sent)\s+to\s+the\b",
    // "Publication of the Inspection Report took place on 8 June 2011"
    r"\bpublication\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}report\b",
    r"\breporting\s+period",
    r"\bperiod\s+covered",
    r"\bcovering\s+the\s+period",
    r"\bcases?\s+(?:finalised|completed|charged|concluded|closed)",
    r"\bsample\s+(?:period|of\s+(?:cases|records|files))",
    // "The cases were drawn from people who began their sentence ...
    // between 9 and 20 September 2024": where the sample came from
    r"\b(?:were|was)\s+drawn\s+from\b",
    r"\bsampled\b",
    r"\bdata\s+(?:for|from|covering)",
    // "The IAOW programme began in April 2013": the programme's start
    r"\bprogramme\s+(?:began|started|commenced|was\s+launched)\b",
    // when the cases sampled began or ended: "All of the cases had
    // started between June and August 2013", "the order had started with
    // the YOT, or been passed to it, between September 2010 and January
    // 2011"
    r"\b(?:started|commenced|sentenced|released|finalised)(?:,?\s+[a-z]+){0,8}?,?\s+between\b",
    r"\bstatistics\b",
    // a body put under a regime, the decision's date: "Estyn put the
    // authority into special measures in November 2012, and inspectors
    // then made four monitoring visits"
    r"\b(?:put|placed|moved)\s+(?:[\w’']+\s+){0,3}?(?:into|in)\s+special\s+measures\b",
    r"\b(?:was|were)\s+announced\b",
    r"\b(?:followed|after)\s+(?:a|an|the|its)\s+(?:full\s+|previous\s+|earlier\s+|original\s+|first\s+)?inspection\b",
    // "The re-inspection followed up the ICIBI's 2021 inspection of the
    // three ports, which took place between 7 and 18 June 2021"
    r"\bfollowed\s+up\s+(?:the|its|an?|our)\s+(?:[\w’']+\s+){0,2}?(?:inspection|review|report)\b",
    // the programme's dates, not this inspection's: "all inspections ...
    // between November 2020 and June 2021", "inspected every force"
    r"\ball\s+inspections\b",
    r"\binspected\s+every\b",
    r"\b(?:last|previously|first)\s+inspected\b",
    // told as before the time of the page: "its full inspection had taken
    // place in November 2018"
    r"\bhad\s+(?:taken\s+place|been\s+carried\s+out)\b",
    // a plan, not a visit made: "Reviews of progress are to begin in April
    // 2019", "visits will take place in the spring"
    r"\b(?:is|are)\s+to\s+(?:begin|start|take\s+place|be\s+(?:carried\s+out|held|made))\b",
    r"\bwill\s+(?:begin|start|take\s+place|be\s+(?:carried\s+out|held|made))\b",
    // "Inspectors found that from summer 2020 onwards change gathered
    // pace": a period of change, told of since a date
    r"\bonwards\b",
    // when a body came into being, the time a count runs from: "no other
    // PDU we have inspected since the Probation Service was unified in the
    // summer of 2021"
    r"\b(?:was|were)\s+(?:unified|created|formed|established|merged)\b",
];

/// Verbs of a visit right before the one day it took ("Inspectors
/// returned on 2 January", "were on site on 5 May"), regex fragments: the
/// verb stands next to the date, so that "took effect on 1 February" is no
/// visit's day.
pub const ONE_DAY_VERBS: &[&str] = &[
    r"returned",
    r"visited",
    r"revisited",
    r"inspected",
    r"arrived",
    r"went\s+back",
    r"came\s+back",
    r"took\s+place",
    r"on\s+site",
    // "The inspection was carried out on 3 November 2016"
    r"carried\s+out",
    r"conducted",
];

/// Verbs that end a visit of a stated length on its last day ("The
/// three-day visit concluded on Wednesday 11 December 2024"), plain words:
/// they are both joined into a pattern and searched for as they are.
pub const VISIT_ENDED_VERBS: &[&str] = &["concluded", "ended", "finished", "closed"];

/// Verbs that open a visit of a stated length on its first day ("the
/// five-day inspection began on Monday 3 March"), plain words as
/// [`VISIT_ENDED_VERBS`].
pub const VISIT_BEGAN_VERBS: &[&str] = &["began", "started", "opened", "commenced"];

/// How a week is named by its first day ("the week of 14 April", "the week
/// commencing 3 March", "w/c 13 January"; regex fragments, in small
/// letters).
pub const WEEK_OPENERS: &[&str] = &[
    r"the\s+weeks?\s+(?:of|beginning|commencing|starting)",
    r"w/c",
];

/// Verbs of a return visit some words before its day ("went back
/// unannounced to the hospital on the evening of 21 February"), regex
/// fragments.
pub const RETURN_VERBS: &[&str] = &[r"returned", r"revisited", r"went\s+back", r"came\s+back"];

/// Verbs of a visit some words before its day, in the same clause
/// ("Inspectors visited the Loughborough reporting centre on 15 July
/// 2010", "inspected the home, which cannot be named, on October 3"),
/// regex fragments.
pub const VISIT_VERBS_BEFORE_DAY: &[&str] = &[r"visited", r"inspected"];

/// The words between two date ranges of one sentence that make them phases
/// of one fieldwork, in lower case, a comma before them allowed: "from 13
/// to 17 February and from 6 to 10 March 2017".
pub const PHASE_JOINERS: &[&str] = &["and", "and from", "and between", "and again from"];
