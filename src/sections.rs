//! Splitting a document into sections: the header (embargo, press-release
//! banner, title, headline), the body, the notes to editors and the annex
//! tables. Web-page debris (menus, breadcrumbs, cookie banners) is marked so
//! that no extractor reads it.
//!
//! Sections are ranges of line indices into a [`Source`]; one pass over the
//! lines finds them all.

use std::ops::Range;
use std::sync::LazyLock;

use crate::work::Pattern;

use crate::source::{Line, Source, ends_with_ignore_case, starts_with_ignore_case};

/// Where each part of a document lies, as ranges of 0-based line indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sections {
    /// Lines before the body: banners, embargo, title, headline.
    pub header: Range<usize>,
    /// The title, as a range of lines (one paragraph).
    pub title: Option<Range<usize>>,
    /// The headline, as a range of lines (one paragraph).
    pub headline: Option<Range<usize>>,
    /// The narrative, up to "-ends-", the notes or the annex.
    pub body: Range<usize>,
    /// The notes to editors, without their heading.
    pub notes: Option<Range<usize>>,
    /// The annex (recommendations table), with its heading.
    pub annex: Option<Range<usize>>,
    /// The release going on after a table set in its middle (the chief's
    /// quote after the progress table), up to the notes: empty when the
    /// annex runs on to the notes or the end.
    pub resumed: Range<usize>,
    /// Lines that are web-page debris, to be skipped by every extractor.
    pub debris: Vec<bool>,
}

impl Sections {
    /// True when line `index` is web-page debris.
    pub fn is_debris(&self, index: usize) -> bool {
        self.debris.get(index).copied().unwrap_or(false)
    }
}

static NOTES_HEADING: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\W{0,3}(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors'?’?\s*notes?|background\s+notes?(?:\s+for\s+editors)?|notes)\s*:?\s*$")
        .expect("notes heading regex")
});

static ENDS: LazyLock<Pattern> =
    LazyLock::new(|| crate::lexicon::regex(r"(?i)^\W{0,3}ends\W{0,3}$").expect("ends regex"));

static ANNEX_HEADING: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\s*(?:(?:annex|appendix|annexe|schedule)\b.{0,80}$|(?:table\s+\d+\s*[:.\-–]\s*)?(?:progress\s+(?:against|on|made\s+(?:against|on))|status\s+of|assessment\s+of\s+progress\s+(?:against|on))\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:previous\s+|key\s+|main\s+|\d{4}\s+|original\s+)*recommendations\b.{0,40}$)")
        .expect("annex heading regex")
});

/// A table header: "Recommendation `<sep>` Progress", "No. | Recommendation |
/// Status", "No   Recommendation   Position at May 2007", "No.
/// Recommendation   Lead   Progress", "No.   Recommendation   Progress at"
/// (its last cell wrapped onto the next line), ...
pub static TABLE_HEADER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^[\s|]*(?:(?:no\.?|number|ref\.?|rec\.?|#)[\s|]+)?(?:key\s+|previous\s+)?recommendations?(?:\s*\((?:(?:19|20)\d\d|continued|cont(?:in)?'?d\.?)\))?\s*(?:\t|\s{2,}|\|)\s*(?:\|\s*)?(?:(?:lead|owner)(?:\t|\s{2,}|\s*\|\s*))?(?:progress|status|assessment|rating|outcome|judge?ment|grade|rag(?:\s+(?:rating|status))?|progress\s+made|current\s+status|inspectors'?\s+(?:assessment|judge?ment)|position)(?:\s+(?:at|in|as\s+at)\s+[a-z]+\s+\d{4}|\s*\([a-z]+\s+\d{4}\)|\s+at\s+follow[\s-]?up|\s+(?:at|in|as\s+at))?(?:[\s|]+(?:evidence|comments?|commentary|notes?|findings))?[\s|:]*$")
        .expect("table header regex")
});

/// "Page 2 of 4", "3 of 5", "-1-" alone on a line: page furniture from a
/// PDF (see [`is_page_number_line`]).
static PAGE_NUMBER_ALONE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|-\s*\d+\s*-)\s*$")
        .expect("page number regex")
});

/// A running title, then its page number: "Calderbrook Police: Revisit
/// Page 2 of 3" (after a tab or two spaces), "HMIC Press Notice 27/04
/// Page 3 of 3" (one space before a capital "Page"), "Care Inspectorate –
/// News release           3 of 3" (the number alone after a gap). The
/// shortest title.
static TITLE_THEN_PAGE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(
        r"(?i)^(?P<title>[^\t]*?)(?:(?:\t|\s{2,})(?:page\s+)?|\s(?-i:Page)\s+)\d+\s+of\s+\d+\s*$",
    )
    .expect("title then page regex")
});

/// A page number, then its running title: "Page 1 of 5    Northshire
/// follow-up".
static PAGE_THEN_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\s*page\s+\d+\s+of\s+\d+(?:\t|\s{2,})(?P<title>[^\t]*)$")
        .expect("page then title regex")
});

/// The longest running title beside a page number, in characters.
const RUNNING_TITLE_MAX: usize = 120;

/// "Page 2 of 4", "3 of 5", "-1-", and a running title of at most
/// [`RUNNING_TITLE_MAX`] characters with no tab, before or after its page
/// number ("Calderbrook Police: Revisit    Page 2 of 3", "HMIC Press Notice
/// 27/04 Page 3 of 3", "Page 1 of 5    Northshire follow-up"): page
/// furniture from a PDF.
///
/// The title's length is measured here, not bounded in the patterns: a
/// bounded run of any character but a tab held about 2 MB of lazy DFA
/// states over varied documents. A property test holds this to the one
/// pattern it replaced.
pub(crate) fn is_page_number_line(line: &str) -> bool {
    let short = |title: &str| title.chars().nth(RUNNING_TITLE_MAX).is_none();
    PAGE_NUMBER_ALONE.is_match(line)
        || TITLE_THEN_PAGE
            .captures(line)
            .and_then(|c| c.name("title"))
            .is_some_and(|t| short(t.as_str()))
        // (white space before the title may all be the gap's)
        || PAGE_THEN_TITLE
            .captures(line)
            .and_then(|c| c.name("title"))
            .is_some_and(|t| short(t.as_str().trim_start()))
}

static PRESS_BANNER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^\W*(?:{})\b",
        crate::lexicon::PRESS_BANNERS,
        "banner regex",
    )
});

static EMBARGO_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)e\s?m\s?b\s?a\s?r-?\s*g\s?o\s?e?\s?d?|{}|\bembar-\s*$",
        crate::lexicon::EMBARGO_PHRASES,
        "embargo word regex",
    )
});

static DEBRIS: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^\s*(?:{})",
        crate::lexicon::DEBRIS_LINES,
        "debris regex",
    )
});

/// "Image caption ...", "Image source, PA", "Picture: ...": a news page's
/// picture credit or caption, or both run into one line ("Image copyright
/// PA Media Image caption Hinchingbrooke in ...").
static IMAGE_CAPTION: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\s*(?:image|picture|photo(?:graph)?)\s*(?:caption|source|copyright|credit)?\s*[:,]?\s|^\s*(?:image|picture|photo)\s*(?:caption|source|copyright|credit)\s*$|(?-i:Image|Picture|Photo)\s+(?:source|copyright|credit)\s*,[^,]*$|(?-i:Image\s+copyright\s+.*\s+Image\s+caption)\s")
        .expect("image caption regex")
});

/// True when `line` holds `word` in any ASCII case. The line tests below
/// run on every line, so each pattern is tried only on lines holding a word
/// it needs: most lines are prose and a search has a cost of its own.
fn holds(line: &str, word: &[u8]) -> bool {
    let hay = line.as_bytes();
    let Some(&first) = word.first() else {
        return true;
    };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), hay).any(|at| {
        hay.get(at..at + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    })
}

/// True for a cookie banner's line: a short line about cookies, or the
/// banner's explanation, which names them more than once ("Cookies are
/// small files ... Choose the cookies you are happy to accept.").
fn is_cookie_line(line: &str) -> bool {
    if line.len() >= 600 || !holds(line, b"cookie") {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    line.split_whitespace().count() <= 30 || lower.matches("cookie").count() >= 2
}

/// How many numbered items, each rated at its end, make a list an annex.
const RATED_LIST_ITEMS: usize = 3;

/// The lines of the first list numbered 1, 2, 3, ... in order (blank lines
/// between allowed) whose every item ends with a dash and a progress
/// rating ("1. Raise success rates – very good progress"), at least
/// [`RATED_LIST_ITEMS`] long, from line `from`: an annex with no heading.
fn rated_list(lines: &[Line<'_>], debris: &[bool], from: usize) -> Option<Range<usize>> {
    let mut start = 0;
    let mut next = 1;
    let mut end = 0;
    for (k, line) in lines.iter().enumerate().skip(from) {
        if debris[k] || line.is_blank() {
            continue;
        }
        let item = rated_item(line.text);
        if item == Some(next) {
            if next == 1 {
                start = k;
            }
            next += 1;
            end = k + 1;
            continue;
        }
        if next > RATED_LIST_ITEMS as u32 {
            break;
        }
        next = 1;
        if item == Some(1) {
            start = k;
            next = 2;
            end = k + 1;
        }
    }
    (next > RATED_LIST_ITEMS as u32).then_some(start..end)
}

/// The lines from the first of a run of "Recommendation 1: ...",
/// "Recommendation 2: ...", ... blocks in order, each judged on the line
/// after it ("The Authority has made strong progress on this
/// recommendation"; lexicon `THIS_RECOMMENDATION_PHRASES`), at least
/// [`RATED_LIST_ITEMS`] of them, from line `from`: an annex with no
/// heading, as council minutes copy an inspectorate's monitoring letter.
fn judged_blocks(lines: &[Line<'_>], debris: &[bool], from: usize) -> Option<Range<usize>> {
    let kept: Vec<usize> = (from..lines.len())
        .filter(|&k| !debris[k] && !lines[k].is_blank())
        .collect();
    let mut next = 1;
    let mut start = None;
    for (i, &k) in kept.iter().enumerate() {
        let Some(number) = recommendation_heading_number(lines[k].text) else {
            continue;
        };
        let judged = kept.get(i + 1).is_some_and(|&j| {
            let after = lines[j].text.to_lowercase();
            crate::lexicon::THIS_RECOMMENDATION_PHRASES
                .iter()
                .any(|p| after.contains(p))
        });
        if number == next && judged {
            start.get_or_insert(k);
            next += 1;
        } else if number == 1 && judged {
            start = Some(k);
            next = 2;
        } else if next > RATED_LIST_ITEMS as u32 {
            break;
        }
    }
    let start = start?;
    (next > RATED_LIST_ITEMS as u32).then_some(start..lines.len())
}

/// How many status headings, each over its rows, make groups an annex.
const STATUS_GROUPS: usize = 2;

/// The lines from the first of [`STATUS_GROUPS`] or more status headings
/// before the notes, each a progress wording alone on its line after a blank line
/// with a numbered row under it ("Achieved" / "Recommendation 1: ..." /
/// "Partially achieved" / "Recommendation 2: ..."), from line `from`: an
/// annex with no heading, its rows grouped by status, as a web page sets
/// out a follow-up review (`lines` end before the notes).
fn grouped_rows(lines: &[Line<'_>], debris: &[bool], from: usize) -> Option<Range<usize>> {
    let kept: Vec<usize> = (from..lines.len())
        .filter(|&k| !debris[k] && !lines[k].is_blank())
        .collect();
    let is_status_heading = |i: usize| {
        let k = kept[i];
        let written = lines[k].text.trim().trim_end_matches(':');
        k > 0
            && lines[k - 1].is_blank()
            && crate::lexicon::rating(written) == Some(crate::lexicon::Rating::Known)
            && kept
                .get(i + 1)
                .is_some_and(|&j| first_row(&lines[j..=j]).is_some())
    };
    let headings: Vec<usize> = (0..kept.len())
        .filter(|&i| is_status_heading(i))
        .map(|i| kept[i])
        .collect();
    let start = *headings.first()?;
    (headings.len() >= STATUS_GROUPS).then_some(start..lines.len())
}

/// The number of a line that opens "Recommendation 3:" (a colon, stop or
/// dash after the number), or `None`.
fn recommendation_heading_number(line: &str) -> Option<u32> {
    let t = line.trim_start();
    let rest = t
        .get(..15)
        .filter(|w| w.eq_ignore_ascii_case("recommendation "))?;
    let rest = &t[rest.len()..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 {
        return None;
    }
    rest[digits..]
        .trim_start()
        .starts_with([':', '.', '-', '\u{2013}'])
        .then(|| rest[..digits].parse().ok())
        .flatten()
}

/// The number of a list item rated at its end ("“1. Raise success rates
/// for every learner – very good progress"), or `None`.
fn rated_item(line: &str) -> Option<u32> {
    let t = line
        .trim()
        .trim_start_matches(['"', '\u{201c}', '\u{2018}', '\'']);
    let (number, rest) = t.split_once(". ")?;
    if number.is_empty() || number.len() > 2 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    trailing_dash_rating(rest)?;
    number.parse().ok()
}

/// Where the rating that ends `text` after a spaced dash begins, and where
/// it ends before closing punctuation ("Raise the standard of teaching –
/// strong progress. “"), or `None` when no rating ends it.
pub(crate) fn trailing_dash_rating(text: &str) -> Option<Range<usize>> {
    let cut = crate::source::after_last_spaced_dash(text)?;
    let cell = text[cut..].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2019}')
    });
    let start = cut + (cell.len() - cell.trim_start().len());
    crate::lexicon::rating(cell.trim())?;
    Some(start..cut + cell.len())
}

/// A stored copy's stamp and a byline alone on a line (" date 2024-10-23
/// Martin Shipton", lexicon `STAMP_WORD`): at most three words after the
/// date, each capitalised, as a name is.
fn is_stamp_and_byline(line: &str) -> bool {
    let Some(rest) = line
        .trim_start()
        .strip_prefix(crate::lexicon::STAMP_WORD)
        .and_then(|r| r.strip_prefix(' '))
    else {
        return false;
    };
    let (date, byline) = rest.split_once(' ').unwrap_or((rest, ""));
    let iso = date.len() == 10
        && date.bytes().enumerate().all(|(k, b)| {
            if k == 4 || k == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let words: Vec<&str> = byline.split_whitespace().collect();
    iso && words.len() <= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// A page's line that says who wrote it and perhaps when: a verb of the
/// lexicon's `BYLINE_VERBS`, "by" and the writer, in a few words and no
/// comma ("Written by YGTV Team on 13 October 2022 ."), or a word of
/// `BYLINE_LEADS` and a name alone ("By Ian Dunt": two to
/// `BYLINE_NAME_WORDS_MAX` words, the first and last capitalised). Not
/// [`is_byline`], a speaker's name and post.
fn is_writers_line(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    let is = |list: &[&str], w: &str| list.iter().any(|v| w.eq_ignore_ascii_case(v));
    if is(crate::lexicon::BYLINE_LEADS, first) {
        // "By Gary Threlfold, Crime Reporter": the writer's post after a
        // comma, a few capitalised words
        let (rest, post) = match line.split_once(',') {
            Some((name, post)) => (
                name.split_whitespace().skip(1).collect::<Vec<&str>>(),
                post.split_whitespace().collect::<Vec<&str>>(),
            ),
            None => (rest, Vec::new()),
        };
        let post_ok = post.len() <= crate::lexicon::BYLINE_NAME_WORDS_MAX
            && post.iter().all(|w| w.starts_with(char::is_uppercase));
        if !post_ok {
            return false;
        }
        let name_word = |w: &&str| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
        };
        // (a name's small words may be lower case: "Mary Ann de Souza")
        let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
        return (2..=crate::lexicon::BYLINE_NAME_WORDS_MAX).contains(&rest.len())
            && rest.iter().all(name_word)
            && rest.first().is_some_and(capitalised)
            && rest.last().is_some_and(capitalised);
    }
    is(crate::lexicon::BYLINE_VERBS, first)
        && rest.len() < crate::lexicon::BYLINE_WORDS_MAX
        && rest.iter().any(|w| w.eq_ignore_ascii_case("by"))
        && !line.contains(',')
}

/// How many lines above a caption the heading it repeats may stand.
const CAPTION_REACH: usize = 4;

/// Whether line `i` repeats the name a heading just above it opens with,
/// before a dash or colon ("Answering the Call - A follow-up Review" /
/// "Publication: 23/09/15" / "Answering the Call"): a caption or a link
/// under the heading, not a heading of its own.
fn repeats_a_heading_s_name(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text.trim();
    if t.is_empty() || t.len() > 120 {
        return false;
    }
    // (the heading's rest names a kind of report, "A follow-up Review"; a
    // browser title's rest names the site, "- Refugee Council", and the
    // heading under it is the page's own)
    static REPORT_KIND: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::words_pattern(
            r"(?i)\b(?:{})\b",
            crate::lexicon::REPORT_WORDS,
            "report kind regex",
        )
    });
    lines[i.saturating_sub(CAPTION_REACH)..i]
        .iter()
        .any(|above| {
            above.text.trim().strip_prefix(t).is_some_and(|rest| {
                crate::source::SPACED_DASHES
                    .into_iter()
                    .chain([": "])
                    .any(|d| rest.starts_with(d))
                    && REPORT_KIND.is_match(rest)
            })
        })
}

/// A download link: a short line ending in the file's size in brackets
/// ("Follow-up inspection of the Serious Fraud Office (786 kB)", "Full
/// report (PDF, 1.2 MB)"; units in lexicon `FILE_SIZE_UNITS`). It names a
/// file to fetch, not the page's heading.
fn is_download_link(line: &str) -> bool {
    let t = line.trim_end();
    // ("Download: Quenbury JTAI letter (PDF, 312 KB)" is a metadata line,
    // read as such)
    if t.split('(')
        .next()
        .is_some_and(|before| before.contains(':'))
    {
        return false;
    }
    let Some(inside) = t
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .map(|(_, inside)| inside.trim())
    else {
        return false;
    };
    if t.len() > 300 {
        return false;
    }
    let size = inside.rsplit(',').next().unwrap_or(inside).trim();
    let digits = size.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    digits.len() < size.len()
        && crate::lexicon::FILE_SIZE_UNITS
            .iter()
            .any(|u| digits.trim().eq_ignore_ascii_case(u))
}

/// A breadcrumb trail: two or more "›"-style separators between short
/// items ("Hafan > Newyddion > Datganiadau i'r wasg").
fn is_breadcrumb(line: &str) -> bool {
    let separators =
        line.matches(" > ").count() + line.matches(" › ").count() + line.matches(" » ").count();
    // "Highland Life / News / Highland Council News / <page>": slashes part
    // a trail of four items or more (two items may be one caption in two
    // languages: "Search / Chwilio")
    let slashes = line.matches(" / ").count();
    let separators = if slashes >= 3 {
        separators + slashes
    } else {
        separators
    };
    // (a long page name at its end: "News and Events > CJI News Archive >
    // 2009 > April - June > Public Prosecution Service follow-up ...")
    let most_words = if separators >= 3 { 32 } else { 16 };
    separators >= 2
        && line.split_whitespace().count() <= most_words
        && !line.trim_end().ends_with('.')
}

/// A breadcrumb whose separators were lost: its root ("Home"), then one to
/// [`RUN_TOGETHER_CRUMB_WORDS_MAX`](crate::lexicon::RUN_TOGETHER_CRUMB_WORDS_MAX)
/// capitalised words and nothing else, each a site's section (lexicon
/// `SITE_SECTION_WORDS`: "Home Opinion Letters", not "Home Office").
fn is_run_together_breadcrumb(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let Some(root) = words.next() else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    crate::lexicon::is_breadcrumb_root(root)
        && root.starts_with(char::is_uppercase)
        && (1..=crate::lexicon::RUN_TOGETHER_CRUMB_WORDS_MAX).contains(&rest.len())
        && rest.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && crate::lexicon::SITE_SECTION_WORDS
                    .iter()
                    .any(|s| w.eq_ignore_ascii_case(s))
        })
}

/// [`is_page_number_line`]: every form holds "page" or " of ", or opens with a digit or a dash.
pub(crate) fn is_page_footer(line: &str) -> bool {
    (holds(line, b"page")
        || holds(line, b" of ")
        || line
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit() || c == '-'))
        && (is_page_number_line(line) || BILINGUAL_PAGE_FOOTER.is_match(line))
}

/// A bilingual running footer's end, the page in both languages: "... -
/// Tudalen 2 / Page 2" (lexicon `PAGE_WORDS_OTHER_LANGUAGE`).
static BILINGUAL_PAGE_FOOTER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})\s+\d+\s*/\s*page\s+\d+\s*$",
        crate::lexicon::PAGE_WORDS_OTHER_LANGUAGE,
        "bilingual page footer regex",
    )
});

/// [`TABLE_HEADER`]: every form names the recommendations.
pub(crate) fn is_table_header(line: &str) -> bool {
    holds(line, b"recommendation")
        && (TABLE_HEADER.is_match(line)
            || STATUS_FIRST_HEADER.is_match(line)
            || (line.len() <= FLATTENED_HEADER_MAX && FLATTENED_HEADER.is_match(line)))
}

/// The longest [`FLATTENED_HEADER`], in bytes (measured here: a bounded
/// run in the pattern holds many lazy DFA states).
const FLATTENED_HEADER_MAX: usize = 120;

/// A table header whose cells text extraction ran together with single
/// spaces: "No. Recommendation Position at follow-up Inspectors'
/// commentary". Only with the number's column first, which no sentence
/// opens with.
static FLATTENED_HEADER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\s*(?:no\.|number|ref\.?)\s+recommendations?\s+(?:progress|status|position|assessment|rating|outcome)\b[^.]*$")
        .expect("flattened header regex")
});

/// A table header with the status column first: "Status   No.
/// Recommendation", "Progress | Rec | Recommendation (continued)".
static STATUS_FIRST_HEADER: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^[\s|]*(?:status|progress|assessment|rating)(?:\t|\s{2,}|\s*\|\s*)(?:no\.?|number|ref\.?|rec\.?|#)(?:\t|\s{2,}|\s*\|\s*)recommendations?(?:\s*\(continued\))?[\s|:]*$")
        .expect("status-first header regex")
});

/// [`NOTES_HEADING`]: every form holds "note".
fn is_notes_heading(line: &str) -> bool {
    // "Nodiadau i olygyddion / Notes for editors", "Notes to editors /
    // Nodiadau i olygyddion": a bilingual heading's English part, either
    // side
    holds(line, b"note")
        && (NOTES_HEADING.is_match(line)
            || line.split_once(" / ").is_some_and(|(first, second)| {
                NOTES_HEADING.is_match(first) || NOTES_HEADING.is_match(second)
            }))
}

/// [`ENDS`]: "ends" and at most three marks each side.
fn is_ends(line: &str) -> bool {
    holds(line, b"ends") && ENDS.is_match(line)
}

/// [`ANNEX_HEADING`]: an annex, appendix or schedule, or recommendations.
fn is_annex_heading(line: &str) -> bool {
    [&b"annex"[..], b"appendix", b"schedule", b"recommendation"]
        .iter()
        .any(|w| holds(line, w))
        && ANNEX_HEADING.is_match(line)
}

/// How many lines above an entry of a contents list another entry's page
/// number may be (a chapter's name may wrap over two lines).
const CONTENTS_NUMBER_REACH: usize = 3;

/// True when line `k` is an entry of a contents list, each entry's page
/// number on the line under it ("9." / "What happens next?" / "19" /
/// "Appendix 1 Indicators of quality" / "20"), or after a leader on its
/// own line ("Appendix 1 .......... 20"): an entry names a section, and
/// opens none.
fn is_contents_entry(lines: &[Line<'_>], k: usize) -> bool {
    let page_number = |t: &str| {
        let t = t.trim();
        (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
    };
    let text = lines[k].text.trim_end();
    let leader = text
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end()
        .ends_with("...");
    let numbered_under = lines
        .get(k + 1..)
        .and_then(|rest| rest.iter().find(|l| !l.is_blank()))
        .is_some_and(|l| page_number(l.text));
    let numbered_above = lines[k.saturating_sub(CONTENTS_NUMBER_REACH)..k]
        .iter()
        .any(|l| page_number(l.text));
    leader || (numbered_under && numbered_above)
}

/// True when a heading says "annex", "appendix" or "schedule": a heading
/// such as "PROGRESS AGAINST RECOMMENDATIONS" may head a section of the
/// narrative instead, and opens the annex only when rows follow it.
fn names_an_annex(line: &str) -> bool {
    [&b"annex"[..], b"appendix", b"schedule"]
        .iter()
        .any(|w| holds(line, w))
}

/// True when a table's header or a numbered row ("Recommendation 1", "1.",
/// "R1", "(a)") is among the first lines that are not blank.
fn rows_follow(lines: &[Line<'_>]) -> bool {
    first_row(lines).is_some()
}

/// Where in `lines` the first table header or numbered row stands, among
/// the first lines that are not blank (see [`rows_follow`]).
fn first_row(lines: &[Line<'_>]) -> Option<usize> {
    static ROW: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(
            r"^\s*(?:(?i:recommendation|rec\.?)\s*\d{1,3}|R?\d{1,3}[.):\t ]|\([a-z]\)|\|)",
        )
        .expect("annex row regex")
    });
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .take(4)
        .find(|(_, l)| is_table_header(l.text) || ROW.is_match(l.text))
        .map(|(k, _)| k)
}

/// Where the annex a heading opens at line `k` starts its rows, when a
/// paragraph of prose stands between them ("Progress on the 2011
/// recommendations" / "The 2011 report made 12 recommendations. ... five
/// had been implemented ..." / "No. Recommendation Status"): that
/// paragraph is the narrative's, and the annex starts at the rows.
fn rows_after_prose(lines: &[Line<'_>], k: usize) -> Option<usize> {
    let rows = k + 1 + first_row(&lines[k + 1..])?;
    let prose = lines[k + 1..rows]
        .iter()
        .filter(|l| !l.is_blank())
        .any(|l| {
            let t = l.text.trim();
            t.len() >= PROSE_LINE_MIN && t.contains(". ") && t.ends_with(['.', ':'])
        });
    prose.then_some(rows)
}

/// The fewest bytes of a line of prose between an annex's heading and its
/// rows.
const PROSE_LINE_MIN: usize = 60;

/// [`IMAGE_CAPTION`]: the line opens with the picture's word.
fn is_image_caption(line: &str) -> bool {
    let t = line.trim_start().as_bytes();
    // "A woman at a windowImage source, Getty Images": the credit glued to
    // the picture's description, as news pages lose it to plain text
    let credit_glued = [&b"Image "[..], b"Picture ", b"Photo "]
        .iter()
        .any(|w| memchr::memmem::find(t, w).is_some());
    ([&b"image"[..], b"picture", b"photo"]
        .iter()
        .any(|w| t.len() >= w.len() && t[..w.len()].eq_ignore_ascii_case(w))
        || credit_glued)
        && IMAGE_CAPTION.is_match(line)
}

/// A cell of a page's layout table, as pages saved to text keep them: a
/// picture in markdown ("![]() |", "![Logo](/logo.png)") or a few words
/// closed by a bar ("Editor |"). A table of the release's own opens its
/// rows with a bar or holds more than one.
fn is_layout_cell(line: &str) -> bool {
    let t = line.trim();
    let picture = t.starts_with("![") && t.contains("](");
    let closed_cell = t.ends_with('|')
        && !t.starts_with('|')
        && t.matches('|').count() == 1
        && t.split_whitespace().count() <= 3;
    picture || closed_cell
}

/// True for a menu laid out on one line: four or more short items apart by
/// wide gaps, tabs or bars ("Home    About us    News", "Home\tAbout\tNews\t
/// Resources").
fn is_menu_line(line: &str) -> bool {
    // A menu is short, has no sentence in it and needs wide gaps or bars.
    let t = line.trim();
    if t.len() > 160
        || t.contains(". ")
        || !(t.contains("  ") || t.contains('|') || t.contains('\t'))
    {
        return false;
    }
    static GAP: LazyLock<Pattern> =
        LazyLock::new(|| crate::lexicon::regex(r"\s{2,}|\t|\s*\|\s*").expect("gap regex"));
    let items: Vec<&str> = GAP.split(line.trim()).filter(|i| !i.is_empty()).collect();
    // Bars part the items of a menu even when there are only two ("Back to
    // press releases | Back to top").
    let barred = t.contains('|') && !t.starts_with('|');
    (items.len() >= 4 || (barred && items.len() >= 2))
        && items.iter().all(|i| {
            i.split_whitespace().count() <= 4
                && !i.ends_with('.')
                && !i.chars().any(|c| c.is_ascii_digit())
        })
}

/// True for a line that is one phrase twice with nothing between ("Antrim
/// Area HospitalAntrim Area Hospital"): a picture's text and its caption
/// run together.
fn is_glued_twice(line: &str) -> bool {
    said_twice(line).is_some()
}

/// The phrase a line says twice, run together or with one space between
/// ("Antrim Area HospitalAntrim Area Hospital", "Inspectors go back ...
/// Inspectors go back ..."): a picture's text and its caption.
fn said_twice(line: &str) -> Option<&str> {
    let t = line.trim();
    if !(8..=240).contains(&t.len()) {
        return None;
    }
    let half = t.len() / 2;
    let glued = t.len() % 2 == 0
        && t.is_char_boundary(half)
        && t[..half] == t[half..]
        && !t[half..].starts_with(' ');
    let spaced = t.len() % 2 == 1
        && t.is_char_boundary(half)
        && t.as_bytes()[half] == b' '
        && t[..half] == t[half + 1..];
    (glued || spaced).then(|| &t[..half])
}

/// [`crate::lexicon::INSPECTION_KIND_LABEL`], the whole line.
static INSPECTION_KIND: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^\s*{}",
        crate::lexicon::INSPECTION_KIND_LABEL
    ))
    .expect("inspection kind label regex")
});

/// True when line `k` ends with a colon and the next line that is not
/// blank opens with a bullet: "This release covers:" over its list is the
/// list's lead-in, no heading.
fn leads_into_list(lines: &[Line<'_>], k: usize) -> bool {
    lines[k].text.trim_end().ends_with(':')
        && lines[k + 1..]
            .iter()
            .find(|l| !l.is_blank())
            .is_some_and(|l| opens_with_bullet(l.text.trim_start()))
}

/// True when `line` opens with a bullet glyph ("•", "▪", "●") or a typed
/// bullet ("* "; lexicon `TYPED_BULLETS`): an item of a menu, a breadcrumb,
/// a downloads box or a bulletin's contents when it stands in a header.
fn opens_with_bullet(line: &str) -> bool {
    line.starts_with(crate::lexicon::is_bullet_mark)
        || crate::lexicon::TYPED_BULLETS
            .iter()
            .any(|b| line.starts_with(b))
}

/// True for a line that only says what kind of page this is ("Press
/// release", "NEWS RELEASE", "News story"): a banner of at most three words.
pub(crate) fn is_kind_label(line: &str) -> bool {
    let t = line.trim();
    PRESS_BANNER.is_match(t)
        && t.split_whitespace().count() <= 3
        && t.split_whitespace()
            .all(|w| w.chars().all(char::is_alphabetic))
}

/// True for what a browser's page title puts after the heading: a dash or
/// a bar, then a site's name of a few words ("- Refugee Council", "|
/// Yorkshire Post").
fn is_site_name_suffix(rest: &str) -> bool {
    let Some(name) = rest
        .trim_start()
        .strip_prefix(['-', '|', '\u{2013}', '\u{2014}'])
        .filter(|_| rest.starts_with(' '))
    else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && !name.contains(['.', ':', ',', '?', '!'])
}

/// A site's notice of its own troubles (lexicon `SITE_NOTICE_PHRASES`):
/// "The desktop version of Police Oracle is being affected by network
/// problems at the moment."
fn is_site_notice(line: &str) -> bool {
    let lower = line.to_lowercase();
    crate::lexicon::SITE_NOTICE_PHRASES
        .iter()
        .any(|phrase| lower.contains(phrase))
}

/// How many words the label over a block of scores holds at most ("Key
/// scores").
const SCORE_LABEL_WORDS: usize = 3;

/// A line giving a score as a percentage after its label ("Pre-charge
/// decisions: 62.4%", "Overall casework quality: 64.3%").
fn is_score_line(line: &str) -> bool {
    line.trim().rsplit_once(':').is_some_and(|(label, value)| {
        let value = value.trim();
        let number = value.strip_suffix('%').unwrap_or("");
        !label.trim().is_empty()
            && label.split_whitespace().count() <= 6
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    })
}

/// How many lines from a page's top a picture under its heading stands.
const PICTURE_CAPTION_REACH: usize = 15;

/// How many words a picture's caption holds at most.
const PICTURE_CAPTION_WORDS: usize = 12;

/// True when `line` and the `next` line are the same short words, not a
/// sentence of the story: a picture's caption printed with its
/// description.
fn is_picture_words_twice(line: &str, next: Option<&str>) -> bool {
    let words = line.split_whitespace().count();
    // (the caption's gaps may be wider than its description's: "The Graan
    // Abbey Nursing Home, Enniskillen    RMGFH45")
    next.is_some_and(|next| next.split_whitespace().eq(line.split_whitespace()))
        && (1..=PICTURE_CAPTION_WORDS).contains(&words)
}

/// True when `line` ends with a picture library's reference: a word of
/// capitals and digits, both ("RMGFH45", "LV36-705MML").
fn ends_with_picture_reference(line: &str) -> bool {
    line.split_whitespace().next_back().is_some_and(|w| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase() || c == '-')
    })
}

/// A news site's section label or strapline on a line of its own: a few
/// words ending with one of the lexicon's `SECTION_LABEL_ENDINGS`
/// ("Northern Ireland news", "Your Merriton, your news").
fn is_news_section_label(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() <= crate::lexicon::SECTION_LABEL_WORDS_MAX
        && words.last().is_some_and(|last| {
            crate::lexicon::SECTION_LABEL_ENDINGS
                .iter()
                .any(|e| last.eq_ignore_ascii_case(e))
        })
}

/// A newspaper's masthead: two to `MASTHEAD_WORDS_MAX` capitalised words
/// (or "The"), the last one of the lexicon's `NEWSPAPER_NAME_ENDINGS`
/// ("Merriton Evening Post").
fn is_masthead(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=crate::lexicon::MASTHEAD_WORDS_MAX).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        && words
            .last()
            .is_some_and(|last| crate::lexicon::NEWSPAPER_NAME_ENDINGS.contains(last))
}

/// A page's date and writer on one line, parted by bars ("16 Aug 2013 |
/// Posted by Carl Thomas"): every part a date or a writer's line
/// ([`is_writers_line`]), one of them a writer's.
fn is_dated_byline(line: &str) -> bool {
    if !line.contains('|') {
        return false;
    }
    let mut writer = false;
    let all = line.split('|').map(str::trim).all(|part| {
        if is_writers_line(part) {
            writer = true;
            return true;
        }
        crate::dates::find_date(part).is_some_and(|d| d.range == (0..part.len()))
    });
    all && writer
}

/// How many keys a line of machine data holds at least.
const DATA_RECORD_KEYS: usize = 3;

/// A line of machine data around a page's text, a JSON record a data
/// service wrapped it in (`{ "format" : "linked-data-api", "version" :
/// ...`): it opens with a brace and holds several quoted keys.
fn is_data_record(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with(['{', '['])
        && line.matches("\" :").count() + line.matches("\":").count() >= DATA_RECORD_KEYS
}

/// True for the frame of a box drawn in text around an embargo or a
/// notice: a rule of dashes, equals signs or stars ("-------"), or an empty
/// framed line ("|          |").
fn is_box_border(line: &str) -> bool {
    let t = line.trim();
    let rule = t.len() >= 10 && t.chars().all(|c| matches!(c, '-' | '=' | '*' | '_' | '+'));
    let empty_frame = t.len() >= 10
        && t.starts_with('|')
        && t.ends_with('|')
        && t[1..t.len() - 1].trim().is_empty();
    rule || empty_frame
}

/// True for a line of a navigation menu: a few words with no sentence
/// punctuation. Inside a menu (`items` lines into it), a sub-item may hang
/// under its item after a dash ("About us" above " - Area inspections"),
/// and once the menu is plain (four items) its sections may be bulleted
/// ("• Membership and fees"); a short bulleted list of a page's own comes
/// after a sentence, not a menu.
fn is_menu_like(line: &str, items: usize) -> bool {
    let mut t = line.trim();
    if items >= 1 {
        t = t.strip_prefix("- ").unwrap_or(t);
    }
    if items >= 4 {
        t = t.strip_prefix("• ").unwrap_or(t);
    }
    // a bulleted section of a menu may run longer ("• Qualifying as a
    // Scottish solicitor")
    let most = if t.len() < line.trim().len() && items >= 4 {
        6
    } else {
        3
    };
    is_menu_item(t, most)
}

/// One to `most` words with no sentence punctuation, digits or bullet: an
/// item of a menu.
fn is_menu_item(t: &str, most: usize) -> bool {
    let words = t.split_whitespace().take(most + 1).count();
    (1..=most).contains(&words)
        && !t.ends_with(['.', ':', ';', ','])
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.starts_with(['-', '•', '*', '"', '“'])
}

/// How many lines above a run of links are looked at for the sentence
/// that lists them.
const LIST_LOOK_BACK: usize = 40;

/// True for a line made of links and nothing else (its addresses blanked,
/// `links`): a menu, a breadcrumb, share buttons, a site's logo ("Home",
/// "News > Releases", "Share: Email  Twitter"). Each link's words are a
/// short label with no comma inside, and only separators stand between
/// and after them; a list of sites, each a link, names places with commas
/// ("St Anne's Hospital, Poole").
fn is_link_line(line: &Line<'_>, links: &[Range<usize>]) -> bool {
    let Some(last) = links.last() else {
        return false;
    };
    let separators: &[char] = &['*', '•', '>', '|', ',', ':', '-', '/', '·'];
    let mut from = line.start;
    for link in links {
        let label = &line.text[from.saturating_sub(line.start).min(line.text.len())
            ..link.start.saturating_sub(line.start).min(line.text.len())];
        let label = label.trim_matches(|c: char| c.is_whitespace() || separators.contains(&c));
        if label.split_whitespace().count() > 6 || label.contains(", ") {
            return false;
        }
        from = link.end;
    }
    let tail = &line.text[last.end.saturating_sub(line.start).min(line.text.len())..];
    tail.trim_matches(|c: char| c.is_whitespace() || separators.contains(&c))
        .is_empty()
}

/// The fewest words a running foot over a page's number holds.
const RUNNING_FOOT_WORDS: usize = 4;

/// The most words a running foot over a page's number holds.
const RUNNING_FOOT_WORDS_MAX: usize = 14;

/// The most words a line of an image's words holds.
const IMAGE_WORDS_MAX: usize = 8;

/// True when `line` is an image's words in place of the image, a short
/// line ending with a word for what the image is ("Northern Ireland
/// Assembly Flax Flower Logo"; lexicon `IMAGE_KIND_WORDS`). (A word test,
/// not a pattern: a bounded run before the word made the debris pattern's
/// states grow by megabytes.)
fn is_image_words(line: &str) -> bool {
    // "Prisons and Probation Ombudsman 2021/22 Annual Report. For
    // decorative purposes only.": an image's alternative text, which says
    // so at its end (lexicon IMAGE_ALT_ENDINGS)
    let bare = line.trim_end().trim_end_matches('.');
    if crate::lexicon::IMAGE_ALT_ENDINGS
        .iter()
        .any(|e| ends_with_ignore_case(bare, e))
    {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let of_kind = |w: &&str| {
        crate::lexicon::IMAGE_KIND_WORDS
            .iter()
            .any(|k| w.eq_ignore_ascii_case(k))
    };
    // "final logo red (RGB)": an image file's name, the kind anywhere and
    // a colour model or file type beside it (lexicon IMAGE_FORMAT_WORDS)
    let of_format = |w: &&str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        crate::lexicon::IMAGE_FORMAT_WORDS
            .iter()
            .any(|f| bare.eq_ignore_ascii_case(f))
    };
    words.len() <= IMAGE_WORDS_MAX
        && ((words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words.last().is_some_and(of_kind))
            || (words.iter().any(of_kind) && words.iter().any(of_format)))
}

/// The most lines a forwarded e-mail's covering note may run to between
/// its header and the rule under it: a greeting, a line or two, a sign-off.
const COVERING_NOTE_LINES: usize = 15;

/// True when `line` is a rule drawn with one character ("_____",
/// "-----", "=====", eight at least), as a mail program draws under a
/// covering note.
fn is_rule(line: &str) -> bool {
    let t = line.trim();
    t.len() >= 8
        && ['_', '-', '=', '\u{2014}', '\u{2013}']
            .iter()
            .any(|&c| t.chars().all(|x| x == c))
}

/// Splits `source` into sections.
pub fn split(source: &Source<'_>) -> Sections {
    let n = source.line_count();
    let mut debris = vec![false; n];
    let lines: Vec<Line<'_>> = source.lines().collect();

    let mut footers: Vec<usize> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let footer = is_page_footer(line.text);
        if footer {
            footers.push(i);
        }
        if DEBRIS.is_match(line.text)
            || crate::lexicon::is_story_age(line.text)
            || is_breadcrumb(line.text)
            // a bilingual page's "Search / Chwilio": the first language's part
            // ("Cymraeg Chwilio / Search": the chrome may be either part)
            || line.text.split_once(" / ").is_some_and(|(first, second)| {
                DEBRIS.is_match(first) || DEBRIS.is_match(second)
            })
            || footer
            || is_image_words(line.text)
            || is_cookie_line(line.text)
            || is_download_link(line.text)
            || ends_with_ignore_case(line.text.trim_end(), crate::lexicon::BACK_TO_TOP_SUFFIX)
            || (is_menu_line(line.text) && !is_table_header(line.text))
            || is_box_border(line.text)
            || is_glued_twice(line.text)
            // the caption said once above the line that says it twice
            || lines
                .get(i + 1)
                .and_then(|next| said_twice(next.text))
                .is_some_and(|phrase| phrase == line.text.trim())
            || is_layout_cell(line.text)
            || repeats_a_heading_s_name(&lines, i)
            || is_stamp_and_byline(line.text)
            || is_writers_line(line.text)
            || is_dated_byline(line.text)
            || is_news_section_label(line.text)
            || (i < PICTURE_CAPTION_REACH && is_masthead(line.text))
            || is_data_record(line.text)
            || (i < crate::lexicon::SITE_NOTICE_REACH && is_site_notice(line.text))
        {
            debris[i] = true;
        }
        // A news page's picture under the story's heading: its caption and
        // its description, the same words on two lines running
        // ("Magilligan Prison. LV36-705MML" twice); not the page's first
        // words, which may print a heading twice, nor a table's rows
        // further down.
        // (one blank line may stand between the two where they end with
        // the picture's reference, as a heading printed twice does not:
        // "The Graan Abbey Nursing Home, Enniskillen RMGFH45")
        let again = match lines.get(i + 1) {
            Some(next) if next.is_blank() && ends_with_picture_reference(line.text) => i + 2,
            _ => i + 1,
        };
        if i > 0
            && i < PICTURE_CAPTION_REACH
            && lines[..i].iter().any(|l| !l.is_blank())
            && is_picture_words_twice(line.text, lines.get(again).map(|l| l.text))
        {
            debris[i] = true;
            debris[again] = true;
        }
        // A page's detail key alone on its line and its value under it
        // ("Part of:" / "Borders and immigration inspections: 2016 ...")
        let key = line.text.trim().strip_suffix(':').unwrap_or("");
        if crate::lexicon::DETAIL_KEYS_OVER_VALUE
            .iter()
            .any(|k| key.eq_ignore_ascii_case(k))
        {
            debris[i] = true;
            if lines.get(i + 1).is_some_and(|next| !next.is_blank()) {
                debris[i + 1] = true;
            }
        }
        // A news page's picture: its caption line and, just above it, the
        // picture's description ("Prison officer at a jail").
        if is_image_caption(line.text) {
            debris[i] = true;
            if i > 0
                && !lines[i - 1].is_blank()
                && lines[i - 1].text.split_whitespace().count() <= 12
            {
                debris[i - 1] = true;
            }
        }
    }
    // A page's running header after the last page's footer ("HMCPSI
    // PRESS RELEASE No. 19/11" under "... Page 2 of 3") is furniture, even
    // inside an annex row that goes on over the page break.
    // A running foot printed over each page's number ("HM Inspectorate of
    // Probation – Brackley Moor and Helmsworth PDU" / "Page 2 of 3"): the
    // same line of a few words or more above two footers or more is
    // furniture (a short cell such as "Partially achieved" may end two
    // pages of a table).
    let feet: Vec<usize> = footers
        .iter()
        .filter_map(|&i| (0..i).rev().find(|&k| !lines[k].is_blank()))
        .filter(|&k| {
            // (a name, not a sentence of a row wrapped the same way twice)
            let words = lines[k].text.split_whitespace().count();
            (RUNNING_FOOT_WORDS..=RUNNING_FOOT_WORDS_MAX).contains(&words)
                && !lines[k].text.contains(['.', ',', ';'])
        })
        .collect();
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for &k in &feet {
        *seen.entry(lines[k].text.trim()).or_default() += 1;
    }
    for &k in &feet {
        if seen
            .get(lines[k].text.trim())
            .is_some_and(|&times| times >= 2)
        {
            debris[k] = true;
        }
    }
    for i in footers {
        for k in (i + 1..n).filter(|&k| !lines[k].is_blank()).take(2) {
            // (a form feed before the line opens a new page)
            let opens_page =
                lines[k].start > 0 && source.text().as_bytes()[lines[k].start - 1] == b'\x0c';
            if is_running_header(lines[k].text, opens_page) {
                debris[k] = true;
            }
        }
        // and the same title printed as the page's foot, just above its
        // number ("CJI Press Release: Recall follow-up review" / "Page 3
        // of 4")
        if let Some(k) = (0..i).rev().find(|&k| !lines[k].is_blank()) {
            if is_running_header(lines[k].text, false) {
                debris[k] = true;
            }
        }
    }
    // Lines made of links are chrome, unless a sentence ending in a colon
    // brings them in as a list ("CQC visited four of its locations:").
    let mut i = 0;
    while i < n {
        let is_links =
            |k: usize| is_link_line(&lines[k], source.links_in(lines[k].start..lines[k].end()));
        if !is_links(i) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && (lines[j].is_blank() || is_links(j)) {
            j += 1;
        }
        // the sentence above the list, past the list's items with commas
        // (a bounded look back: a page of such lines stays linear)
        let listed = lines[i.saturating_sub(LIST_LOOK_BACK)..i]
            .iter()
            .rev()
            .find(|l| !l.is_blank() && source.links_in(l.start..l.end()).is_empty())
            .is_some_and(|l| l.text.trim_end().ends_with(':'));
        if !listed {
            debris[i..j].iter_mut().for_each(|d| *d = true);
        }
        i = j;
    }
    // Runs of three or more menu-like lines are navigation.
    let mut i = 0;
    while i < n {
        if is_menu_like(lines[i].text, 0) {
            let mut j = i;
            let mut items = 0;
            // once the menu is plain (four items), an item of up to five
            // words with more menu after it ("Campaign against prison
            // slavery" between "Prisoners requests" and "Links")
            let longer_item = |k: usize, items: usize| {
                items >= 4
                    && is_menu_item(lines[k].text.trim(), 5)
                    && (k + 1..n)
                        .find(|&m| !lines[m].is_blank())
                        .is_some_and(|m| is_menu_like(lines[m].text, items))
            };
            while j < n
                && (lines[j].is_blank()
                    || is_menu_like(lines[j].text, items)
                    || longer_item(j, items))
            {
                items += usize::from(!lines[j].is_blank());
                j += 1;
            }
            let menu_lines = (i..j).filter(|&k| !lines[k].is_blank()).count();
            // A column of progress ratings printed after its table's texts
            // ("Achieved", "Substantial progress", ...), under its heading
            // ("Progress at revisit") or not, is not a menu.
            let ratings = (i..j)
                .filter(|&k| {
                    !lines[k].is_blank() && crate::lexicon::rating(lines[k].text.trim()).is_some()
                })
                .count();
            if menu_lines >= 4 && ratings + 1 < menu_lines {
                for flag in &mut debris[i..j] {
                    *flag = true;
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }

    // A forwarded e-mail's header ("From: ...", "Sent: ...", "To: ...",
    // "Subject: ..."): two or more such lines together, one of them the
    // sender's.
    let mut i = 0;
    while i < n {
        let mut j = i;
        while j < n && crate::lexicon::mail_header_field(lines[j].text).is_some() {
            j += 1;
        }
        let from = (i..j).any(|k| {
            crate::lexicon::mail_header_field(lines[k].text)
                .is_some_and(|f| crate::lexicon::MAIL_SENDER_FIELDS.contains(&f))
        });
        if j - i >= 2 && from {
            debris[i..j].iter_mut().for_each(|d| *d = true);
            // the sender's covering note under the header ("Please find
            // below ... Regards / CJI Press Office"), down to the rule that
            // parts it from the release forwarded
            let rule = (j..n.min(j + COVERING_NOTE_LINES)).find(|&k| is_rule(lines[k].text));
            if let Some(k) = rule {
                debris[j..=k].iter_mut().for_each(|d| *d = true);
            }
        }
        i = j.max(i + 1);
    }
    // A numbered breadcrumb ("1. Home", "2. News and events", "3. Legal
    // news", "4. <the page's heading>"): the steps after "Home" are chrome.
    for i in 0..n {
        let first = lines[i].text.trim();
        if !first
            .strip_prefix("1.")
            .is_some_and(|r| r.trim().eq_ignore_ascii_case("home"))
        {
            continue;
        }
        for (step, k) in (2..).zip(i + 1..n) {
            let t = lines[k].text.trim();
            let Some(rest) = t.strip_prefix(&format!("{step}.")) else {
                break;
            };
            if rest.split_whitespace().count() > 14 {
                break;
            }
            debris[k] = true;
        }
    }
    // A short line wedged between two lines of chrome is chrome too: a
    // site's name between "Skip to content" and its menu. (A page's own
    // heading stands apart, with blank lines around it.)
    for i in 1..n.saturating_sub(1) {
        if !debris[i]
            && !lines[i].is_blank()
            && lines[i].text.split_whitespace().count() <= 5
            && debris[i - 1]
            && debris[i + 1]
        {
            debris[i] = true;
        }
    }

    let body_start = first_body_line(&lines, &debris);
    let find_from =
        |from: usize, is: fn(&str) -> bool| (from..n).find(|&k| !debris[k] && is(lines[k].text));
    let notes_heading = find_from(body_start, is_notes_heading);
    let ends = find_from(body_start, is_ends);
    // "... is set out in the" / "Appendix below.": a sentence wrapped onto
    // a line that opens with the word, after a line ending in a word in
    // lower case
    let goes_on_from_above = |k: usize| {
        k > 0
            && !debris[k - 1]
            && lines[k - 1]
                .text
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()))
    };
    let annex_start = (body_start..n).find(|&k| {
        !debris[k]
            && (is_annex_heading(lines[k].text) || is_table_header(lines[k].text))
            && !is_inside_note_sentence(lines[k].text)
            && !goes_on_from_above(k)
            && !is_contents_entry(&lines, k)
            && (names_an_annex(lines[k].text)
                || is_table_header(lines[k].text)
                || rows_follow(&lines[k + 1..]))
    });

    // (a heading's prose before its rows is the narrative's)
    let annex_start = annex_start.map(|k| {
        let heading_only = !names_an_annex(lines[k].text) && !is_table_header(lines[k].text);
        heading_only
            .then(|| rows_after_prose(&lines, k))
            .flatten()
            .unwrap_or(k)
    });

    // A numbered list rated item by item with no heading over it ("1. Raise
    // success rates - very good progress"): an annex set in the body,
    // which goes on after it.
    let rated = if annex_start.is_none() {
        let stop = notes_heading.unwrap_or(n);
        rated_list(&lines[..stop], &debris, body_start)
            // ("Recommendation 1: ..." / "The Authority has made strong
            // progress on this recommendation", block after block)
            .or_else(|| judged_blocks(&lines[..stop], &debris, body_start))
    } else {
        None
    };
    // ("Achieved" / "Recommendation 1: ..." / "Not achieved" / ...: rows
    // grouped under status headings, the annex running on to the notes)
    let grouped = match (annex_start, &rated) {
        (None, None) => grouped_rows(&lines[..notes_heading.unwrap_or(n)], &debris, body_start),
        _ => None,
    };
    let annex_start = annex_start
        .or(rated.as_ref().map(|r| r.start))
        .or(grouped.map(|g| g.start));

    // A news site's links and readers' comments under the story ("Related
    // stories", "Most read") end its body.
    let tail = (body_start..n).find(|&k| crate::lexicon::ends_a_story(lines[k].text));
    let body_end = [notes_heading, ends, annex_start, tail]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(n);
    let notes = notes_heading.map(|h| {
        let end = annex_start.filter(|&a| a > h).unwrap_or(n);
        // "Related content", "Tags: ..." close a web page's notes: what
        // follows is links to other pages.
        let end = (h + 1..end)
            .find(|&k| crate::lexicon::is_page_tail(lines[k].text))
            .unwrap_or(end);
        h + 1..end
    });
    let mut resumed = n..n;
    let annex = annex_start.map(|a| {
        let end = notes_heading.filter(|&h| h > a).unwrap_or(n);
        if let Some(list) = rated.as_ref().filter(|r| r.start == a) {
            resumed = list.end..end;
            return list.clone();
        }
        // A paragraph that opens a quotation after the table is the
        // release again ("\"Ravenmarsh has worked hard,\" said ..."): no
        // table row opens so.
        let quoted = (a + 1..end).find(|&k| {
            lines[k - 1].is_blank()
                && !debris[k]
                && lines[k].text.trim_start().starts_with(['"', '\u{201c}'])
        });
        match quoted {
            Some(q) => {
                // up to the next notes heading, if any
                let stop = (q..end)
                    .find(|&k| !debris[k] && is_notes_heading(lines[k].text))
                    .unwrap_or(end);
                resumed = q..stop;
                a..q
            }
            None => a..end,
        }
    });

    let (title, headline) = title_and_headline(&lines, &debris, body_start);
    Sections {
        header: 0..body_start,
        title,
        headline,
        body: body_start..body_end.max(body_start),
        notes,
        annex,
        resumed,
        debris,
    }
}

/// "An annex outlining progress ... follows below." is a sentence, not a
/// heading.
fn is_inside_note_sentence(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '•');
    // "     annex to this press release.": a note's sentence wrapped onto a
    // line that opens with the word, in lower case as no heading is
    t.starts_with(|c: char| c.is_lowercase()) || (t.len() > 60 && t.trim_end().ends_with('.'))
}

/// The first line of the first paragraph that reads as narrative: long,
/// with sentence punctuation, not a banner, embargo or debris.
/// How many short lines at least stand over a story's first sentence with
/// no blank line for them to be read as the page's header.
const HEADER_RUN_MIN: usize = 3;

/// How many words at most a line of a site's navigation or a heading over
/// a story holds, most of such a run's lines being that short.
const NAVIGATION_WORDS: usize = 5;

/// How many lines a letterhead run into its banner and embargo line holds
/// at most (a page of no blank lines is no letterhead).
const LETTERHEAD_BLOCK_LINES: usize = 6;

/// How long, in bytes, a page's first line may be and still be its heading
/// when a full stop ends it.
const HEADING_WITH_STOP_MAX: usize = 160;

/// The characters a line that ends a sentence ends with: a stop, a
/// question or exclamation mark, or a closing quote after one.
/// The fewest words of a standfirst told from a heading line wrapped
/// above it (see `standfirst_under_heading`).
const STANDFIRST_WORDS_MIN: usize = 8;
const SENTENCE_ENDS: [char; 5] = ['.', '!', '?', '"', '”'];

/// [`SENTENCE_ENDS`] and the colon of a line that leads a list or quote
/// ("Inspectors found:"), which ends a body line as well as a stop does.
const SENTENCE_OR_LEAD_ENDS: [char; 6] = ['.', '!', '?', '"', '”', ':'];

/// The characters a paragraph of prose ends with where its kind is judged
/// from the last character alone: a stop, or the colon of a lead.
const PARAGRAPH_ENDS: [char; 2] = ['.', ':'];

/// The most lines of a page's details line and the headings under it, run
/// together with no blank line (see `first_body_line`).
const DETAILS_OVER_HEADINGS_LINES: usize = 3;

fn first_body_line(lines: &[Line<'_>], debris: &[bool]) -> usize {
    let n = lines.len();
    let mut i = 0;
    // where the first paragraph that is neither blank nor debris starts
    let mut first_paragraph: Option<usize> = None;
    while i < n {
        if lines[i].is_blank() || debris[i] {
            i += 1;
            continue;
        }
        let under_a_heading = *first_paragraph.get_or_insert(i) < i;
        let mut j = i;
        let mut len = 0;
        while j < n && !lines[j].is_blank() && !debris[j] {
            len += lines[j].text.trim().len() + 1;
            j += 1;
        }
        let last = lines[j - 1].text.trim_end();
        let is_header_line =
            EMBARGO_WORD.is_match(lines[i].text) || PRESS_BANNER.is_match(lines[i].text);
        // A page kept one line per paragraph, with no blank lines, may open
        // its run with the banner ("News feed" / "<heading>" / ... / the
        // story): the banner is header, and the run is judged from the
        // line after it.
        if is_header_line && j - i > LETTERHEAD_BLOCK_LINES && is_kind_label(lines[i].text) {
            first_paragraph.get_or_insert(i);
            i += 1;
            continue;
        }
        let words: usize = (i..j)
            .map(|k| lines[k].text.split_whitespace().count())
            .sum();
        // (a parliamentary question ends with its number: "... Service
        // Hertfordshire. (154850)")
        let last = strip_reference_number(strip_closing_tags(last));
        // (a paragraph, not a quote's last line or a question: those are
        // weighed by the lines' number and length below)
        let sentence_like = last.ends_with(PARAGRAPH_ENDS);
        // (a letterhead run into the banner and the embargo line with no
        // blank line between is header too: "His Majesty's Inspectorate of
        // Prisons" / "JOINT NEWS RELEASE" / "EMBARGOED UNTIL ...")
        let is_header_line = is_header_line
            || (!sentence_like
                && j - i <= LETTERHEAD_BLOCK_LINES
                && (i + 1..j).any(|k| {
                    EMBARGO_WORD.is_match(lines[k].text) || PRESS_BANNER.is_match(lines[k].text)
                }));
        // A letterhead (name, street address, telephone) is long but no
        // narrative.
        let letterhead = || {
            (i..j).any(|k| {
                is_address_line(lines[k].text) || crate::lexicon::is_contact_line(lines[k].text)
            }) || is_addressee_list(lines, i, j)
        };
        // a paragraph cut off mid-sentence (a stored copy's end) is still
        // one when a sentence ends inside it
        let holds_sentences = || {
            (i..j)
                .flat_map(|k| lines[k].text.match_indices(". "))
                .next()
                .is_some()
        };
        // a site's menu or breadcrumb, one item a line, each after a bullet
        // or a number ("• About us", "2. News", "3. Glenmorrach Local Area
        // Inspection published"): short lines, none of them a sentence
        // (the site's name may stand over them)
        let navigation = || {
            let items = (i..j)
                .filter(|&k| {
                    let t = lines[k].text.trim();
                    let item = opens_with_bullet(t)
                        || t.split_once(['.', ')']).is_some_and(|(n, _)| {
                            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
                        });
                    item && t.split_whitespace().count() <= 8
                        && !t.ends_with(['.', '!', '?', ':', ','])
                })
                .count();
            items >= 3 && items + 1 >= j - i
        };
        // "Publication: 09/06/20" / "<report's name>" / "<news heading>":
        // a page's details line over its headings, each line opening with a
        // capital and ending with no stop, is header however long
        let details_over_headings = || {
            j - i <= DETAILS_OVER_HEADINGS_LINES
                && (METADATA.is_match(lines[i].text) || is_date_line(lines[i].text))
                && (i..j).all(|k| {
                    let t = lines[k].text.trim();
                    t.starts_with(|c: char| c.is_uppercase())
                        && !t.ends_with(SENTENCE_OR_LEAD_ENDS)
                        && !t.ends_with(',')
                })
        };
        let long = len >= 160
            && (sentence_like
                || (j - i > 2 && !letterhead() && !details_over_headings())
                || (len >= 300 && holds_sentences()))
            && !navigation();
        // "Re-inspection of Heathrow Airport – Border Force makes progress
        // but there's room for improvement.": the page's first line alone,
        // a name and the news joined by a dash, is its heading though a
        // full stop ends it
        // (the part before the dash a name, most of its words capitalised:
        // "A young offender institution has been called ... – the result
        // of ..." is a story's first sentence)
        let stopped_heading = j == i + 1
            && (0..i).all(|k| lines[k].is_blank())
            && len <= HEADING_WITH_STOP_MAX
            && [" \u{2013} ", " \u{2014} ", " - "].iter().any(|dash| {
                last.split_once(dash).is_some_and(|(name, _)| {
                    let words: Vec<&str> = name.split_whitespace().collect();
                    let capitalised = words
                        .iter()
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .count();
                    capitalised * 2 > words.len()
                })
            });
        // "<news heading>" / "The report makes 23 recommendations for
        // improvement.": a short sentence under a heading, opening with an
        // article and ending with a full stop, is the story's first
        let short_sentence = || {
            under_a_heading
                && j == i + 1
                && words >= SHORT_SENTENCE_WORDS
                && last.ends_with('.')
                && crate::lexicon::opens_with_article(lines[i].text.trim_start())
                && in_sentence_case(last)
        };
        if !is_header_line
            && !stopped_heading
            && (long || (sentence_like && words >= 12) || short_sentence())
        {
            // A web page kept one line per paragraph, with no blank lines:
            // short heading lines above a paragraph on one long line are
            // the header, not the body's first sentence.
            // So are short heading lines above one-line sentences, on a
            // page where most lines end a sentence (text wrapped at a width
            // mostly does not), with a stub such as "- Published" between.
            let ends_sentence =
                |k: usize| lines[k].text.trim_end().ends_with(SENTENCE_OR_LEAD_ENDS);
            // judged over the run of lines up to a blank one, chrome
            // between them ("Get the report") left out
            let run: Vec<usize> = (i..n)
                .take_while(|&k| !lines[k].is_blank())
                .filter(|&k| !debris[k])
                .collect();
            // (a bullet item on its line is a paragraph of its own too)
            let own_paragraph = |k: usize| {
                let t = lines[k].text.trim_start();
                ends_sentence(k)
                    || ["- ", "• ", "* ", "\u{2013} "]
                        .iter()
                        .any(|b| t.starts_with(b))
            };
            // (and so is each item of a list a line ending in a colon
            // brings in: "The categories are as follows:" / "Impact on
            // staff - adequate" / ...)
            let mut listing = false;
            let paragraphs = run
                .iter()
                .filter(|&&k| {
                    let own = own_paragraph(k) || listing;
                    let t = lines[k].text.trim_end();
                    if t.ends_with(':') {
                        listing = true;
                    } else if t.ends_with(SENTENCE_ENDS) {
                        listing = false;
                    }
                    own
                })
                .count();
            let one_per_line = run.len() >= 4 && paragraphs * 2 >= run.len();
            let sentence_follows = |k: usize| {
                (k + 1..j)
                    .find(|&m| lines[m].text.split_whitespace().count() > 2)
                    .is_some_and(|m| {
                        ends_sentence(m)
                            && lines[m]
                                .text
                                .trim_start()
                                .starts_with(|c: char| c.is_uppercase() || "\"“‘'".contains(c))
                    })
            };
            let heading_like = |k: usize| {
                lines[k].text.trim().len() <= 150
                    && lines[k].text.split_whitespace().count() >= 2
                    && !lines[k].text.trim_end().ends_with(['.', ',', ';', ':'])
                    && !EMBARGO_WORD.is_match(lines[k].text)
            };
            // the body opens at the first line that is no heading, within
            // a few lines ("<report's name>" over "<news heading>" over a
            // paragraph on one line)
            // (a page's kind on a line of its own, "Press release", is one
            // line more between the navigation and the heading)
            let body_follows = |k: usize| {
                // (a page's kind, "Press release", or a dated line,
                // "Published on: 11 April 2019", is one line more)
                let labels = (k + 1..j.min(k + HEADING_RUN_REACH))
                    .filter(|&m| is_kind_label(lines[m].text) || is_metadata_line(lines[m].text))
                    .count();
                (k + 1..j.min(k + HEADING_RUN_REACH + labels))
                    .find(|&m| !heading_like(m))
                    .is_some_and(|m| {
                        // a line opening in lower case goes on with the
                        // sentence wrapped above it ("... and listened" /
                        // "to 45 recorded calls. ..."): no heading over it
                        // (a word, not a link's address: "http://...")
                        let goes_on = lines[m].text.split_whitespace().next().is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && w.trim_end_matches([',', '.', ';'])
                                    .chars()
                                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                        });
                        !goes_on
                            && (lines[m].text.trim().len() >= 200
                                || (one_per_line && sentence_follows(m - 1)))
                    })
            };
            let mut k = i;
            while k + 1 < j && heading_like(k) && body_follows(k) {
                k += 1;
            }
            // "BBC Home" / "BBC News" / "Last Updated: ..." / "<heading>"
            // over the story's first sentence, with no blank line: short
            // lines each opening with a capital, none ending a sentence
            // (wrapped prose goes on in lower case), over the one line
            // that does are the page's header
            let opens_capital = |m: usize| {
                lines[m]
                    .text
                    .trim_start()
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            };
            // (a line a few words long, a menu's or a heading's, not a
            // line of prose wrapped at a width)
            let short = |m: usize| lines[m].text.split_whitespace().count() <= NAVIGATION_WORDS;
            let last = j - 1;
            if k == i
                && last >= i + HEADER_RUN_MIN
                && ends_sentence(last)
                && opens_capital(last)
                && (i..last).all(|m| {
                    (heading_like(m) || debris[m])
                        && opens_capital(m)
                        && !lines[m].text.contains(". ")
                })
                && (i..last).filter(|&m| short(m)).count() * 2 > last - i
            {
                return last;
            }
            return k;
        }
        i = j;
    }
    0
}

/// `line` without the markup's closing tags left at its end ("... on
/// gov.uk.<\/a><\/p>", escaped or not): a sentence ends before them.
fn strip_closing_tags(line: &str) -> &str {
    let mut line = line;
    while let Some(open) = line.strip_suffix('>').and_then(|l| l.rfind('<')) {
        let tag = line[open + 1..line.len() - 1].trim_start_matches(['\\', '/']);
        if tag.is_empty() || tag.len() > 10 || !tag.bytes().all(|b| b.is_ascii_alphanumeric()) {
            break;
        }
        line = line[..open].trim_end();
    }
    line
}

/// `line` without a bracketed reference number at its end ("... the work
/// done by CPS Hertfordshire. (154850)", Hansard's question number).
fn strip_reference_number(line: &str) -> &str {
    line.strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .filter(|(_, number)| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
        .map_or(line, |(before, _)| before.trim_end())
}

/// The title is the first paragraph of the header that is not a banner,
/// embargo line, date line, metadata or debris; the headline the next. A
/// lone paragraph is the headline unless it reads as a report's name.
/// A line wholly in square brackets: a reposting site's comment on what
/// it reposts ("[ Of all the reports we have read, none has shocked us
/// more. ... ]"), neither title nor headline.
fn is_bracketed_aside(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('[') && t.ends_with(']') && t.split_whitespace().count() > 3
}

/// A numbered entry of a contents list or a numbered section's heading
/// ("1. What we found", "12. Dunoon Sheriff Court"): a section of the
/// page, neither title nor headline.
fn is_numbered_section(line: &str) -> bool {
    let t = line.trim();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && t[digits..].starts_with(". ")
        && !t.ends_with('.')
        && t[digits + 2..].split_whitespace().count() <= 6
}

/// The heading lines of a council's committee paper (lexicon
/// `MEETING_PAPER_LINES`), which say which meeting it is for.
static MEETING_PAPER_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^\s*(?:{})\s*$",
        crate::lexicon::MEETING_PAPER_LINES,
        "meeting paper line regex",
    )
});

/// Whether `line` is the end of a committee paper's heading line wrapped
/// above it ("Report of the Chief Executive, Office of the Police and
/// Crime" / "Commissioner for Ellesmoor"): the line above is one
/// ([`MEETING_PAPER_LINE`]), long enough to have wrapped and ending in a
/// word, and this one is a few words.
fn wraps_meeting_paper_line(above: &str, line: &str) -> bool {
    above.trim().len() >= MEETING_LINE_WRAPS_AT
        && above.trim_end().ends_with(char::is_alphabetic)
        && line.split_whitespace().count() <= MEETING_LINE_TAIL_WORDS
        && above.len() <= crate::lexicon::MEETING_PAPER_LINE_MAX
        && MEETING_PAPER_LINE.is_match(above)
}

/// The shortest committee paper's heading line that may have wrapped, in
/// bytes.
const MEETING_LINE_WRAPS_AT: usize = 50;

/// The most words of a wrapped heading line's end.
const MEETING_LINE_TAIL_WORDS: usize = 6;

/// A news site's section over its story, as the page's first line: a region ending in a nation
/// ("Glasgow & West Scotland", "Edinburgh, Fife & East Scotland",
/// "Northern Ireland"; lexicon `NATIONS`): a few capitalised words and
/// joiners, no heading.
pub(crate) fn is_section_label(line: &str) -> bool {
    let t = line.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && crate::lexicon::NATIONS
            .iter()
            .any(|n| n.starts_with(char::is_uppercase) && t.ends_with(n))
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            w.starts_with(char::is_uppercase) || matches!(w, "&" | "and")
        })
}

/// A line that is only a council's name ("The Vale of Glamorgan Council"),
/// a committee paper's letterhead: capitalised words and the small words
/// of a name, ending in "Council", with no word of a report's name.
pub(crate) fn is_council_name(line: &str) -> bool {
    body_name_words(line, &["Council"], 7).is_some_and(|words| {
        words[..words.len() - 1]
            .iter()
            .any(|w| !crate::lexicon::COUNCIL_KIND_WORDS.contains(w))
    })
}

/// The words of `line` when it is only a body's name: two to `most`
/// capitalised words and the small words of a name, the last one of
/// `endings`, with no word of a report's name.
fn body_name_words<'a>(line: &'a str, endings: &[&str], most: usize) -> Option<Vec<&'a str>> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let named = (2..=most).contains(&words.len())
        && words.last().is_some_and(|w| endings.contains(w))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || crate::lexicon::NAME_JOINERS.contains(w))
        && !REPORT_NAME.is_match(line);
    named.then_some(words)
}

/// True when `line` ends with a preposition (lexicon
/// `OPEN_HEADING_PREPOSITIONS`): a heading left open for the next line.
fn ends_with_open_preposition(line: &str) -> bool {
    line.split_whitespace()
        .next_back()
        .is_some_and(|w| crate::lexicon::OPEN_HEADING_PREPOSITIONS.contains(&w))
}

/// The most words of a name that finishes a heading left open.
const OPEN_HEADING_END_WORDS: usize = 4;

/// A line that is only a trust's or board's name ("Foyle and Sperrin
/// Health and Social Care Trust", lexicon `LETTERHEAD_BODY_ENDINGS`), as a
/// report's cover names who runs the place inspected: no heading.
fn is_letterhead_body_name(line: &str) -> bool {
    body_name_words(
        line,
        crate::lexicon::LETTERHEAD_BODY_ENDINGS,
        LETTERHEAD_BODY_WORDS_MAX,
    )
    .is_some()
}

/// The most words of a body's name on a line of its own.
const LETTERHEAD_BODY_WORDS_MAX: usize = 10;

/// The most words of a picture's caption told by its shape alone.
const CAPTION_WORDS_MAX: usize = 4;

/// True when `line` reads as a picture's caption: two to
/// [`CAPTION_WORDS_MAX`] words of letters, the first capitalised and the
/// rest in lower case, and no full stop ("Dungavel detention centre").
fn is_caption_phrase(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (2..=CAPTION_WORDS_MAX).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && words[1..].iter().all(|w| w.chars().all(char::is_lowercase))
}

/// A caption's label (lexicon `CAPTION_LABELS`): "Media caption,".
static CAPTION_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^\s*(?:{})\s*[,:]?\s*$",
        crate::lexicon::CAPTION_LABELS,
        "caption label regex",
    )
});

/// True when line `k` is a caption's label or the caption under one (the
/// nearest line above that is not blank is the label).
fn is_caption(lines: &[Line<'_>], k: usize) -> bool {
    CAPTION_LABEL.is_match(lines[k].text)
        || (0..k)
            .rev()
            .find(|&j| !lines[j].is_blank())
            .is_some_and(|j| CAPTION_LABEL.is_match(lines[j].text))
}

/// True when line `k` ends with a colon and the next line that is not
/// blank opens a quotation: "Former Prisons and Probation Ombudsman Sue
/// McAllister CB:" over "“With my departure ...”" names who speaks, as a
/// news page sets a pull quote, and is no heading.
fn introduces_quotation(lines: &[Line<'_>], k: usize) -> bool {
    lines[k].text.trim_end().ends_with(':')
        && lines[k + 1..]
            .iter()
            .take(3)
            .find(|l| !l.is_blank())
            .is_some_and(|l| l.text.trim_start().starts_with(['"', '“', '‘']))
}

/// True when `line` is a whole sentence in quotation marks ("“With my
/// departure ... after me.”"): a pull quote, not a heading. A heading
/// that quotes a phrase ("“Real improvement” in Halstern, say
/// inspectors") does not end with the sentence's stop inside the marks.
fn is_quoted_sentence(line: &str) -> bool {
    let t = line.trim();
    let Some(inside) = t.strip_suffix(['”', '"']) else {
        return false;
    };
    t.starts_with(['"', '“']) && inside.ends_with(['.', '!', '?'])
}

/// The most words of a page's tag set over its heading ("Maghaberry
/// Prison").
const TAG_WORDS: usize = 4;

/// True when `line` is a tag of a few capitalised words and no stop, and
/// `next` opens with a quotation mark: two lines of a page's head, not one
/// heading wrapped.
fn is_tag_over_quotation(line: &str, next: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= TAG_WORDS
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !line.trim_end().ends_with(['.', ':', ','])
        && next
            .trim_start()
            .starts_with(['\'', '"', '\u{2018}', '\u{201c}'])
}

/// `text` without a part in brackets that closes it ("Mr Raymond McCartney
/// (Deputy Chairperson)" gives the name, "The Chairperson (Ms Bunting)"
/// the post); `text` itself when none closes it.
pub(crate) fn without_bracketed_part(text: &str) -> &str {
    text.trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" ("))
        .map_or(text, |(before, _)| before)
}

/// A speaker's name alone on a line, as a record of questions and
/// answers prints it ("Mr. Latham", "Mrs. Rumbold"): a courtesy title or
/// honorific and one or two capitalised words, a part in brackets after
/// them.
pub(crate) fn is_speaker_line(line: &str) -> bool {
    // (a member's part in brackets after the name: "Mr Raymond McCartney
    // (Deputy Chairperson)")
    let line = without_bracketed_part(line);
    let words: Vec<&str> = line.split_whitespace().collect();
    let Some((title, name)) = words.split_first() else {
        return false;
    };
    crate::lexicon::is_title_word(title)
        && (1..=2).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
}

/// A person listed alone on a line, as a record's members and witnesses
/// are ("Mr Doug Beattie MC", "Ms Jacqui Durkin, Criminal Justice
/// Inspection Northern Ireland"): a courtesy title or honorific, one to
/// three capitalised words of a name, post-nominal letters, then nothing
/// but a part in brackets or a body's capitalised name after a comma.
fn is_person_line(line: &str) -> bool {
    let line = line.trim();
    let (person, body) = line.split_once(", ").unwrap_or((line, ""));
    let person = without_bracketed_part(person);
    let words: Vec<&str> = person.split_whitespace().collect();
    let Some((title, rest)) = words.split_first() else {
        return false;
    };
    let letters = rest
        .iter()
        .rev()
        .take_while(|w| crate::lexicon::POST_NOMINALS.contains(w))
        .count();
    let name = &rest[..rest.len() - letters];
    crate::lexicon::is_title_word(title)
        && (1..=3).contains(&name.len())
        && name.iter().all(|w| {
            w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        && body
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || crate::lexicon::NAME_JOINERS.contains(&w))
}

/// A byline: a person's name with their letters and then their role
/// ("Julie Morgan AM, Deputy Minister for Health and Social Services"),
/// which says who speaks, neither title nor headline.
fn is_byline(line: &str) -> bool {
    // "Leighton Andrews, Minister for Education and Skills": a written
    // statement's author and post
    static ROLE_OPENING: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::words_pattern(
            r"(?i)^(?:the\s+)?(?:{})\b",
            crate::lexicon::ROLE_WORDS,
            "byline role regex",
        )
    });
    // "Features and Opinion Editor, Solicitors Journal" under the writer's
    // name: a journalist's post and paper
    let post = line.split(',').next().unwrap_or("").trim();
    if line.split_whitespace().count() <= 10
        && post
            .rsplit(' ')
            .next()
            .is_some_and(|w| crate::lexicon::PRESS_POSTS.contains(&w))
    {
        return true;
    }
    let Some((name, role)) = line.trim().split_once(", ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    // a person's name: capitalised words, none an acronym ("HMP")
    let capitalised = |w: &[&str]| {
        w.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && w.chars().any(char::is_lowercase)
        })
    };
    // "HMP Wandsworth, Chief Inspector says": a headline's attribution
    let says = role.split_whitespace().last().is_some_and(|w| {
        crate::lexicon::SPEECH_VERBS
            .iter()
            .any(|v| w.eq_ignore_ascii_case(v))
    });
    match words.split_last() {
        Some((letters, name)) if crate::lexicon::POST_NOMINALS.contains(letters) => {
            name.len() >= 2 && name.iter().all(|w| w.starts_with(char::is_uppercase))
        }
        Some(_) => {
            (2..=3).contains(&words.len())
                && capitalised(&words)
                && role.split_whitespace().count() <= 8
                && ROLE_OPENING.is_match(role)
                && !says
        }
        None => false,
    }
}

/// How many lines on from a heading line the body's first line may stand
/// on a page kept one line per paragraph, besides lines of a page's kind
/// and metadata: "News feed" / "<heading>" / "Published on: 11 April 2019"
/// / "Share: Facebook Twitter ..." / the body.
const HEADING_RUN_REACH: usize = 4;

/// The fewest words of a short first sentence under a heading ("The report
/// makes 23 recommendations for improvement.").
const SHORT_SENTENCE_WORDS: usize = 5;

/// How many of a body's first lines must each end a sentence for the page
/// to be read as kept one line per paragraph.
const SENTENCE_LINES_MIN: usize = 4;

fn title_and_headline(
    lines: &[Line<'_>],
    debris: &[bool],
    body_start: usize,
) -> (Option<Range<usize>>, Option<Range<usize>>) {
    let text = |k: usize| &lines[k].text[header_lead_len(lines[k].text)..];
    // Each header line is judged once: the loops below look at most lines
    // twice, and the date test allocates.
    let mut skip: Vec<bool> = Vec::with_capacity(body_start);
    // the page's first line, found once: a news section is read only there
    let first_line = (0..body_start).find(|&m| !lines[m].is_blank() && !debris[m]);
    for k in 0..body_start {
        let t = text(k);
        // 'Hate crime victims "hear nothing", says' / "HMIC": a name
        // that ends a heading line left open in lower case is the heading's
        // last word, not the letterhead ("Justice inspectorates" over a
        // name is a site's banner, too short to be a heading)
        let ends_open_heading = k > 0
            && !skip[k - 1]
            && lines[k - 1].text.split_whitespace().count() >= 4
            && lines[k - 1]
                .text
                .trim_end()
                .ends_with(|c: char| c.is_lowercase());
        let skipped = lines[k].is_blank()
            || debris[k]
            || EMBARGO_WORD.is_match(t)
            || (is_banner(t) && !ends_open_heading)
            || is_kind_label(t)
            || crate::lexicon::is_report_section_heading(t)
            // a menu's or a downloads box's items: "• Our scrutiny",
            // "• Local Area Inspection: Glenmorrach"
            || opens_with_bullet(t.trim_start())
            || is_date_line(t)
            || is_address_line(t)
            || crate::lexicon::is_contact_line(t)
            || METADATA.is_match(t)
            || ISSUER_LINE.is_match(t)
            || crate::lexicon::is_salutation(t)
            || is_bracketed_aside(t)
            || is_numbered_section(t)
            || is_byline(t)
            || is_speaker_line(t)
            || is_person_line(t)
            || introduces_quotation(lines, k)
            || is_quoted_sentence(t)
            || (t.len() <= crate::lexicon::MEETING_PAPER_LINE_MAX
                && MEETING_PAPER_LINE.is_match(t))
            || (k > 0 && wraps_meeting_paper_line(text(k - 1), t))
            // ("... young people in" / "Morlais County Borough Council":
            // the heading's end)
            || ((is_council_name(t) || is_letterhead_body_name(t)) && !ends_open_heading)
            // a sidebar of scores ("Key scores" / "Pre-charge decisions:
            // 62.4%"): the scores and the label over them
            || is_score_line(t)
            || (t.split_whitespace().count() <= SCORE_LABEL_WORDS
                && lines.get(k + 1).is_some_and(|next| is_score_line(next.text)))
            // (only as the page's first line: "Criminal Justice Inspection"
            // / "Northern Ireland" is a letterhead)
            || (Some(k) == first_line && is_section_label(t))
            || is_caption(lines, k)
            || leads_into_list(lines, k)
            || INSPECTION_KIND.is_match(t)
            || (k > 0 && is_banner(lines[k - 1].text) && is_slogan(t))
            || (k > 0 && completes_banner(lines[k - 1].text, t))
            || (k > 0 && continues_embargo(text(k - 1), &lines[k]));
        skip.push(skipped);
    }
    // A news page's picture caption under the story's heading and dateline
    // ("<heading>" / "16 November 2018, 06:41" / "Dungavel detention
    // centre"): a few words in sentence case, no sentence, where a heading
    // stands above the date.
    // (the loop skips only lines after the first kept one, so that line is
    // found once)
    let first_kept = (0..body_start).find(|&i| !skip[i]);
    for k in 1..body_start {
        if skip[k] || !is_caption_phrase(text(k)) {
            continue;
        }
        let Some(date) = (0..k).rev().find(|&j| !lines[j].is_blank()) else {
            continue;
        };
        if skip[date] && is_date_line(text(date)) && first_kept.is_some_and(|f| f < date) {
            skip[k] = true;
        }
    }
    // A letterhead's address set out one part a line ("Piccadilly Gate" /
    // "Store Street" / "Manchester" / "M1 2WD"): every line of a paragraph
    // that holds a postcode or a numbered street is the address's.
    let mut start = 0;
    for k in 0..=body_start.min(lines.len()) {
        if k == body_start.min(lines.len()) || lines[k].is_blank() {
            if (start..k).any(|i| is_address_line(text(i))) || is_addressee_list(lines, start, k) {
                skip[start..k].iter_mut().for_each(|s| *s = true);
            }
            start = k + 1;
        }
    }
    // A breadcrumb one item a line under its root ("Home" / "Crime,
    // justice and the law" / "Young people and the law" / "Youth justice",
    // GOV.UK's): every line of the block is navigation.
    let is_root = |t: &str| crate::lexicon::is_breadcrumb_root(t.trim());
    let mut k = 0;
    while k < body_start {
        if is_root(text(k)) && (k == 0 || lines[k - 1].is_blank()) {
            while k < body_start && !lines[k].is_blank() {
                skip[k] = true;
                k += 1;
            }
        }
        k += 1;
    }
    // A breadcrumb printed with its separators lost ("Home Opinion
    // Letters", a newspaper's): its root, then a few capitalised words.
    for (k, skipped) in skip.iter_mut().enumerate().take(body_start) {
        *skipped |= is_run_together_breadcrumb(text(k));
    }
    // A breadcrumb numbered one item a line ("1. Home" / "2. Publications"
    // / "3. Annual Report 2022-23"): every item is navigation, the page's
    // own name among them.
    let mut k = 0;
    while k < body_start {
        let opens_crumb = text(k)
            .trim()
            .strip_prefix("1. ")
            .is_some_and(crate::lexicon::is_breadcrumb_root);
        if !opens_crumb {
            k += 1;
            continue;
        }
        let mut next = 1u32;
        while k < body_start && text(k).trim().strip_prefix(&format!("{next}. ")).is_some() {
            skip[k] = true;
            next += 1;
            k += 1;
        }
    }
    // A web page kept one line per paragraph runs its headings into the
    // body with no blank line: each heading line is a heading of its own
    // ("<report's name>" then "<news heading>"), not a heading wrapped.
    // (A body whose first lines are each a whole sentence or more, no blank
    // line between, is kept so too, however short its first paragraph: a
    // wrapped PDF's lines break inside sentences.)
    let sentence_lines = || {
        lines[body_start..]
            .iter()
            .take(SENTENCE_LINES_MIN)
            .filter(|l| {
                let t = l.text.trim_end();
                t.len() >= 40 && t.ends_with(SENTENCE_ENDS)
            })
            .count()
            == SENTENCE_LINES_MIN
    };
    let one_line_paragraphs = body_start > 0
        && body_start < lines.len()
        && !lines[body_start - 1].is_blank()
        && (lines[body_start].text.trim().len() >= 200 || sentence_lines());
    // "BBC Home" / "Explore the BBC" / "BBC News" / "<heading>" over a
    // story's first sentence with no blank line (and the sentence short of
    // a paragraph on one line): the line next to the story is its heading,
    // the lines above it the site's navigation
    if !one_line_paragraphs && body_start > 0 && !lines[body_start - 1].is_blank() {
        let run_start = (0..body_start)
            .rev()
            .find(|&k| lines[k].is_blank())
            .map_or(0, |k| k + 1);
        let kept: Vec<usize> = (run_start..body_start).filter(|&k| !skip[k]).collect();
        if let Some((_, navigation)) = kept.split_last().filter(|_| kept.len() > HEADER_RUN_MIN) {
            navigation.iter().for_each(|&k| skip[k] = true);
        }
    }
    // "Harnleigh Fire and Rescue Service" / "Making Harnleigh safer" / ...
    // / "You are here: Home > News > ..." / ... / "<heading>": where a
    // heading stands below the breadcrumb, what stands above it is the
    // site's masthead
    if let Some(trail) = (0..body_start).rev().find(|&k| is_breadcrumb(text(k))) {
        if (trail + 1..body_start).any(|k| !skip[k]) {
            skip[..trail].iter_mut().for_each(|s| *s = true);
        }
    }
    let skipped = |k: usize| skip[k];
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < body_start {
        if skipped(i) {
            i += 1;
            continue;
        }
        // "<heading>" / "Summary" / "HMI Prisons publishes report on ...":
        // the paragraph a standfirst label introduces is the page's summary
        // of its story, neither heading (lexicon `STANDFIRST_LABELS`)
        let label_above = || {
            (0..i)
                .rev()
                .find(|&k| !lines[k].is_blank())
                .is_some_and(|k| {
                    crate::lexicon::STANDFIRST_LABELS
                        .iter()
                        .any(|label| text(k).trim().eq_ignore_ascii_case(label))
                })
        };
        if !found.is_empty() && label_above() {
            while i < body_start && !skipped(i) {
                i += 1;
            }
            continue;
        }
        // A caption that repeats the start of the title ("The Management of
        // Jurors" under "The Management of Jurors: A follow-up review")
        // belongs to neither.
        // So does one that repeats its end ("Hydebank Wood Secure College"
        // under "Report on an unannounced inspection of Hydebank Wood
        // Secure College").
        // A heading printed again under a strapline found first ("Working
        // together for a better justice system" / "<heading>" / "<heading>")
        // is no second heading either.
        let line = text(i).trim();
        if found
            .iter()
            .skip(1)
            .any(|r| r.len() == 1 && text(r.start).trim().eq_ignore_ascii_case(line))
        {
            i += 1;
            continue;
        }
        if let Some(first) = found.first() {
            let title = text(first.start).trim();
            let at_end = title.len() - line.len().min(title.len());
            // (or the same heading again: "Pupil referral unit ... report"
            // printed twice)
            if line.len() >= 8
                && title.len() >= line.len()
                && (starts_with_ignore_case(title, line)
                    || (title.is_char_boundary(at_end)
                        && title[at_end..].eq_ignore_ascii_case(line)))
            {
                // "Two detention centres slammed by inspectors - Refugee
                // Council" over "Two detention centres slammed by
                // inspectors": the first is the browser's title of the page,
                // the heading with the site's name after it
                if found.len() == 1
                    && first.len() == 1
                    && starts_with_ignore_case(title, line)
                    && is_site_name_suffix(&title[line.len()..])
                {
                    found[0] = i..i + 1;
                }
                i += 1;
                continue;
            }
        }
        // So does one over the heading whose start it repeats
        // ("Maghaberry Prison" over "Maghaberry Prison improving but ...").
        if i + 1 < body_start && !skipped(i + 1) {
            let (line, next) = (text(i).trim(), text(i + 1).trim());
            if line.len() >= 4
                && starts_with_ignore_case(next, line)
                && next[line.len()..].starts_with(' ')
            {
                i += 1;
                continue;
            }
        }
        // A tag of a few capitalised words over a heading that opens with a
        // quotation ("Maghaberry Prison" / "'Needs of vulnerable prisoners
        // must be met ...' say Inspectors"): the tag is the site's, and a
        // heading does not wrap before its quotation mark.
        if i + 1 < body_start && !skipped(i + 1) && is_tag_over_quotation(text(i), text(i + 1)) {
            i += 1;
            continue;
        }
        let mut j = i;
        // (a line after the first ends the heading where each paragraph
        // has a line, or where it is the heading's standfirst)
        let ends_heading = |j: usize| {
            j > i && (one_line_paragraphs || standfirst_under_heading(text(j - 1), text(j)))
        };
        while j < body_start && !skipped(j) && !ends_heading(j) {
            j += 1;
        }
        // "Report on an announced inspection of the prison ... in" / "" /
        // "Guernsey": a cover's heading left open on a preposition goes on
        // with the short name set apart under it
        if j > i && ends_with_open_preposition(text(j - 1)) {
            if let Some(k) = (j..body_start).find(|&k| !lines[k].is_blank()) {
                let words = text(k).split_whitespace().count();
                if !skipped(k)
                    && words <= OPEN_HEADING_END_WORDS
                    && text(k).trim_start().starts_with(char::is_uppercase)
                    && lines.get(k + 1).is_none_or(|l| l.is_blank())
                {
                    j = k + 1;
                }
            }
        }
        // "Northern Ireland Courts and Tribunals Service: Adequacy of The
        // Courts Estate" over "Inspectorate welcomes work to improve ...":
        // a name in title case, then the news in sentence case, two
        // headings with no blank line between. Under a title already found
        // the name is a caption (an earlier report's), and belongs to
        // neither.
        if let Some(news) = (i + 1..j).find(|&k| caption_then_news(text(k - 1), text(k))) {
            if found.is_empty() {
                found.push(i..news);
            }
            found.push(news..j);
            i = j;
            continue;
        }
        found.push(i..j.max(i + 1));
        i = j.max(i + 1);
    }
    let joined = |r: &Range<usize>| r.clone().map(&text).collect::<Vec<_>>().join(" ");
    // A letterhead over several lines ("Criminal Justice Inspection /
    // Northern Ireland / a better justice system for all") is a banner.
    found.retain(|r| r.len() == 1 || !is_banner(&joined(r)));
    // A member's written question ("To ask the Secretary of State for the
    // Home Department why ..."; lexicon `WRITTEN_QUESTION_OPENINGS`) is
    // the record's text, never its heading.
    found.retain(|r| {
        let first = text(r.start).trim_start();
        !crate::lexicon::WRITTEN_QUESTION_OPENINGS
            .iter()
            .any(|q| first.starts_with(q))
    });
    // A section label or tag on its own ("World", "HMP Chelmsford", "•
    // Media") names neither the report nor the news when a longer heading
    // is there.
    // (a year counts as a word: "Annual Report 2022-23")
    let long_enough = |r: &Range<usize>| {
        r.clone()
            .flat_map(|k| text(k).split_whitespace())
            .filter(|w| {
                w.chars().any(char::is_alphabetic)
                    || (w.starts_with(['1', '2'])
                        && w.as_bytes()
                            .get(..4)
                            .is_some_and(|y| y.iter().all(u8::is_ascii_digit)))
            })
            .nth(2)
            .is_some()
    };
    if found.iter().any(long_enough) {
        found.retain(long_enough);
    }
    // "Home" / "Education, training and skills" / "Press release" /
    // "<heading>": on a page that labels its kind on a line of its own, the
    // lines above the label are the site's navigation, not headings.
    // (Only the lines run into the label with no blank line: a heading set
    // apart above "News release 09/2010" is the page's own.)
    let label = (0..body_start).rev().find(|&k| is_kind_label(text(k)));
    if let Some(label) = label {
        let navigation =
            |r: &Range<usize>| r.end <= label && !(r.end..label).any(|k| lines[k].is_blank());
        if found.iter().any(|r| r.start > label) {
            found.retain(|r| !navigation(r));
        }
    }
    // "<site's straplines>" / "<menu>" / "<heading>" / "Share this page" /
    // "Thursday 09 July 2020" / the body: the heading over the date line
    // that opens the story is the news, and the lines found above it
    // across the site's menus are the site's, unless one names a report.
    let dateline = (0..body_start)
        .rev()
        .find(|&k| !lines[k].is_blank())
        .filter(|&k| is_date_line(text(k)));
    if let Some(dateline) = dateline {
        let over_date = found.iter().position(|r| {
            r.end <= dateline && (r.end..dateline).all(|k| lines[k].is_blank() || skip[k])
        });
        if let Some(m) = over_date.filter(|&m| m >= 1) {
            // (a heading straight above the news, only blank lines
            // between, may be the report's name or the site's: it is kept
            // unless more headings stand above it)
            let apart = (found[m - 1].end..found[m].start).any(|k| !lines[k].is_blank());
            if apart || m >= 2 {
                let news = found[m].clone();
                found.retain(|r| {
                    *r == news || r.start > news.start || reads_as_report_name(&joined(r))
                });
            }
        }
    }
    // (a name printed again as a caption over the news, "Hydebank Wood
    // Young Offenders Centre" twice, heads a news page)
    let captioned_again = |r: &Range<usize>| {
        let name = joined(r);
        (0..lines.len().min(body_start + HEADING_AGAIN_REACH))
            .filter(|&k| !r.contains(&k))
            .any(|k| text(k).trim() == name.trim())
    };
    // ... and over a heading found under it, the name is that page's
    // caption, no heading of its own
    if found.len() >= 2 && is_establishment_name(&joined(&found[0])) && captioned_again(&found[0]) {
        found.remove(0);
    }
    found.truncate(2);
    match found.len() {
        0 => (None, None),
        1 => {
            let only = found.remove(0);
            // "Disclosure of unused material in the crown court" over "Date
            // of publication": the heading of a page for one report
            let heads_report_page = (only.end..lines.len().min(only.end + 4))
                .any(|k| crate::lexicon::is_report_page_field(lines[k].text));
            let only_text = joined(&only);
            if reads_as_report_name(&only_text)
                || (is_establishment_name(&only_text) && !captioned_again(&only))
                || (heads_report_page
                    && !reads_as_news(&only_text)
                    && !only_text.trim_end().ends_with('.'))
            {
                (Some(only), None)
            } else {
                (None, Some(only))
            }
        }
        _ => {
            let mut it = found.into_iter();
            let (first, second) = (it.next(), it.next());
            // A news heading in sentence case with no report word, then a
            // standfirst: the first is the headline, and no report is named
            // ("West Yorkshire CRC under strain from heavy caseloads").
            let first_text = first.as_ref().map(&joined).unwrap_or_default();
            if !has_report_word(&first_text) && in_sentence_case(&first_text) {
                // ... unless the report's name follows it ("Basic Command
                // Unit revisit: Kesterton BCU, ..." under the news heading).
                match second {
                    Some(s)
                        if reads_as_report_name(&joined(&s))
                            || report_under_news(&first_text, &joined(&s)) =>
                    {
                        (Some(s), first)
                    }
                    _ => (None, first),
                }
            } else {
                // A news heading over the report's name ("WENDLEBURY
                // PROBATION: STRONG ON ENFORCEMENT, BUT ..." above
                // "Performance Inspection of ..."): the second is the title.
                let second_text = second.as_ref().map(&joined).unwrap_or_default();
                // "G4S Not Fit for Purpose Again" above "Report on an
                // Unannounced Inspection of HMP Oakwood": the heading with
                // no report word is the news
                let report_second = reads_as_report_name(&second_text)
                    && !REPORT_NAME.is_match(&first_text)
                    && first_text.split_whitespace().count() >= 3;
                // a sentence run into the heading above it is its
                // standfirst (`standfirst_under_heading`), no heading
                let standfirst = match (&first, &second) {
                    (Some(f), Some(s)) => {
                        s.start == f.end && standfirst_under_heading(text(f.end - 1), text(s.start))
                    }
                    _ => false,
                };
                if standfirst {
                    (None, first)
                } else if report_under_news(&first_text, &second_text) || report_second {
                    (second, first)
                } else if REPORT_NAME.is_match(&first_text)
                    && REPORT_NAME.is_match(&second_text)
                    && reads_as_report_name(&second_text)
                {
                    // "HM Chief Inspector ...: Annual Report 2018-19" over
                    // its cover's "HM Chief Inspector's Annual Report
                    // 2018-19": the report named twice, no news
                    (first, None)
                } else if reads_as_news(&first_text)
                    && !reads_as_report_name(&first_text)
                    && second_text.split_whitespace().count() >= 15
                    // ("Failings of leadership highlighted, as one of the
                    // two chief inspectors likens ...": a sentence all the
                    // same)
                    && (crate::lexicon::opens_with_article(&second_text)
                        || (in_sentence_case(&second_text)
                            && !REPORT_NAME.is_match(&first_text)))
                    && !reads_as_report_name(&second_text)
                    // ("Things have moved on, the CQC said, but ...": a
                    // standfirst that reports speech, which no report's
                    // name does, at any length)
                    || (reads_as_news(&first_text)
                        // (a name in capitals throughout is a report's:
                        // "NOWHERE TO BE FOUND: A THEMATIC INSPECTION ...")
                        && first_text.contains(char::is_lowercase)
                        && !reads_as_report_name(&first_text)
                        && attributes_speech(&second_text)
                        && !reads_as_report_name(&second_text))
                {
                    // "Ulster Hospital hits back at critical inspection
                    // report" over a long standfirst: the news heading is
                    // the headline, and the sentence under it no heading
                    (None, first)
                } else if reads_as_news(&first_text)
                    && in_sentence_case(&first_text)
                    && !first_text.contains([':', '?'])
                    && !reads_as_report_name(&first_text)
                    && in_sentence_case(&second_text)
                    && !REPORT_NAME.is_match(&second_text)
                    && !reads_as_news(&second_text)
                {
                    // "Inspection finds Emergency Department ... below
                    // quality standards" over "Inspectors went in over the
                    // winter": a strapline under the news names no report
                    (None, first)
                } else {
                    (first, second)
                }
            }
        }
    }
}

/// True when `text` attributes words to a speaker ("..., the CQC said, but
/// ..."; lexicon `SPEECH_VERBS`): a sentence of news, never a report's name.
fn attributes_speech(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .any(|w| crate::lexicon::SPEECH_VERBS.contains(&w))
}

/// True when `second`, under the news heading `first`, names a report: it
/// has a report word and no news of its own ("Witness intimidation: a
/// thematic inspection of ..." under "... inspectors find").
fn report_under_news(first: &str, second: &str) -> bool {
    // a standfirst ("A fresh report from the inspectorate looks at ...") is
    // a sentence, longer than a name
    let short = second.split_whitespace().count() <= 20;
    short && reads_as_news(first) && !reads_as_news(second) && REPORT_NAME.is_match(second)
}

/// True when a heading holds a verb of news or a judging word, or makes a
/// claim, a verb of being after its first word or two (lexicon
/// `HEADLINE_COPULAS`: "Inspection is key to success"). A verb's
/// word capitalised and numbered like an issue of a series is a noun ("Technical Notes
/// 2023, Issue 64 - ..."): the number ends a phrase, where a verb's object
/// would go on ("CJI publishes 2023-24 Annual Report").
fn reads_as_news(text: &str) -> bool {
    // ("Inspection is key to success": a claim, its verb after a short
    // subject; "This report is a follow-up review." is a page's sentence)
    let claims = !text.trim_end().ends_with('.')
        && text
            .split_whitespace()
            .take(crate::lexicon::COPULA_SUBJECT_WORDS_MAX + 1)
            .skip(1)
            .any(|w| {
                crate::lexicon::HEADLINE_COPULAS
                    .iter()
                    .any(|c| w.eq_ignore_ascii_case(c))
            });
    if claims {
        return true;
    }
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let numbered = word.starts_with(char::is_uppercase)
            && words.peek().is_some_and(|next| {
                next.starts_with(|c: char| c.is_ascii_digit())
                    && next.ends_with(',')
                    && next
                        .trim_end_matches(',')
                        .chars()
                        .all(|c| c.is_ascii_digit())
            });
        let news = word.split(|c: char| !c.is_alphanumeric()).any(|w| {
            crate::lexicon::is_judging_word(w) || (crate::lexicon::is_headline_verb(w) && !numbered)
        });
        if news {
            return true;
        }
    }
    false
}

/// The long words (four letters or more) of `text`, and how many of them
/// are capitalised (not written in capitals throughout).
fn capitalised_words(text: &str) -> (usize, usize) {
    let long_words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = long_words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase) && !w.chars().all(|c| !c.is_lowercase()))
        .count();
    (long_words.len(), capitalised)
}

/// True when `above` is a name in title case with no news in it and `line`
/// a news heading in sentence case that opens with a capital: two
/// headings on consecutive lines, not one wrapped.
fn caption_then_news(above: &str, line: &str) -> bool {
    let (long, capitalised) = capitalised_words(above);
    long >= 3
        && capitalised * 3 >= long * 2
        && !above.trim_end().ends_with([',', ':', '-', '\u{2013}'])
        && !reads_as_news(above)
        && line.trim_start().starts_with(char::is_uppercase)
        && in_sentence_case(line)
        && reads_as_news(line)
}

/// True when `line`, under the heading line `above` with no blank line
/// between, is a standfirst of its own and not the heading wrapped: a whole
/// sentence that opens in capitals, longer than the heading line by more
/// than its own first word (a line wrapped at some width is full but for
/// the word that would not fit, so what comes after it is no longer than
/// it and that word). "Kestrelford: joint inspection finds agencies slow to
/// recognise neglect" / "Children living with neglect in Kestrelford were
/// not always identified early enough, inspectors found."
fn standfirst_under_heading(above: &str, line: &str) -> bool {
    let (above, line) = (above.trim(), line.trim());
    let first_word = line.split_whitespace().next().unwrap_or("");
    !above.ends_with(SENTENCE_ENDS)
        && !above.ends_with([',', ':', ';', '-', '\u{2013}'])
        && line.starts_with(char::is_uppercase)
        && line.ends_with(SENTENCE_ENDS)
        && line.split_whitespace().count() >= STANDFIRST_WORDS_MIN
        && line.chars().count() > above.chars().count() + 1 + first_word.chars().count()
}

/// Most long words in lower case: a sentence, not a name in title case or
/// a heading in capitals.
fn in_sentence_case(text: &str) -> bool {
    let (long, capitalised) = capitalised_words(text);
    let lower = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    long >= 4 && capitalised * 2 < long && lower * 2 >= text.split_whitespace().count()
}

/// True when `line` carries on the embargo line above it, whose date it
/// completes ("EMBARGO: NOT FOR PUBLICATION ... OR SOCIAL" / "MEDIA BEFORE
/// 00:01 HOURS ON TUESDAY 24 MARCH 2015"): the line above has the embargo
/// word and no year.
fn continues_embargo(above: &str, line: &Line<'_>) -> bool {
    let has_year = |t: &str| {
        t.as_bytes().windows(4).any(|w| {
            (w.starts_with(b"19") || w.starts_with(b"20")) && w.iter().all(u8::is_ascii_digit)
        })
    };
    !line.is_blank() && EMBARGO_WORD.is_match(above) && !has_year(above) && has_year(line.text)
}

/// Whether a lone heading names a report. A report's name has a report word
/// and is short ("Report on ..."), or is long and in title case
/// ("Resettlement Provision for Adult Offenders: Accommodation, ...").
/// "Inspectors report significant improvement" uses the word as a verb, and
/// a heading labelled "Press Release - ..." is the release's: news.
fn reads_as_report_name(text: &str) -> bool {
    // "HM Inspectorate of Prisons - Report on short scrutiny visits ...":
    // the publisher's name before a dash is judged apart from the name
    let text = after_publisher(text);
    let news = reads_as_news(text);
    let mut words = text.split_whitespace();
    let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let reported = first.ends_with('s') && REPORT_NAME.is_match(second);
    let (long, capitalised) = capitalised_words(text);
    // (more than four in five long words capitalised: "Improvement
    // required at a specialist Mental Health Ward at Prince Philip Hospital
    // in Llanelli", two of ten in small letters, is news naming places)
    let title_case = long >= 6 && capitalised * 5 > long * 4;
    // "...: key findings": a part of a document closes its name
    let part_named = text.rsplit_once(':').is_some_and(|(_, part)| {
        crate::lexicon::DOCUMENT_PARTS
            .iter()
            .any(|p| part.trim().eq_ignore_ascii_case(p))
    });
    let named = (has_report_word(text) && text.split_whitespace().count() <= 12 && !reported)
        || part_named
        || OPENS_AS_REPORT_NAME.is_match(text)
        || OPENS_AS_ADDRESSED.is_match(text)
        || (title_case && !text.trim_end().ends_with('.') && !PRESS_BANNER.is_match(text));
    // "CPS sending substandard letters to victims (Nov 18)" is news; a
    // dated name has the subject and its aspect ("Victim Liaison Units:
    // letters sent to the public by the CPS (Nov 18)")
    let dated = (DATED_NAME.is_match(text) && text.contains(':'))
        || NAME_AND_YEAR.is_match(text)
        || names_a_period(text)
        || NAME_AND_WORK.is_match(text);
    // "Our inspection programme": the site's own page, in its voice (and
    // undated: "Our 2022 inspection" names one inspection's report)
    let site_page = crate::lexicon::SITE_PAGE_OPENERS
        .iter()
        .any(|o| first.eq_ignore_ascii_case(o))
        && !text.split_whitespace().any(crate::dates::names_a_year);
    (named || dated) && !news && !site_page
}

/// How many lines into the body a heading printed again as a caption is
/// looked for.
const HEADING_AGAIN_REACH: usize = 8;

/// How many words at most a heading that is only an establishment's name
/// holds ("HMP & YOI Low Newton").
const ESTABLISHMENT_NAME_WORDS: usize = 6;

/// True when `text` is only an establishment's name ("HMP Lowdham
/// Grange"): as a page's one heading, it names the report on it.
fn is_establishment_name(text: &str) -> bool {
    let word_of_name = |w: &str| {
        w == "&"
            || (w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
    };
    // (each word capitalised: "HMP Lewes: watchdog calls ..." is news)
    crate::lexicon::is_establishment(text.trim())
        && text.split_whitespace().count() <= ESTABLISHMENT_NAME_WORDS
        && text.split_whitespace().all(word_of_name)
}

/// `text` after an inspectorate's name that opens it and a dash, colon or
/// bar ("HM Inspectorate of Prisons - Report on ..."), else all of it.
fn after_publisher(text: &str) -> &str {
    for (_, known) in crate::lexicon::inspectorates_named(text) {
        if let Some(m) = known.pattern.find(text).filter(|m| m.start() == 0) {
            let rest = text[m.end()..].trim_start();
            if let Some(after) = rest.strip_prefix(['-', '\u{2013}', '\u{2014}', ':', '|']) {
                if !after.trim().is_empty() {
                    return after.trim_start();
                }
            }
        }
    }
    text
}

/// A name and a year and nothing else ("Durham 2017", "PEEL 2021/22"), as
/// an assessment page names the body and the year it assesses: no verb, so
/// a name, not news.
static NAME_AND_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(
        r"^\s*\p{Lu}[\w'’&-]*(?:\s+(?:\p{Lu}[\w'’&-]*|and|of|&)){0,4}\s+(?:19|20)\d\d(?:[/-]\d{2,4})?\s*$",
    )
    .expect("name and year regex")
});

/// How many words at most a document's name before its period holds.
const PERIOD_NAME_WORDS: usize = 8;

/// True when `text` is a document's name closed by the period it covers,
/// a range of years ("Annual programme of Scrutiny 2025 to 2026",
/// "Business plan 2024-25"): a plan's or a report's name, not news.
fn names_a_period(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let is_year = |w: &str| crate::dates::names_a_year(w);
    let short_year = |w: &str| {
        w.split_once(['-', '/', '\u{2013}']).is_some_and(|(a, b)| {
            is_year(a) && (2..=4).contains(&b.len()) && b.bytes().all(|c| c.is_ascii_digit())
        })
    };
    let name_len = match words.as_slice() {
        [.., a, to, b] if is_year(a) && to.eq_ignore_ascii_case("to") && is_year(b) => {
            words.len() - 3
        }
        [.., range] if short_year(range) => words.len() - 1,
        _ => return false,
    };
    (1..=PERIOD_NAME_WORDS).contains(&name_len)
        && words[0].starts_with(char::is_uppercase)
        && words[..name_len].iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '&'))
        })
}

/// A place's name and the kind of work inspected there and nothing else
/// ("London Magistrates' Courts custody"; lexicon `NAMED_WORK_ENDINGS`):
/// no verb, so a report's name, not news.
static NAME_AND_WORK: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"^\s*\p{Lu}[\w'’&-]*(?:\s+(?:\p{Lu}[\w'’&-]*|and|of|&)){0,5}\s+(?:{})\s*$",
        crate::lexicon::NAMED_WORK_ENDINGS,
        "name and work regex",
    )
});

/// An inspection's name stamped with its month and year ("Victim Liaison
/// Units: letters sent to the public by the CPS (Nov 18)"), as an
/// inspectorate's list of inspections names them.
static DATED_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    let months: Vec<&str> = crate::lexicon::MONTHS.iter().map(|m| &m[..3]).collect();
    crate::lexicon::regex(&format!(
        r"\((?:{})[a-z]*\.?\s+\d{{2}}\)\s*$",
        months.join("|")
    ))
    .expect("dated name regex")
});

/// A scraper's stamp before a heading (" date 2019-05-24 Report
/// criticises ..."): its length with the white space around it, or 0.
pub fn header_lead_len(line: &str) -> usize {
    static STAMP: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"^\s*(?:date\s+\d{4}-\d{2}-\d{2}\s+)?").expect("stamp regex")
    });
    STAMP.find(line).map_or(0, |m| m.end())
}

/// Words that make a header line the name of a report.
static REPORT_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})\b",
        crate::lexicon::REPORT_WORDS,
        "report name regex",
    )
});

/// A report word as the news's occasion ("... following inspection",
/// "... after a damning report"; lexicon `OCCASION_LEADS`), one word at most
/// between the lead and the report word.
static REPORT_AS_OCCASION: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        &format!(
            r"(?i)\b(?:{})\s+(?:[\w'’-]+\s+)?(?:{{}})\b",
            crate::lexicon::OCCASION_LEADS.join("|")
        ),
        crate::lexicon::REPORT_WORDS,
        "report as occasion regex",
    )
});

/// True when `text` has a report word that may name a report: one that is
/// not only the news's occasion ("Admissions ceased at nursing home
/// following inspection" names none).
fn has_report_word(text: &str) -> bool {
    REPORT_NAME.is_match(&REPORT_AS_OCCASION.replace_all(text, ""))
}

/// A report's name however long, by how it opens: a few words, a report
/// word and "of", "on" or "into" ("Joint targeted area inspection of the
/// multi-agency response to children living with domestic abuse in
/// Brackenford", "Report on an unannounced inspection of ...").
static OPENS_AS_REPORT_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^\s*(?:[\w'’-]+\s+){0,4}?(?:{})\s+(?:of|on|into)\s",
        crate::lexicon::REPORT_WORDS,
        "opens as report name regex",
    )
});

/// A piece addressed to someone, by how its name opens: a few words, the
/// piece and "to" ("CPS Response to the HMCPSI thematic inspection report
/// ...", "Speech to the Prison Governors' Association conference").
static OPENS_AS_ADDRESSED: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^\s*(?:[\w'’-]+\s+){0,3}?(?:{})\s+to\s+(?:the\s+)?(?-i:\p{Lu})",
        crate::lexicon::ADDRESSED_WORKS,
        "opens as addressed regex",
    )
});

/// "From:", "Published:", "Date of issue:" lines of a web page or notice.
static METADATA: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)^[\s\-–—•]*(?:(?:press|news|media)\s+release\s{2,})?(?:{})\s*(?::|$)",
        crate::lexicon::METADATA_KEYS,
        "metadata regex",
    )
});

/// A release's line naming who issues it (lexicon `ISSUER_LINE`).
static ISSUER_LINE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(crate::lexicon::ISSUER_LINE).expect("issuer line regex")
});

/// True when `line` is a line of a page's details: "From: ...",
/// "Publication date: 11 May 2016", "Posted on ...". Only lines with a
/// colon are looked at: a key alone on its line is a heading's business.
pub(crate) fn is_metadata_line(line: &str) -> bool {
    line.contains(':') && METADATA.is_match(line)
}

/// An inspectorate's slogan under its name: a short phrase in sentence case
/// with no full stop ("Independent scrutiny of the justice system",
/// "Independent scrutiny of the UK’s border and immigration functions": an
/// acronym is no capital of a name).
fn is_slogan(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    // ("UK’s": an acronym's possessive)
    let acronym = |w: &str| {
        let w = crate::source::POSSESSIVE_ENDS
            .iter()
            .find_map(|ending| w.strip_suffix(ending))
            .unwrap_or(w);
        crate::source::is_acronym(w)
    };
    (2..=SLOGAN_WORDS_MAX).contains(&words.len())
        // ("Kestrelford: joint inspection finds ..." under "Press release"
        // is a headline)
        && !line.contains(':')
        && !line.trim_end().ends_with('.')
        && words[1..]
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_lowercase) || acronym(w))
}

/// The most words of an inspectorate's slogan.
const SLOGAN_WORDS_MAX: usize = 14;

/// A line that finishes the inspectorate's name begun on the banner line
/// above it ("His Majesty's Inspectorate of Constabulary" / "and Fire &
/// Rescue Services"): it opens in lower case and the two read as a banner.
fn completes_banner(above: &str, line: &str) -> bool {
    let t = line.trim_start();
    let names_partners = || {
        crate::lexicon::BANNER_PARTNER_LEADS
            .iter()
            .any(|lead| starts_with_ignore_case(t, lead))
    };
    t.starts_with(char::is_lowercase)
        && is_banner(above)
        && (names_partners() || is_banner(&format!("{} {}", above.trim(), line.trim())))
}

/// A running header at the top of a page: a short line with no sentence's
/// end that names the release ("HMCPSI      PRESS RELEASE No. 19/11",
/// "CPS Ashmarsh follow-up inspection - press release", "CJI News Release
/// | Carrowmore Hostels Trust Follow-up Review | February 2010").
fn is_running_header(line: &str, opens_page: bool) -> bool {
    static NAMES_RELEASE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::words_pattern(
            r"(?i)\b(?:{})\b",
            crate::lexicon::PRESS_BANNERS,
            "running header regex",
        )
    });
    let line = line.trim_matches(|c: char| c.is_whitespace() || c == '\x0c');
    // or set out in cells at the top of a new page, as a page's header is
    // ("HMCPSI      Follow-up inspection of CPS Quarnshire"), unless it is
    // a table's header repeated there ("No.   Recommendation   Status")
    let in_cells = opens_page
        && line.contains("   ")
        && !crate::lexicon::TABLE_HEADER_WORDS
            .iter()
            .any(|w| line.to_ascii_lowercase().contains(w));
    line.split_whitespace().count() <= 14
        && !line.ends_with(['.', '!', '?', ':', ';', ','])
        && (NAMES_RELEASE.is_match(line) || in_cells)
}

/// A banner line: "Press release", "JOINT THEMATIC INSPECTION", or an
/// inspectorate's name on its own, perhaps with its slogan ("Criminal
/// Justice Inspection Northern Ireland a better justice system for all").
fn is_banner(line: &str) -> bool {
    // "Press release / Datganiad i'r wasg": a bilingual banner is judged
    // by its first language
    let first = line.split_once(" / ").map_or(line, |(first, _)| first);
    if PRESS_BANNER.is_match(line) && first.split_whitespace().count() <= 5 {
        return true;
    }
    // "London        PRESS RELEASE": a letterhead's columns, one of them
    // the banner and the others a word or two
    let cells: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    if cells.len() >= 2
        && cells
            .iter()
            .any(|c| PRESS_BANNER.is_match(c) && c.split_whitespace().count() <= 5)
        && cells.iter().all(|c| c.split_whitespace().count() <= 5)
    {
        return true;
    }
    let mut rest = line.to_owned();
    let mut named = false;
    for (_, known) in crate::lexicon::inspectorates_named(line) {
        if known.pattern.is_match(&rest) {
            named = true;
            rest = known.pattern.replace_all(&rest, " ").into_owned();
        }
    }
    if !named {
        return false;
    }
    let rest = rest.replace(['|', '(', ')', ',', '-', '–'], " ");
    // (a word's capital read past the quotation mark before it: "‘Most
    // of the care in Wales is good’ – Care Inspectorate Wales" is news)
    let words: Vec<&str> = rest
        .split_whitespace()
        .map(|w| w.trim_start_matches(['\'', '"', '\u{2018}', '\u{201c}']))
        .filter(|w| !w.is_empty())
        .collect();
    // "Chief Inspector of Probation raises concerns ..." is news, not a
    // name with its slogan.
    let news = words.iter().any(|w| crate::lexicon::is_headline_verb(w));
    !news
        && (words.len() <= 1
            || words
                .iter()
                .all(|w| w.chars().next().is_some_and(|c| !c.is_uppercase()))
            || matches!(words.first(), Some(&"Her") | Some(&"His") | Some(&"HM"))
            // "HM Inspectorate of Prisons for England and Wales"
            || words.iter().all(|w| {
                w.chars().next().is_some_and(|c| !c.is_uppercase())
                    || crate::lexicon::NATIONS
                        .iter()
                        .any(|n| n.split(' ').any(|part| part == *w))
            })
            || PRESS_BANNER.is_match(&words.join(" ")))
}

/// True when `lines[start..end]` is a letter's list of addressees, one a
/// line, each with a name and a role ("Lydia Marchbank, Chief Constable,
/// Ouseland Police"): most lines hold a comma and none ends a sentence.
/// Just above the letter's greeting ("Dear Mrs Beddoes and Mr Siddall"),
/// any such block is, however its names and roles are set out ("Omar
/// Siddall" / "Accountable Officer, NHS Stanmarsh ...", a role wrapped
/// onto a line of its own).
fn is_addressee_list(lines: &[Line<'_>], start: usize, end: usize) -> bool {
    let block = &lines[start..end];
    let unended = block.iter().all(|l| {
        let t = l.text.trim();
        t.starts_with(char::is_uppercase) && !t.ends_with(['.', ':', '!', '?'])
    });
    let with_comma = block.iter().filter(|l| l.text.contains(", ")).count();
    let greeted = || {
        lines[end..]
            .iter()
            .find(|l| !l.is_blank())
            .is_some_and(|l| crate::lexicon::is_salutation(l.text.trim()))
    };
    block.len() >= 3 && unended && (with_comma * 3 >= block.len() * 2 || greeted())
}

/// A letterhead's postal address: it holds a UK postcode ("London SW1P
/// 4XX") or a house number and a street ("14 Tothill Walk").
fn is_address_line(line: &str) -> bool {
    static POSTCODE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b")
            .expect("postcode regex")
    });
    static STREET: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"\b[0-9]{{1,4}}[a-z]?,?\s+(?:[A-Z][a-z'’]+\s+){{1,3}}(?:{})\b",
            crate::lexicon::STREET_WORDS.join("|")
        ))
        .expect("street regex")
    });
    // "Press Office, 1st Floor, Albion Wharf": a floor of a building, not
    // "Inspectors find ground floor cells dirty"
    static FLOOR: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+floor\b")
            .expect("floor regex")
    });
    line.len() <= 200
        && (POSTCODE.is_match(line)
            || STREET.is_match(line)
            // (set apart by commas, as an address's parts are)
            || (line.contains(", ") && FLOOR.is_match(line)))
}

/// A line that is nothing but a date or a dateline ("Published 3 May 2016").
fn is_date_line(line: &str) -> bool {
    // Numeric dates ("07.07.2009", "19/03/14") and times ("08:42").
    static STAMP: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\b")
            .expect("numeric stamp regex")
    });
    let t = line.trim();
    if t.is_empty() || t.len() > 200 {
        return false;
    }
    // "Reports published 29 April" heads a batch of reports
    if crate::lexicon::BATCH_HEADING_OPENINGS
        .iter()
        .any(|o| crate::source::starts_with_ignore_case(t, o))
    {
        return false;
    }
    let mut rest = String::with_capacity(t.len());
    let mut last = 0;
    let mut dated = false;
    for d in crate::dates::find_dates(t) {
        rest.push_str(&t[last..d.range.start]);
        rest.push(' ');
        last = d.range.end;
        dated = true;
    }
    rest.push_str(&t[last..]);
    dated |= STAMP.is_match(&rest);
    let rest = STAMP.replace_all(&rest, " ");
    let words = rest
        .split(|c: char| c == '|' || c.is_whitespace())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    // "24 May 2019, 08:42 | Updated: 24 May 2019, 08:44", "16 September
    // 2013", and a byline of tags around a timestamp ("John O | 07.07.2009
    // 06:30 | Migration | World").
    dated && (words <= 3 || (t.matches('|').count() >= 2 && words <= 12))
}

/// Byte range of lines `range` (from the first line's start to the last
/// line's end).
pub fn byte_range(source: &Source<'_>, range: &Range<usize>) -> Range<usize> {
    if range.is_empty() || range.start >= source.line_count() {
        return 0..0;
    }
    let first = source.line(range.start);
    let last = source.line(range.end.min(source.line_count()) - 1);
    first.start..last.end()
}

/// Paragraphs in `range`: runs of non-blank, non-debris lines, as ranges of
/// line indices.
pub fn paragraphs(
    source: &Source<'_>,
    sections: &Sections,
    range: Range<usize>,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for k in range.clone() {
        let breaks = source.line(k).is_blank() || sections.is_debris(k);
        match (breaks, start) {
            (true, Some(s)) => {
                out.push(s..k);
                start = None;
            }
            (false, None) => start = Some(k),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..range.end);
    }
    out
}

/// True when `text` contains the word "embargo" in any spacing; used to find
/// embargo lines.
pub fn mentions_embargo(text: &str) -> bool {
    EMBARGO_WORD.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "Skip to content\nHome > News > Press releases\n\nPress Release\nEMBARGOED UNTIL 00:01 Tuesday 4 March 2014\n\nInspection of Northshire Police custody\n\nCustody suites are safe but cells need repair\n\nHM Inspectorate of Constabulary today published a report on custody in Northshire. Inspectors visited four custody suites and examined 60 custody records over two weeks in the autumn.\n\n-ends-\n\nNotes to editors\n1. HMIC is independent.\n\nAnnex A: Progress against recommendations\nRecommendation\tProgress\n1\tDo better.\tAchieved\n\nRelated downloads\n";

    #[test]
    fn a_caption_repeating_the_report_s_name_is_no_heading() {
        let doc = "Answering the Call - A follow-up Review\n\nPublication: 23/09/15\nAnswering the Call\nImproved call management will help police deliver a better service\n\nCriminal Justice Inspection Northern Ireland has commended the police for the steps taken to improve the way it deals with calls.\n";
        let source = Source::new(doc);
        let s = split(&source);
        assert!(s.is_debris(3));
        // a browser title's site name after the heading keeps the heading
        let doc = "Two centres criticised by inspectors - Refugee Council\n\nTwo centres criticised by inspectors\n\nIn two reports the Chief Inspector of Prisons has described fear and disorder.\n";
        let source = Source::new(doc);
        assert!(!split(&source).is_debris(2));
    }

    #[test]
    fn a_stamp_with_a_byline_is_furniture_and_with_a_headline_is_not() {
        assert!(is_stamp_and_byline(" date 2024-10-23 Martin Shipton"));
        assert!(!is_stamp_and_byline(
            " date 2019-12-20 Inspectors criticise hospital mental health unit"
        ));
        assert!(!is_stamp_and_byline("date of inspection: 4 May"));
    }

    #[test]
    fn a_line_ending_in_a_file_size_is_a_download_link() {
        assert!(is_download_link(
            "Follow-up inspection of the Serious Fraud Office \u{2013} case progression (786 kB)"
        ));
        assert!(is_download_link("Full report (PDF, 1.2 MB)"));
        assert!(!is_download_link(
            "Inspectors visited four suites (A, B, C and D)"
        ));
        assert!(!is_download_link("A budget of \u{a3}2m (2014)"));
    }

    #[test]
    fn finds_every_section() {
        let source = Source::new(DOC);
        let s = split(&source);
        let text = |r: &Range<usize>| source.line(r.start).text;
        assert_eq!(
            text(s.title.as_ref().unwrap()),
            "Inspection of Northshire Police custody"
        );
        assert_eq!(
            text(s.headline.as_ref().unwrap()),
            "Custody suites are safe but cells need repair"
        );
        assert!(text(&s.body).starts_with("HM Inspectorate"));
        assert_eq!(text(s.notes.as_ref().unwrap()), "1. HMIC is independent.");
        assert!(text(s.annex.as_ref().unwrap()).starts_with("Annex A"));
        assert!(s.is_debris(0) && s.is_debris(1));
        assert!(s.is_debris(source.line_count() - 1));
    }

    #[test]
    fn a_wrapped_first_line_over_a_long_line_is_the_body() {
        let doc = "Inspection report\n\nA headline\n\nHMICFRS inspectors examined 90 police investigation files and listened\nto 45 recorded calls. HMCPSI inspectors assessed 60 CPS case files. HMI Probation inspectors looked at the cases of 40 people on probation for domestic abuse offences.\n";
        let source = Source::new(doc);
        let s = split(&source);
        assert!(
            source
                .line(s.body.start)
                .text
                .starts_with("HMICFRS inspectors")
        );
        assert_eq!(source.line(s.headline.unwrap().start).text, "A headline");
    }

    #[test]
    fn a_breadcrumb_run_together_over_a_claim_in_a_heading() {
        // a newspaper's trail with its separators lost, then a letter's
        // heading: a claim ("X is ..."), so news, though "Inspection" is a
        // report's word
        let page = "Belfast Courier\n\nHome Opinion Letters\n\nInspection is key to success\n\nI write in reply to your article on the inspections of two schools, which gave a partial account of what the inspectors found.\n";
        assert_eq!(
            heads(page),
            (None, Some("Inspection is key to success".to_owned()))
        );
        // "Home Detention Curfew Review" and "Home Office ..." name a report
        // and a body: headings, not trails
        let page = "Home Detention Curfew Review\n\nThe inspectorates have published a joint review of the scheme that lets prisoners serve part of their sentence at home.\n";
        assert!(heads(page).0.is_some() || heads(page).1.is_some());
        let page = "Home Office Responds\n\nThe department has answered the report on immigration detention published by the inspectorate last week in full.\n";
        assert_eq!(heads(page).1, Some("Home Office Responds".to_owned()));
        assert!(reads_as_news("Inspections are here to help"));
        // a sentence of the page, its full stop kept, is no claim
        assert!(!reads_as_news("This report is a follow-up review."));
        // nor a clause later in a report's name
        assert!(!reads_as_news(
            "Witness care: a thematic review of cases where witnesses are intimidated"
        ));
    }

    #[test]
    fn an_email_bulletins_masthead_and_contents_are_no_headings() {
        // the issue line, the contents' lead-in and its typed bullets are
        // the bulletin's; its story's heading is the news
        let page = "From: HM Inspectorate of Probation <news@hmiprobation-updates.org.uk>\nSent: 09 June 2016 09:04\nTo: newsdesk@merrowvalegazette.co.uk\nSubject: Inspection news | Issue 23 | Fenmarch youth offending report out today\n\nView this email in your browser <https://mailer.hmiprobation-updates.org.uk/v/23-june-2016>\n\n--------------------------------------------------------------------\nHM INSPECTORATE OF PROBATION\nInspection news  |  Issue 23  |  June 2016\n--------------------------------------------------------------------\n\nIn this issue:\n  * Fenmarch youth offending work - report published today\n  * Thematic on desistance: call for practitioners\n  * Also published this month\n  * Dates for your diary\n\n====================================================================\n\nNEW REPORT\n\nFenmarch YOT keeps the public safe, but too few children get the\neducation and health help they need\n\nHM Inspectorate of Probation today published the findings of a joint\ninspection of youth offending work in Fenmarch. The inspection was\nled by HM Inspectorate of Probation, working with HM Inspectorate of\nConstabulary (HMIC), Ofsted and the Care Quality Commission (CQC).\n\nInspectors were on site between 7 and 11 March. They worked from all\nthree of the Youth Offending Team's bases - Fenmarch Town Hall Annexe,\nColbeck Road and the Strand Quay Centre - and also went to Ashwell\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some(
                    "Fenmarch YOT keeps the public safe, but too few children get the\neducation and health help they need".to_owned()
                )
            )
        );
        assert!(opens_with_bullet("* Dates for your diary"));
        assert!(!opens_with_bullet("*Starred item"));
    }

    #[test]
    fn a_record_of_evidence_its_sitting_and_its_people_are_no_headings() {
        let page = "Official Report: Minutes of Evidence\nCommittee for Justice , meeting on Thursday, 29 May 2025\nMembers present for all or part of the proceedings:\nMs Joanne Bunting (Chairperson)\nMr Doug Beattie MC\nWitnesses:\nMs Jacqui Durkin, Criminal Justice Inspection Northern Ireland\nTransforming the Criminal Justice System in Northern Ireland: Criminal Justice Inspection Northern Ireland\n\nThe Chairperson (Ms Bunting): With us today are the chief inspector and the lead inspector, who have come to talk to us about their report.\n";
        assert_eq!(
            heads(page),
            (
                Some(
                    "Transforming the Criminal Justice System in Northern Ireland: Criminal Justice Inspection Northern Ireland".to_owned()
                ),
                None
            )
        );
        assert!(is_person_line("Mr Doug Beattie MC"));
        assert!(!is_person_line("Dr Foster finds failings in care"));
        assert!(!is_person_line("Sir Tom Winsor, the chief inspector"));
    }

    #[test]
    fn a_sites_navigation_run_into_the_story_over_its_heading() {
        let page = "Site Home\nExplore the site\nLatest Stories\nLast Updated: Wednesday, 7 February 2007, 00:26 GMT\nConcerns raised over youth jail\nInspectors want services for boys improved at a young offender institution.\n\nThe demand comes after an inspection last summer.\n";
        assert_eq!(
            heads(page),
            (None, Some("Concerns raised over youth jail".to_owned()))
        );
        // a paragraph wrapped at a width goes on in lower case: no header
        let prose = "Inspectors found that the prison had\nmade progress since the last visit\nand that staff knew the men\nwell. The report praised the gym.\n\nMore followed.\n";
        assert_eq!(heads(prose), (None, None));
        // nor when its lines happen to open with capitals
        let prose = "Care Quality Commission (CQC) and Criminal Justice Inspection Northern\nIreland (CJI) have today published a follow-up review of Rossfield\nHealth and Justice services. The original inspection, published in\nNovember 2020, made 12 recommendations.\n\nMore followed.\n";
        assert_eq!(heads(prose), (None, None));
    }

    #[test]
    fn a_report_page_under_its_establishments_name_and_archive_chrome() {
        let page = "Skip to content\n\nArchives: Reports\n\nContains details of Reports\n\nHMP Lowdham Grange\n\nWhat we found\n\nThe prison had not made enough progress against the concerns raised at its last inspection, and leaders knew it.\n";
        assert_eq!(heads(page), (Some("HMP Lowdham Grange".to_owned()), None));
        // a name with news after it is a headline
        let page = "HMP Lewes: watchdog calls progress disappointing\n\nThe prison had not made enough progress against the concerns raised at its last inspection, and leaders knew it.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("HMP Lewes: watchdog calls progress disappointing".to_owned())
            )
        );
    }

    #[test]
    fn a_breadcrumb_under_home_and_a_plan_named_by_its_years() {
        let page = "GOV.UK\nMenu\n\nHome\nCrime, justice and the law\nYoung people and the law\nYouth justice\n\nNews story\n\nLindenford youth justice work rated Requires improvement\n\nInspectors found strong leadership in the service, though assessments of children diverted from court were too often weak.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Lindenford youth justice work rated Requires improvement".to_owned())
            )
        );
        assert!(names_a_period("Annual programme of Scrutiny 2025 to 2026"));
        assert!(names_a_period("Business plan 2024-25"));
        assert!(!names_a_period("Prison rated good by inspectors in 2019"));
    }

    #[test]
    fn a_quoted_heading_ending_with_the_inspectorate_is_news() {
        assert!(!is_banner(
            "\u{2018}Most of the care in Wales is good\u{2019} \u{2013} Care Inspectorate Wales"
        ));
        assert!(is_banner("Care Inspectorate Wales"));
        // a name's report wrapped after its colon is no banner either
        assert!(!is_banner(
            "HM Inspectorate of Constabulary and Fire & Rescue Services: Thematic"
        ));
    }

    #[test]
    fn a_news_sections_region_is_no_heading() {
        assert!(is_section_label("Glasgow & West Scotland"));
        assert!(is_section_label("Edinburgh, Fife & East Scotland"));
        assert!(is_section_label("Northern Ireland"));
        assert!(!is_section_label("Prisons in Scotland"));
        assert!(!is_section_label(
            "Barlinnie Prison is unsafe, says inspector of Scotland"
        ));
        let page = "Glasgow & West Scotland\n\nPrisons inspector says overcrowded Barlinnie is unsafe\n\nBarlinnie in Glasgow, the biggest jail in Scotland, is running more than 50% over capacity, the chief inspector said.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.title.is_none());
        assert_eq!(
            source.line(s.headline.unwrap().start).text,
            "Prisons inspector says overcrowded Barlinnie is unsafe"
        );
    }

    #[test]
    fn a_news_heading_over_a_standfirst_in_sentence_case_is_the_headline() {
        let page = "Inspectors find Fenmoor Prison \u{2018}unsafe and unstable\u{2019}\n\nFailings of leadership highlighted, as one of the two chief inspectors likens the jail to something out of an old novel\n\nFenmoor holds about 1,000 prisoners.\n\nA scathing report released on Thursday concludes that Fenmoor prison is in crisis.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some(
                    "Inspectors find Fenmoor Prison \u{2018}unsafe and unstable\u{2019}".to_owned()
                )
            )
        );
    }

    #[test]
    fn a_statements_author_and_its_metadata_are_no_headings() {
        let page = "Skip to main content\n\nLeighton Ashby, Minister for Education and Skills\n\nFirst published:\n22 March 2013\nLast updated:\n\nEstyn has today published a letter setting out what it found when it returned to Torfell to monitor progress.\n";
        assert_eq!(heads(page), (None, None));
    }

    #[test]
    fn a_picture_credit_and_caption_run_into_one_line_is_no_heading() {
        let page = " date 2019-12-20 Image copyright PA Media Image caption Hinchford in Huntly is one of the three hospitals that the trust runs\n\nCare Quality Commission inspectors have rated an NHS trust with three hospitals as \"requires improvement\".\n";
        assert_eq!(heads(page), (None, None));
    }

    #[test]
    fn a_long_breadcrumb_a_doubled_menu_and_a_heading_printed_thrice() {
        let page = "Working together for a better justice system\nNews and Events > CJI News Archive > 2009 > April - June > Public Prosecution Service follow-up inspection report published\nNews and Events\nLatest News Latest News\nPress Releases Press Releases\nEvents Events\n\nPublic Prosecution Service follow-up inspection report published\n\n\nPublic Prosecution Service follow-up inspection report published\n\nPublic Prosecution Service follow-up inspection report published\n\n30/06/2009\nInspectors returning to the Public Prosecution Service for a follow-up inspection have found that its decisions are still well founded.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Public Prosecution Service follow-up inspection report published".to_owned())
            )
        );
    }

    #[test]
    fn a_news_sites_notices_are_no_headings() {
        let page = "Your browser is no longer supported\n\nFor the best possible experience using our website we recommend you upgrade to a newer version or another browser.\n\nLearn more\n\nStaffing issues unite latest trusts criticised by inspectors\n\n\nThree critical reports on standards at trusts, put out by the Care Quality Commission last week, all had nursing shortages at their core.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Staffing issues unite latest trusts criticised by inspectors".to_owned())
            )
        );
        let page = "Error message\n\nPrison officers' union hits out at the report on HMP Fenmoor, which found the jail unsafe and violent.\n";
        assert_eq!(heads(page), (None, None));
    }

    #[test]
    fn a_hansard_reference_and_its_speakers_are_no_headings() {
        let page = "HC Deb 12 June 1991 vol 192 cc540-1W\nMr. Latham\n\nTo ask the Secretary of State for the Home Department whether he will explain why so much time passed between the inspection of Fenmoor prison and its report.\n\nMrs. Rumbold\n\nHow reports on his inspections are prepared is for the chief inspector of prisons to decide.\n";
        assert_eq!(heads(page), (None, None));
    }

    #[test]
    fn a_committee_records_chrome_and_members_are_no_headings() {
        let page = "Northern Ireland Assembly Flax Flower Logo\n\n  COMMITTEE FOR JUSTICE\n\nOFFICIAL REPORT\n(Hansard)\n\nUse of Legal Services: Criminal Justice Inspection Northern Ireland\n\n22 September 2011\n\nMembers present for all or part of the proceedings:\n\nMr Raymond Carr (Deputy Chairperson)\nMr Sydney Hale\nMs Jennifer Kerr\n\nWitnesses:\nDr Ann Hale ) Criminal Justice Inspection Northern Ireland\n\nThe Deputy Chairperson:\n\nYou are both welcome: Dr Ann Hale, the chief inspector, and Tom Reyes, one of the inspectors, who will take us through the report today.\n";
        let (title, headline) = heads(page);
        let found: Vec<String> = title.into_iter().chain(headline).collect();
        assert_eq!(
            found,
            ["Use of Legal Services: Criminal Justice Inspection Northern Ireland"]
        );
    }

    #[test]
    fn a_letterhead_floor_and_a_note_of_the_other_language_are_no_headings() {
        let page = "HM Inspectorate of Probation\nPress Office, 1st Floor, Albion Wharf\nDeansgate Locks, Manchester\n\nPRESS RELEASE\n\nThis press release is also available in Welsh.\n\nAn inspection of youth justice services in Fenmoor\n\nFenmoor Youth Justice Service rated 'Good', say inspectors\n\nHis Majesty's Inspectorate of Probation has rated Fenmoor Youth Justice Service as 'Good' overall.\n";
        assert_eq!(
            heads(page),
            (
                Some("An inspection of youth justice services in Fenmoor".to_owned()),
                Some("Fenmoor Youth Justice Service rated 'Good', say inspectors".to_owned())
            )
        );
    }

    #[test]
    fn a_news_heading_over_a_long_standfirst_is_the_headline() {
        let page = "Ulster Hospital hits back at critical inspection report\n\nThe Ulster Hospital has stood up for its services after an inspection report found fault with them\nJohn Monaghan\n\nTHE Ulster Hospital has come out in its own defence after a scathing inspection report on morale and the number of staff on duty.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Ulster Hospital hits back at critical inspection report".to_owned())
            )
        );
    }

    #[test]
    fn an_appendix_named_in_a_contents_list_opens_no_annex() {
        let doc = "Joint inspection of services to protect children in Glenmore\n\nContents\nPage\nIntroduction\n1\n9.\nWhat happens next?\n19\nAppendix 1 Indicators of quality\n20\nHow can you contact us?\n21\nIntroduction\nServices to protect children in Glenmore were inspected between June and September 2008.\n";
        let source = Source::new(doc);
        assert!(split(&source).annex.is_none());
        // with a leader to its page number
        let leader = doc.replace(
            "Appendix 1 Indicators of quality\n20",
            "Appendix 1 Indicators of quality ........ 20",
        );
        let source = Source::new(&leader);
        assert!(split(&source).annex.is_none());
        // an appendix in the body is one
        let body = "Joint inspection of services to protect children in Glenmore\n\nServices to protect children in Glenmore were inspected in 2008.\n\nAppendix 1 Recommendations\n\n1. Improve the sharing of information - achieved\n";
        let source = Source::new(body);
        assert!(split(&source).annex.is_some());
    }

    #[test]
    fn a_letters_greeting_is_no_heading() {
        let page = "Estyn Report\n\nDear Parent/Carer\n\nOur inspection report went up on the Estyn website today, and I am very pleased to share it with you.\n";
        assert_eq!(heads(page), (None, None));
        let page = page.replace("Estyn Report", "Glanrhyd Primary celebrates its inspection");
        assert_eq!(
            heads(&page),
            (
                Some("Glanrhyd Primary celebrates its inspection".to_owned()),
                None
            )
        );
    }

    #[test]
    fn the_addressees_above_a_greeting_are_no_heading_and_the_heading_under_it_is_the_title() {
        let page = "11 April 2022\n\nMrs Ada Pellow\nDirector of Children's Services, Tarnby Borough Council\nOwen Rusk\nAccountable Officer, NHS Tarnby Clinical Commissioning Group\n\nDear Mrs Pellow and Mr Rusk\n\nJoint area SEND revisit in Tarnby\n\nBetween 28 February and 2 March 2022, Ofsted and the Care Quality Commission (CQC) returned to Tarnby to judge the progress made since the first inspection.\n";
        assert_eq!(
            heads(page),
            (Some("Joint area SEND revisit in Tarnby".to_owned()), None)
        );
    }

    #[test]
    fn a_page_kept_one_line_a_paragraph_with_a_list_brought_in_by_a_colon() {
        let page = "'Key weaknesses' in care for older people in Tarnby\nInspectors who looked at older people's services in Tarnby have reported key weaknesses.\nAmong them are long waits before needs are assessed.\nOf the nine categories, three were rated weak.\nThe categories are as follows:\nImpact on staff - adequate\nImpact on the community - good\nDelivery of key processes - weak\nStrategic planning - weak\nManagement of staff - adequate\nPartnership working - adequate\nLeadership and direction - weak\nThe Care Inspectorate led the inspection.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("'Key weaknesses' in care for older people in Tarnby".to_owned())
            )
        );
    }

    #[test]
    fn a_page_s_printing_and_mailing_tools_are_no_heading() {
        let page = "Scottish Government\nPrintable version E-mail this to a friend\n\nTarnby Prison report\n\nMuch of what earlier reports praised at Tarnby prison remains good, says the newest report, published today.\n";
        assert_eq!(heads(page), (Some("Tarnby Prison report".to_owned()), None));
    }

    #[test]
    fn an_archived_sites_banner_is_no_heading() {
        let page = "We have a new website go to gov.scot\n\nHM Inspectorate of Prisons: Report on HMP Dunmore: Full Inspection, 1-5 May 2007\n\n1.1 No notice of this inspection was given in advance: the inspectors arrived at the gate and said that an inspection was starting.\n\n1.2 Every manager and member of staff in the prison helped readily.\n";
        assert_eq!(
            heads(page),
            (
                Some("HM Inspectorate of Prisons: Report on HMP Dunmore: Full Inspection, 1-5 May 2007".to_owned()),
                None
            )
        );
        // the banner that says the site is no longer kept up
        let later = page.replace(
            "We have a new website go to gov.scot",
            "This website is no longer being updated. Please go to GOV.SCOT",
        );
        assert_eq!(heads(&later), heads(page));
    }

    #[test]
    fn a_trail_of_four_items_parted_by_slashes_is_a_breadcrumb() {
        let page = "Tarnby Life / News / Tarnby Council News / Protect children and young people\n\nProtect children and young people\n\nIssued: 25 Jan 2007\n\nGood progress is being made in Tarnby to protect children, an inspection report published today confirms.\n";
        assert_eq!(
            heads(page),
            (None, Some("Protect children and young people".to_owned()))
        );
    }

    #[test]
    fn a_slogan_under_the_banner_may_hold_an_acronym_but_no_colon() {
        let page = "Independent Chief Inspector of Borders and Immigration\nIndependent scrutiny of the UK’s border and immigration functions\n\nHome\n\nTarnby enforcement teams still losing track of absconders, Chief Inspector finds\n\nThe Independent Chief Inspector today published a re-inspection of enforcement in the Tarnby region, and found much still to do.\n";
        assert_eq!(
            heads(page).1.as_deref(),
            Some(
                "Tarnby enforcement teams still losing track of absconders, Chief Inspector finds"
            )
        );
        let page = "Press release\nTarnby: joint inspection finds agencies slow to act on neglect\n\nChildren living with neglect in Tarnby were not always seen early enough, the inspectorates found in their joint report.\n";
        assert_eq!(
            heads(page).1.as_deref(),
            Some("Tarnby: joint inspection finds agencies slow to act on neglect")
        );
        // a slogan of a dozen words
        let page = "HM Inspectorate of Prisons\nIndependent scrutiny of the conditions for and treatment of those in detention\n\nLocal prisons in lockdown: outbreaks kept in check\n\nThe inspectorate today published its findings on three local prisons, and found much still to do.\n";
        assert_eq!(
            heads(page).1.as_deref(),
            Some("Local prisons in lockdown: outbreaks kept in check")
        );
    }

    #[test]
    fn a_line_naming_who_issues_the_release_is_no_heading() {
        let page = "NEWS RELEASE\n\nIssued jointly on behalf of four inspectorates\n\nNOT FOR PUBLICATION BEFORE 00.01 ON THURSDAY 26 APRIL 2018\n\nJoint inspection of the response to neglect in Kettlesby\n\nNeglect of teenagers in Kettlesby missed, say inspectors\n\nThe inspectorates have today published their joint letter to the Kettlesby board.\n";
        assert_eq!(
            heads(page),
            (
                Some("Joint inspection of the response to neglect in Kettlesby".to_owned()),
                Some("Neglect of teenagers in Kettlesby missed, say inspectors".to_owned())
            )
        );
    }

    #[test]
    fn a_standfirst_run_into_its_heading_is_no_part_of_it() {
        let page = "Press release\nKestrelford: joint inspection finds agencies slow to recognise neglect\nChildren living with neglect in Kestrelford were not always identified early enough, inspectors found.\n\nFrom: Ofsted\nPublished 4 November 2016\n\nA joint inspection of the response to children living with neglect in Kestrelford found that agencies were slow to act.\n";
        assert_eq!(
            heads(page).1.as_deref(),
            Some("Kestrelford: joint inspection finds agencies slow to recognise neglect")
        );
        // a heading wrapped over two lines is still one heading
        let wrapped = "Press release\nInspection finds casework quality improved across the Crown Prosecution Service in\nOrmeshire Area since the last visit in 2009.\n\nFrom: HMCPSI\n\nThe inspection found that the quality of casework had improved across the area since the last report.\n";
        assert_eq!(
            heads(wrapped).1.as_deref(),
            Some(
                "Inspection finds casework quality improved across the Crown Prosecution Service in\nOrmeshire Area since the last visit in 2009."
            )
        );
    }

    #[test]
    fn a_news_heading_over_a_standfirst_that_reports_speech_is_the_headline() {
        let page = "Fenmoor Ambulance Service NHS Trust rated 'requires improvement' after CQC inspection\n\nThings have improved, the CQC said, but more is needed\n\nFollowing its inspection in April and May, the Care Quality Commission has rated the trust as requiring improvement, the same rating it gave after its last visit in 2020.\n\nInspectors found that leaders understood the problems but had not yet solved them.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Fenmoor Ambulance Service NHS Trust rated 'requires improvement' after CQC inspection".to_owned())
            )
        );
        // a report's name in capitals over the news keeps its place
        let page = "THE PLACE OF SAFETY: A THEMATIC INSPECTION OF POLICE CUSTODY\n\nPolice must stop using cells for children, says HMIC\n\nHM Inspectorate of Constabulary published its thematic report today on the use of police cells as places of safety for children in crisis.\n\nIt found that cells were used too often.\n";
        assert_eq!(
            heads(page).0.as_deref(),
            Some("THE PLACE OF SAFETY: A THEMATIC INSPECTION OF POLICE CUSTODY")
        );
    }

    #[test]
    fn a_reports_facts_under_its_name_are_no_headline() {
        let page = "Report on unannounced inspections of the short-term holding facilities at Fenport\n\nPublished: 16 September 2025\n\nType of establishment: Short-term holding facility\nType of inspection: Unannounced\nDates of inspection: 3, 4 and 6 June 2025\n\nFenport handled about nine million passengers in 2024, and Border Force runs a holding room in each of its three terminals.\n\nInspectors visited each room.\n";
        assert_eq!(
            heads(page),
            (
                Some("Report on unannounced inspections of the short-term holding facilities at Fenport".to_owned()),
                None
            )
        );
    }

    #[test]
    fn a_first_line_naming_and_telling_with_a_dash_is_the_heading_though_it_stops() {
        let body = "\n\nBorder Force at Fenport has made good progress on holding and searching passengers, said Ann Hale, the Independent Chief Inspector, in the report she published today.\n\nSome problems found last time remain.\n";
        let page = format!(
            "Re-inspection of Fenport Airport \u{2013} Border Force makes progress but there is room to improve.{body}"
        );
        assert_eq!(
            heads(&page).1.as_deref(),
            Some(
                "Re-inspection of Fenport Airport \u{2013} Border Force makes progress but there is room to improve."
            )
        );
        // a story's first sentence with a dash in it is no heading
        let page = format!(
            "A youth jail has been called an unsafe place \u{2013} the result of violence and gangs.{body}"
        );
        assert_eq!(heads(&page), (None, None));
    }

    #[test]
    fn a_running_foot_over_each_pages_number_is_furniture() {
        let foot = "HM Inspectorate of Probation \u{2013} Fenmoor and Tarn PDU";
        let page = format!(
            "PRESS RELEASE\n\nFenmoor PDU rated Good\n\nHM Inspectorate of Probation has rated the Fenmoor and Tarn probation delivery unit as Good in its report published today, after inspecting 60 cases.\n{foot}\nPage 1 of 2\n\nNotes to editors\n\n1. The Inspectorate is independent.\n2. For further information please contact the press office on 0161 496 0734.\n{foot}\nPage 2 of 2\n"
        );
        let notes = crate::parse(&page).notes_to_editors;
        assert_eq!(
            notes.last().map(|n| n.text.as_str()),
            Some("For further information please contact the press office on 0161 496 0734.")
        );
        // a short cell that ends two pages of a table is no foot
        let cell = page.replace(foot, "Partially achieved");
        let notes = crate::parse(&cell).notes_to_editors;
        assert!(
            notes
                .last()
                .is_some_and(|n| n.text.ends_with("Partially achieved"))
        );
    }

    #[test]
    fn a_caption_said_twice_is_no_heading() {
        let page = "Follow-up inspection begins today at Maghaberry Prison\n\nInspectors go back into Maghaberry Prison from today\nInspectors go back into Maghaberry Prison from today Inspectors go back into Maghaberry Prison from today\n\nNorthern Ireland's only high-security jail faces a follow-up inspection starting today, and more than 20 inspectors will look at it.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.title.is_none());
        assert_eq!(
            source.line(s.headline.clone().unwrap().start).text,
            "Follow-up inspection begins today at Maghaberry Prison"
        );
        assert!(s.is_debris(2) && s.is_debris(3));
    }

    #[test]
    fn a_browser_title_with_the_site_name_over_the_heading_is_no_heading() {
        let page = "Three wings closed after inspectors' visit - Fenland Courier\nMay 28, 2015\n\nThree wings closed after inspectors' visit\n\nIn a report published today, inspectors said that three of the wings at the prison were unsafe for the men held on them, and the prison has now shut all three while repairs are made.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.title.is_none());
        assert_eq!(
            source.line(s.headline.clone().unwrap().start).text,
            "Three wings closed after inspectors' visit"
        );
        assert!(is_site_name_suffix(" - Refugee Council"));
        assert!(is_site_name_suffix(" | Yorkshire Post"));
        // a heading's own second part is no site's name
        assert!(!is_site_name_suffix(" - a report on progress since 2019"));
        assert!(!is_site_name_suffix(": Refugee Council"));
    }

    #[test]
    fn navigation_run_into_a_page_kind_label_is_no_heading() {
        // a GOV.UK page kept one line per paragraph, no blank lines
        let page = "Skip to main content\nHome\nEducation, training and skills\nSpecial educational needs and disability (SEND) and high needs\nPress release\nFenmoor SEND services: inspectors find long waits\nChildren with special educational needs in Fenmoor wait too long for support, a joint inspection by Ofsted and CQC has found.\nFrom:\nOfsted\nOfsted and the Care Quality Commission (CQC) have today published the findings of their joint inspection of the Fenmoor local area partnership, which is responsible for services for children with SEND.\nThe inspection took place between 12 and 16 May 2025.\nInspectors found that families wait more than a year for an assessment.\nLeaders know what is wrong but have not put it right.\nThe partnership must now submit a plan to Ofsted and CQC.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.title.is_none());
        assert_eq!(
            source.line(s.headline.clone().unwrap().start).text,
            "Fenmoor SEND services: inspectors find long waits"
        );
        assert!(is_kind_label("Press release"));
        assert!(!is_kind_label("News release 09/2010"));
    }

    #[test]
    fn a_menu_and_breadcrumb_of_items_and_a_downloads_box_are_no_headings() {
        let page = "Skip to content\nHM Fire Service Inspectorate in Scotland\n  \u{2022} Home\n  \u{2022} About us\n    \u{2022} What we do\n  \u{2022} Publications\n  1. Home\n  2. News\n  3. Fenmoor Local Area Inspection published\n\nNews\n\nFenmoor Local Area Inspection published\n\n12th March 2024\n\nRelated Downloads\n\n  \u{2022} Local Area Inspection: Fenmoor\n    PDF file, size 2.6 MB\n\nHM Fire Service Inspectorate in Scotland (HMFSI) has today published its Local Area Inspection of the service provided by the Scottish Fire and Rescue Service (SFRS) in Fenmoor.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.title.is_none());
        assert_eq!(
            source.line(s.headline.clone().unwrap().start).text,
            "Fenmoor Local Area Inspection published"
        );
        assert_eq!(
            crate::parse(page).subject.map(|t| t.text).as_deref(),
            Some("Scottish Fire and Rescue Service (SFRS) in Fenmoor")
        );
    }

    #[test]
    fn a_numbered_breadcrumb_is_navigation_and_a_year_counts_as_a_heading_s_word() {
        let page = "Skip to content\nHM Inspectorate of Prosecution in Scotland\n  \u{2022} Home\n  \u{2022} News\n  \u{2022} Publications\n  1. Home\n  2. Publications\n  3. Annual Report 2022-23\n\nAnnual Report 2022-23\n\nThis report describes what we did between 1 April 2022 and 31 March 2023, and it sets out what we found in each of the inspections we carried out in that year.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert_eq!(
            source
                .line(s.title.clone().or(s.headline.clone()).unwrap().start)
                .text,
            "Annual Report 2022-23"
        );
        // a word whose fourth byte is inside a dash ("14–15") is read whole
        split(&Source::new(
            "Fieldwork 14–15 May\n\nThe inspection took place over two days in May, and inspectors read the files of forty people on probation in the area.\n",
        ));
    }

    #[test]
    fn a_news_site_link_to_another_story_and_a_logo_are_debris() {
        let page = "logo\nPupils thrive at Fernhill unit, inspectors say\n\nFenland Courier2 days ago\n\nInspectors have given a glowing verdict on a unit for children who have been excluded from school, and found that pupils make strong progress in learning and behaviour.\nRead more: Children's services told to improve\nChief Inspector Ann Bell said: \"It is good.\"\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.is_debris(0) && s.is_debris(3) && s.is_debris(6));
        assert!(!s.is_debris(7));
        assert_eq!(
            source
                .line(s.title.clone().or(s.headline.clone()).unwrap().start)
                .text,
            "Pupils thrive at Fernhill unit, inspectors say"
        );
    }

    #[test]
    fn an_image_files_name_and_a_link_to_a_recording_are_debris() {
        let page = "final logo red (RGB)\n\nJustice Committee\n\nCorrected oral evidence: Work of the Chief Inspector\n\nTuesday 24 June 2025\n\nWatch the meeting\n\nMembers present: Lord Foster (The Chair); Lord Bach.\n\nThe evidence in this transcript was heard in public and broadcast online by the committee.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.is_debris(0), "the image's name");
        assert!(s.is_debris(8), "the link to the recording");
        // the kind word alone, in a line of words, is no image's name
        assert!(!is_image_words("the logo was redrawn in red"));
    }

    #[test]
    fn markups_closing_tags_end_no_sentence_and_a_sites_own_page_is_no_report() {
        assert_eq!(
            strip_closing_tags("It is published on gov.uk.<\\/a><\\/p>"),
            "It is published on gov.uk."
        );
        assert_eq!(strip_closing_tags("A heading </b>"), "A heading");
        assert_eq!(strip_closing_tags("x > y <and more>"), "x > y <and more>");
        assert_eq!(strip_closing_tags("3 < 4 > 2"), "3 < 4 > 2");
        // a paragraph of the answer ending in tags is the body, not a heading
        let page = "In total, 11 notices have been issued since 2019. For every one of them, the notice, the reply and the action plan that went with it are published on gov.uk.<\\/a><\\/p>\n\nThe Chief Inspector of Prisons raised his concerns about HMP Kelby with the Lord Chancellor.\n";
        let source = Source::new(page);
        assert!(split(&source).headline.is_none());
        assert!(!reads_as_report_name("Our inspection programme"));
        assert!(reads_as_report_name("Our 2022 inspection"));
    }

    #[test]
    fn a_report_word_as_the_occasion_names_no_report() {
        assert!(!reads_as_report_name(
            "Admissions ceased at nursing home following inspection"
        ));
        assert!(!reads_as_report_name(
            "Care home closed after damning report"
        ));
        assert!(reads_as_report_name(
            "Follow-up inspection of Glenmere Lodge nursing home"
        ));
        let page = "Admissions ceased at nursing home following inspection\n\nThe authority has acted to halt admissions at a care home in Kelby after a visit there.\n";
        let parts = split(&Source::new(page));
        assert!(parts.title.is_none());
        assert!(parts.headline.is_some());
    }

    #[test]
    fn a_sites_notice_of_its_own_troubles_is_debris() {
        let page = "The mobile version of Kelby News is being affected by network problems at the moment. We hope to fix them soon.\n\nInspectorate publishes reports on six forces\n\nReports on six forces were published today by HMICFRS, which judged their vetting.\n\nThe force's systems were experiencing technical problems during the visit, the report said.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.is_debris(0));
        assert_eq!(
            source.line(s.headline.clone().unwrap().start).text,
            "Inspectorate publishes reports on six forces"
        );
        // the same words in the story, below the page's top, are the story's
        assert!(!s.is_debris(6));
    }

    #[test]
    fn a_data_services_json_wrapper_is_debris() {
        let page = "{ \"format\" : \"linked-data-api\", \"version\" : \"0.2\", \"result\" : {\"answerText\" : {\"_value\" : \"\n\nPrison inspected\n\nThe Chief Inspector of Prisons raised concerns about HMP Kelby in a letter to the Lord Chancellor this week.\n";
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.is_debris(0));
        // a line opening with a brace that is no record stays
        assert!(!is_data_record("{Draft} \"a\" : 1"));
        assert!(is_data_record("[{\"a\": 1, \"b\": 2, \"c\": 3}]"));
    }

    #[test]
    fn a_details_line_over_the_headings_runs_into_no_body() {
        let doc = "Report on an Unannounced Inspection of Rathmore Secure College\n\nPublication: 09/06/20\nUnannounced Inspection of Rathmore Secure College\nInspections find improved performance at Rathmore Secure College and Birch House women's prison\n\nPrison officers have won praise in two inspection reports for the progress they have made.\n";
        let (title, headline) = heads(doc);
        assert_eq!(
            title.as_deref(),
            Some("Report on an Unannounced Inspection of Rathmore Secure College")
        );
        assert_eq!(
            headline.as_deref(),
            Some(
                "Inspections find improved performance at Rathmore Secure College and Birch House women's prison"
            )
        );
        // a name printed again over the news is the page's caption
        let doc = "Rathmore Young Offenders Centre\n\nPublication: 01/10/13\nRathmore Young Offenders Centre\nFundamental improvement required at Rathmore Young Offenders' Centre, say inspectors\n\nSerious concern has been voiced by inspectors about how the centre is performing.\n";
        let (title, headline) = heads(doc);
        assert_eq!(title, None);
        assert_eq!(
            headline.as_deref(),
            Some(
                "Fundamental improvement required at Rathmore Young Offenders' Centre, say inspectors"
            )
        );
    }

    #[test]
    fn a_council_name_is_capitalised_words_ending_in_council() {
        assert!(is_council_name("The Vale of Glamorgan Council"));
        assert!(is_council_name("Northshire County Council"));
        // a report's name that ends in "Council", with any report word
        // of the lexicon, hyphened or not
        assert!(!is_council_name("Follow-up Review Council"));
        assert!(!is_council_name("Northshire Follow-up Council"));
        assert!(!is_council_name("Northshire Inspection Council"));
        assert!(!is_council_name("Council"));
        // a council's kind alone: the end of a heading broken before it
        assert!(!is_council_name("Borough Council"));
        assert!(!is_council_name("The County Council"));
        assert!(!is_council_name("the borough council"));
        // a council's name that ends a heading left open is the heading's
        let doc = "EMBARGO: 00.01hrs, Tuesday 18th October 2011\n\nInspection of education services for children and young people in\nMorlais County Borough Council\n\nMorlais education services adequate, say inspectors\n\nEducation services in Morlais are adequate, according to a report published today.\n";
        assert_eq!(
            heads(doc).0.as_deref(),
            Some(
                "Inspection of education services for children and young people in\nMorlais County Borough Council"
            )
        );
    }

    #[test]
    fn a_table_of_contents_is_no_heading() {
        let page = "Skip to content\n\nTable of contents\n\n  1. What we found\n\nFenmoor Courts custody\n\nA pdf version of this document can also be downloaded (860k)\n\nThe agencies responsible did not work together well, inspectors said in a report on the custody suites of the county's courts, and staff shortages were harming outcomes.\n";
        // (a place and its custody alone: a report's name, the title)
        assert_eq!(
            heads(page),
            (Some("Fenmoor Courts custody".to_owned()), None)
        );
        assert!(is_numbered_section("12. Dunoon Sheriff Court"));
        assert!(is_byline(
            "Julie Morgan AM, Deputy Minister for Health and Social Services"
        ));
        assert!(!is_byline("HMP Wandsworth, Chief Inspector says"));
        assert!(!is_numbered_section("2023. A year of change."));
    }

    #[test]
    fn a_caption_and_its_label_are_no_heading() {
        let page = "Fenmoor jail progress 'disappointing', says watchdog\n\n  \u{2022} Published\nFenmoor Prison\nImage caption,\n\nInspectors say HMP Fenmoor is hard to manage\n\nProgress at the jail has been disappointing, according to prison inspectors, who found inmates short of clean clothing.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Fenmoor jail progress 'disappointing', says watchdog".to_owned())
            )
        );
    }

    #[test]
    fn a_writers_line_and_a_pages_collections_are_no_heading() {
        let story = "Latest inspection of the Marlow Police\n\nWritten by News Team on 13 October 2022 .\n\nIn April 2022 inspectors looked at the force, and their report, out last week, praises its progress.\n";
        assert_eq!(
            heads(story),
            (
                Some("Latest inspection of the Marlow Police".to_owned()),
                None
            )
        );
        let page = "An inspection of reporting centres: February \u{2013} May 2016\n\nFrom:\nIndependent Chief Inspector of Borders and Immigration\nPart of:\nBorders and immigration inspections: 2016 and Immigration enforcement\n\nThis report examines how well the Home Office manages people who must report to it regularly while their cases are resolved, and what it does when they stop coming.\n";
        assert_eq!(
            heads(page),
            (
                Some("An inspection of reporting centres: February \u{2013} May 2016".to_owned()),
                None
            )
        );
    }

    #[test]
    fn a_news_site_s_masthead_section_byline_and_picture_are_no_heading() {
        // a section label over the heading (lexicon SECTION_LABEL_ENDINGS)
        let story = "Northern Ireland news\n\nWatchdog finds improvements at Marlow hospital\n\nA WATCHDOG has found improvements at Marlow Hospital after an unannounced inspection last week.\n";
        assert_eq!(
            heads(story),
            (
                None,
                Some("Watchdog finds improvements at Marlow hospital".to_owned())
            )
        );
        // a date and a writer parted by a bar under the heading
        let post = "Home Office 'making progress' on recommendations\n\n16 Aug 2013 | Posted by Carl Thomas\n\nFollowing spot checks, the Chief Inspector, John Vine, has found that the Home Office is making progress.\n";
        assert_eq!(
            heads(post),
            (
                Some("Home Office 'making progress' on recommendations".to_owned()),
                None
            )
        );
        // a picture's caption and description with its reference, a blank
        // line between (the heading over it is not printed twice so)
        let picture = "Marlow care home pledges to put failings right\n\nThe Marlow Abbey Nursing Home, Ashby    RMGFH45\n\nThe Marlow Abbey Nursing Home, Ashby RMGFH45\n\nTHE OWNER of the Marlow care home has answered the criticism made by the regulator after its inspection.\n";
        assert_eq!(
            heads(picture),
            (
                None,
                Some("Marlow care home pledges to put failings right".to_owned())
            )
        );
        // a newspaper's masthead and strapline, its menus, the writer with
        // his post, the date and a share bar, one line each with no blank
        // line between (lexicon NEWSPAPER_NAME_ENDINGS)
        let paper = "Marlow Evening Post\nYour Marlow, your news\nHome | News | Sport | Jobs\nSign in | Register\nNews > Crime\nADVERTISEMENT\nPolice cells shabby but detainees treated well, say inspectors\nBy Gary Threl, Crime Reporter\nWednesday, November 09, 2011, 07:00\nComments (14) | Share: Facebook Twitter Email | Print\nPOLICE custody suites across Marlow are run by staff who treat the people they hold with respect, says a report out today.\nThe unannounced inspection covered the four suites where Marlow Police holds people after arrest.\nInspectors examined more than 300 custody records and spoke to 42 detainees.\n";
        assert_eq!(
            heads(paper),
            (
                None,
                Some("Police cells shabby but detainees treated well, say inspectors".to_owned())
            )
        );
    }

    #[test]
    fn a_writers_name_a_weather_box_and_a_vacancys_details_are_no_heading() {
        // "By <name>" under a news heading (lexicon BYLINE_LEADS)
        let story = "Marlow \u{2018}still failing\u{2019} after Baby K\n\nBy Anna Petrie\n\nAn official report has found that Marlow council has made only limited progress since the review.\n";
        assert_eq!(
            heads(story),
            (
                None,
                Some("Marlow \u{2018}still failing\u{2019} after Baby K".to_owned())
            )
        );
        // a news site's weather box and newsletter box (lexicon DEBRIS_LINES)
        let paper = "Partly Cloudy\n\nmax temp: 15\u{b0}C\n\nmin temp: 6\u{b0}C\n\nFive-day forecast\n\nSubscribe to the email newsletter\n\nSecond children\u{2019}s home in Marlow rated inadequate\n\nPUBLISHED: 08:58 24 October 2018\n\nThe council said its checks had been tightened Picture: ARCHANT\n\nThe council said its checks had been tightened Picture: ARCHANT\n\nMarlow County Council faces new questions after a second of its homes was rated inadequate by Ofsted.\n";
        assert_eq!(
            heads(paper),
            (
                None,
                Some("Second children\u{2019}s home in Marlow rated inadequate".to_owned())
            )
        );
        // a vacancy's details and sections (lexicon METADATA_KEYS,
        // REPORT_SECTION_HEADINGS)
        let advert = "Senior Adviser\n\nPublished: 14 May 2021\n\nLocation: Any office\n\nSalary: \u{a3}48,453\n\nAbout the role\n\nApplications are invited from colleagues with a strong background in social work and a passion for improvement.\n";
        let (title, headline) = heads(advert);
        let found: Vec<String> = title.into_iter().chain(headline).collect();
        assert_eq!(
            found,
            ["Senior Adviser"],
            "the job's name is the only heading"
        );
    }

    #[test]
    fn a_pictures_caption_under_the_heading_and_dateline_is_no_heading() {
        let story = "Marlow Inspectors Praise Care Of Detainees But Urge Investment\n\n16 November 2018, 06:41\n\nMarlow detention centre\n\nScotland's only detention centre has been commended by inspectors for the quality of its care.\n";
        assert_eq!(
            heads(story),
            (
                None,
                Some("Marlow Inspectors Praise Care Of Detainees But Urge Investment".to_owned())
            )
        );
        // with no heading above the date, a short line under it is the
        // heading
        let page = "16 November 2018\n\nPrison praised\n\nThe prison has been commended by inspectors for the quality of its care.\n";
        assert_eq!(heads(page).1.as_deref(), Some("Prison praised"));
    }

    #[test]
    fn a_panels_name_and_a_wrapped_report_of_line_are_no_heading() {
        let paper = "Agenda Item 7\n\nFENMOOR POLICE AND CRIME PANEL\n\n27 JUNE 2017\n\nJOINT INSPECTION OF POLICE CUSTODY IN FENMOOR: FORCE RESPONSE\n\nReport of the Chief Executive, Office of the Police and Crime\nCommissioner for Fenmoor\n\n1.1 To inform the Panel of the findings of the unannounced joint inspection of police custody in Fenmoor and of the action that the Constabulary is taking in response.\n";
        assert_eq!(
            heads(paper),
            (
                Some("JOINT INSPECTION OF POLICE CUSTODY IN FENMOOR: FORCE RESPONSE".to_owned()),
                None
            )
        );
    }

    #[test]
    fn a_committee_papers_heading_lines_are_no_title() {
        let paper = "AGENDA ITEM 5\n\nBOROUGH OF FENMOOR\n\nCHILDREN AND YOUNG PEOPLE OVERVIEW & SCRUTINY COMMITTEE\n\n11 SEPTEMBER 2012\n\nYOUTH OFFENDING SERVICE RE-INSPECTION REPORT\n\nPART OF THE PUBLISHED FORWARD PLAN YES/NO\n\nSTATUS (Strategic, Service Delivery Information)\n\n1.1 This short report tells members how the re-inspection of the Youth Offending Service turned out; it took place in May 2012.\n";
        assert_eq!(
            heads(paper),
            (
                Some("YOUTH OFFENDING SERVICE RE-INSPECTION REPORT".to_owned()),
                None
            )
        );
    }

    #[test]
    fn a_pictures_words_twice_under_the_heading_are_debris() {
        let page = "Kelby Prison praised by inspectors\n\nKelby Prison. KP12-345AB\nKelby Prison. KP12-345AB\n\nA report just released praises the progress made at Kelby Prison since its last inspection in 2014.\n";
        assert_eq!(
            heads(page),
            (None, Some("Kelby Prison praised by inspectors".to_owned()))
        );
        let source = Source::new(page);
        let s = split(&source);
        assert!(s.is_debris(2) && s.is_debris(3));
        // a heading printed twice as a page's first words is no picture
        let twice = "Kelby Prison praised by inspectors\nKelby Prison praised by inspectors\n\nA report just released praises the progress made at Kelby Prison since its last inspection in 2014.\n";
        let s = split(&Source::new(twice));
        assert!(!s.is_debris(0) && !s.is_debris(1));
    }

    #[test]
    fn a_sidebar_of_scores_is_no_heading() {
        let page = "Area inspection of CPS Kelby 2025\n\nPublished: 20 May 2025\n\nKey scores\nPre-charge decisions: 62.4%\nOverall casework quality: 64.3%\n\nSummary\n\nHMCPSI has assessed the quality of casework in CPS Kelby as part of its area inspection programme, and found it had improved.\n";
        assert_eq!(
            heads(page),
            (Some("Area inspection of CPS Kelby 2025".to_owned()), None)
        );
        assert!(is_score_line("Pre-charge decisions: 62.4%"));
        assert!(!is_score_line("Published: 20 May 2025"));
        assert!(!is_score_line("Rated: 62.4"));
    }

    #[test]
    fn a_letterhead_run_into_its_banner_and_embargo_is_header() {
        let page = "His Majesty\u{2019}s Inspectorate of Constabulary and Fire & Rescue Services\nHis Majesty\u{2019}s Inspectorate of Prisons\nJOINT NEWS RELEASE\nEMBARGOED UNTIL 00:01 TUESDAY 10 DECEMBER 2024\n\nKelby police custody: safe, but\ndetainees in crisis wait too long\n\nPeople held in police custody in Kelby are generally treated well by caring staff, inspectors have found.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some(
                    "Kelby police custody: safe, but\ndetainees in crisis wait too long".to_owned()
                )
            )
        );
    }

    #[test]
    fn a_minutes_pages_meeting_line_is_no_heading() {
        let page = "Issue - meetings\n\nFRS Inspection Report\n\nMeeting: 23/02/2022 - Resources and Fire & Rescue Overview and Scrutiny Committee (Item 5)\n\nMinutes:\n\nThe Chief Fire Officer gave an oral report, explaining that between March and April 2021 the inspectorate had carried out an inspection of Kelby Fire & Rescue Service.\n";
        assert_eq!(
            heads(page),
            (Some("FRS Inspection Report".to_owned()), None)
        );
    }

    #[test]
    fn a_publisher_s_name_before_a_report_s_name_over_a_copy_cut_short() {
        let page = "HM Inspectorate of Prisons - Report on short scrutiny visits to three prisons holding men convicted of sexual offences\n\nMonday, 22 June 2020 10:12\n\nHM Inspectorate of Prisons found that three prisons had moved quickly and on the strength of clear plans to deal with the pandemic as the lockdown began.   Prisoners had been kept well informed about what it meant for the daily regime, and when inspectors visited all three sites were found calm, orderly and...Request free trial";
        assert_eq!(
            heads(page),
            (
                Some("HM Inspectorate of Prisons - Report on short scrutiny visits to three prisons holding men convicted of sexual offences".to_owned()),
                None
            )
        );
    }

    #[test]
    fn a_list_s_lead_in_and_a_cqc_label_are_no_headings() {
        let page = "Official Statistics\n\nChildren's homes inspection outcomes as at 31 March 2017: key findings\n\nUpdated 20 June 2017\n\nThis release covers:\n\n  \u{2022} Results of inspections of homes carried out to 31 March 2017\n  \u{2022} The latest inspection of every home\n\nLocal authorities are now judged better than before, and the share judged good rose to 28 per cent at the end of March.\n\nEvery region now has LAs judged good.\n";
        assert_eq!(
            heads(page),
            (
                Some(
                    "Children's homes inspection outcomes as at 31 March 2017: key findings"
                        .to_owned()
                ),
                None
            )
        );
        let page = "14 March to 2 April 2023\nDuring a routine inspection\nWe carried out an unannounced inspection of 2 core services that the trust provides.\n";
        assert_eq!(heads(page), (None, None));
    }

    #[test]
    fn a_series_name_numbered_like_an_issue_is_no_news() {
        // "Notes" is a verb of news ("Inspector notes ..."), but a
        // series' name with its issue's number is a report's name
        let note = "Technical Notes 2023, Issue 12 - Joint Inspection of Adult Services - Publication of Inspection Report\n\nReport by: \nAnna Pryce, Chief Executive\nTN Number: \n012-23\nDetails: \n\n1. The Care Inspectorate wrote to the partnership on 3 January 2023 to say that it would inspect its services for adults.\n\n2. The inspection ran between February and March 2023, and the report came out on 2 May 2023.\n";
        assert_eq!(
            heads(note).0.as_deref(),
            Some(
                "Technical Notes 2023, Issue 12 - Joint Inspection of Adult Services - Publication of Inspection Report"
            )
        );
        // a verb with a year opening its object stays news
        assert!(!super::reads_as_news("Technical Notes 2023, Issue 12"));
        assert!(super::reads_as_news(
            "CJI publishes 2023-24 Annual Report and Accounts"
        ));
        assert!(super::reads_as_news("Inspector notes 2023, a good year"));
        // a verdict after the colon is news too
        assert!(super::reads_as_news(
            "HM Cayman Islands Prison Service, Police Custody And Court Cells: performing poorly"
        ));
    }

    /// The title and headline `split` finds in `doc`, as text.
    #[test]
    fn a_letter_with_its_letterhead_and_addressees_over_the_title() {
        let letter = "                                        Piccadilly Gate\n                                        Store Street\n                                        Manchester\n                                        M1 2WD\n\n                                        T 0300 123 4666\n                                        enquiries@ofsted.gov.uk\n\n21 December 2021\n\nMrs Adaeze Whitcombe, Director of Children's Services, Brackenford City Council\nLydia Marchbank, Chief Constable, Ouseland Police\nOwen Tresidder, Police and Crime Commissioner for Ouseland\nDr Ravi Sethna, Independent Scrutineer, Brackenford Safeguarding Children\nPartnership\n\nJoint targeted area inspection of the multi-agency response to children\nliving with domestic abuse in Brackenford\n\nThis letter summarises the findings of the joint targeted area inspection of the multi-agency response in Brackenford.\n";
        assert_eq!(
            heads(letter),
            (
                Some("Joint targeted area inspection of the multi-agency response to children\nliving with domestic abuse in Brackenford".to_owned()),
                None
            )
        );
    }

    #[test]
    fn a_report_pages_heading_and_a_judging_heading() {
        let page = "Disclosure of unused material in the crown court\n\nDate of publication\n09 January 2020\nInspection\n\nIn May 2018 the CPS asked the inspectorate to look at its casework, and inspectors examined 90 cases in all.\n";
        assert_eq!(
            heads(page),
            (
                Some("Disclosure of unused material in the crown court".to_owned()),
                None
            )
        );
        let news = "Skip to content\n\nHMP Chelmsford – encouraging progress at previously failing prison\n\nThis was the first time inspectors had gone back to the prison since the inspection of August 2021.\n";
        assert_eq!(
            heads(news),
            (
                None,
                Some(
                    "HMP Chelmsford – encouraging progress at previously failing prison".to_owned()
                )
            )
        );
    }

    fn heads(doc: &str) -> (Option<String>, Option<String>) {
        let source = Source::new(doc);
        let s = split(&source);
        let text = |r: &Option<Range<usize>>| {
            r.as_ref().map(|r| {
                let bytes = byte_range(&source, r);
                let t = &source.text()[bytes];
                t[header_lead_len(t)..].trim().to_owned()
            })
        };
        (text(&s.title), text(&s.headline))
    }

    #[test]
    fn a_strapline_under_news_kept_one_line_a_paragraph_is_no_title() {
        let page = "Inspection finds emergency department at Eastfield operating below standards\n\
            Inspectors went in over the winter\n\
            An unannounced inspection has shown the emergency department at Eastfield Hospital to fall short.\n\
            The watchdog carried out its visit last winter and found the department over capacity.\n\
            Nine areas for improvement have been set out by the regulator in its report today.\n\
            The Trust said it had already acted on the concerns that inspectors raised with it.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some(
                    "Inspection finds emergency department at Eastfield operating below standards"
                        .to_owned()
                )
            )
        );
    }

    #[test]
    fn a_short_sentence_under_the_heading_opens_the_body() {
        let page = "Inspectorates today publish their joint review of community mental health teams\n\nThe report makes 23 recommendations for improvement.\n\nThis review, out today, draws together the main themes found by inspectors across Wales.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some(
                    "Inspectorates today publish their joint review of community mental health teams"
                        .to_owned()
                )
            )
        );
        let record = crate::parse(page);
        assert_eq!(record.recommendations.and_then(|r| r.total), Some(23));
    }

    #[test]
    fn the_paragraph_under_a_summary_label_is_no_heading() {
        let page = "Skip to main content\n\nInspection report identifies concerns over holding rooms in Kent\n\nSummary\n\nHMI Prisons publishes report on visit to Manston and Dover\n\nBy EIN\n\nHis Majesty's Inspectorate of Prisons (HMI Prisons) on Tuesday put out a report on its February 2023 visit to three holding facilities in Kent.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Inspection report identifies concerns over holding rooms in Kent".to_owned())
            )
        );
    }

    #[test]
    fn an_inspectorate_named_at_the_end_of_a_heading_is_part_of_it() {
        let doc = "EMBARGOED UNTIL 00:01 hours WEDNESDAY 18 NOVEMBER 2009\n\nHate crime victims \"too often hear nothing\", says\nHMIC\n\nPolice forces take reports of hate crime seriously, according to a report published today.\n";
        assert_eq!(
            heads(doc).1.as_deref(),
            Some("Hate crime victims \"too often hear nothing\", says\nHMIC")
        );
        // a site's short banner over the name stays chrome
        let page = "Justice inspectorates\nHM Inspectorate of Probation\n\nProbation service must improve, inspectors say\n\nThe service was rated inadequate in a report published today by the inspectorate.\n";
        assert_eq!(
            heads(page).1.as_deref(),
            Some("Probation service must improve, inspectors say")
        );
    }

    #[test]
    fn lines_made_of_links_are_chrome_unless_a_sentence_lists_them() {
        let page = "Skip to main content <#main-content>\n\
            Care Quality Commission <https://www.cqc.org.uk/>\n\n\
            Search <https://x.org/search>   Contact us <https://x.org/contact>   Sign up for email alerts <https://x.org/subscribe>\n\n\
              * Home <https://x.org/>\n  * News <https://x.org/news>\n\n\
            Home <https://x.org/> > News <https://x.org/news> > [Releases](/news/releases)\n\n\n\
            Inspectors find patients let down at Vale Hospitals NHS Trust\n\n\
            Published 14 June 2016\n\n\
            Share: Email <mailto:?subject=x>  Twitter <https://twitter.com/share>\n\n\
            CQC inspected Vale Hospitals NHS Trust in March 2016. It visited two of its sites:\n\n\
              * Vale General Hospital, Harnham Road <https://x.org/location/1>\n\
              * Kingsmere Clinic <https://x.org/location/2>\n";
        let record = crate::parse(page);
        assert_eq!(
            record.headline.map(|h| h.text).as_deref(),
            Some("Inspectors find patients let down at Vale Hospitals NHS Trust")
        );
        assert_eq!(record.title, None);
        let links = crate::source::link_addresses(page);
        let blanked = crate::source::blank(page, &links);
        let source = Source::with_links(&blanked, links);
        let sections = split(&source);
        let line_of = |needle: &str| source.line_index(blanked.find(needle).unwrap());
        for chrome in ["Skip to", "Care Quality", "Search", "* Home", "Share:"] {
            assert!(sections.is_debris(line_of(chrome)), "{chrome}");
        }
        // the list a sentence brings in, names with commas or not
        for site in ["* Vale General", "* Kingsmere"] {
            assert!(!sections.is_debris(line_of(site)), "{site}");
        }
    }

    #[test]
    fn a_news_heading_over_a_standfirst_and_chrome_on_a_page_without_blank_lines() {
        let doc = "Staffordshire Police has made improvements, but further changes are needed\nAccording to the police inspectorate, the force has moved forward since it was last inspected.\nGet the report\nPEEL 2023-2025: An inspection of Staffordshire Police\nAcross eight areas, the inspectorate has given grades to how the force performs, finding it good in one and adequate in four.\nThe force now makes better use of data, the inspectorate said, and this has sharpened its grasp of demand.\n";
        assert_eq!(
            heads(doc).1.as_deref(),
            Some("Staffordshire Police has made improvements, but further changes are needed")
        );
    }

    #[test]
    fn a_kind_of_inspection_then_a_judgement_is_a_headline() {
        let doc = format!(
            "Inspection of youth offending work: Cwm Taf staff doing some good work\n\n{BODY}"
        );
        assert_eq!(
            heads(&doc),
            (
                None,
                Some(
                    "Inspection of youth offending work: Cwm Taf staff doing some good work"
                        .to_owned()
                )
            )
        );
    }

    #[test]
    fn a_report_named_twice_has_no_headline() {
        let doc = "HM Chief Inspector of Prisons for Scotland: Annual Report 2018-19\n\nHM Chief Inspector\u{2019}s Annual Report 2018-19\n\nThe year saw the inspectorate visit every prison in the country and report on each of them in turn, as the law requires.\n";
        let (title, headline) = heads(doc);
        assert_eq!(
            title.as_deref(),
            Some("HM Chief Inspector of Prisons for Scotland: Annual Report 2018-19")
        );
        assert_eq!(headline, None);
    }

    #[test]
    fn a_reports_name_over_a_news_heading_on_a_page_without_blank_lines() {
        let para = "Two years after its earlier look, the inspectorate has reported that the service goes on sending victims of crime letters of poor quality, and that too few letters reach the standard set for them in the code.";
        let doc = format!(
            "Victim Communication and Liaison scheme: letters to victims\nCPS letters to victims are of unacceptably poor quality\n{para}\nInspectors looked at 490 letters.\n"
        );
        let (title, headline) = heads(&doc);
        assert_eq!(
            title.as_deref(),
            Some("Victim Communication and Liaison scheme: letters to victims")
        );
        assert_eq!(
            headline.as_deref(),
            Some("CPS letters to victims are of unacceptably poor quality")
        );
    }

    const BODY: &str = "Inspectors found that the prison had made progress on some of the concerns raised at its last inspection, but drug use remained high and staff were stretched.\n";

    #[test]
    fn datelines_bylines_captions_and_labels_are_neither_title_nor_headline() {
        let headline = Some("Report criticises drug failures at HMP Eastgate".to_owned());
        // a scraper's stamp, a dateline with an update time, a site tag
        let doc = format!(
            " date 2019-05-24 Report criticises drug failures at HMP Eastgate\n\n24 May 2019, 08:42 | Updated: 24 May 2019, 08:44\n\nHMP Eastgate\n\n{BODY}"
        );
        assert_eq!(heads(&doc), (None, headline.clone()));
        // a journalist's name and post over the story's heading
        let doc = format!(
            "Jo Bloggs\n\nFeatures and Opinion Editor, Prison Weekly\n\nReport criticises drug failures at HMP Eastgate\n\n{BODY}"
        );
        assert_eq!(heads(&doc), (None, headline.clone()));
        // a section label and a byline of tags around a timestamp
        let doc = format!(
            "World\n\nReport on an unannounced inspection of HMP Eastgate\n\nJo Bloggs | 07.07.2009 06:30 | Migration | World\n\n{BODY}"
        );
        assert_eq!(
            heads(&doc),
            (
                Some("Report on an unannounced inspection of HMP Eastgate".to_owned()),
                None
            )
        );
        // a picture's description and caption
        let doc = format!(
            "Report criticises drug failures at HMP Eastgate\n\nA prison officer on a landing\nImage caption Inspectors said drugs were easy to get\n\n{BODY}"
        );
        assert_eq!(heads(&doc), (None, headline));
        // a caption repeating the start of the title, under a metadata line
        let doc = format!(
            "The Management of Jurors: A follow-up review\n\nPublication: 19/03/14\nThe Management of Jurors\nInspectors welcome strides in juror management\n\n{BODY}"
        );
        assert_eq!(
            heads(&doc),
            (
                Some("The Management of Jurors: A follow-up review".to_owned()),
                Some("Inspectors welcome strides in juror management".to_owned())
            )
        );
    }

    #[test]
    fn a_heading_above_one_line_paragraphs_and_a_body_named_with_news() {
        let long = BODY.trim_end().repeat(2);
        // no blank lines; the heading names the inspectorate's chief and
        // has a news verb, so it is not a banner
        let doc = format!(
            "Chief Inspector of Probation raises concerns about public protection\n{long}\n{long}\n"
        );
        assert_eq!(
            heads(&doc),
            (
                None,
                Some(
                    "Chief Inspector of Probation raises concerns about public protection"
                        .to_owned()
                )
            )
        );
    }

    #[test]
    fn a_heading_above_short_one_line_sentences_with_a_stub_between() {
        // a news page kept one line per paragraph, with a dateless
        // "- Published" stamp under the heading
        let doc = "Prison praised for the way it backs its staff\n- Published\nA prison has been praised by inspectors.\nThe governor said the staff had worked hard.\nInspectors visited in May.\nThe report was published today.\n";
        assert_eq!(
            heads(doc),
            (
                None,
                Some("Prison praised for the way it backs its staff".to_owned())
            )
        );
        // text wrapped at a width: its first line is not a heading
        let wrapped = "Inspectors found that the prison had made progress in\nmeeting the concerns of the last inspection but drug use\nremained high and staff were stretched across the site\nand in the workshops where men spent the day.\n";
        assert_eq!(heads(wrapped), (None, None));
    }

    #[test]
    fn a_column_menu_with_a_longer_item_and_a_bracketed_aside() {
        let body = BODY;
        let doc = format!(
            "MOJUK\n\nMission\nStatement\n\nPrisoners requests\n\nCampaign against prison slavery\n\nLinks\n\nSubscribe\n\nDeaths in Custody\n\nReport on a full unannounced inspection of HMP Bronzefield, 13 - 22 October 2010 by HMCIP\n\n[ Of all the reports we have gone through in recent years, none has shocked us more. ]\n\n{body}"
        );
        // the report's line is the only heading: no menu item, no aside
        let (title, headline) = heads(&doc);
        assert_eq!(
            title.or(headline).as_deref(),
            Some(
                "Report on a full unannounced inspection of HMP Bronzefield, 13 - 22 October 2010 by HMCIP"
            )
        );
    }

    #[test]
    fn a_layout_tables_cells_are_no_headings() {
        let body = BODY;
        let doc = format!(
            "\n![]() |\nBrian Sims\nEditor |\nHome> | Fire | >Fire and Rescue | >Service makes gains |\nService makes gains\n25 February 2020\n{body}"
        );
        assert_eq!(heads(&doc).0, None);
        // a table of the release's own keeps its rows
        assert!(!is_layout_cell("| 3 | Achieved |"));
        assert!(is_layout_cell("![Logo](/logo.png)"));
    }

    #[test]
    fn a_regulator_s_strapline_under_its_letterhead_is_no_title() {
        let doc = "The Regulation and Quality Improvement Authority\n7th Floor, Tarn Quay House, Belfast BT1 9ZZ\n\nAssurance, Challenge and Improvement in Health and Social Care\n\nPRESS RELEASE\n\nEmbargoed until: 00:01 Thursday 20 February 2014\n\nRQIA publishes hygiene inspection of Tarnbridge Hospital\n\nThe Regulation and Quality Improvement Authority (RQIA) today published its report on an unannounced inspection.\n";
        assert_eq!(
            heads(doc),
            (
                None,
                Some("RQIA publishes hygiene inspection of Tarnbridge Hospital".to_owned())
            )
        );
    }

    #[test]
    fn letterheads_breadcrumbs_and_bilingual_chrome_are_not_headings() {
        let body = BODY;
        // a postal address, and a banner in a column beside the city
        let doc = format!(
            "HM Crown Prosecution Service Inspectorate\nMarsh Court, 14 Tothill Row\nLondon                     PRESS RELEASE\n\nReport on the inspection of CPS Fenmarsh\n\nCPS FENMARSH: SOUND CASEWORK BUT DELAYS\n\n{body}"
        );
        assert_eq!(
            heads(&doc),
            (
                Some("Report on the inspection of CPS Fenmarsh".to_owned()),
                Some("CPS FENMARSH: SOUND CASEWORK BUT DELAYS".to_owned())
            )
        );
        let doc = format!(
            "HM Inspectorate of Probation\n2nd Floor, Mere House, 9 Abbey Walk, London SW1P 9ZZ\n\nPROBATION IN FENMARSH: A MIXED PICTURE\n\n{body}"
        );
        assert_eq!(
            heads(&doc).1.as_deref(),
            Some("PROBATION IN FENMARSH: A MIXED PICTURE")
        );
        // a licence notice above a notice's heading, which tells news
        let doc = format!(
            "Skip to content\n\nUnless stated otherwise, all of our content is published under the Open Government Licence v3.0.\n\nTo read this licence, go to:\nhttps://example.org/licence\n\nor write to:\nInformation Policy Team,\nThe National Archives,\nKew,\nLondon TW9 4DU\n\nAnn Lee provides an update on our youth inspection programme\n\n{body}"
        );
        assert_eq!(
            heads(&doc),
            (
                None,
                Some("Ann Lee provides an update on our youth inspection programme".to_owned())
            )
        );
        // a link to a topic's pages under an assessment page's name
        let doc = format!("Skip to content\n\nDurmoor 2017\n\nRead more about Durmoor\n\n{body}");
        assert_eq!(heads(&doc), (Some("Durmoor 2017".to_owned()), None));
        // a site-wide notice on the pandemic above the breadcrumb
        let doc = format!(
            "Menu\n\nCoronavirus (COVID-19): find out how we are continuing our work during the pandemic\n\nHome  >  News  >  News feed\n\nFenmarsh Constabulary still fails to record one crime in twelve, inspectors find\n\n{body}"
        );
        assert_eq!(
            heads(&doc).1.as_deref(),
            Some(
                "Fenmarsh Constabulary still fails to record one crime in twelve, inspectors find"
            )
        );
        // a Welsh and English page: the inspectorate's two names, a
        // breadcrumb, "Search / Chwilio" and a two-language banner
        let doc = format!(
            "Estyn\nArolygiaeth Ei Mawrhydi dros Addysg a Hyfforddiant yng Nghymru\nHer Majesty's Inspectorate for Education and Training in Wales\nSearch / Chwilio\nHafan > Newyddion > Datganiadau i'r wasg\n\nPress release / Datganiad i'r wasg\n\nFenmarsh schools no longer need special measures, say inspectors\n\n{body}"
        );
        assert_eq!(
            heads(&doc),
            (
                None,
                Some("Fenmarsh schools no longer need special measures, say inspectors".to_owned())
            )
        );
        // the Welsh side of such a site: its skip link, cookie notice,
        // breadcrumb and date line in Welsh
        let doc = format!(
            "Neidio i'r prif gynnwys\n\nMae'r wefan hon yn defnyddio cwcis i wella eich profiad. [Iawn]\n\nEnglish\n\nRydych chi yma: Hafan > Newyddion\n\nDyddiad cyhoeddi / Date published: 22/05/2019\n\nFenmarsh schools no longer need special measures, say inspectors\n\n{body}"
        );
        assert_eq!(
            heads(&doc),
            (
                None,
                Some("Fenmarsh schools no longer need special measures, say inspectors".to_owned())
            )
        );
    }

    #[test]
    fn a_cover_s_trust_and_strapline_beside_the_site_s_address_are_no_headings() {
        let doc = format!(
            "      The Regulation and Quality Improvement Authority\n\n\n      Unannounced Inspection of Medical Wards at Fenmarsh Area Hospital\n\n      Fenmarsh and Dunmere Health and Social Care Trust\n\n   Assurance, Challenge and Improvement in Health and Social Care        www.rqia.org.uk\n\n{BODY}"
        );
        assert_eq!(
            heads(&doc),
            (
                Some(
                    "Unannounced Inspection of Medical Wards at Fenmarsh Area Hospital".to_owned()
                ),
                None
            )
        );
        // a service page's provider under its label
        let doc = format!(
            "Fenmarsh Area Hospital\n\nProvided and run by:\nFenmarsh Healthcare NHS Foundation Trust\n\n{BODY}"
        );
        let (title, headline) = heads(&doc);
        assert!(
            title
                .into_iter()
                .chain(headline)
                .all(|h| !h.contains("Provided") && !h.contains("Trust"))
        );
    }

    #[test]
    fn a_cover_s_heading_left_open_goes_on_with_the_name_set_apart_under_it() {
        for open in ["in", "of", "at", "for"] {
            let doc = format!(
                "Report on an announced inspection of the custody suites {open}\n\nFenmarsh\n\nby HM Chief Inspector of Prisons\n\n{BODY}"
            );
            assert_eq!(
                crate::parse(&doc).title.map(|t| t.text),
                Some(format!(
                    "Report on an announced inspection of the custody suites {open} Fenmarsh"
                ))
            );
        }
    }

    #[test]
    fn a_minute_s_item_names_a_kind_of_visit_over_the_paper_s_author() {
        for kind in ["Focused Visit", "Monitoring Visit"] {
            let doc = format!(
                "Agenda item\n\nChildren's Services Ofsted {kind}\n\nBriefing Note of the Deputy Chief Executive (People)\n\nMinutes:\n\n{BODY}"
            );
            assert_eq!(
                heads(&doc),
                (Some(format!("Children's Services Ofsted {kind}")), None)
            );
        }
    }

    #[test]
    fn a_site_s_masthead_above_its_breadcrumb_is_no_heading() {
        let doc = format!(
            "Fenmarsh Fire and Rescue Service\nMaking Fenmarsh safer\n\nHome | News | Contact\n\nYou are here: Home > News > Latest news\n\nService rated good in its first inspection\n\n{BODY}"
        );
        assert_eq!(
            heads(&doc),
            (
                None,
                Some("Service rated good in its first inspection".to_owned())
            )
        );
    }

    #[test]
    fn a_news_heading_then_a_standfirst_names_no_report() {
        let doc = format!(
            "Fenmarsh CRC under strain from heavy caseloads\n\nProbation inspectors judge Fenmarsh CRC to be requiring improvement\n\n{BODY}"
        );
        assert_eq!(
            heads(&doc),
            (
                None,
                Some("Fenmarsh CRC under strain from heavy caseloads".to_owned())
            )
        );
        // a report's name, then the news: title and headline
        let doc = format!(
            "Fenmarsh Police - Revisit of the investigation of burglary\n\nBURGLARY VICTIMS GET A BETTER SERVICE\n\n{BODY}"
        );
        assert_eq!(
            heads(&doc),
            (
                Some("Fenmarsh Police - Revisit of the investigation of burglary".to_owned()),
                Some("BURGLARY VICTIMS GET A BETTER SERVICE".to_owned())
            )
        );
    }

    #[test]
    fn a_lone_heading_is_a_report_name_or_news() {
        let with = |heading: &str| format!("{heading}\n\n{BODY}");
        // long, in title case, no verb: a report's name
        assert_eq!(
            heads(&with("Resettlement Provision for Adult Offenders: Accommodation, Education Training and Employment")).0.as_deref(),
            Some("Resettlement Provision for Adult Offenders: Accommodation, Education Training and Employment")
        );
        // a place and the work inspected there, no verb: a report's name;
        // with a judgement after it, news
        assert_eq!(
            heads(&with("Fenmoor Magistrates’ Courts custody"))
                .0
                .as_deref(),
            Some("Fenmoor Magistrates’ Courts custody")
        );
        assert_eq!(
            heads(&with("Fenmoor police custody – generally positive"))
                .1
                .as_deref(),
            Some("Fenmoor police custody – generally positive")
        );
        assert_eq!(
            heads(&with(
                "Inspection of youth offending work: real improvements in Fenmoor"
            ))
            .1
            .as_deref(),
            Some("Inspection of youth offending work: real improvements in Fenmoor")
        );
        // "report" as a verb after a plural subject, and a heading
        // labelled as a press release, are news
        assert_eq!(
            heads(&with(
                "Inspectors report clear improvement in Fenmarsh children's services"
            ))
            .1
            .as_deref(),
            Some("Inspectors report clear improvement in Fenmarsh children's services")
        );
        assert_eq!(
            heads(&with(
                "Press Release - Police Custody in Marlbridge Inspected"
            ))
            .1
            .as_deref(),
            Some("Press Release - Police Custody in Marlbridge Inspected")
        );
        // capitals throughout are a shouted headline, not title case
        assert_eq!(
            heads(&with("HMP ALDERGATE - SAFER, BUT TOO LITTLE FOR MEN TO DO"))
                .1
                .as_deref(),
            Some("HMP ALDERGATE - SAFER, BUT TOO LITTLE FOR MEN TO DO")
        );
    }

    #[test]
    fn a_lone_heading_awarding_or_commenting_is_news_and_a_skip_notice_is_debris() {
        let with = |heading: &str| {
            format!("Skip to content\nMain content is below\n\n{heading}\n\n{BODY}")
        };
        for heading in [
            "Marsh youth justice service awarded highest ever joint inspection score",
            "Commissioner comments on HMICFRS Custody Report",
        ] {
            assert_eq!(heads(&with(heading)), (None, Some(heading.to_owned())));
        }
    }

    #[test]
    fn a_members_written_question_is_no_heading() {
        let page = "HC Deb 07 February 1997 vol 289 c741W\nMr. George Kelby\n\nTo ask the Secretary of State for the Home Department why reports from the chief inspector of prisons are still unpublished. [14223]\n\nMiss Ashdown\n\nWhen the chief inspector reports on an inspection of a prison, the report holds a great deal of detail.\n";
        assert_eq!(heads(page), (None, None));
    }

    #[test]
    fn a_browser_notice_and_a_sites_tagline_are_debris() {
        let doc = "This website does not work with your web browser, so please install a newer one.\nThe official website for the States of Carrow\n\nCarrow prison praised\n\nHM Inspectorate of Prisons today published its report on HMP Carrow.\n";
        let source = Source::new(doc);
        let s = split(&source);
        for k in [0, 1] {
            assert!(s.is_debris(k), "line {k}: {:?}", source.line(k).text);
        }
        assert!(!s.is_debris(3));
    }

    #[test]
    fn the_heading_over_the_stories_date_line_is_the_news_not_the_sites_straplines() {
        // a government site's straplines and a menu of long items above
        // the story's heading and its date
        let page = format!(
            "Government of\n\nPublic services for the Island of Carrow\n\nLes services publics pour l'Île de Carrow\n\n  • Choose the service you want to sign in to:\n\n\n    Update your notification preferences\n\n\n    Clear goods through customs\n\nChief Inspector says Carrow prison has been transformed\n\n25 June 2013\n\n{BODY}"
        );
        assert_eq!(
            heads(&page),
            (
                None,
                Some("Chief Inspector says Carrow prison has been transformed".to_owned())
            )
        );
        // a report's name above the news is kept as the title
        let named = page.replace(
            "Public services for the Island of Carrow",
            "Report on an inspection of HMP Carrow",
        );
        assert_eq!(
            heads(&named).0.as_deref(),
            Some("Report on an inspection of HMP Carrow")
        );
    }

    #[test]
    fn skip_links_to_the_sites_content_and_menu_are_debris() {
        let page = format!(
            "Skip to site content Skip to main menu\n\nPublished: 26 September 2023\n\nKelby custody inspection finds progress\n\n{BODY}"
        );
        assert_eq!(
            heads(&page),
            (
                None,
                Some("Kelby custody inspection finds progress".to_owned())
            )
        );
    }

    #[test]
    fn web_page_furniture_is_debris_and_banners_are_not_titles() {
        let doc = "Cookies on this website\nWe use some essential cookies to make this website work.\nAccept all cookies\n\nHM INSPECTORATE OF PRISONS\nIndependent scrutiny of custody\nHome    About us    Our work    News    Contact us\nMenu\nSearch\n\nPublished: 4 May 2016\n\nHMP Eastgate: safer but still too little to do\n\nHM Inspectorate of Prisons today published a report on HMP Eastgate after an unannounced visit in the spring.\n\nShare this page\n";
        let source = Source::new(doc);
        let s = split(&source);
        for k in [0, 1, 2, 6, 7, 8] {
            assert!(s.is_debris(k), "line {k}: {:?}", source.line(k).text);
        }
        assert!(s.title.is_none());
        let headline = s.headline.clone().expect("headline");
        assert_eq!(
            source.line(headline.start).text,
            "HMP Eastgate: safer but still too little to do"
        );
        assert!(s.is_debris(source.line_count() - 1));
    }

    #[test]
    fn a_cookie_banners_explanation_is_debris() {
        let doc = "Are you OK with cookies?\n\nCookies are small files that the site stores on your device. Some keep the site working, some tell us how it is used so we can improve it, and some are set by other services we rely on. You can turn the optional ones off. Pick the cookies you are content to accept.\n\nHM Inspectorate of Prisons\nNews\n\nHMP Westerby - safer, but purposeful activity still poor\n\nInspectors who returned to HMP Westerby in March found a calmer prison.\n";
        let (title, headline) = heads(doc);
        assert_eq!(title, None);
        assert_eq!(
            headline.as_deref(),
            Some("HMP Westerby - safer, but purposeful activity still poor")
        );
    }

    #[test]
    fn a_heading_that_judges_with_poses_is_a_headline() {
        let (title, headline) = heads(
            "Skip to content\n\nHMYOI Werrington – high levels of violence pose ongoing threat to progress\n\nPublished:\n\nWhen inspectors went back to HMYOI Werrington, they found that violence still dominated daily life there.\n",
        );
        assert_eq!(title, None);
        assert_eq!(
            headline.as_deref(),
            Some("HMYOI Werrington – high levels of violence pose ongoing threat to progress")
        );
    }

    #[test]
    fn a_piece_addressed_to_someone_is_a_title() {
        let (title, headline) = heads(
            "Speech to the Prison Governors’ Association conference\n\nThank you for inviting me to speak to you today about the year ahead.\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("Speech to the Prison Governors’ Association conference")
        );
        assert_eq!(headline, None);
    }

    #[test]
    fn a_note_wrapped_onto_a_line_that_opens_with_annex_is_no_annex() {
        let doc = "Report\n\nHeadline\n\nText of the release, which is long enough to be the narrative of it.\n\nNOTES TO EDITORS\n\n4.   The status of each of the nine recommendations is set out in the\n     annex to this press release.\n\n5.   The report will be published on the website.\n";
        let source = Source::new(doc);
        let s = split(&source);
        assert!(s.annex.is_none(), "{:?}", s.annex);
        let notes = s.notes.expect("notes");
        let notes: Vec<&str> = notes.map(|k| source.line(k).text).collect();
        assert!(
            notes.iter().any(|l| l.starts_with("5.   The report")),
            "{notes:?}"
        );
        // in capitals too, where the sentence breaks before the word
        let doc = doc.replace(
            "in the\n     annex to this press release.",
            "in the\n     Appendix below.",
        );
        let source = Source::new(&doc);
        assert!(split(&source).annex.is_none());
    }

    #[test]
    fn running_headers_and_page_numbers_are_debris() {
        for line in [
            "Page 2 of 4",
            "- 3 -",
            "Calderbrook Police: Revisit\t\t\tPage 2 of 3",
            "Page 1 of 5    Northshire follow-up",
        ] {
            assert!(is_page_number_line(line), "{line}");
        }
        assert!(!is_page_number_line("Inspectors read page 3 of the plan"));
    }

    mod page_numbers_as_the_old_pattern {
        use super::super::is_page_number_line;
        use proptest::prelude::*;

        /// The one pattern [`is_page_number_line`] replaced (with the page
        /// number after a running title's gap read without "page" too).
        fn oracle(line: &str) -> bool {
            static OLD: std::sync::LazyLock<crate::work::Pattern> = std::sync::LazyLock::new(
                || {
                    crate::lexicon::regex(r"(?i)^\s*(?:page\s+\d+(?:\s+of\s+\d+)?|\d+\s+of\s+\d+|-\s*\d+\s*-)\s*$|^[^\t]{0,120}?(?:\t|\s{2,})(?:page\s+)?\d+\s+of\s+\d+\s*$|^[^\t]{0,120}?\s(?-i:Page)\s+\d+\s+of\s+\d+\s*$|^\s*page\s+\d+\s+of\s+\d+(?:\t|\s{2,})[^\t]{0,120}$").unwrap()
                },
            );
            OLD.is_match(line)
        }

        fn line() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("Page".to_owned()),
                Just("page".to_owned()),
                Just("PAGE".to_owned()),
                Just("of".to_owned()),
                Just("-".to_owned()),
                Just("é".to_owned()),
                "[0-9]{1,3}",
                "[A-Za-z]{1,12}",
                "[ \t]{1,3}",
            ];
            (prop::collection::vec(piece, 0..40), 0usize..3).prop_map(|(pieces, pad)| {
                // a long title now and then, to reach the bound
                let title = "Northshire follow-up inspection ".repeat(pad * 2);
                format!("{title}{}", pieces.concat())
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4000))]
            #[test]
            fn reads_what_the_pattern_read(text in line()) {
                prop_assert_eq!(is_page_number_line(&text), oracle(&text), "{:?}", text);
            }
        }

        #[test]
        fn at_and_over_the_title_s_bound() {
            for n in [118, 119, 120, 121, 122] {
                let title = "x".repeat(n);
                for line in [
                    format!("{title}  Page 2 of 3"),
                    format!("{title} Page 2 of 3"),
                    format!("Page 2 of 3\t  {title}"),
                    format!("Page 2 of 3  {title}"),
                ] {
                    assert_eq!(is_page_number_line(&line), oracle(&line), "{line:?}");
                }
            }
        }
    }

    #[test]
    fn table_headers() {
        for h in [
            "Recommendation\t\tProgress",
            "No. | Recommendation | Status",
            "Recommendation    Inspectors' assessment",
        ] {
            assert!(TABLE_HEADER.is_match(h), "{h}");
        }
        assert!(!TABLE_HEADER.is_match("The recommendation was achieved"));
    }

    #[test]
    fn empty_document_has_empty_sections() {
        let source = Source::new("");
        let s = split(&source);
        assert_eq!(s.body, 0..0);
        assert!(s.title.is_none() && s.notes.is_none() && s.annex.is_none());
    }

    #[test]
    fn report_links_glued_picture_credits_and_columns_of_ratings() {
        let doc = "Police custody in Northshire – caring and professional\n\nGet the report\n\nRead ‘Northshire – Joint inspection of police custody’\n\nDetainees held in custody in Northshire were well looked after, inspectors said today.\n";
        let source = Source::new(doc);
        let s = split(&source);
        assert!(s.is_debris(2) && s.is_debris(4));
        assert!(s.title.is_none());
        assert_eq!(s.headline, Some(0..1));
        let doc = "Victims failed by system - report\n\nA woman at a windowImage source, Getty Images\n\nA new report says the prosecution service is letting victims of domestic abuse down.\n";
        let s = split(&Source::new(doc));
        assert!(s.is_debris(2));
        let doc = "Report\n\nHeadline\n\nText of the release.\n\nAnnex\n\n1. Do this.\n2. Do that.\n3. And this.\n4. And that.\n\nAchieved\nLimited progress\nNot achieved\nAchieved\n";
        let s = split(&Source::new(doc));
        assert!((15..19).all(|k| !s.is_debris(k)));
    }

    #[test]
    fn a_report_name_under_a_news_heading_is_the_title() {
        let doc = "Kesterton BCU: burglary victims better served, but problems remain\n\nNews release 09/2010\nThis press release is embargoed until 00:01 on Tuesday 9 March 2010\n\nBasic Command Unit revisit: Kesterton BCU, Ambersett Constabulary\n\nHMIC today publishes its revisit report on Kesterton BCU, one of three in the force.\n";
        let s = split(&Source::new(doc));
        assert_eq!(s.title, Some(5..6));
        assert_eq!(s.headline, Some(0..1));
    }

    #[test]
    fn letterheads_dropdowns_and_the_tail_of_a_page() {
        // a letterhead of three lines with a telephone line is no body
        let doc = "HM Crown Prosecution Service Inspectorate\n3rd Floor, Marsham Walk House, 11 Marsham Walk, London SW1P 4QZ\nTel: 020 7946 0813        Fax: 020 7946 0814        www.hmcpsi.gov.uk\n\nPRESS RELEASE\n\nREPORT ON THE INSPECTION OF CPS DUNSMERE\n\nDunsmere prosecutors praised for Crown Court work\n\nHM Crown Prosecution Service Inspectorate today publishes its report on the Crown Prosecution Service in Dunsmere, the first full inspection of the Area since 2001.\n";
        let s = split(&Source::new(doc));
        assert_eq!(s.title, Some(6..7));
        assert_eq!(s.headline, Some(8..9));
        // a letterhead over several lines with its slogan is a banner
        let doc = "Criminal Justice Inspection\nNorthern Ireland\na better justice system for all\n\nPRESS RELEASE\n\nPrisoner Escorting: a follow-up review of inspection recommendations\n\nPrisoner escort service has made good progress, says Chief Inspector\n\nThe Prisoner Escorting and Court Custody Service has made good progress since it was inspected in 2009, according to a report published today.\n";
        let s = split(&Source::new(doc));
        assert_eq!(s.title, Some(6..7));
        // "Select a police force..." is a form's control; "Related content"
        // ends the notes
        let doc = "Skip to main content\nSelect a police force...\n\nForce must record crime better, says HMIC\n\nThe force is not recording as crimes around one in seven of the offences reported to it, the inspectorate said today in its report.\n\nNotes to editors\n\n- HMIC is independent.\n- Contact the press office.\n\nRelated content\n\n- Another report\n- A third report\n";
        let source = Source::new(doc);
        let s = split(&source);
        assert!(s.is_debris(1));
        let notes = s.notes.clone().unwrap();
        assert!(
            notes.end <= 12,
            "notes end before the related links: {notes:?}"
        );
    }

    #[test]
    fn footnotes_and_a_pages_welsh_half_end_the_notes() {
        // (lexicon PAGE_TAIL_HEADINGS)
        for tail in ["Footnotes", "Cymraeg"] {
            let doc = format!(
                "Prisons still locked down, says Chief Inspector\n\nThe inspectorate published its review today and found most prisoners locked up for 22 hours a day.\n\nNotes to editors\n\n1. HMI Prisons is independent.\n2. Contact the press office.\n{tail}\n\nOur evidence came from 270 interviews and case records.\n"
            );
            let s = split(&Source::new(&doc));
            assert_eq!(s.notes, Some(5..8), "{tail}");
        }
    }

    #[test]
    fn a_news_heading_that_opens_like_a_banner_over_lines_of_bullets() {
        // one line per paragraph, most of them bullets with no full stop;
        // "Joint inspection" opens the heading but is no banner
        let page = "Joint inspection identifies Carnwyn's child protection strengths and challenges\nThe joint inspection took place between 17-21 March 2025.\nInspectors found that children in Carnwyn are kept safe.\nInspectors described a difficult backdrop:\n- Twice as many children are on the register\n- Referrals are more complex\n- Budgets are under pressure\nKey strengths identified\n- Agencies work well together\n- Plans are of a high standard\n";
        let s = split(&Source::new(page));
        assert_eq!((s.title, s.headline), (None, Some(0..1)));
        // the banner alone on its line is still a banner
        let doc = "JOINT INSPECTION\n\nReport on youth offending work in Carnwyn\n\nInspectors found that work to keep children safe in Carnwyn was good, the inspectorates said today in their report.\n";
        let s = split(&Source::new(doc));
        assert_eq!(s.title, Some(2..3));
    }

    #[test]
    fn a_caption_in_title_case_over_the_news_with_no_blank_line() {
        let doc = "Wexford Courts Estate. A follow-up review of inspection recommendations\n\nPublication: 01/07/15\nCourts Service of Ardmore: Adequacy of The Courts Estate\nInspectorate welcomes work to improve use of courts estate\n\nA new report from the inspectorate has welcomed what the Courts Service has done to use its buildings better.\n";
        let s = split(&Source::new(doc));
        assert_eq!(s.title, Some(0..1));
        assert_eq!(s.headline, Some(4..5));
        // with no title above, the name is the title
        let doc = "Courts Service of Ardmore: Adequacy of The Courts Estate\nInspectorate welcomes work to improve use of courts estate\n\nA new report from the inspectorate has welcomed what the Courts Service has done to use its buildings better.\n";
        let s = split(&Source::new(doc));
        assert_eq!((s.title, s.headline), (Some(0..1), Some(1..2)));
        // a heading wrapped in sentence case is one heading
        let doc = "Inspectorate welcomes work to improve use of\ncourts estate in Ardmore\n\nA new report from the inspectorate has welcomed what the Courts Service has done to use its buildings better.\n";
        let s = split(&Source::new(doc));
        assert_eq!((s.title, s.headline), (None, Some(0..2)));
    }

    #[test]
    fn an_open_government_licence_notice_is_chrome() {
        let doc = "Skip to content\n\nAll content is available under the Open Government Licence v3.0, except where otherwise stated.\n\nTo view this licence, visit:\nhttps://example.org/licence\n\nGaps in public protection in the Carnwyn region\n\nA review of public protection in the Carnwyn region of the Probation Service has been carried out by HM Inspectorate of Probation.\n";
        let s = split(&Source::new(doc));
        assert!(s.is_debris(2));
        assert_eq!(s.headline, Some(7..8));
    }

    #[test]
    fn skip_links_and_the_main_content_marker_are_chrome() {
        let doc = "Skip to main content\n\nAccessibility controls\n\nMain content area\n\nCPS response to the Wexmoor Area Inspection Programme Baseline Report, April 2022\n\nThe inspectorate looked at 90 cases and the Area welcomes its findings, the Chief Crown Prosecutor said today.\n";
        let s = split(&Source::new(doc));
        assert!(s.is_debris(0) && s.is_debris(2) && s.is_debris(4));
        assert_eq!(s.headline, None);
        assert_eq!(s.title, Some(6..7));
    }

    #[test]
    fn bilingual_chrome_headings_and_tails() {
        let doc = "Chwilio / Search\nCymraeg Chwilio / Search\n\nYouth offending work in Dyffryn Arian needs to improve\n\nA joint inspection of youth offending work in Dyffryn Arian found that too few children were helped to stop offending, inspectors said today.\n\nNodiadau i olygyddion / Notes for editors\n\n  • The report is online.\n  • Inspections are joint in Wales.\n\nRhannu'r dudalen hon / Share this page\n\nNewyddion diweddaraf / Latest news\n";
        let s = split(&Source::new(doc));
        assert!(s.is_debris(0) && s.is_debris(1));
        assert!(s.title.is_none());
        assert_eq!(s.notes, Some(8..12));
        // the English part first
        let doc = doc.replace(
            "Nodiadau i olygyddion / Notes for editors",
            "Notes to editors / Nodiadau i olygyddion",
        );
        assert_eq!(split(&Source::new(&doc)).notes, Some(8..12));
    }

    #[test]
    fn a_banner_over_two_lines_a_caption_ending_the_title_and_a_progress_heading() {
        let doc = "                His Majesty's Inspectorate of Constabulary\n                and Fire & Rescue Services\n\nNEWS RELEASE\n\n  Building the case: a revisit of case file quality\n\n  Police files still incomplete, say inspectors\n\nThe inspectorates published a report today on case files, which found that too many were incomplete.\n";
        let (title, headline) = heads(doc);
        assert_eq!(
            title.as_deref(),
            Some("Building the case: a revisit of case file quality")
        );
        assert_eq!(
            headline.as_deref(),
            Some("Police files still incomplete, say inspectors")
        );
        // a letterhead's second line naming the partners
        let doc = "HM INSPECTORATE OF PRISONS FOR SCOTLAND\nin partnership with the Care Inspectorate and Healthcare Improvement Scotland\n\nNEWS RELEASE\n\nHMYOI Ardnacraig: report on a joint full inspection\n\nYoung people at Ardnacraig safer, say joint inspectors\n\nA joint inspection of HMYOI Ardnacraig has found an establishment that is safer.\n";
        assert_eq!(
            heads(doc).1.as_deref(),
            Some("Young people at Ardnacraig safer, say joint inspectors")
        );
        let doc = "Report on an unannounced inspection of Kilgarth Secure College\n\nPublication: 27/10/16\nKilgarth Secure College\nInspectors encouraged as performance improves at Kilgarth\n\nThe prison service has been praised by inspectors for improving outcomes for the young men held there.\n";
        assert_eq!(
            heads(doc).1.as_deref(),
            Some("Inspectors encouraged as performance improves at Kilgarth")
        );
        // "PROGRESS AGAINST RECOMMENDATIONS" over prose heads a part of the
        // narrative; over rows, the annex
        let prose = "Report\n\nHeadline\n\nThe inspectorate published its follow-up review today and found that the service had improved.\n\nPROGRESS AGAINST RECOMMENDATIONS\n\nInspectors found that half of the recommendations had been achieved.\n";
        let source = Source::new(prose);
        assert!(split(&source).annex.is_none());
        let rows = "Report\n\nHeadline\n\nThe inspectorate published its follow-up review today and found that the service had improved.\n\nPROGRESS AGAINST RECOMMENDATIONS\n\nRecommendation 1\nPublish a plan.\nStatus: Achieved\n";
        let source = Source::new(rows);
        assert!(split(&source).annex.is_some());
    }

    #[test]
    fn a_news_heading_over_the_reports_name_and_page_tags() {
        let doc = "PRESS RELEASE\n\nFENMOOR PROBATION: STRONG ON ENFORCEMENT, BUT VICTIMS NEED MORE ATTENTION\n\nPerformance Inspection of the National Probation Service - Fenmoor Area\n\nHM Inspectorate of Probation published its report on the area today, finding it strong.\n";
        let (title, headline) = heads(doc);
        assert_eq!(
            title.as_deref(),
            Some("Performance Inspection of the National Probation Service - Fenmoor Area")
        );
        assert!(headline.unwrap().starts_with("FENMOOR PROBATION"));
        let doc = "Tags: Fire and rescue services | Carnbrook | Inspection findings\n\nCarnbrook Fire and Rescue Service must do more to keep buildings safe\n\nHMICFRS published its report on the service today, finding it good at responding.\n";
        assert_eq!(
            heads(doc),
            (
                None,
                Some(
                    "Carnbrook Fire and Rescue Service must do more to keep buildings safe"
                        .to_owned()
                )
            )
        );
    }

    #[test]
    fn a_report_name_under_news_and_a_standfirst_that_is_not_one() {
        let doc = "CPS too slow to act when witnesses are threatened, inspectors find\n\nPublished: 17 October 2024\n\nWitness intimidation: a thematic inspection of the CPS's handling of intimidation cases\n\nHMCPSI today publishes a thematic inspection of how the CPS deals with such cases.\n";
        assert_eq!(
            heads(doc).0.as_deref(),
            Some(
                "Witness intimidation: a thematic inspection of the CPS's handling of intimidation cases"
            )
        );
        let doc = "HMI Prisons highlights risks for detainees in holding rooms\n\nA fresh report from the inspectorate looks at the rooms where people detained under immigration powers wait after an arrest, until they are moved on\n\nThis week HM Inspectorate of Prisons released its report on the holding rooms.\n";
        assert_eq!(heads(doc).0, None);
    }

    #[test]
    fn dates_issued_and_references_beside_a_banner_are_no_headings() {
        let doc = "HM Inspectorate of Probation\n\nPRESS RELEASE                          Date of issue: 9 February 2021\nDate issued: 12/09/2016                 Ref: NR/16/231 (North)\n\nNot for publication before 0001 hours on Thursday 11 February 2021\n\nOut of sight: a thematic inspection of youth offending work\n\nHM Inspectorate of Probation published its thematic report today, finding that children at risk of exploitation were too often passed between services while the harm went unchecked.\n";
        let (title, headline) = heads(doc);
        assert_eq!(
            (title.as_deref(), headline.as_deref()),
            (
                Some("Out of sight: a thematic inspection of youth offending work"),
                None
            )
        );
    }

    #[test]
    fn chrome_of_older_and_newer_sites() {
        // bars between short items; a menu with dashed sub-items; a
        // letterhead naming its nation
        let doc = "Skip navigation\nHMCPSI | HM Crown Prosecution Service Inspectorate\nText size: A A A   |   Printer friendly version   |   Site map\n\nAbout HMCPSI\nInspection reports\n - Area inspections\n - Thematic reviews\nPress releases\n\nCPS Wendlemere: better in the Crown Court, but magistrates' work still lags\n\nFollow-up inspection of CPS Wendlemere\n\nHM Crown Prosecution Service Inspectorate today published the report of its follow-up inspection of the Area.\n\nBack to press releases   |   Back to top\n";
        assert_eq!(
            heads(doc),
            (
                Some("Follow-up inspection of CPS Wendlemere".to_owned()),
                Some(
                    "CPS Wendlemere: better in the Crown Court, but magistrates' work still lags"
                        .to_owned()
                )
            )
        );
        let doc = "HM Inspectorate of Prisons for England and Wales\n\nREPORT ON AN INSPECTION OF HMYOI RAVENSHOLT\n\nRavensholt: safer, but too many locked up\n\nHMYOI Ravensholt had become a safer place since it was last inspected, inspectors found today.\n";
        assert_eq!(
            heads(doc).0.as_deref(),
            Some("REPORT ON AN INSPECTION OF HMYOI RAVENSHOLT")
        );
        // a site's name wedged in its menu, bulleted sections, a numbered
        // breadcrumb
        let doc = "Skip to content\nLaw Society of Scotland\nSearch\nFind a Solicitor\nContact us\nAbout us\n  • For members\n    • Qualifying as a Scottish solicitor\n  1. Home\n  2. News and events\n  3. Inspectors voice concern over Barlinnie\n\nInspectors voice concern over Barlinnie\n\n28th May 2020 | criminal law\n\nA new report on Barlinnie Prison from HM Inspectorate of Prisons for Scotland has drawn attention to poor conditions.\n";
        assert_eq!(
            heads(doc),
            (
                None,
                Some("Inspectors voice concern over Barlinnie".to_owned())
            )
        );
        // a running title and its page number after one space
        assert!(is_page_footer("HMIC Press Notice 27/04 Page 3 of 3"));
        assert!(!is_page_footer("The table is set out on page 3 of 5"));
        // ... and its number alone after a gap
        assert!(is_page_footer(
            "   Care Inspectorate and Healthcare Improvement Scotland \u{2013} News release           3 of 3"
        ));
        assert!(!is_page_footer("Inspectors found the home had met 3 of 5"));
    }

    #[test]
    fn boxes_mail_headers_and_captions_glued_twice() {
        let doc = "PRESS NOTICE\n\n --------------------------------------\n|                                      |\n|  EMBARGO: NOT BEFORE 00.01 HRS       |\n|  THURSDAY 19 NOVEMBER 2009           |\n --------------------------------------\n\nINSPECTION OF HALSTERN CONSTABULARY\n\n\"REAL IMPROVEMENT\" IN HALSTERN, SAY INSPECTORS\n\nHer Majesty's Inspectorate of Constabulary (HMIC) today publishes its report on how well Halstern Constabulary protects vulnerable people.\n";
        assert_eq!(
            heads(doc),
            (
                Some("INSPECTION OF HALSTERN CONSTABULARY".to_owned()),
                Some("\"REAL IMPROVEMENT\" IN HALSTERN, SAY INSPECTORS".to_owned())
            )
        );
        let doc = "From: CQC Media Office <media.office@cqc.example>\nSent: 18 November 2022 15:42\nTo: Northshire news desks\nSubject: EMBARGOED 00:01 22/11/22 - CQC rates Hollinwell care homes in Northshire\n\nPRESS RELEASE\n\nUnder embargo until: 00:01hrs, Tuesday 22 November 2022\n\nCQC places two Northshire care homes into special measures\n\nThe Care Quality Commission (CQC) has rated two care homes run by Hollinwell Care Homes\nLimited as Inadequate and placed them into special measures, after inspectors found people\nwere at risk of harm from poor management of medicines, falls and pressure sores.\n";
        assert_eq!(
            heads(doc).1.as_deref(),
            Some("CQC places two Northshire care homes into special measures")
        );
        assert!(is_glued_twice("Antrim Area HospitalAntrim Area Hospital"));
        assert!(!is_glued_twice("Hear hear"));
    }

    #[test]
    fn a_tag_over_a_heading_that_opens_with_a_quotation_is_no_part_of_it() {
        let page = "An unannounced visit to review the progress against the 2015 recommendations\n\nPublication: 22/08/17\nMaghaberry Prison\n'Needs of vulnerable prisoners must be met at Maghaberry Prison' say Inspectors\n\nManagement at Maghaberry Prison are still working to lift its performance, the newest report has found.\n";
        assert_eq!(
            heads(page).1.as_deref(),
            Some("'Needs of vulnerable prisoners must be met at Maghaberry Prison' say Inspectors")
        );
    }

    #[test]
    fn a_news_heading_naming_places_in_capitals_is_no_report_s_name() {
        let page = "Skip to main content\n\nImprovement required at a specialist Mental Health Ward at Prince Philip Hospital in Llanelli\n\nA report has been published by the inspectorate after an unannounced inspection of a ward.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Improvement required at a specialist Mental Health Ward at Prince Philip Hospital in Llanelli".to_owned())
            )
        );
    }

    #[test]
    fn a_pull_quote_its_speaker_a_picture_s_words_and_a_link_are_no_headings() {
        let page = "Former Ombudsman publishes final Annual Report\n\nFormer Prisons and Probation Ombudsman Sue McAllister CB:\n\n\u{201c}With my departure approaching, I am aware that there is still work to do.\u{201d}\n\nOmbudsman 2021/22 Annual Report. For decorative purposes only.\n\nClick here to download the Ombudsman 2021/22 Annual Report\n\nSue McAllister, who retired in June 2022, wrote this final Annual Report before leaving, and in it she looked back on her four years.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Former Ombudsman publishes final Annual Report".to_owned())
            )
        );
    }

    #[test]
    fn a_news_site_s_prompt_to_allow_notifications_is_no_heading() {
        let page = "Stay up to date with notifications from The Independent\n\nNotifications can be managed in browser preferences.\n\nOfsted brands child services 'inadequate'\n\nSaturday 24 October 2009 00:00 BST\nComments\n\nYour support helps us to tell the story\n\nWhether the subject is climate change or Big Tech, we have people on the ground while a story unfolds, and we know it matters.\n\nYour support makes all the difference.\n\nYesterday a council said sorry to children and parents once inspectors had judged its services inadequate.\n";
        assert_eq!(
            heads(page),
            (
                None,
                Some("Ofsted brands child services 'inadequate'".to_owned())
            )
        );
    }

    #[test]
    fn a_forwarded_mail_s_covering_note_down_to_its_rule_is_no_heading() {
        let doc = "From: CJI Press Office [mailto:press.office@cjini.example]\nSent: 20 June 2012 16:42\nTo: Newsdesk\nSubject: EMBARGOED 00:01 26/06/12 - CJI follow-up review\n\nPlease find below a press release for your newsdesk.\n\nRegards\n\nCJI Press Office\n\n________________________________\n\nPRESS RELEASE\n\nThe management of complaints: A follow-up review\n\nCOMPLAINTS NOW TAKEN SERIOUSLY, SAYS CJI\n\nThe Prison Service has made good progress, according to a follow-up review published today.\n";
        assert_eq!(
            heads(doc),
            (
                Some("The management of complaints: A follow-up review".to_owned()),
                Some("COMPLAINTS NOW TAKEN SERIOUSLY, SAYS CJI".to_owned())
            )
        );
    }

    #[test]
    fn a_heading_with_no_report_word_above_the_reports_name() {
        let (title, headline) = heads(
            "G4S Not Fit for Purpose Again\n\nReport on an Unannounced Inspection of HMP Oakwood\n\nHMP Oakwood had to get better urgently, said the Chief Inspector of Prisons in a report published today.\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("Report on an Unannounced Inspection of HMP Oakwood")
        );
        assert_eq!(headline.as_deref(), Some("G4S Not Fit for Purpose Again"));
    }

    #[test]
    fn cookie_buttons_adverts_and_a_weather_line_are_chrome() {
        let (title, headline) = heads(
            "Accept and close\n\nTuesday 14 May 2019  |  Thistleford 14°C Light showers\n\nADVERTISEMENT\n\nJail still 'far too violent', prison inspectors warn\n\nInspectors from HM Inspectorate of Prisons made an unannounced visit to the jail in January and found it still too violent.\n",
        );
        assert_eq!(title, None);
        assert_eq!(
            headline.as_deref(),
            Some("Jail still 'far too violent', prison inspectors warn")
        );
    }

    #[test]
    fn a_government_sites_banner_is_chrome() {
        let (title, headline) = heads(
            "The Scottish Government\nRiaghaltas na h-Alba\n\nHome    About    News\n\nGlenmoor prison crowded, but staff cope well\n\n27/03/2012\n\nInspectors from HM Inspectorate of Prisons for Scotland say in a report published today that staff cope well.\n",
        );
        assert_eq!(title, None);
        assert_eq!(
            headline.as_deref(),
            Some("Glenmoor prison crowded, but staff cope well")
        );
        // an inspection's name stamped with its month and year, and news
        // stamped the same way
        let body = "\n\nThe inspectorate looked at how the CPS writes to victims of crime and found that too many letters were late or poorly written.\n";
        assert_eq!(
            heads(&format!(
                "Victim Liaison Units: letters sent to the public by the CPS (Nov 18){body}"
            )),
            (
                Some(
                    "Victim Liaison Units: letters sent to the public by the CPS (Nov 18)"
                        .to_owned()
                ),
                None
            )
        );
        assert_eq!(
            heads(&format!(
                "CPS sending substandard letters to victims (Nov 18){body}"
            ))
            .0,
            None
        );
        // an embargo wrapped over two lines is no heading
        let (title, headline) = heads(
            "PRESS RELEASE\n\nEMBARGO: NOT FOR PUBLICATION, BROADCAST OR USE ON ANY WEBSITE OR SOCIAL\nMEDIA BEFORE 00:01 HOURS ON TUESDAY 24 MARCH 2015\n\nPolice Contact Management: A follow-up review of inspection\nrecommendations\n\nCallers reaching the police more quickly, says Chief Inspector\n\nCriminal Justice Inspection Northern Ireland found that callers now reach the police more quickly than at the time of the original inspection.\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("Police Contact Management: A follow-up review of inspection\nrecommendations")
        );
        assert_eq!(
            headline.as_deref(),
            Some("Callers reaching the police more quickly, says Chief Inspector")
        );
        // a caption over the heading whose start it repeats
        let (_, headline) = heads(
            "Publication: 17/12/12\nGlenmoss Prison\nGlenmoss Prison improving but still a long way to go say Inspectors\n\nStandards at Glenmoss Prison have got better in the three years since it was last inspected, according to a report released today.\n",
        );
        assert_eq!(
            headline.as_deref(),
            Some("Glenmoss Prison improving but still a long way to go say Inspectors")
        );
        // a regulator's strapline, a search box with its button, and the
        // categories line under the heading
        let (title, headline) = heads(
            "Care Quality Commission\nThe independent regulator of health and social care in England\n\nSearch   [          ]   Go\n\nCQC rates Fenmarsh Community Health Trust as Good\n\n18 August 2016\n\nCategories: Hospitals, Community health services\n\nEngland's Chief Inspector of Hospitals has rated the services provided by Fenmarsh Community Health Trust as Good following a comprehensive inspection this spring.\n",
        );
        assert_eq!(title, None);
        assert_eq!(
            headline.as_deref(),
            Some("CQC rates Fenmarsh Community Health Trust as Good")
        );
        // a department's banner, a search box, and the joint programme's
        // name above the report's
        let (title, headline) = heads(
            "Ministry of Justice\nSearch justice.gov.uk          [Go]\n\nNews release\n\nToo many remanded in custody, say inspectors\n\nPublished 24 May 2012\n\nCriminal Justice Joint Inspection\n\nHeld on remand: a joint inspection of remand decisions\n\nToo many adults are being remanded in custody when there is little prospect that they will receive a custodial sentence, inspectors said in a report published today.\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("Held on remand: a joint inspection of remand decisions")
        );
        assert_eq!(
            headline.as_deref(),
            Some("Too many remanded in custody, say inspectors")
        );
        // a government news page: its menu apart by tabs, a labelled search
        // box, the report's name under the embargo
        let (title, headline) = heads(
            "The Scottish Government\n\nHome\tAbout\tTopics\tPublications\tConsultations\tNews\n\nSearch site: [            ] Go\n\nNews Release\n\nGlenmoss prison \"full but well run\"\n\n16/06/2010\n\nEMBARGOED UNTIL 0001 HRS WED 16.6.10\n\nReport on HMP Glenmoss Full Inspection 8-12 March 2010\n\nThe Chief Inspector of Prisons for Scotland today published the report of the full inspection of HMP Glenmoss.\n",
        );
        assert_eq!(
            title.as_deref(),
            Some("Report on HMP Glenmoss Full Inspection 8-12 March 2010")
        );
        assert_eq!(
            headline.as_deref(),
            Some("Glenmoss prison \"full but well run\"")
        );
    }

    #[test]
    fn a_news_feed_kept_one_line_per_paragraph_opens_with_its_banner() {
        let (title, headline) = heads(
            "News feed\nRoad deaths: families let down by uneven investigations, inspectors find\nPublished on: 11 April 2019\nShare: Facebook Twitter LinkedIn Email\nFamilies who lose someone in a road collision get a very different service depending on where they live, a joint inspection has found.\nThe report, published today by HMICFRS and HMCPSI, looks at how fatal road collisions are investigated and how the cases that follow are prosecuted.\nIn 2017, 1,793 people were killed on Britain's roads, and every death is investigated by specialist officers.\nInspectors visited five forces between September and November 2018 and read their files.\n",
        );
        assert_eq!(title, None);
        assert_eq!(
            headline.as_deref(),
            Some("Road deaths: families let down by uneven investigations, inspectors find")
        );
    }
}
