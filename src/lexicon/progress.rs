//! Progress on recommendations: the labels inspectorates use ("achieved",
//! "substantial progress", "not yet implemented"), the degrees that qualify
//! them, the kinds recommendations are split into, and what is tallied
//! beside them but is not a recommendation.

use std::sync::LazyLock;

use crate::work::Pattern;

/// The word that may stand before a row's number in an annex
/// ("Recommendation 5 – Achieved", "Rec. 3:"), as a regex fragment.
pub const ROW_NOUN: &str = r"(?:recommendation|rec\.?)";

/// "Recommendation" or "recommendations" before a list of their numbers,
/// also when a justified PDF broke it over a line at a syllable
/// ("Recom-" / "mendations 2, 5 and 10 are in progress"), as a regex
/// fragment.
pub const RECOMMENDATIONS_WORD: &str =
    r"rec(?:-\r?\n)?om(?:-\r?\n)?men(?:-\r?\n)?da(?:-\r?\n)?tions?";

/// Progress wordings used by inspectorates, longest first so that the regex
/// built from them prefers "not yet achieved" to "achieved".
pub const PROGRESS_LABELS: &[&str] = &[
    "good or reasonable progress",
    "insufficient or no meaningful progress",
    "no meaningful progress",
    "no longer applicable",
    "no longer applies",
    "no longer apply",
    "no longer relevant",
    "partially implemented",
    "not yet implemented",
    "partly implemented",
    "fully implemented",
    "not fully embedded",
    "substantial progress",
    "satisfactory progress",
    "considerable progress",
    "significant progress",
    "sufficient progress",
    "insufficient progress",
    "reasonable progress",
    "little or no progress",
    "partially achieved",
    "not yet achieved",
    "largely achieved",
    "substantially achieved",
    "partly achieved",
    "fully achieved",
    "partially completed",
    "partly completed",
    "partially complete",
    "substantially completed",
    "substantially complete",
    "fully completed",
    "not implemented",
    "limited progress",
    "little progress",
    "strong progress",
    "very good progress",
    "good progress",
    "some progress",
    "slow progress",
    "no progress",
    "not progressed",
    "partially addressed",
    "not yet addressed",
    "not addressed",
    "addressed",
    "partially resolved",
    "not resolved",
    "resolved",
    "not achieved",
    "not applicable",
    "partially met",
    "partly met",
    "fully met",
    "in progress",
    // "17 recommendations ... Six of them have already been put in place,
    // while 11 are ongoing" (an island government's account)
    "put in place",
    // "completed just four of the 29 recommendations it looked at, with
    // seven on track and 18 delayed" (132)
    "on track",
    // a council's action plan: "one is complete, three are on track and
    // one is behind schedule" (091)
    "behind schedule",
    "ahead of schedule",
    "on schedule",
    "delayed",
    "implemented",
    "superseded",
    "not started",
    "completed",
    "complete",
    "achieved",
    "not met",
    "ongoing",
    "withdrawn",
    // RQIA's hygiene follow-ups: "15 have been addressed and 11 have been
    // repeated" (made again in the new report)
    "repeated",
    "discharged",
    "met in full",
    // a council's action plan rated RAG: "Four are rated Green, two Amber
    // and one Red", and a RAG column
    "green",
    "amber",
    "red",
    "open",
    "outstanding",
    "met",
];

/// Words with which an unlisted progress wording ends ("Mostly achieved",
/// "Considerable progress"); a short table cell ending so is a rating.
const PROGRESS_HEADS: &[&str] = &[
    "progress",
    "achieved",
    "implemented",
    "applicable",
    "superseded",
    "embedded",
    "met",
    "complete",
    "completed",
    "ongoing",
    "withdrawn",
    "outstanding",
    "relevant",
    "progressed",
    "started",
    "addressed",
    "resolved",
    "actioned",
    "delivered",
    "closed",
];

/// Nouns that, straight after a number, show it counts people or visits,
/// not recommendations: "six inspectors found strong progress ... on two
/// of six recommendations".
pub const NOT_RECOMMENDATION_NOUNS: &[&str] = &[
    "inspectors",
    "inspector",
    "staff",
    "officers",
    "managers",
    "members",
    "people",
    "visits",
    "monitoring visits",
    // a regulator's enforcement, met or not as recommendations are: "One
    // notice could not be met" (compliance, improvement and enforcement
    // notices)
    "notice",
    "notices",
    // areas for improvement, never counted as recommendations: "two areas
    // for improvement that the council should address alongside the
    // outstanding recommendations" (317); not "two (recommendation) areas
    // were rated as having insufficient progress" (625)
    "areas for improvement",
];

/// Degrees of progress that may stand alone for a wording just given:
/// "Recommendations 1 and 2 have been achieved; 4 and 6 partially".
pub const PROGRESS_DEGREES: &[&str] = &["partially", "substantially", "largely", "mostly", "fully"];

/// Words for the one recommendation left after the others were counted:
/// "The remaining recommendation, which ..., was no longer applicable".
pub const REMAINING_WORDS: &[&str] = &["remaining", "other", "final", "last", "outstanding"];

/// Nouns of the work done on the recommendations left, before "on" and the
/// count: "Work on the remaining two ... has not started", "Progress on the
/// other three has been limited".
pub const WORK_ON_REMAINING: &[&str] = &["work", "progress", "action"];

/// Labels that introduce a recommendation's status in an annex laid out as
/// blocks ("Status: Achieved", "Position at follow-up:" and the status on
/// the next line), as regex fragments. A status after its label wins over a
/// rating word standing alone elsewhere in the block.
pub const STATUS_LABELS: &[&str] = &[
    r"status",
    r"progress",
    r"assessment",
    r"rating",
    r"inspectors'?\s+assessment",
    r"outcome",
    r"position\s+(?:at|on)\s+follow[\s-]?up",
    r"current\s+position",
];

/// Words that close a sentence judging one recommendation, straight after
/// its progress ("The Authority has made strong progress on this
/// recommendation", Estyn's monitoring letters), lower case: the sentence
/// is the row's status as a label would be.
pub const THIS_RECOMMENDATION_PHRASES: &[&str] = &[
    "on this recommendation",
    "in addressing this recommendation",
    "against this recommendation",
    "towards this recommendation",
    "in relation to this recommendation",
];

/// Progress given as one word of a scale, read only straight after a
/// status label where it ends its line ("Progress: Strong", "Status:
/// Limited"): in prose these words judge anything.
pub const LABELLED_SCALE_WORDS: &[&str] = &[
    "strong",
    "reasonable",
    "satisfactory",
    "limited",
    "insufficient",
    "good",
    "adequate",
];

/// Labels that open an inspector's comment inside a status block
/// ("Comment: A scheme is in place ..."), lower case, without the colon:
/// what follows is commentary, not the recommendation's text.
pub const COMMENT_LABELS: &[&str] = &["comment", "comments", "commentary", "inspectors' comment"];

/// Matches any listed progress wording, case-insensitively, on word
/// boundaries; line breaks and runs of spaces may sit between its words.
pub static PROGRESS_RE: LazyLock<Pattern> = LazyLock::new(|| {
    let alternatives: Vec<String> = PROGRESS_LABELS
        .iter()
        .map(|l| {
            let words: Vec<String> = l.split(' ').map(regex::escape).collect();
            // "not (yet) been achieved" in a narrative is "not yet achieved"
            match words.first().map(String::as_str) {
                Some("not") if words.len() > 1 => {
                    format!(r"not\s+(?:been\s+)?{}", words[1..].join(r"\s+(?:been\s+)?"))
                }
                _ => words.join(r"\s+"),
            }
        })
        .collect();
    // "reasonable or good progress", "fully or partially implemented": the
    // first word of one two-word wording, "or", then another wording with
    // the same last word, is one combined label
    let mut heads: Vec<(&str, Vec<&str>, Vec<String>)> = Vec::new();
    for label in PROGRESS_LABELS {
        let words: Vec<&str> = label.split(' ').collect();
        let [first, head] = words[..] else { continue };
        if first == "not" || first == "no" || !head.chars().all(char::is_alphabetic) {
            continue;
        }
        let at = match heads.iter().position(|(h, _, _)| *h == head) {
            Some(at) => at,
            None => {
                heads.push((head, Vec::new(), Vec::new()));
                heads.len() - 1
            }
        };
        heads[at].1.push(first);
        // (each word may be quoted: "'reasonable' or 'good' progress")
        heads[at].2.push(format!(r"{first}['’]?\s+{head}"));
    }
    let combined: Vec<String> = heads
        .iter()
        .filter(|(_, firsts, _)| firsts.len() > 1)
        .map(|(_, firsts, whole)| {
            format!(
                r"(?:{})['’]?\s+or\s+['‘’]?(?:{})",
                firsts.join("|"),
                whole.join("|")
            )
        })
        .collect();
    // "achieved or partially achieved": two wordings joined by "or" are one
    // combined label
    let one = alternatives.join("|");
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{}|(?:{one})(?:\s+or\s+(?:{one}))?)\b",
        combined.join("|")
    ))
    .expect("progress regex")
});

/// Wordings a narrative gives as a verb, and the label each stands for:
/// "The remaining recommendation ... no longer applies" is one
/// "no_longer_applicable".
pub const PROGRESS_VERB_FORMS: &[(&str, &str)] = &[
    ("no_longer_applies", "no_longer_applicable"),
    ("no_longer_apply", "no_longer_applicable"),
];

/// The snake_case label of a progress wording found in a narrative, without
/// the auxiliary "been" of "not yet been achieved", and with a verb form
/// ([`PROGRESS_VERB_FORMS`]) given as the label it stands for.
///
/// ```
/// use inspection_extract::lexicon::narrative_label;
/// assert_eq!(narrative_label("not yet been achieved"), "not_yet_achieved");
/// assert_eq!(narrative_label("fully met"), "fully_met");
/// assert_eq!(narrative_label("not\nbeen implemented"), "not_implemented");
/// assert_eq!(narrative_label("no longer applies"), "no_longer_applicable");
/// ```
pub fn narrative_label(wording: &str) -> String {
    let kept: Vec<&str> = wording
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("been"))
        .collect();
    let label = progress_label(&kept.join(" "));
    PROGRESS_VERB_FORMS
        .iter()
        .find(|(form, _)| *form == label)
        .map_or(label, |(_, standing_for)| (*standing_for).to_owned())
}

/// The snake_case label of a progress wording: lower case, every run of
/// characters other than letters and digits one underscore.
///
/// ```
/// use inspection_extract::lexicon::progress_label;
/// assert_eq!(progress_label("Substantial\nprogress"), "substantial_progress");
/// assert_eq!(progress_label("Not (yet) achieved"), "not_yet_achieved");
/// ```
pub fn progress_label(wording: &str) -> String {
    let mut out = String::with_capacity(wording.len());
    for c in wording.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// The labels a combined label stands for: "good_or_reasonable_progress"
/// covers "good_progress" and "reasonable_progress"; a simple label stands
/// for itself.
///
/// ```
/// use inspection_extract::lexicon::label_parts;
/// assert_eq!(label_parts("good_or_reasonable_progress"), ["good_progress", "reasonable_progress"]);
/// assert_eq!(label_parts("achieved"), ["achieved"]);
/// ```
pub fn label_parts(label: &str) -> Vec<String> {
    let Some((first, second)) = label.split_once("_or_") else {
        return vec![label.to_owned()];
    };
    let tail = second.rsplit('_').next().unwrap_or(second);
    let first = if first.ends_with(tail) || second == tail {
        first.to_owned()
    } else {
        format!("{first}_{tail}")
    };
    vec![first, second.to_owned()]
}

/// How a table cell reads as a progress rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    /// A wording in [`PROGRESS_LABELS`].
    Known,
    /// A short wording ending in a progress word but not listed.
    Unlisted,
}

/// Reads a whole table cell as a progress rating.
///
/// ```
/// use inspection_extract::lexicon::{rating, Rating};
/// assert_eq!(rating("Substantial progress"), Some(Rating::Known));
/// assert_eq!(rating("Mostly achieved."), Some(Rating::Unlisted));
/// assert_eq!(rating("The team should review its plan"), None);
/// ```
pub fn rating(cell: &str) -> Option<Rating> {
    if cell.len() > 60 || cell.split_whitespace().nth(5).is_some() {
        return None;
    }
    let words: Vec<&str> = cell
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    // "Status: Achieved" is a label and its value, not a bare rating.
    if words.is_empty() || words.len() > 5 || cell.contains(':') {
        return None;
    }
    let lowered = words.join(" ").to_lowercase();
    let lowered = lowered
        .trim_end_matches(['.', ';', ',', '*'])
        .replace(" (yet)", " yet");
    if PROGRESS_LABELS.contains(&lowered.as_str()) {
        return Some(Rating::Known);
    }
    let last = lowered.rsplit(' ').next().unwrap_or("");
    if PROGRESS_HEADS.contains(&last) && words.len() <= 4 {
        return Some(Rating::Unlisted);
    }
    None
}

/// How a release says what this report itself recommends ("The report
/// contains eight recommendations", "this review makes"), as regex
/// fragments: such a count replaces one read from a sentence about an
/// earlier report.
pub const THIS_REPORT_RECOMMENDS: &[&str] = &[
    r"\b(?:this|the)\s+(?:new\s+)?(?:report|review|inspection)\s+(?:contains|makes|sets\s+out|includes|has)\b",
    // "When ... were last inspected, in February 2019, inspectors made nine
    // recommendations. ... This time the inspectorate has made seven"
    r"\bthis\s+time\b",
];

/// A count told in the present perfect ("Estyn has made four
/// recommendations", after "The previous inspection ... resulted in six
/// recommendations"): the report just published, when no progress has
/// been counted against the earlier report's (regex fragments).
pub const JUST_MADE: &[&str] = &[r"\b(?:has|have)\s+(?:now\s+)?made\b"];

/// Other kinds of item an inspection tallies by progress beside its
/// recommendations ("Turning to the Action Points, 25 are achieved ..."):
/// a sentence about them counts no recommendation (lower case).
pub const OTHER_TALLIED_ITEMS: &[&str] = &[
    "action point",
    "areas for improvement",
    "area for improvement",
    "aspects for improvement",
    "areas of good practice",
    "good practice",
    "themes",
    // HMCPSI's "issues to address" beside its recommendations
    "issues to address",
    "issue to address",
    // a task force's list: "Of the 39 issues for immediate action that the
    // task force identified, 33 have now been implemented"
    "issues for immediate action",
];

/// Verbs saying which recommendations a follow-up looked at ("followed up
/// all 11 key recommendations"): their count is the whole that progress is
/// reported against, before one the earlier report made in all (regex
/// fragments).
pub const FOLLOW_UP_VERBS: &[&str] = &[
    // "Inspectors returned in February to follow up 15 of them" (142)
    r"follow(?:ed)?[\s-]+up",
    r"revisited",
    r"(?:reviewed|assessed|checked|examined)\s+progress\s+(?:against|on)",
];

/// Words between a progress wording and the numbers of the recommendations
/// it is given for: "good progress against recommendations 2, 5 and 9 to
/// 11", "no meaningful progress on recommendation 12".
pub const WORDING_TO_LIST_LINKS: &[&str] = &["against", "on", "for", "in"];

/// Verbs that close the heading over a group of recommendations addressed
/// to one body ("Marlbeck Police should:", "The Probation Service in
/// Marlbeck should:"), before the colon.
pub const ADDRESSED_GROUP_VERBS: &[&str] = &["should", "must"];

/// Phrases before a progress word that ask for a state rather than report
/// one ("plans should be implemented"), in lower case.
pub const MODAL_PHRASES: &[&str] = &[
    "should be",
    "must be",
    "to be",
    "will be",
    "would be",
    "could be",
    // "so that the Action Plan can be implemented in full"
    "can be",
    "may be",
    "might be",
];

/// Verbs of judging before "to be" ("judged to be partially achieved"):
/// with one of them "to be" reports a state, it does not ask for one.
pub const JUDGED_VERBS: &[&str] = &[
    "judged",
    "found",
    "considered",
    "assessed",
    "deemed",
    "shown",
];

/// Words that count none of the recommendations ("None of the 11 was
/// judged to have made no meaningful progress"): a count of 0.
pub const NONE_OF_WORDS: &[&str] = &["none of", "not one of"];

/// Items a release counts together with its recommendations, as one
/// count ("This report sets out 14 key concerns and recommendations", HMI
/// Prisons' form since 2023), as regex fragments before "and".
pub const COUNTED_WITH_RECOMMENDATIONS: &[&str] = &[r"(?:key\s+)?concerns"];

/// The first of two kinds a release splits its recommendations into
/// ("four strategic and nine operational recommendations").
pub const FIRST_RECOMMENDATION_KINDS: &[&str] = &["strategic", "main", "key", "principal"];

/// Words between a count and its kind saying the count is more of the
/// same, beyond those just counted ("One further strategic recommendation
/// and two operational recommendations had been partially achieved").
pub const MORE_OF_THE_SAME_WORDS: &[&str] = &["further", "more", "additional", "other"];

/// Words that may stand between a count and "recommendations" in a total
/// without making it a kind of its own ("the nine previous
/// recommendations", "made five general Recommendations"), besides
/// [`FIRST_RECOMMENDATION_KINDS`].
pub const TOTAL_QUALIFIERS: &[&str] = &[
    "previous", "original", "earlier", "formal", "interim", "general",
];

/// Words that add more recommendations to those just counted ("nine main
/// recommendations, together with a substantial number of minor ones").
pub const MORE_RECOMMENDATIONS_JOINERS: &[&str] =
    &["together with", "as well as", "along with", "plus", "and"];

/// Amounts given without a number ("a substantial number of minor ones",
/// "many others"): after [`MORE_RECOMMENDATIONS_JOINERS`], they leave the
/// whole uncounted.
pub const UNCOUNTED_AMOUNTS: &[&str] = &[
    "a substantial number of",
    "a large number of",
    "a considerable number of",
    "a significant number of",
    "a number of",
    "many",
    "numerous",
    "several",
    "various",
];

/// The words that name more of the recommendations just counted, after an
/// uncounted amount ("minor ones", "other recommendations"), not other
/// things ("further suggestions", "points for action").
pub const MORE_RECOMMENDATIONS_NOUNS: &[&str] = &["ones", "recommendations"];

/// True when `after`, the words after a count of recommendations, adds
/// more of them without a number: the count is then no total.
///
/// ```
/// use inspection_extract::lexicon::adds_uncounted_recommendations;
/// assert!(adds_uncounted_recommendations(", together with a substantial number of minor ones."));
/// assert!(!adds_uncounted_recommendations(", together with several further suggestions."));
/// assert!(!adds_uncounted_recommendations(", and inspectors found good progress."));
/// ```
pub fn adds_uncounted_recommendations(after: &str) -> bool {
    let rest = after.trim_start_matches([',', ' ']);
    MORE_RECOMMENDATIONS_JOINERS.iter().any(|joiner| {
        if !crate::source::starts_with_word_ignore_case(rest, joiner) {
            return false;
        }
        let added = rest[joiner.len()..].trim_start();
        let phrase = &added[..added.find([',', '.', ';', ':', '(']).unwrap_or(added.len())];
        UNCOUNTED_AMOUNTS
            .iter()
            .any(|amount| crate::source::starts_with_word_ignore_case(added, amount))
            && phrase.split_whitespace().any(|w| {
                MORE_RECOMMENDATIONS_NOUNS
                    .iter()
                    .any(|n| w.eq_ignore_ascii_case(n))
            })
    })
}

/// The second of the two kinds.
pub const SECOND_RECOMMENDATION_KINDS: &[&str] =
    &["operational", "supporting", "further", "other", "practice"];

/// Words that place counted recommendations in the report that made them
/// ("25 of the 37 recommendations in its 2005 report"; "made in"): the
/// phrase says which recommendations, not how many.
pub const MADE_IN_LINKS: &[&str] = &["in", "from", "made"];

/// Words of an interim look at progress before the report's own ("HMFSI
/// carried out a desk-based review of progress in June 2018, when three
/// of the recommendations had been completed"), as regex fragments: the
/// counts of such a sentence are read only where no other sentence gives
/// any.
pub const INTERIM_REVIEW_WORDS: &[&str] = &[
    r"desk[\s-]based\s+review",
    r"interim\s+review",
    r"interim\s+progress\s+(?:check|review|update)",
];
