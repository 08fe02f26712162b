//! Synthetic people with the variation real re-registrations show, labelled, for measuring
//! the matcher (`cargo run --release -p waypoint-core --example name_eval`).
//!
//! Deterministic from a seed. Families share the father's, grandfather's and family names;
//! each person is registered once, and some again with another spelling or transliteration,
//! in the original script or in Latin, with the name order swapped, the grandfather's name
//! missing, the date of birth off by a year, a typo. Siblings, parents and twins are the hard
//! non-duplicates.
//!
//! The name pools are common names of the main nationalities at EU borders with the Latin
//! spellings found on documents; they are samples for testing, not a reference.

use super::{FamilyLink, Identity, NamePart};
use crate::model::{DateOfBirth, NameKind, Relationship, Sex};
use chrono::NaiveDate;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{RngExt, SeedableRng};

/// A name with its original spelling and the Latin spellings people use for it.
type Name = (&'static str, &'static [&'static str]);

/// Names of one origin.
struct Origin {
    nationality: &'static str,
    male: &'static [Name],
    female: &'static [Name],
    /// Empty when people of this origin have no family name (given, father, grandfather).
    family: &'static [Name],
    /// Whether the original is in Latin script (then `latin` are only spelling variants).
    latin_script: bool,
}

const ARABIC_MALE: &[Name] = &[
    (
        "محمد",
        &[
            "Mohammed", "Muhammad", "Mohamed", "Mohamad", "Mohammad", "Muhammed",
        ],
    ),
    ("أحمد", &["Ahmad", "Ahmed", "Ahmet"]),
    ("علي", &["Ali", "Aly"]),
    ("حسن", &["Hassan", "Hasan", "Hassen"]),
    (
        "حسين",
        &["Hussein", "Husayn", "Hussain", "Hossein", "Husein"],
    ),
    ("خالد", &["Khaled", "Khalid"]),
    ("عمر", &["Omar", "Umar", "Omer"]),
    ("يوسف", &["Youssef", "Yusuf", "Yousef", "Yousif"]),
    ("إبراهيم", &["Ibrahim", "Ebrahim", "Ibraheem"]),
    (
        "عبد الرحمن",
        &[
            "Abdulrahman",
            "Abd al-Rahman",
            "Abdelrahman",
            "Abdul Rahman",
            "Abdurrahman",
        ],
    ),
    ("عبد الله", &["Abdullah", "Abdallah", "Abdulla"]),
    ("مصطفى", &["Mustafa", "Moustafa", "Mostafa"]),
    ("محمود", &["Mahmoud", "Mahmud", "Mahmood"]),
    ("سعيد", &["Said", "Saeed", "Saied"]),
    ("كريم", &["Karim", "Kareem"]),
    ("حامد", &["Hamid", "Hamed", "Haamid"]),
    ("جمال", &["Jamal", "Gamal", "Djamal"]),
    ("طارق", &["Tarek", "Tariq", "Tarik"]),
    ("وليد", &["Walid", "Waleed"]),
    ("فادي", &["Fadi", "Fady"]),
    ("سامر", &["Samer", "Sameer"]),
    ("بشار", &["Bashar", "Bachar"]),
    ("عثمان", &["Othman", "Osman", "Uthman", "Usman"]),
    (
        "نور الدين",
        &["Nureddin", "Nour al-Din", "Noureddine", "Nour Eddine"],
    ),
    ("ماهر", &["Maher", "Mahir"]),
    ("رامي", &["Rami", "Ramy"]),
    ("زياد", &["Ziad", "Ziyad", "Zeyad"]),
    ("أيمن", &["Ayman", "Aiman"]),
    ("إسماعيل", &["Ismail", "Ismael", "Esmail"]),
    ("منصور", &["Mansour", "Mansur", "Mansoor"]),
    ("قاسم", &["Qasim", "Kassem", "Qassem", "Kasim"]),
    ("ياسر", &["Yasser", "Yasir", "Yaser"]),
];

const ARABIC_FEMALE: &[Name] = &[
    ("فاطمة", &["Fatima", "Fatma", "Fatimah"]),
    ("عائشة", &["Aisha", "Aysha", "Aicha", "Ayesha"]),
    ("مريم", &["Maryam", "Mariam", "Meryem"]),
    ("زينب", &["Zainab", "Zeinab", "Zaynab"]),
    ("نور", &["Nour", "Noor", "Nur"]),
    ("هبة", &["Heba", "Hiba", "Hibah"]),
    ("سارة", &["Sara", "Sarah"]),
    ("رنا", &["Rana"]),
    ("آمنة", &["Amina", "Aminah", "Amna"]),
    ("خديجة", &["Khadija", "Khadijah", "Khadeeja"]),
    ("ليلى", &["Layla", "Leila", "Laila"]),
    ("رشا", &["Rasha", "Racha"]),
    ("سلمى", &["Salma", "Selma"]),
    ("دعاء", &["Duaa", "Doaa", "Dua"]),
    ("هدى", &["Huda", "Houda", "Hoda"]),
    ("ياسمين", &["Yasmin", "Yasmine", "Yasmeen"]),
    ("رغد", &["Raghad", "Ragad"]),
    ("أمل", &["Amal", "Amel"]),
];

const ARABIC_FAMILY: &[Name] = &[
    ("الأحمد", &["Al-Ahmad", "Alahmad", "El Ahmad"]),
    ("الحسن", &["Al-Hassan", "Alhasan", "El Hassan"]),
    ("الخطيب", &["Al-Khatib", "Alkhatib", "El Khatib"]),
    ("الشامي", &["Al-Shami", "Alshami", "Chami"]),
    ("الحلبي", &["Al-Halabi", "Halabi", "Alhalabi"]),
    ("المصري", &["Al-Masri", "Masri", "El Masry"]),
    ("الخوري", &["Al-Khoury", "Khoury", "Khouri"]),
    ("حداد", &["Haddad", "Hadad"]),
    ("النجار", &["Al-Najjar", "Najjar", "Alnajar"]),
    ("العلي", &["Al-Ali", "Alali", "El Ali"]),
    ("الزعبي", &["Al-Zoubi", "Alzoubi", "Zoubi", "Al-Zubi"]),
    ("الحمد", &["Al-Hamad", "Alhamad"]),
    ("سليمان", &["Suleiman", "Sulaiman", "Slimane", "Suleyman"]),
    ("درويش", &["Darwish", "Darwich", "Darweesh"]),
    ("عيسى", &["Issa", "Eissa", "Isa"]),
    ("الجبوري", &["Al-Jubouri", "Aljuboori", "Jubouri"]),
    ("الدليمي", &["Al-Dulaimi", "Aldulaimi", "Dulaimi"]),
    ("التميمي", &["Al-Tamimi", "Altamimi", "Tamimi"]),
    ("الكردي", &["Al-Kurdi", "Kurdi", "Alkurdi"]),
    ("الرفاعي", &["Al-Rifai", "Alrefai", "Rifai"]),
    ("العبد الله", &["Al-Abdullah", "Alabdallah", "El Abdallah"]),
    ("قباني", &["Kabbani", "Qabbani", "Kabani"]),
];

const AFGHAN_MALE: &[Name] = &[
    ("احمد", &["Ahmad", "Ahmed"]),
    ("محمد", &["Mohammad", "Muhammad", "Mohamad"]),
    ("عبدالله", &["Abdullah", "Abdulla"]),
    ("گل", &["Gul", "Gol"]),
    ("نجیب", &["Najib", "Najeeb"]),
    ("حمید", &["Hamid", "Hameed"]),
    ("رحیم", &["Rahim", "Raheem"]),
    ("کریم", &["Karim", "Kareem"]),
    ("جاوید", &["Javid", "Jawed", "Javed"]),
    ("ذبیح الله", &["Zabihullah", "Zabiullah", "Zabihollah"]),
    ("سید", &["Sayed", "Sayyid", "Sayed"]),
    ("حبیب", &["Habib", "Habeeb"]),
    ("فرید", &["Farid", "Fareed"]),
    ("مسعود", &["Masoud", "Masood", "Massoud"]),
    ("نصیر", &["Nasir", "Naseer"]),
    ("وحید", &["Wahid", "Vahid", "Waheed"]),
    ("پرویز", &["Parviz", "Parwiz", "Perviz"]),
    ("شفیق", &["Shafiq", "Shafik", "Shafeeq"]),
    ("ظاهر", &["Zaher", "Zahir"]),
    ("نوید", &["Navid", "Naweed", "Naveed"]),
];

const AFGHAN_FEMALE: &[Name] = &[
    ("فاطمه", &["Fatema", "Fatima", "Fatemeh"]),
    ("مریم", &["Maryam", "Mariam"]),
    ("زهرا", &["Zahra", "Zahraa"]),
    ("شبنم", &["Shabnam", "Shabnum"]),
    ("ملالی", &["Malalai", "Malali"]),
    ("نرگس", &["Nargis", "Narges"]),
    ("فریبا", &["Fariba", "Fareba"]),
    ("پروین", &["Parwin", "Parveen", "Parvin"]),
    ("سیما", &["Sima", "Seema"]),
    ("ستاره", &["Setara", "Sitara", "Setareh"]),
    ("لیلا", &["Laila", "Leila"]),
];

const AFGHAN_FAMILY: &[Name] = &[
    ("احمدزی", &["Ahmadzai", "Ahmadzay"]),
    ("پوپلزی", &["Popalzai", "Popalzay"]),
    ("صافی", &["Safi"]),
    ("حیدری", &["Haidari", "Heydari", "Hydari"]),
    ("رحیمی", &["Rahimi", "Raheemi"]),
    ("کریمی", &["Karimi", "Kareemi"]),
    ("محمدی", &["Mohammadi", "Mohamadi", "Muhammadi"]),
    ("حسینی", &["Hosseini", "Husseini", "Hussaini"]),
    ("نوری", &["Noori", "Nuri"]),
    ("جلالی", &["Jalali"]),
    ("عزیزی", &["Azizi"]),
    ("یوسفزی", &["Yousafzai", "Yusufzai"]),
    ("ستانکزی", &["Stanikzai", "Stanekzai"]),
];

const UKRAINIAN_MALE: &[Name] = &[
    ("Олександр", &["Oleksandr", "Olexandr", "Aleksandr"]),
    ("Андрій", &["Andrii", "Andriy"]),
    ("Сергій", &["Serhii", "Serhiy", "Sergiy"]),
    ("Дмитро", &["Dmytro", "Dmitro"]),
    ("Володимир", &["Volodymyr", "Volodimir"]),
    ("Микола", &["Mykola", "Mikola"]),
    ("Іван", &["Ivan"]),
    ("Юрій", &["Yurii", "Yuriy", "Iurii"]),
    ("Олег", &["Oleh", "Oleg"]),
    ("Василь", &["Vasyl", "Vasil"]),
    ("Віктор", &["Viktor", "Victor"]),
    ("Петро", &["Petro"]),
    ("Богдан", &["Bohdan", "Bogdan"]),
    ("Тарас", &["Taras"]),
    ("Максим", &["Maksym", "Maxim", "Maksim"]),
    ("Артем", &["Artem", "Artiom"]),
];

const UKRAINIAN_FEMALE: &[Name] = &[
    ("Олена", &["Olena", "Elena"]),
    ("Наталія", &["Nataliia", "Natalia", "Nataliya"]),
    ("Ірина", &["Iryna", "Irina"]),
    ("Оксана", &["Oksana"]),
    ("Тетяна", &["Tetiana", "Tetyana", "Tatiana"]),
    ("Юлія", &["Yuliia", "Yulia", "Iuliia"]),
    ("Марія", &["Mariia", "Maria", "Mariya"]),
    ("Світлана", &["Svitlana", "Svetlana"]),
    ("Ганна", &["Hanna", "Ganna"]),
    ("Катерина", &["Kateryna", "Katerina"]),
    ("Людмила", &["Liudmyla", "Lyudmila", "Ludmila"]),
];

const UKRAINIAN_FAMILY: &[Name] = &[
    ("Коваленко", &["Kovalenko"]),
    ("Шевченко", &["Shevchenko"]),
    ("Бондаренко", &["Bondarenko"]),
    ("Ткаченко", &["Tkachenko"]),
    ("Кравченко", &["Kravchenko"]),
    ("Олійник", &["Oliinyk", "Oliynyk", "Oleynik"]),
    ("Мельник", &["Melnyk", "Melnik"]),
    ("Шевчук", &["Shevchuk"]),
    ("Поліщук", &["Polishchuk", "Polishuk"]),
    ("Лисенко", &["Lysenko", "Lisenko"]),
    ("Гончаренко", &["Honcharenko", "Goncharenko"]),
    ("Савченко", &["Savchenko"]),
    ("Руденко", &["Rudenko"]),
    ("Марченко", &["Marchenko"]),
    ("Петренко", &["Petrenko"]),
    ("Бойко", &["Boiko", "Boyko"]),
    ("Ковальчук", &["Kovalchuk"]),
];

const ERITREAN_MALE: &[Name] = &[
    ("ዮሃንስ", &["Yohannes", "Yohanes"]),
    ("ተስፋይ", &["Tesfay", "Tesfaye", "Tesfai"]),
    ("ሃይለ", &["Haile", "Hayle"]),
    ("ገብረመድህን", &["Gebremedhin", "Ghebremedhin"]),
    ("ኣብርሃም", &["Abraham", "Abrham"]),
    ("ዳዊት", &["Dawit"]),
    ("መሓሪ", &["Mehari", "Meharie"]),
    ("ኪዳነ", &["Kidane"]),
    ("ብርሃነ", &["Berhane", "Birhane", "Brhane"]),
    ("ሙሴ", &["Musie", "Mussie"]),
    ("ሰመረ", &["Semere", "Semre"]),
    ("ፍሊሞን", &["Filmon", "Filimon"]),
    ("ዮናስ", &["Yonas"]),
    ("ኣማኑኤል", &["Amanuel", "Emanuel"]),
    ("ተኽለ", &["Tekle", "Tecle"]),
    ("ሃብተ", &["Habte"]),
    ("ጎይትኦም", &["Goitom", "Goytom"]),
    ("ሚኪኤል", &["Mikiel", "Mikael"]),
];

const ERITREAN_FEMALE: &[Name] = &[
    ("ሰላም", &["Selam", "Salam"]),
    ("ሄለን", &["Helen", "Hellen"]),
    ("ኣስቴር", &["Aster", "Astier"]),
    ("ሳባ", &["Saba"]),
    ("ሉላ", &["Lula"]),
    ("ፍዮሪ", &["Fiori", "Fyori"]),
    ("ሰናይት", &["Senait", "Senayt"]),
    ("ኤልሳ", &["Elsa"]),
    ("ምሕረት", &["Mihret", "Mehret"]),
    ("ሩታ", &["Ruta"]),
];

const SOMALI_MALE: &[Name] = &[
    ("Mohamed", &["Maxamed", "Mohammed", "Mohamed"]),
    ("Abdi", &["Abdi"]),
    ("Ahmed", &["Axmed", "Ahmed"]),
    ("Hassan", &["Xasan", "Hasan"]),
    ("Abdullahi", &["Abdulahi", "Abdullahi"]),
    ("Yusuf", &["Yuusuf", "Yusuf"]),
    ("Ibrahim", &["Ibraahim", "Ibrahim"]),
    ("Farah", &["Faarax", "Farah"]),
    ("Hussein", &["Xuseen", "Hussein"]),
    ("Warsame", &["Warsame"]),
    ("Abdirahman", &["Abdirahman", "Abdirahmaan"]),
    ("Mahad", &["Mahad"]),
    ("Guled", &["Guuleed", "Guled"]),
];

const SOMALI_FEMALE: &[Name] = &[
    ("Fadumo", &["Faduma", "Fadumo"]),
    ("Hodan", &["Hodan"]),
    ("Amina", &["Aamina", "Amina"]),
    ("Sahra", &["Sahro", "Sahra"]),
    ("Hawa", &["Xawa", "Hawa"]),
    ("Ayan", &["Ayaan", "Ayan"]),
    ("Khadija", &["Khadiijo", "Khadija"]),
    ("Ifrah", &["Ifra", "Ifrah"]),
];

const ORIGINS: [Origin; 5] = [
    Origin {
        nationality: "SYR",
        male: ARABIC_MALE,
        female: ARABIC_FEMALE,
        family: ARABIC_FAMILY,
        latin_script: false,
    },
    Origin {
        nationality: "AFG",
        male: AFGHAN_MALE,
        female: AFGHAN_FEMALE,
        family: AFGHAN_FAMILY,
        latin_script: false,
    },
    Origin {
        nationality: "UKR",
        male: UKRAINIAN_MALE,
        female: UKRAINIAN_FEMALE,
        family: UKRAINIAN_FAMILY,
        latin_script: false,
    },
    Origin {
        nationality: "ERI",
        male: ERITREAN_MALE,
        female: ERITREAN_FEMALE,
        family: &[],
        latin_script: false,
    },
    Origin {
        nationality: "SOM",
        male: SOMALI_MALE,
        female: SOMALI_FEMALE,
        family: &[],
        latin_script: true,
    },
];

/// Share of families by origin, in per cent, in the order of `ORIGINS`.
const ORIGIN_SHARE: [u32; 5] = [40, 20, 15, 15, 10];

/// A variation applied to a repeat registration, for reporting recall per variation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Variation {
    /// Names only in the original script in one record and only in Latin in the other.
    ScriptSwitch,
    /// Another Latin spelling of at least one component.
    SpellingVariant,
    /// A typing error in a Latin form.
    Typo,
    /// Given and family (or father's) name swapped.
    NameOrderSwapped,
    /// The grandfather's name left out.
    GrandfatherMissing,
    /// The date of birth one year off.
    BirthYearOff,
    /// The date of birth at another precision (year only, estimated age).
    BirthDatePrecision,
    /// Day and month swapped.
    DayMonthSwapped,
}

/// How the true people behind two records are related.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    /// The same person: a duplicate.
    Same,
    /// Brothers and sisters (including twins).
    Siblings,
    /// Parent and child.
    ParentChild,
    /// Anything else (the same family by marriage, or unrelated).
    Other,
}

/// One registration record with its ground truth.
#[derive(Debug, Clone)]
pub struct Record {
    /// What was registered.
    pub identity: Identity,
    /// The true person behind it.
    pub person: usize,
    /// The person's family.
    pub family: usize,
    /// Whether the person is a parent in the family (else a child).
    pub parent: bool,
    /// Variations against the person's first record (empty for a first record).
    pub variations: Vec<Variation>,
}

/// A population of registrations.
#[derive(Debug, Clone, Default)]
pub struct Population {
    /// The records.
    pub records: Vec<Record>,
}

impl Population {
    /// How the people behind two records are related.
    pub fn relation(&self, i: usize, j: usize) -> Relation {
        let (a, b) = (&self.records[i], &self.records[j]);
        if a.person == b.person {
            Relation::Same
        } else if a.family != b.family {
            Relation::Other
        } else if !a.parent && !b.parent {
            Relation::Siblings
        } else if a.parent != b.parent {
            Relation::ParentChild
        } else {
            Relation::Other
        }
    }

    /// Every pair of records of the same person, `(i, j)` with `i < j`.
    pub fn duplicate_pairs(&self) -> Vec<(usize, usize)> {
        let mut by_person: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
        for (i, r) in self.records.iter().enumerate() {
            by_person.entry(r.person).or_default().push(i);
        }
        let mut out = Vec::new();
        for ids in by_person.values() {
            for (x, &i) in ids.iter().enumerate() {
                for &j in &ids[x + 1..] {
                    out.push((i, j));
                }
            }
        }
        out
    }
}

/// A true person, before any registration.
struct TruePerson {
    names: Vec<(NameKind, Name)>,
    sex: Sex,
    born: NaiveDate,
    origin: usize,
    document: Option<String>,
    mother: Option<Name>,
    parent: bool,
    family: usize,
}

/// The day the estimated ages are taken on.
fn registration_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 15).unwrap_or_default()
}

fn pick(rng: &mut StdRng, names: &'static [Name]) -> Name {
    names.choose(rng).copied().unwrap_or(("", &[]))
}

/// Picks a name of `names` other than those in `taken` (falls back to any).
fn pick_other(rng: &mut StdRng, names: &'static [Name], taken: &[&str]) -> Name {
    for _ in 0..20 {
        let n = pick(rng, names);
        if !taken.contains(&n.0) {
            return n;
        }
    }
    pick(rng, names)
}

fn birth(rng: &mut StdRng, year: i32) -> NaiveDate {
    let day = rng.random_range(0..365u32);
    NaiveDate::from_yo_opt(year, day + 1).unwrap_or_default()
}

/// Generates `families` families (each a father, often a mother, and one to five children)
/// and their registrations: everyone once, and about half again, some a third time.
pub fn generate(seed: u64, families: usize) -> Population {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut people: Vec<TruePerson> = Vec::new();
    for family in 0..families {
        let roll = rng.random_range(0..100u32);
        let mut acc = 0;
        let origin = ORIGIN_SHARE
            .iter()
            .position(|share| {
                acc += share;
                roll < acc
            })
            .unwrap_or(0);
        family_members(&mut rng, origin, family, &mut people);
    }
    let mut population = Population::default();
    for (id, person) in people.iter().enumerate() {
        population.records.push(Record {
            identity: register(&mut rng, person, None),
            person: id,
            family: person.family,
            parent: person.parent,
            variations: Vec::new(),
        });
        let repeats = match rng.random_range(0..100u32) {
            0..50 => 0,
            50..90 => 1,
            _ => 2,
        };
        for _ in 0..repeats {
            let mut variations = Vec::new();
            let identity = register(&mut rng, person, Some(&mut variations));
            variations.sort();
            variations.dedup();
            population.records.push(Record {
                identity,
                person: id,
                family: person.family,
                parent: person.parent,
                variations,
            });
        }
    }
    population
}

fn family_members(rng: &mut StdRng, origin: usize, family: usize, out: &mut Vec<TruePerson>) {
    let o = &ORIGINS[origin];
    let father_given = pick(rng, o.male);
    let grandfather = pick_other(rng, o.male, &[father_given.0]);
    let great_grandfather = pick(rng, o.male);
    let family_name = (!o.family.is_empty()).then(|| pick(rng, o.family));
    let father_born = rng.random_range(1950..1990);
    let with_family = |mut names: Vec<(NameKind, Name)>| {
        if let Some(f) = family_name {
            names.push((NameKind::Family, f));
        }
        names
    };
    let document = |rng: &mut StdRng| {
        rng.random_bool(0.3).then(|| {
            format!(
                "{}{:07}",
                o.nationality.chars().next().unwrap_or('N'),
                rng.random_range(0..10_000_000u32)
            )
        })
    };
    let mother_name = pick(rng, o.female);
    out.push(TruePerson {
        names: with_family(vec![
            (NameKind::Given, father_given),
            (NameKind::Father, grandfather),
            (NameKind::Grandfather, great_grandfather),
        ]),
        sex: Sex::Male,
        born: birth(rng, father_born),
        origin,
        document: document(rng),
        mother: None,
        parent: true,
        family,
    });
    if rng.random_bool(0.6) {
        let mother_family = (!o.family.is_empty()).then(|| pick(rng, o.family));
        let mut names = vec![
            (NameKind::Given, mother_name),
            (NameKind::Father, pick(rng, o.male)),
            (NameKind::Grandfather, pick(rng, o.male)),
        ];
        if let Some(f) = mother_family {
            names.push((NameKind::Family, f));
        }
        out.push(TruePerson {
            names,
            sex: Sex::Female,
            born: {
                let year = father_born + rng.random_range(0..6);
                birth(rng, year)
            },
            origin,
            document: document(rng),
            mother: None,
            parent: true,
            family,
        });
    }
    let children = rng.random_range(1..=5);
    let mut taken: Vec<&str> = vec![father_given.0, grandfather.0];
    let mut year = father_born + rng.random_range(20..30);
    let mut last_born: Option<(NaiveDate, Sex)> = None;
    for _ in 0..children {
        let twin = last_born.is_some() && rng.random_bool(0.05);
        let sex = if rng.random_bool(0.5) {
            Sex::Male
        } else {
            Sex::Female
        };
        let pool = if sex == Sex::Male { o.male } else { o.female };
        let given = pick_other(rng, pool, &taken);
        taken.push(given.0);
        let born = match last_born {
            Some((d, _)) if twin => d,
            _ => birth(rng, year),
        };
        year += rng.random_range(1..4);
        last_born = Some((born, sex));
        out.push(TruePerson {
            names: with_family(vec![
                (NameKind::Given, given),
                (NameKind::Father, father_given),
                (NameKind::Grandfather, grandfather),
            ]),
            sex,
            born,
            origin,
            document: document(rng),
            mother: Some(mother_name),
            parent: false,
            family,
        });
    }
}

/// One registration of a person. `variations` is `None` for the first registration (plain,
/// as the person gives it) and collects what was varied for a repeat.
fn register(
    rng: &mut StdRng,
    person: &TruePerson,
    mut variations: Option<&mut Vec<Variation>>,
) -> Identity {
    let o = &ORIGINS[person.origin];
    let repeat = variations.is_some();
    let mut note = |v: Variation| {
        if let Some(list) = variations.as_deref_mut() {
            list.push(v);
        }
    };
    // How the names are written: original only, Latin only, or both.
    let mode = if o.latin_script {
        2
    } else {
        rng.random_range(0..3u32)
    };
    if repeat && mode != 2 {
        note(Variation::ScriptSwitch);
    }
    let mut names = Vec::new();
    for &(kind, (original, latin)) in &person.names {
        if repeat && kind == NameKind::Grandfather && rng.random_bool(0.25) {
            note(Variation::GrandfatherMissing);
            continue;
        }
        let mut spelling = latin
            .choose(rng)
            .map_or_else(|| original.to_owned(), |s| (*s).to_owned());
        if repeat && latin.first().is_some_and(|first| *first != spelling) {
            note(Variation::SpellingVariant);
        }
        if repeat && rng.random_bool(0.12) {
            spelling = typo(rng, &spelling);
            note(Variation::Typo);
        }
        let part = match mode {
            0 => NamePart {
                kind,
                original: decorate(rng, original),
                latin: Vec::new(),
            },
            1 => NamePart {
                kind,
                original: original.to_owned(),
                latin: vec![spelling],
            },
            _ => NamePart {
                kind,
                original: spelling,
                latin: Vec::new(),
            },
        };
        names.push(part);
    }
    if repeat && rng.random_bool(0.1) && names.len() >= 2 {
        let last = names.len() - 1;
        let (k0, kl) = (names[0].kind, names[last].kind);
        names[0].kind = kl;
        names[last].kind = k0;
        note(Variation::NameOrderSwapped);
    }
    let date_of_birth = date_of_birth(rng, person.born, repeat, &mut note);
    let sex = if rng.random_bool(0.03) {
        Sex::Unknown
    } else {
        person.sex
    };
    let nationalities = if rng.random_bool(0.08) {
        Vec::new()
    } else {
        vec![o.nationality.to_owned()]
    };
    let documents = person
        .document
        .iter()
        .filter(|_| rng.random_bool(0.5))
        .cloned()
        .collect();
    let family = person
        .mother
        .filter(|_| rng.random_bool(0.3))
        .map(|(original, latin)| FamilyLink {
            relationship: Relationship::Parent,
            name: if mode == 0 || latin.is_empty() {
                original.to_owned()
            } else {
                latin.choose(rng).map_or(original, |s| *s).to_owned()
            },
        })
        .into_iter()
        .collect();
    Identity {
        names,
        sex,
        date_of_birth,
        nationalities,
        documents,
        family,
    }
}

fn date_of_birth(
    rng: &mut StdRng,
    born: NaiveDate,
    repeat: bool,
    note: &mut dyn FnMut(Variation),
) -> Option<DateOfBirth> {
    use chrono::Datelike;
    if rng.random_bool(0.03) {
        return None;
    }
    let mut date = born;
    if repeat {
        match rng.random_range(0..100u32) {
            0..15 => {
                let delta = if rng.random_bool(0.5) { 1 } else { -1 };
                date = date.with_year(date.year() + delta).unwrap_or(date);
                note(Variation::BirthYearOff);
            }
            15..20 if date.day() <= 12 && date.day() != date.month() => {
                date =
                    NaiveDate::from_ymd_opt(date.year(), date.day(), date.month()).unwrap_or(date);
                note(Variation::DayMonthSwapped);
            }
            _ => {}
        }
    }
    let precision = rng.random_range(0..100u32);
    if repeat && precision >= 50 {
        note(Variation::BirthDatePrecision);
    }
    Some(match precision {
        0..50 => DateOfBirth::Exact { date },
        50..70 => DateOfBirth::Exact {
            date: NaiveDate::from_ymd_opt(date.year(), 1, 1).unwrap_or(date),
        },
        70..90 => DateOfBirth::Year { year: date.year() },
        _ => {
            let on = registration_day();
            let age = on.years_since(date).unwrap_or(0);
            let age = (age as i32 + rng.random_range(-1..=1)).max(0) as u32;
            DateOfBirth::EstimatedAge { age, on }
        }
    })
}

/// Harmless differences in how an original is typed: harakat, tatweel, hamza forms, a
/// zero-width non-joiner (Persian keyboards), spaces in compounds.
fn decorate(rng: &mut StdRng, original: &str) -> String {
    if !rng.random_bool(0.3) {
        return original.to_owned();
    }
    let mut out = String::new();
    for c in original.chars() {
        match c {
            'أ' | 'إ' if rng.random_bool(0.5) => out.push('ا'),
            'ة' if rng.random_bool(0.5) => out.push('ه'),
            'ي' if rng.random_bool(0.3) => out.push('ی'),
            'ى' if rng.random_bool(0.5) => out.push('ي'),
            ' ' if rng.random_bool(0.5) => {}
            _ => out.push(c),
        }
        if ('\u{0620}'..='\u{064A}').contains(&c) && rng.random_bool(0.15) {
            out.push(
                [
                    '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0640}', '\u{200C}',
                ][rng.random_range(0..6)],
            );
        }
    }
    out
}

/// One typing error: a letter dropped, doubled, swapped with the next, or replaced by a
/// neighbour on the keyboard. Names under four letters are left alone.
fn typo(rng: &mut StdRng, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    if chars.len() < 4 {
        return text.to_owned();
    }
    let i = rng.random_range(1..chars.len() - 1);
    match rng.random_range(0..4u32) {
        0 => {
            chars.remove(i);
        }
        1 => chars.insert(i, chars[i]),
        2 => chars.swap(i, i + 1),
        _ => {
            const NEIGHBOURS: [(char, char); 10] = [
                ('a', 's'),
                ('e', 'r'),
                ('i', 'o'),
                ('o', 'p'),
                ('u', 'y'),
                ('n', 'm'),
                ('s', 'd'),
                ('r', 't'),
                ('l', 'k'),
                ('h', 'j'),
            ];
            if let Some(&(_, to)) = NEIGHBOURS.iter().find(|(from, _)| *from == chars[i]) {
                chars[i] = to;
            } else {
                chars.remove(i);
            }
        }
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_population() {
        let a = generate(7, 30);
        let b = generate(7, 30);
        assert_eq!(a.records.len(), b.records.len());
        for (x, y) in a.records.iter().zip(&b.records) {
            assert_eq!(x.identity, y.identity, "generation must be deterministic");
        }
        assert_ne!(
            generate(8, 30).records.first().map(|r| r.identity.clone()),
            a.records.first().map(|r| r.identity.clone()),
            "another seed gives other people"
        );
    }

    #[test]
    fn a_population_has_duplicates_and_siblings() {
        let p = generate(1, 50);
        assert!(
            !p.duplicate_pairs().is_empty(),
            "some people registered twice"
        );
        let n = p.records.len();
        let siblings = (0..n)
            .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
            .filter(|&(i, j)| p.relation(i, j) == Relation::Siblings)
            .count();
        assert!(siblings > 0, "families have several children");
    }

    #[test]
    fn typos_change_one_letter_at_most() {
        let mut rng = StdRng::seed_from_u64(3);
        for _ in 0..100 {
            let t = typo(&mut rng, "Mohammed");
            assert!(strsim::levenshtein(&t, "Mohammed") <= 2, "{t}");
        }
    }
}
