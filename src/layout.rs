//! Two columns of text side by side, as `pdftotext -layout` writes a page set
//! in two columns, put back into reading order: the left column, then the
//! right.
//!
//! Read line by line, such a page interleaves two texts ("People with mental
//! health problems who come       In total the inspectors examined 146
//! case"), so no sentence can be read across a line end. [`reading_order`]
//! finds the runs of lines that hold two columns of prose split at one
//! character column (the gutter) and writes each run as its left halves and
//! then its right halves. Nothing else moves, and every byte of the result is
//! a byte of the input or a line end put in, so [`Reordered::restore`] can
//! take the spans read from the result back to the document as written.
//!
//! A run is taken as columns only when it reads as prose on both sides: at
//! least [`MIN_ALIGNED`] lines with text on both sides of the same gutter,
//! and halves that are, on average, long lines of words. A table of short
//! cells ("1   The CPS should ...   Achieved") is not prose on its right and
//! stays as it is.

use crate::record::{Record, Span};
use crate::source::Source;

/// Lines with text on both sides of one gutter that a run needs.
const MIN_ALIGNED: usize = 5;

/// Lines in a row with no text right of the gutter that end a run: the
/// right column has ended.
const MAX_WITHOUT_RIGHT: usize = 12;

/// The least average length (characters) of the left halves of the aligned
/// lines: a narrower left column beside a wide right one is a table's
/// labels and their values ("Ouseland Police" / "public protection unit,
/// response officers,"), each row read across.
const MIN_LEFT_HALF: usize = 24;

/// The least average length (characters) of the right halves: a sidebar
/// beside the text may be narrower than the text. A press notice's notes
/// column set 28 characters wide, its words hyphenated at the line ends,
/// averages 23.5; a table's status cells ("Achieved", "Partially
/// achieved") average well under it, and are told apart as cells besides.
const MIN_RIGHT_HALF: usize = 20;

/// The gutter is at least this many characters from the left margin.
const MIN_GUTTER: usize = 30;

/// How far right of the gutter a line's right half may start and still be
/// aligned with it: the second line of a numbered note or a bullet.
const INDENT: usize = 4;

/// The lines all the scans for runs may look at, per line of the
/// document (with [`SCAN_BUDGET_BASE`] over all): a two-column page is
/// found in a scan or two, and input made to start a scan at every line
/// cannot make the pass quadratic.
const SCAN_BUDGET_PER_LINE: usize = 8;

/// The lines the scans may look at beyond [`SCAN_BUDGET_PER_LINE`], so
/// that a short page is never cut short.
const SCAN_BUDGET_BASE: usize = 1_000;

/// The most gaps of one line that are tried as gutters.
const MAX_GAPS: usize = 4;

/// A document whose column runs were put into reading order.
#[derive(Debug)]
pub struct Reordered {
    /// The text in reading order.
    pub text: String,
    /// Where each piece of `text` starts, and where it came from in the
    /// input: (offset in `text`, offset in the input), by offset in `text`.
    pieces: Vec<(usize, usize)>,
    /// The first line (0-based, of the input) of each run reordered.
    pub runs: Vec<usize>,
}

impl Reordered {
    /// The offset in the input of `offset` in [`Reordered::text`].
    pub fn original(&self, offset: usize) -> usize {
        let i = self
            .pieces
            .partition_point(|&(at, _)| at <= offset)
            .saturating_sub(1);
        match self.pieces.get(i) {
            Some(&(at, from)) if offset >= at => from + (offset - at),
            _ => offset,
        }
    }

    /// The span of the input that `span`, a span of [`Reordered::text`],
    /// was read from. A span that crosses from one piece into another
    /// (read across the point where the columns were joined) keeps its start
    /// and its length.
    fn original_span(&self, span: Span, input: &Source) -> Span {
        let start = self.original(span.start);
        let end = if span.end > span.start {
            self.original(span.end - 1) + 1
        } else {
            start
        };
        // (read across the point where one column's text was joined to the
        // other's, the end as written may fall before the start or far
        // past it: the span then keeps its start and its length)
        let end = if end < start || end - start > 2 * (span.end - span.start) + 256 {
            start + (span.end - span.start)
        } else {
            end
        };
        input.span(start..end)
    }

    /// Moves every span of `record`, read from [`Reordered::text`], onto
    /// `input`, the text the columns were read from.
    pub fn restore(&self, record: &mut Record, input: &Source) {
        record.for_each_span(|span| *span = self.original_span(*span, input));
        for d in &mut record.diagnostics {
            if let Some(span) = d.span {
                d.line = Some(span.line);
                d.column = Some(span.column);
            }
        }
    }
}

/// One line's shape: where its text starts after a gap of two or more
/// spaces (character column, byte offset), up to [`MAX_GAPS`] of them.
#[derive(Clone, Copy, Default)]
struct Shape {
    /// The column and byte of the first character that is not a space.
    indent: (usize, usize),
    gaps: [(usize, usize); MAX_GAPS],
    gap_count: usize,
    /// The column one past the last character that is not a space.
    width: usize,
}

impl Shape {
    fn of(line: &str) -> Shape {
        let mut shape = Shape::default();
        let mut spaces = 0;
        let mut seen_text = false;
        for (column, (at, c)) in line.char_indices().enumerate() {
            if c == ' ' {
                spaces += 1;
            } else {
                if !seen_text {
                    shape.indent = (column, at);
                    seen_text = true;
                } else if spaces >= 2 && shape.gap_count < MAX_GAPS {
                    shape.gaps[shape.gap_count] = (column, at);
                    shape.gap_count += 1;
                }
                spaces = 0;
                shape.width = column + 1;
            }
        }
        if !seen_text {
            shape.indent = (usize::MAX, line.len());
        }
        shape
    }

    fn is_blank(&self) -> bool {
        self.indent.0 == usize::MAX
    }

    /// How this line sits against a gutter whose right column starts at
    /// character column `gutter`: `None` when text runs across it. (A line
    /// with text on both sides is across it too unless its two columns
    /// before the gutter are spaces: [`gutter_is_clear`].)
    fn against(&self, gutter: usize) -> Option<Side> {
        if self.is_blank() {
            return Some(Side::Blank);
        }
        if self.indent.0 >= gutter {
            return Some(Side::Right(self.indent.1));
        }
        if self.width + 2 <= gutter {
            return Some(Side::Left);
        }
        self.gaps[..self.gap_count]
            .iter()
            .find(|&&(column, _)| column >= gutter)
            .map(|&(column, at)| Side::Both {
                right: at,
                aligned: column <= gutter + INDENT,
            })
    }
}

/// Where a line's text is against a gutter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    Blank,
    Left,
    Right(usize),
    Both { right: usize, aligned: bool },
}

/// True when the characters at columns `gutter - 2` and `gutter - 1` of
/// `line` are spaces (or the line is shorter).
fn gutter_is_clear(line: &str, gutter: usize) -> bool {
    line.chars().skip(gutter - 2).take(2).all(|c| c == ' ')
}

/// A run found: its lines (0-based, inclusive) and its gutter column.
struct Run {
    first: usize,
    last: usize,
    gutter: usize,
}

/// The document with its column runs in reading order, or `None` when it
/// has none (the usual case: the text is then read as it is).
pub fn reading_order(text: &str) -> Option<Reordered> {
    // a page of two columns needs a gap of two spaces inside a line
    memchr::memmem::find(text.as_bytes(), b"  ")?;
    let source = Source::new(text);
    let lines: Vec<_> = source.lines().collect();
    crate::work::charge(text.len());
    let shapes: Vec<Shape> = lines.iter().map(|l| Shape::of(l.text)).collect();
    // a page break ends a run: the column of the next page is read after it
    let page_ends: Vec<bool> = lines
        .iter()
        .map(|l| text.as_bytes().get(l.end()) == Some(&b'\x0c'))
        .collect();
    let mut runs: Vec<Run> = Vec::new();
    // a gutter tried and refused from a line is not tried again before the
    // line its scan reached (gutter -> that line), so no run of lines is
    // scanned twice for one gutter
    let mut refused: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    // Lines with gaps at ever new columns could still start a scan each
    // over the same lines; the scans together look at no more than this
    // many lines, so the pass stays linear whatever the input.
    let mut budget = SCAN_BUDGET_PER_LINE * lines.len() + SCAN_BUDGET_BASE;
    let mut i = 0;
    while i < lines.len() && budget > 0 {
        let shape = shapes[i];
        let mut found = None;
        for &(gutter, _) in &shape.gaps[..shape.gap_count] {
            if gutter < MIN_GUTTER
                || refused.get(&gutter).is_some_and(|&until| i <= until)
                || !gutter_is_clear(lines[i].text, gutter)
            {
                continue;
            }
            match run_from(i, gutter, &lines, &shapes, &page_ends, &mut budget) {
                Ok(run) => {
                    found = Some(run);
                    break;
                }
                Err(reached) => {
                    refused.insert(gutter, reached);
                }
            }
        }
        match found {
            Some(run) => {
                i = run.last + 1;
                runs.push(run);
            }
            None => i += 1,
        }
    }
    if runs.is_empty() {
        return None;
    }
    Some(reorder(text, &lines, &runs))
}

/// The run of columns split at `gutter` that starts at line `first`, or
/// the last line looked at when the lines from there are not one.
fn run_from(
    first: usize,
    gutter: usize,
    lines: &[crate::source::Line],
    shapes: &[Shape],
    page_ends: &[bool],
    budget: &mut usize,
) -> Result<Run, usize> {
    let mut aligned = 0;
    let (mut left_total, mut right_total) = (0, 0);
    let mut last_right = first;
    let mut since_right = 0;
    // aligned lines that read as a table's row: a row number before a gap,
    // a third column, rules
    let mut cells = 0;
    let mut i = first;
    while i < lines.len() {
        crate::work::charge(1);
        if *budget == 0 {
            return Err(i);
        }
        *budget -= 1;
        let side = shapes[i].against(gutter);
        let clear = match side {
            Some(Side::Both { .. }) => gutter_is_clear(lines[i].text, gutter),
            Some(_) => true,
            None => false,
        };
        if !clear {
            break;
        }
        match side {
            Some(Side::Both {
                right,
                aligned: true,
            }) => {
                aligned += 1;
                since_right = 0;
                last_right = i;
                let line = lines[i].text;
                let (left, right) = (line[..right].trim(), line[right..].trim());
                left_total += left.chars().count();
                right_total += right.chars().count();
                cells += usize::from(is_cell(left) || is_cell(right) || line.contains(['|', '\t']));
            }
            Some(Side::Both { .. }) | Some(Side::Right(_)) => {
                // indented inside the right column: a bullet's second line
                last_right = i;
                since_right = 0;
            }
            _ => since_right += 1,
        }
        if since_right > MAX_WITHOUT_RIGHT || page_ends[i] {
            break;
        }
        i += 1;
    }
    let reached = i.min(lines.len() - 1);
    if aligned < MIN_ALIGNED
        || left_total < MIN_LEFT_HALF * aligned
        || right_total < MIN_RIGHT_HALF * aligned
        || cells * 4 > aligned
    {
        return Err(reached);
    }
    // After the right column ends, the left one may go on to the end of
    // its paragraph.
    let mut last = last_right;
    while last + 1 < lines.len()
        && !page_ends[last]
        && shapes[last + 1].against(gutter) == Some(Side::Left)
    {
        last += 1;
    }
    Ok(Run {
        first,
        last,
        gutter,
    })
}

/// Writes `text` with each run as its left halves, then its right halves.
fn reorder(text: &str, lines: &[crate::source::Line], runs: &[Run]) -> Reordered {
    let mut out = String::with_capacity(text.len() + 64);
    let mut pieces = Vec::new();
    let mut copied = 0;
    let push = |out: &mut String, pieces: &mut Vec<(usize, usize)>, from: usize, piece: &str| {
        pieces.push((out.len(), from));
        out.push_str(piece);
    };
    for run in runs {
        let start = lines[run.first].start;
        push(&mut out, &mut pieces, copied, &text[copied..start]);
        let mut rights = Vec::with_capacity(run.last - run.first + 1);
        for line in &lines[run.first..=run.last] {
            let split = split_at_column(line.text, run.gutter);
            let left = line.text[..split].trim_end();
            push(&mut out, &mut pieces, line.start, left);
            push(&mut out, &mut pieces, line.start + left.len(), "\n");
            rights.push((line.start + split, &line.text[split..]));
        }
        for (k, (from, right)) in rights.iter().enumerate() {
            if k > 0 {
                push(&mut out, &mut pieces, *from, "\n");
            }
            push(&mut out, &mut pieces, *from, right.trim_end());
        }
        // the run's last line keeps its own ending (a form feed stays one)
        copied = lines[run.last].end();
    }
    push(&mut out, &mut pieces, copied, &text[copied..]);
    Reordered {
        text: out,
        pieces,
        runs: runs.iter().map(|r| r.first).collect(),
    }
}

/// True when `half`, one side of a line split at a gutter, holds more
/// than one cell: a gap of three spaces inside it, or a short first word
/// (a row number, "R3") set off by two.
fn is_cell(half: &str) -> bool {
    if half.contains("   ") {
        return true;
    }
    half.find("  ")
        .is_some_and(|at| half[..at].chars().count() <= 4)
}

/// The byte offset of character column `column` in `line`, or its length.
fn split_at_column(line: &str, column: usize) -> usize {
    line.char_indices()
        .nth(column)
        .map_or(line.len(), |(at, _)| at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lays `left` and `right` out side by side, the right column starting
    /// at character column `gutter`.
    fn side_by_side(left: &[&str], right: &[&str], gutter: usize) -> String {
        let mut out = String::new();
        for i in 0..left.len().max(right.len()) {
            let l = left.get(i).copied().unwrap_or("");
            let r = right.get(i).copied().unwrap_or("");
            if r.is_empty() {
                out.push_str(l);
            } else {
                out.push_str(&format!("{l:<gutter$}{r}"));
            }
            out.push('\n');
        }
        out
    }

    const LEFT: [&str; 7] = [
        "People who come into contact with the",
        "police in Eastmere are too often left",
        "without help, according to a report",
        "published today by the inspectorate.",
        "",
        "The inspection followed people from",
        "arrest to supervision in the community.",
    ];
    const RIGHT: [&str; 7] = [
        "In total the inspectors examined 146 case",
        "files and records, and they found that the",
        "police were good at recognising need in",
        "most of the custody records they read,",
        "though the liaison team saw only half of",
        "the people referred to it and did not",
        "work at weekends at all.",
    ];

    #[test]
    fn two_columns_of_prose_are_read_left_then_right() {
        let text = side_by_side(&LEFT, &RIGHT, 46);
        let reordered = reading_order(&text).expect("two columns");
        assert_eq!(reordered.runs, vec![0]);
        let left_end = reordered.text.find("community.").unwrap();
        let right_start = reordered.text.find("In total").unwrap();
        assert!(left_end < right_start, "{}", reordered.text);
        assert!(
            reordered
                .text
                .contains("examined 146 case\nfiles and records")
        );
        // every piece points back at the same bytes of the input
        for word in ["examined 146", "arrest to", "work at weekends"] {
            let at = reordered.text.find(word).unwrap();
            let from = reordered.original(at);
            assert_eq!(&text[from..from + word.len()], word);
        }
    }

    #[test]
    fn a_sentence_across_the_columns_lines_is_read_with_its_span_as_written() {
        let text = format!("Inspection news\n\n{}", side_by_side(&LEFT, &RIGHT, 46));
        let record = crate::parse(&text);
        let files = record.files.expect("files read across the line end");
        assert_eq!(files.examined, Some(146));
        // the span is in the input: line 3, where "examined" is written
        assert_eq!(files.span.line, 3);
        assert_eq!(&text[files.span.start..files.span.start + 8], "examined");
        assert!(
            record
                .diagnostics
                .iter()
                .any(|d| d.code == crate::Code::ColumnsReordered && d.line == Some(3))
        );
    }

    #[test]
    fn a_narrow_notes_column_beside_the_text_is_a_column() {
        let notes = [
            "NOTES TO EDITORS",
            "1. The agency was estab-",
            "   lished in April 2005 to",
            "   inspect social work in",
            "   Scotland. It reports to",
            "   Scottish Ministers.",
            "2. Its programme began in",
        ];
        let reordered = reading_order(&side_by_side(&LEFT, &notes, 46)).expect("a sidebar");
        assert!(reordered.text.contains("community.\nNOTES TO EDITORS"));
    }

    #[test]
    fn narrow_labels_beside_their_values_are_a_table() {
        let labels = [
            "Ouseland City Council",
            "",
            "NHS Ouseland Care Board",
            "Ouseland Teaching NHS",
            "Hospitals Foundation Trust",
            "Ouseland Police Service",
            "The Probation Service",
        ];
        let values = [
            "children's social care, including the MASH",
            "and the domestic abuse team",
            "commissioner of local health services",
            "health visiting, school nursing, emergency",
            "department, maternity and sexual health",
            "public protection unit and response officers",
            "the Ouseland probation delivery unit",
        ];
        assert!(reading_order(&side_by_side(&labels, &values, 31)).is_none());
    }

    #[test]
    fn a_table_with_row_numbers_stays_as_it_is() {
        let rows: Vec<String> = (1..=6)
            .map(|n| {
                format!(
                    "{n}   The force should improve its crime        The force has made good progress on this"
                )
            })
            .collect();
        let text = rows.join("\n");
        assert!(reading_order(&text).is_none());
        let piped = text.replace("   The", " | The");
        assert!(reading_order(&piped).is_none());
    }

    #[test]
    fn short_cells_on_the_right_are_a_table_not_a_column() {
        let left: Vec<&str> = LEFT.iter().copied().filter(|l| !l.is_empty()).collect();
        let right = ["Achieved"; 6];
        assert!(reading_order(&side_by_side(&left, &right, 46)).is_none());
    }

    #[test]
    fn a_page_break_ends_a_run_and_stays_in_the_text() {
        let page = side_by_side(&LEFT, &RIGHT, 46);
        let text = format!("{page}\x0c{page}");
        let reordered = reading_order(&text).expect("two columns");
        assert_eq!(reordered.runs.len(), 2);
        assert_eq!(reordered.text.matches('\x0c').count(), 1);
        let page_break = reordered.text.find('\x0c').unwrap();
        // the first page's right column is read before the page break
        assert!(reordered.text[..page_break].contains("work at weekends"));
    }

    #[test]
    fn prose_in_one_column_has_no_runs() {
        let text = LEFT.join("\n") + "\n  Indented  line with  double spaces.\n";
        assert!(reading_order(&text).is_none());
    }
}
