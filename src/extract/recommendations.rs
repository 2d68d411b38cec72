//! Recommendations as the narrative reports them: the total ("outlined 14
//! recommendations", "four strategic and nine operational
//! recommendations") and the count for each progress label ("achieved eight
//! of the 14 recommendations, made substantial progress in three",
//! "Recommendations 3, 5 and 6 were achieved").
//!
//! Counts are paired with labels clause by clause: a clause that holds one
//! progress wording and one count (not "of the 14") pairs them.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::work::Pattern;

use super::Context;
use crate::lexicon::{NUMBER_PATTERN, PROGRESS_RE, narrative_label, number_value};
use crate::source::{ends_with_ignore_case, starts_with_ignore_case, window_after, window_before};

/// "14 recommendations", "the 14 recommendations", "four strategic and nine
/// operational recommendations", "four key recommendations and nine further
/// recommendations", "the four strategic recommendations", "only one
/// recommendation", "the 25 NIPS recommendations" (an acronym of the body
/// between), "four out of the 13 recommendation areas", "14 key concerns
/// and recommendations".
static TOTAL: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<n>{NUMBER_PATTERN})\s+(?:(?P<k1>{first})\s+(?:recommendations\s+)?and\s+(?P<n2>{NUMBER_PATTERN})\s+(?:{second})\s+|(?:(?:{with})\s+and\s+)?(?:(?:{qualifiers}|{first})\s+)?(?-i:[A-Z]{{2,6}}\s+)?)recommendations?(?:\s+areas\b)?\b",
        first = crate::lexicon::FIRST_RECOMMENDATION_KINDS.join("|"),
        second = crate::lexicon::SECOND_RECOMMENDATION_KINDS.join("|"),
        with = crate::lexicon::COUNTED_WITH_RECOMMENDATIONS.join("|"),
        qualifiers = crate::lexicon::TOTAL_QUALIFIERS.join("|"),
    ))
    .expect("recommendations total regex")
});

/// This report's own count ([`crate::lexicon::THIS_REPORT_RECOMMENDS`]).
static THIS_REPORT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)(?:{})",
        crate::lexicon::THIS_REPORT_RECOMMENDS,
        "this report recommends regex",
    )
});

/// A count of the report just published ([`crate::lexicon::JUST_MADE`]),
/// its number straight after the verb ("has made four recommendations",
/// not "has made reasonable progress against ... recommendations").
static JUST_MADE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)(?:{})\s+(?:{NUMBER_PATTERN})\s+(?:[\w-]+\s+)?recommendations?\b",
        crate::lexicon::JUST_MADE.join("|")
    ))
    .expect("just made regex")
});

/// "followed up all 11 key recommendations", "revisited the 12
/// recommendations": the whole a follow-up reports progress against.
/// "made 41 recommendations. Inspectors returned ... to follow up 15 of
/// them": "of them" after the earlier sentence's recommendations.
static FOLLOWED_UP: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{verbs})\s+(?:all\s+|the\s+|each\s+of\s+the\s+)?(?P<n>{NUMBER_PATTERN})\s+(?:(?:of\s+(?:the|its|our|their|those|these)\s+)?(?:(?:{kinds}|original|previous)\s+)?recommendations\b|of\s+them\b)",
        verbs = crate::lexicon::FOLLOW_UP_VERBS.join("|"),
        kinds = crate::lexicon::FIRST_RECOMMENDATION_KINDS.join("|"),
    ))
    .expect("followed-up regex")
});

/// "Recommendations 3, 5 and 6 were achieved", "recommendations 2-4 have been
/// partially implemented", "recommendation 7, on the use of plans, has not
/// been achieved" (a short aside between commas).
static NUMBER_LIST: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{}\s+(?P<list>\d{{1,2}}(?:\.\d{{1,2}})?(?:\s*(?:,|and|&|-|–|to)\s*\d{{1,2}}(?:\.\d{{1,2}})?)*)(?:,(?:\s+[\w'’-]+){{1,12}},|\s+addressed\s+to\s+(?:the\s+)?[\w'’-]+)?\s+(?:(?:were|was|are|is)(?P<not>\s+not)?|(?:have|had|has)(?P<not2>\s+not)?(?:\s+now)?\s+been)\s+(?:(?:now|all|both|judged|assessed\s+as|rated|considered|found\s+to\s+be)\s+)*", crate::lexicon::RECOMMENDATIONS_WORD))
        .expect("number list regex")
});

/// A list of numbered recommendations followed by a comma, the start of
/// an aside too long for [`NUMBER_LIST`]: "Recommendation 4, which asked
/// the Area to raise the proportion of ... hearing, has not been
/// achieved". The aside's end is found by [`ASIDE_THEN_VERB`].
static LIST_THEN_ASIDE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{}\s+(?P<list>\d{{1,2}}(?:\s*(?:,|and|&|-|–|to)\s*\d{{1,2}})*),\s",
        crate::lexicon::RECOMMENDATIONS_WORD
    ))
    .expect("list then aside regex")
});

/// The end of an aside and the verb after it: ", has not been ".
static ASIDE_THEN_VERB: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i),\s+(?:(?:were|was|are|is)(?P<not>\s+not)?|(?:have|had|has)(?P<not2>\s+not)?\s+been)\s+(?:(?:now|all|both|judged|assessed\s+as|rated|considered|found\s+to\s+be)\s+)*")
        .expect("aside then verb regex")
});

/// A link word and the numbers after it, the wording before it: "good
/// progress against recommendations 2, 5 and 9 to 11" (lexicon
/// `WORDING_TO_LIST_LINKS`).
static LIST_AFTER_LINK: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\s(?:{})\s+(?:the\s+)?recommendations?\s+(?P<list>\d{1,2}(?:\s*(?:,|and|&|-|–|to)\s*\d{1,2})*)",
        crate::lexicon::WORDING_TO_LIST_LINKS,
        "list after link regex",
    )
});

/// The wording that ends straight before byte `at` of `text`, if one does
/// (only a short window before it is searched).
fn wording_before(text: &str, at: usize) -> Option<Range<usize>> {
    let window = crate::source::window_before(text, at, WORDING_BEFORE_REACH);
    let start = at - window.len();
    PROGRESS_RE
        .find_iter(window)
        .last()
        .filter(|m| m.end() == window.len())
        .map(|m| start + m.start()..at)
}

/// How far before a list of numbers [`wording_before`] looks, in bytes.
const WORDING_BEFORE_REACH: usize = 60;

/// The longest aside read between a list of numbers and its verb, in
/// bytes.
const MAX_ASIDE: usize = 400;

/// A list of numbered recommendations with its verb, where the wording
/// starts: "Recommendations 3, 5 and 6 were ", "Recommendation 4, which
/// asked ..., has not been ".
struct NumberList<'t> {
    /// From "Recommendation" to the end of the verb.
    whole: Range<usize>,
    /// The numbers as written ("3, 5 and 6").
    list: &'t str,
    /// The verb carried "not".
    not: bool,
}

impl NumberList<'_> {
    /// The progress wording after the verb in `text`. A wording the
    /// lexicon has only with its "not" is read too: "has not been
    /// started" is "not started", though "started" alone is no label.
    fn wording(&self, text: &str) -> Option<ListWording> {
        let at = self.whole.end;
        if let Some(label) = wording_at(text, at) {
            let written = label.as_str().to_owned();
            return Some(ListWording {
                label: with_not(self.not, &written),
                written,
                end: at + label.end(),
            });
        }
        let word = text[at..].split(|c: char| !c.is_alphabetic()).next()?;
        let label = with_not(self.not, word);
        (self.not
            && !word.is_empty()
            && crate::lexicon::PROGRESS_LABELS
                .iter()
                .any(|l| l.eq_ignore_ascii_case(&label)))
        .then(|| ListWording {
            label,
            written: word.to_owned(),
            end: at + word.len(),
        })
    }
}

/// The progress wording of a [`NumberList`].
struct ListWording {
    /// The wording with the "not" the verb carried ("has not been
    /// achieved" is "not achieved").
    label: String,
    /// The wording as written after the verb ("achieved").
    written: String,
    /// Where it ends in the text.
    end: usize,
}

/// Whether the counts of `tally` fall short of `total` (or overflow): an
/// aside on some of them, not an account of all.
fn falls_short(total: Option<u32>, tally: &BTreeMap<String, u32>) -> bool {
    total.is_some_and(|t| checked_sum(tally) != Some(t))
}

/// Every list of numbered recommendations with its verb in `text`, in
/// text order: those [`NUMBER_LIST`] reads whole, and those whose aside
/// before the verb is longer (up to [`MAX_ASIDE`] bytes, in the same
/// sentence).
fn number_lists(text: &str) -> Vec<NumberList<'_>> {
    let mut out: Vec<NumberList<'_>> = NUMBER_LIST
        .captures_iter(text)
        .filter_map(|c| {
            Some(NumberList {
                whole: c.get(0)?.range(),
                list: c.name("list")?.as_str(),
                not: carries_not(&c),
            })
        })
        .collect();
    let mut long = Vec::new();
    let mut taken = 0;
    for c in LIST_THEN_ASIDE.captures_iter(text) {
        let (Some(m), Some(list)) = (c.get(0), c.name("list")) else {
            continue;
        };
        // inside a list read whole (both in text order: a binary search)
        let next = out.partition_point(|l| l.whole.end <= m.start());
        if m.start() < taken || out.get(next).is_some_and(|l| l.whole.start <= m.start()) {
            continue;
        }
        let window = window_after(text, m.end(), MAX_ASIDE);
        let sentence = window.find(". ").map_or(window, |end| &window[..end]);
        let Some(verb) = ASIDE_THEN_VERB.captures(sentence) else {
            continue;
        };
        let Some(end) = verb.get(0).map(|v| m.end() + v.end()) else {
            continue;
        };
        taken = end;
        long.push(NumberList {
            whole: m.start()..end,
            list: list.as_str(),
            not: carries_not(&verb),
        });
    }
    if !long.is_empty() {
        out.extend(long);
        out.sort_by_key(|l| l.whole.start);
    }
    out
}

/// A list of numbers with no "recommendations" before it, going on from one
/// that had it: "Recommendations 1-3 have been achieved; 4 and 6
/// partially, but 7, 10 and 12 have not been achieved". At least two
/// numbers, after a clause break; or one after a semicolon ("...; 2, 5
/// and 8 partially achieved; and 3 not achieved"), checked by the reader.
static BARE_LIST: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)(?P<lead>^|[;,]|\bbut\b|\band\b|\bwhile\b|\bwhilst\b)\s*(?P<list>\d{1,2}(?:\s*(?:,|and|&|-|–|to)\s*\d{1,2})*)\s+(?:(?:were|are)(?P<not>\s+not)?\s+|(?:have|had)(?P<not2>\s+not)?\s+been\s+)?(?:(?:now|all|judged|assessed\s+as|rated|considered)\s+)*")
        .expect("bare list regex")
});

/// Whether a [`BARE_LIST`] match in `text` is a list: two numbers or more,
/// or one alone after a semicolon ("; and 3 not achieved"); elsewhere a
/// lone number is a count.
fn is_bare_list(text: &str, c: &regex::Captures<'_>) -> bool {
    let lone = !c["list"].contains(|ch: char| !ch.is_ascii_digit());
    let lead_at = c.name("lead").map_or(0, |m| m.start());
    let after_semicolon = c["lead"].starts_with(';')
        || (c["lead"].eq_ignore_ascii_case("and") && text[..lead_at].trim_end().ends_with(';'));
    !lone || after_semicolon
}

/// "4 and 6 partially": a degree standing for the wording of the list
/// before it ("partially achieved").
static ELIDED_DEGREE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^(?P<degree>{})\s*(?:[.;,]|$)",
        crate::lexicon::PROGRESS_DEGREES,
        "elided degree regex",
    )
});

/// The numbers of recommendations in brackets: "(3, 6 and 10)", "(1-3)".
static BRACKETED_NUMBERS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(
        r"\(\s*(?i:recommendations?\s+)?\d{1,2}(?:\s*(?:,|and|&|-|–|to)\s*\d{1,2})*\s*\)",
    )
    .expect("bracketed numbers regex")
});

/// The auxiliary between a count and its progress wording ("were", "have
/// not been"), with "not" captured (`not`, `not2`).
const AUXILIARY: &str = r"(?:(?:(?:were|was|are|is)(?P<not>\s+not)?\s+|(?:have|had|has)(?P<not2>\s+not)?\s+been\s+|to\s+(?:have\s+been|be)\s+)(?:either\s+)?)";

/// What stands between progress and a wording that is its verb: "good
/// progress was achieved", "progress has been achieved".
static PROGRESS_THEN_VERB: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)^\s*{AUXILIARY}$")).expect("progress then verb regex")
});

/// "two strategic and five operational recommendations were achieved",
/// "one further strategic recommendation and two operational
/// recommendations had been partially achieved" (each kind may take its
/// noun, and a word saying it is more of the same: lexicon
/// `MORE_OF_THE_SAME_WORDS`),
/// "one strategic and two operational recommendations fully achieved",
/// "three strategic and two operational have been partially implemented":
/// a count split by kind, to be summed.
static SPLIT_BY_KIND: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<n1>{NUMBER_PATTERN})\s+(?:(?:{further})\s+)?(?:{})\s+(?:recommendations?\s+)?and\s+(?P<n2>{NUMBER_PATTERN})\s+(?:(?:{further})\s+)?(?:{})\s+(?:recommendations?\s+)?{AUXILIARY}?",
        crate::lexicon::FIRST_RECOMMENDATION_KINDS.join("|"),
        crate::lexicon::SECOND_RECOMMENDATION_KINDS.join("|"),
        further = crate::lexicon::MORE_OF_THE_SAME_WORDS.join("|"),
    ))
    .expect("split by kind regex")
});

/// "two of the three strategic recommendations and four of the five
/// operational ones have been achieved": parts of each kind's whole, the
/// parts summed for the wording and the wholes for the total.
static SPLIT_OF_KIND: LazyLock<Pattern> = LazyLock::new(|| {
    // (the second part may count none, and its whole go unstated: "one of
    // the six Strategic recommendations in the 2020 Inspection Report, and
    // none of the Operational recommendations, have been fully
    // implemented")
    let none = crate::lexicon::NONE_OF_WORDS
        .iter()
        .map(|w| w.trim_end_matches(" of").replace(' ', r"\s+"))
        .collect::<Vec<_>>()
        .join("|");
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<x1>{NUMBER_PATTERN})\s+of\s+the\s+(?P<n1>{NUMBER_PATTERN})\s+(?:{first})\s+recommendations?(?:\s+in\s+(?:the\s+)?[^,;.]+?)?,?\s+and\s+(?P<x2>{NUMBER_PATTERN}|{none})\s+of\s+the\s+(?:(?P<n2>{NUMBER_PATTERN})\s+)?(?:{second})\s+(?:ones|recommendations?),?\s+(?:(?:were|was|are|is)\s+|(?:have|had|has)\s+been\s+)?",
        first = crate::lexicon::FIRST_RECOMMENDATION_KINDS.join("|"),
        second = crate::lexicon::SECOND_RECOMMENDATION_KINDS.join("|"),
    ))
    .expect("split of kind regex")
});

/// The count of a part in [`SPLIT_OF_KIND`]: a number, or none (lexicon
/// `NONE_OF_WORDS`) as 0.
fn part_count(text: &str) -> Option<u32> {
    // ("not one" may be written over a line break)
    let written = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let none = crate::lexicon::NONE_OF_WORDS.iter().any(|w| {
        w.strip_suffix(" of")
            .is_some_and(|none| none.eq_ignore_ascii_case(&written))
    });
    number_value(text).or(none.then_some(0))
}

/// "three of the five strategic recommendations", "of the three practice
/// recommendations": the kind a sentence's counts are of. Counts of a
/// second kind, in a sentence of their own, add to the first kind's.
static KIND_SCOPE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\bof\s+the\s+(?:{NUMBER_PATTERN})\s+(?P<kind>{}|{})\s+recommendations\b",
        crate::lexicon::FIRST_RECOMMENDATION_KINDS.join("|"),
        crate::lexicon::SECOND_RECOMMENDATION_KINDS.join("|"),
    ))
    .expect("kind scope regex")
});

/// A sentence that opens on a group of the recommendations and then counts
/// its progress: "Of the four recommendations made to the police, three
/// have now been met", "Of the two joint recommendations, one ...". The
/// group is told by its words; the groups' sizes add up within the whole.
static GROUP_SCOPE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\W*of\s+the\s+(?P<n>{NUMBER_PATTERN})\s+(?P<group>[^,;.]+),"
    ))
    .expect("group scope regex")
});

/// The longest group's words in [`GROUP_SCOPE`], in bytes.
const GROUP_WORDS_MAX: usize = 80;

/// A noun of the units inspectors visit straight after a count ("the eight
/// suites then open"): after a verb of visiting, that count is of places,
/// not of recommendations.
static UNITS_COUNTED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)^{}\b", crate::lexicon::UNIT_NOUNS))
        .expect("units counted regex")
});

/// A verb of visiting ("it visited the"), before a count of units.
static VISITED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{}\b", crate::lexicon::VISIT_VERBS))
        .expect("visited regex")
});

static NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{NUMBER_PATTERN}\b")).expect("number regex")
});

/// What a narrative says about recommendations.
#[derive(Debug, Default)]
pub struct Narrative {
    pub total: Option<u32>,
    pub reported: BTreeMap<String, u32>,
    pub span: Option<Range<usize>>,
}

/// Where the narrative's total was read, which decides what may replace
/// it and which later sentences count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TotalFrom {
    /// No total yet.
    Unread,
    /// A sentence that opens a quotation.
    Quoted,
    /// A sentence about an earlier report ("the report of that inspection
    /// ... made twelve recommendations"): a later "The report contains
    /// eight recommendations" with no progress counted yet is this
    /// report's own.
    Earlier,
    /// A sentence that names no report in particular ("HMICA's first
    /// inspection of the Area, in 2005, made 17 recommendations"): this
    /// report's own, until a sentence says it is ("This report makes four
    /// key recommendations and nine further recommendations").
    Unnamed,
    /// A sentence that says the count is this report's: nothing replaces
    /// it.
    ThisReport,
}

/// Reads the narrative's total and counts by progress label.
pub fn extract(cx: &Context<'_>) -> Narrative {
    let text = cx.source.text();
    let mut out = Narrative::default();
    let mut quoted_fallback: BTreeMap<String, u32> = BTreeMap::new();
    let mut quoted_total: Option<u32> = None;
    let mut quoted_span: Option<Range<usize>> = None;
    // Once this report's own total is read, a sentence about an earlier
    // report that counts its own recommendations, and the one after it
    // that goes on about it ("The inspection
    // follows HMCPSI's 2018 joint inspection, which made nine
    // recommendations. The CPS had fully implemented five of them"),
    // counts nothing. (A follow-up reads its total from such a sentence.)
    // What may replace the total is told by [`TotalFrom`].
    let mut total_from = TotalFrom::Unread;
    // The tally read was an earlier report's, with its total, and it does
    // not add up to that total: an aside ("only three of the eight
    // recommendations in his 2014 report had been implemented"), not the
    // follow-up's story of all of them. Only this report's own count is
    // looked for after it.
    let mut earlier_tally = false;
    let own_count = |s: &str, at: usize| -> Option<(u32, Range<usize>)> {
        let own = THIS_REPORT.is_match(s)
            && !super::names_earlier_report(s)
            && !is_quote(s)
            && !crate::source::in_quoted_paragraph(text, at);
        let c = TOTAL.captures(s).filter(|_| own)?;
        Some((number_value(c.name("n")?.as_str())?, c.get(0)?.range()))
    };
    'pieces: for piece in cx.narrative_sentences() {
        let mut after_earlier = false;
        let mut reported: BTreeMap<String, u32> = BTreeMap::new();
        let mut from_quotes: BTreeMap<String, u32> = BTreeMap::new();
        let mut earlier_reported: BTreeMap<String, u32> = BTreeMap::new();
        let mut previous_mentions = false;
        // the kinds whose counts have been read ("strategic", "practice")
        let mut kinds_counted: Vec<String> = Vec::new();
        // the sizes of the groups counted so far ("Of the four ...")
        let mut group_sizes = 0u32;
        for sentence in piece.iter().cloned() {
            let s = &text[sentence.clone()];
            let partial_earlier = total_from == TotalFrom::Earlier
                && !reported.is_empty()
                && falls_short(out.total, &reported);
            if earlier_tally || partial_earlier {
                // "The report makes 9 recommendations": this report's
                // total replaces the earlier one and its tally
                if let Some((n, whole)) = own_count(s, sentence.start) {
                    out.total = Some(n);
                    out.span = Some(sentence.start + whole.start..sentence.start + whole.end);
                    out.reported.clear();
                    reported.clear();
                    total_from = TotalFrom::ThisReport;
                    if earlier_tally {
                        break 'pieces;
                    }
                    continue;
                }
                if earlier_tally {
                    continue;
                }
            }
            // "recommen-" / "dations" is the noun too; the sentence with its
            // broken words joined is read by every test below
            let joined = crate::source::join_broken_words(s);
            let lower = joined.to_lowercase();
            let mentions = lower.contains("recommendation") || lower.contains("remaining");
            // "Turning to the Action Points, 25 are achieved ...": another
            // kind of item, unless the sentence names recommendations too.
            let other_items = !lower.contains("recommendation")
                && crate::lexicon::OTHER_TALLIED_ITEMS
                    .iter()
                    .any(|item| lower.contains(item));
            // "made 8 recommendations. Of these, 5 had been implemented":
            // a sentence that follows one about recommendations counts too.
            // A run of progress sentences goes on counting ("Three have been
            // achieved; ... against one. One has not been achieved.").
            let about = mentions || previous_mentions;
            previous_mentions = mentions || (about && PROGRESS_RE.is_match(s));
            if !lower.contains("recommendation")
                && !lower.contains("remaining")
                && !PROGRESS_RE.is_match(s)
            {
                after_earlier = false;
                continue;
            }
            if matches!(total_from, TotalFrom::Unnamed | TotalFrom::ThisReport) {
                // an earlier report with a count of its own, not this one's
                // (unless inspectors say they checked its progress: "also
                // checked progress on the 34 recommendations made after the
                // previous inspection. Of these, 18 have been achieved")
                let earlier = super::names_earlier_report(s)
                    && TOTAL
                        .captures_iter(s)
                        .any(|c| c.name("n").and_then(|n| number_value(n.as_str())) != out.total)
                    && !FOLLOWED_UP.is_match(s);
                let skip = earlier || after_earlier;
                after_earlier = earlier;
                if skip {
                    continue;
                }
            }
            // What the chief says counts only when nothing outside
            // quotation marks does: a sentence that opens a quotation gives
            // a total and counts, a later sentence of it counts.
            let opens_quote = is_quote(s);
            let quoted = opens_quote || crate::source::in_quoted_paragraph(text, sentence.start);
            // a sentence that says its count is this report's replaces a
            // total read elsewhere, before any progress is counted
            let replaces_total = total_from != TotalFrom::ThisReport
                && !quoted
                && out.reported.is_empty()
                && reported.is_empty()
                && !super::names_earlier_report(s)
                && (THIS_REPORT.is_match(s) || JUST_MADE.is_match(s));
            let (total_slot, span_slot) = if opens_quote {
                (&mut quoted_total, &mut quoted_span)
            } else {
                (&mut out.total, &mut out.span)
            };
            // "two of the three strategic recommendations and four of the
            // five operational ones": the wholes of each kind make the
            // total, before "the three strategic recommendations" alone
            // is read as one
            // (a second kind's whole unstated leaves the total unknown:
            // the first kind's whole is no total)
            let mut whole_unknown = false;
            if total_slot.is_none() {
                if let Some(c) = SPLIT_OF_KIND.captures(s) {
                    whole_unknown = c.name("n2").is_none();
                    let wholes = number_value(&c["n1"])
                        .zip(c.name("n2").and_then(|n2| number_value(n2.as_str())))
                        .and_then(|(a, b)| a.checked_add(b));
                    if let (Some(total), Some(m)) = (wholes, c.get(0)) {
                        *total_slot = Some(total);
                        *span_slot = Some(sentence.start + m.start()..sentence.start + m.end());
                    }
                }
            }
            if (total_slot.is_none() || replaces_total) && !whole_unknown {
                // "Three recommendations were accepted in full, three in
                // part, out of the six recommendations": the whole after
                // "of the" is the total, the counts before it parts.
                let mut found: Vec<regex::Captures<'_>> = TOTAL.captures_iter(s).collect();
                if let Some(whole) = found.iter().position(|c| {
                    c.get(0)
                        .is_some_and(|m| is_after_of_count(tail(&s[..m.start()], 16)))
                }) {
                    found.swap(0, whole);
                }
                for c in found {
                    let Some(whole) = c.get(0) else { continue };
                    // "the 2016 recommendations": a year's, no count
                    if c["n"].len() == 4 && crate::dates::names_a_year(&c["n"]) {
                        continue;
                    }
                    // "This one recommendation matters a great deal": one
                    // pointed at, no count of them
                    let pointed = tail(&s[..whole.start()], 8)
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            // (a quotation may open on it: "“This")
                            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
                            crate::lexicon::DEMONSTRATIVES
                                .iter()
                                .any(|d| w.eq_ignore_ascii_case(d))
                        });
                    if pointed {
                        continue;
                    }
                    let n = number_value(&c["n"]);
                    let n2 = c.name("n2").and_then(|m| number_value(m.as_str()));
                    // "one strategic and two operational recommendations have
                    // been fully implemented", "four recommendations had been
                    // fully achieved": counts by progress, not the whole
                    // ("25 of the 37 recommendations have been achieved":
                    // the whole after "of the" is the total all the same)
                    if followed_by_wording(&s[whole.end()..])
                        && !is_after_of_count(tail(&s[..whole.start()], 16))
                    {
                        continue;
                    }
                    // "nine main recommendations, together with a
                    // substantial number of minor ones": the whole is not
                    // counted
                    if crate::lexicon::adds_uncounted_recommendations(&s[whole.end()..]) {
                        continue;
                    }
                    // "one recommendation"; "2019 recommendation 3" counts nothing
                    let singular = !whole.as_str().ends_with(['s', 'S']);
                    // a sum that would overflow is no count
                    let mut total = n.and_then(|n| n.checked_add(n2.unwrap_or(0)));
                    // "one strategic and two operational recommendations have
                    // been fully implemented; of the remaining four strategic
                    // and four operational recommendations, ...": the rest,
                    // after the counts already given, makes the whole
                    if ends_with_ignore_case(tail(&s[..whole.start()], 16).trim_end(), "remaining")
                    {
                        let mut before = reported.clone();
                        pair_counts(
                            &crate::source::join_broken_words(&s[..whole.start()]),
                            &mut before,
                        );
                        let given = checked_sum(&before);
                        total = match given {
                            Some(given) if given > 0 => total.and_then(|t| t.checked_add(given)),
                            _ => None,
                        };
                    }
                    if let Some(total) = total.filter(|&t| !singular || t == 1) {
                        total_from = if opens_quote {
                            TotalFrom::Quoted
                        } else if super::names_earlier_report(s) {
                            TotalFrom::Earlier
                        } else if THIS_REPORT.is_match(s) {
                            TotalFrom::ThisReport
                        } else {
                            TotalFrom::Unnamed
                        };
                        *total_slot = Some(total);
                        *span_slot =
                            Some(sentence.start + whole.start()..sentence.start + whole.end());
                        break;
                    }
                }
            }
            // Once the counts add up to the total, the tally is complete:
            // "the four recommendations not yet achieved" later names some
            // of them again.
            let complete = out
                .total
                .or(quoted_total)
                .is_some_and(|t| t > 0 && checked_sum(&reported) == Some(t));
            if !about || other_items || complete {
                continue;
            }
            // loose words in a quotation ("staying open") count nothing
            // unless the sentence itself is about recommendations
            if quoted && !mentions {
                continue;
            }
            // "a desk-based review of progress in June 2018, when three of
            // the recommendations had been completed": an earlier review's
            // tally, read only where no other sentence gives one
            let into = if quoted {
                &mut from_quotes
            } else if names_interim_review(s) {
                &mut earlier_reported
            } else {
                &mut reported
            };
            // "three of the five strategic recommendations had been
            // achieved ... of the three practice recommendations, one had
            // been achieved": the second kind's counts add to the first's
            let kind = KIND_SCOPE
                .captures(&joined)
                .map(|c| c["kind"].to_ascii_lowercase())
                .or_else(|| {
                    // (groups by whom they were made to: only while the
                    // groups' sizes stay within the whole, so that "Of the
                    // five achieved, ..." after the whole names no group)
                    let c = GROUP_SCOPE.captures(&joined)?;
                    // (a group's words are few: the length is checked here,
                    // a bounded run in the pattern holding many DFA states)
                    if c["group"].len() > GROUP_WORDS_MAX {
                        return None;
                    }
                    let n = number_value(&c["n"])?;
                    let within = group_sizes
                        .checked_add(n)
                        .is_some_and(|sum| out.total.is_some_and(|t| sum <= t));
                    group_sizes = group_sizes.saturating_add(n);
                    within.then(|| c["group"].to_ascii_lowercase())
                });
            match &kind {
                Some(k) if !kinds_counted.is_empty() && !kinds_counted.contains(k) => {
                    let mut more = BTreeMap::new();
                    pair_counts(&degree_first(&joined), &mut more);
                    for (label, n) in more {
                        let sum = into.entry(label).or_insert(0);
                        *sum = sum.saturating_add(n);
                    }
                }
                _ => pair_counts(&degree_first(&joined), into),
            }
            kinds_counted.extend(kind);
        }
        if reported.is_empty() {
            reported = earlier_reported;
        }
        if !reported.is_empty() {
            out.reported = reported;
            if total_from == TotalFrom::Earlier && falls_short(out.total, &out.reported) {
                earlier_tally = true;
                continue;
            }
            break;
        }
        if quoted_fallback.is_empty() {
            quoted_fallback = from_quotes;
        }
    }
    if out.reported.is_empty() {
        out.reported = quoted_fallback;
    }
    // "made 58 recommendations, 11 of them key recommendations ...
    // Inspectors followed up all 11 key recommendations": the whole
    // followed up, not all the earlier report made.
    // (or, "The report makes 29 recommendations ... checked progress on
    // the 34 recommendations made after the previous inspection. Of
    // these, 18 ...": the whole the progress counts add up to)
    if let Some(total) = out.total {
        let reported_sum = checked_sum(&out.reported);
        if let Some((n, span)) =
            followed_up(cx).filter(|(n, _)| *n < total || (*n > total && Some(*n) == reported_sum))
        {
            out.total = Some(n);
            out.span = Some(span);
        }
    }
    if out.total.is_none() {
        out.total = quoted_total;
        out.span = quoted_span;
    }
    if out.reported.is_empty() {
        if let Some(table) = summary_table(text) {
            if let (None, Some((n, span))) = (out.total, table.total) {
                out.total = Some(n);
                out.span = Some(span);
            }
            out.reported = table.counts;
        }
    }
    out
}

/// Counts by progress set out as a small table, a wording and its count on
/// each line, with a total row perhaps ("Achieved      5" / "Substantial
/// progress      4" / ... / "Total      14").
struct SummaryTable {
    counts: BTreeMap<String, u32>,
    /// The total row's count and where it is.
    total: Option<(u32, Range<usize>)>,
}

/// The first [`SummaryTable`] in `text`: two rows or more, one after the
/// other, whose counts add up to the total row's where there is one.
fn summary_table(text: &str) -> Option<SummaryTable> {
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let row = summary_row(line);
        match row {
            Some((label, n, _)) if !crate::lexicon::is_total_row_label(label) => {
                let entry = counts.entry(narrative_label(label)).or_insert(0);
                *entry = entry.saturating_add(n);
                continue;
            }
            _ => {}
        }
        if counts.len() >= 2 {
            let sum = checked_sum(&counts);
            let total = row.map(|(_, n, number)| (n, start + number.start..start + number.end));
            if total.as_ref().is_none_or(|(n, _)| Some(*n) == sum) {
                return Some(SummaryTable { counts, total });
            }
        }
        counts.clear();
    }
    None
}

/// A summary table's row: a progress wording (or a total's label), two
/// spaces or a tab, then a count alone at the line's end. Returns the
/// wording, the count and the count's bytes in `line`.
fn summary_row(line: &str) -> Option<(&str, u32, Range<usize>)> {
    let body = line.trim_end();
    if body.len() > SUMMARY_ROW_MAX {
        return None;
    }
    let (space, c) = body.char_indices().rev().find(|(_, c)| c.is_whitespace())?;
    let number_at = space + c.len_utf8();
    let number = &body[number_at..];
    if number.is_empty() || number.len() > 3 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let before = &body[..number_at];
    let label = before.trim();
    let gap = &before[before.trim_end().len()..];
    if !(gap.len() >= 2 || gap.contains('\t')) {
        return None;
    }
    let worded = crate::lexicon::is_total_row_label(label)
        || PROGRESS_RE
            .find(label)
            .is_some_and(|m| m.start() == 0 && m.end() == label.len());
    let n = number.parse().ok()?;
    worded.then_some((label, n, number_at..body.len()))
}

/// The longest line read as a summary table's row, in bytes.
const SUMMARY_ROW_MAX: usize = 160;

/// True when `sentence` tells of an interim look at progress before this
/// report's ("a desk-based review of progress in June 2018, when three of
/// the recommendations had been completed"; lexicon
/// `INTERIM_REVIEW_WORDS`): its counts are that review's.
fn names_interim_review(sentence: &str) -> bool {
    static INTERIM: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::words_pattern(
            r"(?i)\b(?:{})\b",
            crate::lexicon::INTERIM_REVIEW_WORDS,
            "interim review regex",
        )
    });
    INTERIM.is_match(sentence)
}

/// `sentence` with "progress was insufficient" written as the label it
/// stands for ("insufficient progress", padded with spaces to the same
/// length, so offsets hold): "Progress was insufficient on five".
fn degree_first(sentence: &str) -> std::borrow::Cow<'_, str> {
    static DEGREE_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(
            r"(?i)\bprogress\s+(?:was|is|has\s+been|had\s+been)\s+(?P<degree>[a-z]+)\b",
        )
        .expect("degree after regex")
    });
    let mut out = std::borrow::Cow::Borrowed(sentence);
    for c in DEGREE_AFTER.captures_iter(sentence) {
        let (Some(whole), Some(degree)) = (c.get(0), c.name("degree")) else {
            continue;
        };
        let label = format!("{} progress", degree.as_str().to_ascii_lowercase());
        if !crate::lexicon::PROGRESS_LABELS.contains(&label.as_str()) || label.len() > whole.len() {
            continue;
        }
        let padded = format!("{label:<width$}", width = whole.len());
        out.to_mut().replace_range(whole.range(), &padded);
    }
    out
}

/// The sum of counts by wording, `None` where it would overflow (a sum
/// that wraps is no count).
fn checked_sum(counts: &BTreeMap<String, u32>) -> Option<u32> {
    counts.values().try_fold(0u32, |sum, &n| sum.checked_add(n))
}

/// The count of recommendations a follow-up says it looked at, outside
/// quotation marks, and its range.
fn followed_up(cx: &Context<'_>) -> Option<(u32, Range<usize>)> {
    let text = cx.source.text();
    cx.narrative_sentences().iter().flatten().find_map(|s| {
        let c = FOLLOWED_UP.captures(&text[s.clone()])?;
        // the quotation test looks back over the paragraph: only for a match
        if is_quote(&text[s.clone()]) || crate::source::in_quoted_paragraph(text, s.start) {
            return None;
        }
        let n = number_value(&c["n"])?;
        let m = c.get(0)?;
        Some((n, s.start + m.start()..s.start + m.end()))
    })
}

/// True for a sentence inside quotation marks (what the chief inspector
/// said is not a count of recommendations).
fn is_quote(s: &str) -> bool {
    s.trim_start().starts_with(['"', '\u{201c}'])
}

/// "... achieved eight of the": the count before "of the 14" is a part.
fn is_after_of_count(before: &str) -> bool {
    let b = before.trim_end();
    ends_with_ignore_case(b, " of the")
        || ends_with_ignore_case(b, " of")
        || ends_with_ignore_case(b, "out of")
}

/// The last `max` bytes of `text` or fewer, on a character boundary.
fn tail(text: &str, max: usize) -> &str {
    window_before(text, text.len(), max)
}

/// Pairs counts with progress labels in one sentence.
fn pair_counts(sentence: &str, reported: &mut BTreeMap<String, u32>) {
    // Lists of numbers and counts split by kind are read first; their words
    // are then blanked out (same length, so offsets hold) before the other
    // clauses are read ("Three recommendations (3, 6 and 10) have been
    // partially achieved, and recommendation 5 ... has not been achieved").
    let mut masked: Option<String> = None;
    let mut last_wording: Option<String> = None;
    // "good progress against recommendations 2, 5 and 9 to 11": the wording
    // before its numbers
    for c in LIST_AFTER_LINK.captures_iter(sentence) {
        let (Some(link), Some(list)) = (c.get(0), c.name("list")) else {
            continue;
        };
        let Some(wording) = wording_before(sentence, link.start()) else {
            continue;
        };
        let key = narrative_label(&sentence[wording.clone()]);
        let entry = reported.entry(key).or_insert(0);
        *entry = entry.saturating_add(count_list(list.as_str()));
        let m = masked.get_or_insert_with(|| sentence.to_owned());
        m.replace_range(
            wording.start..link.end(),
            &" ".repeat(link.end() - wording.start),
        );
    }
    // "Recommendations 3, 5 and 6 were achieved"
    for l in number_lists(sentence) {
        // "recommendation 7 has not been achieved"
        let Some(ListWording {
            label,
            written,
            end,
        }) = l.wording(sentence)
        else {
            continue;
        };
        *reported.entry(narrative_label(&label)).or_insert(0) += count_list(l.list);
        let start = l.whole.start;
        let m = masked.get_or_insert_with(|| sentence.to_owned());
        m.replace_range(start..end, &" ".repeat(end - start));
        last_wording = Some(written);
    }
    // Lists going on from one that named recommendations, in what is left.
    if let Some(previous) = last_wording.clone() {
        let rest = masked.clone().unwrap_or_default();
        for c in BARE_LIST.captures_iter(&rest) {
            if !is_bare_list(&rest, &c) {
                continue;
            }
            let after = c.get(0).map_or(0, |m| m.end());
            let Some((wording, end)) = continued_wording(&rest, after, &previous) else {
                continue;
            };
            let key = narrative_label(&negated(&c, &wording));
            *reported.entry(key).or_insert(0) += count_list(&c["list"]);
            let start = c.name("list").map_or(0, |m| m.start());
            let m = masked.get_or_insert_with(|| sentence.to_owned());
            m.replace_range(start..end, &" ".repeat(end - start));
        }
    }
    // Parts of each kind's whole, and counts split by kind, are summed.
    let sums = SPLIT_OF_KIND
        .captures_iter(sentence)
        .map(|c| (c, "x1", "x2"))
        .chain(
            SPLIT_BY_KIND
                .captures_iter(sentence)
                .map(|c| (c, "n1", "n2")),
        );
    for (c, first, second) in sums {
        let Some(whole) = c.get(0) else { continue };
        let Some(label) = wording_at(sentence, whole.end()) else {
            continue;
        };
        let Some(n) = part_count(&c[first])
            .zip(part_count(&c[second]))
            .and_then(|(a, b)| a.checked_add(b))
        else {
            continue;
        };
        let key = narrative_label(&negated(&c, label.as_str()));
        let entry = reported.entry(key).or_insert(0);
        *entry = entry.saturating_add(n);
        let end = whole.end() + label.end();
        let m = masked.get_or_insert_with(|| sentence.to_owned());
        m.replace_range(whole.start()..end, &" ".repeat(end - whole.start()));
    }
    // "Three recommendations (3, 6 and 10) have been partially achieved":
    // the numbers in brackets name the three, and are no clause of their own.
    for m in BRACKETED_NUMBERS.find_iter(sentence) {
        let text = masked.get_or_insert_with(|| sentence.to_owned());
        text.replace_range(m.range(), &" ".repeat(m.len()));
    }
    let sentence = masked.as_deref().unwrap_or(sentence);
    // A count standing alone in its clause, waiting for its wording after
    // an aside: "and one, on the handling of unused material, had not been
    // achieved"; "The remaining recommendation, which ..., was no longer
    // applicable".
    let mut carried: Option<u32> = None;
    for clause in clauses(sentence) {
        let clause_text = &sentence[clause.clone()];
        // "plans should be implemented" asks for a state; it reports none.
        let labels: Vec<_> = PROGRESS_RE
            .find_iter(clause_text)
            .filter(|m| {
                let before = tail(&clause_text[..m.start()], 24).trim_end();
                // "judged to be", and "judged a further four
                // recommendations to be": the verb earlier in the clause
                let judged = crate::lexicon::JUDGED_VERBS.iter().any(|verb| {
                    ends_with_ignore_case(before, &format!("{verb} to be"))
                        || (ends_with_ignore_case(before, " to be")
                            && clause_text[..m.start()]
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|word| word.eq_ignore_ascii_case(verb)))
                });
                // "one of the outstanding recommendations" names some of
                // a kind already counted; it counts none
                let partitive = ends_with_ignore_case(before, "of the");
                !partitive
                    && (judged
                        || !crate::lexicon::MODAL_PHRASES
                        .iter()
                        .any(|modal| ends_with_ignore_case(before, modal))
                    // "recommendations addressed to the police" names who
                    // must act, not how far they have got
                    && !names_who_acts(&clause_text[m.end()..]))
            })
            .collect();
        // "achieved reasonable or good progress": a label that is the verb
        // of the next one, straight before it, is no label of its own
        let labels: Vec<_> = labels
            .iter()
            .enumerate()
            .filter(|(i, m)| {
                labels
                    .get(i + 1)
                    .is_none_or(|next| !clause_text[m.end()..next.start()].trim().is_empty())
            })
            .map(|(_, m)| *m)
            .collect();
        // "reasonable or good progress was achieved against ten": a label
        // that is the verb of the progress before it is no label of its own
        let labels: Vec<_> = labels
            .iter()
            .enumerate()
            .filter(|(i, m)| {
                i.checked_sub(1)
                    .and_then(|p| labels.get(p))
                    .is_none_or(|before| {
                        !(ends_with_ignore_case(before.as_str(), "progress")
                            && !starts_with_ignore_case(m.as_str(), "not")
                            && PROGRESS_THEN_VERB.is_match(&clause_text[before.end()..m.start()]))
                    })
            })
            .map(|(_, m)| *m)
            .collect();
        if labels.len() > 1 {
            carried = None;
            continue;
        }
        // The first count in the clause; only a few words either side of a
        // number are looked at, so a clause of many numbers stays linear.
        let count = NUMBER
            .find_iter(clause_text)
            .filter(|m| {
                let before = tail(&clause_text[..m.start()], 40).trim_end();
                let after = clause_text[m.end()..].trim_start();
                let is_year = m.as_str().len() == 4 && m.as_str().starts_with(['1', '2']);
                // "5.7": a paragraph's number, not a count (either part:
                // "3.6 A rolling refurbishment had been completed")
                let is_decimal = clause_text[m.end()..]
                    .strip_prefix('.')
                    .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
                    || clause_text[..m.start()]
                        .strip_suffix('.')
                        .is_some_and(|l| l.ends_with(|c: char| c.is_ascii_digit()));
                // "completed on four of the six wings": a part of a whole
                // of other things
                let part_of_others = part_of_whole_noun(after).is_some_and(|words| {
                    // (a plural noun, not "as" or "was", straight after the
                    // whole's number:
                    // "four of the six made in 2019" counts recommendations;
                    // "three of the five strategic recommendations" has a
                    // kind before the noun)
                    words
                        .first()
                        .is_some_and(|w| w.len() > 3 && w.ends_with('s'))
                        && !words.iter().any(|w| {
                            starts_with_ignore_case(w, "recommendation")
                                || crate::lexicon::REMAINING_WORDS
                                    .iter()
                                    .any(|r| w.eq_ignore_ascii_case(r))
                        })
                });
                // "three-quarters", "two-thirds"
                let is_fraction = clause_text[m.end()..].starts_with('-');
                let is_share = after.starts_with('%') || starts_with_ignore_case(after, "per cent");
                let names_one = ends_with_ignore_case(before, "recommendation");
                // "within six months on the two outstanding ..."
                let is_duration = crate::lexicon::opens_with_duration_unit(after);
                // "it visited the eight suites then open"
                let counts_units = UNITS_COUNTED.is_match(after) && VISITED.is_match(before);
                // "six inspectors found strong progress on two of ...", but
                // "on the remaining two inspectors found no ... progress"
                let remaining = crate::lexicon::REMAINING_WORDS
                    .iter()
                    .any(|w| ends_with_ignore_case(before, w));
                let counts_others = !remaining
                    && crate::lexicon::NOT_RECOMMENDATION_NOUNS
                        .iter()
                        .any(|noun| crate::source::starts_with_word_ignore_case(after, noun));
                !(is_after_of_count(before)
                    || counts_units
                    || counts_others
                    || is_share
                    || is_fraction
                    || is_year
                    || is_decimal
                    || part_of_others
                    || names_one
                    || is_duration)
            })
            .find_map(|m| number_value(m.as_str()))
            // "None of the 11 was judged to have made no meaningful
            // progress": none is a count of 0, before the whole it is of
            .filter(|_| !opens_with_none(clause_text))
            .or_else(|| opens_with_none(clause_text).then_some(0));
        let Some(label) = labels.first() else {
            // an aside with no count keeps the one carried
            // "The remaining two - one strategic and one operational -
            // were no longer applicable": an aside that splits the
            // carried count by kind keeps it
            if carried.is_some() && splits_by_kind(clause_text) {
                continue;
            }
            if count.is_some() || lone_remaining(clause_text) {
                carried = count
                    .filter(|_| is_bare_count(clause_text))
                    .or_else(|| lone_remaining(clause_text).then_some(1));
            }
            continue;
        };
        // "and the other partially achieved": one, the last of the whole
        let the_other = || names_the_other_one(&clause_text[..label.start()]).then_some(1);
        if let Some(n) = count.or(carried.take()).or_else(the_other) {
            let label = narrative_label(label.as_str());
            reported.entry(label).or_insert(n);
        }
        carried = None;
    }
}

/// The wording of a list that goes on from an earlier one, starting at
/// byte `at` of `text`: its own ("8 and 10 are partially achieved"), or a
/// degree standing for the earlier wording `previous` ("4 and 6
/// partially" is "partially achieved"). Returns it and where it ends.
fn continued_wording(text: &str, at: usize, previous: &str) -> Option<(String, usize)> {
    if let Some(label) = wording_at(text, at) {
        return Some((label.as_str().to_owned(), at + label.end()));
    }
    let degree = ELIDED_DEGREE
        .captures(window_after(text, at, 120))?
        .name("degree")?;
    let head = previous.split_whitespace().last()?;
    Some((format!("{} {head}", degree.as_str()), at + degree.end()))
}

/// A wording with the "not" its auxiliary carried ("has not been
/// achieved" is "not achieved"), from the `not`/`not2` groups of a match.
fn negated(c: &regex::Captures<'_>, wording: &str) -> String {
    with_not(carries_not(c), wording)
}

/// True when a match's auxiliary carried "not" (its `not` or `not2`
/// group).
fn carries_not(c: &regex::Captures<'_>) -> bool {
    c.name("not").or(c.name("not2")).is_some()
}

/// `wording`, with "not" before it when `not`.
fn with_not(not: bool, wording: &str) -> String {
    if not {
        format!("not {wording}")
    } else {
        wording.to_owned()
    }
}

/// The progress wording that starts at byte `at` of `text`, if one does;
/// only a short window is searched, so a long sentence of many numbers
/// stays linear. The match's offsets are from `at`.
fn wording_at(text: &str, at: usize) -> Option<regex::Match<'_>> {
    PROGRESS_RE
        .find(window_after(text, at, 120))
        .filter(|m| m.start() == 0)
}

/// True for a clause that opens with words counting none ("None of the
/// 11 ...", lexicon [`NONE_OF_WORDS`]).
///
/// [`NONE_OF_WORDS`]: crate::lexicon::NONE_OF_WORDS
fn opens_with_none(clause: &str) -> bool {
    let clause = clause.trim_start();
    crate::lexicon::NONE_OF_WORDS
        .iter()
        .any(|w| starts_with_ignore_case(clause, w))
}

/// True for a clause that is only a count: "and one", "two", "and one
/// operational recommendation" (a count, at most one word of kind and the
/// noun).
fn is_bare_count(clause: &str) -> bool {
    let mut words: Vec<&str> = clause
        .split_whitespace()
        .skip_while(|w| ["and", "but"].iter().any(|j| w.eq_ignore_ascii_case(j)))
        .collect();
    // "Work on the remaining two": the work done on those left
    if let [work, on, the, which, _, ..] = words.as_slice() {
        if crate::lexicon::WORK_ON_REMAINING.contains(&work.to_lowercase().as_str())
            && on.eq_ignore_ascii_case("on")
            && the.eq_ignore_ascii_case("the")
            && crate::lexicon::REMAINING_WORDS.contains(&which.to_lowercase().as_str())
        {
            words.drain(..2);
        }
    }
    // "The remaining two": the count of those left
    if let [the, which, _, ..] = words.as_slice() {
        if the.eq_ignore_ascii_case("the")
            && crate::lexicon::REMAINING_WORDS.contains(&which.to_lowercase().as_str())
        {
            words.drain(..2);
        }
    }
    // "25 of the 37 recommendations in its 2005 report": the report they
    // were made in says which, and counts nothing
    if let Some(noun) = words
        .iter()
        .position(|w| starts_with_ignore_case(w, "recommendation"))
    {
        let placed = words.get(noun + 1).is_some_and(|w| {
            crate::lexicon::MADE_IN_LINKS
                .iter()
                .any(|l| w.eq_ignore_ascii_case(l))
        }) && words[noun + 1..].last().is_some_and(|w| {
            crate::lexicon::ANSWERED_REPORT_WORDS.iter().any(|r| {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .eq_ignore_ascii_case(r)
            })
        });
        if placed {
            words.truncate(noun + 1);
        }
    }
    // "25 of the 37 recommendations": the part counts
    if let [_, of, the, whole, ..] = words.as_slice() {
        if of.eq_ignore_ascii_case("of")
            && ["the", "its", "their"]
                .iter()
                .any(|d| the.eq_ignore_ascii_case(d))
            && number_value(whole).is_some()
        {
            words.drain(1..4);
        }
    }
    if words
        .last()
        .is_some_and(|w| starts_with_ignore_case(w, "recommendation"))
    {
        words.pop();
        if words.len() >= 2
            && words
                .last()
                .is_some_and(|w| w.chars().all(char::is_lowercase))
        {
            let kind = words.pop();
            if number_value(&words.join(" ")).is_none() {
                words.extend(kind);
            }
        }
    }
    number_value(&words.join(" ")).is_some()
}

/// The words naming the whole a count is a part of, straight after it:
/// "of the six wings" gives "wings", "of the five strategic
/// recommendations" gives "strategic", "recommendations" (two words at
/// most); `None` where no "of the <number>" follows.
fn part_of_whole_noun(after: &str) -> Option<Vec<&str>> {
    let mut words = after.split_whitespace();
    let (of, the, number) = (words.next()?, words.next()?, words.next()?);
    (of.eq_ignore_ascii_case("of")
        && ["the", "its", "their"]
            .iter()
            .any(|d| the.eq_ignore_ascii_case(d))
        && number_value(number).is_some())
    .then(|| {
        words
            .take(2)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .collect()
    })
}

/// True for a clause of counts by kind and nothing else: "one strategic
/// and one operational", "two strategic recommendations and one
/// operational".
fn splits_by_kind(clause: &str) -> bool {
    let mut counts = 0;
    for word in clause.split_whitespace() {
        let word = word.to_lowercase();
        if number_value(&word).is_some() {
            counts += 1;
        } else if !(word == "and"
            || word.starts_with("recommendation")
            || crate::lexicon::FIRST_RECOMMENDATION_KINDS
                .iter()
                .chain(crate::lexicon::SECOND_RECOMMENDATION_KINDS)
                .any(|k| *k == word))
        {
            return false;
        }
    }
    counts > 0
}

/// True for "the remaining recommendation" and its like standing alone in
/// a clause (`REMAINING_WORDS`): one recommendation, counted by the wording
/// that follows.
fn lone_remaining(clause: &str) -> bool {
    let words: Vec<String> = clause
        .split_whitespace()
        .map(str::to_lowercase)
        .skip_while(|w| w == "and" || w == "but")
        .collect();
    let is_kind = |w: &str| {
        crate::lexicon::FIRST_RECOMMENDATION_KINDS
            .iter()
            .chain(crate::lexicon::SECOND_RECOMMENDATION_KINDS)
            .any(|k| *k == w)
    };
    // "The remaining strategic recommendation": the kind may stand between
    let words = match words.as_slice() {
        [the, which, kind, noun] if is_kind(kind) => vec![the, which, noun],
        _ => words.iter().collect(),
    };
    matches!(words.as_slice(), [the, which, noun]
        if *the == "the"
            && crate::lexicon::REMAINING_WORDS.contains(&which.as_str())
            && *noun == "recommendation")
}

/// True for the words before a wording that name one recommendation left
/// of a whole: "and the other", "the remaining one", "but the last
/// recommendation" (lexicon `REMAINING_WORDS`).
fn names_the_other_one(before: &str) -> bool {
    let words: Vec<String> = before
        .split_whitespace()
        .map(str::to_lowercase)
        .skip_while(|w| w == "and" || w == "but" || w == "while")
        .collect();
    let remaining = |w: &String| crate::lexicon::REMAINING_WORDS.contains(&w.as_str());
    match words.as_slice() {
        [the, which] => the == "the" && remaining(which),
        [the, which, noun, ..] if words.len() <= 5 => {
            the == "the" && remaining(which) && (noun == "one" || noun == "recommendation")
        }
        _ => false,
    }
}

/// True when `rest` opens with a progress wording, after an auxiliary
/// ("have been fully implemented", "partially achieved").
fn followed_by_wording(rest: &str) -> bool {
    static LEADING_AUXILIARY: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(r"(?i)^\s*{AUXILIARY}?")).expect("auxiliary regex")
    });
    // a window: the caller may hand over the rest of a long sentence
    let rest = crate::source::window_after(rest, 0, 160);
    let after = LEADING_AUXILIARY.find(rest).map_or(0, |m| m.end());
    let rest = crate::source::window_after(rest, after, 80);
    PROGRESS_RE
        .find(rest)
        .is_some_and(|m| m.start() == 0 && !names_who_acts(&rest[m.end()..]))
}

/// True when what follows a wording names who must act ("recommendations
/// addressed either to Police Scotland or to the partnership"), so the
/// wording reports no progress.
fn names_who_acts(after: &str) -> bool {
    starts_with_ignore_case(
        after
            .trim_start()
            .trim_start_matches("either ")
            .trim_start(),
        "to ",
    )
}

/// Splits a sentence at commas, semicolons, colons, dashes, tildes, bars
/// and " and " (but not inside a progress wording such as "good or
/// reasonable", nor at the colon after one: "Not achieved: 38").
fn clauses(sentence: &str) -> Vec<Range<usize>> {
    static SEP: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"(?i)[,;:()~|]|\s[\u{2013}\u{2014}-]\s|\s+and\s+|\s+while\s+|\s+whilst\s+|\s+but\s+|\s+with\s+|\s+because\s+").expect("clause regex")
    });
    let protected: Vec<Range<usize>> = PROGRESS_RE.find_iter(sentence).map(|m| m.range()).collect();
    let mut out = Vec::new();
    let mut start = 0;
    // Both lists run left to right: one index walks the wordings.
    let mut p = 0;
    for m in SEP.find_iter(sentence) {
        while p < protected.len() && protected[p].end <= m.start() {
            p += 1;
        }
        if protected.get(p).is_some_and(|w| w.start < m.end()) {
            continue;
        }
        // "Not achieved: 38": a colon after a wording introduces its count.
        if m.as_str() == ":" && p > 0 && protected[p - 1].end == m.start() {
            continue;
        }
        out.push(start..m.start());
        start = m.end();
    }
    out.push(start..sentence.len());
    out
}

/// The number of recommendations in "3, 5 and 6" or "2-4".
fn count_list(list: &str) -> u32 {
    // "5.7, 5.8, 5.11 and 5.19": numbered by the report's paragraphs, each
    // one recommendation
    static PARAGRAPH_NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"\d{1,2}\.\d{1,2}").expect("paragraph number regex")
    });
    let by_paragraph = PARAGRAPH_NUMBER.find_iter(list).count();
    if by_paragraph > 0 {
        return u32::try_from(by_paragraph).unwrap_or(u32::MAX);
    }
    u32::try_from(list_numbers(list).len()).unwrap_or(u32::MAX)
}

/// The numbers of recommendations in "3, 5 and 6" or "5–7, 9 and 12", in
/// the order written, a range spelt out ("2-4" is 2, 3 and 4).
fn list_numbers(list: &str) -> Vec<u32> {
    static ITEM: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"(?P<a>\d{1,2})(?:\s*(?:-|–|to)\s*(?P<b>\d{1,2}))?")
            .expect("list item regex")
    });
    ITEM.captures_iter(list)
        .flat_map(|c| {
            let a: u32 = c["a"].parse().unwrap_or(0);
            let b: u32 = c
                .name("b")
                .and_then(|b| b.as_str().parse().ok())
                .unwrap_or(a);
            a..=b.max(a)
        })
        .collect()
}

/// A recommendation's status read from a sentence listing numbers:
/// "Recommendations 1 and 3 have been achieved; 4 and 6 are partially
/// achieved; recommendation 5 has not been achieved".
pub(crate) struct ListedStatus {
    /// The recommendation's number.
    pub number: u32,
    /// The wording as written ("partially achieved"), "not" kept.
    pub wording: String,
    /// The list and its wording in the text given.
    pub range: Range<usize>,
}

/// Statuses given by lists of numbers in `text` (an annex that is no
/// table), in the order of their numbers, each number once (its first
/// status). A list with no
/// "recommendations" before it counts only after one that had it, and a
/// lone degree ("4 and 6 partially") takes the wording of the list before.
pub(crate) fn listed_statuses(text: &str) -> Vec<ListedStatus> {
    let mut out: Vec<ListedStatus> = Vec::new();
    let push = |out: &mut Vec<ListedStatus>, list: &str, wording: String, range: Range<usize>| {
        for number in list_numbers(list) {
            if !out.iter().any(|s| s.number == number) {
                out.push(ListedStatus {
                    number,
                    wording: wording.clone(),
                    range: range.clone(),
                });
            }
        }
    };
    let mut found: Vec<(usize, usize, String, String)> = Vec::new();
    for l in number_lists(text) {
        if let Some(w) = l.wording(text) {
            found.push((l.whole.start, w.end, l.list.to_owned(), w.label));
        }
    }
    if found.is_empty() {
        return out;
    }
    // Both lists come in text order and do not overlap among themselves:
    // a binary search finds the numbered list before a bare one.
    let numbered = found.len();
    for c in BARE_LIST.captures_iter(text) {
        let (Some(whole), Some(list)) = (c.get(0), c.name("list")) else {
            continue;
        };
        if !is_bare_list(text, &c) {
            continue;
        }
        // inside a numbered list's own words: no list of its own
        let numbered_lists = &found[..numbered];
        let next = numbered_lists.partition_point(|f| f.1 <= whole.start());
        if numbered_lists.get(next).is_some_and(|f| f.0 < whole.end()) {
            continue;
        }
        let before = numbered_lists.partition_point(|f| f.1 <= list.start());
        let Some(previous) = before.checked_sub(1).map(|i| found[i].3.clone()) else {
            continue;
        };
        let Some((wording, end)) = continued_wording(text, whole.end(), &previous) else {
            continue;
        };
        let wording = negated(&c, &wording);
        found.push((list.start(), end, list.as_str().to_owned(), wording));
    }
    found.sort_by_key(|f| f.0);
    for (start, end, list, wording) in found {
        push(&mut out, &list, wording, start..end);
    }
    // The lists are in the order of their statuses; the rows they make are
    // in the order of their numbers, as a table's would be.
    out.sort_by_key(|s| s.number);
    out
}

#[cfg(test)]
mod tests {
    use crate::parse;

    const LEAD: &str = "Report\n\nHeadline\n\n";

    #[test]
    fn prose_between_an_annex_heading_and_its_rows_is_narrative() {
        let page = "Report\n\nHeadline\n\nInspectors went back to the region in June and found a mixed picture.\n\nProgress on the 2011 recommendations\n\nThe 2011 report made 12 recommendations. The re-inspection found that five had been implemented, four partially implemented and three not implemented.\n\nNo.\tRecommendation (2011)\tStatus\n1\tAllocate every case to an officer\tImplemented\n2\tSet regional targets\tPartially implemented\n";
        let r = parse(page).recommendations.expect("recommendations");
        assert_eq!(r.total, Some(12));
        assert_eq!(
            r.reported.into_iter().collect::<Vec<_>>(),
            [
                ("implemented".to_owned(), 5),
                ("not_implemented".to_owned(), 3),
                ("partially_implemented".to_owned(), 4)
            ]
        );
        assert_eq!(r.annex.len(), 2);
    }

    fn narrative(body: &str) -> (Option<u32>, Vec<(String, u32)>) {
        let padded = format!(
            "{LEAD}{body} The report explains each finding in turn and sets out what must happen next."
        );
        let r = parse(&padded).recommendations.expect("recommendations");
        (r.total, r.reported.into_iter().collect())
    }

    #[test]
    fn a_paragraph_s_number_and_a_part_of_other_things_count_no_recommendations() {
        let (_, reported) = narrative(
            "The review made 12 recommendations.\n3.6 A rolling refurbishment had been completed on four of the six wings, and cleaning was done well.",
        );
        assert!(reported.is_empty(), "{reported:?}");
        // a part of the recommendations, with or without their kind
        let (_, reported) = narrative(
            "The review made 12 recommendations. Four of the six made in 2019 had been achieved.",
        );
        assert_eq!(reported, counts(&[("achieved", 4)]));
        let (_, reported) = narrative(
            "The review made 12 recommendations. Three of the five strategic recommendations had been achieved.",
        );
        assert_eq!(reported, counts(&[("achieved", 3)]));
    }

    #[test]
    fn a_task_forces_issues_for_action_are_no_recommendations() {
        let page = format!(
            "{LEAD}The report made 12 recommendations, and the steering group has endorsed them. Of the 39 issues for immediate action that the task force identified, 33 have now been implemented, and the remaining six are well advanced."
        );
        // (the recommendations are read, their total with them)
        let reported = parse(&page)
            .recommendations
            .expect("recommendations")
            .reported;
        assert!(reported.is_empty(), "{reported:?}");
    }

    #[test]
    fn a_count_in_the_present_perfect_after_an_earlier_reports() {
        let (total, _) = narrative(
            "Estyn's previous inspection of the authority took place in November 2013 and resulted in six recommendations. The council came out of follow-up in June 2016.\n\nEstyn has made four recommendations. The local authority should improve its planning.",
        );
        assert_eq!(total, Some(4));
    }

    #[test]
    fn a_count_split_by_kind_with_each_kind_its_noun() {
        let (_, reported) = narrative(
            "The inspection made three strategic and eight operational recommendations. Inspectors found that two of the three strategic recommendations and five of the eight operational recommendations had been achieved. One further strategic recommendation and two operational recommen-\ndations had been partially achieved, while one operational recom-\nmendation had not been achieved.",
        );
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 7),
                ("not_achieved", 1),
                ("partially_achieved", 3)
            ])
        );
    }

    #[test]
    fn counts_of_two_kinds_each_with_its_noun_make_the_total() {
        let (total, _) = narrative(
            "The first inspection of the Area, in 2005, made 17 recommendations. This report makes four key recommendations and nine further recommendations.",
        );
        assert_eq!(total, Some(13));
        // this report's own count is not replaced by a later one
        let (total, _) = narrative(
            "This report makes 13 recommendations. The inspection of 2005 made 17 recommendations.",
        );
        assert_eq!(total, Some(13));
    }

    #[test]
    fn progress_achieved_against_a_count_and_labels_of_an_island_s_account() {
        let (total, reported) = narrative(
            "This year's review judged that 'reasonable' or 'good' progress was achieved against ten of the 14 recommendations.",
        );
        assert_eq!(total, Some(14));
        assert_eq!(reported, [("reasonable_or_good_progress".to_owned(), 10)]);
        let (total, reported) = narrative(
            "In the report, 17 recommendations are made. Six of them have already been put in place, while 11 are ongoing.",
        );
        assert_eq!(total, Some(17));
        assert_eq!(
            reported,
            [("ongoing".to_owned(), 11), ("put_in_place".to_owned(), 6)]
        );
    }

    #[test]
    fn a_count_of_notices_met_counts_no_recommendations() {
        let page = "Home inspected\n\nOfsted inspected the home. It made 6 recommendations.\n\nOne notice could not be met because there were no admissions.\n";
        let r = parse(page).recommendations.expect("recommendations");
        assert_eq!(r.total, Some(6));
        assert!(r.reported.is_empty(), "{:?}", r.reported);
    }

    #[test]
    fn a_count_of_areas_for_improvement_counts_no_recommendations() {
        let page = "Review of progress\n\nThe inspection made 10 recommendations. We found that five had been achieved.\n\nWe have identified two areas for improvement that the council should address alongside the outstanding recommendations.\n";
        let r = parse(page).recommendations.expect("recommendations");
        assert_eq!(r.total, Some(10));
        assert_eq!(
            r.reported.into_iter().collect::<Vec<_>>(),
            [("achieved".to_owned(), 5)]
        );
    }

    #[test]
    fn a_count_of_inspectors_before_a_label_counts_no_recommendations() {
        let (total, reported) = narrative(
            "At the last visit, six inspectors found strong progress by the council on two of six recommendations. On the other four it had made satisfactory progress.",
        );
        assert_eq!(total, Some(6));
        assert_eq!(
            reported,
            [
                ("satisfactory_progress".to_owned(), 4),
                ("strong_progress".to_owned(), 2)
            ]
        );
        // "the remaining two" counts recommendations, whoever comes next
        let (_, reported) = narrative(
            "There was good progress on three of the five recommendations, and on the remaining two inspectors found no meaningful progress.",
        );
        assert!(
            reported.contains(&("no_meaningful_progress".to_owned(), 2)),
            "{reported:?}"
        );
    }

    #[test]
    fn a_count_with_more_added_uncounted_is_no_total() {
        let page = format!(
            "{LEAD}The report makes nine main recommendations, together with a substantial number of minor ones.\n"
        );
        assert!(parse(&page).recommendations.is_none());
        // a total stated elsewhere is read
        let stated = format!(
            "{LEAD}The report makes nine main recommendations, together with a substantial number of minor ones.\n\nIn all it makes 40 recommendations.\n"
        );
        assert_eq!(
            parse(&stated).recommendations.and_then(|r| r.total),
            Some(40)
        );
        // more words after a count do not undo it
        let plain = format!(
            "{LEAD}The report makes nine recommendations, and inspectors found good progress.\n"
        );
        assert_eq!(parse(&plain).recommendations.and_then(|r| r.total), Some(9));
    }

    #[test]
    fn a_part_of_the_whole_made_in_a_named_report() {
        assert_eq!(
            narrative(
                "According to the follow-up review, 25 of the 37 recommendations in its 2005 report, Improving the care of witnesses, were found to have been achieved."
            ),
            (Some(37), vec![("achieved".to_owned(), 25)])
        );
        // the whole after "of the" is the total even with the wording after it
        assert_eq!(
            narrative("Inspectors found that 25 of the 37 recommendations have been achieved."),
            (Some(37), vec![("achieved".to_owned(), 25)])
        );
    }

    #[test]
    fn a_total_with_a_qualifier_before_the_noun() {
        let (total, reported) = narrative(
            "Our May 2011 inspection made five general Recommendations for the establishment; two are achieved, two partially achieved and one not achieved. A further 11 Recommendations have been made.",
        );
        assert_eq!(total, Some(5));
        assert_eq!(reported.len(), 3);
    }

    #[test]
    fn progress_checked_on_an_earlier_reports_recommendations() {
        let (total, reported) = narrative(
            "The report makes 29 recommendations and records 11 examples of good practice. Inspectors also checked progress on the 34 recommendations made after the previous full inspection in May 2007. Of these, 18 have been achieved, nine partly achieved and five not achieved, and two are no longer applicable.",
        );
        assert_eq!(total, Some(34));
        assert_eq!(
            reported,
            vec![
                ("achieved".to_owned(), 18),
                ("no_longer_applicable".to_owned(), 2),
                ("not_achieved".to_owned(), 5),
                ("partly_achieved".to_owned(), 9),
            ]
        );
        // an earlier report's count with no check of its progress is not
        // this report's
        let (total, reported) = narrative(
            "The report makes six recommendations. The inspection follows HMCPSI's 2018 joint inspection, which made nine recommendations. The CPS told inspectors it had fully implemented five of them.",
        );
        assert_eq!((total, reported), (Some(6), vec![]));
    }

    #[test]
    fn the_remaining_one_that_no_longer_applies() {
        let (total, reported) = narrative(
            "The 2007 report made 12 recommendations. Inspectors found that five have been achieved and three substantially achieved; two are partially achieved and one has not been achieved. The remaining recommendation, about staffing at the Lydbury unit, no longer applies now that the unit has closed.",
        );
        assert_eq!(total, Some(12));
        assert!(
            reported.contains(&("no_longer_applicable".to_owned(), 1)),
            "{reported:?}"
        );
    }

    #[test]
    fn counts_set_out_as_a_small_table() {
        let table = "The assessment of progress is summarised below.\n\n        Progress against the recommendations            Number\n        Achieved                                 5\n        Substantial progress                     4\n        Not achieved                             2\n        Total                                   11\n\n";
        assert_eq!(
            narrative(table),
            (
                Some(11),
                vec![
                    ("achieved".to_owned(), 5),
                    ("not_achieved".to_owned(), 2),
                    ("substantial_progress".to_owned(), 4),
                ]
            )
        );
        // (a no-break space before a line's last word is two bytes)
        let record = parse(&format!(
            "{LEAD}We will act on every one of the\u{a0}recommendations.\n"
        ));
        assert!(record.recommendations.is_none());
        // counts that do not add up to the total row are no such table
        let wrong = table.replace("11\n", "12\n");
        let record = parse(&format!("{LEAD}{wrong}"));
        assert!(record.recommendations.is_none_or(|r| r.reported.is_empty()));
    }

    #[test]
    fn a_wording_before_the_numbers_it_is_given_for() {
        assert_eq!(
            narrative(
                "Inspectors found good progress against recommendations 2, 5 and 9 to 11; reasonable progress against recommendations 1, 4, 8 and 15; insufficient progress against recommendations 3, 6–7, 13 and 14; and no meaningful progress against recommendation 12."
            )
            .1,
            vec![
                ("good_progress".to_owned(), 5),
                ("insufficient_progress".to_owned(), 5),
                ("no_meaningful_progress".to_owned(), 1),
                ("reasonable_progress".to_owned(), 4),
            ]
        );
    }

    #[test]
    fn the_whole_followed_up_of_them() {
        assert_eq!(
            narrative(
                "At the full inspection HMI Prisons made 41 recommendations. Inspectors returned to follow up 15 of them. They found good progress against recommendation 3."
            )
            .0,
            Some(15)
        );
    }

    #[test]
    fn counts_on_track_and_delayed() {
        assert_eq!(
            narrative(
                "The brigade had completed just four of the 29 recommendations it looked at, with seven on track and 18 delayed."
            ),
            (
                Some(29),
                vec![
                    ("completed".to_owned(), 4),
                    ("delayed".to_owned(), 18),
                    ("on_track".to_owned(), 7),
                ]
            )
        );
    }

    #[test]
    fn counts_ahead_on_and_behind_schedule() {
        assert_eq!(
            narrative(
                "Of the five recommendations, one is complete, three are on track and one is behind schedule."
            ),
            (
                Some(5),
                vec![
                    ("behind_schedule".to_owned(), 1),
                    ("complete".to_owned(), 1),
                    ("on_track".to_owned(), 3),
                ]
            )
        );
        assert_eq!(
            narrative(
                "Of the six recommendations, two are ahead of schedule and four are on schedule."
            ),
            (
                Some(6),
                vec![
                    ("ahead_of_schedule".to_owned(), 2),
                    ("on_schedule".to_owned(), 4),
                ]
            )
        );
    }

    #[test]
    fn a_year_before_recommendations_is_no_count() {
        let padded = format!(
            "{LEAD}The company had treated the 2016 recommendations as a spur to change. The report explains each finding in turn."
        );
        assert!(
            parse(&padded)
                .recommendations
                .is_none_or(|r| r.total.is_none())
        );
        assert_eq!(
            narrative("The 2016 report made 12 recommendations.").0,
            Some(12)
        );
    }

    #[test]
    fn a_count_of_places_visited_is_no_count_of_recommendations() {
        let (total, reported) = narrative(
            "When HMI Prisons last inspected court custody in the cluster, it visited the eight suites then open and made 21 recommendations. Of these, nine had been achieved, five partially achieved and seven not achieved.",
        );
        assert_eq!(total, Some(21));
        assert_eq!(
            reported,
            [
                ("achieved".to_owned(), 9),
                ("not_achieved".to_owned(), 7),
                ("partially_achieved".to_owned(), 5)
            ]
        );
    }

    #[test]
    fn recommendations_numbered_by_paragraph() {
        let (_, reported) = narrative(
            "The inspector's recommendations 5.7, 5.8, 5.11 and 5.19 addressed to the governor have now been implemented.",
        );
        assert_eq!(reported, [("implemented".to_owned(), 4)]);
    }

    #[test]
    fn this_reports_own_count_after_an_earlier_reports() {
        assert_eq!(
            narrative(
                "The Trust was previously inspected in May 2007; the report of that inspection made twelve recommendations. Much has improved since. The report contains eight recommendations."
            ),
            (Some(8), vec![])
        );
        // "That inspection" points back to the one last inspected
        assert_eq!(
            narrative(
                "Services were last inspected by CSSIW in April and May 2012. That inspection made 11 recommendations, and inspectors found that the council had acted on most of them. The report makes eight recommendations."
            ),
            (Some(8), vec![])
        );
        // HMI Prisons' count of "key concerns and recommendations"
        assert_eq!(
            narrative(
                "At the last full inspection, in May 2021, inspectors made 36 recommendations. This report sets out 14 key concerns and recommendations."
            ),
            (Some(14), vec![])
        );
        // "this time" sets the inspection told of against the last one
        assert_eq!(
            narrative(
                "When the service was last inspected, in March 2018, inspectors made ten recommendations. Only some were acted on. This time the inspectorate has made six recommendations."
            ),
            (Some(6), vec![])
        );
        // a follow-up keeps the earlier report's count it follows up
        assert_eq!(
            narrative(
                "The previous inspection made twelve recommendations. Eight have been achieved and four partially achieved."
            ),
            (
                Some(12),
                vec![
                    ("achieved".to_owned(), 8),
                    ("partially_achieved".to_owned(), 4)
                ]
            )
        );
    }

    #[test]
    fn an_earlier_reports_own_count_and_its_progress_are_not_this_reports() {
        assert_eq!(
            narrative(
                "The report makes six recommendations. The inspection follows HMCPSI's 2018 joint inspection of disclosure, which made nine recommendations. The CPS told inspectors it had fully implemented five of them."
            ),
            (Some(6), vec![])
        );
        // a follow-up counts progress on the earlier report's recommendations
        assert_eq!(
            narrative(
                "HMCPSI made three recommendations. Of the recommendations in the 2021 inspection report, two have not been achieved and one has been achieved."
            ),
            (
                Some(3),
                vec![("achieved".to_owned(), 1), ("not_achieved".to_owned(), 2)]
            )
        );
    }

    #[test]
    fn an_interim_reviews_tally_gives_way_to_this_reports() {
        let interim = "The report made eight recommendations. A desk-based review of progress in June 2018 found that two of the recommendations had been completed.";
        assert_eq!(
            narrative(&format!(
                "{interim} Inspectors found that five are now complete and three have not started."
            )),
            (
                Some(8),
                vec![("complete".to_owned(), 5), ("not_started".to_owned(), 3)]
            )
        );
        // with no tally of its own, the interim one is all there is
        assert_eq!(
            narrative(interim),
            (Some(8), vec![("completed".to_owned(), 2)])
        );
    }

    #[test]
    fn counts_in_a_quotation_with_the_whole_after_of_the() {
        assert_eq!(
            narrative(
                "\u{201c}Inspectors can say with real pleasure that only four of the original 25 recommendations remain outstanding, and we expect those to be finished soon,\u{201d} said Brendan McGuigan, Deputy Chief Inspector."
            ),
            (Some(25), vec![("outstanding".to_owned(), 4)])
        );
    }

    #[test]
    fn a_count_after_its_label() {
        assert_eq!(
            narrative(
                "Of the eight recommendations from the 2021 visit that inspectors followed up, three related to the safety of prisoners, and the prison was judged to have achieved reasonable or good progress in all three."
            ),
            (Some(8), vec![("reasonable_or_good_progress".to_owned(), 3)])
        );
    }

    #[test]
    fn counts_of_a_second_kind_add_to_the_first() {
        let text = "The inspection made eight recommendations: five strategic and three practice recommendations. Three of the five strategic recommendations had been achieved and the remaining two partly achieved. Of the three practice recommendations, one had been achieved, one partly achieved and one not achieved.";
        assert_eq!(
            narrative(text),
            (
                Some(8),
                vec![
                    ("achieved".to_owned(), 4),
                    ("not_achieved".to_owned(), 1),
                    ("partly_achieved".to_owned(), 3)
                ]
            )
        );
        // the same kind again restates its counts: nothing is added
        let again = "The inspection made five recommendations. Three of the five strategic recommendations had been achieved. Of the five strategic recommendations, three had been achieved.";
        assert_eq!(
            narrative(again),
            (Some(5), vec![("achieved".to_owned(), 3)])
        );
    }

    #[test]
    fn a_complete_tally_and_other_kinds_of_item() {
        // the tally adds up to the 23 made: the later mention of "the four
        // not yet achieved" is no new count
        let (total, reported) = narrative(
            "The original inspection made 23 recommendations. Inspectors found that 12 had been achieved, seven had been partially achieved and four had not been achieved. The four recommendations not yet achieved are important.",
        );
        assert_eq!(total, Some(23));
        assert_eq!(
            reported,
            [
                ("achieved".to_owned(), 12),
                ("not_achieved".to_owned(), 4),
                ("partially_achieved".to_owned(), 7)
            ]
        );
        // action points are tallied apart from the recommendations
        let (_, reported) = narrative(
            "Of the recommendations, seven have been achieved and two substantially achieved. Turning to the Action Points, 25 are achieved and seven are not achieved.",
        );
        assert_eq!(
            reported,
            [
                ("achieved".to_owned(), 7),
                ("substantially_achieved".to_owned(), 2)
            ]
        );
    }

    #[test]
    fn a_total_of_recommendation_areas() {
        let (total, reported) = narrative(
            "The chief inspector said there had been good progress in four out of the 13 recommendation areas it reviewed, and reasonable progress in seven.",
        );
        assert_eq!(total, Some(13));
        assert!(reported.contains(&("good_progress".to_owned(), 4)));
    }

    fn counts(pairs: &[(&str, u32)]) -> Vec<(String, u32)> {
        let mut v: Vec<_> = pairs.iter().map(|(l, n)| (l.to_string(), *n)).collect();
        v.sort();
        v
    }

    #[test]
    fn sample_wording() {
        let (total, reported) = narrative(
            "The earlier review outlined 14 recommendations. The team found the area had achieved eight of the 14 recommendations, made substantial progress in three and limited progress in one. The remaining two recommendations were no longer applicable.",
        );
        assert_eq!(total, Some(14));
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 8),
                ("substantial_progress", 3),
                ("limited_progress", 1),
                ("no_longer_applicable", 2)
            ])
        );
    }

    #[test]
    fn counts_before_labels() {
        let (total, reported) = narrative(
            "Of the nine recommendations, three had been fully achieved, five partially achieved and one not achieved.",
        );
        assert_eq!(total, Some(9));
        assert_eq!(
            reported,
            counts(&[
                ("fully_achieved", 3),
                ("partially_achieved", 5),
                ("not_achieved", 1)
            ])
        );
    }

    #[test]
    fn labels_with_counts_after_them() {
        let (_, reported) = narrative(
            "Inspectors found the centre had slipped. [ Recommendations from previous inspection: Not achieved: 38 ~ Partially achieved 16 ~ Achieved 22]",
        );
        assert_eq!(
            reported,
            counts(&[
                ("not_achieved", 38),
                ("partially_achieved", 16),
                ("achieved", 22)
            ])
        );
    }

    #[test]
    fn strategic_and_operational_total() {
        let (total, _) = narrative(
            "The original report made four strategic and nine operational recommendations, and inspectors found good progress.",
        );
        assert_eq!(total, Some(13));
    }

    #[test]
    fn number_lists_and_ranges() {
        let (_, reported) = narrative(
            "There were six recommendations. Recommendations 1, 5 and 6 were achieved; recommendations 2-4 have been partially implemented.",
        );
        assert_eq!(
            reported,
            counts(&[("achieved", 3), ("partially_implemented", 3)])
        );
    }

    #[test]
    fn an_aside_on_an_earlier_reports_recommendations_gives_way_to_this_reports_count() {
        // part of an earlier report's recommendations, then this report's
        let (total, reported) = narrative(
            "The Chief Inspector also found that only three of the eight recommendations in his 2014 report had been implemented in full. The report makes 9 recommendations.",
        );
        assert_eq!((total, reported), (Some(9), counts(&[])));
        // this report's count in the notes to editors
        let (total, reported) = narrative(
            "The Chief Inspector also found that only three of the eight recommendations in his 2014 report had been implemented in full.\n\nNotes to editors\n\n1. The report makes 9 recommendations.\n",
        );
        assert_eq!((total, reported), (Some(9), counts(&[])));
        // all of them told, as a follow-up tells them: the earlier report's
        // whole and its tally stand
        let (total, reported) = narrative(
            "When the prison was last inspected, in 2012, inspectors made 81 recommendations. This time they found that 42 had been achieved, 11 had been partially achieved and 28 had not been achieved.\n\nNotes to editors\n\n1. This report makes 63 recommendations.\n",
        );
        assert_eq!(
            (total, reported),
            (
                Some(81),
                counts(&[
                    ("achieved", 42),
                    ("not_achieved", 28),
                    ("partially_achieved", 11)
                ])
            )
        );
    }

    #[test]
    fn an_action_plan_rated_red_amber_green() {
        // a council's RAG ratings are progress wordings (lexicon)
        let (total, reported) = narrative(
            "The action plan addresses each of the seven recommendations. Four are rated Green, two Amber and one Red.",
        );
        assert_eq!(total, Some(7));
        assert_eq!(reported, counts(&[("amber", 2), ("green", 4), ("red", 1)]));
    }

    #[test]
    fn a_status_the_lexicon_has_only_with_not() {
        // "has not been started" is the lexicon's "not started"
        let (_, reported) = narrative(
            "Recommendations 1 and 3 have been achieved. Recommendations 2 and 5 are in progress, and recommendation 4, on time to train, has not been\nstarted.",
        );
        assert_eq!(
            reported,
            counts(&[("achieved", 2), ("in_progress", 2), ("not_started", 1)])
        );
        // "started" alone is no status
        let page = format!("{LEAD}Recommendations 2 and 5 have been started.\n");
        assert!(
            parse(&page)
                .recommendations
                .is_none_or(|r| r.reported.is_empty())
        );
    }

    #[test]
    fn a_long_aside_between_a_numbered_recommendation_and_its_status() {
        let (_, reported) = narrative(
            "Inspectors found that Recommendations 1, 3, 8 and 10 have been achieved; 2, 5-7 and 9 partially achieved. Recommendation 4, which asked the Area to raise the proportion of Crown Court cases that are fully ready at the plea and case management hearing, has not been achieved, and the Area has been asked to make it a priority.",
        );
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 4),
                ("not_achieved", 1),
                ("partially_achieved", 5)
            ])
        );
    }

    #[test]
    fn judged_with_the_count_between_the_verb_and_to_be() {
        let (_, reported) = narrative(
            "The review found three strategic and three operational recommendations fully achieved, and judged a further four recommendations to be partially achieved.",
        );
        assert_eq!(
            reported,
            counts(&[("fully_achieved", 6), ("partially_achieved", 4)])
        );
    }

    #[test]
    fn what_should_be_done_is_not_a_status() {
        let (_, reported) = narrative(
            "There were 10 recommendations. 10 District business plans should be implemented across all Districts, and 8 were achieved.",
        );
        assert_eq!(reported, counts(&[("achieved", 8)]));
        // (nor one recommendation pointed at)
        let page = format!(
            "{LEAD}\u{201c}This one recommendation matters a great deal,\u{201d} said the Deputy Chief Inspector.\n"
        );
        assert_eq!(parse(&page).recommendations.and_then(|r| r.total), None);
        // (nor what the recommendations are made for)
        let (total, reported) = narrative(
            "We have made five recommendations to the Trust so that the Action Plan can be implemented in full.",
        );
        assert_eq!((total, reported), (Some(5), counts(&[])));
    }

    #[test]
    fn combined_labels() {
        let (_, reported) = narrative(
            "Of the 12 recommendations made, inspectors judged that seven had made good or reasonable progress and five had made insufficient progress.",
        );
        assert_eq!(
            reported,
            counts(&[
                ("good_or_reasonable_progress", 7),
                ("insufficient_progress", 5)
            ])
        );
    }

    #[test]
    fn a_numbered_recommendation_with_an_aside_not_achieved() {
        let (_, reported) = narrative(
            "Of the 11 recommendations made in 2008, recommendations 1, 3, 5 and 8 have been achieved and recommendations 9-11 have been substantially achieved. Recommendations 2, 4 and 6 have been partially achieved, while recommendation 7, on the use of problem-solving plans, has not been achieved.\n",
        );
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 4),
                ("not_achieved", 1),
                ("partially_achieved", 3),
                ("substantially_achieved", 3)
            ])
        );
    }

    #[test]
    fn a_run_of_progress_sentences_goes_on_counting() {
        let (total, reported) = narrative(
            "The report assesses progress against the seven recommendations made in 2012.\nThree have been achieved; substantial progress has been made against\ntwo, and limited progress against one. One has not been achieved.\n",
        );
        assert_eq!(total, Some(7));
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 3),
                ("limited_progress", 1),
                ("not_achieved", 1),
                ("substantial_progress", 2)
            ])
        );
    }

    #[test]
    fn progress_split_by_kind_is_summed() {
        let (total, reported) = narrative(
            "The 2009 report made three strategic and eight operational recommendations. Inspectors found that two strategic and five operational recommendations were achieved, one strategic and two operational recommendations were partially achieved and one operational recommendation was not achieved.\n",
        );
        assert_eq!(total, Some(11));
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 7),
                ("not_achieved", 1),
                ("partially_achieved", 3)
            ])
        );
    }

    #[test]
    fn numbers_in_brackets_and_lists_of_numbers_in_one_sentence() {
        let (_, reported) = narrative(
            "The original report made 12 recommendations. Recommendations 1, 2, 4, 7, 9 and 12 have been achieved. Three recommendations (3, 6 and 10) have been partially\nachieved, and recommendation 5, on the time taken, has not been achieved. Recommendations 8 and 11 are no longer applicable.",
        );
        assert_eq!(
            reported,
            [
                ("achieved".to_owned(), 6),
                ("no_longer_applicable".to_owned(), 2),
                ("not_achieved".to_owned(), 1),
                ("partially_achieved".to_owned(), 3),
            ]
        );
    }

    #[test]
    fn lists_going_on_without_their_noun_and_a_degree_alone() {
        let (total, reported) = narrative(
            "The 2005 report made 12 recommendations. Recommendations 1-3, 5 and 8 have been achieved; 4 and 6 partially. Recommendations 9 and 11 have been substantially achieved, but 7, 10 and 12 have not been achieved.",
        );
        assert_eq!(total, Some(12));
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 5),
                ("not_achieved", 3),
                ("partially_achieved", 2),
                ("substantially_achieved", 2)
            ])
        );
    }

    #[test]
    fn the_whole_after_out_of_the_and_two_wordings_joined_by_or() {
        let (total, _) = narrative(
            "Three recommendations were accepted in full by the department, three in part, out of the six recommendations in the report.",
        );
        assert_eq!(total, Some(6));
        let (_, reported) = narrative(
            "Of the 94 recommendations made at the last inspection, 61 had been achieved or partially achieved and 33 had not been achieved.",
        );
        assert_eq!(
            reported,
            counts(&[("achieved_or_partially_achieved", 61), ("not_achieved", 33)])
        );
    }

    #[test]
    fn a_count_of_a_kind_waits_for_its_wording_after_an_aside() {
        let (total, reported) = narrative(
            "The 2009 report made nine recommendations - three strategic and six operational. Inspectors found that two strategic and three operational recommendations have been achieved. One strategic and two operational recommendations have been partially achieved, and one operational recommendation, on the timeliness of case progression in the magistrates' courts, has not been achieved.",
        );
        assert_eq!(total, Some(9));
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 5),
                ("not_achieved", 1),
                ("partially_achieved", 3)
            ])
        );
    }

    #[test]
    fn followed_up_of_those_the_degree_after_progress_and_the_other_one() {
        let (total, reported) = narrative(
            "At the full inspection inspectors made 52 recommendations. The review followed up 14 of those recommendations. They judged that there had been good progress on three of the 14 recommendations and reasonable progress on four. Progress was insufficient on five, and on the remaining two inspectors found no meaningful progress at all.",
        );
        assert_eq!(total, Some(14));
        assert_eq!(
            reported,
            counts(&[
                ("good_progress", 3),
                ("insufficient_progress", 5),
                ("no_meaningful_progress", 2),
                ("reasonable_progress", 4)
            ])
        );
        let (_, reported) = narrative(
            "The 2021 report made nine recommendations, and this review looked at each of them.\n\nInspectors found that one of the two strategic recommen-\ndations had been achieved and the other partially achieved. Of the seven operational recommendations, four had been achieved, two were partially achieved and one had not been achieved.",
        );
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 5),
                ("not_achieved", 1),
                ("partially_achieved", 3)
            ])
        );
    }

    #[test]
    fn the_strategic_recommendations_made_before_are_the_whole() {
        let (total, reported) = narrative(
            "Inspectors found a child centred ethos at the centre, and reported good progress in implementing the four strategic recommendations for improvement that were made in 2015.",
        );
        assert_eq!(total, Some(4));
        assert_eq!(reported, counts(&[("good_progress", 4)]));
        // the wholes of each kind still make the total
        let (total, _) = narrative(
            "They found that two of the three strategic recommendations and four of the five operational ones have been achieved.",
        );
        assert_eq!(total, Some(8));
    }

    #[test]
    fn a_second_kind_counting_none_of_a_whole_unstated() {
        let (total, reported) = narrative(
            "Just one of the six Strategic recommendations in the 2020 Inspection Report, and none of the Operational recommendations, have been fully implemented.",
        );
        // the six are the strategic ones alone: no total
        assert_eq!(total, None);
        assert_eq!(reported, counts(&[("fully_implemented", 1)]));
    }

    #[test]
    fn the_remaining_count_split_by_kind_between_dashes_and_a_length_of_time() {
        let (total, reported) = narrative(
            "It made twelve recommendations. Inspectors judged that two strategic and six operational recommendations had been achieved or partially achieved. One strategic and one operational recommendation had not been achieved. The remaining two - one strategic and one operational - were no longer applicable, as both concerned a contract that has ended. The Chief Inspector will ask for a report within six months on those not achieved.",
        );
        assert_eq!(total, Some(12));
        assert_eq!(
            reported,
            counts(&[
                ("achieved_or_partially_achieved", 8),
                ("no_longer_applicable", 2),
                ("not_achieved", 2)
            ])
        );
        // "six months" counts time, not recommendations
        let (_, reported) = narrative(
            "It made nine recommendations. He asked for a report within six months on the two outstanding recommendations.",
        );
        assert_eq!(reported, counts(&[("outstanding", 2)]));
    }

    #[test]
    fn a_lone_number_after_a_semicolon_and_another_kind_of_item() {
        let (total, reported) = narrative(
            "Of the eight recommendations, inspectors found that recommendations 1, 4 and 6 have been achieved; 2, 5 and 8 partially achieved; and 3 not achieved. Recommendation 7 is no longer applicable. Of the five issues to address, 1, 2 and 4 have been resolved and 3 and 5 remain open.",
        );
        assert_eq!(total, Some(8));
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 3),
                ("no_longer_applicable", 1),
                ("not_achieved", 1),
                ("partially_achieved", 3)
            ])
        );
    }

    #[test]
    fn counts_by_group_made_to_each_agency_add_up() {
        let (total, reported) = narrative(
            "It made eleven recommendations. Of the four recommendations made to the police, three have now been met and one has been partly met. Of the five made to the Probation Service, two have been met, two partly met and one has not been met. Of the two joint recommendations, one has been partly met and one has not been met.",
        );
        assert_eq!(total, Some(11));
        assert_eq!(
            reported,
            counts(&[("met", 5), ("not_met", 2), ("partly_met", 4)])
        );
        // a part of the whole already counted is no group of its own
        let (_, reported) = narrative(
            "It made eleven recommendations. Of the eleven recommendations, five have been met and six partly met. Of the six partly met, two are close to being met.",
        );
        assert_eq!(reported, counts(&[("met", 5), ("partly_met", 6)]));
    }

    #[test]
    fn work_on_the_remaining_ones_after_an_aside_and_a_wording_of_two_words() {
        let (total, reported) = narrative(
            "Of the twelve recommendations, inspectors found that five are now complete and three substantially complete. Limited progress has been made on two. Work on the remaining two, both of which concern the island stations, has not started.",
        );
        assert_eq!(total, Some(12));
        assert_eq!(
            reported,
            counts(&[
                ("complete", 5),
                ("limited_progress", 2),
                ("not_started", 2),
                ("substantially_complete", 3)
            ])
        );
    }

    #[test]
    fn judged_to_have_been_either_a_reason_after_because_and_one_of_the_outstanding() {
        let (total, reported) = narrative(
            "The review made three strategic and 11 operational recommendations. Inspectors judged three strategic and eight operational recommendations to have been either fully or partially achieved. Another three operational recommendations were assessed as not achieved, though work was going on to move one of the outstanding recommendations forward.",
        );
        assert_eq!(total, Some(14));
        assert_eq!(
            reported,
            counts(&[("fully_or_partially_achieved", 11), ("not_achieved", 3)])
        );
        let (_, reported) = narrative(
            "Of the ten recommendations made in 2011, five have been achieved and three partially achieved. One has not been achieved, and one is no longer applicable because the tool it referred to was withdrawn in 2012.",
        );
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 5),
                ("no_longer_applicable", 1),
                ("not_achieved", 1),
                ("partially_achieved", 3)
            ])
        );
    }

    #[test]
    fn one_interim_recommendation() {
        let (total, _) = narrative(
            "The report makes one interim recommendation to Police Scotland on where its control rooms should go from here.",
        );
        assert_eq!(total, Some(1));
    }

    #[test]
    fn a_count_waits_for_its_wording_after_an_aside() {
        let (total, reported) = narrative(
            "The report made 4 recommendations. Inspectors found that two of the recommendations had been achieved and one, on the handling of unused material, had not been achieved. The remaining recommendation, which concerned the unit the Area ran until 2014, was no longer applicable.",
        );
        assert_eq!(total, Some(4));
        assert_eq!(
            reported,
            counts(&[
                ("achieved", 2),
                ("no_longer_applicable", 1),
                ("not_achieved", 1)
            ])
        );
    }

    #[test]
    fn the_chief_counts_only_where_the_narrative_does_not() {
        // the narrative's lists win over the quotation's summary
        let (_, reported) = narrative(
            "Inspectors found that recommendations 1 and 2 have been achieved and 3 and 4 partially achieved.\n\n\"That has changed. All four recommendations have been achieved or partially achieved, and the service is better for it.",
        );
        assert_eq!(
            reported,
            counts(&[("achieved", 2), ("partially_achieved", 2)])
        );
        // with no count outside it, the quotation's is read
        let (total, reported) = narrative(
            "\"We made seven recommendations when we first looked at the body,\" said the Chief Inspector.\n\n\"This review found that five recommendations have been fully implemented and that there is substantial progress on completing the other two,\" he said.",
        );
        assert_eq!(total, Some(7));
        assert_eq!(
            reported,
            counts(&[("fully_implemented", 5), ("substantial_progress", 2)])
        );
    }

    #[test]
    fn a_wording_broken_over_a_line_by_a_hyphen() {
        let (_, reported) = narrative(
            "Of the 3 recommendations, recommendations 1 and 2 have been achieved. Recommendation 3, which concerned the old contract, is no longer ap-\nplicable after the service came in-house.",
        );
        assert_eq!(
            reported,
            counts(&[("achieved", 2), ("no_longer_applicable", 1)])
        );
    }

    #[test]
    fn counts_split_by_kind_with_no_auxiliary_and_the_remaining_ones() {
        let (total, reported) = narrative(
            "Inspectors found that one strategic and two operational recommendations have been fully implemented; of the remaining four strategic and four operational recommendations, three strategic and two operational have been partially implemented, and one strategic and two operational have not been implemented.",
        );
        assert_eq!(total, Some(11));
        assert_eq!(
            reported,
            counts(&[
                ("fully_implemented", 3),
                ("not_implemented", 3),
                ("partially_implemented", 5)
            ])
        );
    }

    #[test]
    fn parts_of_each_kinds_whole() {
        let (total, reported) = narrative(
            "They found that two of the three strategic recommendations and four of the five operational ones have been achieved. The remaining strategic recommendation, on police information, has been partially achieved.",
        );
        assert_eq!(total, Some(8));
        assert_eq!(
            reported,
            counts(&[("achieved", 6), ("partially_achieved", 1)])
        );
    }

    #[test]
    fn combined_wordings_none_of_them_and_the_whole_followed_up() {
        let (total, reported) = narrative(
            "The full inspection made 58 recommendations, 11 of them key recommendations. Inspectors followed up all 11 key recommendations. They found reasonable or good progress against seven of them and insufficient progress against the other four. None of the 11 was judged to have made no meaningful progress.",
        );
        assert_eq!(total, Some(11));
        assert_eq!(
            reported,
            [
                ("insufficient_progress".to_owned(), 4),
                ("no_meaningful_progress".to_owned(), 0),
                ("reasonable_or_good_progress".to_owned(), 7)
            ]
        );
        let (_, reported) = narrative(
            "Of the 14 recommendations, nine had been fully or partially implemented and four had not been implemented.",
        );
        assert_eq!(
            reported,
            [
                ("fully_or_partially_implemented".to_owned(), 9),
                ("not_implemented".to_owned(), 4)
            ]
        );
    }

    #[test]
    fn counts_by_progress_judged_so_are_no_total() {
        // "four recommendations had been fully achieved" counts by progress;
        // "judged to be" reports a state, unlike "to be" alone
        let (total, reported) = narrative(
            "The review showed that four recommendations had been fully achieved, while a further two were judged to be partially achieved.",
        );
        assert_eq!(total, None);
        assert_eq!(
            reported,
            [
                ("fully_achieved".to_owned(), 4),
                ("partially_achieved".to_owned(), 2)
            ]
        );
        // wordings naming who must act are no progress, and no count by it
        let (total, _) = narrative(
            "The report makes eight recommendations addressed either to the force or to the partnership.",
        );
        assert_eq!(total, Some(8));
    }
}
