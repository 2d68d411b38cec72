//! Files or cases examined: "examined a total of 105 files, including 15
//! allegations of rape", "more than 300 cases" (a lower bound), "60 police
//! and 75 prosecution files" (a total derived from its parts).
//!
//! A count is read only after a verb of examining, so percentages and other
//! statistics nearby are not taken for it.

use std::ops::Range;
use std::sync::LazyLock;

use crate::work::{LookBack, Pattern};

use super::Context;
use super::examined_count::{ExaminedCount, examined_counts};
use crate::diagnostic::{Code, Severity};
use crate::lexicon::{NUMBER_PATTERN, number_value};
use crate::record::{CountBound, FileCategory, Files};
use crate::source::{clean, starts_with_ignore_case, window_after, window_before};

use crate::lexicon::{
    ADDING_WORDS, COUNT_QUALIFIERS, EXAMINE_NOUNS, EXAMINE_VERBS, EXAMINED_AFTER_NOUN, EXAMINERS,
    FILE_NOUNS, FURTHER_WORDS, TRACK_VERBS,
};

/// "examined 60 police and 75 prosecution files": parts with no total.
static SPLIT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{EXAMINE_VERBS}|{EXAMINE_NOUNS}(?:\s+of)?)\s+(?:{COUNT_QUALIFIERS}\s+)?(?P<n1>{NUMBER_PATTERN})\s+(?P<k1>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?P<noun1>{FILE_NOUNS}\s+)?and\s+(?P<n2>{NUMBER_PATTERN})\s+(?P<k2>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?P<noun2>{FILE_NOUNS})\b"
    ))
    .expect("files split regex")
});

/// One more part straight after parts with no total: ", together with a
/// further 22 files from the Area's RASSO unit".
static FURTHER_PART: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*,?\s*{ADDING_WORDS}\s+{FURTHER_WORDS}\s+(?P<n>{NUMBER_PATTERN})\s+(?P<kind>(?:[\w'’-]+\s+){{0,3}}?{FILE_NOUNS}(?:\s+(?:from|in|of)\s+[^,.;]{{1,80}})?)"
    ))
    .expect("files further part regex")
});

/// A second sample added to the one counted, in the same sentence and with
/// no total ("looked at 42 cases of offenders serving community orders, as
/// well as 48 cases of offenders released on licence"), or with the noun
/// left out before where the second sample came from ("42 custody records
/// at Kirkton Road as well as 18 from the other three centres"). Where the first
/// sample's words may end is checked by hand ([`second_sample`]): a bounded
/// run of any character before the joiner would make the lazy DFA track
/// every position in it, and its cache grow for each thread.
static SECOND_SAMPLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i),?\s+{ADDING_WORDS}(?:\s+{FURTHER_WORDS})?\s+(?P<n>{NUMBER_PATTERN})\s+(?:(?P<kind>(?:[\w'’-]+\s+){{0,3}}?{FILE_NOUNS}(?:\s+(?:from|in|of)\s+[^,.;]{{1,80}})?)|(?P<elided>from\s+(?:the|each|every|its|their)\s[^,.;]{{1,80}}))"
    ))
    .expect("files second sample regex")
});

/// "examined the cases of 98 men", "examined the training records of 132
/// firefighters" (a word or two before the noun), "examined the cases of more than 100
/// children" (a lower bound), and with no verb, "evidence ..., among
/// them the case records of over 600 children"; the verb after its noun,
/// "In half of the 40 case files examined ...", "concerned about 17 of 92
/// cases looked at", "Eight out of 57 cases inspected" (the total in
/// digits; lexicon `EXAMINED_AFTER_NOUN`).
static ELSEWHERE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{EXAMINE_VERBS}|{TRACK_VERBS})\s+the\s+(?:[\w'’-]+\s+){{0,2}}?{FILE_NOUNS}\s+of\s+(?P<bound1>more\s+than\s+|over\s+|at\s+least\s+)?(?P<n1>{NUMBER_PATTERN})\b|\b(?:the|[0-9]{{1,4}}\s+of|[\w-]+\s+out\s+of)\s+(?P<n5>[0-9]{{1,4}})\s+(?:case\s+)?(?:files|cases|records)\s+(?:{EXAMINERS}\s+)?{EXAMINED_AFTER_NOUN}\b|\b(?:case\s+)?(?:records|files)\s+of\s+(?P<bound>more\s+than\s+|over\s+|at\s+least\s+)?(?P<n4>{NUMBER_PATTERN})\s+(?:{})\b",
        crate::lexicon::CASE_HOLDERS.join("|")
    ))
    .expect("files elsewhere regex")
});

/// A tally after the files are described: "examined a sample of Crown
/// Court cases (96 files)", "reviewed a sample of investigations – 48 in
/// all –", "the audit ... is based on 12 CPS areas, with 240 case files
/// in total". A count only with a verb or noun of examining before it
/// ([`EXAMINING_BEFORE`], within [`TALLY_LOOK`]).
static TALLY: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\(\s*(?P<n>{NUMBER_PATTERN})\s+{FILE_NOUNS}\s*\)|[\u{{2013}}\u{{2014}}-]\s*(?P<n_all>{NUMBER_PATTERN})\s+in\s+(?:all|total)\b|\b(?P<n_noun>{NUMBER_PATTERN})\s+(?:case\s+)?(?:files|cases|records)\s+in\s+(?:all|total)\b"
    ))
    .expect("files tally regex")
});

/// The verb ("reviewed") or noun ("the audit") of examining before a
/// [`TALLY`].
static EXAMINING_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{EXAMINE_VERBS}|{TRACK_VERBS}|{EXAMINE_NOUNS})\s"
    ))
    .expect("examining verb regex")
});

/// Where the verb of a [`TALLY`] may be: in the same sentence and outside
/// brackets, ending at most 160 characters before it (the files'
/// description may run over hard-wrapped lines: "read the probation case
/// records for a sample of offenders whose orders had been breached
/// between 1 July and 31 December 2010 - 168 in all -").
const TALLY_LOOK: LookBack = LookBack {
    gap: 160,
    reach: 24,
    stops: &[".", "(", ")", "\n\n", "\n\r\n"],
};

/// The first count of files stated away from its verb ([`ELSEWHERE`],
/// [`TALLY`]) in `piece`: its number's range, the whole span in the
/// piece, and whether it is a lower bound.
fn elsewhere(piece: &str) -> Option<(Range<usize>, Range<usize>, bool)> {
    let direct = ELSEWHERE.captures(piece).and_then(|c| {
        let n = c
            .name("n1")
            .or_else(|| c.name("n4"))
            .or_else(|| c.name("n5"))?;
        let whole = c.get(0)?;
        let bound = c.name("bound").or_else(|| c.name("bound1")).is_some();
        Some((n.range(), whole.range(), bound))
    });
    // a tally whose verb comes before the direct count's start ends at
    // most the look-back's reach after it; later tallies cannot win
    let limit = direct.as_ref().map_or(usize::MAX, |d| {
        d.1.start + TALLY_LOOK.gap * 4 + TALLY_LOOK.reach
    });
    let tally = TALLY
        .captures_iter(piece)
        .take_while(|c| c.get(0).is_some_and(|m| m.start() < limit))
        .find_map(|c| {
            let m = c.get(0)?;
            let n = c
                .name("n")
                .or_else(|| c.name("n_all"))
                .or_else(|| c.name("n_noun"))?;
            let verb = EXAMINING_BEFORE.find_before(piece, m.start(), 0, &TALLY_LOOK)?;
            Some((n.range(), verb.start..m.end(), false))
        });
    match (direct, tally) {
        (Some(d), Some(t)) if t.1.start < d.1.start => Some(t),
        (Some(d), _) => Some(d),
        (None, t) => t,
    }
}

/// Parts with no total in other shapes: the noun after the first count
/// ("read 88 cases from the community and 37 from custody"), or two verbs
/// ("tracked 12 children and sampled 40 cases").
static PARTS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{EXAMINE_VERBS}|{TRACK_VERBS})\s+(?P<n1>{NUMBER_PATTERN})\s+(?:(?P<noun>{FILE_NOUNS})\s+(?P<k1>(?:from|in|of|involving|under)\s+[^,.;()]{{1,40}}?)\s+and\s+(?P<n2>{NUMBER_PATTERN})\s+(?P<k2>(?:from|in|of|involving|under)\s+[^,.;()]{{1,40}}?)(?:[,.;]|\s+and\b|$)|(?P<k3>{holders})\s+and\s+(?:{EXAMINE_VERBS}|{TRACK_VERBS})\s+(?P<n3>{NUMBER_PATTERN})\s+(?P<k4>(?:[\w'’-]+\s+)?{FILE_NOUNS})\b)",
        holders = crate::lexicon::CASE_HOLDERS.join("|"),
    ))
    .expect("files parts regex")
});

/// A kind that already ends in its noun ("crime files").
static FILE_NOUN_RE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{FILE_NOUNS}$")).expect("file noun regex")
});

/// "105 files were examined", "the 8,783 stop and search records HMIC
/// examined", "the 192 cases examined in detail by the inspectorates", "Of
/// 374 cases reviewed, 278 ...".
static PASSIVE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<bound>more\s+than\s+|over\s+|at\s+least\s+)?(?P<n>{NUMBER_PATTERN})\s+(?P<kind>(?:[\w'’-]+\s+){{0,3}}?){FILE_NOUNS}\s+(?:(?:(?:were|was|have\s+been|had\s+been)\s+|(?:that\s+|which\s+)?(?:inspectors|we|the\s+inspectorate|(?-i:[A-Z]{{3,8}}))\s+(?:had\s+|have\s+)?){EXAMINE_VERBS}\b|{EXAMINE_VERBS}\s+(?:in\s+detail\s+)?by\b|\b{EXAMINE_VERBS}\s*,)"
    ))
    .expect("files passive regex")
});

/// Files counted, then the part of them examined: "2,277 records in all,
/// of which 81 were inspected".
/// (The files are looked for in code, in the sentence before: a pattern
/// running from the noun to the verb cost a megabyte of search states.)
static OF_WHICH_EXAMINED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<part>of\s+(?:which|these|them)\s+(?P<n>{NUMBER_PATTERN})\s+(?:were|was|had\s+been)\s+{EXAMINE_VERBS})\b"
    ))
    .expect("files of which examined regex")
});

/// A file noun anywhere: "2,277 records in all".
static ANY_FILE_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{FILE_NOUNS}\b")).expect("any file noun regex")
});

/// What introduces a breakdown after the count.
static BREAKDOWN_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)(?:,\s*|\s+|\(\s*)(?:{})\s+",
        crate::lexicon::BREAKDOWN_LEADS,
        "breakdown lead regex",
    )
});

/// What opens a sentence that breaks down the count of the sentence before:
/// "Within that total were", "Of these,", "These included".
static NEXT_SENTENCE_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^\s*(?:{})\s+",
        crate::lexicon::NEXT_SENTENCE_BREAKDOWN_LEADS,
        "next sentence breakdown lead regex",
    )
});

/// A breakdown straight after the count: "150 case files: 90 summary and 60
/// solemn", "112 cases (64 ... and 48 ...)", "150 case files, 90 of them
/// solemn and 60 summary".
static BREAKDOWN_DIRECT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*(?:[:(]|,(?:\s+(?:{NUMBER_PATTERN})\s+of\s+them\b)?)\s*"
    ))
    .expect("direct breakdown regex")
});

/// ", 58 of them ..." within a few words after the count: at most
/// [`OF_THEM_REACH`] characters with no full stop, colon, semicolon or
/// bracket before it. (The reach is measured in code: bounded in the
/// pattern, the run of characters held some 0.6 MB of lazy DFA states.
/// The words before are the fewest, so a first match too far is the only
/// one.)
static OF_THEM_LATER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^(?P<before>[^.;:()]*?),\s+(?P<n>{NUMBER_PATTERN})\s+of\s+them\b"
    ))
    .expect("of-them-later regex")
});

/// How far after the count ", N of them" may come, in characters.
const OF_THEM_REACH: usize = 150;

static PART: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?is)^\s*(?:and\s+)?(?:the\s+(?:{})\s+)?(?P<n>{NUMBER_PATTERN})\s+(?:of\s+them\s+|were\s+|involving\s+)?(?P<cat>.+?)\s*$",
        crate::lexicon::REMAINING_WORDS.join("|")
    ))
    .expect("breakdown part regex")
});

/// Reads the files examined, or `None` when the document states none.
pub fn extract(cx: &mut Context<'_>) -> Option<Files> {
    let files = stated(cx).or_else(|| files_table(cx))?;
    let mut files = from_each(cx, files);
    // a part's span starts at its count, not at the space or line break
    // before it ("... and 24 conditional cautions")
    let text = cx.source.text();
    for part in &mut files.breakdown {
        let (start, end) = (part.span.start, part.span.end);
        let Some(written) = text.get(start..end) else {
            continue;
        };
        let lead = written.len() - written.trim_start().len();
        if lead > 0 && lead < written.len() {
            part.span = cx.span(start + lead..end);
        }
    }
    Some(files)
}

/// "20 youth court cases from each of the 14 CPS areas", "60 magistrates'
/// courts cases and 40 Crown Court cases from each of the five Areas": the
/// count and its parts are per unit, so each is multiplied out. Leaves a
/// `count-derived` diagnostic; a product that would overflow changes
/// nothing.
fn from_each(cx: &mut Context<'_>, mut files: Files) -> Files {
    static EACH: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i)^[^.;:()]{{0,30}}?\bfrom\s+each\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<k>{NUMBER_PATTERN})\b"
        ))
        .expect("from each regex")
    });
    let text = cx.source.text();
    let Some(c) = EACH.captures(window_after(text, files.span.end, 120)) else {
        return files;
    };
    let Some(k) = number_value(&c["k"]).filter(|&k| k > 1) else {
        return files;
    };
    let Some((each, all)) = files
        .examined
        .and_then(|n| n.checked_mul(k).map(|all| (n, all)))
    else {
        return files;
    };
    let Some(parts) = files
        .breakdown
        .iter()
        .map(|b| b.count.checked_mul(k))
        .collect::<Option<Vec<u32>>>()
    else {
        return files;
    };
    for (part, n) in files.breakdown.iter_mut().zip(parts) {
        part.count = n;
    }
    files.examined = Some(all);
    files.bound = CountBound::Derived;
    let end = files.span.end + c.get(0).map_or(0, |m| m.end());
    cx.diagnose(
        Severity::Info,
        Code::CountDerived,
        files.span.start..end,
        format!("{each} from each of {k}: {all} in all"),
    );
    files
}

/// The files examined as the document states them, before any "from each
/// of" is multiplied out.
fn stated(cx: &mut Context<'_>) -> Option<Files> {
    for (piece, offset) in cx.narrative() {
        // "one hundred and twelve victim files" is one count, not two.
        let split = SPLIT.captures_iter(piece).find(|c| {
            let word = |k: &str| {
                c[k].split_whitespace().next().is_some_and(|w| {
                    number_value(w).is_some()
                        || w.eq_ignore_ascii_case("hundred")
                        || w.eq_ignore_ascii_case("thousand")
                })
            };
            !word("k1") && !word("k2")
        });
        if let Some(c) = split {
            let (Some(n1), Some(n2)) = (number_value(&c["n1"]), number_value(&c["n2"])) else {
                continue;
            };
            let whole = c
                .get(0)
                .map_or(0..0, |m| offset + m.start()..offset + m.end());
            // "60 police and 75 prosecution files": each kind takes the
            // noun unless it has its own ("80 crime files and 45 ...").
            let noun = clean(&c["noun2"]);
            let part = |n: u32, name: &str, cat: &str| FileCategory {
                count: n,
                category: if FILE_NOUN_RE.is_match(cat) {
                    clean(cat)
                } else {
                    clean(&format!("{cat} {noun}"))
                },
                span: cx.span(
                    c.name(name)
                        .map_or(0..0, |m| offset + m.start()..offset + m.end()),
                ),
            };
            let mut breakdown = vec![part(n1, "n1", &c["k1"]), part(n2, "n2", &c["k2"])];
            // a sum that would overflow is no count at all
            let Some(mut total) = n1.checked_add(n2) else {
                continue;
            };
            let mut whole = whole;
            let further = FURTHER_PART.captures(window_after(cx.source.text(), whole.end, 200));
            if let Some(more) = further {
                let sum =
                    number_value(&more["n"]).and_then(|n3| total.checked_add(n3).map(|t| (n3, t)));
                if let (Some((n3, sum)), Some(m)) = (sum, more.name("n")) {
                    let at = whole.end;
                    breakdown.push(FileCategory {
                        count: n3,
                        category: clean(&more["kind"]),
                        span: cx.span(at + m.start()..at + m.end()),
                    });
                    total = sum;
                    whole.end = at + more.get(0).map_or(0, |m| m.end());
                }
            }
            return Some(summed(cx, whole, breakdown, total));
        }
        // A count in a clause about an earlier report ("the 2021 report
        // ..., which examined 400 files") gives way to a later one.
        if let Some(found) = other_parts(cx, piece, offset) {
            return Some(found);
        }
        let mut active = None;
        let mut earlier = None;
        for c in examined_counts(piece) {
            if super::about_earlier_report(piece, c.whole.start) {
                earlier.get_or_insert(c);
            } else {
                active = Some(c);
                break;
            }
        }
        // "examined a sample of records – 186 in all – ... The 2021
        // inspection had examined 150 records": a tally of this inspection
        // before the earlier report's count
        // (read only where no active count was found)
        let passive_count = if active.is_none() {
            passive_count(piece)
        } else {
            None
        };
        if active.is_none() {
            if let Some(found) = stated_elsewhere(cx, piece, offset) {
                // "A total of 148 case files was examined - 86 ... and 62
                // ... -" before "in 143 of the 148 files examined": the same
                // count stated first, with its parts, is the statement
                let first = passive_count.as_ref().filter(|p| {
                    offset + p.whole.start < found.span.start
                        && number_value(&piece[p.number.clone()]) == found.examined
                });
                if first.is_none() {
                    return Some(found);
                }
            }
        }
        let active = active.or(earlier);
        let from_active = active.is_some();
        let found = active.or(passive_count).or_else(|| {
            // "the sample came to 2,277 records in all, of which 81
            // were inspected": the part examined of a larger whole
            let c = OF_WHICH_EXAMINED.captures(piece)?;
            let (whole, number) = (c.name("part")?, c.name("n")?);
            let before = window_before(piece, whole.start(), 300);
            let sentence = &before[crate::source::last_sentence_start(before)..];
            if !ANY_FILE_NOUN.is_match(sentence) {
                return None;
            }
            Some(ExaminedCount {
                whole: whole.range(),
                number: number.range(),
                lower_bound: false,
                kind: number.end()..number.end(),
            })
        });
        let Some(c) = found else {
            if let Some(found) = stated_elsewhere(cx, piece, offset) {
                return Some(found);
            }
            if let Some(found) = bracketed_parts(cx, piece, offset) {
                return Some(found);
            }
            continue;
        };
        let Some(n) = number_value(&piece[c.number.clone()]) else {
            continue;
        };
        let whole = offset + c.whole.start..offset + c.whole.end;
        let lower = c.lower_bound;
        let bound = bound_of(cx, lower, whole.clone(), n);
        let breakdown = breakdown(cx, whole.end, n);
        // Only "examined 95 files ..., 65 ... and 40 ..." lists parts: after
        // "Of 374 cases reviewed," the numbers are shares of the count.
        // (a lower bound on the first part, "numbered over 7177 incidents,
        // 2525 crime reports and 3901 crimes", still lists the parts; its
        // diagnostic stays beside the total derived from them)
        if breakdown.is_empty() && from_active {
            if let Some(found) = listed_parts(cx, &c, offset, n) {
                return Some(found);
            }
        }
        if breakdown.is_empty() && bound == CountBound::Exact && from_active {
            if let Some(found) = second_sample(cx, &c, offset, n) {
                return Some(found);
            }
            if let Some(found) = team_samples(cx, piece, &c, offset, n) {
                return Some(found);
            }
            if let Some(found) = also_sampled(cx, &c, offset, n) {
                return Some(found);
            }
            if let Some(found) = bulleted_samples(cx, &c, offset, n) {
                return Some(found);
            }
        }
        return Some(Files {
            examined: Some(n),
            bound,
            breakdown,
            span: cx.span(whole),
        });
    }
    None
}

/// A count before its passive verb in `piece`: "148 case files were
/// examined". "In 31 of the 84 cases we inspected, ...": a share of the
/// cases, not their count.
fn passive_count(piece: &str) -> Option<ExaminedCount> {
    let c = PASSIVE.captures(piece)?;
    let (whole, number, kind) = (c.get(0)?, c.name("n")?, c.name("kind")?);
    (!starts_with_ignore_case(kind.as_str(), "of ")).then(|| ExaminedCount {
        whole: whole.range(),
        number: number.range(),
        lower_bound: c.name("bound").is_some_and(|b| !b.as_str().is_empty()),
        kind: kind.range(),
    })
}

/// The files of a count stated away from its verb ([`elsewhere`]) in
/// `piece`, which starts at byte `offset`, unless it is an earlier
/// report's.
fn stated_elsewhere(cx: &mut Context<'_>, piece: &str, offset: usize) -> Option<Files> {
    let (number, whole, lower) = elsewhere(piece)?;
    if super::about_earlier_report(piece, whole.start) {
        return None;
    }
    let n = number_value(&piece[number.clone()])?;
    let breakdown = breakdown(cx, offset + whole.end, n);
    // "sampled the files of 90 people recorded as absconders ..., 50 cases
    // in which ... and 35 cases in which ...": the first of a list of parts
    if breakdown.is_empty() && !lower {
        let count = ExaminedCount {
            kind: number.end..number.end,
            whole: whole.clone(),
            number,
            lower_bound: false,
        };
        if let Some(found) = listed_parts(cx, &count, offset, n) {
            return Some(found);
        }
    }
    let whole = offset + whole.start..offset + whole.end;
    let bound = bound_of(cx, lower, whole.clone(), n);
    Some(Files {
        examined: Some(n),
        bound,
        breakdown,
        span: cx.span(whole),
    })
}

/// The bound of a count: a lower bound ("over 280 files") leaves a
/// `count-lower-bound` diagnostic on `whole`, the words that state it.
fn bound_of(cx: &mut Context<'_>, lower: bool, whole: Range<usize>, n: u32) -> CountBound {
    if !lower {
        return CountBound::Exact;
    }
    let said = clean(&cx.source.text()[whole.clone()]);
    cx.diagnose(
        Severity::Info,
        Code::CountLowerBound,
        whole,
        format!("\"{said}\" is a lower bound; {n} is recorded"),
    );
    CountBound::AtLeast
}

/// More of the files, counted later in the sentence with no adding word
/// before them: "a review of 20 case files and looked as well at evidence
/// from a further 29 randomly selected cases" (lexicon `FURTHER_WORDS`).
static FURTHER_SAMPLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{FURTHER_WORDS}\s+(?P<n>{NUMBER_PATTERN})\s+(?P<kind>(?:[\w'’-]+\s+){{0,3}}?{FILE_NOUNS})\b"
    ))
    .expect("files further sample regex")
});

/// How far after the first count a [`FURTHER_SAMPLE`] may be, within the
/// sentence, in bytes.
const FURTHER_SAMPLE_REACH: usize = 200;

/// A count and a second sample added to it in the same sentence
/// ([`SECOND_SAMPLE`], or [`FURTHER_SAMPLE`] with the first sample's kind
/// its own words), summed with a `count-derived` diagnostic; `None` where
/// there is none or the sum would overflow.
fn second_sample(cx: &mut Context<'_>, c: &ExaminedCount, offset: usize, n1: u32) -> Option<Files> {
    let (first, count) = (&c.whole, &c.number);
    let text = cx.source.text();
    let at = offset + first.end;
    let after = window_after(text, at, 400);
    // the first sample's words run on to the joiner, within the sentence
    // and at most 160 bytes
    let clause_end = after.find(['.', ';', ':', '(', ')']).unwrap_or(after.len());
    let adjoined = SECOND_SAMPLE
        .captures(after)
        .filter(|m| m.get(0).is_some_and(|w| w.start() <= clause_end.min(160)));
    let further = || {
        let sentence_end = after.find(['.', ';']).unwrap_or(after.len());
        FURTHER_SAMPLE
            .captures(
                &after[..crate::source::floor_char_boundary(
                    after,
                    sentence_end.min(FURTHER_SAMPLE_REACH),
                )],
            )
            .filter(|m| m.get(0).is_some_and(|w| w.end() <= sentence_end))
    };
    let (more, first_kind_end) = match adjoined {
        Some(more) => {
            let joiner = more.get(0)?.start();
            (more, at + joiner)
        }
        None => (further()?, at),
    };
    let n2 = number_value(&more["n"])?;
    let total = n1.checked_add(n2)?;
    let joined = more.get(0)?;
    let second = more.name("n")?;
    let whole = offset + first.start..at + joined.end();
    let breakdown = vec![
        FileCategory {
            count: n1,
            category: clean(&text[offset + count.end..first_kind_end]),
            span: cx.span(offset + count.start..offset + count.end),
        },
        FileCategory {
            count: n2,
            category: match more.name("kind") {
                Some(kind) => clean(kind.as_str()),
                // the first sample's noun (without where it came from),
                // then where the second came from
                None => {
                    let first_kind = &text[offset + count.end..first_kind_end];
                    let noun_end = crate::lexicon::SAMPLE_PLACE_PREPOSITIONS
                        .iter()
                        .filter_map(|p| first_kind.find(&format!(" {p} ")))
                        .min()
                        .unwrap_or(first_kind.len());
                    clean(&format!(
                        "{} {}",
                        &first_kind[..noun_end],
                        more.name("elided")?.as_str()
                    ))
                }
            },
            span: cx.span(at + second.start()..at + second.end()),
        },
    ];
    Some(summed(cx, whole, breakdown, total))
}

/// More samples in the sentence after the count's, told as more of the
/// same work: "We examined 2,367 incident records ... We also audited 100
/// crime reports of violence against the person and 60 rape records."
/// (lexicon `EXAMINERS`; the second part's words after the first's
/// noun a run of words, not any characters, for the lazy DFA's sake).
static ALSO_SAMPLED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*{EXAMINERS}\s+also\s+{EXAMINE_VERBS}\s+(?:{COUNT_QUALIFIERS}\s+)?(?P<n>{NUMBER_PATTERN})\s+(?P<kind>(?:[\w'’-]+\s+){{0,3}}?{FILE_NOUNS})\b(?:(?:\s+[\w'’-]+){{0,8}}?\s+and\s+(?P<n2>{NUMBER_PATTERN})\s+(?P<kind2>(?:[\w'’-]+\s+){{0,3}}?{FILE_NOUNS})\b)?",
    ))
    .expect("files also sampled regex")
});

/// A count and the samples the next sentence adds to it ([`ALSO_SAMPLED`]),
/// summed with a `count-derived` diagnostic; `None` where there are none
/// or the sum would overflow.
fn also_sampled(cx: &mut Context<'_>, c: &ExaminedCount, offset: usize, n: u32) -> Option<Files> {
    let text = cx.source.text();
    let from = offset + c.whole.end;
    let next = from + sentence_len(&text[from..]) + 1;
    let after = window_after(text, next.min(text.len()), 400);
    let more = ALSO_SAMPLED.captures(after)?;
    let mut breakdown = vec![FileCategory {
        count: n,
        category: clean(&text[offset + c.number.end..offset + c.whole.end]),
        span: cx.span(offset + c.number.start..offset + c.number.end),
    }];
    let mut total = n;
    for (count, kind) in [("n", "kind"), ("n2", "kind2")] {
        let (Some(m), Some(k)) = (more.name(count), more.name(kind)) else {
            continue;
        };
        // ("We also examined 20 of those files in depth": a share of the
        // files counted, no more of them)
        if starts_with_ignore_case(k.as_str(), "of ") {
            return None;
        }
        let value = number_value(m.as_str())?;
        total = total.checked_add(value)?;
        breakdown.push(FileCategory {
            count: value,
            category: clean(k.as_str()),
            span: cx.span(next + m.start()..next + m.end()),
        });
    }
    let end = next + more.get(0)?.end();
    Some(summed(cx, offset + c.whole.start..end, breakdown, total))
}

/// A bullet that opens with a verb of examining and counts files somewhere
/// in its first clause: "assessed the cases of children subject to 24 court
/// disposals". Read only beside a sibling bullet with a count of its own
/// ([`bulleted_samples`]).
static BULLETED_SAMPLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^(?:{EXAMINE_VERBS}|{TRACK_VERBS})\b[^,;:.()]*?\b(?P<n>{NUMBER_PATTERN})\s+(?P<kind>(?:[\w'’-]+\s+){{0,3}}?{FILE_NOUNS})\b"
    ))
    .expect("files bulleted sample regex")
});

/// How many bullets of one list are read for [`bulleted_samples`], at most.
const BULLETED_SAMPLES: usize = 16;

/// Samples counted one to a bullet, each bullet opening with its verb, with
/// no total ("During the inspection they: • assessed the cases of children
/// subject to 24 court disposals • assessed 18 out-of-court disposals •
/// held 31 interviews"): the count `c`, found in one bullet, and the counts
/// of the list's other bullets of examining, summed in the list's order
/// with a `count-derived` diagnostic. `None` unless `c` is in a bullet and
/// another bullet of the list counts files; a bullet counting a share of
/// files ("read 10 of those cases again") adds nothing.
fn bulleted_samples(
    cx: &mut Context<'_>,
    c: &ExaminedCount,
    offset: usize,
    n: u32,
) -> Option<Files> {
    let source = cx.source;
    let at = source.line_index(offset + c.whole.start);
    let own = source.line(at);
    super::BULLET.find(own.text)?;
    // the list: bullets and their indented carried-on lines, up to a line
    // that is blank or neither
    let in_list = |k: usize| {
        let line = source.line(k);
        !line.is_blank()
            && (super::BULLET.is_match(line.text) || line.text.starts_with([' ', '\t']))
    };
    let mut first = at;
    while first > 0 && in_list(first - 1) && at - first < BULLETED_SAMPLES {
        first -= 1;
    }
    let mut last = at;
    while last + 1 < source.line_count() && in_list(last + 1) && last - at < BULLETED_SAMPLES {
        last += 1;
    }
    let mut parts = Vec::new();
    let mut total: u32 = 0;
    let (mut start, mut end) = (usize::MAX, 0);
    for k in first..=last {
        let line = source.line(k);
        let Some(bullet) = super::BULLET.find(line.text) else {
            continue;
        };
        let item_start = line.start + bullet.end();
        let item = &line.text[bullet.end()..];
        let (count, number, whole_end) = if k == at {
            (
                n,
                offset + c.number.start..offset + c.number.end,
                offset + c.whole.end,
            )
        } else {
            let Some(m) = BULLETED_SAMPLE.captures(item) else {
                continue;
            };
            let (num, kind) = (m.name("n")?, m.name("kind")?);
            if starts_with_ignore_case(kind.as_str(), "of ") {
                continue;
            }
            let Some(value) = number_value(num.as_str()) else {
                continue;
            };
            (
                value,
                item_start + num.start()..item_start + num.end(),
                item_start + kind.end(),
            )
        };
        total = total.checked_add(count)?;
        parts.push(FileCategory {
            count,
            category: clean(&source.text()[number.end..whole_end]),
            span: cx.span(number.clone()),
        });
        start = start.min(item_start);
        end = end.max(whole_end);
    }
    if parts.len() < 2 {
        return None;
    }
    Some(summed(cx, start..end, parts, total))
}

/// A sentence that opens with a team of inspectors, named by its body
/// ("HMICFRS inspectors", "HM Inspectorate of Probation's inspectors"):
/// the length of that opening.
fn team_opening(sentence: &str) -> Option<usize> {
    static TEAM: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"^\s*(?:(?i:the)\s+)?(?:\p{{Lu}}[\w&'’-]*\s+){{1,6}}(?i:{}s)\b",
            crate::lexicon::INSPECTOR_NOUN
        ))
        .expect("team regex")
    });
    TEAM.find(sentence).map(|m| m.end())
}

/// Each team of a joint inspection counting its own sample, one sentence
/// each, with no total ("HMICFRS inspectors examined 90 police files ...
/// HMCPSI inspectors assessed 60 CPS case files. HMI Probation inspectors
/// looked at the cases of 40 people on probation"): the samples of the
/// sentences that follow the first, each opening with its team, summed
/// with a `count-derived` diagnostic. `None` unless the first count's
/// sentence opens with a team and at least one more follows.
fn team_samples(
    cx: &mut Context<'_>,
    piece: &str,
    c: &ExaminedCount,
    offset: usize,
    n1: u32,
) -> Option<Files> {
    let start = crate::source::last_sentence_start(&piece[..c.whole.start]);
    team_opening(&piece[start..c.whole.start])?;
    let mut parts = vec![FileCategory {
        count: n1,
        category: clean(&piece[c.number.end..c.whole.end]),
        span: cx.span(offset + c.number.start..offset + c.number.end),
    }];
    let mut total = n1;
    let mut end = offset + c.whole.end;
    let mut at = c.whole.end + sentence_len(&piece[c.whole.end..]);
    while let Some(next) = piece.get(at..).and_then(|r| r.strip_prefix('.')) {
        let next_start = piece.len() - next.len();
        let sentence = &next[..sentence_len(next)];
        if team_opening(sentence).is_none() {
            break;
        }
        let found = examined_counts(sentence)
            .next()
            .map(|e| (e.number, e.whole.end))
            .or_else(|| {
                let (number, whole, lower) = elsewhere(sentence)?;
                // "the cases of 40 people on probation ...": the part is
                // named by the words after its count, to the clause's end
                let rest = &sentence[whole.end..];
                let named = whole.end + rest.find([',', ';', '(']).unwrap_or(rest.len());
                (!lower).then_some((number, named))
            });
        let Some((number, whole_end)) = found else {
            break;
        };
        let Some(n) = number_value(&sentence[number.clone()]) else {
            break;
        };
        total = total.checked_add(n)?;
        let base = next_start;
        parts.push(FileCategory {
            count: n,
            category: clean(&sentence[number.end..whole_end]),
            span: cx.span(offset + base + number.start..offset + base + number.end),
        });
        end = offset + base + whole_end;
        at = next_start + sentence.len();
    }
    if parts.len() < 2 {
        return None;
    }
    Some(summed(cx, offset + c.whole.start..end, parts, total))
}

/// Files examined as the sum of parts with no total stated, `total`, with
/// a `count-derived` diagnostic on `whole` naming the parts ("the sum of 42
/// and 48", "of 72, 48 and 30").
fn summed(
    cx: &mut Context<'_>,
    whole: Range<usize>,
    breakdown: Vec<FileCategory>,
    total: u32,
) -> Files {
    let counts: Vec<String> = breakdown.iter().map(|p| p.count.to_string()).collect();
    let parts = match counts.split_last() {
        Some((last, [_, ..])) => format!("{} and {last}", counts[..counts.len() - 1].join(", ")),
        _ => counts.concat(),
    };
    cx.diagnose(
        Severity::Info,
        Code::CountDerived,
        whole.clone(),
        format!("no total is stated; {total} is the sum of {parts}"),
    );
    Files {
        examined: Some(total),
        bound: CountBound::Derived,
        breakdown,
        span: cx.span(whole),
    }
}

/// Parts with no total read by [`PARTS`], summed, with a `count-derived`
/// diagnostic; `None` where there are none or the sum would overflow.
fn other_parts(cx: &mut Context<'_>, piece: &str, offset: usize) -> Option<Files> {
    let Some(c) = PARTS.captures(piece) else {
        return tracked_then_sampled(cx, piece, offset);
    };
    let n1 = number_value(&c["n1"])?;
    let (n2, k1, k2) = match c.name("n3") {
        Some(n3) => (
            number_value(n3.as_str())?,
            c.name("k3")?.as_str().to_owned(),
            c.name("k4")?.as_str().to_owned(),
        ),
        None => {
            let noun = c.name("noun")?.as_str();
            (
                number_value(&c["n2"])?,
                format!("{noun} {}", &c["k1"]),
                format!("{noun} {}", &c["k2"]),
            )
        }
    };
    let total = n1.checked_add(n2)?;
    let whole = c
        .get(0)
        .map_or(0..0, |m| offset + m.start()..offset + m.end());
    let at = |name: &str| {
        c.name(name)
            .map_or(0..0, |m| offset + m.start()..offset + m.end())
    };
    let second = if c.name("n3").is_some() { "n3" } else { "n2" };
    let breakdown = vec![
        FileCategory {
            count: n1,
            category: clean(&k1),
            span: cx.span(at("n1")),
        },
        FileCategory {
            count: n2,
            category: clean(&k2),
            span: cx.span(at(second)),
        },
    ];
    Some(summed(cx, whole, breakdown, total))
}

/// People tracked, counted ("tracked the experiences of eight children",
/// lexicon `CASE_HOLDERS`, `TRACKED_LEADS`); their sample's words after
/// them are looked through by hand to [`SAMPLED_AFTER_TRACKED`].
static TRACKED_HOLDERS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{TRACK_VERBS}\s+(?:(?:{leads})\s+)?(?P<n>{NUMBER_PATTERN})\s+(?P<k>(?:{holders})(?:['’]s?\s+{FILE_NOUNS})?)\b",
        leads = crate::lexicon::TRACKED_LEADS.join("|"),
        holders = crate::lexicon::CASE_HOLDERS.join("|"),
    ))
    .expect("tracked holders regex")
});

/// The sample after people tracked, in the same sentence: "and sampled a
/// further 36 children's cases", or "and sampled a further 35" with the
/// noun of the cases tracked left out.
static SAMPLED_AFTER_TRACKED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\band\s+(?:{EXAMINE_VERBS}|{TRACK_VERBS})\s+(?:(?P<further>{FURTHER_WORDS})\s+)?(?P<n>{NUMBER_PATTERN})(?:\s+(?P<k>(?:[\w'’-]+\s+)?{FILE_NOUNS})\b|[,;.]|\s*$)"
    ))
    .expect("sampled after tracked regex")
});

/// How far after the people tracked their sample may be, in bytes: the
/// people's description between ("aged between 10 and 16 in depth").
const SAMPLED_AFTER_TRACKED_REACH: usize = 120;

/// "They tracked the experiences of eight children aged between 10 and 16
/// in depth and sampled a further 36 children's cases", "tracked 12
/// children's cases and sampled a further 35": the people tracked
/// and the cases sampled, two parts with no total, summed with a
/// `count-derived` diagnostic.
fn tracked_then_sampled(cx: &mut Context<'_>, piece: &str, offset: usize) -> Option<Files> {
    let tracked = TRACKED_HOLDERS.captures(piece)?;
    let (n1, k1) = (tracked.name("n")?, tracked.name("k")?);
    let rest = &piece[k1.end()..];
    let sentence_end = rest.find(['.', ';']).unwrap_or(rest.len());
    let window = &rest
        [..crate::source::floor_char_boundary(rest, sentence_end.min(SAMPLED_AFTER_TRACKED_REACH))];
    let sampled = SAMPLED_AFTER_TRACKED.captures(window)?;
    let n2 = sampled.name("n")?;
    // with its noun left out, the sample is more of the cases tracked
    let (k2, k2_end) = match sampled.name("k") {
        Some(k) => (clean(k.as_str()), k.end()),
        None if sampled.name("further").is_some() && FILE_NOUN_RE.is_match(k1.as_str()) => {
            (clean(k1.as_str()), n2.end())
        }
        None => return None,
    };
    let (c1, c2) = (number_value(n1.as_str())?, number_value(n2.as_str())?);
    let total = c1.checked_add(c2)?;
    // ("In all, inspectors looked at 42 children's cases." before them: a
    // stated total, which they break down or do not)
    let tracked_at = tracked.get(0)?.start();
    if examined_counts(piece).any(|c| c.whole.start < tracked_at) {
        return None;
    }
    let at = offset + k1.end();
    let breakdown = vec![
        FileCategory {
            count: c1,
            category: clean(k1.as_str()),
            span: cx.span(offset + n1.start()..offset + k1.end()),
        },
        FileCategory {
            count: c2,
            category: k2,
            span: cx.span(at + n2.start()..at + k2_end),
        },
    ];
    let whole = offset + tracked.get(0)?.start()..at + k2_end;
    Some(summed(cx, whole, breakdown, total))
}

/// "We inspected the cases of children supervised by the YOS (26 court
/// disposals, 6 of them custodial sentences, and 18 out-of-court
/// disposals)": the cases of people (lexicon `CASE_HOLDERS`) examined with
/// no count, then their parts in a bracket, at most [`CASES_GAP`]
/// characters after the people.
const CASES_GAP: usize = 80;

static CASES_OF_HOLDERS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{EXAMINE_VERBS}\s+(?:the\s+)?(?:cases|files|records)\s+of\s+(?:[A-Za-z'’-]+\s+)?(?:{holders})\b(?P<gap>[^.();]*)\(",
        holders = crate::lexicon::CASE_HOLDERS.join("|"),
    ))
    .expect("cases of holders regex")
});

/// The parts in a bracket after cases examined with no count
/// ([`CASES_OF_HOLDERS`]), two or more, summed with a `count-derived`
/// diagnostic.
fn bracketed_parts(cx: &mut Context<'_>, piece: &str, offset: usize) -> Option<Files> {
    let c = CASES_OF_HOLDERS.captures(piece)?;
    // (the words between the people and the bracket checked here: a
    // bounded gap in the pattern grows its lazy DFA by megabytes)
    if c.name("gap")?.as_str().chars().count() > CASES_GAP {
        return None;
    }
    let m = c.get(0)?;
    let start = offset + m.end();
    let text = cx.source.text();
    let rest = &text[start..start + sentence_len(&text[start..])];
    let parts = parts_of(cx, start, rest);
    if parts.len() < 2 {
        return None;
    }
    let total = sum_of(&parts)?;
    Some(summed(cx, offset + m.start()..start - 1, parts, total))
}

/// "examined 95 files in which the CPS had charged, 65 in which the police
/// had and 40 files for cases discontinued": the count is the first of a
/// list of parts with no total, each opening with its number; the total is
/// their sum.
fn listed_parts(cx: &mut Context<'_>, c: &ExaminedCount, offset: usize, n: u32) -> Option<Files> {
    let text = cx.source.text();
    let count = &c.number;
    let from = offset + count.end;
    let sentence = &text[from..from + sentence_len(&text[from..])];
    let mut pieces = split_parts(sentence);
    // the list closes at its "and N ..." part; a clause after it that
    // opens with no number (", all finalised between 1 September 2015 and
    // 31 January 2016") is not more parts
    if let Some(close) =
        (1..pieces.len()).find(|&i| sentence[..pieces[i].start].trim_end().ends_with("and"))
    {
        if pieces
            .get(close + 1)
            .is_some_and(|p| !PART.is_match(&sentence[p.clone()]))
        {
            pieces.truncate(close + 1);
        }
    }
    if pieces.len() < 2 {
        return None;
    }
    // every piece after the first is "N ..." (not a share), and the list
    // closes with "and N ..."
    let last = &sentence[pieces.last()?.clone()];
    let closed = sentence[..pieces.last()?.start].trim_end().ends_with("and")
        || last.trim_start().starts_with("and ");
    if !closed {
        return None;
    }
    // "136 cases from across the Area: 58 ...", "38 cases (10 good, 18 ...)":
    // a breakdown of the count, not more parts of it
    if sentence[pieces[0].clone()].contains([':', '(', '\u{2013}', '\u{2014}']) {
        return None;
    }
    let first_start = offset + count.start;
    let mut parts = vec![FileCategory {
        count: n,
        category: clean(&sentence[pieces[0].clone()]),
        span: cx.span(first_start..from + pieces[0].end),
    }];
    for piece in &pieces[1..] {
        let raw = &sentence[piece.clone()];
        let c = PART.captures(raw)?;
        let k = number_value(&c["n"])?;
        // "... between 1 April and 30 June 2011": a date, not a part
        let first_word = c["cat"].split_whitespace().next().unwrap_or("");
        let names_no_files = crate::lexicon::NOT_FILE_NOUNS
            .iter()
            .any(|noun| crate::source::find_word(&c["cat"], noun).is_some());
        if c["cat"].starts_with('%')
            || c["cat"].to_ascii_lowercase().starts_with("per cent")
            || crate::lexicon::month(first_word).is_some()
            || names_no_files
        {
            return None;
        }
        let abs = from + piece.start;
        parts.push(FileCategory {
            count: k,
            category: clean(&c["cat"]),
            span: cx.span(abs..abs + raw.trim_end().len()),
        });
    }
    let total = sum_of(&parts)?;
    // "... and 36 probation cases – 141 in all – drawn from ...": the total
    // stated after the last part, which ends before it
    let last = pieces.last()?.clone();
    let stated = TALLY
        .captures(&sentence[last.clone()])
        .filter(|t| t.name("n_all").and_then(|n| number_value(n.as_str())) == Some(total))
        .and_then(|t| t.get(0));
    if let (Some(tally), Some(part)) = (stated, parts.last_mut()) {
        let cut = &sentence[last.start..last.start + tally.start()];
        if let Some(c) = PART.captures(cut.trim_end()) {
            let abs = from + last.start;
            part.category = clean(&c["cat"]);
            part.span = cx.span(abs..abs + cut.trim_end().len());
        }
        let whole = offset + c.whole.start..from + last.start + tally.end();
        return Some(Files {
            examined: Some(total),
            bound: CountBound::Exact,
            breakdown: parts,
            span: cx.span(whole),
        });
    }
    // "... and 45 cases in which a visit had been made. Of these 180
    // files, 41 had ...": the next sentence opens by stating the total
    static STATED_NEXT: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::words_pattern(
            &format!(r"(?i)^[\s.;]*(?:{{}})\s+(?P<n>{NUMBER_PATTERN})\b"),
            crate::lexicon::TOTAL_RESTATED_LEADS,
            "total restated regex",
        )
    });
    let text = cx.source.text();
    let next = crate::source::window_after(text, from + sentence.len(), 40);
    if let Some(m) = STATED_NEXT
        .captures(next)
        .filter(|n| number_value(&n["n"]) == Some(total))
        .and_then(|n| n.name("n"))
    {
        let end = from + sentence.len() + m.end();
        return Some(Files {
            examined: Some(total),
            bound: CountBound::Exact,
            breakdown: parts,
            span: cx.span(from + sentence.len() + m.start()..end),
        });
    }
    let whole = offset + c.whole.start..from + last.end;
    cx.diagnose(
        Severity::Info,
        Code::CountDerived,
        whole.clone(),
        format!(
            "no total is stated; {total} is the sum of the {} parts listed",
            parts.len()
        ),
    );
    Some(Files {
        examined: Some(total),
        bound: CountBound::Derived,
        breakdown: parts,
        span: cx.span(whole),
    })
}

/// The sum of the parts' counts, or `None` when it would overflow.
fn sum_of(parts: &[FileCategory]) -> Option<u32> {
    parts
        .iter()
        .try_fold(0u32, |sum, p| sum.checked_add(p.count))
}

/// The breakdown after a count: "including 15 allegations of rape",
/// "(of which 40 were youth cases and 12 ...)".
fn breakdown(cx: &Context<'_>, from: usize, total: u32) -> Vec<FileCategory> {
    let text = cx.source.text();
    let sentence = &text[from..from + sentence_len(&text[from..])];
    // "Inspectors looked at 340 letters, ... Within that total were 200
    // ..., 70 ... and 70 ...": a breakdown in the next sentence, taken
    // only when its parts add up to the count.
    let next = || {
        let after = from + sentence.len();
        let rest = text.get(after..)?.strip_prefix('.')?;
        // "Ninety-four were community sentences, 41 ... and 25 ...": with
        // no lead, a sentence of two parts or more that add up.
        let (lead, fewest) = match NEXT_SENTENCE_LEAD.find(rest) {
            Some(lead) => (lead.end(), 1),
            None => (rest.len() - rest.trim_start().len(), 2),
        };
        let start = after + 1 + lead;
        let next_sentence = &text[start..start + sentence_len(&text[start..])];
        parts_adding_up(cx, start, next_sentence, total, fewest)
            .or_else(|| parts_by_verb(cx, start, next_sentence, total))
    };
    // "80 case files, 30 magistrates' court cases and 50 Crown Court
    // cases": the parts straight after a comma, taken when they add up to
    // the count (a later "including" then names no parts of it)
    if let Some(rest) = sentence.strip_prefix(',') {
        let ws = rest.len() - rest.trim_start().len();
        if let Some(parts) = parts_adding_up(cx, from + 1 + ws, rest.trim_start(), total, 2) {
            return parts;
        }
    }
    // "180 records – 120 crime reports and 60 missing person
    // investigations –": the parts between dashes, taken when they add up
    // ("340 letters in all – 200 ..., 70 ... and 70 ...")
    let trimmed = sentence.trim_start();
    let unqualified = crate::lexicon::TOTAL_WORDS
        .iter()
        .find(|q| starts_with_ignore_case(trimmed, q))
        .map_or(sentence, |q| &trimmed[q.len()..]);
    let after_dash = unqualified
        .trim_start()
        .strip_prefix(['\u{2013}', '\u{2014}'])
        .or_else(|| unqualified.strip_prefix(" - "))
        .or_else(|| {
            // "the records of 132 firefighters – 78 wholetime and 54 ... –":
            // the noun of whom the files are, then the dash
            let t = unqualified.trim_start();
            let (noun, rest) = t.split_once(char::is_whitespace)?;
            noun.chars()
                .all(char::is_alphabetic)
                .then(|| rest.trim_start().strip_prefix(['\u{2013}', '\u{2014}']))?
        });
    if let Some(rest) = after_dash {
        let inner = &rest[..rest
            .find(['\u{2013}', '\u{2014}'])
            .or_else(|| rest.find(" - "))
            .unwrap_or(rest.len())];
        let ws = inner.len() - inner.trim_start().len();
        let start = from + (sentence.len() - rest.len()) + ws;
        if let Some(parts) = parts_adding_up(cx, start, inner.trim(), total, 2) {
            return parts;
        }
    }
    // "the cases of 96 men who had been released ..., 58 of them
    // supervised by the NPS and 38 by CRCs": the parts a few words on,
    // taken when they add up
    let of_them = OF_THEM_LATER
        .captures(window_after(sentence, 0, 200))
        .filter(|c| {
            c.name("before")
                .is_some_and(|b| b.as_str().chars().nth(OF_THEM_REACH).is_none())
        });
    if let Some(c) = of_them {
        if let Some(n) = c.name("n") {
            let start = from + n.start();
            if let Some(parts) = parts_adding_up(cx, start, &sentence[n.start()..], total, 2) {
                return parts;
            }
        }
    }
    // "120 files (magistrates' courts 70; Crown Court 50)": each part's
    // label before its number, taken when they add up
    if let Some(parts) = labelled_parts(cx, from, sentence, total) {
        return parts;
    }
    let start = match BREAKDOWN_DIRECT.captures(sentence) {
        // "150 case files, 90 of them solemn": the part starts at the number
        Some(c)
            if c.get(0)
                .is_some_and(|m| m.as_str().to_ascii_lowercase().contains("of them")) =>
        {
            from + c.get(0).map_or(0, |m| {
                m.as_str()
                    .find(|ch: char| ch.is_alphanumeric())
                    .unwrap_or(0)
            })
        }
        Some(c) if c.get(0).is_some_and(|m| m.as_str().contains([':', '('])) => {
            let opened = c.get(0).map_or(0, |m| m.end());
            // "(including 124 ...": the lead inside the bracket
            match BREAKDOWN_LEAD.find(sentence) {
                Some(lead) if lead.start() < opened => from + lead.end(),
                _ => from + opened,
            }
        }
        _ => match BREAKDOWN_LEAD.find(sentence) {
            Some(lead) => from + lead.end(),
            None => {
                // "136 cases from across the Area: 58 ..., 41 ... and 37
                // ...", "60 case files in which forensic work had been
                // requested - 40 ... and 20 ...", "records of 84 adults at
                // risk of harm (56 adults whose ... and 28 whose ...)": a
                // few words, then the parts after a colon or a dash, or
                // inside brackets, taken when they add up to the count
                let opened = crate::source::first_of(
                    sentence,
                    crate::source::SPACED_DASHES.into_iter().chain([":", " ("]),
                )
                .map(|(at, len)| (at, at + len))
                .filter(|&(at, _)| at <= 80 && !sentence[..at].contains(['(', ';']));
                if let Some((_, end)) = opened {
                    let start = from + end;
                    let mut rest = &text[start..from + sentence.len()];
                    if sentence[..end].ends_with('(') {
                        rest = &rest[..rest.find(')').unwrap_or(rest.len())];
                    }
                    if let Some(parts) = parts_adding_up(cx, start, rest, total, 2) {
                        return parts;
                    }
                }
                return next()
                    .or_else(|| bulleted_parts(cx, from + sentence.len(), total))
                    .or_else(|| table_parts(cx, from + sentence.len(), total))
                    .unwrap_or_default();
            }
        },
    };
    let mut parts = parts_of(cx, start, &text[start..from + sentence.len()]);
    if !parts.is_empty() {
        scale_share_of_each_unit(&mut parts, total);
        return parts;
    }
    // "115 case files ..., broken down as shown in Table 1": the lead
    // names no parts; a table below may, or bullets ("made up of:" over
    // "•    41 community orders")
    bulleted_parts(cx, from + sentence.len(), total)
        .or_else(|| table_parts(cx, from + sentence.len(), total))
        .unwrap_or_default()
}

/// How many bullets a breakdown below its count is read over, at most.
const BULLETED_PARTS: usize = 12;

/// A breakdown bulleted on the lines just below the count's sentence (or
/// below a lead-in ending in a colon), one part a bullet ("•    41
/// community orders", its line carried on indented below), when there are
/// two parts or more and they add up to `total`.
fn bulleted_parts(cx: &Context<'_>, after: usize, total: u32) -> Option<Vec<FileCategory>> {
    let text = cx.source.text();
    let first = cx.source.line_index(after.min(text.len()));
    let mut parts = Vec::new();
    let mut started = false;
    for k in first + 1..cx.source.line_count() {
        let line = cx.source.line(k);
        if line.is_blank() {
            if started {
                break;
            }
            continue;
        }
        let Some(bullet) = super::BULLET.find(line.text) else {
            // an item's line carried on, indented; or the end of the
            // list's lead-in ("By outcome, the files / were:")
            if (started && line.text.starts_with([' ', '\t']))
                || (!started && line.text.trim_end().ends_with(':'))
            {
                continue;
            }
            break;
        };
        started = true;
        let item = &line.text[bullet.end()..];
        let start = line.start + bullet.end();
        let part = parts_of(cx, start, item.split(',').next().unwrap_or(item));
        let [one] = part.as_slice() else {
            return None;
        };
        parts.push(one.clone());
        if parts.len() > BULLETED_PARTS {
            return None;
        }
    }
    (parts.len() >= 2 && sum_of(&parts) == Some(total)).then_some(parts)
}

/// A table of counts just below the count's sentence ("The files were:",
/// then "Crown Court cases | 96" rows, a header and a rule above them), when
/// it has two rows or more that add up to `total`. A row's label may run
/// onto a line of its own below it.
fn table_parts(cx: &Context<'_>, after: usize, total: u32) -> Option<Vec<FileCategory>> {
    let parts = table_rows(cx, after)?.parts;
    (parts.len() >= 2 && sum_of(&parts) == Some(total)).then_some(parts)
}

/// The rows of a table of counts on the lines after byte `after` (a
/// header and rules may come first), and its total row's count and range
/// if it ends in one ("Total | 154", lexicon `TOTAL_ROW_LABELS`). Rules of
/// dashes are stepped over; a line with no count carries on the label
/// above it. `None` when the lines do not read as such a table.
fn table_rows(cx: &Context<'_>, after: usize) -> Option<TableRows> {
    static ROW: LazyLock<Pattern> = LazyLock::new(|| {
        // further cells after the count ("Youth | 10 | 74.0%") are figures
        // about the row, not counts of files
        crate::lexicon::regex(r"^\s*(?P<label>\S.*?)\s*(?:\||\s{2,}|\t)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?:\s*(?:\||\s{2,}|\t)\s*[\d.,]+%?)*\s*\|?\s*$")
            .expect("files table row regex")
    });
    let is_rule = |t: &str| {
        let t = t.trim();
        !t.is_empty()
            && t.chars()
                .all(|c| matches!(c, '-' | '+' | '|' | '=' | '_' | ' '))
    };
    let source = cx.source;
    let first = source.line_index(after) + 1;
    let mut parts: Vec<FileCategory> = Vec::new();
    // lines before the first row: the rest of the lead, a header, a rule
    let mut before_rows = 0;
    // "  of which youth cautions ...   9", set in under a row: a part of
    // that row, not another part of the whole (the rows' indent is the
    // first row's)
    let indent = |t: &str| t.len() - t.trim_start().len();
    let mut row_indent: Option<usize> = None;
    let mut in_sub_row = false;
    for index in first..source.line_count().min(first + 40) {
        let line = source.line(index);
        if line.is_blank() {
            if parts.is_empty() && before_rows < 4 {
                continue;
            }
            break;
        }
        if is_rule(line.text) {
            continue;
        }
        // (a deeper line under a row that is no sub-row carries on a cell:
        // "Yorkshire and" / "the Humber")
        if let Some(base) = row_indent {
            let lead = line.text.trim_start();
            let opens_sub_row = crate::lexicon::SUB_ROW_LEADS
                .iter()
                .any(|w| starts_with_ignore_case(lead, w));
            if opens_sub_row || (in_sub_row && indent(line.text) > base) {
                in_sub_row = true;
                continue;
            }
        }
        in_sub_row = false;
        if let Some(c) = ROW.captures(line.text) {
            row_indent.get_or_insert(indent(line.text));
            let n = c["n"].replace(',', "").parse().ok()?;
            let label = c
                .name("label")
                .map_or(0..0, |m| line.start + m.start()..line.start + m.end());
            let written = source.text()[label.clone()].trim_end_matches('|').trim();
            if crate::lexicon::is_total_row_label(written) {
                return Some(TableRows {
                    parts,
                    total: Some((n, label.start..line.end())),
                });
            }
            parts.push(FileCategory {
                count: n,
                category: clean(written),
                span: cx.span(label.start..line.end()),
            });
        } else if let Some(last) = parts.last_mut() {
            // "taken" under "Pre-charge decisions where no further action was"
            let more = line.text.trim().trim_end_matches('|').trim();
            last.category = format!("{} {more}", last.category);
        } else {
            before_rows += 1;
            if before_rows > 4 {
                return None;
            }
        }
    }
    Some(TableRows { parts, total: None })
}

/// A table of counts read by [`table_rows`].
struct TableRows {
    /// The rows above any total row.
    parts: Vec<FileCategory>,
    /// The total row's count and range, if the table ends in one.
    total: Option<(u32, Range<usize>)>,
}

/// Files counted only in a table whose header names them ("Office | Cases
/// read") and whose total row is the sum of its rows: the total is the
/// count, the rows its breakdown.
fn files_table(cx: &Context<'_>) -> Option<Files> {
    static HEADER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i)^(?:number\s+of\s+)?{FILE_NOUNS}(?:\s+{EXAMINE_VERBS})?$"
        ))
        .expect("files table header regex")
    });
    let source = cx.source;
    for index in 0..source.line_count() {
        let line = source.line(index);
        let t = line.text.trim();
        if t.len() > 120 || !(t.contains('|') || t.contains("  ") || t.contains('\t')) {
            continue;
        }
        // cells parted by bars or tabs, else by runs of spaces ("Category
        // <spaces> Files examined")
        let ruled = t.contains(['|', '\t']);
        let Some(last_cell) = t
            .rsplit(['|', '\t'])
            .next()
            .map(str::trim)
            .filter(|c| ruled && !c.is_empty())
            .or_else(|| t.rsplit("  ").next().map(str::trim))
        else {
            continue;
        };
        if !HEADER.is_match(last_cell) {
            continue;
        }
        let Some(TableRows {
            parts,
            total: Some((total, range)),
        }) = table_rows(cx, line.start)
        else {
            continue;
        };
        if parts.len() >= 2 && sum_of(&parts) == Some(total) {
            return Some(Files {
                examined: Some(total),
                bound: CountBound::Exact,
                breakdown: parts,
                span: cx.span(range),
            });
        }
    }
    None
}

/// Parts in brackets straight after the count with each label before its
/// number ("(magistrates' courts 70; Crown Court 50)"), when there are two
/// or more and they add up to `total`. `sentence` starts at byte `from`.
fn labelled_parts(
    cx: &Context<'_>,
    from: usize,
    sentence: &str,
    total: u32,
) -> Option<Vec<FileCategory>> {
    static LABELLED: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"^\s*(?P<label>[^\d;,()]*?[^\d\s;,()])\s+(?P<n>\d{1,6})\s*$")
            .expect("labelled part regex")
    });
    let open = sentence.len() - sentence.trim_start().len();
    let inner_start = open + sentence[open..].strip_prefix('(').map(|_| 1)?;
    let inner_len = sentence[inner_start..].find(')')?;
    let inner = &sentence[inner_start..inner_start + inner_len];
    let separator = if inner.contains(';') { ';' } else { ',' };
    let mut parts = Vec::new();
    let mut at = inner_start;
    for piece in inner.split(separator) {
        let c = LABELLED.captures(piece)?;
        let label = c.name("label")?;
        parts.push(FileCategory {
            count: c["n"].parse().ok()?,
            category: clean(label.as_str()),
            span: cx.span(from + at + label.start()..from + at + piece.trim_end().len()),
        });
        at += piece.len() + 1;
    }
    (parts.len() >= 2 && sum_of(&parts) == Some(total)).then_some(parts)
}

/// The parts of a breakdown list at byte `start` ([`parts_of`]), when there
/// are at least `fewest` of them and they add up to `total`: the test that
/// a list read without a lead word is the count's breakdown.
/// "They tracked the experiences of 8 children in depth ... and sampled a
/// further 34 cases": parts of the count in the next sentence, each after
/// its own verb of examining, taken when there are two or more and they
/// add up to the count.
fn parts_by_verb(
    cx: &Context<'_>,
    start: usize,
    sentence: &str,
    total: u32,
) -> Option<Vec<FileCategory>> {
    static PART_BY_VERB: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i)\b(?:{EXAMINE_VERBS}|{TRACK_VERBS})\s+(?:[\w'’-]+\s+){{0,4}}?(?P<n>{NUMBER_PATTERN})\s+(?P<cat>[\w'’-]+)"
        ))
        .expect("part by verb regex")
    });
    let parts: Vec<FileCategory> = PART_BY_VERB
        .captures_iter(sentence)
        .filter_map(|c| {
            let n = c.name("n")?;
            let cat = c.name("cat")?;
            Some(FileCategory {
                count: number_value(n.as_str())?,
                category: cat.as_str().to_owned(),
                span: cx.span(start + n.start()..start + cat.end()),
            })
        })
        .collect();
    (parts.len() >= 2 && sum_of(&parts) == Some(total)).then_some(parts)
}

fn parts_adding_up(
    cx: &Context<'_>,
    start: usize,
    rest: &str,
    total: u32,
    fewest: usize,
) -> Option<Vec<FileCategory>> {
    let mut parts = parts_of(cx, start, rest);
    scale_share_of_each_unit(&mut parts, total);
    (parts.len() >= fewest && sum_of(&parts) == Some(total)).then_some(parts)
}

/// "210 case files: 30 police investigation files from each force and 60
/// CPS case files": a part counted for each unit (lexicon
/// `EACH_SHARE_OPENINGS`) is that count times the units, and where the
/// other parts leave a multiple of it to the total, it is that rest (150
/// here, five forces). One such part only; the total must be stated.
fn scale_share_of_each_unit(parts: &mut [FileCategory], total: u32) {
    let shares: Vec<usize> = (0..parts.len())
        .filter(|&k| each_share_at(&parts[k].category).is_some())
        .collect();
    let [share] = shares[..] else { return };
    let others = parts
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != share)
        .try_fold(0u32, |sum, (_, p)| sum.checked_add(p.count));
    let Some(rest) = others.and_then(|others| total.checked_sub(others)) else {
        return;
    };
    let each = parts[share].count;
    if each > 0 && rest % each == 0 && rest / each >= 2 {
        parts[share].count = rest;
        // the kind without "from each force": the count is the whole's now
        if let Some(at) = each_share_at(&parts[share].category) {
            parts[share].category.truncate(at);
        }
    }
}

/// Where a part's kind says it was counted for each unit ("police
/// investigation files from each force"): the byte before the lexicon's
/// `EACH_SHARE_OPENINGS` words, after the kind's own. ASCII case folding
/// keeps the kind's byte offsets.
fn each_share_at(category: &str) -> Option<usize> {
    let lower = category.to_ascii_lowercase();
    crate::lexicon::EACH_SHARE_OPENINGS
        .iter()
        .filter_map(|w| lower.find(&format!(" {w}")))
        .min()
}

/// The parts of a breakdown list starting at byte `start` (`rest` is the
/// text from there to the end of its sentence).
fn parts_of(cx: &Context<'_>, start: usize, rest: &str) -> Vec<FileCategory> {
    // The list ends at a semicolon or at the bracket it opened in; a
    // bracket opened inside it is an aside ("340 were police files (68
    // from each force) and 180 ...").
    let mut depth = 0usize;
    let end = rest
        .char_indices()
        .find(|&(_, c)| match c {
            '(' => {
                depth += 1;
                false
            }
            ')' if depth > 0 => {
                depth -= 1;
                false
            }
            ')' | ';' => depth == 0,
            _ => false,
        })
        .map_or(rest.len(), |(i, _)| i);
    // "86 were cases of ...; 28 related to ...; and the remaining 17 were
    // ...": parts long enough to hold commas are set apart by semicolons
    let pieces = semicolon_parts(rest).unwrap_or_else(|| split_parts(&rest[..end]));
    let mut out = Vec::new();
    for part in pieces {
        let raw = &rest[part.clone()];
        // "26 court disposals, 6 of them custodial sentences, and 18 ...":
        // after a part, a part of that part, stepped over
        let share_of_part = !out.is_empty()
            && raw
                .trim_start()
                .split_once(char::is_whitespace)
                .is_some_and(|(_, after)| {
                    crate::lexicon::SHARE_OPENINGS
                        .iter()
                        .any(|w| starts_with_ignore_case(after.trim_start(), w))
                });
        if share_of_part {
            continue;
        }
        let Some(c) = PART.captures(raw) else { break };
        let Some(n) = number_value(&c["n"]) else {
            break;
        };
        // "340 were police files (68 from each force)", "files on
        // persistent young offenders (PYOs)2": an aside or an acronym
        // closing the kind is no part of it; a bracket inside the kind's
        // name is ("the force's management of sexual or violent offenders
        // (MOSOVO) team")
        let category = c["cat"]
            .split_once(" (")
            .filter(|(_, inside)| {
                let after = inside.split_once(')').map_or("", |(_, after)| after);
                inside.starts_with(|c: char| c.is_ascii_digit())
                    || !after.contains(|c: char| c.is_alphabetic())
            })
            .map_or(&c["cat"], |(before, _)| before);
        // "14 of the latter involving ...": a part of the part before
        // (its words may wrap over lines)
        let opening = category
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        if crate::lexicon::SUBSET_OPENINGS
            .iter()
            .any(|w| starts_with_ignore_case(&opening, w))
        {
            break;
        }
        // "30 from each of three Areas": a share of every unit, not a part
        if crate::lexicon::EACH_SHARE_OPENINGS
            .iter()
            .any(|w| starts_with_ignore_case(category.trim_start(), w))
        {
            return Vec::new();
        }
        let abs = start + part.start;
        out.push(FileCategory {
            count: n,
            category: clean(category),
            span: cx.span(abs..abs + raw.trim_end().len()),
        });
    }
    out
}

/// The parts of a breakdown set apart by semicolons, outside brackets, when
/// there are two or more and each opens with its count (after "and" or
/// "the remaining"); `None` otherwise.
fn semicolon_parts(rest: &str) -> Option<Vec<Range<usize>>> {
    let pieces = crate::source::split_outside_brackets(rest, ';');
    let counted = |r: &Range<usize>| {
        PART.captures(&rest[r.clone()])
            .is_some_and(|c| number_value(&c["n"]).is_some())
    };
    (pieces.len() >= 2 && pieces.iter().all(counted)).then_some(pieces)
}

/// The length of the sentence at the start of `text`: up to a full stop
/// followed by white space or the end, or a blank line.
fn sentence_len(text: &str) -> usize {
    text.char_indices()
        .find(|&(i, c)| {
            (c == '.' && text[i + 1..].chars().next().is_none_or(char::is_whitespace))
                || super::starts_blank_line(text, i)
        })
        .map_or(text.len(), |(i, _)| i)
}

/// Splits a breakdown at commas and at " and " that is followed by a
/// number.
fn split_parts(list: &str) -> Vec<Range<usize>> {
    static SEP: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i),\s*(?:and\s+)?|\s+and\s+(?:{NUMBER_PATTERN})\b"
        ))
        .expect("parts separator regex")
    });
    let mut out = Vec::new();
    let mut start = 0;
    let digit_at = |i: usize| list.as_bytes().get(i).is_some_and(u8::is_ascii_digit);
    for m in SEP.find_iter(list) {
        // "1,312 incident records": a thousands separator, not a break
        if m.start() > 0 && digit_at(m.start() - 1) && m.len() == 1 && digit_at(m.end()) {
            continue;
        }
        // "one hundred and eight were youth court files": "and" inside a
        // number in words
        let before = list[..m.start()].trim_end();
        if crate::lexicon::NUMBER_SCALES
            .iter()
            .any(|w| crate::source::ends_with_ignore_case(before, w))
            && !m.as_str().trim_start().starts_with(',')
        {
            continue;
        }
        // "between 1 April and 30 September 2015": the end of a range of
        // dates, not a part
        let next_word = list[m.end()..].split_whitespace().next().unwrap_or("");
        if !m.as_str().trim_start().starts_with(',') && crate::lexicon::month(next_word).is_some() {
            continue;
        }
        out.push(start..m.start());
        // keep the number of an " and 12 ..." separator in the next part
        start = if m.as_str().trim_start().starts_with(',') {
            m.end()
        } else {
            m.start()
                + m.as_str()
                    .to_ascii_lowercase()
                    .find("and")
                    .map_or(0, |i| i + 3)
        };
    }
    out.push(start..list.len());
    out
}

#[cfg(test)]
mod tests {
    use crate::parse;
    use crate::record::CountBound;

    mod of_them_as_the_old_pattern {
        use super::super::{NUMBER_PATTERN, OF_THEM_LATER, OF_THEM_REACH};
        use proptest::prelude::*;

        /// Where the number of ", N of them" is, read as the pattern with
        /// the reach bounded in it read it.
        fn oracle(text: &str) -> Option<std::ops::Range<usize>> {
            static OLD: std::sync::LazyLock<crate::work::Pattern> =
                std::sync::LazyLock::new(|| {
                    crate::lexicon::regex(&format!(
                        r"(?i)^[^.;:()]{{0,150}}?,\s+(?P<n>{NUMBER_PATTERN})\s+of\s+them\b"
                    ))
                    .unwrap()
                });
            OLD.captures(text)
                .and_then(|c| c.name("n"))
                .map(|n| n.range())
        }

        fn read(text: &str) -> Option<std::ops::Range<usize>> {
            OF_THEM_LATER
                .captures(text)
                .filter(|c| {
                    c.name("before")
                        .is_some_and(|b| b.as_str().chars().nth(OF_THEM_REACH).is_none())
                })
                .and_then(|c| c.name("n"))
                .map(|n| n.range())
        }

        fn text() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just(", 58 of them".to_owned()),
                Just(" of them".to_owned()),
                Just(", ".to_owned()),
                Just(".".to_owned()),
                Just("é".to_owned()),
                "[0-9]{1,3}",
                "[a-z]{1,9}",
                Just(" ".to_owned()),
            ];
            (prop::collection::vec(piece, 0..30), 0usize..4)
                .prop_map(|(pieces, pad)| format!("{}{}", "x".repeat(pad * 45), pieces.concat()))
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]
            #[test]
            fn reads_what_the_pattern_read(t in text()) {
                prop_assert_eq!(read(&t), oracle(&t), "{:?}", t);
            }
        }

        #[test]
        fn at_and_over_the_reach() {
            for n in [148, 149, 150, 151, 152] {
                let t = format!("{}, 58 of them were", "y".repeat(n));
                assert_eq!(read(&t), oracle(&t), "{n}");
            }
        }
    }

    const LEAD: &str = "Inspection report\n\nA headline\n\n";
    const PAD: &str = " The inspection found much to praise and some things to improve, as the report sets out in detail.";

    fn files(body: &str) -> (Option<u32>, CountBound, Vec<u32>) {
        let f = parse(&format!("{LEAD}{body}{PAD}")).files.expect("files");
        (
            f.examined,
            f.bound,
            f.breakdown.iter().map(|b| b.count).collect(),
        )
    }

    #[test]
    fn a_breakdown_in_the_next_sentence_after_of_the_whole() {
        assert_eq!(
            files(
                "Inspectors examined a sample of 90 case files \u{2013} about 4 percent of the 2,230 crimes recorded. Of the 90, 58 had been finalised by the police and 32 had been referred to the CPS."
            ),
            (Some(90), CountBound::Exact, vec![58, 32])
        );
    }

    #[test]
    fn a_part_counted_for_each_unit_is_times_the_units() {
        assert_eq!(
            files(
                "In all, inspectors examined 210 case files: 30 police investigation files from each force and 60 CPS case files."
            ),
            (Some(210), CountBound::Exact, vec![150, 60])
        );
        let f = parse(&format!(
            "{LEAD}In all, inspectors examined 210 case files: 30 police investigation files from each force and 60 CPS case files.{PAD}"
        ))
        .files
        .expect("files");
        assert_eq!(f.breakdown[0].category, "police investigation files");
        // where no multiple of it is left to the total, it is no part
        assert_eq!(
            files(
                "In all, inspectors examined 205 case files: 30 police investigation files from each force and 60 CPS case files."
            )
            .2,
            vec![30, 60]
        );
    }

    #[test]
    fn pre_sentence_reports_by_their_initials() {
        assert_eq!(
            files(
                "It draws on data from the inspections of 26 probation delivery units, with a total of 490 PSRs examined, most of them oral reports."
            ),
            (Some(490), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn the_cases_of_more_than_a_count_of_people() {
        assert_eq!(
            files(
                "The team examined the cases of more than 100 children, watched staff at work and met families."
            ),
            (Some(100), CountBound::AtLeast, vec![])
        );
    }

    #[test]
    fn parts_between_dashes_after_the_verb() {
        let stated = "A total of 148 case files was examined - 86 finalised in the magistrates' courts and 62 finalised in the Crown Court - and inspectors interviewed 57 members of staff and 31 others.";
        assert_eq!(files(stated), (Some(148), CountBound::Exact, vec![86, 62]));
        // the same count again later, as a share's whole, is no statement
        assert_eq!(
            files(&format!(
                "{stated}\n\nCharging decisions were right in 143 of the 148 files examined (96.6%)."
            )),
            (Some(148), CountBound::Exact, vec![86, 62])
        );
    }

    #[test]
    fn parts_listed_after_the_files_of_people() {
        // the first part after "the files of", a range of dates inside it
        assert_eq!(
            files(
                "Inspectors sampled the files of 90 people recorded as absconders between 1 April and 30 September 2015, 50 cases in which reporting had been reduced, and 35 cases in which it had been lifted.\n"
            ),
            (Some(175), CountBound::Derived, vec![90, 50, 35])
        );
        // a word before the noun, the parts between dashes after the noun
        // of whom they are; the year and "had" of the inspection before
        // (lexicon EARLIER_REPORT_WORDS)
        let body = "We examined the training records of 132 firefighters \u{2013} 78 wholetime and 54 on the retained duty system \u{2013} and observed 14 sessions. In 2016 we had examined 118 records.\n";
        assert_eq!(files(body), (Some(132), CountBound::Exact, vec![78, 54]));
        // the second part ends at the closing dash
        let f = parse(&format!("{LEAD}{body}{PAD}")).files.expect("files");
        assert_eq!(f.breakdown[1].category, "on the retained duty system");
    }

    #[test]
    fn a_crime_recording_audit_in_parts_over_two_sentences() {
        // the parts under a lower bound on the first, after "the records
        // we examined numbered"
        assert_eq!(
            files(
                "The records we examined numbered over 7177 incidents, 2525 crime reports and 3901 crimes.\n"
            ),
            (Some(13603), CountBound::Derived, vec![7177, 2525, 3901])
        );
        // who examined and the verb are the lexicon's (`EXAMINERS`,
        // `EXAMINED_AFTER_NOUN`)
        assert_eq!(
            files("The cases the team sampled numbered 85 case files and 40 crime reports.\n"),
            (Some(125), CountBound::Derived, vec![85, 40])
        );
        // more samples in the next sentence, "We also audited ..."
        assert_eq!(
            files(
                "We examined 2,367 incident records created between 1 January and 31 March 2022. We also audited 100 crime reports of violence against the person and 60 rape records.\n"
            ),
            (Some(2527), CountBound::Derived, vec![2367, 100, 60])
        );
        // a share of the files counted, looked at again, is no more files
        assert_eq!(
            files(
                "We examined 90 case files from the last quarter. We also examined 20 of those files in more depth.\n"
            ),
            (Some(90), CountBound::Exact, vec![])
        );
        // a sample "made up of" its cases
        assert_eq!(
            files("They went through a sample made up of 123 High Court sexual crimes cases.\n").0,
            Some(123)
        );
    }

    #[test]
    fn files_taken_away_to_assess() {
        let (n, _, _) = files(
            "Earlier in the year, the inspectors took away about 100 files of completed cases for assessment.\n",
        );
        assert_eq!(n, Some(100));
        let (n, _, _) = files(
            "Inspectors examined 64 firearm certificate applications decided between January and May.\n",
        );
        assert_eq!(n, Some(64));
    }

    #[test]
    fn a_total_told_after_the_noun_of_examining() {
        let (n, _, _) = files(
            "The audit by the inspectorate, covering how well the service keeps case files, is based on 12 areas, with 240 case files in total drawn from both courts.\n",
        );
        assert_eq!(n, Some(240));
        // a total with nothing examined before it is a statistic
        let page = format!("{LEAD}The region dealt with 240 cases in total last year.\n{PAD}");
        assert_eq!(parse(&page).files, None);
    }

    #[test]
    fn parts_in_brackets_after_the_people_counted() {
        let (n, _, parts) = files(
            "Inspectors read the health and social work records of 84 adults at risk of harm (56 adults whose cases led to a full investigation and 28 whose cases were closed early).\n",
        );
        assert_eq!((n, parts), (Some(84), vec![56, 28]));
    }

    #[test]
    fn samples_counted_one_to_a_bullet_are_summed() {
        let page = "Inspectors were on site in the week of 6 March 2023. During the inspection they:\n\n\u{2022} assessed the cases of children subject to 24 court disposals\n\u{2022} assessed 18 out-of-court disposals\n\u{2022} held 31 interviews with case managers\n\u{2022} read 10 of those cases again with managers\n\nThe cases were supervised in late 2022.";
        assert_eq!(files(page), (Some(42), CountBound::Derived, vec![24, 18]));
        // a bullet alone is no list of samples
        let page = page.replace(
            "assessed the cases of children subject to 24 court disposals",
            "met the board",
        );
        assert_eq!(files(&page), (Some(18), CountBound::Exact, vec![]));
    }

    #[test]
    fn a_breakdown_bulleted_below_its_count() {
        let page = "Inspectors visited the Trust in January and examined 118 cases, made up of:\n\n\u{2022}    41 community orders\n\u{2022}    26 suspended sentence orders\n\u{2022}    51 licences following release from custody, 19 of them\n     for offenders posing a high risk\n\nAll of the cases had started in 2013.";
        assert_eq!(
            files(page),
            (Some(118), CountBound::Exact, vec![41, 26, 51])
        );
        // bullets that do not add up to the count are no breakdown of it
        let page = page.replace("51 licences", "50 licences");
        assert_eq!(files(&page), (Some(118), CountBound::Exact, vec![]));
    }

    #[test]
    fn recommendations_made_beside_files_are_no_part_of_them() {
        assert_eq!(
            files(
                "Inspectors examined 60 case files and made three strategic and nine operational recommendations to the Unit."
            ),
            (Some(60), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn dossiers_documentation_and_cases_concentrated_on() {
        assert_eq!(
            files(
                "Inspectors examined 48 recall dossiers held by the Unit and 31 licence breach reports submitted by officers."
            ),
            (Some(79), CountBound::Derived, vec![48, 31])
        );
        assert_eq!(
            files(
                "Inspectors reviewed 47 pieces of documentation, made up of incident forms and referrals."
            ),
            (Some(47), CountBound::Exact, vec![])
        );
        assert_eq!(
            files(
                "Inspectors concentrated on 62 cases and did not look at any other parts of the service."
            ),
            (Some(62), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn the_part_of_a_sample_examined() {
        assert_eq!(
            files(
                "Across the division the sample came to 2,277 records in all, of which 81 were inspected."
            ),
            (Some(81), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn a_table_below_with_a_sub_row_set_in_under_a_row() {
        let text = "Inspectors examined fifty-five cases of children supervised by the service. The make-up of the sample is shown below.\n\n    Table 1: cases inspected\n\n    Type of case                                         Number\n    Court disposals                                          31\n    Out-of-court disposals                                   24\n      of which youth cautions and youth conditional\n      cautions                                                9\n    Total                                                    55\n\n";
        assert_eq!(files(text), (Some(55), CountBound::Exact, vec![31, 24]));
    }

    #[test]
    fn a_share_of_the_cases_inspected_is_no_count() {
        let (n, _, parts) = files(
            "We looked at the cases of 84 people on probation: 45 serving community sentences and 39 released on licence. In 31 of the 84 cases we inspected, not enough had been done.",
        );
        assert_eq!(n, Some(84));
        assert_eq!(parts, [45, 39]);
    }

    #[test]
    fn a_footnote_marker_on_the_noun_and_parts_in_words() {
        let (n, _, parts) = files(
            "Inspectors examined two hundred and twenty-eight case files1. Of these, one hundred and eight were youth court files, seventy-two were files on persistent young offenders (PYOs)2 and forty-eight were files in which the young person had been warned.",
        );
        assert_eq!(n, Some(228));
        assert_eq!(parts, [108, 72, 48]);
    }

    #[test]
    fn a_second_sample_added_with_as_well_as() {
        assert_eq!(
            files(
                "Inspectors looked in detail at 42 cases of offenders serving community\norders or suspended sentence orders, as well as 48 cases of offenders\nreleased from prison on licence. (In 2007 the team read 110 cases.)"
            ),
            (Some(90), CountBound::Derived, vec![42, 48])
        );
        // a second sample in another sentence is not added
        assert_eq!(
            files("Inspectors examined 42 cases. They also met staff as well as 48 victims."),
            (Some(42), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn a_second_sample_with_its_noun_left_out_before_where_it_came_from() {
        assert_eq!(
            files(
                "We examined 42 custody records at Kirkton Road as well as 18 from the\nother three centres, and spoke to 37 staff."
            ),
            (Some(60), CountBound::Derived, vec![42, 18])
        );
    }

    #[test]
    fn a_child_s_plans_in_a_send_inspection_and_cases_besides() {
        assert_eq!(
            files(
                "Inspectors looked at 42 education, health and care (EHC) plans, as well as 48 cases of children receiving SEN support in school."
            ),
            (Some(90), CountBound::Derived, vec![42, 48])
        );
    }

    #[test]
    fn parts_listed_then_their_total_between_dashes() {
        let f = parse(&format!(
            "{LEAD}They read 60 police case files, 45 CPS case files and 36 probation cases – 141 in all – drawn from cases reported between January and June 2024.{PAD}"
        ))
        .files
        .expect("files");
        assert_eq!((f.examined, f.bound), (Some(141), CountBound::Exact));
        let kinds: Vec<_> = f.breakdown.iter().map(|b| b.category.as_str()).collect();
        assert_eq!(
            kinds,
            ["police case files", "CPS case files", "probation cases"]
        );
    }

    #[test]
    fn parts_whose_total_the_next_sentence_states() {
        assert_eq!(
            files(
                "We sampled 75 absconder cases, 60 cases of people reporting at Tunstead House and 45 cases in which an enforcement visit had been made. Of these 180 files, 41 had no record of any contact."
            ),
            (Some(180), CountBound::Exact, vec![75, 60, 45])
        );
    }

    #[test]
    fn a_tally_between_dashes_before_an_earlier_report_s_count() {
        let (n, bound, _) = files(
            "Inspectors interviewed 94 officers and examined a sample of records \u{2013} 186 in all \u{2013} made at the three ports. The 2021 inspection had examined 150 records.",
        );
        assert_eq!((n, bound), (Some(186), CountBound::Exact));
    }

    #[test]
    fn inspectors_went_through_the_cases() {
        assert_eq!(
            files("HMIC's inspectors went through 576 cases involving child abuse and neglect."),
            (Some(576), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn each_teams_sample_in_its_own_sentence() {
        assert_eq!(
            files(
                "HMICFRS inspectors examined 90 police investigation files and listened\nto 45 recorded calls. HMCPSI inspectors assessed 60 CPS case files. HMI Probation inspectors looked at the cases of 40 people on probation for domestic abuse offences. All of the cases had been finalised in 2023."
            ),
            (Some(190), CountBound::Derived, vec![90, 60, 40])
        );
        // one team's count alone, then a sentence with no team, is as stated
        assert_eq!(
            files(
                "HMICFRS inspectors examined 90 police investigation files. Inspectors also met 60 victims."
            ),
            (Some(90), CountBound::Exact, vec![])
        );
        // inspectors with no team named do not make parts
        assert_eq!(
            files("Inspectors examined 90 files. HMCPSI inspectors assessed 60 CPS case files."),
            (Some(90), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn parts_with_thousands_separators_and_a_table_below() {
        let text = "We audited 1,946 records: 1,312 incident records, 402 reports of rape and other sexual offences, and 232 crimes that the force had cancelled.";
        assert_eq!(
            files(text),
            (Some(1946), CountBound::Exact, vec![1312, 402, 232])
        );
        let text = "Inspectors examined 115 case files finalised by the Area, broken down as shown in Table 1.\n\nTable 1: Files examined, by casework type\n\nCasework type\tFiles examined\tQuality score\nMagistrates' courts\t45\t71.3%\nCrown Court\t40\t64.8%\nRape and serious sexual offences\t20\t69.5%\nYouth\t10\t74.0%\nTotal\t115\t69.0%\n\n";
        assert_eq!(
            files(text),
            (Some(115), CountBound::Exact, vec![45, 40, 20, 10])
        );
    }

    #[test]
    fn parts_in_the_next_sentence_each_after_its_verb() {
        let text = "In all, inspectors looked at 42 children's cases. They tracked the experiences of 8 children in depth, speaking to their practitioners, and sampled a further 34 cases from the hub.";
        assert_eq!(files(text), (Some(42), CountBound::Exact, vec![8, 34]));
        // parts that do not add up are no breakdown
        let text = text.replace("34 cases", "30 cases");
        assert_eq!(files(&text), (Some(42), CountBound::Exact, vec![]));
    }

    #[test]
    fn an_assessment_of_cases_with_a_stray_article() {
        assert_eq!(
            files(
                "The findings come from our assessment of a 555 live cases, each examined two weeks before trial."
            ),
            (Some(555), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn listed_parts_end_before_a_clause_with_no_number() {
        assert_eq!(
            files(
                "Inspectors examined 72 magistrates' courts files, 48 Crown Court files\nand 30 files in cases of rape and serious sexual offences, all\nfinalised between 1 September 2015 and 31 January 2016."
            ),
            (Some(150), CountBound::Derived, vec![72, 48, 30])
        );
    }

    #[test]
    fn a_tally_counts_with_its_verb_across_wrapped_lines() {
        let wrapped = "In each area inspectors read the probation case records for a sample\nof offenders whose orders had been breached between 1 July and 31\nDecember 2010 - 168 in all - and spoke to staff.";
        assert_eq!(files(wrapped), (Some(168), CountBound::Exact, vec![]));
        assert_eq!(
            files("Inspectors examined a sample of Crown Court cases (96 files) in all."),
            (Some(96), CountBound::Exact, vec![])
        );
        // the verb is in the sentence before: the tally is someone else's
        let other = "Inspectors read the area's plans. The service holds many records - 168 in all - on its system.";
        assert!(parse(&format!("{LEAD}{other}{PAD}")).files.is_none());
        // or in another paragraph
        let apart = "Inspectors read the area's plans\n\nwhich hold many records - 168 in all - on its system.";
        assert!(parse(&format!("{LEAD}{apart}{PAD}")).files.is_none());
    }

    #[test]
    fn files_counted_only_in_a_table_with_a_total_row() {
        let table = "Cases were chosen from every office, in proportion to its caseload:\n\n      Office                      | Cases read\n      ----------------------------+-----------\n      Linnethorpe                 |     52\n      Quenwick (Tanner's Yard)    |     29\n      ----------------------------+-----------\n      Total                       |     81\n";
        assert_eq!(files(table), (Some(81), CountBound::Exact, vec![52, 29]));
        // a total that is not the rows' sum is no count
        let wrong = table.replace("81", "90");
        assert!(parse(&format!("{LEAD}{wrong}{PAD}")).files.is_none());
        // cells set apart by spaces alone, a year inside a row's label
        let spaced = "Inspectors examined files of each kind, as shown below.\n\n   Category                                  Files examined\n   Fraud                                                22\n   Confiscation (Proceeds of Crime Act 2002)            11\n   Total                                                33\n";
        assert_eq!(files(spaced), (Some(33), CountBound::Exact, vec![22, 11]));
    }

    #[test]
    fn an_equal_share_from_each_unit_is_no_breakdown() {
        assert_eq!(
            files(
                "Inspectors assessed a sample of 90 cases: 30 from each of three CPS Areas (Northmarch, Severn and Teme, and Wyvern Coast)."
            ),
            (Some(90), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn counted_before_the_body_that_examined_them_and_broken_down_after() {
        assert_eq!(
            files("A quarter of the 2,410 custody records HMIC examined lacked a reason."),
            (Some(2410), CountBound::Exact, vec![])
        );
        assert_eq!(
            files(
                "Inspectors looked at 300 letters. Within that total were 150 letters to victims, 100 review letters and 50 complaint replies."
            ),
            (Some(300), CountBound::Exact, vec![150, 100, 50])
        );
        // parts that do not add up to the count are another list
        assert_eq!(
            files("Inspectors looked at 300 letters. Of these, 40 were late and 12 were lost."),
            (Some(300), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn a_list_of_parts_with_no_total() {
        assert_eq!(
            files(
                "Inspectors examined 95 files in which the CPS had charged, 65 in which the police had charged and 40 files for cases that were dropped."
            ),
            (Some(200), CountBound::Derived, vec![95, 65, 40])
        );
        // a breakdown of the count after a colon is not more parts
        assert_eq!(
            files(
                "Inspectors examined 136 cases from across the area: 58 community orders, 41 suspended sentences and 37 licences."
            ),
            (Some(136), CountBound::Exact, vec![58, 41, 37])
        );
    }

    #[test]
    fn cases_examined_by_the_inspectorates() {
        assert_eq!(
            files(
                "Of the 192 cases examined in detail by the two inspectorates, care fell short in 101."
            ),
            (Some(192), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn the_files_of_a_number_of_cases() {
        assert_eq!(
            files("The inspection examined in detail the case files in 84 probation cases."),
            (Some(84), CountBound::Exact, vec![])
        );
        assert_eq!(
            files("Inspectors reviewed the records of 120 cases."),
            (Some(120), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn total_with_breakdown() {
        assert_eq!(
            files("Inspectors examined a total of 105 files, including 15 allegations of rape."),
            (Some(105), CountBound::Exact, vec![15])
        );
        assert_eq!(
            files(
                "We examined 120 case files, including 30 domestic abuse cases and 12 hate crime cases."
            ),
            (Some(120), CountBound::Exact, vec![30, 12])
        );
    }

    #[test]
    fn a_sample_with_each_label_before_its_number() {
        assert_eq!(
            files(
                "Inspectors read recently finalised cases: the file sample comprised 90 files (magistrates' courts 55; Crown Court 35)."
            ),
            (Some(90), CountBound::Exact, vec![55, 35])
        );
        // "in all" between the count and its parts between dashes
        assert_eq!(
            files(
                "Inspectors read 340 letters in all – 200 VCL letters, 70 review cases and 70 replies to complaints."
            ),
            (Some(340), CountBound::Exact, vec![200, 70, 70])
        );
        // cases followed through, broken down in the next sentence
        assert_eq!(
            files(
                "Inspectors followed the cases of 60 women through the gate. Of these, 25 were released from Ashby, 20 from Holt and 15 from Wenby."
            ),
            (Some(60), CountBound::Exact, vec![25, 20, 15])
        );
        // a date after the count is no second part of it
        assert_eq!(
            files(
                "Inspectors examined 216 cases remanded in custody between 1 April and 30 June 2011."
            ),
            (Some(216), CountBound::Exact, vec![])
        );
        // labels whose numbers do not add up are no breakdown
        assert_eq!(
            files("We examined 90 files (magistrates' courts 50; Crown Court 35)."),
            (Some(90), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn words_and_bounds() {
        assert_eq!(
            files("Inspectors read two hundred and forty-five files."),
            (Some(245), CountBound::Exact, vec![])
        );
        assert_eq!(
            files("Inspectors reviewed more than 300 cases."),
            (Some(300), CountBound::AtLeast, vec![])
        );
        assert_eq!(
            files("Inspectors examined (96) files in all."),
            (Some(96), CountBound::Exact, vec![])
        );
        assert_eq!(
            files("In all, 48 cases were examined."),
            (Some(48), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn split_by_kind() {
        assert_eq!(
            files("Inspectors examined 60 police and 75 prosecution files."),
            (Some(135), CountBound::Derived, vec![60, 75])
        );
    }

    #[test]
    fn percentages_are_not_counts() {
        let record = parse(&format!(
            "{LEAD}Some 85% of cases were charged correctly, and 12 per cent of files lacked a review.{PAD}"
        ));
        assert!(record.files.is_none());
    }

    #[test]
    fn a_breakdown_in_the_next_sentence_with_no_lead_and_a_review_of_cases() {
        assert_eq!(
            files(
                "Inspectors read 160 case files. Ninety-four were community sentences, 41 were licences and 25 concerned offenders in custody.\n"
            ),
            (Some(160), CountBound::Exact, vec![94, 41, 25])
        );
        // parts that do not add up are not the breakdown
        assert_eq!(
            files("Inspectors read 160 case files. Ninety were late, 41 were early.\n"),
            (Some(160), CountBound::Exact, vec![])
        );
        assert_eq!(
            files(
                "In a review of 60 domestic abuse prosecutions, communication with 80% of victims was poor.\n"
            ),
            (Some(60), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn cases_reviewed_and_an_analysis_of_parts() {
        assert_eq!(
            files(
                "Of 374 cases reviewed, 278 had been dealt with inadequately and 38 were passed back.\n"
            ),
            (Some(374), CountBound::Exact, vec![])
        );
        assert_eq!(
            files("The report drew on an analysis of 100 cases and 51 pre-sentence reports.\n"),
            (Some(151), CountBound::Derived, vec![100, 51])
        );
    }

    #[test]
    fn parts_straight_after_a_comma_that_add_up() {
        assert_eq!(
            files(
                "They examined 80 case files, 30 magistrates' court cases and 50 Crown Court cases, and interviewed staff, including the police.\n"
            ),
            (Some(80), CountBound::Exact, vec![30, 50])
        );
    }

    #[test]
    fn a_parts_span_starts_at_its_count() {
        let doc = format!(
            "{LEAD}Inspectors examined a sample of 240 files - 96 simple cautions, 78 conditional\ncautions and\n24 community resolutions.\n"
        );
        let files = parse(&doc).files.expect("files");
        assert_eq!(files.breakdown.len(), 3);
        for part in &files.breakdown {
            let written = &doc[part.span.start..part.span.end];
            assert!(
                written.starts_with(|c: char| c.is_ascii_digit()),
                "{written:?}"
            );
        }
    }

    #[test]
    fn files_counted_before_their_verb() {
        let (examined, _, _) =
            files("In half of the 40 case files examined the records had been opened late.");
        assert_eq!(examined, Some(40));
        // a part of the count before it, and the verb after a pronoun
        for (text, n) in [
            (
                "Inspectors were concerned about 17 of 92 cases looked at.",
                92,
            ),
            ("The plan was poor in 12 of the 60 cases we reviewed.", 60),
            (
                "Eight out of 57 cases inspected gave rise to serious concerns.",
                57,
            ),
        ] {
            assert_eq!(files(text).0, Some(n), "{text}");
        }
    }

    #[test]
    fn a_part_of_the_part_before_is_no_part_of_the_whole() {
        let (examined, _, parts) = files(
            "They examined 96 finalised case files (56 magistrates' courts cases and 40 Crown Court cases, 14 of the\nlatter involving allegations of rape) and interviewed 34 staff.",
        );
        assert_eq!(examined, Some(96));
        assert_eq!(parts, [56, 40]);
    }

    #[test]
    fn sets_of_patient_notes_are_files() {
        let (examined, _, _) = files(
            "Inspectors reviewed 29 sets of patient notes for evidence of how invasive devices were cared for.",
        );
        assert_eq!(examined, Some(29));
    }

    #[test]
    fn bullets_below_a_lead_in_that_ends_on_the_next_line() {
        let (examined, _, parts) = files(
            "We examined 240 files, all finalised in 2021. By outcome, the files\nwere:\n\n \u{2022}  102 cases that ended in a conviction,\n    for rape or another offence;\n \u{2022}  61 cases that ended in an acquittal;\n \u{2022}  35 cases discontinued; and\n \u{2022}  42 cases with no further action.",
        );
        assert_eq!(examined, Some(240));
        assert_eq!(parts, [102, 61, 35, 42]);
    }

    #[test]
    fn a_breakdown_set_apart_by_semicolons_in_the_next_sentence() {
        let (examined, _, parts) = files(
            "Inspectors examined a total of 131 cases. Of these, 86 were cases of people serving community sentences, or subject to licence; 28\nrelated to people doing unpaid work; and the remaining 17 were cases of prisoners released from HMP Ellby.",
        );
        assert_eq!(examined, Some(131));
        assert_eq!(parts, [86, 28, 17]);
    }

    #[test]
    fn an_earlier_reports_count_gives_way_and_asides_in_a_breakdown() {
        assert_eq!(
            files(
                "The revisit followed the inspectorates' 2021 joint report, which examined 400 files. In total, inspectors examined 520 case files. Of these, 340 were police files (68 from each force) and 180 were CPS files."
            ),
            (Some(520), CountBound::Exact, vec![340, 180])
        );
        // alone, the earlier report's count is still read
        assert_eq!(
            files("The 2021 joint report examined 400 files."),
            (Some(400), CountBound::Exact, vec![])
        );
        // "at that time" goes back to the earlier inspection just told of
        assert_eq!(
            files(
                "The original inspection made seven recommendations. At that time inspectors read 90 cases. This time they read 54 case files, of which 36 concerned a high risk of harm and 18 a very high risk."
            ),
            (Some(54), CountBound::Exact, vec![36, 18])
        );
    }

    #[test]
    fn a_lead_inside_the_bracket_and_records_of_people() {
        assert_eq!(
            files(
                "They examined over\n280 files (including 124 magistrates' courts cases, 97 Crown Court\ncases and 31 files involving custody time limits)."
            ),
            (Some(280), CountBound::AtLeast, vec![124, 97, 31])
        );
        assert_eq!(
            files(
                "Inspectors weighed many kinds of evidence, among them the case records of over 600 children."
            ),
            (Some(600), CountBound::AtLeast, vec![])
        );
    }

    #[test]
    fn parts_after_one_noun_and_parts_of_two_verbs() {
        assert_eq!(
            files(
                "Inspectors read 88 cases from the community and 37 from custody, and interviewed staff."
            ),
            (Some(125), CountBound::Derived, vec![88, 37])
        );
        assert_eq!(
            files(
                "As part of the inspection, inspectors tracked 12 children and sampled 40 cases."
            ),
            (Some(52), CountBound::Derived, vec![12, 40])
        );
    }

    #[test]
    fn a_table_of_counts_under_the_total() {
        let f = parse(&format!("{LEAD}Inspectors examined 210 case files, drawn from all 14 CPS Areas. The files were:\n\nFiles examined                              | Number\n--------------------------------------------+-------\nMagistrates' courts cases                   | 84\nCrown Court cases                           | 96\nYouth court cases                           | 18\nPre-charge decisions where no further       | 12\naction was taken                            |\n\nInspectors visited four CPS Areas.{PAD}\n")).files.expect("files");
        assert_eq!(f.examined, Some(210));
        let parts: Vec<(u32, &str)> = f
            .breakdown
            .iter()
            .map(|b| (b.count, b.category.as_str()))
            .collect();
        assert_eq!(
            parts,
            [
                (84, "Magistrates' courts cases"),
                (96, "Crown Court cases"),
                (18, "Youth court cases"),
                (12, "Pre-charge decisions where no further action was taken")
            ]
        );
    }

    #[test]
    fn parts_between_dashes() {
        assert_eq!(
            files(
                "Inspectors also reviewed 180 records – 120 crime reports and 60 missing person investigations – and held focus groups."
            ),
            (Some(180), CountBound::Exact, vec![120, 60])
        );
    }

    #[test]
    fn parts_a_few_words_after_the_count_and_two_verbs() {
        assert_eq!(
            files(
                "Inspectors examined the cases of 96 men who had been released from custody, 58 of them supervised by the National Probation Service (NPS) and 38 by community rehabilitation companies (CRCs)."
            ),
            (Some(96), CountBound::Exact, vec![58, 38])
        );
        assert_eq!(
            files("In all, inspectors reviewed or tracked 64 case files."),
            (Some(64), CountBound::Exact, vec![])
        );
    }

    #[test]
    fn counts_from_each_of_several_units_are_multiplied_out() {
        assert_eq!(
            files("Inspectors examined 20 youth court cases from each of the 14 CPS areas."),
            (Some(280), CountBound::Derived, vec![])
        );
        assert_eq!(
            files(
                "Inspectors examined 60 magistrates' courts cases and 40 Crown Court cases from each of the five Areas."
            ),
            (Some(500), CountBound::Derived, vec![300, 200])
        );
    }

    #[test]
    fn parts_with_no_total_and_a_further_part_after_them() {
        assert_eq!(
            files(
                "Inspectors read 96 magistrates' courts files and 84 Crown Court files, together with a further 22 files from the Area's rape unit."
            ),
            (Some(202), CountBound::Derived, vec![96, 84, 22])
        );
        // a sum past u32 is no count, never a wrapped one
        let f = parse(&format!(
            "{LEAD}Inspectors read 4000000000 police files and 4000000000 prosecution files.{PAD}"
        ));
        assert_eq!(f.files, None);
    }

    #[test]
    fn a_further_sample_later_in_the_sentence_is_a_part() {
        assert_eq!(
            files(
                "Inspectors carried out a structured review of 20 case files and looked as well at evidence from a further 29 randomly selected cases, besides reading policies."
            ),
            (Some(49), CountBound::Derived, vec![20, 29])
        );
        // in the next sentence it is not
        assert_eq!(
            files("Inspectors examined 20 case files. The council had audited a further 29 cases."),
            (Some(20), CountBound::Exact, vec![])
        );
        // a reach that ends inside a character is cut at the one before
        for pad in ["", "x", "xy"] {
            let text = format!(
                "Inspectors examined 20 case files and {pad}{} more words.",
                "\u{2019}".repeat(150)
            );
            assert_eq!(files(&text), (Some(20), CountBound::Exact, vec![]));
        }
        // people tracked, with their description, then cases sampled
        assert_eq!(
            files(
                "They tracked the experiences of eight children aged between 10 and 16 in depth and sampled a further 36 children's cases. They read the council's own audit of 25 neglect cases."
            ),
            (Some(44), CountBound::Derived, vec![8, 36])
        );
        // cases tracked, then more of them with their noun left out
        assert_eq!(
            files(
                "Inspectors tracked 12 children's cases and sampled a further 35, and talked to social workers."
            ),
            (Some(47), CountBound::Derived, vec![12, 35])
        );
        // without a word saying it is more of the same, a bare number is
        // no sample
        let page = format!(
            "{LEAD}Inspectors tracked 12 children's cases and sampled 35, and talked to staff.{PAD}"
        );
        assert_eq!(parse(&page).files.and_then(|f| f.examined), None);
    }

    #[test]
    fn a_report_that_examines_cases_in_the_present_tense() {
        let (n, _, parts) = files(
            "The report is welcome for how deeply it digs: it examines 146 cases (56 in which a disclosure failure made the case collapse, 90 chosen at random).[2]",
        );
        assert_eq!((n, parts), (Some(146), vec![56, 90]));
    }

    #[test]
    fn parts_after_a_dash_a_clause_after_the_count() {
        let (n, bound, parts) = files(
            "They also examined 60 PSNI case files in which forensic work had been requested during 2014 - 40 volume crime cases and 20 serious crime cases.",
        );
        assert_eq!(
            (n, bound, parts),
            (Some(60), CountBound::Exact, vec![40, 20])
        );
    }

    #[test]
    fn parts_in_a_bracket_with_a_share_of_a_part_stepped_over() {
        // the parts of a stated count
        assert_eq!(
            files(
                "We inspected the cases of 44 children (26 court disposals, 6 of them custodial sentences, and 18 out-of-court disposals)."
            ),
            (Some(44), CountBound::Exact, vec![26, 18])
        );
        // no count: the parts summed
        assert_eq!(
            files(
                "We inspected the cases of children supervised by the YOS (26 court disposals, 6 of them custodial sentences, and 18 out-of-court disposals)."
            ),
            (Some(44), CountBound::Derived, vec![26, 18])
        );
        // after the total, "90 of them" is a part of the whole
        assert_eq!(
            files("Inspectors examined 150 case files, 90 of them solemn and 60 summary."),
            (Some(150), CountBound::Exact, vec![90, 60])
        );
    }

    #[test]
    fn correspondence_examined_in_a_sample() {
        // the 762 handled fully are a share of the sample, not a part of it
        assert_eq!(
            files(
                "From a sample of 871 pieces of correspondence that HMCPSI examined, over half had been checked within a day. Staff dealt with every issue in 87.5% (762) of the sample."
            ),
            (Some(871), CountBound::Exact, vec![])
        );
    }
}
