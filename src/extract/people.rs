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

use regex::Regex;

use super::Context;
use crate::lexicon::{HONORIFICS, POST_NOMINALS};
use crate::record::Person;
use crate::source::clean;

const OPEN_QUOTES: [char; 3] = ['"', '\u{201c}', '\u{2018}'];

/// "..., said:" / "commented:" at the end of an attribution.
static SAID_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?P<who>.{3,200}?)[,\s]+(?:said|says|commented|comments|added|adds|stated|explained|remarked|concluded)\s*(?:today|that)?\s*[:,]?\s*$")
        .expect("said-before regex")
});

/// `said Name, Role.` / `Name, Role, said.` after the closing quote.
static SAID_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^[\s,]*(?:(?:said|says|commented|added|concluded)\s+(?P<who1>[^."”]{3,200})|(?P<who2>[^."”]{3,200}?)[,\s]+(?:said|says|commented|added|concluded))\s*\.?\s*$"#)
        .expect("said-after regex")
});

static ROLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:inspector|inspectorate|prosecutor|constable|executive|director|officer|commissioner|governor|head|chair|chairman|chairwoman|minister|secretary|manager|president|leader|lead|deputy|chief|HM)\b")
        .expect("role word regex")
});

static INSPECTOR_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\binspector\b|\binspectorate\b|\bchief\s+inspector")
        .expect("inspector role regex")
});

static NOT_INSPECTOR_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:crown\s+prosecutor|chief\s+constable|chief\s+executive|police\s+and\s+crime\s+commissioner|governor|director\s+of|minister|secretary\s+of\s+state)\b|\bdetective\s+(?:chief\s+)?inspector\b|\bpolice\s+inspector\b")
        .expect("not-inspector role regex")
});

/// A person's name: two to four capitalised words.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[A-Z][A-Za-z'’\-]+(?:\s+(?:[A-Z][A-Za-z'’\-.]*|de|van|von|da|le|la|du|al|bin|ap)){1,3}$",
    )
    .expect("name regex")
});

/// A quote and who said it.
struct Quoted {
    who: Range<usize>,
    quote: Range<usize>,
}

/// Reads the inspector quoted, or `None` when no inspector is quoted.
pub fn extract(cx: &Context<'_>) -> Option<Person> {
    let text = cx.source.text();
    for q in quotes(cx) {
        let who = &text[q.who.clone()];
        let Some(person) = speaker(who) else { continue };
        let is_inspector = person
            .role
            .as_deref()
            .is_some_and(|r| INSPECTOR_ROLE.is_match(r) && !NOT_INSPECTOR_ROLE.is_match(r));
        if !is_inspector {
            continue;
        }
        let quote = clean(&text[q.quote.clone()]);
        return Some(Person {
            quote: Some(strip_quote_marks(&quote)),
            span: cx.span(q.who.start.min(q.quote.start)..q.who.end.max(q.quote.end)),
            ..person
        });
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
    let para_bytes: Vec<Range<usize>> = ranges
        .iter()
        .map(|r| crate::sections::byte_range(source, r))
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < para_bytes.len() {
        let p = &text[para_bytes[i].clone()];
        let trimmed = p.trim_start();
        // An attribution line followed by a quote paragraph, or a paragraph
        // with the attribution before an inline quote.
        let opens_quote = trimmed.starts_with(OPEN_QUOTES);
        if !opens_quote {
            if let Some(at) = p
                .find(OPEN_QUOTES)
                .filter(|&at| SAID_BEFORE.is_match(p[..at].trim_end()))
            {
                let start = para_bytes[i].start;
                out.push(Quoted {
                    who: start..start + p[..at].trim_end().len(),
                    quote: start + at..para_bytes[i].end,
                });
                i += 1;
                continue;
            }
            if SAID_BEFORE.is_match(p.trim_end())
                && para_bytes
                    .get(i + 1)
                    .is_some_and(|n| text[n.clone()].trim_start().starts_with(OPEN_QUOTES))
            {
                let mut j = i + 1;
                while j + 1 < para_bytes.len()
                    && text[para_bytes[j + 1].clone()]
                        .trim_start()
                        .starts_with(OPEN_QUOTES)
                    && !closes_with_attribution(&text[para_bytes[j].clone()])
                {
                    j += 1;
                }
                let start = para_bytes[i].start;
                out.push(Quoted {
                    who: start..start + p.trim_end().len(),
                    quote: para_bytes[i + 1].start..para_bytes[j].end,
                });
                i = j + 1;
                continue;
            }
            i += 1;
            continue;
        }
        // A quote paragraph (or run of them) with the attribution after the
        // closing mark.
        let mut j = i;
        loop {
            let para = &text[para_bytes[j].clone()];
            if let Some((quote_end, who)) = attribution_after(para) {
                let base = para_bytes[j].start;
                out.push(Quoted {
                    who: base + who.start..base + who.end,
                    quote: para_bytes[i].start..base + quote_end,
                });
                break;
            }
            if j + 1 < para_bytes.len()
                && text[para_bytes[j + 1].clone()]
                    .trim_start()
                    .starts_with(OPEN_QUOTES)
            {
                j += 1;
            } else {
                break;
            }
        }
        i = j + 1;
    }
    out
}

fn closes_with_attribution(para: &str) -> bool {
    attribution_after(para).is_some()
}

/// In a quote paragraph, the end of the quoted words and the attribution
/// after them.
fn attribution_after(para: &str) -> Option<(usize, Range<usize>)> {
    for (i, c) in para.char_indices().rev() {
        if c == '"' || c == '\u{201d}' || c == '\u{2019}' {
            let after = &para[i + c.len_utf8()..];
            if after.trim().is_empty() {
                return None;
            }
            let m = SAID_AFTER.captures(after)?;
            let who = m.name("who1").or(m.name("who2"))?;
            let start = i + c.len_utf8() + who.start();
            return Some((
                i + c.len_utf8(),
                start..start + who.as_str().trim_end().len(),
            ));
        }
    }
    None
}

fn strip_quote_marks(quote: &str) -> String {
    quote
        .trim()
        .trim_start_matches(OPEN_QUOTES)
        .trim_end_matches(['"', '\u{201d}', '\u{2019}'])
        .trim_end_matches(',')
        .trim()
        .to_owned()
}

/// Splits an attribution into a person: "HM Chief Inspector, Michael Fuller
/// QPM," or "Chief Inspector Anne Delacourt" or "Nigel Farrant CBE, HM
/// Chief Inspector of Prisons".
fn speaker(who: &str) -> Option<Person> {
    let who = clean(who);
    let who = SAID_BEFORE
        .captures(&who)
        .and_then(|c| c.name("who").map(|m| m.as_str().to_owned()))
        .unwrap_or(who);
    let parts: Vec<&str> = who
        .split(',')
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
            role = Some((*part).to_owned());
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

/// "Sir Thomas Wendell QPM" -> (Some("Sir"), "Thomas Wendell", ["QPM"]).
fn split_name(part: &str) -> Option<(Option<String>, String, Vec<String>)> {
    let mut words: Vec<&str> = part.split_whitespace().collect();
    let mut honorific = None;
    for h in HONORIFICS {
        let hw: Vec<&str> = h.split(' ').collect();
        if words.len() > hw.len() && words[..hw.len()] == hw[..] {
            honorific = Some((*h).trim_end_matches('.').to_owned());
            words.drain(..hw.len());
            break;
        }
    }
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
    if ROLE_WORD.is_match(&name) || !NAME.is_match(&name) {
        return None;
    }
    Some((honorific, name, post))
}

/// "HM Chief Inspector of Constabulary Sir Roland Aske QPM" -> role and name.
fn role_then_name(part: &str) -> Option<(String, (Option<String>, String, Vec<String>))> {
    let words: Vec<&str> = part.split_whitespace().collect();
    for cut in 1..words.len() {
        let role = words[..cut].join(" ");
        if !ROLE_WORD.is_match(&role) {
            continue;
        }
        if let Some(n) = split_name(&words[cut..].join(" ")) {
            return Some((role, n));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::parse;

    const LEAD: &str = "Report\n\nHeadline\n\nThe inspectorate today published a report on the service and its work with victims and witnesses over the past year.\n\n";

    fn person(
        body: &str,
    ) -> Option<(
        String,
        Option<String>,
        Vec<String>,
        Option<String>,
        Option<String>,
    )> {
        parse(&format!("{LEAD}{body}"))
            .chief_inspector
            .map(|p| (p.name, p.honorific, p.post_nominals, p.role, p.quote))
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
    fn name_then_role_and_inline_quote() {
        let p = person(
            "Nigel Brown CBE, HM Chief Inspector of Prisons, said: \"Staff were caring.\"\n",
        )
        .unwrap();
        assert_eq!(p.0, "Nigel Brown");
        assert_eq!(p.3.as_deref(), Some("HM Chief Inspector of Prisons"));
    }

    #[test]
    fn other_officials_are_not_the_inspector() {
        let body = "Chief Crown Prosecutor, Alan Reed, said:\n\n\"We welcome the report.\"\n\nDeputy Chief Inspector, Ruth Okafor, said:\n\n\"Progress is clear.\"\n";
        let p = person(body).unwrap();
        assert_eq!(p.0, "Ruth Okafor");
        assert_eq!(p.3.as_deref(), Some("Deputy Chief Inspector"));
        assert!(person("Chief Executive, Alan Reed, said:\n\n\"We welcome it.\"\n").is_none());
    }
}
