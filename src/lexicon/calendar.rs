//! Months and weekdays, with the misspellings PDF text and hurried typing
//! give them ("Ocotber", "Jully", "Weds"). A misspelt month is read and
//! reported: the caller leaves a `month-misspelt` diagnostic.

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

/// Half of a month, as a regex fragment before the month: "the first
/// fortnight of March" (days 1-14), "the second fortnight of June" (the
/// 15th to the month's end). The first word tells which half.
pub const MONTH_HALF: &str = r"(?:first|second|last|latter)\s+(?:fortnight|half)\s+of";

/// The words of [`MONTH_HALF`] that mean the first half.
pub const FIRST_HALF_WORDS: [&str; 1] = ["first"];

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

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The weekdays as a regex alternation, for patterns that let a weekday
/// stand before a day ("from Tuesday 8 to Friday 11 March 2016").
pub(crate) fn weekday_alternation() -> String {
    WEEKDAYS.join("|")
}

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

/// Units of a length of time: the number before one counts time, not
/// things ("within six months", "for two weeks"); each is matched as a
/// whole word or its plural, so "day" does not open "daylight".
pub const DURATION_UNITS: &[&str] = &["hour", "day", "week", "month", "year"];

/// True when `text` opens with one of [`DURATION_UNITS`], as a whole word
/// or its plural: the number before it counts time.
///
/// ```
/// use inspection_extract::lexicon::opens_with_duration_unit;
/// assert!(opens_with_duration_unit("hours a day in cells"));
/// assert!(!opens_with_duration_unit("daylight robbery"));
/// ```
pub fn opens_with_duration_unit(text: &str) -> bool {
    DURATION_UNITS
        .iter()
        .any(|unit| crate::source::starts_with_word_ignore_case(text, unit))
}
