//! Reading a phrase word by word, as the lexicon's patterns read it:
//! white space, words of a class, keywords in any case, ASCII word
//! boundaries, and numbers in digits or words with every way a pattern
//! could end them. The hand-written grammars of counts
//! ([`super::visited_count`], [`super::examined_count`]) are built on it.

use crate::lexicon::NUMBER_WORDS;

/// The text a grammar reads, by byte offset.
pub(super) struct Reader<'t> {
    pub(super) text: &'t str,
    pub(super) bytes: &'t [u8],
}

impl<'t> Reader<'t> {
    /// A reader of `text`.
    pub(super) fn new(text: &'t str) -> Self {
        Reader {
            text,
            bytes: text.as_bytes(),
        }
    }

    /// The end of the run of white space at `at` (`at` when there is none).
    pub(super) fn spaces(&self, at: usize) -> usize {
        self.run(at, char::is_whitespace)
    }

    /// The end of the run of characters of `class` at `at`.
    pub(super) fn run(&self, at: usize, class: fn(char) -> bool) -> usize {
        self.text[at..]
            .char_indices()
            .find(|&(_, c)| !class(c))
            .map_or(self.text.len(), |(i, _)| at + i)
    }

    /// The end of a nonempty run of white space at `at`.
    pub(super) fn space(&self, at: usize) -> Option<usize> {
        let end = self.spaces(at);
        (end > at).then_some(end)
    }

    /// After a word of `class` and the white space after it, at `at`.
    pub(super) fn word_then_space(&self, at: usize, class: fn(char) -> bool) -> Option<usize> {
        let end = self.run(at, class);
        if end == at {
            return None;
        }
        self.space(end)
    }

    /// As [`Reader::word_then_space`], where the word may be broken over a
    /// line by a hyphen ("the coun-" / "   cil's three area offices").
    pub(super) fn broken_word_then_space(
        &self,
        at: usize,
        class: fn(char) -> bool,
    ) -> Option<usize> {
        let end = self.run(at, class);
        if end == at {
            return None;
        }
        // (the next line may be indented: pdftotext's -layout)
        let end = match self.text[end..].strip_prefix("-\n") {
            Some(rest) => {
                let next = rest.trim_start_matches([' ', '\t']);
                let at = end + 2 + (rest.len() - next.len());
                if next.starts_with(class) {
                    self.run(at, class)
                } else {
                    end
                }
            }
            None => end,
        };
        self.space(end)
    }

    /// The end of `word` (lower-case ASCII) at `at`, in any case.
    pub(super) fn keyword(&self, at: usize, word: &str) -> Option<usize> {
        let mut chars = self.text[at..].char_indices();
        for expected in word.chars() {
            let (_, c) = chars.next()?;
            if !same_letter(c, expected) {
                return None;
            }
        }
        Some(chars.next().map_or(self.text.len(), |(i, _)| at + i))
    }

    /// The end of `word` at `at` when a word boundary follows it.
    pub(super) fn whole_word(&self, at: usize, word: &str) -> Option<usize> {
        self.keyword(at, word).filter(|&end| self.boundary(end))
    }

    /// Whether `at` is a word boundary (ASCII word characters, as the
    /// lexicon's patterns read `\b`).
    pub(super) fn boundary(&self, at: usize) -> bool {
        let before = at > 0 && is_ascii_word(self.bytes[at - 1]);
        let after = at < self.bytes.len() && is_ascii_word(self.bytes[at]);
        before != after
    }

    /// Where a number at `at` may end, in the order the grammar tries
    /// them: in digits, "1,250" before "1" (a number in digits with
    /// thousands separators only when its first group has at most three
    /// digits); in words, the longest run of number words first
    /// ("two hundred and five", then "two hundred", then "two").
    pub(super) fn number_ends(&self, at: usize) -> Vec<usize> {
        let mut ends = Vec::new();
        let bytes = self.bytes;
        let digits = bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if digits > 0 {
            if digits <= 3 {
                let mut end = at + digits;
                let mut grouped = Vec::new();
                while bytes.len() >= end + 4
                    && bytes[end] == b','
                    && bytes[end + 1..end + 4].iter().all(u8::is_ascii_digit)
                {
                    end += 4;
                    grouped.push(end);
                }
                ends.extend(grouped.iter().rev());
            }
            ends.extend((at + 1..=at + digits).rev());
            return ends;
        }
        // most words open with a letter no number word opens with; an
        // ASCII first letter rules out every word that opens otherwise (a
        // letter beyond ASCII may still fold to one: "ſix" is "six")
        let first = bytes
            .get(at)
            .filter(|b| b.is_ascii())
            .map(u8::to_ascii_lowercase);
        for word in NUMBER_WORDS {
            if first.is_some_and(|b| b != word.as_bytes()[0]) {
                continue;
            }
            if let Some(end) = self.keyword(at, word) {
                ends.extend(self.number_word_chain(end).iter().rev());
                ends.push(end);
            }
        }
        if first.is_some_and(|b| b != b'a') {
            return ends;
        }
        for word in ["hundred", "thousand"] {
            if let Some(end) = self
                .keyword(at, "a")
                .and_then(|e| self.space(e))
                .and_then(|e| self.keyword(e, word))
            {
                ends.extend(self.number_word_chain(end).iter().rev());
                ends.push(end);
            }
        }
        ends
    }

    /// The ends of the number words that follow a number word at `at`,
    /// each after spaces or hyphens, or after "and" between them.
    fn number_word_chain(&self, mut at: usize) -> Vec<usize> {
        let mut ends = Vec::new();
        loop {
            let next = self.run(at, is_number_separator);
            if next == at {
                break;
            }
            let end = self.number_word(next).or_else(|| {
                let and = self.keyword(next, "and")?;
                let word = self.run(and, is_number_separator);
                (word > and).then(|| self.number_word(word)).flatten()
            });
            match end {
                Some(end) => {
                    ends.push(end);
                    at = end;
                }
                None => break,
            }
        }
        ends
    }

    /// The end of a whole number word at `at`.
    fn number_word(&self, at: usize) -> Option<usize> {
        NUMBER_WORDS.iter().find_map(|w| self.whole_word(at, w))
    }
}

/// Whether `c` is `expected` (a lower-case ASCII letter) in some case, as
/// a case-insensitive pattern reads it (the Kelvin sign is a K, the long s
/// an s).
fn same_letter(c: char, expected: char) -> bool {
    c.to_ascii_lowercase() == expected
        || (expected == 'k' && c == '\u{212A}')
        || (expected == 's' && c == '\u{17F}')
}

fn is_ascii_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_number_separator(c: char) -> bool {
    c.is_whitespace() || c == '-'
}

/// A character of a word in a count phrase: the lexicon's Latin word
/// characters in either case, and apostrophes ("force's").
pub(super) fn is_word_char(c: char) -> bool {
    crate::lexicon::is_latin_word_char_any_case(c) || matches!(c, '\'' | '’')
}

/// Test texts for the count grammars' property tests: runs of `words`,
/// each followed by one of `gaps`, up to `most` words long, so that the
/// grammar and the pattern it replaced meet the same near misses.
#[cfg(test)]
pub(super) fn word_runs(
    words: &'static [&'static str],
    gaps: &'static [&'static str],
    most: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop::collection::vec((0..words.len(), 0..gaps.len()), 1..most).prop_map(move |parts| {
        parts
            .into_iter()
            .map(|(w, g)| format!("{}{}", words[w], gaps[g]))
            .collect()
    })
}
