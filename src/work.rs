//! Counting the engine's work, so that tests prove it linear without a clock.
//!
//! Every search the engine makes goes through a [`Pattern`], which charges
//! the length of the text it is given to a per-thread counter; loops that
//! walk text or candidates byte by byte or item by item charge their steps
//! with `charge`. A test parses an input and four times that input and
//! compares the two counts: linear work gives about 4x, work that goes back
//! over the text for every anchor gives 16x. The count is the same on every
//! machine and under any load, unlike a timing.
//!
//! ```
//! let small = "HMCPSI said this.\n".repeat(1_000);
//! let large = small.repeat(4);
//! let (_, one) = inspection_extract::work::counted(|| inspection_extract::parse(&small));
//! let (_, four) = inspection_extract::work::counted(|| inspection_extract::parse(&large));
//! assert!(four < 5 * one, "{four} units of work against {one}");
//! ```

use std::cell::Cell;

use regex::{CaptureMatches, Captures, Match, Matches, Regex, RegexSet, SetMatches, Split};

thread_local! {
    static STEPS: Cell<u64> = const { Cell::new(0) };
}

/// Charges `steps` units of work (bytes looked at, candidates compared) to
/// this thread.
#[inline]
pub(crate) fn charge(steps: usize) {
    STEPS.with(|s| s.set(s.get().saturating_add(steps as u64)));
}

/// Runs `f` and returns its result with the units of work it charged on
/// this thread: the bytes every search was given and the steps of every
/// counted loop.
pub fn counted<T>(f: impl FnOnce() -> T) -> (T, u64) {
    let before = STEPS.with(Cell::get);
    let out = f();
    let after = STEPS.with(Cell::get);
    (out, after.saturating_sub(before))
}

/// A compiled regular expression that charges the text it searches.
///
/// It offers the few methods of [`regex::Regex`] the engine uses. A search
/// is charged the whole haystack, so a caller that hands a pattern the rest
/// of the document for every anchor shows up as quadratic in the count even
/// when the pattern is anchored: pass the bounded window instead.
#[derive(Debug, Clone)]
pub struct Pattern(Regex);

impl Pattern {
    /// Compiles `pattern` as [`Regex::new`] does, with room for a larger
    /// lazy DFA.
    ///
    /// The lexicon's long alternations build many DFA states; with a 2 MiB
    /// cache a run over varied documents kept clearing the cache and
    /// building the same states again. Measured with callgrind over 120
    /// corpus documents read three times: at 2 MiB the units' count
    /// patterns rebuilt states on every pass (383k instructions a
    /// document, 12% of the steady work); at 8 MiB no state is built after
    /// the first pass. The cache grows only as states are needed, so the
    /// larger limit costs memory only where a pattern uses it (peak RSS
    /// over the corpus three times rose by 1-2 MB).
    pub fn new(pattern: &str) -> Result<Self, regex::Error> {
        regex::RegexBuilder::new(pattern)
            .dfa_size_limit(8 << 20)
            .build()
            .map(Pattern)
    }

    /// The pattern's source text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// See [`Regex::is_match`].
    pub fn is_match(&self, haystack: &str) -> bool {
        charge(haystack.len());
        self.0.is_match(haystack)
    }

    /// See [`Regex::find`].
    pub fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        charge(haystack.len());
        self.0.find(haystack)
    }

    /// See [`Regex::find_iter`]; the haystack is charged once, as the
    /// iterator moves through it once.
    pub fn find_iter<'r, 'h>(&'r self, haystack: &'h str) -> Matches<'r, 'h> {
        charge(haystack.len());
        self.0.find_iter(haystack)
    }

    /// See [`Regex::captures`].
    pub fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        charge(haystack.len());
        self.0.captures(haystack)
    }

    /// See [`Regex::captures_at`]; charged for the text searched from
    /// `start`: up to the match's end, or to the haystack's end when there
    /// is none.
    pub fn captures_at<'h>(&self, haystack: &'h str, start: usize) -> Option<Captures<'h>> {
        let found = self.0.captures_at(haystack, start);
        let searched_to = found
            .as_ref()
            .and_then(|c| c.get(0))
            .map_or(haystack.len(), |m| m.end());
        charge(searched_to.saturating_sub(start));
        found
    }

    /// See [`Regex::captures_iter`]; charged once, like [`Pattern::find_iter`].
    pub fn captures_iter<'r, 'h>(&'r self, haystack: &'h str) -> CaptureMatches<'r, 'h> {
        charge(haystack.len());
        self.0.captures_iter(haystack)
    }

    /// The leftmost match that ends within `look.gap` characters before
    /// `anchor` in `text`, inside the anchor's clause (after the last of
    /// `look.stops` before it) and not before `floor`: the verb of "to
    /// inspect how the powers are used in all 43 forces", found from its
    /// anchor "in all 43 forces".
    ///
    /// A pattern with a bounded gap (`verb[^.]{0,80}?anchor`) does the same
    /// in one search, but its lazy DFA tracks every position of the gap at
    /// once and its cache grows to many megabytes; searching back from the
    /// anchor keeps the patterns small. The search looks back at most as
    /// far as a match could start (the gap at four bytes a character, and
    /// `look.reach` for the match itself), so a text full of anchors is
    /// still searched in linear time.
    pub fn find_before(
        &self,
        text: &str,
        anchor: usize,
        floor: usize,
        look: &LookBack,
    ) -> Option<std::ops::Range<usize>> {
        let floor = crate::source::floor_char_boundary(
            text,
            anchor.saturating_sub(look.gap * 4 + look.reach),
        )
        .max(floor)
        .min(anchor);
        let before = &text[floor..anchor];
        charge(before.len());
        let clause_start = look
            .stops
            .iter()
            .filter_map(|stop| before.rfind(stop).map(|i| floor + i + stop.len()))
            .max()
            .unwrap_or(floor);
        let gap_start = text[clause_start..anchor]
            .char_indices()
            .rev()
            .nth(look.gap.saturating_sub(1))
            .map_or(clause_start, |(i, _)| clause_start + i);
        // a match ending in the gap starts at most `reach` bytes before it
        let lead_start =
            crate::source::floor_char_boundary(text, gap_start.saturating_sub(look.reach))
                .max(clause_start);
        self.find_iter(&text[lead_start..anchor])
            .find(|m| lead_start + m.end() >= gap_start)
            .map(|m| lead_start + m.start()..lead_start + m.end())
    }

    /// See [`Regex::split`].
    pub fn split<'r, 'h>(&'r self, haystack: &'h str) -> Split<'r, 'h> {
        charge(haystack.len());
        self.0.split(haystack)
    }

    /// See [`Regex::replace_all`].
    pub fn replace_all<'h, R: regex::Replacer>(
        &self,
        haystack: &'h str,
        rep: R,
    ) -> std::borrow::Cow<'h, str> {
        charge(haystack.len());
        self.0.replace_all(haystack, rep)
    }

    /// See [`Regex::replace`].
    pub fn replace<'h, R: regex::Replacer>(
        &self,
        haystack: &'h str,
        rep: R,
    ) -> std::borrow::Cow<'h, str> {
        charge(haystack.len());
        self.0.replace(haystack, rep)
    }
}

/// How far [`Pattern::find_before`] looks back from an anchor.
#[derive(Debug, Clone, Copy)]
pub struct LookBack<'s> {
    /// How far before the anchor the match may end, in characters.
    pub gap: usize,
    /// How long the match may be, in bytes: how far before the gap it may
    /// start.
    pub reach: usize,
    /// What ends the clause the match must be in: a match before the last
    /// of these before the anchor is not looked for.
    pub stops: &'s [&'s str],
}

/// Several compiled patterns searched in one pass, charged like a
/// [`Pattern`]: it tells which of them match, so that only those are run
/// again to find where.
#[derive(Debug, Clone)]
pub struct PatternSet(RegexSet);

impl PatternSet {
    /// Compiles the patterns as [`RegexSet::new`] does.
    pub fn new<I, S>(patterns: I) -> Result<Self, regex::Error>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        RegexSet::new(patterns).map(PatternSet)
    }

    /// See [`RegexSet::is_match`].
    pub fn is_match(&self, haystack: &str) -> bool {
        charge(haystack.len());
        self.0.is_match(haystack)
    }

    /// See [`RegexSet::matches`].
    pub fn matches(&self, haystack: &str) -> SetMatches {
        charge(haystack.len());
        self.0.matches(haystack)
    }
}

#[cfg(test)]
mod tests {

    use super::{LookBack, Pattern, counted};

    const LOOK: LookBack = LookBack {
        gap: 20,
        reach: 10,
        stops: &[".", "\n\n"],
    };

    fn verb() -> Pattern {
        Pattern::new(r"\b(?:visit|inspect)(?:ed)?\b").unwrap()
    }

    #[test]
    fn find_before_takes_the_leftmost_match_ending_in_the_gap() {
        let text = "they visited and inspected all six";
        let anchor = text.find("all").unwrap();
        let found = verb().find_before(text, anchor, 0, &LOOK).unwrap();
        assert_eq!(&text[found], "visited");
        // too far back
        let far = "they visited the sites, the offices and then all six";
        let anchor = far.find("all six").unwrap();
        assert_eq!(verb().find_before(far, anchor, 0, &LOOK), None);
        // in another clause, or before the floor
        let stopped = "they visited. then all six";
        let anchor = stopped.find("all").unwrap();
        assert_eq!(verb().find_before(stopped, anchor, 0, &LOOK), None);
        let text = "they visited and then all six";
        let anchor = text.find("all").unwrap();
        assert_eq!(verb().find_before(text, anchor, 13, &LOOK), None);
    }

    #[test]
    fn find_before_looks_back_a_bounded_way() {
        let work = |n: usize| {
            let text = "visited x all ".repeat(n);
            counted(|| {
                let v = verb();
                text.match_indices("all")
                    .filter(|(i, _)| v.find_before(&text, *i, 0, &LOOK).is_some())
                    .count()
            })
        };
        let (hits, one) = work(1_000);
        let (_, four) = work(4_000);
        assert_eq!(hits, 1_000);
        assert!(four < 5 * one, "{four} against {one}");
    }
    use super::*;

    #[test]
    fn a_search_charges_its_haystack() {
        let p = Pattern::new("b").unwrap();
        let ((), steps) = counted(|| {
            assert!(p.is_match("abc"));
            assert_eq!(p.find_iter("bbbb").count(), 4);
        });
        assert_eq!(steps, 3 + 4);
    }

    #[test]
    fn a_set_tells_which_patterns_match_and_charges_once() {
        let set = PatternSet::new(["a+", "b", "z"]).unwrap();
        let (matched, steps) = counted(|| set.matches("xaab").into_iter().collect::<Vec<_>>());
        assert_eq!(matched, [0, 1]);
        assert_eq!(steps, 4);
        assert!(!set.is_match("xyz!") || set.is_match("z"));
    }

    #[test]
    fn counts_nest() {
        let ((), outer) = counted(|| {
            charge(5);
            let ((), inner) = counted(|| charge(7));
            assert_eq!(inner, 7);
        });
        assert_eq!(outer, 12);
    }
}
