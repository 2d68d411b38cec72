//! The embargo: "Embargoed until 00:01 Hrs Thursday 23 Febraury 2012" and
//! its many other wordings.
//!
//! The embargo line is looked for outside the notes to editors (where "an
//! embargoed copy of the report is available" is not an embargo). The window
//! after the keyword, up to two more lines, is read for a time and a date in
//! either order. A missing year is taken from the nearest dated line of the
//! document; a misspelt month or a wrong weekday leaves a diagnostic.

use std::sync::LazyLock;

use crate::work::Pattern;

use super::Context;
use crate::dates::{self, DateText};
use crate::diagnostic::{Code, Severity};
use crate::lexicon::{month_name, weekday_name};
use crate::record::Embargo;
use crate::source::clean;

/// The embargo keyword, tolerant of letter-spacing ("E M B A R G O E D") and
/// of a hyphenated line break ("Embar-\ngoed").
static KEYWORD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:strictly\s+)?(?:e[ \t]?m[ \t]?b[ \t]?a[ \t]?r(?:-\s*)?[ \t]?g[ \t]?o(?:[ \t]?e[ \t]?d)?|{})\b(?:\s+(?:for\s+publication\s+)?(?:until|till|before|to|:))?:?",
        crate::lexicon::EMBARGO_PHRASES,
        "embargo keyword regex",
    )
});

/// Mentions of an embargo that are not one.
static NOT_AN_EMBARGO: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)embargoed\s+(?:advance\s+)?(?:cop(?:y|ies)|version|report|briefing)|no\s+embargo|embargo\s+(?:is|was|will\s+be)\s+lifted|not\s+(?:under|subject\s+to)\s+(?:an\s+)?embargo|advanced?,\s+embargoed|embargo\s*:?\s*(?:none|nil|n/?a|no)\b")
        .expect("not-an-embargo regex")
});

/// Reads the embargo, or `None` when the document has none.
pub fn extract(cx: &mut Context<'_>) -> Option<Embargo> {
    let source = cx.source;
    let text = source.text();
    let notes = cx.sections.notes.clone();
    let line_count = source.line_count();
    let mut unreadable = None;
    // The keyword is matched over the whole text, not line by line, so
    // that "Embar-\ngoed" split by a line break is found.
    for keyword in KEYWORD.find_iter(text) {
        let index = source.line_index(keyword.start());
        if cx.sections.is_debris(index) || notes.as_ref().is_some_and(|r| r.contains(&index)) {
            continue;
        }
        // "an embargoed copy", "no embargo": judged near the keyword, not on
        // the whole line, which may be a whole document flattened onto one.
        let near = crate::source::floor_char_boundary(text, keyword.start().saturating_sub(30))
            ..crate::source::floor_char_boundary(text, (keyword.end() + 40).min(text.len()));
        if NOT_AN_EMBARGO.is_match(&text[near]) {
            continue;
        }
        // The window: the rest of the keyword's last line and, when the
        // date is not on it, up to two more lines.
        let window_start = keyword.end();
        let last = source.line_index(keyword.end());
        let mut window_end = source.line(last).end().max(window_start);
        let mut extra = 0;
        while extra < 2
            && last + extra + 1 < line_count
            && dates::find_date(&text[window_start..window_end]).is_none()
        {
            extra += 1;
            window_end = source.line(last + extra).end();
        }
        let window = &text[window_start..window_end];
        let keyword_start = keyword.start();
        // The time may also stand before the keyword: "00:01 hrs embargo".
        let time = dates::find_time(window)
            .or_else(|| bare_time(window))
            .map(|t| {
                (
                    t.clone(),
                    window_start + t.range.start..window_start + t.range.end,
                )
            });
        // "Subject: EMBARGOED 00:01 29/01/19" over the release's own
        // "EMBARGOED UNTIL: 12.01am, Tuesday 29 January 2019": a later
        // embargo line may give the date the first does not
        let Some(date) = dates::find_date(window) else {
            unreadable.get_or_insert(keyword_start..window_end);
            continue;
        };
        let date_range = window_start + date.range.start..window_start + date.range.end;
        let end = time
            .as_ref()
            .map_or(date_range.end, |(_, r)| r.end.max(date_range.end));
        return resolve(cx, &date, date_range, time, keyword_start..end);
    }
    if let Some(range) = unreadable {
        cx.diagnose(
            Severity::Warning,
            Code::EmbargoUnreadable,
            range,
            "an embargo line was found but no date could be read from it",
        );
    }
    None
}

/// "Embargoed until 0001 Thursday 26 April 2012": four digits with no
/// "hrs" are a time only when a date follows straight after.
fn bare_time(window: &str) -> Option<dates::TimeText> {
    static BARE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"^\s*(?:at\s+)?(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\b[,\s]*(?:on\s+)?")
            .expect("bare time regex")
    });
    let c = BARE.captures(window)?;
    let rest = &window[c.get(0)?.end()..];
    let date = dates::find_date(rest)?;
    if date.range.start != 0 {
        return None;
    }
    let digits = c.name("h")?.start()..c.name("m")?.end();
    Some(dates::TimeText {
        hour: c["h"].parse().ok()?,
        minute: c["m"].parse().ok()?,
        zone: None,
        range: digits,
    })
}

fn resolve(
    cx: &mut Context<'_>,
    date: &DateText,
    date_range: std::ops::Range<usize>,
    time: Option<(dates::TimeText, std::ops::Range<usize>)>,
    whole: std::ops::Range<usize>,
) -> Option<Embargo> {
    let text = cx.source.text();
    if let Some(word) = &date.misspelt_month {
        let at = text[date_range.clone()]
            .find(word.as_str())
            .map_or(date_range.start, |i| date_range.start + i);
        cx.diagnose(
            Severity::Info,
            Code::MonthMisspelt,
            at..at + word.len(),
            format!("\"{word}\" read as {}", month_name(date.month)),
        );
    }
    let day = date.day?;
    let year = match date.year {
        Some(y) => y,
        None => {
            let inferred = match reference_date(cx, &date_range) {
                Some((reference, from)) => {
                    Some((dates::year_nearest(date.month, day, reference)?, from))
                }
                None => year_of_month_mentions(cx, date, day, &date_range),
            };
            let Some((year, from)) = inferred else {
                cx.diagnose(
                    Severity::Warning,
                    Code::EmbargoUnreadable,
                    date_range.clone(),
                    "the embargo date has no year and the document gives none to infer it from",
                );
                return None;
            };
            cx.diagnose(
                Severity::Info,
                Code::YearInferred,
                date_range.clone(),
                format!(
                    "the embargo date has no year; {year} taken from the date at line {}",
                    cx.span(from).line
                ),
            );
            year
        }
    };
    let Ok(civil) = jiff::civil::Date::new(year, date.month as i8, day as i8) else {
        cx.diagnose(
            Severity::Warning,
            Code::EmbargoUnreadable,
            date_range,
            format!("{day} {} {year} is not a date", month_name(date.month)),
        );
        return None;
    };
    let weekday = dates::weekday_index(civil);
    if let Some(written) = date.weekday {
        if written != weekday {
            cx.diagnose(
                Severity::Warning,
                Code::WeekdayMismatch,
                date_range.clone(),
                format!(
                    "{} is written, but {} fell on a {}; the date is kept",
                    weekday_name(written),
                    civil,
                    weekday_name(weekday)
                ),
            );
        }
    }
    let (time_text, datetime, local) = match &time {
        Some((t, _)) => {
            let datetime = dates::uk_datetime(civil, t.hour, t.minute);
            // The wall-clock part of the same instant (a time in the hour
            // skipped when the clocks go forward reads as the hour after).
            let local = datetime.as_ref().map(|d| d[..16].to_owned());
            (
                Some(format!("{:02}:{:02}", t.hour, t.minute)),
                datetime,
                local,
            )
        }
        None => (None, None, None),
    };
    Some(Embargo {
        text: clean(&text[whole.clone()]),
        date: civil.to_string(),
        time: time_text,
        weekday: weekday_name(weekday).to_owned(),
        datetime,
        local,
        span: cx.span(whole),
    })
}

/// The first full date with a year outside the embargo itself (a dateline,
/// a publication date), to take a missing year from.
fn reference_date(
    cx: &Context<'_>,
    exclude: &std::ops::Range<usize>,
) -> Option<(jiff::civil::Date, std::ops::Range<usize>)> {
    let text = cx.source.text();
    dates::find_dates(text)
        .filter(|d| d.range.start >= exclude.end || d.range.end <= exclude.start)
        .find_map(|d| d.to_date().map(|date| (date, d.range.clone())))
}

/// With no full date in the document, the year of a month and year it
/// names ("HMIP Press Release: Hollesmere House IRC, March 2014" in a
/// footer): one on which the written weekday falls (the latest such), or
/// else the latest in the embargo's own month.
fn year_of_month_mentions(
    cx: &Context<'_>,
    date: &DateText,
    day: u8,
    exclude: &std::ops::Range<usize>,
) -> Option<(i16, std::ops::Range<usize>)> {
    let text = cx.source.text();
    let falls_on = |year: i16, weekday: u8| {
        jiff::civil::Date::new(year, date.month as i8, day as i8)
            .is_ok_and(|d| dates::weekday_index(d) == weekday)
    };
    static MONTH_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::words_pattern(
            r"(?i)\b(?P<month>{})\s+(?P<year>(?:19|20)\d\d)\b",
            &crate::lexicon::MONTHS,
            "month and year",
        )
    });
    MONTH_YEAR
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?.range();
            let month = crate::lexicon::MONTHS
                .iter()
                .position(|m| m.eq_ignore_ascii_case(&c["month"]))?;
            let year: i16 = c["year"].parse().ok()?;
            Some((year, month as u8 + 1, whole))
        })
        .filter(|(_, _, r)| r.start >= exclude.end || r.end <= exclude.start)
        .filter(|&(year, month, _)| match date.weekday {
            Some(weekday) => falls_on(year, weekday),
            None => month == date.month,
        })
        .max_by_key(|&(year, _, _)| year)
        .map(|(year, _, range)| (year, range))
}

#[cfg(test)]
mod tests {
    use crate::parse;

    fn embargo(text: &str) -> Option<(String, Option<String>, Option<String>)> {
        parse(text).embargo.map(|e| (e.date, e.time, e.datetime))
    }

    fn codes(text: &str) -> Vec<&'static str> {
        parse(text)
            .diagnostics
            .iter()
            .map(|d| d.code.as_str())
            .collect()
    }

    #[test]
    fn local_is_the_wall_clock_beside_the_instant() {
        let e = parse("Embargoed until 09:00 Tuesday 14 July 2015\n")
            .embargo
            .unwrap();
        assert_eq!(e.local.as_deref(), Some("2015-07-14T09:00"));
        assert_eq!(e.datetime.as_deref(), Some("2015-07-14T09:00:00+01:00"));
        let e = parse("Embargoed until 00:01 Thursday 23 February 2012\n")
            .embargo
            .unwrap();
        assert_eq!(e.local.as_deref(), Some("2012-02-23T00:01"));
        let e = parse("Embargo: 23 February 2012\n").embargo.unwrap();
        assert_eq!((e.time, e.datetime, e.local), (None, None, None));
    }

    #[test]
    fn wordings() {
        let cases = [
            (
                "Embargoed until 00:01 Thursday 23 February 2012",
                "2012-02-23",
                Some("00:01"),
            ),
            (
                "EMBARGOED UNTIL 00.01 HRS TUESDAY 14 JULY 2015",
                "2015-07-14",
                Some("00:01"),
            ),
            (
                "Strictly embargoed until 0001hrs, Thursday 27th October 2016",
                "2016-10-27",
                Some("00:01"),
            ),
            (
                "Embargo: 00:01HRS Wednesday 5 March 2014",
                "2014-03-05",
                Some("00:01"),
            ),
            (
                "Embargoed for publication until 00.01am on 21/08/2015",
                "2015-08-21",
                Some("00:01"),
            ),
            (
                "Not for publication before 9am on Friday 3 June 2011",
                "2011-06-03",
                Some("09:00"),
            ),
            (
                "Not for publication until 8:30 a.m. Tue 9 May 2017",
                "2017-05-09",
                Some("08:30"),
            ),
            (
                "Under embargo until midnight on 2017-03-09",
                "2017-03-09",
                Some("00:00"),
            ),
            (
                "Embargoed until noon GMT, 4 December 2013",
                "2013-12-04",
                Some("12:00"),
            ),
            (
                "E M B A R G O E D until 00:01 BST 12 August 2019",
                "2019-08-12",
                Some("00:01"),
            ),
            (
                "Embar-\ngoed until 00:01 on\nMonday 2 March 2015",
                "2015-03-02",
                Some("00:01"),
            ),
            ("Embargoed until Monday 2 March 2015", "2015-03-02", None),
            (
                "Embargoed until 0001 Thursday 26 April 2012",
                "2012-04-26",
                Some("00:01"),
            ),
            (
                "EMBARGOED UNTIL 1030 on 9 May 2017",
                "2017-05-09",
                Some("10:30"),
            ),
        ];
        for (line, date, time) in cases {
            let got = embargo(line).unwrap_or_else(|| panic!("no embargo in {line:?}"));
            assert_eq!(got.0, date, "{line}");
            assert_eq!(got.1.as_deref(), time, "{line}");
        }
    }

    #[test]
    fn four_digits_alone_are_a_year_not_a_time() {
        let e = embargo("Embargoed until 2012, published 4 May 2012").unwrap();
        assert_eq!(e.1, None);
    }

    #[test]
    fn summer_offset() {
        let e = embargo("Embargoed until 00:01 on 12 August 2019").unwrap();
        assert_eq!(e.2.as_deref(), Some("2019-08-12T00:01:00+01:00"));
    }

    #[test]
    fn misspelt_month_and_wrong_weekday() {
        let text = "Embargoed until 00:01 Friday 23 Febraury 2012";
        assert_eq!(embargo(text).unwrap().0, "2012-02-23");
        let c = codes(text);
        assert!(
            c.contains(&"month-misspelt") && c.contains(&"weekday-mismatch"),
            "{c:?}"
        );
    }

    #[test]
    fn year_from_dateline() {
        let text = "Published: 14 March 2013\nEmbargoed until 00:01 Thursday 14 March\n";
        assert_eq!(embargo(text).unwrap().0, "2013-03-14");
        assert!(codes(text).contains(&"year-inferred"));
    }

    #[test]
    fn no_embargo() {
        assert_eq!(
            embargo("For immediate release\nA report on 4 May 2014."),
            None
        );
        assert_eq!(
            embargo("There is no embargo on this release, dated 4 May 2014."),
            None
        );
        let notes = "Title\n\nA long narrative paragraph about the inspection that was carried out and published today with many words in it to make it body text.\n\nNotes to editors\n1. An embargoed copy of the report is available on 3 May 2014.\n";
        assert_eq!(embargo(notes), None);
        assert_eq!(
            embargo("An embargoed copy of the report is available until 3 May 2014."),
            None
        );
    }

    #[test]
    fn a_later_embargo_line_gives_the_date_the_first_does_not() {
        let text = "From: Press Office\nPlease note the embargo below.\n\nPress release\n\nEMBARGOED UNTIL: 12.01am, Tuesday 29 January 2019\n";
        let e = embargo(text).expect("embargo");
        assert_eq!(
            (e.0.as_str(), e.1.as_deref()),
            ("2019-01-29", Some("00:01"))
        );
        assert!(!codes(text).contains(&"embargo-unreadable"));
        // with no later line to read, the first is still reported
        let alone = "From: Press Office\nPlease note the embargo below.\n\nPress release\n";
        assert_eq!(embargo(alone), None);
        assert!(codes(alone).contains(&"embargo-unreadable"));
    }

    #[test]
    fn not_to_be_published_with_the_date_on_the_next_line() {
        let record = crate::parse(
            "PRESS RELEASE\n\nNot to be published or broadcast before 12.01 a.m. on\nWednesday 9 November 2005\n\nProbation area inspected\n\nHM Inspectorate of Probation published its report on the area today.\n",
        );
        let embargo = record.embargo.expect("embargo");
        assert_eq!(
            (embargo.date.as_str(), embargo.time.as_deref()),
            ("2005-11-09", Some("00:01"))
        );
    }

    #[test]
    fn a_year_from_a_month_named_with_one() {
        // no full date: the footer's month and year on which the weekday falls
        let text = "Embargoed until 00:01 Tuesday 4 March\n\nThe centre was last inspected in May 2011.\n\nPress Release: Hollesmere House IRC, March 2014\n";
        assert_eq!(embargo(text).map(|e| e.0).as_deref(), Some("2014-03-04"));
        assert!(codes(text).contains(&"year-inferred"));
    }
}
