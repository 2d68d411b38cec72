//! The annex table of recommendations, row by row with its progress rating.
//!
//! Tables come laid out with tabs, runs of spaces or pipes; as one-line rows
//! where the rating sits between the text and a commentary; or as
//! "Recommendation 1: ... Status: Achieved" blocks; or as two columns
//! printed one after the other (every text, then every rating). Rows are
//! numbered 1, 2,
//! ... or R1, R2, ... or A, B, ...; a row starts only where the next number
//! in sequence stands at the start of a line, so a continuation line that
//! happens to begin with a number is not taken for a row. Repeated headers
//! and "Page 2 of 4" footers are dropped.

use std::ops::Range;
use std::sync::LazyLock;

use crate::work::Pattern;

use super::Context;
use crate::diagnostic::{Code, Severity};
use crate::lexicon::{PROGRESS_RE, ROW_NOUN, Rating, progress_label, rating};
use crate::record::AnnexRow;
use crate::sections::{is_page_footer, is_table_header};
use crate::source::{Line, Source, clean, starts_with_ignore_case};

/// A row's number at the start of a line, and the separator after it: a
/// lettered row is "(a)" or "a)", the bracket closing it either way.
static ROW_START: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"^[\s|\u{{201c}}\u{{2018}}]*(?:(?i:{ROW_NOUN})\s*)?(?:(?P<num>R?\d{{1,3}}[a-z]?|[A-Z])|\(?(?P<low>[a-z])\))(?P<sep>[.):]\s*|\s*\|\s*|\t\s*|\s+[-\u{{2013}}\u{{2014}}]\s+|\s{{2,}}|\s+|$)"))
        .expect("row start regex")
});

/// "Status: Achieved", "Progress: Partially achieved".
static STATUS_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})\s*[:\-–]\s*",
        crate::lexicon::STATUS_LABELS,
        "status label",
    )
});

/// "(achieved): " straight after a row's number; or the row's kind,
/// "(strategic): ", when a colon follows and the words are no rating.
static BRACKETED_RATING: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"^\s*\((?P<rating>[^()]{3,40})\)\s*(?P<sep>[:.\-–]?)\s*")
        .expect("bracketed rating regex")
});

/// True when a [`BRACKETED_RATING`] match is a row's kind, a colon after
/// it: "(strategic): " (lexicon `FIRST_RECOMMENDATION_KINDS`,
/// `SECOND_RECOMMENDATION_KINDS`), not an aside ("(see para 4.2): ").
fn is_row_kind(bracket: &regex::Captures<'_>) -> bool {
    let kind = bracket.name("rating").map_or("", |r| r.as_str().trim());
    &bracket["sep"] == ":"
        && crate::lexicon::FIRST_RECOMMENDATION_KINDS
            .iter()
            .chain(crate::lexicon::SECOND_RECOMMENDATION_KINDS)
            .any(|k| kind.eq_ignore_ascii_case(k))
}

/// Cell separators: a tab, a pipe, or a run of two or more spaces.
static CELL_SEP: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"\t+|\s*\|\s*|[ \u{a0}]{2,}").expect("cell separator regex")
});

#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Digits,
    Prefixed,
    Letters,
    Bracketed,
}

fn numbering(num: &str) -> Option<(Numbering, u32)> {
    if let [c] = num.as_bytes() {
        if c.is_ascii_uppercase() {
            return Some((Numbering::Letters, u32::from(c - b'A') + 1));
        }
        // "(a)": a lettered row, written in brackets
        if c.is_ascii_lowercase() {
            return Some((Numbering::Bracketed, u32::from(c - b'a') + 1));
        }
    }
    // "3a", "3b": parts of the third row, numbered as it is
    if let [.., digit, letter] = num.as_bytes() {
        if digit.is_ascii_digit() && letter.is_ascii_lowercase() {
            return numbering(&num[..num.len() - 1]);
        }
    }
    if let Some(rest) = num.strip_prefix('R') {
        return rest.parse().ok().map(|n| (Numbering::Prefixed, n));
    }
    if let Ok(n) = num.parse() {
        return Some((Numbering::Digits, n));
    }
    let c = num.chars().next()?;
    (num.len() == 1 && c.is_ascii_uppercase())
        .then(|| (Numbering::Letters, u32::from(c) - u32::from('A') + 1))
}

struct RawRow {
    number: String,
    /// Byte ranges of the row's lines, the first starting after the number.
    lines: Vec<Range<usize>>,
    /// The status heading the row stands under, in an annex grouped by
    /// status ("Achieved" above rows 1, 2 and 5): its rating, unless the
    /// row gives its own.
    group: Option<Range<usize>>,
}

/// A pair of a number and its status run on after another in the same
/// line: " Recommendation 6 – " in "Recommendation 5 – Achieved
/// Recommendation 6 – Partially achieved".
static RUN_ON_PAIR: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\s{ROW_NOUN}\s*\d{{1,3}}[a-z]?\s*[-\u{{2013}}\u{{2014}}:]\s"
    ))
    .expect("run-on pair regex")
});

/// A line that opens with the row noun and a number: "Recommendation 5".
static OPENS_WITH_ROW_NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)^\s*{ROW_NOUN}\s*\d")).expect("row noun regex")
});

/// The lines of an annex as ranges of the text, each with its line's
/// index. A line of pairs run together ("Recommendation 5 – Achieved
/// Recommendation 6 – Partially achieved") is cut before each pair that
/// follows a status, so that each pair is read as a row of its own.
fn annex_lines(source: &Source<'_>, annex: Range<usize>) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    for index in annex {
        let line = source.line(index);
        let mut start = line.start;
        if OPENS_WITH_ROW_NOUN.is_match(line.text) {
            for m in RUN_ON_PAIR.find_iter(line.text) {
                let before = line.text[..m.start()].trim_end();
                let status = before
                    .rsplit(['\u{2013}', '\u{2014}', '-', ':'])
                    .next()
                    .unwrap_or("");
                if rating(status.trim()).is_some() {
                    out.push((index, start..line.start + m.start()));
                    start = line.start + m.start() + 1;
                }
            }
        }
        out.push((index, start..line.end()));
    }
    out
}

/// Reads the annex table; empty when the document has none.
pub fn extract(cx: &mut Context<'_>) -> Vec<AnnexRow> {
    let Some(annex) = cx.sections.annex.clone() else {
        return Vec::new();
    };
    let source = cx.source;
    // "ANNEX: AREAS FOR IMPROVEMENT", "Appendix B: Good practice": an
    // annex of something other than recommendations has no rows of them
    let heading = annex
        .clone()
        .map(|i| source.line(i).text)
        .find(|t| !t.trim().is_empty())
        .unwrap_or("")
        .to_lowercase();
    if crate::lexicon::OTHER_ANNEXES
        .iter()
        .any(|other| heading.contains(other))
    {
        return Vec::new();
    }
    let mut rows: Vec<RawRow> = Vec::new();
    let mut expected: Option<(Numbering, u32)> = None;
    // Lines after a blank line or page break are held back: a running
    // header before a repeated table header is page furniture, not text.
    let mut pending: Vec<Range<usize>> = Vec::new();
    let mut gap = false;
    // Rows grouped under status headings come in any order within and
    // across groups; each number once.
    let mut group: Option<Range<usize>> = None;
    // (a set: a long annex of grouped rows stays linear)
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    // the table header just read, for a cell of it wrapped onto the next line
    let mut header: Option<&str> = None;
    for (index, range) in annex_lines(source, annex.clone()) {
        let line = Line {
            start: range.start,
            text: &source.text()[range],
        };
        if let Some(heading) = status_heading(cx, index, annex.end) {
            if let Some(row) = rows.last_mut() {
                row.lines.append(&mut pending);
            }
            pending.clear();
            gap = false;
            group = Some(heading);
            continue;
        }
        // (the annex's own heading repeated after a page break, "ANNEX
        // (continued)", is page furniture like a repeated table header)
        // (and the columns' headings alone, "No." / "Recommendation" /
        // "Progress", where a page prints its columns one a line)
        if is_column_heading(source, index) {
            continue;
        }
        if is_table_header(line.text) || crate::lexicon::is_continued_heading(line.text) {
            pending.clear();
            gap = false;
            header = is_table_header(line.text).then_some(line.text);
            continue;
        }
        // "Progress at" / "follow-up": a header's cell wrapped onto the
        // next line, alone under its column
        if let Some(above) = header.take() {
            if wraps_header_cell(above, line.text) {
                continue;
            }
        }
        // "|-----|------|" under a header: a rule, neither text nor a gap
        if line.text.trim().len() > 2
            && line
                .text
                .chars()
                .all(|c| matches!(c, '|' | '-' | '+' | ':' | '=' | ' ' | '\t'))
        {
            continue;
        }
        if line.is_blank() || cx.sections.is_debris(index) || is_page_footer(line.text) {
            gap = true;
            continue;
        }
        // "Partly met    2     Sentence plans should ...": the status
        // column first, then the number
        if let Some((rating_cell, num, body_at)) = status_first(line.text) {
            if let Some(row) = rows.last_mut() {
                row.lines.append(&mut pending);
            }
            pending.clear();
            gap = false;
            seen.insert(num.to_owned());
            if let Some((style, n)) = numbering(num) {
                expected = Some((style, n + 1));
            }
            rows.push(RawRow {
                number: num.to_owned(),
                lines: std::iter::once(line.start + body_at..line.end()).collect(),
                group: Some(line.start + rating_cell.start..line.start + rating_cell.end),
            });
            continue;
        }
        if let Some(c) = ROW_START.captures(line.text) {
            let num = c.name("num").or(c.name("low")).map_or("", |m| m.as_str());
            // the bracket around "(a)" is a separator of its own
            let sep = if c.name("low").is_some() {
                ")"
            } else {
                &c["sep"]
            };
            if let Some((style, n)) = numbering(num) {
                // A number skipped or repeated is still a row when a cell
                // separator follows it, so the numbering check can see it.
                // ("Recommendation 2 (strategic): ...": the colon after
                // the row's kind in brackets)
                let bracket_then_colon = || {
                    BRACKETED_RATING
                        .captures(&line.text[c.get(0).map_or(0, |m| m.end())..])
                        .is_some_and(|b| is_row_kind(&b))
                };
                let strong = sep.contains(['\t', '|', '.', ')', ':'])
                    || sep.starts_with("  ")
                    || bracket_then_colon();
                let in_sequence = match expected {
                    _ if group.is_some() => {
                        strong && expected.is_none_or(|(s, _)| s == style) && !seen.contains(num)
                    }
                    None => n == 1 || (strong && n == 2),
                    Some((s, next)) => {
                        s == style && (n == next || (strong && (n == next + 1 || n + 1 == next)))
                    }
                };
                // A lone capital letter followed by one space is the start of
                // a sentence ("A clear focus"), not a row letter.
                let letter_ok = style != Numbering::Letters
                    || !(sep == " " || sep.is_empty() && line.text.trim().len() > 1);
                if in_sequence && letter_ok {
                    if let Some(row) = rows.last_mut() {
                        row.lines.append(&mut pending);
                    }
                    pending.clear();
                    gap = false;
                    expected = Some((style, n + 1));
                    let body_start = line.start + c.get(0).map_or(0, |m| m.end());
                    seen.insert(num.to_owned());
                    rows.push(RawRow {
                        number: num.to_owned(),
                        lines: std::iter::once(body_start..line.end()).collect(),
                        group: group.clone(),
                    });
                    continue;
                }
            }
        }
        if is_group_heading(line.text) {
            gap = true;
            continue;
        }
        if gap {
            pending.push(line.start..line.end());
        } else if let Some(row) = rows.last_mut() {
            row.lines.push(line.start..line.end());
        }
    }
    let rated = |row: &RawRow| {
        row.lines.iter().any(|r| {
            CELL_SEP
                .split(&source.text()[r.clone()])
                .any(|cell| rating(cell).is_some())
        })
    };
    // Two columns flattened one after the other (pdftotext without its
    // layout): every row's text, then the ratings one a line, as many as
    // there are rows; they pair by position.
    // (The column's own heading, "Progress at June 2015", may stand above.)
    let first_rating = pending
        .iter()
        .rposition(|r| rating(source.text()[r.clone()].trim()).is_none())
        .map_or(0, |k| k + 1);
    let column_of_ratings = rows.len() >= 2
        && pending.len() - first_rating == rows.len()
        && first_rating <= 2
        && !rows.iter().any(rated);
    if column_of_ratings {
        for (row, line) in rows.iter_mut().zip(pending.drain(first_rating..)) {
            row.lines.push(line);
        }
    }
    // The same with no gap before the column of ratings: it ran on into
    // the last row's lines, under its own heading ("Status at October
    // 2023"), a rating wrapped over two lines read as one.
    // Page by page, each page's rows then its ratings ("Status" / six
    // ratings / page break / six more rows / "Status" / six ratings): each
    // run of unrated rows ends in its own column.
    // (the last page's column is still held back)
    if let Some(row) = rows.last_mut() {
        if !column_of_ratings && !rated(row) && row.group.is_none() {
            row.lines.append(&mut pending);
        }
    }
    let mut run_start = 0;
    for last in 0..rows.len() {
        if column_of_ratings {
            break;
        }
        let n = last + 1 - run_start;
        let ratings = (n >= 2)
            .then(|| trailing_ratings(source.text(), &rows[last].lines, n))
            .flatten();
        let Some(ratings) = ratings else {
            if rated(&rows[last]) {
                run_start = last + 1;
            }
            continue;
        };
        {
            let keep = ratings.first().map_or(0, |r| r.start);
            let lines = &mut rows[last].lines;
            lines.retain(|r| r.end <= keep);
            // the column's heading, short and with no sentence's end
            if lines.last().is_some_and(|r| {
                let t = source.text()[r.clone()].trim();
                t.split_whitespace().count() <= 6 && !t.ends_with(['.', ';', ','])
            }) && lines.len() > 1
            {
                lines.pop();
            }
            for (row, rating) in rows[run_start..=last].iter_mut().zip(ratings) {
                row.lines.push(rating);
            }
            run_start = last + 1;
        }
    }
    // After the last row, held-back lines belong to it only when it still
    // lacks its rating (a status on a line of its own after a page break);
    // a row under a status heading has its rating, and what follows it is
    // another group ("NO LONGER APPLICABLE" / "None.").
    if let Some(row) = rows.last_mut() {
        if !rated(row) && row.group.is_none() {
            row.lines.append(&mut pending);
        }
    }
    // No row rated (the new recommendations of a progress report, lettered
    // under the statuses given in sentences): the sentences are the annex.
    if rows.iter().all(|row| !rated(row)) {
        let listed = status_lists(cx, annex);
        if !listed.is_empty() || rows.is_empty() {
            return listed;
        }
    }
    rows.into_iter().map(|row| read_row(cx, row)).collect()
}

/// An annex that gives statuses in sentences listing numbers, not in a
/// table ("Recommendations 5–7, 9 and 12 have been achieved; 8, 10 and 13
/// are partially achieved"): one row per number, in number order.
fn status_lists(cx: &Context<'_>, annex: Range<usize>) -> Vec<AnnexRow> {
    let source = cx.source;
    let (Some(first), Some(last)) = (annex.clone().next(), annex.clone().last()) else {
        return Vec::new();
    };
    let start = source.line(first).start;
    let end = source.line(last).end();
    let text = &source.text()[start..end];
    super::recommendations::listed_statuses(text)
        .into_iter()
        .map(|status| {
            let range = start + status.range.start..start + status.range.end;
            AnnexRow {
                number: status.number.to_string(),
                text: clean(&source.text()[range.clone()]),
                progress: Some(crate::lexicon::narrative_label(&status.wording)),
                progress_text: Some(clean(&status.wording)),
                commentary: None,
                span: cx.span(range),
            }
        })
        .collect()
}

/// A row with its status in the first column and its number in the
/// second: the status's range, the number, and where the text starts.
fn status_first(line: &str) -> Option<(Range<usize>, &str, usize)> {
    let mut cells = CELL_SEP.find_iter(line);
    let first_sep = cells.next()?;
    let lead = line.len() - line.trim_start().len();
    let status = lead..first_sep.start();
    if status.is_empty() || rating(&line[status.clone()]) != Some(Rating::Known) {
        return None;
    }
    let second_sep = cells.next()?;
    let num = line[first_sep.end()..second_sep.start()].trim();
    let numbered = !num.is_empty()
        && num.len() <= 4
        && num.starts_with(|c: char| c.is_ascii_digit() || c == 'R')
        && numbering(num).is_some();
    numbered.then_some((status, num, second_sep.end()))
}

/// The range of line `index` when it is a status heading of an annex
/// grouped by status: a progress wording alone on its line, after a blank
/// line, with a row starting on the next line that is not blank (before
/// `end`). A status straight under a row's text is that row's.
fn status_heading(cx: &Context<'_>, index: usize, end: usize) -> Option<Range<usize>> {
    let source = cx.source;
    let line = source.line(index);
    let written = line.text.trim().trim_end_matches(':');
    // "GOOD PROGRESS (3 recommendations)", "INSUFFICIENT PROGRESS
    // (continued)": the heading's count or its continuation after a page
    // break, in brackets
    let (wording, continued) = match written.strip_suffix(')').and_then(|w| w.rsplit_once('(')) {
        Some((wording, aside)) if aside.trim().eq_ignore_ascii_case("continued") => {
            (wording.trim_end(), true)
        }
        Some((wording, aside)) if counts_recommendations(aside) => (wording.trim_end(), false),
        _ => (written, false),
    };
    if wording.is_empty() || wording.len() > 40 || rating(wording) != Some(Rating::Known) {
        return None;
    }
    if index == 0 || index + 1 >= end || !source.line(index - 1).is_blank() {
        return None;
    }
    let lead = line.text.len() - line.text.trim_start().len();
    if continued {
        return Some(line.start + lead..line.start + lead + wording.len());
    }
    // the heading may stand in a paragraph of its own ("ACHIEVED", a blank
    // line, "1. The force should ...")
    let next = (index + 1..end.min(index + 3))
        .map(|i| source.line(i))
        .find(|l| !l.is_blank())?;
    // (a row numbered, "R3", or lettered in brackets: "(a) Allocate ...")
    ROW_START.captures(next.text).filter(|c| {
        c.name("num").is_some_and(|n| {
            n.as_str()
                .starts_with(|ch: char| ch.is_ascii_digit() || ch == 'R')
        }) || c.name("low").is_some()
    })?;
    Some(line.start + lead..line.start + lead + wording.len())
}

/// "3 recommendations", "one recommendation": a count of the rows under a
/// status heading, in its brackets.
fn counts_recommendations(aside: &str) -> bool {
    aside.trim().rsplit_once(' ').is_some_and(|(n, noun)| {
        crate::lexicon::number_value(n).is_some() && starts_with_ignore_case(noun, "recommendation")
    })
}

/// True when a line of a row grouped under a status heading ends the
/// row's sentence rather than rating it: "when the standard will be" /
/// "achieved." opens in lower case, where a status cell opens with a
/// capital.
fn carries_a_sentence_on(cell: &str) -> bool {
    cell.trim_start().starts_with(|c: char| c.is_lowercase())
}

/// How many words at most a cell between a row's text and its rating
/// holds to be a column of its own ("Partially accepted").
const MIDDLE_CELL_WORDS: usize = 3;

fn read_row(cx: &mut Context<'_>, mut row: RawRow) -> AnnexRow {
    let text = cx.source.text();
    let mut whole = row.lines.first().map_or(0, |r| r.start)..row.lines.last().map_or(0, |r| r.end);
    let mut text_parts: Vec<&str> = Vec::new();
    let mut progress: Option<Range<usize>> = None;
    // The wording when it is not one piece of text (a rating wrapped over
    // two lines of its column).
    let mut wording_override: Option<String> = None;
    let mut commentary: Vec<&str> = Vec::new();

    // 0. "Recommendation 3 (achieved): ...": the rating in brackets after
    // the number.
    if let Some(first) = row.lines.first_mut() {
        if let Some(c) = BRACKETED_RATING.captures(&text[first.clone()]) {
            if let Some(r) = c.name("rating").filter(|r| rating(r.as_str()).is_some()) {
                progress = Some(first.start + r.start()..first.start + r.end());
                first.start += c.get(0).map_or(0, |m| m.end());
            } else if is_row_kind(&c) {
                // the row's kind ("(strategic): ") is no part of its text
                first.start += c.get(0).map_or(0, |m| m.end());
            }
        }
    }

    // 1. "Status: Achieved", "Position at follow-up:" / "Achieved": a
    // status after its label wins over a rating word standing alone in the
    // block (the end of a sentence carried over a page break: "... was
    // not" / "achieved.").
    let mut labelled = false;
    // 0b. "2. Strengthen leadership - very good progress": the rating
    // after a spaced dash that ends the row.
    if progress.is_none() {
        if let Some(r) = crate::sections::trailing_dash_rating(&text[whole.clone()]) {
            let dash_at = text[whole.start..whole.start + r.start]
                .trim_end()
                .trim_end_matches(['-', '\u{2013}', '\u{2014}'])
                .len();
            progress = Some(whole.start + r.start..whole.start + r.end);
            let cut_at = whole.start + dash_at;
            text_parts = runs_of_lines(text, &row.lines, cut_at);
            labelled = true;
            // (the row ends with its rating: "strong progress. “" leaves
            // the stray marks after it out)
            whole.end = whole.start + r.end;
        }
    }

    if progress.is_none() {
        let body = &text[whole.clone()];
        if let Some((cut, start, end)) = labelled_status(body) {
            labelled = true;
            progress = Some(whole.start + start..whole.start + end);
            // the row's own lines before the label: a page's footer and
            // running header between them are not text
            let cut_at = whole.start + cut;
            text_parts = runs_of_lines(text, &row.lines, cut_at);
            // "Comment: A scheme is in place ...": the rest is commentary
            let comment = text_parts.iter().enumerate().find_map(|(j, part)| {
                let mut at = 0;
                for line in part.split_inclusive('\n') {
                    if comment_after_label(line).is_some() {
                        return Some((j, at));
                    }
                    at += line.len();
                }
                None
            });
            if let Some((j, at)) = comment {
                let part = text_parts[j];
                commentary = text_parts.split_off(j + 1);
                commentary.insert(0, comment_after_label(&part[at..]).unwrap_or(&part[at..]));
                text_parts[j] = &part[..at];
            }
            let rest = &text[whole.start + end..whole.end];
            // "Operational recommendations" after the status heads the
            // next group of rows; it comments on nothing
            if is_group_heading(rest) {
                // (nor is it any of the row's own words)
                whole.end = whole.start + end;
            } else if !rest.trim().is_empty() {
                // "Status: Partly achieved" / "Comment: Checks were made
                // ...": the comment after the status, without its label
                commentary.push(comment_after_label(rest).unwrap_or(rest));
            }
        }
    }

    // 1a. "The Authority has made strong progress on this recommendation":
    // a sentence under the row's text that judges it
    if progress.is_none() {
        if let Some((line_start, start, end)) = judging_sentence(text, &row.lines) {
            labelled = true;
            progress = Some(start..end);
            text_parts = runs_of_lines(text, &row.lines, line_start);
            whole.end = row.lines.last().map_or(whole.end, |l| l.end);
        }
    }

    // 1b. A cell that is wholly a rating. In a layout with a commentary
    // column (text, rating, commentary) the cells after the rating on its
    // line are commentary, and so are cells of later space-aligned lines
    // that start in the commentary's column; other cells continue the text.
    let mut commentary_column: Option<usize> = None;
    let mut previous_last_cell: Option<(&str, usize)> = None;
    for line in row.lines.iter().filter(|_| !labelled) {
        let line_text = &text[line.clone()];
        let physical_start = cx.source.line(cx.source.line_index(line.start)).start;
        let column_of = |at: usize| text[physical_start..at].chars().count();
        let mut last = 0;
        let mut cells: Vec<Range<usize>> = Vec::new();
        for m in CELL_SEP.find_iter(line_text) {
            cells.push(last..m.start());
            last = m.end();
        }
        cells.push(last..line_text.len());
        let aligned_by_spaces = !line_text.contains(['\t', '|']);
        let mut rating_on_this_line = false;
        // A short cell between the text's and the rating's on a line of
        // tabs or pipes is a column of its own ("Revise the guidance" /
        // "Accepted" / "Achieved": the body's first response): commentary
        // when the rating follows on the line, else more of the text.
        let mut text_cells_here = 0;
        let mut between: Vec<&str> = Vec::new();
        let last_cell_here = cells
            .iter()
            .rev()
            .find(|c| !line_text[(*c).clone()].trim().is_empty())
            .cloned();
        for cell in cells {
            let cell_text = &line_text[cell.clone()];
            if cell_text.trim().is_empty() {
                continue;
            }
            let lead = cell_text.len() - cell_text.trim_start().len();
            let start = line.start + cell.start + lead;
            // "Partially" / "achieved": a rating wrapped in its column.
            let wrapped = previous_last_cell.filter(|(prev, _)| {
                prev.split_whitespace().count() <= 2
                    && rating(&format!("{} {}", prev.trim(), cell_text.trim()))
                        == Some(Rating::Known)
            });
            if let (None, Some((prev, prev_start))) = (&progress, wrapped) {
                text_parts.retain(|p| !std::ptr::eq(*p, prev));
                wording_override = Some(format!("{} {}", prev.trim(), cell_text.trim()));
                progress = Some(prev_start..start + cell_text.trim().len());
                rating_on_this_line = true;
            } else if progress.is_none()
                && rating(cell_text).is_some()
                && !(row.group.is_some() && carries_a_sentence_on(cell_text))
            {
                progress = Some(start..start + cell_text.trim().len());
                rating_on_this_line = true;
                commentary.append(&mut between);
            } else if !aligned_by_spaces
                && progress.is_none()
                && text_cells_here > 0
                && cell_text.split_whitespace().count() <= MIDDLE_CELL_WORDS
            {
                between.push(cell_text);
            } else if rating_on_this_line {
                if aligned_by_spaces {
                    commentary_column.get_or_insert(column_of(start));
                }
                commentary.push(cell_text);
            } else if commentary_column
                .is_some_and(|c| aligned_by_spaces && column_of(start) + 1 >= c)
            {
                commentary.push(cell_text);
            } else {
                text_parts.append(&mut between);
                text_parts.push(cell_text);
                text_cells_here += 1;
            }
        }
        text_parts.append(&mut between);
        previous_last_cell = last_cell_here.and_then(|c| {
            let cell_text = &line_text[c.clone()];
            let pushed = text_parts
                .last()
                .is_some_and(|p| std::ptr::eq(*p, cell_text));
            let lead = cell_text.len() - cell_text.trim_start().len();
            pushed.then_some((cell_text, line.start + c.start + lead))
        });
    }

    // 2. A rating inside flattened text.
    if progress.is_none() {
        let joined_start = whole.start;
        let body = &text[whole.clone()];
        let found = flattened_rating(body).map(|(s, e)| (s, s, e));
        if let Some((cut, start, end)) = found {
            progress = Some(joined_start + start..joined_start + end);
            text_parts = vec![&text[joined_start..joined_start + cut]];
            let rest = &text[joined_start + end..whole.end];
            // "Operational recommendations" after the status heads the
            // next group of rows; it comments on nothing
            if !rest.trim().is_empty() && !is_group_heading(rest) {
                commentary.push(rest);
            }
        }
    }

    // 3. The status heading the row stands under.
    if progress.is_none() {
        progress = row.group.clone();
    }

    // (parts joined as the lines they were, so that a word broken over
    // two by a hyphen, "dos-" / "siers", reads whole)
    let row_text = clean(&text_parts.join("\n"));
    let (label, wording) = match &progress {
        Some(r) => {
            let wording = wording_override.unwrap_or_else(|| clean(&text[r.clone()]));
            let wording = wording.trim_end_matches(['.', ';', ',', '*']).to_owned();
            if rating(&wording) == Some(Rating::Unlisted) {
                cx.diagnose(
                    Severity::Info,
                    Code::ProgressUnknown,
                    r.clone(),
                    format!("\"{wording}\" is not a known progress wording; kept as written"),
                );
            }
            (
                Some(progress_label(&wording.replace("(yet)", "yet"))),
                Some(wording),
            )
        }
        None => {
            cx.diagnose(
                Severity::Warning,
                Code::AnnexRowUnrated,
                whole.clone(),
                format!("annex row {} has no progress rating", row.number),
            );
            (None, None)
        }
    };
    // ("Status: Complete. The work was finished ...", "Status: In progress
    // - a revised procedure ...": the stop or dash after the status is
    // the commentary's opening, no part of it)
    let commentary = clean(&commentary.join("\n"));
    let commentary = commentary
        .trim_start_matches(['.', ';', ',', '-', '\u{2013}', '\u{2014}', ' '])
        .to_owned();
    AnnexRow {
        number: row.number,
        text: row_text,
        progress: label,
        progress_text: wording,
        commentary: (!commentary.is_empty()).then_some(commentary),
        span: cx.span(whole),
    }
}

/// The row's lines that end before `cut`, as runs of lines next to each
/// other: a word broken by a hyphen at a line's end is joined again when
/// the run is cleaned, and a page's footer between two lines (not among
/// the row's lines) parts the runs.
fn runs_of_lines<'t>(text: &'t str, lines: &[Range<usize>], cut: usize) -> Vec<&'t str> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for line in lines.iter().filter(|r| r.start < cut) {
        let end = line.end.min(cut);
        match runs.last_mut() {
            Some(run)
                if text[run.end..line.start].trim_matches([' ', '\t']).len() <= 2
                    && text[run.end..line.start].matches('\n').count() == 1 =>
            {
                run.end = end;
            }
            _ => runs.push(line.start..end),
        }
    }
    runs.into_iter().map(|r| &text[r]).collect()
}

/// The last `n` ratings at the end of `lines`, one a line or one wrapped
/// over two ("Partially" / "achieved"), as the ranges that hold them; `None`
/// unless there are exactly `n` before a line that is no rating.
fn trailing_ratings(text: &str, lines: &[Range<usize>], n: usize) -> Option<Vec<Range<usize>>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut i = lines.len();
    while i > 0 && found.len() < n {
        let one = &lines[i - 1];
        // "achieved" in lower case ends a rating begun on the line above
        let wrapped = i >= 2
            && carries_a_sentence_on(&text[one.clone()])
            && rating(text[lines[i - 2].start..one.end].trim()).is_some();
        if wrapped {
            found.push(lines[i - 2].start..one.end);
            i -= 2;
        } else if rating(text[one.clone()].trim()).is_some() {
            found.push(one.clone());
            i -= 1;
        } else {
            break;
        }
    }
    let before_is_rating = i > 0 && rating(text[lines[i - 1].clone()].trim()).is_some();
    (found.len() == n && !before_is_rating).then(|| {
        found.reverse();
        found
    })
}

/// Whether line `index` is a recommendations table's column heading printed
/// alone: "Recommendation", or "No." just above it, or "Progress" just
/// below it (lexicon `RECOMMENDATION_COLUMN_HEADINGS`).
fn is_column_heading(source: &Source<'_>, index: usize) -> bool {
    let is = |k: usize, words: &[&str]| {
        k < source.line_count() && {
            let t = source.line(k).text.trim();
            words.iter().any(|w| t.eq_ignore_ascii_case(w))
        }
    };
    let recommendation = crate::lexicon::RECOMMENDATION_COLUMN_HEADINGS;
    is(index, recommendation)
        || (is(index, crate::lexicon::COLUMN_HEADINGS_BEFORE) && is(index + 1, recommendation))
        || (index > 0
            && is(index, crate::lexicon::COLUMN_HEADINGS_AFTER)
            && is(index - 1, recommendation))
}

/// The words of a table header's cell that may wrap onto the next line.
const WRAPPED_HEADER_WORDS: usize = 3;

/// True when `line`, under the table header `header`, holds one short cell
/// that opens with no digit and starts where one of the header's later
/// cells starts ("Progress at" over "follow-up", "Position at" over
/// "October 2008"): the header's cell wrapped, not a row.
fn wraps_header_cell(header: &str, line: &str) -> bool {
    let text = line.trim();
    let indent = line.len() - line.trim_start().len();
    if text.is_empty()
        || line.contains('\t')
        || text.split_whitespace().count() > WRAPPED_HEADER_WORDS
        || text.starts_with(|c: char| c.is_ascii_digit())
        || indent == 0
    {
        return false;
    }
    // where each of the header's cells after the first starts: after two
    // spaces or more
    let bytes = header.as_bytes();
    (2..bytes.len()).any(|i| {
        bytes[i] != b' ' && bytes[i - 1] == b' ' && bytes[i - 2] == b' ' && i.abs_diff(indent) <= 2
    })
}

/// A heading over a group of rows, not a row's text: "Operational
/// recommendations", "STRATEGIC RECOMMENDATIONS" (at most four words, the
/// last the noun).
fn is_group_heading(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    // "Marlbeck Police and the Probation Service together should:": the
    // body the next rows are addressed to, on a line of its own
    let addressed = !line.trim().contains('\n')
        && line.trim_end().strip_suffix(':').is_some_and(|head| {
            head.split_whitespace().last().is_some_and(|verb| {
                crate::lexicon::ADDRESSED_GROUP_VERBS
                    .iter()
                    .any(|v| verb.eq_ignore_ascii_case(v))
            })
        });
    addressed
        || (words.len() <= 4
            && words
                .last()
                .is_some_and(|w| w.eq_ignore_ascii_case("recommendations")))
}

/// The words after a comment's label at the start of `line` ("Comment: A
/// scheme is in place" gives "A scheme is in place"; lexicon
/// `COMMENT_LABELS`), or `None` when the line does not open with one.
fn comment_after_label(line: &str) -> Option<&str> {
    let trimmed = line.trim_start();
    let (label, rest) = trimmed.split_once(':')?;
    crate::lexicon::COMMENT_LABELS
        .iter()
        .any(|l| label.trim().eq_ignore_ascii_case(l))
        .then(|| rest.trim_start())
}

/// The last status written after its label in a row's text: where the
/// text before the label ends, and where the status starts and ends.
fn labelled_status(body: &str) -> Option<(usize, usize, usize)> {
    STATUS_LABEL
        .find_iter(body)
        .filter_map(|label| {
            let after = &body[label.end()..];
            let listed = PROGRESS_RE
                .find(after)
                .filter(|m| m.start() == 0)
                .map(|m| m.end());
            // "Progress: Strong": one word of a scale, ending the line
            let line = after.lines().next().unwrap_or("");
            let word = line.trim().trim_end_matches('.');
            let scale = crate::lexicon::LABELLED_SCALE_WORDS
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
                .then(|| line.trim_end().len());
            listed
                .or(scale)
                .map(|end| (label.start(), label.end(), label.end() + end))
        })
        .last()
}

/// A line of the row that judges it in a sentence, its progress followed
/// by words of `THIS_RECOMMENDATION_PHRASES` ("The Authority has made
/// strong progress on this recommendation"): where the line starts and
/// where the progress lies, in `text`. The row's own text is before it.
fn judging_sentence(text: &str, lines: &[Range<usize>]) -> Option<(usize, usize, usize)> {
    lines.iter().skip(1).find_map(|line| {
        let written = &text[line.clone()];
        PROGRESS_RE.find_iter(written).find_map(|m| {
            let after = written[m.end()..].trim_start();
            crate::lexicon::THIS_RECOMMENDATION_PHRASES
                .iter()
                .any(|p| crate::source::starts_with_ignore_case(after, p))
                .then(|| (line.start, line.start + m.start(), line.start + m.end()))
        })
    })
}

/// A rating standing between two text cells of a row flattened onto one
/// line: a capitalised progress wording after the end of a sentence.
fn flattened_rating(body: &str) -> Option<(usize, usize)> {
    PROGRESS_RE
        .find_iter(body)
        .filter(|m| {
            let before = body[..m.start()].trim_end();
            m.as_str().starts_with(char::is_uppercase)
                && (before.ends_with(['.', ':', ';']) || before.is_empty())
        })
        .map(|m| (m.start(), m.end()))
        .last()
}

#[cfg(test)]
mod tests {
    use crate::parse;

    const LEAD: &str = "Report\n\nHeadline\n\nThe inspectorate published a follow-up report today that looked again at every recommendation made before and found progress.\n\n";

    fn annex(table: &str) -> Vec<(String, Option<String>, String)> {
        parse(&format!("{LEAD}{table}"))
            .recommendations
            .map(|r| r.annex)
            .unwrap_or_default()
            .into_iter()
            .map(|r| (r.number, r.progress, r.text))
            .collect()
    }

    /// Each row's number and progress label.
    fn numbers_and_progress(
        rows: &[(String, Option<String>, String)],
    ) -> Vec<(&str, Option<&str>)> {
        rows.iter()
            .map(|(n, p, _)| (n.as_str(), p.as_deref()))
            .collect()
    }

    fn p(s: &str) -> Option<String> {
        Some(s.to_owned())
    }

    #[test]
    fn a_header_wrapped_over_two_lines_repeated_after_a_page_break() {
        let rows = annex(
            "ANNEX: PROGRESS AGAINST THE RECOMMENDATIONS\n\n No.   Recommendation                                   Progress at\n                                                        follow-up\n\n 1     The LSO should agree a plan for the              Complete\n       island stations.\n\n 2     The SFRS should put in place a training          Substantially\n       plan for on-call firefighters, and               complete\n\n                                   5\n\u{c}ANNEX (continued)\n\n No.   Recommendation                                   Progress at\n                                                        follow-up\n\n       that is monitored each quarter.\n\n 3     The LSO should review fire safety audits.        Not started\n",
        );
        assert_eq!(
            rows,
            [
                ("1".to_owned(), p("complete"), "The LSO should agree a plan for the island stations.".to_owned()),
                (
                    "2".to_owned(),
                    p("substantially_complete"),
                    "The SFRS should put in place a training plan for on-call firefighters, and that is monitored each quarter.".to_owned()
                ),
                ("3".to_owned(), p("not_started"), "The LSO should review fire safety audits.".to_owned()),
            ]
        );
    }

    #[test]
    fn a_header_naming_the_recommendations_year_repeated_after_a_page_break() {
        let rows = annex(
            "ANNEX: PROGRESS AGAINST THE 2007 RECOMMENDATIONS\n\n  No.   Recommendation (2007)                            Assessment\n                                                         (September 2011)\n\n  1     The Area should fill the vacant lawyer posts     No longer\n        at the Lydbury unit.                             applicable\n\nPress Release 21/11                                     Page 3 of 4\n\u{c}  No.   Recommendation (2007)                            Assessment\n                                                         (September 2011)\n\n  2     Managers should review each adverse case         Achieved\n        outcome.\n",
        );
        assert_eq!(rows.len(), 2);
        assert_eq!(
            rows[0].2,
            "The Area should fill the vacant lawyer posts at the Lydbury unit."
        );
    }

    #[test]
    fn an_action_plan_rated_red_amber_green() {
        // a council's action plan: the RAG column is the progress column
        // (lexicon PROGRESS_LABELS)
        let rows = annex(
            "APPENDIX A: ACTION PLAN\n\n No.  Recommendation                       Action taken                 RAG\n\n 1    The force should brief every         Officers briefed in May.     Green\n      custody officer on the new policy.\n\n 2    The force should log each decision   Logging is being tested.     Amber\n      to detain a child.\n\n 3    The force should review CCTV.        Not yet begun.               Red\n",
        );
        assert_eq!(
            numbers_and_progress(&rows),
            [
                ("1", Some("green")),
                ("2", Some("amber")),
                ("3", Some("red"))
            ]
        );
    }

    #[test]
    fn rows_flattened_onto_one_line_with_the_header_repeated_flat() {
        let table = "ANNEX\n\nNo. Recommendation Position at follow-up Inspectors' commentary\n1 The Area should review files every month. Achieved Reviews are done.\n2 Unit heads should check two files each month. Achieved Checks are made at the monthly meetings.\nHMCPSI news release 19/17                                        Page 3 of 4\n\u{c}No. Recommendation Position at follow-up Inspectors' commentary\n3 The Area should agree a joint plan with the police. Partially achieved A plan was agreed.\n";
        let rows = annex(table);
        let got = numbers_and_progress(&rows);
        assert_eq!(
            got,
            [
                ("1", Some("achieved")),
                ("2", Some("achieved")),
                ("3", Some("partially_achieved"))
            ]
        );
        // the page's footer and the header after it comment on nothing
        let recs = parse(&format!("{LEAD}{table}"))
            .recommendations
            .expect("recommendations");
        assert_eq!(
            recs.annex[1].commentary.as_deref(),
            Some("Checks are made at the monthly meetings.")
        );
    }

    #[test]
    fn a_short_cell_between_text_and_rating_is_a_column_of_its_own() {
        let table = "ANNEX\n\nRecommendation\tCPS response (2017)\tPosition at follow-up (2019)\nRecommendation 1 \u{2013} Revise the legal guidance on bad character\tAccepted\tAchieved\nRecommendation 2 \u{2013} Check in every case that an application was considered\tPartially accepted\tNot achieved\n";
        let recs = parse(&format!("{LEAD}{table}"))
            .recommendations
            .expect("recommendations");
        let rows: Vec<(&str, Option<&str>)> = recs
            .annex
            .iter()
            .map(|r| (r.text.as_str(), r.commentary.as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                (
                    "Revise the legal guidance on bad character",
                    Some("Accepted")
                ),
                (
                    "Check in every case that an application was considered",
                    Some("Partially accepted")
                ),
            ]
        );
    }

    #[test]
    fn blocks_grouped_under_the_body_they_are_addressed_to() {
        let recs = parse(&format!(
            "{LEAD}Progress against our 2023 recommendations\n\nMarlbeck Police should:\n\n1. make sure every offender has an assessment reviewed each year\nStatus: Met\n\n2. increase the capacity of its team\nStatus: Partly met\n\nThe Probation Service in Marlbeck should:\n\n3. review every plan after a change in circumstances\nStatus: Not met\n"
        ))
        .recommendations
        .expect("recommendations");
        let rows: Vec<(&str, Option<&str>, Option<&str>)> = recs
            .annex
            .iter()
            .map(|r| {
                (
                    r.number.as_str(),
                    r.progress.as_deref(),
                    r.commentary.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("1", Some("met"), None),
                ("2", Some("partly_met"), None),
                ("3", Some("not_met"), None)
            ]
        );
    }

    #[test]
    fn a_comment_after_the_status_and_a_stop_or_dash_opens_without_them() {
        let recs = parse(&format!(
            "{LEAD}ANNEX\n\nRecommendation 1: The force should publish its plan.\nStatus: Complete. The work was finished in November 2018.\n\nRecommendation 2: The force should train staff.\nStatus: In progress - a revised procedure was due in April 2019.\n"
        ))
        .recommendations
        .expect("recommendations");
        let comments: Vec<Option<&str>> =
            recs.annex.iter().map(|r| r.commentary.as_deref()).collect();
        assert_eq!(
            comments,
            [
                Some("The work was finished in November 2018."),
                Some("a revised procedure was due in April 2019.")
            ]
        );
    }

    #[test]
    fn recommendations_each_judged_in_a_sentence_on_the_next_line_with_no_heading() {
        let rows = annex(
            "Recommendation 1: Get better outcomes for learners at every key stage\nThe Authority has made strong progress on this recommendation\nRecommendation 2: Challenge schools more strongly\nThe Authority has made strong progress on this recommendation\nRecommendation 3: Draw up better strategies so that fewer young people are not in education\nThe Authority has made satisfactory progress on this recommendation\n",
        );
        assert_eq!(
            rows,
            [
                (
                    "1".to_owned(),
                    p("strong_progress"),
                    "Get better outcomes for learners at every key stage".to_owned()
                ),
                (
                    "2".to_owned(),
                    p("strong_progress"),
                    "Challenge schools more strongly".to_owned()
                ),
                (
                    "3".to_owned(),
                    p("satisfactory_progress"),
                    "Draw up better strategies so that fewer young people are not in education"
                        .to_owned()
                ),
            ]
        );
        // new recommendations listed with no judgement are no annex
        let new = annex(
            "Recommendation 1: Get better outcomes\nRecommendation 2: Challenge schools\nRecommendation 3: Draw up strategies\n",
        );
        assert!(new.is_empty());
    }

    #[test]
    fn a_numbered_list_rated_item_by_item_with_no_heading() {
        let rows = annex(
            "The provisional judgements were these:\n\n\u{201c}1. Raise success rates for every learner \u{2013} very good progress\n\n2. Strengthen leadership - very good progress\n\n3. Rework the curriculum \u{2013} strong progress. \u{201c}\n\nMs Campbell said the outcome was a very positive one.\n",
        );
        assert_eq!(
            rows,
            [
                (
                    "1".to_owned(),
                    p("very_good_progress"),
                    "Raise success rates for every learner".to_owned()
                ),
                (
                    "2".to_owned(),
                    p("very_good_progress"),
                    "Strengthen leadership".to_owned()
                ),
                (
                    "3".to_owned(),
                    p("strong_progress"),
                    "Rework the curriculum".to_owned()
                ),
            ]
        );
        // two rated items are no annex
        let two = annex(
            "Judgements:\n\n1. Raise success rates \u{2013} very good progress\n\n2. Strengthen leadership - strong progress\n\nMs Campbell was pleased.\n",
        );
        assert!(two.is_empty());
    }

    #[test]
    fn pairs_of_a_number_and_its_status_two_on_a_line() {
        let rows = annex(
            "Appendix: Status of the 2012 recommendations\n\nRecommendation 1 \u{2013} Achieved\nRecommendation 2 \u{2013} Partially achieved Recommendation 3 \u{2013} Not achieved\nRecommendation 4 - Achieved\n",
        );
        let got: Vec<_> = rows
            .iter()
            .map(|(n, p, _)| (n.as_str(), p.clone()))
            .collect();
        assert_eq!(
            got,
            [
                ("1", p("achieved")),
                ("2", p("partially_achieved")),
                ("3", p("not_achieved")),
                ("4", p("achieved"))
            ]
        );
        assert!(rows.iter().all(|(_, _, text)| text.is_empty()));
    }

    #[test]
    fn tabs_with_continuation_and_repeated_header() {
        let rows = annex(
            "Annex A\n\nRecommendation\t\tProgress\n1\tThe area should do one thing.\tAchieved\n2\tIt should also do:\tLimited progress\n\t another thing at 2010 levels. \t\nPage 2 of 3\nRecommendation\t\tProgress\n3\tAnd a third.\tNo longer applicable\n",
        );
        assert_eq!(rows.len(), 3);
        assert_eq!(
            rows[1],
            (
                "2".into(),
                p("limited_progress"),
                "It should also do: another thing at 2010 levels.".into()
            )
        );
        assert_eq!(rows[2].1, p("no_longer_applicable"));
    }

    #[test]
    fn status_blocks_with_comments_over_a_page_break_and_group_headings() {
        let table = "ANNEX: PROGRESS AGAINST THE 2009 RECOMMENDATIONS\n\nStrategic recommendations\n\nRecommendation 1: The team should agree a plan with the police.\nStatus: Achieved\n\nRecommendation 2: The team should introduce a system of quality assurance which covers lawyers, designated\n\nHMCPSI Press Release 19/11                                   Page 2 of 3\n\x0cHMCPSI                                        PRESS RELEASE No. 19/11\n\ncaseworkers and paralegal officers.\nComment: A scheme is in place for lawyers\nbut not yet for paralegal officers.\nStatus: Partially achieved\n\nOperational recommendations\n\nRecommendation 3: Unit heads should plan every case.\nStatus: Not achieved\n";
        let record = parse(&format!("{LEAD}{table}"));
        let rows = record.recommendations.expect("recommendations").annex;
        let got: Vec<_> = rows
            .iter()
            .map(|r| {
                (
                    r.number.as_str(),
                    r.progress.as_deref(),
                    r.text.as_str(),
                    r.commentary.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "1",
                    Some("achieved"),
                    "The team should agree a plan with the police.",
                    None
                ),
                (
                    "2",
                    Some("partially_achieved"),
                    "The team should introduce a system of quality assurance which covers lawyers, designated caseworkers and paralegal officers.",
                    Some("A scheme is in place for lawyers but not yet for paralegal officers.")
                ),
                (
                    "3",
                    Some("not_achieved"),
                    "Unit heads should plan every case.",
                    None
                ),
            ]
        );
    }

    #[test]
    fn status_headings_with_counts_and_continued_after_a_page_break() {
        let rows = annex(
            "ANNEX: PROGRESS ON THE RECOMMENDATIONS FOLLOWED UP\n\nGood progress - leaders had a plan and carried it out.\nNo meaningful progress - nothing had been done.\n\nGOOD PROGRESS (2 recommendations)\n\n2.  Leaders should review every case. (S38)\n7.  The prison should have enough staff on every wing,\n\n                              News Release 47/19 - Page 2 of 4\nHMP Brantmoor IRP - News Release 47/19 (continued)\n\nGOOD PROGRESS (continued)\n\n    every day. (1.27)\n\nNO MEANINGFUL PROGRESS (1 recommendation)\n\n6.  Every man should spend ten hours a day out of his cell. (S40)\n",
        );
        assert_eq!(
            rows,
            [
                (
                    "2".into(),
                    p("good_progress"),
                    "Leaders should review every case. (S38)".into()
                ),
                (
                    "7".into(),
                    p("good_progress"),
                    "The prison should have enough staff on every wing, every day. (1.27)".into()
                ),
                (
                    "6".into(),
                    p("no_meaningful_progress"),
                    "Every man should spend ten hours a day out of his cell. (S40)".into()
                ),
            ]
        );
    }

    #[test]
    fn a_column_of_ratings_straight_after_the_texts_one_wrapped() {
        let rows = annex(
            "Appendix 1: Status of recommendations\n\nRecommendation\nStrategic recommendations\n1. The PSNI should publish a strategy.\n2. The PSNI should fund the service.\nOperational recommendations\n3. Kiosks should be in every district.\nStatus at October 2023\nAchieved\nPartially\nachieved\nNot achieved\n",
        );
        assert_eq!(
            rows,
            [
                (
                    "1".into(),
                    p("achieved"),
                    "The PSNI should publish a strategy.".into()
                ),
                (
                    "2".into(),
                    p("partially_achieved"),
                    "The PSNI should fund the service.".into()
                ),
                (
                    "3".into(),
                    p("not_achieved"),
                    "Kiosks should be in every district.".into()
                ),
            ]
        );
    }

    #[test]
    fn pipes_and_spaces() {
        let rows = annex(
            "Appendix: progress on recommendations\n| No. | Recommendation | Status |\n| 1 | Improve case files. | Partially achieved |\n| 2 | Train staff. | Fully achieved |\n",
        );
        assert_eq!(
            rows,
            [
                (
                    "1".into(),
                    p("partially_achieved"),
                    "Improve case files.".into()
                ),
                ("2".into(), p("fully_achieved"), "Train staff.".into())
            ]
        );
        let rows = annex(
            "Annex B\nRecommendation      Status\nR1   Review the rota.       Not yet achieved\nR2   Publish the plan.      Implemented\n",
        );
        assert_eq!(
            rows[0],
            (
                "R1".into(),
                p("not_yet_achieved"),
                "Review the rota.".into()
            )
        );
        assert_eq!(rows[1].1, p("implemented"));
    }

    #[test]
    fn status_blocks_and_flattened_rows() {
        let rows = annex(
            "Annex A\nRecommendation 1: The force should publish its plan. Status: Achieved\nRecommendation 2: The force should train staff.\nStatus: Partially achieved\n",
        );
        assert_eq!(
            rows[0],
            (
                "1".into(),
                p("achieved"),
                "The force should publish its plan.".into()
            )
        );
        assert_eq!(rows[1].1, p("partially_achieved"));
        let rows = annex(
            "Annex A\n1 The service should review its rota. Partially achieved The rota was reviewed in May.\n",
        );
        assert_eq!(rows[0].1, p("partially_achieved"));
        assert_eq!(rows[0].2, "The service should review its rota.");
    }

    #[test]
    fn skipped_and_repeated_numbers_are_rows() {
        let rows = annex(
            "Annex A\nRecommendation\tProgress\n1\tOne.\tAchieved\n2\tTwo.\tAchieved\n4\tFour.\tAchieved\n4\tFour again.\tAchieved\n5\tFive, a\n2019 review.\tAchieved\n",
        );
        let numbers: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "4", "4", "5"]);
        assert_eq!(rows[4].2, "Five, a 2019 review.");
    }

    #[test]
    fn bracketed_and_wrapped_ratings() {
        let rows = annex(
            "Annex A: progress against recommendations\nRecommendation 1 (achieved): Publish the plan.\nRecommendation 2 (not achieved): Train the staff.\n",
        );
        assert_eq!(
            rows[0],
            ("1".into(), p("achieved"), "Publish the plan.".into())
        );
        assert_eq!(rows[1].1, p("not_achieved"));
        let rows = annex(
            "Annex A\nNo.  Recommendation                         Progress\n1    The PPS should reduce the time taken    Partially\n     to issue decisions.                    achieved\n2    Publish the plan.                       Achieved\n",
        );
        assert_eq!(
            rows[0],
            (
                "1".into(),
                p("partially_achieved"),
                "The PPS should reduce the time taken to issue decisions.".into()
            )
        );
    }

    #[test]
    fn letters_and_unrated_rows() {
        let record = parse(&format!(
            "{LEAD}Annex A\nRecommendation\tProgress\nA.\tKeep records.\tGood progress\nB.\tA clear plan is needed.\n"
        ));
        let rows = record.recommendations.unwrap().annex;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].text, "A clear plan is needed.");
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.code.as_str() == "annex-row-unrated")
        );
    }

    #[test]
    fn two_columns_printed_one_after_the_other_page_by_page() {
        let rows = annex(
            "ANNEX: STATUS OF THE RECOMMENDATIONS\n\nRecommendation\n\n1. The Unit should agree a protocol.\n\n2. The Unit should set a target.\n\nStatus\n\nPartially achieved\n\nAchieved\n\nPress Release: Recall review\nPage 3 of 4\nPress Release: Recall review\n\nRecommendation\n\n3. The Unit should revise its referral\nform.\n\n4. The Service should notify the Unit.\n\n5. The Department should publish statistics.\n\nStatus\n\nNo longer applicable\n\nAchieved\n\nNot achieved\n\nPress Release: Recall review\nPage 4 of 4\n",
        );
        let ratings: Vec<_> = rows.iter().map(|r| r.1.clone()).collect();
        assert_eq!(
            ratings,
            [
                p("partially_achieved"),
                p("achieved"),
                p("no_longer_applicable"),
                p("achieved"),
                p("not_achieved")
            ]
        );
        assert_eq!(rows[2].2, "The Unit should revise its referral form.");
        assert_eq!(rows[4].2, "The Department should publish statistics.");
        // a word broken over two lines by a hyphen reads whole
        let rows = annex(
            "Annex A\n\nRecommendation\t\tProgress\n1\tThe Unit should check its recall dos-\t\n\tsiers monthly.\tAchieved\n2\tThe Unit should agree a protocol.\tNot achieved\n",
        );
        assert_eq!(
            rows[0].2,
            "The Unit should check its recall dossiers monthly."
        );
    }

    #[test]
    fn one_word_of_a_scale_after_a_progress_label() {
        let rows = annex(
            "Annex: progress on the recommendations\n\nRecommendation 1: The council must allocate a qualified social worker to every child.\nProgress: Limited\n\nRecommendation 2: The council must screen referrals within a day.\nProgress: Strong\n",
        );
        let ratings: Vec<_> = rows.iter().map(|r| r.1.clone()).collect();
        assert_eq!(ratings, [p("limited"), p("strong")]);
    }

    #[test]
    fn two_columns_printed_one_after_the_other() {
        let rows = annex(
            "Annex: Progress against the recommendations\n\nRecommendation\n\n1. The Area should review every case\nbefore the first hearing.\n2. The Area should agree a protocol.\n3. Managers should analyse outcomes.\n\nProgress at June 2015\n\nAchieved\nLimited progress\nNot achieved\n",
        );
        let ratings: Vec<_> = rows.iter().map(|r| r.1.clone()).collect();
        assert_eq!(
            ratings,
            [p("achieved"), p("limited_progress"), p("not_achieved")]
        );
        assert_eq!(
            rows[0].2,
            "The Area should review every case before the first hearing."
        );
    }

    #[test]
    fn rows_lettered_in_brackets() {
        let rows = annex(
            "Annex: progress\n\n      Recommendation                                   Position\n(a)   Review every file before the hearing.        Achieved\n(b)   Agree a protocol with the police on the      Substantial\n      quality of files.                            progress\n(c)   Check custody time limits weekly.            Not achieved\n",
        );
        let got = numbers_and_progress(&rows);
        assert_eq!(
            got,
            [
                ("a", Some("achieved")),
                ("b", Some("substantial_progress")),
                ("c", Some("not_achieved"))
            ]
        );
    }

    #[test]
    fn rows_split_into_parts() {
        let rows = annex(
            "Annex A\nRecommendation      Status\n1   Review the rota.        Achieved\n2   Publish the plan.       Achieved\n3a  Train the staff.        Not achieved\n3b  Audit the training.     Partially achieved\n4   Report each quarter.    Achieved\n",
        );
        let numbers: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(numbers, ["1", "2", "3a", "3b", "4"]);
        let record = crate::parse(&format!(
            "{LEAD}Annex A\nRecommendation      Status\n1   Review the rota.        Achieved\n2   Publish the plan.       Achieved\n3a  Train the staff.        Not achieved\n3b  Audit the training.     Partially achieved\n4   Report each quarter.    Achieved\n"
        ));
        let numbering = record
            .checks
            .iter()
            .find(|c| c.name == "annex-numbering-sequential")
            .expect("numbering check");
        assert_eq!(numbering.status, crate::record::CheckStatus::Passed);
    }

    #[test]
    fn rows_grouped_under_status_headings() {
        let doc = format!(
            "{LEAD}Annex: Progress against the 2005 recommendations\n\nAchieved\n  1   The Area should record every decision.\n  3   The Area should agree a protocol\n      with the police.\n\nPartially achieved\n  2   Managers should check files.\n\nNot achieved\n  4   The Area should cut ineffective trials.\n\nNo longer applicable\n\n      None.\n"
        );
        let record = parse(&doc);
        let rows: Vec<_> = record
            .recommendations
            .as_ref()
            .map(|r| {
                r.annex
                    .iter()
                    .map(|r| (r.number.clone(), r.progress.clone()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(
            rows,
            [
                ("1".to_owned(), p("achieved")),
                ("3".to_owned(), p("achieved")),
                ("2".to_owned(), p("partially_achieved")),
                ("4".to_owned(), p("not_achieved")),
            ]
        );
        // every number once, in groups: the numbering check passes
        let numbering = record
            .checks
            .iter()
            .find(|c| c.name == "annex-numbering-sequential")
            .expect("numbering check");
        assert_eq!(numbering.status, crate::record::CheckStatus::Passed);
        // a status straight under a row's text is that row's, not a heading
        let rows = annex(
            "Annex\n\nRecommendation 1  The Area should record every decision.\nPartially achieved\n\nRecommendation 2  Managers should check files.\nAchieved\n",
        );
        assert_eq!(rows[0].1, p("partially_achieved"));
        assert_eq!(rows[1].1, p("achieved"));
    }

    #[test]
    fn an_annex_of_areas_for_improvement_has_no_recommendations() {
        let rows = annex(
            "ANNEX: AREAS FOR IMPROVEMENT\n\nNo.  Area for improvement                 Applies to\n1    Supervisors should review crimes.     All BCUs\n2    Callers should get a reference.       Force\n",
        );
        assert!(rows.is_empty());
        // the same table under a heading of recommendations has its rows
        let rows = annex(
            "ANNEX: RECOMMENDATIONS\n\nNo.  Recommendation                        Applies to\n1    Supervisors should review crimes.     All BCUs\n2    Callers should get a reference.       Force\n",
        );
        assert_eq!(rows.len(), 2);
    }

    #[test]
    fn status_headings_in_paragraphs_of_their_own() {
        // the heading, a blank line, then the rows; a row's sentence ending
        // "... will be" / "achieved." is text under its group's heading
        let rows = annex(
            "Annex A\n\nACHIEVED\n\n1. The force should appoint a manager.\n2. Files should be checked.\n\nPARTIALLY ACHIEVED\n\n3. The unit should plan how the standard will be\nachieved.\n4. Staff should be trained.\n\nNOT ACHIEVED\n\n5. Victims should be assessed.\n",
        );
        let progress: Vec<_> = rows.iter().map(|r| r.1.clone()).collect();
        assert_eq!(
            progress,
            [
                p("achieved"),
                p("achieved"),
                p("partially_achieved"),
                p("partially_achieved"),
                p("not_achieved"),
            ]
        );
    }

    #[test]
    fn rows_grouped_under_status_headings_with_no_annex_heading_and_their_kind() {
        // a web page sets out the statuses after a sentence, no "Annex"
        // heading; "(strategic):" is the row's kind, not its text
        let rows = annex(
            "The status of each recommendation is set out below.\n\nAchieved\n\nRecommendation 1 (strategic): The force should appoint an owner.\n\nRecommendation 3: Items should be logged.\n\nPartially achieved\n\nRecommendation 2 (strategic): A policy should be set.\n\nNot achieved\n\nRecommendation 4: Exhibits should be sealed.\n",
        );
        assert_eq!(
            numbers_and_progress(&rows),
            [
                ("1", Some("achieved")),
                ("3", Some("achieved")),
                ("2", Some("partially_achieved")),
                ("4", Some("not_achieved")),
            ]
        );
        assert_eq!(rows[0].2, "The force should appoint an owner.");
        assert_eq!(rows[2].2, "A policy should be set.");
    }

    #[test]
    fn one_status_heading_alone_opens_no_annex() {
        // a news page's subheading over a numbered list is not a group
        let rows = annex("Achieved\n\n1. The force appointed an owner.\n2. Items are logged.\n");
        assert!(rows.is_empty(), "{rows:?}");
    }

    #[test]
    fn lettered_rows_under_status_headings_in_any_order() {
        let rows = annex(
            "Annex: progress against the 2023 recommendations\n\nAchieved\n\n(a) Allocate every case.\n\n(c) Agree a plan.\n\nPartially achieved\n\n(b) Make enquiries first.\nInspectors found enquiries in 46 of 52 cases.\n\nNot achieved\n\n(d) Visit the home.\n",
        );
        let got: Vec<_> = rows.iter().map(|r| (r.0.as_str(), r.1.clone())).collect();
        assert_eq!(
            got,
            [
                ("a", p("achieved")),
                ("c", p("achieved")),
                ("b", p("partially_achieved")),
                ("d", p("not_achieved")),
            ]
        );
        assert_eq!(
            rows[2].2,
            "Make enquiries first. Inspectors found enquiries in 46 of 52 cases."
        );
    }

    #[test]
    fn letters_closed_by_a_bracket_alone_under_capital_status_headings() {
        // a word processor's list saved as text: "a)" and a tab
        let rows = annex(
            "ANNEX: PROGRESS AGAINST THE 2012 RECOMMENDATIONS\n\nACHIEVED\n\na)\tThe board should receive reports.\nc)\tEvery child should be seen.\n\nPARTIALLY ACHIEVED\n\nb)\tAssessments should be on time.\n\nNOT ACHIEVED\n\nd)\tPlans should be specific.\n",
        );
        let got: Vec<_> = rows.iter().map(|r| (r.0.as_str(), r.1.clone())).collect();
        assert_eq!(
            got,
            [
                ("a", p("achieved")),
                ("c", p("achieved")),
                ("b", p("partially_achieved")),
                ("d", p("not_achieved")),
            ]
        );
        assert_eq!(rows[0].2, "The board should receive reports.");
    }

    #[test]
    fn a_repeated_annex_heading_and_table_header_after_a_page_break_are_no_text() {
        let rows = annex(
            "ANNEX\n\nNo   Recommendation                          Position at May 2007\n\n1    Fees should be checked so that counsel are paid          Achieved\n\n                         Page 3 of 4\nHMCPSI - CPS Avonbury - press release\n\nANNEX (continued)\n\nNo   Recommendation                          Position at May 2007\n\n     within the national timescales.\n2    Files should be reviewed.                                 Not achieved\n",
        );
        assert_eq!(
            rows[0].2,
            "Fees should be checked so that counsel are paid within the national timescales."
        );
        assert_eq!(rows.len(), 2);
        // the table header marked as continued
        for mark in ["(continued)", "(contd)"] {
            let rows = annex(&format!(
                "ANNEX\n\nNo. Recommendation                          Status\n\n1    Fees should be checked so that counsel are paid   Achieved\n\n                         Page 3 of 4\n\u{c}HMCPSI - CPS Avonbury - press release\n\nNo. Recommendation {mark}              Status\n\n     within the national timescales.\n2    Files should be reviewed.                       Not achieved\n",
            ));
            assert_eq!(
                rows[0].2,
                "Fees should be checked so that counsel are paid within the national timescales.",
                "{mark}"
            );
        }
    }

    #[test]
    fn the_status_column_first() {
        let rows = annex(
            "PROGRESS AGAINST THE 2009 RECOMMENDATIONS\n\nStatus        No.   Recommendation\n------------  ----  --------------------------------\nMet           1     A full risk of harm analysis should be done\n                    within 15 working days.\nPartly met    2     Sentence plans should address risk.\n\nReport footer                                        Page 1 of 3\nStatus        No.   Recommendation (continued)\nNot met       3     Home visits should be made.\n",
        );
        assert_eq!(
            rows,
            [
                (
                    "1".to_owned(),
                    p("met"),
                    "A full risk of harm analysis should be done within 15 working days."
                        .to_owned()
                ),
                (
                    "2".to_owned(),
                    p("partly_met"),
                    "Sentence plans should address risk.".to_owned()
                ),
                (
                    "3".to_owned(),
                    p("not_met"),
                    "Home visits should be made.".to_owned()
                ),
            ]
        );
    }

    #[test]
    fn a_labelled_status_wins_over_a_rating_word_alone_in_the_block() {
        let table = "ANNEX: PROGRESS AGAINST THE RECOMMENDATIONS\n\nRecommendation 1\nThe Area should review those cases in which the outcome sought was not\n\nachieved.\nPosition at follow-up:\nSubstantial progress\n\nRecommendation 2\nThe Area should train its staff.\nPosition at follow-up:\nAchieved\n";
        let rows = annex(table);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].1, p("substantial_progress"));
        assert_eq!(rows[1].1, p("achieved"));
    }

    #[test]
    fn sentences_of_numbers_win_over_new_recommendations_lettered_with_no_status() {
        // "Recom-" / "mendations" as pdftotext gives a justified page
        // (lexicon RECOMMENDATIONS_WORD), and (a) and (b) after, unrated
        let rows = annex(
            "ANNEX - POSITION ON THE 2017 RECOMMENDATIONS\nRecommendations 1 and 3 have been achieved. Recom-\nmendations 2 and 5 are in progress, and recommendation 4,\non time to train, has not been started.\nThe new recommendations are that:\n(a) the Service should run courses at weekends; and\n(b) the Service should report each year on training.\n",
        );
        let got: Vec<(String, Option<String>)> = rows.into_iter().map(|r| (r.0, r.1)).collect();
        assert_eq!(
            got,
            [
                ("1".to_owned(), p("achieved")),
                ("2".to_owned(), p("in_progress")),
                ("3".to_owned(), p("achieved")),
                ("4".to_owned(), p("not_started")),
                ("5".to_owned(), p("in_progress")),
            ]
        );
    }

    #[test]
    fn an_annex_of_sentences_listing_numbers_gives_one_row_per_number_in_order() {
        let rows = annex(
            "ANNEX\nPROGRESS AGAINST THE RECOMMENDATIONS\n\nRecommendations 1 to 4 were strategic and recommendations 5 to 8 operational.\n\nStrategic recommendations\n\nRecommendations 1 and 3 have been achieved; recommendation 2 is partially\nachieved; recommendation 4 has not been achieved.\n\nOperational recommendations\n\nRecommendations 5-6 have been achieved; 7 and 8 partially.\n",
        );
        let got: Vec<(String, Option<String>)> = rows.into_iter().map(|r| (r.0, r.1)).collect();
        assert_eq!(
            got,
            [
                ("1".to_owned(), p("achieved")),
                ("2".to_owned(), p("partially_achieved")),
                ("3".to_owned(), p("achieved")),
                ("4".to_owned(), p("not_achieved")),
                ("5".to_owned(), p("achieved")),
                ("6".to_owned(), p("achieved")),
                ("7".to_owned(), p("partially_achieved")),
                ("8".to_owned(), p("partially_achieved")),
            ]
        );
    }
}
