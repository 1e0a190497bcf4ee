//! The rule set as a compact text image: build.rs loads and validates the TOML of `rules/` and
//! [`write`]s it; [`read`] turns it back into a [`RuleSet`] with no parser and no checks to redo.
//! Every distinct string is stored once, where it first occurs; numbers are a few printable ASCII
//! characters. An image is valid UTF-8 that needs almost no escaping in JavaScript, so the web
//! app's rule packs (every language but English, [`write_pack`]) are modules of
//! one string each, loaded after the app starts.
//! The image keeps the examples the rules page shows, not the rest (the tests read the TOML); the
//! web builds leave even those out ([`take_examples`]) and ship them as a module the rules page
//! loads when it opens.

use std::collections::{BTreeMap, HashMap};

use super::model::*;
use super::set::{Combo, Concept, Pack, Rule, RuleSet, TermWords, SHOWN_FIRE, SHOWN_QUIET};

const MAGIC: &[u8; 4] = b"SLR2";
/// A number is written five bits a character, lowest first: `MORE + bits` while more follow,
/// then `LAST + bits`. Neither range holds `"`, `\`, a control character or [`END`].
const MORE: u8 = b']';
const LAST: u8 = b'#';
/// Ends a string.
const END: u8 = 0x7f;

/// Builds an image. A string is written where it first occurs, ended by [`END`] (so the image
/// compresses as well as the text it holds); later uses name it by number. The crate only reads
/// images; build.rs, which compiles this file too, writes them.
#[cfg_attr(not(test), allow(dead_code))]
pub struct Writer {
    ids: HashMap<String, u64>,
    out: Vec<u8>,
}

/// Reads an image made by [`write`]. The image is embedded or made by build.rs, so a malformed
/// one is a build bug: reading it panics, naming what went wrong.
pub struct Reader<'a> {
    strings: Vec<&'a str>,
    data: &'a [u8],
    at: usize,
}

#[cfg_attr(not(test), allow(dead_code))]
impl Writer {
    fn new() -> Self {
        Writer { ids: HashMap::new(), out: MAGIC.to_vec() }
    }

    fn num(&mut self, mut n: u64) {
        while n >= 32 {
            self.out.push(MORE + (n & 31) as u8);
            n >>= 5;
        }
        self.out.push(LAST + n as u8);
    }

    fn string(&mut self, s: &str) {
        if let Some(&id) = self.ids.get(s) {
            return self.num(id + 1);
        }
        assert!(!s.as_bytes().contains(&END), "a rule string holds the character U+007F: {s:?}");
        self.ids.insert(s.to_owned(), self.ids.len() as u64);
        self.num(0);
        self.out.extend_from_slice(s.as_bytes());
        self.out.push(END);
    }

    /// The image, as the text it is (every part of it is UTF-8).
    fn into_text(self) -> String {
        String::from_utf8(self.out).expect("an image is ASCII numbers and UTF-8 strings")
    }
}

impl<'a> Reader<'a> {
    fn new(image: &'a [u8]) -> Self {
        assert!(image.starts_with(MAGIC), "not a rule image");
        Reader { strings: Vec::new(), data: image, at: MAGIC.len() }
    }

    fn num(&mut self) -> u64 {
        let mut n = 0u64;
        for shift in (0..64).step_by(5) {
            let byte = *self.data.get(self.at).expect("the rule image ends in a number");
            self.at += 1;
            let (bits, more) = match byte {
                _ if (MORE..MORE + 32).contains(&byte) => (byte - MORE, true),
                _ if (LAST..LAST + 32).contains(&byte) => (byte - LAST, false),
                _ => panic!("the rule image has {byte:#x} where a number should be"),
            };
            n |= u64::from(bits) << shift;
            if !more {
                return n;
            }
        }
        panic!("the rule image has a number of more than 64 bits")
    }

    fn string(&mut self) -> &'a str {
        let id = self.num() as usize;
        if id > 0 {
            return self.strings.get(id - 1).expect("the rule image names a string it does not have");
        }
        let rest = &self.data[self.at..];
        let len = rest.iter().position(|&b| b == END).expect("the rule image ends in a string");
        let s = std::str::from_utf8(&rest[..len]).expect("the rule image's strings are UTF-8");
        self.at += len + 1;
        self.strings.push(s);
        s
    }
}

/// A value that can be written to an image and read back.
trait Image: Sized {
    #[cfg_attr(not(test), allow(dead_code))]
    fn put(&self, w: &mut Writer);
    fn get(r: &mut Reader) -> Self;
}

impl Image for String {
    fn put(&self, w: &mut Writer) {
        w.string(self);
    }
    fn get(r: &mut Reader) -> Self {
        r.string().to_owned()
    }
}

impl Image for u32 {
    fn put(&self, w: &mut Writer) {
        w.num(u64::from(*self));
    }
    fn get(r: &mut Reader) -> Self {
        u32::try_from(r.num()).expect("the rule image has a u32 out of range")
    }
}

impl Image for usize {
    fn put(&self, w: &mut Writer) {
        w.num(*self as u64);
    }
    fn get(r: &mut Reader) -> Self {
        r.num() as usize
    }
}

impl Image for i32 {
    fn put(&self, w: &mut Writer) {
        w.num(u64::from(((*self << 1) ^ (*self >> 31)) as u32));
    }
    fn get(r: &mut Reader) -> Self {
        let n = u32::get(r);
        (n >> 1) as i32 ^ -((n & 1) as i32)
    }
}

impl Image for bool {
    fn put(&self, w: &mut Writer) {
        w.num(u64::from(*self));
    }
    fn get(r: &mut Reader) -> Self {
        r.num() != 0
    }
}

impl<T: Image> Image for Option<T> {
    fn put(&self, w: &mut Writer) {
        self.is_some().put(w);
        if let Some(v) = self {
            v.put(w);
        }
    }
    fn get(r: &mut Reader) -> Self {
        bool::get(r).then(|| T::get(r))
    }
}

impl<T: Image> Image for Vec<T> {
    fn put(&self, w: &mut Writer) {
        self.len().put(w);
        self.iter().for_each(|v| v.put(w));
    }
    fn get(r: &mut Reader) -> Self {
        let len = usize::get(r);
        (0..len).map(|_| T::get(r)).collect()
    }
}

/// An enum without data, as the index of its variant in the list given.
macro_rules! image_enum {
    ($t:ident [$($v:ident),+ $(,)?]) => {
        impl Image for $t {
            fn put(&self, w: &mut Writer) {
                let all = [$($t::$v),+];
                all.iter().position(|v| v == self).expect("every variant is listed").put(w);
            }
            fn get(r: &mut Reader) -> Self {
                let all = [$($t::$v),+];
                *all.get(usize::get(r)).expect("the rule image names an unknown variant")
            }
        }
    };
}

/// A struct, field by field in the order given; a field left out of the list fails to compile.
macro_rules! image_struct {
    ($t:ident { $($f:ident),+ $(,)? }) => {
        impl Image for $t {
            fn put(&self, w: &mut Writer) {
                $(self.$f.put(w);)+
            }
            fn get(r: &mut Reader) -> Self {
                $t { $($f: Image::get(r)),+ }
            }
        }
    };
}

image_enum!(Role [Score, Distress, Awareness, Combination]);
image_enum!(HotlineKind [Hotline, Check]);
image_struct!(Manifest { version, languages, thresholds, categories });
image_struct!(Thresholds { medium, high, distress, awareness });
image_struct!(Category { id, name, cap, description, role });
image_struct!(Source { id, title, publisher, url, indicators });
image_struct!(Advice { id, text });
image_struct!(LexiconEntry { tag, label, patterns, except });
image_struct!(ConceptDef { id, weight, message, explanation, advice, sources });
image_struct!(TermClass { id, means, context });
image_struct!(RuleDef {
    id,
    concept,
    patterns,
    except,
    facts,
    near,
    unless,
    unless_after,
    without,
    window,
    fire,
    quiet,
    todo
});
image_struct!(ComboDef { id, requires, fire, quiet, todo });
image_struct!(Hotline { id, country, country_name, kind, name, phone, tel, text, web, note, source, checked });
image_struct!(Rule { def, file, language, category, concept });
image_struct!(Concept { def, category });
image_struct!(Combo { def, concept });
image_struct!(TermWords { class, language, patterns });
image_struct!(Pack { language, rules, terms });
image_struct!(RuleSet { manifest, sources, advice, lexicon, term_classes, terms, concepts, rules, combos, hotlines });

/// The set as its image holds it: of each rule's and combination's examples, those the rules page
/// shows; `todo` and the rest stay in the TOML.
#[cfg_attr(not(test), allow(dead_code))]
pub fn shown(mut set: RuleSet) -> RuleSet {
    for (_, fire, quiet, todo) in examples_mut(&mut set) {
        fire.truncate(SHOWN_FIRE);
        quiet.truncate(SHOWN_QUIET);
        todo.clear();
    }
    set
}

/// Each rule's and combination's id with its examples: fire, quiet and todo.
#[cfg_attr(not(test), allow(dead_code))]
fn examples_mut(
    set: &mut RuleSet,
) -> impl Iterator<Item = (&String, &mut Vec<String>, &mut Vec<String>, &mut Vec<String>)> {
    let defs = set.rules.iter_mut().map(|r| (&r.def.id, &mut r.def.fire, &mut r.def.quiet, &mut r.def.todo));
    let combos = set.combos.iter_mut().map(|c| (&c.def.id, &mut c.def.fire, &mut c.def.quiet, &mut c.def.todo));
    defs.chain(combos)
}

/// The examples of every rule and combination that has any, taken out of `set`: (fire, quiet) by
/// id. The web builds ship them apart from the image, for the rules page alone.
#[cfg_attr(not(test), allow(dead_code))]
pub fn take_examples(set: &mut RuleSet) -> BTreeMap<String, (Vec<String>, Vec<String>)> {
    examples_mut(set)
        .filter(|(_, fire, quiet, _)| !fire.is_empty() || !quiet.is_empty())
        .map(|(id, fire, quiet, _)| (id.clone(), (std::mem::take(fire), std::mem::take(quiet))))
        .collect()
}

/// The image of a validated rule set, with the examples the rules page shows (none in the web
/// builds: build.rs takes them out first, with [`take_examples`]).
#[cfg_attr(not(test), allow(dead_code))]
pub fn write(set: RuleSet) -> String {
    let mut w = Writer::new();
    shown(set).put(&mut w);
    w.into_text()
}

/// The image of a pack taken out of a set by [`RuleSet::split`].
#[cfg_attr(not(test), allow(dead_code))]
pub fn write_pack(pack: &Pack) -> String {
    let mut w = Writer::new();
    pack.put(&mut w);
    w.into_text()
}

/// The rule set of an image made by [`write`].
pub fn read(image: &str) -> RuleSet {
    whole(image)
}

/// The pack of an image made by [`write_pack`].
pub fn read_pack(image: &str) -> Pack {
    whole(image)
}

fn whole<T: Image>(image: &str) -> T {
    let mut r = Reader::new(image.as_bytes());
    let value = T::get(&mut r);
    assert_eq!(r.at, r.data.len(), "the rule image has bytes after what it holds");
    value
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_every_size_read_back() {
        let mut w = Writer::new();
        let values = [0i32, 1, -1, 63, -64, 64, 300, -300, i32::MAX, i32::MIN];
        values.iter().for_each(|v| v.put(&mut w));
        u32::MAX.put(&mut w);
        let mut r = Reader::new(&w.out);
        assert_eq!(values.map(|_| i32::get(&mut r)), values);
        assert_eq!(u32::get(&mut r), u32::MAX);
    }

    #[test]
    fn numbers_are_characters_that_need_no_escaping() {
        let mut w = Writer::new();
        [0u32, 31, 32, 1023, 1024, u32::MAX].iter().for_each(|v| v.put(&mut w));
        let numbers = &w.out[MAGIC.len()..];
        assert!(numbers.iter().all(|b| b.is_ascii_graphic() && !b"\"\\".contains(b)), "{numbers:?}");
        assert_eq!(numbers.len(), 1 + 1 + 2 + 2 + 3 + 7);
    }

    #[test]
    fn packs_taken_out_and_added_back_in_any_order_give_the_whole_set() {
        let whole = super::super::builtin();
        let languages: Vec<&str> = super::super::PACKS.iter().map(|p| p.language).collect();
        assert!(
            ["th", "hi", "vi", "tl"].iter().all(|l| languages.contains(l)) && !languages.contains(&"en"),
            "{languages:?}"
        );
        let mut core = whole.clone();
        let packs = core.split(&languages);
        assert!(packs.iter().all(|p| !p.rules.is_empty() && !p.terms.is_empty()));
        assert!(core.rules.iter().any(|r| r.language == "en"), "English stays");
        assert!(core.rules.iter().all(|r| !languages.contains(&r.language.as_str())));
        assert_eq!(format!("{:?}", super::super::core()), format!("{core:?}"), "build.rs embeds this core");
        let mut again = read(&write(core));
        for p in packs.iter().rev() {
            again.add(read_pack(&write_pack(p)));
        }
        // The same rules and words, in the order of their files once sorted.
        let sorted = |mut set: RuleSet| {
            set.rules.sort_by(|a, b| a.file.cmp(&b.file));
            set.terms.sort_by(|a, b| a.language.cmp(&b.language));
            format!("{set:?}")
        };
        assert_eq!(sorted(again), sorted(whole));
    }

    #[test]
    fn a_string_used_twice_is_stored_once() {
        let mut w = Writer::new();
        vec!["passport".to_string(), "visa".into(), "passport".into()].put(&mut w);
        assert_eq!(w.out.windows(8).filter(|b| b == b"passport").count(), 1);
        assert_eq!(Vec::<String>::get(&mut Reader::new(&w.out)), ["passport", "visa", "passport"]);
    }

    #[test]
    fn the_built_in_rules_read_back_as_loaded_with_the_examples_the_page_shows() {
        let loaded = super::super::load(super::super::embedded_files()).expect("valid rules");
        let longest = loaded.rules.iter().map(|r| r.def.fire.len()).max().unwrap();
        assert!(longest > SHOWN_FIRE, "some rule has more examples than the page shows");
        let read_back = read(&write(loaded.clone()));
        for (a, b) in loaded.rules.iter().zip(&read_back.rules) {
            assert_eq!(b.def.fire[..], a.def.fire[..a.def.fire.len().min(SHOWN_FIRE)]);
            assert!(b.def.todo.is_empty());
        }
        let trimmed = shown(loaded);
        assert_eq!(format!("{read_back:?}"), format!("{trimmed:?}"));
        assert_eq!(format!("{:?}", super::super::builtin()), format!("{trimmed:?}"), "build.rs embeds this image");
    }

    #[test]
    fn the_examples_taken_out_are_all_the_page_shows_and_none_stay() {
        let mut set = shown(super::super::load(super::super::embedded_files()).expect("valid rules"));
        let whole = set.clone();
        let examples = take_examples(&mut set);
        assert_eq!(examples.len(), whole.rules.len() + whole.combos.len(), "every rule has examples");
        for r in &whole.rules {
            assert_eq!(examples[&r.def.id], (r.def.fire.clone(), r.def.quiet.clone()));
        }
        assert!(set.rules.iter().all(|r| r.def.fire.is_empty() && r.def.quiet.is_empty()));
        assert!(set.combos.iter().all(|c| c.def.fire.is_empty() && c.def.quiet.is_empty()));
        let read_back = read(&write(set.clone()));
        assert_eq!(format!("{read_back:?}"), format!("{set:?}"));
    }
}
