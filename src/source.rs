//! The decoded text with a line index: turns byte ranges into [`Span`]s and
//! iterates lines whatever their endings (LF, CRLF, CR or form feed).
//!
//! Extractors never copy or rewrite the document; they read slices of it and
//! report byte ranges, so every value can be traced back to the input.

use std::ops::Range;

use crate::record::Span;

/// One line of the document, without its line terminator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    /// Byte offset of the first byte of the line.
    pub start: usize,
    pub text: &'a str,
}

impl Line<'_> {
    /// Byte offset one past the last byte of the line's text.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// True when the line holds nothing but whitespace.
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// A document's text and where its lines start.
#[derive(Debug)]
pub struct Source<'a> {
    text: &'a str,
    /// Start offset and length (without terminator) of every line.
    lines: Vec<(usize, usize)>,
    /// The last column worked out: (byte offset, column). Columns are asked
    /// for mostly left to right, so counting on from here keeps a long line
    /// linear.
    column_cache: std::cell::Cell<(usize, usize)>,
    /// The link addresses blanked out of the text ([`link_addresses`]).
    links: Vec<Range<usize>>,
}

impl<'a> Source<'a> {
    /// Indexes `text`. A form feed ends a line, as a page break in PDF text
    /// does.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut lines = Vec::new();
        let mut start = 0;
        for at in memchr::memchr3_iter(b'\n', b'\r', b'\x0c', bytes) {
            if at < start {
                // the LF of a CRLF pair already consumed
                continue;
            }
            lines.push((start, at - start));
            start = if bytes[at] == b'\r' && bytes.get(at + 1) == Some(&b'\n') {
                at + 2
            } else {
                at + 1
            };
        }
        if start < bytes.len() {
            lines.push((start, bytes.len() - start));
        }
        Source {
            text,
            lines,
            column_cache: std::cell::Cell::new((0, 1)),
            links: Vec::new(),
        }
    }

    /// Indexes `text`, whose link addresses at `links` were blanked out
    /// ([`link_addresses`], [`blank`]), so that a line made of links can be
    /// told from a line of words.
    pub(crate) fn with_links(text: &'a str, links: Vec<Range<usize>>) -> Self {
        Source {
            links,
            ..Source::new(text)
        }
    }

    /// The blanked link addresses inside `range`.
    pub(crate) fn links_in(&self, range: Range<usize>) -> &[Range<usize>] {
        let from = self.links.partition_point(|r| r.start < range.start);
        let to = self.links.partition_point(|r| r.start < range.end);
        &self.links[from..to.max(from)]
    }

    /// The whole text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The number of lines.
    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// The line at 0-based `index`.
    pub fn line(&self, index: usize) -> Line<'a> {
        let (start, len) = self.lines[index];
        Line {
            start,
            text: &self.text[start..start + len],
        }
    }

    /// Every line, in order.
    pub fn lines(&self) -> impl DoubleEndedIterator<Item = Line<'a>> + ExactSizeIterator + '_ {
        (0..self.lines.len()).map(|i| self.line(i))
    }

    /// The 0-based index of the line holding byte `offset` (offsets in a
    /// terminator belong to the line before it).
    pub fn line_index(&self, offset: usize) -> usize {
        match self
            .lines
            .binary_search_by(|&(start, _)| start.cmp(&offset))
        {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        }
    }

    /// The span of `range`, with the line and column of its start.
    pub fn span(&self, range: Range<usize>) -> Span {
        let start = floor_char_boundary(self.text, range.start.min(self.text.len()));
        let end = floor_char_boundary(self.text, range.end.clamp(start, self.text.len()));
        if self.lines.is_empty() {
            return Span {
                start,
                end,
                line: 1,
                column: 1,
            };
        }
        let index = self.line_index(start);
        let line_start = self.lines[index].0.min(start);
        let (cached_at, cached_column) = self.column_cache.get();
        let (from, base) = if cached_at >= line_start && cached_at <= start {
            (cached_at, cached_column)
        } else {
            (line_start, 1)
        };
        let segment = &self.text.as_bytes()[from..start];
        crate::work::charge(segment.len());
        let counted = if segment.is_ascii() {
            segment.len()
        } else {
            // characters are the bytes that do not continue one
            segment.iter().filter(|&&b| b & 0xC0 != 0x80).count()
        };
        let column = base + counted;
        self.column_cache.set((start, column));
        Span {
            start,
            end,
            line: index + 1,
            column,
        }
    }

    /// The span of `sub`, which must be a slice of this source's text.
    pub fn span_of(&self, sub: &str) -> Span {
        let start = sub.as_ptr() as usize - self.text.as_ptr() as usize;
        self.span(start..start + sub.len())
    }

    /// The byte offset of `sub`, a slice of this source's text.
    pub fn offset_of(&self, sub: &str) -> usize {
        sub.as_ptr() as usize - self.text.as_ptr() as usize
    }
}

/// The largest character boundary of `text` at or before `at`.
pub(crate) fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// At most `max` bytes of `text` from `at` (a character boundary), cut on a
/// character boundary: the bounded window an extractor reads after an
/// anchor, so that no anchor costs the rest of the document.
pub(crate) fn window_after(text: &str, at: usize, max: usize) -> &str {
    &text[at..floor_char_boundary(text, at.saturating_add(max))]
}

/// The bytes of a run of one to `most` capitalised words at the start of
/// `text` ("Ash House saw ..." gives "Ash House"); 0 when it opens with no
/// capital.
pub(crate) fn capitalised_run_after(text: &str, most: usize) -> usize {
    let mut end = 0;
    for _ in 0..most {
        let rest = &text[end..];
        let rest = if end == 0 {
            rest
        } else {
            match rest.strip_prefix(' ') {
                Some(r) => r,
                None => break,
            }
        };
        let word_len = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
            .unwrap_or(rest.len());
        let word = &rest[..word_len];
        if !word.starts_with(char::is_uppercase) || crate::lexicon::is_title_word(word) {
            break;
        }
        end = text.len() - rest.len() + word_len;
    }
    end
}

/// At most `max` bytes of `text` before `end` (a character boundary), cut
/// on a character boundary: the bounded window before an anchor.
pub(crate) fn window_before(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// Where the last sentence of `before` starts: after its last full stop
/// followed by a space or a line break, whichever comes later (0 when
/// there is none), so that a window's tail is read as one sentence.
pub(crate) fn last_sentence_start(before: &str) -> usize {
    let space = before.rfind(". ");
    let line = before.rfind(".\n");
    space.max(line).map_or(0, |i| i + 2)
}

/// Where the last sentence of `text` starts, read for the speaker of a
/// quote: after its last full stop (or mark of a question or exclamation)
/// and all the white space after it, or at 0. Unlike
/// [`last_sentence_start`], the full stop of an initial ends no sentence
/// ("John A. Smith", "Andrew T. Cayley CMG QC"), as a person's name
/// needs.
pub(crate) fn speakers_sentence_start(text: &str) -> usize {
    text.rmatch_indices(['.', '!', '?'])
        .map(|(at, _)| at)
        .find(|&at| {
            let spaced = text[at + 1..].starts_with(char::is_whitespace);
            // (after the white space, whatever its width: a no-break space
            // is two bytes)
            let word_start = text[..at]
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            spaced && !is_initial(&text[word_start..=at])
        })
        .map_or(0, |at| {
            let rest = &text[at + 1..];
            at + 1 + (rest.len() - rest.trim_start().len())
        })
}

/// Whether `word` is an initial: one capital letter and a full stop
/// ("A."), which ends no sentence inside a name. "I?" and "A!" are not.
pub(crate) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// The range of the sentence of `text` that holds `range`, looked for
/// within [`SENTENCE_REACH`] bytes either side: from after the last full
/// stop before it to its own full stop (before a space or a line break).
pub(crate) fn sentence_around(text: &str, range: Range<usize>) -> Range<usize> {
    let before = window_before(text, range.start, SENTENCE_REACH);
    let start = range.start - before.len() + last_sentence_start(before);
    let after = window_after(text, range.end, SENTENCE_REACH);
    let end = after
        .find(". ")
        .or_else(|| after.find(".\n"))
        .map_or(range.end + after.len(), |at| range.end + at + 1);
    start..end
}

/// How far either side of a phrase [`sentence_around`] looks, in bytes: a
/// page of long paragraphs stays linear.
const SENTENCE_REACH: usize = 300;

/// The cells of a space-aligned table line: each run of text between runs
/// of two or more spaces, or tabs (a table copied from a web page), with
/// its byte offset in the line.
pub(crate) fn table_cells(line: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &line[at..];
        let start = at + (rest.len() - rest.trim_start().len());
        if start >= line.len() {
            return None;
        }
        let cell = &line[start..];
        let len = cell_len(cell);
        at = start + len;
        Some((start, &cell[..len]))
    })
}

/// The length of the table cell `cell` opens with: up to two spaces or a
/// tab.
pub(crate) fn cell_len(cell: &str) -> usize {
    let bytes = cell.as_bytes();
    (0..bytes.len())
        .find(|&i| bytes[i] == b'\t' || (bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ')))
        .unwrap_or(cell.len())
}

/// Text as a reader sees it: whitespace runs (including line breaks and
/// non-breaking spaces) collapsed to one space, footnote markers
/// (superscript digits after a word) and soft hyphens removed, words broken
/// over a line by a hyphen joined again, and the ends trimmed.
///
/// ```
/// use inspection_extract::source::clean;
/// assert_eq!(clean("  HM Courts Service\u{b9} on\n listing\t"), "HM Courts Service on listing");
/// assert_eq!(clean("Criminal Jus-\ntice"), "Criminal Justice");
/// assert_eq!(clean("Weston-super-\nMare, well-\nknown"), "Weston-super-Mare, well-known");
/// ```
pub fn clean(text: &str) -> String {
    // Runs of plain ASCII are copied whole; only the other characters are
    // looked at one by one (this runs on every value and annex row).
    let is_ascii_space = |b: u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut pending_newline = false;
    // Whether a space goes before `next`: none after a hyphen that ends a
    // line before a letter, whose hyphen goes too when it broke a word.
    let space_before = |out: &mut String, newline: bool, next: char| {
        let word_before = out
            .strip_suffix('-')
            .and_then(|w| w.chars().next_back())
            .is_some_and(char::is_alphabetic);
        if newline && next.is_alphabetic() && word_before {
            if hyphen_is_a_break(out, next) {
                out.pop();
            }
            return false;
        }
        true
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if is_ascii_space(b) {
            pending_space = !out.is_empty();
            pending_newline |= b == b'\n' && pending_space;
            i += 1;
            continue;
        }
        if b.is_ascii() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii() && !is_ascii_space(bytes[i]) {
                i += 1;
            }
            if pending_space && space_before(&mut out, pending_newline, char::from(b)) {
                out.push(' ');
            }
            pending_space = false;
            pending_newline = false;
            out.push_str(&text[start..i]);
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        i += c.len_utf8();
        if c.is_whitespace() || c == '\u{FEFF}' {
            pending_space = !out.is_empty();
        } else if is_footnote_marker(c)
            && !pending_space
            && out.chars().next_back().is_some_and(char::is_alphanumeric)
        {
            // a footnote marker glued to the word it annotates
        } else if c == '\u{AD}' || c == '\u{200B}' {
            // soft hyphen, zero-width space: layout, not text
        } else {
            if pending_space && space_before(&mut out, pending_newline, c) {
                out.push(' ');
            }
            pending_space = false;
            pending_newline = false;
            out.push(c);
        }
    }
    out
}

/// Whether the hyphen that ends `before` (a line) only broke a word in two,
/// so that the word reads whole without it when its other part, starting
/// with `next`, follows on the next line: "ap-" / "plicable". The hyphen
/// stays when the break falls between capitals or beside one
/// ("Weston-super-" / "Mare"), after a part that already had a hyphen, and
/// after a prefix that is written with one (`HYPHENATED_PREFIXES`:
/// "well-" / "known").
pub(crate) fn hyphen_is_a_break(before: &str, next: char) -> bool {
    let Some(word) = before.strip_suffix('-') else {
        return false;
    };
    let part_start = word
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let part = &word[part_start..];
    next.is_lowercase()
        && !part.is_empty()
        && part.chars().skip(1).all(char::is_lowercase)
        && !word[..part_start].ends_with('-')
        && !crate::lexicon::HYPHENATED_PREFIXES
            .iter()
            .any(|prefix| part.eq_ignore_ascii_case(prefix))
}

/// `text` with words broken over a line by a hyphen joined again ("no
/// longer ap-" / "plicable" reads "no longer applicable"), for matching
/// wordings; borrowed when there is nothing to join.
pub(crate) fn join_broken_words(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    for (at, _) in text.match_indices('-') {
        let mut end = at + 1;
        while end < bytes.len() && matches!(bytes[end], b' ' | b'\t' | b'\r') {
            end += 1;
        }
        if bytes.get(end) != Some(&b'\n') {
            continue;
        }
        end += 1;
        while end < bytes.len() && matches!(bytes[end], b' ' | b'\t') {
            end += 1;
        }
        let Some(next) = text[end..].chars().next() else {
            continue;
        };
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        if hyphen_is_a_break(&text[line_start..=at], next) {
            let joined = out.get_or_insert_with(|| String::with_capacity(text.len()));
            joined.push_str(&text[copied..at]);
            copied = end;
        }
    }
    match out {
        Some(mut joined) => {
            joined.push_str(&text[copied..]);
            std::borrow::Cow::Owned(joined)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// True when `text` holds `word` with no letter or digit on either side
/// ("Cleveland" in "Police custody in Cleveland", not in "Clevelander").
pub(crate) fn contains_word(text: &str, word: &str) -> bool {
    contains_whole(text, word, false)
}

/// [`contains_word`], or the word with a plural "s": "Annual reports" holds
/// "annual report"; "over last four years" does not hold "our year".
pub(crate) fn contains_word_or_plural(text: &str, word: &str) -> bool {
    contains_whole(text, word, true)
}

/// Where `text` first holds `word` with no letter or digit on either side.
pub(crate) fn find_word(text: &str, word: &str) -> Option<usize> {
    word_positions(text, word).next()
}

/// Every place `text` holds `word` with no letter or digit on either side.
pub(crate) fn word_positions<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| is_whole_at(text, at, word.len(), false))
}

fn contains_whole(text: &str, word: &str, plural: bool) -> bool {
    text.match_indices(word)
        .any(|(at, _)| is_whole_at(text, at, word.len(), plural))
}

/// Whether the `len` bytes of `text` at `at` (with a plural "s" after
/// them, if `plural`) have no letter or digit on either side.
fn is_whole_at(text: &str, at: usize, len: usize, plural: bool) -> bool {
    let before = text[..at].chars().next_back();
    let rest = &text[at + len..];
    let rest = if plural {
        rest.strip_prefix('s').unwrap_or(rest)
    } else {
        rest
    };
    !before.is_some_and(char::is_alphanumeric)
        && !rest.chars().next().is_some_and(char::is_alphanumeric)
}

/// The pieces of `text` between the `separator`s that stand outside round
/// and square brackets ("Hornbeam Ward (low secure, women), Ash Ward" is
/// two at commas), as byte ranges; one piece when there is none.
pub(crate) fn split_outside_brackets(text: &str, separator: char) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if c == separator && depth == 0 => {
                pieces.push(start..i);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push(start..text.len());
    pieces
}

/// The dashes set apart by spaces that break a heading or a sentence ("CPS
/// Wessex - an inspection", "four suites – A, B, C and D –"): a hyphen,
/// an en dash and an em dash.
pub(crate) const SPACED_DASHES: [&str; 3] = [" - ", " \u{2013} ", " \u{2014} "];

/// The earliest of `marks` in `text`: where it starts and its length.
pub(crate) fn first_of<'m>(
    text: &str,
    marks: impl IntoIterator<Item = &'m str>,
) -> Option<(usize, usize)> {
    marks
        .into_iter()
        .filter_map(|m| text.find(m).map(|at| (at, m.len())))
        .min()
}

/// The first of the [`SPACED_DASHES`] in `text`: where it starts and its
/// length.
pub(crate) fn first_spaced_dash(text: &str) -> Option<(usize, usize)> {
    first_of(text, SPACED_DASHES)
}

/// The last of the [`SPACED_DASHES`] in `text`: where it starts and its
/// length.
pub(crate) fn last_spaced_dash(text: &str) -> Option<(usize, usize)> {
    SPACED_DASHES
        .iter()
        .filter_map(|dash| text.rfind(dash).map(|at| (at, dash.len())))
        .max()
}

/// Where the text after the last of the [`SPACED_DASHES`] in `text` starts.
/// (Two of them cannot overlap, so the last to start is the last to end.)
pub(crate) fn after_last_spaced_dash(text: &str) -> Option<usize> {
    last_spaced_dash(text).map(|(at, len)| at + len)
}

/// True when `text` starts with `prefix`, ignoring ASCII case; never slices
/// inside a character.
///
/// ```
/// use inspection_extract::source::starts_with_ignore_case;
/// assert!(starts_with_ignore_case("The North", "the "));
/// assert!(!starts_with_ignore_case("th\u{e9}", "the"));
/// ```
pub fn starts_with_ignore_case(text: &str, prefix: &str) -> bool {
    text.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// True when `text` holds `needle` anywhere, ASCII case ignored, with no
/// copy of either ("Concluded" holds "concluded").
///
/// ```
/// use inspection_extract::source::contains_ignore_case;
/// assert!(contains_ignore_case("The visit Concluded", "concluded"));
/// assert!(!contains_ignore_case("the visit", "visits"));
/// ```
pub fn contains_ignore_case(text: &str, needle: &str) -> bool {
    needle.is_empty()
        || text
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// True when `text` opens with `unit` or its plural, ASCII case ignored,
/// and the word ends there: "days later" opens with "day", "daylight" does
/// not.
///
/// ```
/// use inspection_extract::source::starts_with_word_ignore_case;
/// assert!(starts_with_word_ignore_case("Months later", "month"));
/// assert!(!starts_with_word_ignore_case("daylight", "day"));
/// ```
pub fn starts_with_word_ignore_case(text: &str, unit: &str) -> bool {
    if !starts_with_ignore_case(text, unit) {
        return false;
    }
    let rest = &text[unit.len()..];
    let rest = rest.strip_prefix(['s', 'S']).unwrap_or(rest);
    !rest.chars().next().is_some_and(char::is_alphanumeric)
}

/// Whether `text` ends with `suffix`, ASCII case ignored. The cut is
/// checked to fall between characters: a word read from a page may open
/// with a curly quote ("“Demand"), and slicing it by byte count would
/// panic.
pub fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len()
        .checked_sub(suffix.len())
        .and_then(|start| text.get(start..))
        .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
}

/// True when the paragraph before `at` has opened a quotation it has not
/// closed: a later sentence of the chief's quote ("\"That has changed. Six
/// of the nine recommendations have been achieved ...") is no count either.
/// Only a bounded window before `at` is read.
pub(crate) fn in_quoted_paragraph(text: &str, at: usize) -> bool {
    let before = window_before(text, at, 1500);
    let paragraph = before
        .match_indices('\n')
        .rev()
        .find(|&(i, _)| {
            before[..i]
                .trim_end_matches([' ', '\t', '\r'])
                .ends_with('\n')
        })
        .map_or(before, |(i, _)| &before[i + 1..]);
    let (mut straight, mut open, mut close) = (0usize, 0usize, 0usize);
    for c in paragraph.chars() {
        match c {
            '"' => straight += 1,
            '\u{201c}' => open += 1,
            '\u{201d}' => close += 1,
            _ => {}
        }
    }
    straight % 2 == 1 || open > close
}

/// The endings of a possessive, curly and straight ("CQC’s", "Ofsted's").
pub(crate) const POSSESSIVE_ENDS: [&str; 2] = ["’s", "'s"];

/// Whether `word` is written as an acronym: two or more capitals.
pub(crate) fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// `word` without its possessive ending ("Scotland's" -> "Scotland"), or
/// `None` when it has none.
pub(crate) fn without_possessive(word: &str) -> Option<&str> {
    POSSESSIVE_ENDS.iter().find_map(|p| word.strip_suffix(p))
}

/// Superscript digits used as footnote markers.
pub fn is_footnote_marker(c: char) -> bool {
    matches!(
        c,
        '\u{B9}' | '\u{B2}' | '\u{B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}'
    )
}

/// The longest link address blanked; a longer run is left as it is, so
/// that a stray `<` never makes the search run to the end of the text.
const LINK_ADDRESS_MAX: usize = 2_048;

/// The byte ranges of the addresses of links written out in `text`, in
/// order: a web page saved as text often follows each link with its
/// address, in angle brackets ("Home <https://www.cqc.org.uk/>") or in
/// Markdown ("[Home](https://www.cqc.org.uk/)", whose brackets are taken
/// with the address). Only an address that opens as one
/// ([`lexicon::LINK_ADDRESS_OPENINGS`]) and closes on the same line counts.
/// Work is linear: each opening bracket looks at most
/// 2,048 bytes ahead (`LINK_ADDRESS_MAX`).
///
/// [`lexicon::LINK_ADDRESS_OPENINGS`]: crate::lexicon::LINK_ADDRESS_OPENINGS
pub fn link_addresses(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let opens_address = |at: usize| {
        crate::lexicon::LINK_ADDRESS_OPENINGS
            .iter()
            .any(|o| bytes[at..].starts_with(o.as_bytes()))
    };
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for at in memchr::memchr2_iter(b'<', b'[', bytes) {
        if found.last().is_some_and(|r| at < r.end) {
            continue;
        }
        let (address_at, close) = if bytes[at] == b'<' {
            (at + 1, b'>')
        } else {
            // "[words](address)": the brackets and the address go, the
            // words stay.
            let ahead = &bytes[at + 1..bytes.len().min(at + 1 + LINK_ADDRESS_MAX)];
            let words_end = memchr::memchr3(b']', b'\n', b'[', ahead);
            crate::work::charge(words_end.map_or(ahead.len(), |e| e + 1));
            let Some(words_end) = words_end else {
                continue;
            };
            let paren = at + 1 + words_end + 1;
            if ahead[words_end] != b']' || bytes.get(paren) != Some(&b'(') {
                continue;
            }
            (paren + 1, b')')
        };
        if address_at >= bytes.len() || !opens_address(address_at) {
            continue;
        }
        let ahead = &bytes[address_at..bytes.len().min(address_at + LINK_ADDRESS_MAX)];
        let len = ahead
            .iter()
            .position(|&b| b == close || b == b'\n' || b == b'\r' || b == b' ');
        crate::work::charge(len.map_or(ahead.len(), |l| l + 1));
        let Some(len) = len else {
            continue;
        };
        if ahead[len] != close {
            continue;
        }
        let end = address_at + len + 1;
        if bytes[at] == b'[' {
            found.push(at..at + 1);
            // from the closing bracket of the words to the closing paren
            found.push(address_at - 2..end);
        } else {
            found.push(at..end);
        }
    }
    found
}

/// The longest markup tag blanked, attributes included.
const MARKUP_TAG_MAX: usize = 256;

/// The byte ranges of the inline HTML tags in `text`, in order: a page
/// copied with its markup ("<strong>25</strong> <strong>April</strong>
/// <strong>2012</strong>", "... cleaning,<br />") is read as its words
/// once the tags are blanked. Only a tag named in
/// [`lexicon::INLINE_MARKUP_TAGS`], opening or closing, with or without
/// attributes, closed on its line, counts; "a < b" and "<Name>" stay.
/// Work is linear: each `<` looks at most 256 bytes ahead.
///
/// [`lexicon::INLINE_MARKUP_TAGS`]: crate::lexicon::INLINE_MARKUP_TAGS
///
/// ```
/// use inspection_extract::source::{blank, markup_tags};
/// let page = "on the <strong>25</strong> April<br />";
/// assert_eq!(blank(page, &markup_tags(page)), "on the         25          April      ");
/// assert!(markup_tags("a < b, <Name> and <br").is_empty());
/// ```
pub fn markup_tags(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for at in memchr::memchr_iter(b'<', bytes) {
        if found.last().is_some_and(|r| at < r.end) {
            continue;
        }
        let ahead = &bytes[at + 1..bytes.len().min(at + 1 + MARKUP_TAG_MAX)];
        let name_at = usize::from(ahead.first() == Some(&b'/'));
        let name_len = ahead[name_at..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let name = &ahead[name_at..name_at + name_len];
        let known = crate::lexicon::INLINE_MARKUP_TAGS
            .iter()
            .any(|t| t.as_bytes().eq_ignore_ascii_case(name));
        if name_len == 0 || !known {
            continue;
        }
        // the name ends the tag or a space or "/" follows it
        let rest = &ahead[name_at + name_len..];
        if !matches!(rest.first(), Some(b'>' | b' ' | b'/')) {
            continue;
        }
        let close = rest
            .iter()
            .position(|&b| matches!(b, b'>' | b'<' | b'\n' | b'\r'));
        crate::work::charge(close.map_or(rest.len(), |c| c + 1));
        if let Some(close) = close.filter(|&c| rest[c] == b'>') {
            found.push(at..at + 1 + name_at + name_len + close + 1);
        }
    }
    found
}

/// `text` with `ranges` (from [`link_addresses`] and [`markup_tags`])
/// blanked to spaces, byte for byte, so that every offset still points
/// into the text as given; left in, an address is read as part of a site's
/// name, or makes a menu look like a headline, and a tag hides the date it
/// wraps.
///
/// ```
/// use inspection_extract::source::{blank, link_addresses};
/// let page = "St Anne's Hospital, Poole <https://example.org/l/1>\n[News](/news) > Releases";
/// assert_eq!(
///     blank(page, &link_addresses(page)),
///     "St Anne's Hospital, Poole                          \n News         > Releases"
/// );
/// assert!(link_addresses("a < b and [1] (see) <br>").is_empty());
/// ```
pub fn blank<'t>(text: &'t str, ranges: &[std::ops::Range<usize>]) -> std::borrow::Cow<'t, str> {
    if ranges.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    for range in ranges {
        // Each range starts and ends at an ASCII bracket, so a character
        // inside is blanked whole and the text stays UTF-8.
        out[range.clone()].fill(b' ');
    }
    String::from_utf8(out)
        .map(std::borrow::Cow::Owned)
        .unwrap_or(std::borrow::Cow::Borrowed(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_inside_brackets_split_nothing() {
        assert_eq!(split_outside_brackets("a (b, c), d", ','), [0..8, 9..11]);
        assert_eq!(
            split_outside_brackets("x [y; z]; w; v", ';'),
            [0..8, 9..11, 12..14]
        );
        assert_eq!(split_outside_brackets("none here", ';'), vec![0..9]);
    }

    #[test]
    fn last_sentence_starts_after_the_later_full_stop() {
        // a stop before a line break after a stop before a space
        let text = "One. Two three.\nFour five";
        assert_eq!(&text[last_sentence_start(text)..], "Four five");
        let text = "One.\nTwo. Three";
        assert_eq!(&text[last_sentence_start(text)..], "Three");
        assert_eq!(last_sentence_start("no stop here"), 0);
    }

    #[test]
    fn a_speakers_sentence_runs_past_an_initial_but_not_past_a_question() {
        let text = "Was it I? Andrew T. Cayley said";
        assert_eq!(
            &text[speakers_sentence_start(text)..],
            "Andrew T. Cayley said"
        );
        let text = "Plan A! Then she said";
        assert_eq!(&text[speakers_sentence_start(text)..], "Then she said");
        assert!(is_initial("T.") && !is_initial("I?") && !is_initial("To."));
        // a no-break space before the word (two bytes wide)
        let text = "Said so.\u{a0}A. Lee said";
        assert_eq!(&text[speakers_sentence_start(text)..], "A. Lee said");
    }

    #[test]
    fn link_addresses_in_angle_brackets_and_markdown() {
        let text = "Home <https://a.org/> > [News](/news)\n<mailto:x@y.org> <tel:0207> <javascript:print()> <#top>";
        let found: Vec<&str> = link_addresses(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "<https://a.org/>",
                "[",
                "](/news)",
                "<mailto:x@y.org>",
                "<tel:0207>",
                "<javascript:print()>",
                "<#top>"
            ]
        );
        // no address: a comparison, a footnote, a tag, an address broken by
        // a line or a space, a bracket left open
        for text in [
            "a < b",
            "[1] (see page 2)",
            "<br>",
            "<https://a.org/\n>",
            "<https://a.org/ x>",
            "<https://a.org/",
        ] {
            assert!(link_addresses(text).is_empty(), "{text:?}");
        }
        // blanking keeps every offset and every other character
        let text = "Caf\u{e9} <https://a.org/\u{e9}t\u{e9}> open";
        let blanked = blank(text, &link_addresses(text));
        assert_eq!(blanked.len(), text.len());
        assert_eq!(
            blanked.split_whitespace().collect::<Vec<_>>(),
            ["Caf\u{e9}", "open"]
        );
    }

    #[test]
    fn values_are_read_through_inline_markup() {
        let page = "Hospital hygiene follow-up\n\nInspectors returned without notice on the <strong>25</strong> <strong>April</strong> <strong>2012</strong>. Of the 26 recommendations made in February, 15 have been addressed <strong>and</strong> 11 have been repeated.<br />\n";
        let record = crate::parse(page);
        let fieldwork = record.fieldwork.expect("fieldwork");
        assert_eq!(
            (fieldwork.start.as_str(), fieldwork.end.as_str()),
            ("2012-04-25", "2012-04-25")
        );
        let reported = record.recommendations.expect("recommendations").reported;
        assert_eq!(reported.get("repeated"), Some(&11));
        // a tag's span is blanked, not removed: offsets still point into
        // the text as given
        let tags = markup_tags(page);
        assert!(
            tags.iter()
                .all(|r| page[r.clone()].starts_with('<') && page[r.clone()].ends_with('>'))
        );
        assert_eq!(tags.len(), 9);
    }

    #[test]
    fn lines_with_every_ending() {
        let s = Source::new("a\r\nb\rc\nd\x0ce");
        let lines: Vec<_> = s.lines().map(|l| l.text).collect();
        assert_eq!(lines, ["a", "b", "c", "d", "e"]);
        assert_eq!(s.span(5..6).line, 3);
    }

    #[test]
    fn span_line_and_column_in_characters() {
        let s = Source::new("£1\n££x");
        let span = s.span(8..9);
        assert_eq!((span.line, span.column), (2, 3));
    }

    #[test]
    fn span_clamps_out_of_range() {
        let s = Source::new("ab");
        let span = s.span(5..9);
        assert_eq!((span.start, span.end), (2, 2));
        let empty = Source::new("");
        assert_eq!(empty.span(0..0).line, 1);
    }

    /// The character-by-character rule that `clean` implements with its
    /// ASCII runs.
    fn clean_by_char(text: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in text.chars() {
            if c.is_whitespace() || c == '\u{FEFF}' {
                pending_space = !out.is_empty();
            } else if is_footnote_marker(c)
                && !pending_space
                && out.chars().next_back().is_some_and(char::is_alphanumeric)
            {
                // a glued footnote marker is dropped
            } else if c == '\u{AD}' || c == '\u{200B}' {
                // layout characters are dropped
            } else {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn clean_by_runs_matches_the_rule_by_character() {
        for text in [
            "",
            "   ",
            "plain words",
            "\u{FEFF}  lead\x0Bvertical\x0Cfeed\r\nend\t",
            "Service\u{b9} on\u{a0}\u{a0}listing\u{2003}x",
            "co\u{AD}ordinated \u{200B}zero",
            "9\u{b2} squared \u{b3}alone caf\u{e9}\u{b9}",
            "\u{2028}line\u{3000}sep \u{85}next",
        ] {
            assert_eq!(clean(text), clean_by_char(text), "{text:?}");
        }
    }

    #[test]
    fn clean_keeps_superscripts_that_are_not_markers() {
        assert_eq!(clean("area \u{b2} m"), "area \u{b2} m");
    }

    #[test]
    fn words_broken_by_a_hyphen_at_a_line_end() {
        assert_eq!(
            join_broken_words("no longer ap-\n  plicable"),
            "no longer applicable"
        );
        assert_eq!(
            join_broken_words("well-\nknown and co-\nordinated"),
            "well-\nknown and co-\nordinated"
        );
        assert_eq!(
            join_broken_words("Weston-super-\nMare"),
            "Weston-super-\nMare"
        );
        assert!(matches!(
            join_broken_words("nothing to join"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(
            clean("Service -\nWendlebury Area"),
            "Service - Wendlebury Area"
        );
        assert_eq!(
            clean("the Depart-\nment every month"),
            "the Department every month"
        );
    }
}
