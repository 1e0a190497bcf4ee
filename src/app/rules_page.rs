//! The rules page (`#rules`): every rule and combination with its explanation, examples and
//! sources, searchable, so anyone can see exactly what is checked.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::i18n::{self, Lang, Msg};
use super::Engine;
use crate::rules::model::Source;
use crate::rules::RuleSet;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub engine: Engine,
    pub lang: Lang,
}

/// One row of the page, rules and combinations alike.
struct Item<'a> {
    id: &'a str,
    category: &'a str,
    language: &'a str,
    weight: i32,
    message: &'a str,
    explanation: &'a str,
    fire: &'a [String],
    quiet: &'a [String],
    requires: Option<&'a [Vec<String>]>,
    sources: Vec<&'a Source>,
}

impl Item<'_> {
    fn matches(&self, query: &[String]) -> bool {
        let hay = [self.id, self.category, self.language, self.message, self.explanation]
            .into_iter()
            .chain(self.fire.iter().map(String::as_str))
            .chain(self.quiet.iter().map(String::as_str))
            .chain(self.sources.iter().flat_map(|s| [s.title.as_str(), s.publisher.as_str()]))
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        query.iter().all(|w| hay.contains(w.as_str()))
    }
}

fn items(rules: &RuleSet) -> Vec<Item<'_>> {
    let sources = |ids: &[String]| -> Vec<&Source> {
        ids.iter().filter_map(|id| rules.sources.iter().find(|s| &s.id == id)).collect()
    };
    let mut out: Vec<Item> = rules
        .rules
        .iter()
        .map(|r| Item {
            id: &r.def.id,
            category: &r.category,
            language: &r.language,
            weight: r.def.weight,
            message: &r.def.message,
            explanation: &r.def.explanation,
            fire: &r.def.fire,
            quiet: &r.def.quiet,
            requires: None,
            sources: sources(&r.def.sources),
        })
        .collect();
    out.extend(rules.combos.iter().map(|c| Item {
        id: &c.id,
        category: crate::rules::load::COMBINATION,
        language: "",
        weight: c.weight,
        message: &c.message,
        explanation: &c.explanation,
        fire: &c.fire,
        quiet: &c.quiet,
        requires: Some(&c.requires),
        sources: sources(&c.sources),
    }));
    out
}

/// An example with its `[marked]` span shown highlighted.
fn example(text: &str) -> Html {
    match (text.find('['), text.rfind(']')) {
        (Some(a), Some(b)) if a < b => html! {
            <>{ &text[..a] }<mark>{ &text[a + 1..b] }</mark>{ &text[b + 1..] }</>
        },
        _ => html! { { text } },
    }
}

fn item_view(m: &Msg, it: &Item) -> Html {
    html! {
        <li class={classes!("rule", (it.weight < 0).then_some("reassuring"))} id={format!("rule-{}", it.id)}>
            <h3>{ it.message }</h3>
            <p class="rule-meta">
                <code>{ it.id }</code>{ " · " }{ (m.rules_weight)(it.weight) }
                if !it.language.is_empty() {
                    { " · " }{ m.rules_language }{ " " }{ it.language }
                }
            </p>
            <p>{ it.explanation }</p>
            if let Some(req) = it.requires {
                <p class="label">{ m.rules_requires }</p>
                <ul>{ for req.iter().map(|g| html! { <li><code>{ g.join(" | ") }</code></li> }) }</ul>
            }
            if !it.fire.is_empty() {
                <p class="label">{ m.rules_fires_on }</p>
                <ul class="examples fire">{ for it.fire.iter().take(4).map(|e| html! { <li>{ example(e) }</li> }) }</ul>
            }
            if !it.quiet.is_empty() {
                <p class="label">{ m.rules_quiet_on }</p>
                <ul class="examples quiet">{ for it.quiet.iter().take(3).map(|e| html! { <li>{ e }</li> }) }</ul>
            }
            if !it.sources.is_empty() {
                <p class="label">{ m.sources }</p>
                <ul class="sources">
                    { for it.sources.iter().map(|s| html! {
                        <li><a href={s.url.clone()} target="_blank" rel="noopener noreferrer">
                            { format!("{} ({})", s.title, s.publisher) }<span class="sr-only">{ " " }{ m.new_tab }</span>
                        </a></li>
                    }) }
                </ul>
            }
        </li>
    }
}

#[function_component(RulesPage)]
pub fn rules_page(props: &Props) -> Html {
    let m = props.lang.msg();
    let query = use_state(String::new);
    let Ok(screener) = props.engine.0.as_ref() else {
        return html! { <p class="error" role="alert">{ m.rules_error }</p> };
    };
    let rules = screener.rules();
    let all = items(rules);
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let shown: Vec<&Item> = all.iter().filter(|it| it.matches(&words)).collect();
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let mut cats: Vec<(String, String)> =
        rules.manifest.categories.iter().map(|c| (c.id.clone(), c.name.clone())).collect();
    cats.retain(|(id, _)| shown.iter().any(|it| it.category == id));
    html! {
        <section class="rules-page" id="rules" aria-labelledby="rules-title">
            <h2 id="rules-title">{ m.rules_title }</h2>
            <p>{ m.rules_intro }</p>
            <p class="hint">{ (m.rules_version)(&rules.manifest.version) }</p>
            <div class="search">
                <label for="rule-search">{ m.rules_search }</label>
                <input type="search" id="rule-search" placeholder={m.rules_search_hint} value={(*query).clone()} {oninput}
                    aria-describedby="rule-count" autocomplete="off" />
                <p id="rule-count" class="hint" role="status">
                    { (m.rules_count)(&i18n::number(props.lang, shown.len()), &i18n::number(props.lang, all.len())) }
                </p>
            </div>
            if shown.is_empty() {
                <p>{ m.rules_none }</p>
            }
            { for cats.iter().map(|(id, name)| html! {
                <div class="rule-category" data-category={id.clone()}>
                    <h2 class="category-title">{ name }</h2>
                    <ul class="rule-list">
                        { for shown.iter().filter(|it| it.category == id).map(|it| item_view(m, it)) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
