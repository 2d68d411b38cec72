//! The files and cases examined: verbs and nouns of examining, file nouns,
//! qualifiers of a count ("a sample of", "over"), who held the cases, and the
//! words that lead into a breakdown.

// Two fragments spelt once as macros, because `EXAMINE_NOUNS` is built
// from them as well and a `const &str` cannot be concatenated.
macro_rules! examined_after_noun {
    () => {
        r"(?:examined|reviewed|read|inspected|looked\s+at|assessed|audited|sampled)"
    };
}
macro_rules! examiners {
    () => {
        r"(?:we|they|inspectors|the\s+team)"
    };
}

/// Verbs of examining, as a regex fragment: "examined 105 files", "reviewed
/// more than 300 cases".
pub const EXAMINE_VERBS: &str = r"(?:examined|examining|examines|reviewed|reviewing|reviews|read|reading|looked\s+(?:(?:closely|carefully|in\s+detail)\s+)?at|looks\s+(?:(?:closely|carefully|in\s+detail)\s+)?at|assessed|assessing|assesses|inspected|analysed|analyses|scrutinised|scrutinises|audited|audits|checked|sampled|considered|tested|concentrated\s+on|focus(?:s)?ed\s+on|went\s+through|go\s+through|goes\s+through|took\s+away)";

/// Verbs of examining that follow their count and noun, as a regex
/// fragment: "In half of the 40 case files examined", "concerned about 17
/// of 92 cases looked at", "in 12 of the 60 cases we reviewed" (who
/// examines, "we", is [`EXAMINERS`]).
pub const EXAMINED_AFTER_NOUN: &str = examined_after_noun!();

/// Verbs of following a person's case through, beside examining files
/// ("tracked 12 children and sampled 40 cases", "followed the cases of 72
/// women through the gate").
pub const TRACK_VERBS: &str = r"(?:tracked|tracking|followed\s+up|followed)";

/// Words between a verb of tracking and the people counted ("tracked the
/// experiences of eight children"), regex fragments.
pub const TRACKED_LEADS: &[&str] = &[r"the\s+(?:experiences|journeys|cases)\s+of"];

/// Nouns of examining, before "of" and a count: "in a review of 60
/// domestic abuse prosecutions", "an audit of 80 case files", "the file
/// sample comprised 120 files", "how the trust handled a representative
/// sample of 110 cases", "the records we examined numbered over 7177
/// incidents, ...".
pub const EXAMINE_NOUNS: &str = concat!(
    r"(?:review|examination|assessment|audit|analysis|scrutiny|dip\s+sample|(?:random|representative)\s+sample|(?:file|case)\s+sample\s+(?:comprised|consisted\s+of|totalled)|(?:files|cases|records)\s+",
    examiners!(),
    r"\s+",
    examined_after_noun!(),
    r"\s+(?:numbered|totalled|comprised))"
);

/// Words between a verb of examining and its count: "examined a total of
/// 105 files", "reviewed a random sample of 60 cases", "went through a
/// sample made up of 123 ... cases".
pub const COUNT_QUALIFIERS: &str = r"(?:a\s+total\s+of|a\s+(?:random\s+|representative\s+)?sample\s+(?:made\s+up\s+of|consisting\s+of|of)|in\s+total|some|almost|nearly|around|about|approximately)";

/// What inspectors examine, as a regex fragment: "case files", "custody
/// records", a hospital's "patient notes", "crime reports" ("examined 55
/// reports which had been logged"), a child's "education, health and care
/// (EHC) plans" in a SEND inspection, "firearm certificate applications"
/// decided, the "incidents" and "crimes" of a crime-recording audit.
pub const FILE_NOUNS: &str = r"(?:case\s+files|case\s+records|(?:patient|case|medical|clinical|care)\s+notes|files|cases|records|incidents|crimes|dossiers|case\s+papers|prosecutions|disposals|investigations|referrals|applications|(?:crime|incident|case|custody|pre-sentence)\s+reports|reports|PSRs|letters|(?:pieces|items)\s+of\s+(?:correspondence|documentation)|education,\s+health\s+and\s+care\s+(?:\(EHC\)\s+)?plans|EHC\s+plans)";

/// The people whose case records are counted when no verb of examining
/// stands before them ("the case records of over 600 children").
pub const CASE_HOLDERS: &[&str] = &[
    "children",
    r"young\s+people",
    "people",
    "adults",
    "offenders",
    "defendants",
    "victims",
    "men",
    "women",
    "families",
    "detainees",
    "prisoners",
];

/// What introduces a breakdown of the files after their count: "including", "of which", "comprising" (regex fragments, tried in order).
pub const BREAKDOWN_LEADS: &[&str] = &[
    r"including",
    r"of\s+which",
    r"comprising",
    r"which\s+included",
    r"made\s+up\s+of",
    r"among\s+them",
];

/// Who examines, as a regex fragment: before a verb of examining after
/// its count and noun ("in 12 of the 60 cases we reviewed", with
/// [`EXAMINED_AFTER_NOUN`]) and opening a sentence of more samples ("We
/// also audited 100 crime reports ...").
pub const EXAMINERS: &str = examiners!();

/// Words that add a part or a sample to those just counted ("96 ... files
/// and 84 ... files, together with a further 22 files from ...", "looked
/// at 42 cases of ..., as well as 48 cases of ..."), as a regex fragment.
pub const ADDING_WORDS: &str = r"(?:together\s+with|as\s+well\s+as|along\s+with|plus)";

/// Words that mark what [`ADDING_WORDS`] add as more of the same ("a
/// further 22 files"), as a regex fragment.
pub const FURTHER_WORDS: &str = r"(?:a\s+further|another|an\s+additional)";

/// Prepositions after a sample's noun that say where it was drawn from:
/// "42 custody records at Kirkton Road". A second sample that leaves the
/// noun out ("as well as 18 from the other three centres") takes the
/// first's noun up to them.
pub const SAMPLE_PLACE_PREPOSITIONS: &[&str] = &["at", "from", "in"];

/// Words after a number that make it a share taken from every unit ("a
/// sample of 90 cases: 30 from each of three Areas"): equal shares are no
/// breakdown of the files by kind.
pub const EACH_SHARE_OPENINGS: &[&str] = &["from each", "in each", "for each", "per "];

/// Things counted beside files that are never files ("examined 60 case
/// files and made three strategic and nine operational recommendations"):
/// a part naming one ends the list of parts.
pub const NOT_FILE_NOUNS: &[&str] = &[
    "recommendations",
    "areas for improvement",
    "staff",
    "interviews",
    "focus groups",
    "inspectors",
];

/// Words opening a table row that is a part of the row above, not another
/// part of the whole ("of which youth cautions ... 9").
pub const SUB_ROW_LEADS: &[&str] = &["of which", "including", "of these"];

/// Words after a count that make it a part of the part before, not a part
/// of the whole: "56 magistrates' courts cases and 40 Crown Court cases,
/// 14 of the latter involving allegations of rape".
pub const SUBSET_OPENINGS: &[&str] = &["of the latter", "of the former"];

/// What opens a sentence that states again, as a number, the total of the
/// parts the sentence before listed: "Of these 180 files, ...", "These 180
/// cases ...", "In all, 180 ...".
pub const TOTAL_RESTATED_LEADS: &[&str] =
    &["of these", "these", "in all,", "in total,", "altogether,"];

/// Words after a count that make it a share of the count before it:
/// after a total, a part of the whole ("150 case files, 90 of them
/// solemn and 60 summary"); after a part, a part of that part, stepped
/// over ("26 court disposals, 6 of them custodial sentences, and 18
/// out-of-court disposals").
pub const SHARE_OPENINGS: &[&str] = &["of them", "of these", "of which"];

/// The label of a table's last row that totals the rows above it
/// ("Total | 154").
pub const TOTAL_ROW_LABELS: &[&str] = &["total", "totals", "all", "overall", "grand total"];

/// True when a row's label is one of the [`TOTAL_ROW_LABELS`] (any case).
///
/// ```
/// use inspection_extract::lexicon::is_total_row_label;
/// assert!(is_total_row_label("Grand Total"));
/// assert!(!is_total_row_label("Achieved"));
/// ```
pub fn is_total_row_label(label: &str) -> bool {
    TOTAL_ROW_LABELS
        .iter()
        .any(|total| label.eq_ignore_ascii_case(total))
}

/// Words after a count that say it is the whole ("340 letters in all –
/// 200 ..., 70 ... and 70 ..."), before its parts.
pub const TOTAL_WORDS: &[&str] = &["in all", "in total"];

/// What opens a sentence that breaks down the count of the sentence before: "Within that total were", "Of these," (regex fragments, tried in order).
pub const NEXT_SENTENCE_BREAKDOWN_LEADS: &[&str] = &[
    r"within\s+(?:that|this|the)\s+(?:total|sample|number)\s*,?\s*(?:there\s+)?(?:were|was)",
    r"of\s+(?:these|those|them)\s*,?(?:\s+there\s+were)?",
    // "Of the 90, 58 had been finalised ... and 32 ..."
    r"of\s+the\s+[\w,-]+\s*,",
    r"(?:these|they)\s+(?:included|comprised|were\s+made\s+up\s+of)",
];
