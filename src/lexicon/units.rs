//! The units and sites an inspection visited: verbs of visiting, unit
//! nouns ("custody suites", "PDUs", "wards"), named sites, and the words
//! that end a list of them.

/// The last word of a site's own name ("Castlewick Trial Unit", "Orme
/// Bridge Police Station"): a list of such names after a verb of visiting
/// names the units, with no count.
pub const SITE_NAME_NOUNS: &[&str] = &[
    "Unit",
    "Station",
    "Suite",
    "Office",
    "Court",
    "Centre",
    "Center",
    "Prison",
    "Hospital",
    "Home",
    "School",
    "Ward",
    "Team",
    "Division",
    "Hub",
    "Branch",
    "Clinic",
    "Wing",
    "House",
    "Institution",
    "Academy",
    "College",
    "Hall",
];

/// The first word of a site's own name in Welsh, where the noun comes
/// first ("Ysgol Gynradd Gymraeg Nant y Felin", a school; "Coleg", a
/// college; "Canolfan", a centre; "Ysbyty", a hospital).
pub const SITE_NAME_OPENING_NOUNS: &[&str] = &["Ysgol", "Coleg", "Canolfan", "Ysbyty", "Carchar"];

/// Verbs of visiting, as a regex fragment: "visited six units", "covered
/// five custody suites", "took in three custody suites", "made visits to
/// five custody centres", "revisited four of the area's seventeen
/// community fire stations", "case managers were interviewed at the YOT's
/// offices in A, B and C".
pub const VISIT_VERBS: &str = r"(?:(?:re-?)?visited|(?:re-?)?visiting|(?:was|were)\s+based\s+(?:in|at)|went\s+(?:out\s+)?to|returned\s+to|travelled\s+to|worked\s+(?:in|at)|inspected|covered|covering|took\s+in|spent\s+(?:(?:that|this|some|their|the)\s+)?time\s+(?:in|at|with|on)|spent\s+(?:a|an|one|two|three|four|five|several)\s+(?:days?|weeks?)\s+(?:in|at|with)|(?:carried\s+out\s+)?fieldwork\s+(?:in|at)|(?:carried\s+out|conducted|undertaken|took\s+place)\s+(?:in|at|across)|looked\s+at\s+the\s+work\s+of|examined\s+the|visits\s+to|met\s+(?:staff|managers|practitioners|teams)\s+(?:in|at)|interviewed\s+at|made\s+(?:an?|its|their)\s+(?:(?:surprise|unannounced|inspection|return|follow-up)\s+)?visits?\s+(?:in\s+[A-Z][a-z]+\s+)?to)";

/// Passive verbs of inspecting after the places inspected ("A, B and C
/// Schools had each undergone inspection"), as regex fragments.
pub const INSPECTED_PASSIVES: &[&str] = &[
    r"(?:had|have|has)\s+(?:each\s+|all\s+|both\s+)?undergone\s+(?:an?\s+)?inspection",
    r"(?:had|have|has|were)\s+(?:each\s+|all\s+|both\s+)?(?:been\s+)?inspected",
];

/// Words before a count of places already named ("the three custody
/// suites", "all three sites"): the count is of those names.
pub const DEFINITE_DETERMINERS: &[&str] = &["the", "these", "those", "all", "both"];

/// Words that count two places by themselves ("worked from both of the
/// service's bases", "visited both offices"): a count of units after a
/// verb of visiting, of the value [`PAIR_COUNT`].
pub const PAIR_WORDS: &[&str] = &["both"];

/// The number a [`PAIR_WORDS`] word counts.
pub const PAIR_COUNT: u32 = 2;

/// The value of a count of units as written: a number in digits or words,
/// or one of [`PAIR_WORDS`].
///
/// ```
/// use inspection_extract::lexicon::unit_count_value;
/// assert_eq!(unit_count_value("three"), Some(3));
/// assert_eq!(unit_count_value("Both"), Some(2));
/// assert_eq!(unit_count_value("each"), None);
/// ```
pub fn unit_count_value(written: &str) -> Option<u32> {
    let written = written.trim();
    crate::lexicon::number_value(written).or_else(|| {
        PAIR_WORDS
            .iter()
            .any(|w| written.eq_ignore_ascii_case(w))
            .then_some(PAIR_COUNT)
    })
}

/// Verbs of visiting read only before a count ("made its first inspection
/// visit to two immigration short-term holding facilities"), as a regex
/// fragment: before names they would take a report's name ("inspection
/// visit to police custody suites in ...") for a list.
pub const VISIT_COUNT_VERBS: &str = r"(?:visit\s+to|inspecting|examined)";

/// Verbs that count places visited only before the noun of a place
/// people are held ("Inspectors examined three custody suites which
/// operate 24 hours a day: A, B and C"): examined with any other noun,
/// they count files or areas of work.
pub const EXAMINED_PLACE_VERBS: &[&str] = &["examined"];

/// The nouns of a place people are held, after [`EXAMINED_PLACE_VERBS`].
pub const HOLDING_PLACE_NOUNS: &[&str] = &[
    "custody suites",
    "custody centres",
    "police stations",
    "prisons",
    "cells",
];

/// Verbs of a visit that put its dates before its places ("Fieldwork
/// took place from 11 to 22 September 2023 in A, B and C"), as a regex
/// fragment; [`VISIT_VERBS`] holds each with "in" or "at" straight after.
pub const VISIT_DATED_VERBS: &str = r"(?:took\s+place|carried\s+out|conducted|undertaken)";

/// Verbs of setting out to inspect every unit of a kind, as a regex
/// fragment: "to inspect how the powers are used in all 43 forces",
/// "visiting in all six areas".
pub const INSPECTING_VERBS: &str = r"(?:to\s+)?(?:inspect|visit)(?:ed|ing)?";

/// Words that make a counted unit one where fieldwork was done, between a
/// determiner, the count and the unit noun ("these five fieldwork areas",
/// "the four case study areas", "the six sample sites"), as a regex
/// fragment: a count so described is of units visited wherever it stands.
pub const FIELDWORK_SITE_WORDS: &str =
    r"(?:fieldwork|case[\s-]+study|case[\s-]+studies|sample|sampled|inspected|visited)";

/// Words that count the inspections a report draws together, straight
/// before their count of units ("the findings of inspections of 97
/// courthouses"), as a regex fragment: one inspection a unit. An aside
/// between commas may part them ("the inspections, completed between
/// February 2022 and August 2023, of 26 probation delivery units").
pub const INSPECTIONS_OF: &str = r"inspections(?:,[^,.;]+,)?\s+of";

/// Words just before [`INSPECTIONS_OF`] that make the inspections a
/// programme's, not the units of this report ("the first round of
/// inspections of all 45 fire and rescue services", "Programme (AAP) of
/// inspections").
pub const PROGRAMME_WORDS: &[&str] = &["round of", "programme", "rounds of", "cycle of"];

/// Who visits, after "with" and before "visiting" the places counted:
/// "six CRC areas, with inspectors visiting A, B and C", as a regex
/// fragment.
pub const VISITING_PARTIES: &str = r"(?:inspectors|inspection\s+team|team)";

/// Verbs of choosing the units visited, in a clause between the count and
/// its list ("three of the force's five BCUs, chosen to reflect its mix
/// of policing: A; B; and C"), as a regex fragment.
pub const SELECTION_VERBS: &str = r"(?:chosen|selected|picked)";

/// Premises named before the places they stand in ("three of the Trust's
/// local delivery units, in offices at A, B and C"), as a regex fragment.
pub const PREMISES_NOUNS: &str = r"(?:offices|premises|bases|buildings)";

/// Words between cases sampled and the places they came from, which were
/// looked at too: "a sample of 173 cases drawn from nine youth offending
/// services", "the cases came from seven police forces".
pub const SAMPLED_FROM: &str = r"(?:drawn|taken|selected|chosen|came)\s+from";

/// Words that place a report's inspections in the areas they were held
/// in ("the joint area SEND inspections held in Cornwall and
/// Warrington"), as a regex fragment.
pub const INSPECTIONS_HELD_IN: &str = r"inspections\s+(?:held|carried\s+out|conducted)\s+in";

/// The verb after the inspectors that opens the places they visited
/// ("Inspectors visited Wheelgate, Castle Mead and Ferrybank."), as a
/// regex fragment.
pub const INSPECTORS_VISITED_VERB: &str = r"(?:visited|went\s+to)";

/// Words that may open a sentence before the inspectors and their verb of
/// visiting ("On that visit they went to A and B.", "Once more they went
/// to B and A."), regex fragments: the visit the sentence continues.
pub const VISIT_SENTENCE_OPENERS: &[&str] = &[
    r"(?:on|during|at)\s+(?:that|this|the|their|each)\s+(?:\w+\s+)?(?:visit|inspection|day)",
    r"once\s+(?:more|again)",
];

/// Words after the places inspections were held in that end their list
/// ("... in Cornwall and Warrington in February this year"), with their
/// spaces.
pub const LIST_END_PREPOSITIONS: &[&str] = &[" in ", " on ", " during ", " between ", " from "];

/// Small words that may stand inside a list of place names ("Aberdeen,
/// Fraserburgh and Elgin", "Stratford-upon-Avon", "Ysbyty y Waun"), where
/// any other word in small letters ends the list.
pub const NAME_LIST_CONNECTIVES: &[&str] = &["and", "of", "the", "upon", "y", "le", "la", "de"];

/// Words after a noun of units that open the list of them: "the units
/// visited were:", "the forces taking part were the A, B and C".
pub const LISTED_UNITS_VERBS: &str =
    r"(?:visited|inspected|included|covered|taking\s+part|that\s+took\s+part|involved)";

/// Words before places named in prose with no count, besides the verbs of
/// visiting: "people held in police custody centres at A and B", "the
/// fieldwork was based at the Area's offices in A, B and C".
pub const PLACED_IN: &str = r"(?:held\s+(?:in|at)|based\s+(?:at|in))";

/// The articles of English, lower case.
pub const ARTICLES: &[&str] = &["the", "a", "an"];

/// Words that point at things already named ("This one recommendation
/// matters"): a number after one of them counts nothing.
pub const DEMONSTRATIVES: &[&str] = &["this", "that", "these", "those"];

/// True when `word` is one of the [`ARTICLES`], ASCII case ignored
/// ("The", "THE").
pub fn is_article(word: &str) -> bool {
    ARTICLES.iter().any(|a| word.eq_ignore_ascii_case(a))
}

/// `text` after the article that opens it and the white space after the
/// article ("The Director of Social Services" -> "Director of Social
/// Services"), or `None` when no article opens it.
pub fn after_article(text: &str) -> Option<&str> {
    let (first, rest) = text.split_once(char::is_whitespace)?;
    is_article(first).then(|| rest.trim_start())
}

/// True when `item` opens with an article or "its" ("the separate unit",
/// "a holding room"): a site named as a place, not an aside.
pub fn opens_with_article(item: &str) -> bool {
    // the article may end its line ("together with the\nPublic ...")
    item.split_once(char::is_whitespace)
        .is_some_and(|(first, _)| is_article(first) || first.eq_ignore_ascii_case("its"))
}

/// Plural nouns for the places inspectors visit, as a regex fragment
/// (longest first). A unit's acronym in capitals with a plural "s" is one
/// too, whatever the body calls its units ("PDUs", "BCUs", "YOTs", "six
/// LITs": local immigration teams).
pub const UNIT_NOUNS: &str = r"(?:local\s+delivery\s+units|control\s+rooms|police\s+stations|fire\s+stations|custody\s+suites|custody\s+(?:facilities|centres)|probation\s+offices|youth\s+offending\s+(?:teams|services)|young\s+offender\s+institutions|command\s+units|units|sites|boroughs|districts|offices|divisions|establishments|prisons|stations|(?-i:\p{Lu}{2,5}s\b)|teams|hubs|(?:magistrates['’]?|crown|youth)\s+courts|courts|centres|areas|forces|trusts|schools|campuses|settings|hospitals|homes|wards|branches|schemes|services|authorities|councils|locations|premises|suites|cells|depots|stores|bases|clinics|wings|halls|courthouses|hostels|sectors|house\s*blocks|blocks|landings|facilities|holding\s+rooms|rooms|ports|airports|seaports|harbours|(?:court\s+)?buildings)";

/// One unit of a kind named in [`UNIT_NOUNS`], as a regex fragment: a
/// second kind counted with the first may be a single one ("the 11
/// children's homes and one secure children's home" are twelve).
pub const UNIT_NOUN_ONE: &str = r"(?:home|court|prison|school|hospital|unit|site|centre|office|suite|station|ward|establishment|clinic|hostel|facility|institution)";

/// The number of one unit, as a regex fragment (see [`UNIT_NOUN_ONE`]).
pub const ONE_UNIT: &str = r"(?:one|a|an|1)";

/// Nouns of one site, as a regex fragment: after a site's name and a comma
/// they describe it ("Wrenbeck House, the prison's 24-bed resettlement
/// unit outside the main gate"), no second site.
pub const SITE_NOUNS_SINGULAR: &str =
    r"(?:unit|site|centre|office|suite|facility|station|hub|base|building|wing|annexe?|home)";

/// Words of a visit that returns to an inspected body (regex fragments):
/// where a page also tells of the inspection it returns to, the return is
/// this report's fieldwork.
pub const RETURN_VISIT_WORDS: &[&str] = &[
    r"returned",
    r"revisited",
    super::fieldwork::WENT_BACK,
    r"came\s+back",
    r"monitoring\s+visit",
    r"follow[\s-]?up\s+visit",
    r"return\s+visit",
];

/// The last word of a street in a postal address ("14 Tothill Walk"): an
/// address in a release's letterhead is neither its title nor headline.
pub const STREET_WORDS: &[&str] = &[
    "Street",
    "Road",
    "Walk",
    "Row",
    "Lane",
    "Place",
    "Square",
    "Avenue",
    "Way",
    "Terrace",
    "Court",
    "Wynd",
    "Gardens",
    "Parade",
    "Embankment",
];

/// Plural nouns that a list of capitalised names shares ("the Apple Tree
/// and Juniper Wards", news copy's "the Aneurin, Cynan, and Taliesin
/// wards"): each name before it is a unit. (Words in lower case before
/// the noun, "the male and female wards", are no names.)
pub const SHARED_UNIT_NOUNS: &[&str] = &["Wards", "Units", "Wings", "Houses", "wards", "wings"];

/// Acronyms that end the name of one local unit ("South Tyneside and
/// Gateshead PDU", "Northtown BCU"): two or more such names in a release
/// are the units it reports on.
pub const UNIT_ACRONYMS: &[&str] = &["PDU", "LDU", "BCU", "YOT", "YOS"];

/// Capitalised words that open a sentence before a name ("At South
/// Tyneside PDU we saw ...") and are not part of it.
pub const NAME_LEAD_WORDS: &[&str] = &[
    "At", "In", "The", "For", "By", "From", "To", "And", "With", "Of", "On", "But", "While",
    "Each", "Every", "This", "That", "Its", "Their", "Our", "All", "Any",
];

/// Nouns of places spelt the same in the singular and the plural.
pub const SAME_IN_BOTH_NUMBERS: &[&str] = &["premises", "headquarters", "barracks"];

/// A plural unit noun made singular, for distributing a shared suffix over a
/// list ("North, South and Central PDUs" -> "North PDU").
///
/// ```
/// use inspection_extract::lexicon::singular;
/// assert_eq!(singular("police stations"), "police station");
/// assert_eq!(singular("PDUs"), "PDU");
/// assert_eq!(singular("facilities"), "facility");
/// assert_eq!(singular("approved premises"), "approved premises");
/// ```
pub fn singular(noun: &str) -> String {
    if SAME_IN_BOTH_NUMBERS
        .iter()
        .any(|w| crate::source::ends_with_ignore_case(noun, w))
    {
        return noun.to_owned();
    }
    if let Some(stem) = noun.strip_suffix("ies") {
        format!("{stem}y")
    } else if let Some(stem) = noun
        .strip_suffix("ches")
        .or_else(|| noun.strip_suffix("shes"))
    {
        format!("{stem}{}", &noun[stem.len()..stem.len() + 2])
    } else if let Some(stem) = noun.strip_suffix('s') {
        stem.to_owned()
    } else {
        noun.to_owned()
    }
}

/// Things that "also went to" something without anyone visiting it
/// ("Praise also went to the learning and skills on offer"), lower case:
/// before "also", the words make no site visited.
pub const GIVEN_NOT_VISITING: &[&str] = &[
    "praise",
    "credit",
    "thanks",
    "congratulations",
    "recognition",
    "funding",
    "money",
    "attention",
    "priority",
];

/// Verbs after "also", or after "and" straight after the counted units, that add a site visited beside them: "also visited", "also spent a day at", "also called at", "- and went to" (regex fragments, tried in order).
pub const ALSO_VISITED_VERBS: &[&str] = &[r"visited", r"went\s+to", TIME_SPENT_AT, r"called\s+at"];

/// Time spent at a site, as a regex fragment: "spent a day at", "spending
/// an afternoon at", "spent a night shift in", "spent a Saturday night in"
/// (a weekday's name is any word ending in "day"). After "also", or after
/// "and" straight after the units counted, the site is one visited
/// besides them.
pub const TIME_SPENT_AT: &str = r"(?:spent|spending)\s+(?:time|(?:a|an|one|two|three|four|five|half\s+a)\s+(?:[a-z]{3,6}day\s+)?(?:(?:day|night|late|early)\s+shifts?|days?|mornings?|afternoons?|evenings?|nights?|weeks?))\s+(?:at|in|with)";

/// Verbs of a force running its custody from its suites ("The force runs
/// its custody services from four custody suites at A, B, C and D"): in a
/// report on a force's custody, the suites inspected (regex fragment).
pub const CUSTODY_RUN_VERBS: &str = r"(?:runs|operates|provides|delivers)";

/// Verbs of where staff work that tell of a visit only when inspectors are
/// their subject: "Inspectors returned to X ..., working from two of the
/// Trust's seven offices" (a visit); "it has some 690 officers, working
/// from 16 stations" (no visit). A regex fragment.
pub const WORKED_FROM_VERBS: &str = r"(?:working|worked|based)\s+(?:from|out\s+of)";

/// Pronouns that go on from [`INSPECTING_SUBJECTS`] named in the sentence
/// before ("Inspectors were in Wraymoor ... They worked from ...").
pub const SUBJECT_PRONOUNS: &[&str] = &["they"];

/// Pronouns that open a new clause after a comma (", it judged that ...",
/// ", they found ..."): an inline list of places ends before them.
pub const CLAUSE_PRONOUNS: &[&str] = &["it", "they", "he", "she", "we"];

/// The subjects that make [`WORKED_FROM_VERBS`] a visit: the inspectors
/// (lower case, the sentence's first words).
pub const INSPECTING_SUBJECTS: &[&str] = &[
    "inspectors",
    "the inspectors",
    "the team",
    "the inspection team",
    "we",
];

/// Prepositions that may open a second site after "and" ("in the control
/// room at A and with the Criminal Justice Unit at B"): the site starts
/// after them.
pub const SITE_PREPOSITIONS: &[&str] = &["in ", "at ", "to ", "with "];

/// Passive verbs of visiting that a trailing "too" or "as well" makes a
/// visit besides the units counted: "Eight non-designated suites were
/// looked at too: A, B and C" (regex fragments).
pub const ALSO_PASSIVE_VERBS: &[&str] = &[r"visited", r"looked\s+at", r"inspected", r"seen"];

/// Words after such a verb that say the visit was besides the others
/// (regex fragments).
pub const ALSO_AFTER_WORDS: &[&str] = &[r"too", r"as\s+well", r"also"];

/// Conjunctions that end a list of places and start a clause of comment:
/// "A, B and C, although a lot of those cells were out of use".
pub const LIST_END_CONJUNCTIONS: &[&str] = &["although", "though", "but", "while", "whilst"];

/// A passive of visiting, as a regex fragment: "... were visited", "...
/// had been inspected".
pub const PASSIVE_VISITED: &str =
    r"(?:were|was|had\s+been|have\s+been)\s+(?:visited|inspected|seen)";

/// Words that open a relative clause after a list of places: "the centres
/// at Dunfermline and Kirkcaldy, which serve Fife, ..." names two places.
pub const RELATIVE_WORDS: &[&str] = &["which", "where", "who", "whose"];

/// Words that open a bracket after a unit's name adding sites that go with
/// it: "Kirkton Road (and the ancillary cells at Ballinreach and Strathy)",
/// "(plus the satellite suite at ...)", "(together with ...)". The sites in
/// such a bracket were visited besides the units.
pub const ALSO_ASIDE_OPENERS: &[&str] = &["and", "plus", "together with", "along with"];

/// Verbs that open the next clause after a list of places ("visited A and
/// B and examined 60 files", "also visited the hub, and spoke to staff"):
/// the list is over there.
pub const NEXT_CLAUSE_VERBS: &[&str] = &[
    "examined",
    "looked",
    "spoke",
    "interviewed",
    "held",
    "read",
    "reviewed",
    "met",
    "talked",
    "watched",
    "observed",
    "attended",
    "shadowed",
];

/// Words joining what else was visited to the counted units, as a regex
/// fragment: "visited 9 of the service's 21 fire stations, along with the
/// joint fire control room at Pennock Hill".
pub const ALSO_VISITED_JOINERS: &str =
    r"(?:and|as\s+well\s+as(?:\s+at)?|plus|together\s+with|along\s+with|in\s+addition\s+to)";

/// Words opening a sentence that counts a programme's running total
/// ("Since June 2021 we have inspected 41 PDUs, and 16 of them ..."): its
/// count is no visit of this inspection.
pub const RUNNING_TOTAL_OPENERS: &[&str] = &["since "];

/// Words right after a count that make it a programme's running total
/// ("has now carried out short scrutiny visits to 19 establishments since
/// the first on 21 April"): no visit of this inspection either.
pub const RUNNING_TOTAL_CLOSERS: &[&str] = &["since ", "so far", "to date"];

/// Words before "one of the 43 police forces" that make it every one of
/// them ("covering every one of the 43 police forces in England and
/// Wales"): the reach of a programme, not one unit.
pub const EVERY_ONE_WORDS: &[&str] = &["every", "each"];

/// Words that open a clause saying what counted units are, before the
/// dash that brings in their names ("the four suites where the force
/// holds people after arrest - Merriton, Dunhaven, ..."), lower case.
pub const DESCRIBING_CLAUSE_OPENERS: &[&str] = &["where", "which", "that", "who", "whose"];

#[cfg(test)]
mod tests {
    use super::singular;

    #[test]
    fn singular_of_plurals_and_of_words_that_are_not_nouns() {
        assert_eq!(singular("prisons"), "prison");
        assert_eq!(
            singular("probation delivery units"),
            "probation delivery unit"
        );
        assert_eq!(singular("custody facilities"), "custody facility");
        assert_eq!(singular("branches"), "branch");
        // A header cell's first word as printed, curly quote and all: the
        // suffix check must not cut inside the quote.
        assert_eq!(singular("“Demand"), "“Demand");
        assert_eq!(singular("“s"), "“");
    }
}
