//! The date and time grammar shared by the embargo and fieldwork extractors.
//!
//! Dates are read with nom at a given position: "Thursday 23 Febraury 2012",
//! "Thurs 27th October", "the 3rd of March", "March 3, 2015", "21/08/2015",
//! "2017-03-09". Times: "00:01", "00.01am", "0001hrs", "9am", "8:30 a.m.",
//! "midnight", "noon", each optionally followed by GMT or BST.

use std::ops::Range;
use std::sync::LazyLock;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1},
    character::complete::{char as ch, satisfy},
    combinator::{opt, recognize, verify},
    sequence::preceded,
};

use crate::lexicon::{self, MonthMatch};

/// A date as written: any part may be missing except the month.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateText {
    pub day: Option<u8>,
    pub month: u8,
    pub year: Option<i16>,
    /// The weekday written, 0 = Monday.
    pub weekday: Option<u8>,
    /// The month word when it was misspelt.
    pub misspelt_month: Option<String>,
    /// Byte range of the whole date in the searched text.
    pub range: Range<usize>,
}

impl DateText {
    /// The civil date, when day and year are both known and valid.
    pub fn to_date(&self) -> Option<Date> {
        Date::new(self.year?, self.month as i8, self.day? as i8).ok()
    }
}

/// A time of day as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeText {
    pub hour: u8,
    pub minute: u8,
    /// "GMT" or "BST" when written.
    pub zone: Option<&'static str>,
    pub range: Range<usize>,
}

fn ws1(input: &str) -> IResult<&str, &str> {
    take_while1(char::is_whitespace).parse(input)
}

fn ws0(input: &str) -> IResult<&str, &str> {
    nom::bytes::complete::take_while(char::is_whitespace).parse(input)
}

fn alpha_word(input: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic()).parse(input)
}

fn digits(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, &str> {
    move |input: &str| {
        let (rest, d) = take_while_m_n(min, max, |c: char| c.is_ascii_digit()).parse(input)?;
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Digit,
            )));
        }
        Ok((rest, d))
    }
}

fn weekday_word(input: &str) -> IResult<&str, u8> {
    let (rest, w) = alpha_word(input)?;
    match lexicon::weekday(w) {
        Some(d) => {
            let (rest, _) = opt(ch('.')).parse(rest)?;
            let (rest, _) = opt(preceded(ws0, ch(','))).parse(rest)?;
            Ok((rest, d))
        }
        None => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

fn month_word(input: &str) -> IResult<&str, (MonthMatch, &str)> {
    let (rest, w) = alpha_word(input)?;
    match lexicon::month(w) {
        Some(m) => {
            let (rest, _) = opt(ch('.')).parse(rest)?;
            Ok((rest, (m, w)))
        }
        None => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

fn day_number(input: &str) -> IResult<&str, u8> {
    let (rest, d) = verify(digits(1, 2), |d: &str| {
        d.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n))
    })
    .parse(input)?;
    let (rest, _) = opt(alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    )))
    .parse(rest)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, d.parse().unwrap_or(1)))
}

fn year_number(input: &str) -> IResult<&str, i16> {
    let (rest, y) = verify(digits(4, 4), |y: &str| {
        y.parse::<i16>().is_ok_and(|n| (1900..=2199).contains(&n))
    })
    .parse(input)?;
    Ok((rest, y.parse().unwrap_or(2000)))
}

type Parts<'a> = (Option<u8>, Option<u8>, (MonthMatch, &'a str), Option<i16>);

/// "Thursday 23 February 2012", "the 3rd of March", "23 Feb. 2012".
fn day_first(input: &str) -> IResult<&str, Parts<'_>> {
    (
        opt((weekday_word, ws1).map(|(w, _)| w)),
        opt((tag_no_case("the"), ws1)),
        day_number,
        ws0,
        opt((tag_no_case("of"), ws1)),
        month_word,
        opt(preceded((opt(ch(',')), ws1), year_number)),
    )
        .map(|(w, _, d, _, _, m, y)| (w, Some(d), m, y))
        .parse(input)
}

/// "Thursday, March 3, 2015", "March 3rd".
fn month_first(input: &str) -> IResult<&str, Parts<'_>> {
    (
        opt((weekday_word, ws1).map(|(w, _)| w)),
        month_word,
        ws1,
        day_number,
        opt(preceded((opt(ch(',')), ws1), year_number)),
    )
        .map(|(w, m, _, d, y)| (w, Some(d), m, y))
        .parse(input)
}

fn numeric(input: &str) -> IResult<&str, (u8, u8, i16)> {
    alt((
        // ISO 8601
        (digits(4, 4), ch('-'), digits(2, 2), ch('-'), digits(2, 2)).map(
            |(y, _, m, _, d): (&str, char, &str, char, &str)| {
                (
                    d.parse().unwrap_or(0),
                    m.parse().unwrap_or(0),
                    y.parse().unwrap_or(0),
                )
            },
        ),
        // UK day-first: 21/08/2015, 21.08.15
        (
            digits(1, 2),
            satisfy(|c| c == '/' || c == '.'),
            digits(1, 2),
            satisfy(|c| c == '/' || c == '.'),
            alt((digits(4, 4), digits(2, 2))),
        )
            .map(|(d, _, m, _, y): (&str, char, &str, char, &str)| {
                let y: i16 = y.parse().unwrap_or(0);
                let y = if y < 100 { 2000 + y } else { y };
                (d.parse().unwrap_or(0), m.parse().unwrap_or(0), y)
            }),
    ))
    .parse(input)
}

/// Misspelt months written after a day number ("15 Agust 2014", "3rd
/// Novmber"): each word's byte range and the month it is read as. Only
/// words after a day are tried, so that a name near a month ("Marco",
/// "Marches") elsewhere is not taken for one.
///
/// ```
/// use inspection_extract::dates::misspelt_months;
/// let text = "between 4 and 15 Agust 2014, not in the Marches";
/// assert_eq!(misspelt_months(text), vec![(17..22, 8)]);
/// ```
pub fn misspelt_months(text: &str) -> Vec<(Range<usize>, u8)> {
    crate::work::charge(text.len());
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut at = 0;
    // Only a day number can come before: the scan stops at digits alone,
    // so a page costs one comparison a byte.
    while let Some(offset) = bytes[at..].iter().position(u8::is_ascii_digit) {
        let start = at + offset;
        let mut end = start;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        at = end;
        let standalone = start == 0 || !bytes[start - 1].is_ascii_alphanumeric();
        // the day as the date grammar reads it, ordinal suffix and all
        let Some(mut word) = standalone
            .then(|| day_number(&text[start..]).ok())
            .flatten()
            .map(|(rest, _)| text.len() - rest.len())
        else {
            continue;
        };
        let spaced = bytes[word..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        if spaced == 0 {
            continue;
        }
        word += spaced;
        let len = bytes[word..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let whole = bytes
            .get(word + len)
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        if !(5..=12).contains(&len) || !whole {
            continue;
        }
        if let Some(MonthMatch::Misspelt(m)) = lexicon::month(&text[word..word + len]) {
            found.push((word..word + len, m));
        }
    }
    found
}

/// Months broken over a line by a hyphen after a day number ("between 16
/// and 27 Octo-" / "ber 2023"): each word's range, the hyphen and line
/// break inside, and its month. Only the places where a line ends in a
/// hyphen are looked at, so a page costs one scan for them.
///
/// ```
/// use inspection_extract::dates::broken_months;
/// let text = "between 16 and 27 Octo-\nber 2023";
/// assert_eq!(broken_months(text), vec![(18..27, 10)]);
/// ```
pub fn broken_months(text: &str) -> Vec<(Range<usize>, u8)> {
    crate::work::charge(text.len());
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (hyphen, _) in text.match_indices("-\n").chain(text.match_indices("-\r\n")) {
        let start = bytes[..hyphen]
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        let after = hyphen + if bytes[hyphen + 1] == b'\r' { 3 } else { 2 };
        let end = after
            + bytes[after..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
        if start == hyphen || end == after || end - start > 16 {
            continue;
        }
        // a day number and a space before it
        let before = text[..start].trim_end_matches([' ', '\t']);
        if before.len() == start || !before.ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let joined = format!("{}{}", &text[start..hyphen], &text[after..end]);
        if let Some(MonthMatch::Exact(m)) = lexicon::month(&joined) {
            if joined.len() > 3 && lexicon::month_name(m).eq_ignore_ascii_case(&joined) {
                found.push((start..end, m));
            }
        }
    }
    found.sort_by_key(|(r, _)| r.start);
    found
}

/// `text` with each misspelt month of [`misspelt_months`] written as its
/// three-letter abbreviation padded with spaces to the word's length, so
/// that month patterns read it and every byte offset still holds.
///
/// ```
/// use inspection_extract::dates::{misspelt_months, with_months_spelt};
/// let text = "between 4 and 15 Agust 2014";
/// assert_eq!(with_months_spelt(text, &misspelt_months(text)), "between 4 and 15 Aug   2014");
/// ```
pub fn with_months_spelt(text: &str, misspelt: &[(Range<usize>, u8)]) -> String {
    let mut out = text.to_owned();
    for (range, month) in misspelt {
        let short = &lexicon::month_name(*month)[..3];
        let padded = format!("{short:<width$}", width = range.len());
        out.replace_range(range.clone(), &padded);
    }
    out
}

/// Reads a date starting exactly at `input`'s first byte.
fn date_here(input: &str) -> Option<(DateText, usize)> {
    if let Ok((rest, (weekday, (day, month, year)))) =
        (opt((weekday_word, ws1).map(|(w, _)| w)), numeric).parse(input)
    {
        if (1..=12).contains(&month) && (1..=31).contains(&day) {
            let used = input.len() - rest.len();
            return Some((
                DateText {
                    day: Some(day),
                    month,
                    year: Some(year),
                    weekday,
                    misspelt_month: None,
                    range: 0..used,
                },
                used,
            ));
        }
        return None;
    }
    let (rest, (weekday, day, (month, word), year)) =
        alt((day_first, month_first)).parse(input).ok()?;
    let used = input.len() - rest.len();
    Some((
        DateText {
            day,
            month: month.number(),
            year,
            weekday,
            misspelt_month: matches!(month, MonthMatch::Misspelt(_)).then(|| word.to_owned()),
            range: 0..used,
        },
        used,
    ))
}

/// Finds the first full date (day and month, year optional) in `text`.
///
/// ```
/// use inspection_extract::dates::find_date;
/// let d = find_date("Embargoed until 00:01 Hrs Thursday 23 Febraury 2012").unwrap();
/// assert_eq!((d.day, d.month, d.year, d.weekday), (Some(23), 2, Some(2012), Some(3)));
/// assert_eq!(d.misspelt_month.as_deref(), Some("Febraury"));
/// assert_eq!(&"Embargoed until 00:01 Hrs Thursday 23 Febraury 2012"[d.range], "Thursday 23 Febraury 2012");
/// ```
pub fn find_date(text: &str) -> Option<DateText> {
    find_dates(text).next()
}

/// Whether a date can start with `c`: a digit, or the first letter of a
/// weekday, of "the" or of a month (misspelt months keep their first
/// letter). The other words are passed over without trying the grammar.
fn could_start_date(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c.to_ascii_lowercase(),
            'm' | 't' | 'w' | 'f' | 's' | 'j' | 'a' | 'o' | 'n' | 'd'
        )
}

/// Every date in `text`, in order, not overlapping.
pub fn find_dates(text: &str) -> impl Iterator<Item = DateText> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let rest = &text[at..];
            let boundary = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if boundary && rest.starts_with(could_start_date) {
                if let Some((mut date, used)) = date_here(rest) {
                    date.range = at..at + used;
                    at += used;
                    return Some(date);
                }
            }
            at += rest.chars().next().map_or(1, char::len_utf8);
            // skip to the next word start
            while at < text.len() && !text.is_char_boundary(at) {
                at += 1;
            }
        }
        None
    })
}

fn meridiem(input: &str) -> IResult<&str, bool> {
    alt((
        alt((tag_no_case("a.m."), tag_no_case("am"))).map(|_| false),
        alt((tag_no_case("p.m."), tag_no_case("pm"))).map(|_| true),
    ))
    .parse(input)
}

fn hours_suffix(input: &str) -> IResult<&str, &str> {
    recognize((
        ws0,
        alt((
            tag_no_case("hrs"),
            tag_no_case("hours"),
            tag_no_case("hr"),
            tag_no_case("h"),
        )),
        opt(ch('.')),
    ))
    .parse(input)
}

fn zone(input: &str) -> IResult<&str, &'static str> {
    preceded(
        ws0,
        alt((
            tag("GMT").map(|_| "GMT"),
            tag("BST").map(|_| "BST"),
            tag_no_case("UK time").map(|_| "UK"),
        )),
    )
    .parse(input)
}

fn clock(input: &str) -> IResult<&str, (u8, u8)> {
    let to_24 = |h: u8, pm: Option<bool>| match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    alt((
        tag_no_case("midnight").map(|_| (0, 0)),
        alt((tag_no_case("noon"), tag_no_case("midday"))).map(|_| (12, 0)),
        // 00:01, 00.01am, 8:30 a.m., 00:01 Hrs
        (
            digits(1, 2),
            satisfy(|c| c == ':' || c == '.'),
            digits(2, 2),
            opt(preceded(ws0, meridiem)),
            opt(hours_suffix),
        )
            .map(
                move |(h, _, m, pm, _): (&str, char, &str, Option<bool>, _)| {
                    (to_24(h.parse().unwrap_or(99), pm), m.parse().unwrap_or(99))
                },
            ),
        // 0001hrs, 0001 HRS
        (digits(4, 4), hours_suffix).map(|(hm, _): (&str, &str)| {
            (hm[..2].parse().unwrap_or(99), hm[2..].parse().unwrap_or(99))
        }),
        // 9am, 10 pm
        (digits(1, 2), ws0, meridiem).map(move |(h, _, pm): (&str, &str, bool)| {
            (to_24(h.parse().unwrap_or(99), Some(pm)), 0)
        }),
    ))
    .parse(input)
}

fn time_here(input: &str) -> Option<(TimeText, usize)> {
    let (rest, (hour, minute)) = clock(input).ok()?;
    if hour > 23 || minute > 59 || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let (rest, zone) = opt(zone).parse(rest).ok()?;
    let used = input.len() - rest.len();
    Some((
        TimeText {
            hour,
            minute,
            zone,
            range: 0..used,
        },
        used,
    ))
}

/// Finds the first time of day in `text`.
///
/// ```
/// use inspection_extract::dates::find_time;
/// let t = find_time("until 0001hrs on Tuesday").unwrap();
/// assert_eq!((t.hour, t.minute), (0, 1));
/// let t = find_time("Not before 8:30 a.m. BST").unwrap();
/// assert_eq!((t.hour, t.minute, t.zone), (8, 30, Some("BST")));
/// ```
pub fn find_time(text: &str) -> Option<TimeText> {
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let boundary = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != ':' && c != '.' && c != '/');
        if boundary && rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            if let Some((mut time, used)) = time_here(rest) {
                // "23.02" in "23.02.2012" is a date, not a time
                let after = &rest[used..];
                if !(after.starts_with('.') || after.starts_with('/'))
                    || !after[1..].starts_with(|c: char| c.is_ascii_digit())
                {
                    time.range = at..at + used;
                    return Some(time);
                }
            }
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

static LONDON: LazyLock<TimeZone> =
    LazyLock::new(|| TimeZone::get("Europe/London").expect("bundled tzdb has Europe/London"));

/// The RFC 3339 instant of a UK wall-clock time, with the offset in force
/// (`+00:00` in winter, `+01:00` in summer).
///
/// ```
/// use inspection_extract::dates::uk_datetime;
/// use jiff::civil::date;
/// assert_eq!(uk_datetime(date(2012, 2, 23), 0, 1).unwrap(), "2012-02-23T00:01:00+00:00");
/// assert_eq!(uk_datetime(date(2019, 8, 12), 0, 1).unwrap(), "2019-08-12T00:01:00+01:00");
/// ```
pub fn uk_datetime(date: Date, hour: u8, minute: u8) -> Option<String> {
    let dt = date.at(hour as i8, minute as i8, 0, 0);
    let zoned = dt.to_zoned_datetime(LONDON.clone()).ok()?;
    Some(zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
}

/// The weekday of `date`, 0 = Monday.
pub fn weekday_index(date: Date) -> u8 {
    date.weekday().to_monday_zero_offset() as u8
}

/// Whether `text` writes a year of four digits (1900-2099) standing on
/// its own: "in 2017", "2019/20", not "12017" or "£2,019".
pub(crate) fn names_a_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(4).enumerate().any(|(at, w)| {
        (w.starts_with(b"19") || w.starts_with(b"20"))
            && w.iter().all(u8::is_ascii_digit)
            && (at == 0 || !matches!(bytes[at - 1], b'0'..=b'9' | b','))
            && bytes.get(at + 4).is_none_or(|b| !b.is_ascii_digit())
    })
}

/// The year for a day and month written without one, so that the date falls
/// on or before `reference` and as close to it as possible (fieldwork and
/// other past events precede publication).
pub fn year_on_or_before(month: u8, day: u8, reference: Date) -> Option<i16> {
    let year = reference.year();
    for y in [year, year - 1] {
        if let Ok(d) = Date::new(y, month as i8, day as i8) {
            if d <= reference {
                return Some(y);
            }
        }
    }
    None
}

/// The year for a day and month written without one, so that the date is the
/// nearest such date to `reference` (an embargo near its dateline).
pub fn year_nearest(month: u8, day: u8, reference: Date) -> Option<i16> {
    let year = reference.year();
    [year, year - 1, year + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month as i8, day as i8).ok().map(|d| (y, d)))
        .min_by_key(|(_, d)| {
            (d.since(reference).ok()).map_or(i64::MAX, |s| s.get_days().abs() as i64)
        })
        .map(|(y, _)| y)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_year_is_four_digits_standing_alone() {
        assert!(super::names_a_year("rated good in 2017."));
        assert!(super::names_a_year("2019/20"));
        assert!(!super::names_a_year(
            "a fine of \u{a3}2,019 and 12017 units"
        ));
        assert!(!super::names_a_year("rated good"));
    }

    use super::*;

    fn date(text: &str) -> (Option<u8>, u8, Option<i16>) {
        let d = find_date(text).unwrap_or_else(|| panic!("no date in {text:?}"));
        (d.day, d.month, d.year)
    }

    fn time(text: &str) -> (u8, u8) {
        let t = find_time(text).unwrap_or_else(|| panic!("no time in {text:?}"));
        (t.hour, t.minute)
    }

    #[test]
    fn date_forms() {
        assert_eq!(date("Thurs 27th October 2016"), (Some(27), 10, Some(2016)));
        assert_eq!(date("on the 3rd of March"), (Some(3), 3, None));
        assert_eq!(date("Tuesday, March 3, 2015"), (Some(3), 3, Some(2015)));
        assert_eq!(date("21/08/2015"), (Some(21), 8, Some(2015)));
        assert_eq!(date("published 2017-03-09."), (Some(9), 3, Some(2017)));
        assert_eq!(date("WEDNESDAY 5 MARCH 2014"), (Some(5), 3, Some(2014)));
        assert_eq!(date("14\u{a0}July\u{a0}2015"), (Some(14), 7, Some(2015)));
        assert_eq!(date("23\nFebruary\n2012"), (Some(23), 2, Some(2012)));
        assert!(find_date("in 2012 there were 14 recommendations").is_none());
        assert!(find_date("1234 Main").is_none());
    }

    #[test]
    fn weekday_is_kept_as_written() {
        let d = find_date("Tue 14 July 2015").unwrap();
        assert_eq!(d.weekday, Some(1));
    }

    #[test]
    fn time_forms() {
        assert_eq!(time("00:01"), (0, 1));
        assert_eq!(time("00.01 hrs"), (0, 1));
        assert_eq!(time("0001hrs"), (0, 1));
        assert_eq!(time("00:01HRS"), (0, 1));
        assert_eq!(time("00.01am"), (0, 1));
        assert_eq!(time("9am"), (9, 0));
        assert_eq!(time("8:30 a.m."), (8, 30));
        assert_eq!(time("2.30pm"), (14, 30));
        assert_eq!(time("12.01 am"), (0, 1));
        assert_eq!(time("midnight"), (0, 0));
        assert_eq!(time("Noon"), (12, 0));
        assert!(find_time("on 23.02.2012").is_none());
        assert!(find_time("2012").is_none());
        assert!(find_time("25:00").is_none());
    }

    #[test]
    fn uk_offsets_follow_summer_time() {
        let at = |y, m, d| uk_datetime(Date::new(y, m, d).unwrap(), 0, 1).unwrap();
        // Summer time starts at 01:00 GMT on the last Sunday of March.
        assert!(at(2015, 3, 29).ends_with("+00:00"));
        assert!(at(2015, 3, 30).ends_with("+01:00"));
        // ... and ends at 01:00 GMT on the last Sunday of October.
        assert!(at(2015, 10, 25).ends_with("+01:00"));
        assert!(at(2015, 10, 26).ends_with("+00:00"));
    }

    #[test]
    fn year_inference() {
        let reference = Date::new(2012, 2, 23).unwrap();
        assert_eq!(year_on_or_before(11, 7, reference), Some(2011));
        assert_eq!(year_on_or_before(1, 9, reference), Some(2012));
        assert_eq!(
            year_nearest(12, 30, Date::new(2013, 1, 2).unwrap()),
            Some(2012)
        );
    }
}
