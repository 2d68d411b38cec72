//! Who inspected whom: the inspectorates (in order of first mention), the
//! body inspected, and the title and headline.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use crate::work::Pattern;

use super::Context;
use crate::lexicon::{CHIEF_TITLE, INSPECTORATES, TITLE_SUCCESSORS};
use crate::record::{Inspectorate, Text};
use crate::source::{clean, starts_with_ignore_case, window_after, window_before};

/// The title and headline paragraphs as cleaned text.
pub fn title_and_headline(cx: &Context<'_>) -> (Option<Text>, Option<Text>) {
    let as_text = |r: &Option<Range<usize>>| {
        r.as_ref().map(|lines| {
            let (text, offset) = cx.lines_text(lines);
            let trimmed = text.trim_end();
            let lead = crate::sections::header_lead_len(trimmed);
            cx.text(offset + lead..offset + trimmed.len())
        })
    };
    (as_text(&cx.sections.title), as_text(&cx.sections.headline))
}

/// Every inspectorate named in the header and the first paragraphs of the
/// body (the bodies that carried out the inspection), in order of first
/// mention. Falls back to the whole document when none is named there.
pub fn inspectorates(cx: &Context<'_>) -> Vec<Inspectorate> {
    let source = cx.source;
    let sections = cx.sections;
    let paragraphs = cx.paragraphs(sections.body.clone());
    let lead_end = paragraphs
        .get(1)
        .or(paragraphs.first())
        .map_or(sections.body.start, |p| p.end);
    let lead = crate::sections::byte_range(source, &(0..lead_end));
    let lead_bytes_end = lead.end;
    let mut found = find_in(cx, lead);
    if found.is_empty() {
        return drop_short_forms(find_in(cx, 0..source.text().len()));
    }
    // Later sentences (body or notes) that say who did the inspection add
    // the bodies they name as part of the team ("undertaken by inspectors drawn from
    // Ofsted, ... and HMIC"; "Ofsted inspectors rated ..."); other later
    // mentions (an earlier report, a body's remit) do not.
    let text = source.text();
    // The body's sentences, then the notes' ("learning and skills were
    // inspected jointly with Ofsted" in a note).
    let [body_sentences, note_sentences] = cx.narrative_sentences();
    let sentences: Vec<Range<usize>> = body_sentences
        .iter()
        .chain(
            note_sentences
                .iter()
                .filter(|s| body_sentences.last().is_none_or(|b| s.start >= b.end)),
        )
        .cloned()
        .collect();
    // (`lead_end` counts lines; the text after the lead starts at a byte)
    let rest_start = lead_bytes_end.min(text.len());
    let rest_end = sentences
        .last()
        .map_or(rest_start, |s| s.end.max(rest_start));
    let rest = &text[rest_start..rest_end];
    // One pass tells which other bodies the rest names; only their mentions
    // are looked at, each in its sentence.
    for (_, known) in crate::lexicon::inspectorates_named(rest) {
        if found.iter().any(|f| f.name == known.name) {
            continue;
        }
        for m in known.pattern.find_iter(rest) {
            let at = rest_start + m.start();
            let k = sentences.partition_point(|s| s.end <= at);
            let Some(sentence) = sentences.get(k).filter(|s| s.start <= at) else {
                continue;
            };
            let staff = text[rest_start + m.end()..]
                .trim_start()
                .get(..crate::lexicon::INSPECTOR_NOUN.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(crate::lexicon::INSPECTOR_NOUN));
            if !(staff || INSPECTION_TEAM.is_match(&text[sentence.clone()])) {
                continue;
            }
            if let Some(named) = find_in(cx, sentence.clone())
                .into_iter()
                .find(|n| n.name == known.name)
            {
                found.push(named);
                break;
            }
        }
    }
    drop_short_forms(found)
}

/// Drops a body found only as the short form of a national namesake that
/// the page names ([`SHORT_FOR_NATIONAL`](crate::lexicon::SHORT_FOR_NATIONAL)).
fn drop_short_forms(mut found: Vec<Inspectorate>) -> Vec<Inspectorate> {
    let short_of = |name: &str| {
        INSPECTORATES
            .iter()
            .find(|i| i.name == name)
            .map_or("", |i| i.short)
    };
    let named: Vec<&'static str> = found
        .iter()
        .filter_map(|f| {
            INSPECTORATES
                .iter()
                .find(|i| i.name == f.name)
                .map(|i| i.short)
        })
        .collect();
    found.retain(|f| {
        let short = short_of(&f.name);
        !crate::lexicon::SHORT_FOR_NATIONAL
            .iter()
            .any(|(written, national)| *written == short && named.contains(national))
    });
    found
}

static INSPECTION_TEAM: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::words_pattern(
        r"(?i)\b(?:{})\b",
        crate::lexicon::INSPECTION_TEAM,
        "inspection team regex",
    )
});

fn find_in(cx: &Context<'_>, range: Range<usize>) -> Vec<Inspectorate> {
    let text = &cx.source.text()[range.clone()];
    // (position, index into INSPECTORATES, matched range)
    // Hits never overlap, so keyed by start they are also ordered by end:
    // the one hit that could overlap a new match is the last one starting
    // before the match ends. start -> (end, index into INSPECTORATES)
    let mut hits: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for (k, known) in crate::lexicon::inspectorates_named(text) {
        for m in known.pattern.find_iter(text) {
            // A more specific body already claimed this text ("HMIC" inside
            // "HM Inspectorate of Constabulary in Scotland").
            let claimed = hits
                .range(..m.end())
                .next_back()
                .is_some_and(|(_, &(end, _))| m.start() < end);
            if !claimed {
                hits.insert(m.start(), (m.end(), k));
            }
        }
    }
    // "HM Inspector of Constabulary" is a title in HMICFRS and HMICS too: a
    // body named only through an inspector's title gives way to its
    // successor when that is named.
    let named = |short: &str| hits.values().any(|&(_, k)| INSPECTORATES[k].short == short);
    let only_by_title = |k: usize| {
        hits.iter()
            .filter(|(_, (_, j))| *j == k)
            .all(|(&s, &(e, _))| CHIEF_TITLE.is_match(&text[s..e]))
    };
    let gives_way: Vec<bool> = (0..INSPECTORATES.len())
        .map(|k| {
            TITLE_SUCCESSORS.iter().any(|(short, successors)| {
                INSPECTORATES[k].short == *short
                    && successors.iter().any(|s| named(s))
                    && only_by_title(k)
            })
        })
        .collect();
    let mut out: Vec<Inspectorate> = Vec::new();
    let mut previous_end: Option<usize> = None;
    for (&start, &(end, k)) in &hits {
        // "the Chief Inspector of Probation (HMIP)": the bracketed acronym
        // is how the document shortens the body just named, even where the
        // lexicon spells that acronym for another body.
        let shortens_previous = previous_end
            .is_some_and(|p| text[p..start].trim() == "(" && text[end..].starts_with(')'));
        previous_end = Some(end);
        if gives_way[k] || shortens_previous {
            continue;
        }
        let r = start..end;
        let known = &INSPECTORATES[k];
        if out.iter().any(|i| i.name == known.name) {
            continue;
        }
        let acronym = acronym_used(text, &r, known.short, &known.pattern);
        out.push(Inspectorate {
            name: known.name.to_owned(),
            acronym,
            span: cx.span(range.start + r.start..range.start + r.end),
        });
    }
    out
}

/// The acronym the document uses: one in brackets straight after the name
/// ("... Inspectorate (HMCPSI)"), else the usual short form.
fn acronym_used(text: &str, hit: &Range<usize>, short: &str, pattern: &Pattern) -> String {
    static BRACKETED: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(r"^\s*\(([A-Z][A-Za-z &]{1,14})\)").expect("acronym regex")
    });
    let matched = &text[hit.clone()];
    // "ESTYN" in a capitals banner is Estyn; an acronym as written
    // ("CJINI", "HMIP") is kept.
    if matched.eq_ignore_ascii_case(short) {
        return short.to_owned();
    }
    if matched.chars().all(|c| c.is_ascii_uppercase()) {
        return matched.to_owned();
    }
    for m in pattern.find_iter(text) {
        if let Some(c) = BRACKETED.captures(window_after(text, m.end(), 40)) {
            return c[1].to_owned();
        }
    }
    // Named in full first, then by an acronym of the document's own
    // ("His Majesty's Inspectorate of Prisons ... Ofsted and HMIP").
    pattern
        .find_iter(text)
        .map(|m| m.as_str())
        .find(|m| m.len() >= 3 && m.chars().all(|c| c.is_ascii_uppercase()))
        .map_or_else(|| short.to_owned(), str::to_owned)
}

/// Where the body writes `name` (an ASCII name in capitals) in mixed case.
fn written_in_mixed_case(cx: &Context<'_>, name: &str) -> Option<usize> {
    let letters = || name.chars().filter(char::is_ascii_alphabetic);
    if !name.is_ascii() || letters().any(|c| c.is_ascii_lowercase()) || letters().count() < 4 {
        return None;
    }
    let (body, offset) = cx.body();
    // ASCII lower-casing keeps every byte offset.
    let lower = body.to_ascii_lowercase();
    let wanted = name.to_ascii_lowercase();
    lower
        .match_indices(&wanted)
        .map(|(at, _)| at)
        .find(|&at| {
            body[at..at + name.len()]
                .bytes()
                .any(|b| b.is_ascii_lowercase())
        })
        .map(|at| offset + at)
}

/// Phrases after which the body inspected is named.
static SUBJECT_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)\b(?:(?:unannounced\s+|announced\s+|full\s+|short\s+|joint\s+|follow[\s-]?up\s+|thematic\s+)*(?:inspection|review|report|visit|assessment|audit)\s+(?:of|into|on|at|to)|inspected|inspecting)\s+")
        .expect("subject lead regex")
});

/// Words that end the subject's name ("a joint inspection of Medway
/// secure training centre in Kent" names the centre).
static SUBJECT_END: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)\s+(?:by|has|have|was|were|is|are|which|that|published|between|in\s+(?:19|20)\d\d|found|finds|shows?|during|after|since|today|and\s+found)\b|\s+in\s+(?-i:\p{Lu})|[,.;:(\u{2013}\u{2014}]|\s-\s|$")
        .expect("subject end regex")
});

/// The body inspected, read from the title, else the headline, else the
/// first sentences of the body.
pub fn subject(cx: &Context<'_>, title: Option<&Text>, headline: Option<&Text>) -> Option<Text> {
    let source = cx.source;
    let mut candidates: Vec<Range<usize>> = Vec::new();
    for t in [title, headline].into_iter().flatten() {
        candidates.push(t.span.start..t.span.end);
    }
    let paragraphs = cx.paragraphs(cx.sections.body.clone());
    if let Some(first) = paragraphs.first() {
        candidates.push(crate::sections::byte_range(source, first));
    }
    // In the title, the headline, then the first paragraph: a named body
    // ("Northmoor Constabulary", "HMP Caldermoor", "CPS Mercia Vale"), else
    // an area, for inspections of custody or of services in one place
    // ("Police custody in Cleveland", "probation services in the Glenmoor
    // region", "a joint targeted area inspection ... in Fenmarsh").
    for (i, range) in candidates.iter().enumerate() {
        let text = &source.text()[range.clone()];
        for m in organisations(text) {
            let after = text[m.end()..].trim_start();
            let is_inspectorate = after.starts_with("Inspectorate")
                || crate::lexicon::names_an_inspectorate(m.as_str());
            // "Joint Targeted Area Inspection" names a kind of inspection
            let names_work = m.as_str().split_whitespace().any(|w| {
                crate::lexicon::NOT_BODY_WORDS
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(w))
            });
            let government = crate::lexicon::GOVERNMENT_DEPARTMENTS
                .iter()
                .any(|g| m.as_str().ends_with(g));
            if is_inspectorate || names_work || government {
                continue;
            }
            let mut start = range.start + m.start();
            let mut name = m.as_str();
            if let Some(rest) = name.strip_prefix("The ") {
                start += 4;
                name = rest;
            }
            // "HMP HOLLINSGATE - SAFER ..." in a capitals headline: the name
            // as the body writes it, "HMP Hollinsgate", where it does.
            if let Some(found) = written_in_mixed_case(cx, name) {
                return Some(cx.text(found..found + name.len()));
            }
            // "by the Courts Service" in a headline, "the Northern Ireland
            // Courts and Tribunals Service (NICTS)" in the first paragraph:
            // the body's full name.
            if let Some(full) = candidates[i + 1..].iter().find_map(|later| {
                fuller_name(&source.text()[later.clone()], name)
                    .map(|r| later.start + r.start..later.start + r.end)
            }) {
                return Some(cx.text(full));
            }
            return Some(cx.text(start..start + name.len()));
        }
        // Only where no body is named: the area grammar is the dearer one.
        if let Some(area) = area_inspected(text) {
            // The body named after the area, where a later heading or the
            // first paragraph names it ("youth offending work in Cwm Tawel"
            // above "Cwm Tawel Youth Offending Service: ...").
            let area_name = &text[area.clone()];
            for later in &candidates[i + 1..] {
                let later_text = &source.text()[later.clone()];
                if let Some(m) = organisations(later_text)
                    .find(|m| m.as_str().starts_with(area_name) && m.len() > area_name.len())
                {
                    return Some(cx.text(later.start + m.start()..later.start + m.end()));
                }
            }
            return Some(cx.text(range.start + area.start..range.start + area.end));
        }
    }
    for range in candidates {
        let text = &source.text()[range.clone()];
        // After a colon the title names the report; read that part first.
        let from = text.find(':').map_or(0, |i| i + 1);
        for lead in SUBJECT_LEAD.find_iter(&text[from..]) {
            let start = from + lead.end();
            let rest = &text[start..];
            let end = SUBJECT_END.find(rest).map_or(rest.len(), |m| m.start());
            let mut name_start = start;
            let mut name = &text[start..start + end];
            // "the performance of CPS London" -> "CPS London"
            while let Some(c) = STRIP_LEAD.captures(name) {
                let cut = c.get(0).map_or(0, |m| m.end());
                name_start += cut;
                name = &name[cut..];
            }
            if name.len() > 4
                && starts_with_ignore_case(name, "the ")
                && name[4..].starts_with(char::is_uppercase)
            {
                name_start += 4;
                name = &name[4..];
            }
            let cleaned = clean(name);
            if cleaned.split_whitespace().count() >= 1
                && cleaned.chars().next().is_some_and(char::is_uppercase)
            {
                let abs = range.start + name_start;
                let trimmed_len = name.trim_end().len();
                return Some(cx.text(abs..abs + trimmed_len));
            }
        }
    }
    None
}

/// A longer name in `text` for the body `short` names, defined there with
/// its acronym: it ends with the same word, holds every word of `short` and
/// is followed by "(ACRONYM)" ("Courts Service" in "the Northern Ireland
/// Courts and Tribunals Service (NICTS)").
fn fuller_name(text: &str, short: &str) -> Option<Range<usize>> {
    let words: Vec<&str> = short.split_whitespace().collect();
    let last = *words.last()?;
    organisations(text)
        .find(|m| {
            let full: Vec<&str> = m.as_str().split_whitespace().collect();
            let defined = text[m.end()..]
                .strip_prefix(" (")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()));
            defined
                && full.len() > words.len()
                && full.last() == Some(&last)
                && words.iter().all(|w| full.contains(w))
        })
        .map(|m| {
            let lead = if m.as_str().starts_with("The ") { 4 } else { 0 };
            m.start() + lead..m.end()
        })
}

/// The area named after the kind of work inspected there: "custody in
/// Cleveland, Durham and Northumbria", "youth offending services in
/// Brackenshire", "probation services in the Glenmoor region". A nation
/// ("in England and Wales") is the scope of a thematic, not an area.
fn area_inspected(text: &str) -> Option<Range<usize>> {
    static AREA: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(&format!(
            r"^(?i:(?:{}))(?:\s+[^\s,.;:–—-][^\s,.;:]*){{0,12}}?\s+(?i:in|across|of)\s+(?:(?i:the)\s+)?(?:(?i:London\s+Borough\s+of)\s+)?(?P<area>\p{{Lu}}[^\s,.;:]*(?:(?:,[ \t]*|,?[ \t]+and[ \t]+|[ \t]+(?:of[ \t]+)?)\p{{Lu}}[^\s,.;:]*)*(?:[ \t]+(?i:region|area))?)",
            crate::lexicon::AREA_WORK.join("|")
        ))
        .expect("area regex")
    });
    // The cheap scan finds the kinds of work; the grammar reads a bounded
    // window after each one.
    static WORK: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::words_pattern(
            r"(?i)\b(?:{})\b",
            crate::lexicon::AREA_WORK,
            "area work regex",
        )
    });
    // "... improvement in Dumfries and Galloway children's services": the
    // place named just before the work.
    static AREA_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
        crate::lexicon::regex(
            r"(?:^|\s)(?i:in|across|for)\s+(?:(?i:the)\s+)?(?P<area>\p{Lu}[^\s,.;:]*(?:(?:,[ \t]*|,?[ \t]+and[ \t]+|[ \t]+(?:of[ \t]+)?)\p{Lu}[^\s,.;:]*)*)[ \t]+$",
        )
        .expect("area before regex")
    });
    for w in WORK.find_iter(text) {
        let (c, base) = match AREA.captures(window_after(text, w.start(), 300)) {
            Some(c) => (c, w.start()),
            None => {
                let before = window_before(text, w.start(), 120);
                match AREA_BEFORE.captures(before) {
                    Some(c) => (c, w.start() - before.len()),
                    None => continue,
                }
            }
        };
        let area = c.name("area")?;
        // "Police Custody in Tayside Inspected": a title-case heading's verb
        // is not part of the place.
        let mut name = area.as_str();
        while let Some((head, last)) = name.rsplit_once(' ') {
            let verb = last.ends_with("ed") || crate::lexicon::is_headline_verb(last);
            if !verb {
                break;
            }
            name = head.trim_end_matches([',', ' ']);
        }
        let area = base + area.start()..base + area.start() + name.len();
        let national = crate::lexicon::NATIONS
            .iter()
            .any(|n| name.eq_ignore_ascii_case(n) || starts_with_ignore_case(name, n));
        let dated = crate::lexicon::month(name.split_whitespace().next().unwrap_or("")).is_some();
        let body = organisations(name)
            .next()
            .is_some_and(|m| m.end() == name.len());
        if !(national || dated || body) {
            return Some(area);
        }
    }
    None
}

/// A named body: a prison ("HMP Caldermoor"), a CPS Area ("CPS London"), or
/// capitalised words ending in an organisation noun ("Strathallan and Tay
/// Police", "Kestrel Community Rehabilitation Company"). Its word boundaries
/// are read without `\b` (see [`organisations`]): names may begin or end
/// with non-ASCII letters, and a Unicode `\b` in the pattern makes the regex crate's fast
/// engine give up on any text with a non-ASCII character.
static ORGANISATION: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(&format!(r"(?:(?:HMP/YOI|HMP\s*&\s*YOI|HMYOI|HMP|YOI|IRC|STC|CPS)\s+\p{{Lu}}[\w'’-]+(?:\s+\p{{Lu}}[\w'’-]+){{0,2}}|(?:\p{{Lu}}[\w'’&-]*\s+(?:(?:and|of|&)\s+)?){{1,5}}(?:{})(?:\s+of\s+\p{{Lu}}[\w'’-]+(?:\s+\p{{Lu}}[\w'’-]+)?)?)(?:[^\w]|\z)", crate::lexicon::BODY_NOUNS))
        .expect("organisation regex")
});

/// A named body found in a text: where it is and what it says.
#[derive(Clone, Copy)]
struct Named<'h> {
    text: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Named<'h> {
    fn as_str(&self) -> &'h str {
        &self.text[self.start..self.end]
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn len(&self) -> usize {
        self.end - self.start
    }
}

/// The named bodies in `text` ([`ORGANISATION`]) that start at a word
/// boundary. The pattern's match ends with the character after the name
/// (it checks where the name ends), which is left out; only a name at the
/// very end of the text ends its match.
fn organisations(text: &str) -> impl Iterator<Item = Named<'_>> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    ORGANISATION
        .find_iter(text)
        .map(move |m| {
            let end = match m.as_str().chars().next_back() {
                Some(c) if !is_word(c) => m.end() - c.len_utf8(),
                _ => m.end(),
            };
            Named {
                text,
                start: m.start(),
                end,
            }
        })
        .filter(move |m| !text[..m.start()].chars().next_back().is_some_and(is_word))
}

static STRIP_LEAD: LazyLock<Pattern> = LazyLock::new(|| {
    crate::lexicon::regex(r"(?i)^\s*(?:the\s+)?(?:performance|work|effectiveness|progress|quality|handling|management|delivery|arrangements|services?|review|inspection)\s+(?:of|by|at|in)\s+(?:the\s+)?|^\s*(?:an?\s+|the\s+)?(?:unannounced\s+|announced\s+|joint\s+|follow[\s-]?up\s+)*(?:inspection|review)\s+(?:of|at)\s+")
        .expect("strip lead regex")
});

#[cfg(test)]
mod tests {
    use crate::parse;

    fn shorts(text: &str) -> Vec<String> {
        parse(text)
            .inspectorates
            .into_iter()
            .map(|i| i.acronym)
            .collect()
    }

    #[test]
    fn a_fire_and_rescue_body_and_a_place_before_its_services() {
        let fire = parse(
            "Service told to respond faster\n\nHMICFRS examined 11 areas, grading Fenland Fire and Rescue good in five of them and adequate in the rest.\n",
        );
        assert_eq!(
            fire.subject.expect("subject").text,
            "Fenland Fire and Rescue"
        );
        let area = parse(
            "Inspectors report improvement in Marlbridge and Tay children\u{2019}s services\n\nServices for children in the area have got better since the first inspection, the Care Inspectorate said today.\n",
        );
        assert_eq!(area.subject.expect("subject").text, "Marlbridge and Tay");
    }

    #[test]
    fn a_page_of_one_paragraph_with_curly_marks_near_its_start() {
        // the lead ends after a few lines: the text after it must start at a
        // byte, not at the count of lines (which fell inside "’" here)
        let record = parse(
            "Her Majesty\u{2019}s Chief Inspector of Prisons for Scotland, Ann Lee, today released a report on HMP Ardmore. The inspection was carried out in July.\n",
        );
        assert_eq!(record.inspectorates.len(), 1);
    }

    #[test]
    fn a_scottish_page_writing_its_name_short() {
        let record = parse(
            "HMP Ardmore follow-up\n\nHer Majesty's Chief Inspector of Prisons for Scotland, Ann Lee, today released a report on HMP Ardmore.\n\nThe prison has improved. HM Inspectorate of Prisons will keep watching its progress closely, inspectors said.\n",
        );
        assert_eq!(record.inspectorates.len(), 1);
        assert_eq!(record.inspectorates[0].acronym, "HMIPS");
        // an English page keeps its own inspectorate
        assert_eq!(
            shorts(
                "HMP Ash\n\nHM Inspectorate of Prisons today published a report on HMP Ash, a prison in Kent.\n"
            ),
            ["HMI Prisons"]
        );
    }

    #[test]
    fn bodies_named_later_as_the_inspection_team() {
        let lead = "Fenmarsh must act on child protection\n\nOfsted today published a report on how agencies in Fenmarsh keep children safe.\n\nThe report sets out several concerns.\n\n";
        assert_eq!(
            shorts(&format!(
                "{lead}The inspection was undertaken by inspectors drawn from Ofsted and HM Inspectorate of Constabulary.\n"
            )),
            ["Ofsted", "HMIC"]
        );
        assert_eq!(
            shorts(&format!(
                "{lead}Estyn inspectors rated the education as good.\n"
            )),
            ["Ofsted", "Estyn"]
        );
        // a later mention that is not of the team adds nothing
        assert_eq!(
            shorts(&format!("{lead}An Estyn report in 2012 found the same.\n")),
            ["Ofsted"]
        );
    }

    #[test]
    fn his_majestys_inspectorates_since_2022() {
        let record = parse(
            "Service closes a cause of concern\n\nToday His Majesty\u{2019}s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published a letter; it recognises that Avon Fire & Rescue Service has improved.\n",
        );
        let shorts: Vec<String> = record
            .inspectorates
            .iter()
            .map(|i| i.acronym.clone())
            .collect();
        assert_eq!(shorts, ["HMICFRS"]);
        assert_eq!(
            record.subject.expect("subject").text,
            "Avon Fire & Rescue Service"
        );
    }

    #[test]
    fn the_full_name_defined_with_its_acronym_and_no_government_department() {
        let subject = |text: &str| parse(text).subject.map(|s| s.text);
        assert_eq!(
            subject(
                "Inspectors welcome progress by the Courts Service\n\nCriminal Justice Inspection Northern Ireland (CJI) has praised the Northern Ireland Courts and Tribunals Service (NICTS) for its work with jurors.\n"
            )
            .as_deref(),
            Some("Northern Ireland Courts and Tribunals Service")
        );
        assert_eq!(
            subject(
                "Report: Joint Targeted Area Inspection (JTAI) of Solihull\nA report was published by Ofsted and the Care Quality Commission (CQC) after the inspection.\nThe Home Office asked the inspectorates to act.\n"
            )
            .as_deref(),
            Some("Solihull")
        );
    }

    #[test]
    fn named_through_an_inspectors_title() {
        assert_eq!(
            shorts(
                "Custody was good, said Ann Lee, Chief Inspector of Prisons, and Bo Ray, HM Inspector of Constabulary.\n"
            ),
            ["HMI Prisons", "HMIC"]
        );
        assert_eq!(
            shorts("Report\n\nHM Chief Inspector of Probation Jo Kay said the work was good.\n"),
            ["HMI Probation"]
        );
    }

    #[test]
    fn a_bracketed_acronym_shortens_the_body_just_named() {
        assert_eq!(
            shorts(
                "Published by Ofsted and the Chief Inspector of Probation (HMIP) for England.\n"
            ),
            ["Ofsted", "HMIP"]
        );
        assert_eq!(
            shorts("HM Inspectorate of Prisons (HMIP) and HM Inspectorate of Probation said.\n"),
            ["HMIP", "HMI Probation"]
        );
    }

    #[test]
    fn an_inspectors_title_gives_way_to_the_successor() {
        assert_eq!(
            shorts(
                "HM Inspectorate of Constabulary and Fire & Rescue Services\n\nWendy Hale, HM Inspector of Constabulary, wrote.\n"
            ),
            ["HMICFRS"]
        );
        assert_eq!(
            shorts(
                "HM Inspectorate of Constabulary in Scotland (HMICS) found it.\nHM Chief Inspector of Constabulary, Craig Nell, said so.\n"
            ),
            ["HMICS"]
        );
    }

    #[test]
    fn a_body_that_inspected_jointly_named_in_a_note() {
        let text = "Report on HMP Larkmoor\n\nHM Inspectorate of Prisons today published its report on HMP Larkmoor.\n\nNotes to editors\n * The inspection took place in March 2015. Learning and skills were inspected jointly with Ofsted.\n * CQC inspects health care jointly with HM Inspectorate of Prisons.\n";
        let found: Vec<String> = parse(text)
            .inspectorates
            .into_iter()
            .map(|i| i.acronym)
            .collect();
        assert_eq!(found, ["HMI Prisons", "Ofsted"]);
    }

    #[test]
    fn the_cps_inspectorate_and_a_long_area_phrase() {
        let found: Vec<String> = parse("Dropped cases cost money\n\nThe CPS Inspectorate's report looked at cases the CPS had dropped at committal, and found that too many were dropped late in the day.\n")
            .inspectorates
            .into_iter()
            .map(|i| i.acronym)
            .collect();
        assert_eq!(found, ["HMCPSI"]);
        let subject = parse("Joint inspection of services for children and young people in need of care and protection in Dunmorrow\n\nChildren at risk are safer, but partners must speed up improvement\n\nChildren in need of care and protection in Dunmorrow are safer because of the work of staff, according to a joint report published today.\n").subject.map(|t| t.text);
        assert_eq!(subject.as_deref(), Some("Dunmorrow"));
    }
}
