//! The shared lexicon: every word of the domain the engine knows, as data.
//! Extractors look words up here rather than keeping their own lists, so a
//! new spelling, label or inspectorate is taught once, in one table.
//!
//! One submodule per kind of vocabulary, named for what it spells:
//!
//! | module | what it holds |
//! |---|---|
//! | `numbers` | numbers in digits and words, Roman numerals |
//! | `calendar` | months and weekdays, with their misspellings |
//! | `progress` | progress labels and their scales, kinds of recommendation |
//! | `inspectorates` | inspectorates, their short forms and chiefs' titles |
//! | `bodies` | the bodies inspected, establishments, areas, report-title words |
//! | `units` | verbs of visiting, unit nouns, named sites |
//! | `files` | verbs and nouns of examining, file nouns, breakdown leads |
//! | `fieldwork` | the words of a fieldwork sentence and of dates that are not |
//! | `people` | honorifics, post-nominals, roles, speech verbs |
//! | `headings` | headline verbs, judging words, report-name words |
//! | `page` | page furniture: debris, page tails, contacts, footnotes, embargo wordings |
//!
//! Everything is re-exported here, so callers write `lexicon::MONTHS`
//! whichever file spells it. Lists that are regex fragments say so; they
//! are joined into patterns by `words_pattern` and compiled once.

use crate::work::Pattern;

mod bodies;
mod calendar;
mod fieldwork;
mod files;
mod headings;
mod inspectorates;
mod numbers;
mod page;
mod people;
mod progress;
mod units;

pub use bodies::*;
pub use calendar::*;
pub use fieldwork::*;
pub use files::*;
pub use headings::*;
pub use inspectorates::*;
pub use numbers::*;
pub use page::*;
pub use people::*;
pub use progress::*;
pub use units::*;

/// The word characters of English and the languages of names in UK releases
/// (Latin letters with their accents, digits, underscore).
const LATIN_WORD: &str = r"[0-9A-Za-z_\u{AA}\u{B5}\u{BA}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}]";

/// Every character that is not one of [`LATIN_WORD`]'s: what `\W` stands for
/// in the lexicon's patterns. The Unicode class repeated (`\W{0,3}`) built a
/// pattern of 1,900 states for a one-word heading.
const LATIN_NON_WORD: &str =
    r"[^0-9A-Za-z_\u{AA}\u{B5}\u{BA}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}]";

/// Whether `c` is one of the [`LATIN_WORD`] characters as a case-insensitive
/// pattern reads them: the class and every character that folds to one of
/// its letters (the Kelvin sign, the Greek mu, ...). The grammars read by
/// hand use it to agree with the patterns they replaced.
pub(crate) fn is_latin_word_char_any_case(c: char) -> bool {
    /// Characters outside the class that case folding adds to it.
    const FOLDED_IN: [char; 31] = [
        '\u{253}', '\u{254}', '\u{256}', '\u{257}', '\u{259}', '\u{25B}', '\u{260}', '\u{263}',
        '\u{268}', '\u{269}', '\u{26F}', '\u{272}', '\u{275}', '\u{280}', '\u{283}', '\u{288}',
        '\u{289}', '\u{28A}', '\u{28B}', '\u{28C}', '\u{292}', '\u{39C}', '\u{3BC}', '\u{1E9E}',
        '\u{212A}', '\u{212B}', '\u{2C65}', '\u{2C66}', '\u{2C7E}', '\u{2C7F}', '\u{A7DC}',
    ];
    matches!(c, '0'..='9' | 'A'..='Z' | 'a'..='z' | '_' | '\u{AA}' | '\u{B5}' | '\u{BA}'
        | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{24F}')
        || FOLDED_IN.contains(&c)
}

/// Compiles a pattern of the lexicon with ASCII word boundaries: `\b`
/// becomes `(?-u:\b)`. The keywords are English, and a Unicode `\b` makes
/// the regex crate's fast engine give up on any text with a non-ASCII
/// character (a dash, a curly quote), which made parsing several times
/// slower. Patterns that must find boundaries beside non-ASCII letters
/// (people's and places' names) use `Pattern::new` directly.
///
/// `\s` is the ASCII spaces and the no-break space (U+00A0, the one wide
/// space web pages carry; none other is in the corpus). Unicode's twenty
/// spaces split the byte alphabet of every pattern into more classes, and
/// each state of a lazy DFA holds a transition for each class: over 1,000
/// generated documents the narrower class took peak RSS with two threads
/// from 66 MB to 60 MB, with the same output.
pub(crate) fn regex(pattern: &str) -> Result<Pattern, regex::Error> {
    Pattern::new(
        &pattern
            .replace(r"\b", r"(?-u:\b)")
            .replace(r"\w", LATIN_WORD)
            .replace(r"\W", LATIN_NON_WORD)
            .replace(r"\p{Lu}", LATIN_UPPER)
            .replace(r"\p{Ll}", LATIN_LOWER)
            .replace(r"\p{L}", LATIN_LETTER)
            .replace(r"\d", "[0-9]")
            .replace(r"\s", r"[\t\n\x0B\x0C\r \u{A0}]")
            .replace(r"\S", r"[^\t\n\x0B\x0C\r \u{A0}]"),
    )
}

/// The capital letters of the same languages: a name's first letter. The
/// whole Unicode class of capitals makes every pattern that opens a name
/// with it several times larger, in memory for each thread's search cache.
const LATIN_UPPER: &str = r"[A-Z\u{C0}-\u{D6}\u{D8}-\u{DE}\u{100}-\u{24F}]";

/// The small letters of the same languages.
const LATIN_LOWER: &str = r"[a-z\u{DF}-\u{F6}\u{F8}-\u{FF}\u{100}-\u{24F}]";

/// The letters of the same languages, of either case.
const LATIN_LETTER: &str = r"[A-Za-z\u{AA}\u{B5}\u{BA}\u{C0}-\u{D6}\u{D8}-\u{F6}\u{F8}-\u{24F}]";

/// Compiles `template` with its `{}` replaced by the alternation of
/// `words` (regex fragments of the lexicon), as [`regex`] does. `what` names
/// the pattern in the panic of one that does not compile, which is a bug in
/// the lexicon, caught by the first test that parses anything.
pub(crate) fn words_pattern(template: &str, words: &[&str], what: &str) -> Pattern {
    regex(&template.replacen("{}", &words.join("|"), 1))
        .unwrap_or_else(|error| panic!("{what}: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_class_in_any_case_is_the_patterns() {
        let class = regex(r"(?i)^\w$").unwrap();
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            assert_eq!(
                is_latin_word_char_any_case(c),
                class.is_match(c.encode_utf8(&mut buf)),
                "{c:?}"
            );
        }
    }

    #[test]
    fn spaces_are_the_ascii_ones_and_the_no_break_space() {
        let space = regex(r"^\s$").unwrap();
        let not_space = regex(r"^\S$").unwrap();
        for c in [" ", "\t", "\n", "\r", "\u{B}", "\u{C}", "\u{A0}"] {
            assert!(space.is_match(c) && !not_space.is_match(c), "{c:?}");
        }
        for c in ["a", "’", "-", "\u{2009}"] {
            assert!(!space.is_match(c) && not_space.is_match(c), "{c:?}");
        }
    }

    #[test]
    fn letter_classes_are_the_latin_ones() {
        let upper = regex(r"^\p{Lu}$").unwrap();
        assert!(upper.is_match("A") && upper.is_match("É") && upper.is_match("Ł"));
        assert!(!upper.is_match("a") && !upper.is_match("é") && !upper.is_match("1"));
        let lower = regex(r"^\p{Ll}$").unwrap();
        assert!(lower.is_match("a") && lower.is_match("ß") && !lower.is_match("A"));
        let letter = regex(r"^\p{L}+$").unwrap();
        assert!(letter.is_match("Siobhán") && letter.is_match("Ó") && !letter.is_match("a-b"));
    }

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
    fn speech_verbs_and_misspellings_are_plain_words() {
        // they are looked up as words, not only compiled into patterns: a
        // fragment such as `went\s+on` would never match there
        for word in SPEECH_VERBS.iter().chain(INSPECTOR_MISSPELLINGS) {
            assert!(word.chars().all(char::is_alphabetic), "{word:?}");
        }
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
