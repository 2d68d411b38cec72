//! Writes a synthetic corpus of inspection press releases for benchmarks.
//!
//! ```text
//! cargo run --release --example gen_corpus -- --count N --out DIR [--seed S]
//!     [--truth FILE] [--plain]
//! cargo run --release --example gen_corpus -- --single FILE --size BYTES [--seed S]
//! ```
//!
//! Every document is built from the variety of `corpus/`: randomised
//! inspectorates (alone and joint), bodies, places, people, dates, counts in
//! words and digits, embargo wordings and time formats (and documents with no
//! embargo), unit lists inline / bulleted / in a note, file counts with and
//! without a breakdown, fieldwork forms, progress vocabularies, annex tables
//! laid out with tabs, spaces or pipes (wrapped rows, page footers, repeated
//! headers), with or without notes to editors, web-page chrome, wrapped or
//! unwrapped paragraphs, and a few CRLF / CR / BOM / Windows-1252 / UTF-16
//! files. `--plain` keeps every document UTF-8 with LF line ends.
//!
//! Document `i` depends only on the seed and `i`, so `--count 1000` is a
//! prefix of `--count 100000`; no two documents are equal (checked with a
//! hash of every document; a collision is redrawn). No external data: every
//! word comes from the tables below. `--truth FILE` writes one JSON line per
//! document with the values the generator put in (embargo date and time,
//! inspectorates, units, files, recommendations), so the extractor's output
//! can be compared against them.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

// ------------------------------------------------------------------ PRNG

/// SplitMix64: tiny, fast, good enough for test data, and the same on every
/// platform.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }
    /// True with probability `percent` / 100.
    pub fn pct(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

// ------------------------------------------------------------------ words

const SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// 0 to 999,999 in British English words: "two hundred and forty-five".
pub fn words(n: u32) -> String {
    fn below_hundred(n: u32) -> String {
        if n < 20 {
            SMALL[n as usize].to_owned()
        } else if n % 10 == 0 {
            TENS[(n / 10) as usize].to_owned()
        } else {
            format!("{}-{}", TENS[(n / 10) as usize], SMALL[(n % 10) as usize])
        }
    }
    fn below_thousand(n: u32) -> String {
        match (n / 100, n % 100) {
            (0, r) => below_hundred(r),
            (h, 0) => format!("{} hundred", SMALL[h as usize]),
            (h, r) => format!("{} hundred and {}", SMALL[h as usize], below_hundred(r)),
        }
    }
    match (n / 1000, n % 1000) {
        (0, r) => below_thousand(r),
        (t, 0) => format!("{} thousand", below_thousand(t)),
        (t, r) if r < 100 => format!("{} thousand and {}", below_thousand(t), below_hundred(r)),
        (t, r) => format!("{} thousand {}", below_thousand(t), below_thousand(r)),
    }
}

fn digits(n: u32) -> String {
    if (1000..10_000).contains(&n) && n % 7 != 0 {
        // "1250" and "1,250" both occur.
        return n.to_string();
    }
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A count as press releases print it: words for small numbers more often.
fn count(rng: &mut Rng, n: u32) -> String {
    let p = match n {
        0..=10 => 65,
        11..=20 => 35,
        21..=99 => 15,
        100..=999 => 8,
        _ => 0,
    };
    if rng.pct(p) { words(n) } else { digits(n) }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn ordinal(d: u32) -> &'static str {
    match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Greedy word wrap at `width` columns, each line prefixed by `indent`.
fn wrap(text: &str, width: usize, indent: &str, first_indent: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut col = 0;
    let mut first = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if col == 0 {
            out.push_str(if first { first_indent } else { indent });
            first = false;
            col = indent.len();
        } else if col + 1 + word.len() > width {
            out.push('\n');
            out.push_str(indent);
            col = indent.len();
        } else {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += word.len();
    }
    out
}

// ------------------------------------------------------------------ dates

/// Month names come from the engine's own lexicon.
fn month_name(m: u32) -> &'static str {
    inspection_extract::lexicon::month_name(m as u8)
}
/// Misspellings within the lexicon's edit distance, as seen in the corpus.
const MISSPELT: [(u32, &str); 9] = [
    (1, "Janaury"),
    (2, "Febraury"),
    (2, "Febuary"),
    (4, "Apirl"),
    (8, "Augsut"),
    (9, "Setpember"),
    (10, "Ocotber"),
    (11, "Novmber"),
    (12, "Decmber"),
];
/// Weekday names (0 = Monday) come from the engine's own lexicon.
fn weekday_name(index: usize) -> &'static str {
    inspection_extract::lexicon::weekday_name(index as u8)
}
const WEEKDAY_SHORT: [&[&str]; 7] = [
    &["Mon"],
    &["Tue", "Tues"],
    &["Wed", "Weds"],
    &["Thu", "Thurs"],
    &["Fri"],
    &["Sat"],
    &["Sun"],
];

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub struct Date {
    pub y: u32,
    pub m: u32,
    pub d: u32,
}

fn leap(y: u32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in(y: u32, m: u32) -> u32 {
    match m {
        2 if leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// 0 = Monday.
    pub fn weekday(self) -> usize {
        const T: [u32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.m < 3 { self.y - 1 } else { self.y };
        let sunday0 = (y + y / 4 - y / 100 + y / 400 + T[(self.m - 1) as usize] + self.d) % 7;
        ((sunday0 + 6) % 7) as usize
    }
    fn add_days(self, n: i32) -> Date {
        let mut d = self;
        if n >= 0 {
            for _ in 0..n {
                d.d += 1;
                if d.d > days_in(d.y, d.m) {
                    d.d = 1;
                    d.m += 1;
                    if d.m > 12 {
                        d.m = 1;
                        d.y += 1;
                    }
                }
            }
        } else {
            for _ in 0..(-n) {
                if d.d > 1 {
                    d.d -= 1;
                } else {
                    if d.m > 1 {
                        d.m -= 1;
                    } else {
                        d.m = 12;
                        d.y -= 1;
                    }
                    d.d = days_in(d.y, d.m);
                }
            }
        }
        d
    }
    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    fn month(self) -> &'static str {
        month_name(self.m)
    }
    /// "23 February 2012"
    fn long(self) -> String {
        format!("{} {} {}", self.d, self.month(), self.y)
    }
}

/// The month name, now and then misspelt (the documents do this).
fn month_word(rng: &mut Rng, m: u32, misspell: u32) -> String {
    if rng.pct(misspell) {
        let options: Vec<&str> = MISSPELT
            .iter()
            .filter(|(n, _)| *n == m)
            .map(|(_, w)| *w)
            .collect();
        if !options.is_empty() {
            return (*rng.pick(&options)).to_owned();
        }
    }
    if m != 5 && m != 6 && m != 7 && rng.pct(4) {
        let full = month_name(m);
        return if m == 9 && rng.pct(50) {
            "Sept".into()
        } else {
            full[..3].to_owned()
        };
    }
    month_name(m).to_owned()
}

// ------------------------------------------------------------------ tables

const ROOTS: [&str; 40] = [
    "Ash", "Brack", "Kest", "Mar", "Grey", "Thorn", "Wyn", "Hol", "Eld", "Fen", "Glen", "Strath",
    "Dun", "Kil", "Pen", "Tam", "Brig", "Cal", "Der", "Hart", "Avon", "Stan", "Elm", "Ravens",
    "Sever", "Wend", "Mercia", "Tarn", "Ches", "Lang", "Brad", "Whit", "Cors", "Ald", "Bel",
    "Craig", "Ross", "Lyn", "Oak", "Win",
];
const SUFFIXES: [&str; 24] = [
    "moor", "shire", "ford", "ton", "mere", "wick", "ley", "gate", "bridge", "dale", "field",
    "brook", "holme", "worth", "by", "haven", "march", "vale", "side", "ham", "well", "stead",
    "burn", "hurst",
];
const QUARTERS: [&str; 10] = [
    "North", "South", "East", "West", "Central", "Upper", "Lower", "Mid", "Greater", "Old",
];
const FIRST_NAMES: [&str; 48] = [
    "Michael", "Helen", "Nigel", "Rosalind", "Brendan", "Alasdair", "Fiona", "Liam", "Kevin",
    "Jane", "Roland", "Celia", "Siobhan", "Harriet", "Kathryn", "Martin", "Gareth", "Edmund",
    "Euan", "Meleri", "Anwen", "Graham", "Gillian", "Cordelia", "Andrew", "Priya", "Stephen",
    "Deborah", "Alastair", "Rupert", "Dawn", "Justin", "Matthew", "Malcolm", "Andrea", "Paul",
    "Ross", "Colin", "Wendy", "Tariq", "Olusola", "Ewan", "Niamh", "Bronwen", "Aidan", "Marcus",
    "Sunita", "Catriona",
];
const SURNAMES: [&str; 48] = [
    "Fuller",
    "Harrowby",
    "Farrant",
    "Kettering",
    "Carraher",
    "Munro",
    "Ballantyne",
    "Tennant",
    "Ashworth",
    "Okafor",
    "Aske",
    "Marchbank",
    "Keane",
    "Olumide",
    "Rowe",
    "Ashdown",
    "Penhale",
    "MacAskill",
    "Rhys",
    "Castell",
    "Tulloch",
    "Imrie",
    "Vane",
    "Caulfield",
    "Raman",
    "Alder",
    "Quayle",
    "Penhallow",
    "Hallam",
    "Okonjo",
    "Rourke",
    "Gorringe",
    "Trevanion",
    "Pilkington",
    "Weatherall",
    "Dunbar",
    "Purslow",
    "Achebe",
    "Mensah",
    "O'Neill",
    "McAllister",
    "Price",
    "Lyle",
    "Ellis",
    "Marsh",
    "Hughes",
    "Bhatt",
    "Kerr",
];
const HONORIFICS: [&str; 6] = ["Sir", "Dame", "Dr", "Professor", "Dr", "Dame"];
const POST_NOMINALS: [&str; 7] = ["QPM", "CBE", "OBE", "DBE", "QPM", "KC", "OBE QPM"];

/// One inspectorate: the names the documents use and what it inspects.
struct Inspectorate {
    full: &'static [&'static str],
    acronym: &'static str,
    mention: &'static str,
    chief: &'static str,
    bodies: &'static [&'static str],
    units: &'static [&'static str],
    files: &'static [&'static str],
    breakdown: &'static [&'static str],
    about: &'static [&'static str],
}

const INSPECTORATES: [Inspectorate; 10] = [
    Inspectorate {
        full: &[
            "HM Crown Prosecution Service Inspectorate",
            "Her Majesty's Crown Prosecution Service Inspectorate",
        ],
        acronym: "HMCPSI",
        mention: "HMCPSI",
        chief: "HM Chief Inspector",
        bodies: &["CPS {P}", "the CPS {P} Area", "CPS {P} and {Q}"],
        units: &["units", "casework units", "offices", "local units"],
        files: &["files", "case files", "prosecution files", "casework files"],
        breakdown: &[
            "allegations of rape",
            "domestic abuse cases",
            "cases involving youths",
            "hate crime cases",
            "custody time limit cases",
            "cases of serious sexual offences",
        ],
        about: &[
            "HMCPSI is an independent statutory body established by the Crown Prosecution Service Inspectorate Act 2000, which came into force on 1 October 2000. The Chief Inspector is appointed by, and reports to, the Attorney General.",
            "HMCPSI is the independent inspectorate for the CPS. The Chief Inspector reports to the Attorney General.",
        ],
    },
    Inspectorate {
        full: &[
            "Her Majesty's Inspectorate of Constabulary",
            "HM Inspectorate of Constabulary",
        ],
        acronym: "HMIC",
        mention: "HMIC",
        chief: "HM Chief Inspector of Constabulary",
        bodies: &["{P} Constabulary", "{P} Police", "{P} Police Service"],
        units: &[
            "basic command units (BCUs)",
            "local policing areas",
            "divisions",
            "police stations",
            "custody suites",
        ],
        files: &["case files", "incident records", "crime records", "files"],
        breakdown: &[
            "reports of domestic abuse",
            "missing person reports",
            "child protection referrals",
            "reports of anti-social behaviour",
        ],
        about: &[
            "HMIC is an inspectorate that stands apart from both the police and government. Its reports tell the public how well their local force is performing.",
            "HMIC is an independent inspectorate which assesses the efficiency and effectiveness of police forces in the public interest.",
        ],
    },
    Inspectorate {
        full: &["HM Inspectorate of Constabulary and Fire & Rescue Services"],
        acronym: "HMICFRS",
        mention: "HMICFRS",
        chief: "HM Chief Inspector of Fire & Rescue Services",
        bodies: &[
            "{P} Fire and Rescue Service",
            "{P} Police",
            "{P} Constabulary",
        ],
        units: &[
            "fire stations",
            "police stations",
            "custody suites",
            "command units",
        ],
        files: &["case files", "incident records", "crime reports"],
        breakdown: &[
            "reports of domestic abuse",
            "fire safety audits",
            "stalking cases",
        ],
        about: &[
            "HMICFRS independently assesses the effectiveness and efficiency of police forces and fire and rescue services in England and Wales.",
            "HMICFRS began inspecting fire and rescue services in England in 2018.",
        ],
    },
    Inspectorate {
        full: &[
            "HM Inspectorate of Prisons",
            "Her Majesty's Inspectorate of Prisons",
        ],
        acronym: "HMI Prisons",
        mention: "HMI Prisons",
        chief: "HM Chief Inspector of Prisons",
        bodies: &["HMP {P}", "HMYOI {P}", "HMP/YOI {P}"],
        units: &["establishments", "prisons", "wings"],
        files: &["prisoner records", "case files", "use of force records"],
        breakdown: &["records of self-harm", "complaints", "segregation records"],
        about: &[
            "HM Inspectorate of Prisons is an independent inspectorate which reports on conditions for and treatment of those in prison, young offender institutions and immigration detention.",
            "HM Inspectorate of Prisons looks at how people are treated wherever they are held in detention, and publishes what it finds.",
        ],
    },
    Inspectorate {
        full: &["HM Inspectorate of Probation"],
        acronym: "HMI Probation",
        mention: "HMI Probation",
        chief: "HM Chief Inspector of Probation",
        bodies: &[
            "{P} Community Rehabilitation Company",
            "the {P} probation region",
            "{P} Youth Offending Service",
        ],
        units: &[
            "probation offices",
            "probation delivery units (PDUs)",
            "local delivery units",
            "offices",
            "youth offending teams",
        ],
        files: &["cases", "case files", "court disposals"],
        breakdown: &[
            "cases where the individual had been released from custody",
            "out-of-court disposals",
            "domestic abuse cases",
        ],
        about: &[
            "HM Inspectorate of Probation is the independent inspector of youth offending and probation services in England and Wales.",
            "HM Inspectorate of Probation inspects probation providers and youth offending teams. It is funded by, but operates independently of, the Ministry of Justice.",
        ],
    },
    Inspectorate {
        full: &["Criminal Justice Inspection Northern Ireland"],
        acronym: "CJI",
        mention: "CJI",
        chief: "Chief Inspector of Criminal Justice in Northern Ireland",
        bodies: &[
            "the {P} Youth Diversion Service",
            "the Public Prosecution Service in {P}",
            "the {P} Victim and Witness Care Unit",
        ],
        units: &["area teams", "regional hubs", "offices", "courts"],
        files: &["case files", "victim files", "investigation files"],
        breakdown: &["files involving young people", "sexual offence files"],
        about: &[
            "CJI is an independent statutory inspectorate established under the Justice (Northern Ireland) Act 2002.",
        ],
    },
    Inspectorate {
        full: &["HM Inspectorate of Constabulary in Scotland"],
        acronym: "HMICS",
        mention: "HMICS",
        chief: "HM Chief Inspector of Constabulary in Scotland",
        bodies: &[
            "{P} Division",
            "{P} and {Q} Police",
            "{P} Division of Police Scotland",
        ],
        units: &[
            "divisions",
            "police stations",
            "local policing teams",
            "custody centres",
        ],
        files: &["incident records", "case files", "missing person reports"],
        breakdown: &[
            "high-risk missing person reports",
            "domestic abuse incidents",
        ],
        about: &[
            "HMICS is established under the Police and Fire Reform (Scotland) Act 2012 and provides independent scrutiny of Police Scotland and the Scottish Police Authority.",
        ],
    },
    Inspectorate {
        full: &["Inspectorate of Prosecution in Scotland"],
        acronym: "IPS",
        mention: "IPS",
        chief: "HM Chief Inspector of Prosecution in Scotland",
        bodies: &["the {P} Federation", "the {P} Sheriffdom", "COPFS in {P}"],
        units: &["Procurator Fiscal offices", "offices", "sheriff courts"],
        files: &["case files", "cases", "solemn case files"],
        breakdown: &["domestic abuse cases", "sexual offence cases"],
        about: &[
            "IPS is the independent inspectorate for the prosecution service in Scotland. It is required to report annually to the Lord Advocate.",
        ],
    },
    Inspectorate {
        full: &["Estyn"],
        acronym: "Estyn",
        mention: "Estyn",
        chief: "HM Chief Inspector of Education and Training in Wales",
        bodies: &[
            "pupil referral units in {P}",
            "{P} local authority",
            "{P} Youth Service",
        ],
        units: &["schools", "centres", "pupil referral units"],
        files: &["pupil records", "case files"],
        breakdown: &["records of pupils on part-time timetables"],
        about: &[
            "Estyn inspects education and training providers in Wales. It is funded by the Welsh Government but operates independently of it.",
        ],
    },
    Inspectorate {
        full: &["Care Quality Commission"],
        acronym: "CQC",
        mention: "CQC",
        chief: "Chief Inspector of Hospitals",
        bodies: &[
            "health care services in {P} prisons",
            "{P} Health and Justice services",
        ],
        units: &["prisons", "hospitals", "sites"],
        files: &["patient records", "clinical records"],
        breakdown: &[
            "records of patients with mental health needs",
            "medication records",
        ],
        about: &[
            "The Care Quality Commission is the independent regulator of health and adult social care in England.",
        ],
    },
];

/// Progress vocabularies: each annex uses one family.
const PROGRESS: [&[&str]; 11] = [
    &[
        "Achieved",
        "Substantial progress",
        "Limited progress",
        "No longer applicable",
    ],
    &["Fully achieved", "Partially achieved", "Not achieved"],
    &["Implemented", "Partially implemented", "Not implemented"],
    &["Met", "Partially met", "Not met"],
    &["Complete", "In progress", "Superseded"],
    &[
        "Good progress",
        "Reasonable progress",
        "Insufficient progress",
        "No meaningful progress",
    ],
    &["Fully implemented", "In progress", "Superseded"],
    &[
        "Strong progress",
        "Satisfactory progress",
        "Limited progress",
    ],
    &["Achieved", "Not fully embedded", "Not achieved"],
    &[
        "Fully achieved",
        "Partially achieved",
        "Not yet achieved",
        "Superseded",
    ],
    &["Achieved", "Partly achieved", "Not achieved", "Withdrawn"],
];

const ACTORS: [&str; 12] = [
    "The senior management team",
    "The Area",
    "The force",
    "The service",
    "Leaders",
    "Managers",
    "Unit heads",
    "Prosecutors",
    "Supervisors",
    "The federation",
    "The partnership",
    "Chief officers",
];
const ACTIONS: [&str; 24] = [
    "should ensure that cases are prepared and managed to a universally high standard",
    "should review its overall approach to allocating and managing its people resources",
    "should introduce a case progression team in each unit",
    "should publish a single call-handling standard for all divisions",
    "should agree a written referral protocol with the police",
    "should ensure that review dates are incorporated into all flexible working agreements",
    "should develop and implement a strategy to reduce violence",
    "should record their review of each risk assessment within 24 hours",
    "should improve the quality of letters to victims explaining decisions",
    "should establish a central referral desk for child protection concerns",
    "should make timely applications to admit hearsay and bad character evidence",
    "should agree response time standards for rural areas and monitor performance against them",
    "should introduce risk registers at district level, linked to business plans",
    "should evaluate the new management structures against the weaknesses previously identified",
    "should ensure that every eligible person has a sentence plan",
    "should review the handling of custody time limit cases",
    "should provide sufficient activity places for the whole population",
    "should set a local standard for the time taken to mark summary cases",
    "should share information about repeat victims with partner agencies",
    "should make sure that disclosure decisions are recorded on the case management system",
    "should publish its performance against its targets each year",
    "should give call handlers training in identifying vulnerability",
    "should commission an independent evaluation of reoffending outcomes",
    "should reduce the number of cases held by each responsible officer",
];
const QUALIFIERS: [&str; 14] = [
    "with particular reference to the early identification of key issues in the case",
    "so that the outcome of every hearing, and any actions arising, are recorded accurately",
    "in consultation with staff and partner agencies",
    "and report progress to the board each quarter",
    "within six months of the publication of this report",
    "using the existing case management system rather than a separate one",
    "including those on temporary contracts",
    "and this should be monitored by the command team",
    "taking account of the views of victims and witnesses",
    "so that resources are directed to the front line",
    "and ensure that backlogs do not recur",
    "at a time of increasing budget constraints",
    "in line with national guidance",
    "across all units and shifts",
];
const EXTRA: [&str; 10] = [
    "This needs to include reviewing the resource deployment and productivity of the central departments with a view to redeploying any excess capacity.",
    "The approach should be underpinned by appropriate training and by managers who check that it is applied consistently.",
    "Progress should be measured against clear targets agreed with partners.",
    "Particular attention should be paid to the most vulnerable victims.",
    "The results should be published on the website.",
    "Any new requests should be considered carefully against business needs.",
    "A highlight report should be devised for the board to provide a more effective update.",
    "This is also in the context of the aim to divert resources back to the front line as part of the resources model.",
    "The process should then be reviewed with the aim of implementing a more effective control structure.",
    "Staff should be consulted before any change is made.",
];

const FINDINGS: [&str; 24] = [
    "a performance management culture is being embedded and standards set, although there is still a wide range of performance across {units}",
    "the standard of charging advice needs to improve, as does compliance with the duties of disclosure",
    "recorded assaults had fallen by more than a third since the last inspection",
    "information held by the control room was still not routinely passed to the officers attending",
    "only {pct}% of the cases inspected contained a sufficient plan to keep other people safe",
    "feedback from victims is collected after every trial, though it is not yet used to improve the service",
    "in {pct}% of the files no risk assessment had been completed at the first report",
    "staff were committed and well supported by their line managers",
    "the library was open for just {n} hours a week",
    "few schemes had any means of measuring their own impact",
    "supervisors did not routinely check that crimes had been recorded within 24 hours",
    "a single telephone number is now given to every victim and witness at the start of their case",
    "health care services were reasonably good, although waits to see a GP had lengthened",
    "there was no joint training on the national file standard for new investigators",
    "the segregation unit was clean and used appropriately",
    "children's views were sought and used well in planning their work",
    "sound financial management, with reserves used to fund new equipment",
    "at any one time during the working day {pct}% of prisoners were locked in their cells",
    "the average time from charge to disposal was still more than {n} days",
    "well performing units had established effective systems and processes and monitored output closely",
    "the use of force was not always recorded properly, and its governance was weak",
    "senior leaders could not say who the scheme was for",
    "letters to victims were timely but too often used standard paragraphs",
    "the proportion of victims attending conferences had risen to {pct}%",
];

const PROSE: [&str; 28] = [
    "Since the original review the inspection team found that the structure of {body} had changed considerably: units had been joined to increase viability and economies of scale, coupled with a reduction in some management posts.",
    "More progress is still required to ensure casework is prepared and managed to a universally high standard. Improving outcomes for users also remains a challenge, although some units were showing sustained increases in performance.",
    "The senior management team has worked hard to instil a performance management culture, but the biggest challenge facing {body} remained the ability of managers to drive up performance at the individual level.",
    "Neighbourhood teams are now better known to the communities they serve, and {body} has invested in a central referral desk which is staffed around the clock.",
    "In {pct}% of the files the first risk assessment had been completed correctly, compared with {pct2}% at the time of the original inspection, but evidence of a supervisor reviewing that assessment was found in fewer than half.",
    "The conviction rate had risen to {pct}.{d}%, close to the national figure, and the proportion of cases in which the advice was judged fully compliant with the Code was {pct2}.{d}%.",
    "Health care was good, with nurses present in all the sites visited, but the provision for people with mental ill health remained a concern: some waited over 24 hours for assessment.",
    "Around a third waited more than two hours on busy evenings, and {n} children had been held overnight in the twelve months before the inspection.",
    "Leadership had strengthened considerably. Senior managers were visible, communicated well with staff and had built constructive relationships with partners.",
    "The quality of casework was improving but remained variable. Compliance with the duties of disclosure rose from {pct2}% in the original sample to {pct}% in this one.",
    "Staffing was the most pressing problem. There was a vacancy rate of {pct2}% among qualified staff, and some practitioners were responsible for more than {n} cases.",
    "Prevention work was poorly targeted. Home visits were not focused on the people most at risk, and only about half the planned number had been completed.",
    "Cases were now dealt with more quickly: {pct}% were handled within ten working days, compared with {pct2}% at the time of the original review.",
    "Inspectors were less reassured by the handling of repeat callers, where information held by the control room was still not routinely passed to the officers attending.",
    "Violent incidents had fallen by around a quarter and the new behaviour management scheme was starting to work. However, half of the people held were out of their cells for less than three hours a day.",
    "The delay between a referral and a decision had fallen from an average of {n} days to {n2} days, although it remained longer in the more rural areas.",
    "Decisions to cancel recorded crimes were generally correct and were properly authorised, but the force's own audit team had been reduced from six auditors to two.",
    "The service attended {big} incidents in the year to 31 March, of which {pct}% were fires. Crews responded quickly and worked well with neighbouring services.",
    "Communication with victims, however, remained patchy: in a quarter of the cases examined there was no record that the victim had been told the outcome.",
    "Inspectors also found that {body} had built good links with local housing providers, so that more people were being released into settled accommodation.",
    "The team also welcomed the proposed plan to extend the role of the specialist unit from solely giving advice on charging to providing start to finish management of cases.",
    "Work to prepare people for release was reasonably good. A new resettlement team had been set up, and {pct}% of those released in the previous six months had an address to go to.",
    "In our survey of {n3} people, {pct}% said they had a member of staff they could turn to with a problem, compared with {pct2}% at the last inspection.",
    "The average time between the first request for advice and a decision had risen from {n} days to {n2} days, and inspectors found a backlog of older cases.",
    "Inspectors found committed staff who were often going the extra mile for the people they dealt with, but good intentions were not matched by consistent supervision.",
    "Response times in the more remote parts of the area remained well behind the rest, and the proportion of calls answered within ten seconds had risen to {pct}%.",
    "The review found that governance arrangements had been simplified, with a single board now overseeing all of the change projects in place.",
    "{Body} serves a population of about {big} people and employs around {big2} staff.",
];

const QUOTES: [&str; 14] = [
    "Over the last 18 months the new senior management team has made substantial progress in implementing the recommendations of the previous report, which identified serious failings.",
    "The harder task, making sure that every risk assessment is checked by someone with the experience to challenge it, is only half done. I expect that work to be finished without delay.",
    "Staff were patient and courteous, and most of the people we spoke to told us they had felt safe.",
    "A training prison that cannot keep its men busy is not doing its job. That must be the priority now.",
    "Too often, risk was assessed once and then left. The leaders know what needs to change; they now need to make it happen, and quickly.",
    "What has not yet happened is a proper evaluation of whether the work actually keeps people out of the courts.",
    "The people of the area can have more confidence today that when they call the police their call will be answered promptly and dealt with properly.",
    "Victims are entitled to know what is happening in their case.",
    "Two years ago this was an organisation in difficulty. It is now clearly back on track, and the leadership team deserve credit.",
    "Good intentions are not enough. I want to see rapid progress on the recommendations in this report.",
    "We found staff who wanted to help, but the system they work within simply does not allow them to do so.",
    "Accurate recording is not a matter of bureaucracy. Every unrecorded crime is a victim who may not receive the service and the protection they need.",
    "The lack of progress on time out of cell is very disappointing and must now be the priority.",
    "I am confident that the partnership understands what needs to change, and we will be watching closely to make sure that it does.",
];

// ------------------------------------------------------------------ truth

/// What the generator put in a document, for checking the extractor.
#[derive(Default, Clone, Debug)]
pub struct Truth {
    pub embargo_date: Option<String>,
    pub embargo_time: Option<String>,
    pub inspectorates: Vec<&'static str>,
    pub units: Option<u32>,
    pub files: Option<u32>,
    pub recommendations: Option<u32>,
    pub annex_rows: usize,
    pub notes: usize,
    pub encoding: &'static str,
}

impl Truth {
    fn json(&self, index: u64, file: &str) -> String {
        fn opt<T: std::fmt::Display>(v: &Option<T>, quote: bool) -> String {
            match v {
                Some(v) if quote => format!("\"{v}\""),
                Some(v) => v.to_string(),
                None => "null".into(),
            }
        }
        format!(
            "{{\"index\":{index},\"file\":\"{file}\",\"encoding\":\"{}\",\"embargo\":{{\"date\":{},\"time\":{}}},\"inspectorates\":[{}],\"units\":{},\"files\":{},\"recommendations\":{},\"annex_rows\":{},\"notes\":{}}}",
            self.encoding,
            opt(&self.embargo_date, true),
            opt(&self.embargo_time, true),
            self.inspectorates
                .iter()
                .map(|a| format!("\"{a}\""))
                .collect::<Vec<_>>()
                .join(","),
            opt(&self.units, false),
            opt(&self.files, false),
            opt(&self.recommendations, false),
            self.annex_rows,
            self.notes,
        )
    }
}

// ------------------------------------------------------------------ document

struct Gen<'r> {
    rng: &'r mut Rng,
    truth: Truth,
    body: String,
    lead: &'static Inspectorate,
    all: Vec<&'static Inspectorate>,
    published: Date,
    wrap_width: Option<usize>,
}

fn place(rng: &mut Rng) -> String {
    let mut name = format!("{}{}", rng.pick(&ROOTS), rng.pick(&SUFFIXES));
    if rng.pct(12) {
        name = format!("{} {}", rng.pick(&QUARTERS), name);
    }
    name
}

fn unit_name(rng: &mut Rng) -> String {
    match rng.below(10) {
        0 => format!("{} and {}", place(rng), place(rng)),
        1 => format!(
            "{} ({})",
            place(rng),
            rng.pick(&["City", "North", "Rural", "West", "Central"])
        ),
        2 => format!("{}/{}", place(rng), place(rng)),
        3 => format!("{} House", place(rng)),
        _ => place(rng),
    }
}

fn person(rng: &mut Rng) -> (String, String) {
    let first = *rng.pick(&FIRST_NAMES);
    let mut last = (*rng.pick(&SURNAMES)).to_owned();
    if rng.pct(12) {
        last = format!("{}-{}", last, rng.pick(&SURNAMES));
    }
    let plain = format!("{first} {last}");
    let mut styled = plain.clone();
    if rng.pct(25) {
        styled = format!("{} {styled}", rng.pick(&HONORIFICS));
    }
    if rng.pct(30) {
        styled = format!("{styled} {}", rng.pick(&POST_NOMINALS));
    }
    (plain, styled)
}

impl Gen<'_> {
    fn fill(&mut self, template: &str) -> String {
        let mut s = template.to_owned();
        let pairs: [(&str, String); 11] = [
            ("{body}", self.body.clone()),
            ("{Body}", cap(&self.body)),
            ("{pct}", self.rng.range(30, 95).to_string()),
            ("{pct2}", self.rng.range(10, 60).to_string()),
            ("{d}", self.rng.range(0, 9).to_string()),
            ("{n}", self.rng.range(5, 70).to_string()),
            ("{n2}", self.rng.range(20, 90).to_string()),
            ("{n3}", self.rng.range(80, 400).to_string()),
            ("{big}", digits(self.rng.range(1_000, 990_000))),
            ("{big2}", digits(self.rng.range(600, 9_000))),
            ("{units}", self.lead.units[0].to_owned()),
        ];
        for (k, v) in pairs {
            if s.contains(k) {
                s = s.replace(k, &v);
            }
        }
        s
    }

    fn para(&self, text: &str) -> String {
        match self.wrap_width {
            Some(w) => wrap(text, w, "", ""),
            None => text.to_owned(),
        }
    }

    /// The date as an embargo line writes it; returns the text.
    fn date_text(&mut self, d: Date, upper: bool) -> String {
        let wd = d.weekday();
        let weekday = match self.rng.below(10) {
            0..=5 => format!("{} ", weekday_name(wd)),
            6 | 7 => format!("{} ", self.rng.pick(WEEKDAY_SHORT[wd])),
            _ => String::new(),
        };
        let th = if self.rng.pct(12) { ordinal(d.d) } else { "" };
        let month = month_word(self.rng, d.m, 6);
        let s = match self.rng.below(40) {
            0 => format!("{:02}/{:02}/{}", d.d, d.m, d.y),
            1 => d.iso(),
            _ => format!("{weekday}{}{th} {month} {}", d.d, d.y),
        };
        if upper { s.to_uppercase() } else { s }
    }

    /// An embargo time, as (text, "HH:MM").
    fn time_text(&mut self) -> (String, String) {
        let forms: &[(&str, &str)] = &[
            ("00:01", "00:01"),
            ("00:01", "00:01"),
            ("00.01", "00:01"),
            ("0001", "00:01"),
            ("0001hrs", "00:01"),
            ("00:01 hrs", "00:01"),
            ("00.01 HRS", "00:01"),
            ("00:01 Hrs", "00:01"),
            ("00.01am", "00:01"),
            ("12.01am", "00:01"),
            ("00:01 BST", "00:01"),
            ("00:01 GMT", "00:01"),
            ("9am", "09:00"),
            ("9.30am", "09:30"),
            ("10.30am", "10:30"),
            ("10:00", "10:00"),
            ("8:30 a.m.", "08:30"),
            ("11am", "11:00"),
            ("noon", "12:00"),
            ("12 noon", "12:00"),
            ("midnight (00:00)", "00:00"),
            ("14:00", "14:00"),
        ];
        let (t, hm) = *self.rng.pick(forms);
        (t.to_owned(), hm.to_owned())
    }

    /// Header lines: release label, inspectorate names, embargo.
    fn header(&mut self, blocks: &mut Vec<String>) {
        let date = self.published;
        let label = *self.rng.pick(&[
            "PRESS RELEASE",
            "Press release",
            "NEWS RELEASE",
            "News release",
            "Press notice",
            "Media release",
            "MEDIA RELEASE",
        ]);
        let label = if self.all.len() > 1 && self.rng.pct(50) {
            if label.chars().all(|c| !c.is_lowercase()) {
                format!("JOINT {label}")
            } else {
                format!("Joint {}", label.to_lowercase())
            }
        } else {
            label.to_owned()
        };
        let upper = self.rng.pct(20);
        let embargo_kind = self.rng.below(100);
        let mut embargo = None;
        let mut extra_date = None;
        if embargo_kind < 90 {
            let (t, hm) = self.time_text();
            let dt = self.date_text(date, upper);
            let t = if upper { t.to_uppercase() } else { t };
            let line = match self.rng.below(19) {
                0 => format!("Embargoed until {t} {dt}"),
                1 => format!("EMBARGOED UNTIL {t} {dt}").to_uppercase(),
                2 => {
                    format!("EMBARGO: NOT FOR PUBLICATION BEFORE {t} HOURS ON {dt}").to_uppercase()
                }
                3 => format!("Under embargo until {t} on {dt}"),
                4 => format!("Not for publication before {t} on {dt}"),
                5 => format!("Strictly embargoed until {t}, {dt}"),
                6 => format!("Embargo: {t} {dt}"),
                7 => format!("EMBARGO \u{2013} {t}, {dt}"),
                8 => format!("Embargoed: {t} {dt}"),
                9 => format!("EMBARGOED UNTIL: {t} {dt}"),
                10 => format!("Embargoed for publication until {t} {dt}"),
                11 => format!("Not for publication until {t} {dt}"),
                12 => format!("Press Release Embargoed until {t} {dt}"),
                13 => format!("Embargoed until {t}, {dt}"),
                14 => format!("Embargo: {dt} {t}"),
                15 => {
                    // Letter-spaced, as a PDF extraction gives it.
                    format!("E M B A R G O E D   U N T I L   {t} {dt}")
                }
                16 => format!("Embargoed until {t} on {dt}"),
                17 => {
                    // Year omitted; the date of issue carries it.
                    let issue = date.add_days(-1);
                    extra_date = Some(format!(
                        "Date of issue: {} {}",
                        weekday_name(issue.weekday()),
                        issue.long()
                    ));
                    let month = month_name(date.m).to_uppercase();
                    let wd = WEEKDAY_SHORT[date.weekday()][0].to_uppercase();
                    format!(
                        "EMBARGOED UNTIL {} ON {wd} {} {month}",
                        t.to_uppercase(),
                        date.d
                    )
                }
                _ => format!("Embargoed until {t} {dt}"),
            };
            embargo = Some(line);
            self.truth.embargo_date = Some(date.iso());
            self.truth.embargo_time = Some(hm);
        } else if embargo_kind < 95 {
            extra_date = Some(format!("For immediate release\nDate: {}", date.long()));
        } else {
            extra_date = Some(format!("Embargo: none\nDate: {}", date.long()));
        }

        let names: Vec<String> = self
            .all
            .clone()
            .iter()
            .map(|i| {
                let n = (*self.rng.pick(i.full)).to_owned();
                if upper || self.rng.pct(10) {
                    n.to_uppercase()
                } else {
                    n
                }
            })
            .collect();
        let mut head = Vec::new();
        match self.rng.below(5) {
            0 => {
                head.push(label.clone());
                head.extend(embargo.clone());
                head.push(String::new());
                head.extend(names.iter().cloned());
            }
            1 => {
                head.extend(names.iter().cloned());
                head.push(String::new());
                head.extend(embargo.clone());
                head.push(String::new());
                head.push(label.clone());
            }
            2 => {
                if let Some(e) = &embargo {
                    let pad = " ".repeat(self.rng.range(6, 34) as usize);
                    head.push(format!("{label}{pad}{e}"));
                } else {
                    head.push(label.clone());
                }
                head.push(String::new());
                head.extend(names.iter().cloned());
            }
            3 => {
                head.extend(embargo.clone());
                head.push(String::new());
                head.push(label.clone());
                head.push(String::new());
                head.push(names.join(" | "));
            }
            _ => {
                head.extend(names.iter().cloned());
                head.push(label.clone());
                head.push(String::new());
                head.extend(embargo.clone());
            }
        }
        if let Some(extra) = extra_date {
            head.push(String::new());
            head.push(extra);
        }
        if self.rng.pct(10) {
            let pad = " ".repeat(self.rng.range(10, 60) as usize);
            head[0] = format!("{pad}{}", head[0].trim_start());
        }
        blocks.push(head.join("\n"));
    }

    fn web_chrome(&mut self) -> (String, String) {
        let org = self.lead.full[0];
        let top = format!(
            "Skip to main content\n\nCookies on this website\nWe use some essential cookies to make this website work. We would also like to set optional cookies that show us how the site is used.\nAccept all cookies    Reject optional cookies    View cookie settings\n\n{org}\nMenu\nAbout us | Our work | Inspections | Publications | News | Contact us\nSearch this site\n\nHome > News > Press releases\n\nPublished: {}",
            self.published.long()
        );
        let bottom = format!(
            "Related downloads\n{} (PDF, {}.{} MB)\n\nShare this page\nFacebook | Twitter | LinkedIn | Email\n\nIs this page useful?    Yes    No\nReport a problem with this page\n\nAccessibility statement | Cookies | Privacy notice | Contact us\n\u{a9} Crown copyright",
            self.title_short(),
            self.rng.range(1, 9),
            self.rng.range(0, 9)
        );
        (top, bottom)
    }

    fn title_short(&self) -> String {
        format!("Inspection of {}", self.body)
    }

    fn run(&mut self) -> String {
        let mut blocks: Vec<String> = Vec::new();
        let web = self.rng.pct(8);
        let (web_top, web_bottom) = if web {
            self.web_chrome()
        } else {
            Default::default()
        };
        if web {
            blocks.push(web_top);
        }
        self.header(&mut blocks);

        // Title and headline.
        let kind = *self.rng.pick(&[
            "Follow-up inspection of",
            "Follow-up review of",
            "Inspection of",
            "Independent review of progress:",
            "Joint inspection of",
            "Thematic inspection of",
            "Quality & Impact inspection:",
        ]);
        let full = *self.rng.pick(self.lead.full);
        let title = match self.rng.below(3) {
            0 => format!("{full}: {kind} {}", self.body),
            1 => format!(
                "{} - {} {}",
                cap(&self.body),
                kind.trim_end_matches(':').to_lowercase(),
                self.topic()
            ),
            _ => format!(
                "{}: {} {}",
                cap(&self.body),
                kind.trim_end_matches(':'),
                self.topic()
            ),
        };
        blocks.push(self.para(&title));
        let headline = format!(
            "{} {}",
            cap(&self.body),
            self.rng.pick(&[
                "has addressed serious concerns but more progress still required",
                "\"back on track\" but disclosure remains a weakness",
                "must do more to protect children who go missing, says inspectorate",
                "- safer, but too little for people to do",
                "\"stretched too thin\" to protect the public - inspectors",
                "has built on strong foundations",
                "makes steady progress, but supervision of risk still lags behind",
                "good at responding, but must look after its people better",
            ])
        );
        let headline = if self.rng.pct(25) {
            headline.to_uppercase()
        } else {
            headline
        };
        blocks.push(self.para(&headline));

        // Opening paragraph names the inspectorates with acronyms.
        let mut names = Vec::new();
        for i in self.all.clone() {
            names.push(format!("{} ({})", self.rng.pick(i.full), i.mention));
        }
        let joined = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!("{}, {} and {}", names[0], names[1], names[2]),
        };
        let verb = if names.len() > 1 { "have" } else { "has" };
        let prev_year = self.published.y - self.rng.range(1, 3);
        let total = self.rng.range(6, 22);
        let family = *self.rng.pick(&PROGRESS);
        let has_recs = self.rng.pct(85);
        let opening = format!(
            "{joined} {verb} today published {} of {}. {}",
            self.rng.pick(&[
                "its report of the follow-up inspection",
                "a follow-up review",
                "the report of an inspection",
                "the findings of a joint inspection"
            ]),
            self.body,
            if has_recs {
                format!(
                    "The original inspection, published in {} {prev_year}, made {} recommendations.",
                    month_name(self.rng.below(12) as u32 + 1),
                    count(self.rng, total)
                )
            } else {
                String::new()
            }
        );
        blocks.push(self.para(opening.trim_end()));

        // Units and files.
        let unit_noun = *self.rng.pick(self.lead.units);
        let of_total = self.rng.range(3, 14);
        let visited = self.rng.range(2, of_total.min(8));
        let unit_names: Vec<String> = (0..visited).map(|_| unit_name(self.rng)).collect();
        let units_style = self.rng.below(6);
        let list_inline = |names: &[String]| -> String {
            let (last, rest) = names.split_last().expect("two or more");
            format!("{} and {}", rest.join(", "), last)
        };
        let has_units = self.rng.pct(90);
        let mut units_note = None;
        if has_units {
            self.truth.units = Some(visited);
            let lead = match self.rng.below(4) {
                0 => format!(
                    "Inspectors visited {} of {}'s {} {unit_noun}",
                    count(self.rng, visited),
                    self.body,
                    count(self.rng, of_total)
                ),
                1 => format!(
                    "{} visited {} {unit_noun}",
                    self.lead.mention,
                    count(self.rng, visited)
                ),
                2 => format!(
                    "{} is organised into {} {unit_noun}. Inspectors visited {} of them",
                    cap(&self.body),
                    count(self.rng, of_total),
                    count(self.rng, visited)
                ),
                _ => format!(
                    "When inspectors returned, they visited {} of the {} {unit_noun}",
                    count(self.rng, visited),
                    count(self.rng, of_total)
                ),
            };
            let text = match units_style {
                0 => format!("{lead}: {}.", list_inline(&unit_names)),
                1 => format!("{lead} ({}).", list_inline(&unit_names)),
                2 => {
                    let bullet = *self.rng.pick(&["    \u{2022}  ", "- ", "  * ", "   -  "]);
                    let items: Vec<String> =
                        unit_names.iter().map(|n| format!("{bullet}{n}")).collect();
                    format!("{}:\n\n{}", self.para(&lead), items.join("\n"))
                }
                3 => {
                    units_note = Some(format!(
                        "The {unit_noun} visited were: {}; and {}.",
                        unit_names[..unit_names.len() - 1].join("; "),
                        unit_names[unit_names.len() - 1]
                    ));
                    format!("{lead}.")
                }
                _ => format!("{lead}, at {}.", list_inline(&unit_names)),
            };
            if units_style == 2 {
                blocks.push(text);
            } else {
                blocks.push(self.para(&text));
            }
        }
        if self.rng.pct(88) {
            let n = self.rng.range(24, 480);
            let file_noun = *self.rng.pick(self.lead.files);
            let text = match self.rng.below(6) {
                0 | 1 => {
                    let k = self.rng.range(3, n / 3);
                    format!(
                        "Inspectors examined a total of {} {file_noun}, including {} {}.",
                        count(self.rng, n),
                        count(self.rng, k),
                        self.rng.pick(self.lead.breakdown)
                    )
                }
                2 => {
                    let a = self.rng.range(n / 4, n * 3 / 4);
                    format!(
                        "They examined {} {file_noun}: {} summary and {} solemn.",
                        digits(n),
                        digits(a),
                        digits(n - a)
                    )
                }
                3 => format!(
                    "The team read {} {file_noun} and interviewed staff at all levels.",
                    count(self.rng, n)
                ),
                4 => {
                    let a = self.rng.range(2, n / 3);
                    let b = self.rng.range(2, n / 3);
                    format!(
                        "Inspectors examined {} {file_noun}, including {} {} and {} {}.",
                        count(self.rng, n),
                        count(self.rng, a),
                        self.lead.breakdown[0],
                        count(self.rng, b),
                        self.rng.pick(self.lead.breakdown)
                    )
                }
                _ => {
                    let people = self.rng.range(10, 90);
                    format!(
                        "Inspectors examined {} {file_noun} and spoke to {} people.",
                        count(self.rng, n),
                        count(self.rng, people)
                    )
                }
            };
            self.truth.files = Some(n);
            blocks.push(self.para(&text));
        }

        // Progress summary.
        let mut labels: Vec<&str> = Vec::with_capacity(total as usize);
        if has_recs {
            self.truth.recommendations = Some(total);
            let mut left = total;
            let mut tallies = Vec::new();
            for (i, l) in family.iter().enumerate() {
                let n = if i + 1 == family.len() {
                    left
                } else {
                    self.rng.range(0, left)
                };
                left -= n;
                if n > 0 {
                    tallies.push((n, *l));
                    labels.extend(std::iter::repeat_n(*l, n as usize));
                }
            }
            self.rng.shuffle(&mut labels);
            let parts: Vec<String> = tallies
                .iter()
                .enumerate()
                .map(|(i, (n, l))| {
                    let l = l.to_lowercase();
                    if i == 0 {
                        format!("{} had been {l}", count(self.rng, *n))
                    } else {
                        format!("{} {l}", count(self.rng, *n))
                    }
                })
                .collect();
            let list = match parts.len() {
                1 => parts[0].clone(),
                _ => format!(
                    "{} and {}",
                    parts[..parts.len() - 1].join(", "),
                    parts[parts.len() - 1]
                ),
            };
            let summary = format!("Of the {} recommendations, {list}.", count(self.rng, total));
            blocks.push(self.para(&summary));
        }

        // Prose and findings.
        for _ in 0..self.rng.range(5, 9) {
            let mut t = String::new();
            for _ in 0..self.rng.range(2, 3) {
                let s = *self.rng.pick(&PROSE);
                let s = self.fill(s);
                if !t.is_empty() {
                    t.push(' ');
                }
                t.push_str(&s);
            }
            blocks.push(self.para(&t));
        }
        let findings_in_body = self.rng.pct(55);
        if findings_in_body {
            let intro = *self.rng.pick(&[
                "Inspectors found that:",
                "The inspection found that:",
                "Key findings:",
                "Inspectors also found:",
                "However, inspectors were concerned that:",
            ]);
            let bullet =
                *self
                    .rng
                    .pick(&["  - ", "- ", "  \u{2022}  ", "   -  ", "  * ", "\u{2013} "]);
            let n = self.rng.range(3, 6);
            let items: Vec<String> = (0..n)
                .map(|i| {
                    let f = *self.rng.pick(&FINDINGS);
                    let f = self.fill(f);
                    let end = if i + 1 == n {
                        "."
                    } else if i + 2 == n {
                        "; and"
                    } else {
                        ";"
                    };
                    match self.wrap_width {
                        Some(w) => wrap(
                            &format!("{f}{end}"),
                            w,
                            &" ".repeat(bullet.chars().count()),
                            bullet,
                        ),
                        None => format!("{bullet}{f}{end}"),
                    }
                })
                .collect();
            blocks.push(format!("{intro}\n\n{}", items.join("\n")));
        }

        // The quote.
        let (_plain, styled) = person(self.rng);
        let deputy = self.rng.pct(10);
        let role = if deputy {
            self.lead
                .chief
                .replace("Chief Inspector", "Deputy Chief Inspector")
        } else {
            self.lead.chief.to_owned()
        };
        let q1 = format!("{} {}", self.rng.pick(&QUOTES), self.rng.pick(&QUOTES));
        let q2 = format!("{} {}", self.rng.pick(&QUOTES), self.rng.pick(&QUOTES));
        match self.rng.below(3) {
            0 => {
                blocks.push(format!("{role}, {styled}, said:"));
                blocks.push(self.para(&format!("\"{q1} {q2}\"")));
            }
            1 => {
                blocks.push(format!("{styled}, {role}, said:"));
                blocks.push(self.para(&format!("\"{q1}\"")));
                blocks.push(self.para(&format!("\"{q2}\"")));
            }
            _ => blocks.push(self.para(&format!("\"{q1} {q2}\" said {styled}, {role}."))),
        }
        if self.rng.pct(30) {
            let (_, other) = person(self.rng);
            blocks.push(format!(
                "{other}, Chief Executive of {}, said:",
                cap(&self.body)
            ));
            blocks.push(self.para(
                "\"We accept the findings of this report and have already started work on an action plan. We will act on every one of the recommendations.\"",
            ));
        }
        let ends = *self.rng.pick(&[
            "-ends-",
            "- ENDS -",
            "ENDS",
            "END",
            "-- ENDS --",
            "-ENDS-",
            "Ends",
        ]);
        if self.rng.pct(90) {
            if self.rng.pct(50) {
                blocks.push(format!(
                    "{}{ends}",
                    " ".repeat(self.rng.range(20, 40) as usize)
                ));
            } else {
                blocks.push(ends.to_owned());
            }
        }

        // Notes to editors.
        let annex_first = self.rng.pct(12);
        let annex = if has_recs && self.rng.pct(75) {
            Some(self.annex(&labels, total, prev_year))
        } else {
            None
        };
        if annex_first {
            if let Some(a) = &annex {
                blocks.push(a.clone());
            }
        }
        if self.rng.pct(90) {
            let heading = *self.rng.pick(&[
                "Notes to editors",
                "Notes to editors:",
                "NOTES TO EDITORS",
                "Notes to Editors",
                "Notes for editors",
            ]);
            let mut notes: Vec<String> = Vec::new();
            if !findings_in_body && self.rng.pct(50) {
                let n = self.rng.range(3, 5);
                let subs: Vec<String> = (0..n)
                    .map(|_| {
                        let f = *self.rng.pick(&FINDINGS);
                        format!(" - {}.", cap(&self.fill(f)))
                    })
                    .collect();
                notes.push(format!(
                    "A summary of the report's key findings:\n{}",
                    subs.join("\n")
                ));
            }
            notes.push((*self.rng.pick(self.lead.about)).to_owned());
            notes.push(self.fieldwork());
            if let Some(u) = units_note.take() {
                notes.push(u);
            }
            if annex.is_some() {
                notes.push(
                    "Progress against each recommendation is set out at the annex below.".into(),
                );
            }
            notes.push(format!(
                "Media enquiries should be directed to the {} press office on 020 7946 0{:03}.",
                self.lead.mention,
                self.rng.range(0, 999)
            ));
            if self.rng.pct(50) {
                notes.push("An embargoed copy of the report is available on request.".into());
            }
            self.rng.shuffle(&mut notes[1..]);
            self.truth.notes = notes.len();
            let style = self.rng.below(5);
            let body: Vec<String> = notes
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    let k = i + 1;
                    let (first, rest) = match style {
                        0 => (format!("{k}.  "), "    ".to_owned()),
                        1 => (format!("{k}) "), "   ".to_owned()),
                        2 => (format!("- {k} "), "  ".to_owned()),
                        3 => (format!("{k}\t"), "\t".to_owned()),
                        _ => (format!("{k}. "), "   ".to_owned()),
                    };
                    // Keep sub-bullet lines of the key findings note as they are.
                    let mut lines = n.lines();
                    let head = lines.next().unwrap_or("");
                    let mut out = match self.wrap_width {
                        Some(w) => wrap(head, w, &rest, &first),
                        None => format!("{first}{head}"),
                    };
                    for l in lines {
                        out.push('\n');
                        out.push_str(l);
                    }
                    out
                })
                .collect();
            let sep = if self.rng.pct(40) { "\n\n" } else { "\n" };
            blocks.push(format!("{heading}\n\n{}", body.join(sep)));
        } else if let Some(u) = units_note.take() {
            blocks.push(self.para(&u));
        }
        if !annex_first {
            if let Some(a) = annex {
                blocks.push(a);
            }
        }
        if self.rng.pct(35) {
            let pad = " ".repeat(self.rng.range(30, 66) as usize);
            blocks.push(match self.rng.below(3) {
                0 => format!("{pad}- 1 -"),
                1 => format!("{pad}Page 1 of 1"),
                _ => format!("{pad}{}  |  Page 1", self.lead.mention),
            });
        }
        if web {
            blocks.push(web_bottom);
        }
        let sep = if self.rng.pct(20) { "\n\n\n" } else { "\n\n" };
        let mut doc = blocks.join(sep);
        doc.push('\n');
        doc
    }

    fn topic(&mut self) -> String {
        (*self.rng.pick(&[
            "public protection and neighbourhood policing",
            "case preparation",
            "call handling",
            "the handling of domestic abuse cases",
            "child protection",
            "resettlement services",
            "crime data integrity",
            "victim and witness care",
            "custody arrangements",
            "youth offending services",
        ]))
        .to_owned()
    }

    fn fieldwork(&mut self) -> String {
        let end = self.published.add_days(-(self.rng.range(30, 150) as i32));
        let start = end.add_days(-(self.rng.range(2, 40) as i32));
        let with_year = self.rng.pct(60);
        let y = |d: Date| {
            if with_year {
                format!(" {}", d.y)
            } else {
                String::new()
            }
        };
        let same_month = start.m == end.m && start.y == end.y;
        let range = match self.rng.below(5) {
            0 => format!(
                "between {} {} and {} {}{}",
                start.d,
                start.month(),
                end.d,
                end.month(),
                y(end)
            ),
            1 => format!(
                "from {} {} to {} {}{}",
                start.d,
                start.month(),
                end.d,
                end.month(),
                y(end)
            ),
            2 if same_month => format!(
                "from {}\u{2013}{} {}{}",
                start.d,
                end.d,
                end.month(),
                y(end)
            ),
            3 if same_month => format!(
                "between {} and {} {}{}",
                start.d,
                end.d,
                end.month(),
                y(end)
            ),
            _ => format!(
                "{} {}{} - {} {}{}",
                start.d,
                start.month(),
                if start.y != end.y {
                    format!(" {}", start.y)
                } else {
                    String::new()
                },
                end.d,
                end.month(),
                y(end)
            ),
        };
        let s = match self.rng.below(4) {
            0 => format!("Fieldwork took place {range}."),
            1 => format!("The fieldwork for this inspection took place {range}."),
            2 => format!("This inspection was carried out {range}."),
            _ => format!("Inspectors visited {range}."),
        };
        s.replace("took place 2", "took place on 2") // harmless variety
    }

    /// The annex table, in one of the corpus's layouts.
    fn annex(&mut self, labels: &[&str], total: u32, year: u32) -> String {
        self.truth.annex_rows = labels.len();
        let heading = match self.rng.below(6) {
            0 => "Annex A: Progress against recommendations".to_owned(),
            1 => format!("Annex A - Progress against the {year} recommendations"),
            2 => "Appendix 1: Progress against recommendations".to_owned(),
            3 => "Table 1: Progress against recommendations".to_owned(),
            4 => format!("Annex: Status of {year} recommendations"),
            _ => "Progress against key recommendations".to_owned(),
        };
        let numbering = self.rng.below(10);
        let number = |i: usize| -> String {
            match numbering {
                0 => format!("R{}", i + 1),
                1 => ((b'A' + (i % 26) as u8) as char).to_string(),
                _ => (i + 1).to_string(),
            }
        };
        let (h_no, h_rec, h_prog) = (
            *self
                .rng
                .pick(&["No.", "Ref", "No", "Number", "Recommendation"]),
            "Recommendation",
            *self
                .rng
                .pick(&["Progress", "Status", "Assessment", "Judgement"]),
        );
        let h_no = if h_no == "Recommendation" {
            "No."
        } else {
            h_no
        };
        let texts: Vec<String> = (0..total as usize)
            .map(|_| {
                let mut t = format!("{} {}", self.rng.pick(&ACTORS), self.rng.pick(&ACTIONS));
                if self.rng.pct(60) {
                    t = format!("{t} {}", self.rng.pick(&QUALIFIERS));
                }
                t.push('.');
                for _ in 0..self.rng.range(1, 4) {
                    t = format!("{t} {}", self.rng.pick(&EXTRA));
                }
                t
            })
            .collect();
        let layout = self.rng.below(4);
        let rows_per_page = if self.rng.pct(50) {
            self.rng.range(4, 9) as usize
        } else {
            usize::MAX
        };
        let pages = labels
            .len()
            .div_ceil(rows_per_page.min(labels.len().max(1)))
            + 1;
        let footer_text = format!("{}: {}", cap(&self.body), "follow-up inspection");
        let mut out = String::new();
        out.push_str(&heading);
        out.push_str("\n\n");
        let width = self.rng.range(40, 64) as usize;
        let header = |layout: usize| -> String {
            match layout {
                0 => format!("{h_no}\t{h_rec}\t{h_prog}\n"),
                1 => format!("{h_no:<6}{h_rec:<w$}{h_prog}\n", w = width + 2),
                2 => format!(
                    "| {h_no:<4}| {h_rec:<w$} | {h_prog:<22}|\n|-----|-{}-|-----------------------|\n",
                    "-".repeat(width),
                    w = width
                ),
                _ => format!("| {h_no} | {h_rec} | {h_prog} |\n"),
            }
        };
        out.push_str(&header(layout));
        let wrapped = self.rng.pct(70);
        for (i, (label, text)) in labels.iter().zip(&texts).enumerate() {
            if i > 0 && i % rows_per_page == 0 {
                let page = i / rows_per_page + 1;
                let ff = if self.rng.pct(20) { "\u{c}" } else { "" };
                let _ = write!(
                    out,
                    "\n{footer_text}\t\t\tPage {page} of {pages}\n{ff}\n{}",
                    header(layout)
                );
            }
            let n = number(i);
            let lines: Vec<String> = if wrapped {
                wrap(text, width, "", "")
                    .lines()
                    .map(str::to_owned)
                    .collect()
            } else {
                vec![text.clone()]
            };
            match layout {
                0 => {
                    let _ = writeln!(out, "{n}\t{}\t{label}", lines[0]);
                    for l in &lines[1..] {
                        let _ = writeln!(out, "\t{l}");
                    }
                }
                1 => {
                    let _ = writeln!(out, "{n:<6}{:<w$}  {label}", lines[0], w = width);
                    for l in &lines[1..] {
                        let _ = writeln!(out, "      {l}");
                    }
                }
                2 => {
                    let _ = writeln!(out, "| {n:<4}| {:<w$} | {label:<22}|", lines[0], w = width);
                    for l in &lines[1..] {
                        let _ = writeln!(out, "|     | {l:<w$} | {:<22}|", "", w = width);
                    }
                }
                _ => {
                    if lines.len() > 1 && self.rng.pct(30) {
                        let _ = writeln!(out, "| {n} | {} | {label} |", lines[0]);
                        for l in &lines[1..] {
                            let _ = writeln!(out, "    {l}");
                        }
                    } else {
                        let _ = writeln!(out, "| {n} | {} | {label} |", text);
                    }
                }
            }
        }
        let _ = write!(out, "\n{footer_text}\t\t\tPage {pages} of {pages}");
        out
    }
}

/// Windows-1252 for the characters the generator uses; `None` if any other.
fn to_cp1252(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let b = match c {
            '\u{0}'..='\u{7f}' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '\u{2013}' => 0x96,
            '\u{2014}' => 0x97,
            '\u{2018}' => 0x91,
            '\u{2019}' => 0x92,
            '\u{201c}' => 0x93,
            '\u{201d}' => 0x94,
            '\u{2022}' => 0x95,
            _ => return None,
        };
        out.push(b);
    }
    Some(out)
}

/// Document `index` for `seed`, with what it holds. `attempt` redraws it.
pub fn document(seed: u64, index: u64, attempt: u64, plain: bool) -> (Vec<u8>, Truth) {
    let mut rng = Rng::new(mix(seed
        ^ mix(index.wrapping_add(1))
        ^ attempt.wrapping_mul(0xA24B_AED4_963E_E407)));
    let joint = rng.pct(15);
    let lead_i = rng.below(INSPECTORATES.len());
    let lead = &INSPECTORATES[lead_i];
    let mut all = vec![lead];
    if joint {
        for _ in 0..rng.range(1, 2) {
            let other = &INSPECTORATES[rng.below(8)];
            if !all.iter().any(|i| std::ptr::eq(*i, other)) {
                all.push(other);
            }
        }
    }
    let p = place(&mut rng);
    let q = place(&mut rng);
    let body = rng.pick(lead.bodies).replace("{P}", &p).replace("{Q}", &q);
    let published = Date {
        y: rng.range(2006, 2024),
        m: rng.range(1, 12),
        d: 1,
    };
    let published = Date {
        d: rng.range(1, days_in(published.y, published.m)),
        ..published
    };
    let wrap_width = if rng.pct(45) {
        Some(rng.range(70, 82) as usize)
    } else {
        None
    };
    let mut g = Gen {
        rng: &mut rng,
        truth: Truth::default(),
        body,
        lead,
        all: all.clone(),
        published,
        wrap_width,
    };
    g.truth.inspectorates = all.iter().map(|i| i.acronym).collect();
    let mut text = g.run();
    let mut truth = g.truth;
    truth.encoding = "utf-8";
    if plain {
        return (text.into_bytes(), truth);
    }
    // A few documents with the corpus's other encodings and line ends.
    let r = rng.below(1000);
    if r < 40 {
        text = text.replace('\n', "\r\n");
    } else if r < 50 {
        text = text.replace('\n', "\r");
    } else if r < 60 {
        // Non-breaking spaces between numbers and words.
        text = text.replacen(" recommendations", "\u{a0}recommendations", 2);
    }
    let r = rng.below(1000);
    let bytes = if r < 20 {
        truth.encoding = "utf-8-bom";
        let mut b = "\u{feff}".as_bytes().to_vec();
        b.extend_from_slice(text.as_bytes());
        b
    } else if r < 40 {
        match to_cp1252(&text) {
            Some(b) => {
                truth.encoding = "windows-1252";
                b
            }
            None => text.into_bytes(),
        }
    } else if r < 55 {
        truth.encoding = "utf-16le";
        let mut b = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        b
    } else {
        text.into_bytes()
    };
    (bytes, truth)
}

/// Documents `0..count` for `seed`, none equal to another, each passed to
/// `sink` with its truth.
pub fn generate(seed: u64, count: u64, plain: bool, mut sink: impl FnMut(u64, &[u8], &Truth)) {
    let mut seen: HashSet<u64> = HashSet::with_capacity(count as usize);
    for index in 0..count {
        let mut attempt = 0;
        loop {
            let (bytes, truth) = document(seed, index, attempt, plain);
            if seen.insert(fnv1a(&bytes)) {
                sink(index, &bytes, &truth);
                break;
            }
            attempt += 1;
        }
    }
}

fn usage() -> ! {
    eprintln!(
        "usage: gen_corpus --count N --out DIR [--seed S] [--truth FILE] [--plain]\n       gen_corpus --single FILE --size BYTES [--seed S]"
    );
    std::process::exit(2)
}

#[allow(dead_code)]
fn main() {
    let mut count: Option<u64> = None;
    let mut out: Option<PathBuf> = None;
    let mut seed: u64 = 1;
    let mut truth_path: Option<PathBuf> = None;
    let mut plain = false;
    let mut single: Option<PathBuf> = None;
    let mut size: Option<u64> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--count" => count = Some(value().parse().unwrap_or_else(|_| usage())),
            "--out" => out = Some(value().into()),
            "--seed" => seed = value().parse().unwrap_or_else(|_| usage()),
            "--truth" => truth_path = Some(value().into()),
            "--plain" => plain = true,
            "--single" => single = Some(value().into()),
            "--size" => size = Some(value().parse().unwrap_or_else(|_| usage())),
            "-h" | "--help" => usage(),
            _ => usage(),
        }
    }
    if let Some(path) = single {
        // One file of concatenated UTF-8 documents, at least `size` bytes.
        let size = size.unwrap_or_else(|| usage());
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path).expect("create file"));
        let mut written = 0u64;
        let mut index = 0u64;
        while written < size {
            let (bytes, _) = document(seed, index, 0, true);
            w.write_all(&bytes).expect("write");
            w.write_all(b"\n\n").expect("write");
            written += bytes.len() as u64 + 2;
            index += 1;
        }
        w.flush().expect("flush");
        eprintln!(
            "gen_corpus: {} documents, {written} bytes in {}",
            index,
            path.display()
        );
        return;
    }
    let (Some(count), Some(out)) = (count, out) else {
        usage()
    };
    std::fs::create_dir_all(&out).expect("create output directory");
    let width = (count.max(1) - 1).to_string().len().max(5);
    let mut truth = truth_path
        .map(|p| std::io::BufWriter::new(std::fs::File::create(p).expect("create truth file")));
    let mut total = 0u64;
    generate(seed, count, plain, |index, bytes, t| {
        let name = format!("{index:0width$}.txt");
        std::fs::write(out.join(&name), bytes).expect("write document");
        total += bytes.len() as u64;
        if let Some(w) = truth.as_mut() {
            writeln!(w, "{}", t.json(index, &name)).expect("write truth");
        }
    });
    if let Some(mut w) = truth {
        w.flush().expect("flush truth");
    }
    eprintln!(
        "gen_corpus: {count} documents, {total} bytes ({:.1} KB average) in {}",
        total as f64 / count.max(1) as f64 / 1000.0,
        out.display()
    );
}
