//! Units and sites visited: how many ("visited six units"), which ("the units
//! visited were: Ealing; Enfield and Haringey; ..."), and what else was
//! visited beside them ("... and the Operations Centre").
//!
//! The count is read only after a verb of visiting, so a number for the
//! whole estate ("the force has 23 custody suites") is not taken for it.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::Context;
use crate::diagnostic::{Code, Severity};
use crate::lexicon::{NUMBER_PATTERN, UNIT_NOUNS, number_value, singular};
use crate::record::{Text, Units};

const VISIT_VERB: &str = r"(?:visited|visiting|went\s+to|travelled\s+to|inspected|covered|spent\s+time\s+(?:in|at|with)|(?:carried\s+out\s+)?fieldwork\s+(?:in|at)|looked\s+at\s+the\s+work\s+of)";

/// "visited six CPS London units and the Operations Centre"
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b{VISIT_VERB}\s+(?:a\s+total\s+of\s+|all\s+|each\s+of\s+(?:the\s+)?)?(?P<n>{NUMBER_PATTERN})\s+(?P<mid>(?:(?:of\s+the|of\s+its|of\s+the\s+\w+'?’?s?)\s+(?:{NUMBER_PATTERN}\s+)?)?(?:[\w/&'’()-]+\s+){{0,3}}?)(?P<noun>{UNIT_NOUNS})\b"
    ))
    .expect("units count regex")
});

/// "six units were visited", "four police stations were inspected"
static COUNT_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<n>{NUMBER_PATTERN})\s+(?P<mid>(?:[\w/&'’-]+\s+){{0,3}}?)(?P<noun>{UNIT_NOUNS})\s+(?:were|was)\s+(?:visited|inspected)\b"
    ))
    .expect("units passive regex")
});

/// What else was visited, straight after the counted noun.
static ALSO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*,?\s*(?:and|as\s+well\s+as|plus|together\s+with|in\s+addition\s+to)\s+(?P<also>(?:the|a|an|its)\s+[^,.;:()]+?)\s*(?:\b(?:between|during|from|over|in|on|to|where|when|and\s+examined|and\s+looked)\b|[,.;:()]|$)")
        .expect("also regex")
});

/// Where the list of names starts: "the units visited were:", "namely", a
/// colon or bracket after the counted noun.
static LIST_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:\b{UNIT_NOUNS}\s+(?:visited|inspected|included|covered)\s+(?:were|was|are|included)\s*:?|\b(?:visits|fieldwork)\s+(?:were|was)\s+(?:made|carried\s+out)\s+(?:to|in|at)\s*:?|\b(?:namely|these\s+were|which\s+were)\s*:?|\bvisited\s*:)\s*"
    ))
    .expect("list lead regex")
});

/// Bullet at the start of a line.
static BULLET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:[•\u{2022}\u{25CF}\u{25AA}*\-–o]|\d+[.)])\s+").expect("bullet regex")
});

/// Reads the units visited, or `None` when the document states none.
pub fn extract(cx: &mut Context<'_>) -> Option<Units> {
    let text = cx.source.text();
    let mut count: Option<(u32, Range<usize>, String)> = None;
    let mut also = Vec::new();
    let mut names = Vec::new();

    for (piece, offset) in cx.narrative() {
        let hits = COUNT
            .captures_iter(piece)
            .chain(COUNT_PASSIVE.captures_iter(piece));
        for c in hits {
            let Some(n) = number_value(&c["n"]) else {
                continue;
            };
            let whole = c
                .get(0)
                .map_or(0..0, |m| offset + m.start()..offset + m.end());
            if count.is_none() {
                count = Some((n, whole.clone(), c["noun"].to_owned()));
            }
            let noun_end = offset + c.name("noun").map_or(0, |m| m.end());
            if also.is_empty() {
                if let Some(a) = ALSO.captures(&text[noun_end..]) {
                    let m = a
                        .name("also")
                        .map_or(0..0, |m| noun_end + m.start()..noun_end + m.end());
                    if !m.is_empty() {
                        also.push(cx.text(m));
                    }
                }
            }
            if names.is_empty() {
                // "visited three prisons (A, B and C)" or "six units: A; B".
                let after = &text[noun_end..];
                let lead = after.len() - after.trim_start().len();
                if after[lead..].starts_with(['(', ':']) {
                    let start = noun_end + lead + 1;
                    let close = if after[lead..].starts_with('(') {
                        ")"
                    } else {
                        "."
                    };
                    let end = text[start..].find(close).map_or(text.len(), |i| start + i);
                    names = split_list(cx, start..end, &c["noun"], Some(n));
                }
            }
        }
    }

    if names.is_empty() {
        names = listed_names(cx, count.as_ref().map(|c| (c.2.as_str(), c.0)));
    }
    if count.is_none() && names.is_empty() {
        return None;
    }
    let span_range = count.as_ref().map_or_else(
        || {
            names
                .first()
                .map_or(0..0, |t: &Text| t.span.start..t.span.end)
        },
        |c| c.1.clone(),
    );
    if let Some((n, range, _)) = &count {
        if !names.is_empty() && names.len() != *n as usize {
            cx.diagnose(
                Severity::Warning,
                Code::UnitsCountMismatch,
                range.clone(),
                format!("{n} units are counted but {} names are listed", names.len()),
            );
        }
    }
    Some(Units {
        count: count.as_ref().map(|c| c.0),
        names,
        also_visited: also,
        span: cx.span(span_range),
    })
}

/// Names listed after a lead such as "the units visited were:", either
/// inline up to the sentence's end or as bullets on the following lines.
fn listed_names(cx: &Context<'_>, counted: Option<(&str, u32)>) -> Vec<Text> {
    let text = cx.source.text();
    let noun = counted.map_or("units", |c| c.0);
    for (piece, offset) in cx.narrative() {
        let Some(lead) = LIST_LEAD.find(piece) else {
            continue;
        };
        let start = offset + lead.end();
        let rest = &text[start..];
        let first_line_end = rest.find('\n').unwrap_or(rest.len());
        if rest[..first_line_end].trim().is_empty() {
            // a bullet list on the lines below
            return bullet_items(cx, start + first_line_end);
        }
        let end = sentence_end(rest).map_or(text.len(), |i| start + i);
        return split_list(cx, start..end, noun, counted.map(|c| c.1));
    }
    Vec::new()
}

/// The end of the sentence starting `rest`: a full stop followed by
/// white space, or a blank line.
fn sentence_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'.' && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()) {
            return Some(i);
        }
        if b == b'\n'
            && rest[i + 1..]
                .trim_start_matches([' ', '\t', '\r'])
                .starts_with('\n')
        {
            return Some(i);
        }
    }
    None
}

fn bullet_items(cx: &Context<'_>, from: usize) -> Vec<Text> {
    let source = cx.source;
    let mut out = Vec::new();
    let first = source.line_index(from + 1);
    for index in first..source.line_count() {
        let line = source.line(index);
        if line.is_blank() {
            if out.is_empty() {
                continue;
            }
            break;
        }
        let Some(b) = BULLET.find(line.text) else {
            break;
        };
        let item = line.text[b.end()..]
            .trim_end()
            .trim_end_matches(['.', ';', ',']);
        let start = line.start + b.end();
        out.push(cx.text(start..start + item.len()));
    }
    out
}

/// Splits a list of names: on semicolons when there are any, else on commas
/// with the last item split once more on " and ". A shared plural suffix on
/// the last item ("Northgate, Eastfield and Castlebridge police stations")
/// is given to every item.
fn split_list(cx: &Context<'_>, range: Range<usize>, noun: &str, count: Option<u32>) -> Vec<Text> {
    let text = cx.source.text();
    let list = &text[range.clone()];
    let separator = if list.contains(';') { ';' } else { ',' };
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for (i, c) in list.char_indices() {
        if c == separator {
            items.push(start..i);
            start = i + 1;
        }
    }
    items.push(start..list.len());
    // The last item joins two names with "and" unless that would give more
    // names than were counted.
    if let Some(last) = items.pop() {
        let piece = &list[last.clone()];
        let split_at = find_and(piece);
        let want_split =
            separator == ',' || piece.trim_start().to_ascii_lowercase().starts_with("and ");
        match split_at {
            Some(at)
                if separator == ','
                    && count.is_none_or(|n| items.len() + 2 <= n as usize)
                    && want_split =>
            {
                items.push(last.start..last.start + at);
                items.push(last.start + at..last.end);
            }
            _ => items.push(last),
        }
    }
    let mut names: Vec<(Range<usize>, String)> = items
        .into_iter()
        .filter_map(|r| {
            let raw = &list[r.clone()];
            let trimmed = trim_item(raw);
            if trimmed.is_empty() {
                return None;
            }
            let lead = raw.find(trimmed).unwrap_or(0);
            let abs = range.start + r.start + lead;
            Some((abs..abs + trimmed.len(), trimmed.to_owned()))
        })
        .collect();
    // Shared suffix.
    if let Some((_, last)) = names.last() {
        let suffix = shared_suffix(last, noun);
        if let Some(suffix) = suffix {
            let single = singular(&suffix);
            let n = names.len();
            for (i, (r, name)) in names.iter_mut().enumerate() {
                if i + 1 == n {
                    let stem = name[..name.len() - suffix.len()].trim_end().to_owned();
                    *name = format!("{stem} {single}");
                    let _ = r;
                } else if !name.to_lowercase().contains(&single.to_lowercase()) {
                    *name = format!("{name} {single}");
                }
            }
        }
    }
    names
        .into_iter()
        .map(|(r, name)| {
            let mut t = cx.text(r);
            t.text = crate::source::clean(&name);
            t
        })
        .collect()
}

/// The offset of the " and " that joins the last two names.
fn find_and(piece: &str) -> Option<usize> {
    let lower = piece.to_ascii_lowercase();
    let trimmed = lower.trim_start();
    let lead = lower.len() - trimmed.len();
    if trimmed.starts_with("and ") {
        return None;
    }
    lower.rfind(" and ").map(|i| i + 1).filter(|&i| i > lead)
}

fn trim_item(raw: &str) -> &str {
    let mut t = raw.trim().trim_end_matches(['.', ';', ',']).trim();
    loop {
        let before = t.len();
        for lead in ["and ", "or ", "\u{2022}", "-"] {
            if t.len() > lead.len()
                && t.is_char_boundary(lead.len())
                && t[..lead.len()].eq_ignore_ascii_case(lead)
            {
                t = t[lead.len()..].trim_start();
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// The plural unit noun that ends `last`, when it is shared by the list.
fn shared_suffix(last: &str, noun: &str) -> Option<String> {
    static PLURAL_END: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)\s({UNIT_NOUNS})$")).expect("plural end regex"));
    let m = PLURAL_END.captures(last)?;
    let found = m.get(1)?.as_str();
    let _ = noun;
    // "Hammersmith/Fulham and Kensington/Chelsea" has no unit noun; a
    // single-word name ending in "s" is not a noun either.
    (last.split_whitespace().count() > found.split_whitespace().count()).then(|| found.to_owned())
}

#[cfg(test)]
mod tests {
    use crate::parse;

    fn units(text: &str) -> (Option<u32>, Vec<String>, Vec<String>) {
        let u = parse(text).units.expect("units");
        (
            u.count,
            u.names.into_iter().map(|t| t.text).collect(),
            u.also_visited.into_iter().map(|t| t.text).collect(),
        )
    }

    const LEAD: &str = "Inspection report\n\nA headline\n\n";

    #[test]
    fn semicolon_list_with_and_in_names() {
        let (n, names, also) = units(&format!(
            "{LEAD}Inspectors visited four units and the headquarters between 1 and 5 May. The units visited were: Ealing; Enfield and Haringey; Hackney; and Westminster. More words follow to make a paragraph long enough for the body to be found by the splitter."
        ));
        assert_eq!(n, Some(4));
        assert_eq!(
            names,
            ["Ealing", "Enfield and Haringey", "Hackney", "Westminster"]
        );
        assert_eq!(also, ["the headquarters"]);
    }

    #[test]
    fn shared_suffix_and_brackets() {
        let (n, names, _) = units(&format!(
            "{LEAD}Inspectors visited three police stations (Northgate, Eastfield and Castlebridge police stations) over a fortnight in the spring, and spoke to staff, detainees and partners about what they had found there."
        ));
        assert_eq!(n, Some(3));
        assert_eq!(
            names,
            [
                "Northgate police station",
                "Eastfield police station",
                "Castlebridge police station"
            ]
        );
    }

    #[test]
    fn estate_is_not_visited() {
        let (n, _, _) = units(&format!(
            "{LEAD}The force has 23 custody suites across the county. Inspectors visited five custody suites during the inspection and examined the records held at each of them in some detail."
        ));
        assert_eq!(n, Some(5));
    }

    #[test]
    fn bullet_list() {
        let (n, names, _) = units(&format!(
            "{LEAD}The inspection team visited three sites over two weeks and interviewed a large number of staff and managers at every level of the organisation. The sites visited were:\n\u{2022} Hull (East Riding)\n\u{2022} York, North\n\u{2022} Selby\n\nNext paragraph."
        ));
        assert_eq!(n, Some(3));
        assert_eq!(names, ["Hull (East Riding)", "York, North", "Selby"]);
    }
}
