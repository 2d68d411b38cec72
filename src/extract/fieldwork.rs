//! The fieldwork period: when inspectors were on site.
//!
//! Every date range in the body and notes is a candidate ("between 7
//! November and 2 December", "3–11 March 2015", "28 April - 2 May 2016",
//! "14–15 May, 2–6 June 2017", "in April and May 2016", "in Autumn 2013");
//! the sentence around it decides: words of visiting count for it, and the
//! previous inspection, a reporting or sample period count against it.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Captures;

use crate::work::{LookBack, Pattern};

use super::Context;
use crate::dates;
use crate::diagnostic::{Code, Severity};
use crate::lexicon::{DATED_HEADING_WORDS, FIRST_HALF_WORDS, MONTH_HALF, month};
use crate::record::Fieldwork;
use crate::source::{clean, starts_with_ignore_case};

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
const DAY: &str = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR: &str = r"(?:19|20)\d\d";
const TO: &str = r"\s*(?:-|–|—|&|to|until|till|and(?:\s+(?:ended|finished|ran\s+until)\s+on)?)\s*";

/// A weekday written before a day: "Tuesday 8", "Friday, 11".
fn weekday_before() -> String {
    format!(r"(?:(?:{}),?\s+)?", crate::lexicon::weekday_alternation())
}

/// "between 7 November and 2 December", "3–11 March 2015", "28 April - 2
/// May 2016", "14–15 May, 2–6 June 2017", "from Tuesday 8 to Friday 11
/// March 2016"; with a later day of the same visit after it, "from 7 to
/// 10 November 2016 and on 29 November 2016" (`d3`, [`from_range`]).
static RANGE: LazyLock<Pattern> = LazyLock::new(|| {
    let weekday = weekday_before();
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:between\s+|from\s+)?(?:the\s+)?{weekday}(?P<d1>{DAY})(?:\s*,\s*{DAY})*(?:\s+(?:of\s+)?(?P<m1>{MONTH}))?(?:,?\s+(?P<y1>{YEAR}))?(?:{TO}{DAY}\s+(?P<mmid>{MONTH}),?\s+{DAY})?{TO}(?:the\s+)?{weekday}(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH})\b(?:,?\s+(?P<y2>{YEAR}))?(?:,?\s+and\s+(?:again\s+)?on\s+(?:the\s+)?{weekday}(?P<d3>{DAY})\s+(?:of\s+)?(?P<m3>{MONTH})\b(?:,?\s+(?P<y3>{YEAR}))?)?"
    ))
    .expect("fieldwork range regex")
});

/// A range written month first, as in American usage: "from January 31 to
/// February 11", "between March 3 and 14, 2022", "between November 8 2022
/// and the February 3 2023" (a stray article kept by a hurried writer).
static MONTH_FIRST_RANGE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:between\s+|from\s+)?(?P<m1>{MONTH})\s+(?P<d1>{DAY})\b(?:,?\s+(?P<y1>{YEAR}))?{TO}(?:the\s+)?(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})\b(?:,?\s+(?P<y2>{YEAR}))?"
    ))
    .expect("fieldwork month-first range regex")
});

/// Days listed with commas, no word between: "4,5,6 July 2017", "4, 5 and
/// 6 July 2017" (the first to the last).
static DAY_LIST: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<d1>{DAY})(?:\s*,\s*{DAY})*\s*,\s*(?:and\s+)?(?P<d2>{DAY})\s+(?P<m2>{MONTH})\b(?:,?\s+(?P<y2>{YEAR}))?"
    ))
    .expect("fieldwork day list regex")
});

/// "during the week of 14 April 2008", "the week commencing 3 March", "the
/// weeks of 5 and 12 March 2012", "the weeks beginning 6 March and 20
/// March 2017", "w/c 13 January 2025" (lexicon `WEEK_OPENERS`).
static WEEK_OF: LazyLock<Pattern> = LazyLock::new(|| {
    let weekday = weekday_before();
    let openers = crate::lexicon::WEEK_OPENERS.join("|");
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{openers})\s+{weekday}(?P<d1>{DAY})(?:\s+(?P<mfirst>{MONTH}))?(?:\s*(?:and|&)\s*(?P<dlast>{DAY}))?\s+(?P<m1>{MONTH})(?:,?\s+(?P<y>{YEAR}))?"
    ))
    .expect("fieldwork week regex")
});

/// A day as a visit's date: "2 January", "Tuesday 5 May 2020", "the
/// evening of 21 February".
fn one_date() -> String {
    let weekday = weekday_before();
    format!(
        r"{weekday}(?:the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?)?)?(?P<d1>{DAY})\s+(?:of\s+)?(?P<m1>{MONTH})\b(?:,?\s+(?P<y>{YEAR}))?"
    )
}

/// One day of visiting: "Inspectors returned on 2 January", "On 5 May
/// 2020 inspectors visited", "On 3 November an unannounced inspection
/// ... was carried out".
static ONE_DAY: LazyLock<[Pattern; 2]> = LazyLock::new(|| {
    // The verb of visiting stands next to the date: "took effect on 1
    // February" in a sentence about the inspection is not its day.
    let date = one_date();
    [
        format!(
            r"(?i)\b(?:{})\s+on\s+{date}",
            crate::lexicon::ONE_DAY_VERBS.join("|")
        ),
        // "On 3 November, running from 7.20 to 14.45 hours, an
        // unannounced inspection of the home was carried out": a short
        // aside between commas may follow the date
        format!(
            r"(?i)\bon\s+{date}(?:,[^,;]{{1,60}},)?,?\s+(?:inspectors|an?\s+(?:[\w-]+\s+)?inspection)\b"
        ),
    ]
    .map(|p| crate::lexicon::regex(&p).expect("fieldwork day regex"))
});

/// A visit of a stated length and the day it ended or began: "The OIP's
/// three-day visit concluded on Wednesday 11 December 2024" ran from 9 to
/// 11 December; "the five-day inspection began on 3 March 2014" from 3 to
/// 7 March.
static DAYS_LONG: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<len>{number})[\s-]+days?\s+(?:[\w'’-]+\s+){{0,2}}?(?:visit|inspection|fieldwork)\s+(?:(?P<ended>{ended})|{began})\s+on\s+{date}",
        number = crate::lexicon::NUMBER_PATTERN,
        ended = crate::lexicon::VISIT_ENDED_VERBS.join("|"),
        began = crate::lexicon::VISIT_BEGAN_VERBS.join("|"),
        date = one_date(),
    ))
    .expect("fieldwork days-long regex")
});

/// A day of a return visit, some words after its verb: "went back
/// unannounced to the hospital on the evening of 21 February". Found by
/// the date, with the verb looked for before it ([`VISITED_BEFORE`],
/// within [`VISIT_LOOK`]), not by one pattern with an 80-character gap,
/// whose lazy DFA would track every position of the gap at once.
///
/// A news story may put the month first: "inspected the home, which for
/// legal reasons cannot be named, on October 3".
static ON_DAY: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\bon\s+(?:{}|(?P<m2>{MONTH})\s+(?P<d2>{DAY})\b(?:,?\s+(?P<y2>{YEAR}))?)",
        one_date()
    ))
    .expect("fieldwork on-day regex")
});

/// The verb of a return visit, or of a visit, before an [`ON_DAY`]
/// ("Inspectors visited the Loughborough reporting centre on 15 July
/// 2010"; lexicon `RETURN_VERBS`, `VISIT_VERBS_BEFORE_DAY`).
static VISITED_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    let verbs: Vec<&str> = crate::lexicon::RETURN_VERBS
        .iter()
        .chain(crate::lexicon::VISIT_VERBS_BEFORE_DAY)
        .copied()
        .collect();
    crate::lexicon::words_pattern(r"(?i)\b(?:{})\b", &verbs, "fieldwork visited-before regex")
});

/// Where the verb of a visit or a return visit may be: ending at most 80
/// characters before the date, in the same clause.
const VISIT_LOOK: LookBack = LookBack {
    gap: 80,
    reach: 16,
    stops: &[".", ";"],
};

/// "in April and May 2016", "in early July 2015", "between late January
/// and the end of March 2021", "in June this year", "in Autumn 2013", "on the
/// June 2017 inspection", "a report on its February 2023 visit", "carried
/// out January 2016", "when the inspection
/// took place (November 2025)", "carried out remotely in February" (the
/// year then taken from the page).
static MONTHS_ONLY: LazyLock<Pattern> = LazyLock::new(|| {
    // "late January", "the end of March": a part of the month, which the
    // month stands for; "last October": the one before the page's date
    let part = r"(?:(?:early|mid|late)[\s-]+|(?:start|beginning|middle|end)\s+of\s+)?";
    // "the first fortnight of March": a half, which keeps its days
    let half = format!(r"(?:(?P<half>{MONTH_HALF})\s+)?");
    crate::lexicon::regex(&format!(
        r"(?i)(?:\b(?:in|during|over|throughout|across|between|from|on|last|carried\s+out)\s+|\btook\s+place\s+\(\s*)(?:(?:the|its|their)\s+)?{part}{half}(?:(?P<season>spring|summer|autumn|winter)(?:\s+of)?|(?P<m1>{MONTH})(?:,?\s+(?P<y1>{YEAR}))?(?:\s*(?:and|to|-|–)\s*(?:the\s+)?{part}(?P<m2>{MONTH}))?)(?:\s*(?:(?:of\s+)?(?P<y>{YEAR})|(?P<rel>this\s+year|last\s+year)))?\b"
    ))
    .expect("fieldwork months regex")
});

/// Words of a sentence that tells when inspectors were on site: the
/// lexicon's, and an inspection named by its month ("Commenting on the
/// June 2017 inspection, ...").
/// [`crate::lexicon::THIS_VISIT`].
static THIS_VISIT_RE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!("(?i){}", crate::lexicon::THIS_VISIT)).expect("this visit regex")
});

static FOR_FIELDWORK: LazyLock<Pattern> = LazyLock::new(|| {
    let dated_inspection = format!(
        r"(?:the|its|this)\s+(?:{})\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?inspection",
        crate::lexicon::MONTHS.join("|")
    );
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{}|{dated_inspection})\b",
        crate::lexicon::FIELDWORK_WORDS.join("|")
    ))
    .expect("fieldwork keywords regex")
});

static RETURN_VISIT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})\b",
        crate::lexicon::RETURN_VISIT_WORDS,
        "return visit regex",
    )
});

static AGAINST_FIELDWORK: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)(?:{})",
        crate::lexicon::NOT_FIELDWORK_WORDS,
        "not-fieldwork keywords regex",
    )
});

static REPORT_FOLLOWED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        "(?i){}",
        crate::lexicon::REPORT_FOLLOWED_INSPECTION
    ))
    .expect("report followed inspection regex")
});

/// Where a clause of a sentence ends: a comma, a semicolon or a dash.
static CLAUSE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"[,;]\s*|\s[\u{2013}\u{2014}-]\s").expect("clause regex")
});

#[derive(Clone)]
struct Candidate {
    range: Range<usize>,
    score: i32,
    start: (Option<i16>, u8, u8),
    end: (Option<i16>, u8, u8),
    /// The year came from "this year" or "last year".
    relative_year: bool,
    /// How the last day is found once the year is known.
    end_rule: EndRule,
    /// Read from a sentence about going back ("Inspectors went back
    /// unannounced on 21 February").
    returning: bool,
}

/// How a candidate's last day is found once its year is known.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum EndRule {
    /// `end` is the last day as written.
    Stated,
    /// `end` is the first day of the last week named; the week's last day
    /// depends on the weekday ([`week_end`]).
    WeekFrom,
    /// A month named without a year: its last day depends on the year.
    MonthEnd,
}

/// A sentence of figures (lexicon `FIGURES_SENTENCE_MARKS`: a sum of
/// money), none of whose dates is the fieldwork.
static FIGURES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?:{})",
        crate::lexicon::FIGURES_SENTENCE_MARKS,
        "figures sentence regex",
    )
});

/// Reads the fieldwork period, or `None` when none is stated.
pub fn extract(cx: &mut Context<'_>, reference: Option<Date>) -> Option<Fieldwork> {
    let original = cx.source.text();
    // The month patterns read exact names; a misspelt month after a day
    // ("4 and 15 Agust 2014") is read from a copy with it spelt, each byte
    // where it was.
    // So is a month broken over a line by a hyphen ("27 Octo-" / "ber").
    let misspelt = dates::misspelt_months(original);
    let broken = dates::broken_months(original);
    let spelt;
    let text = if misspelt.is_empty() && broken.is_empty() {
        original
    } else {
        let all: Vec<_> = misspelt.iter().chain(&broken).cloned().collect();
        spelt = dates::with_months_spelt(original, &all);
        spelt.as_str()
    };
    // The publication date: the embargo's, else the first full date, else
    // the year a heading gives ("#026/2012 Police custody in ..."), as its
    // last day.
    // (a page's own "Published:" line before any other date: a stored
    // copy's stamp over the page may be older than the story)
    let reference = reference
        .or_else(|| published_dated(cx.source))
        .or_else(|| cover_dated(cx.source))
        .or_else(|| first_dated(text))
        .or_else(|| heading_year(cx));
    // A dated visit more than a year before publication is another one
    // ("A short follow-up visit also took place in November 2011" in a 2013
    // release) where a month with no year ("When inspectors arrived unannounced
    // in April") or a later dated visit stands for this one.
    let stale = |b: &Candidate| {
        let (Some(year), Some(reference)) = (b.end.0, reference) else {
            return false;
        };
        Date::new(year, b.end.1 as i8, 1)
            .ok()
            .and_then(|end| end.checked_add(jiff::Span::new().months(13)).ok())
            .is_some_and(|later| later < reference)
    };
    let mut best: Option<Candidate> = None;
    let mut yearless: Option<Candidate> = None;
    // the best of the stale, taken only where nothing else is read
    let mut stale_best: Option<Candidate> = None;
    // A report named with its dates ("Report on HMYOI Polmont Follow-up
    // Inspection, 24-28 March 2014") states when inspectors were there.
    // So does a report's details line among the headings ("Inspection by
    // HMCIP, 10-21 June 2013, report compiled July 2013"), a little less
    // surely.
    let headings = [&cx.sections.title, &cx.sections.headline];
    let details = cx
        .paragraphs(cx.sections.header.clone())
        .into_iter()
        .filter(|p| !headings.iter().any(|h| h.as_ref() == Some(p)));
    // ... and so do the dates alone on a line under the name of an
    // inspection's report ("Unannounced Inspection Report – Care for Older
    // People in Acute Hospitals" / "Kelby Hospital" / "23–24 June 2015")
    let title_inspects = cx.sections.title.as_ref().is_some_and(|t| {
        let lower = cx.lines_text(t).0.to_ascii_lowercase();
        DATED_HEADING_WORDS.iter().any(|w| lower.contains(w))
    });
    let headings = headings.into_iter().flatten().map(|h| (h.clone(), 3));
    for (heading, score) in headings.chain(details.map(|p| (p, 2))) {
        let (h, offset) = cx.lines_text(&heading);
        let h = &text[offset..offset + h.len()];
        // "inspection 4 - 8 February 2008, report compiled May 2008,
        // published today ...": the words before the publication's
        let h = AGAINST_FIELDWORK.find(h).map_or(h, |m| &h[..m.start()]);
        let lower = h.to_ascii_lowercase();
        let only_dates = || {
            RANGE
                .find(h)
                .is_some_and(|m| h[..m.start()].trim().is_empty() && h[m.end()..].trim().is_empty())
        };
        let dated_heading = DATED_HEADING_WORDS.iter().any(|w| lower.contains(w));
        if !(dated_heading || (title_inspects && only_dates())) {
            continue;
        }
        for c in RANGE.captures_iter(h).chain(DAY_LIST.captures_iter(h)) {
            if let Some(candidate) = from_range(&c, offset, score) {
                if best.as_ref().is_none_or(|b| candidate.score > b.score) {
                    best = Some(candidate);
                }
            }
        }
    }
    // A report's details set out as label and value, the dates written in
    // figures as forms print them: "Dates of this inspection visit(s)
    // 03/12/2019"
    if let Some(candidate) = labelled_dates(cx, text) {
        if best.as_ref().is_none_or(|b| candidate.score > b.score) {
            best = Some(candidate);
        }
    }
    // The candidates of a stretch of text (a sentence, or a clause of one)
    // starting at byte `at`, scored `score`.
    // The best visit of several days and the best return on one day, for
    // joining the two ([`with_return_visit`]); the later of equal scores.
    let mut visit: Option<Candidate> = None;
    let mut back: Option<Candidate> = None;
    let mut read = |s: &str, at: usize, score: i32| {
        // "the unannounced inspection in May this year, held while the
        // inquest was under way into a death in January 2012": on a page
        // with no date, the visit's year cannot be known, and the
        // sentence's other dates are of other things
        // the sentence's months, searched once for both uses
        let months: Vec<Captures<'_>> = MONTHS_ONLY
            .captures_iter(s)
            .filter(|c| !names_a_report(text, c))
            .collect();
        if reference.is_none() && months.iter().any(|c| c.name("rel").is_some()) {
            return;
        }
        // where the words of a return come before a date, it is the
        // return's: "spent 8 to 12 March 2010 at the prison, and came back
        // on 22 and 23 March 2010" holds the visit and the return
        let returns: Vec<usize> = RETURN_VISIT.find_iter(s).map(|m| at + m.end()).collect();
        let mut offer = |mut candidate: Candidate| {
            let returning = returns.iter().any(|&end| end <= candidate.range.start);
            candidate.returning = returning;
            let one_day = candidate.start == candidate.end;
            let pair_slot = match (candidate.end_rule, returning, one_day) {
                (EndRule::Stated, false, false) => Some(&mut visit),
                // (a return may take a day or two: "came back on 22 and 23
                // March")
                (EndRule::Stated, true, _) => Some(&mut back),
                _ => None,
            };
            if let Some(slot) = pair_slot {
                if slot.as_ref().is_none_or(|b| candidate.score >= b.score) {
                    *slot = Some(candidate.clone());
                }
            }
            // A month with no year stands only where nothing dated does:
            // it is the vaguest statement of all.
            let slot = if candidate.end_rule == EndRule::MonthEnd {
                &mut yearless
            } else if stale(&candidate) {
                &mut stale_best
            } else {
                &mut best
            };
            if slot.as_ref().is_none_or(|b| candidate.score > b.score) {
                *slot = Some(candidate);
            }
        };
        let ranges = RANGE
            .captures_iter(s)
            .chain(DAY_LIST.captures_iter(s))
            .chain(MONTH_FIRST_RANGE.captures_iter(s));
        let mut read_ranges: Vec<Candidate> = Vec::new();
        for c in ranges {
            if let Some(candidate) = from_range(&c, at, score) {
                read_ranges.push(candidate.clone());
                offer(candidate);
            }
        }
        // "in two phases, from 13 to 17 February and from 6 to 10 March
        // 2017": phases joined by "and" are one fieldwork, from the first's
        // start to the last's end
        read_ranges.sort_by_key(|c| c.range.start);
        if let Some(phases) = phases_joined(&read_ranges, s, at) {
            offer(phases);
        }
        // "read cases in the w/c 13 January 2025 and were on site in the
        // week beginning 20 January": weeks named in one sentence are one
        // period, from the first week's start to the last week's end
        let mut weeks: Option<Candidate> = None;
        for c in WEEK_OF.captures_iter(s).take(4) {
            let Some(candidate) = from_week(&c, at, score) else {
                continue;
            };
            weeks = Some(match weeks {
                None => candidate,
                // (a later week of the same year, or none given)
                Some(first)
                    if first.start.0 == candidate.start.0
                        && (candidate.start.1, candidate.start.2)
                            > (first.start.1, first.start.2) =>
                {
                    Candidate {
                        range: first.range.start..candidate.range.end,
                        end: candidate.end,
                        score: first.score.max(candidate.score) + 1,
                        ..first
                    }
                }
                Some(first) => first,
            });
        }
        if let Some(candidate) = weeks {
            offer(candidate);
        }
        if may_state_length(s) {
            for c in DAYS_LONG.captures_iter(s) {
                if let Some(candidate) = from_length(&c, at, score) {
                    offer(candidate);
                }
            }
        }
        for c in ONE_DAY.iter().flat_map(|p| p.captures_iter(s)) {
            if let Some(candidate) = from_day(&c, at, score) {
                offer(candidate);
            }
        }
        let mut taken = 0;
        for c in ON_DAY.captures_iter(s) {
            let Some(m) = c.get(0) else { continue };
            if VISITED_BEFORE
                .find_before(s, m.start(), taken, &VISIT_LOOK)
                .is_some()
            {
                if let Some(candidate) = from_day(&c, at, score) {
                    offer(candidate);
                }
            }
            taken = m.end();
        }
        for c in &months {
            if let Some(candidate) = from_months(c, at, score - 1, reference) {
                offer(candidate);
            }
        }
    };
    // A return visit is this report's fieldwork where the page also tells
    // of the inspection it returns to.
    let score_of = |s: &str, against: bool| {
        let fieldwork = FOR_FIELDWORK.is_match(s);
        2 * i32::from(fieldwork)
            + i32::from(RETURN_VISIT.is_match(s))
            + i32::from(fieldwork && THIS_VISIT_RE.is_match(s))
            - 5 * i32::from(against)
    };
    for piece in cx.narrative_sentences() {
        for sentence in piece.iter().cloned() {
            let s = &text[sentence.clone()];
            if FIGURES.is_match(s) {
                continue;
            }
            let against = AGAINST_FIELDWORK.is_match(s) && !REPORT_FOLLOWED.is_match(s);
            let score = score_of(s, against);
            if score > 0 {
                read(s, sentence.start, score);
                continue;
            }
            // "..., which had been a concern at the previous inspection in
            // 2012, was better at the time of the unannounced inspection in
            // July 2017": where the sentence as a whole tells of another
            // inspection, a clause of its own may still tell of this one.
            if against {
                // "Inspectors made an unannounced visit ... in January and
                // found that assaults had risen since their last full
                // inspection in 2016": the words before the other
                // inspection is named tell of this one
                if let Some(other) = AGAINST_FIELDWORK.find(s) {
                    let before = &s[..other.start()];
                    let score = score_of(before, false);
                    if score > 0 {
                        read(before, sentence.start, score);
                    }
                    // "After the pilot report was published in June 2005,
                    // an interim inspection was carried out in June 2006":
                    // the main clause after an opening clause of time about
                    // the other
                    let opener = s.split_whitespace().next().unwrap_or("");
                    let timed = crate::lexicon::TIME_CLAUSE_OPENERS
                        .iter()
                        .any(|o| o.eq_ignore_ascii_case(opener));
                    if let Some(comma) = s.find(", ").filter(|&c| timed && c > other.end()) {
                        let main = &s[comma + 2..];
                        let score = score_of(main, AGAINST_FIELDWORK.is_match(main));
                        if score > 0 {
                            read(main, sentence.start + comma + 2, score);
                        }
                    }
                }
                for clause in CLAUSE.split(s) {
                    let at = clause.as_ptr() as usize - s.as_ptr() as usize;
                    // Only a clause with its own subject or verb ("and they
                    // were carried out in May", "was better at the time of
                    // ..."), not an aside on the other inspection ("The
                    // previous inspection, carried out in March 2012, ...").
                    let mut words = clause.split_whitespace();
                    let first = words.next().unwrap_or("");
                    // "..., and a short follow-up visit took place in the
                    // autumn of 2012": a visit brought in with "a" is
                    // another one.
                    let another = words.next().is_some_and(|w| {
                        w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
                    });
                    let own = !another
                        && crate::lexicon::CLAUSE_OPENERS
                            .iter()
                            .any(|o| o.eq_ignore_ascii_case(first));
                    let score = score_of(clause, AGAINST_FIELDWORK.is_match(clause));
                    if own && score > 0 {
                        read(clause, sentence.start + at, score);
                    }
                }
            }
        }
    }
    let best = best.map(|b| with_return_visit(b, visit.as_ref(), back.as_ref()));
    let best = match (best, yearless) {
        (Some(b), Some(y)) if stale(&b) => Some(y),
        (b, y) => b.or(y),
    }
    .or_else(|| stale_best.map(|b| with_return_visit(b, visit.as_ref(), back.as_ref())))?;
    let inferred = best.relative_year || best.end.0.is_none() || best.start.0.is_none();
    // With no publication date, a yearless visit takes the year its month
    // is written with elsewhere ("on February 13 and 14" and, in a quote,
    // "In February 2018 we made an unannounced inspection").
    let mut year_of_month = None;
    let end_year = match (best.end.0, reference) {
        (Some(y), _) => y,
        (None, Some(reference)) => dates::year_on_or_before(best.end.1, best.end.2, reference)?,
        (None, None) => {
            let y = year_of_month_named(text, best.end.1)?;
            year_of_month = Some(y);
            y
        }
    };
    let start_year = match best.start.0 {
        Some(y) => y,
        None if (best.start.1, best.start.2) > (best.end.1, best.end.2) => end_year - 1,
        None => end_year,
    };
    let start = Date::new(start_year, best.start.1 as i8, best.start.2 as i8).ok()?;
    let end = Date::new(end_year, best.end.1 as i8, best.end.2 as i8).ok()?;
    let end = match best.end_rule {
        EndRule::Stated => end,
        EndRule::WeekFrom => week_end(end)?,
        EndRule::MonthEnd => end.last_of_month(),
    };
    if start > end {
        return None;
    }
    if inferred {
        cx.diagnose(
            Severity::Info,
            Code::YearInferred,
            best.range.clone(),
            if best.relative_year {
                format!("the fieldwork year is relative; {end_year} taken from the publication date")
            } else if year_of_month.is_some() {
                format!(
                    "the fieldwork dates have no year and the page no date; {end_year} taken from {} {end_year} written elsewhere",
                    crate::lexicon::month_name(best.end.1)
                )
            } else {
                format!("the fieldwork dates have no year; {end_year} inferred as the last such date before publication")
            },
        );
    }
    for (range, month) in misspelt
        .iter()
        .filter(|(r, _)| best.range.contains(&r.start))
    {
        let word = &original[range.clone()];
        cx.diagnose(
            Severity::Info,
            Code::MonthMisspelt,
            range.clone(),
            format!("\"{word}\" read as {}", crate::lexicon::month_name(*month)),
        );
    }
    // "took place (November 2025)": a bracket opened in the phrase closes
    // in it
    let mut range = best.range;
    let phrase = &original[range.clone()];
    if phrase.matches('(').count() > phrase.matches(')').count()
        && original[range.end..].starts_with(')')
    {
        range.end += 1;
    }
    Some(Fieldwork {
        text: clean(&original[range.clone()]),
        start: start.to_string(),
        end: end.to_string(),
        span: cx.span(range),
    })
}

/// The first line that opens with a label of the visit's dates (lexicon
/// `FIELDWORK_DATE_LABELS`) and gives a whole date after it, or two joined
/// as a range ("03/12/2019 to 05/12/2019"), as a candidate scored as a
/// heading's dates are. A label with a month alone ("Date of inspection:
/// December 2019") gives none.
fn labelled_dates(cx: &Context<'_>, text: &str) -> Option<Candidate> {
    for line in cx.source.lines() {
        crate::work::charge(line.text.len());
        let trimmed = line.text.trim_start();
        let lead = line.text.len() - trimmed.len();
        let Some(label) = crate::lexicon::FIELDWORK_DATE_LABELS.iter().find(|label| {
            trimmed
                .get(..label.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(label))
        }) else {
            continue;
        };
        let at = line.start + lead + label.len();
        let Some(rest) = text.get(at..line.end()) else {
            continue;
        };
        let mut dates = dates::find_dates(rest).take(2);
        let Some(first) = dates.next().filter(|d| d.to_date().is_some()) else {
            continue;
        };
        let last = dates
            .next()
            .filter(|d| {
                d.to_date().is_some() && joins_as_range(&rest[first.range.end..d.range.start])
            })
            .unwrap_or_else(|| first.clone());
        let day = |d: &dates::DateText| (d.year, d.month, d.day.unwrap_or(1));
        return Some(Candidate {
            range: at + first.range.start..at + last.range.end,
            score: 3,
            start: day(&first),
            end: day(&last),
            relative_year: false,
            end_rule: EndRule::Stated,
            returning: false,
        });
    }
    None
}

/// The year `month` is written with in `text` with no day ("February
/// 2018"), when every such mention gives the same year.
fn year_of_month_named(text: &str, month: u8) -> Option<i16> {
    static MONTH_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(r"(?i)\b(?P<m>{MONTH})\s+(?P<y>{YEAR})\b"))
            .expect("month and year regex")
    });
    let mut years = MONTH_YEAR
        .captures_iter(text)
        .filter(|c| month_of(c, "m") == Some(month))
        .filter_map(|c| year_of(&c, "y"));
    let first = years.next()?;
    years.all(|y| y == first).then_some(first)
}

/// Two ranges read from one sentence (`s`, starting at byte `at`), in
/// order, that are phases of one fieldwork: only "and" (or ", and", with
/// "from" or "between" after it; lexicon `PHASE_JOINERS`) between them, the
/// second later in the year than the first. The phases as one candidate,
/// scored one above the better of them; the first's missing year is the
/// second's.
fn phases_joined(ranges: &[Candidate], s: &str, at: usize) -> Option<Candidate> {
    ranges.windows(2).find_map(|pair| {
        let (first, second) = (&pair[0], &pair[1]);
        let gap = s.get(first.range.end.checked_sub(at)?..second.range.start.checked_sub(at)?)?;
        let gap = gap.trim().trim_start_matches(',').trim();
        let joined = crate::lexicon::PHASE_JOINERS
            .iter()
            .any(|j| gap.eq_ignore_ascii_case(j));
        let same_year = first.end.0.is_none() || first.end.0 == second.start.0;
        let later = (second.start.1, second.start.2) > (first.end.1, first.end.2);
        let stated = first.end_rule == EndRule::Stated && second.end_rule == EndRule::Stated;
        (joined && same_year && later && stated).then(|| Candidate {
            range: first.range.start..second.range.end,
            score: first.score.max(second.score) + 1,
            start: (
                first.start.0.or(second.start.0),
                first.start.1,
                first.start.2,
            ),
            end: second.end,
            ..first.clone()
        })
    })
}

/// True when the words between two dates make them a range: a dash, or
/// "to".
fn joins_as_range(gap: &str) -> bool {
    let gap = gap.trim();
    gap.eq_ignore_ascii_case("to") || (gap.chars().count() == 1 && "-–—".contains(gap))
}

/// How long after a visit a return to it is still part of it, in days:
/// six weeks.
const RETURN_WITHIN_DAYS: i32 = 42;

/// The visit and a return to it within six weeks as one period: "between 7
/// and 10 February 2017" and "went back unannounced ... on the evening of 21
/// February" run from 7 to 21 February. A return long after (a monitoring
/// visit the next year) stays a period of its own, and `best` stands.
/// `visit` is the best-scored visit of several days read, `back` the best
/// return on one day.
fn with_return_visit(
    best: Candidate,
    visit: Option<&Candidate>,
    back: Option<&Candidate>,
) -> Candidate {
    let other = if best.returning { visit } else { back };
    let Some(other) = other else {
        return best;
    };
    let (visit, back) = if best.returning {
        (other, &best)
    } else {
        // the visit as the story writes it, where it gives the same days
        // as `best` (a heading's "8-12 March 2010"): its words stand by the
        // return's, for the span
        let told = visit.filter(|v| v.start == best.start && v.end == best.end);
        (told.unwrap_or(&best), other)
    };
    // the return's year, where not written, is the visit's
    let Some(year) = visit.end.0.or(back.start.0) else {
        return best;
    };
    let back_year = back.start.0.unwrap_or(year);
    let gap = Date::new(year, visit.end.1 as i8, visit.end.2 as i8).and_then(|end| {
        Date::new(back_year, back.start.1 as i8, back.start.2 as i8).and_then(|b| end.until(b))
    });
    if !gap.is_ok_and(|span| (1..=RETURN_WITHIN_DAYS).contains(&span.get_days())) {
        return best;
    }
    // the words from the visit to the return, where the return follows it
    // closely ("8 to 12 March 2010 at the prison, and came back on 22 and
    // 23 March 2010"), so that the span shows the end it gives
    let range = if back.range.start >= visit.range.end
        && back.range.start - visit.range.end <= RETURN_SPAN_GAP
    {
        visit.range.start..back.range.end
    } else {
        visit.range.clone()
    };
    Candidate {
        range,
        end: (visit.end.0.map(|_| back_year), back.end.1, back.end.2),
        score: best.score.max(visit.score).max(back.score),
        ..visit.clone()
    }
}

/// How many bytes may stand between a visit's dates and its return's for
/// the fieldwork's span to take in both.
const RETURN_SPAN_GAP: usize = 120;

fn day(c: &Captures<'_>, name: &str) -> Option<u8> {
    c.name(name)?
        .as_str()
        .trim_end_matches(|ch: char| ch.is_ascii_alphabetic())
        .parse()
        .ok()
}

fn month_of(c: &Captures<'_>, name: &str) -> Option<u8> {
    c.name(name)
        .and_then(|m| month(m.as_str()))
        .map(|m| m.number())
}

fn year_of(c: &Captures<'_>, name: &str) -> Option<i16> {
    c.name(name).and_then(|m| m.as_str().parse().ok())
}

fn from_range(c: &Captures<'_>, offset: usize, score: i32) -> Option<Candidate> {
    let whole = c.get(0)?;
    // ("January 31 to February 11"; "March 3 and 14": the month once)
    let m2 = month_of(c, "m2").or_else(|| month_of(c, "m1"))?;
    let m1 = month_of(c, "m1")
        .or_else(|| month_of(c, "mmid"))
        .unwrap_or(m2);
    let (d1, d2) = (day(c, "d1")?, day(c, "d2")?);
    let y2 = year_of(c, "y2");
    // "28 December - 3 January 2015": the start's year is the one before.
    let y1 = year_of(c, "y1").or(y2.filter(|_| (m1, d1) <= (m2, d2)));
    // "from 7 to 10 November 2016 and on 29 November 2016, when inspectors
    // made an unannounced evening visit": a later day, within the weeks a
    // return to the same visit takes, ends it
    let mut end = (y2, m2, d2);
    if let (Some(d3), Some(m3)) = (day(c, "d3"), month_of(c, "m3")) {
        let y3 = year_of(c, "y3").or(y2);
        // (a leap year where none is written, so "29 February" is a day)
        let date_of =
            |a: (Option<i16>, u8, u8)| Date::new(a.0.unwrap_or(2000), a.1 as i8, a.2 as i8).ok();
        let gap = date_of(end)
            .zip(date_of((y3, m3, d3)))
            .and_then(|(a, b)| a.until(b).ok())
            .map(|span| span.get_days());
        if gap.is_some_and(|days| (1..=RETURN_WITHIN_DAYS).contains(&days)) {
            end = (y3, m3, d3);
        }
    }
    Some(Candidate {
        range: offset + whole.start()..offset + whole.end(),
        score: score + 1,
        start: (y1, m1, d1),
        end,
        relative_year: false,
        end_rule: EndRule::Stated,
        returning: false,
    })
}

/// True when the month and year of `c` name a report elsewhere in `text`
/// ("against 40% in the December 2021 report"): the month of an earlier
/// report or inspection, not of this one's fieldwork.
fn names_a_report(text: &str, c: &Captures<'_>) -> bool {
    let (Some(m), Some(y)) = (c.name("m1"), c.name("y").or(c.name("y1"))) else {
        return false;
    };
    let needle = format!("{} {} report", m.as_str(), y.as_str());
    text.match_indices(y.as_str()).any(|(at, _)| {
        let start = (at + y.len()).saturating_sub(m.len() + 1 + y.len());
        text.get(start..).is_some_and(|rest| {
            rest.len() >= needle.len()
                && rest.is_char_boundary(needle.len())
                && rest[..needle.len()].eq_ignore_ascii_case(&needle)
        })
    })
}

fn from_months(
    c: &Captures<'_>,
    offset: usize,
    score: i32,
    reference: Option<Date>,
) -> Option<Candidate> {
    let whole = c.get(0)?;
    // "in August 2017": with the last year optional, the first takes it
    let last_year =
        year_of(c, "y").or_else(|| c.name("m2").is_none().then(|| year_of(c, "y1")).flatten());
    let year = match (last_year, c.name("rel")) {
        (Some(y), _) => Some(y),
        (None, Some(rel)) => {
            let base = reference?.year();
            Some(if rel.as_str().to_ascii_lowercase().starts_with("last") {
                base - 1
            } else {
                base
            })
        }
        _ => None,
    };
    let (m1, m2) = match c.name("season") {
        Some(season) => match season.as_str().to_ascii_lowercase().as_str() {
            "spring" => (3, 5),
            "summer" => (6, 8),
            "autumn" => (9, 11),
            _ => (12, 2),
        },
        None => {
            let m1 = month_of(c, "m1")?;
            (m1, month_of(c, "m2").unwrap_or(m1))
        }
    };
    let Some(year) = year else {
        // "in February", no year: months written out in full, capitalised,
        // within one year; the year is the page's (see [`EndRule::MonthEnd`]).
        let written_out = |name: &str| {
            c.name(name).is_none_or(|m| {
                let m = m.as_str();
                m.starts_with(char::is_uppercase)
                    && !m.ends_with('.')
                    && (m.len() >= 4 || m == "May")
            })
        };
        // (a season likewise: "in the autumn", within one year; winter
        // runs over two and is left)
        if !written_out("m1") || !written_out("m2") || m2 < m1 {
            return None;
        }
        let (first_day, end, end_rule) = match half_of(c, m1, m2) {
            Some(Half::First) => (1, (None, m1, 14), EndRule::Stated),
            Some(Half::Second) => (15, (None, m2, 28), EndRule::MonthEnd),
            None => (1, (None, m2, 28), EndRule::MonthEnd),
        };
        return Some(Candidate {
            range: offset + whole.start()..offset + whole.end(),
            score: score - 1,
            start: (None, m1, first_day),
            end,
            relative_year: false,
            end_rule,
            returning: false,
        });
    };
    // "between November 2015 and February 2016": each month has its year
    let (start_year, end_year) = match year_of(c, "y1") {
        Some(y1) if c.name("m2").is_some() => (y1, year),
        _ if m2 < m1 => (year, year + 1),
        _ => (year, year),
    };
    if (start_year, m1) > (end_year, m2) {
        return None;
    }
    let last_day = Date::new(end_year, m2 as i8, 1).ok()?.days_in_month() as u8;
    let (first_day, last_day) = match half_of(c, m1, m2) {
        Some(Half::First) => (1, 14),
        Some(Half::Second) => (15, last_day),
        None => (1, last_day),
    };
    Some(Candidate {
        range: offset + whole.start()..offset + whole.end(),
        score,
        start: (Some(start_year), m1, first_day),
        end: (Some(end_year), m2, last_day),
        relative_year: c.name("rel").is_some(),
        end_rule: EndRule::Stated,
        returning: false,
    })
}

/// Which half of a month a "first fortnight of March" names.
enum Half {
    First,
    Second,
}

/// The half of one month named before it ([`MONTH_HALF`]); `None` for a
/// whole month or a span of months.
fn half_of(c: &Captures<'_>, m1: u8, m2: u8) -> Option<Half> {
    let half = c.name("half")?.as_str();
    if m1 != m2 {
        return None;
    }
    let first = FIRST_HALF_WORDS
        .iter()
        .any(|w| starts_with_ignore_case(half, w));
    Some(if first { Half::First } else { Half::Second })
}

/// One day: ranked above a month named alone (it is more precise) and below
/// a range of days (a visit usually spans several).
fn from_day(c: &Captures<'_>, offset: usize, score: i32) -> Option<Candidate> {
    let whole = c.get(0)?;
    // ("on October 3": the month first, [`ON_DAY`])
    let month_first = c.name("m2").is_some();
    let (d1, m1) = if month_first {
        (day(c, "d2")?, month_of(c, "m2")?)
    } else {
        (day(c, "d1")?, month_of(c, "m1")?)
    };
    let year = year_of(c, "y").or_else(|| year_of(c, "y2"));
    // the phrase ends with its date: "On 3 November, running from ...,
    // an unannounced inspection" is "On 3 November"
    let date_end = c
        .name("y")
        .or_else(|| c.name("y2"))
        .or_else(|| c.name(if month_first { "d2" } else { "m1" }))
        .map_or(whole.end(), |m| m.end());
    Some(Candidate {
        range: offset + whole.start()..offset + date_end,
        score,
        start: (year, m1, d1),
        end: (year, m1, d1),
        relative_year: false,
        end_rule: EndRule::Stated,
        returning: false,
    })
}

/// True when `s` holds the words [`DAYS_LONG`] cannot match without: a
/// day and a verb that ends or opens a visit. Most sentences do not, and
/// the pattern, read over each, kept a cache of its own.
fn may_state_length(s: &str) -> bool {
    use crate::source::contains_ignore_case;
    contains_ignore_case(s, "day")
        && crate::lexicon::VISIT_ENDED_VERBS
            .iter()
            .chain(crate::lexicon::VISIT_BEGAN_VERBS)
            .any(|verb| contains_ignore_case(s, verb))
}

/// A visit of a stated length from the day it ended or began
/// ([`DAYS_LONG`]); the day needs its year, so that the other end can be
/// counted across a month's end. Ranked above a range of days read
/// elsewhere in the sentence, as it is one.
fn from_length(c: &Captures<'_>, offset: usize, score: i32) -> Option<Candidate> {
    let whole = c.get(0)?;
    let days = crate::lexicon::number_value(c.name("len")?.as_str())?;
    if !(1..=31).contains(&days) {
        return None;
    }
    let year = year_of(c, "y")?;
    let day = Date::new(year, month_of(c, "m1")? as i8, day(c, "d1")? as i8).ok()?;
    let span = jiff::Span::new().days(i64::from(days - 1));
    let (first, last) = if c.name("ended").is_some() {
        (day.checked_sub(span).ok()?, day)
    } else {
        (day, day.checked_add(span).ok()?)
    };
    let tuple = |d: Date| (Some(d.year()), d.month() as u8, d.day() as u8);
    Some(Candidate {
        range: offset + whole.start()..offset + whole.end(),
        score: score + 1,
        start: tuple(first),
        end: tuple(last),
        relative_year: false,
        end_rule: EndRule::Stated,
        returning: false,
    })
}

/// A week (or weeks) from its first day; [`week_end`] gives the last
/// week's last day once the year is known.
fn from_week(c: &Captures<'_>, offset: usize, score: i32) -> Option<Candidate> {
    let whole = c.get(0)?;
    let (d1, m1) = (day(c, "d1")?, month_of(c, "m1")?);
    // "the weeks of 5 and 12 March": from the first week's start to the
    // last week's end ("6 March and 20 March": the first week's month
    // written with it)
    let d_last = day(c, "dlast").unwrap_or(d1);
    let m_first = if c.name("mfirst").is_some() {
        month_of(c, "mfirst")?
    } else {
        m1
    };
    let year = year_of(c, "y");
    Some(Candidate {
        range: offset + whole.start()..offset + whole.end(),
        // several weeks rank above the range grammar, which reads "the
        // weeks of 5 and 12 March" as two days
        score: score + if c.name("dlast").is_some() { 2 } else { 1 },
        start: (year, m_first, d1),
        end: (year, m1, d_last),
        relative_year: false,
        end_rule: EndRule::WeekFrom,
        returning: false,
    })
}

/// The last day of the week that starts on `start`: the Friday when it
/// starts on a Monday (a working week of fieldwork), else seven days on.
fn week_end(start: Date) -> Option<Date> {
    let length = if dates::weekday_index(start) == 0 {
        4
    } else {
        6
    };
    start.checked_add(jiff::Span::new().days(length)).ok()
}

/// The last day of the year a title or headline names ("#026/2012 Police
/// custody in Avon and Somerset"): a year of four digits standing alone or
/// after a slash.
fn heading_year(cx: &Context<'_>) -> Option<Date> {
    [&cx.sections.title, &cx.sections.headline]
        .into_iter()
        .flatten()
        .find_map(|heading| {
            let (h, _) = cx.lines_text(heading);
            h.split(|c: char| !c.is_ascii_digit())
                .filter(|w| w.len() == 4 && crate::dates::names_a_year(w))
                .filter_map(|w| w.parse::<i16>().ok())
                .next_back()
        })
        .and_then(|year| Date::new(year, 12, 31).ok())
}

/// The date on the first line that opens with one of the lexicon's
/// `LISTING_DATE_LEADS` ("PUBLISHED: 08:58 24 October 2018"), within the
/// first [`PUBLISHED_LINE_REACH`] lines.
fn published_dated(source: &crate::source::Source) -> Option<Date> {
    source
        .lines()
        .take(PUBLISHED_LINE_REACH)
        .find(|line| crate::lexicon::opens_with_date_lead(line.text))
        .and_then(|line| first_dated(line.text))
}

/// The last day of the month a report's cover gives on a line of its own
/// ("October 2016" under the report's name), within the first
/// [`PUBLISHED_LINE_REACH`] lines: the report's date, where the first full
/// date of its text is a figure's ("At 31 March 2016 the council looked
/// after 214 children").
fn cover_dated(source: &crate::source::Source) -> Option<Date> {
    static MONTH_YEAR_LINE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(r"(?i)^\s*(?P<m>{MONTH})\s+(?P<y>{YEAR})\s*$"))
            .expect("month and year line regex")
    });
    source.lines().take(PUBLISHED_LINE_REACH).find_map(|line| {
        let c = MONTH_YEAR_LINE.captures(line.text)?;
        let (year, month) = (year_of(&c, "y")?, month_of(&c, "m")?);
        Date::new(year, month as i8, 1).ok()?.last_of_month().into()
    })
}

/// How many of a page's first lines may hold its "Published:" line.
const PUBLISHED_LINE_REACH: usize = 60;

fn first_dated(text: &str) -> Option<Date> {
    dates::find_dates(text).find_map(|d| d.to_date())
}

#[cfg(test)]
mod tests {
    use crate::parse;

    const LEAD: &str = "Embargoed until 00:01 Tuesday 14 July 2015\n\nReport\n\nHeadline here\n\n";
    const PAD: &str =
        " The report sets out what inspectors found and what the service must now do to improve.";

    fn fieldwork(body: &str) -> Option<(String, String)> {
        parse(&format!("{LEAD}{body}{PAD}"))
            .fieldwork
            .map(|f| (f.start, f.end))
    }

    #[test]
    fn a_yearless_visit_takes_the_year_of_the_report_s_cover() {
        // the cover's month dates the report, not the first full date of
        // its text (a figure's)
        let report = "Review of progress in Ashby\nOctober 2016\n\n1.1 At 31 March 2016 the council looked after 214 children.\n\n1.2 We carried out our fieldwork in May and June, two years after the inspection.\n";
        let fieldwork = parse(report).fieldwork.map(|f| (f.start, f.end));
        assert_eq!(
            fieldwork,
            Some(("2016-05-01".to_owned(), "2016-06-30".to_owned()))
        );
    }

    #[test]
    fn an_inspection_the_report_followed_is_its_own() {
        assert_eq!(
            fieldwork(
                "The report followed an inspection in January 2023 of the council's adult services.\n"
            ),
            Some(("2023-01-01".to_owned(), "2023-01-31".to_owned()))
        );
        // the inspection a re-inspection followed is an earlier one
        assert_eq!(
            fieldwork(
                "The re-inspection followed an inspection in January 2021 of the council's adult services.\n"
            ),
            None
        );
    }

    #[test]
    fn an_inspection_dated_in_a_clause_of_its_own_or_by_the_work_done() {
        for (body, start, end) in [
            (
                "Members heard a presentation on the Ofsted inspection of the Council's arrangements for protecting children, which ran between 11 and 20 March 2013.\n",
                "2013-03-11",
                "2013-03-20",
            ),
            (
                "The report summarised what CIW's re-inspection of Children's Services at the Isle of Tarn County Council in October, 2014 had found.\n",
                "2014-10-01",
                "2014-10-31",
            ),
            (
                "Inspectors did their work between March and July of 2015, before applications rose.\n",
                "2015-03-01",
                "2015-07-31",
            ),
            (
                "The inspection took place on 3 & 8 June 2015.\n",
                "2015-06-03",
                "2015-06-08",
            ),
        ] {
            assert_eq!(
                fieldwork(body),
                Some((start.to_owned(), end.to_owned())),
                "{body}"
            );
        }
        // an earlier inspection, described and dated, is not this one's
        assert_eq!(
            fieldwork(
                "At the full inspection of Tarnby in August 2014, inspectors made 41 recommendations.\n"
            ),
            None
        );
        // nor is the month a report was handed over
        assert_eq!(
            fieldwork(
                "The inspection was carried out during 2014, and the force received the final report in March 2015.\n"
            ),
            None
        );
    }

    #[test]
    fn visits_in_the_plural_date_the_fieldwork_but_a_regimes_start_does_not() {
        assert_eq!(
            fieldwork(
                "Set out here is what the inspectorate found during its visits, between 25 July and 3 August 2006, to the offices in Carrow and Brent.\n"
            ),
            Some(("2006-07-25".to_owned(), "2006-08-03".to_owned()))
        );
        assert_eq!(
            fieldwork(
                "The inspectorate put the authority into special measures in November 2012, and inspectors then made four monitoring visits.\n"
            ),
            None
        );
    }

    #[test]
    fn dates_alone_under_an_inspection_reports_name_are_its_visit() {
        let cover = |title: &str| {
            let page = format!(
                "{title}\n\nKelby Hospital | NHS Kelby\n\n23\u{2013}24 June 2015\n\nThe organisation is committed to equality. We looked at how the inspection function affects people.{PAD}"
            );
            parse(&page).fieldwork.map(|f| (f.start, f.end))
        };
        assert_eq!(
            cover(
                "Unannounced Inspection Report \u{2013} Care for Older People in Acute Hospitals"
            ),
            Some(("2015-06-23".to_owned(), "2015-06-24".to_owned()))
        );
        // under a name that is no inspection's, the dates are of something else
        assert_eq!(
            cover("Conference Programme \u{2013} Care for Older People"),
            None
        );
    }

    #[test]
    fn a_yearless_visit_on_an_undated_page_takes_its_month_s_year() {
        let page = format!(
            "Home closed to admissions\n\nInspectors made their unannounced visit to the home on February 13 and 14, and concerns were found. A spokesperson said: In February 2018 we made an unannounced inspection.{PAD}"
        );
        let record = parse(&page);
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2018-02-13", "2018-02-14")
        );
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == "year-inferred")
        );
        // two years given for the month: no guess
        let page = "Home closed to admissions\n\nInspectors made their unannounced visit to the home on February 13 and 14. Its owners bought it in February 2016 and rebuilt it in February 2017.\n";
        assert_eq!(parse(page).fieldwork, None);
    }

    #[test]
    fn phases_joined_by_and_are_one_fieldwork() {
        assert_eq!(
            fieldwork(
                "Our fieldwork took place in two phases, from 13 to 17 February and from 6 to 10 March 2017."
            ),
            pair("2017-02-13", "2017-03-10")
        );
        // one range alone is read as it is
        assert_eq!(
            fieldwork("Our fieldwork took place from 6 to 10 March 2017 and inspectors met staff."),
            pair("2017-03-06", "2017-03-10")
        );
    }

    #[test]
    fn a_report_s_details_label_the_visit_s_dates_in_figures() {
        assert_eq!(
            fieldwork(
                "The setting was inspected jointly by two inspectorates.\n\nDate of previous CIW inspection 11/12/2018\n\nDates of this inspection visit(s) 03/12/2019\n\nMost of the children speak English at home."
            ),
            pair("2019-12-03", "2019-12-03")
        );
        assert_eq!(
            fieldwork(
                "The service was inspected by the inspectorate.\n\nInspection dates: 04/03/2024 to 08/03/2024\n\nThe report makes four recommendations."
            ),
            pair("2024-03-04", "2024-03-08")
        );
    }

    #[test]
    fn the_main_clause_after_a_clause_of_time_about_an_earlier_report() {
        assert_eq!(
            fieldwork(
                "After the pilot report was published in June 2005, an interim follow-through inspection was carried out in June 2006 by inspectors of education."
            ),
            Some(("2006-06-01".into(), "2006-06-30".into()))
        );
    }

    #[test]
    fn a_bracket_opened_in_the_phrase_closes_in_it() {
        let record = parse(&format!(
            "{LEAD}When the inspection took place (November 2014) the service was busy.{PAD}"
        ));
        let fieldwork = record.fieldwork.expect("fieldwork");
        assert_eq!(fieldwork.text, "took place (November 2014)");
        assert_eq!(fieldwork.start, "2014-11-01");
    }

    #[test]
    fn a_period_of_change_since_a_season_is_no_fieldwork() {
        // with no embargo to date the page, a season the inspectors found
        // something in is read as the fieldwork, but not one since which
        // things changed
        let page = |since: &str| {
            parse(&format!("Progress review published\n\nThe Care Inspectorate published a progress review today.\n\nInspectors found, however, that from summer 2020{since} change gathered pace, and improvements started to appear.\n")).fieldwork
        };
        assert_eq!(page("").map(|f| f.start).as_deref(), Some("2020-06-01"));
        assert_eq!(page(" onwards"), None);
    }

    #[test]
    fn a_month_the_service_underwent_inspection_and_no_publication_date() {
        assert_eq!(
            fieldwork(
                "In February 2011 the Youth Offending Service underwent a week-long Core Case Inspection. Publication of the Inspection Report took place on 8 June 2011."
            ),
            Some(("2011-02-01".to_owned(), "2011-02-28".to_owned()))
        );
    }

    #[test]
    fn two_months_across_a_year_when_inspectors_went_into_the_service() {
        assert_eq!(
            fieldwork(
                "In December 2017 and January 2018 a team of CQC inspectors went into the trust to look at four core services."
            ),
            Some(("2017-12-01".to_owned(), "2018-01-31".to_owned()))
        );
    }

    #[test]
    fn when_a_body_came_into_being_is_no_fieldwork() {
        assert_eq!(
            fieldwork(
                "No other PDU we have inspected since the Probation Service was unified in the summer of 2021 has reached that rating."
            ),
            None
        );
    }

    #[test]
    fn the_month_a_report_was_handed_over_is_no_fieldwork() {
        assert_eq!(
            fieldwork(
                "HMIC has not inspected the agency before, and today's report is the published version of the one the Home Secretary received in December 2014."
            ),
            None
        );
        assert_eq!(
            fieldwork(
                "Inspectors visited the agency in June 2014, and the report was submitted to the Home Secretary in December 2014."
            ),
            Some(("2014-06-01".to_owned(), "2014-06-30".to_owned()))
        );
    }

    #[test]
    fn a_sample_s_start_and_a_programme_s_start_are_no_fieldwork() {
        assert_eq!(
            fieldwork(
                "All of the cases had started between June and August 2013. The IAOW programme began in April 2013. Inspectors visited the Trust in January 2014."
            ),
            Some(("2014-01-01".to_owned(), "2014-01-31".to_owned()))
        );
    }

    #[test]
    fn a_sample_s_start_some_words_before_between_is_no_fieldwork() {
        assert_eq!(
            fieldwork(
                "In most cases the court order had started with the YOT, or been passed to it, between September 2010 and January 2011."
            ),
            None
        );
    }

    #[test]
    fn a_range_written_month_first() {
        assert_eq!(
            fieldwork(
                "HM Inspectorate of Prisons for Scotland inspected the prison from January 31 to February 11, 2022."
            ),
            Some(("2022-01-31".to_owned(), "2022-02-11".to_owned()))
        );
        assert_eq!(
            fieldwork("Inspectors visited the prison between March 3 and 14, 2022."),
            Some(("2022-03-03".to_owned(), "2022-03-14".to_owned()))
        );
    }

    #[test]
    fn a_re_inspection_beside_the_first_inspection_and_the_sample_s_dates() {
        let day = |d: &str| d.to_owned();
        assert_eq!(
            fieldwork(
                "The PDU was rated Inadequate when we first inspected it in October 2023. Inspectors went back between 3 and 14 March 2025 to see what had changed. The cases were drawn from people who began their sentence or licence between 9 and 20 September 2024."
            ),
            Some((day("2025-03-03"), day("2025-03-14")))
        );
        assert_eq!(
            fieldwork(
                "The re-inspection followed up the ICIBI's 2021 inspection of the three ports, which took place between 7 and 18 June 2021. Inspectors gathered evidence for the re-inspection between 4 and 15 September 2023, visiting all three ports."
            ),
            Some((day("2023-09-04"), day("2023-09-15")))
        );
    }

    #[test]
    fn a_season_with_no_year_takes_the_page_s_and_the_latest_beside_the_previous() {
        let dated = |page: &str| parse(page).fieldwork.map(|f| (f.start, f.end));
        assert_eq!(
            dated(
                "Glenmorrach inspection published\n\n12th March 2024\n\nInspectors carried out their fieldwork in the autumn, visiting nine fire stations in the area.\n"
            ),
            Some(("2023-09-01".to_owned(), "2023-11-30".to_owned()))
        );
        assert_eq!(
            fieldwork(
                "The previous inspection, of 22 February to 16 March 2016, was conducted under the old framework, whereas the latest inspection of 4 to 22 November 2019 had followed the new one."
            ),
            Some(("2019-11-04".to_owned(), "2019-11-22".to_owned()))
        );
    }

    #[test]
    fn the_inspectors_work_covered_a_span_of_months() {
        assert_eq!(
            fieldwork(
                "Their work covered services throughout the city between August and October 2014."
            ),
            Some(("2014-08-01".to_owned(), "2014-10-31".to_owned()))
        );
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_owned(), b.to_owned()))
    }

    #[test]
    fn this_review_before_the_full_inspection_it_follows() {
        assert_eq!(
            fieldwork(
                "A full inspection of Werrington took place in January 2022. This interim review of progress took place in September 2022, and inspectors found an institution still struggling."
            ),
            pair("2022-09-01", "2022-09-30")
        );
    }

    #[test]
    fn a_month_broken_over_a_line_by_a_hyphen() {
        let record = crate::parse(
            "Report\n\nHeadline\n\nFieldwork for the follow-up review took place between 16 and 27 Octo-\nber 2023. Inspectors visited three hubs and spoke to staff about their work.\n",
        );
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2023-10-16", "2023-10-27")
        );
        assert!(
            record
                .diagnostics
                .iter()
                .all(|d| d.code != crate::diagnostic::Code::MonthMisspelt)
        );
    }

    #[test]
    fn misspelt_month_in_a_range_is_read_and_reported() {
        let record = parse(&format!(
            "{LEAD}The unannounced inspection took place between 4 and 15 Agust 2014.{PAD}"
        ));
        let read = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (read.start.as_str(), read.end.as_str()),
            ("2014-08-04", "2014-08-15")
        );
        assert_eq!(read.text, "between 4 and 15 Agust 2014");
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.code == crate::Code::MonthMisspelt && d.message.contains("Agust"))
        );
        // a word near a month's name that follows no day is not one
        assert_eq!(
            fieldwork("Inspectors visited the Marches in March 2014."),
            pair("2014-03-01", "2014-03-31")
        );
    }

    #[test]
    fn range_forms() {
        assert_eq!(
            fieldwork("Inspectors visited the area between 3 March and 11 April."),
            pair("2015-03-03", "2015-04-11")
        );
        assert_eq!(
            fieldwork("Fieldwork took place on 3\u{2013}11 March 2015."),
            pair("2015-03-03", "2015-03-11")
        );
        assert_eq!(
            fieldwork("The inspection took place from 28 April - 2 May 2014."),
            pair("2014-04-28", "2014-05-02")
        );
        assert_eq!(
            fieldwork("Inspectors were on site 31 October \u{2013}4 November 2014."),
            pair("2014-10-31", "2014-11-04")
        );
        // the onsite phase, written as one word, within the whole inspection
        assert_eq!(
            fieldwork(
                "The inspection ran from February to May 2016. Its onsite phase, when inspectors held interviews, ran from 11 to 22 April 2016."
            ),
            pair("2016-04-11", "2016-04-22")
        );
        assert_eq!(
            fieldwork("Fieldwork was carried out on 14\u{2013}15 May, 2\u{2013}6 June 2015."),
            pair("2015-05-14", "2015-06-06")
        );
        // an inspection named by its month
        assert_eq!(
            fieldwork(
                "Commenting on the June 2017 inspection, however, the chief inspector said the managers were coping with failings."
            ),
            pair("2017-06-01", "2017-06-30")
        );
        // days listed with commas
        assert_eq!(
            fieldwork("Inspectors visited the wards on 4,5,6 July 2017."),
            pair("2017-07-04", "2017-07-06")
        );
        // a details line: the inspection's dates before the publication's
        let details = crate::parse(
            "Yarl's Wood Immigration Removal Centre\n\nby the Chief Inspector, inspection 4 - 8 February 2008, report compiled May 2008, published today Thursday 21st August 2008\n\nThe centre holds women and families, and it has improved since Serco took it over in April 2007.\n",
        );
        assert_eq!(
            details.fieldwork.map(|f| (f.start, f.end)),
            Some(("2008-02-04".to_owned(), "2008-02-08".to_owned()))
        );
        // Weekdays before both days; an earlier focused visit's month is no rival.
        assert_eq!(
            fieldwork(
                "A team inspected the trust from Tuesday 8 to Friday 11 March 2016. It \
                 carried out a focused inspection in August 2015."
            ),
            pair("2016-03-08", "2016-03-11")
        );
    }

    #[test]
    fn month_only_beside_a_publication_or_a_review_of_progress() {
        assert_eq!(
            fieldwork(
                "The inspectorates published the report of a visit carried out in August 2014."
            ),
            pair("2014-08-01", "2014-08-31")
        );
        assert_eq!(
            fieldwork(
                "During an independent review of progress at Oakfield in April 2015, inspectors followed up 10 recommendations."
            ),
            pair("2015-04-01", "2015-04-30")
        );
        assert_eq!(
            fieldwork("The report was published in May 2015 after a visit."),
            None
        );
        assert_eq!(
            fieldwork(
                "HMCPSI lately carried out an inspection of CPS Hertfordshire, and its report came out in August 2007."
            ),
            None
        );
        assert_eq!(
            fieldwork(
                "The inspectorate released its report on the announced inspection, carried out January 2015."
            ),
            pair("2015-01-01", "2015-01-31")
        );
    }

    #[test]
    fn a_news_storys_day_of_visiting_and_its_year_from_the_published_line() {
        // the verb some words before the day, in the same clause (lexicon
        // VISIT_VERBS_BEFORE_DAY)
        assert_eq!(
            fieldwork(
                "Inspectors visited the Marlow reporting centre on 15 July 2015; it was the third."
            ),
            pair("2015-07-15", "2015-07-15")
        );
        // the month first, after an aside, the year from the page's
        // "PUBLISHED:" line and not from a stored copy's older stamp
        let story = " date 2018-08-28 Partly Cloudy\n\nSecond home rated inadequate\n\nPUBLISHED: 08:58 24 October 2018\n\nThe watchdog inspected the home, which for legal reasons cannot be named, on October 3 and rated it inadequate.\n";
        let found = parse(story).fieldwork.map(|f| (f.start, f.end));
        assert_eq!(found, pair("2018-10-03", "2018-10-03"));
        // "when inspectors called" (lexicon FIELDWORK_WORDS)
        assert_eq!(
            fieldwork("The centre held around 80 people when inspectors called in July this year."),
            pair("2015-07-01", "2015-07-31")
        );
    }

    #[test]
    fn one_day_of_visiting_and_a_range_told_with_verbs() {
        // the year is the last 2 January before the embargo (14 July 2015)
        assert_eq!(
            fieldwork("Inspectors returned on 2 January to see what had changed."),
            pair("2015-01-02", "2015-01-02")
        );
        assert_eq!(
            fieldwork("On 5 May 2015 inspectors visited the wards."),
            pair("2015-05-05", "2015-05-05")
        );
        // a care home's report: "carried out on" (lexicon ONE_DAY_VERBS),
        // and the day before an inspection, an aside between them
        assert_eq!(
            fieldwork("The inspection was carried out on 3 November 2014."),
            pair("2014-11-03", "2014-11-03")
        );
        assert_eq!(
            fieldwork(
                "On 3 November 2014, running from 7.20 to 14.45 hours, an unannounced inspection of the home was carried out."
            ),
            pair("2014-11-03", "2014-11-03")
        );
        // a date in a sentence about the inspection but beside another verb
        assert_eq!(
            fieldwork(
                "The inspection was one of the first since the reforms took effect on 1 February 2015."
            ),
            None
        );
        assert_eq!(
            fieldwork("The inspection began on 13 November and ended on 26 November 2014."),
            pair("2014-11-13", "2014-11-26")
        );
    }

    #[test]
    fn months_with_their_years_and_a_return_visit() {
        assert_eq!(
            fieldwork("Our inspection took place between November 2015 and February 2016."),
            pair("2015-11-01", "2016-02-29")
        );
        // the return visit, not the inspection it returns to
        assert_eq!(
            fieldwork(
                "Estyn inspected the services in November 2013. Inspectors returned for a monitoring visit in May 2015."
            ),
            pair("2015-05-01", "2015-05-31")
        );
    }

    #[test]
    fn a_visit_and_its_return_in_one_sentence() {
        // the return's words stand between the two: it ends the visit
        assert_eq!(
            fieldwork(
                "Inspectors spent 8 to 12 March 2010 at the prison, and came back on 22 and 23 March 2010 to look at the night-time regime."
            ),
            pair("2010-03-08", "2010-03-23")
        );
        let page = "Inspection report\n\nA headline\n\nInspectors spent 8 to 12 March 2010 at the prison, and came back on 22 and 23 March 2010 to look at the night-time regime.\n";
        // (and where a heading gives the first visit's days too)
        let titled = "Report on HMP Kinnordy Full Inspection 8-12 March 2010\n\nInspectors spent 8 to 12 March 2010 at the prison, and came back on 22 and 23 March 2010 to look at the night-time regime.\n";
        assert_eq!(
            crate::parse(titled).fieldwork.map(|f| (f.text, f.end)),
            Some((
                "8 to 12 March 2010 at the prison, and came back on 22 and 23 March 2010"
                    .to_owned(),
                "2010-03-23".to_owned()
            ))
        );
        assert_eq!(
            crate::parse(page).fieldwork.map(|f| f.text),
            Some(
                "8 to 12 March 2010 at the prison, and came back on 22 and 23 March 2010"
                    .to_owned()
            )
        );
        // the days of a joint look at the services, the inspectors as "we"
        assert_eq!(
            fieldwork(
                "Between 2 and 6 December 2019 we looked jointly at how agencies in Newport respond when children suffer abuse."
            ),
            pair("2019-12-02", "2019-12-06")
        );
    }

    #[test]
    fn day_lists_and_weeks() {
        assert_eq!(
            fieldwork("The inspection took place on 9, 10 and 11 November 2014."),
            pair("2014-11-09", "2014-11-11")
        );
        // a later day of the same visit, within weeks, ends it; one months
        // later is another visit
        assert_eq!(
            fieldwork(
                "Our fieldwork took place from 7 to 10 November 2016 and on 29 November 2016, when inspectors made an evening visit."
            ),
            pair("2016-11-07", "2016-11-29")
        );
        assert_eq!(
            fieldwork(
                "Our fieldwork took place from 7 to 10 November 2016 and on 29 March 2017, when inspectors made an evening visit."
            ),
            pair("2016-11-07", "2016-11-10")
        );
        // the days of inspections the inspectors made
        assert_eq!(
            fieldwork(
                "Inspectors made unannounced inspections on 15, 16 and 17 July 2025 of two wards."
            ),
            pair("2025-07-15", "2025-07-17")
        );
        // 14 April 2014 is a Monday: a working week
        assert_eq!(
            fieldwork("Fieldwork took place during the week of 14 April 2014."),
            pair("2014-04-14", "2014-04-18")
        );
    }

    #[test]
    fn month_forms() {
        // on a page with no date, "this year" cannot be known, and the
        // sentence's other date is of something else
        let undated = crate::parse(
            "Unit slammed\n\nNick Hardwick attacked the institution after the unannounced inspection in May this year, held during the inquest into a boy who died in his cell in January 2012.\n",
        );
        assert_eq!(undated.fieldwork, None);
        // parts of months stand for the months
        assert_eq!(
            fieldwork(
                "The inspection team spent time in all three Areas between late January and the end of March 2021."
            ),
            pair("2021-01-01", "2021-03-31")
        );
        // halves of a month keep their days
        assert_eq!(
            fieldwork("Fieldwork was carried out during the first fortnight of March 2011."),
            pair("2011-03-01", "2011-03-14")
        );
        assert_eq!(
            fieldwork("Fieldwork was carried out in the second half of February 2012."),
            pair("2012-02-15", "2012-02-29")
        );
        let undated = crate::parse(
            "EMBARGOED UNTIL 00:01 WEDNESDAY 22 JUNE 2011\n\nA joint inspection\n\nFieldwork was carried out during the first fortnight of March, when inspectors went to four areas.\n",
        )
        .fieldwork
        .map(|f| (f.start, f.end));
        assert_eq!(undated, pair("2011-03-01", "2011-03-14"));
        assert_eq!(
            fieldwork("Inspectors visited the prison in April and May 2015."),
            pair("2015-04-01", "2015-05-31")
        );
        assert_eq!(
            fieldwork(
                "When this inspection was announced (October 2015) staff were short.\n- When the inspection took place (November 2015) the region was busy."
            ),
            pair("2015-11-01", "2015-11-30")
        );
        assert_eq!(
            fieldwork("Inspectors visited the prison in June this year."),
            pair("2015-06-01", "2015-06-30")
        );
        assert_eq!(
            fieldwork("The inspection was carried out in Autumn 2013."),
            pair("2013-09-01", "2013-11-30")
        );
    }

    #[test]
    fn dates_in_a_reports_name() {
        let record = parse(
            "Report on HMYOI Polmont Follow-up Inspection, 24-28 March 2014\n\nThe inspectorate published its report today on the young offender institution, which it had last inspected in October 2012.\n",
        );
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2014-03-24", "2014-03-28")
        );
    }

    #[test]
    fn a_stale_dated_visit_gives_way_to_a_later_one() {
        // the earlier inspection's days outscore this visit's months, but
        // lie years before publication: the months are this visit's, not
        // the month of a clause about something else
        let record = parse(
            "Embargoed until 00:01 Thursday 13 July 2023\n\nReport\n\nHeadline here\n\nInspectors were in Fenwold in March and April 2023. The new youth hub, which opened in May, was not visited.\n\nThe fieldwork for that inspection ran from 7 to 11 October 2019.\n",
        );
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2023-03-01", "2023-04-30")
        );
    }

    #[test]
    fn a_visit_of_a_stated_length_and_its_last_or_first_day() {
        assert_eq!(
            fieldwork(
                "The inspectorate's three-day visit concluded on Wednesday 11 December 2024 with a meeting at which inspectors gave their first findings."
            ),
            pair("2024-12-09", "2024-12-11")
        );
        // across a month's end, counted forward
        assert_eq!(
            fieldwork("The five-day inspection began on 29 April 2015."),
            pair("2015-04-29", "2015-05-03")
        );
    }

    #[test]
    fn a_visit_that_had_taken_place_is_an_earlier_one() {
        assert_eq!(
            fieldwork(
                "Inspectors returned to the service last month; its full inspection had taken place in November 2013."
            ),
            None
        );
    }

    #[test]
    fn a_plan_is_no_visit() {
        assert_eq!(
            fieldwork(
                "Independent reviews of progress are to begin in April 2015, each report to be published 25 days after the visit concerned."
            ),
            None
        );
        assert_eq!(
            fieldwork("The follow-up visits will take place in the autumn of 2015."),
            None
        );
    }

    #[test]
    fn the_team_was_in_the_area() {
        let record = parse(
            "Embargoed until 00:01 Wednesday 18 March 2009\n\nReport\n\nHeadline here\n\nThe original Area Effectiveness Inspection, carried out from 6 to 17 November 2006, made 13 recommendations. The follow-up team was in the Area from 12 to 23 January 2009.\n",
        );
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2009-01-12", "2009-01-23")
        );
    }

    #[test]
    fn dates_in_a_report_on_heading() {
        // "Report on" names the report as "Inspection" does; the month of
        // the inspection told later does not outrank the heading's days
        let record = parse(
            "Report on HMP Larchmount 6-17 March 2017\n\nWednesday, 28 June 2017\n\nThe Chief Inspector has today published the report on his March 2017 inspection of HMP Larchmount.\n",
        );
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2017-03-06", "2017-03-17")
        );
    }

    #[test]
    fn inspection_dates_label() {
        for label in ["Inspection dates:", "Dates of inspection:"] {
            assert_eq!(
                fieldwork(&format!(
                    "Fenmoor Council services for children {label} 9 October to 2 November 2017 Report published: 21 December 2017"
                )),
                pair("2017-10-09", "2017-11-02"),
                "{label}"
            );
        }
    }

    #[test]
    fn cases_followed_between_dates() {
        assert_eq!(
            fieldwork(
                "Between 2 March and 26 June 2015 they followed the cases of 72 women through the gate."
            ),
            pair("2015-03-02", "2015-06-26")
        );
    }

    #[test]
    fn going_back_to_routine_monitoring_is_no_visit() {
        assert_eq!(
            fieldwork(
                "The force was taken out of enhanced monitoring in May 2024 and went back to routine monitoring."
            ),
            None
        );
        assert_eq!(
            fieldwork("Inspectors went back to Exeter in May 2024 to see what had changed."),
            pair("2024-05-01", "2024-05-31")
        );
    }

    #[test]
    fn early_in_a_month() {
        assert_eq!(
            fieldwork("The post inspection review took place in early July 2015."),
            pair("2015-07-01", "2015-07-31")
        );
    }

    #[test]
    fn inspections_that_ran_over_days() {
        assert_eq!(
            fieldwork(
                "The board published its reports on two hospitals. Both inspections ran from 28 – 30 October 2024."
            ),
            pair("2024-10-28", "2024-10-30")
        );
    }

    #[test]
    fn a_return_within_weeks_ends_the_visit() {
        assert_eq!(
            fieldwork(
                "Inspectors visited the trust's two hospitals between 7 and 10 February 2017. They went back unannounced to Elm Hospital, Dunmere, on the evening of 21 February to look at the wards again."
            ),
            pair("2017-02-07", "2017-02-21")
        );
        // a return the next year is a visit of its own, not the end of this
        assert_eq!(
            fieldwork(
                "Inspectors visited the hospital between 7 and 10 February 2016. They returned on 3 March 2017 for a focused visit."
            ),
            pair("2016-02-07", "2016-02-10")
        );
    }

    #[test]
    fn dates_in_a_reports_details_line() {
        let record = parse(
            "Report on an Unannounced Inspection of HMP Brackenfold\n\nInspection by HMCIP, 3-14 May 2021, report compiled June 2021\n\nThe prison, which opened in March 2019, holds 900 men, said the Chief Inspector of Prisons.\n",
        );
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2021-05-03", "2021-05-14")
        );
    }

    #[test]
    fn distractors_are_not_fieldwork() {
        assert_eq!(
            fieldwork("The previous inspection took place between 3 and 7 March 2012."),
            None
        );
        assert_eq!(
            fieldwork("Inspectors examined cases finalised between 1 January and 30 June 2014."),
            None
        );
        assert_eq!(
            fieldwork(
                "The previous inspection was between 3 and 7 March 2012. Inspectors visited between 9 and 13 February 2015."
            ),
            pair("2015-02-09", "2015-02-13")
        );
    }

    #[test]
    fn a_sentence_of_figures_and_money_has_no_fieldwork() {
        assert_eq!(
            fieldwork(
                "Between October 2013 and September 2014 the escort service carried out 818,168 journeys, at a cost of £128.2 million."
            ),
            None
        );
        assert_eq!(
            fieldwork(
                "Inspectors carried out the fieldwork between 3 and 7 March 2014. The service costs £9.1 million a year."
            ),
            pair("2014-03-03", "2014-03-07")
        );
    }

    #[test]
    fn a_details_line_without_a_full_stop_is_no_part_of_the_next_sentence() {
        // the letter's "Publication date:" line would otherwise open the
        // fieldwork's sentence and rule its dates out
        let letter = "Screening of youth offending work in Orlmoor\n\nFrom: A. Person, Assistant Chief Inspector\nPublication date: 11 May 2016\nReport of a screening of youth offending work in Orlmoor\nFieldwork for this inspection ran from 04-07 April 2016, as one part of our programme.\n";
        let fieldwork = parse(letter).fieldwork.expect("fieldwork");
        assert_eq!(
            (fieldwork.start.as_str(), fieldwork.end.as_str()),
            ("2016-04-04", "2016-04-07")
        );
    }

    #[test]
    fn year_before_publication_is_inferred() {
        let record = parse(&format!(
            "{LEAD}Inspectors visited the area between 7 November and 2 December.{PAD}"
        ));
        let f = record.fieldwork.unwrap();
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2014-11-07", "2014-12-02")
        );
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == "year-inferred")
        );
    }

    #[test]
    fn a_week_without_a_year_is_worked_out_once_the_year_is_known() {
        // 11 May 2015 is a Monday: a working week; 13 May a Wednesday
        assert_eq!(
            fieldwork(
                "The inspection took place during the week of 11 May, with inspectors on site for five days."
            ),
            pair("2015-05-11", "2015-05-15")
        );
        assert_eq!(
            fieldwork(
                "The inspection took place during the week of 13 May, with inspectors on site."
            ),
            pair("2015-05-13", "2015-05-19")
        );
    }

    #[test]
    fn the_month_of_an_earlier_report_is_not_fieldwork() {
        assert_eq!(
            fieldwork(
                "In December 2021, the inspectorate carried out an inspection of custody time limits. Today's report finds 15% of logs complete, against 40% in the December 2021 report.\n"
            ),
            None
        );
    }

    #[test]
    fn a_bulleted_note_is_a_sentence_of_its_own() {
        assert_eq!(
            fieldwork(
                "The prison was inspected.\n\nNOTES TO EDITORS\n\n * A copy of the report, published on 30 June 2015, is on the website at www.example.org\n * This unannounced inspection took place between 23 February and 6 March 2015.\n"
            ),
            pair("2015-02-23", "2015-03-06")
        );
    }

    #[test]
    fn a_month_without_a_year_stands_only_where_nothing_dated_does() {
        assert_eq!(
            fieldwork(
                "The inspection was carried out remotely in February, because of travel restrictions."
            ),
            pair("2015-02-01", "2015-02-28")
        );
        assert_eq!(
            fieldwork(
                "Inspectors visited in February. The fieldwork took place between 2 and 6 March 2015."
            ),
            pair("2015-03-02", "2015-03-06")
        );
        // "in August 2017": the year after the month is the month's
        assert_eq!(
            fieldwork("The report follows an unannounced visit carried out in August 2014."),
            pair("2014-08-01", "2014-08-31")
        );
        // a programme's dates and a previous inspection are not this one's
        assert_eq!(
            fieldwork(
                "All inspections of youth services between November 2014 and June 2015 are being carried out remotely. The service was last inspected in June 2012."
            ),
            None
        );
    }

    #[test]
    fn several_weeks_and_a_first_inspection() {
        // 2 and 9 March 2015 are Mondays: to the Friday of the second week
        assert_eq!(
            fieldwork(
                "Inspectors visited the force's units during the weeks of 2 and 9 March 2015, and examined records."
            ),
            pair("2015-03-02", "2015-03-13")
        );
        assert_eq!(
            fieldwork(
                "When it was first inspected in March 2010, inspectors judged the centre unsafe."
            ),
            None
        );
    }

    #[test]
    fn a_month_before_its_visit_after_its() {
        assert_eq!(
            fieldwork(
                "HMI Prisons on Tuesday put out a report on its February 2023 visit to holding facilities in Kent."
            ),
            pair("2023-02-01", "2023-02-28")
        );
    }

    #[test]
    fn a_month_first_range_with_a_stray_article() {
        assert_eq!(
            fieldwork(
                "The regulator inspected the emergency department between November 8 2022 and the February 3 2023."
            ),
            pair("2022-11-08", "2023-02-03")
        );
    }

    #[test]
    fn two_weeks_each_with_its_month() {
        // 6 and 20 March 2017 are Mondays: to the Friday of the second
        assert_eq!(
            fieldwork("Fieldwork took place in the weeks beginning 6 March and 20 March 2017."),
            pair("2017-03-06", "2017-03-24")
        );
        assert_eq!(
            fieldwork("Fieldwork took place in the weeks beginning 27 February and 13 March 2017."),
            pair("2017-02-27", "2017-03-17")
        );
    }

    #[test]
    fn weeks_named_apart_in_one_sentence_are_one_period() {
        // 13 and 20 January 2025 are Mondays: to the Friday of the second
        assert_eq!(
            fieldwork(
                "Inspectors read cases remotely in the w/c 13 January 2025 and were on site in the week beginning 20 January 2025."
            ),
            pair("2025-01-13", "2025-01-24")
        );
        // an earlier week named after is no end
        assert_eq!(
            fieldwork(
                "Inspectors were on site in the week beginning 20 January 2025, after reading cases in the week of 13 January 2025."
            ),
            pair("2025-01-20", "2025-01-24")
        );
    }

    #[test]
    fn a_clause_of_its_own_in_a_sentence_about_another_inspection() {
        assert_eq!(
            fieldwork(
                "Provision, which had been a concern at the previous inspection in 2012, was better at the time of the unannounced inspection in July 2017."
            ),
            pair("2017-07-01", "2017-07-31")
        );
        assert_eq!(
            fieldwork(
                "None of the visits was announced beforehand, and they were carried out in May and June 2018."
            ),
            pair("2018-05-01", "2018-06-30")
        );
        // the other inspection's clause stays out
        assert_eq!(
            fieldwork(
                "The previous inspection, carried out in March 2012, made ten recommendations."
            ),
            None
        );
    }

    #[test]
    fn another_visit_brought_in_with_a_and_a_year_from_the_heading() {
        assert_eq!(
            fieldwork(
                "When inspectors visited, in November and December last year, the centre held 287 women. It was last inspected in May 2011, and a short follow-up visit took place in the autumn of 2012."
            ),
            pair("2014-11-01", "2014-12-31")
        );
        let record = parse(&format!(
            "#026/2012 Police custody in Avonmere – adequate\n\nInspectors published their report on an unannounced follow-up inspection in July this year.{PAD}"
        ));
        let f = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (f.start.as_str(), f.end.as_str()),
            ("2012-07-01", "2012-07-31")
        );
    }

    #[test]
    fn last_month_before_the_page_s_date() {
        // (LEAD's embargo is July 2015)
        assert_eq!(
            fieldwork(
                "Inspectors who arrived unannounced at the establishment last May found a safer prison. When inspectors went back for a short follow-up visit in June 2013, they found little change."
            ),
            pair("2015-05-01", "2015-05-31")
        );
    }

    #[test]
    fn a_month_alone_beside_a_visit_dated_years_before() {
        assert_eq!(
            fieldwork(
                "When inspectors arrived unannounced in April, they found a safer prison. A short unannounced follow-up visit also took place in November 2011."
            ),
            pair("2015-04-01", "2015-04-30")
        );
    }

    #[test]
    fn the_words_before_another_inspection_is_named() {
        assert_eq!(
            fieldwork(
                "Inspectors made an unannounced visit to the jail in January and found that assaults had risen since their last full inspection in 2016."
            ),
            pair("2015-01-01", "2015-01-31")
        );
    }
}
