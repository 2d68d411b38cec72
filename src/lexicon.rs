//! The shared lexicon: number words, months (and their misspellings),
//! weekdays, progress labels, inspectorates, unit nouns, honorifics and
//! post-nominals. Extractors look words up here rather than keeping their own
//! lists, so a new spelling is taught once.

use std::sync::LazyLock;

use crate::work::{Pattern, PatternSet};
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::tag_no_case,
    character::complete::{multispace1, satisfy},
    combinator::{opt, recognize},
    multi::many1,
    sequence::preceded,
};

// ---------------------------------------------------------------- patterns

/// Compiles a pattern of the lexicon with ASCII word boundaries: `\b`
/// becomes `(?-u:\b)`. The keywords are English, and a Unicode `\b` makes
/// the regex crate's fast engine give up on any text with a non-ASCII
/// character (a dash, a curly quote), which made parsing several times
/// slower. Patterns that must find boundaries beside non-ASCII letters
/// (people's and places' names) use `Pattern::new` directly.
/// The word characters of English and the languages of names in UK releases
/// (Latin letters with their accents, digits, underscore).
const LATIN_WORD: &str = r"[0-9A-Za-z_\u{AA}\u{B5}\u{BA}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}]";

pub(crate) fn regex(pattern: &str) -> Result<Pattern, regex::Error> {
    Pattern::new(
        &pattern
            .replace(r"\b", r"(?-u:\b)")
            .replace(r"\w", LATIN_WORD)
            .replace(r"\d", "[0-9]"),
    )
}

/// Compiles `template` with its `{}` replaced by the alternation of
/// `words` (regex fragments of the lexicon), as [`regex`] does. `what` names
/// the pattern in the panic of one that does not compile, which is a bug in
/// the lexicon, caught by the first test that parses anything.
pub(crate) fn words_pattern(template: &str, words: &[&str], what: &str) -> Pattern {
    regex(&template.replacen("{}", &words.join("|"), 1))
        .unwrap_or_else(|error| panic!("{what}: {error}"))
}

// ---------------------------------------------------------------- numbers

/// The value of a small roman numeral in lower case ("iv" is 4), as notes
/// are numbered "(i)" to "(xx)"; `None` for anything else.
///
/// ```
/// use inspection_extract::lexicon::roman_value;
/// assert_eq!(roman_value("iv"), Some(4));
/// assert_eq!(roman_value("xii"), Some(12));
/// assert_eq!(roman_value("iiii"), None);
/// ```
pub fn roman_value(numeral: &str) -> Option<u32> {
    const NUMERALS: [&str; 20] = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv",
        "xv", "xvi", "xvii", "xviii", "xix", "xx",
    ];
    NUMERALS
        .iter()
        .position(|n| *n == numeral)
        .and_then(|i| u32::try_from(i + 1).ok())
}

const UNITS: [(&str, u32); 19] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: [(&str, u32); 8] = [
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// A regex fragment matching a number in digits ("1,250") or words ("two
/// hundred and forty-five"); [`parse_number`] reads what it matches.
pub const NUMBER_PATTERN: &str = r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|a\s+hundred|a\s+thousand)(?:(?:[\s\-]+|[\s\-]+and[\s\-]+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)*))";

/// One word of a number, with a word boundary after it.
fn word<'a>(list: &'static [(&'static str, u32)]) -> impl Fn(&'a str) -> IResult<&'a str, u32> {
    move |input: &'a str| {
        // Longest first so "seventeen" is not read as "seven".
        let mut best: Option<(&'a str, u32)> = None;
        for &(w, v) in list {
            if input.len() >= w.len()
                && input.is_char_boundary(w.len())
                && input[..w.len()].eq_ignore_ascii_case(w)
                && !input[w.len()..].starts_with(|c: char| c.is_alphanumeric())
                && best.is_none_or(|(b, _)| b.len() < w.len())
            {
                best = Some((&input[..w.len()], v));
            }
        }
        match best {
            Some((w, v)) => Ok((&input[w.len()..], v)),
            None => Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Tag,
            ))),
        }
    }
}

fn separator(input: &str) -> IResult<&str, &str> {
    recognize(many1(alt((multispace1, tag_no_case("-"))))).parse(input)
}

/// 1 to 99 in words: "seven", "forty-five", "ninety".
fn below_hundred(input: &str) -> IResult<&str, u32> {
    alt((
        (word(&TENS), opt(preceded(separator, word(&UNITS[..9])))).map(|(t, u)| t + u.unwrap_or(0)),
        word(&UNITS),
    ))
    .parse(input)
}

/// 1 to 999 in words: "a hundred", "two hundred and forty-five".
fn below_thousand(input: &str) -> IResult<&str, u32> {
    let hundreds = (
        alt((below_hundred, tag_no_case("a").map(|_| 1))),
        separator,
        word(&[("hundred", 100)]),
    )
        .map(|(n, _, _)| n * 100);
    alt((
        (
            hundreds,
            opt(preceded(
                (separator, opt((tag_no_case("and"), separator))),
                below_hundred,
            )),
        )
            .map(|(h, r)| h + r.unwrap_or(0)),
        below_hundred,
    ))
    .parse(input)
}

/// A number in words, up to 999,999.
fn number_words(input: &str) -> IResult<&str, u32> {
    alt((
        (
            alt((below_thousand, tag_no_case("a").map(|_| 1))),
            separator,
            word(&[("thousand", 1000)]),
            opt(preceded(
                (separator, opt((tag_no_case("and"), separator))),
                below_thousand,
            )),
        )
            .map(|(t, _, _, r)| t * 1000 + r.unwrap_or(0)),
        below_thousand,
    ))
    .parse(input)
}

fn number_digits(input: &str) -> IResult<&str, u32> {
    let (_, digits) = recognize((
        satisfy(|c| c.is_ascii_digit()),
        nom::bytes::complete::take_while(|c: char| c.is_ascii_digit() || c == ','),
    ))
    .parse(input)?;
    // "105," ends a clause; the comma is not part of the number.
    let digits = digits.trim_end_matches(',');
    match digits.replace(',', "").parse::<u32>() {
        Ok(n) => Ok((&input[digits.len()..], n)),
        Err(_) => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// Reads a number in digits or words at the start of `text`, returning its
/// value and the number of bytes read.
///
/// ```
/// use inspection_extract::lexicon::parse_number;
/// assert_eq!(parse_number("eight of the 14"), Some((8, 5)));
/// assert_eq!(parse_number("two hundred and forty-five files").map(|n| n.0), Some(245));
/// assert_eq!(parse_number("1,250 cases"), Some((1250, 5)));
/// assert_eq!(parse_number("seventeen"), Some((17, 9)));
/// assert_eq!(parse_number("none"), None);
/// ```
pub fn parse_number(text: &str) -> Option<(u32, usize)> {
    let (rest, n) = alt((number_digits, number_words)).parse(text).ok()?;
    Some((n, text.len() - rest.len()))
}

/// A regex-matched number; see [`NUMBER_PATTERN`]. Returns `None` for text
/// that is not wholly a number.
pub fn number_value(text: &str) -> Option<u32> {
    let trimmed = text.trim();
    match parse_number(trimmed) {
        Some((n, used)) if used == trimmed.len() => Some(n),
        _ => None,
    }
}

// ---------------------------------------------------------------- months

/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// How a month word was recognised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthMatch {
    /// Spelt right, in full or abbreviated ("Feb", "Sept").
    Exact(u8),
    /// Misspelt, read as the nearest month.
    Misspelt(u8),
}

impl MonthMatch {
    /// The month number, 1 to 12.
    pub fn number(self) -> u8 {
        match self {
            MonthMatch::Exact(m) | MonthMatch::Misspelt(m) => m,
        }
    }
}

/// Reads one word as a month: full names, three-letter abbreviations (with
/// or without a full stop), "Sept", and misspellings within a small edit
/// distance of a full name ("Febraury", "Ocotber", "Novmber").
///
/// ```
/// use inspection_extract::lexicon::{month, MonthMatch};
/// assert_eq!(month("Febraury"), Some(MonthMatch::Misspelt(2)));
/// assert_eq!(month("Sept"), Some(MonthMatch::Exact(9)));
/// assert_eq!(month("Mayor"), None);
/// ```
pub fn month(word: &str) -> Option<MonthMatch> {
    // Called on every word a date might start with: no allocation.
    let word = word.trim_end_matches('.');
    if word.len() < 3 || !word.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    for (i, name) in MONTHS.iter().enumerate() {
        if name.eq_ignore_ascii_case(word)
            || (word.len() == 3 && name[..3].eq_ignore_ascii_case(word))
        {
            return Some(MonthMatch::Exact(i as u8 + 1));
        }
    }
    if word.eq_ignore_ascii_case("sept") {
        return Some(MonthMatch::Exact(9));
    }
    if word.len() < 5 {
        return None;
    }
    // "Jully", "Junne": a short name with one letter typed twice
    for (i, name) in MONTHS.iter().enumerate() {
        if name.len() == 4 && word.len() == 5 {
            let w = word.as_bytes();
            let doubled = (1..w.len()).any(|k| {
                w[k].eq_ignore_ascii_case(&w[k - 1])
                    && w[..k]
                        .iter()
                        .chain(&w[k + 1..])
                        .zip(name.as_bytes())
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            });
            if doubled {
                return Some(MonthMatch::Misspelt(i as u8 + 1));
            }
        }
    }
    let allowed = if word.len() >= 7 { 2 } else { 1 };
    let mut best: Option<(usize, u8)> = None;
    for (i, name) in MONTHS.iter().enumerate() {
        // An edit distance is at least the difference in length.
        if name.len() < 5
            || !name.as_bytes()[0].eq_ignore_ascii_case(&word.as_bytes()[0])
            || name.len().abs_diff(word.len()) > allowed
        {
            continue;
        }
        let d = edit_distance(word.as_bytes(), name.as_bytes());
        if d <= allowed && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, i as u8 + 1));
        }
    }
    best.map(|(_, m)| MonthMatch::Misspelt(m))
}

/// The month's English name, capitalised.
pub fn month_name(month: u8) -> &'static str {
    MONTHS[usize::from(month.clamp(1, 12)) - 1]
}

/// The longest word [`edit_distance`] compares against, in bytes (a month's
/// name).
const MAX_EDIT_WORD: usize = 15;

/// Damerau-Levenshtein distance (optimal string alignment) over bytes, in
/// any ASCII case. `b` is at most [`MAX_EDIT_WORD`] bytes long.
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    debug_assert!(b.len() <= MAX_EDIT_WORD);
    let b = &b[..b.len().min(MAX_EDIT_WORD)];
    let same = |x: u8, y: u8| x.eq_ignore_ascii_case(&y);
    let mut prev2 = [0usize; MAX_EDIT_WORD + 1];
    let mut prev = [0usize; MAX_EDIT_WORD + 1];
    let mut cur = [0usize; MAX_EDIT_WORD + 1];
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(!same(a[i - 1], b[j - 1]));
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && same(a[i - 1], b[j - 2]) && same(a[i - 2], b[j - 1]) {
                cur[j] = cur[j].min(prev2[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

// ---------------------------------------------------------------- weekdays

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Reads a weekday, full or abbreviated ("Thurs", "Tue", "Weds"); returns
/// 0 for Monday to 6 for Sunday.
///
/// ```
/// use inspection_extract::lexicon::weekday;
/// assert_eq!(weekday("Thursday"), Some(3));
/// assert_eq!(weekday("Thurs."), Some(3));
/// assert_eq!(weekday("Thu"), Some(3));
/// assert_eq!(weekday("Th"), None);
/// ```
pub fn weekday(word: &str) -> Option<u8> {
    // Called on every word a date might start with: no allocation.
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| {
            d.eq_ignore_ascii_case(word)
                || (word.len() <= 5
                    && d.get(..word.len())
                        .is_some_and(|p| p.eq_ignore_ascii_case(word)))
                || (*d == "Wednesday" && word.eq_ignore_ascii_case("weds"))
        })
        .map(|i| i as u8)
}

/// The weekday's English name, 0 = Monday.
pub fn weekday_name(index: u8) -> &'static str {
    WEEKDAYS[usize::from(index.min(6))]
}

// ---------------------------------------------------------------- progress

/// Progress wordings used by inspectorates, longest first so that the regex
/// built from them prefers "not yet achieved" to "achieved".
pub const PROGRESS_LABELS: &[&str] = &[
    "good or reasonable progress",
    "insufficient or no meaningful progress",
    "no meaningful progress",
    "no longer applicable",
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
    "fully completed",
    "not implemented",
    "limited progress",
    "little progress",
    "strong progress",
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
    "in progress",
    "implemented",
    "superseded",
    "not started",
    "completed",
    "complete",
    "achieved",
    "not met",
    "ongoing",
    "withdrawn",
    "discharged",
    "met in full",
    "open",
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

/// Degrees of progress that may stand alone for a wording just given:
/// "Recommendations 1 and 2 have been achieved; 4 and 6 partially".
pub const PROGRESS_DEGREES: &[&str] = &["partially", "substantially", "largely", "mostly", "fully"];

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
    // "achieved or partially achieved": two wordings joined by "or" are one
    // combined label
    let one = alternatives.join("|");
    crate::lexicon::regex(&format!(r"(?i)\b(?:{one})(?:\s+or\s+(?:{one}))?\b"))
        .expect("progress regex")
});

/// The snake_case label of a progress wording found in a narrative, without
/// the auxiliary "been" of "not yet been achieved".
///
/// ```
/// use inspection_extract::lexicon::narrative_label;
/// assert_eq!(narrative_label("not yet been achieved"), "not_yet_achieved");
/// assert_eq!(narrative_label("not\nbeen implemented"), "not_implemented");
/// ```
pub fn narrative_label(wording: &str) -> String {
    let kept: Vec<&str> = wording
        .split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("been"))
        .collect();
    progress_label(&kept.join(" "))
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

// ---------------------------------------------------------------- inspectorates

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
    let what = what
        .split(' ')
        .map(|w| {
            if w == "&" {
                "(?:&|and)".to_owned()
            } else {
                regex::escape(w)
            }
        })
        .collect::<Vec<_>>()
        .join(r"\s+");
    format!(
        r"\b(?:(?:HM|H\.M\.|(?:Her|His)\s+Majesty'?’?s)\s+)?(?:Acting\s+)?(?:Chief\s+)?Inspectors?\s+of\s+{what}"
    )
}

/// Inspectorates whose inspectors' titles live on in their successors
/// ("HM Inspector of Constabulary" in HMICFRS and in HMICS): named only
/// through such a title beside a successor, they are the successor.
pub const TITLE_SUCCESSORS: &[(&str, &[&str])] = &[("HMIC", &["HMICFRS", "HMICS"])];

/// A body's name written short on a page of its namesake in another
/// nation: on a page of HM Inspectorate of Prisons for Scotland, "HM
/// Inspectorate of Prisons" and "Chief Inspector of Prisons" are the
/// Scottish body (short form, the nation's body).
pub const SHORT_FOR_NATIONAL: &[(&str, &str)] = &[("HMI Prisons", "HMIPS")];

/// Any inspector's title from the table: the anchor for a chief inspector
/// named without being quoted.
pub static CHIEF_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
    let alternatives: Vec<String> = INSPECTORATES
        .iter()
        .flat_map(|i| i.chief_of.iter().map(|t| chief_title_pattern(t)))
        .collect();
    crate::lexicon::regex(&format!(r"(?i)(?:{})\b", alternatives.join("|")))
        .expect("chief title regex")
});

/// Inspectorates, most specific first: "HM Inspectorate of Constabulary in
/// Scotland" must be tried before "HM Inspectorate of Constabulary".
pub static INSPECTORATES: LazyLock<Vec<KnownInspectorate>> = LazyLock::new(|| {
    const HM: &str = r"(?:(?:Her|His)\s+Majesty'?’?s|HM|H\.M\.)\s+(?:Chief\s+)?";
    let table: [(&str, &str, &[&str], String); 18] = [
        (
            "HM Inspectorate of Constabulary and Fire & Rescue Services",
            "HMICFRS",
            &["Constabulary and Fire & Rescue Services", "Fire & Rescue Services"],
            format!(r"{HM}Inspectorate\s+of\s+Constabulary\s+and\s+Fire\s+(?:&|and)\s+Rescue\s+Services?|\bHMICFRS\b"),
        ),
        (
            "HM Inspectorate of Constabulary in Scotland",
            "HMICS",
            &["Constabulary in Scotland", "Constabulary for Scotland"],
            format!(r"{HM}Inspectorate\s+of\s+Constabulary\s+(?:in|for)\s+Scotland|\bHMICS\b"),
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
            format!(
                r"{HM}Crown\s+Prosecution\s+Service\s+Inspectorate|\bHMCPSI\b|\bCPS\s+Inspectorate\b"
            ),
        ),
        (
            "HM Inspectorate of Prisons for Scotland",
            "HMIPS",
            &["Prisons for Scotland", "Prisons in Scotland"],
            format!(r"{HM}Inspectorate\s+of\s+Prisons\s+(?:for|in)\s+Scotland|\bHMIPS\b"),
        ),
        (
            "HM Inspectorate of Prisons",
            "HMI Prisons",
            &["Prisons"],
            format!(r"{HM}Inspectorate\s+of\s+Prisons\b|\bHMI\s+Prisons\b|\bHMIP\b"),
        ),
        (
            "HM Inspectorate of Probation",
            "HMI Probation",
            &["Probation"],
            format!(r"{HM}Inspectorate\s+of\s+Probation\b|\bHMI\s+Probation\b"),
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
            &["Hospitals", "Adult Social Care", "Primary Medical Services", "General Practice"],
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
            r"Healthcare\s+Inspectorate\s+Wales|\bHIW\b".into(),
        ),
        (
            "Care Inspectorate Wales",
            "CIW",
            &[],
            r"Care\s+Inspectorate\s+Wales|\bCIW\b".into(),
        ),
        (
            "Care Inspectorate",
            "Care Inspectorate",
            &[],
            r"\bCare\s+Inspectorate\b".into(),
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
            "Independent Chief Inspector of Borders and Immigration",
            "ICIBI",
            &["Borders and Immigration"],
            r"Independent\s+Chief\s+Inspector\s+of\s+Borders\s+and\s+Immigration|\bICIBI\b".into(),
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

// ---------------------------------------------------------------- files

/// Verbs of examining, as a regex fragment: "examined 105 files", "reviewed
/// more than 300 cases".
pub const EXAMINE_VERBS: &str = r"(?:examined|examining|reviewed|reviewing|read|reading|looked\s+at|assessed|assessing|inspected|analysed|scrutinised|audited|checked|sampled|considered|tested)";

/// Verbs of following a person's case through, beside examining files
/// ("tracked 12 children and sampled 40 cases").
pub const TRACK_VERBS: &str = r"(?:tracked|tracking|followed\s+up)";

/// Nouns of examining, before "of" and a count: "in a review of 60
/// domestic abuse prosecutions", "an audit of 80 case files".
pub const EXAMINE_NOUNS: &str = r"(?:review|examination|audit|analysis|scrutiny|dip\s+sample)";

/// Words between a verb of examining and its count: "examined a total of
/// 105 files", "reviewed a random sample of 60 cases".
pub const COUNT_QUALIFIERS: &str = r"(?:a\s+total\s+of|a\s+(?:random\s+|representative\s+)?sample\s+of|in\s+total|some|almost|nearly|around|about|approximately)";

/// What inspectors examine, as a regex fragment: "case files", "custody
/// records", "crime reports" ("examined 55 reports which had been logged").
pub const FILE_NOUNS: &str = r"(?:case\s+files|case\s+records|files|cases|records|case\s+papers|prosecutions|disposals|investigations|referrals|(?:crime|incident|case|custody|pre-sentence)\s+reports|reports|letters)";

// ---------------------------------------------------------------- subject

/// Kinds of work inspected across an area, named before it: "police
/// custody in Cleveland", "youth offending services in Brackenshire", "a
/// joint targeted area inspection ... in Fenmarsh" (regex fragments).
pub const AREA_WORK: &[&str] = &[
    r"custody",
    r"probation\s+(?:services?|work)",
    r"youth\s+(?:offending|justice)\s+(?:services?|work)",
    r"services\s+for\s+children",
    r"children['’]?s\s+services",
    r"health\s*care\s+services",
    r"targeted\s+area\s+inspection",
    r"JTAI",
    r"(?:integrated\s+)?offender\s+management",
    r"adult\s+support\s+and\s+protection",
];

/// The last words of a named body inspected, as a regex fragment, longest
/// first: "Northmoor Constabulary", "Kestrel Community Rehabilitation
/// Company", "Serious Fraud Office", "Ablett Unit".
pub const BODY_NOUNS: &str = r"Police\s+Service|Police\s+Station|Police|Constabulary|Fire\s+(?:and|&)\s+Rescue(?:\s+(?:Service|Authority))?|Youth\s+Offending\s+(?:Service|Team)|Community\s+Rehabilitation\s+Company|CRC|BCU|Probation\s+(?:Service|Trust)|Secure\s+Training\s+Centre|Immigration\s+Removal\s+Centre|Young\s+Offender\s+Institution|STC|IRC|Council|Federation|Division|Service|Trust|Prison|Area|Office|Unit|Agency|Hospital|Limited";

/// Government departments: they commission and answer inspections but are
/// not the body inspected ("the Home Office asked the inspectorates").
pub const GOVERNMENT_DEPARTMENTS: &[&str] = &[
    "Home Office",
    "Cabinet Office",
    "Foreign Office",
    "Scotland Office",
    "Wales Office",
    "Northern Ireland Office",
];

/// National bodies that are inspected whole, each with the ways a page
/// names it (full name first, then short forms): a thematic inspection of
/// the CPS's handling of rape, a follow-up on the Probation Board for
/// Northern Ireland. Where no heading or opening paragraph names a body,
/// the one of these a page keeps returning to is the body inspected.
pub const NATIONAL_BODIES: &[&[&str]] = &[
    &["Crown Prosecution Service", "CPS"],
    &["Serious Fraud Office", "SFO"],
    &[
        "Probation Board for Northern Ireland",
        "Probation Board Northern Ireland",
        "Probation Board for NI",
        "PBNI",
    ],
    &["Northern Ireland Prison Service", "NIPS"],
    &[
        "Public Prosecution Service for Northern Ireland",
        "Public Prosecution Service",
        "PPS",
    ],
    &["Police Service of Northern Ireland", "PSNI"],
    &["Youth Justice Agency", "YJA"],
    &["Northern Ireland Courts and Tribunals Service", "NICTS"],
    &["Department of Justice", "DoJ"],
    &[
        "Crown Office and Procurator Fiscal Service",
        "COPFS",
        "Crown Office",
    ],
    &["Police Scotland"],
    &["Scottish Prison Service", "SPS"],
    &["Scottish Fire and Rescue Service", "SFRS"],
    &["Scottish Courts and Tribunals Service", "SCTS"],
    &["National Crime Agency", "NCA"],
    &["British Transport Police", "BTP"],
    &["Civil Nuclear Constabulary", "CNC"],
    &["Ministry of Defence Police", "MDP"],
    &["Border Force"],
    &["UK Visas and Immigration", "UKVI"],
    &["Immigration Enforcement"],
    &["HM Passport Office"],
    &[
        "HM Courts & Tribunals Service",
        "HM Courts and Tribunals Service",
        "HMCTS",
    ],
    &["Cafcass Cymru"],
    &["Cafcass"],
];

/// The least number of times a page must name a national body, and how
/// many times more often than any other, for it to be the body inspected.
pub const NATIONAL_BODY_MENTIONS: (usize, usize) = (3, 2);

/// Words that call an inspection joint: with more than one inspectorate,
/// such an inspection of a national body's work is of no single body.
pub const JOINT_WORDS: &[&str] = &["joint", "jointly"];

/// Government departments that an inspectorate inspects (department,
/// inspectorate's short form): on that inspectorate's pages the department
/// is the body inspected ("how the Home Office has dealt with ...").
pub const INSPECTED_DEPARTMENTS: &[(&str, &str)] = &[("Home Office", "ICIBI")];

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

/// Phrases that name who carried out the inspection, in a sentence after
/// the opening paragraphs: "undertaken by seven inspectors drawn from
/// Ofsted, ... and HMIC", "Ofsted inspectors rated ...", "learning and
/// skills were inspected jointly with Ofsted" (regex fragments).
pub const INSPECTION_TEAM: &[&str] = &[
    r"(?:undertaken|carried\s+out|conducted|led)\s+(?:jointly\s+)?by",
    r"inspectors\s+(?:drawn\s+)?from",
    r"joined\s+by\s+inspectors",
    // past participles only: "CQC inspects ... jointly with HMIP" is a
    // remit, not this inspection
    r"(?:inspected|carried\s+out|conducted|undertaken)\s+(?:jointly|in\s+(?:conjunction|partnership))\s+with",
];

/// The word for an inspectorate's staff after its name ("Ofsted
/// inspectors rated ..."): the body took part in the inspection.
pub const INSPECTOR_NOUN: &str = "inspector";

/// Words that make a capitalised phrase ending in "Area" or "Service" the
/// name of a kind of work, not of a body ("Joint Targeted Area", "Basic
/// Command Unit").
pub const NOT_BODY_WORDS: &[&str] = &["Joint", "Targeted", "Inspection", "Thematic", "Basic"];

/// Nations and the kingdom: "in England and Wales" is the scope of a
/// thematic inspection, not an area inspected.
pub const NATIONS: &[&str] = &[
    "England",
    "Wales",
    "Scotland",
    "Northern Ireland",
    "the UK",
    "UK",
    "United Kingdom",
    "Great Britain",
    "Britain",
];

// ---------------------------------------------------------------- units

/// The last word of a site's own name ("Castlewick Trial Unit", "Orme
/// Bridge Police Station"): a list of such names after a verb of visiting
/// names the units, with no count.
pub const SITE_NAME_NOUNS: &[&str] = &[
    "Unit",
    "Station",
    "Suite",
    "Office",
    "Court",
    "Centre",
    "Center",
    "Prison",
    "Hospital",
    "Home",
    "School",
    "Ward",
    "Team",
    "Division",
    "Hub",
    "Branch",
    "Clinic",
    "Wing",
    "House",
    "Institution",
    "Academy",
    "College",
];

/// Verbs of visiting, as a regex fragment: "visited six units", "covered
/// five custody suites", "took in three custody suites".
pub const VISIT_VERBS: &str = r"(?:visited|visiting|went\s+(?:out\s+)?to|travelled\s+to|inspected|covered|covering|took\s+in|spent\s+time\s+(?:in|at|with)|(?:carried\s+out\s+)?fieldwork\s+(?:in|at)|looked\s+at\s+the\s+work\s+of)";

/// Words before places named in prose with no count, besides the verbs of
/// visiting: "people held in police custody centres at A and B", "the
/// fieldwork was based at the Area's offices in A, B and C".
pub const PLACED_IN: &str = r"(?:held\s+in|based\s+(?:at|in))";

/// Marks that open a footnote at the foot of the notes: superscript
/// figures ("¹ Ofsted inspectors ...") and bracketed numbers ("[1] iQuanta
/// is ..."). A footnote explains a note; it is not one.
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

/// True when `item` opens with an article or "its" ("the separate unit",
/// "a holding room"): a site named as a place, not an aside.
pub fn opens_with_article(item: &str) -> bool {
    let lower = item
        .get(..item.len().min(4))
        .unwrap_or(item)
        .to_ascii_lowercase();
    // the article may end its line ("together with the\nPublic ...")
    ["the", "a", "an", "its"]
        .iter()
        .any(|a| lower.starts_with(a) && item[a.len()..].starts_with(|c: char| c.is_whitespace()))
}

/// Kinds of page an inspectorate publishes that are not inspection press
/// releases, as words in their titles (lower case).
pub const NOT_A_RELEASE: &[&str] = &[
    "annual report",
    "annual review",
    "report and accounts",
    "business plan",
    "corporate plan",
    "strategic plan",
    "consultation",
    "vacancies",
    "vacancy",
    "our reports",
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

/// Line openings that date one item of a listing page ("Published: 15
/// September 2020" under each teaser).
pub const LISTING_DATE_LEADS: &[&str] = &["Published:", "Published on:", "Date published:"];

/// Words that name one custodial establishment at the start of its name
/// ("HMP Bedford", "HMP/YOI Portland"), longest first.
pub const ESTABLISHMENT_PREFIXES: &[&str] = &[
    "HMP/YOI",
    "HMP & YOI",
    "HMP and YOI",
    "HMYOI",
    "HMIRC",
    "HMP",
    "YOI",
    "IRC",
    "STC",
];

/// Words that name a prosecution Area at the start of its name ("CPS
/// Marchmont").
pub const AREA_PREFIXES: &[&str] = &["CPS"];

/// The last words of a police force's name, as regex fragments ("Avonmere
/// Police", "Caddonshire Constabulary", "Police Service of Northern
/// Ireland" is named otherwise).
pub const POLICE_FORCE_NOUNS: &[&str] = &[r"Police\s+Service", r"Constabulary", r"Police"];

/// Small words a name in title case keeps in lower case ("Brackenshire
/// Probation Area", "Dumfries and Galloway", "Report on the ...").
pub const NAME_JOINERS: &[&str] = &[
    "and", "of", "&", "the", "on", "in", "for", "at", "to", "a", "an", "by",
];

/// Points of the compass that open the name of a part of a place ("north
/// and west London", "South East Wales"), as regex fragments.
pub const COMPASS_WORDS: &[&str] = &[
    r"(?:north|south)[\s-]?(?:east|west)(?:ern)?",
    r"north(?:ern)?",
    r"south(?:ern)?",
    r"east(?:ern)?",
    r"west(?:ern)?",
    r"central",
    r"mid",
];

/// Words that name one establishment at the end of its name ("Yarl's Wood
/// Immigration Removal Centre", "Dundee custody centre").
pub const ESTABLISHMENT_SUFFIXES: &[&str] = &[
    "prison",
    "young offender institution",
    "immigration removal centre",
    "secure training centre",
    "custody centre",
    "police station",
    "irc",
    "stc",
    "yoi",
];

/// True when `name` is one establishment by its form: a prefix from
/// [`ESTABLISHMENT_PREFIXES`] then a capitalised word, or a suffix from
/// [`ESTABLISHMENT_SUFFIXES`].
///
/// ```
/// use inspection_extract::lexicon::is_establishment;
/// assert!(is_establishment("HMP Bedford"));
/// assert!(is_establishment("Yarl's Wood Immigration Removal Centre"));
/// assert!(!is_establishment("CPS London"));
/// assert!(!is_establishment("HMP"));
/// ```
pub fn is_establishment(name: &str) -> bool {
    let prefixed = ESTABLISHMENT_PREFIXES.iter().any(|p| {
        name.len() > p.len()
            && name.is_char_boundary(p.len())
            && name[..p.len()].eq_ignore_ascii_case(p)
            && name[p.len()..].starts_with(' ')
            && name[p.len()..].trim_start().starts_with(char::is_uppercase)
    });
    let lower = name.to_lowercase();
    prefixed
        || ESTABLISHMENT_SUFFIXES.iter().any(|s| {
            lower.len() > s.len() + 1
                && lower.ends_with(s)
                && lower[..lower.len() - s.len()].ends_with(' ')
        })
}

/// Plural nouns for the places inspectors visit, as a regex fragment
/// (longest first).
pub const UNIT_NOUNS: &str = r"(?:local\s+delivery\s+units|police\s+stations|fire\s+stations|custody\s+suites|probation\s+offices|youth\s+offending\s+(?:teams|services)|young\s+offender\s+institutions|command\s+units|units|sites|boroughs|districts|offices|divisions|establishments|prisons|stations|PDUs|LDUs|LCJBs|BCUs|PRUs|YOTs|teams|hubs|courts|centres|areas|forces|trusts|schools|settings|hospitals|homes|wards|branches|schemes|services|authorities|councils|locations|premises|suites|depots|bases|clinics|wings|halls|courthouses|sectors|house\s*blocks|blocks|landings|facilities)";

/// Words of a visit that returns to an inspected body (regex fragments):
/// where a page also tells of the inspection it returns to, the return is
/// this report's fieldwork.
pub const RETURN_VISIT_WORDS: &[&str] = &[
    r"returned",
    r"revisited",
    r"went\s+back",
    r"monitoring\s+visit",
    r"follow[\s-]?up\s+visit",
    r"return\s+visit",
];

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
];

/// Capitalised plural nouns that a list of names shares ("the Apple Tree
/// and Juniper Wards"): each name before it is a unit.
/// The last word of a street in a postal address ("14 Tothill Walk"): an
/// address in a release's letterhead is neither its title nor headline.
pub const STREET_WORDS: &[&str] = &[
    "Street",
    "Road",
    "Walk",
    "Row",
    "Lane",
    "Place",
    "Square",
    "Avenue",
    "Way",
    "Terrace",
    "Court",
    "Wynd",
    "Gardens",
    "Parade",
    "Embankment",
];

pub const SHARED_UNIT_NOUNS: &[&str] = &["Wards", "Units", "Wings", "Houses"];

/// Acronyms that end the name of one local unit ("South Tyneside and
/// Gateshead PDU", "Northtown BCU"): two or more such names in a release
/// are the units it reports on.
pub const UNIT_ACRONYMS: &[&str] = &["PDU", "LDU", "BCU", "YOT", "YOS"];

/// Capitalised words that open a sentence before a name ("At South
/// Tyneside PDU we saw ...") and are not part of it.
pub const NAME_LEAD_WORDS: &[&str] = &[
    "At", "In", "The", "For", "By", "From", "To", "And", "With", "Of", "On", "But", "While",
];

/// A plural unit noun made singular, for distributing a shared suffix over a
/// list ("North, South and Central PDUs" -> "North PDU").
///
/// ```
/// use inspection_extract::lexicon::singular;
/// assert_eq!(singular("police stations"), "police station");
/// assert_eq!(singular("PDUs"), "PDU");
/// assert_eq!(singular("facilities"), "facility");
/// ```
pub fn singular(noun: &str) -> String {
    if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = noun
        .strip_suffix("ches")
        .or_else(|| noun.strip_suffix("shes"))
    {
        format!("{stem}{}", &noun[stem.len()..stem.len() + 2])
    } else if let Some(stem) = noun.strip_suffix('s') {
        stem.to_owned()
    } else {
        noun.to_owned()
    }
}

// ---------------------------------------------------------------- people

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
    "calls",
    "urges",
    "criticises",
    "criticised",
    "highlights",
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
    "branded",
    "condemned",
    "lacks",
    "struggles",
    "struggling",
    "uncovers",
    "uncovered",
];

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
    "slow",
    "now",
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

/// Words just before a speaker named with a body for a title ("according
/// to Charlie Taylor, HM Inspectorate of Prisons"), in lower case.
pub const ATTRIBUTION_LEADS: &[&str] = &["according to", "said", "says"];

/// Honorifics that stand before a name and are not part of it.
pub const HONORIFICS: &[&str] = &[
    "Sir",
    "Dame",
    "Dr",
    "Dr.",
    "Professor",
    "Prof",
    "Prof.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Miss",
    "Lord",
    "Lady",
    "Baroness",
    "Baron",
    "The Rt Hon",
    "Rt Hon",
];

/// Courtesy titles that, with a surname alone ("Mr Broadbent said:"),
/// point back to a person named in full elsewhere in the document.
pub const COURTESY_TITLES: &[&str] = &["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx"];

/// Post-nominal letters that follow a name and are not part of it.
pub const POST_NOMINALS: &[&str] = &[
    "QPM", "CBE", "OBE", "MBE", "KBE", "DBE", "KCB", "CB", "KC", "QC", "DL", "JP", "KPM", "CPM",
    "CMG", "KCMG", "DCMG", "GCB", "CVO", "KCVO", "LVO", "MVO", "DSO", "MC", "FRS", "FRSA", "PhD",
    "MA", "MSc", "BA", "LLB", "LLM", "MBA", "DPhil", "FRCP", "FRCPsych",
];

// ---------------------------------------------------------------- phrases of the extractors
//
// Word lists that were inline in the extractors' patterns, one list per
// pattern, in the order the extractors run them.

/// Words of a sentence that tells when inspectors were on site: "fieldwork", "visited", "took place", "returned" (regex fragments, tried in order).
pub const FIELDWORK_WORDS: &[&str] = &[
    r"fieldwork",
    r"field\s+work",
    r"on[\s-]site",
    r"visited",
    r"went\s+to",
    r"took\s+place",
    r"were\s+on\s+site",
    r"inspectors\s+were",
    r"inspection\s+(?:was|took)",
    r"was\s+inspected",
    r"were\s+inspected",
    r"inspected",
    r"carried\s+out",
    r"conducted",
    r"visit",
    r"inspection\s+team",
    r"spent",
    r"returned",
    r"revisited",
    r"went\s+back",
    r"review\s+of\s+progress",
    r"followed\s+up",
    r"began",
    r"started",
    r"led\s+the\s+inspection",
    r"(?:inspection|fieldwork|visits?)\s+ran",
    r"(?:unannounced|announced)\s+inspections?\s+in\b",
];

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
    r"\b(?:previous|last|earlier|original|initial|prior)\s+(?:\w+\s+)?(?:inspection|review|report|visit)",
    r"\b(?:19|20)\d\d\s+(?:joint\s+|thematic\s+|inspection\s+)?(?:report|inspection|review)",
];

/// Words of a sentence whose dates are not the fieldwork: a previous inspection, a publication date, a reporting or sample period, statistics (regex fragments, tried in order).
pub const NOT_FIELDWORK_WORDS: &[&str] = &[
    r"\b(?:previous|last|earlier|original|initial|prior)\s+(?:\w+\s+)?(?:inspection|review|report|visit)",
    r"\bpublished\s+(?:on|in|today|yesterday)\b",
    r"\bpublication\s+date\b",
    r"\breporting\s+period",
    r"\bperiod\s+covered",
    r"\bcovering\s+the\s+period",
    r"\bcases?\s+(?:finalised|completed|charged|concluded|closed)",
    r"\bsample\s+(?:period|of\s+cases)",
    r"\bsampled\b",
    r"\bdata\s+(?:for|from|covering)",
    r"\bfinalised\s+between",
    r"\bcommenced\s+between",
    r"\bsentenced\s+between",
    r"\breleased\s+between",
    r"\bstatistics\b",
    r"\b(?:was|were)\s+announced\b",
    r"\b(?:followed|after)\s+(?:a|an|the|its)\s+(?:full\s+|previous\s+|earlier\s+|original\s+|first\s+)?inspection\b",
    // the programme's dates, not this inspection's: "all inspections ...
    // between November 2020 and June 2021", "inspected every force"
    r"\ball\s+inspections\b",
    r"\binspected\s+every\b",
    r"\b(?:last|previously|first)\s+inspected\b",
];

/// Words that make a phrase beside a name a role: "inspector", "director", "chief", "HM" (regex fragments, tried in order).
pub const ROLE_WORDS: &[&str] = &[
    r"inspector",
    r"inspectorate",
    r"prosecutor",
    r"constable",
    r"executive",
    r"director",
    r"officer",
    r"commissioner",
    r"governor",
    r"head",
    r"chair",
    r"chairman",
    r"chairwoman",
    r"minister",
    r"secretary",
    r"manager",
    r"president",
    r"leader",
    r"lead",
    r"deputy",
    r"chief",
    r"HM",
];

/// Words of an inspector's role (regex fragments, tried in order).
pub const INSPECTOR_ROLE_WORDS: &[&str] = &[
    r"\binspector\b",
    r"\binspectorate\b",
    r"\bchief\s+inspector",
];

/// Roles that are not the chief inspector's, even in an inspectorate: a deputy or assistant chief, a lead inspector, a prosecutor, chief constable, governor or minister (regex fragments, tried in order).
pub const NOT_INSPECTOR_ROLES: &[&str] = &[
    r"crown\s+prosecutor",
    r"chief\s+constable",
    r"chief\s+executive",
    r"police\s+and\s+crime\s+commissioner",
    r"governor",
    r"director\s+of",
    r"minister",
    r"secretary\s+of\s+state",
    r"deputy",
    r"assistant",
    r"lead\s+inspector",
    r"detective\s+(?:chief\s+)?inspector",
    r"police\s+inspector",
];

/// Words of institutions and places that end a role and never stand in a person's name (regex fragments, tried in order).
pub const INSTITUTION_WORDS: &[&str] = &[
    r"Service",
    r"Services",
    r"Prosecution",
    r"Prosecutions",
    r"Police",
    r"Constabulary",
    r"Justice",
    r"Council",
    r"Scotland",
    r"Ireland",
    r"Wales",
    r"England",
    r"Crown",
    r"Court",
    r"Courts",
    r"Prisons",
    r"Probation",
    r"Rescue",
    r"Fire",
    r"Education",
    r"Training",
    r"Care",
    r"Health",
    r"Inspection",
    r"Commission",
    r"Government",
    r"Office",
    r"Ministry",
    r"Department",
    r"Authority",
    r"Trust",
    r"Board",
    r"Agency",
    r"Area",
    r"Region",
];

/// The line that introduces the key findings: "Key findings:", "Inspectors found that:" (regex fragments, tried in order).
pub const FINDINGS_LEADS: &[&str] = &[
    r"\b(?:key|main|principal)\s+findings?\b[^:]{0,40}:\s*$",
    r"\b(?:inspectors|the\s+inspection|the\s+inspectors|the\s+report|the\s+review|we)\s+(?:also\s+)?found\s+(?:that)?\s*:\s*$",
];

/// Web-page and PDF furniture at the start of a line: skip links, breadcrumbs, cookie banners, share and print links, report links, copyright (regex fragments, tried in order).
pub const DEBRIS_LINES: &[&str] = &[
    r"select\s+(?:a|an|your)\b.*(?:\.\.\.|…)\s*$",
    r"skip\s+(?:to\s+(?:main\s+)?)?(?:content|navigation)",
    r"text\s+size\s*:",
    r"printer[\s-]+friendly\s+version",
    r"site\s*map\s*$",
    r"back\s+to\s+[\w\s]{1,30}(?:\||$)",
    r"contents\s*$",
    r"print\s+this\s+(?:document|report)",
    r"read\s+the\s+(?:full\s+)?report\s*:",
    r"(?:get|read|download)\s+the\s+(?:full\s+)?report\s*$",
    r"read\s+[‘'\x22“].*[’'\x22”]\s*$",
    r"publication\s+types?\s*:",
    r"part\s+of\s*:",
    r"global\s+keyword\s+search",
    r"1\.\s*home\b",
    r"you\s+are\s+here",
    r"home\s*(?:>|›|»|/|\|)",
    r"we\s+use\s+(?:some\s+)?(?:essential\s+)?cookies",
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
    r"follow\s+us\s+on",
    r"(?:pdf|docx?)\s*[,(]?\s*\d+(?:\.\d+)?\s*[km]b\b",
    r"(?:menu|search|gov\.uk|sign\s+in|log\s*in|print|share|home|back)\s*$",
    r"sign\s+in\s{2,}",
    r"tags?\s*:",
    r"find\s+an\s+inspection\s+report\s*$",
    r"(?:local\s+authority|provider|unique\s+reference)\s+(?:code|number)\s*:",
    r"inspection\s+(?:type|start\s+date|end\s+date)\s*:",
    r"other\s+reports\s+for\s+this\s+provider",
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

/// What opens a sentence that breaks down the count of the sentence before: "Within that total were", "Of these," (regex fragments, tried in order).
pub const NEXT_SENTENCE_BREAKDOWN_LEADS: &[&str] = &[
    r"within\s+(?:that|this|the)\s+(?:total|sample|number)\s*,?\s*(?:there\s+)?(?:were|was)",
    r"of\s+(?:these|those|them)\s*,?(?:\s+there\s+were)?",
    r"(?:these|they)\s+(?:included|comprised|were\s+made\s+up\s+of)",
];

/// The words of a chief inspector's role, as against an inspector's
/// (regex fragments).
pub const CHIEF_INSPECTOR_WORDS: &[&str] = &[r"chief\s+inspector"];

/// Verbs after "also" that add a site visited beside the units: "also visited", "also spent a day at", "also called at" (regex fragments, tried in order).
pub const ALSO_VISITED_VERBS: &[&str] = &[
    r"visited",
    r"went\s+to",
    r"spent\s+(?:time|(?:a|an|one|two|three|four|five|half\s+a)\s+(?:days?|mornings?|afternoons?|weeks?))\s+(?:at|in|with)",
    r"called\s+at",
];

/// What stands between a name and the title after it ("Dame Gillian Morrow
/// is HM Chief Inspector of Probation", "Moira Fairlie QPM took up post as
/// HM Chief Inspector of Constabulary"), longest first: "Nick Hardwick
/// Chief Inspector of Prisons" with nothing between is not a form.
pub const NAME_TITLE_LINKS: &[&str] = &[
    " took up post as",
    " took up the post of",
    " has been appointed as",
    " has been appointed",
    " was appointed as",
    " was appointed",
    " became",
    " is",
    " was",
    ",",
    "(",
];

/// Verbs that open the next clause after a list of places ("visited A and
/// B and examined 60 files", "also visited the hub, and spoke to staff"):
/// the list is over there.
pub const NEXT_CLAUSE_VERBS: &[&str] = &[
    "examined",
    "looked",
    "spoke",
    "interviewed",
    "held",
    "read",
    "reviewed",
    "met",
    "talked",
];

/// Phrases before a progress word that ask for a state rather than report
/// one ("plans should be implemented"), in lower case.
pub const MODAL_PHRASES: &[&str] = &[
    "should be",
    "must be",
    "to be",
    "will be",
    "would be",
    "could be",
];

/// Words that say what kind of inspection a report is ("an unannounced
/// full follow-up inspection of"), as regex fragments.
pub const INSPECTION_KIND_WORDS: &[&str] = &[
    r"unannounced",
    r"announced",
    r"full",
    r"short",
    r"joint",
    r"follow[\s-]?up",
    r"thematic",
];

/// Nouns of a piece of inspection work, after which the body inspected is
/// named ("inspection of", "review into", "report on").
pub const INSPECTION_NOUNS: &[&str] = &[
    r"inspection",
    r"review",
    r"report",
    r"visit",
    r"assessment",
    r"audit",
];

/// What an inspection looks at in a body, before the body's name ("the
/// performance of CPS London", "the handling of cases by"), as regex
/// fragments.
pub const WORK_NOUNS: &[&str] = &[
    r"performance",
    r"work",
    r"effectiveness",
    r"progress",
    r"quality",
    r"handling",
    r"management",
    r"delivery",
    r"arrangements",
    r"services?",
    r"review",
    r"inspection",
];

/// Wordings of an embargo other than the word itself ("Not for
/// publication before ...", "Not to be published or broadcast before
/// ..."), as regex fragments.
pub const EMBARGO_PHRASES: &[&str] = &[
    r"not\s+for\s+(?:publication|release|broadcast)(?:\s+or\s+broadcast)?",
    r"not\s+to\s+be\s+(?:published|released|broadcast)(?:\s+or\s+(?:broadcast|published))?",
    r"under\s+embargo",
];

/// Verbs that attribute a quote: "said", "commented", "added" (regex fragments, tried in order).
pub const SPEECH_VERBS: &[&str] = &[
    r"said",
    r"says",
    r"commented",
    r"comments",
    r"added",
    r"adds",
    r"stated",
    r"explained",
    r"remarked",
    r"concluded",
];

/// Words that open a letterhead's contact line ("Tel: 020 7946 0813  Fax:
/// ..."), in lower case.
pub const CONTACT_WORDS: &[&str] = &[
    "tel",
    "telephone",
    "phone",
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
/// ```
pub fn is_contact_line(line: &str) -> bool {
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
    CONTACT_WORDS.iter().any(|w| {
        lower.strip_prefix(w).is_some_and(|rest| {
            w.ends_with('.')
                || rest.trim_start().starts_with([':', '.'])
                || rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
        })
    })
}

/// Headings that open the tail of a web page after the release (links to
/// other pages, tags), in lower case.
pub const PAGE_TAIL_HEADINGS: &[&str] = &[
    "related content",
    "related links",
    "related pages",
    "related publications",
    "related downloads",
    "related documents",
    "related reports",
    "share this page:",
    "page last updated:",
    "related news",
    "documents",
    "downloads",
    "tags:",
    "back to top",
    "share this page",
    "share this article",
];

/// True when `line` is one of [`PAGE_TAIL_HEADINGS`], alone on its line
/// ("Tags:" with what follows it).
///
/// ```
/// use inspection_extract::lexicon::is_page_tail;
/// assert!(is_page_tail("Related content"));
/// assert!(is_page_tail("Tags: Crime data integrity, Ferrisford"));
/// assert!(!is_page_tail("Related content was reviewed by inspectors."));
/// ```
pub fn is_page_tail(line: &str) -> bool {
    // a bilingual page's "Rhannu'r dudalen hon / Share this page"
    let english = line.split_once(" / ").map_or(line, |(_, second)| second);
    [line, english].iter().any(|part| {
        let lower = part.trim().to_ascii_lowercase();
        PAGE_TAIL_HEADINGS
            .iter()
            .any(|h| lower == *h || (h.ends_with(':') && lower.starts_with(h)))
    })
}

/// The first of two kinds a release splits its recommendations into
/// ("four strategic and nine operational recommendations").
pub const FIRST_RECOMMENDATION_KINDS: &[&str] = &["strategic", "main", "key", "principal"];

/// The second of the two kinds.
pub const SECOND_RECOMMENDATION_KINDS: &[&str] = &["operational", "supporting", "further", "other"];

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
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compound_number_words() {
        let cases = [
            ("one", 1),
            ("twelve", 12),
            ("forty-five", 45),
            ("forty five", 45),
            ("a hundred", 100),
            ("one hundred and five", 105),
            ("two hundred and forty-five", 245),
            ("three thousand", 3000),
            ("one thousand two hundred", 1200),
            ("Fourteen", 14),
        ];
        for (text, value) in cases {
            assert_eq!(number_value(text), Some(value), "{text}");
        }
        assert_eq!(number_value("seventy-"), None);
        assert_eq!(parse_number("tenth"), None);
        assert_eq!(parse_number("one-off").map(|n| n.0), Some(1));
    }

    #[test]
    fn number_pattern_matches_what_parse_reads() {
        let re = crate::lexicon::regex(&format!(r"(?i)\b{NUMBER_PATTERN}\b")).unwrap();
        for text in ["two hundred and forty-five", "ninety-six", "1,250", "14"] {
            let m = re.find(text).unwrap();
            assert_eq!(m.as_str(), text);
            assert!(number_value(m.as_str()).is_some());
        }
    }

    #[test]
    fn misspelt_months() {
        assert_eq!(month("Ocotber"), Some(MonthMatch::Misspelt(10)));
        assert_eq!(month("Novmber"), Some(MonthMatch::Misspelt(11)));
        assert_eq!(month("Decemebr"), Some(MonthMatch::Misspelt(12)));
        assert_eq!(month("Jun"), Some(MonthMatch::Exact(6)));
        assert_eq!(month("Jane"), None);
        assert_eq!(month("Marching"), None);
        assert_eq!(month("Augustine"), None);
        assert_eq!(month("Jully"), Some(MonthMatch::Misspelt(7)));
        assert_eq!(month("Junne"), Some(MonthMatch::Misspelt(6)));
        assert_eq!(month("Julie"), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday("Weds"), Some(2));
        assert_eq!(weekday("TUESDAY"), Some(1));
        assert_eq!(weekday("Sunny"), None);
    }

    #[test]
    fn progress_regex_prefers_longest() {
        let m = PROGRESS_RE.find("were not yet achieved").unwrap();
        assert_eq!(m.as_str(), "not yet achieved");
        let m = PROGRESS_RE
            .find("made good or reasonable\nprogress")
            .unwrap();
        assert_eq!(progress_label(m.as_str()), "good_or_reasonable_progress");
    }

    #[test]
    fn every_listed_label_reads_as_a_rating() {
        for label in PROGRESS_LABELS {
            assert_eq!(rating(label), Some(Rating::Known), "{label}");
        }
        assert_eq!(rating("Not (yet) achieved"), Some(Rating::Known));
    }

    #[test]
    fn inspectorates_are_matched_most_specific_first() {
        let text = "HM Inspectorate of Constabulary in Scotland";
        let first = INSPECTORATES
            .iter()
            .find(|i| i.pattern.is_match(text))
            .unwrap();
        assert_eq!(first.short, "HMICS");
    }
}
