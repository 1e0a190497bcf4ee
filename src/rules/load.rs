//! Loading rule files into a validated [`RuleSet`]: parse each file strictly, check every
//! reference between files, and collect every error (`check.rs` checks single values).

use std::collections::{HashMap, HashSet};

use super::check::*;
use super::errors::RuleErrors;
use super::facts::CODE_FACTS;
use super::model::*;
use super::set::{Combo, Concept, Rule, RuleSet, TermWords, ANY_LANGUAGE};

/// Reads one rule file's TOML; an error names its line.
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str, errors: &mut RuleErrors) -> Option<T> {
    match toml::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let message = e.message().to_string();
            let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
            let message = match line {
                Some(l) => format!("line {l}: {message}"),
                None => message,
            };
            errors.push(file, None, None, message);
            None
        }
    }
}

/// Parses and validates rule files given as (path under rules/, contents).
pub fn load(files: &[(&str, &str)]) -> Result<RuleSet, RuleErrors> {
    let mut errors = RuleErrors::default();
    let get = |name: &str| files.iter().find(|(p, _)| *p == name).map(|(_, t)| *t);
    let required = |name: &str, errors: &mut RuleErrors| {
        let text = get(name);
        if text.is_none() {
            errors.push(name, None, None, "file is missing");
        }
        text
    };
    let manifest: Option<Manifest> = required(MANIFEST, &mut errors).and_then(|t| parse(MANIFEST, t, &mut errors));
    let sources: Option<SourcesFile> = required(SOURCES, &mut errors).and_then(|t| parse(SOURCES, t, &mut errors));
    let advice: Option<AdviceFile> = required(ADVICE, &mut errors).and_then(|t| parse(ADVICE, t, &mut errors));
    let lexicon: Option<LexiconFile> = required(LEXICON, &mut errors).and_then(|t| parse(LEXICON, t, &mut errors));
    let combos: Option<CombosFile> = required(COMBOS, &mut errors).and_then(|t| parse(COMBOS, t, &mut errors));
    let concepts: Option<ConceptsFile> = required(CONCEPTS, &mut errors).and_then(|t| parse(CONCEPTS, t, &mut errors));
    let classes: Option<TermClassesFile> =
        required(TERM_CLASSES, &mut errors).and_then(|t| parse(TERM_CLASSES, t, &mut errors));
    let hotlines: Option<HotlinesFile> = required(HOTLINES, &mut errors).and_then(|t| parse(HOTLINES, t, &mut errors));
    let (
        Some(manifest),
        Some(sources),
        Some(advice),
        Some(lexicon),
        Some(combos),
        Some(concepts),
        Some(classes),
        Some(hotlines),
    ) = (manifest, sources, advice, lexicon, combos, concepts, classes, hotlines)
    else {
        return Err(errors);
    };

    check_manifest(&manifest, &mut errors);
    hotlines.entries.iter().for_each(|h| check_hotline(h, &mut errors));
    unique_ids(HOTLINES, hotlines.entries.iter().map(|h| h.id.as_str()), &mut errors);
    let source_ids = unique_ids(SOURCES, sources.sources.iter().map(|s| s.id.as_str()), &mut errors);
    for s in &sources.sources {
        if !s.url.starts_with("https://") && !s.url.starts_with("http://") {
            errors.push(SOURCES, Some(&s.id), Some("url"), "must be an http(s) address");
        }
    }
    let advice_ids = unique_ids(ADVICE, advice.advice.iter().map(|a| a.id.as_str()), &mut errors);
    let mut fact_tags: HashSet<&str> = CODE_FACTS.iter().map(|(tag, _)| *tag).collect();
    for entry in &lexicon.facts {
        if entry.tag.split('.').count() != 2 || entry.patterns.is_empty() {
            errors.push(LEXICON, Some(&entry.tag), Some("tag"), "needs the form `kind.name` and at least one pattern");
        }
        fact_tags.insert(&entry.tag);
    }
    let categories: HashSet<&str> = manifest.categories.iter().map(|c| c.id.as_str()).collect();

    let class_ids = unique_ids(TERM_CLASSES, classes.terms.iter().map(|t| t.id.as_str()), &mut errors);
    for t in &classes.terms {
        if !valid_id(&t.id) || t.id.contains('.') || t.means.trim().is_empty() {
            errors.push(TERM_CLASSES, Some(&t.id), Some("id"), "use a-z, 0-9 and `_`, and say what it `means`");
        }
    }
    let mut terms = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| p.starts_with(TERMS_DIR)) {
        let Some(file) = parse::<TermsFile>(path, text, &mut errors) else { continue };
        if *path != format!("{TERMS_DIR}{}.toml", file.language) {
            errors.push(
                path,
                None,
                Some("language"),
                format!("`language` says this file should be terms/{}.toml", file.language),
            );
        }
        check_language(&manifest, path, &file.language, &mut errors);
        for (class, patterns) in file.terms {
            if !class_ids.contains(&class) {
                errors.push(path, Some(&class), None, "not a term class of terms.toml");
            }
            if patterns.is_empty() {
                errors.push(path, Some(&class), None, "give at least one word, or leave the class out");
            }
            terms.push(TermWords { class, language: file.language.clone(), patterns });
        }
    }
    let defined: HashSet<&str> = terms.iter().map(|t| t.class.as_str()).collect();
    for t in &classes.terms {
        if !defined.contains(t.id.as_str()) {
            errors.push(TERM_CLASSES, Some(&t.id), None, "no language has words for this class");
        }
    }

    let mut all_concepts: Vec<Concept> = Vec::new();
    unique_ids(CONCEPTS, concepts.concepts.iter().map(|c| c.id.as_str()), &mut errors);
    for def in concepts.concepts {
        check_concept(CONCEPTS, &def, &source_ids, &advice_ids, &mut errors);
        let category = def.id.split('.').next().unwrap_or_default().to_string();
        if !valid_id(&def.id) || !categories.contains(category.as_str()) {
            errors.push(
                CONCEPTS,
                Some(&def.id),
                Some("id"),
                "must be `<category>.<name>` with a category of the manifest",
            );
        }
        all_concepts.push(Concept { def, category });
    }
    let combination = |category: &str| manifest.role(category) == Role::Combination;
    let concept_index: HashMap<String, usize> = index(&all_concepts, |c| &c.def.id);

    let mut rules = Vec::new();
    let mut ids = HashSet::new();
    let special = [MANIFEST, SOURCES, ADVICE, LEXICON, COMBOS, CONCEPTS, TERM_CLASSES, HOTLINES];
    for (path, text) in files {
        if special.contains(path) || path.starts_with(TERMS_DIR) {
            continue;
        }
        let Some(pack) = parse::<PackFile>(path, text, &mut errors) else { continue };
        let expected = format!("{}/{}.toml", pack.language, pack.category);
        if *path != expected {
            errors.push(
                path,
                None,
                Some("language"),
                format!("`language` and `category` say this file should be {expected}"),
            );
        }
        if pack.language != ANY_LANGUAGE {
            check_language(&manifest, path, &pack.language, &mut errors);
        }
        if !categories.contains(pack.category.as_str()) || combination(&pack.category) {
            errors.push(
                path,
                None,
                Some("category"),
                format!("`{}` is not a rule category of the manifest", pack.category),
            );
        }
        for def in pack.rules {
            let prefix = match pack.language.as_str() {
                "en" | ANY_LANGUAGE => format!("{}.", pack.category),
                lang => format!("{lang}.{}.", pack.category),
            };
            let rule_ctx =
                |field: &str, msg: String, errors: &mut RuleErrors| errors.push(path, Some(&def.id), Some(field), msg);
            if !def.id.starts_with(&prefix) || !valid_id(&def.id) {
                rule_ctx("id", format!("must start with `{prefix}` and use only a-z, 0-9, `_` and `.`"), &mut errors);
            }
            if !ids.insert(def.id.clone()) {
                rule_ctx("id", "duplicate id".into(), &mut errors);
            }
            let concept = def
                .concept
                .clone()
                .unwrap_or_else(|| def.id.strip_prefix(&format!("{}.", pack.language)).unwrap_or(&def.id).to_string());
            let Some(&ci) = concept_index.get(&concept) else {
                rule_ctx("concept", format!("no concept `{concept}` in concepts.toml"), &mut errors);
                continue;
            };
            if all_concepts[ci].category != pack.category {
                rule_ctx(
                    "concept",
                    format!("`{concept}` is not a concept of category `{}`", pack.category),
                    &mut errors,
                );
            }
            if def.patterns.is_empty() && def.facts.is_empty() && def.near.is_empty() {
                rule_ctx("patterns", "a rule needs `patterns`, `facts` or `near`".into(), &mut errors);
            }
            if let Some(t) = def.facts.iter().find(|t| !fact_tags.contains(t.as_str())) {
                rule_ctx("facts", format!("unknown fact tag `{t}`"), &mut errors);
            }
            let groups = def.near.iter().flatten().map(|g| g.strip_prefix(ANYWHERE).unwrap_or(g));
            for member in groups.flat_map(|g| g.split('|')) {
                let kind = fact_tags.iter().any(|t| t.split('.').next() == Some(member));
                if !class_ids.contains(member) && !fact_tags.contains(member) && !kind {
                    rule_ctx("near", format!("`{member}` is neither a term class nor a fact tag"), &mut errors);
                }
            }
            let placed = |set: &Vec<String>| set.iter().any(|g| !g.starts_with(ANYWHERE));
            if def.near.iter().any(|set| !placed(set) || set.iter().any(|g| g.trim().is_empty())) {
                rule_ctx(
                    "near",
                    "every set needs a group that is not `anywhere:`, and no group is empty".into(),
                    &mut errors,
                );
            }
            for (field, list) in
                [("unless", &def.unless), ("unless_after", &def.unless_after), ("without", &def.without)]
            {
                if let Some(u) = list.iter().find(|u| !class_ids.contains(u.as_str())) {
                    rule_ctx(field, format!("`{u}` is not a term class"), &mut errors);
                }
            }
            if def.window.is_some_and(|w| !(10..=400).contains(&w)) {
                rule_ctx("window", "must be between 10 and 400 characters".into(), &mut errors);
            }
            check_examples(path, &def.id, &def.fire, &def.quiet, true, &mut errors);
            rules.push(Rule {
                def,
                file: path.to_string(),
                language: pack.language.clone(),
                category: pack.category.clone(),
                concept: ci,
            });
        }
    }
    let used: HashSet<usize> = rules.iter().map(|r| r.concept).collect();

    let mut combo_list = Vec::new();
    for def in combos.combos {
        let err =
            |field: &str, msg: String, errors: &mut RuleErrors| errors.push(COMBOS, Some(&def.id), Some(field), msg);
        if !ids.insert(def.id.clone()) {
            err("id", "duplicate id".into(), &mut errors);
        }
        let concept = concept_index.get(&def.id).copied().filter(|&i| combination(&all_concepts[i].category));
        if concept.is_none() {
            err("id", "needs a concept with this id in concepts.toml, of the combination category".into(), &mut errors);
        }
        if def.requires.len() < 2 || def.requires.iter().any(Vec::is_empty) {
            err("requires", "needs at least two non-empty groups".into(), &mut errors);
        }
        let by_rule = |x: &String| concept_index.get(x).is_some_and(|i| used.contains(i));
        if let Some(u) = def.requires.iter().flatten().find(|x| !by_rule(x)) {
            err("requires", format!("no rule has the concept `{u}`"), &mut errors);
        }
        check_examples(COMBOS, &def.id, &def.fire, &def.quiet, false, &mut errors);
        if let Some(concept) = concept {
            combo_list.push(Combo { def, concept });
        }
    }
    let combined: HashSet<usize> = combo_list.iter().map(|c| c.concept).collect();
    for (i, c) in all_concepts.iter().enumerate() {
        if combination(&c.category) && !combined.contains(&i) {
            errors.push(CONCEPTS, Some(&c.def.id), None, "no combination in combinations.toml has this id");
        } else if !combination(&c.category) && !used.contains(&i) && c.def.id != super::facts::QUOTED_OFFER {
            errors.push(CONCEPTS, Some(&c.def.id), None, "no rule detects this concept");
        }
    }

    errors.or(RuleSet {
        manifest,
        sources: sources.sources,
        advice: advice.advice,
        lexicon: lexicon.facts,
        term_classes: classes.terms,
        terms,
        concepts: all_concepts,
        rules,
        combos: combo_list,
        hotlines: hotlines.entries,
    })
}
