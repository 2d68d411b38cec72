//! The count of files after a verb or noun of examining, read as a small
//! grammar over the words that follow it: "examined 105 files", "reviewed
//! a random sample of 60 cases", "a review of more than 300 case files",
//! "examined (96) files", "examined – in all – 48 cases", "examined in
//! detail the case files in 84 probation cases", "examined 228 case
//! files1" (a footnote's number on the noun).
//!
//! The grammar was one pattern, and its lazy DFA held 2.5 MB a thread over
//! generated documents: the verb at every word, then up to four words
//! before the noun. The verb is still found by a small pattern
//! ([`EXAMINING`]); the rest is read word by word, in the order the
//! pattern tried its readings (each optional part present before absent,
//! a longer number before a shorter one, fewer words before the noun
//! first). A property test holds it to the old pattern.

use std::ops::Range;
use std::sync::LazyLock;

use super::phrase::Reader;
use crate::lexicon::{
    COUNT_QUALIFIERS, EXAMINE_NOUNS, EXAMINE_VERBS, FILE_NOUNS, TRACK_VERBS,
    is_latin_word_char_any_case,
};
use crate::source::window_after;
use crate::work::Pattern;

/// A count of files read after a verb or noun of examining. Offsets are
/// bytes into the piece given to [`examined_counts`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExaminedCount {
    /// From the verb to the file noun (and a footnote's number on it).
    pub whole: Range<usize>,
    /// The number.
    pub number: Range<usize>,
    /// Whether a lower bound comes before the number ("more than", "over",
    /// "in excess of", "at least").
    pub lower_bound: bool,
    /// The words between the number and the noun ("domestic abuse").
    pub kind: Range<usize>,
}

/// The verb or noun of examining, and the space after it: "examined",
/// "examined and tracked", "a review of".
static EXAMINING: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)\b(?:{EXAMINE_VERBS}(?:\s+(?:or|and)\s+(?:{EXAMINE_VERBS}|{TRACK_VERBS}))?|{EXAMINE_NOUNS}(?:\s+of)?)\s+"
    ))
    .expect("examining regex")
});

/// A qualifier before the count ("a total of", "a random sample of",
/// "some"), with the space after it.
static QUALIFIER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)^{COUNT_QUALIFIERS}\s+")).expect("qualifier regex")
});

/// The file noun, where the grammar has reached one.
static NOUN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)^{FILE_NOUNS}")).expect("file noun regex")
});

/// How far a qualifier or a file noun may reach, in bytes.
const REACH: usize = 128;

/// The longest count read after its verb, in bytes.
const MAX_PHRASE: usize = 1_000;

/// Lower bounds before the number, each word then a space.
const LOWER_BOUNDS: [&[&str]; 4] = [
    &["more", "than"],
    &["over"],
    &["in", "excess", "of"],
    &["at", "least"],
];

/// How many words may stand between the number and the file noun.
const WORDS_BEFORE_NOUN: usize = 4;

/// Each count of files in `piece` after a verb or noun of examining, left
/// to right and not overlapping, as one pattern of verb and count would
/// find them.
pub(crate) fn examined_counts(piece: &str) -> impl Iterator<Item = ExaminedCount> + '_ {
    let mut heads = EXAMINING.find_iter(piece);
    let mut taken = 0;
    std::iter::from_fn(move || {
        for head in heads.by_ref() {
            if head.start() < taken {
                continue;
            }
            let window = window_after(piece, head.end(), MAX_PHRASE);
            if let Some(count) = count_after(window) {
                let at = head.end();
                taken = at + count.whole.end;
                return Some(ExaminedCount {
                    whole: head.start()..at + count.whole.end,
                    number: at + count.number.start..at + count.number.end,
                    lower_bound: count.lower_bound,
                    kind: at + count.kind.start..at + count.kind.end,
                });
            }
        }
        None
    })
}

/// The count that opens `text` (the words right after the verb), with
/// offsets into `text` (`whole` from 0).
fn count_after(text: &str) -> Option<ExaminedCount> {
    let r = Reader::new(text);
    let words = |at: usize, words: &[&str]| -> Option<usize> {
        let mut at = at;
        for w in words {
            at = r.keyword(at, w).and_then(|e| r.space(e))?;
        }
        Some(at)
    };
    // each optional part: present first, then absent
    let with = |at: usize, part: Option<usize>| part.into_iter().chain([at]);
    for a in with(0, words(0, &["in", "detail"])) {
        for b in with(a, the_files_of(&r, a)) {
            let qualifier = QUALIFIER
                .find(window_after(text, b, REACH))
                .map(|m| b + m.end());
            for c in with(b, qualifier) {
                let bound = LOWER_BOUNDS.iter().find_map(|w| words(c, w));
                for (d, lower_bound) in bound.map(|d| (d, true)).into_iter().chain([(c, false)]) {
                    for e in with(d, words(d, &["a"])) {
                        let mark = text[e..]
                            .starts_with(['(', '\u{2013}', '\u{2014}', '-'])
                            .then(|| e + text[e..].chars().next().map_or(0, char::len_utf8));
                        for f in with(e, mark) {
                            let start = r.spaces(f);
                            if let Some(found) = number_and_noun(&r, start, lower_bound) {
                                return Some(found);
                            }
                        }
                    }
                }
            }
        }
    }
    None
}

/// "the case files in ", "the records of ": the files named before the
/// count of their cases.
fn the_files_of(r: &Reader<'_>, at: usize) -> Option<usize> {
    let the = r.keyword(at, "the").and_then(|e| r.space(e))?;
    let noun_at = r
        .keyword(the, "case")
        .and_then(|e| r.space(e))
        .into_iter()
        .chain([the]);
    for n in noun_at {
        for noun in ["files", "records", "papers"] {
            let Some(after) = r.keyword(n, noun).and_then(|e| r.space(e)) else {
                continue;
            };
            for prep in ["in", "of", "for", "from"] {
                if let Some(end) = r.keyword(after, prep).and_then(|e| r.space(e)) {
                    return Some(end);
                }
            }
        }
    }
    None
}

/// The number at `at` (the longest reading first), an optional closing
/// bracket or dash, then up to four words and the file noun.
fn number_and_noun(r: &Reader<'_>, at: usize, lower_bound: bool) -> Option<ExaminedCount> {
    let text = r.text;
    for end in r.number_ends(at) {
        let spaced = r.spaces(end);
        let closed = text[spaced..]
            .starts_with([')', '\u{2013}', '\u{2014}'])
            .then(|| spaced + text[spaced..].chars().next().map_or(0, char::len_utf8))
            .and_then(|c| r.space(c));
        // without the mark, at least one space after the number
        let open = (spaced > end).then_some(spaced);
        for kind_start in closed.into_iter().chain(open) {
            let mut word = kind_start;
            for words in 0..=WORDS_BEFORE_NOUN {
                if let Some(noun_end) = noun(r, word) {
                    return Some(ExaminedCount {
                        whole: 0..noun_end,
                        number: at..end,
                        lower_bound,
                        kind: kind_start..word,
                    });
                }
                if words == WORDS_BEFORE_NOUN {
                    break;
                }
                match r.word_then_space(word, is_kind_char) {
                    Some(next) => word = next,
                    None => break,
                }
            }
        }
    }
    None
}

/// The end of a file noun at `at`, with a footnote's number of one or two
/// digits glued to it, where a word boundary follows.
fn noun(r: &Reader<'_>, at: usize) -> Option<usize> {
    let m = NOUN.find(window_after(r.text, at, REACH))?;
    let noun_end = at + m.end();
    let digits = r.bytes[noun_end..]
        .iter()
        .take(2)
        .take_while(|b| b.is_ascii_digit())
        .count();
    // the digits are taken greedily: two, then one, then none
    (0..=digits)
        .rev()
        .map(|d| noun_end + d)
        .find(|&end| r.boundary(end))
}

/// A character of a word between the count and its noun.
fn is_kind_char(c: char) -> bool {
    is_latin_word_char_any_case(c) || matches!(c, '\'' | '’' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::NUMBER_PATTERN;
    use proptest::prelude::*;

    /// The pattern the grammar replaced: the test's oracle.
    static ORACLE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i)\b(?:{EXAMINE_VERBS}(?:\s+(?:or|and)\s+(?:{EXAMINE_VERBS}|{TRACK_VERBS}))?|{EXAMINE_NOUNS}(?:\s+of)?)\s+(?:in\s+detail\s+)?(?:the\s+(?:case\s+)?(?:files|records|papers)\s+(?:in|of|for|from)\s+)?(?:{COUNT_QUALIFIERS}\s+)?(?P<bound>more\s+than\s+|over\s+|in\s+excess\s+of\s+|at\s+least\s+)?(?:a\s+)?[(\u{{2013}}\u{{2014}}-]?\s*(?P<n>{NUMBER_PATTERN})\s*[)\u{{2013}}\u{{2014}}]?\s+(?P<kind>(?:[\w'’-]+\s+){{0,4}}?){FILE_NOUNS}(?:\d{{1,2}})?\b"
        ))
        .unwrap()
    });

    fn oracle(piece: &str) -> Vec<ExaminedCount> {
        ORACLE
            .captures_iter(piece)
            .map(|c| ExaminedCount {
                whole: c.get(0).unwrap().range(),
                number: c.name("n").unwrap().range(),
                lower_bound: c.name("bound").is_some(),
                kind: c.name("kind").unwrap().range(),
            })
            .collect()
    }

    #[test]
    fn reads_each_shape() {
        let text = "Inspectors examined 105 files. They reviewed a random sample of 60 domestic abuse cases and a review of more than 300 case files, examined (96) files, examined – 48 cases and examined in detail the case files in 84 probation cases, then examined 228 case files1. The report looked at how the trust handled a representative sample of 110 cases.";
        let found: Vec<&str> = examined_counts(text)
            .map(|c| &text[c.number.clone()])
            .collect();
        assert_eq!(found, ["105", "60", "300", "96", "48", "84", "228", "110"]);
        assert_eq!(examined_counts(text).collect::<Vec<_>>(), oracle(text));
    }

    const WORDS: &[&str] = &[
        "examined",
        "reviewed",
        "and",
        "or",
        "tracked",
        "followed",
        "up",
        "review",
        "of",
        "in",
        "detail",
        "the",
        "case",
        "files",
        "records",
        "papers",
        "for",
        "from",
        "a",
        "total",
        "random",
        "sample",
        "some",
        "more",
        "than",
        "over",
        "excess",
        "at",
        "least",
        "(96)",
        "–",
        "-",
        "60",
        "1,250",
        "twenty-one",
        "hundred",
        "domestic",
        "abuse",
        "cases",
        "files1",
        "files123",
        "crime",
        "reports",
        "looked",
        "closely",
        "ſome",
        "EXAMINED",
    ];
    const GAPS: &[&str] = &[" ", " ", " ", "  ", "\n", ", ", " (", ") ", "-", ""];

    fn piece() -> impl Strategy<Value = String> {
        crate::extract::phrase::word_runs(WORDS, GAPS, 20)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn reads_what_the_pattern_read(text in piece()) {
            prop_assert_eq!(examined_counts(&text).collect::<Vec<_>>(), oracle(&text), "{:?}", text);
        }
    }
}
