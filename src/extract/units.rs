//! Units and sites visited: how many ("visited six units"), which ("the units
//! visited were: Ealing; Enfield and Haringey; ..."), and what else was
//! visited beside them ("... and the Operations Centre").
//!
//! The count is read only after a verb of visiting, so a number for the
//! whole estate ("the force has 23 custody suites") is not taken for it.

use std::ops::Range;
use std::sync::LazyLock;

use crate::work::{LookBack, Pattern};

use super::visited_count::{
    UNIT_NOUN_AT_START, VisitedCount, count_first_limit, counted_then_visited, visited_count,
};
use super::{BULLET, Context};
use crate::diagnostic::{Code, Severity};
use crate::lexicon::{
    FILE_NOUNS, INSPECTING_VERBS, LISTED_UNITS_VERBS, NUMBER_PATTERN, ONE_UNIT, PLACED_IN,
    PREMISES_NOUNS, SAMPLED_FROM, SELECTION_VERBS, UNIT_NOUN_ONE, UNIT_NOUNS, VISIT_DATED_VERBS,
    VISIT_VERBS, VISITING_PARTIES, is_establishment, number_value, singular,
};
use crate::record::{Text, Units};
use crate::source::{
    last_sentence_start, starts_with_ignore_case, table_cells, window_after, window_before,
};

/// The verb that opens a count of units visited, with the space after it;
/// the count is read from the verb's end by [`visited_count`].
static COUNT_VERB: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{VISIT_VERBS}|{})\s+",
        crate::lexicon::VISIT_COUNT_VERBS
    ))
    .expect("units count verb regex")
});

/// The longest count read after its verb, in bytes: the sites before the
/// count and the words between are bounded, so a real phrase is far
/// shorter.
const MAX_COUNT_PHRASE: usize = 1_000;

/// Each count in `piece` after a verb of visiting, with the verb's span
/// (the count's offsets are from the verb's end), left to right and not
/// overlapping.
fn counts_after_verbs(piece: &str) -> Vec<(Range<usize>, VisitedCount)> {
    let mut found = Vec::new();
    let mut taken = 0;
    for verb in COUNT_VERB.find_iter(piece) {
        if verb.start() < taken {
            continue;
        }
        if let Some(count) = visited_count(window_after(piece, verb.end(), MAX_COUNT_PHRASE)) {
            // "examined three custody suites": a count of places only
            // before the noun of a place people are held
            let examined = crate::lexicon::EXAMINED_PLACE_VERBS
                .iter()
                .any(|v| verb.as_str().trim().eq_ignore_ascii_case(v));
            let phrase = &piece[verb.end()..verb.end() + count.end];
            if examined
                && !crate::lexicon::HOLDING_PLACE_NOUNS
                    .iter()
                    .any(|n| crate::source::contains_ignore_case(phrase, n))
            {
                continue;
            }
            taken = verb.end() + count.end;
            found.push((verb.range(), count));
        }
    }
    found
}

/// "in three prisons - A, B and C -" (a count followed by its list), "to
/// inspect how the powers are used in all 43 forces", and "PDUs in three
/// parts of London" (the units then named one by one), and "173 cases
/// drawn from nine youth offending services" (the places a sample came
/// from). With [`counted_then_visited`] ("six units were visited"), the
/// counts of [`other_counts`].
static COUNT_OTHER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:in|at|across)\s+(?:all\s+)?(?P<n2>{NUMBER_PATTERN})\s+(?:[\w/&'’-]+\s+){{0,2}}?(?P<noun2>{UNIT_NOUNS})(?P<opener>\s*(?:\s[-–—]\s|\(|:))|\bin\s+(?P<n4>{NUMBER_PATTERN})\s+parts\s+of\b|\b{FILE_NOUNS}\s+(?:(?:\w+\s+){{0,2}}?{SAMPLED_FROM}|from)\s+(?:the\s+)?(?P<n5>{NUMBER_PATTERN})\s+(?:[\w/&'’-]+\s+){{0,2}}?(?P<noun5>{UNIT_NOUNS})(?P<opener5>\s*(?:\s[-–—]\s|\(|:))?"
    ))
    .expect("units other count regex")
});

/// A count of units in another shape than after a verb of visiting;
/// offsets are bytes into the piece.
#[derive(Debug, Clone, PartialEq, Eq)]
struct OtherCount {
    /// The number.
    number: Range<usize>,
    /// The whole phrase.
    whole: Range<usize>,
    /// Where the list after it opens (a dash, bracket or colon), if it does.
    opener: Option<usize>,
    /// Whether the verb is in a relative clause ("that the team visited").
    relative: bool,
}

/// Each count of units in `piece` in the shapes of [`counted_then_visited`]
/// and [`COUNT_OTHER`], left to right and not overlapping, as one pattern
/// of both would find them: at each place the leftmost of either, and
/// after it the next from its end. The count-first shape is read by hand:
/// as a pattern it began at every number, and its lazy DFA held a cache of
/// its own of 2.4 MB a thread.
fn other_counts(piece: &str) -> Vec<OtherCount> {
    crate::work::charge(piece.len());
    let mut found = Vec::new();
    let mut at = 0;
    let mut next = COUNT_OTHER.captures_at(piece, 0);
    let count_first_before = count_first_limit(piece);
    loop {
        let next_start = next.as_ref().and_then(|c| c.get(0)).map(|m| m.start());
        if next_start.is_some_and(|start| start < at) {
            next = COUNT_OTHER.captures_at(piece, at);
            continue;
        }
        if let Some((start, c)) = counted_then_visited(
            piece,
            at,
            next_start.unwrap_or(piece.len()).min(count_first_before),
        ) {
            found.push(OtherCount {
                number: c.number,
                whole: start..c.end,
                opener: None,
                relative: c.relative,
            });
            at = c.end;
            continue;
        }
        let Some(c) = next.take() else { break };
        let (Some(m), Some(n)) = (c.get(0), c.name("n2").or(c.name("n4")).or(c.name("n5"))) else {
            break;
        };
        found.push(OtherCount {
            number: n.range(),
            whole: m.range(),
            opener: c.name("opener").or(c.name("opener5")).map(|o| o.start()),
            relative: false,
        });
        at = m.end();
        next = COUNT_OTHER.captures_at(piece, at);
    }
    found
}

/// "in all 43 forces", "how the 43 police forces in England and Wales
/// ...": every unit of a kind, a count when a verb of inspecting comes
/// shortly before in the same clause ([`INSPECTING_BEFORE`]).
static IN_ALL: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:(?:in|at|across)\s+all|how\s+the)\s+(?P<n>{NUMBER_PATTERN})\s+(?:[\w/&'’-]+\s+){{0,3}}?(?P<noun>{UNIT_NOUNS})\b"
    ))
    .expect("in all units regex")
});

/// The verb before [`IN_ALL`]: "to inspect how the powers are used in all
/// 43 forces". Searched in the clause before the anchor rather than
/// joined to it with a gap of up to 80 characters in one pattern: such a
/// gap makes the lazy DFA track every position in it at once, and its
/// cache grew to 17 MB per thread.
static INSPECTING_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{INSPECTING_VERBS}\b")).expect("inspecting verb regex")
});

/// Where the verb of "in all N units" may be: ending at most 80
/// characters before it, in the same clause, and at most 40 bytes long
/// ("to inspecting" with room for odd spacing).
const INSPECTING_LOOK: LookBack = LookBack {
    gap: 80,
    reach: 40,
    stops: &[".", ";"],
};

/// Where one site named before a count ends and the next begins: ", in
/// the crime management bureau", ", at the custody suite".
static SITE_APART: LazyLock<Pattern> =
    LazyLock::new(|| crate::lexicon::regex(r"(?i),\s+(?:in|at)\s+").expect("site apart regex"));

/// A second kind of unit counted with the first: "visited six magistrates'
/// courts as well as three crown courts" visits nine, and "the 11
/// children's homes and one secure children's home" twelve.
static MORE_UNITS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*,?\s*(?:and|as\s+well\s+as|plus|together\s+with)\s+(?:(?P<n>{NUMBER_PATTERN})\s+(?:[\w/&'’-]+\s+){{0,3}}?{UNIT_NOUNS}|(?P<one>{ONE_UNIT})\s+(?:[\w/&'’-]+\s+){{0,3}}?{UNIT_NOUN_ONE})\b"
    ))
    .expect("more units regex")
});

/// "The service works from three bases. Inspectors visited all of them":
/// the count is the number in the sentence before.
static ALL_OF_THEM: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{VISIT_VERBS}\s+(?:each|all|every\s+one)\s+of\s+(?:them|these|those)\b"
    ))
    .expect("all of them regex")
});

/// "... and then to each of the schemes in turn": every one of the units
/// counted before, by their noun; the anchor the verb of visiting
/// ([`VISITING_BEFORE`]) is searched back from.
static EACH_OF_THE_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:each|all|every\s+one)\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+)?(?P<noun>{UNIT_NOUNS})\b"
    ))
    .expect("each of the noun regex")
});

/// A verb of visiting, looked for back from [`EACH_OF_THE_NOUN`] ("CJI
/// Inspectors went to NIA's central office and then to each of the
/// schemes"): searched back from the anchor rather than as one pattern
/// with the gap, whose lazy DFA grew by megabytes.
static VISITING_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{VISIT_VERBS}\b")).expect("visiting verb regex")
});

/// Where the verb before "each of the <units>" may be: ending at most 80
/// characters before it (a site visited first between), in the same
/// clause, and at most 60 bytes long.
const VISITING_LOOK: LookBack = LookBack {
    gap: 80,
    reach: 60,
    stops: &[".", ";"],
};

/// The words between the verb and "each of the <units>": none, or a site
/// visited first and "and (then) (to)" ("NIA's central office and then
/// to").
static SITE_THEN_EACH: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?is)^\s*(?P<site>\S.*?)\s+and\s+(?:then\s+)?(?:(?:to|at|in)\s+)?$")
        .expect("site then each regex")
});

/// How far before "each of the schemes" the count of the schemes is looked
/// for, in bytes.
const EACH_OF_THE_NOUN_REACH: usize = 2000;

/// "NIA's five community-based restorative justice (CBRJ) schemes": a
/// count and its noun with up to four words between, a bracketed
/// acronym among them, for finding the count [`EACH_OF_THE_NOUN`] refers
/// back to.
static NUMBERED_NOUN_WIDE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<n>{NUMBER_PATTERN})\s+(?:[\w'’()-]+\s+){{0,4}}?(?P<noun>{UNIT_NOUNS})\b"
    ))
    .expect("wide numbered noun regex")
});

/// "the force had four designated custody suites serving A, B, C and D,
/// all of which were visited": the count is the number before, in the same
/// sentence, and its names follow that number's noun.
static ALL_OF_WHICH: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(
        r"(?i)\b(?:all|each|both|every\s+one)\s+of\s+(?:which|them)\s+(?:were|was|had\s+been|have\s+been)\s+(?:visited|inspected)\b",
    )
    .expect("all of which regex")
});

/// "three bases", "14 police stations": a count of places.
static NUMBERED_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?P<n>{NUMBER_PATTERN})\s+(?:[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}\b"
    ))
    .expect("numbered noun regex")
});

/// "Inspectors also visited the headquarters and the control room."
static ALSO_VISITED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\balso\s+(?:{})(?:\s+by\s+(?:the\s+)?[\w-]+)?\s*:?\s+(?P<list>(?:(?:the|a|an|its)\s+|(?-i:\p{{Lu}}))[^.;:]+?)(?:,?\s+(?:which|where|who|when|and\s+(?:{clause}))\b|,\s+and\s+{NUMBER_PATTERN}\b|[.;:]|$)",
        crate::lexicon::ALSO_VISITED_VERBS.join("|"),
        clause = crate::lexicon::NEXT_CLAUSE_VERBS.join("|"),
    ))
    .expect("also visited regex")
});

/// "Eight non-designated suites were looked at too: A, B and C": sites
/// visited besides the counted units, listed after a passive verb and
/// "too".
static ALSO_TOO: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:were|was)\s+(?:{verbs})\s+(?:{after})\s*:\s*(?P<list>(?:(?:the|a|an|its)\s+|(?-i:\p{{Lu}}))[^.;:]+?)(?:,?\s+(?:{ends})\b|[.;:]|$)",
        verbs = crate::lexicon::ALSO_PASSIVE_VERBS.join("|"),
        after = crate::lexicon::ALSO_AFTER_WORDS.join("|"),
        ends = crate::lexicon::LIST_END_CONJUNCTIONS.join("|"),
    ))
    .expect("also-too regex")
});

/// What else was visited, straight after the counted units (and the
/// place they are in: "seven court custody suites across Northern Ireland
/// and the operations centre").
static ALSO: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        &r"(?i)^(?P<place>\s+(?:across|in|throughout)\s+(?:the\s+)?(?-i:\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,2}))?\s*[,)\-–—]?\s*{joiners}\s+(?:(?P<prep>(?:in|at)\s+)|(?P<verb>(?:{verbs})\s+))?(?P<also>(?:(?:the|a|an|its)\s+|(?-i:\p{Lu}))[^,.;:]+?)\s*(?:\b(?:between|during|from|over|where|when|which|and\s+(?:{}))\b|[,.;:]|$)"
            .replace("{verbs}", &crate::lexicon::ALSO_VISITED_VERBS.join("|"))
            .replace("{joiners}", crate::lexicon::ALSO_VISITED_JOINERS),
        crate::lexicon::NEXT_CLAUSE_VERBS,
        "also regex",
    )
});

/// When the visits to the sites just listed were, between the list and
/// what else was visited: ", between 30 June and 10 July 2025,".
static DATED_ASIDE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^,?\s+(?:between|from|on|during|in)\s+[^,;.()]*\b(?:19|20)\d\d\b,?")
        .expect("dated aside regex")
});

/// Further sites counted, then named in brackets or after a colon: "as
/// well as two ancillary sites (A and B)", "and two standby suites:
/// Ammanford and Cardigan".
static COUNTED_SITES_IN_BRACKETS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*[,)\-–—]?\s*(?:and|as\s+well\s+as|plus|together\s+with|in\s+addition\s+to)\s+(?:(?:visited|visiting)\s+)?(?P<n>{NUMBER_PATTERN})\s+(?:[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}\s*(?:\((?P<list>[^()]+)\)|:\s*(?P<listed>[^.;:()]+))"
    ))
    .expect("counted sites in brackets regex")
});

/// A count straight after the names it counts: ", four of the Area's six
/// units".
static COUNT_AFTER_NAMES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*(?:,|\s[-–—])\s*(?P<n>{NUMBER_PATTERN})\s+of\s+(?:the|its|their)\s+(?:[\w'’]+\s+){{0,2}}?(?:{NUMBER_PATTERN}\s+)?(?:[\w'’-]+\s+){{0,3}}?{UNIT_NOUNS}\b"
    ))
    .expect("count after names regex")
});

/// Where a list ends when it runs inline: the end of the sentence, or
/// words that start another clause (", and observing 24 advocates": a
/// comma, "and" and a verb in -ing), or an aside on where the places are
/// (", in Ayrshire,", ", on the north-east coast"), a body's acronym and
/// its verb (", the CQC judged ..."), a pronoun opening a clause (", it
/// judged ..."), or the quotation the list stands in closing ("... and
/// Omagh,” said Mr McGuigan").
static LIST_END: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\.(?:\s|$)|,?[”\x22](?:\s|$)|\s+(?:as\s+well\s+as|together\s+with|along\s+with|from|between|during|over\s+(?:two|three|four|five|a)|in\s+(?:{}))\b|,?\s+and\s+also\b|,\s+and\s+(?-i:[a-z]+ing)\b|,\s+and\s+{time}\b|,?\s+(?:and\s+)?(?:{clause})\b|(?:,|\s+[-–—])\s+(?:{NUMBER_PATTERN})\s+of\s+(?:the|its|their)\b|,\s+(?:all|each|both)\s+of\s+(?:which|them)\b|,\s+(?:{relative})\b|,\s+(?:in|near)\s+(?-i:\p{{Lu}})[\w'’-]*(?:\s+(?-i:\p{{Lu}})[\w'’-]*){{0,2}},|,\s+(?:on|off|along)\s+the\s+(?-i:[a-z])|,\s+(?:the\s+)?(?-i:[A-Z]{{2,6}}\s+[a-z]+(?:ed|s))\b|,\s+(?:{pronoun})\s+(?-i:[a-z])|(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)", crate::lexicon::MONTHS.join("|"), clause = crate::lexicon::NEXT_CLAUSE_VERBS.join("|"), time = crate::lexicon::TIME_SPENT_AT, relative = crate::lexicon::RELATIVE_WORDS.join("|"), pronoun = crate::lexicon::CLAUSE_PRONOUNS.join("|")))
        .expect("list end regex")
});

/// More sites counted and listed after a list: ", and two standby suites:
/// Ammanford and Cardigan".
static COUNTED_MORE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i),?\s+and\s+(?:{NUMBER_PATTERN})\s+(?:(?-u:[A-Za-z-])+\s+)?{UNIT_NOUNS}\s*[:(]"
    ))
    .expect("counted more regex")
});

/// Units named in prose after a verb of visiting, with no count: "took in
/// the custody suites at A and B", "people held in police custody centres
/// at A, B and C", "visited the custody suites serving A and B", "visited
/// the PSNI Public Protection Units at A, B and C" (an owner's acronym
/// before the kind).
static PLACES_AT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{VISIT_VERBS}|{PLACED_IN})\s+(?:the\s+|its\s+|their\s+)?(?:(?-i:[A-Z]{{2,6}})\s+)?(?:[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}(?P<opener>\s+(?:at|in|serving)\s|(?:\s+(?:across|in|throughout)\s+[^,.;]{{1,40}}?)?,?\s+including\s)"
    ))
    .expect("places-at regex")
});

/// A name of up to four capitalised words on one line ("Port Kellan",
/// "St Anne's Custody Suite"): the shape of a place's name in the unit
/// readers' lists.
const CAPITALISED_NAME: &str = r"\p{Lu}[\w'’-]*(?:[ \t]+\p{Lu}[\w'’-]*){0,3}";

/// "at" or "in" before a list of capitalised names, the first two apart by
/// a comma: "at Port Kellan, Wrackhaven and Skelness".
static PLACE_LIST_OPENER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"\s(?:at|in)\s+\p{Lu}[\w'’-]*(?:\s\p{Lu}[\w'’-]*){0,3},\s+\p{Lu}")
        .expect("place-list opener regex")
});

/// Names listed before their noun after a verb of visiting: "spent time
/// in Carrow, Stanmoor and Felbridge policing districts", "visited the
/// Riverside, Tarnside Road and Hexbridge Quay campuses".
static NAMES_THEN_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    let name = CAPITALISED_NAME;
    crate::lexicon::regex(&format!(
        r"(?i:\b{VISIT_VERBS})\s+(?:(?i:in|at)\s+)?(?:(?i:the)\s+)?(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name})\s+(?:[a-z]+\s+){{0,2}}?(?i:{UNIT_NOUNS})\b"
    ))
    .expect("names-then-noun regex")
});

/// The sites also visited ([`also_visited`]) that are none of `names`.
fn also_visited_besides(cx: &Context<'_>, names: &[Text]) -> Vec<Text> {
    also_visited(cx)
        .into_iter()
        .filter(|a| names.iter().all(|n| n.text != a.text))
        .collect()
}

/// Names at a place, then described as the units in apposition: "held at
/// Motherwell and Coatbridge, the primary police custody centres serving
/// the Lanarkshire region", "at A, B and C, the three custody suites the
/// force runs" (a count among the description's words).
static NAMES_DESCRIBED_AS_UNITS: LazyLock<Pattern> = LazyLock::new(|| {
    let name = CAPITALISED_NAME;
    crate::lexicon::regex(&format!(
        r"\s(?:at|in)\s+(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name}),\s+(?:the|its|their)\s+(?:(?P<n>{NUMBER_PATTERN})\s+)?(?:[a-z-]+\s+){{0,3}}?(?i:{UNIT_NOUNS})\b"
    ))
    .expect("names described as units regex")
});

/// The places named and then described as the units ([`NAMES_DESCRIBED_AS_UNITS`]),
/// counted where the description counts them, when every name is a place's.
pub fn places_described_as_units(cx: &mut Context<'_>) -> Option<Units> {
    for (piece, offset) in cx.narrative() {
        for c in NAMES_DESCRIBED_AS_UNITS.captures_iter(piece).take(4) {
            let (Some(whole), Some(list)) = (c.get(0), c.name("list")) else {
                continue;
            };
            let count = c.name("n").and_then(|m| number_value(m.as_str()));
            let names = split_list(cx, offset + list.start()..offset + list.end(), count);
            let agrees = count.is_none_or(|n| names.len() == n as usize);
            if names.len() >= 2 && agrees && names_places(&names) {
                let also = also_visited_besides(cx, &names);
                return Some(Units {
                    count,
                    names,
                    also_visited: also,
                    span: cx.span(offset + list.start()..offset + whole.end()),
                });
            }
        }
    }
    None
}

/// A passive verb of inspecting ("had each undergone inspection", "were
/// inspected"; lexicon `INSPECTED_PASSIVES`), after the places it is said
/// of ([`names_before_passive`]).
static INSPECTED_PASSIVE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\s(?:{})\b",
        crate::lexicon::INSPECTED_PASSIVES,
        "inspected passive regex",
    )
});

/// How many names a list before a passive verb is read back over, at most.
const PASSIVE_LIST_NAMES: usize = 12;

/// The list of places just before a passive verb of inspecting, "A, B and
/// C" of "Stanwell Comprehensive, St. Brides Primary and Victoria Primary
/// Schools had each undergone inspection" (each name a run of capitalised
/// words, "St." among them): its range in `piece`, read back from the verb
/// in code, so that no pattern starts at every capital.
fn names_before_passive(piece: &str) -> Option<Range<usize>> {
    INSPECTED_PASSIVE.find_iter(piece).find_map(|verb| {
        let end = verb.start();
        let mut start = end;
        let mut joined = false;
        for _ in 0..PASSIVE_LIST_NAMES {
            let name_start = dotted_run_before(piece, start);
            if name_start == start {
                return None;
            }
            let before = &piece[..name_start];
            if let Some(rest) = before
                .strip_suffix(", and ")
                .or(before.strip_suffix(" and "))
            {
                if joined {
                    start = name_start;
                    break;
                }
                joined = true;
                start = rest.len();
            } else if let Some(rest) = before.strip_suffix(", ").filter(|_| joined) {
                start = rest.len();
            } else {
                start = name_start;
                break;
            }
        }
        joined.then_some(start..end)
    })
}

/// Where the run of capitalised words ending at `at` starts (up to four
/// words, a word ending in a full stop among them: "St. Brides Primary").
fn dotted_run_before(text: &str, at: usize) -> usize {
    let mut first = at;
    for _ in 0..4 {
        // the last word ends at `at`; each word before it, at a space
        let gap = if first == at {
            &text[..at]
        } else {
            match text[..first].strip_suffix(' ') {
                Some(gap) => gap,
                None => break,
            }
        };
        let word_start = gap
            .rfind(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.')))
            .map_or(0, |i| i + gap[i..].chars().next().map_or(1, char::len_utf8));
        let word = &gap[word_start..];
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        first = word_start;
    }
    first
}

/// Sites named whole straight after a verb of visiting, with no count:
/// "visiting Castlewick Trial Unit, Orme Bridge Trial Unit and Selbury
/// Criminal Justice Unit" (each name ends in its own noun).
static NAMED_SITES: LazyLock<Pattern> = LazyLock::new(|| {
    let name = format!(
        r"(?:\p{{Lu}}[\w'’-]*[ \t]+){{1,4}}(?:{})",
        crate::lexicon::SITE_NAME_NOUNS.join("|")
    );
    crate::lexicon::regex(&format!(
        r"(?i:\b{VISIT_VERBS})\s+(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name})\b"
    ))
    .expect("named sites regex")
});

/// The dates a visit took, between its verb and its places: "took place
/// from 11 to 22 September 2023 in ...". Unbounded but plain (words up to a
/// year), so that no count of characters is kept.
const DATES_BETWEEN: &str = r"(?:from|between|on)\s+[\w\s]+?\b(?:19|20)\d\d,?\s+";

/// Places named after a verb of visiting and counted straight after:
/// "carried out fieldwork in Orrindale, Pennerby, Caddisfield and Thornwick
/// Vale, four of the criminal justice areas in England", "visited A, B and
/// C, and D - three of the region's five services -" (a name with "and"
/// inside).
static NAMES_BEFORE_COUNT: LazyLock<Pattern> = LazyLock::new(|| {
    let name = r"\p{Lu}[\w'’-]*(?:\s+\p{Lu}[\w'’-]*){0,3}";
    crate::lexicon::regex(&format!(
        r"(?i:\b(?:{VISIT_VERBS}|{VISIT_DATED_VERBS}\s+{DATES_BETWEEN}(?:in|at)))\s+(?:(?i:in|at)\s+)?(?P<list>{name}(?:,\s+{name}(?:\s+and\s+{name})?)*,?\s+and\s+{name})\s*(?:,|\s[-–—])\s*{NUMBER_PATTERN}\s+of\s+"
    ))
    .expect("names before count regex")
});

/// Where the list of names starts: "the units visited were:", "namely", a
/// colon or bracket after the counted noun.
static LIST_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)(?:\b{UNIT_NOUNS}\s+(?:(?:that\s+)?(?:we|inspectors|the\s+team|the\s+inspection\s+team)\s+)?{LISTED_UNITS_VERBS}\s+(?:were|was|are|included)\s*:?|\b{UNIT_NOUNS}\s+(?:were|was)\s+(?:visited|inspected|covered)\s*:|\b(?:visits|fieldwork)\s+(?:were|was)\s+(?:made|carried\s+out)\s+(?:to|in|at)\s*:?|\b(?:namely|these\s+were|which\s+were)\s*:?|\bvisited\s*:|\bthe\s+following\s+(?:[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}\s*:|\b{PLACED_IN}\s*:)[ \t]*"
    ))
    .expect("list lead regex")
});

/// A noun of units anywhere: "suites", "police stations".
static UNIT_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)\b{UNIT_NOUNS}\b")).expect("unit noun regex")
});

/// The longest inline list of unit names read, in bytes.
const MAX_LIST: usize = 2_000;

/// A count of units found in the narrative.
struct Hit {
    /// The count.
    n: u32,
    /// The matched words.
    whole: Range<usize>,
    /// Where a list of the units' names may open.
    after: usize,
    /// Sites visited besides, named before the count.
    sites: Vec<Range<usize>>,
    /// False when the count ends a relative clause ("three prisons that
    /// the Inspectorate visited in the emergency"): what follows goes on
    /// with the sentence, no list opens there.
    list_may_follow: bool,
}

/// "to inspect how the powers are used in all 43 forces": each count of
/// every unit of a kind whose clause has a verb of inspecting at most
/// [`INSPECTING_LOOK`] allows before it, spanning from that verb.
fn in_all_hits(piece: &str, offset: usize) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut taken = 0;
    for c in IN_ALL.captures_iter(piece) {
        let m = c.get(0).expect("whole match");
        let Some(n) = number_value(&c["n"]) else {
            continue;
        };
        let Some(verb) = INSPECTING_BEFORE.find_before(piece, m.start(), taken, &INSPECTING_LOOK)
        else {
            continue;
        };
        let start = verb.start;
        hits.push(Hit {
            n,
            whole: offset + start..offset + m.end(),
            after: offset + m.end(),
            sites: Vec::new(),
            list_may_follow: true,
        });
        taken = m.end();
    }
    hits
}

/// Reads the units visited, or `None` when the document states none.
///
/// Names that are only nations ("each police force in England and
/// Wales", lexicon `NATIONS`) tell where a programme reaches, not the
/// units visited, and words in small letters that open with no article
/// ("at night and in the day") name none: they are dropped, and the
/// units with them when nothing else was read.
pub fn extract(cx: &mut Context<'_>) -> Option<Units> {
    let mut units = units_stated(cx)?;
    // "visited the suites at night and in the day": words in small
    // letters, not opening with an article, name no unit
    units.names.retain(|n| {
        !n.text.starts_with(char::is_lowercase) || crate::lexicon::opens_with_article(&n.text)
    });
    let only_nations = !units.names.is_empty()
        && units
            .names
            .iter()
            .all(|n| crate::lexicon::NATIONS.contains(&n.text.as_str()));
    if only_nations {
        units.names.clear();
    }
    if let Some(n) = units.count {
        // judged on the names as finally read (the span is the count's)
        if !units.names.is_empty() && units.names.len() != n as usize {
            cx.diagnose(
                Severity::Warning,
                Code::UnitsCountMismatch,
                units.span.start..units.span.end,
                format!(
                    "{n} units are counted but {} listed",
                    match units.names.len() {
                        1 => "1 name is".to_owned(),
                        listed => format!("{listed} names are"),
                    }
                ),
            );
        }
    }
    // "Inspectors also went to the three part-time suites at Marstock,
    // Oxney Green and Hembury", read as units: sites besides the units are
    // not the units again, nor a counted group of them ("the three
    // part-time suites at Marstock"); a site in a unit's place is another
    // ("the multi-agency safeguarding hub (MASH) in Hallamby")
    let names = &units.names;
    units.also_visited.retain(|site| {
        !names.iter().any(|name| {
            let group = site
                .text
                .strip_suffix(name.text.as_str())
                .filter(|before| before.ends_with(' '))
                .is_some_and(|before| {
                    before
                        .split_whitespace()
                        .any(|w| crate::lexicon::number_value(w).is_some())
                });
            site.text == name.text || group
        })
    });
    let nothing = units.count.is_none() && units.names.is_empty() && units.also_visited.is_empty();
    (!nothing).then_some(units)
}

/// The units the narrative states (see [`extract`]).
fn units_stated(cx: &mut Context<'_>) -> Option<Units> {
    let mut count: Option<(u32, Range<usize>)> = None;
    let mut also = Vec::new();
    let mut names = Vec::new();
    if let Some(found) = names_counted_then_visited(cx).or_else(|| names_then_visited_in_dashes(cx))
    {
        // the count's span opens at its first word, after the dash
        let written = &cx.source.text()[found.whole.clone()];
        let lead = written.len()
            - written
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
                .len();
        let whole = if lead < written.len() {
            found.whole.start + lead..found.whole.end
        } else {
            found.whole
        };
        count = Some((found.count, whole));
        names = found.names;
        also = found.also;
    }

    let mut earlier: Option<(u32, Range<usize>, usize, bool)> = None;
    for (piece, offset) in cx.narrative() {
        let mut hits: Vec<Hit> = Vec::new();
        for (verb, c) in counts_after_verbs(piece) {
            let tail = offset + verb.end;
            let number = verb.end + c.number.start..verb.end + c.number.end;
            if every_one(piece, number.clone()) {
                continue;
            }
            let Some(n) = crate::lexicon::unit_count_value(&piece[number]) else {
                continue;
            };
            let whole = offset + verb.start..tail + c.end;
            // after "of them" or the noun, where a list may open; a colon
            // is itself the opener
            let after = c.opener.map_or(whole.end, |opener| tail + opener);
            // "in the control room at Kettleby Road, in the crime bureau and
            // in two of ...": each site before the count, apart
            let sites: Vec<Range<usize>> = c
                .sites
                .map(|s| {
                    let site = &piece[verb.end..][s.clone()];
                    let at = tail + s.start;
                    SITE_APART
                        .split(site)
                        .map(|part| {
                            let start = at + (part.as_ptr() as usize - site.as_ptr() as usize);
                            start..start + part.trim_end().len()
                        })
                        .filter(|r| !r.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            hits.push(Hit {
                n,
                whole,
                after,
                sites,
                list_may_follow: true,
            });
        }
        for c in other_counts(piece) {
            let Some(n) = number_value(&piece[c.number.clone()]) else {
                continue;
            };
            let whole = offset + c.whole.start..offset + c.whole.end;
            let after = c.opener.map_or(whole.end, |o| offset + o);
            hits.push(Hit {
                n,
                whole,
                after,
                sites: Vec::new(),
                list_may_follow: !c.relative,
            });
        }
        hits.extend(in_all_hits(piece, offset));
        for m in ALL_OF_THEM.find_iter(piece) {
            let before = window_before(piece, m.start(), 400);
            let Some(c) = NUMBERED_NOUN.captures_iter(before).last() else {
                continue;
            };
            let Some(n) = number_value(&c["n"]) else {
                continue;
            };
            let whole = offset + m.start()..offset + m.end();
            hits.push(Hit {
                n,
                after: whole.end,
                whole,
                sites: Vec::new(),
                list_may_follow: true,
            });
        }
        let mut taken = 0;
        for c in EACH_OF_THE_NOUN.captures_iter(piece) {
            let (Some(m), Some(noun)) = (c.get(0), c.name("noun")) else {
                continue;
            };
            let Some(verb) = VISITING_BEFORE.find_before(piece, m.start(), taken, &VISITING_LOOK)
            else {
                continue;
            };
            taken = m.end();
            let between = &piece[verb.end..m.start()];
            let site = if between.trim().is_empty() {
                None
            } else {
                let Some(site) = SITE_THEN_EACH
                    .captures(between)
                    .and_then(|s| s.name("site"))
                else {
                    continue;
                };
                Some(offset + verb.end + site.start()..offset + verb.end + site.end())
            };
            // (the count may be told paragraphs before the visit)
            let before = window_before(piece, m.start(), EACH_OF_THE_NOUN_REACH);
            let from = m.start() - before.len();
            let Some(counted) = NUMBERED_NOUN_WIDE
                .captures_iter(before)
                .filter(|b| b["noun"].eq_ignore_ascii_case(noun.as_str()))
                .last()
            else {
                continue;
            };
            let (Some(n), Some(number)) = (number_value(&counted["n"]), counted.get(0)) else {
                continue;
            };
            hits.push(Hit {
                n,
                whole: offset + from + number.start()..offset + from + number.end(),
                after: offset + m.end(),
                sites: site.into_iter().collect(),
                list_may_follow: false,
            });
        }
        for m in ALL_OF_WHICH.find_iter(piece) {
            let before = window_before(piece, m.start(), 400);
            let sentence = last_sentence_start(before);
            let Some(c) = NUMBERED_NOUN.captures_iter(&before[sentence..]).last() else {
                continue;
            };
            let (Some(n), Some(noun)) = (number_value(&c["n"]), c.get(0)) else {
                continue;
            };
            let at = offset + m.start() - before.len() + sentence;
            hits.push(Hit {
                n,
                whole: at + noun.start()..offset + m.end(),
                after: at + noun.end(),
                sites: Vec::new(),
                list_may_follow: true,
            });
        }
        hits.sort_by_key(|h| h.whole.start);
        for Hit {
            mut n,
            mut whole,
            mut after,
            sites,
            list_may_follow,
        } in hits
        {
            // "Since June 2021 we have inspected 41 PDUs": a programme's
            // running total, not this inspection's visits
            let before = window_before(piece, whole.start - offset, 300);
            let opening = before[last_sentence_start(before)..].trim_start();
            if crate::lexicon::RUNNING_TOTAL_OPENERS
                .iter()
                .any(|w| starts_with_ignore_case(opening, w))
            {
                continue;
            }
            let closing = window_after(cx.source.text(), whole.end, 40).trim_start();
            if crate::lexicon::RUNNING_TOTAL_CLOSERS
                .iter()
                .any(|w| starts_with_ignore_case(closing, w))
            {
                continue;
            }
            // "The Area Assurance Programme examined the performance of each
            // of the 14 CPS Areas": a programme's reach, the programme the
            // verb's subject
            if ends_with_programme(opening) {
                continue;
            }
            // "When inspectors last examined probation work here ... they
            // visited four offices": an earlier inspection's count gives
            // way to this one's, and stands only where there is no other
            if super::about_earlier_report(piece, whole.start - offset) {
                if count.is_none() && earlier.is_none() {
                    earlier = Some((n, whole, after, list_may_follow));
                }
                continue;
            }
            let counted_here = count.is_none();
            if counted_here {
                also.extend(sites.into_iter().map(|s| cx.text(s)));
                let window = window_after(cx.source.text(), whole.end, 200);
                if let Some(more) = MORE_UNITS.captures(window) {
                    // a sum that would overflow is no count at all
                    let Some(sum) = more
                        .name("n")
                        .map_or(Some(1), |m| number_value(m.as_str()))
                        .and_then(|extra| n.checked_add(extra))
                    else {
                        continue;
                    };
                    n = sum;
                    whole.end += more.get(0).map_or(0, |m| m.end());
                    after = whole.end;
                }
                count = Some((n, whole.clone()));
            }
            // Once names and extra sites are found, later mentions add
            // nothing (and a text of nothing but mentions stays linear).
            if !names.is_empty() && !also.is_empty() {
                break;
            }
            let (list, list_end) = if names.is_empty() && list_may_follow {
                inline_list(cx, after_owner(cx.source.text(), after), Some(n))
            } else {
                (Vec::new(), after)
            };
            // "looked at two areas: attracting, developing and retaining
            // the workforce ...; and using powers fairly": a list with no
            // capital in any item names topics, not places, and what it
            // counts were no units
            if !list.is_empty() && list.iter().all(|t| !t.text.contains(char::is_uppercase)) {
                if counted_here {
                    count = None;
                }
                continue;
            }
            let mut list_end = list_end;
            if names.is_empty() && !list.is_empty() {
                names = list;
                // "ten suites: A, B, C and D in Bristol, as well as suites
                // in E, F, G, H, I and J": a second list of the counted
                // units makes up the count
                if let Some((more, end)) = more_names(cx, list_end, names.len(), n) {
                    strip_shared_place(cx, &mut names);
                    names.extend(more);
                    list_end = end;
                }
            }
            if also.is_empty() {
                also.extend(also_sites_after(cx, list_end));
            }
        }
    }
    if let Some((n, whole, after, list_may_follow)) = earlier.filter(|_| count.is_none()) {
        count = Some((n, whole));
        if names.is_empty() && list_may_follow {
            names = inline_list(cx, after_owner(cx.source.text(), after), Some(n)).0;
        }
    }
    // "Inspectors returned to X ..., working from two of the Trust's seven
    // offices, A and B": where staff work, a visit when inspectors do
    if count.is_none() && names.is_empty() {
        if let Some((n, whole, list, list_end)) = worked_from(cx) {
            count = Some((n, whole));
            names = list;
            if also.is_empty() {
                also.extend(also_sites_after(cx, list_end));
            }
        }
    }
    // "It works from two offices, at A and B. Inspectors visited both
    // during ...": the pair named in the sentence before
    if count.is_none() && names.is_empty() {
        if let Some((n, whole, list, list_end)) = both_named_before(cx) {
            count = Some((n, whole));
            names = list;
            if also.is_empty() {
                also.extend(also_sites_after(cx, list_end));
            }
        }
    }
    // "The force runs its custody services from four custody suites at
    // A, B, C and D": a force's custody, every suite inspected
    if count.is_none() && names.is_empty() {
        if let Some((n, whole, list)) = custody_suites_run(cx) {
            count = Some((n, whole));
            names = list;
        }
    }
    // "in five different probation areas ... staff working in these five
    // fieldwork areas": a count of units described as where fieldwork was
    // done, with no verb of visiting
    if count.is_none() && names.is_empty() {
        count = fieldwork_sites_count(cx);
    }
    // "... as well as the Segregation Unit. On the return visit they also
    // went to the Open Unit at ...": the sites a later sentence says were
    // also visited are more of them
    for site in also_visited(cx) {
        if !also.iter().any(|a| a.text == site.text) {
            also.push(site);
        }
    }

    if names.is_empty() {
        names = listed_names(cx, count.as_ref().map(|c| c.0));
    }
    // "inspectors visited six basic command units (BCUs) ... The BCUs are
    // listed in the table below.": the names in the table's column headed
    // by the noun counted
    if names.is_empty() {
        if let Some((n, whole)) = &count {
            names = table_column_names(cx, whole.clone(), *n);
        }
    }
    // "took in the custody suites at Fulham and Hammersmith as well as
    // ...": names in prose with no count.
    if names.is_empty() {
        for (piece, offset) in cx.narrative() {
            let Some(opener) = PLACES_AT.captures(piece).and_then(|c| c.name("opener")) else {
                continue;
            };
            let (list, mut list_end) = inline_list(cx, offset + opener.start(), None);
            // "inspected Torfaen's education services in October 2011, it
            // judged ...": a date and a clause, no places
            if list.len() >= 2 && !list.iter().any(|t| names_a_date(&t.text)) {
                names = list;
                // "at A, B, C and D, four of the Area's six units": the
                // count after the names (what else was visited comes after
                // it: "... – three of its four bases – as well as ...")
                if let Some((Some(n), whole)) = count_after_names(cx, list_end) {
                    list_end = whole.end;
                    count.get_or_insert((n, whole));
                }
                if also.is_empty() {
                    also.extend(also_sites_after(cx, list_end));
                }
                break;
            }
        }
    }
    // "fieldwork in A, B, C and D, four of the criminal justice areas"
    if names.is_empty() {
        for (piece, offset) in cx.narrative() {
            let Some(c) = NAMES_BEFORE_COUNT.captures(piece) else {
                continue;
            };
            let Some(list) = c.name("list") else {
                continue;
            };
            let list_end = offset + list.end();
            let Some((n, whole)) = count_after_names(cx, list_end) else {
                continue;
            };
            // "..., four of the nine neighbourhood policing areas in
            // Hollinsmoor, and at the county's safeguarding hub"
            if also.is_empty() {
                also.extend(also_sites_after(cx, aside_end(cx, list_end, whole.end)));
            }
            if let Some(n) = n {
                count.get_or_insert((n, whole));
            }
            // "Salterby, Harle and Stenby, and Verity Bridge - three of
            // ...": the count says which "and" joins one name
            names = split_list(cx, offset + list.start()..list_end, n);
            break;
        }
    }
    // "visiting Castlewick Trial Unit, Orme Bridge Trial Unit and ..."
    if names.is_empty() {
        for (piece, offset) in cx.narrative() {
            if let Some(list) = NAMED_SITES.captures(piece).and_then(|c| c.name("list")) {
                names = split_list(cx, offset + list.start()..offset + list.end(), None);
                break;
            }
        }
    }
    // "the Apple Tree and Juniper Wards": names sharing one noun.
    if names.is_empty() {
        names = shared_noun_names(cx);
    }
    // "spent time in Carrow, Stanmoor and Felbridge policing districts",
    // "visited A, B and C divisions, three of the force's four ..."
    if names.is_empty() {
        for (piece, offset) in cx.narrative() {
            let (list, whole_end) = match NAMES_THEN_NOUN.captures(piece) {
                Some(c) => match (c.name("list"), c.get(0)) {
                    (Some(list), Some(whole)) => (list.range(), whole.end()),
                    _ => continue,
                },
                // "... and Victoria Primary Schools had each undergone
                // inspection": the noun the names share is on the last alone
                None => {
                    let Some(mut list) = names_before_passive(piece) else {
                        continue;
                    };
                    let whole_end = list.end;
                    if let Some(noun) = shared_suffix(&piece[list.clone()]) {
                        list.end -= noun.len() + 1;
                    }
                    (list, whole_end)
                }
            };
            names = split_list(cx, offset + list.start..offset + list.end, None);
            let mut list_end = offset + whole_end;
            if let Some((n, whole)) = count_after_names(cx, list_end) {
                list_end = whole.end;
                if let Some(n) = n {
                    count.get_or_insert((n, whole));
                }
            }
            if also.is_empty() {
                also.extend(also_sites_after(cx, list_end));
            }
            break;
        }
    }
    // "Three women's prisons that the Inspectorate visited ... held at HMP
    // & YOI A, HMP & YOI B and HMP & YOI C": the counted establishments
    // named whole, each with its prefix, somewhere after the count.
    if names.is_empty() {
        if let Some((n, _)) = &count {
            names = prefixed_establishments(cx, *n);
        } else if let Some((n, counted, list)) = counted_establishments(cx) {
            // "three men's local prisons ... HMP Leeds, HMP Thameside in
            // south east London and HMP Winchester": named whole, and as
            // many as a count elsewhere in the narrative says
            count = Some((n, counted));
            names = list;
        }
    }
    // "30 from each of three CPS Areas (A, B and C) ... spent time in all
    // three Areas": the units counted where they were visited, named where
    // the same number of them is listed, in another sentence.
    if names.is_empty() {
        if let Some((n, _)) = &count {
            names = listed_where_counted_again(cx, *n);
        }
    }
    // "re-inspection of Border Force operations at Port Kellan, Wrackhaven
    // and Skelness ... visiting all three ports": the places named once,
    // with no count beside them, as many as were counted.
    if names.is_empty() {
        if let Some((n, _)) = &count {
            names = places_named_as_many(cx, *n);
        }
    }
    // "inspecting the trust's three main hospitals ... reported in March
    // on Whipps Cross University Hospital ... the Royal London Hospital and
    // Newham University Hospital": the counted units named one by one in
    // later sentences, each a proper name ending in the counted noun.
    if names.is_empty() {
        if let Some((n, whole)) = &count {
            names = named_by_counted_noun(cx, *n, whole.clone());
        }
    }
    // "South Tyneside and Gateshead PDU ... Redcar, Cleveland and
    // Middlesbrough PDU": units named with their acronym, no list.
    if names.is_empty() {
        let named = acronym_named_units(cx);
        // one unit named in passing, with nothing counted, is no list
        let agrees = match &count {
            Some(c) => c.0 as usize == named.len(),
            None => named.len() >= 2,
        };
        if agrees {
            names = named;
        }
    }
    // "Areas inspected" over bullets of halls and wings
    if count.is_none() && names.is_empty() {
        names = sites_under_heading(cx);
    }
    if count.is_none() && names.is_empty() {
        return None;
    }
    // "There are five secure accommodation services inspected were:" over
    // five bullets: the sentence that introduces the names counts them
    if count.is_none() && names.len() >= 2 {
        count = count_introducing(cx, &names).or_else(|| count_named_again(cx, &names));
    }
    // "carried out at Maghaberry Prison and Magilligan Prison": each
    // establishment named is one unit
    if count.is_none() {
        count = establishments_counted(cx, &names).map(|n| {
            let first = names[0].span.start;
            (n, first..names[names.len() - 1].span.end)
        });
    }
    let span_range = count.as_ref().map_or_else(
        || {
            names
                .first()
                .map_or(0..0, |t: &Text| t.span.start..t.span.end)
        },
        |c| c.1.clone(),
    );
    for site in names.iter().flat_map(|unit| sites_in_also_aside(cx, unit)) {
        if !also.iter().any(|a| a.text == site.text) {
            also.push(site);
        }
    }
    Some(Units {
        count: count.as_ref().map(|c| c.0),
        names,
        also_visited: also,
        span: cx.span(span_range),
    })
}

/// The sites bulleted under a heading of their own ("Areas inspected",
/// "Sites visited"), each named as a site ("Cairngorm Hall", "Nevis
/// Wing"; lexicon `SITE_NAME_NOUNS`): a list of themes under such a
/// heading ("Safety", "Respect") names no place.
fn sites_under_heading(cx: &Context<'_>) -> Vec<Text> {
    static HEADING: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i)^\s*(?:{UNIT_NOUNS}|places)\s+(?:visited|inspected)\s*:?\s*$"
        ))
        .expect("sites heading regex")
    });
    let source = cx.source;
    for index in 0..source.line_count() {
        let line = source.line(index);
        if line.text.len() > 40 || !HEADING.is_match(line.text) {
            continue;
        }
        let items = bullet_items(cx, line.end() + 1);
        let all_sites = items.iter().all(|t| ends_with_site_noun(&t.text));
        if items.len() >= 2 && all_sites {
            return items;
        }
    }
    Vec::new()
}

/// The count of places in the sentence just before the first of `names`
/// ("There are five secure accommodation services inspected were:"), when
/// it is as many as the names.
fn count_introducing(cx: &Context<'_>, names: &[Text]) -> Option<(u32, Range<usize>)> {
    let first = names.first()?.span.start;
    let text = cx.source.text();
    let before = window_before(text, first, 200);
    let from = first - before.len();
    // the introducing sentence: after the last full stop before the names
    let start = last_sentence_start(before);
    let c = NUMBERED_NOUN
        .captures_iter(&before[start..])
        .filter(|c| c.name("n").and_then(|m| number_value(m.as_str())) == Some(names.len() as u32))
        .last()?;
    let whole = c.get(0)?;
    Some((
        names.len() as u32,
        from + start + whole.start()..from + start + whole.end(),
    ))
}

/// How far after a list of names a definite count of them is read, in
/// bytes: the next sentence or two.
const COUNT_AGAIN_REACH: usize = 300;

/// A definite count of as many places as `names`, soon after them: "a
/// visit to the force's cells in A, B and C. And the three custody suites
/// were judged ..." ("the" or "these" before the number: a count of places
/// already named).
fn count_named_again(cx: &Context<'_>, names: &[Text]) -> Option<(u32, Range<usize>)> {
    let last = names.last()?.span.end;
    let after = window_after(cx.source.text(), last, COUNT_AGAIN_REACH);
    let n = u32::try_from(names.len()).ok()?;
    definite_counts(after, n)
        .next()
        .map(|at| (n, last + at.start..last + at.end))
}

/// Where `window` counts `n` places definitely ("the three custody suites",
/// lexicon `DEFINITE_DETERMINERS` before the number): a count of places
/// already named, or about to be.
fn definite_counts(window: &str, n: u32) -> impl Iterator<Item = Range<usize>> + '_ {
    NUMBERED_NOUN
        .captures_iter(window)
        .filter(move |c| c.name("n").and_then(|m| number_value(m.as_str())) == Some(n))
        .filter_map(|c| {
            let whole = c.get(0)?;
            let word = window[..whole.start()]
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            crate::lexicon::DEFINITE_DETERMINERS
                .iter()
                .any(|d| word.eq_ignore_ascii_case(d))
                .then(|| whole.range())
        })
}

/// The names listed after another mention of `n` units ("three CPS Areas
/// (A, B and C)"), when exactly `n` are listed there; none otherwise.
fn listed_where_counted_again(cx: &Context<'_>, n: u32) -> Vec<Text> {
    let mentions = cx.narrative().into_iter().flat_map(|(piece, offset)| {
        NUMBERED_NOUN
            .captures_iter(piece)
            .filter(|c| c.name("n").and_then(|m| number_value(m.as_str())) == Some(n))
            .map(move |c| offset + c.get(0).map_or(0, |m| m.end()))
            .collect::<Vec<_>>()
    });
    first_list_of(cx, mentions, n, |_| true)
}

/// How many places a list of counted units is read at, at most: each reads
/// a list window, and a page that repeats a count or an "at" stays linear.
const LIST_TRIES: usize = 8;

/// The first list of exactly `n` names read at one of `starts` (the first
/// [`LIST_TRIES`] of them) that `accept` takes; none otherwise.
fn first_list_of(
    cx: &Context<'_>,
    starts: impl Iterator<Item = usize>,
    n: u32,
    accept: impl Fn(&[Text]) -> bool,
) -> Vec<Text> {
    for at in starts.take(LIST_TRIES) {
        let (list, _) = inline_list(cx, at, Some(n));
        if list.len() == n as usize && accept(&list) {
            return list;
        }
    }
    Vec::new()
}

/// Whether a listed item is a date ("October 2011", "May"): a month
/// opens it.
fn names_a_date(item: &str) -> bool {
    let first = item.split_whitespace().next().unwrap_or("");
    matches!(
        crate::lexicon::month(first),
        Some(crate::lexicon::MonthMatch::Exact(_))
    )
}

/// Where a list may open after a count's noun and the body the units
/// belong to ("the two main sites of the trust, A and B": at the comma
/// after "of the trust"); `at` itself when no such owner follows.
fn after_owner(text: &str, at: usize) -> usize {
    let window = window_after(text, at, 60);
    let Some(rest) = [" of the ", " of its ", " of their "]
        .iter()
        .find_map(|of| window.strip_prefix(of))
    else {
        return at;
    };
    let Some(comma) = rest.find(',') else {
        return at;
    };
    let owner = &rest[..comma];
    let words = owner.split_whitespace().count();
    let plain = owner
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '’');
    if (1..=3).contains(&words) && plain {
        at + (window.len() - rest.len()) + comma
    } else {
        at
    }
}

/// A list of exactly `n` (two or more) names after "at" or "in" somewhere
/// in the narrative ("at Port Kellan, Wrackhaven and Skelness"), each a
/// short capitalised name; none otherwise. Only the count agreeing makes
/// such a list the units': places named in passing rarely number the same.
fn places_named_as_many(cx: &Context<'_>, n: u32) -> Vec<Text> {
    if n < 2 {
        return Vec::new();
    }
    // (what someone says of places in a quotation names no visit)
    let text = cx.source.text();
    let openers = cx.narrative().into_iter().flat_map(|(piece, offset)| {
        PLACE_LIST_OPENER
            .find_iter(piece)
            .map(move |m| offset + m.start())
            .filter(|&at| !crate::source::in_quoted_paragraph(text, at))
            .collect::<Vec<_>>()
    });
    let short_names = |list: &[Text]| {
        list.iter().all(|t| {
            t.text.starts_with(char::is_uppercase) && t.text.split_whitespace().count() <= 4
        })
    };
    first_list_of(cx, openers, n, short_names)
}

/// Exactly `n` (two or more) distinct proper names, each a run of
/// capitalised words ending in the singular of the noun the count in
/// `counted` ends with ("three main hospitals": "Whipps Cross University
/// Hospital", "Royal London Hospital", ...), read after the count and
/// outside quotations; none when their number differs, as other units
/// named in passing would make it.
fn named_by_counted_noun(cx: &Context<'_>, n: u32, counted: Range<usize>) -> Vec<Text> {
    let text = cx.source.text();
    if n < 2 {
        return Vec::new();
    }
    // The lower-case words that end the count ("four immigration removal
    // centres"), the noun last.
    let Some(phrase) = text.get(counted.clone()) else {
        return Vec::new();
    };
    let mut words: Vec<&str> = phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase()) && number_value(w).is_none())
        .take(3)
        .collect();
    words.reverse();
    let Some(plural) = words.last() else {
        return Vec::new();
    };
    let singular = crate::lexicon::singular(plural);
    if singular.len() == plural.len() || singular.len() < 3 {
        return Vec::new();
    }
    let title_case = |w: &str| {
        let mut chars = w.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect::<String>()
        })
    };
    // The most specific head that names any unit governs: "Haslar
    // Immigration Removal Centre" makes "Oakington Reception Centre" no
    // unit of the kind counted; "three main hospitals" names none as
    // "Main Hospital", and "Hospital" then does.
    for k in (0..words.len()).rev() {
        let mut head: Vec<String> = words[words.len() - 1 - k..words.len() - 1]
            .iter()
            .map(|w| title_case(w))
            .collect();
        head.push(title_case(&singular));
        let names = names_ending_in(cx, &head.join(" "), counted.end);
        if names.is_empty() {
            continue;
        }
        return if names.len() == n as usize {
            names
        } else {
            Vec::new()
        };
    }
    Vec::new()
}

/// The distinct proper names in the narrative after byte `from`, outside
/// quotations, each a run of capitalised words ending in `head`; none when
/// there are more than a dozen.
fn names_ending_in(cx: &Context<'_>, head: &str, from: usize) -> Vec<Text> {
    /// How many names are read at most before giving up.
    const MAX_NAMES: usize = 12;
    let text = cx.source.text();
    let mut names: Vec<Text> = Vec::new();
    for (piece, offset) in cx.narrative() {
        for (at, _) in piece.match_indices(head) {
            let start = offset + at;
            let end = start + head.len();
            if start < from
                || text[end..].starts_with(|c: char| c.is_alphanumeric())
                || crate::source::in_quoted_paragraph(text, start)
            {
                continue;
            }
            let first = capitalised_run_before(text, start);
            if first == start {
                continue;
            }
            let name = cx.text(first..end);
            if !names.iter().any(|t| t.text == name.text) {
                names.push(name);
                if names.len() > MAX_NAMES {
                    return Vec::new();
                }
            }
        }
    }
    names
}

/// Where the run of capitalised words (up to four) that ends just before
/// `at` (after one space) begins; `at` when there is none.
fn capitalised_run_before(text: &str, at: usize) -> usize {
    let mut first = at;
    for _ in 0..4 {
        let before = &text[..first];
        let Some(gap) = before.strip_suffix(' ') else {
            break;
        };
        let word_start = gap
            .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
            .map_or(0, |i| i + gap[i..].chars().next().map_or(1, char::len_utf8));
        let word = &gap[word_start..];
        if !word.starts_with(char::is_uppercase) || crate::lexicon::is_title_word(word) {
            break;
        }
        first = word_start;
    }
    first
}

/// The count straight after a list of names that ends at `list_end` (",
/// four of the Area's six units"): its value, if it reads as a number, and
/// its range, from the count to the noun.
fn count_after_names(cx: &Context<'_>, list_end: usize) -> Option<(Option<u32>, Range<usize>)> {
    let after = window_after(cx.source.text(), list_end, 200);
    let c = COUNT_AFTER_NAMES.captures(after)?;
    let (whole, n) = (c.get(0)?, c.name("n")?);
    // the span opens at the count, after the comma or dash
    Some((
        number_value(n.as_str()),
        list_end + n.start()..list_end + whole.end(),
    ))
}

/// "Hexlow, Orrinbridge and Quenmoor magistrates' courts - three of the 14
/// suites in the region - were visited": the passive after the closing
/// dash of a count that follows the names.
static DASHED_COUNT_VISITED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\s[-–—]\s*{}\b",
        crate::lexicon::PASSIVE_VISITED
    ))
    .expect("dashed count visited regex")
});

/// A list of names at the end of a stretch of text, with the plural noun
/// they share: "Hexlow, Orrinbridge and Quenmoor magistrates' courts".
static NAMES_AT_END: LazyLock<Pattern> = LazyLock::new(|| {
    let name = CAPITALISED_NAME;
    crate::lexicon::regex(&format!(
        r"(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name}(?:\s+[\w'’]+){{0,3}})\s*$"
    ))
    .expect("names at end regex")
});

/// A site visited besides, after a passive of visiting and its time: ",
/// as was the escort contractor's operations centre at Denholt Park".
static AS_WAS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(
        r"(?i)^[^.;]{0,80}?,\s+as\s+(?:was|were)\s+(?P<also>(?:the|a|an|its|their)\s+[^,.;()]+?)\s*(?:[,.;]|$)",
    )
    .expect("as was regex")
});

/// What [`names_counted_then_visited`] reads.
struct CountedThenVisited {
    count: u32,
    whole: Range<usize>,
    names: Vec<Text>,
    also: Vec<Text>,
}

/// Where the sentence holding byte `at` of `piece` starts, looked for at
/// most 400 bytes back.
fn sentence_start_before(piece: &str, at: usize) -> usize {
    let before = window_before(piece, at, 400);
    at - before.len() + last_sentence_start(before)
}

/// The `n` names listed at the end of `piece[range]` (a piece at `offset`
/// of the text) before a count of them: "Hexlow, Orrinbridge and Quenmoor
/// magistrates' courts" before " - three of the 14 suites"; `None` unless
/// there are `n`.
fn names_ending(
    cx: &Context<'_>,
    piece: &str,
    offset: usize,
    range: Range<usize>,
    n: u32,
) -> Option<Vec<Text>> {
    let list = NAMES_AT_END.captures(&piece[range.clone()])?.name("list")?;
    let start = offset + range.start + list.start();
    let names = split_list(cx, start..start + list.len(), Some(n));
    (names.len() == n as usize).then_some(names)
}

/// Units named, then counted between dashes, then said to be visited:
/// "Hexlow, Orrinbridge and Quenmoor magistrates' courts - three of the 14
/// suites in the region - were visited between 14 and 17 May 2018, as was
/// the escort contractor's operations centre". The count, its range, the
/// names (each with the noun they share) and a site visited besides.
fn names_counted_then_visited(cx: &Context<'_>) -> Option<CountedThenVisited> {
    let text = cx.source.text();
    for (piece, offset) in cx.narrative() {
        for m in DASHED_COUNT_VISITED.find_iter(piece) {
            let sentence_start = sentence_start_before(piece, m.start());
            let sentence = &piece[sentence_start..m.start()];
            // the dash that opens the count
            // (a space or a line break either side: "... Teme Police -\nthree
            // of the seven forces")
            let Some(open) = sentence
                .char_indices()
                .rfind(|&(i, c)| {
                    matches!(c, '-' | '\u{2013}' | '\u{2014}')
                        && sentence[..i].ends_with(char::is_whitespace)
                        && sentence[i + c.len_utf8()..].starts_with(char::is_whitespace)
                })
                .and_then(|(i, _)| sentence[..i].char_indices().next_back().map(|(j, _)| j))
            else {
                continue;
            };
            let list_end = offset + sentence_start + open;
            let Some((Some(n), whole)) = count_after_names(cx, list_end) else {
                continue;
            };
            // the count runs on to the closing dash
            if text[whole.end..offset + m.start()].contains(['.', ';']) {
                continue;
            }
            if let Some(names) =
                names_ending(cx, piece, offset, sentence_start..sentence_start + open, n)
            {
                let also = AS_WAS
                    .captures(window_after(piece, m.end(), 300))
                    .and_then(|c| c.name("also"))
                    .map(|a| cx.text(offset + m.end() + a.start()..offset + m.end() + a.end()))
                    .into_iter()
                    .collect();
                return Some(CountedThenVisited {
                    count: n,
                    whole,
                    names,
                    also,
                });
            }
        }
    }
    None
}

/// The close of an aside that counts the places named before it as the
/// ones visited: "... we visited –" in "Wyckholm, Saltmarshe Quay and
/// Brindlecote – the three areas we visited – each have their own team".
/// (The count is read back from here in a short stretch: a count pattern
/// searched over the whole text holds megabytes of automaton states.)
static VISITED_DASH: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:we|(?:the\s+)?{VISITING_PARTIES})\s+(?:visited|inspected)\s*[-–—]\s"
    ))
    .expect("visited dash regex")
});

/// The count between a list's dash and [`VISITED_DASH`]: "the three areas
/// (that) ".
static COUNTED_IN_DASHES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*(?:the|all|those)\s+(?P<n>{NUMBER_PATTERN})\s+(?:[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}\s+(?:that\s+)?$"
    ))
    .expect("counted in dashes regex")
});

/// Units named, then counted between dashes as the ones visited:
/// "Wyckholm, Saltmarshe Quay and Brindlecote – the three areas we visited
/// – each have ...". The count, its range and the names.
fn names_then_visited_in_dashes(cx: &Context<'_>) -> Option<CountedThenVisited> {
    for (piece, offset) in cx.narrative() {
        for m in VISITED_DASH.find_iter(piece) {
            let sentence_start = sentence_start_before(piece, m.start());
            let sentence = &piece[sentence_start..m.start()];
            // the dash that opens the aside
            let Some((open, dash_len)) = crate::source::last_spaced_dash(sentence) else {
                continue;
            };
            let counted = &sentence[open + dash_len..];
            let Some(c) = COUNTED_IN_DASHES.captures(counted) else {
                continue;
            };
            let Some(n) = c.name("n").and_then(|n| number_value(n.as_str())) else {
                continue;
            };
            if let Some(names) =
                names_ending(cx, piece, offset, sentence_start..sentence_start + open, n)
            {
                let count_start = offset + sentence_start + open + dash_len;
                let count_start = count_start + (counted.len() - counted.trim_start().len());
                // (the span ends with the verb, before the closing dash)
                let verb_end = m
                    .as_str()
                    .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
                    .len();
                return Some(CountedThenVisited {
                    count: n,
                    whole: count_start..offset + m.start() + verb_end,
                    names,
                    also: Vec::new(),
                });
            }
        }
    }
    None
}

/// Names that share one capitalised plural noun after them: "the Apple
/// Tree and Juniper Wards", "the Tegid (older people's care) and Dinas
/// Wards". Each name is a unit; the noun ([`SHARED_UNIT_NOUNS`]) is theirs.
///
/// [`SHARED_UNIT_NOUNS`]: crate::lexicon::SHARED_UNIT_NOUNS
fn shared_noun_names(cx: &Context<'_>) -> Vec<Text> {
    // A name's aside in brackets is at most 160 characters. The pattern
    // searched first lets it run on ([`SHARED_ANY`]); only where a match
    // holds a longer one is the bounded pattern, which held about 2 MB of
    // lazy DFA states over varied documents, searched instead: every
    // match of the bounded pattern is one of the other, so the other's
    // first match with no long aside is the bounded one's too.
    static SHARED: LazyLock<Pattern> =
        LazyLock::new(|| shared_names_pattern(r"(?:\s*\([^()]{0,160}\))?"));
    static SHARED_ANY: LazyLock<Pattern> =
        LazyLock::new(|| shared_names_pattern(r"(?:\s*\([^()]*\))?"));
    fn shared_names_pattern(aside: &str) -> Pattern {
        let name = format!(r"\p{{Lu}}[\w'’-]*(?:[ \t]+\p{{Lu}}[\w'’-]*){{0,3}}{aside}");
        crate::lexicon::regex(&format!(
            r"\b[Tt]he\s+(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name})\s+(?:{})\b",
            crate::lexicon::SHARED_UNIT_NOUNS.join("|")
        ))
        .expect("shared noun regex")
    }
    let long_aside = |list: &str| {
        list.split('(').skip(1).any(|inside| {
            inside
                .split(')')
                .next()
                .is_some_and(|a| a.chars().nth(160).is_some())
        })
    };
    static NAME: LazyLock<Pattern> =
        LazyLock::new(|| crate::lexicon::regex(CAPITALISED_NAME).expect("name regex"));
    for (piece, offset) in cx.narrative() {
        let list = match SHARED_ANY.captures(piece).and_then(|c| c.name("list")) {
            Some(list) if long_aside(list.as_str()) => {
                SHARED.captures(piece).and_then(|c| c.name("list"))
            }
            found => found,
        };
        let Some(list) = list else {
            continue;
        };
        let list_text = list.as_str();
        // names are outside the brackets that describe them
        let mut depth = 0usize;
        let outside: Vec<bool> = list_text
            .bytes()
            .map(|b| {
                match b {
                    b'(' => depth += 1,
                    b')' => depth = depth.saturating_sub(1),
                    _ => {}
                }
                depth == 0 && b != b')'
            })
            .collect();
        return NAME
            .find_iter(list_text)
            .filter(|m| outside[m.start()])
            .map(|m| {
                let start = offset + list.start() + m.start();
                cx.text(start..start + m.len())
            })
            .collect();
    }
    Vec::new()
}

/// A list of exactly `counted` establishments, each named with its prefix
/// ("HMP & YOI Bronzefield, HMP & YOI Eastwood Park and HMP & YOI Foston
/// Hall"), the first such list in the narrative; none if no list has the
/// counted length (a list of other prisons is no list of those visited).
fn prefixed_establishments(cx: &Context<'_>, counted: u32) -> Vec<Text> {
    static LIST: LazyLock<Pattern> = LazyLock::new(|| {
        let prefix = crate::lexicon::ESTABLISHMENT_PREFIXES
            .iter()
            .map(|p| regex::escape(p).replace(' ', r"\s+"))
            .collect::<Vec<_>>()
            .join("|");
        // (with where it is after it: "HMP Thameside in south east London")
        let name = format!(
            r"(?:{prefix})\s+\p{{Lu}}[\w'’-]*(?:[ \t]+\p{{Lu}}[\w'’-]*){{0,3}}(?:\s+in\s+(?:[a-z]+\s+){{0,3}}\p{{Lu}}[\w'’-]*)?"
        );
        crate::lexicon::regex(&format!(
            r"\b(?P<list>{name}(?:,\s+{name})*,?\s+and\s+{name})"
        ))
        .expect("prefixed establishments regex")
    });
    let text = cx.source.text();
    for (piece, offset) in cx.narrative() {
        for c in LIST.captures_iter(piece) {
            let Some(list) = c.name("list") else {
                continue;
            };
            let names = split_list(
                cx,
                offset + list.start()..offset + list.end(),
                Some(counted),
            );
            if names.len() == counted as usize {
                // "HMP Thameside in south east London": the name before
                // where it is
                return names
                    .into_iter()
                    .map(|t| match text[t.span.start..t.span.end].find(" in ") {
                        Some(at) => cx.text(t.span.start..t.span.start + at),
                        None => t,
                    })
                    .collect();
            }
        }
    }
    Vec::new()
}

/// A list of two or more establishments named whole with their prefixes
/// ([`prefixed_establishments`]) where no count stands beside them, with a
/// count of as many units elsewhere in the narrative ("Inspectors found
/// that three men's local prisons ..."): the count, its range and the
/// names.
fn counted_establishments(cx: &Context<'_>) -> Option<(u32, Range<usize>, Vec<Text>)> {
    let text = cx.source.text();
    // (a count told of what inspectors found: "UNs were issued to three
    // prisons" counts others)
    let mut mentions = cx.narrative().into_iter().flat_map(|(piece, offset)| {
        NUMBERED_NOUN
            .captures_iter(piece)
            .filter_map(|c| {
                let n = number_value(c.name("n")?.as_str())?;
                let whole = c.get(0)?;
                Some((n, offset + whole.start()..offset + whole.end()))
            })
            .collect::<Vec<_>>()
    });
    let (n, counted) = mentions.find(|(n, range)| {
        *n >= 2
            && crate::source::contains_ignore_case(
                &text[crate::source::sentence_around(text, range.clone())],
                crate::lexicon::INSPECTOR_NOUN,
            )
    })?;
    let names = prefixed_establishments(cx, n);
    (names.len() == n as usize).then_some((n, counted, names))
}

/// Two or more local units named with their acronym ("South Tyneside and
/// Gateshead PDU", "Redcar, Cleveland and Middlesbrough PDU"), a name with
/// commas inside kept whole; each distinct name once, in order.
fn acronym_named_units(cx: &Context<'_>) -> Vec<Text> {
    static NAMED: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"\p{{Lu}}[\w'’-]+(?:(?:,[ \t]+|[ \t]+and[ \t]+|[ \t]+)\p{{Lu}}[\w'’-]+){{0,6}}[ \t]+(?:{})\b",
            crate::lexicon::UNIT_ACRONYMS.join("|")
        ))
        .expect("acronym-named unit regex")
    });
    let mut names: Vec<Text> = Vec::new();
    for (piece, offset) in cx.narrative() {
        // "A PDU, B PDU and C PDU" matches as one run: part it after each
        // acronym that a comma or "and" follows.
        let mut pieces: Vec<Range<usize>> = Vec::new();
        for m in NAMED.find_iter(piece) {
            let mut from = m.start();
            for acronym in crate::lexicon::UNIT_ACRONYMS {
                for (at, _) in m.as_str().match_indices(acronym) {
                    let end = m.start() + at + acronym.len();
                    let rest = &piece[end..m.end()];
                    if end > from && (rest.starts_with(", ") || rest.starts_with(" and ")) {
                        pieces.push(from..end);
                        from = end + if rest.starts_with(", ") { 2 } else { 5 };
                    }
                }
            }
            pieces.push(from..m.end());
        }
        pieces.sort_by_key(|r| r.start);
        for m in pieces {
            // "They follow A PDU, B PDU and C PDU, every one of which was
            // rated ... in reports published in October 2022": units of
            // earlier reports
            if super::names_earlier_report(&piece[crate::source::sentence_around(piece, m.clone())])
            {
                continue;
            }
            let mut start = m.start;
            let mut name = &piece[m.clone()];
            while let Some((first, rest)) = name.split_once(' ') {
                if !crate::lexicon::NAME_LEAD_WORDS.contains(&first) {
                    break;
                }
                start += first.len() + 1;
                name = rest;
            }
            // the acronym alone is no name
            if !name.contains(' ') || names.iter().any(|n| n.text == name) {
                continue;
            }
            names.push(cx.text(offset + start..offset + m.end));
        }
    }
    // "Torfaen YOS" and "Monmouthshire and Torfaen YOS": one service named
    // short and in full is one unit
    let within_another = |i: usize, name: &str| {
        names
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other.text.len() > name.len() && other.text.ends_with(name))
    };
    let distinct = names
        .iter()
        .enumerate()
        .filter(|(i, t)| !within_another(*i, &t.text))
        .count();
    if distinct >= 2 { names } else { Vec::new() }
}

/// The one establishment a report is about, taken as the unit visited when
/// the document states no units: an inspection of "HMP Bedford" is a visit
/// to one site, HMP Bedford. Leaves a `units-from-subject` diagnostic.
pub fn single_establishment(cx: &mut Context<'_>, subject: Option<&Text>) -> Option<Units> {
    let subject = subject?;
    let range = subject.span.start..subject.span.end;
    // "visited HMP Scarsby, HMP Dunmere and HMP Carrow Vale": the first of
    // several establishments listed is not the one inspected
    if next_in_list_is_establishment(&cx.source.text()[range.end..]) {
        return None;
    }
    let written = &cx.source.text()[range.clone()];
    // "Maghaberry Prison and Magilligan Prison": two establishments, each
    // named in full
    let parts: Vec<Text> = match written.split_once(" and ") {
        Some((a, b)) if is_establishment(a.trim()) && is_establishment(b.trim()) => {
            let b_start = range.start + a.len() + " and ".len();
            vec![
                cx.text(range.start..range.start + a.len()),
                cx.text(b_start..range.end),
            ]
        }
        _ if is_establishment(&subject.text) => vec![
            spelt_out(cx, &subject.text)
                .or_else(|| prefixed_form(cx, &subject.text))
                .unwrap_or_else(|| subject.clone()),
        ],
        // ("... of the prison, police custody suites and border agency
        // customs custody suites in" / "Guernsey": a place whose title
        // names units of other kinds too is no one establishment)
        _ if named_as_establishment(cx.source.text(), &subject.text) && !title_names_units(cx) => {
            vec![subject.clone()]
        }
        // "Inspectors went to the Liverpool Asylum Screening Unit (ASU) on
        // 10th August": the body inspected, visited by name
        _ if visited_by_name(cx, &subject.text) => vec![subject.clone()],
        // "Deerbolt, near Barnard Castle, ..." in a story about a jail (a
        // bare name is one word: the story is read again only for one)
        _ if !subject.text.contains(char::is_whitespace)
            && super::inspectorate::bare_establishment(cx)
                .is_some_and(|bare| bare.span == subject.span) =>
        {
            vec![subject.clone()]
        }
        _ => return None,
    };
    let mut parts = parts;
    if let [only] = parts.as_slice() {
        if let Some((first, second)) = joined_establishment(cx, &only.text) {
            parts = vec![first, second];
        }
    }
    let listed = parts
        .iter()
        .map(|t| t.text.as_str())
        .collect::<Vec<_>>()
        .join(" and ");
    cx.diagnose(
        Severity::Info,
        Code::UnitsFromSubject,
        range,
        if parts.len() == 1 {
            format!("no units are stated; the establishment inspected, {listed}, is taken as the unit visited")
        } else {
            format!("no units are stated; the establishments inspected, {listed}, are taken as the units visited")
        },
    );
    let mut also = also_visited(cx);
    if also.is_empty() && parts.len() == 1 {
        also = sites_in_brackets(cx, &parts[0].text);
    }
    if also.is_empty() && parts.len() == 1 {
        also = site_where_inspectors_spent_time(cx, &parts[0].text);
    }
    Some(Units {
        count: u32::try_from(parts.len()).ok(),
        names: parts,
        also_visited: also,
        span: subject.span,
    })
}

/// True when the page's title names units in the plural (lexicon
/// `UNIT_NOUNS`: "police custody suites").
fn title_names_units(cx: &Context<'_>) -> bool {
    cx.sections.title.as_ref().is_some_and(|lines| {
        let (text, _) = cx.lines_text(lines);
        UNIT_NOUN.is_match(text)
    })
}

/// True when a sentence of the narrative opens with the inspectors and
/// their verb of visiting (see [`INSPECTORS_VISITED`]) and then `name`
/// alone, an article before it, up to a bracket, a preposition or the
/// sentence's end: the place visited is the body named.
fn visited_by_name(cx: &Context<'_>, name: &str) -> bool {
    let text = cx.source.text();
    cx.narrative_sentences().iter().flatten().any(|sentence| {
        let s = &text[sentence.clone()];
        let Some(lead) = INSPECTORS_VISITED.find(s) else {
            return false;
        };
        let rest = &s[lead.end()..];
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        rest.strip_prefix(name).is_some_and(|after| {
            let next = after.trim_start();
            next.is_empty()
                || next.starts_with(['(', '.', ','])
                || crate::lexicon::LIST_END_PREPOSITIONS
                    .iter()
                    .any(|p| after.starts_with(p))
        })
    })
}

/// True when `rest`, the text after a name, goes on with a list whose next
/// item is an establishment (lexicon `is_establishment`): ", HMP & YOI
/// Dunmere and HMP Carrow Vale on 12 May".
fn next_in_list_is_establishment(rest: &str) -> bool {
    // (two joined by "and" are read together by `joined_establishment`)
    let Some(item) = rest.strip_prefix(", ") else {
        return false;
    };
    let end = item
        .find([',', '.', ';', ':', '(', '\n'])
        .into_iter()
        .chain(item.find(" and "))
        .chain(
            crate::lexicon::LIST_END_PREPOSITIONS
                .iter()
                .filter_map(|p| item.find(p)),
        )
        .min()
        .unwrap_or(item.len());
    // ("HMP Ashcombe, a category C prison, ...": a description in
    // apposition, no second name)
    let next = item[..end].trim();
    next.starts_with(char::is_uppercase)
        && !crate::lexicon::opens_with_article(next)
        && is_establishment(next)
}

/// A second establishment joined to the one inspected by "and" ("inspectors
/// who went into Hydebank Wood Secure College and Ash House", "of Hydebank
/// Wood Young Offenders' Centre (YOC) and of Ash House"), where the page
/// calls the second a place people are held ("Ash House women's prison",
/// lexicon `HOLDING_ESTABLISHMENT_WORDS`) or names it with an
/// establishment's prefix or suffix: two establishments inspected together.
fn joined_establishment(cx: &Context<'_>, establishment: &str) -> Option<(Text, Text)> {
    let text = cx.source.text();
    // (the name as the joining sentence writes it, its apostrophes aside:
    // "Young Offenders Centre" in the title, "Young Offenders' Centre" there)
    let bare = |s: &str| s.replace(['\'', '’'], "");
    let wanted = bare(establishment);
    let first_word = establishment.split(' ').next()?;
    let words = establishment.split(' ').count();
    for (at, _) in text.match_indices(first_word).take(20) {
        let after = at + crate::source::capitalised_run_after(&text[at..], words);
        if bare(&text[at..after]) != wanted {
            continue;
        }
        let window = window_after(text, after, 120);
        let mut rest = window;
        // (the establishment's acronym defined after it: "(YOC)")
        if let Some(inside) = rest.strip_prefix(" (") {
            match inside.find(')') {
                Some(close) if close <= 8 => rest = &inside[close + 1..],
                _ => continue,
            }
        }
        let Some(joined) = rest.strip_prefix(" and ") else {
            continue;
        };
        let joined = joined
            .strip_prefix("of ")
            .or_else(|| joined.strip_prefix("at "))
            .unwrap_or(joined);
        let start = after + (window.len() - joined.len());
        let end = start + crate::source::capitalised_run_after(joined, 4);
        let second = &text[start..end];
        if second.is_empty() || establishment.contains(second) || second.contains(establishment) {
            continue;
        }
        if is_establishment(second) || called_a_holding_place(text, second) {
            return Some((cx.text(at..after), cx.text(start..end)));
        }
    }
    None
}

/// True when the page writes `name` followed, within three words, by a
/// word for a place people are held ("Ash House women's prison", "Ash
/// House, the women's prison for Northern Ireland").
fn called_a_holding_place(text: &str, name: &str) -> bool {
    text.match_indices(name).take(20).any(|(at, _)| {
        let after = window_after(text, at + name.len(), 60).to_lowercase();
        let words: Vec<&str> = after
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        let near = words.join(" ");
        crate::lexicon::HOLDING_ESTABLISHMENT_WORDS
            .iter()
            .any(|w| crate::source::find_word(&near, w).is_some())
    })
}

/// A named site where inspectors spent time, besides the one establishment
/// inspected: "It also runs Rowan Lodge, a 24-bed open unit ... Inspectors
/// spent two days at Rowan Lodge as part of the inspection."
static INSPECTORS_SPENT_TIME_AT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{noun}s\s+(?:also\s+)?{time}\s+(?P<site>(?-i:\p{{Lu}})[\w'’-]*(?:\s+(?-i:\p{{Lu}})[\w'’-]*){{0,3}})",
        noun = crate::lexicon::INSPECTOR_NOUN,
        time = crate::lexicon::TIME_SPENT_AT,
    ))
    .expect("inspectors spent time at regex")
});

/// The first site of [`INSPECTORS_SPENT_TIME_AT`] in the narrative that is
/// not the establishment itself.
fn site_where_inspectors_spent_time(cx: &Context<'_>, establishment: &str) -> Vec<Text> {
    for (piece, offset) in cx.narrative() {
        for c in INSPECTORS_SPENT_TIME_AT.captures_iter(piece).take(8) {
            let Some(site) = c.name("site") else {
                continue;
            };
            let named = cx.text(offset + site.start()..offset + site.end());
            if !establishment.contains(named.text.as_str()) && !named.text.contains(establishment) {
                return vec![named];
            }
        }
    }
    Vec::new()
}

/// Sites named in brackets after the establishment, its ancillary sites:
/// "HMP Lydmoor (Saltings Lodge and Fenny Marsh Farm) has become ...".
/// Each must be a capitalised name; an acronym or a note in brackets
/// ("HMP Lydmoor (category C)") names no site.
fn sites_in_brackets(cx: &Context<'_>, name: &str) -> Vec<Text> {
    let text = cx.source.text();
    for (at, _) in text.match_indices(name).take(20) {
        let after = at + name.len();
        let Some(inside) = window_after(text, after, 200).strip_prefix(" (") else {
            continue;
        };
        let Some(close) = inside.find(')') else {
            continue;
        };
        let start = after + 2;
        let items = split_list(cx, start..start + close, None);
        let names = items.len() >= 2
            || items
                .first()
                .is_some_and(|t| t.text.split_whitespace().count() >= 2);
        if names
            && items.iter().all(|t| {
                t.text.starts_with(char::is_uppercase)
                    && !t.text.contains(|c: char| c.is_ascii_digit())
                    && t.text.chars().any(char::is_lowercase)
            })
        {
            return items;
        }
    }
    Vec::new()
}

/// The sites a bracket after a unit's name adds to it: "Kirkton Road,
/// Lochmoy (and the ancillary cells at Ballinreach and Strathy, which are
/// managed from Kirkton Road and which we also visited)" gives Ballinreach
/// and Strathy. The bracket opens with a word of `ALSO_ASIDE_OPENERS`, then
/// a description in small letters up to a preposition of place, then the
/// capitalised names up to a clause or the bracket's end.
fn sites_in_also_aside(cx: &Context<'_>, unit: &Text) -> Vec<Text> {
    let text = cx.source.text();
    let after = unit.span.end;
    let window = window_after(text, after, 400);
    let Some(inside) = window.trim_start().strip_prefix('(') else {
        return Vec::new();
    };
    let open = after + (window.len() - inside.len());
    let Some(close) = inside.find(')') else {
        return Vec::new();
    };
    let inside = &inside[..close];
    let Some(rest) = crate::lexicon::ALSO_ASIDE_OPENERS.iter().find_map(|o| {
        inside
            .get(..o.len())
            .filter(|w| w.eq_ignore_ascii_case(o))
            .and_then(|_| inside[o.len()..].strip_prefix(char::is_whitespace))
    }) else {
        return Vec::new();
    };
    // past "the ancillary cells at": the description ends at a place's
    // preposition followed by a capital
    let mut from = inside.len() - rest.len();
    if crate::lexicon::opens_with_article(rest) {
        let Some(at) = crate::lexicon::SITE_PREPOSITIONS.iter().find_map(|p| {
            rest.match_indices(p).map(|(i, _)| i + p.len()).find(|&i| {
                rest[i..].starts_with(char::is_uppercase)
                    && rest[..i].chars().all(|c| !c.is_uppercase())
            })
        }) else {
            return Vec::new();
        };
        from += at;
    }
    let names = &inside[from..];
    // (the first comma that opens a clause: "at A, B and C, which we also
    // visited" ends after C)
    let end = names
        .match_indices(", ")
        .map(|(i, _)| i)
        .find(|&i| {
            let next = names[i + 2..].split_whitespace().next().unwrap_or("");
            crate::lexicon::RELATIVE_WORDS.contains(&next)
        })
        .unwrap_or(names.len());
    let start = open + from;
    split_list(cx, start..start + end, None)
        .into_iter()
        .filter(|t| t.text.starts_with(char::is_uppercase))
        .collect()
}

/// True when the document names `subject` elsewhere with an establishment's
/// suffix after it ("HOLLESMERE HOUSE IMMIGRATION REMOVAL CENTRE" in the
/// title, "Hollesmere House IRC" in a footer): a short name of one
/// establishment.
fn named_as_establishment(text: &str, subject: &str) -> bool {
    if subject.len() < 3 {
        return false;
    }
    let upper = subject.to_uppercase();
    let spellings = [subject, upper.as_str()];
    spellings.iter().any(|spelling| {
        text.match_indices(spelling).take(50).any(|(at, _)| {
            let after = window_after(text, at + spelling.len(), 40);
            let Some(rest) = after.strip_prefix(' ') else {
                return false;
            };
            let rest = rest.to_lowercase();
            crate::lexicon::ESTABLISHMENT_SUFFIXES.iter().any(|suffix| {
                rest.strip_prefix(suffix)
                    .is_some_and(|tail| !tail.starts_with(char::is_alphanumeric))
            })
        })
    })
}

/// The establishment's name with its prefix ("HMYOI Hindley"), where the
/// subject names it by its place and kind ("HINDLEY Young Offenders
/// Institute", lexicon `ESTABLISHMENT_SUFFIXES`) and the page writes the
/// prefixed name too: the name the establishment goes by.
fn prefixed_form(cx: &Context<'_>, name: &str) -> Option<Text> {
    let lower = name.to_lowercase();
    let suffix = crate::lexicon::ESTABLISHMENT_SUFFIXES
        .iter()
        .filter(|s| lower.ends_with(*s))
        .max_by_key(|s| s.len())?;
    // `suffix` was found in the lower-case copy, whose length can differ
    // from the name's where a letter changes size with its case.
    let place = name
        .get(..name.len().checked_sub(suffix.len())?)?
        .trim_end();
    if place.is_empty() || place.contains(char::is_whitespace) {
        return None;
    }
    let text = cx.source.text();
    crate::lexicon::ESTABLISHMENT_PREFIXES.iter().find_map(|p| {
        let wanted = format!("{p} {place}");
        let at = text
            .match_indices(p)
            .find(|(at, _)| {
                text.get(*at..at + wanted.len())
                    .is_some_and(|t| t.eq_ignore_ascii_case(&wanted))
                    && !text[at + wanted.len()..].starts_with(char::is_alphanumeric)
            })
            .map(|(at, _)| at)?;
        Some(cx.text(at..at + wanted.len()))
    })
}

/// An establishment named with its acronym ("Oakhill STC") as the document
/// spells it out where it defines the acronym: "Oakhill Secure Training
/// Centre (STC)".
fn spelt_out(cx: &Context<'_>, name: &str) -> Option<Text> {
    let (stem, acronym) = name.rsplit_once(' ')?;
    if !(2..=5).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let text = cx.source.text();
    let defined = format!(" ({acronym})");
    text.match_indices(stem).find_map(|(at, _)| {
        let after = &text[at + stem.len()..];
        let words_end = after.get(..after.len().min(80))?.find(&defined)?;
        let words: Vec<&str> = after[..words_end].split_whitespace().collect();
        let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
        (initials == acronym && words.iter().all(|w| w.starts_with(char::is_uppercase)))
            .then(|| cx.text(at..at + stem.len() + words_end))
    })
}

/// Sites named after "also visited" ("Inspectors also visited the
/// separate unit at Ferncombe Lodge, two miles from the main site, ..."):
/// each item names a place (an article or a capital first), so an aside
/// after a comma is not one.
fn also_visited(cx: &Context<'_>) -> Vec<Text> {
    for (piece, offset) in cx.narrative() {
        // ("Praise also went to the learning ...": no one went there)
        let given = |c: &regex::Captures<'_>| {
            c.get(0).is_some_and(|m| {
                piece[..m.start()]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| {
                        crate::lexicon::GIVEN_NOT_VISITING
                            .iter()
                            .any(|g| w.eq_ignore_ascii_case(g))
                    })
            })
        };
        let Some(list) = ALSO_VISITED
            .captures_iter(piece)
            .find(|c| !given(c))
            .or_else(|| ALSO_TOO.captures(piece))
            .and_then(|a| a.name("list"))
        else {
            continue;
        };
        let mut range = offset + list.start()..offset + list.end();
        // "the local resettlement prison - HMP A, HMP B and HMP C -": the
        // sites named between dashes after a description of them
        let written = list.as_str();
        if let Some((at, dash)) = crate::source::first_spaced_dash(written) {
            let description = &written[..at];
            if crate::lexicon::opens_with_article(description) && !description.contains(',') {
                let inner = written[at + dash..].trim_end_matches(['-', '–', '—', ' ']);
                if inner.starts_with(char::is_uppercase) {
                    range = range.start + at + dash..range.start + at + dash + inner.len();
                }
            }
        }
        // "HMP A and HMP B, the local prisons that receive ...": a
        // description of the sites after a comma ends their list
        let written = &cx.source.text()[range.clone()];
        let described = APPOSITIVE.find(written).or_else(|| {
            (!crate::lexicon::opens_with_article(written))
                .then(|| SITE_APPOSITIVE.find(written))
                .flatten()
        });
        if let Some(m) = described {
            range.end = range.start + m.start();
        }
        // "Curlew House, the prison's open annexe": a description of the
        // last site, in small letters after a possessive, ends the list
        let written = &cx.source.text()[range.clone()];
        if let Some(at) = possessive_description_start(written) {
            range.end = range.start + at;
        }
        // "the provider's registered office in Kestleford to look at how
        // the homes were overseen": why it was visited is no part of it
        let written = &cx.source.text()[range.clone()];
        if let Some(at) = purpose_clause_start(written) {
            range.end = range.start + at;
        }
        let mut items = split_list(cx, range, None);
        // "the regional office at Cassell House, Tolbury": the town of an
        // address is no site of its own
        let text = cx.source.text();
        let mut k = 0;
        while k + 1 < items.len() {
            let town = town_after_street(text, &items[k].text, items[k].span.end);
            if town > 0 && items[k + 1].span.end <= items[k].span.end + town {
                items[k] = cx.text(items[k].span.start..items[k].span.end + town);
                items.remove(k + 1);
            }
            k += 1;
        }
        // "the Area's Rape and Serious Sexual Offences Unit", "the joint
        // CCTV and control room at Ferry Road": a site that opens with an
        // article, then "and" and words without one, is one name with
        // "and" inside
        if let [first, second] = items.as_slice() {
            let between = &cx.source.text()[first.span.end..second.span.start];
            // ("... and at the fire control room": a second site, its
            // article after the preposition)
            let second_text = crate::lexicon::SITE_PREPOSITIONS
                .iter()
                .find_map(|p| second.text.strip_prefix(p))
                .unwrap_or(&second.text);
            // ("the mother and baby unit and Curlew House": a name after a
            // site told of in small letters is a second site)
            let named_after_described = second_text.starts_with(char::is_uppercase)
                && first
                    .text
                    .split_whitespace()
                    .skip(1)
                    .all(|w| w.starts_with(|c: char| c.is_lowercase()));
            if between.trim() == "and"
                && crate::lexicon::opens_with_article(&first.text)
                && !crate::lexicon::opens_with_article(second_text)
                && !named_after_described
            {
                items = vec![cx.text(first.span.start..second.span.end)];
            }
        }
        return items
            .into_iter()
            // "at the headquarters and in the control room": the second
            // site keeps its article, not the preposition
            .map(|t| {
                let lead = crate::lexicon::SITE_PREPOSITIONS
                    .iter()
                    .copied()
                    .find(|p| t.text.starts_with(p))
                    .filter(|p| crate::lexicon::opens_with_article(&t.text[p.len()..]));
                match lead {
                    Some(p) => cx.text(t.span.start + p.len()..t.span.end),
                    None => t,
                }
            })
            .filter(|t| {
                t.text.starts_with(char::is_uppercase)
                    || crate::lexicon::opens_with_article(&t.text)
            })
            .collect();
    }
    Vec::new()
}

/// Where a closing description of the last site opens: ", the prison's
/// open annexe" (an article, a possessive, then words in small letters to
/// the end), or `None`. "HMP A, the trust's Royal Hospital" names a site.
fn possessive_description_start(list: &str) -> Option<usize> {
    let at = list.rfind(", ")?;
    let mut words = list[at + 2..].split_whitespace();
    let article = words.next()?;
    let owner = words.next()?;
    let possessive = crate::source::without_possessive(owner).is_some_and(|stem| !stem.is_empty());
    let rest: Vec<&str> = words.collect();
    (crate::lexicon::is_article(article)
        && possessive
        && !rest.is_empty()
        && rest
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_lowercase())))
    .then_some(at)
}

/// Where an infinitive of purpose opens in a site's words: " to look at
/// how ...", not " to the ..." (a place's own words, "the approach to the
/// suite").
fn purpose_clause_start(site: &str) -> Option<usize> {
    site.match_indices(" to ").map(|(at, _)| at).find(|&at| {
        let next = &site[at + 4..];
        next.starts_with(|c: char| c.is_ascii_lowercase())
            && !crate::lexicon::opens_with_article(next)
    })
}

/// A description of the sites just named, after a comma: ", the local
/// prisons that receive ...", ", both young offender institutions".
static APPOSITIVE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i),\s+(?:the|these|both)\s+(?:[\w'’-]+\s+){{0,3}}?{UNIT_NOUNS}\b"
    ))
    .expect("appositive regex")
});

/// A description of the one site just named by its name, after a comma:
/// "Wrenbeck House, the prison's 24-bed resettlement unit", "Ashwell
/// Lodge, a council children's home" (lexicon
/// `SITE_NOUNS_SINGULAR`). After a site told with an article ("the
/// Separation and Reintegration Unit, the health centre and ...") the
/// words are the list's next site.
static SITE_APPOSITIVE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?{}\b",
        crate::lexicon::SITE_NOUNS_SINGULAR
    ))
    .expect("site appositive regex")
});

/// Where the words about a list end: at `count_end`, or, when the count
/// opened an aside between dashes after the names ending at `list_end`,
/// at the closing dash ("A, B and C – three of the seven offices, two of
/// which are shared – and spent a day at D").
fn aside_end(cx: &Context<'_>, list_end: usize, count_end: usize) -> usize {
    let text = cx.source.text();
    let opened = text
        .get(list_end..count_end)
        .and_then(crate::source::first_spaced_dash)
        .is_some();
    if !opened {
        return count_end;
    }
    let rest = window_after(text, count_end, MAX_LIST);
    crate::source::first_spaced_dash(rest)
        .filter(|&(at, _)| !rest[..at].contains(['.', ';']))
        .map_or(count_end, |(at, _)| count_end + at)
}

/// A site visited beside a list, in the words right after it: "... and
/// the Operations Centre", "as well as the overflow suite at X".
fn also_after(cx: &Context<'_>, list_end: usize) -> Option<Text> {
    let a = ALSO.captures(window_after(cx.source.text(), list_end, MAX_LIST))?;
    let m = a.name("also")?;
    // After a place ("across England and Wales"), only a site with an
    // article is another visit ("across Northern Ireland and the centre").
    if a.name("place").is_some() && !crate::lexicon::opens_with_article(m.as_str()) {
        return None;
    }
    // "and in the care and separation unit": a place "in" which work was
    // done is a site only when named as one ("and in the companies
    // responsible for them" is no site).
    // (the site's noun ends it, before a bracketed acronym: "hub (MASH)")
    let names_a_site = |t: &str| {
        let t = match t.trim_end().strip_suffix(')').and_then(|t| t.rfind('(')) {
            Some(open) => &t[..open],
            None => t,
        };
        t.split_whitespace().last().is_some_and(|w| {
            crate::lexicon::SITE_NAME_NOUNS
                .iter()
                .any(|n| n.eq_ignore_ascii_case(w))
        })
    };
    // the site before where it is: "the safeguarding hub in Kestrel Street"
    let place = |t: &str| {
        let head = [" in ", " at "]
            .iter()
            .filter_map(|p| t.find(p))
            .min()
            .map_or(t, |at| &t[..at]);
        names_a_site(t) || names_a_site(head)
    };
    if a.name("prep").is_some() && !place(m.as_str()) {
        return None;
    }
    // "and spent an afternoon at Ferrybank approved premises" is a visit;
    // time spent with people is not, time spent with a unit is ("spent a
    // day with the CPS Crown Court unit in Quarnby")
    if a.name("verb")
        .is_some_and(|s| s.as_str().trim_end().to_ascii_lowercase().ends_with("with"))
        && !place(m.as_str())
    {
        return None;
    }
    // "and went to the exhibits reception at Seapark to see how items are
    // handed over": why it was visited is no part of it
    let written = purpose_clause_start(m.as_str()).map_or(m.as_str(), |at| &m.as_str()[..at]);
    let end = list_end
        + m.start()
        + written.len()
        + town_after_street(
            cx.source.text(),
            written,
            list_end + m.start() + written.len(),
        );
    (!written.is_empty()).then(|| cx.text(list_end + m.start()..end))
}

/// The length of ", Lisburn" after a site named by its street ("the
/// referrals office at Castle Street, Lisburn"): an address goes on to its
/// town, one to three capitalised words before the clause ends. 0 when the
/// site does not end in a street word (lexicon `STREET_WORDS`) or no town
/// follows.
fn town_after_street(text: &str, site: &str, at: usize) -> usize {
    static TOWN: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(
            r"^,\s+(?-i:\p{Lu}[\w'’-]*)(?:[ \t]+(?-i:\p{Lu}[\w'’-]*)){0,2}(?:[,.;:]|\s+and\b|$)",
        )
        .expect("town regex")
    });
    // a street, or a building named with its noun ("Cassell House")
    let on_street = site.split_whitespace().last().is_some_and(|w| {
        crate::lexicon::STREET_WORDS.contains(&w)
            || (w.starts_with(char::is_uppercase) && crate::lexicon::SITE_NAME_NOUNS.contains(&w))
    });
    if !on_street {
        return 0;
    }
    TOWN.find(window_after(text, at, 80)).map_or(0, |m| {
        let town = m.as_str();
        let kept = town.trim_end_matches([',', '.', ';', ':']);
        kept.strip_suffix("and").map_or(kept, str::trim_end).len()
    })
}

/// The sites read by [`also_after`], split where a second site opens with
/// an article ("the service headquarters at Lanyon House and the joint fire
/// control room at Penhale").
fn also_sites_after(cx: &Context<'_>, list_end: usize) -> Vec<Text> {
    // "A, B, C and D, all of which were visited, together with ...": what
    // else was visited comes after the clause that says so
    let window = window_after(cx.source.text(), list_end, 80);
    let list_end = match ALL_OF_WHICH.find(window) {
        Some(m) if matches!(window[..m.start()].trim(), "" | ",") => list_end + m.end(),
        _ => list_end,
    };
    // "..., between 30 June and 10 July 2025, as well as ...": when the
    // visits were, then what else was visited
    let window = window_after(cx.source.text(), list_end, 120);
    let list_end = match DATED_ASIDE.find(window) {
        Some(m) => list_end + m.end(),
        None => list_end,
    };
    // "as well as two ancillary sites (the video remand hearing centre at
    // Kiln Lane and the escort contractor's vehicle base at Tanners Yard)"
    if let Some(c) =
        COUNTED_SITES_IN_BRACKETS.captures(window_after(cx.source.text(), list_end, MAX_LIST))
    {
        if let (Some(list), Some(n)) = (c.name("list").or(c.name("listed")), number_value(&c["n"]))
        {
            let sites = split_list(cx, list_end + list.start()..list_end + list.end(), Some(n));
            if sites.len() == n as usize {
                return sites;
            }
        }
    }
    let Some(also) = also_after(cx, list_end) else {
        return more_sites_after(cx, list_end);
    };
    let (start, end) = (also.span.start, also.span.end);
    let text = &cx.source.text()[start..end];
    let mut sites = match find_and(text).filter(|&at| {
        crate::lexicon::opens_with_article(text)
            && crate::lexicon::opens_with_article(text[at + 3..].trim_start())
    }) {
        Some(at) => {
            let second = at + 3 + (text[at + 3..].len() - text[at + 3..].trim_start().len());
            vec![
                cx.text(start..start + text[..at].trim_end().len()),
                cx.text(start + second..end),
            ]
        }
        None => vec![bracketed_name(cx, also)],
    };
    if crate::lexicon::opens_with_article(text) {
        sites.extend(more_described_sites(cx, end));
    }
    sites
}

/// The sites that go on from one described with an article, each with an
/// article of its own, to the clause's end: "as well as the Segregation
/// Unit, the health centre and the visits room". A description of the last
/// one ("..., the prison's open annexe") or a clause of another kind (",
/// where ...") ends them.
fn more_described_sites(cx: &Context<'_>, from: usize) -> Vec<Text> {
    let rest = window_after(cx.source.text(), from, MAX_LIST);
    let rest = &rest[..rest.find(['.', ';', ':', '(']).unwrap_or(rest.len())];
    // where an item may open after `at`: past ", ", ", and " or " and ",
    // before an article
    let next_item = |at: usize| {
        let tail = &rest[at..];
        [", and ", ", ", " and "]
            .iter()
            .find(|sep| tail.starts_with(**sep))
            .map(|sep| at + sep.len())
            .filter(|&start| crate::lexicon::opens_with_article(&rest[start..]))
    };
    let mut sites = Vec::new();
    let mut at = 0;
    while let Some(start) = next_item(at) {
        let end = (start + 1..rest.len())
            .filter(|&k| rest.is_char_boundary(k))
            .find(|&k| rest[k..].starts_with(", ") || rest[k..].starts_with(" and "))
            .unwrap_or(rest.len());
        if possessive_description_start(&rest[at..end]).is_some() {
            break;
        }
        sites.push(cx.text(from + start..from + rest[..end].trim_end().len()));
        at = end;
    }
    sites
}

/// The name in brackets of a site described with an article: "the
/// ancillary suite (Ottermere)" is Ottermere. Any other site as it is.
fn bracketed_name(cx: &Context<'_>, site: Text) -> Text {
    let text = &cx.source.text()[site.span.start..site.span.end];
    let inner = text
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .map(|(before, name)| (before.len() + 1, name));
    match inner {
        Some((at, name))
            if crate::lexicon::opens_with_article(text)
                && name.starts_with(char::is_uppercase)
                && !name.contains([',', '(']) =>
        {
            let start = site.span.start + at;
            cx.text(start..start + name.len())
        }
        _ => site,
    }
}

/// Sites of a second list after the units named, when the names are all
/// the units there are: "the custody suites at A, B and C, as well as
/// reserve suites at D, E and F".
fn more_sites_after(cx: &Context<'_>, list_end: usize) -> Vec<Text> {
    match second_list(cx, list_end, None) {
        Some((sites, _)) if sites.iter().all(|t| t.text.starts_with(char::is_uppercase)) => sites,
        _ => Vec::new(),
    }
}

/// The names of a second list of units after the first ([`MORE_NAMES`]),
/// split for `count` names when it is given, and where the sentence that
/// holds them ends.
fn second_list(
    cx: &Context<'_>,
    list_end: usize,
    count: Option<u32>,
) -> Option<(Vec<Text>, usize)> {
    let window = window_after(cx.source.text(), list_end, MAX_LIST);
    let lead = MORE_NAMES.find(window)?;
    let start = list_end + lead.end();
    let end = start + sentence_end(&window[lead.end()..]).unwrap_or(window.len() - lead.end());
    Some((split_list(cx, start..end, count), end))
}

/// A second list of units after the first: ", as well as suites in Bath,
/// Yeovil and Taunton".
static MORE_NAMES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^,?\s+(?:as\s+well\s+as|and|plus|together\s+with)\s+(?:(?:the\s+)?[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}\s+(?:in|at)\s+"
    ))
    .expect("more names regex")
});

/// A second list of the counted units after the first, when the two hold
/// as many names as counted: ", as well as suites in Bath, Yeovil and
/// Taunton". Returns the names and where the second list ends.
fn more_names(
    cx: &Context<'_>,
    list_end: usize,
    have: usize,
    counted: u32,
) -> Option<(Vec<Text>, usize)> {
    let wanted = usize::try_from(counted)
        .ok()?
        .checked_sub(have)
        .filter(|&w| w > 0)?;
    let (more, end) = second_list(cx, list_end, u32::try_from(wanted).ok())?;
    let more_end = more.last().map_or(end, |t| t.span.end);
    (more.len() == wanted).then_some((more, more_end))
}

/// "Trinity Road, Broadbury Road, Southmead Road and Staple Hill in
/// Bristol": the place after the last name alone is where all of them are,
/// no part of the last name.
fn strip_shared_place(cx: &Context<'_>, names: &mut [Text]) {
    let Some((last, others)) = names.split_last_mut() else {
        return;
    };
    if others.is_empty() || others.iter().any(|t| t.text.contains(" in ")) {
        return;
    }
    if let Some(at) = last.text.rfind(" in ") {
        let place = &last.text[at + 4..];
        if place.starts_with(char::is_uppercase) && place.split_whitespace().count() <= 3 {
            let written = &cx.source.text()[last.span.start..last.span.end];
            if let Some(cut) = written.rfind(" in ").or_else(|| written.rfind("\nin ")) {
                *last = cx.text(last.span.start..last.span.start + cut);
            }
        }
    }
}

/// A list that opens right after a count: "(A, B and C)", ": A; B",
/// The longest reason given for choosing the places before their list
/// (", chosen to reflect its mix of policing: A; B; and C"), in characters.
const MAX_CHOSEN_WHY: usize = 120;

/// `opener` (the pattern of [`inline_list`]) on `rest`, a reason for the
/// choice of places ([`MAX_CHOSEN_WHY`]) measured here: a bounded run of
/// any characters in the pattern cost search states on every list.
fn list_opener<'h>(opener: &Pattern, rest: &'h str) -> Option<regex::Captures<'h>> {
    opener.captures(rest).filter(|c| {
        c.name("why")
            .is_none_or(|why| why.as_str().chars().count() <= MAX_CHOSEN_WHY)
    })
}

/// " - A, B and C -", ", at A, B and C", " in A, B and C". Returns the
/// names and where the list ends.
fn inline_list(cx: &Context<'_>, at: usize, count: Option<u32>) -> (Vec<Text>, usize) {
    static OPENER: LazyLock<Pattern> = LazyLock::new(|| {
        // ", in offices at A, B and C": the premises before the places;
        // "six CRC areas, with inspectors visiting A, B and C": the places
        // the areas were seen in, as many as counted;
        // ", chosen to reflect its mix of policing: A; B; and C": why they
        // were chosen, then the places; "in the county, including A, B and
        // C": the place they stand in, then their names
        crate::lexicon::regex(&format!(r"(?i)^(?:\s*(?P<paren>\()|\s*(?P<colon>:)|\s+(?P<dash>[-–—])\s|(?:\s+(?:across|in|throughout)\s+[^,.;]{{1,40}}?)?,?\s+(?P<including>including)\s|,?\s+(?:(?P<prep>at|in)(?:\s+(?:the\s+|their\s+|its\s+)?{PREMISES_NOUNS}\s+(?:at|in))?|namely|serving)\s|,?\s+(?P<visiting>with\s+(?:the\s+)?{VISITING_PARTIES}\s+visiting)\s|(?P<comma>,)\s+(?-i:\p{{Lu}})|,\s+{SELECTION_VERBS}\s(?P<why>[^.:;]*?)(?P<chosen>:))\s*")).expect("opener regex")
    });
    // "... basic command units (BCUs) - A, B and C -": the acronym in
    // brackets names the noun, and the list opens after it.
    static ACRONYM: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"^\s*\(\p{Lu}[\p{L}&]{1,9}\)").expect("acronym regex")
    });
    let text = cx.source.text();
    let at = at
        + ACRONYM
            .find(window_after(text, at, 40))
            .map_or(0, |m| m.end());
    // No list of unit names runs for pages: a window keeps each search
    // short whatever follows.
    let rest = window_after(text, at, MAX_LIST);
    let Some(open) = list_opener(&OPENER, rest) else {
        // "visited five police forces and the CPS Areas that serve them:
        // A; B; ...": a short phrase of the same sentence, then the colon.
        let phrase = window_after(rest, 0, 100);
        if let Some(colon) = phrase.find(':') {
            let between = &phrase[..colon];
            if colon > 0
                && !between.contains(['.', ';', '('])
                && between.split_whitespace().count() <= 10
            {
                return inline_list(cx, at + colon, count);
            }
        }
        // "the four suites where the force holds people after arrest -
        // A, B, C and D": a clause that says what the units are, then the
        // dash (lexicon DESCRIBING_CLAUSE_OPENERS)
        let describes = phrase.split_whitespace().next().is_some_and(|w| {
            crate::lexicon::DESCRIBING_CLAUSE_OPENERS
                .iter()
                .any(|o| w.eq_ignore_ascii_case(o))
        });
        if describes {
            if let Some((dash, _)) = crate::source::first_spaced_dash(phrase) {
                let between = &phrase[..dash];
                if !between.contains(['.', ';', '(', ':'])
                    && between.split_whitespace().count() <= 10
                {
                    return inline_list(cx, at + dash, count);
                }
            }
        }
        return (Vec::new(), at);
    };
    // ", Ailsa, Bennachie, ...": the capital opens the list
    let opened = open.get(0).map_or(0, |m| m.end());
    let start = at + opened
        - if open.name("comma").is_some() {
            rest[..opened].chars().next_back().map_or(0, char::len_utf8)
        } else {
            0
        };
    let body = &text[start..at + rest.len()];
    if open.name("colon").is_some() || open.name("chosen").is_some() {
        let line_end = super::first_line_len(body);
        if body[..line_end].trim().is_empty() {
            return (bullet_items(cx, start + line_end + 1), start);
        }
        if BULLET.is_match(&body[..line_end]) {
            return (bullet_items(cx, start), start);
        }
    }
    let end = if open.name("paren").is_some() {
        body.find(')').map(|i| {
            // "(Dunmarnock, Kilbrannan and Port Ellis (Main))" keeps its
            // nested bracket
            let opened = body[..i].matches('(').count();
            if opened > 0 {
                body[i + 1..].find(')').map_or(i, |j| i + 1 + j)
            } else {
                i
            }
        })
    } else if open.name("dash").is_some() {
        // the closing dash may end its line ("... and Cawdry Bridge -\n")
        let dash = body.char_indices().find_map(|(i, c)| {
            let closes = matches!(c, '-' | '–' | '—')
                && body[..i].ends_with(' ')
                && body[i + c.len_utf8()..].starts_with(char::is_whitespace);
            // (lazily: at the body's first byte there is no space before)
            closes.then(|| i - 1)
        });
        let stop = LIST_END.find(body).map(|m| m.start());
        match (dash, stop) {
            (Some(d), Some(s)) => Some(d.min(s)),
            (d, s) => d.or(s),
        }
    } else {
        LIST_END.find(body).map(|m| m.start())
    }
    .unwrap_or(body.len());
    // ", and two standby suites: A and B": more sites counted and listed
    // after the list (only a list with a colon or a bracket in it is
    // searched, the search itself costing search states)
    let end = if body[..end].contains([':', '(']) {
        COUNTED_MORE.find(&body[..end]).map_or(end, |m| m.start())
    } else {
        end
    };
    // "A, B, C and D; inspectors also visited ...": a list joined by
    // commas and "and" is over at a semicolon.
    // Not where a comma opens a description ("Eastbank, a category B site
    // holding men on remand and serving long sentences; Northbank, ...").
    let end = match body[..end].find(';') {
        Some(semi)
            if body[..semi].contains(',')
                && find_and(&body[..semi]).is_some()
                && commas_open_names(&body[..semi]) =>
        {
            semi
        }
        _ => end,
    };
    // "three hostels, at A, B and C, and the central referrals office at
    // ...": once the names counted are listed, ", and the ..." goes on to a
    // place visited besides, which is read after the list.
    static AND_THE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"(?i),\s+and\s+(?:the|its|their|a|an)\s").expect("and-the regex")
    });
    let end = match (count, AND_THE.find(&body[..end])) {
        (Some(n), Some(cut))
            if n > 1 && split_list(cx, start..start + cut.start(), count).len() == n as usize =>
        {
            cut.start()
        }
        _ => end,
    };
    let list = &body[..end];
    // A bracket holding one word is an acronym, "(BCUs)", not a list; a
    // single name after "including" is one of those counted ("nine of the
    // 21 suites including the Serious Crime suite at Antrim").
    if !list.contains([',', ';'])
        && find_and(list).is_none()
        && count != Some(1)
        && open.name("including").is_none()
    {
        return (Vec::new(), at);
    }
    let mut names = split_list(cx, start..start + end, count);
    // "two control rooms, at Canal Wharf and at Stanton Lees": a list
    // opened by "at" or "in" may repeat it before each later name
    if let Some(prep) = open.name("prep") {
        let word = format!("{} ", prep.as_str().trim().to_ascii_lowercase());
        for name in names.iter_mut().skip(1) {
            if starts_with_ignore_case(&name.text, &word)
                && name.text[word.len()..].starts_with(char::is_uppercase)
            {
                *name = cx.text(name.span.start + word.len()..name.span.end);
            }
        }
    }
    // "14 CPS Areas in England and Wales": after a bare "in" or "at" the
    // words are units only when they are as many as counted
    // After a bare comma ("four residential halls, Ailsa, Bennachie, Clova
    // and Dunmore") likewise, and a count is needed.
    let as_counted = |n: u32| names.len() == n as usize;
    if (open.name("prep").is_some() && count.is_some_and(|n| !as_counted(n)))
        || ((open.name("comma").is_some() || open.name("visiting").is_some())
            && !count.is_some_and(as_counted))
    {
        return (Vec::new(), at);
    }
    // Step over the closing bracket or dash, whole characters only.
    let after = &body[end..];
    let trimmed = after.trim_start();
    let close = match trimmed.chars().next() {
        Some(c @ (')' | '-' | '\u{2013}' | '\u{2014}'))
            if open.name("paren").is_some() || open.name("dash").is_some() =>
        {
            after.len() - trimmed.len() + c.len_utf8()
        }
        _ => 0,
    };
    (names, start + end + close)
}

/// True when every comma of `list` is followed by a name (a capital or a
/// digit, after an "and" or "or" if there is one), as in "A, B and C", not
/// by a description ("Eastbank, a category B site").
fn commas_open_names(list: &str) -> bool {
    list.split(',').skip(1).all(|piece| {
        let piece = piece.trim_start();
        let piece = ["and ", "or "]
            .iter()
            .find_map(|w| piece.strip_prefix(w))
            .unwrap_or(piece)
            .trim_start();
        piece.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// A determiner, a count and a unit noun with a word of fieldwork between
/// them ([`FIELDWORK_SITE_WORDS`]): "these five fieldwork areas".
///
/// [`FIELDWORK_SITE_WORDS`]: crate::lexicon::FIELDWORK_SITE_WORDS
static FIELDWORK_SITES: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:the|these|those|our|its|their|all)\s+(?P<n>{NUMBER_PATTERN})\s+{}\s+{UNIT_NOUNS}\b",
        crate::lexicon::FIELDWORK_SITE_WORDS
    ))
    .expect("fieldwork sites regex")
});

/// A count straight after [`INSPECTIONS_OF`]: "inspections of 97
/// courthouses with custody facilities", "inspections of all 14 CPS
/// Areas" (no article between: "inspections of the 13 CPS Areas" names a
/// programme's reach; and see [`inspections_counted`]).
///
/// [`INSPECTIONS_OF`]: crate::lexicon::INSPECTIONS_OF
static INSPECTIONS_COUNTED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{}\s+(?:all\s+)?(?P<n>{NUMBER_PATTERN})\s+(?:[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}\b",
        crate::lexicon::INSPECTIONS_OF
    ))
    .expect("inspections counted regex")
});

/// The first count of `pattern` (its group `n`) in the narrative, with
/// its range.
fn first_count_of(cx: &Context<'_>, pattern: &Pattern) -> Option<(u32, Range<usize>)> {
    cx.narrative().into_iter().find_map(|(piece, offset)| {
        let c = pattern.captures(piece)?;
        let n = number_value(c.name("n")?.as_str())?;
        let whole = c.get(0)?;
        Some((n, offset + whole.start()..offset + whole.end()))
    })
}

/// The first count of [`FIELDWORK_SITES`] in the narrative.
fn fieldwork_sites_count(cx: &Context<'_>) -> Option<(u32, Range<usize>)> {
    first_count_of(cx, &FIELDWORK_SITES)
}

/// The units of a report that draws inspections together, counted as
/// those inspections ([`INSPECTIONS_COUNTED`]: "the findings of
/// inspections of 97 courthouses"), with no names. Read last, after
/// [`single_establishment`]: a report on one prison that mentions a paper
/// on "inspections of five women's prisons" is about the one.
pub fn inspections_counted(cx: &mut Context<'_>) -> Option<Units> {
    let (n, whole) = first_count_of(cx, &INSPECTIONS_COUNTED)?;
    // "the first round of inspections of all 45 fire and rescue services":
    // a programme's inspections
    if ends_with_programme(window_before(cx.source.text(), whole.start, 40)) {
        return None;
    }
    Some(Units {
        count: Some(n),
        names: Vec::new(),
        also_visited: Vec::new(),
        span: cx.span(whole),
    })
}

/// The length of the run of place names opening `list`: its words
/// capitalised, or the few small words inside a list of names (lexicon
/// `NAME_LIST_CONNECTIVES`: "and", "of", "upon"), up to the first other
/// word in small letters ("Aberdeen, Fraserburgh and Elgin shows that").
fn names_run_end(list: &str) -> usize {
    let mut end = 0;
    for (at, word) in list
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - list.as_ptr() as usize, w))
    {
        let bare = bare_word(word);
        if !(bare.starts_with(|c: char| !c.is_lowercase()) || is_name_connective(bare)) {
            return list[..at].trim_end().len();
        }
        end = at + word.len();
    }
    end.max(list.trim_end().len())
}

/// A word without the punctuation around it ("Elgin," -> "Elgin").
fn bare_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

/// True for a small word that may stand inside a list of place names
/// (lexicon `NAME_LIST_CONNECTIVES`: "and", "of", "upon").
fn is_name_connective(bare: &str) -> bool {
    crate::lexicon::NAME_LIST_CONNECTIVES
        .iter()
        .any(|w| bare.eq_ignore_ascii_case(w))
}

/// How far before a list of names a definite count of them is read, in
/// bytes: the paragraph before.
const COUNT_BEFORE_REACH: usize = 400;

/// The count of places named with no count beside them: a definite count
/// of as many stated near them, before ("in the three main police custody
/// facilities that serve the North East ... The inspection of custody
/// centres in Aberdeen, Fraserburgh and Elgin") or after
/// ([`count_named_again`]), else one for each establishment
/// ([`establishments_counted`]). With the count, where it is written apart
/// from the names: the units' span, as a stated count's is.
fn count_of_places(cx: &mut Context<'_>, names: &[Text]) -> Option<(u32, Option<Range<usize>>)> {
    count_named_before(cx, names)
        .or_else(|| count_named_again(cx, names))
        .map(|(n, at)| (n, Some(at)))
        .or_else(|| establishments_counted(cx, names).map(|n| (n, None)))
}

/// A definite count ("the three ...", lexicon `DEFINITE_DETERMINERS`) of
/// as many places as `names`, the last one within [`COUNT_BEFORE_REACH`]
/// before the first name.
fn count_named_before(cx: &Context<'_>, names: &[Text]) -> Option<(u32, Range<usize>)> {
    let first = names.first()?.span.start;
    let before = window_before(cx.source.text(), first, COUNT_BEFORE_REACH);
    let from = first - before.len();
    let n = u32::try_from(names.len()).ok()?;
    definite_counts(before, n)
        .last()
        .map(|at| (n, from + at.start..from + at.end))
}

/// The count of units where none is stated: each establishment named
/// (lexicon `is_establishment`: "Maghaberry Prison", "HMP Lewes") is one
/// unit, as one establishment inspected is one ([`single_establishment`]),
/// with a `count-derived` diagnostic. Other places listed with no number
/// ("Inspectors visited Wheelgate, Castle Mead and Ferrybank", custody
/// suites, areas, forces) give none: the count is what the page states,
/// and the names are there to be counted by whoever wants it.
fn establishments_counted(cx: &mut Context<'_>, names: &[Text]) -> Option<u32> {
    let (first, last) = (names.first()?, names.last()?);
    if !names.iter().all(|t| is_establishment(&t.text)) {
        return None;
    }
    let n = u32::try_from(names.len()).ok()?;
    cx.diagnose(
        Severity::Info,
        Code::CountDerived,
        first.span.start..last.span.end,
        format!("no count is stated; each of the {n} establishments named is a unit"),
    );
    Some(n)
}

/// "the joint area SEND inspections held in Cornwall and Warrington": the
/// places a report's inspections were held in (lexicon
/// `INSPECTIONS_HELD_IN`).
static INSPECTIONS_HELD_IN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{}\s+",
        crate::lexicon::INSPECTIONS_HELD_IN
    ))
    .expect("inspections held in regex")
});

/// "The inspection of custody centres in Aberdeen, Fraserburgh and Elgin
/// shows ...": the places after the units' noun, in small letters
/// ("an inspection of Children's Services in Powys" names a body).
static INSPECTION_OF_UNITS_IN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\binspections?\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,2}}?(?-i:{UNIT_NOUNS})\s+(?:in|at)\s+"
    ))
    .expect("inspection of units in regex")
});

/// "an unannounced focused inspection of the maternity services the trust
/// runs at William Harvey Hospital and the Queen Elizabeth the Queen Mother
/// Hospital": the sites a service was inspected at, taken only where each
/// is named as a site ([`ends_with_site_noun`]: "... Hospital"). What was
/// inspected is at most [`SERVICES_AT_GAP`] characters: checked on the
/// match, as a bounded gap in the pattern grew its lazy DFA by megabytes.
const SERVICES_AT_GAP: usize = 80;

static INSPECTION_OF_SERVICES_AT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(
        r"(?i)\binspections?\s+of\s+(?:the\s+|its\s+)?(?P<what>[^.;:]*?)\bat\s+(?:the\s+)?",
    )
    .expect("inspection of services at regex")
});

/// The places a report's inspections were held in, two or more named, as
/// its units (counted only when they are establishments,
/// [`establishments_counted`]): "Reports have now been released on the joint
/// area SEND inspections held in Cornwall and Warrington in February".
/// Read last, where nothing else names or counts units; months, years and
/// nations are no places of this kind ([`names_places`]).
pub fn places_of_inspections(cx: &mut Context<'_>) -> Option<Units> {
    for (piece, offset) in cx.narrative() {
        // "the court custody facilities in West Midlands and Warwickshire":
        // after the units' noun, the places may be the areas they lie in,
        // so they are taken only where a count of as many is stated
        let (lead, counted_only, sites_only) = match INSPECTIONS_HELD_IN.find(piece) {
            Some(lead) => (lead, false, false),
            None => match INSPECTION_OF_UNITS_IN.find(piece) {
                Some(lead) => (lead, true, false),
                None => match INSPECTION_OF_SERVICES_AT
                    .captures(piece)
                    .filter(|c| {
                        c.name("what")
                            .is_some_and(|w| w.as_str().chars().count() <= SERVICES_AT_GAP)
                    })
                    .and_then(|c| c.get(0))
                {
                    Some(lead) => (lead, false, true),
                    None => continue,
                },
            },
        };
        let rest = &piece[lead.end()..];
        // the list runs to the sentence's end or to the next preposition
        let mut end = sentence_end(rest).unwrap_or(rest.len());
        for stop in crate::lexicon::LIST_END_PREPOSITIONS {
            if let Some(at) = rest[..end].find(stop) {
                end = at;
            }
        }
        // "... in Aberdeen, Fraserburgh and Elgin shows that ...": or to
        // the verb after the names
        end = end.min(names_run_end(&rest[..end]));
        let start = offset + lead.end();
        let names = split_list(cx, start..start + end, None);
        // "at William Harvey Hospital and the Queen Elizabeth the Queen
        // Mother Hospital": a site's name without its article
        let names = if sites_only {
            names
                .into_iter()
                .map(|t| {
                    let written = &cx.source.text()[t.span.start..t.span.end];
                    match crate::lexicon::after_article(written) {
                        Some(name) if name.starts_with(char::is_uppercase) => {
                            cx.text(t.span.end - name.len()..t.span.end)
                        }
                        _ => t,
                    }
                })
                .collect()
        } else {
            names
        };
        let sites = !sites_only || names.iter().all(|t| ends_with_site_noun(&t.text));
        if sites && names_places(&names) {
            let count = count_of_places(cx, &names);
            if counted_only && count.is_none() {
                continue;
            }
            let (count, at) = count.map_or((None, None), |(n, at)| (Some(n), at));
            let span = cx.span(at.unwrap_or(offset + lead.start()..start + end));
            return Some(Units {
                count,
                names,
                also_visited: Vec::new(),
                span,
            });
        }
    }
    None
}

/// "(three of the YOS's four offices; ...)": a count of units in a bracket,
/// of a part of the whole or alone ("(three custody suites)"), which counts
/// the names just before it.
static COUNT_IN_BRACKET: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\(\s*(?P<n>{NUMBER_PATTERN})\s+(?:of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{NUMBER_PATTERN}\s+)?)?(?:[\w'’-]+\s+){{0,2}}?{UNIT_NOUNS}\b"
    ))
    .expect("count in bracket regex")
});

/// The places named just before a bracket that counts them: "The
/// inspection team was based at Chandlers Court, Weavers Row and St
/// Agatha's House (three of the YOS's four offices; the fourth ...)". The
/// names are the run of capitalised words before the bracket
/// ([`names_run_start`]), as many as the bracket counts; with the sites
/// also visited.
pub fn names_counted_in_bracket(cx: &mut Context<'_>) -> Option<Units> {
    for (piece, offset) in cx.narrative() {
        for c in COUNT_IN_BRACKET.captures_iter(piece) {
            let (Some(whole), Some(n)) =
                (c.get(0), c.name("n").and_then(|m| number_value(m.as_str())))
            else {
                continue;
            };
            let before = window_before(piece, whole.start(), 300);
            let from = whole.start() - before.len();
            let sentence = last_sentence_start(before);
            let clause = &before[sentence..];
            let run = sentence + names_run_start(clause);
            let start = offset + from + run;
            let names = split_list(cx, start..offset + whole.start(), Some(n));
            if names.len() as u32 == n && names_places(&names) {
                let span = cx.span(start..offset + whole.end());
                let also = also_visited_besides(cx, &names);
                return Some(Units {
                    count: Some(n),
                    names,
                    also_visited: also,
                    span,
                });
            }
        }
    }
    None
}

/// Where the run of place names that ends `clause` starts: after the last
/// word in small letters that is no connective inside a list of names
/// (lexicon `NAME_LIST_CONNECTIVES`), the connectives at its head left
/// out ("based at Chandlers Court, Weavers Row and St Agatha's House").
fn names_run_start(clause: &str) -> usize {
    let words: Vec<(usize, &str)> = clause
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - clause.as_ptr() as usize, w))
        .collect();
    let mut start = clause.len();
    for &(at, word) in words.iter().rev() {
        let bare = bare_word(word);
        if !(bare.starts_with(char::is_uppercase) || is_name_connective(bare)) {
            break;
        }
        start = at;
    }
    // the run opens with a name, not with "and" or "the"
    for &(at, word) in words.iter().filter(|(at, _)| *at >= start) {
        let bare = bare_word(word);
        if !is_name_connective(bare) || bare.starts_with(char::is_uppercase) {
            return at;
        }
    }
    clause.len()
}

/// True when a list read after inspections held in, or visited by the
/// inspectors, names two places or more: each item a capitalised name
/// with no figure, not a month ("in January and February") nor a nation
/// ("in England and Wales").
fn names_places(names: &[Text]) -> bool {
    names.len() >= 2
        && names.iter().all(|t| {
            let first = t.text.split_whitespace().next().unwrap_or("");
            t.text.starts_with(char::is_uppercase)
                && !t.text.contains(|c: char| c.is_ascii_digit())
                && crate::lexicon::month(first).is_none()
                && !crate::lexicon::NATIONS.contains(&t.text.as_str())
        })
}

/// "Inspectors visited Wheelgate, Castle Mead and Ferrybank.": the
/// inspectors (lexicon `INSPECTING_SUBJECTS`) opening a sentence, then the
/// verb and the places.
static INSPECTORS_VISITED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*(?:(?:{}),?\s+(?:{})|{})\s+{}\s+",
        crate::lexicon::VISIT_SENTENCE_OPENERS.join("|"),
        crate::lexicon::INSPECTING_SUBJECTS
            .iter()
            .chain(crate::lexicon::SUBJECT_PRONOUNS)
            .copied()
            .collect::<Vec<_>>()
            .join("|"),
        crate::lexicon::INSPECTING_SUBJECTS.join("|"),
        crate::lexicon::INSPECTORS_VISITED_VERB
    ))
    .expect("inspectors visited regex")
});

/// The places a sentence opening with the inspectors says they visited,
/// two or more named and none counted ("Inspectors visited Wheelgate,
/// Castle Mead and Ferrybank."), named as the units where nothing else
/// names or counts any, with the sites also visited; counted only when
/// they are establishments ([`establishments_counted`]). Every item must be a
/// capitalised name to the sentence's end ([`names_places`]): "Inspectors
/// visited Wheelgate and the old cells." names no list of places.
pub fn places_inspectors_visited(cx: &mut Context<'_>) -> Option<Units> {
    let text = cx.source.text();
    for sentences in cx.narrative_sentences() {
        for sentence in sentences {
            let s = &text[sentence.clone()];
            let Some(lead) = INSPECTORS_VISITED.find(s) else {
                continue;
            };
            let body = s[lead.end()..].trim_end();
            let Some(list) = body
                .strip_suffix('.')
                .map(|list| &list[..dated_tail_start(list)])
            else {
                continue;
            };
            let start = sentence.start + lead.end();
            let names = split_list(cx, start..start + list.len(), None);
            if names_places(&names) {
                let whole = sentence.start + lead.start()..start + list.len();
                let (count, at) =
                    count_of_places(cx, &names).map_or((None, None), |(n, at)| (Some(n), at));
                let span = cx.span(at.unwrap_or(whole));
                let also = also_visited_besides(cx, &names);
                return Some(Units {
                    count,
                    names,
                    also_visited: also,
                    span,
                });
            }
        }
    }
    None
}

/// Where a list of places ends before the time of the visit or a clause
/// on it ("HMP A, HMP B and HMP C on 12 and 13 May, spending a day at
/// each"): at a preposition (lexicon `LIST_END_PREPOSITIONS`) before a
/// figure or a month, or at a comma before a word ending in "-ing".
fn dated_tail_start(list: &str) -> usize {
    let dated = crate::lexicon::LIST_END_PREPOSITIONS
        .iter()
        .filter_map(|p| {
            list.match_indices(p).map(|(at, _)| at).find(|&at| {
                let next = list[at + p.len()..].split_whitespace().next().unwrap_or("");
                next.starts_with(|c: char| c.is_ascii_digit())
                    || crate::lexicon::month(next).is_some()
            })
        });
    let clause = list.match_indices(", ").map(|(at, _)| at).find(|&at| {
        list[at + 2..]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && w.ends_with("ing"))
    });
    dated.chain(clause).min().unwrap_or(list.len())
}

/// Names listed after a lead such as "the units visited were:", either
/// inline up to the sentence's end or as bullets on the following lines.
fn listed_names(cx: &Context<'_>, counted: Option<u32>) -> Vec<Text> {
    let text = cx.source.text();
    for (piece, offset) in cx.narrative() {
        // "namely" or "these were" opens a list of units only just after a
        // unit noun ("the three suites, namely ..."), not in any sentence
        // ("Among these were delays ...").
        // "the team was based in:" names places by its verb alone
        let placed = |lead: &str| {
            let lower = lead.to_ascii_lowercase();
            lower.contains("based") || lower.contains("held")
        };
        let Some(lead) = LIST_LEAD.find_iter(piece).find(|m| {
            UNIT_NOUN.is_match(m.as_str())
                || UNIT_NOUN.is_match(window_before(piece, m.start(), 120))
                || placed(m.as_str())
        }) else {
            continue;
        };
        let start = offset + lead.end();
        let rest = &text[start..];
        let first_line_end = super::first_line_len(rest);
        if rest[..first_line_end].trim().is_empty() {
            // a bullet list on the lines below
            return bullet_items(cx, start + first_line_end + 1);
        }
        if BULLET.is_match(&rest[..first_line_end]) {
            return bullet_items(cx, start);
        }
        let end = sentence_end(rest).map_or(text.len(), |i| start + i);
        // "the forces taking part were the Metropolitan Police Service, A
        // and B": the article after the verb is no part of the first name
        let start = start + article_before_name(rest);
        let items = split_list(cx, start..end, counted);
        // "services on offer, which were sufficient in volume, range and
        // quality": words of description, no place named in them
        // "which were selected from four CPS areas and the police forces
        // ...": a list opens with a place, not with a verb
        let names_a_place = items.first().is_some_and(|t| {
            t.text.starts_with(|c: char| !c.is_lowercase())
                || crate::lexicon::opens_with_article(&t.text)
        });
        if names_a_place {
            return items;
        }
    }
    Vec::new()
}

/// The length of an article and its spaces opening `rest` when a
/// capitalised name follows ("the Metropolitan Police Service, ..."), else 0.
fn article_before_name(rest: &str) -> usize {
    crate::lexicon::after_article(rest)
        .filter(|name| name.starts_with(char::is_uppercase))
        .map_or(0, |name| rest.len() - name.len())
}

/// "working from two of the Trust's seven offices", "worked from both of
/// the service's bases": a count after a verb of where staff work
/// ([`WORKED_FROM_VERBS`]).
///
/// [`WORKED_FROM_VERBS`]: crate::lexicon::WORKED_FROM_VERBS
static WORKED_FROM_COUNT: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{}\s+(?:all\s+|(?:its|their|the(?:\s+[\w-]+['’]s?)?)\s+)?(?P<n>{NUMBER_PATTERN}|{pair})\s+(?:of\s+(?:the|its|their)\s+(?:[\w'’]+\s+){{0,3}}?(?:{NUMBER_PATTERN}\s+)?)?(?:[\w'’-]+\s+){{0,3}}?{UNIT_NOUNS}\b",
        crate::lexicon::WORKED_FROM_VERBS,
        pair = crate::lexicon::PAIR_WORDS.join("|")
    ))
    .expect("worked from count regex")
});

/// The units counted after [`WORKED_FROM_COUNT`] in a sentence whose
/// subject is the inspectors ([`INSPECTING_SUBJECTS`]), with their count's
/// range, their names and where the names end.
///
/// [`INSPECTING_SUBJECTS`]: crate::lexicon::INSPECTING_SUBJECTS
fn worked_from(cx: &Context<'_>) -> Option<(u32, Range<usize>, Vec<Text>, usize)> {
    for (piece, offset) in cx.narrative() {
        for c in WORKED_FROM_COUNT.captures_iter(piece).take(8) {
            let (Some(whole), Some(n)) = (
                c.get(0),
                c.name("n")
                    .and_then(|m| crate::lexicon::unit_count_value(m.as_str())),
            ) else {
                continue;
            };
            let before = window_before(piece, whole.start(), 600);
            let start = last_sentence_start(before);
            let sentence = before[start..].trim_start().to_ascii_lowercase();
            let opens_with = |sentence: &str, words: &[&str]| {
                words
                    .iter()
                    .any(|s| sentence.starts_with(s) && sentence[s.len()..].starts_with(' '))
            };
            // the subject straight before the verb, after a phrase of time
            // ("During the on-site week they worked from ...")
            let subject_before_verb = |sentence: &str, words: &[&str]| {
                let sentence = sentence.trim_end();
                words.iter().any(|s| {
                    sentence
                        .strip_suffix(s)
                        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
                })
            };
            // "Inspectors were in Wraymoor from ... They worked from the
            // Trust's two largest ...": "they" goes on from inspectors.
            let previous = &before[..start];
            let by_inspectors = opens_with(&sentence, crate::lexicon::INSPECTING_SUBJECTS)
                || subject_before_verb(&sentence, crate::lexicon::INSPECTING_SUBJECTS)
                || ((opens_with(&sentence, crate::lexicon::SUBJECT_PRONOUNS)
                    || subject_before_verb(&sentence, crate::lexicon::SUBJECT_PRONOUNS))
                    && opens_with(
                        &previous[last_sentence_start(previous.trim_end())..]
                            .trim_start()
                            .to_ascii_lowercase(),
                        crate::lexicon::INSPECTING_SUBJECTS,
                    ));
            if !by_inspectors {
                continue;
            }
            let (list, list_end) = inline_list(cx, offset + whole.end(), Some(n));
            let list = if list.len() == n as usize {
                list
            } else {
                Vec::new()
            };
            return Some((
                n,
                offset + whole.start()..offset + whole.end(),
                list,
                list_end,
            ));
        }
    }
    None
}

/// "visited both" with no noun after it: a verb of visiting and one of
/// the lexicon's `PAIR_WORDS`.
static VISITED_PAIR: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b{VISIT_VERBS}\s+(?:{})\b",
        crate::lexicon::PAIR_WORDS.join("|")
    ))
    .expect("visited pair regex")
});

/// "It works from two offices, at Marchwold and Tollbury. Inspectors
/// visited both during the week ...": a pair visited with no noun after
/// it is the two places counted and named in the sentence before. Gives
/// the count, the range of the visit, the names and where the visit's
/// words end.
fn both_named_before(cx: &Context<'_>) -> Option<(u32, Range<usize>, Vec<Text>, usize)> {
    for (piece, offset) in cx.narrative() {
        // (the pattern runs only where a pair word stands)
        if !crate::lexicon::PAIR_WORDS
            .iter()
            .any(|w| crate::source::contains_ignore_case(piece, w))
        {
            continue;
        }
        for visit in VISITED_PAIR.find_iter(piece).take(4) {
            // "visited both offices", "both ancillary sites", "both of the
            // ...": the pair has its own noun, counted where named
            let next = piece[visit.end()..].trim_start();
            let next_word = next.split_whitespace().next().unwrap_or("");
            let mut rest = next;
            let mut noun_follows = false;
            for _ in 0..3 {
                noun_follows |= UNIT_NOUN_AT_START.is_match(rest);
                rest = rest
                    .split_once(char::is_whitespace)
                    .map_or("", |(_, after)| after.trim_start());
            }
            if next_word.eq_ignore_ascii_case("of")
                || noun_follows
                || next.starts_with([',', ':', '('])
            {
                continue;
            }
            let before = &piece[..visit.start()];
            let this_sentence = last_sentence_start(before);
            let previous = before[..this_sentence].trim_end();
            let start = last_sentence_start(previous);
            let sentence = &previous[start..];
            let pair = crate::lexicon::PAIR_COUNT;
            for c in NUMBERED_NOUN.captures_iter(sentence).take(4) {
                let Some(whole) = c.get(0).filter(|_| number_value(&c["n"]) == Some(pair)) else {
                    continue;
                };
                let (list, _) = inline_list(cx, offset + start + whole.end(), Some(pair));
                if list.len() == pair as usize {
                    return Some((
                        pair,
                        offset + visit.start()..offset + visit.end(),
                        list,
                        offset + visit.end(),
                    ));
                }
            }
        }
    }
    None
}

/// The custody suites a force runs its custody from, counted and listed
/// ("runs its custody services from four custody suites at A, B, C and D";
/// lexicon `CUSTODY_RUN_VERBS`): the count, its range and the names, when
/// as many are listed as counted.
fn custody_suites_run(cx: &Context<'_>) -> Option<(u32, Range<usize>, Vec<Text>)> {
    static RUNS_FROM: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i)\b{}\s+(?:its\s+|their\s+)?custody(?:\s+services)?\s+(?:from|at|in)\s+(?P<n>{NUMBER_PATTERN})\s+(?:[\w-]+\s+)?(?:custody\s+)?suites\b",
            crate::lexicon::CUSTODY_RUN_VERBS
        ))
        .expect("custody suites run regex")
    });
    for (piece, offset) in cx.narrative() {
        let Some(c) = RUNS_FROM.captures(piece) else {
            continue;
        };
        let (Some(whole), Some(n)) = (c.get(0), number_value(&c["n"])) else {
            continue;
        };
        let (list, _) = inline_list(cx, offset + whole.end(), Some(n));
        if list.len() == n as usize {
            return Some((n, offset + whole.start()..offset + whole.end(), list));
        }
    }
    None
}

/// How many lines after a count its table of names may start, and how
/// many rows it may have.
const TABLE_LOOK_AHEAD: usize = 12;
const TABLE_ROWS: usize = 40;

/// The names of the units counted at `counted`, read from the column of a
/// space-aligned table below it whose header cell opens with the noun
/// counted ("six basic command units (BCUs)" over "Force   BCU visited
/// ..."): one name per row that has one, taken only when there are
/// exactly `n`.
fn table_column_names(cx: &Context<'_>, counted: Range<usize>, n: u32) -> Vec<Text> {
    let source = cx.source;
    // the noun's acronym in brackets after it counts too: "units (BCUs)"
    let after = window_after(source.text(), counted.end, 24);
    let acronym = after
        .strip_prefix(" (")
        .and_then(|rest| rest.split_once(')'))
        .map_or("", |(inside, _)| inside);
    let nouns: Vec<String> = source.text()[counted.clone()]
        .split(|c: char| !c.is_alphanumeric())
        .chain(std::iter::once(acronym))
        .filter(|w| w.len() >= 3 && w.chars().all(char::is_alphabetic))
        .map(|w| singular(w).to_ascii_lowercase())
        .collect();
    let first = source.line_index(counted.end) + 1;
    let last = source.line_count().min(first + TABLE_LOOK_AHEAD);
    for index in first..last {
        let line = source.line(index);
        let Some(column) = table_cells(line.text).find(|(_, cell)| {
            cell.split_whitespace()
                .next()
                .is_some_and(|w| nouns.contains(&singular(w).to_ascii_lowercase()))
        }) else {
            continue;
        };
        let column = column.0;
        let mut names: Vec<Text> = Vec::new();
        for row in index + 1..source.line_count().min(index + 1 + TABLE_ROWS) {
            let line = source.line(row);
            if line.is_blank() {
                // a blank line under the header's second line may come
                // before the rows; one after a row ends the table
                if names.is_empty() && row == index + 1 {
                    continue;
                }
                break;
            }
            let cells: Vec<(usize, &str)> = table_cells(line.text).collect();
            if let Some(&(at, _)) = cells.iter().find(|&&(at, _)| at == column) {
                let cell = &line.text[at..];
                let len = crate::source::cell_len(cell);
                let cell = cell[..len].trim_end();
                let end = line.start + at + cell.len();
                // "Stenholt and" / "Rushbeck": a name wrapped onto a row of
                // its own, with no figures beside it
                let wrapped = cells.len() == 1
                    && names
                        .last()
                        .is_some_and(|n: &Text| n.text.ends_with(" and") || n.text.ends_with(" &"));
                // "Four BCUs", "Total": the row that adds the others up
                let first_word = cell.split_whitespace().next().unwrap_or("");
                let totals = number_value(first_word).is_some()
                    || first_word.eq_ignore_ascii_case("total")
                    || first_word.eq_ignore_ascii_case("all");
                if wrapped {
                    if let Some(last) = names.last_mut() {
                        last.text = format!("{} {}", last.text, crate::source::clean(cell));
                        last.span = cx.span(last.span.start..end);
                    }
                } else if cell.starts_with(char::is_uppercase) && !totals {
                    // a header's second line or a figure is no name
                    names.push(cx.text(line.start + at..end));
                }
            }
        }
        return if names.len() == n as usize {
            names
        } else {
            Vec::new()
        };
    }
    Vec::new()
}

/// The end of the sentence starting `rest`: a full stop followed by
/// white space, or a blank line.
fn sentence_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) {
            return Some(i);
        }
        if super::starts_blank_line(rest, i) {
            return Some(i);
        }
    }
    None
}

fn bullet_items(cx: &Context<'_>, from: usize) -> Vec<Text> {
    let source = cx.source;
    let mut out = Vec::new();
    let mut index = source.line_index(from);
    // the first item's mark: the list goes on over a page break only with it
    let mut mark: Option<String> = None;
    while index < source.line_count() {
        let line = source.line(index);
        if line.is_blank() {
            if out.is_empty() {
                index += 1;
                continue;
            }
            // the list goes on over a page break only with its own mark
            let mark = mark.as_deref().unwrap_or("");
            let numbered = |m: &str| m.starts_with(|c: char| c.is_ascii_digit());
            let same_mark = |m: &str| m == mark || (numbered(m) && numbered(mark));
            match super::list_after_page_break(cx, index, source.line_count(), &BULLET, same_mark) {
                Some(next) => {
                    index = next;
                    continue;
                }
                None => break,
            }
        }
        index += 1;
        let Some(b) = BULLET.find(line.text) else {
            break;
        };
        mark.get_or_insert_with(|| b.as_str().trim().to_owned());
        // "-   Kirkton Road, Lochmoy (and the ancillary cells at Ballinreach
        //      and Strathy, ...)": an item wrapped onto lines indented under
        // its text goes on there
        let mut end = line.start + line.text.len();
        while index < source.line_count() {
            let next = source.line(index);
            if next.is_blank()
                || BULLET.is_match(next.text)
                || indentation(next.text) <= indentation(line.text)
                || end - line.start > MAX_WRAPPED_ITEM
            {
                break;
            }
            end = next.start + next.text.len();
            index += 1;
        }
        let raw = &source.text()[line.start + b.end()..end];
        // "four police stations - A, B, C and D;": a count of its own and
        // the names it counts after a dash
        if let Some((n, list)) = counted_item(raw) {
            let at = line.start + b.end() + list.start;
            let names = split_list(cx, at..line.start + b.end() + list.end, Some(n));
            if names.len() == n as usize {
                out.extend(names);
                continue;
            }
        }
        let item = without_aside(trim_item(raw));
        // `trim_item` returns a slice of `raw`: its offset is where it starts
        let lead = item.as_ptr() as usize - raw.as_ptr() as usize;
        let start = line.start + b.end() + lead;
        out.push(cx.text(start..start + item.len()));
    }
    out
}

/// The longest bulleted item, its wrapped lines included, read as one: a
/// site's name with an aside runs to two or three lines, and a longer
/// "item" is a paragraph that happens to be indented.
const MAX_WRAPPED_ITEM: usize = 300;

/// The width of the spaces and tabs that open `line`.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// A bulleted item that counts its own units and names them after a spaced
/// dash: "four police stations – Brinscombe, Culverdale Road, Hollinbeck
/// and Moorcastle;". The count and where its list lies in `item` (without
/// the item's closing mark). Read in code: a pattern with a bounded run
/// of words before the noun held a lazy DFA of its own in each thread.
fn counted_item(item: &str) -> Option<(u32, Range<usize>)> {
    static NOUN_AT_END: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(r"(?i)\b{UNIT_NOUNS}$")).expect("noun at end regex")
    });
    let dash = crate::source::first_spaced_dash(item)?;
    let head = item[..dash.0].trim();
    let n = number_value(head.split_whitespace().next()?)?;
    if head.len() > COUNTED_ITEM_HEAD || !NOUN_AT_END.is_match(head) {
        return None;
    }
    let start = dash.0 + dash.1;
    let list = item[start..].trim_end();
    let list = list
        .strip_suffix([';', '.', ','])
        .unwrap_or(list)
        .trim_end();
    (!list.is_empty()).then(|| (n, start..start + list.len()))
}

/// The longest count and noun before a bulleted item's dash, in bytes.
const COUNTED_ITEM_HEAD: usize = 80;

/// True when `opening` (the words before a count or its verb) ends with a
/// programme's words (lexicon `PROGRAMME_WORDS`), whole: "The Area
/// Assurance Programme" as the verb's subject, "the first round of" before
/// "inspections of all 45 fire and rescue services".
fn ends_with_programme(opening: &str) -> bool {
    let lower = opening.trim_end().to_ascii_lowercase();
    crate::lexicon::PROGRAMME_WORDS.iter().any(|w| {
        lower
            .strip_suffix(w)
            .is_some_and(|before| !before.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// Splits a list of names: on semicolons when there are any, else on commas
/// with the last item split once more on " and ". A shared plural suffix on
/// the last item ("Northgate, Eastfield and Castlebridge police stations")
/// is given to every item.
fn split_list(cx: &Context<'_>, range: Range<usize>, count: Option<u32>) -> Vec<Text> {
    let text = cx.source.text();
    // "at A and B, as well as ...": the comma before the next clause is
    // not a separator.
    let trimmed_len = text[range.clone()]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '.'))
        .len();
    let range = range.start..range.start + trimmed_len;
    let list = &text[range.clone()];
    if let Some(groups) = described_groups(list) {
        let mut names: Vec<Text> = Vec::new();
        for (group, plural) in groups {
            let read = split_list(cx, range.start + group.start..range.start + group.end, None);
            // "the overflow centres at Dunvegie and Glenshira, which open
            // ...": two names joined by "and" read as one on their own, but
            // a plural noun said there are more than one.
            let named = read
                .iter()
                .filter(|t| t.text.starts_with(char::is_uppercase));
            if plural && named.count() == 1 {
                names.extend(split_at_and(cx, &read));
            } else {
                names.extend(read);
            }
        }
        names.dedup_by(|a, b| a.text == b.text);
        // A clause after the last group ("..., which open only when ...")
        // is no name: the groups' names are capitalised.
        names.retain(|t| !t.text.starts_with(char::is_lowercase));
        // Where a count disagrees, the whole list is read against it below
        // instead.
        if count.is_none_or(|n| names.len() == n as usize) {
            return names;
        }
    }
    // "at two of the Area's three offices, in Pellbridge and Kelbourne;
    // staff from the third ...": where the words before a semicolon already
    // name as many as were counted, the semicolon ends the list
    if let (Some(semicolon), Some(n)) = (list.find(';'), count) {
        let head = split_list(cx, range.start..range.start + semicolon, count);
        // "Eastbank, a category B site holding men on remand and serving
        // long sentences; Northbank, ...": pieces of a description are no
        // names
        let all_named = head.iter().all(|t| {
            t.text
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        });
        if head.len() == n as usize && all_named {
            return head;
        }
    }
    let separator = if list.contains(';') { ';' } else { ',' };
    // "Hornbeam Ward (low secure, women)": no separator inside brackets
    let mut items = crate::source::split_outside_brackets(list, separator);
    // The last item joins two names with "and" unless that would give more
    // names than were counted.
    if let Some(last) = items.pop() {
        let piece = &list[last.clone()];
        let split_at = find_and(piece);
        let want_split =
            separator == ',' || piece.trim_start().to_ascii_lowercase().starts_with("and ");
        match split_at {
            Some(at)
                if separator == ','
                    && count.is_none_or(|n| items.len() + 2 <= n as usize)
                    && want_split =>
            {
                items.push(last.start..last.start + at);
                items.push(last.start + at..last.end);
            }
            _ => items.push(last),
        }
    }
    let mut names: Vec<(Range<usize>, String)> = items
        .into_iter()
        .filter_map(|r| {
            let raw = &list[r.clone()];
            let trimmed = trim_item(raw);
            // "Northbank, a category C training site; and Cold Harbour, a
            // category D open site": an item of a list split at semicolons
            // is its name, without the description after its comma
            let trimmed = if separator == ';' {
                without_aside(trimmed)
            } else {
                trimmed
            };
            // "in 2004 and 2005": years, not places
            if !trimmed.chars().any(char::is_alphabetic) {
                return None;
            }
            let lead = raw.find(trimmed).unwrap_or(0);
            let abs = range.start + r.start + lead;
            Some((abs..abs + trimmed.len(), trimmed.to_owned()))
        })
        .collect();
    // "Wetherby in West Yorkshire, Werrington in Staffordshire, and Parc in
    // Bridgend, Wales": each name with the place it is in, the last place
    // with its nation; the names are the words before "in".
    let located: Vec<Option<usize>> = names.iter().map(|(_, n)| place_after_name(n)).collect();
    if located.iter().flatten().count() >= 2 {
        let mut kept = Vec::with_capacity(names.len());
        for ((range, name), at) in names.into_iter().zip(located) {
            match at {
                Some(at) => kept.push((range.start..range.start + at, name[..at].to_owned())),
                None if crate::lexicon::NATIONS.contains(&name.as_str()) => {}
                None => kept.push((range, name)),
            }
        }
        names = kept;
    }
    // "St Hilda's Hospital, Wrexborough, Queen Adela Hospital, Marlstone,
    // and Kenby Community Hospital": where there are more pieces than were
    // counted, a bare place after a site's name is part of that name.
    if let Some(n) = count.map(|n| n as usize).filter(|&n| names.len() > n) {
        let merged = merge_places_into_sites(list, range.start, &names);
        if merged.len() == n {
            names = merged;
        }
    }
    // Shared suffix, over two names or more ("Heron Lodge approved
    // premises" alone keeps its noun as written).
    if let Some((_, last)) = names.last().filter(|_| names.len() > 1) {
        let suffix = shared_suffix(last);
        if let Some(suffix) = suffix {
            let single = singular(&suffix);
            let n = names.len();
            for (i, (_, name)) in names.iter_mut().enumerate() {
                // "the North, South and Central PDUs": the article belongs
                // to the whole list, not to the first name.
                if i == 0 && name.len() > 4 && starts_with_ignore_case(name, "the ") {
                    *name = name[4..].to_owned();
                }
                if i + 1 == n {
                    let stem = name[..name.len() - suffix.len()].trim_end().to_owned();
                    *name = format!("{stem} {single}");
                } else if !name.to_lowercase().contains(&single.to_lowercase()) {
                    *name = format!("{name} {single}");
                }
            }
        }
    }
    // "..., Tay Coast Division and Strathearn Division": a name holding
    // the list's last noun twice is two names, and the list is split after
    // that noun instead
    let head = list.rsplit(char::is_whitespace).next().unwrap_or("");
    let doubled = |name: &str| crate::source::word_positions(name, head).nth(1).is_some();
    if separator == ',' && names.iter().any(|(_, name)| doubled(name)) {
        if let Some(split) = count.and_then(|n| split_after_head(cx, range.clone(), head, n)) {
            return split;
        }
    }
    names
        .into_iter()
        .map(|(r, name)| {
            let mut t = cx.text(r);
            t.text = crate::source::clean(&name);
            t
        })
        .collect()
}

/// A list of `n` names that each end in `head`, the capitalised noun that
/// ends the list, split after each (where a plain split left that noun
/// twice in one name): "Argyll and Lomond Division, Carrick, Cumnock and
/// Doon Division, Tay Coast Division and Strathearn Division" holds four
/// divisions, one with a comma inside its name and two joined by "and".
/// `None` unless the list holds the noun exactly `n` times, each followed
/// by a separator.
fn split_after_head(
    cx: &Context<'_>,
    range: Range<usize>,
    head: &str,
    n: u32,
) -> Option<Vec<Text>> {
    let text = cx.source.text();
    let list = &text[range.clone()];
    if n < 2
        || head.len() < 3
        || !head.starts_with(char::is_uppercase)
        || !head.chars().all(char::is_alphabetic)
    {
        return None;
    }
    let mut ends = Vec::new();
    for at in crate::source::word_positions(list, head) {
        crate::work::charge(1);
        let end = at + head.len();
        let rest = list[end..].trim_start();
        let separated = rest.is_empty()
            || rest.starts_with(',')
            || crate::source::starts_with_word_ignore_case(rest, "and");
        if !separated {
            return None;
        }
        ends.push(end);
    }
    if ends.len() != n as usize {
        return None;
    }
    let mut names = Vec::with_capacity(ends.len());
    let mut from = 0;
    for end in ends {
        let piece = &list[from..end];
        let lead = piece.len()
            - piece
                .trim_start_matches(|c: char| c.is_whitespace() || c == ',')
                .len();
        let mut start = from + lead;
        if crate::source::starts_with_word_ignore_case(&list[start..end], "and") {
            start += "and".len();
            start += list[start..end].len() - list[start..end].trim_start().len();
        }
        if !list[start..end].starts_with(char::is_uppercase) {
            return None;
        }
        names.push(cx.text(range.start + start..range.start + end));
        from = end;
    }
    Some(names)
}

/// True when the number at `number` in `piece` is "one" after a word
/// such as "every" (lexicon `EVERY_ONE_WORDS`): "covering every one of the
/// 43 police forces" is the reach of a programme, not one unit.
fn every_one(piece: &str, number: Range<usize>) -> bool {
    let before = piece[..number.start].trim_end_matches(' ');
    piece[number.clone()].eq_ignore_ascii_case("one")
        && before.len() < number.start
        && crate::lexicon::EVERY_ONE_WORDS.iter().any(|w| {
            crate::source::ends_with_ignore_case(before, w)
                && !before[..before.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
        })
}

/// Where " in " parts a name from the place it is in ("Wetherby in West
/// Yorkshire"): both sides capitalised, the name of at most three words.
fn place_after_name(item: &str) -> Option<usize> {
    let at = item.find(" in ")?;
    let (name, place) = (&item[..at], &item[at + 4..]);
    (name.starts_with(char::is_uppercase)
        && name.split_whitespace().count() <= 3
        && place.starts_with(char::is_uppercase))
    .then_some(at)
}

/// True when the first word of `name` is a site's own noun in Welsh
/// ("Ysgol Bro Cennin"; lexicon `SITE_NAME_OPENING_NOUNS`).
fn opens_with_site_noun(name: &str) -> bool {
    name.split_whitespace()
        .next()
        .is_some_and(|w| crate::lexicon::SITE_NAME_OPENING_NOUNS.contains(&w))
}

/// True when the last word of `name` is a site's own noun ("St Hilda's
/// Hospital"; [`SITE_NAME_NOUNS`](crate::lexicon::SITE_NAME_NOUNS)).
fn ends_with_site_noun(name: &str) -> bool {
    name.split_whitespace()
        .last()
        .is_some_and(|w| crate::lexicon::SITE_NAME_NOUNS.contains(&w))
}

/// The pieces of a list with each bare place ("Wrexborough") joined to the
/// site named before it ("St Hilda's Hospital"), comma kept. `list` starts
/// at byte `at` of the source, as the pieces' ranges do.
fn merge_places_into_sites(
    list: &str,
    at: usize,
    names: &[(Range<usize>, String)],
) -> Vec<(Range<usize>, String)> {
    let names_a_site = |name: &str| {
        name.split_whitespace()
            .any(|w| crate::lexicon::SITE_NAME_NOUNS.contains(&w))
            || opens_with_site_noun(name)
    };
    // "the Y Cwtch youth centre, Llanhedyn": the noun in lower case after
    // the name; "Ysgol Gynradd Gymraeg Nant y Felin, Tremaen": in Welsh,
    // first
    let site_named = |name: &str| {
        ends_with_site_noun(name)
            || opens_with_site_noun(name)
            || name.split_whitespace().last().is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && crate::lexicon::SITE_NAME_NOUNS
                        .iter()
                        .any(|noun| noun.eq_ignore_ascii_case(w))
            })
    };
    // "Port of Elsmouth", "Terminal 2": capitalised words, a number, or
    // "of" between them
    let bare_place = |name: &str| {
        let words: Vec<&str> = name.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || *w == "of"
            })
            && !names_a_site(name)
    };
    let mut merged: Vec<(Range<usize>, String)> = Vec::new();
    for (range, name) in names {
        match merged.last_mut() {
            Some((previous, previous_name))
                if (site_named(previous_name) || site_at_place(previous_name).is_some())
                    && bare_place(name) =>
            {
                // "the facility at Harwick, Port of Elsmouth": the place
                // is the name
                if let Some(place) = site_at_place(previous_name) {
                    previous.start += place;
                }
                previous.end = range.end;
                *previous_name = list[previous.start - at..previous.end - at].to_owned();
            }
            _ => merged.push((range.clone(), name.clone())),
        }
    }
    merged
}

/// Where the place starts in a site described and then placed: "the
/// facility at Harwick", "the holding room at Drayland Airport".
fn site_at_place(name: &str) -> Option<usize> {
    if !crate::lexicon::opens_with_article(name) {
        return None;
    }
    // the words may wrap over lines ("the facility\nat Kelsey Quay")
    let at = name.char_indices().find_map(|(i, c)| {
        let rest = &name[i + c.len_utf8()..];
        let place = rest.strip_prefix("at")?;
        (c.is_whitespace() && place.starts_with(char::is_whitespace))
            .then(|| name.len() - place.trim_start().len())
    })?;
    name[at..].starts_with(char::is_uppercase).then_some(at)
}

/// The offset of the "and" that joins the last two names (any white space
/// around it, as lists wrap across lines).
fn find_and(piece: &str) -> Option<usize> {
    static AND: LazyLock<Pattern> =
        LazyLock::new(|| crate::lexicon::regex(r"(?i)\s(and)\s").expect("and regex"));
    let trimmed = piece.trim_start();
    let lead = piece.len() - trimmed.len();
    if trimmed.len() > 4 && starts_with_ignore_case(trimmed, "and ") {
        return None;
    }
    // "the mother and baby unit and the care and separation unit": items
    // that open with an article part at "and" before the next article.
    if crate::lexicon::opens_with_article(trimmed) {
        // "the mother and baby unit and Curlew House": after a site told
        // of in small letters, a capitalised name opens the next
        let described = |at: usize| {
            piece[lead..at]
                .split_whitespace()
                .skip(1)
                .all(|w| w.starts_with(|c: char| c.is_lowercase()))
        };
        let before_article = AND
            .captures_iter(piece)
            .filter_map(|c| c.get(1))
            .filter(|m| {
                let next = piece[m.end()..].trim_start();
                crate::lexicon::opens_with_article(next)
                    || (next.starts_with(char::is_uppercase) && described(m.start()))
            })
            .last();
        if let Some(m) = before_article.filter(|m| m.start() > lead) {
            return Some(m.start());
        }
    }
    // "Raigmore Hospital and Lorn and Islands Hospital": of several, the
    // "and" after a site's own noun, where the rest names a site too
    let ands: Vec<usize> = AND
        .captures_iter(piece)
        .filter_map(|c| c.get(1))
        .map(|m| m.start())
        .filter(|&i| i > lead)
        .collect();
    // "CPS Wessex and CPS Yorkshire and Humberside": the "and" before the
    // next name that opens as the first does
    let opening = trimmed.split_whitespace().next().unwrap_or("");
    let repeats_opening = |at: usize| {
        let rest = piece[at + 3..].trim_start();
        opening.len() >= 2
            && opening.starts_with(char::is_uppercase)
            && rest.split_whitespace().next() == Some(opening)
    };
    let chosen = (ands.len() > 1).then(|| {
        ands.iter()
            .copied()
            .find(|&i| repeats_opening(i))
            .or_else(|| {
                ends_with_site_noun(piece)
                    .then(|| {
                        ands.iter()
                            .copied()
                            .find(|&i| ends_with_site_noun(&piece[..i]))
                    })
                    .flatten()
            })
    });
    // Otherwise the first "and" is the list's own, and a name with "and"
    // inside comes after it ("Harlsby and Hessington and Quarnby", two
    // units; "Wexmarsh, Northfell and Calder and Tarn", three).
    chosen.flatten().or(ands.first().copied())
}

/// A bulleted site without the aside after its name: "Kirkfallow Custody
/// Centre (24 cells)", "Ardbeith Police Station - the divisional
/// headquarters", "Strathcairn Custody Centre, opened in 2021". An aside
/// opens with a spaced dash or a comma and starts with a digit or a
/// lower-case word, or is a bracket that starts with a digit or adds sites
/// ("(and the ancillary cells at ...)", lexicon `ALSO_ASIDE_OPENERS`);
/// "Kestle Bridge (on-call)" and "Hornbeam Ward (Women's Service)" keep
/// theirs.
fn without_aside(item: &str) -> &str {
    static ASIDE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"\s*\(\s*(?:[0-9]|(?i:{})\s)|(?:\s[-–—]\s|,\s)\s*(?:\p{{Ll}}|[0-9])",
            crate::lexicon::ALSO_ASIDE_OPENERS.join("|")
        ))
        .expect("aside regex")
    });
    match ASIDE.find(item) {
        Some(m) if m.start() > 0 => item[..m.start()].trim_end(),
        _ => item,
    }
}

fn trim_item(raw: &str) -> &str {
    static LEAD: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"^(?i:and|or)\s+|^[{}\-–]\s*",
            crate::lexicon::BULLET_MARKS
        ))
        .expect("item lead regex")
    });
    // "Dunlathan; and" in a bulleted list: the joiner belongs to the list.
    static TRAILING_JOINER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"(?i)[;,]\s*(?:and|or)$").expect("trailing joiner regex")
    });
    let mut t = raw.trim();
    if let Some(m) = TRAILING_JOINER.find(t) {
        t = &t[..m.start()];
    }
    let mut t = t.trim_end_matches(['.', ';', ',']).trim();
    while let Some(m) = LEAD.find(t) {
        t = t[m.end()..].trim_start();
    }
    // "hubs - at Lisnacrevan, Drumgarvagh and ...": a place's preposition
    // after a dash that opens the list (lower case; a name has capitals)
    for preposition in ["at ", "in "] {
        if let Some(rest) = t.strip_prefix(preposition) {
            if rest.starts_with(char::is_uppercase) {
                t = rest;
            }
        }
    }
    t
}

/// "the magistrates' courts units at Ashfold, Kirkby Lorne and Brayfield,
/// and the Crown Court unit at Marrow Cross"; "Inverness Police Station and
/// the ancillary centres of Wick, Fort William and Kirkwall police
/// stations": a list made of groups, each opened by "the" or "its", a few
/// words and a lower-case unit noun before "at", "in" or "of" and a
/// capitalised name, one
/// plural noun at least before several names. The description names no
/// unit; the names after it do. Returns the groups' names, without their
/// openers, as ranges of `list`, each with whether its noun is plural;
/// `None` when no such group opens the list.
fn described_groups(list: &str) -> Option<Vec<(Range<usize>, bool)>> {
    static OPENER: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(
            r"(?:^|,?\s+and\s+)(?i:the|its)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s+(?:at|in|of)\s+\p{Lu}",
        )
        .expect("described group regex")
    });
    static WHOLE_UNIT_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(r"^{UNIT_NOUNS}$")).expect("whole unit noun regex")
    });
    let mut openers: Vec<(usize, usize, bool)> = Vec::new();
    let mut at = 0;
    while let Some(c) = OPENER.captures_at(list, at) {
        let (whole, noun) = (c.get(0)?, c.get(1)?);
        at = whole.end();
        let noun = noun.as_str();
        let is_plural = WHOLE_UNIT_NOUN.is_match(noun);
        if is_plural || WHOLE_UNIT_NOUN.is_match(&format!("{noun}s")) {
            // The name's capital is the match's last character.
            openers.push((whole.start(), whole.end() - 1, is_plural));
        }
    }
    let first = openers.first()?;
    let mut groups = Vec::with_capacity(openers.len() + 1);
    if first.0 > 0 {
        groups.push((0..first.0, false));
    }
    // "the facility at Harwick, Port of Elsmouth", "the holding cells at
    // Corranmouth Sheriff Court": a description of one site stays with it;
    // only a plural noun before several names ("the units at A, B and C")
    // stands for a group.
    let mut several = false;
    for (i, &(_, names_start, is_plural)) in openers.iter().enumerate() {
        let end = openers.get(i + 1).map_or(list.len(), |next| next.0);
        let names = &list[names_start..end];
        several |= is_plural && (names.contains(", ") || find_and(names).is_some());
        groups.push((names_start..end, is_plural));
    }
    several.then_some(groups)
}

/// `names` with each one holding " and " split there ("Dunvegie and
/// Glenshira" is two names), the pieces read from the text by their spans.
fn split_at_and(cx: &Context<'_>, names: &[Text]) -> Vec<Text> {
    static AND: LazyLock<Pattern> =
        LazyLock::new(|| crate::lexicon::regex(r"\s+and\s+").expect("and regex"));
    let text = cx.source.text();
    let mut out = Vec::with_capacity(names.len() + 1);
    for name in names {
        let (start, end) = (name.span.start, name.span.end);
        if !AND.is_match(&name.text) || !text.is_char_boundary(start) || !text.is_char_boundary(end)
        {
            out.push(name.clone());
            continue;
        }
        let mut at = start;
        for m in AND.find_iter(&text[start..end]) {
            out.push(cx.text(at..start + m.start()));
            at = start + m.end();
        }
        out.push(cx.text(at..end));
    }
    out
}

/// The plural unit noun that ends `last`, when it is shared by the list.
fn shared_suffix(last: &str) -> Option<String> {
    static PLURAL_END: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(r"(?i)\s({UNIT_NOUNS})$")).expect("plural end regex")
    });
    let m = PLURAL_END.captures(last)?;
    let found = m.get(1)?.as_str();
    // "Hammersmith/Fulham and Kensington/Chelsea" has no unit noun; a
    // single-word name ending in "s" is not a noun either.
    (last.split_whitespace().count() > found.split_whitespace().count()).then(|| found.to_owned())
}

#[cfg(test)]
mod tests {
    use crate::parse;

    #[test]
    fn a_list_after_a_colon_is_searched_on_character_boundaries() {
        // A bullet (three bytes) at every offset around the 100th byte after
        // the count: the short phrase before the colon is cut by bytes, and
        // once cut inside the bullet (a generated document did).
        for pad in 0..8 {
            let doc = format!(
                "Inspectors visited 5 of Ross{}stead Health and Justice services's 7 prisons:\n\n    \u{2022}  Pendale House\n    \u{2022}  Stanburn\n    \u{2022}  Whitfield\n    \u{2022}  Merciaford\n    \u{2022}  Tarnbrook/Elmburn\n",
                "s".repeat(pad)
            );
            let record = parse(&doc);
            assert_eq!(
                record.units.as_ref().and_then(|u| u.count),
                Some(5),
                "{doc}"
            );
        }
    }

    mod other_counts_oracle {
        use super::super::{LazyLock, OtherCount, Pattern, other_counts};
        use crate::lexicon::{FILE_NOUNS, NUMBER_PATTERN, SAMPLED_FROM, UNIT_NOUNS};
        use proptest::prelude::*;

        /// The pattern [`other_counts`] replaced, with the count-first
        /// shape as its first branch: the test's oracle.
        static ORACLE: LazyLock<Pattern> = LazyLock::new(|| {
            crate::lexicon::regex(&format!(
                r"(?i)\b(?P<n>{NUMBER_PATTERN})\s+(?P<mid>(?:[\w/&'’-]+\s+){{0,3}}?)(?P<noun>{UNIT_NOUNS})\s+(?:(?:were|was)\s+(?:visited|inspected)|hosted\s+(?:the\s+)?(?:fieldwork|inspection|inspectors|visits?)|(?P<rel>(?:that|which)\s+(?:the\s+[\w-]+|we|inspectors)\s+(?:visited|inspected)))\b|\b(?:in|at|across)\s+(?:all\s+)?(?P<n2>{NUMBER_PATTERN})\s+(?:[\w/&'’-]+\s+){{0,2}}?(?P<noun2>{UNIT_NOUNS})(?P<opener>\s*(?:\s[-–—]\s|\(|:))|\bin\s+(?P<n4>{NUMBER_PATTERN})\s+parts\s+of\b|\b{FILE_NOUNS}\s+(?:(?:\w+\s+){{0,2}}?{SAMPLED_FROM}|from)\s+(?:the\s+)?(?P<n5>{NUMBER_PATTERN})\s+(?:[\w/&'’-]+\s+){{0,2}}?(?P<noun5>{UNIT_NOUNS})(?P<opener5>\s*(?:\s[-–—]\s|\(|:))?"
            ))
            .unwrap()
        });

        fn oracle(piece: &str) -> Vec<OtherCount> {
            ORACLE
                .captures_iter(piece)
                .map(|c| OtherCount {
                    number: c
                        .name("n")
                        .or(c.name("n2"))
                        .or(c.name("n4"))
                        .or(c.name("n5"))
                        .unwrap()
                        .range(),
                    whole: c.get(0).unwrap().range(),
                    opener: c.name("opener").or(c.name("opener5")).map(|o| o.start()),
                    relative: c.name("rel").is_some(),
                })
                .collect()
        }

        const WORDS: &[&str] = &[
            "six",
            "units",
            "were",
            "was",
            "visited",
            "inspected",
            "hosted",
            "the",
            "fieldwork",
            "that",
            "which",
            "team",
            "we",
            "inspectors",
            "in",
            "at",
            "across",
            "all",
            "three",
            "prisons",
            "-",
            "(",
            ":",
            "parts",
            "of",
            "London",
            "cases",
            "drawn",
            "from",
            "nine",
            "youth",
            "offending",
            "services",
            "twenty-one",
            "173",
            "1,250",
            "police",
            "stations",
            "CPS/police",
            "seventeen",
            "one",
            "hundred",
            "and",
            "Ash",
            "forces",
            "ſix",
            "INSPECTED",
        ];
        const GAPS: &[&str] = &[" ", " ", " ", "  ", "\n", ", ", ": ", " (", " - ", "-", ""];

        fn piece() -> impl Strategy<Value = String> {
            crate::extract::phrase::word_runs(WORDS, GAPS, 24)
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]
            #[test]
            fn finds_what_the_pattern_found(text in piece()) {
                prop_assert_eq!(other_counts(&text), oracle(&text), "{:?}", text);
            }
        }

        #[test]
        fn finds_each_shape() {
            let text = "Six units were visited. In three prisons - A, B and C - and 173 cases drawn from nine youth offending services: X. Two suites that the team visited.";
            let found: Vec<&str> = other_counts(text)
                .iter()
                .map(|c| &text[c.whole.clone()])
                .collect();
            assert_eq!(
                found,
                oracle(text)
                    .iter()
                    .map(|c| &text[c.whole.clone()])
                    .collect::<Vec<_>>()
            );
            assert_eq!(found.len(), 4, "{found:?}");
        }
    }

    fn units(text: &str) -> (Option<u32>, Vec<String>, Vec<String>) {
        let u = parse(text).units.expect("units");
        (
            u.count,
            u.names.into_iter().map(|t| t.text).collect(),
            u.also_visited.into_iter().map(|t| t.text).collect(),
        )
    }

    const LEAD: &str = "Inspection report\n\nA headline\n\n";

    #[test]
    fn names_ending_in_one_noun_with_commas_and_and_inside_them() {
        let text = format!(
            "{LEAD}We visited four of the force's 13 local policing divisions \u{2013} Alby and Lorne Division, Carrow,\nCumnor and Dene Division, Tay Vale Division and\nStrath Division \u{2013} and also spent two days at the hub.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            [
                "Alby and Lorne Division",
                "Carrow, Cumnor and Dene Division",
                "Tay Vale Division",
                "Strath Division"
            ]
        );
        // a court building is a unit
        let text = format!(
            "{LEAD}They visited three of the Area's five court buildings: Alby Court Centre; the Law Courts, Quayside, Brent; and Carrow Magistrates' Court.\n"
        );
        assert_eq!(units(&text).0, Some(3));
    }

    #[test]
    fn a_site_named_then_described_is_one_site_also_visited() {
        let text = "Custody in Carrow\n\nInspectors visited two custody suites, at Alby and Brent, in May 2013. Inspectors also visited Wrenbeck House, the force's 24-bed resettlement unit outside the town, where people live before release.\n";
        assert_eq!(units(text).2, ["Wrenbeck House"]);
        // sites each told with an article are a list, not one described
        let list = "Custody in Carrow\n\nInspectors visited two custody suites, at Alby and Brent, in May 2013. We also visited the Separation and Reintegration Unit, the health centre and the visits hall.\n";
        assert_eq!(
            units(list).2,
            [
                "the Separation and Reintegration Unit",
                "the health centre",
                "the visits hall"
            ]
        );
    }

    #[test]
    fn praise_that_also_went_somewhere_is_no_site_visited() {
        let text = "Custody in Carrow\n\nInspectors visited two custody suites, at Alby and Brent, in May 2013. Praise also went to the learning on offer at the suites. Inspectors also visited the force control room.\n";
        let (_, _, also) = units(text);
        assert_eq!(also, ["the force control room"]);
    }

    #[test]
    fn a_counted_group_of_the_units_is_not_also_visited() {
        let page = format!(
            "{LEAD}Tarnby Police has six custody suites. Inspectors also went to the three part-time suites at Marstock, Oxney Green and Hembury, which open when demand requires.\n"
        );
        let (_, names, also) = units(&page);
        assert_eq!(names, ["Marstock", "Oxney Green", "Hembury"]);
        assert!(also.is_empty(), "{also:?}");
    }

    #[test]
    fn units_counted_by_an_acronym_of_their_own() {
        let page = format!(
            "{LEAD}They visited four of the region\u{2019}s six LITs \u{2013} Tarn Central, Gorham Cross, Esk Ferry and Quernby \u{2013} and spent a day at the reporting centre at Tunstead House.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            ["Tarn Central", "Gorham Cross", "Esk Ferry", "Quernby"]
        );
        assert_eq!(also, ["the reporting centre at Tunstead House"]);
    }

    #[test]
    fn units_returned_to_named_between_dashes_and_a_site_gone_to_for_a_purpose() {
        let page = format!(
            "{LEAD}Inspectors returned to four of the force\u{2019}s six regional property stores - Carrickmore Road, Lagan Quay, Drumreagh and Foyleside - and went to the exhibits reception at Seapark to see how items are handed over.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            ["Carrickmore Road", "Lagan Quay", "Drumreagh", "Foyleside"]
        );
        assert_eq!(also, ["the exhibits reception at Seapark"]);
    }

    #[test]
    fn units_worked_from_with_three_words_before_their_noun() {
        let page = format!(
            "{LEAD}A team of six inspectors worked from the three locality social work hubs - Hallamby North, Dunsford and Priory Vale - and spent a day at the safeguarding hub at Carr House.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Hallamby North", "Dunsford", "Priory Vale"]);
        assert_eq!(also, ["the safeguarding hub at Carr House"]);
    }

    #[test]
    fn a_site_also_gone_to_described_with_an_indefinite_article() {
        let page = format!(
            "{LEAD}Inspectors visited three bases - Colbeck Road, Strand Quay and Mill Lane - and also went to Ashwell Lodge, a council children\u{2019}s home, to talk with two children.\n"
        );
        let (count, _, also) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(also, ["Ashwell Lodge"]);
    }

    #[test]
    fn staff_met_in_counted_teams_named_after_a_comma() {
        let page = format!(
            "{LEAD}During that time inspectors met staff in four of the partnership\u{2019}s locality teams, Kilmore, Ardcastle, Lochend and Strathmore, as well as the Balgown House protection hub, which screens every referral.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Kilmore", "Ardcastle", "Lochend", "Strathmore"]);
        assert_eq!(also, ["the Balgown House protection hub"]);
    }

    #[test]
    fn a_site_told_of_in_small_letters_then_a_named_one_also_visited() {
        let page = format!(
            "{LEAD}Report on an unannounced inspection of HMP Kelby.\nInspectors spent most of their time on the main site. They also visited the mother and baby unit and Ashby House, the prison\u{2019}s open annexe.\n"
        );
        let (_, _, also) = units(&page);
        assert_eq!(also, ["the mother and baby unit", "Ashby House"]);
        // a capitalised name after a possessive is a site, not a description
        assert_eq!(
            super::possessive_description_start("HMP A, the trust's Royal Hospital"),
            None
        );
        assert_eq!(
            super::possessive_description_start("Ashby House, the prison's open annexe"),
            Some(11)
        );
    }

    #[test]
    fn nations_a_programme_reaches_are_no_units() {
        let page = format!(
            "{LEAD}The inspectorate looks at the child protection work of each police force in England and Wales. We chose to run a programme of inspections covering all police forces in England and Wales.\n"
        );
        assert!(parse(&page).units.is_none());
    }

    #[test]
    fn places_described_as_the_units_in_apposition() {
        let page = format!(
            "{LEAD}HMICS carried out the inspection to judge how people are treated when held at Motherwell and Coatbridge, the primary police custody centres serving the region.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, None);
        assert_eq!(names, ["Motherwell", "Coatbridge"]);
        let counted = format!(
            "{LEAD}People are held at Motherwell, Coatbridge and Airdrie, the three custody centres the division runs.\n"
        );
        let (count, names, _) = units(&counted);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Motherwell", "Coatbridge", "Airdrie"]);
        // a description that is no unit's names none
        let people = format!(
            "{LEAD}The report was welcomed in Motherwell and Coatbridge, the towns' councillors said.\n"
        );
        assert!(parse(&people).units.is_none());
    }

    #[test]
    fn offices_where_interviews_were_held_were_visited() {
        let page = format!(
            "{LEAD}Case managers were interviewed at the YOT's offices in Ashcombe Leys, Brindlow and Cullenford Bridge. Inspectors also spent an afternoon at Ferry Lane Youth Centre, where the YOT runs its group programmes.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, None);
        assert_eq!(names, ["Ashcombe Leys", "Brindlow", "Cullenford Bridge"]);
        assert_eq!(also, ["Ferry Lane Youth Centre"]);
    }

    #[test]
    fn places_the_inspectors_went_to_after_an_opener_counted_again() {
        let page = format!(
            "{LEAD}Inspectors checked the hospital on 19 December 2011. On that visit they went to Y Bannau and Epynt Ward. Problems were common to the two wards visited.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Y Bannau", "Epynt Ward"]);
        let page = format!(
            "{LEAD}Inspectors went to Y Bannau and Epynt Ward. Problems were common to the two wards.\n"
        );
        assert_eq!(units(&page).0, Some(2));
    }

    #[test]
    fn places_the_inspectors_visited_named_without_a_count() {
        let page = format!(
            "{LEAD}The force has four custody suites.\nInspectors visited Wheelgate, Castle Mead and Ferrybank. Pound Lane was closed throughout. Inspectors also visited Aldgrove House, where the custody team is based.\n"
        );
        let (count, names, also) = units(&page);
        // places named with no number: the count is the page's, none
        assert_eq!(count, None);
        assert_eq!(names, ["Wheelgate", "Castle Mead", "Ferrybank"]);
        assert_eq!(also, ["Aldgrove House"]);
        // establishments named are one unit each
        let prisons = format!("{LEAD}Inspectors visited HMP Wheelgate and HMP Castle Mead.\n");
        let (count, names, _) = units(&prisons);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["HMP Wheelgate", "HMP Castle Mead"]);
        // a list with words that are no names is no list of places
        let cells = format!("{LEAD}Inspectors visited Wheelgate and the old cells.\n");
        assert!(parse(&cells).units.is_none());
        // nor are times of day, read by any rule
        let night = format!("{LEAD}Inspectors visited the suites at night and in the day.\n");
        assert!(parse(&night).units.is_none());
    }

    #[test]
    fn places_inspections_were_held_in_are_the_units() {
        let page = format!(
            "{LEAD}Reports have now been released on the joint area inspections held in Kelbury and Marston Vale in February this year. Both areas were given the middle outcome.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, None);
        assert_eq!(names, ["Kelbury", "Marston Vale"]);
        // months and nations are no places inspected
        let months =
            format!("{LEAD}The joint inspections held in January and February found weaknesses.\n");
        assert!(parse(&months).units.is_none());
        let nations =
            format!("{LEAD}The inspections carried out in England and Wales found weaknesses.\n");
        assert!(parse(&nations).units.is_none());
    }

    #[test]
    fn places_after_the_units_noun_counted_in_the_paragraph_before() {
        let page = format!(
            "{LEAD}A report says that in the three main police custody facilities that serve the north a culture of care is rooted.\n\nThe inspection of custody centres in Aberdeen, Fraserburgh and Elgin shows that people are detained only where needed.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Aberdeen", "Fraserburgh", "Elgin"]);
        // the units' span is the count's, as a stated count's is
        let span = parse(&page).units.expect("units").span;
        assert_eq!(
            &page[span.start..span.end],
            "three main police custody facilities"
        );
        // with no count of as many, the places may be the areas the units
        // lie in
        let areas = format!(
            "{LEAD}He published his report on an inspection of the court custody facilities in West Midlands and Warwickshire.\n"
        );
        assert!(parse(&areas).units.is_none());
        // a body's services named in capitals are no units' noun
        let body = format!(
            "{LEAD}In the three months before, CIW carried out an inspection of Children's Services in Powys County Council, and CIW is publishing its report today.\n"
        );
        assert!(parse(&body).units.is_none());
    }

    #[test]
    fn names_counted_by_the_bracket_after_them() {
        let page = format!(
            "{LEAD}The inspection team was based at Chandlers Court, Weavers Row and St Agatha's House (three of the YOS's four offices; the fourth is used only for appointments). Inspectors also visited Calderholme Central police station, where they sat in on a panel.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            ["Chandlers Court", "Weavers Row", "St Agatha's House"]
        );
        assert_eq!(also, ["Calderholme Central police station"]);
        // a bracket that counts other than the names before it counts none
        let other = format!(
            "{LEAD}The team met staff from Chandlers Court and Weavers Row (three of the YOS's four offices).\n"
        );
        assert!(parse(&other).units.is_none_or(|u| u.count.is_none()));
    }

    #[test]
    fn a_counted_list_in_groups_each_described() {
        let page = format!(
            "{LEAD}Inspectors went to five of the division's seven custody centres. These were the three primary centres at Corranmouth, Inverbrae and Balcraig, and the overflow centres at Dunvegie and Glenshira, which open only when the primary centres are full.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(5));
        assert_eq!(
            names,
            [
                "Corranmouth",
                "Inverbrae",
                "Balcraig",
                "Dunvegie",
                "Glenshira"
            ]
        );
        // the count agrees with the names as finally read: no warning
        assert!(
            parse(&page)
                .diagnostics
                .iter()
                .all(|d| d.code.as_str() != "units-count-mismatch")
        );
        // a name with "and" inside stays whole where the count agrees
        let whole = format!(
            "{LEAD}Inspectors went to two of the division's seven custody centres: the main centres at Corranmouth and Balcraig.\n"
        );
        let (count, names, _) = units(&whole);
        assert_eq!(count, Some(2));
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn each_of_the_units_counted_paragraphs_before() {
        let page = format!(
            "{LEAD}The follow-up looked at how far the charity's five community-based restorative justice (CBRJ) schemes had come since 2007.\n\nEvery file opened since then was examined.\n\nDuring the follow-up inspection, Inspectors went to the charity's central office and then to each of the schemes in turn.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(5));
        assert!(names.is_empty());
        assert_eq!(also, ["the charity's central office"]);
        // a count of another noun is not the one referred back to
        let other = format!(
            "{LEAD}The charity has five offices.\n\nInspectors went to each of the schemes in turn.\n"
        );
        assert!(parse(&other).units.is_none_or(|u| u.count != Some(5)));
    }

    #[test]
    fn sites_a_service_was_inspected_at() {
        let page = format!(
            "{LEAD}The regulator made an unannounced focused inspection of the maternity services the trust runs at William Harvey Hospital and the Queen Elizabeth the Queen Mother Hospital. It was prompted by concerns.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, None);
        assert_eq!(
            names,
            [
                "William Harvey Hospital",
                "Queen Elizabeth the Queen Mother Hospital"
            ]
        );
        // places not named as sites are no units of this kind
        let towns = format!(
            "{LEAD}The regulator made an inspection of the services the trust runs at Ashford and Margate.\n"
        );
        assert!(parse(&towns).units.is_none());
    }

    #[test]
    fn a_run_of_names_ends_at_a_word_in_small_letters() {
        assert_eq!(
            super::names_run_end("Aberdeen, Fraserburgh and Elgin shows that"),
            "Aberdeen, Fraserburgh and Elgin".len()
        );
        assert_eq!(
            super::names_run_end("Stratford upon Avon"),
            "Stratford upon Avon".len()
        );
        assert_eq!(super::names_run_end("and"), 3);
    }

    #[test]
    fn forces_taking_part_listed_after_the_verb() {
        let page = format!(
            "{LEAD}The files came from five police forces of different sizes.\nThe forces taking part were the Elmshire Constabulary, Dunmore Police, North Wealdshire Police, Carrow Police, and Tollbrook Constabulary.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(5));
        assert_eq!(
            names,
            [
                "Elmshire Constabulary",
                "Dunmore Police",
                "North Wealdshire Police",
                "Carrow Police",
                "Tollbrook Constabulary"
            ]
        );
    }

    #[test]
    fn places_named_before_a_passive_verb_of_inspecting() {
        let page = format!(
            "{LEAD}Members were told that Stanwell Comprehensive, St. Brides Primary and Victoria Primary Schools had each undergone inspection in the summer term.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, None);
        assert_eq!(
            names,
            [
                "Stanwell Comprehensive",
                "St. Brides Primary",
                "Victoria Primary"
            ]
        );
        let page = format!("{LEAD}HMP Ashdown and HMP Bellfield were inspected in May.\n");
        assert_eq!(units(&page).1, ["HMP Ashdown", "HMP Bellfield"]);
    }

    #[test]
    fn establishments_named_whole_and_counted_elsewhere() {
        let page = format!(
            "{LEAD}Inspectors found that three men\u{2019}s local prisons had kept the virus down.\n\nThe Chief Inspector said HMP Aldgate, HMP Brentmoor in south east London and HMP Calder were under stark pressure.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["HMP Aldgate", "HMP Brentmoor", "HMP Calder"]);
        // a count of others ("notices were issued to three prisons") is no
        // count of visits
        let page = page.replace(
            "Inspectors found that three men\u{2019}s local prisons had kept the virus down.",
            "Notices were issued to three prisons last year.",
        );
        assert_ne!(parse(&page).units.and_then(|u| u.count), Some(3));
    }

    #[test]
    fn custody_suites_examined_and_files_examined() {
        let page = format!(
            "{LEAD}Inspectors examined three custody suites which operate 24 hours a day: Blacon (Chester), Middlewich and Runcorn.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Blacon (Chester)", "Middlewich", "Runcorn"]);
        // examined with another noun counts no places
        let page = format!(
            "{LEAD}The inspectorate examined 11 areas in all, grading the service good in five.\n"
        );
        assert_eq!(parse(&page).units.and_then(|u| u.count), None);
    }

    #[test]
    fn places_visited_then_counted_as_the_places() {
        let page = format!(
            "{LEAD}Inspectors made a surprise visit in May to the force\u{2019}s cells in Ashby, Corton and Lindale.\n\nAnd the three custody suites were judged good overall.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Ashby", "Corton", "Lindale"]);
        // a count of other places is no count of these
        let page = page.replace("the three custody suites", "the four custody suites");
        assert_eq!(units(&page).0, None);
    }

    #[test]
    fn places_named_once_and_counted_later() {
        let page = format!(
            "{LEAD}The Chief Inspector has today published a re-inspection of Border Force operations at Port Kellow, Wrackmouth and Skelby, on the north-east coast of England.\n\nInspectors gathered evidence between 4 and 15 September 2023, visiting all three ports as well as the command centre at Holmbeck.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Port Kellow", "Wrackmouth", "Skelby"]);
        assert_eq!(also, ["the command centre at Holmbeck"]);
    }

    #[test]
    fn counted_units_named_one_by_one_with_their_noun() {
        let page = format!(
            "{LEAD}The Chief Inspector of Hospitals has rated Elmvale Health NHS Trust Inadequate after inspecting the trust\u{2019}s three main hospitals.\n\nThe Care Quality Commission reported in March on Sallow Green General Hospital.\n\nIt then inspected the Royal Danby Hospital and Thornwick Community Hospital too.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Sallow Green General Hospital",
                "Royal Danby Hospital",
                "Thornwick Community Hospital"
            ]
        );
        // a fourth hospital named in passing: the names no longer agree
        // with the count, and none is taken
        let page = page.replace("too.", "too, and St Aldric Hospital nearby.");
        assert!(units(&page).1.is_empty());
    }

    #[test]
    fn names_after_including_past_the_place_they_stand_in() {
        let page = format!(
            "{LEAD}Inspectors visited six police stations in the county, including Alder Street, Crayford Bridge, Ellisfield, Marrow Lane, Pellham and Upper Tolley. They interviewed more than 70 officers.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(6));
        assert_eq!(
            names,
            [
                "Alder Street",
                "Crayford Bridge",
                "Ellisfield",
                "Marrow Lane",
                "Pellham",
                "Upper Tolley"
            ]
        );
    }

    #[test]
    fn a_report_drawing_inspections_together_counts_them() {
        let page = format!(
            "{LEAD}The review draws together the findings of inspections of 97 courthouses with custody facilities between August 2012 and August 2014.\n"
        );
        assert_eq!(units(&page).0, Some(97));
        let page = format!(
            "{LEAD}The report follows inspections of all 14 CPS Areas and finds that service varies.\n"
        );
        assert_eq!(units(&page).0, Some(14));
        // an aside between the inspections and their count
        let page = format!(
            "{LEAD}It draws on the inspections, completed between February 2022 and August 2023, of 26 probation delivery units (PDUs).\n"
        );
        assert_eq!(units(&page).0, Some(26));
        // a programme's round of inspections is no report's units
        let page = format!(
            "{LEAD}This is the third and final tranche of the first round of inspections of all 45 fire and rescue services.\n"
        );
        assert!(parse(&page).units.is_none());
        // a report on one prison that mentions a paper on several is about
        // the one
        let page = "HMP Fenhall: safety is poor\n\nHM Inspectorate of Prisons today published its report on HMP Fenhall, a women's prison.\n\nPublished alongside it is a paper on the findings from inspections of five women's prisons.\n";
        assert_eq!(units(page).0, Some(1));
        // ports of two kinds counted together
        let page = format!(
            "{LEAD}Inspectors visited holding rooms at eight seaports and five airports in March 2020.\n"
        );
        assert_eq!(units(&page).0, Some(13));
    }

    #[test]
    fn a_count_of_fieldwork_areas_with_no_verb_of_visiting() {
        let page = format!(
            "{LEAD}The report drew on interviews with staff in five different probation areas. Inspectors also had 90 survey responses from staff working in these five fieldwork areas.\n"
        );
        assert_eq!(units(&page).0, Some(5));
        // the same count with no word of fieldwork is no count of units
        let page = page.replace("these five fieldwork areas", "these five areas");
        assert!(parse(&page).units.is_none());
    }

    #[test]
    fn a_date_after_in_is_no_place() {
        let page = format!(
            "{LEAD}When Estyn inspected Torfell\u{2019}s education services in October 2011, it judged that the authority needed Significant Improvement.\n"
        );
        assert!(parse(&page).units.is_none());
        // (the same shape with places in it is read: the rule drops dates,
        // not lists)
        let page = format!(
            "{LEAD}When Estyn inspected Torfell\u{2019}s custody suites in Abby, Bexby and Cleeve, it judged that they needed Significant Improvement.\n"
        );
        assert_eq!(units(&page).1, ["Abby", "Bexby", "Cleeve"]);
    }

    #[test]
    fn ancillary_sites_counted_and_named_in_brackets_after_the_dates() {
        let page = format!(
            "{LEAD}Inspectors visited all six of the cluster's court custody suites \u{2013} Bellby, Crowfield, Eskton, Fallow, Holmby and Lydford \u{2013} between 30 June and 10 July 2025, as well as two ancillary sites (the video remand hearing centre at Kiln Lane and the escort contractor's vehicle base at Tanners Yard). A seventh suite was not inspected.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(6));
        assert_eq!(names.len(), 6);
        assert_eq!(
            also,
            [
                "the video remand hearing centre at Kiln Lane",
                "the escort contractor's vehicle base at Tanners Yard"
            ]
        );
    }

    #[test]
    fn suites_a_force_runs_its_custody_from_and_standby_suites_after_a_colon() {
        let page = format!(
            "{LEAD}The force runs its custody services from four custody suites at Cardby, Swanmoor, Bridgeford and Merthyn Vale. At busy times staff were under strain.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Cardby", "Swanmoor", "Bridgeford", "Merthyn Vale"]);
        let page = format!(
            "{LEAD}It covered five custody suites operating 24 hours a day: Newbury, Abermoor, Llanfen, Brecby and Haverley, and two standby suites: Ammby and Cardmoor. The area is largely rural.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(5));
        assert_eq!(
            names,
            ["Newbury", "Abermoor", "Llanfen", "Brecby", "Haverley"]
        );
        assert_eq!(also, ["Ammby", "Cardmoor"]);
    }

    #[test]
    fn a_count_between_dashes_after_the_names_then_what_else_was_visited() {
        let page = format!(
            "{LEAD}During the fieldwork week, inspectors visited the service's offices in Sedgeby, Port Ellan and Hexby \u{2013} three of its four bases \u{2013} as well as the Harbour Road police station, where they sat in on a panel.\n"
        );
        let (count, names, also) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Sedgeby", "Port Ellan", "Hexby"]);
        assert_eq!(also, ["the Harbour Road police station"]);
    }

    #[test]
    fn names_after_the_body_the_counted_units_belong_to() {
        let page = format!(
            "{LEAD}Having inspected the two main sites of the trust, Addenfield Hospital and Rosie Hospital, the CQC judged its services inadequate.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Addenfield Hospital", "Rosie Hospital"]);
    }

    #[test]
    fn an_inspection_visit_to_a_count_of_units() {
        let text = format!(
            "{LEAD}In November 2011 HM Inspectorate of Prisons made its first inspection visit to two immigration short-term holding facilities in Northern Ireland.\n"
        );
        assert_eq!(units(&text).0, Some(2));
        // with no count, a report's name after "visit to" lists nothing
        let text = "Report on an unannounced inspection visit to police custody suites in Warwickshire\n\nHMICFRS and HMIP reported that the force had put several things right since the two inspectorates last visited.\n";
        assert_eq!(parse(text).units, None);
    }

    #[test]
    fn the_town_of_a_named_building_is_no_site() {
        let text = format!(
            "{LEAD}Inspectors visited three PDUs. We also visited the regional office at Cassell House, Tolbury, spoke to 27 people on probation, and read 412 survey responses.\n"
        );
        let (_, _, also) = units(&text);
        assert_eq!(also, ["the regional office at Cassell House, Tolbury"]);
    }

    #[test]
    fn both_counts_two_places_named_after_it() {
        let text = format!(
            "{LEAD}During the on-site week inspectors worked from both of the service's bases, Calder House and Tanner's Yard, and spent an afternoon at the Brackmere Family Hub.\n"
        );
        assert_eq!(
            units(&text),
            (
                Some(2),
                vec!["Calder House".to_owned(), "Tanner's Yard".to_owned()],
                vec!["the Brackmere Family Hub".to_owned()]
            )
        );
        let text =
            format!("{LEAD}Inspectors visited both offices, Calder House and Tanner's Yard.\n");
        assert_eq!(units(&text).0, Some(2));
        // "visited both" with no noun: the pair counted and named in the
        // sentence before
        let text = format!(
            "{LEAD}The unit handled some 640 cases. It works from two offices, at Marchwold and Tollbury. Inspectors visited both during the week commencing 11 January 2016, and also spent a day at the Area's headquarters in Denholme Street.\n"
        );
        assert_eq!(
            units(&text),
            (
                Some(2),
                vec!["Marchwold".to_owned(), "Tollbury".to_owned()],
                vec!["the Area's headquarters in Denholme Street".to_owned()]
            )
        );
        // a pair with its own noun is not the one before
        let text = format!(
            "{LEAD}The prison also runs two ancillary sites: Saltings Lodge, a 60-bed open resettlement unit four miles from the main gate, and Fenny Marsh Farm, a working farm on the prison's own land. Inspectors spent time at both ancillary sites as well as on the main site.\n"
        );
        assert_ne!(parse(&text).units.and_then(|u| u.count), Some(2));
        // "both" looking back at places named before is no count here
        let text = format!(
            "{LEAD}The force ran custody jointly with West Mercia Police in 2014, and the recommendations we made then covered both forces. Warwickshire has achieved 15 of them.\n"
        );
        assert_eq!(parse(&text).units, None);
    }

    #[test]
    fn a_list_of_topics_counts_no_units() {
        let text = format!(
            "{LEAD}HMICFRS published its report today. The assessment looked at two areas: attracting, developing and retaining the workforce; and using powers fairly. The force was adequate in both.\n"
        );
        assert_eq!(parse(&text).units, None);
        // places after the count are still its names
        let text = format!(
            "{LEAD}HMICFRS published its report today. Inspectors visited two areas: Northby and Southby. The force was adequate in both.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(
            (count, names),
            (Some(2), vec!["Northby".to_owned(), "Southby".to_owned()])
        );
    }

    #[test]
    fn sites_besides_before_a_count_each_with_its_preposition() {
        let text = format!(
            "{LEAD}They worked in the force control room at Kettleby Road, in the crime management bureau and in two of Wendmarch's four policing districts, Marlcaster and Oxholme Vale, and interviewed 70 officers.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Marlcaster", "Oxholme Vale"]);
        assert_eq!(
            also,
            [
                "the force control room at Kettleby Road",
                "the crime management bureau"
            ]
        );
    }

    #[test]
    fn places_held_at_named_before_an_aside_on_their_area() {
        let text = format!(
            "{LEAD}The inspection set out to judge how people held at the police custody centres at Kilmarnock and Saltcoats, in Ayrshire, are treated and the conditions they are kept in.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Kilmarnock", "Saltcoats"]);
    }

    #[test]
    fn an_establishment_named_by_place_and_kind_is_the_unit_by_its_prefixed_name() {
        let story = "Young offenders unit slammed\n\nHINDLEY Young Offenders Institute has come in for criticism from the chief inspector of prisons.\n\nHMYOI Hindley has two adjacent sites.\n";
        let record = parse(story);
        assert_eq!(
            record.subject.map(|s| s.text).as_deref(),
            Some("HINDLEY Young Offenders Institute")
        );
        let u = record.units.expect("units");
        assert_eq!(u.count, Some(1));
        assert_eq!(u.names[0].text, "HMYOI Hindley");
    }

    #[test]
    fn campuses_named_after_the_article_before_their_noun_then_counted() {
        let text = format!(
            "{LEAD}Inspectors visited the Riverside, Tarnside Road and Hexbridge Quay campuses \u{2013} three of the five sites from which the college teaches \u{2013} and met learners. The other two sites were not visited.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Riverside", "Tarnside Road", "Hexbridge Quay"]);
    }

    #[test]
    fn bulleted_units_wrapped_onto_indented_lines_with_sites_added_in_brackets() {
        let text = format!(
            "{LEAD}   Inspectors returned to the division in February. We\n   visited all four of the division's custody centres:\n\n       -   Kirkton Road, Lochmoy (and the ancillary cells at Ballinreach and\n           Strathy, which are managed from Kirkton Road and which we also\n           visited)\n       -   Bank Street, Port Ossian\n       -   Glenmoy\n       -   Mill Wynd, Carsebridge\n\n   A fifth centre, at Drumlie, closed in 2018.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            [
                "Kirkton Road, Lochmoy",
                "Bank Street, Port Ossian",
                "Glenmoy",
                "Mill Wynd, Carsebridge"
            ]
        );
        assert_eq!(also, ["Ballinreach", "Strathy"]);
        // three sites in the bracket, a clause after them
        let three = text.replace(
            "at Ballinreach and\n           Strathy,",
            "at Ballinreach, Tolm and\n           Strathy,",
        );
        assert_eq!(units(&three).2, ["Ballinreach", "Tolm", "Strathy"]);
    }

    #[test]
    fn halls_bulleted_under_a_heading_and_sites_besides_before_a_count() {
        let text = format!(
            "{LEAD}Inspectors were on site between 11 and 22 March.\n\nAreas inspected\n\n  *  Cairngorm Hall\n  *  Nevis Wing\n\nThe team also spent time in the health centre, the learning centre and the family visits hall, and 148 young people completed the survey.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Cairngorm Hall", "Nevis Wing"]);
        assert_eq!(
            also,
            [
                "the health centre",
                "the learning centre",
                "the family visits hall"
            ]
        );
        // themes under such a heading name no place
        let themes = format!(
            "{LEAD}Areas inspected\n\n  *  Safety\n  *  Respect\n\nInspectors found the prison safe.\n"
        );
        assert!(parse(&themes).units.is_none());
    }

    #[test]
    fn units_counted_where_visited_and_named_where_sampled() {
        let text = format!(
            "{LEAD}Inspectors assessed a sample of 90 cases: 30 from each of three CPS Areas\n(Northmarch, Severn and Teme, and Wyvern Coast). Nationally, 3,214 trials failed.\n\nThe inspection team spent time in all three Areas between late January and the end of March 2021.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Northmarch", "Severn and Teme", "Wyvern Coast"]);
    }

    #[test]
    fn a_site_besides_after_the_names_counted_with_its_street_and_town() {
        let text = format!(
            "{LEAD}They visited three of the Trust's five hostels, at Millbrae, Drumcorr\nand Tullyvale, and the central referrals office at Castle Street,\nLisburn, and examined the case files of 36 residents.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Millbrae", "Drumcorr", "Tullyvale"]);
        assert_eq!(
            also,
            ["the central referrals office at Castle Street, Lisburn"]
        );
    }

    #[test]
    fn time_spent_at_offices_and_premises_that_keep_their_noun() {
        let text = format!(
            "{LEAD}Inspectors spent that time at the Area's offices in Linnethorpe, Quenwick and Abberlow; files held at Marrowfield were brought there. The team also spent a morning at Heron Lodge approved premises, and met the Chief Officer.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Linnethorpe", "Quenwick", "Abberlow"]);
        assert_eq!(also, ["Heron Lodge approved premises"]);
    }

    #[test]
    fn halls_visited_and_what_else_inspectors_called_at() {
        let text = format!(
            "{LEAD}During the inspection we visited each of the prison's three residential halls:\n\n   * Arran Hall\n   * Bute Hall\n   * Iona Hall\n\nWe also visited the segregation unit, the health centre and the visits room, and spoke to 40 prisoners.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Arran Hall", "Bute Hall", "Iona Hall"]);
        assert_eq!(
            also,
            [
                "the segregation unit",
                "the health centre",
                "the visits room"
            ]
        );
        let text = format!(
            "{LEAD}Inspectors visited three custody suites (Ashby, Brent and Colby). Inspectors also called at the cells at Dunmore police station, which the force uses when the suites are full.\n"
        );
        assert_eq!(units(&text).2, ["the cells at Dunmore police station"]);
    }

    #[test]
    fn bulleted_names_counted_by_the_sentence_that_introduces_them() {
        let text = format!(
            "{LEAD}Today sees the publication of a report on the care that five secure children's units across Scotland provide.\n\nThere are five secure accommodation services inspected were:\n\n  \u{2022} St. Mary's Kenmure Secure Unit\n  \u{2022} Kibble Safe Centre\n  \u{2022} Edinburgh Secure Services\n  \u{2022} Rossie Secure Accommodation Services\n  \u{2022} Good Shepherd Centre, Bishopton.\n\nThe report's findings follow.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(names.len(), 5, "{names:?}");
        assert_eq!(count, Some(5));
    }

    #[test]
    fn work_carried_out_in_units_and_establishments_named_alone() {
        let text = format!(
            "{LEAD}The review was carried out in five CPS Areas, chosen to reflect a mix of urban and rural casework.\n"
        );
        assert_eq!(units(&text).0, Some(5));
        let text = format!(
            "{LEAD}The review was carried out in three CPS Areas, chosen to reflect a mix of casework:\n\n    - CPS Marchfield-Dee\n    - CPS Tamar, Exe and Moorland\n    - CPS Lindenshire\n\nInspectors read 90 files.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "CPS Marchfield-Dee",
                "CPS Tamar, Exe and Moorland",
                "CPS Lindenshire"
            ]
        );
        let text = format!(
            "{LEAD}Inspectors' first reviews of progress, carried out at Maghaberry Prison and Magilligan Prison, found that some progress had been made.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(names, ["Maghaberry Prison", "Magilligan Prison"]);
        assert_eq!(count, Some(2));
    }

    #[test]
    fn an_establishment_joined_to_the_one_inspected() {
        let page = "Gullhaven Secure College\n\nProgress at Gullhaven Secure College and Rowan House women's prison\n\nInspectors who went into Gullhaven Secure College and Rowan House saw a changed culture in both. Gullhaven Secure College now holds 90 young men, said Ann Hale, Chief Inspector of Criminal Justice in Northern Ireland.\n";
        let record = parse(page);
        let u = record.units.expect("units");
        let names: Vec<&str> = u.names.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(names, ["Gullhaven Secure College", "Rowan House"]);
        assert_eq!(u.count, Some(2));
        assert_eq!(
            record.subject.map(|s| s.text).as_deref(),
            Some("Gullhaven Secure College")
        );
        // a second name the page never calls a place people are held is
        // not joined ("and Rowan House" here is a charity)
        let page = page.replace("women's prison", "charity");
        let u = parse(&page).units.expect("units");
        assert_eq!(u.names.len(), 1, "{:?}", u.names);
    }

    #[test]
    fn holding_rooms_listed_under_a_visit_each_with_its_date() {
        let page = format!(
            "{LEAD}HM Inspectorate of Prisons made an unannounced visit to each of the three rooms:\n\n\u{2022} Fenport Airport, Terminal 1 \u{2013} 3 June 2025\n\u{2022} Fenport Airport, Terminal 2 \u{2013} 4 June 2025\n\u{2022} Fenport Airport, Terminal 4 \u{2013} 6 June 2025\n\nTerminal 3 has had no room since 2021.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Fenport Airport, Terminal 1",
                "Fenport Airport, Terminal 2",
                "Fenport Airport, Terminal 4"
            ]
        );
    }

    #[test]
    fn a_list_that_repeats_its_preposition() {
        let text = format!(
            "{LEAD}We visited the force's two control rooms, at Canal Wharf in Harlowmere and at Stanton Lees, and also visited the force's headquarters at Priory Fields.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Canal Wharf in Harlowmere", "Stanton Lees"]);
        assert_eq!(also, ["the force's headquarters at Priory Fields"]);
    }

    #[test]
    fn time_spent_at_a_site_after_the_list() {
        let text = format!(
            "{LEAD}Inspectors visited two of the Trust's seven offices, Hexley and Morrow Bridge, and spent an afternoon at Ferrybank approved premises.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Hexley", "Morrow Bridge"]);
        assert_eq!(also, ["Ferrybank approved premises"]);
        let text = format!(
            "{LEAD}Inspectors visited the division's three police stations: Ardmore, Bellhaven and Crail. They also spent a night shift in the North Area Control Room.\n"
        );
        let (_, _, also) = units(&text);
        assert_eq!(also, ["the North Area Control Room"]);
    }

    #[test]
    fn also_visited_several_described_sites_and_more_in_a_later_sentence() {
        let text = format!(
            "{LEAD}During the first visit inspectors went to all four halls, as well as the Segregation Unit, the health centre and the visits room. On the return visit they also went to the Open Unit at Balquharn Farm and the Community Integration Unit at Ferryden House, where men prepare for release.\n"
        );
        let (count, _, also) = units(&text);
        assert_eq!(count, Some(4));
        assert_eq!(
            also,
            [
                "the Segregation Unit",
                "the health centre",
                "the visits room",
                "the Open Unit at Balquharn Farm",
                "the Community Integration Unit at Ferryden House"
            ]
        );
        // a description of the last site is none of its own
        let text = format!(
            "{LEAD}Inspectors visited all four halls, as well as the Segregation Unit, the prison's oldest building.\n"
        );
        assert_eq!(units(&text).2, ["the Segregation Unit"]);
    }

    #[test]
    fn also_visited_a_named_place_after_the_list() {
        let text = format!(
            "{LEAD}Inspectors spent time in the force's two criminal justice units, at Ashby and Colby, as well as at CPS Fenmarsh's offices in Dunmore.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Ashby", "Colby"]);
        assert_eq!(also, ["CPS Fenmarsh's offices in Dunmore"]);
    }

    #[test]
    fn names_that_share_one_noun() {
        let text = format!(
            "{LEAD}Our focus was the Tegid (older people\u{2019}s care, mixed) and Dinas Wards, where staff were kind.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Tegid", "Dinas"]);
        let text = format!(
            "{LEAD}Care had improved in the Apple Tree and Juniper Wards at the hospital.\n"
        );
        assert_eq!(units(&text).1, ["Apple Tree", "Juniper"]);
        // news copy writes the shared noun in lower case ("the Aneurin,
        // Cynan, and Taliesin wards"); words in lower case are no names
        let text = format!(
            "{LEAD}Care had improved in the Aneurin, Cynan, and Taliesin wards at the hospital.\n"
        );
        assert_eq!(units(&text).1, ["Aneurin", "Cynan", "Taliesin"]);
        let text =
            format!("{LEAD}Care had improved in the male and female wards at the hospital.\n");
        assert!(parse(&text).units.is_none());
    }

    #[test]
    fn units_that_hosted_the_fieldwork() {
        let text = format!(
            "{LEAD}Four probation trusts hosted the fieldwork (Kent, Essex, Avon & Somerset and Leicestershire & Rutland), and inspectors spoke to staff.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            [
                "Kent",
                "Essex",
                "Avon & Somerset",
                "Leicestershire & Rutland"
            ]
        );
    }

    #[test]
    fn every_unit_of_a_kind_after_a_verb_of_inspecting() {
        let text = format!(
            "{LEAD}The minister asked the inspectorate to inspect how the powers are used in all 43 Home Office funded forces across England and Wales.\n"
        );
        assert_eq!(units(&text).0, Some(43));
        // the same words in a statistic are no visit
        let stat = format!("{LEAD}Arrests fell in all 43 forces last year, the figures show.\n");
        assert!(parse(&stat).units.is_none());
        // the verb must be in the same clause and at most 80 characters before
        let other_clause = format!(
            "{LEAD}The minister asked us to inspect the powers; arrests fell in all 43 forces last year.\n"
        );
        assert!(parse(&other_clause).units.is_none());
        let far = format!(
            "{LEAD}Inspectors visited the region, where a long and winding account of the history of its courts and of their many buildings is given, in all 43 forces.\n"
        );
        assert!(parse(&far).units.is_none());
        // "to inspect how the 43 police forces ... go about recording crime"
        let how = format!(
            "{LEAD}HMIC undertook, in its 2013/14 programme, to inspect how the 43 police forces in England and Wales go about recording crime data.\n"
        );
        assert_eq!(units(&how).0, Some(43));
        let stat = format!("{LEAD}The figures show how the 43 forces differ in their recording.\n");
        assert!(parse(&stat).units.is_none());
    }

    #[test]
    fn one_establishment_inspected_is_the_one_unit() {
        let record = parse(
            "HMP ASHCOMBE - BETTER BUT NOT YET SAFE\n\nHMP Ashcombe, a category C prison, had improved since its last inspection, inspectors found when they looked at its work with men serving long sentences.\n",
        );
        let u = record.units.expect("units");
        assert_eq!(u.count, Some(1));
        assert_eq!(u.names[0].text, "HMP Ashcombe");
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.code == crate::Code::UnitsFromSubject)
        );
        // a body that is not an establishment gives no unit
        let record = parse(&format!(
            "{LEAD}CPS Mercia Vale had improved its casework since the last inspection, inspectors found.\n"
        ));
        assert!(record.units.is_none());
        // a Home Office reporting centre (lexicon ESTABLISHMENT_SUFFIXES,
        // BODY_NOUNS)
        let record = parse(
            "Chief Inspector publishes unannounced inspection report on Marlow Reporting Centre\n\nThe Chief Inspector today published his report on an unannounced inspection of the Marlow reporting centre.\n",
        );
        assert_eq!(
            record.subject.map(|s| s.text).as_deref(),
            Some("Marlow Reporting Centre")
        );
        assert_eq!(record.units.and_then(|u| u.count), Some(1));
    }

    #[test]
    fn an_establishment_whose_kind_is_written_in_lower_case_is_the_one_unit() {
        let record = parse(
            "Children still unsafe in Fenbridge secure training centre\n\nChildren in Fenbridge secure training centre are still not safe, according to an inspection report published today.\n\nIn March, inspectors went into Fenbridge secure training centre and found 29 children held there.\n",
        );
        assert_eq!(
            record.subject.as_ref().map(|s| s.text.as_str()),
            Some("Fenbridge secure training centre")
        );
        let u = record.units.expect("units");
        assert_eq!(u.count, Some(1));
        assert_eq!(u.names[0].text, "Fenbridge secure training centre");
        // written later with its prefix, the unit is named so
        let record = parse(
            "Polbeth report highlights concerns\n\nScotland's chief inspector of prisons wants 70 improvements made in how the Polbeth young offenders institution is run.\n\nThe inspector said that HMYOI Polbeth has many strengths.\n",
        );
        assert_eq!(
            record.subject.as_ref().map(|s| s.text.as_str()),
            Some("Polbeth young offenders institution")
        );
        assert_eq!(record.units.expect("units").names[0].text, "HMYOI Polbeth");
    }

    #[test]
    fn a_programme_covering_all_the_units() {
        let (n, names, _) = units(&format!(
            "{LEAD}Between 2021 and 2022 the inspectorate ran a programme of inspections covering all 14 CPS Areas in England and Wales."
        ));
        assert_eq!((n, names.len()), (Some(14), 0));
        // "every one of the 43": no count of one, and the nations after
        // them are no list of units
        let record = parse(&format!(
            "{LEAD}HMIC has issued the reports of its yearly assessment, covering every one of the 43 police forces in England and Wales."
        ));
        assert!(record.units.is_none());
    }

    #[test]
    fn names_in_prose_with_no_count() {
        let (n, names, also) = units(&format!(
            "{LEAD}The visit took in the custody suites at Fulham and Hammersmith as well as the overflow custody suite at Shepherds Bush. More words follow to make a paragraph long enough."
        ));
        assert_eq!(n, None);
        assert_eq!(names, ["Fulham", "Hammersmith"]);
        assert_eq!(also, ["the overflow custody suite at Shepherds Bush"]);
        let (n, names, _) = units(&format!(
            "{LEAD}The inspection assessed conditions for people held in police custody centres at Arbroath, Dundee and Perth."
        ));
        assert_eq!(
            (n, names),
            (
                None,
                vec!["Arbroath".to_owned(), "Dundee".into(), "Perth".into()]
            )
        );
        let (n, names, _) = units(&format!(
            "{LEAD}The programme covered five custody suites serving Lincoln, Skegness, Boston, Grantham and Spalding."
        ));
        assert_eq!(n, Some(5));
        assert_eq!(names.len(), 5);
    }

    #[test]
    fn units_named_after_their_owners_acronym_and_kind() {
        let (n, names, also) = units(&format!(
            "{LEAD}Inspectors visited the PSNI Public Protection Units at Drumcarrig, Ballyfinnan and Killeenmore, and spent a day with the PBNI Public Protection Team at Lisnacloon House."
        ));
        assert_eq!(n, None);
        assert_eq!(names, ["Drumcarrig", "Ballyfinnan", "Killeenmore"]);
        assert_eq!(
            also,
            ["the PBNI Public Protection Team at Lisnacloon House"]
        );
    }

    #[test]
    fn semicolon_list_with_and_in_names() {
        let (n, names, also) = units(&format!(
            "{LEAD}Inspectors visited four units and the headquarters between 1 and 5 May. The units visited were: Ealing; Enfield and Haringey; Hackney; and Westminster. More words follow to make a paragraph long enough for the body to be found by the splitter."
        ));
        assert_eq!(n, Some(4));
        assert_eq!(
            names,
            ["Ealing", "Enfield and Haringey", "Hackney", "Westminster"]
        );
        assert_eq!(also, ["the headquarters"]);
    }

    #[test]
    fn shared_suffix_and_brackets() {
        let (n, names, _) = units(&format!(
            "{LEAD}Inspectors visited three police stations (Northgate, Eastfield and Castlebridge police stations) over a fortnight in the spring, and spoke to staff, detainees and partners about what they had found there."
        ));
        assert_eq!(n, Some(3));
        assert_eq!(
            names,
            [
                "Northgate police station",
                "Eastfield police station",
                "Castlebridge police station"
            ]
        );
    }

    #[test]
    fn names_in_the_next_sentence() {
        let (n, names, also) = units(&format!(
            "{LEAD}During the revisit we visited five of the force's eight command units, as well as the force control room at Hatherley Park. The command units we visited were Ashby Cross, Felsham, Kingswear Road, Lowerdale and Tarrant Mills."
        ));
        assert_eq!(n, Some(5));
        assert_eq!(
            names,
            [
                "Ashby Cross",
                "Felsham",
                "Kingswear Road",
                "Lowerdale",
                "Tarrant Mills"
            ]
        );
        assert_eq!(also, ["the force control room at Hatherley Park"]);
    }

    #[test]
    fn two_kinds_of_unit_counted_together() {
        let (count, names, _) = units(&format!(
            "{LEAD}In March 2020, inspectors visited six magistrates' courts as well as three crown courts, with just under 100 cells between them."
        ));
        assert_eq!((count, names.len()), (Some(9), 0));
        // the second kind may be a single one
        let (count, _, _) = units(&format!(
            "{LEAD}Inspectors visited the 11 children's homes and one secure children's home on the island in April 2023."
        ));
        assert_eq!(count, Some(12));
        for one in ["a", "1"] {
            let (count, _, _) = units(&format!(
                "{LEAD}Inspectors visited six magistrates' courts and {one} custody suite in March 2020."
            ));
            assert_eq!(count, Some(7), "{one}");
        }
        let (count, _, _) = units(&format!(
            "{LEAD}Inspectors visited six magistrates' courts and an immigration removal centre in March 2020."
        ));
        assert_eq!(count, Some(7));
    }

    #[test]
    fn estate_is_not_visited() {
        let (n, _, _) = units(&format!(
            "{LEAD}The force has 23 custody suites across the county. Inspectors visited five custody suites during the inspection and examined the records held at each of them in some detail."
        ));
        assert_eq!(n, Some(5));
    }

    #[test]
    fn bulleted_sites_lose_their_asides() {
        let text = format!(
            "{LEAD}Over those two weeks they went to four sites, among them two custody centres:\n\n  •  Kirkfallow Custody Centre (24 cells)\n  •  Ardbeith Police Station - the divisional headquarters\n  •  Strathcairn Custody Centre, opened in 2021\n  •  Hornbeam Ward (Women's Service)\n"
        );
        assert_eq!(
            units(&text).1,
            [
                "Kirkfallow Custody Centre",
                "Ardbeith Police Station",
                "Strathcairn Custody Centre",
                "Hornbeam Ward (Women's Service)"
            ]
        );
    }

    #[test]
    fn bullet_list() {
        let (n, names, _) = units(&format!(
            "{LEAD}The inspection team visited three sites over two weeks and interviewed a large number of staff and managers at every level of the organisation. The sites visited were:\n\u{2022} Hull (East Riding)\n\u{2022} York, North\n\u{2022} Selby\n\nNext paragraph."
        ));
        assert_eq!(n, Some(3));
        assert_eq!(names, ["Hull (East Riding)", "York, North", "Selby"]);
    }

    #[test]
    fn offices_the_work_was_based_at_and_what_else_was_visited() {
        let text = format!(
            "{LEAD}The fieldwork was based at the Area's offices in Saltmere, Brindlecombe, Yarnford and Oxenhithe; inspectors also visited the Area's headquarters in Kettlebury and spoke to magistrates.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Saltmere", "Brindlecombe", "Yarnford", "Oxenhithe"]);
        assert_eq!(also, ["the Area's headquarters in Kettlebury"]);
    }

    #[test]
    fn an_aside_after_the_site_also_visited_is_not_a_site() {
        let text = format!(
            "{LEAD}Report on an unannounced inspection of HMP Larkmoor\n\nThe prison holds 900 men. Inspectors also visited the separate unit at Fenlow House, two miles from the main site, which holds 40 men.\n"
        );
        let (_, _, also) = units(&text);
        assert_eq!(also, ["the separate unit at Fenlow House"]);
    }

    #[test]
    fn suites_covered_then_listed_and_others_also_visited_by_inspectors() {
        let text = format!(
            "{LEAD}All the custody suites were covered: Northgate, Eastfield and Southport. Two smaller suites were also visited by inspectors: Westcliff and Hale.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Northgate", "Eastfield", "Southport"]);
        assert_eq!(also, ["Westcliff", "Hale"]);
    }

    #[test]
    fn units_named_with_their_acronym_in_parts_of_a_region() {
        let text = format!(
            "{LEAD}HM Inspectorate of Probation today published its reports on probation services in two parts of the North, which have been rated.\n\nThe first rating went to Ashby and Carr PDU. Dunholm, Esk and Farrow PDU was rated lower. At Ashby and Carr PDU staff were steady.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Ashby and Carr PDU", "Dunholm, Esk and Farrow PDU"]);
    }

    #[test]
    fn an_establishment_named_by_acronym_is_spelt_out_where_defined() {
        let text = "Inspectors find failures at Brookfield STC\n\nOfsted and HMI Prisons inspected Brookfield STC last month. The culture at Brookfield Secure Training Centre (STC) had changed.\n";
        let (count, names, _) = units(text);
        assert_eq!(count, Some(1));
        assert_eq!(names, ["Brookfield Secure Training Centre"]);
    }

    #[test]
    fn names_before_their_noun_and_a_site_after_the_place() {
        let text = format!(
            "{LEAD}The fieldwork took place in May 2014, when inspectors spent time in Carrow, Stanmoor and Felbridge policing districts and also visited the force control room at Ashgrove Park.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Carrow", "Stanmoor", "Felbridge"]);
        assert_eq!(also, ["the force control room at Ashgrove Park"]);
        let text = format!(
            "{LEAD}Inspectors visited seven of the 21 court custody suites across Northern Ireland and the escort operations centre.\n"
        );
        assert_eq!(units(&text).2, ["the escort operations centre"]);
        // a place joined by "and" is one place, not a site also visited
        let text = format!(
            "{LEAD}For the thematic, inspectors visited all 43 forces across England and Wales.\n"
        );
        assert!(units(&text).2.is_empty());
    }

    #[test]
    fn places_the_team_was_based_in_as_bullets() {
        let text = format!(
            "{LEAD}Inspectors examined 112 cases across the Trust.\n\nDuring the inspection the team was based in:\n\n   o  Ashwell House, Gorsham\n   o  Tarnley (Mill Lane)\n\nand also spent a day at the Trust's headquarters in Hadleigh.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, None);
        assert_eq!(names, ["Ashwell House, Gorsham", "Tarnley (Mill Lane)"]);
        assert_eq!(also, ["the Trust's headquarters in Hadleigh"]);
    }

    #[test]
    fn houseblocks_named_after_all_of_them_and_sites_with_articles() {
        let (count, names, also) = units(&format!(
            "{LEAD}HM Inspectorate of Prisons looked at the prison's four houseblocks. Inspectors visited all of them – Ash, Birch, Cedar and Rowan – and found them clean. Inspectors also went to the mother and baby unit and the care and separation unit.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Ash", "Birch", "Cedar", "Rowan"]);
        assert_eq!(
            also,
            ["the mother and baby unit", "the care and separation unit"]
        );
    }

    #[test]
    fn a_phrase_before_the_colon_and_a_bulleted_list_closing_with_and() {
        let (count, names, _) = units(&format!(
            "{LEAD}We visited three police forces and the CPS Areas that serve them: Fenmoor Police; Tamsford Constabulary;\nand Westcarrow Police. Inspectors examined files.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Fenmoor Police",
                "Tamsford Constabulary",
                "Westcarrow Police"
            ]
        );
        let (count, names, also) = units(&format!(
            "{LEAD}HM Inspectorate of Constabulary in Scotland inspected the division. During it we visited each of the division's three command areas:\n\n  •  Kilmory and Loanend;\n  •  Dunbar Vale; and\n  •  Portree and the Isles.\n\nWe also spent time in the control room at Auchterbrae.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Kilmory and Loanend",
                "Dunbar Vale",
                "Portree and the Isles"
            ]
        );
        assert_eq!(also, ["the control room at Auchterbrae"]);
    }

    #[test]
    fn names_before_their_count() {
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors visited CPS offices at Harwold Central, Brackley Moor,\nOusebridge and Fennick Vale, four of the Area's six units, and also\nspent a day with the Witness Care Unit at Kelby.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            [
                "Harwold Central",
                "Brackley Moor",
                "Ousebridge",
                "Fennick Vale"
            ]
        );
        assert_eq!(also, ["the Witness Care Unit at Kelby"]);
        // the count opening an aside between dashes, the site after it
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors were based at Ketby, Lowfen and Whin Bridge \u{2013} three of the seven probation offices in the county, two of which are shared \u{2013} and spent a day at Dane House approved premises.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Ketby", "Lowfen", "Whin Bridge"]);
        assert_eq!(also, ["Dane House approved premises"]);
    }

    #[test]
    fn names_before_their_count_of_a_noun_with_several_words_before_it() {
        let (count, names, also) = units(&format!(
            "{LEAD}They spent time at Askby Road, Holm Bridge and Tarnholt \u{2013} three of the force\u{2019}s five domestic abuse investigation hubs \u{2013} and also visited the CPS office in Hendley.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Askby Road", "Holm Bridge", "Tarnholt"]);
        assert_eq!(also, ["the CPS office in Hendley"]);
    }

    #[test]
    fn a_site_along_with_the_counted_units_is_also_visited() {
        let (count, _, also) = units(&format!(
            "{LEAD}The inspectors visited 9 of the service's 21 fire stations, along with the joint fire control room at Pennock Hill which the service shares.\n"
        ));
        assert_eq!(count, Some(9));
        assert_eq!(also, ["the joint fire control room at Pennock Hill"]);
    }

    #[test]
    fn a_place_whose_title_names_units_of_several_kinds_is_no_one_establishment() {
        let record = parse(
            "Report on an announced inspection of the prison and police custody suites in\n\nFenmarsh\n\nby HM Chief Inspector of Prisons\n\n12-15 May 2014\n\nReport A. Inspection of Fenmarsh Prison\n\nHM Inspectorate of Prisons inspected Fenmarsh on the island in May 2014, and found the prison safe and respectful. The prison holds men and women, and most of them spend their days in work or education.\n",
        );
        assert_eq!(record.subject.map(|s| s.text).as_deref(), Some("Fenmarsh"));
        assert!(record.units.is_none());
    }

    #[test]
    fn the_body_inspected_visited_by_name_is_the_unit() {
        let (count, names, _) = units(
            "Inspection of Fenmarsh Asylum Screening Unit\n\nA report on Fenmarsh Asylum Screening Unit was published today.\n\nInspectors went to the Fenmarsh Asylum Screening Unit (ASU) on 10 August 2009, the first visit of the year.\n",
        );
        assert_eq!(
            (count, names),
            (Some(1), vec!["Fenmarsh Asylum Screening Unit".to_owned()])
        );
    }

    #[test]
    fn establishments_listed_before_the_days_of_the_visits() {
        // the first is no establishment inspected alone, and the list ends
        // before the days or a clause on the visits
        for tail in [" on 12 and 13 May.", ", spending a day at each."] {
            let (count, names, _) = units(&format!(
                "{LEAD}Inspectors visited HMP Scarsby, HMP & YOI Dunmere and HMP Carrow Vale{tail}\n"
            ));
            assert_eq!(count, Some(3));
            assert_eq!(
                names,
                ["HMP Scarsby", "HMP & YOI Dunmere", "HMP Carrow Vale"]
            );
        }
    }

    #[test]
    fn a_programme_s_running_total_is_no_visit() {
        let record = parse(&format!(
            "{LEAD}Inspectors examined 52 cases.\n\nNotes to editors\n\n1. We rate PDUs as Good or Inadequate. Since June 2021 we have inspected 41 PDUs, and 16 of them have been rated Inadequate.\n"
        ));
        assert!(record.units.is_none());
        // the running total told after its count
        let (count, names, _) = units(&format!(
            "{LEAD}Our short scrutiny visits looked at three local prisons. Inspectors visited HMP Scarsby, HMP Dunmere and HMP Carrow Vale on 12 and 13 May. We have now carried out short scrutiny visits to 19 establishments since the first on 21 April.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["HMP Scarsby", "HMP Dunmere", "HMP Carrow Vale"]);
    }

    #[test]
    fn names_sharing_a_noun_with_asides_in_brackets_long_and_short() {
        let short = "Tegid (older people's care)";
        let (_, names, _) = units(&format!(
            "{LEAD}Inspectors visited the {short} and Dinas Wards during the inspection.\n"
        ));
        assert_eq!(names, ["Tegid", "Dinas"]);
        // an aside longer than 160 characters is no part of a name
        let long = format!("Tegid ({})", "older people's care ".repeat(9));
        let record = parse(&format!(
            "{LEAD}Inspectors visited the {long} and Dinas Wards during the inspection.\n"
        ));
        assert!(record.units.is_none_or(|u| u.names.is_empty()));
    }

    #[test]
    fn names_each_with_the_place_it_is_in() {
        let (count, names, _) = units(&format!(
            "{LEAD}The report drew on visits to three Young Offender Institutions (YOIs) \u{2013} Ashby in West Yorkshire, Carrow in Staffordshire, and Penhale in Bridgend, Wales. Inspectors judged the first two worse.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Ashby", "Carrow", "Penhale"]);
    }

    #[test]
    fn places_after_including_and_two_sites_also_visited() {
        let (count, names, also) = units(&format!(
            "{LEAD}HMICFRS inspected the service. Our inspectors went out to fire stations across the county, including Ashby Road, Brill Quay, Holt Cross and Tarn, as well as the service headquarters at Lanyon House and the joint fire control room at Penhale, which it shares.\n"
        ));
        assert_eq!(count, None);
        assert_eq!(names, ["Ashby Road", "Brill Quay", "Holt Cross", "Tarn"]);
        assert_eq!(
            also,
            [
                "the service headquarters at Lanyon House",
                "the joint fire control room at Penhale"
            ]
        );
    }

    #[test]
    fn sites_named_whole_or_before_their_count_or_under_the_following() {
        let text = format!(
            "{LEAD}Inspectors returned in September, visiting Castlewick Trial Unit, Orme Bridge Trial Unit and Selbury Criminal Justice Unit. They also visited the Area headquarters in Castlewick, where they met managers.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, None);
        assert_eq!(
            names,
            [
                "Castlewick Trial Unit",
                "Orme Bridge Trial Unit",
                "Selbury Criminal Justice Unit"
            ]
        );
        assert_eq!(also, ["the Area headquarters in Castlewick"]);
        let text = format!(
            "{LEAD}Inspectors carried out fieldwork in Orrindale, Pennerby, Caddisfield and Thornwick\nVale, four of the criminal justice areas in England, between October and November.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            ["Orrindale", "Pennerby", "Caddisfield", "Thornwick Vale"]
        );
        // the visit's dates between its verb and its places, and a site
        // visited besides after the count
        let text = format!(
            "{LEAD}Fieldwork took place from 11 to 22 September 2023 in Brackwell, Corvey\nSands, Low Orme and Tennant's Cross, four of the nine neighbourhood policing areas in Hollinsmoor, and at the county's multi-agency safe-\nguarding hub (MASH) in Kestrel Street, Ashworth.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            ["Brackwell", "Corvey Sands", "Low Orme", "Tennant's Cross"]
        );
        assert_eq!(
            also,
            ["the county's multi-agency safeguarding hub (MASH) in Kestrel Street, Ashworth"]
        );
        let text = format!(
            "{LEAD}HMICFRS inspected the fire and rescue service this summer and found it good at keeping people safe.\n\nDuring that time they visited the following fire stations:\n\n   -  Cressmoor Central\n   -  Holme Rigg\n\nInspectors also spent time at the service headquarters at Brantwood House and in the joint control room at Oxley Cross.\n"
        );
        let (_, names, also) = units(&text);
        assert_eq!(names, ["Cressmoor Central", "Holme Rigg"]);
        assert_eq!(
            also,
            [
                "the service headquarters at Brantwood House",
                "the joint control room at Oxley Cross"
            ]
        );
    }

    #[test]
    fn names_counted_after_their_noun_or_after_a_comma() {
        let text = format!(
            "{LEAD}HMIC inspected the force this autumn and found it better at protecting vulnerable people.\n\nInspectors visited Brantwick, Eastmere and Wyndham Vale divisions,\nthree of the force's four territorial divisions, together with the\nPublic Protection Unit at Lindow Park and the force control room.\n"
        );
        let (count, names, also) = units(&text);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Brantwick", "Eastmere", "Wyndham Vale"]);
        assert_eq!(
            also,
            [
                "the Public Protection Unit at Lindow Park",
                "the force control room"
            ]
        );
        let text = format!(
            "{LEAD}The team visited the prison's four residential halls, Ailsa, Bennachie, Clova and Dunmore, and spoke to staff, HMIPS said.\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Ailsa", "Bennachie", "Clova", "Dunmore"]);
    }

    #[test]
    fn a_count_several_words_after_the_verb() {
        let text = format!(
            "{LEAD}Criminal Justice Inspection Northern Ireland carried out the review during May and June, visiting the Agency's headquarters in Ballyreagh and three of its five area teams (Carrickmoyle, Drumavady and Kilbrannan).\n"
        );
        let (count, names, _) = units(&text);
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Carrickmoyle", "Drumavady", "Kilbrannan"]);
    }

    #[test]
    fn a_site_visited_before_the_count_and_its_names_after() {
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors visited the Service's monitoring centre at Lisnavalley and two of its four field offices, in Drumcarne and Ballinreagh, and spoke to staff.\n"
        ));
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Drumcarne", "Ballinreagh"]);
        assert_eq!(also, ["the Service's monitoring centre at Lisnavalley"]);
    }

    #[test]
    fn a_second_list_makes_up_the_count_and_others_were_looked_at_too() {
        let (count, names, also) = units(&format!(
            "{LEAD}It covered six designated custody suites: Trinity Road, Broadbury Road and Staple Hill in Bristol, as well as suites in Bath, Yeovil and Taunton. Three non-designated suites were looked at too: The Mall, Frome and Wells, although most of those cells were out of use.\n"
        ));
        assert_eq!(count, Some(6));
        assert_eq!(
            names,
            [
                "Trinity Road",
                "Broadbury Road",
                "Staple Hill",
                "Bath",
                "Yeovil",
                "Taunton"
            ]
        );
        assert_eq!(also, ["The Mall", "Frome", "Wells"]);
    }

    #[test]
    fn a_name_with_and_inside_after_an_article() {
        let (_, _, also) = units(&format!(
            "{LEAD}Inspectors visited two of the Area's three units, at Marston Wyke and Kelstowe, and also spent a day with the Area's Rape and Serious Sexual Offences Unit at Tolworth Cross.\n"
        ));
        assert_eq!(
            also,
            ["the Area's Rape and Serious Sexual Offences Unit at Tolworth Cross"]
        );
    }

    #[test]
    fn a_short_name_of_one_establishment_named_in_full_elsewhere() {
        let (count, names, _) = units(
            "Hollesmere House: safer and calmer, says Chief Inspector\n\nHollesmere House, which holds women awaiting removal, had become safer since it was last inspected by HM Inspectorate of Prisons, inspectors found.\n\nPress Release: Hollesmere House IRC, March 2014\n",
        );
        assert_eq!(
            (count, names),
            (Some(1), vec!["Hollesmere House".to_owned()])
        );
    }

    #[test]
    fn words_of_description_are_no_list_of_places() {
        let record = crate::parse(&format!(
            "{LEAD}HM Inspectorate of Probation found that users could have their needs met by the services on offer, which were sufficient in volume, range and quality.\n"
        ));
        assert!(record.units.is_none());
    }

    #[test]
    fn names_with_commas_in_brackets_and_sites_together_with_them() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors visited three wards: Hornbeam Ward (low secure, women), Teasel Ward (intensive care, men) and Clary Ward.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Hornbeam Ward (low secure, women)",
                "Teasel Ward (intensive care, men)",
                "Clary Ward"
            ]
        );
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors visited two of the force's three basic command units (BCUs), Kelsford and Cawthorne, together with the missing persons unit at Quenby Park.\n"
        ));
        assert_eq!(
            (count, names),
            (Some(2), vec!["Kelsford".to_owned(), "Cawthorne".to_owned()])
        );
        assert_eq!(also, ["the missing persons unit at Quenby Park"]);
    }

    #[test]
    fn sites_named_between_dashes_and_ancillary_sites_in_brackets() {
        let (_, _, also) = units(&format!(
            "{LEAD}Inspectors visited three areas: Tolverton, Cardenham and Skelderby. In each area they also spent time in the local resettlement prison - HMP Dunstall Moor, HMP Anstable and HMP & YOI Quillingham - and met officers.\n"
        ));
        assert_eq!(
            also,
            ["HMP Dunstall Moor", "HMP Anstable", "HMP & YOI Quillingham"]
        );
        let (count, names, also) = units(
            "Report on an unannounced inspection of HMP Lydmoor\n\nA safer prison, says Chief Inspector\n\nHMP Lydmoor (Saltings Lodge and Fenny Marsh Farm) has become a safer place since HM Inspectorate of Prisons last inspected it.\n",
        );
        assert_eq!((count, names), (Some(1), vec!["HMP Lydmoor".to_owned()]));
        assert_eq!(also, ["Saltings Lodge", "Fenny Marsh Farm"]);
    }

    #[test]
    fn where_sampled_files_came_from_is_no_list_of_units() {
        let record = crate::parse(&format!(
            "{LEAD}Inspectors looked at 160 magistrates’ courts domestic abuse files, all finalised between June and November 2018, which were selected from four CPS areas and the police forces that serve them.\n"
        ));
        assert!(record.units.is_none(), "{:?}", record.units);
        assert_eq!(record.files.and_then(|f| f.examined), Some(160));
    }

    #[test]
    fn reserve_suites_after_the_suites_named_are_visited_besides() {
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors went to the custody suites at Aldbury, Besthorpe and Newtown Central, as well as reserve suites at Farleigh, Lynwood and Waterdown. Strategy and health care were the areas they examined.\n"
        ));
        assert_eq!(count, None);
        assert_eq!(names, ["Aldbury", "Besthorpe", "Newtown Central"]);
        assert_eq!(also, ["Farleigh", "Lynwood", "Waterdown"]);
    }

    #[test]
    fn units_named_in_a_table_column_under_the_noun_counted() {
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors visited three basic command units (BCUs) in two forces. The BCUs are listed below.\n\n  Force                BCU visited            Population\n  Wenmoor Police       Harbourside                212,000\n                       Lantern Hill and Quay      164,000\n  Eskdale Police       Northgate                  138,500\n\nInspectors also spent a Saturday night in the joint CCTV and control room at Ferry Road, which serves both forces.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Harbourside", "Lantern Hill and Quay", "Northgate"]);
        assert_eq!(also, ["the joint CCTV and control room at Ferry Road"]);
        // a column with more names than were counted is another table
        let (_, names, _) = units(&format!(
            "{LEAD}Inspectors visited two basic command units (BCUs). The BCUs are listed below.\n\n  Force                BCU visited\n  Wenmoor Police       Harbourside\n                       Lantern Hill and Quay\n  Eskdale Police       Northgate\n\n"
        ));
        assert!(names.is_empty(), "{names:?}");
        // a table copied from a web page, its cells split by tabs
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors visited three prisons in June 2021. The prisons were chosen to reflect the estate:\n\nPrison\tCategory and function\tDates of visit\nHMP Hawksworth Down\tCategory B local prison for men\t7\u{2013}9 June\nHMP & YOI Stanbrook\tCategory C training prison\t15\u{2013}17 June\nHMP Wyrebeck\tCategory A high security prison\t13\u{2013}15 July\n\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            ["HMP Hawksworth Down", "HMP & YOI Stanbrook", "HMP Wyrebeck"]
        );
    }

    #[test]
    fn offices_inspectors_worked_from_are_visited_but_not_staffs() {
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors returned to Fenmoor from 8th to 12th February 2010,\nworking from two of the Trust's seven offices, Hexley and Morrow\nBridge, and spending an afternoon at Ferrybank approved premises. They read 60 cases.\n"
        ));
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Hexley", "Morrow Bridge"]);
        assert_eq!(also, ["Ferrybank approved premises"]);
        let record = crate::parse(&format!(
            "{LEAD}The division has some 690 officers, working from 16 stations across the area. Inspectors found much to praise.\n"
        ));
        assert!(record.units.is_none(), "{:?}", record.units);
    }

    #[test]
    fn they_after_inspectors_worked_from_the_units_named_with_and_inside() {
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors were in Wraymoor from 27th September to 8th October 2010.\nThey worked from the Trust's two largest local delivery units, Harlsby\nand Hessington and Quarnby, and also visited Beckside House approved\npremises in Tolmere.\n"
        ));
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Harlsby", "Hessington and Quarnby"]);
        assert_eq!(also, ["Beckside House approved premises in Tolmere"]);
        // "they" after a sentence about staff is the staff
        let record = crate::parse(&format!(
            "{LEAD}Probation officers are stretched. They worked from two local delivery units, Harlsby and Quarnby, until the move.\n"
        ));
        assert!(record.units.is_none(), "{:?}", record.units);
    }

    #[test]
    fn units_a_body_has_all_of_which_were_visited_and_a_site_named_in_brackets() {
        let (count, names, also) = units(&format!(
            "{LEAD}At the time of the inspection the force had four designated custody suites serving Oxenby, Mardleby, Crossholm and Skelwick, all of which were visited, together with the ancillary suite (Ottermere), which is opened only when needed. Tarnshire was last inspected in March 2011, when inspectors visited seven suites.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Oxenby", "Mardleby", "Crossholm", "Skelwick"]);
        assert_eq!(also, ["Ottermere"]);
    }

    #[test]
    fn a_list_after_a_dash_opening_with_at() {
        let (count, names, also) = units(&format!(
            "{LEAD}Inspectors visited all three of the PSNI's regional digital\nhubs - at Lisnacrevan, Drumgarvagh and Ballykeel Bridge - as well as\nthe central Digital Forensics Laboratory at Carrickmaine, and spoke to staff.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Lisnacrevan", "Drumgarvagh", "Ballykeel Bridge"]);
        assert_eq!(
            also,
            ["the central Digital Forensics Laboratory at Carrickmaine"]
        );
    }

    #[test]
    fn the_suites_an_inspection_examined() {
        let (count, _, _) = units(&format!(
            "{LEAD}The visit formed part of the national programme. It examined the six custody suites which Norfolk and Suffolk Police run together.\n"
        ));
        assert_eq!(count, Some(6));
    }

    #[test]
    fn a_day_spent_with_a_unit_is_a_visit_and_with_people_is_not() {
        let (count, names, also) = units(&format!(
            "{LEAD}They went to all three of the county's witness care units, at Quarnby, Elmsworth\nBridge and Haddowfield, and spent a day with the CPS Hallowdene Crown\nCourt unit in Quarnby. A fourth unit closed in 2012.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Quarnby", "Elmsworth Bridge", "Haddowfield"]);
        assert_eq!(also, ["the CPS Hallowdene Crown Court unit in Quarnby"]);
        let (_, _, also) = units(&format!(
            "{LEAD}They went to all three of the county's witness care units, at Quarnby, Elmsworth\nBridge and Haddowfield, and spent a day with the witness care officers in Quarnby.\n"
        ));
        assert!(also.is_empty(), "{also:?}");
    }

    #[test]
    fn one_unit_named_in_passing_with_its_acronym_is_no_list() {
        let record = crate::parse(&format!(
            "{LEAD}Probation work in North Calderwick is rated inadequate. The Head of North Calderwick PDU should act. Each PDU is rated on eight standards.\n"
        ));
        assert!(record.units.is_none(), "{:?}", record.units);
    }

    #[test]
    fn a_semicolon_after_the_names_counted_ends_the_list() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors spent time on site at two of the Area's three offices, in Pellbridge and Kelbourne; staff from the third, at Holme Cross, were interviewed by video link.\n"
        ));
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Pellbridge", "Kelbourne"]);
    }

    #[test]
    fn sites_each_with_its_description_in_a_list_split_at_semicolons() {
        let (count, names, _) = units(&format!(
            "{LEAD}HMP Fellmoor operates on three sites on the moor:\nUpfield, a category B site holding men on remand and serving long\nsentences; Downfield, a category C training site; and Low Carr, a\ncategory D open site a mile from the other two.\n\nInspectors were at the prison for two weeks and spent time at all three sites.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Upfield", "Downfield", "Low Carr"]);
    }

    #[test]
    fn a_site_where_inspectors_spent_time_beside_the_establishment() {
        let (count, names, also) = units(
            "Report on an unannounced inspection of HMP Sallowmere\n\nA safer prison, says Chief Inspector\n\nHMP Sallowmere has become a safer place since HM Inspectorate of Prisons last inspected it. It also runs Rowan Lodge, an open unit. Inspectors\nspent two days at Rowan Lodge as part of the inspection.\n",
        );
        assert_eq!((count, names), (Some(1), vec!["HMP Sallowmere".to_owned()]));
        assert_eq!(also, ["Rowan Lodge"]);
    }

    #[test]
    fn one_service_named_short_and_in_full_is_no_list() {
        let record = crate::parse(&format!(
            "{LEAD}HM Inspectorate of Probation found that Torfaen YOS had improved. Staff at Monmouthshire and Torfaen YOS worked well with partners and children.\n"
        ));
        assert!(record.units.is_none());
    }

    #[test]
    fn the_places_a_sample_of_cases_came_from() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors read a sample of 212 cases drawn from eight youth offending teams across the region, and spoke to 40 managers.\n"
        ));
        assert_eq!((count, names.len()), (Some(8), 0));
        let (count, _, _) = units(&format!(
            "{LEAD}The 90 cases came from five police forces, chosen to reflect their size.\n"
        ));
        assert_eq!(count, Some(5));
        // "from" straight after the files
        let (count, _, _) = units(&format!(
            "{LEAD}The review examined 180 contested case files from six forces across England.\n"
        ));
        assert_eq!(count, Some(6));
    }

    #[test]
    fn names_with_their_towns_after_a_comma() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors visited three of the trust's hospitals - St Anne's Hospital, Colbury, Meadow Hospital, Tarnfield, and Brook Community Hospital - in May.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "St Anne's Hospital, Colbury",
                "Meadow Hospital, Tarnfield",
                "Brook Community Hospital"
            ]
        );
    }

    #[test]
    fn a_list_ends_where_the_next_clause_opens_after_a_comma() {
        let (count, names, _) = units(&format!(
            "{LEAD}They visited the Area's three offices, at Holt, Wenby and Castle Orme, watched 20 advocates in court, and interviewed staff.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Holt", "Wenby", "Castle Orme"]);
        let (_, names, _) = units(&format!(
            "{LEAD}They visited its two offices, in Ardmore and Killen, examined 75 files and met managers.\n"
        ));
        assert_eq!(names, ["Ardmore", "Killen"]);
    }

    #[test]
    fn a_team_based_in_offices_at_named_places() {
        let (count, names, also) = units(&format!(
            "{LEAD}The inspection team was based in three of the Trust's seven local delivery units, in offices at Holt Cross, Wenby and Orme Quay, and also visited Ash House approved premises in Wenby.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Holt Cross", "Wenby", "Orme Quay"]);
        assert_eq!(also, ["Ash House approved premises in Wenby"]);
    }

    #[test]
    fn a_description_after_the_sites_visited_besides() {
        let (_, _, also) = units(&format!(
            "{LEAD}The cases came from four areas (Holt, Wenby, Orme and Castle Vale). They also visited HMP Ashby and HMP Dunmore, the local prisons that receive remand prisoners from the four areas, and spoke to 40 prisoners.\n"
        ));
        assert_eq!(also, ["HMP Ashby", "HMP Dunmore"]);
    }

    #[test]
    fn a_site_with_and_in_its_name() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors visited two hospitals: Craigmore Hospital and Mull and Iona Hospital.\n"
        ));
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Craigmore Hospital", "Mull and Iona Hospital"]);
    }

    #[test]
    fn a_count_then_its_names_in_brackets_and_areas_with_and_inside() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors then visited four (Aldwick, Bram Vale, Ousby and Wenfield, and Tarn) between June and July.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            ["Aldwick", "Bram Vale", "Ousby and Wenfield", "Tarn"]
        );
        let (count, names, _) = units(&format!(
            "{LEAD}Fieldwork took place in three CPS Areas – CPS North, CPS Wessex and CPS Yorkshire and Humberside.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            ["CPS North", "CPS Wessex", "CPS Yorkshire and Humberside"]
        );
    }

    #[test]
    fn why_the_units_were_chosen_then_their_names_with_semicolons() {
        let (count, names, _) = units(&format!(
            "{LEAD}The team visited three of the force's five BCUs, chosen to reflect its mix of city and rural policing: Castle and Rowan; Sedge; and Upper Dale\nand Morrow. Inspectors also met staff.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            ["Castle and Rowan", "Sedge", "Upper Dale and Morrow"]
        );
    }

    #[test]
    fn counted_in_a_relative_clause_then_named_with_their_prefix_later() {
        let (count, names, _) = units(&format!(
            "{LEAD}Three women's prisons that the Inspectorate visited in the emergency had, it found, cut their regimes. Inspectors were worried about some of the women held at HMP & YOI Brackley, HMP & YOI Elm Park and HMP & YOI Fosse Hall.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "HMP & YOI Brackley",
                "HMP & YOI Elm Park",
                "HMP & YOI Fosse Hall"
            ]
        );
        // a list of another length is other prisons, not those counted
        let (count, names, _) = units(&format!(
            "{LEAD}Three prisons that inspectors visited in the spring had cut their regimes, unlike HMP Ashby and HMP Crane.\n"
        ));
        assert_eq!(count, Some(3));
        assert!(names.is_empty(), "{names:?}");
    }

    #[test]
    fn a_list_ends_before_a_comma_and_a_verb_in_ing() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors were on site in March, visiting two of the Area's three offices, at Wessbury and Port Aran, and observing 24 advocates at work.\n"
        ));
        assert_eq!(count, Some(2));
        assert_eq!(names, ["Wessbury", "Port Aran"]);
    }

    #[test]
    fn time_spent_on_counted_units_and_in_sites_besides() {
        let (count, names, also) = units(&format!(
            "{LEAD}They spent time on four of the prison's six houseblocks – Ash, Birch, Hazel and Rowan – and in the care and separation unit and the healthcare centre, and they read 46 records.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Ash", "Birch", "Hazel", "Rowan"]);
        assert_eq!(
            also,
            ["the care and separation unit", "the healthcare centre"]
        );
        // work done "in" bodies is no site visited
        let (_, _, also) = units(&format!(
            "{LEAD}Fieldwork took place in three prisons - HMP Grey, HMP Ash and HMP Corr - and in the companies responsible for them.\n"
        ));
        assert!(also.is_empty(), "{also:?}");
    }

    #[test]
    fn a_site_visited_besides_and_why() {
        let (_, _, also) = units(&format!(
            "{LEAD}Inspectors visited all four homes. They also visited the provider's registered office in Kestleford to look at how the homes were overseen.\n"
        ));
        assert_eq!(also, ["the provider's registered office in Kestleford"]);
        assert_eq!(super::purpose_clause_start("the road to the suite"), None);
    }

    #[test]
    fn sites_described_then_placed_in_a_comma_list() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors made unannounced visits to four short-term holding facilities: the facility at Harwick, Port of Elsmouth, the holding room at Drayland Airport, Terminal 2, the facility\nat Kelsey Quay, Marbury, and the reporting centre holding room at Tanner\nHouse, Coldbrook. The first three are run by Border Force.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            [
                "Harwick, Port of Elsmouth",
                "Drayland Airport, Terminal 2",
                "Kelsey Quay, Marbury",
                "Tanner House, Coldbrook"
            ]
        );
    }

    #[test]
    fn welsh_and_lower_case_site_nouns_keep_their_place_in_the_name() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors visited three schools and two other settings: Ysgol Gynradd Nant y Felin, Tremaen, Ysgol Bro Cennin, Heol Dderw Primary School, Penwaun, the Y Cwtch youth centre, Llanhedyn, and the Cennin Pupil Referral Unit. They read 36 case files.\n"
        ));
        assert_eq!(count, Some(5));
        assert_eq!(
            names,
            [
                "Ysgol Gynradd Nant y Felin, Tremaen",
                "Ysgol Bro Cennin",
                "Heol Dderw Primary School, Penwaun",
                "the Y Cwtch youth centre, Llanhedyn",
                "the Cennin Pupil Referral Unit"
            ]
        );
    }

    #[test]
    fn a_list_between_dashes_closed_at_the_end_of_a_line() {
        let (count, names, also) = units(&format!(
            "{LEAD}The team visited three of the force's five criminal justice units - at Ashby Wold, Fennworth and Cawdry Bridge -\nas well as the youth offending team's office in Sellowby.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Ashby Wold", "Fennworth", "Cawdry Bridge"]);
        assert_eq!(also, ["the youth offending team's office in Sellowby"]);
    }

    #[test]
    fn a_programme_s_reach_is_no_count() {
        let record = parse(&format!(
            "{LEAD}Notes to editors\n\n1. The Area Assurance Programme examined the performance of each of the\n   14 CPS Areas between 2014 and 2016.\n"
        ));
        assert_eq!(record.units, None);
    }

    #[test]
    fn bullets_that_count_their_own_units_and_name_them_after_a_dash() {
        let (count, names, _) = units(&format!(
            "{LEAD}Fieldwork took place in March and April, when inspectors visited 9 sites in three force areas:\n\n  \u{2022} four police stations \u{2013} Ashby, Carr Road, Holby and Moor End;\n  \u{2022} two CPS offices \u{2013} Elm and Fell;\n  \u{2022} three probation delivery unit (PDU) offices \u{2013} Ashby City, Carr and Norton, and Oakley.\n\nInspectors also met victims.\n"
        ));
        assert_eq!(count, Some(9));
        assert_eq!(
            names,
            [
                "Ashby",
                "Carr Road",
                "Holby",
                "Moor End",
                "Elm",
                "Fell",
                "Ashby City",
                "Carr and Norton",
                "Oakley"
            ]
        );
    }

    #[test]
    fn a_return_visit_counts_and_a_day_of_the_month_does_not() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors returned in May 2019. They revisited four of the area\u{2019}s seventeen community fire stations \u{2013} Lochbrae, Kilvannan, Duncraig\nand Torrisdale \u{2013} and met the local senior officer.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Lochbrae", "Kilvannan", "Duncraig", "Torrisdale"]);
        let (count, names, _) = units(&format!(
            "{LEAD}When inspectors visited on 2 June all three sites \u{2013} HMP Littlecote, HMP Rye Vale and HMP Stanford \u{2013} were calm.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["HMP Littlecote", "HMP Rye Vale", "HMP Stanford"]);
        // a year is no count either, and the places come after "with
        // inspectors visiting"
        let (count, names, _) = units(&format!(
            "{LEAD}The fieldwork took place in June and July 2015 across six CRC areas, with inspectors visiting London, Swansea, Leeds, Exeter, Hull and Bristol.\n"
        ));
        assert_eq!(count, Some(6));
        assert_eq!(
            names,
            ["London", "Swansea", "Leeds", "Exeter", "Hull", "Bristol"]
        );
    }

    #[test]
    fn a_symbol_font_bulleted_list_over_a_page_break_after_an_earlier_count() {
        let page = format!(
            "{LEAD}When inspectors last examined the work here, in June 2016, they read 96 cases and visited four offices.\n\nInspectors visited seven of the CRC\u{2019}s eleven offices:\n\n    \u{f0b7}   Ashby Central\n    \u{f0b7}   Ashby North (Mill Lane)\n    \u{f0b7}   Brenton\n    \u{f0b7}   Selby Cross\n\n\n                                   Page 1 of 3\n\u{c}Inspection of the Ashby CRC\n\n\n    \u{f0b7}   Pendle Hey\n    \u{f0b7}   Ellerby Moor\n    \u{f0b7}   Dunholt Bridge\n\nInspectors also met managers.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(7));
        assert_eq!(
            names,
            [
                "Ashby Central",
                "Ashby North (Mill Lane)",
                "Brenton",
                "Selby Cross",
                "Pendle Hey",
                "Ellerby Moor",
                "Dunholt Bridge"
            ]
        );
        // a numbered note after the page break is no item of a list of dashes
        let page = format!(
            "{LEAD}Notes\n\n3.  Inspectors visited three of the Area's five units:\n      -  Wexley Trials Unit\n      -  Harrow Trials Unit\n      -  Polton Criminal Justice Unit\n\nFollow-up of CPS Severn      Page 1 of 3\n\u{c}Follow-up of CPS Severn - press release\n\n4.  Copies of the report are available from the press office.\n"
        );
        let (count, names, _) = units(&page);
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Wexley Trials Unit",
                "Harrow Trials Unit",
                "Polton Criminal Justice Unit"
            ]
        );
    }

    #[test]
    fn units_of_earlier_reports_named_with_their_acronym() {
        let (_, names, _) = units(&format!(
            "{LEAD}Lewisham and Bromley PDU was rated 'Inadequate', and Newham PDU was judged to 'Require improvement'. They follow Lambeth PDU and Ealing and Hillingdon PDU, each of which was rated 'Inadequate' in reports published in October 2022.\n"
        ));
        assert_eq!(names, ["Lewisham and Bromley PDU", "Newham PDU"]);
    }

    #[test]
    fn a_list_in_described_groups_names_the_sites_after_each_description() {
        let (count, names, _) = units(&format!(
            "{LEAD}They visited four of the Area's five units - the magistrates' courts units\nat Pellbrook, Osgarth Vale and Tamsby, and the Crown Court unit at\nKilnford Cross - and examined 96 case files.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            ["Pellbrook", "Osgarth Vale", "Tamsby", "Kilnford Cross"]
        );
        // A single site's description stays with it.
        let (_, names, _) = units(&format!(
            "{LEAD}Inspectors visited four suites: Ardlow, Brenmoor, Caddis and the holding cells at Dunholt Sheriff Court.\n"
        ));
        assert_eq!(
            names,
            [
                "Ardlow",
                "Brenmoor",
                "Caddis",
                "the holding cells at Dunholt Sheriff Court"
            ]
        );
    }

    #[test]
    fn a_list_in_a_quotation_ends_where_the_quotation_closes() {
        let (count, names, _) = units(&format!(
            "{LEAD}“Inspectors made visits to three custody suites: Antrim, Lurgan and Omagh,” said Mr McAllister.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Antrim", "Lurgan", "Omagh"]);
        // one name after "including" is one of those counted
        let (count, names, _) = units(&format!(
            "{LEAD}“Inspectors made visits to nine of the force’s 21 custody suites including the Serious Crime suite at Antrim,” said Mr McAllister.\n"
        ));
        assert_eq!(count, Some(9));
        assert_eq!(names, ["the Serious Crime suite at Antrim"]);
    }

    #[test]
    fn visits_made_to_a_count_of_units() {
        let (count, _, _) = units(&format!(
            "{LEAD}HMICS made a series of unannounced visits to five custody centres that lie within the division.\n"
        ));
        assert_eq!(count, Some(5));
    }

    #[test]
    fn a_table_of_units_with_a_wrapped_name_and_a_totals_row() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors spent a week in each of the four BCUs between 2 June and 11 July 2008. The BCUs inspected are set out below.\n\n  BCU                 Resident     Files\n                      population   examined\n  Orlingham             241,300       74\n  Stenholt and          187,900       68\n  Rushbeck\n  Aldersby Central      203,600       71\n  Sandrith Valley       129,400       67\n  Four BCUs             762,200      280\n\nHMIC last inspected the four BCUs in 2004 and 2005.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(
            names,
            [
                "Orlingham",
                "Stenholt and Rushbeck",
                "Aldersby Central",
                "Sandrith Valley"
            ]
        );
    }

    #[test]
    fn names_then_the_count_of_those_visited_in_dashes() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors were in the city in May 2014. Ashby, Marlow Quay and Tenby Vale – the three areas we visited – each have their own team.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Ashby", "Marlow Quay", "Tenby Vale"]);
    }

    #[test]
    fn a_count_then_a_clause_of_what_the_units_are_then_their_names() {
        let (count, names, _) = units(&format!(
            "{LEAD}The inspection covered the four suites where Marlow Police holds people after arrest - Ashby, Dunhaven, Casterholt and Morrowby Road.\n"
        ));
        assert_eq!(count, Some(4));
        assert_eq!(names, ["Ashby", "Dunhaven", "Casterholt", "Morrowby Road"]);
    }

    #[test]
    fn names_then_their_count_in_dashes_then_were_visited() {
        let (count, names, also) = units(&format!(
            "{LEAD}This was a short inspection. Hexlow, Orrinbridge and\nQuenmoor magistrates' courts - three of the 14 suites in the region -\nwere visited between 14 and 17 May 2018, as was the escort contractor's\noperations centre at Denholt Park. The previous inspection, covering all 14 suites, was in 2015.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Hexlow magistrates' court",
                "Orrinbridge magistrates' court",
                "Quenmoor magistrates' court"
            ]
        );
        assert_eq!(
            also,
            ["the escort contractor's operations centre at Denholt Park"]
        );
        // the opening dash at the end of a line, a name with "and" in it
        let (count, names, _) = units(&format!(
            "{LEAD}Fenmoor Police, Askby Constabulary and Wenlow and Teme Police -\nthree of the seven forces in the region - were inspected in May 2015.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(
            names,
            [
                "Fenmoor Police",
                "Askby Constabulary",
                "Wenlow and Teme Police"
            ]
        );
    }

    #[test]
    fn a_relative_clause_after_the_places_ends_their_list() {
        let (count, names, _) = units(&format!(
            "{LEAD}The inspection looked at how people held in the police custody centres at Dunmore and Kilbrae, which serve Strathallan, are treated and what conditions they are kept in.\n"
        ));
        assert_eq!(count, None);
        assert_eq!(names, ["Dunmore", "Kilbrae"]);
    }

    #[test]
    fn names_before_their_count_after_a_dash_one_with_and_inside() {
        let (count, names, _) = units(&format!(
            "{LEAD}Inspectors visited Salterby, Harle and Stenby, and Verity Bridge - three of\nthe city region's five youth offending services - between 11 and 22 September 2023.\n"
        ));
        assert_eq!(count, Some(3));
        assert_eq!(names, ["Salterby", "Harle and Stenby", "Verity Bridge"]);
    }
}
