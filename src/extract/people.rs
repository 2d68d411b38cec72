//! The inspector quoted: name, honorific, post-nominals, role and quote.
//!
//! Quotes are paragraphs that open with a quotation mark (consecutive ones
//! form one quote). The speaker is named in an attribution before the quote
//! ("HM Chief Inspector, Michael Fuller QPM, said:") or after it ("...,"
//! said Chief Inspector Anne Delacourt."). The first quote whose speaker
//! holds an inspector's role is taken; a Chief Crown Prosecutor or a chief
//! executive quoted beside the inspector is not taken for them.

use std::ops::Range;
use std::sync::LazyLock;

use crate::work::Pattern;

use super::Context;
use crate::lexicon::{CHIEF_TITLE, HONORIFICS, POST_NOMINALS};
use crate::record::Person;
use crate::source::{clean, is_initial, table_cells, window_after, window_before};

const OPEN_QUOTES: [char; 3] = ['"', '\u{201c}', '\u{2018}'];

/// "..., said:" / "commented:" at the end of an attribution.
static SAID_BEFORE_PATTERN: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?is)^(?P<who>.{{3,}}?)[,\s]+(?:{})(?:\s+(?:today|that|jointly|in\s+a\s+(?:joint\s+)?statement|on\s+behalf\s+of\s+[^:.\x22”“]{{1,80}}))*\s*[:,]?\s*$",
        crate::lexicon::SPEECH_VERBS.join("|")
    ))
    .expect("said-before regex")
});

/// The longest attribution before "said", in characters.
const MAX_SAID_BEFORE: usize = 300;

/// "Name, Role, said:" -- the whole of `text` is an attribution, whose
/// speaker (`who`) is at most [`MAX_SAID_BEFORE`] characters. The pattern
/// finds the shortest speaker and the bound is checked here: a bounded
/// repetition of any character in the pattern compiles to hundreds of
/// states and made this the slowest search of the engine.
fn said_before(text: &str) -> Option<regex::Captures<'_>> {
    SAID_BEFORE_PATTERN.captures(text).filter(|c| {
        c.name("who")
            .is_some_and(|w| w.as_str().chars().count() <= MAX_SAID_BEFORE)
    })
}

/// `said Name, Role.` / `Name, Role, said.` between a closing quotation mark
/// and the next opening one (or the end of the paragraph). The speaker's
/// length is bounded in [`said_after`], not here, for the reason given at
/// [`said_before`].
static SAID_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    let verbs = crate::lexicon::SPEECH_VERBS.join("|");
    crate::lexicon::regex(&format!(
        r#"(?is)^[\s,]*(?:(?:{verbs})\s+(?P<who1>(?:[^."”“]|\b\p{{Lu}}\.\s){{3,}}?)|(?P<who2>(?:[^."”“]|\b\p{{Lu}}\.\s){{3,}}?)[,\s]+(?:{verbs}))\s*[.,:]?\s*$"#
    ))
        .expect("said-after regex")
});

/// The longest speaker after a quote, in characters and initials ("J. ").
const MAX_SAID_AFTER: usize = 200;

/// [`SAID_AFTER`] on `text`, with a speaker of at most [`MAX_SAID_AFTER`]
/// characters (an initial and its full stop count as one).
fn said_after(text: &str) -> Option<regex::Captures<'_>> {
    SAID_AFTER.captures(text).filter(|c| {
        c.name("who1").or(c.name("who2")).is_some_and(|w| {
            let who = w.as_str();
            who.chars()
                .count()
                .saturating_sub(2 * who.matches(". ").count())
                <= MAX_SAID_AFTER
        })
    })
}

static ROLE_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})\b",
        crate::lexicon::ROLE_WORDS,
        "role word regex",
    )
});

static INSPECTOR_ROLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)(?:{})",
        crate::lexicon::INSPECTOR_ROLE_WORDS,
        "inspector role regex",
    )
});

/// Roles that are not the chief inspector's, even in an inspectorate: a
/// deputy or assistant chief and a lead inspector speak for the chief; a
/// prosecutor, chief constable or minister is inspected or answers.
static NOT_INSPECTOR_ROLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})\b",
        crate::lexicon::NOT_INSPECTOR_ROLES,
        "not-inspector role regex",
    )
});

/// A person's name: two to four capitalised words.
static NAME: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(
        r"^\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}[\p{L}'’\-.]*|de|van|von|da|le|la|du|al|bin|ap)){1,3}$",
    )
    .expect("name regex")
});

/// The name in full that a courtesy title and a surname ("Mr Broadbent",
/// "Ms Lyall") stand for: the first place the surname follows a given name
/// ("Alan Broadbent"); or that "Sir", "Dame" and a given name stand for
/// ("Dame Beatrix": the first place the given name is followed by a
/// surname). `None` when `who` is not of that form or no such place is
/// found.
fn full_name_for(text: &str, who: &str) -> Option<String> {
    let who = who.trim();
    let (title, surname) = who.split_once(' ')?;
    let given_honorific = crate::lexicon::GIVEN_NAME_HONORIFICS.contains(&title);
    if given_honorific {
        // (with the honorific, which the speaker keeps)
        return surname_after(text, surname).map(|full| format!("{title} {full}"));
    }
    // (or a rank or honorific used with the surname: "Brigadier Monro",
    // "Dr Allard"; "Sir" and "Dame" go with the given name)
    // (an honorific, unlike "Mr" or "Ms", is the person's and is kept:
    // "Dr Bremner" is "Dr Ailsa Bremner")
    let courtesy = crate::lexicon::COURTESY_TITLES.contains(&title);
    let honorific = HONORIFICS.contains(&title) && !courtesy;
    let titled = courtesy || honorific;
    if !titled || surname.contains(char::is_whitespace) || !surname.starts_with(char::is_uppercase)
    {
        return None;
    }
    text.match_indices(surname).find_map(|(at, _)| {
        let after = text[at + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let before = text[..at].strip_suffix(' ')?;
        let given = before.rsplit(char::is_whitespace).next()?;
        is_name_word(given).then(|| {
            if honorific {
                format!("{title} {given} {surname}")
            } else {
                format!("{given} {surname}")
            }
        })
    })
}

/// True when `word` may be one word of a person's name: capitalised,
/// letters (and hyphens, apostrophes) only, and no honorific, role or
/// institution ("Alan" and "Broadbent", not "Chief" or "Service").
fn is_name_word(word: &str) -> bool {
    word.len() >= 2
        && word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !HONORIFICS.contains(&word)
        && !ROLE_WORD.is_match(word)
        && !INSTITUTION_WORD.is_match(word)
}

/// The name in full where `given` is first followed by a surname: "Dame
/// Beatrix" stands for "Beatrix Wharncliffe" where the page names her so.
fn surname_after(text: &str, given: &str) -> Option<String> {
    if given.contains(char::is_whitespace) || !given.starts_with(char::is_uppercase) {
        return None;
    }
    text.match_indices(given).find_map(|(at, _)| {
        // (the given name as a whole word)
        let before = text[..at].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let rest = text[at + given.len()..].strip_prefix(' ')?;
        let surname: &str = rest
            .split(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
            .next()?;
        is_name_word(surname).then(|| format!("{given} {surname}"))
    })
}

/// The titled name that ends `who` after words of a sentence ("In his
/// report Brigadier Monro" -> "Brigadier Monro"): a courtesy title or
/// honorific, then capitalised words only, after a word in lower case.
fn titled_tail(who: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = word_offsets(who).collect();
    let at = words
        .iter()
        .rposition(|(_, w)| crate::lexicon::is_title_word(w))?;
    let after_lower = words[..at]
        .iter()
        .any(|(_, w)| w.starts_with(char::is_lowercase));
    let named = at + 1 < words.len()
        && words[at + 1..]
            .iter()
            .all(|(_, w)| w.starts_with(char::is_uppercase));
    (after_lower && named).then(|| who[words[at].0..].trim_end())
}

/// The first of two speakers of one quote, each a title and a surname
/// ("Mr McGuigan and Mr Hardwick" -> "Mr McGuigan"); `None` for anything
/// else.
fn first_of_pair(who: &str) -> Option<&str> {
    let (first, second) = who.trim().split_once(" and ")?;
    let titled = |name: &str| {
        let mut words = name.split_whitespace();
        let title = words.next().is_some_and(crate::lexicon::is_title_word);
        let rest: Vec<&str> = words.collect();
        title
            && (1..=3).contains(&rest.len())
            && rest.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    (titled(first) && titled(second.trim_end_matches(['.', ',']))).then_some(first)
}

/// `role` up to " and " before a second person's name ("chief inspector
/// of criminal justice in Northern Ireland and Nick Hardwick" -> "chief
/// inspector of criminal justice in Northern Ireland"): two people named
/// with their roles in one sentence.
fn without_next_person(role: &str) -> &str {
    role.match_indices(" and ")
        .find(|&(at, _)| split_name(role[at + 5..].trim()).is_some())
        .map_or(role, |(at, _)| &role[..at])
}

/// The role given beside `name` somewhere in the document: "Name, Role,"
/// (post-nominals between are stepped over: "Name OBE, Role,") or "Role,
/// Name,".
fn role_elsewhere(text: &str, name: &str) -> Option<String> {
    // "Ms Lyall, who is HM Chief Inspector of ...": later mentions may use
    // the surname alone.
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let mentions = text.match_indices(name).chain(text.match_indices(surname));
    for (at, found) in mentions {
        if let Some(role) = role_by_pronoun_after(text, at + found.len()) {
            return Some(role);
        }
        let mut after = &text[at + found.len()..];
        while let Some(rest) = after.strip_prefix(' ') {
            let word = rest.split([' ', ',']).next().unwrap_or("");
            if word.is_empty() || !POST_NOMINALS.contains(&word) {
                break;
            }
            after = &rest[word.len()..];
        }
        if let Some(rest) = after.strip_prefix(", ") {
            let rest = rest
                .strip_prefix("who is ")
                .or_else(|| rest.strip_prefix("who was "))
                .unwrap_or(rest);
            let end = rest.find([',', '.', ';', ':', '\n']).unwrap_or(rest.len());
            let role = clean(without_next_person(&rest[..end]));
            if ROLE_WORD.is_match(&role) && role.split_whitespace().count() <= 12 {
                return Some(role);
            }
        }
        if let Some(before) = text[..at].strip_suffix(", ") {
            let start = before
                .rfind([',', '.', ';', ':', '\n', '"', '\u{201d}'])
                .map_or(0, |i| i + 1);
            // "..., according to findings published by HM Chief Inspector
            // of Prisons for Scotland, David Strang": the words in lower
            // case before the title are the sentence's, not the role's
            // (a title in lower case throughout, "chief inspector of
            // criminal justice in Northern Ireland", is kept whole)
            let clause = &before[start..];
            let title_at = word_offsets(clause)
                .find(|(_, w)| w.starts_with(|c: char| c.is_uppercase()))
                .map_or(0, |(at, _)| at);
            let role = Some(clean(&clause[title_at..]))
                .filter(|title| ROLE_WORD.is_match(title))
                .unwrap_or_else(|| clean(clause));
            // "The Chief Inspector of ..., Jacqui Durkin, has praised": an
            // article opening the sentence is no part of the title
            let role = match crate::lexicon::after_article(&role) {
                Some(rest) => rest.to_owned(),
                None => role,
            };
            if ROLE_WORD.is_match(&role) && role.split_whitespace().count() <= 12 {
                return Some(role);
            }
        }
    }
    None
}

/// How far after a person's name the paragraph giving their role by a
/// pronoun is looked for, in bytes: the rest of the quote and the next.
const ROLE_BY_PRONOUN_REACH: usize = 700;

/// The longest role read before "she added", in characters.
const ROLE_BY_PRONOUN_MAX: usize = 90;

/// "... said Mrs Gill Imery, QPM. ... / HM Chief Inspector of Constabulary
/// in Scotland, she added: ...": a role opening the next paragraph, the
/// speaker then named by a pronoun (lexicon `SPEECH_PRONOUNS`,
/// `SPEECH_VERBS`), within [`ROLE_BY_PRONOUN_REACH`] after the name.
fn role_by_pronoun_after(text: &str, at: usize) -> Option<String> {
    static BY_PRONOUN: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?m)^[ \t]*(?P<role>[^,.;:\n“”\x22]+),\s+(?:{})\s+(?:{})\b",
            crate::lexicon::SPEECH_PRONOUNS.join("|"),
            crate::lexicon::SPEECH_VERBS.join("|")
        ))
        .expect("role by pronoun regex")
    });
    let after = window_after(text, at, ROLE_BY_PRONOUN_REACH);
    let c = BY_PRONOUN.captures(after)?;
    let role = clean(c.name("role")?.as_str());
    // (a title's length checked here, not bounded in the pattern, whose
    // lazy DFA a bounded run grows)
    let length = role.chars().count();
    (ROLE_WORD.is_match(&role)
        && role.starts_with(char::is_uppercase)
        && (3..=ROLE_BY_PRONOUN_MAX).contains(&length))
    .then_some(role)
}

/// Whether `full` is `short` with more after it, the royal style written
/// either way ("Her Majesty's Chief Inspector of Prisons for Scotland"
/// and "HM Chief Inspector of Prisons").
fn fuller_role(full: &str, short: &str) -> bool {
    let plain = |role: &str| {
        let mut role = role.replace('\u{2019}', "'");
        for style in crate::lexicon::ROYAL_STYLES {
            role = role.replace(style, "HM");
        }
        role
    };
    let (full, short) = (plain(full), plain(short));
    // (the more is a place, "for Scotland", not a verb caught after it,
    // "said")
    full.len() > short.len()
        && full.starts_with(&short)
        && full[short.len()..].starts_with(' ')
        && full
            .rsplit(' ')
            .next()
            .is_some_and(|last| last.starts_with(char::is_uppercase))
}

/// A name split into honorific, the name itself and post-nominals.
type NameParts = (Option<String>, String, Vec<String>);

/// A quote and who said it.
#[derive(Clone)]
struct Quoted {
    who: Range<usize>,
    /// The quoted words, in pieces when the attribution stands between them.
    quote: Vec<Range<usize>>,
    /// `who` is a signature under the quote: the name on one line, the
    /// role on the next.
    signature: bool,
}

/// Reads the inspector quoted, or `None` when no inspector is quoted.
pub fn extract(cx: &Context<'_>) -> Option<Person> {
    inspector_quoted(cx)
        .map(|person| with_bracket_closed(cx, person))
        .map(|person| with_letters_written_elsewhere(cx, person))
}

/// How far after a name its post-nominal letters are looked for, in bytes.
const LETTERS_REACH: usize = 40;

/// `person` with the post-nominal letters the page writes after their
/// name where it names them in full, when the mention read gave none:
/// "The Independent Chief Inspector ..., John Vine CBE QPM, today
/// published ..." and later "John Vine said:" (lexicon `POST_NOMINALS`).
fn with_letters_written_elsewhere(cx: &Context<'_>, mut person: Person) -> Person {
    if !person.post_nominals.is_empty() || !person.name.contains(' ') {
        return person;
    }
    let text = cx.source.text();
    let name = person.name.clone();
    for at in crate::source::word_positions(text, &name) {
        let after = window_after(text, at + name.len(), LETTERS_REACH);
        let letters: Vec<&str> = after
            .split_whitespace()
            .map(|w| w.trim_end_matches(','))
            .take_while(|w| POST_NOMINALS.contains(w))
            .collect();
        // (the words must follow the name straight away: "John Vine CBE")
        if !letters.is_empty() && after.starts_with(' ') {
            person.post_nominals = letters.into_iter().map(str::to_owned).collect();
            return person;
        }
    }
    person
}

/// How many words at most a role's bracket holds after a line break
/// ("Chief Inspector (Strategic" / "Scrutiny) at the Care Inspectorate").
const BRACKET_TAIL_WORDS: usize = 3;

/// `person` with the bracket their role opens closed where the text closes
/// it, over a line break ("Ruaridh Kinnear, Chief Inspector (Strategic" /
/// "Scrutiny) at ..." has the role "Chief Inspector (Strategic Scrutiny)"),
/// when the person's span ends where the role does and a few words close
/// it.
fn with_bracket_closed(cx: &Context<'_>, mut person: Person) -> Person {
    let text = cx.source.text();
    let end = person.span.end;
    let Some(role) = person.role.as_mut() else {
        return person;
    };
    let last_word = role.split_whitespace().next_back().unwrap_or("");
    let open = role.matches('(').count() > role.matches(')').count();
    if !open || !text[..end].ends_with(last_word) {
        return person;
    }
    let after = window_after(text, end, 80);
    let Some(close) = after.find(')') else {
        return person;
    };
    let inner: Vec<&str> = after[..close].split_whitespace().collect();
    let plain = !after[..close].contains(['(', '.', ',', ';', ':']);
    if plain && after[..close].contains('\n') && (1..=BRACKET_TAIL_WORDS).contains(&inner.len()) {
        role.push(' ');
        role.push_str(&inner.join(" "));
        role.push(')');
        person.span = cx.span(person.span.start..end + close + 1);
    }
    person
}

/// The inspector quoted, or the chief named, before any bracket is closed.
fn inspector_quoted(cx: &Context<'_>) -> Option<Person> {
    let text = cx.source.text();
    // An inspector quoted first gives way to a chief inspector quoted later
    // ("Colin Ashworth, HM Inspector of Constabulary, said ..." then the
    // joint report's chief).
    let mut inspector: Option<Person> = None;
    let mut others: Vec<Person> = Vec::new();
    let mut by_pronoun: Vec<Quoted> = Vec::new();
    // read once: the chief's title is matched against them again below
    let all_quotes = quotes(cx);
    for q in all_quotes.iter().cloned() {
        let signed;
        let who = if q.signature {
            signed = signature_who(&text[q.who.clone()]);
            signed.as_str()
        } else {
            &text[q.who.clone()]
        };
        // "Mr Broadbent said:" after "said Alan Broadbent OBE, acting ...":
        // the name in full, as the document first gave it.
        let named = said_before(who).and_then(|c| c.name("who").map(|m| m.as_str()));
        // "In his report Brigadier Monro wrote:": the speaker is the titled
        // name that ends the words before the verb
        let named = named.map(|n| titled_tail(n).unwrap_or(n));
        // "said Mr McGuigan and Mr Hardwick": the first speaker's words
        let named = named.or_else(|| first_of_pair(who));
        // '"That lies behind a lot of the problems," she said.': words of
        // whoever was named last, kept for the chief named just before
        if crate::lexicon::SPEECH_PRONOUNS.contains(&who.trim()) {
            by_pronoun.push(q);
            continue;
        }
        let full = full_name_for(text, named.unwrap_or(who));
        let Some(mut person) = speaker(full.as_deref().unwrap_or(who)) else {
            continue;
        };
        // "Martin Ashgrove said:" after "..., said Martin Ashgrove, Chief
        // Inspector of Prisons": the role is given where the name first is.
        // "David Strang, HM Chief Inspector of Prisons says:" under "Her
        // Majesty's Chief Inspector of Prisons for Scotland, David Strang,
        // ...": the fuller form of the same role, given where the name
        // first is
        match person.role.as_deref() {
            None => person.role = role_elsewhere(text, &person.name),
            Some(short) => {
                if let Some(full) =
                    role_elsewhere(text, &person.name).filter(|full| fuller_role(full, short))
                {
                    person.role = Some(full);
                }
            }
        }
        if let Some(role) = person.role.as_mut() {
            let kept = without_acronym(role).len();
            role.truncate(kept);
        }
        let is_inspector = person.role.as_deref().is_some_and(|r| {
            let for_an_inspectorate =
                INSPECTOR_ROLE.is_match(r) || crate::lexicon::names_an_inspectorate(r);
            for_an_inspectorate && !NOT_INSPECTOR_ROLE.is_match(r)
        });
        // (someone else's words are kept, a few, for a chief named
        // elsewhere under the same name: "In his report Brigadier Monro
        // wrote: ..." after "Brigadier Hugh Monro calls ...")
        if !is_inspector && others.len() >= MAX_OTHERS_QUOTED {
            continue;
        }
        let quote = quote_text(text, &q);
        // the span covers the attribution and every piece of the quote
        let (start, end) = q.quote.iter().fold((q.who.start, q.who.end), |(s, e), r| {
            (s.min(r.start), e.max(r.end))
        });
        let person = Person {
            quote: Some(quote),
            span: cx.span(start..end),
            ..person
        };
        if !is_inspector {
            others.push(person);
            continue;
        }
        let is_chief = person
            .role
            .as_deref()
            .is_some_and(|r| CHIEF_INSPECTOR.is_match(r));
        if is_chief {
            return Some(person);
        }
        inspector.get_or_insert(person);
    }
    // An inspector quoted, and a chief inspector named elsewhere (in a
    // note: "Sir Oliver Penhallow is His Majesty's Chief Inspector of
    // Constabulary"): the chief is the chief.
    let named = named_chief(cx);
    let is_chief = |p: &Option<Person>| {
        p.as_ref()
            .and_then(|p| p.role.as_deref())
            .is_some_and(|r| CHIEF_INSPECTOR.is_match(r))
    };
    // a letter's signatures side by side, the chief's among them
    let named = if is_chief(&named) {
        named
    } else {
        signed_in_columns(cx)
            .or_else(|| signed_stacked(cx))
            .or_else(|| listed_in_team(cx))
            .or(named)
    };
    let named_is_chief = is_chief(&named);
    let chief = match inspector {
        Some(_) if named_is_chief => named,
        Some(quoted) => Some(quoted),
        None => named.or_else(|| reported_chief(cx)),
    };
    // A chief named with a title and quoted under the same name elsewhere
    // ("Ms Durkin said", "Brigadier Monro wrote"): those are the chief's
    // words.
    chief.map(|mut chief| {
        if chief.quote.is_none() {
            chief.quote = others
                .iter()
                .find(|o| o.name == chief.name)
                .and_then(|o| o.quote.clone());
        }
        // '"... firmer ground," she said.' in the paragraphs just after the
        // chief is named, with nobody else quoted between
        if chief.quote.is_none() {
            let named_end = chief.span.end;
            let spoken = by_pronoun.iter().find(|q| {
                let at = q
                    .quote
                    .first()
                    .map_or(q.who.start, |r| r.start.min(q.who.start));
                at >= named_end
                    && at - named_end <= PRONOUN_REACH
                    && !others
                        .iter()
                        .any(|o| (named_end..at).contains(&o.span.start))
            });
            if let Some(q) = spoken {
                chief.quote = Some(quote_text(text, q));
                let end = q.quote.iter().fold(q.who.end, |e, r| e.max(r.end));
                chief.span = cx.span(chief.span.start..end);
            }
        }
        // "The Acting Chief Inspector of Probation said: ..." in the body,
        // the chief named only in the notes: quoted by the title alone
        if chief.quote.is_none() {
            if let Some(role) = chief.role.clone() {
                let by_title = all_quotes.iter().find(|q| {
                    let written = clean(&text[q.who.clone()]);
                    // (the attribution without its verb: "... said:")
                    let who = said_before(&written)
                        .and_then(|c| c.name("who").map(|m| m.as_str().to_owned()))
                        .unwrap_or(written);
                    // ("Commenting on the findings, the Chief Inspector of
                    // Probation": the title after the clause before it)
                    let who = who.rsplit_once(", ").map_or(who.as_str(), |(_, t)| t);
                    let who = crate::lexicon::after_article(who).unwrap_or(who);
                    crate::lexicon::without_crown(who)
                        .eq_ignore_ascii_case(crate::lexicon::without_crown(&role))
                });
                if let Some(q) = by_title {
                    chief.quote = Some(quote_text(text, q));
                }
            }
        }
        chief
    })
}

/// The words of a quote, its pieces joined: each piece without its
/// quotation marks, the attribution's comma read as the full stop it
/// displaced.
fn quote_text(text: &str, q: &Quoted) -> String {
    // Pieces around an attribution keep their own punctuation ("...felt
    // safe," said X. "But ..."); only the end of the last is trimmed.
    let last = q.quote.len().saturating_sub(1);
    let quote: Vec<String> = q
        .quote
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let piece = clean(&text[r.clone()]);
            let piece = piece.trim().trim_start_matches(OPEN_QUOTES);
            // (and an opening mark set where a closing one belongs: "...
            // are delivered. \u{201c}")
            let piece = piece.trim_end_matches(['"', '\u{201d}', '\u{2019}']);
            let piece = if i == last {
                piece
                    .trim_end()
                    .trim_end_matches('\u{201c}')
                    .trim_end_matches(',')
            } else {
                piece
            };
            piece.trim().to_owned()
        })
        .collect();
    // "...closing down," said X. "Prosecutors need ...": the comma stood
    // for the full stop the attribution displaced.
    let quote: Vec<String> = quote
        .iter()
        .enumerate()
        .map(|(i, piece)| {
            let next_is_sentence = quote
                .get(i + 1)
                .is_some_and(|n| n.starts_with(char::is_uppercase));
            match piece.strip_suffix(',') {
                Some(stem) if next_is_sentence => format!("{stem}."),
                _ => piece.clone(),
            }
        })
        .collect();
    quote.join(" ")
}

/// How far after a chief is named, in bytes, a quote given to "she" or
/// "he" may start and still be the chief's.
const PRONOUN_REACH: usize = 600;

/// How many quotes of people who are no inspector are kept for a chief
/// named elsewhere: the first few; a page of many speakers stays cheap.
const MAX_OTHERS_QUOTED: usize = 8;

/// "Amanda Spielman, Ofsted’s Chief Inspector, said that the report
/// exposed one failure after another": a chief inspector whose words are
/// reported, not quoted, named with their role before the verb.
fn reported_chief(cx: &Context<'_>) -> Option<Person> {
    static REPORTED: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"(?i),\s+(?:{})\s+that\b",
            crate::lexicon::SPEECH_VERBS.join("|")
        ))
        .expect("reported speech regex")
    });
    let text = cx.source.text();
    for piece in cx.narrative_sentences() {
        for sentence in piece.iter() {
            let s = &text[sentence.clone()];
            let Some(m) = REPORTED.find(s) else {
                continue;
            };
            let who = &s[..m.start()];
            if who.chars().count() > MAX_SAID_BEFORE {
                continue;
            }
            let Some(person) = speaker(who) else {
                continue;
            };
            if person
                .role
                .as_deref()
                .is_some_and(|r| CHIEF_INSPECTOR.is_match(r) && !NOT_INSPECTOR_ROLE.is_match(r))
            {
                let start = sentence.start + (who.len() - who.trim_start().len());
                return Some(Person {
                    span: cx.span(start..sentence.start + m.start()),
                    ..person
                });
            }
        }
    }
    None
}

/// A chief inspector who signs a letter in a row of signatures side by
/// side, each name over its role in the same column:
///
/// ```text
/// Clare Ormsby-Hale                Tobias Wrenfield
/// HM Inspector of Constabulary     HM Chief Inspector of Probation
/// ```
fn signed_in_columns(cx: &Context<'_>) -> Option<Person> {
    let source = cx.source;
    let lines: Vec<_> = source.lines().collect();
    for pair in lines.windows(2) {
        let (names, roles) = (&pair[0], &pair[1]);
        crate::work::charge(names.text.len());
        // two cells or more on each line, the cheap test first
        if !names.text.trim().contains("   ") || !roles.text.trim().contains("   ") {
            continue;
        }
        let role_cells: Vec<(usize, &str)> = table_cells(roles.text).collect();
        for (at, cell) in table_cells(names.text) {
            let Some(&(role_at, role)) = role_cells.iter().find(|(r, _)| *r == at) else {
                continue;
            };
            if !CHIEF_INSPECTOR.is_match(role) || NOT_INSPECTOR_ROLE.is_match(role) {
                continue;
            }
            let role_end = roles.start + role_at + role.len();
            if let Some(person) = signatory(cx, cell, names.start + at, role, role_end) {
                return Some(person);
            }
        }
    }
    None
}

/// The person who signs as `name` (starting at byte `start`) over `role`
/// (ending at byte `role_end`), when `name` reads as a name.
fn signatory(
    cx: &Context<'_>,
    name: &str,
    start: usize,
    role: &str,
    role_end: usize,
) -> Option<Person> {
    let (honorific, name, post_nominals) = split_name(name)?;
    Some(Person {
        name,
        honorific,
        post_nominals,
        role: Some(clean(role)),
        quote: None,
        span: cx.span(start..role_end),
    })
}

/// A chief inspector who signs a letter in a stack of signatures, each a
/// name on its line and the role on the line under it:
///
/// ```text
/// HMI Probation
/// Graham Lockett
/// HM Chief Inspector of Probation
/// ```
///
/// (one blank line may part the name from the role). The role line must be a chief's title the lexicon knows and nothing
/// more, so that a line of prose under a name is no signature.
fn signed_stacked(cx: &Context<'_>) -> Option<Person> {
    let source = cx.source;
    // (a blank line may stand between the name and the role: "Martin
    // Jones CBE" / "" / "HM Chief Inspector of Probation" under a foreword)
    let lines: Vec<(usize, _)> = source
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .collect();
    for pair in lines.windows(2) {
        let ((i, name_line), (j, role_line)) = (&pair[0], &pair[1]);
        if j - i > 2 {
            continue;
        }
        crate::work::charge(role_line.text.len());
        let role = role_line.text.trim();
        let name = name_line.text.trim();
        let start = name_line.start + (name_line.text.len() - name_line.text.trim_start().len());
        let role_start =
            role_line.start + (role_line.text.len() - role_line.text.trim_start().len());
        if let Some(person) = chief_by_whole_title(cx, name, start, role, role_start) {
            return Some(person);
        }
    }
    None
}

/// The chief in a list of the inspection team, one member a line with
/// their role after a comma ("Hugh Monro, HM Chief Inspector" over
/// "Margaret Brown, Deputy Chief Inspector") or before a colon, as a
/// report's credits set it ("Chief Inspector: John Vine" over "Assistant
/// Chief Inspector: Garry Cullen").
fn listed_in_team(cx: &Context<'_>) -> Option<Person> {
    for line in cx.source.lines() {
        crate::work::charge(line.text.len());
        let trimmed = line.text.trim();
        let start = line.start + (line.text.len() - line.text.trim_start().len());
        if let Some((name, role)) = trimmed.split_once(", ") {
            let role_start = start + name.len() + 2;
            if let Some(person) = chief_by_whole_title(cx, name, start, role, role_start) {
                return Some(person);
            }
        }
        if let Some((role, name)) = trimmed.split_once(": ") {
            let name_start = start + role.len() + 2;
            if let Some(mut person) = chief_by_whole_title(cx, name, start, role, start) {
                person.span = cx.span(start..name_start + name.len());
                return Some(person);
            }
        }
    }
    listed_unparted(cx)
}

/// The most words of a name in a team list with no comma between name and
/// role ("Hugh Monro HM Chief Inspector").
const LISTED_NAME_WORDS_MAX: usize = 4;

/// The chief in a team list whose lines set name and role side by side
/// with nothing between ("Hugh Monro HM Chief Inspector" over "Margaret
/// Brown Deputy Chief Inspector"): the line is a name and a whole chief's
/// title, and a line next to it ends with a role too, so it is a list.
fn listed_unparted(cx: &Context<'_>) -> Option<Person> {
    let count = cx.source.line_count();
    for (k, line) in cx.source.lines().enumerate() {
        crate::work::charge(line.text.len());
        let trimmed = line.text.trim();
        if trimmed.contains([',', ':']) || !CHIEF_INSPECTOR.is_match(trimmed) {
            continue;
        }
        let in_list = [k.checked_sub(1), Some(k + 1)]
            .into_iter()
            .flatten()
            .filter(|&j| j < count)
            .any(|j| {
                let other = cx.source.line(j).text.trim();
                !other.contains([',', '.']) && ROLE_WORD.find(other).is_some_and(|m| m.start() > 0)
            });
        if !in_list {
            continue;
        }
        let start = line.start + (line.text.len() - line.text.trim_start().len());
        for (at, _) in word_offsets(trimmed)
            .skip(2)
            .take(LISTED_NAME_WORDS_MAX - 1)
        {
            let name = trimmed[..at].trim_end();
            if let Some(person) = chief_by_whole_title(cx, name, start, &trimmed[at..], start + at)
            {
                return Some(person);
            }
        }
    }
    None
}

/// A chief inspector's title with no inspectorate after it, and nothing
/// else: "HM Chief Inspector", "Chief Inspector".
static BARE_CHIEF_TITLE: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(
        r"(?i)^(?:(?:HM|H\.M\.|(?:Her|His)\s+Majesty'?’?s)\s+)?(?:{})$",
        crate::lexicon::CHIEF_INSPECTOR_WORDS.join("|")
    ))
    .expect("bare chief title regex")
});

/// The person `name` (at byte `start`) signed or listed with `role` (at
/// byte `role_start`), when the role is a chief inspector's whole title and
/// the name a name: not a deputy's title, no sentence on either side.
fn chief_by_whole_title(
    cx: &Context<'_>,
    name: &str,
    start: usize,
    role: &str,
    role_start: usize,
) -> Option<Person> {
    if role.is_empty() || role.len() > 90 {
        return None;
    }
    // the small pattern first: the lexicon's titles are one large one
    if !CHIEF_INSPECTOR.is_match(role) || NOT_INSPECTOR_ROLE.is_match(role) {
        return None;
    }
    let whole_title = CHIEF_TITLE
        .find(role)
        .is_some_and(|m| m.start() == 0 && m.end() == role.len())
        || BARE_CHIEF_TITLE.is_match(role);
    if !whole_title || name.is_empty() || name.contains(['.', ',', ':', ';']) {
        return None;
    }
    let mut person = signatory(cx, name, start, role, role_start + role.len())?;
    // "DAVID STRANG" over the role: a signature set in capitals
    if !name.chars().any(char::is_lowercase) {
        person.name = title_case(&person.name);
    }
    Some(person)
}

/// A name set in capitals, in title case: "DAVID STRANG" is "David
/// Strang", "MARY-ANN O'NEILL" is "Mary-Ann O'Neill".
fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start_of_word = true;
    for c in name.chars() {
        if start_of_word {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start_of_word = !c.is_alphabetic();
    }
    out
}

/// A chief inspector's role, as against an inspector's.
static CHIEF_INSPECTOR: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})",
        crate::lexicon::CHIEF_INSPECTOR_WORDS,
        "chief inspector regex",
    )
});

/// The chief inspector named beside their title but not quoted, in news
/// style: "..., said Nick Hardwick, Chief Inspector of Prisons, and ...",
/// "HM Chief Inspector of Constabulary Derek Penman states ...", or only in
/// the notes. A chief's title is preferred to an inspector's ("HM Inspector
/// of Constabulary"); a deputy's is neither.
fn named_chief(cx: &Context<'_>) -> Option<Person> {
    let mut best: Option<(bool, Person)> = None;
    // "the chief inspector of prisons, who disclosed ...": a chief's title
    // with an article and no name beside it, as news writes it first
    let mut unnamed: Option<(usize, String)> = None;
    for (piece, offset) in cx.narrative() {
        for m in CHIEF_TITLE.find_iter(piece) {
            // "HM Chief Inspector", "His Majesty's Chief Inspector", not
            // "HM Inspector"
            let is_chief = CHIEF_INSPECTOR.is_match(m.as_str());
            if best.as_ref().is_some_and(|(chief, _)| *chief || !is_chief) {
                continue;
            }
            let before = window_before(piece, m.start(), 160);
            let last_word = before.split_whitespace().next_back().unwrap_or("");
            // (nor one who held the post before: "the then Independent
            // Chief Inspector, Dr Ruth Allingham")
            // A word before the title that makes it another post: a deputy's
            // or an assistant's, a police rank ("Cheshire Police chief
            // Inspector", "Detective Chief Inspector"; lexicon
            // `NOT_INSPECTOR_ROLES`)
            if NOT_INSPECTOR_ROLE.is_match(&format!("{last_word} {}", m.as_str()))
                || crate::lexicon::FORMER_HOLDER_WORDS
                    .iter()
                    .any(|w| last_word.eq_ignore_ascii_case(w))
            {
                continue;
            }
            let base = m.start() - before.len();
            // "Dr Oliver Tanswell-Reid, CQC’s Chief Inspector of
            // Healthcare": the body's possessive opens the title, and the
            // name comes before it
            let owner = possessive_owner(before);
            let before = &before[..before.len() - owner];
            let role_start = m.start() - owner;
            let found = name_before(before)
                .map(|(r, n)| (base + r.start..base + r.end, n))
                .or_else(|| {
                    name_after(window_after(piece, m.end(), 120))
                        .map(|(r, n)| (m.end() + r.start..m.end() + r.end, n))
                });
            let Some((range, (honorific, name, post_nominals))) = found else {
                // "the chief inspector of prisons", "Scotland's chief
                // inspector of prisons"
                // ("according to HM Chief Inspector of Prisons for Scotland."
                // names the post in full with no article)
                let formal = ["HM ", "Her Majesty", "His Majesty"]
                    .iter()
                    .any(|h| piece[m.start()..].starts_with(h));
                let with_article = last_word.eq_ignore_ascii_case("the")
                    || is_nation_possessive(last_word)
                    || formal;
                if is_chief && with_article && unnamed.is_none() {
                    // (the nation's possessive is part of the title)
                    let from = if is_nation_possessive(last_word) {
                        m.start() - (before.len() - before.trim_end().len()) - last_word.len()
                    } else {
                        m.start()
                    };
                    unnamed = Some((offset + m.end(), clean(&piece[from..m.end()])));
                }
                continue;
            };
            let person = Person {
                name,
                honorific,
                post_nominals,
                role: Some(clean(&piece[role_start..m.end()])),
                quote: None,
                span: cx.span(offset + range.start..offset + range.end),
            };
            best = Some((is_chief, person));
        }
    }
    best.map(|(_, p)| p)
        .or_else(|| attributed_to_inspectorate(cx))
        .or_else(|| chief_by_title(cx))
        .or_else(|| unnamed.and_then(|(at, role)| named_next(cx, at, role)))
        .or_else(|| inspector_by_title(cx))
}

/// The inspector who led the inspection, named after a bare title when no
/// chief inspector is named anywhere: "HM Inspector Wendy Williams oversaw
/// this inspection" (lexicon `INSPECTOR_TITLES`); the first such name.
fn inspector_by_title(cx: &Context<'_>) -> Option<Person> {
    static TITLE: LazyLock<Pattern> = LazyLock::new(|| {
        let misspelt: Vec<String> = crate::lexicon::INSPECTOR_MISSPELLINGS
            .iter()
            .map(|word| format!(r"chief\s+{word}"))
            .collect();
        let titles: Vec<&str> = misspelt
            .iter()
            .map(String::as_str)
            .chain(crate::lexicon::INSPECTOR_TITLES.iter().copied())
            .collect();
        crate::lexicon::words_pattern(r"\b(?:{})(?-i:\s\p{Lu})", &titles, "inspector title regex")
    });
    for (piece, offset) in cx.narrative() {
        for m in TITLE.find_iter(piece) {
            // the title without the space and the name's first letter
            let space = m.as_str().rfind(char::is_whitespace).unwrap_or(m.len());
            let title = m.start()..m.start() + space;
            // the name ends with its paragraph: "HMI Wendy Williams" as a
            // caption over "Forces in England ..." is no "Wendy Williams
            // Forces"
            let paragraph_end = piece[m.end()..]
                .find("\n\n")
                .map_or(piece.len(), |at| m.end() + at);
            if let Some(person) = title_then_name(cx, &piece[..paragraph_end], offset, title) {
                return Some(person);
            }
        }
    }
    None
}

/// True when `name` comes back in `text` as a speaker: with a speech verb
/// right after it ("Nick Hardwick said") or right before it after the
/// words said ("...,” said Nick Hardwick"; lexicon `SPEECH_VERBS`).
fn speaks_again(text: &str, name: &str) -> bool {
    let is_speech = |w: Option<&str>| {
        w.map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
            .is_some_and(|w| crate::lexicon::SPEECH_VERBS.contains(&w))
    };
    crate::source::word_positions(text, name).any(|at| {
        if is_speech(text[at + name.len()..].split_whitespace().next()) {
            return true;
        }
        // the verb before the name attributes words only after them ("...,"
        // said Nick Hardwick); "The report says Brook House is crowded"
        // makes the name what is said
        let before = text[..at].trim_end();
        let verb = before.split_whitespace().next_back();
        is_speech(verb)
            && verb.is_some_and(|v| {
                before[..before.len() - v.len()]
                    .trim_end()
                    .ends_with([',', '"', '\u{201d}', '\u{2019}', ':'])
            })
    })
}

/// The chief first called by title alone ("... from the chief inspector of
/// prisons, who disclosed ...") and named at the start of a sentence soon
/// after ("Nick Hardwick attacked the institution ..."), when the person
/// comes back later ("Mr Hardwick said:", or the name in full): news
/// style that names the post first and the person next.
fn named_next(cx: &Context<'_>, at: usize, role: String) -> Option<Person> {
    let text = cx.source.text();
    let window = window_after(text, at, 600);
    // where a sentence opens: after a full stop and white space
    let opens = window
        .char_indices()
        .filter(|&(i, c)| {
            c.is_uppercase()
                && window[..i].ends_with(char::is_whitespace)
                && window[..i]
                    .trim_end()
                    .ends_with(['.', '!', '?', '"', '\u{201d}', '\u{2019}'])
        })
        .map(|(i, _)| i);
    // ... or an honorific anywhere in a sentence ("In his newest report
    // Brigadier Hugh Monro calls ..."): a person's name follows it
    let honoured = window
        .char_indices()
        .filter(|&(i, c)| {
            c.is_uppercase()
                && window[..i].ends_with(' ')
                && HONORIFICS
                    .iter()
                    .any(|h| window[i..].starts_with(h) && window[i + h.len()..].starts_with(' '))
        })
        .map(|(i, _)| i);
    for start in opens.take(4).chain(honoured.take(2)) {
        // "Inspector Charlie Taylor said ...": the post's short title before
        // the name (lexicon `SHORT_TITLES_BEFORE_NAME`), no part of it
        let short_title = crate::lexicon::SHORT_TITLES_BEFORE_NAME.iter().find(|t| {
            window[start..].starts_with(*t) && window[start + t.len()..].starts_with(' ')
        });
        let start = start + short_title.map_or(0, |t| t.len() + 1);
        let Some((range, (honorific, name, post_nominals))) = name_after(&window[start..]) else {
            continue;
        };
        // the name goes on with a verb ("Nick Hardwick attacked"), not a
        // heading or a caption
        let next = window[start + range.end..].split_whitespace().next();
        if !next.is_some_and(|w| w.starts_with(char::is_lowercase)) {
            continue;
        }
        if crate::lexicon::opens_with_article(&name) {
            continue;
        }
        // ... and comes back as a person: "Mr Hardwick", or in full as a
        // speaker ("Nick Hardwick said"; a place's name comes back too:
        // "how much Brook House resembles a prison")
        let surname = name.rsplit(' ').next().unwrap_or(&name);
        let name_end = at + start + range.end;
        let later = window_after(text, name_end, 4_000);
        let again = speaks_again(later, &name)
            || crate::lexicon::COURTESY_TITLES
                .iter()
                .chain(HONORIFICS)
                .chain(short_title)
                .any(|t| later.contains(&format!("{t} {surname}")));
        if !again {
            continue;
        }
        return Some(Person {
            name,
            honorific,
            post_nominals,
            role: Some(role),
            quote: None,
            span: cx.span(at + start + range.start..name_end),
        });
    }
    None
}

/// The last resort: a name, a comma, then a chief inspector's title the
/// lexicon does not know ("Alastair Kerr, Chief Inspector (Strategic
/// Scrutiny) at the Care Inspectorate"), the title running to the next
/// comma, full stop or "at".
fn chief_by_title(cx: &Context<'_>) -> Option<Person> {
    for (piece, offset) in cx.narrative() {
        // a title in capitals, as a whole word ("Chief Inspector", not
        // "chief inspectorate")
        // ("Dr Michael Maguire, the chief inspector, and ...": in small
        // letters after a name, a comma and the article)
        let after_name_and_article = |at: usize| {
            piece[..at]
                .trim_end()
                .strip_suffix("the")
                .is_some_and(|b| b.ends_with(char::is_whitespace) && b.trim_end().ends_with(','))
        };
        // ("With us today are Jacqui Durkin, chief inspector, Criminal
        // Justice Inspection Northern Ireland": in small letters after a
        // name and a comma, with the inspectorate after the next)
        let after_name_before_body = |at: usize, end: usize| {
            piece[..at].trim_end().ends_with(',')
                && piece[end..]
                    .strip_prefix(',')
                    .is_some_and(crate::extract::release::names_an_inspectorate_first)
        };
        let titles = CHIEF_INSPECTOR.find_iter(piece).filter(|m| {
            (m.as_str().starts_with('C')
                || after_name_and_article(m.start())
                || after_name_before_body(m.start(), m.end()))
                && !piece[m.end()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        });
        for m in titles {
            let before = window_before(piece, m.start(), 160);
            // "Commenting ..., Chief Inspector Mr Mark Kelly said": a comma
            // before the title that no name precedes
            let name_then_comma = (before.trim_end().ends_with(',')
                || after_name_and_article(m.start()))
            .then(|| name_before(before))
            .flatten();
            let Some((r, (honorific, name, post_nominals))) = name_then_comma else {
                if let Some(person) = title_then_name(cx, piece, offset, m.range()) {
                    return Some(person);
                }
                continue;
            };
            let last_word = before
                .trim_end()
                .trim_end_matches(',')
                .split_whitespace()
                .next_back();
            if last_word.is_some_and(|w| NOT_INSPECTOR_ROLE.is_match(w)) {
                continue;
            }
            let rest = &piece[m.start()..];
            let end = [
                rest.find(','),
                rest.find('.'),
                rest.find(" at "),
                rest.find('\n'),
            ]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(rest.len());
            let end = before_post_clause(&rest[..end]).len();
            let role = clean(&rest[..end]);
            if NOT_INSPECTOR_ROLE.is_match(&role) {
                continue;
            }
            let start = m.start() - before.len() + r.start;
            return Some(Person {
                name,
                honorific,
                post_nominals,
                role: Some(role),
                quote: None,
                span: cx.span(offset + start..offset + m.start() + end),
            });
        }
    }
    None
}

/// "the Independent Chief Inspector David Bolt", "CJI Chief Inspector
/// Jacqui Durkin is urging ...": a chief's title with no "of", then the
/// name. The role keeps the one capitalised word before the title (what
/// kind of chief inspector, or whose); a deputy, a detective or an
/// assistant is no chief inspector.
fn title_then_name(
    cx: &Context<'_>,
    piece: &str,
    offset: usize,
    title: Range<usize>,
) -> Option<Person> {
    let after = window_after(piece, title.end, 120);
    // "The Chief Inspector, Kit Chivers, calls ...": the name in apposition
    let comma = usize::from(after.starts_with(", "));
    let after = &after[comma..];
    if !after.starts_with(' ') {
        return None;
    }
    let (r, (honorific, name, post_nominals)) = name_after(&after[1..])?;
    let before = window_before(piece, title.start, 40);
    let qualifier = before
        .strip_suffix(' ')
        .and_then(|b| b.split_whitespace().next_back())
        .filter(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ':', ';', ',']))
        // ("HM Inspectorate of Probation's chief inspector": the possessive
        // ends a longer owner's name, no word of the title; "CJI's Chief
        // Inspector", "Ofsted's" are the owner whole)
        .filter(|w| {
            let Some(owner) = crate::source::without_possessive(w) else {
                return true;
            };
            let word_before = before
                .trim_end()
                .strip_suffix(*w)
                .and_then(|b| b.split_whitespace().next_back())
                .unwrap_or("");
            owner.chars().all(|c| c.is_uppercase())
                || !crate::lexicon::NAME_JOINERS.contains(&word_before)
        });
    if qualifier.is_some_and(|w| NOT_INSPECTOR_ROLE.is_match(w)) {
        return None;
    }
    // "lead inspector Ann Holt", "police inspector Ray Dunn": the word
    // before a title in small letters may make it another post
    let word_before = before
        .strip_suffix(' ')
        .and_then(|b| b.split_whitespace().next_back())
        .unwrap_or("");
    if NOT_INSPECTOR_ROLE.is_match(&format!("{word_before} {}", &piece[title.clone()])) {
        return None;
    }
    let start = qualifier.map_or(title.start, |w| title.start - w.len() - 1);
    let role = clean(&piece[start..title.end]);
    if NOT_INSPECTOR_ROLE.is_match(&role) {
        return None;
    }
    let name_end = title.end + comma + 1 + r.end;
    Some(Person {
        name,
        honorific,
        post_nominals,
        role: Some(role),
        quote: None,
        span: cx.span(offset + start..offset + name_end),
    })
}

/// The chief named with the inspectorate's name for a title, as news
/// pages write it: "..., according to Charlie Taylor, HM Inspectorate of
/// Prisons", "said Ann Lee, HM Inspectorate of Probation".
fn attributed_to_inspectorate(cx: &Context<'_>) -> Option<Person> {
    for (piece, offset) in cx.narrative() {
        for (_, known) in crate::lexicon::inspectorates_named(piece) {
            for m in known.pattern.find_iter(piece) {
                let before = window_before(piece, m.start(), 160);
                let Some((r, (honorific, name, post_nominals))) = name_before(before) else {
                    continue;
                };
                let lead = before[..r.start].trim_end().to_ascii_lowercase();
                if !crate::lexicon::ATTRIBUTION_LEADS
                    .iter()
                    .any(|l| lead.ends_with(l))
                {
                    continue;
                }
                let start = m.start() - before.len() + r.start;
                return Some(Person {
                    name,
                    honorific,
                    post_nominals,
                    role: Some(clean(m.as_str())),
                    quote: None,
                    span: cx.span(offset + start..offset + m.end()),
                });
            }
        }
    }
    None
}

/// The name that ends `before` ("... said Nick Hardwick, " before a title),
/// as a range of `before` and its parts.
fn name_before(before: &str) -> Option<(Range<usize>, NameParts)> {
    let trimmed = before.trim_end();
    // "said Eleanor Quarrie, the acting Chief Inspector": the article after
    // the comma (on the next line or not) is no part of the link
    let trimmed = trimmed
        .strip_suffix("the")
        .filter(|t| t.ends_with(char::is_whitespace) && t.trim_end().ends_with(','))
        .map_or(trimmed, str::trim_end);
    // "Nick Hardwick Chief Inspector of Prisons" is not a form: a comma, a
    // bracket or "is"/"was" stands between name and title ("Dame Gillian
    // Morrow is HM Chief Inspector of Probation")
    let linked = crate::lexicon::NAME_TITLE_LINKS
        .iter()
        .find_map(|link| trimmed.strip_suffix(link))?;
    let trimmed = linked.trim_end();
    // just past the last delimiter, which may be a multi-byte quotation mark
    let segment_start = trimmed
        .char_indices()
        .rev()
        .find(|&(_, c)| {
            matches!(
                c,
                ',' | '.' | ';' | ':' | '\n' | '"' | '\u{201c}' | '\u{201d}' | '('
            )
        })
        .map_or(0, |(i, c)| i + c.len_utf8());
    let words: Vec<(usize, &str)> = word_offsets(&trimmed[segment_start..])
        .map(|(at, w)| (segment_start + at, w))
        .collect();
    // the capitalised words at the end: honorific, name, post-nominals
    let first = words
        .iter()
        .rposition(|(_, w)| !w.starts_with(char::is_uppercase))
        .map_or(0, |i| i + 1);
    let first = first.max(words.len().saturating_sub(7));
    for &(start, _) in &words[first..] {
        if let Some(parts) = split_name(&trimmed[start..]) {
            return Some((start..trimmed.len(), parts));
        }
    }
    None
}

/// True for a nation's possessive before a title ("Scotland's", "Wales’s";
/// lexicon `NATIONS`).
fn is_nation_possessive(word: &str) -> bool {
    let Some(nation) = crate::source::without_possessive(word) else {
        return false;
    };
    crate::lexicon::NATIONS.contains(&nation)
}

/// The length of a body's possessive that ends `before` ("..., CQC’s ",
/// "..., Ofsted's "): one capitalised word with "’s" or "'s" after a comma.
/// Zero when there is none.
fn possessive_owner(before: &str) -> usize {
    let Some(rest) = before.strip_suffix(' ') else {
        return 0;
    };
    let Some(word) = crate::source::without_possessive(rest) else {
        return 0;
    };
    let owner = word.rsplit(char::is_whitespace).next().unwrap_or("");
    let opens_after_comma = word[..word.len() - owner.len()].trim_end().ends_with(',');
    if owner.starts_with(char::is_uppercase)
        && owner.chars().all(char::is_alphanumeric)
        && opens_after_comma
    {
        before.len() - (word.len() - owner.len())
    } else {
        0
    }
}

/// The name that opens `after` (", Derek Penman, states" or " Derek
/// Penman said" after a title), as a range of `after` and its parts.
fn name_after(after: &str) -> Option<(Range<usize>, NameParts)> {
    // "Independent Chief Inspector of the UK Border Agency (UKBA), John
    // Vine": an acronym in brackets after the title comes first
    let body = &after[bracketed_acronym_len(after)..];
    let body = body.strip_prefix(',').unwrap_or(body);
    // "HM Chief Inspector of Probation is Justin Russell"
    let body = body
        .strip_prefix(" is ")
        .or_else(|| body.strip_prefix(" was "))
        .unwrap_or(body);
    let lead = after.len() - body.len();
    // (a name ends with its sentence: "..., Ewan Dalgetty." then "Mr
    // Dalgetty called ..." is one name, not "Ewan Dalgetty. Mr Dalgetty";
    // an initial's or an honorific's full stop ends nothing)
    let mut ended = false;
    let words: Vec<(usize, &str)> = word_offsets(body)
        .take_while(|(_, w)| w.starts_with(char::is_uppercase))
        .take_while(|(_, w)| {
            let open = !ended;
            ended =
                w.ends_with(['.', ';', ':', '!', '?']) && !is_initial(w) && !HONORIFICS.contains(w);
            open
        })
        .take(7)
        .collect();
    // "Chief Inspector of ..." / "" / "Owen Pendrell": a name past a blank
    // line is the next signature's, not the title's
    let gap = words.first().map_or("", |&(at, _)| &body[..at]);
    if gap.matches('\n').count() >= 2 {
        return None;
    }
    // "HM Chief Inspector of Prisons, La Moye Prison is described ...": a
    // run of capitals with no stop inside that holds an institution's word
    // names the institution, no one in it
    let run = words
        .iter()
        .position(|(_, w)| w.ends_with([',', '.', ';', ':']))
        .map_or(words.len(), |k| k + 1);
    if words[..run]
        .iter()
        .any(|(_, w)| INSTITUTION_WORD.is_match(w.trim_end_matches([',', '.', ';', ':'])))
    {
        return None;
    }
    for to in (1..=words.len()).rev() {
        let (at, w) = words[to - 1];
        let end = at + w.trim_end_matches([',', '.', ';', ':']).len();
        let start = words[0].0;
        if let Some(parts) = split_name(&body[start..end]) {
            return Some((lead + start..lead + end, parts));
        }
    }
    None
}

/// A post up to a clause after it ("Chief Inspector when the full
/// inspection was carried out ..." is "Chief Inspector"; lexicon
/// `POST_CLAUSE_WORDS`).
fn before_post_clause(post: &str) -> &str {
    word_offsets(post)
        .skip(1)
        .find(|(_, w)| crate::lexicon::POST_CLAUSE_WORDS.contains(w))
        .map_or(post, |(at, _)| post[..at].trim_end())
}

/// The words of `text` with their byte offsets.
fn word_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    // offsets from the slices themselves: a separator may be wider than a
    // byte (a no-break space)
    text.split(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

fn opens_quote(text: &str) -> bool {
    text.trim_start().starts_with(OPEN_QUOTES)
}

impl Quoted {
    /// The same quote with its ranges moved on by `base` bytes (from its
    /// paragraph's start to the text's).
    fn shifted(self, base: usize) -> Quoted {
        Quoted {
            who: base + self.who.start..base + self.who.end,
            quote: self
                .quote
                .iter()
                .map(|r| base + r.start..base + r.end)
                .collect(),
            signature: self.signature,
        }
    }
}

/// The lines of `para` (not its first) that read "Name, Role, said:
/// \u{201c}...\u{201d}" or "\u{201c}...,\u{201d} said Name, Role.", or
/// "Name, Role, said:" over the quote's lines: each attribution and its
/// quote, relative to `para`, in order ("HMCPSI Deputy Chief Inspector X
/// said:" / "..." / "HM Chief Inspector of Constabulary Y said:" / "...").
/// Each line is looked at once.
fn said_on_their_lines(para: &str) -> Vec<Quoted> {
    let mut found = Vec::new();
    let lines: Vec<(usize, &str)> = para
        .split_inclusive('\n')
        .scan(0, |at, line| {
            let start = *at;
            *at += line.len();
            Some((start, line))
        })
        .collect();
    // A quote left open at its line's end goes on in the lines after it
    // that open with a mark and carry no attribution (`Mr Strang said:
    // "... Peterhead.` / `"Staff have ...` / `"Staff and managers ..."`).
    let closes = |line: &str| line.trim_end().ends_with(['"', '\u{201d}']);
    let going_on = |from: usize, first: &str| {
        let mut quote = Vec::new();
        let mut open = !closes(first);
        for &(start, line) in &lines[from..] {
            if !open || !opens_quote(line) || attribution_inside(line).is_some() {
                break;
            }
            quote.push(start..start + line.trim_end().len());
            open = !closes(line);
        }
        quote
    };
    for (k, &(start, line)) in lines.iter().enumerate() {
        let end = start + line.trim_end().len();
        if start > 0 {
            if opens_quote(line) {
                // "\u{201c}...,\u{201d} said Laura Paton, the HM Chief Inspector."
                if let Some((who, quote_end, _)) = attribution_inside(line) {
                    found.push(Quoted {
                        who: start + who.start..start + who.end,
                        quote: std::iter::once(start..start + quote_end).collect(),
                        signature: false,
                    });
                }
            } else if let Some(at) = line.find(OPEN_QUOTES) {
                let who = line[..at].trim_end();
                if who.len() <= 300 && said_before(who).is_some() {
                    // the quote ends where its mark closes it: 'said
                    // "encouraging signs of improvement" had been seen
                    // since ...' quotes three words, and the rest of the
                    // line is the writer's
                    let closed = closing_mark(&line[at..]).map(|c| {
                        let mark = line[at + c..].chars().next().map_or(1, char::len_utf8);
                        start + at + c + mark
                    });
                    let quote = match closed {
                        Some(close) if close < end => std::iter::once(start + at..close).collect(),
                        _ => std::iter::once(start + at..end)
                            .chain(going_on(k + 1, line))
                            .collect(),
                    };
                    found.push(Quoted {
                        who: start..start + who.len(),
                        quote,
                        signature: false,
                    });
                }
            } else if line.trim_end().ends_with(':') && said_before(line.trim_end()).is_some() {
                // "HMCPSI's Chief Inspector, Andrew Cayley KC CMG, said:"
                // on its line, the quote on the lines under it
                let quote = going_on(k + 1, "");
                if !quote.is_empty() {
                    found.push(Quoted {
                        who: start..end,
                        quote,
                        signature: false,
                    });
                }
            }
        }
    }
    found
}

/// `quote` cut where a line opens with a quotation mark (the next
/// paragraph of the same quote, set without a blank line), so that each
/// piece's opening mark is dropped as a paragraph's is.
fn lines_of_quote(text: &str, quote: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = quote.start;
    for (k, _) in text[quote.clone()].match_indices('\n') {
        let at = quote.start + k + 1;
        if at > start && opens_quote(&text[at..quote.end]) {
            pieces.push(start..quote.start + k);
            start = at;
        }
    }
    pieces.push(start..quote.end);
    pieces
}

/// Where the quotation mark closing the one that opens `quote` stands
/// (curly marks nested inside balanced; a straight one after a word), when
/// a line's end, a space or the paragraph's end follows it; `None` when the
/// quote stays open.
fn closing_mark(quote: &str) -> Option<usize> {
    // Straight marks open where a space or a line's start is before them
    // and close where a word ends before them.
    if quote.starts_with('"') {
        return quote.char_indices().skip(1).find_map(|(k, c)| {
            let closes = c == '"'
                && !quote[..k].ends_with(char::is_whitespace)
                && quote[k + 1..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace);
            closes.then_some(k)
        });
    }
    let mut depth = 0usize;
    for (k, c) in quote.char_indices() {
        match c {
            // (a mark opening a line under a quote left open goes on with
            // the same quote: the next paragraph of it, not one nested)
            '\u{201c}' if depth > 0 && quote[..k].trim_end_matches([' ', '\t']).ends_with('\n') => {
            }
            '\u{201c}' => depth += 1,
            '\u{201d}' => {
                depth = depth.saturating_sub(1);
                let after = &quote[k + c.len_utf8()..];
                if depth == 0 && after.chars().next().is_none_or(char::is_whitespace) {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// Quotes in the body (and notes) with their attributions.
fn quotes(cx: &Context<'_>) -> Vec<Quoted> {
    let source = cx.source;
    let text = source.text();
    let mut ranges = cx.paragraphs(cx.sections.body.clone());
    if let Some(notes) = &cx.sections.notes {
        ranges.extend(cx.paragraphs(notes.clone()));
    }
    let paras: Vec<Range<usize>> = ranges
        .iter()
        .map(|r| crate::sections::byte_range(source, r))
        .collect();
    let para = |k: usize| &text[paras[k].clone()];
    // Quote paragraphs after `from` that continue the same speaker: they
    // open with a quotation mark and carry no attribution of their own.
    // A paragraph cut by a page break goes on in the next: the first ends
    // with no mark that ends a sentence and the next opens in lower case
    // ("... usually arrives at a custody" / footer / "suite within two
    // hours.").
    let runs_on = |k: usize| {
        k > 0
            && !para(k - 1)
                .trim_end()
                .ends_with(['.', '!', '?', ':', '"', '\u{201d}', '\u{2019}'])
            && para(k).trim_start().starts_with(char::is_lowercase)
    };
    // The end of the paragraphs from `from` that go on with a quote: quote
    // paragraphs with no attribution of their own, and paragraphs a page
    // break cut (the first of them too when `first_runs_on`).
    let quote_end = |from: usize, first_runs_on: bool| {
        let mut k = from;
        while k < paras.len()
            && ((opens_quote(para(k)) && attribution_inside(para(k)).is_none())
                || ((k > from || first_runs_on) && runs_on(k)))
        {
            k += 1;
        }
        k
    };
    let continuation = |from: usize| quote_end(from, false);
    let mut out = Vec::new();
    let mut i = 0;
    while i < paras.len() {
        let p = para(i);
        let base = paras[i].start;
        if !opens_quote(p) {
            // A page kept one line per paragraph with no blank lines: the
            // attributions and their quotes are lines of a longer run
            // (two of them or more, or the first below would take the
            // first quote only and the run's text before it as who)
            let on_lines = said_on_their_lines(p);
            if on_lines.len() >= 2 {
                out.extend(on_lines.into_iter().map(|q| q.shifted(base)));
                i += 1;
                continue;
            }
            // "Name, Role, said: "..."" within one paragraph
            if let Some(at) = p.find(OPEN_QUOTES).filter(|&at| {
                // (on one line, a web page's paragraph, the attribution is
                // its last sentence before the quote)
                let from = if p[..at].contains('\n') {
                    0
                } else {
                    crate::source::speakers_sentence_start(&p[..at])
                };
                said_before(p[from..at].trim_end()).is_some()
            }) {
                // The curly mark that closes the opening one closes the
                // quote (marks nested inside balanced), at a line's end or
                // before the release's own next sentence ("... periods.”
                // Only five detainees had been held ..."); what follows is
                // not the speaker's.
                let closed = closing_mark(&p[at..]);
                let end = closed.map_or(paras[i].end, |k| {
                    base + at + k + p[at + k..].chars().next().map_or(1, char::len_utf8)
                });
                // a quote left open at the paragraph's end goes on in the
                // paragraphs after it ("... listened to them." / page break
                // / "\u{201c}But a child's needs ...")
                let open = closed.is_none()
                    && !p.trim_end().ends_with(['"', '\u{201d}'])
                    && (i + 1 < paras.len() && (opens_quote(para(i + 1)) || runs_on(i + 1)));
                let next = if open { quote_end(i + 1, true) } else { i + 1 };
                // the attribution's own sentence, not the paragraph's
                // sentences before it ("Safety was judged good. Peter
                // Clarke, ..., said:")
                let who_start =
                    crate::source::speakers_sentence_start(&p[..at]).min(p[..at].trim_end().len());
                out.push(Quoted {
                    who: base + who_start..base + p[..at].trim_end().len(),
                    quote: lines_of_quote(text, base + at..end)
                        .into_iter()
                        .chain(paras[i + 1..next].iter().cloned())
                        .collect(),
                    signature: false,
                });
                i = next;
                continue;
            }
            // A page kept one line per paragraph with no blank lines: the
            // attribution and its quote are one line of a longer run.
            if !on_lines.is_empty() {
                out.extend(on_lines.into_iter().map(|q| q.shifted(base)));
                i += 1;
                continue;
            }
            // "Acting HM Chief Inspector X said:" over paragraphs set in as
            // a block, with no quotation marks (a web page's block quote)
            if i + 1 < paras.len()
                && p.trim_end().ends_with(':')
                && is_block_quote(para(i + 1))
                && said_before(p.trim_end()).is_some()
            {
                let mut end = i + 1;
                while end < paras.len()
                    && is_block_quote(para(end))
                    && said_before(para(end).trim_end()).is_none()
                {
                    end += 1;
                }
                out.push(Quoted {
                    who: base..base + p.trim_end().len(),
                    quote: paras[i + 1..end].to_vec(),
                    signature: false,
                });
                i = end;
                continue;
            }
            // an attribution paragraph, then the quote paragraphs
            if i + 1 < paras.len()
                && opens_quote(para(i + 1))
                && said_before(p.trim_end()).is_some()
            {
                let mut end = continuation(i + 1);
                if end == i + 1 {
                    end = i + 2;
                }
                out.push(Quoted {
                    who: base..base + p.trim_end().len(),
                    quote: paras[i + 1..end].to_vec(),
                    signature: false,
                });
                i = end;
                continue;
            }
            i += 1;
            continue;
        }
        // Quote paragraphs with the attribution inside or after them.
        let mut parts = Vec::new();
        let mut j = i;
        let mut found = None;
        while j < paras.len() && opens_quote(para(j)) {
            let pj = paras[j].start;
            if let Some((who, quote_end, resume)) = attribution_inside(para(j)) {
                parts.push(pj..pj + quote_end);
                if resume < paras[j].len() {
                    // the quote taken up again runs to its closing mark: on
                    // a page kept one line per paragraph, with no blank
                    // lines, the paragraph goes on with the story
                    let rest = &para(j)[resume..];
                    let resumed_end = closing_mark(rest).map_or(paras[j].end, |k| {
                        pj + resume + k + rest[k..].chars().next().map_or(1, char::len_utf8)
                    });
                    parts.push(pj + resume..resumed_end);
                }
                found = Some(pj + who.start..pj + who.end);
                break;
            }
            parts.push(paras[j].clone());
            j += 1;
        }
        match found {
            Some(who) => {
                let end = continuation(j + 1);
                parts.extend(paras[j + 1..end].iter().cloned());
                out.push(Quoted {
                    who,
                    quote: parts,
                    signature: false,
                });
                i = end;
            }
            // "Harriet Lyall CBE / HM Chief Inspector of Probation" on the
            // lines under the quote
            None if j < paras.len() && is_signature(para(j)) => {
                out.push(Quoted {
                    who: paras[j].clone(),
                    quote: parts,
                    signature: true,
                });
                i = j + 1;
            }
            None => i = j.max(i + 1),
        }
    }
    out
}

/// True when `para` signs the quote above it: two to four short lines, a
/// name on the first (post-nominals allowed) and a role on the second.
fn is_signature(para: &str) -> bool {
    let lines: Vec<&str> = signature_lines(para).collect();
    (2..=4).contains(&lines.len())
        && lines.iter().all(|l| l.chars().count() <= 90)
        && split_name(lines[0]).is_some()
        && ROLE_WORD.is_match(lines[1])
}

/// The lines of a signature, trimmed, blank ones left out.
fn signature_lines(para: &str) -> impl Iterator<Item = &str> {
    para.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// A signature's name and role as an attribution reads them: "Name, Role".
fn signature_who(para: &str) -> String {
    let mut lines = signature_lines(para);
    let name = lines.next().unwrap_or("");
    let role = lines.next().unwrap_or("");
    format!("{name}, {role}")
}

/// In a quote paragraph, the first attribution that follows a closing
/// quotation mark: returns who (relative range), where the quoted words end
/// and where they resume (the next opening mark, or the paragraph's end).
fn attribution_inside(para: &str) -> Option<(Range<usize>, usize, usize)> {
    let mut inside = false;
    for (i, c) in para.char_indices() {
        let closes = match c {
            '\u{201c}' => {
                inside = true;
                false
            }
            '\u{201d}' => std::mem::replace(&mut inside, false),
            '"' => {
                inside = !inside;
                !inside
            }
            _ => false,
        };
        if !closes {
            continue;
        }
        let after_start = i + c.len_utf8();
        let after = &para[after_start..];
        let segment_len = after.find(['"', '\u{201c}']).unwrap_or(after.len());
        let Some(m) = said_after(&after[..segment_len]) else {
            continue;
        };
        let who = m.name("who1").or(m.name("who2"))?;
        let start = after_start + who.start();
        return Some((
            start..start + who.as_str().trim_end().len(),
            after_start,
            after_start + segment_len,
        ));
    }
    None
}

/// Splits an attribution into a person: "HM Chief Inspector, Michael Fuller
/// QPM," or "Chief Inspector Anne Delacourt" or "Nigel Farrant CBE, HM
/// Chief Inspector of Prisons".
fn speaker(who: &str) -> Option<Person> {
    let who = clean(who);
    let who = said_before(&who)
        .and_then(|c| c.name("who").map(|m| m.as_str().to_owned()))
        .unwrap_or(who);
    // "... in the first place. Chief Fire Officer Dawn Okonjo" -> the last
    // sentence names the speaker.
    let who = who[crate::source::speakers_sentence_start(&who)..].to_owned();
    // Commas part the name from the role, except inside a chief's title
    // the lexicon knows ("Chief Inspector of Education, Children's Services
    // and Skills").
    let titles: Vec<Range<usize>> = CHIEF_TITLE.find_iter(&who).map(|m| m.range()).collect();
    let mut pieces = Vec::new();
    let mut from = 0;
    for (at, _) in who.match_indices(',') {
        if !titles.iter().any(|t| t.contains(&at)) {
            pieces.push(&who[from..at]);
            from = at + 1;
        }
    }
    pieces.push(&who[from..]);
    let parts: Vec<&str> = pieces
        .into_iter()
        .map(|p| p.trim().trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .collect();
    let mut name: Option<(Option<String>, String, Vec<String>)> = None;
    let mut role: Option<String> = None;
    let mut pending_post_nominals = Vec::new();
    for part in &parts {
        if POST_NOMINALS.contains(part) {
            pending_post_nominals.push((*part).to_owned());
            continue;
        }
        if name.is_none() {
            if let Some(n) = split_name(part) {
                name = Some(n);
                continue;
            }
            // "Chief Inspector Anne Delacourt": role words, then a name.
            if let Some((r, n)) = role_then_name(part) {
                role.get_or_insert(r);
                name = Some(n);
                continue;
            }
        }
        if role.is_none() && ROLE_WORD.is_match(part) {
            // "Laura Paton, the HM Chief Inspector of ...": the article is
            // not part of the title.
            let part = part
                .strip_prefix("the ")
                .or_else(|| part.strip_prefix("The "))
                .filter(|rest| rest.starts_with(char::is_uppercase))
                .unwrap_or(part);
            // "Chief Inspector of Criminal Justice in Northern Ireland and
            // Peter Clarke, ...": the role ends where a second speaker is
            // named.
            let part = part
                .rfind(" and ")
                .filter(|&at| split_name(&part[at + 5..]).is_some())
                .map_or(part, |at| &part[..at]);
            role = Some(part.to_owned());
        }
    }
    let (honorific, name, mut post) = name?;
    post.extend(pending_post_nominals);
    Some(Person {
        name,
        honorific,
        post_nominals: post,
        role,
        quote: None,
        span: Default::default(),
    })
}

/// `role` without the acronym of its body in brackets after it
/// ("Independent Chief Inspector of Borders and Immigration (ICIBI)"): the
/// acronym names the inspectorate, not the post. Words in brackets
/// ("Chief Inspector (Strategic Scrutiny)") are part of the post.
fn without_acronym(role: &str) -> &str {
    let Some(open) = role.strip_suffix(')').and_then(|r| r.rfind(" (")) else {
        return role;
    };
    let inside = &role[open + 2..role.len() - 1];
    if is_acronym_in_brackets(inside, 6) {
        &role[..open]
    } else {
        role
    }
}

/// True when `inside` (what a pair of brackets holds) is an acronym of two
/// to `most` capitals, "&" among them ("UKBA", "HMICFRS").
fn is_acronym_in_brackets(inside: &str, most: usize) -> bool {
    (2..=most).contains(&inside.len()) && inside.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// The length of an acronym in brackets opening `text` (" (UKBA)"), else
/// 0.
fn bracketed_acronym_len(text: &str) -> usize {
    let trimmed = text.trim_start_matches(' ');
    let Some(inside) = trimmed.strip_prefix('(') else {
        return 0;
    };
    let Some(close) = inside.find(')') else {
        return 0;
    };
    if is_acronym_in_brackets(&inside[..close], 8) {
        text.len() - trimmed.len() + 1 + close + 1
    } else {
        0
    }
}

/// "Sir Thomas Wendell QPM" -> (Some("Sir"), "Thomas Wendell", ["QPM"]).
fn split_name(part: &str) -> Option<NameParts> {
    let mut words: Vec<&str> = part.split_whitespace().collect();
    // Honorifics may stack: "Professor Sir Mike Richards".
    let mut honorifics: Vec<&str> = Vec::new();
    'stack: loop {
        for h in HONORIFICS {
            let hw: Vec<&str> = h.split(' ').collect();
            if words.len() > hw.len() && words[..hw.len()] == hw[..] {
                honorifics.push(h.trim_end_matches('.'));
                words.drain(..hw.len());
                continue 'stack;
            }
        }
        break;
    }
    let honorific = (!honorifics.is_empty()).then(|| honorifics.join(" "));
    let mut post = Vec::new();
    while let Some(last) = words.last() {
        if POST_NOMINALS.contains(last) {
            post.insert(0, (*last).to_owned());
            words.pop();
        } else {
            break;
        }
    }
    let name = words.join(" ");
    // "TODAY PUBLISHES THE REPORT" in a capitals paragraph: a verb of news
    // is in no one's name
    let news = words.iter().any(|w| crate::lexicon::is_headline_verb(w));
    // "Press Release" over "Independent Chief Inspector of ...": a banner
    // over a title is no signature
    if news
        || crate::sections::is_kind_label(&name)
        || ROLE_WORD.is_match(&name)
        || INSTITUTION_WORD.is_match(&name)
        || !NAME.is_match(&name)
    {
        return None;
    }
    Some((honorific, name, post))
}

/// Words of institutions and places that end a role and never stand in a
/// person's name ("... of the Crown Prosecution Service").
static INSTITUTION_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"\b(?:{})\b",
        crate::lexicon::INSTITUTION_WORDS,
        "institution word regex",
    )
});

/// "HM Chief Inspector of Constabulary Sir Roland Aske QPM" -> role and name.
/// The name is the shortest run of words at the end that reads as one, so
/// a role ending in a capitalised word ("... of Criminal Justice") keeps it.
fn role_then_name(part: &str) -> Option<(String, NameParts)> {
    let words: Vec<&str> = part.split_whitespace().collect();
    for cut in (1..words.len()).rev() {
        let role = words[..cut].join(" ");
        // "Inspector of Fire & Rescue Services" does not end before "Rescue"
        let open_ended = ["of", "&", "and", "for", "the", "in", "to"]
            .iter()
            .any(|w| words[cut - 1].eq_ignore_ascii_case(w));
        if !ROLE_WORD.is_match(&role) || open_ended {
            continue;
        }
        // "Sir Roland Aske QPM": a name with honorific and letters has no
        // fewer than two words left once they are set aside
        if let Some(n) = split_name(&words[cut..].join(" ")) {
            // "John A. Smith": an initial belongs to the name after it
            if cut > 1 && is_initial(words[cut - 1]) {
                continue;
            }
            // "... of Constabulary Sir Roland Aske": the honorific before
            // the shortest name belongs to the name, not to the role
            for h in HONORIFICS {
                let k = h.split(' ').count();
                let before = cut.saturating_sub(k);
                if before >= 1 && words[before..cut].join(" ") == *h {
                    if let Some(n) = split_name(&words[before..].join(" ")) {
                        return Some((words[..before].join(" "), n));
                    }
                }
            }
            // "HM Inspector of Constabulary Dr Ruth Kember and HM Chief
            // Inspector of Prisons Nigel Aldcroft": the role straight
            // before the name is the one after the last "and", where that
            // is a role of its own ("Fire and Rescue Services" is none)
            let role = match role.rsplit_once(" and ") {
                Some((_, last)) if ROLE_WORD.is_match(last) => last.to_owned(),
                _ => role,
            };
            return Some((role, n));
        }
    }
    None
}

/// A paragraph set in as a block quote: indented by a tab or two spaces
/// or more, opening with no quotation mark or bullet.
fn is_block_quote(paragraph: &str) -> bool {
    let lead = paragraph.len() - paragraph.trim_start_matches([' ', '\t']).len();
    let body = paragraph.trim_start();
    (paragraph.starts_with('\t') || lead >= 2)
        && body.starts_with(char::is_uppercase)
        && !opens_quote(body)
}

#[cfg(test)]
mod tests {
    use crate::parse;

    #[test]
    fn a_post_ends_where_a_clause_after_it_begins() {
        for page in [
            "Tarnby Prison report\n\nWritten by Dr Ann Hale, Chief Inspector when the full inspection was carried out in May, the report praises the prison.\n",
            "Tarnby Prison report\n\nThe jail is safe, said Dr Ann Hale, Chief Inspector while the inspection took place.\n",
        ] {
            let chief = parse(page).chief_inspector.expect("chief");
            assert_eq!(chief.name, "Ann Hale", "{page}");
            assert_eq!(chief.role.as_deref(), Some("Chief Inspector"), "{page}");
        }
    }

    #[test]
    fn a_banner_over_a_chief_s_title_is_no_signature() {
        let page = "The Chief Inspector's inspection of visa casework, May 2015\n\nPress Release\n\nIndependent Chief Inspector of Borders and Immigration\n\nInspectors looked at how visa applications are decided.\n";
        assert_eq!(parse(page).chief_inspector, None);
    }

    #[test]
    fn a_signature_s_title_is_its_own_name_s_not_the_next_signature_s() {
        let page = "Joint area SEND revisit in Tarnby\n\nOfsted and the Care Quality Commission returned to Tarnby to judge progress.\n\nYours sincerely\n\nOfsted\nHilary Tanqueray\nRegional Director, North West\n\nCare Quality Commission\nDr Priya Ramsden\nChief Inspector of Primary Medical Services and Integrated Care\n\nOwen Pendrell\nHMI Lead Inspector\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Priya Ramsden");
        assert_eq!(chief.honorific.as_deref(), Some("Dr"));
        assert_eq!(
            chief.role.as_deref(),
            Some("Chief Inspector of Primary Medical Services and Integrated Care")
        );
    }

    #[test]
    fn an_inspector_named_after_a_bare_title_when_no_chief_is_named() {
        let page = "Report on an inspection of custody in Avonmere Police\n\nHM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected the force's custody in January 2024.\n\nHM Inspector Wendy Marsh oversaw this inspection until her term ended. HM Inspector Tom Reyes is responsible for the force as this report is published.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Wendy Marsh");
        assert_eq!(chief.role.as_deref(), Some("HM Inspector"));
        // a chief named anywhere is still the chief
        let page = format!(
            "{page}\nNotes to editors\n\n1. Sir Ewan Hale is HM Chief Inspector of Constabulary.\n"
        );
        let chief = parse(&page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ewan Hale");
        // "HMI" is the same title; a caption's name ends with its line
        let page = "Hate crime report\n\nHMICFRS published its report on hate crime today.\n\nHMI Wendy Marsh\n\nForces too often fail victims, the report finds.\n\nHMI Wendy Marsh, who led this inspection, said the police must act.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Wendy Marsh");
        assert_eq!(chief.role.as_deref(), Some("HMI"));
        // news style writes the bare title in small letters; a lead
        // inspector or a police inspector is still no chief
        let page = "Prosecutors under fire

HMCPSI found the Area slow to improve.

Writing in today's report, inspector Mark Fennel said the Area had changed.
";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Mark Fennel");
        assert_eq!(chief.role.as_deref(), Some("inspector"));
        for other in ["lead inspector", "police inspector", "detective inspector"] {
            let page = format!(
                "Prosecutors under fire\n\nHMCPSI found the Area slow to improve.\n\nWriting in today's report, {other} Mark Fennel said the Area had changed.\n"
            );
            assert_eq!(parse(&page).chief_inspector, None, "{other}");
        }
    }

    #[test]
    fn a_chief_named_only_in_a_note_that_has_been_in_post() {
        let page = "One prison, three sites\n\nInspectors were at HMP Marramsey in March, a report published today by HM Inspectorate of Prisons says.\n\nNotes to editors\n\n1.  Ofsted inspected education, skills and work at Eastbank and Northbank as part of this inspection.\n\n2.  Dr Alasdair Brennock-Tait has been HM Chief Inspector of Prisons since February.\n";
        let record = parse(page);
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Alasdair Brennock-Tait");
        assert_eq!(chief.honorific.as_deref(), Some("Dr"));
        let bodies: Vec<&str> = record
            .inspectorates
            .iter()
            .map(|i| i.acronym.as_str())
            .collect();
        assert_eq!(bodies, ["HMI Prisons", "Ofsted"]);
    }

    #[test]
    fn an_honorific_with_the_surname_keeps_it_for_the_full_name() {
        let page = "Prison well run\n\nDr Ailsa Bremner, HM Chief Inspector of Prisons for Scotland, today published the report on HMP Kinnordy.\n\nDr Bremner said:\n\n\"Kinnordy is a well run prison.\"\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ailsa Bremner");
        assert_eq!(chief.honorific.as_deref(), Some("Dr"));
        // a courtesy title is no honorific
        let page = "Prison well run\n\nAilsa Bremner, HM Chief Inspector of Prisons for Scotland, today published the report on HMP Kinnordy.\n\nMs Bremner said:\n\n\"Kinnordy is a well run prison.\"\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            (chief.name.as_str(), chief.honorific),
            ("Ailsa Bremner", None)
        );
    }

    #[test]
    fn the_words_of_the_sentence_before_a_title_are_no_part_of_it() {
        let page = "Prisoners locked up\n\nA small group of prisoners had no regime at HMP Larkhall, according to findings published by HM Chief Inspector of Prisons for Scotland, Ewan Dalgetty.\n\nMr Dalgetty said: \u{201c}The prisoners we spoke to felt punished for asking for protection.\u{201d}\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ewan Dalgetty");
        assert_eq!(
            chief.role.as_deref(),
            Some("HM Chief Inspector of Prisons for Scotland")
        );
    }

    #[test]
    fn a_team_list_with_nothing_between_name_and_role() {
        let page = "Report on HMP Glenmorrach - Follow-Up Inspection\n\n1.1 Inspectors returned to HMP Glenmorrach 18 months after a full inspection.\n\n1.2 Members of the inspection team:\n\nAlasdair Crombie HM Chief Inspector\nMoira Tulloch Deputy Chief Inspector\nDerek Baird Inspector\n\n2.1 Progress is set out below.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Alasdair Crombie");
        assert_eq!(chief.role.as_deref(), Some("HM Chief Inspector"));
        // a line of prose is no list
        let prose = "Prison improving\n\nThe report was sent to Alasdair Crombie HM Chief Inspector\nlast week, and it was welcomed by the governor of the prison.\n";
        assert!(parse(prose).chief_inspector.is_none());
    }

    #[test]
    fn a_name_after_a_title_ends_with_its_sentence() {
        for next in [
            "Mr Dalgetty called it unacceptable.",
            "The prison was full.",
        ] {
            let page = format!(
                "Prisoners locked up\n\nFindings were published by HM Chief Inspector of Prisons for Scotland, Ewan Dalgetty.\n\n{next}\n"
            );
            let chief = parse(&page).chief_inspector.expect("chief");
            assert_eq!(chief.name, "Ewan Dalgetty");
        }
        // a title that ends its sentence has no name after it: the
        // capitals after open the next sentence
        // (the place written again later, as a person's name would be)
        let page = "Centre less safe\n\nA report on the centre has been published by HM Chief Inspector of Prisons.\n\nBrook House was last inspected in June 2022. The report says Brook House is crowded.\n";
        assert_eq!(parse(page).chief_inspector, None);
        // an initial's full stop is inside the name
        let page = "Prisoners locked up\n\nFindings were published by HM Chief Inspector of Prisons, Ewan J. Dalgetty.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ewan J. Dalgetty");
    }

    #[test]
    fn quotes_on_a_page_kept_one_line_per_paragraph() {
        // the deputy's quote first, the chief's after, no blank lines
        let page = "Road deaths: families let down\nPublished on: 11 April 2019\nFamilies who lose someone in a road collision get a very different service depending on where they live, a joint inspection has found.\nHMCPSI Deputy Chief Inspector Anita Rowsell-Grey said:\n\"A family should not have to wait a year to learn whether anyone will be charged.\"\nHM Chief Inspector of Constabulary Sir Malcolm Aldergrove said:\n\"The officers who investigate these deaths are often highly skilled.\"\nThe report makes 11 recommendations.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Malcolm Aldergrove");
        assert_eq!(
            chief.quote.as_deref(),
            Some("The officers who investigate these deaths are often highly skilled.")
        );
        // a quote taken up again after its attribution ends at its closing
        // mark, not at the run's end
        let page = "Prisoners at risk\n\n\u{201c}The prison service has acted to cut the risk,\u{201d} said Dr Michael Maguire, Chief Inspector of Criminal Justice in Northern Ireland. \u{201c}But a gap remains.\u{201d}\nInspectors also found that the regime had hardly altered.\n\u{201c}Care matters,\u{201d} said Dr Maguire.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            chief.quote.as_deref(),
            Some("The prison service has acted to cut the risk. But a gap remains.")
        );
        // words quoted inside the writer's sentence are the quote, not
        // the sentence's rest
        let page = "Probation service found inadequate\nFor the second time, inspectors rated the service inadequate.\nMartin Jones, chief inspector of probation said \"encouraging signs of improvement\" had been seen since the 2022 inspection, which had judged services \"inadequate\".\nThe PDU was one of the largest in England.\nA spokesperson for the service said: \"We accept the findings in full.\"\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            chief.quote.as_deref(),
            Some("encouraging signs of improvement")
        );
    }

    #[test]
    fn a_military_rank_is_an_honorific() {
        let page = "Prison unsafe, says inspector\n\nBarlinnie is overcrowded, the inspectorate said in a report today.\n\nBrigadier Hugh Monro, the chief inspector of prisons, said the jail was full.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Hugh Monro");
        assert_eq!(chief.honorific.as_deref(), Some("Brigadier"));
    }

    #[test]
    fn two_chiefs_quoted_in_one_attribution_the_first_is_the_chief() {
        let page = "Inspectors find the jail unsafe\n\nWritten jointly by Brendan Mourne, chief inspector of criminal justice in Northern Ireland and Nick Harrow, chief inspector of prisons in England and Wales, the report is harsh.\n\n\u{201c}We found a prison in crisis,\u{201d} said Mr Mourne and Mr Harrow.\n\nA novel could be set there, Mr Harrow added.\n\n\u{201c}Our fear was of disorder,\u{201d} said Mr Harrow.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Brendan Mourne");
        // the role ends before the second person's name
        assert_eq!(
            chief.role.as_deref(),
            Some("chief inspector of criminal justice in Northern Ireland")
        );
        assert_eq!(chief.quote.as_deref(), Some("We found a prison in crisis"));
    }

    #[test]
    fn a_quote_set_in_as_a_block_with_no_quotation_marks() {
        let page = "CPS Fenmoor inspection\n\nHMCPSI has today published its report on CPS Fenmoor.\n\nNadia Okon, Deputy Chief Inspector, who led the inspection, said:\n\n    CPS Fenmoor is a well-led Area.\n\nActing HM Chief Inspector Rupert Aldwin KC said:\n\n    I am encouraged by much of what we found.\n\n    The challenge now is the Crown Court.\n\nThe Chief Crown Prosecutor said the Area accepted the recommendations.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Rupert Aldwin");
        assert_eq!(chief.role.as_deref(), Some("Acting HM Chief Inspector"));
        assert_eq!(
            chief.quote.as_deref(),
            Some("I am encouraged by much of what we found. The challenge now is the Crown Court.")
        );
    }

    #[test]
    fn two_chiefs_with_news_titles_in_one_attribution() {
        let page = "Court cells inadequate\n\nA report has voiced worries over a court's cells this summer.\n\nAnne Owers, chief Prisons Inspector, and Eddie Bloomfield, chief inspector of Courts Administration, state in their report that the cells were inspected on 13 June.\n";
        let record = parse(page);
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Anne Owers");
        assert_eq!(chief.role.as_deref(), Some("chief Prisons Inspector"));
        let bodies: Vec<&str> = record
            .inspectorates
            .iter()
            .map(|i| i.acronym.as_str())
            .collect();
        assert_eq!(bodies, ["HMI Prisons", "HMICA"]);
    }

    #[test]
    fn a_quote_across_a_page_break_and_its_next_paragraphs() {
        // the quote opened in the attribution's paragraph goes on in the
        // quote paragraphs after the page's footer
        let page = "Report on Fenmoor\n\nHM Inspectorate of Probation published its report today.\n\nChief Inspector of Probation Gwen Stall said: \"The service does many things well.\n\nFenmoor youth justice                    Page 1 of 3\n\n\"But a child's needs do not end at 18.\"\n\nThe service said it welcomed the report.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            chief.quote.as_deref(),
            Some("The service does many things well. But a child's needs do not end at 18.")
        );
        // a paragraph cut mid-sentence goes on in lower case
        let page = "Report on Fenmoor\n\nCJI published its follow-up review today.\n\nChief Inspector Brendan Mac said:\n\n\"The police tell us that an interpreter usually arrives at a custody\n\nsuite within two hours.\n\n\"The courts are a different story.\"\n\nThe Service welcomed the review.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            chief.quote.as_deref(),
            Some(
                "The police tell us that an interpreter usually arrives at a custody suite within two hours. The courts are a different story."
            )
        );
        // the next page's header, set out in cells after the form feed, is
        // furniture between the two halves
        let page = "Report on CPS Fenmoor\n\nHMCPSI published its follow-up report today.\n\nHM Chief Inspector Dame Ann Hale said:\n\n\"CPS Fenmoor has made real progress. The Area is\n\nHMCPSI Press Release 07/09                        Page 1 of 3\n\x0cHMCPSI                 Follow-up inspection of CPS Fenmoor\n\nbetter led than it was.\"\n\nNotes to editors\n1. HMCPSI is independent.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            chief.quote.as_deref(),
            Some("CPS Fenmoor has made real progress. The Area is better led than it was.")
        );
    }

    #[test]
    fn the_chief_in_a_list_of_the_inspection_team() {
        let page = "Report on HMP Fenmoor\n\nHM Inspectorate of Prisons for Scotland published its follow-up report today.\n\n1.2 The members of the inspection team were\n\nHugh Marr, HM Chief Inspector\nMargaret Bryce, Deputy Chief Inspector\nMick Arden, Inspector\n\n2.1 The inspection looked at the recommendations.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Hugh Marr");
        assert_eq!(chief.role.as_deref(), Some("HM Chief Inspector"));
        // a deputy alone is no chief
        let page = page.replace("Hugh Marr, HM Chief Inspector\n", "");
        assert!(parse(&page).chief_inspector.is_none());
    }

    #[test]
    fn a_chief_named_before_a_body_s_possessive_title() {
        for role in [
            "CQC’s Chief Inspector of Hospitals",
            "CQC's Chief Inspector of Hospitals",
        ] {
            let record = parse(&format!(
                "Fenmoor hospital rated inadequate\n\nThe Care Quality Commission (CQC) has rated Fenmoor General Hospital inadequate after an inspection in May.\n\nDr Ruth Allard, {role}, said:\n\nThe trust must act now on what we found.\n"
            ));
            let chief = record.chief_inspector.expect("chief");
            assert_eq!(chief.name, "Ruth Allard");
            assert_eq!(chief.honorific.as_deref(), Some("Dr"));
            assert_eq!(chief.role.as_deref(), Some(role));
        }
        assert_eq!(
            super::possessive_owner("Ruth Allard, Ofsted’s "),
            "Ofsted’s ".len()
        );
        assert_eq!(super::possessive_owner("the inspectors’ "), 0);
    }

    #[test]
    fn a_chief_whose_words_are_reported_not_quoted() {
        let record = crate::parse(
            "Report on Rainsbrook\n\nRainsbrook rated inadequate\n\nInspectors have downgraded the troubled Rainsbrook Secure Training Centre to inadequate.\n\nAmanda Spielman, Ofsted’s Chief Inspector, said that the report exposed one failure after another.\n\nThe centre's director, Tom Reed, said that work had begun.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Amanda Spielman");
        assert_eq!(chief.role.as_deref(), Some("Ofsted’s Chief Inspector"));
        assert_eq!(chief.quote, None);
        // a director's reported words name no chief
        let record = crate::parse(
            "Report on Rainsbrook\n\nRainsbrook rated inadequate\n\nInspectors have downgraded the troubled Rainsbrook Secure Training Centre to inadequate.\n\nThe centre's director, Tom Reed, said that work had begun.\n",
        );
        assert!(
            record.chief_inspector.is_none(),
            "{:?}",
            record.chief_inspector
        );
    }

    #[test]
    fn a_chief_who_signs_a_letter_in_a_stack_of_signatures() {
        let letter = "Joint inspection of Fenmarsh\n\nDear local partnership\n\nInspectors from Ofsted and HMI Probation looked at 20 cases and found that children were safer.\n\nYours sincerely\n\nOfsted\nRosa Feld\nRegional Director, South West\n\nCare Quality Commission\nDr Marcus Ellery\nDeputy Chief Inspector, Primary Medical Services\n\nHMI Probation\nGRAHAM LOCKE\nHM Chief Inspector of Probation\n";
        let chief = parse(letter).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Graham Locke");
        assert_eq!(
            chief.role.as_deref(),
            Some("HM Chief Inspector of Probation")
        );
        // a deputy chief signs as no chief
        let deputy = letter.replace(
            "HMI Probation\nGRAHAM LOCKE\nHM Chief Inspector of Probation\n",
            "",
        );
        assert!(parse(&deputy).chief_inspector.is_none());
    }

    #[test]
    fn a_chief_who_signs_a_letter_beside_others() {
        let letter = "Joint targeted area inspection of Fenmarsh\n\nDear Director,\n\nInspectors found that children were safer.\n\nYours sincerely\n\nOfsted                                       HMI Probation\n\nAnn Castle                                   Tom Wren\nNational Director, Regulation                HM Chief Inspector of Probation\n";
        let chief = parse(letter).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Tom Wren");
        assert_eq!(
            chief.role.as_deref(),
            Some("HM Chief Inspector of Probation")
        );
        // no chief's title among the signatures: no chief
        let letter = letter.replace("HM Chief Inspector of Probation", "Head of Inspection");
        assert_eq!(parse(&letter).chief_inspector, None);
    }

    #[test]
    fn an_adviser_to_the_chief_is_not_the_chief() {
        let text = "Review published\n\n\u{201c}We welcome this progress,\u{201d} said Mr Ken Williams, advisor to Her Majesty\u{2019}s Chief Inspector of Constabulary.\n";
        assert_eq!(parse(text).chief_inspector, None);
    }

    #[test]
    fn a_chief_called_by_title_first_and_named_in_the_next_sentence() {
        let story = "Young offenders unit slammed\n\nHINDLEY Young Offenders Institute has come in for criticism from the chief inspector of prisons, who found that half the boys needed help.\n\nNick Hardwick attacked the institution after the inspection.\n\nMr Hardwick said: \u{201c}These gains are fragile.\u{201d}\n";
        let chief = parse(story).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Nick Hardwick");
        assert_eq!(chief.role.as_deref(), Some("chief inspector of prisons"));
        // ... or named in full again as a speaker
        let story = story.replace("Mr Hardwick said:", "Nick Hardwick said:");
        let chief = parse(&story).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Nick Hardwick");
        let story = story.replace(
            "Nick Hardwick said: \u{201c}These gains are fragile.\u{201d}",
            "\u{201c}These gains are fragile,\u{201d} said Nick Hardwick.",
        );
        let chief = parse(&story).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Nick Hardwick");
        // named after the post's short title, and so again
        let story = "Prisoners need more training\n\nThe report on conditions just published by the chief inspector of prisons was a positive one.\n\nInspector Charlie Taylor said the prison was well run.\n\nAfter his last visit, Inspector Taylor reported that the jail was safe.\n";
        let chief = parse(story).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Charlie Taylor");
        assert_eq!(chief.role.as_deref(), Some("chief inspector of prisons"));
        // a place opening the next sentence comes back, but never speaks
        let story = "Centre less safe\n\nA report on the centre has been published by the chief inspector of prisons.\n\nBrook House was last inspected in June 2022. The report says how much Brook House resembles a prison.\n";
        assert_eq!(parse(story).chief_inspector, None);
        // a phrase opening the next sentence, never a person again, is no name
        let report = "Short sentences\n\nSupport for prisoners was poor, the Chief Inspectors of Probation and Prison have found. The Transforming Rehabilitation reforms set out to change that.\n";
        assert_eq!(parse(report).chief_inspector, None);
    }

    #[test]
    fn a_quote_opening_a_line_with_its_attribution_after_it() {
        let record = crate::parse(
            "Evidence under scrutiny\n\nThe service is moving forward in how it handles evidence at trial, according to a report published today by the inspectorate.\nThe report recommends compulsory training for staff.\n\u{201c}All of them want complainers spared needless intrusion,\u{201d} said Laura Paton, the HM Chief Inspector of Prosecution in Scotland.\nIn the report, the inspectorate looks at how the law works.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Laura Paton");
        assert_eq!(
            chief.role.as_deref(),
            Some("HM Chief Inspector of Prosecution in Scotland")
        );
    }

    #[test]
    fn a_quote_on_one_line_of_a_page_without_blank_lines() {
        let record = crate::parse(
            "Chief Inspector raises concerns in a first inspection of public protection\nHM Inspectorate of Probation has reviewed the arrangements for public protection in the Northfold region, looking at how risk is assessed and how information is shared between agencies.\nAnn Lee, Chief Inspector of Probation, said: \u{201c}Information about risk was not shared well enough.\u{201d}\nContext\n- This is the first report of its kind.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ann Lee");
        assert_eq!(
            chief.quote.expect("quote"),
            "Information about risk was not shared well enough."
        );
    }

    #[test]
    fn a_chief_named_with_the_inspectorate_for_a_title() {
        let record = crate::parse(
            "Prison makes slow progress\n\nA review found that not enough had been done about drugs at the prison, according to Ann Lee, HM Inspectorate of Prisons.\n\nThe prison disagreed with some findings.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ann Lee");
        assert_eq!(chief.role.as_deref(), Some("HM Inspectorate of Prisons"));
    }

    #[test]
    fn a_chief_quoted_after_an_inspector_is_the_chief() {
        let record = crate::parse(
            "Joint report on case files\n\nThe inspectorates found that files were often late, in a report published today.\n\nAnn Lee, HM Inspector of Constabulary, said:\n\n\"The police must send files sooner.\"\n\nRuth Mayo, Her Majesty's Chief Inspector of the Crown\nProsecution Service, said:\n\n\"Prosecutors need the evidence in time.\"\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ruth Mayo");
        assert_eq!(
            chief.role.as_deref(),
            Some("Her Majesty's Chief Inspector of the Crown Prosecution Service")
        );
        // an inspector quoted alone is still the one who speaks for it
        let record = crate::parse(
            "Force praised\n\nThe force was judged good in most areas, in a report published today.\n\nAnn Lee, HM Inspector of Constabulary, said:\n\n\"The force has improved.\"\n",
        );
        assert_eq!(record.chief_inspector.expect("chief").name, "Ann Lee");
    }

    #[test]
    fn a_chief_named_after_the_acronym_in_brackets_of_the_body_in_the_title() {
        let page = "Report on the Fenmarsh Asylum Screening Unit\n\nToday the Independent Chief Inspector of the UK Border Agency (UKBA), Ann Lee CBE, released her report on the unit.\n";
        let chief = crate::parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Ann Lee");
        assert_eq!(
            chief.role.as_deref(),
            Some("Independent Chief Inspector of the UK Border Agency")
        );
    }

    #[test]
    fn stacked_honorifics_and_a_chiefs_title_with_commas() {
        let (honorific, name, _) = super::split_name("Professor Sir Mike Ellery").unwrap();
        assert_eq!(honorific.as_deref(), Some("Professor Sir"));
        assert_eq!(name, "Mike Ellery");
        let person = super::speaker(
            "Clare Rowe, Her Majesty's Chief Inspector of Education, Children's Services and Skills, said:",
        )
        .unwrap();
        assert_eq!(person.name, "Clare Rowe");
        assert_eq!(
            person.role.as_deref(),
            Some("Her Majesty's Chief Inspector of Education, Children's Services and Skills")
        );
    }

    #[test]
    fn an_honorific_between_role_and_name_is_the_names() {
        let (role, (honorific, name, post)) =
            super::role_then_name("HM Chief Inspector of Constabulary Sir Roland Aske QPM")
                .unwrap();
        assert_eq!(role, "HM Chief Inspector of Constabulary");
        assert_eq!(honorific.as_deref(), Some("Sir"));
        assert_eq!(name, "Roland Aske");
        assert_eq!(post, ["QPM"]);
    }

    const LEAD: &str = "Report\n\nHeadline\n\nThe inspectorate today published a report on the service and its work with victims and witnesses over the past year.\n\n";

    /// Name, honorific, post-nominals, role and quote.
    type Fields = (
        String,
        Option<String>,
        Vec<String>,
        Option<String>,
        Option<String>,
    );

    fn person(body: &str) -> Option<Fields> {
        parse(&format!("{LEAD}{body}"))
            .chief_inspector
            .map(|p| (p.name, p.honorific, p.post_nominals, p.role, p.quote))
    }

    #[test]
    fn an_establishment_after_the_chiefs_title_is_no_name() {
        let p = person("In the report of HM Chief Inspector of Prisons, Carrow Moor Prison is described as much changed. HM Chief Inspector of Prisons, Nick Harwood, picks out the relationships between staff and prisoners.\n").unwrap();
        assert_eq!(p.0, "Nick Harwood");
    }

    #[test]
    fn an_attribution_with_an_initial_after_long_sentences_observes() {
        // the paragraph's sentences before the attribution are no part of
        // the speaker's, the initial's full stop ends no sentence, and
        // "observes" attributes as "said" does
        let p = person("In detail, three of the seven recommendations made in the first report have now been fully met, and the four that remain are judged to be partially met by the inspectors who returned. In a statement on the progress made, His Majesty\u{2019}s Chief Inspector of the Crown Prosecution Service Inspectorate, Andrew T. Calloway CMG KC, observes: \u{201c}Progress is plain to see.\u{201d}\n").unwrap();
        assert_eq!(p.0, "Andrew T. Calloway");
        assert_eq!(p.2, ["CMG", "KC"]);
        assert_eq!(p.4.as_deref(), Some("Progress is plain to see."));
    }

    #[test]
    fn a_chief_in_small_letters_between_a_name_and_the_body() {
        // a committee's chair introduces the witnesses: the title in small
        // letters between the name and the inspectorate's
        let p = person("The Chairperson: With us today are Jacqui Durkin, chief inspector, Criminal Justice Inspection Northern Ireland, and David Mack, lead inspector.\n").unwrap();
        assert_eq!(p.0, "Jacqui Durkin");
        assert_eq!(p.3.as_deref(), Some("chief inspector"));
        // (in small letters with no body after it, a post of any kind)
        assert!(
            person("With us today is Jacqui Durkin, chief inspector, who will speak first.\n")
                .is_none()
        );
    }

    #[test]
    fn chief_named_in_news_style_without_a_quote() {
        // role after the name, two people in one attribution
        let p = person("Custody was well run, said Nick Harwood, Chief Inspector of Prisons, and Dru Sharp, HM Inspector of Constabulary, as they published the report.\n").unwrap();
        assert_eq!(p.0, "Nick Harwood");
        assert_eq!(p.3.as_deref(), Some("Chief Inspector of Prisons"));
        assert_eq!(p.4, None);
        // role before the name, no comma
        let p = person("In the report, HM Chief Inspector of Constabulary Derek Penrose states that most actions are done.\n").unwrap();
        assert_eq!(p.0, "Derek Penrose");
        // honorific and an acting chief
        let p = person(
            "The service was praised by Dame Glenys Stone, Acting Chief Inspector of Probation.\n",
        )
        .unwrap();
        assert_eq!(
            (p.0.as_str(), p.1.as_deref()),
            ("Glenys Stone", Some("Dame"))
        );
        // two speakers with their roles after one quote
        let p = person("\"The culture has changed,\" said Brenda Kerr, Chief Inspector of Criminal Justice in Northern Ireland and Paul Carne, HM Chief Inspector of Prisons.\n").unwrap();
        assert_eq!(p.0, "Brenda Kerr");
        assert_eq!(
            p.3.as_deref(),
            Some("Chief Inspector of Criminal Justice in Northern Ireland")
        );
        // a chief's title wins over an inspector's named first
        let p = person("Dru Sharp, HM Inspector of Constabulary, and Peter Clarkson, HM Chief Inspector of Prisons, published it.\n").unwrap();
        assert_eq!(p.0, "Peter Clarkson");
    }

    #[test]
    fn an_hmi_chief_in_news_style_is_the_inspector_quoted() {
        let p = person("HMI chief Jo Marr said: \"The force must improve.\"\n").unwrap();
        assert_eq!(p.0, "Jo Marr");
        assert_eq!(p.3.as_deref(), Some("HMI chief"));
    }

    #[test]
    fn a_title_opening_the_sentence_before_the_name_loses_its_article() {
        // (the role read beside the name where the quote is attributed to
        // the surname alone)
        let p = person("The Chief Inspector of Criminal Justice in Northern Ireland, Jo Marr, has praised the agency.\n\u{201c}Children are well supported here,\u{201d} said Ms Marr.\n").unwrap();
        assert_eq!(p.0, "Jo Marr");
        assert_eq!(
            p.3.as_deref(),
            Some("Chief Inspector of Criminal Justice in Northern Ireland")
        );
    }

    #[test]
    fn a_deputy_or_a_bare_title_is_no_chief() {
        assert_eq!(
            person("The Deputy Chief Inspector of Prisons, Jo Lane, led the visit.\n"),
            None
        );
        assert_eq!(
            person("The Chief Inspector of Prisons. The report followed.\n"),
            None
        );
        // a police force's chief inspector is an officer's rank
        assert_eq!(
            person(
                "Cheshire Police chief Inspector Rob Dickinson said: \u{201c}We are proud of our suites.\u{201d}\n"
            ),
            None
        );
        assert_eq!(
            person("The report was welcomed by Cheshire Police chief Inspector Rob Dickinson.\n"),
            None
        );
        // a manager of inspections quoted is no inspector either
        assert_eq!(
            person(
                "Jenny Wilkes, head of mental health inspection for the CQC, said: \u{201c}The wards were not clean.\u{201d}\n"
            ),
            None
        );
    }

    #[test]
    fn a_nation_s_chief_named_later_after_an_honorific() {
        let record = parse(
            "Polmont told to improve\n\nScotland's chief inspector of prisons wants more than 70 improvements made in how the Polmont young offenders institution is run.\n\nIn his newest report Brigadier Hugh Monro calls the establishment modern and clean.\n\nIn his report Brigadier Monro wrote that too few activities were offered.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Hugh Monro");
        assert_eq!(chief.honorific.as_deref(), Some("Brigadier"));
        assert_eq!(
            chief.role.as_deref(),
            Some("Scotland's chief inspector of prisons")
        );
    }

    #[test]
    fn a_chief_named_once_in_full_and_quoted_later_by_title_and_surname() {
        let record = parse(
            "Polbeth told to improve\n\nScotland's chief inspector of prisons wants more than 70 improvements made in how the Polbeth young offenders institution is run.\n\nIn his newest report Brigadier Hugh Monroe calls the establishment modern and clean.\n\nIn his report Brigadier Monroe wrote: \"Young offenders get too little to do.\"\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Hugh Monroe");
        assert_eq!(
            chief.quote.as_deref(),
            Some("Young offenders get too little to do.")
        );
        let record = parse(
            "Court administration inspected\n\nCJI Chief Inspector Jo Dunmore has stressed how much the courts rely on good administration.\n\n\u{201c}Every stage depends on it,\u{201d} said Ms Dunmore.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Jo Dunmore");
        assert_eq!(chief.quote.as_deref(), Some("Every stage depends on it"));
    }

    #[test]
    fn a_former_holder_of_the_title_is_no_chief() {
        let record = parse(
            "Ports re-inspected\n\nThe Independent Chief Inspector of Borders and Immigration (ICIBI) has today published a re-inspection of three ports. The first report, published under the then Independent Chief Inspector, Dr Ruth Allingham, found too few officers.\n\nMalcolm Thewlis, interim Independent Chief Inspector of Borders and Immigration, said:\n\n    Border Force has made progress.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Malcolm Thewlis");
        assert_eq!(
            chief.role.as_deref(),
            Some("interim Independent Chief Inspector of Borders and Immigration")
        );
    }

    #[test]
    fn attribution_before() {
        let p =
            person("HM Chief Inspector, Jane Marlow QPM, said:\n\n\"The service has improved.\"\n")
                .unwrap();
        assert_eq!(p.0, "Jane Marlow");
        assert_eq!(p.2, ["QPM"]);
        assert_eq!(p.3.as_deref(), Some("HM Chief Inspector"));
        assert_eq!(p.4.as_deref(), Some("The service has improved."));
    }

    #[test]
    fn attribution_after() {
        let p = person(
            "\u{201c}Much remains to be done,\u{201d} said Chief Inspector Anne Delacourt.\n",
        )
        .unwrap();
        assert_eq!(p.0, "Anne Delacourt");
        assert_eq!(p.3.as_deref(), Some("Chief Inspector"));
        let p =
            person("\"Good work,\" said Sir Thomas Wendell, HM Chief Inspector of Constabulary.\n")
                .unwrap();
        assert_eq!(
            (p.0.as_str(), p.1.as_deref()),
            ("Thomas Wendell", Some("Sir"))
        );
    }

    #[test]
    fn an_inline_quote_ends_at_its_closing_mark() {
        let p = person(
            "Safety was judged reasonably good. Peter Clerk, HM Chief Inspector of Prisons, said: \u{201c}The atmosphere was \u{201c}calmer\u{201d} than before.\u{201d} Only five detainees had been held for over a year.\n",
        )
        .unwrap();
        assert_eq!(p.0, "Peter Clerk");
        assert_eq!(
            p.4.as_deref(),
            Some("The atmosphere was \u{201c}calmer\u{201d} than before.")
        );
    }

    #[test]
    fn name_then_role_and_inline_quote() {
        let p = person(
            "Nigel Brown CBE, HM Chief Inspector of Prisons, said: \"Staff were caring.\"\n",
        )
        .unwrap();
        assert_eq!(p.0, "Nigel Brown");
        assert_eq!(p.3.as_deref(), Some("HM Chief Inspector of Prisons"));
    }

    #[test]
    fn a_chief_named_in_the_notes_quoted_by_title_after_a_clause() {
        let page = "Inspection of youth offending work in Kelby\n\nKelby YOT: strong work with the courts\n\nHM Inspectorate of Probation today published its report on youth offending work in Kelby. Inspectors found good work with the courts.\n\nCommenting on the findings, the Chief Inspector of Probation said:\n\n\"Kelby has a capable staff group, and the courts think well of the YOT.\"\n\nNotes to editors\n\n1. The inspection was led by Ann Lee, HM Inspector of Probation.\n2. Malcolm Ridings, HM Chief Inspector of Probation, leads the inspectorate.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Malcolm Ridings");
        assert_eq!(
            chief.quote.as_deref(),
            Some("Kelby has a capable staff group, and the courts think well of the YOT.")
        );
    }

    #[test]
    fn a_roles_bracket_closed_on_the_next_line() {
        let page = "Inspection news\n\nInspectors found good care.\n\nNotes to editors\n\n4.   The inspection was led by Ruaridh Kinnear, Chief Inspector (Strategic\n        Scrutiny) at the Care Inspectorate, with a team of inspectors.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            chief.role.as_deref(),
            Some("Chief Inspector (Strategic Scrutiny)")
        );
        assert!(page[chief.span.start..chief.span.end].ends_with("Scrutiny)"));
    }

    #[test]
    fn roles_that_end_in_capitalised_words() {
        let p = person(
            "\"Fines are used well,\" said Chief Inspector of Criminal Justice Malachy\nDornan.\n",
        )
        .unwrap();
        assert_eq!(
            (p.0.as_str(), p.3.as_deref()),
            (
                "Malachy Dornan",
                Some("Chief Inspector of Criminal Justice")
            )
        );
        let p = person("For all three inspectorates, HM Chief Inspector of the Crown Prosecution\nService, Katherine Ormerod, said:\n\n\"Victims deserve better.\"\n").unwrap();
        assert_eq!(p.0, "Katherine Ormerod");
        let p = person("\"Good,\" said HM Chief Inspector John A. Smith.\n").unwrap();
        assert_eq!(p.0, "John A. Smith");
    }

    #[test]
    fn role_named_later_by_surname() {
        let p = person("Launching the report, Fiona Lyall said:\n\n\"Victims deserve better.\"\n\nMs Lyall, who is HM Chief Inspector of Prosecution in Scotland, will present it.\n").unwrap();
        assert_eq!(
            (p.0.as_str(), p.3.as_deref()),
            (
                "Fiona Lyall",
                Some("HM Chief Inspector of Prosecution in Scotland")
            )
        );
    }

    #[test]
    fn other_officials_are_not_the_inspector() {
        // a deputy speaks for the chief but is not the chief: the chief
        // named in the notes is taken, and none when none is named
        let body = "Chief Crown Prosecutor, Alan Reed, said:\n\n\"We welcome the report.\"\n\nDeputy Chief Inspector, Ruth Okafor, said:\n\n\"Progress is clear.\"\n";
        assert_eq!(person(body), None);
        let p = person(&format!("{body}\nNotes to editors\n\n1. Dame Gillian Morley is HM Chief Inspector of Probation.\n")).unwrap();
        assert_eq!(
            (p.0.as_str(), p.1.as_deref()),
            ("Gillian Morley", Some("Dame"))
        );
        assert!(person("Chief Executive, Alan Reed, said:\n\n\"We welcome it.\"\n").is_none());
        // an inspector quoted, the chief named in a note
        let p = person("HM Inspector of Constabulary Wendy Okafor said:\n\n\"The force has work to do.\"\n\nNotes to editors\n\n1. Inspections are carried out on behalf of His Majesty's Chief Inspector of Constabulary, Sir Oliver Penrose KPM, who reports each year.\n").unwrap();
        assert_eq!(
            (p.0.as_str(), p.1.as_deref()),
            ("Oliver Penrose", Some("Sir"))
        );
        // a verb of news in a title-case heading is in no name
        assert!(person("Inspectors Praise Kilmory Prison\n\nThe prison was praised.\n").is_none());
        // quoted by title alone, named in a note that tells of the post
        let p = person("HM Chief Inspector of Constabulary said:\n\n\"Officers are stretched.\"\n\nNotes to editors\n\n1. Moira Fenwick QPM took up post as HM Chief Inspector of Constabulary in Scotland in 2014.\n").unwrap();
        assert_eq!(p.0, "Moira Fenwick");
    }

    #[test]
    fn a_courtesy_title_and_surname_stand_for_the_name_given_in_full() {
        let p = person("Too many men felt unsafe, said Alan Brent OBE, acting HM Chief Inspector of Prisons, publishing the report.\n\nMr Brent said:\n\n\"This is a prison in recovery.\"\n").unwrap();
        assert_eq!(p.0, "Alan Brent");
        assert_eq!(p.3.as_deref(), Some("acting HM Chief Inspector of Prisons"));
        assert_eq!(p.4.as_deref(), Some("This is a prison in recovery."));
        // "Sir" and "Dame" go with the given name
        let p = person("Dame Beatrix Wharncliffe, HM Chief Inspector of Probation, published the report today.\n\nDame Beatrix said:\n\n\u{201c}Too few people were seen often enough.\u{201d}\n").unwrap();
        assert_eq!(p.0, "Beatrix Wharncliffe");
        assert_eq!(p.1.as_deref(), Some("Dame"));
        assert_eq!(
            p.4.as_deref(),
            Some("Too few people were seen often enough.")
        );
    }

    #[test]
    fn a_signature_under_the_quote() {
        let p = person("\"Prosecutors have responded well.\"\n\nRuth Tait\nDeputy Chief Inspector, HMCPSI\n\n\"The next step is the harder one.\"\n\nHarriet Lyall CBE\nHM Chief Inspector of Probation\non behalf of the three inspectorates\n").unwrap();
        assert_eq!(p.0, "Harriet Lyall");
        assert_eq!(p.3.as_deref(), Some("HM Chief Inspector of Probation"));
        assert_eq!(p.4.as_deref(), Some("The next step is the harder one."));
    }

    #[test]
    fn a_signature_with_a_blank_line_between_name_and_role() {
        let page = "An inspection of Ascot House Approved Premises\n\nForeword (Back to top)\n\nWe found both strengths and weaknesses when we inspected Ascot House.\n\nMartin Jones CBE\n\nHM Chief Inspector of Probation\n\nBackground information (Back to top)\n";
        let r = parse(page);
        let p = r.chief_inspector.expect("chief");
        assert_eq!(p.name, "Martin Jones");
        assert_eq!(p.role.as_deref(), Some("HM Chief Inspector of Probation"));
        // a section's heading with its link back up is no headline
        assert!(r.headline.is_none());
        // an approved premises is one establishment
        assert_eq!(r.units.and_then(|u| u.count), Some(1));
    }

    #[test]
    fn two_people_each_named_after_a_role_in_one_attribution() {
        let p = person("HM Inspector of Constabulary Dr Ruth Kemp and HM Chief Inspector of\nPrisons Nigel Alder said:\n\n\"Custody staff treated people decently.\"\n").unwrap();
        assert_eq!(p.0, "Nigel Alder");
        assert_eq!(p.3.as_deref(), Some("HM Chief Inspector of Prisons"));
        assert_eq!(p.1, None);
    }

    #[test]
    fn a_formal_title_with_no_name_then_the_name_in_the_next_sentence() {
        let p = person("Overcrowding is a problem at Kelso Prison, according to HM Chief Inspector of Prisons for Scotland.\nDavid Strand carried out his inspection of the jail in February.\n\nMr Strand said: \"The service is changing.\"\n").unwrap();
        assert_eq!(p.0, "David Strand");
        assert_eq!(
            p.3.as_deref(),
            Some("HM Chief Inspector of Prisons for Scotland")
        );
    }

    #[test]
    fn a_quote_on_the_lines_under_its_attribution_on_a_page_with_no_blank_lines() {
        let page = "Report finds the agency has improved\nAfter a thorough inspection, the inspectorate issued a report today.\nMore evidence will be needed over time.\nHMCPSI\u{2019}s Chief Inspector, Andrew Kayne KC, said:\n\u{201c}The record has been mixed.\n\u{201c}More remains to be done.\u{201d}\nThe report is on the website.\n";
        let p = parse(page).chief_inspector.expect("chief");
        assert_eq!(p.name, "Andrew Kayne");
        assert_eq!(
            p.quote.as_deref(),
            Some("The record has been mixed. More remains to be done.")
        );
        // an opening quote on the attribution's line goes on the same way,
        // and the role given in full where the name first is wins
        let page = "Overcrowding at Kelso Prison\nHer Majesty\u{2019}s Chief Inspector of Prisons for Scotland, David Strand, today released his report on HMP Kelso.\nMr Strand said: \"The service is changing.\n\"Staff deserve credit.\"\nIn 2011 the cost was put at \u{a3}52m.\n";
        let p = parse(page).chief_inspector.expect("chief");
        assert_eq!(
            p.quote.as_deref(),
            Some("The service is changing. Staff deserve credit.")
        );
        assert_eq!(
            p.role.as_deref(),
            Some("Her Majesty\u{2019}s Chief Inspector of Prisons for Scotland")
        );
        // ... over the shorter one its attribution gives
        let page = page.replace(
            "Mr Strand said:",
            "David Strand, HM Chief Inspector of Prisons, said:",
        );
        let p = parse(&page).chief_inspector.expect("chief");
        assert_eq!(
            p.role.as_deref(),
            Some("Her Majesty\u{2019}s Chief Inspector of Prisons for Scotland")
        );
    }

    #[test]
    fn a_bodys_acronym_after_the_role_is_no_part_of_it() {
        let page = "Border Force at Dovermouth has improved, said Anne Hale, Independent Chief Inspector of Borders and Immigration (ICIBI). In the report she published today, Ms Hale accepts that much has changed.\n\nMs Hale said: \u{201c}Progress is clear.\u{201d}\n";
        let p = person(page).expect("person");
        assert_eq!(
            p.3.as_deref(),
            Some("Independent Chief Inspector of Borders and Immigration")
        );
        assert_eq!(
            super::without_acronym("Chief Inspector (Strategic Scrutiny)"),
            "Chief Inspector (Strategic Scrutiny)"
        );
    }

    #[test]
    fn a_chief_in_small_letters_after_the_inspectorates_possessive() {
        let p = person("HM Inspectorate of Probation's chief inspector Dame Ann Hale said not one of the three councils had taken charge of the service.\n").expect("person");
        assert_eq!((p.0.as_str(), p.1.as_deref()), ("Ann Hale", Some("Dame")));
        assert_eq!(p.3.as_deref(), Some("chief inspector"));
        // as a news page misspells it
        let p = person("HM Inspectorate of Probation's chief insecptor Dame Ann Hale said not one of the three councils had taken charge of the service.\n").expect("person");
        assert_eq!(p.3.as_deref(), Some("chief insecptor"));
        // an owner named whole by its possessive stays in the title
        let p = person("Today CJI's Chief Inspector Jo Hale released the findings of a joint inspection of police custody.\n").expect("person");
        assert_eq!(p.3.as_deref(), Some("CJI's Chief Inspector"));
    }

    #[test]
    fn the_chief_in_a_reports_credits_role_first() {
        let p = person("Inspectors found long queues at the office.\n\nChief Inspector: John Vane\n\nAssistant Chief Inspector: Gary Cole\n\nInspector: Jake Moore\n").expect("person");
        assert_eq!(p.0, "John Vane");
        assert_eq!(p.3.as_deref(), Some("Chief Inspector"));
        // a deputy's credit alone names no chief
        assert!(person("Inspectors found long queues at the office.\n\nAssistant Chief Inspector: Gary Cole\n").is_none());
    }

    #[test]
    fn a_quote_given_to_she_after_the_chief_is_named_is_the_chiefs() {
        let named = "Chief Inspector of Criminal Justice Ann Hale said the Department had shown real progress.\n\n";
        let p = person(&format!(
            "{named}\"Four of the seven have been achieved,\" she said.\n"
        ))
        .expect("person");
        assert_eq!(p.4.as_deref(), Some("Four of the seven have been achieved"));
        // someone else quoted between: the pronoun is theirs
        let p = person(&format!("{named}Tom Reyes, the director, said: \"We accept the report.\"\n\n\"We will act on it,\" he said.\n")).expect("person");
        assert_eq!(p.4, None);
    }

    #[test]
    fn an_opening_mark_set_as_the_closing_one_ends_no_quote() {
        let p = person("The report was published today by Ann Hale, HM Chief Inspector of Prisons.\n\nMs Hale said: \u{201c}I am glad that standards have risen. Some areas still need attention. \u{201c}\n\nNotes to editors\n\n1. The inspectorate is independent.\n").expect("person");
        assert_eq!(
            p.4.as_deref(),
            Some("I am glad that standards have risen. Some areas still need attention.")
        );
    }

    #[test]
    fn a_fuller_role_is_the_same_role_with_a_place_after_it() {
        assert!(super::fuller_role(
            "Her Majesty\u{2019}s Chief Inspector of Prisons for Scotland",
            "HM Chief Inspector of Prisons"
        ));
        assert!(!super::fuller_role(
            "Her Majesty's Chief Inspector of Prisons said",
            "HM Chief Inspector of Prisons"
        ));
    }

    #[test]
    fn the_chief_inspector_with_more_post_nominals() {
        let p = person("The Chief Inspector, Andrew Kayne CMG KC, said:\n\n\"Two recommendations are not embedded.\"\n").unwrap();
        assert_eq!(p.0, "Andrew Kayne");
        assert_eq!(p.2, ["CMG", "KC"]);
        assert_eq!(p.3.as_deref(), Some("Chief Inspector"));
        // quoted by name alone, the letters written where the page names
        // them in full
        let p = person("The Independent Chief Inspector of the UK Border Agency, John Marlow CBE QPM, today published his report.\n\nJohn Marlow said: \u{201c}It gives me pleasure to present the report.\u{201d}\n").unwrap();
        assert_eq!(p.0, "John Marlow");
        assert_eq!(p.2, ["CBE", "QPM"]);
    }

    #[test]
    fn a_chief_whose_title_the_lexicon_does_not_know_named_in_a_note() {
        let p = person("The partnership was inspected.\n\nNotes to editors\n\n(1) Interviews are available with Alastair Kerr, Chief Inspector (Strategic Scrutiny) at the Care Inspectorate, and with the lead inspector.\n").unwrap();
        assert_eq!(p.0, "Alastair Kerr");
        assert_eq!(p.3.as_deref(), Some("Chief Inspector (Strategic Scrutiny)"));
        // a deputy chief inspector's title is no chief's
        assert!(person("The partnership was inspected.\n\nNotes to editors\n\n(1) Interviews are available with Ann Kerr, Deputy Chief Inspector at the Care Inspectorate.\n").is_none());
    }

    #[test]
    fn a_chiefs_title_without_of_before_the_name() {
        let p = person("The report was laid by the Independent Chief Inspector David Bolt before Parliament.\n").unwrap();
        assert_eq!(p.0, "David Bolt");
        assert_eq!(p.3.as_deref(), Some("Independent Chief Inspector"));
        let p = person("CJI Chief Inspector Jacqui Durkin is urging a reset in both services.\n")
            .unwrap();
        assert_eq!(p.0, "Jacqui Durkin");
        assert_eq!(p.3.as_deref(), Some("CJI Chief Inspector"));
        // a police rank is no chief inspector
        assert!(
            person("Detective Chief Inspector Mark Elms led the local investigation.\n").is_none()
        );
        // after a clause and its comma; in apposition between commas
        let p = person("Commenting once the inspection was over, Chief Inspector Mr Mark Kelly said the cells were cramped.\n").unwrap();
        assert_eq!((p.0.as_str(), p.1.as_deref()), ("Mark Kelly", Some("Mr")));
        let p = person("The Chief Inspector, Kit Chivers, calls his report largely positive.\n")
            .unwrap();
        assert_eq!(p.0, "Kit Chivers");
    }

    #[test]
    fn an_acting_chief_after_the_article_on_the_next_line() {
        let record = parse(
            "Report\n\nHeadline\n\nHMP Lydmoor has become safer since inspectors were last there, said Eleanor Quarrie,\nthe acting Chief Inspector of Prisons. She was publishing the findings of a full inspection.\n",
        );
        let chief = record.chief_inspector.expect("chief");
        assert_eq!(chief.name, "Eleanor Quarrie");
        assert_eq!(
            chief.role.as_deref(),
            Some("acting Chief Inspector of Prisons")
        );
    }

    #[test]
    fn a_role_given_by_a_pronoun_in_the_next_paragraph() {
        let page = "Custody centres in the north inspected\n\nA report published today says custody is used only where needed.\n\n“Legislation made this possible,” said Mrs Gill Imery, QPM. “Part of the fall is down to the pandemic.”\n\nHM Chief Inspector of Constabulary in Scotland, she added: “Custody is a high-risk area.”\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Gill Imery");
        assert_eq!(chief.honorific.as_deref(), Some("Mrs"));
        assert_eq!(
            chief.role.as_deref(),
            Some("HM Chief Inspector of Constabulary in Scotland")
        );
        // a paragraph opening with other words is no role
        let page = page.replace(
            "HM Chief Inspector of Constabulary in Scotland, she added",
            "Speaking at the launch, she added",
        );
        assert!(
            parse(&page)
                .chief_inspector
                .is_none_or(|c| c.role.is_none())
        );
    }

    #[test]
    fn a_chief_quoted_by_title_and_named_only_in_the_notes() {
        let page = "Calderholme YOS rated good\n\nThe youth offending service was rated good by inspectors.\n\nThe Acting Chief Inspector of Probation said:\n\n\"Calderholme has a committed team.\"\n\nNotes to editors\n\n1. Colin Athersmith is Acting Chief Inspector of Probation.\n";
        let chief = parse(page).chief_inspector.expect("chief");
        assert_eq!(chief.name, "Colin Athersmith");
        assert_eq!(
            chief.quote.as_deref(),
            Some("Calderholme has a committed team.")
        );
        // another title's words are not the chief's
        let other = page.replace(
            "The Acting Chief Inspector of Probation said:",
            "The Chief Executive said:",
        );
        assert!(
            parse(&other)
                .chief_inspector
                .is_none_or(|c| c.quote.is_none())
        );
    }
}
