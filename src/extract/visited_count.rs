//! The count of units after a verb of visiting, read as a small grammar over
//! the words that follow the verb: "visited six CPS London units", "visited
//! four of the force's nine BCUs", "visited three of them", "visited
//! four:", "visited ten (A, B, ...)", "visited the Service's monitoring
//! centre at Lisnavalley and two of its four field offices".
//!
//! The grammar was one anchored regex. Its bounded runs of words (up to six
//! before the number, three before the noun) and the number words inside
//! them made each thread's lazy DFA hold thousands of states (about 2.4 MB
//! a thread over generated documents). Here the same phrase is read word by
//! word, trying the readings in the order that regex tried them (sites
//! before "and" first; then fewest words skipped; a longer number before a
//! shorter one; "of the ..." before none), so it finds what the regex
//! found; a property test holds it to the regex. Only the unit noun is
//! still matched by a pattern, anchored, where a number has been read.
//!
//! The same reader finds the count that comes first, with the verb after
//! its noun ([`counted_then_visited`]): "six units were visited", "four
//! probation trusts hosted the fieldwork", "three prisons that the team
//! visited".

use std::ops::Range;
use std::sync::LazyLock;

use super::phrase::{Reader, is_word_char};
use crate::lexicon::{NUMBER_WORDS, UNIT_NOUNS};
use crate::source::window_after;
use crate::work::Pattern;

/// A count read after a verb of visiting. Offsets are bytes into the text
/// given to [`visited_count`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct VisitedCount {
    /// The number, in digits or words ("six", "1,250", "twenty-one").
    pub number: Range<usize>,
    /// The sites named before "and" and the count ("the Service's
    /// monitoring centre at Lisnavalley"), when there are any.
    pub sites: Option<Range<usize>>,
    /// Where a colon or an opening bracket after the number begins (with
    /// the spaces before it): the count's list opens there.
    pub opener: Option<usize>,
    /// Where the phrase ends: after the unit noun, after "of them", or
    /// after the colon or bracket.
    pub end: usize,
}

/// A unit noun at the start of the text, where the grammar has reached
/// one; the units reader also looks for one after "both".
pub(super) static UNIT_NOUN_AT_START: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?i)^{UNIT_NOUNS}\b")).expect("unit noun regex")
});

/// How far a unit noun may reach, in bytes: the longest is under 30, with
/// room for odd spacing between its words.
const NOUN_REACH: usize = 128;

/// Articles that open a site named before the count.
const SITE_ARTICLES: [&str; 3] = ["the", "its", "their"];

/// How many words may come before the number ("visited the force's four
/// ..."), and how many may stand between the number and its noun.
const WORDS_BEFORE_NUMBER: usize = 6;
const WORDS_BEFORE_NOUN: usize = 3;

/// Reads the count that opens `text` (the words right after a verb of
/// visiting), or `None`.
pub(crate) fn visited_count(text: &str) -> Option<VisitedCount> {
    let reader = Reader::new(text);
    if let Some(found) = reader.sites_then_count() {
        return Some(found);
    }
    let mut at = 0;
    for skipped in 0..=WORDS_BEFORE_NUMBER {
        // "visited on 2 June all three sites": a number before a month is
        // the day of a date, and "took place in June and July 2015 across
        // six CRC areas" a year: the count comes later
        if let Some(found) = reader.count_at(at).filter(|f| {
            !opens_a_date(text, f.number.end)
                && !crate::dates::names_a_year(&text[f.number.clone()])
                && !counts_tallied_items(&text[f.number.end..])
        }) {
            return Some(found);
        }
        if skipped == WORDS_BEFORE_NUMBER {
            break;
        }
        // (a word before the count may be broken over a line by a hyphen)
        at = reader.broken_word_then_space(at, is_word_char)?;
    }
    None
}

/// Whether the words after a number name items an inspection tallies
/// (lexicon `OTHER_TALLIED_ITEMS`: "it identified 21 areas for
/// improvement"), whose noun may be a unit noun but names no place.
fn counts_tallied_items(after_number: &str) -> bool {
    let rest = after_number.trim_start();
    let head = crate::source::window_after(rest, 0, 40)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    crate::lexicon::OTHER_TALLIED_ITEMS
        .iter()
        .any(|item| head.starts_with(item))
}

/// Whether the word after `number_end` is a month ("2 June"): the number is
/// a day of the month.
fn opens_a_date(text: &str, number_end: usize) -> bool {
    let rest = text[number_end..].trim_start_matches([' ', '\u{a0}']);
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic() && c != '.')
        .next()
        .unwrap_or("");
    rest.len() < text.len() - number_end && crate::lexicon::month(word).is_some()
}

/// A count read before its unit noun and a verb of visiting after that:
/// "six units were visited". Offsets are bytes into the text given to
/// [`counted_then_visited`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CountedThenVisited {
    /// The number.
    pub number: Range<usize>,
    /// Where the phrase ends, after the verb.
    pub end: usize,
    /// Whether the verb is in a relative clause ("three prisons that the
    /// team visited"), after which no list of names follows.
    pub relative: bool,
}

/// What follows the unit noun of a [`CountedThenVisited`]: "were visited",
/// "hosted the fieldwork", "that the team visited".
static VISITED_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\s+(?:(?:were|was)\s+(?:visited|inspected)|hosted\s+(?:the\s+)?(?:fieldwork|inspection|inspectors|visits?)|(?P<rel>(?:that|which)\s+(?:the\s+[\w-]+|we|inspectors)\s+(?:visited|inspected)))\b")
        .expect("visited after regex")
});

/// The verbs [`VISITED_AFTER`] cannot match without; see
/// [`count_first_limit`].
static VISITED_AFTER_VERB: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)visited|inspected|hosted").expect("visited after verb regex")
});

/// Where in `text` a count read by [`counted_then_visited`] must start
/// before: the start of the last verb [`VISITED_AFTER`] needs, as every
/// such count is followed by one (0 when there is none). One scan of the
/// text spares reading every word that may open a number after the last
/// verb, which in most paragraphs is every word.
pub(crate) fn count_first_limit(text: &str) -> usize {
    VISITED_AFTER_VERB
        .find_iter(text)
        .last()
        .map_or(0, |m| m.start())
}

/// How far the words after a unit noun may reach, in bytes.
const VISITED_REACH: usize = 128;

/// The first [`CountedThenVisited`] in `text` that starts at or after
/// `from` and before `before`, where the words at each start are read as
/// one pattern would read them from there.
pub(crate) fn counted_then_visited(
    text: &str,
    from: usize,
    before: usize,
) -> Option<(usize, CountedThenVisited)> {
    let reader = Reader::new(text);
    let bytes = reader.bytes;
    let end = before.min(text.len());
    for at in from..end {
        // a word's first byte (an ASCII byte is always a character's
        // start); numbers open with a digit or a number word's first letter
        let b = bytes[at];
        // where the patterns' ASCII word boundary stands: before an ASCII
        // letter after no ASCII word byte, and before a letter beyond ASCII
        // ("ſix", a long s folding to "six") only after one
        let boundary = if b.is_ascii() {
            at == 0 || !is_ascii_word_byte(bytes[at - 1])
        } else {
            at > 0 && is_ascii_word_byte(bytes[at - 1])
        };
        if NUMBER_OPENERS[usize::from(b)] && boundary {
            if let Some(found) = reader.counted_then_visited_at(at) {
                return Some((at, found));
            }
        }
    }
    None
}

/// The bytes a number may open with: a digit, or a number word's first
/// letter in either case (and the long s's first byte).
static NUMBER_OPENERS: LazyLock<[bool; 256]> = LazyLock::new(|| {
    let mut table = [false; 256];
    for b in b'0'..=b'9' {
        table[usize::from(b)] = true;
    }
    for word in NUMBER_WORDS {
        let first = word.as_bytes()[0];
        table[usize::from(first)] = true;
        table[usize::from(first.to_ascii_uppercase())] = true;
        // the long s, which a case-insensitive pattern reads as an s
        if first == b's' {
            table[usize::from('\u{17F}'.to_string().as_bytes()[0])] = true;
        }
    }
    table
});

fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Reader<'_> {
    /// After "the", "its" or "their" and a space.
    fn article_then_space(&self, at: usize) -> Option<usize> {
        SITE_ARTICLES
            .iter()
            .find_map(|w| self.keyword(at, w).and_then(|end| self.space(end)))
    }

    /// After "in" or "at" and a space.
    fn in_or_at_then_space(&self, at: usize) -> Option<usize> {
        ["in", "at"]
            .iter()
            .find_map(|w| self.keyword(at, w).and_then(|end| self.space(end)))
    }

    /// Sites before "and" and the count: "the Service's monitoring centre at
    /// Lisnavalley and two of its four field offices", "the control room,
    /// in the crime bureau and in two of ...". Each site is an article and
    /// one to seven words; the fewest words are tried first.
    fn sites_then_count(&self) -> Option<VisitedCount> {
        let start = self.article_then_space(0)?;
        let first = self.run(start, is_word_char);
        if first == start {
            return None;
        }
        // the positions after a site where the reading is known to fail,
        // so that a long run of ", in the ..." sites is read once, not
        // once per way of splitting it
        let mut failed = vec![false; self.text.len() + 1];
        self.site_words(&mut failed, first, 0)
    }

    /// From the end of a site's first word: one to six more words, the
    /// fewest first, then more sites or "and".
    fn site_words(&self, failed: &mut [bool], mut at: usize, start: usize) -> Option<VisitedCount> {
        for more in 0..=WORDS_BEFORE_NUMBER {
            if let Some(found) = self.more_sites(failed, at, start) {
                return Some(found);
            }
            if more == WORDS_BEFORE_NUMBER {
                break;
            }
            let next = self.space(at)?;
            let end = self.run(next, is_word_char);
            if end == next {
                return None;
            }
            at = end;
        }
        None
    }

    /// After a site: another (", in the crime bureau"), as many as there
    /// are, or else "and" and the count.
    fn more_sites(&self, failed: &mut [bool], at: usize, start: usize) -> Option<VisitedCount> {
        if failed[at] {
            return None;
        }
        if let Some(found) = self.another_site(failed, at, start) {
            return Some(found);
        }
        if let Some(mut found) = self.and_then_count(at) {
            found.sites = Some(start..at);
            return Some(found);
        }
        failed[at] = true;
        None
    }

    /// ", in the crime bureau" or ", at the custody suite" at `at`, and
    /// what follows it.
    fn another_site(&self, failed: &mut [bool], at: usize, start: usize) -> Option<VisitedCount> {
        if self.bytes.get(at) != Some(&b',') {
            return None;
        }
        let word = self
            .space(at + 1)
            .and_then(|s| self.in_or_at_then_space(s))
            .and_then(|s| self.article_then_space(s))?;
        let end = self.run(word, is_word_char);
        if end == word {
            return None;
        }
        self.site_words(failed, end, start)
    }

    /// " and " (with "in" or "at" after it, or not) and the count.
    fn and_then_count(&self, at: usize) -> Option<VisitedCount> {
        let and = self.space(at)?;
        let after = self.keyword(and, "and").and_then(|end| self.space(end))?;
        if let Some(found) = self
            .in_or_at_then_space(after)
            .and_then(|place| self.count_at(place))
        {
            return Some(found);
        }
        self.count_at(after)
    }

    /// The count at `at`: "a total of", "all" or "each of" (or none), the
    /// number, a word boundary, and what follows.
    fn count_at(&self, at: usize) -> Option<VisitedCount> {
        let lead = self
            .keyword(at, "a")
            .and_then(|e| self.space(e))
            .and_then(|e| self.keyword(e, "total"))
            .and_then(|e| self.space(e))
            .and_then(|e| self.keyword(e, "of"))
            .and_then(|e| self.space(e))
            .or_else(|| self.keyword(at, "all").and_then(|e| self.space(e)))
            .or_else(|| {
                self.keyword(at, "each")
                    .and_then(|e| self.space(e))
                    .and_then(|e| self.keyword(e, "of"))
                    .and_then(|e| self.space(e))
            });
        // "both of the service's bases, A and B": a count of two, when
        // the two are named straight after it ("covered both forces" looks
        // back at places that may be no units)
        let pair = crate::lexicon::PAIR_WORDS
            .iter()
            .find_map(|w| self.whole_word(at, w))
            .and_then(|end| {
                let (phrase_end, opener) = self.after_number(end)?;
                let rest = self.text[phrase_end..].trim_start_matches([' ', '\u{a0}']);
                let named = rest
                    .strip_prefix([',', ':', '(', '-', '\u{2013}', '\u{2014}'])
                    .map(str::trim_start)
                    .is_some_and(|r| r.starts_with(char::is_uppercase));
                if !named {
                    return None;
                }
                Some(VisitedCount {
                    number: at..end,
                    sites: None,
                    opener,
                    end: phrase_end,
                })
            });
        if pair.is_some() {
            return pair;
        }
        for start in lead.into_iter().chain([at]) {
            for end in self.number_ends(start) {
                if !self.boundary(end) {
                    continue;
                }
                if let Some((phrase_end, opener)) = self.after_number(end) {
                    return Some(VisitedCount {
                        number: start..end,
                        sites: None,
                        opener,
                        end: phrase_end,
                    });
                }
            }
        }
        None
    }

    /// What may follow the number: the unit noun (with "of the force's
    /// nine" and up to three words before it), "of them", or a colon or
    /// bracket. Gives the phrase's end and where an opener begins.
    fn after_number(&self, end: usize) -> Option<(usize, Option<usize>)> {
        if let Some(space) = self.space(end) {
            if let Some(noun_end) = self.of_then_noun(space) {
                return Some((noun_end, None));
            }
            if let Some(noun_end) = self.noun_after_words(space) {
                return Some((noun_end, None));
            }
            if let Some(them) = self.keyword(space, "of").and_then(|e| self.space(e)) {
                if let Some(end) = ["them", "these", "those"]
                    .iter()
                    .find_map(|w| self.whole_word(them, w))
                {
                    return Some((end, None));
                }
            }
        }
        let opener = self.spaces(end);
        match self.bytes.get(opener) {
            Some(b':' | b'(') => Some((opener + 1, Some(end))),
            _ => None,
        }
    }

    /// "of the force's nine BCUs", "of its four field offices": "of", an
    /// article or not, up to three words, a number or not, then the noun.
    fn of_then_noun(&self, at: usize) -> Option<usize> {
        let after_of = self.keyword(at, "of").and_then(|e| self.space(e))?;
        let article = ["the", "its"]
            .iter()
            .find_map(|w| self.keyword(after_of, w).and_then(|e| self.space(e)));
        for start in article.into_iter().chain([after_of]) {
            let mut at = start;
            for words in 0..=WORDS_BEFORE_NOUN {
                for end in self.number_ends(at) {
                    if let Some(noun_end) = self.space(end).and_then(|s| self.noun_after_words(s)) {
                        return Some(noun_end);
                    }
                }
                if let Some(noun_end) = self.noun_after_words(at) {
                    return Some(noun_end);
                }
                if words == WORDS_BEFORE_NOUN {
                    break;
                }
                match self.word_then_space(at, is_word_char) {
                    Some(next) => at = next,
                    None => break,
                }
            }
        }
        None
    }

    /// The unit noun after up to three words ("CPS London units",
    /// "public protection units"), the fewest first.
    fn noun_after_words(&self, mut at: usize) -> Option<usize> {
        for words in 0..=WORDS_BEFORE_NOUN {
            if let Some(end) = self.noun(at) {
                return Some(end);
            }
            if words == WORDS_BEFORE_NOUN {
                break;
            }
            at = self.word_then_space(at, is_noun_lead_char)?;
        }
        None
    }

    /// A [`CountedThenVisited`] that starts at `at`: the number (the
    /// longest reading first), up to three words, the unit noun, then the
    /// verb, the fewest words before the noun first.
    fn counted_then_visited_at(&self, at: usize) -> Option<CountedThenVisited> {
        for end in self.number_ends(at) {
            let Some(mut word) = self.space(end) else {
                continue;
            };
            for words in 0..=WORDS_BEFORE_NOUN {
                if let Some(noun_end) = self.noun(word) {
                    let after = window_after(self.text, noun_end, VISITED_REACH);
                    if let Some(c) = VISITED_AFTER.captures(after) {
                        return Some(CountedThenVisited {
                            number: at..end,
                            end: noun_end + c.get(0).map_or(0, |m| m.end()),
                            relative: c.name("rel").is_some(),
                        });
                    }
                }
                if words == WORDS_BEFORE_NOUN {
                    break;
                }
                match self.word_then_space(word, is_passive_lead_char) {
                    Some(next) => word = next,
                    None => break,
                }
            }
        }
        None
    }

    /// The end of a unit noun at `at`.
    fn noun(&self, at: usize) -> Option<usize> {
        UNIT_NOUN_AT_START
            .find(window_after(self.text, at, NOUN_REACH))
            .map(|m| at + m.end())
            .filter(|&end| self.boundary(end))
    }
}

/// A character of a word before a unit noun: a word character, or one of
/// `/&()-` ("CPS/police", "(adult)").
fn is_noun_lead_char(c: char) -> bool {
    is_word_char(c) || matches!(c, '/' | '&' | '(' | ')' | '-')
}

/// A character of a word between a count and its noun before a verb of
/// visiting: a word character or one of `/&-` ("CPS/police").
fn is_passive_lead_char(c: char) -> bool {
    is_word_char(c) || matches!(c, '/' | '&' | '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{NUMBER_PATTERN, VISIT_VERBS};
    use proptest::prelude::*;

    /// The grammar as the regex it replaced: the test's oracle.
    static ORACLE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i)^(?:(?P<site>(?:the|its|their)\s+[\w'’]+(?:\s+[\w'’]+){{0,6}}?(?:,\s+(?:in|at)\s+(?:the|its|their)\s+[\w'’]+(?:\s+[\w'’]+){{0,6}}?)*)\s+and\s+(?:(?:in|at)\s+)?|(?:[\w'’]+(?:-\n[ \t]*[\w'’]+)?\s+){{0,6}}?)(?:a\s+total\s+of\s+|all\s+|each\s+of\s+)?(?P<n>{NUMBER_PATTERN})\b(?:\s+(?:of\s+(?:the\s+|its\s+)?(?:[\w'’]+\s+){{0,3}}?(?:{NUMBER_PATTERN}\s+)?)?(?P<mid>(?:[\w/&'’()-]+\s+){{0,3}}?)(?P<noun>{UNIT_NOUNS})\b|\s+of\s+(?P<them>them|these|those)\b|(?P<colon>\s*[:(]))"
        ))
        .unwrap()
    });

    fn oracle(text: &str) -> Option<VisitedCount> {
        let c = ORACLE.captures(text)?;
        Some(VisitedCount {
            number: c.name("n").unwrap().range(),
            sites: c.name("site").map(|m| m.range()),
            opener: c.name("colon").map(|m| m.start()),
            end: c.get(0).unwrap().end(),
        })
    }

    fn read(text: &str) -> Option<(&str, Option<&str>, &str)> {
        let found = visited_count(text)?;
        Some((
            &text[found.number],
            found.sites.map(|s| &text[s]),
            &text[..found.end],
        ))
    }

    #[test]
    fn reads_the_count_and_its_noun() {
        assert_eq!(
            read("six CPS London units and the HQ"),
            Some(("six", None, "six CPS London units"))
        );
        assert_eq!(
            read("four of the force's nine BCUs over a week"),
            Some(("four", None, "four of the force's nine BCUs"))
        );
        assert_eq!(
            read("the force's twenty-one custody suites"),
            Some(("twenty-one", None, "the force's twenty-one custody suites"))
        );
        assert_eq!(
            read("a total of 1,250 sites."),
            Some(("1,250", None, "a total of 1,250 sites"))
        );
        assert_eq!(
            read("three of them."),
            Some(("three", None, "three of them"))
        );
        let listed = visited_count("ten (A, B and C)").unwrap();
        assert_eq!((listed.opener, listed.end), (Some(3), 5));
    }

    #[test]
    fn reads_sites_named_before_the_count() {
        assert_eq!(
            read(
                "the Service's monitoring centre at Lisnavalley and two of its four field offices"
            ),
            Some((
                "two",
                Some("the Service's monitoring centre at Lisnavalley"),
                "the Service's monitoring centre at Lisnavalley and two of its four field offices"
            ))
        );
        assert_eq!(
            read("the control room, in the crime bureau and in two of the stations"),
            Some((
                "two",
                Some("the control room, in the crime bureau"),
                "the control room, in the crime bureau and in two of the stations"
            ))
        );
    }

    #[test]
    fn finds_nothing_without_a_noun_or_too_far_away() {
        assert_eq!(read("six times"), None);
        assert_eq!(read("seventeenth century units"), None);
        assert_eq!(
            read("one two three four five six seven eight units"),
            Some((
                "one two three four five six seven eight",
                None,
                "one two three four five six seven eight units"
            ))
        );
        assert_eq!(read("a b c d e f g six units"), None);
    }

    #[test]
    fn a_day_of_the_month_is_no_count() {
        assert_eq!(
            read("on 2 June all three sites - A, B and C"),
            Some(("three", None, "on 2 June all three sites"))
        );
        assert_eq!(
            read("on 12 September two hospitals"),
            Some(("two", None, "on 12 September two hospitals"))
        );
        assert_eq!(
            read("2 Marchbank sites"),
            Some(("2", None, "2 Marchbank sites"))
        );
        // nor is a year
        assert_eq!(
            read("in June and July 2015 across six CRC areas"),
            Some(("six", None, "in June and July 2015 across six CRC areas"))
        );
        // nor are items the inspection tallies, though their noun is a unit's
        assert_eq!(
            read("Kelby in 2019 it identified 21 areas for\nimprovement"),
            None
        );
    }

    #[test]
    fn a_long_run_of_sites_is_read_in_linear_time() {
        // every split of the run into sites is a reading; each end is tried once
        let text = "the x, in the y".to_string() + &", in the y z".repeat(300);
        assert_eq!(visited_count(&text), None);
    }

    const WORDS: &[&str] = &[
        "the",
        "its",
        "their",
        "and",
        "in",
        "at",
        "of",
        "a",
        "total",
        "all",
        "each",
        "them",
        "these",
        "those",
        "six",
        "seven",
        "seventeen",
        "eighty",
        "twenty-one",
        "one",
        "hundred",
        "thousand",
        "and",
        "1,250",
        "12",
        "1,2345",
        "units",
        "police",
        "stations",
        "CPS",
        "London",
        "force's",
        "nine",
        "BCUs",
        "magistrates'",
        "courts",
        "crown",
        "offices",
        "field",
        "centre",
        "Lisnavalley",
        "two",
        "four",
        "youth",
        "offending",
        "teams",
        "sites",
        "x",
        "(adult)",
        "CPS/police",
        "ſix",
        "Ten",
        "THE",
        "Units",
        "café",
        "tenth",
        "custody",
        "suites",
        "-",
        "Δ",
    ];
    const GAPS: &[&str] = &[
        " ", " ", " ", "  ", "\n", ", ", ":", " (", "-", "\u{a0}", "", "-\n", "-\n   ",
    ];

    fn phrase() -> impl Strategy<Value = String> {
        crate::extract::phrase::word_runs(WORDS, GAPS, 14)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn reads_what_the_regex_read(text in phrase()) {
            prop_assert_eq!(visited_count(&text), oracle(&text), "{:?}", text);
        }
    }

    #[test]
    fn a_word_before_the_count_broken_over_a_line() {
        assert_eq!(
            read("the coun-\n   cil\u{2019}s three area offices, at A"),
            Some((
                "three",
                None,
                "the coun-\n   cil\u{2019}s three area offices"
            ))
        );
    }

    #[test]
    fn the_verbs_are_the_lexicons() {
        // the grammar reads after the lexicon's verbs of visiting; it does
        // not spell any itself
        assert!(VISIT_VERBS.contains("visited"));
    }
}
