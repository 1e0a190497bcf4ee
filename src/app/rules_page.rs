//! The rules page (`#rules`): every rule and combination with its explanation, examples and
//! sources, searchable, so anyone can see exactly what is checked.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{intl, Engine};
use crate::present::i18n::{Lang, Msg};
use crate::present::rule_text::Words;
use crate::rules::model::Source;
use crate::rules::{marked_span, Entry, RuleSet, SHOWN_FIRE, SHOWN_QUIET};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub engine: Engine,
    pub lang: Lang,
    /// Changes when the words of a language arrive, so they show.
    pub words: u32,
}

/// One row of the page, rules and combinations alike, with its sources looked up.
struct Item<'a> {
    entry: Entry<'a>,
    sources: Vec<&'a Source>,
}

impl Item<'_> {
    fn matches(&self, query: &[String]) -> bool {
        let e = &self.entry;
        let language = if e.requires.is_none() { e.language } else { "" };
        let hay = [e.id, e.category, language, e.message, e.explanation]
            .into_iter()
            .chain(e.fire.iter().map(String::as_str))
            .chain(e.quiet.iter().map(String::as_str))
            .chain(self.sources.iter().flat_map(|s| [s.title.as_str(), s.publisher.as_str()]))
            .collect::<Vec<_>>()
            .join("\n")
            .to_lowercase();
        query.iter().all(|w| hay.contains(w.as_str()))
    }
}

/// Every entry, its message and explanation in the words' language.
fn items<'a>(rules: &'a RuleSet, said: &Words<'a>) -> Vec<Item<'a>> {
    rules
        .entries()
        .into_iter()
        .map(|mut entry| {
            if let Some((message, explanation)) = said.concept(entry.concept) {
                (entry.message, entry.explanation) = (message, explanation);
            }
            // The web builds load the examples apart from the rules (`words::load_examples`).
            if let Some((fire, quiet)) = super::words::examples(entry.id).filter(|_| entry.fire.is_empty()) {
                (entry.fire, entry.quiet) = (fire, quiet);
            }
            Item { sources: entry.sources.iter().filter_map(|id| rules.source(id)).collect(), entry }
        })
        .collect()
}

/// An example with its `[marked]` span shown highlighted, read as the rule tests read it.
fn example(text: &str) -> Html {
    match marked_span(text) {
        Some((plain, a, b)) => html! {
            <>{ &plain[..a] }<mark>{ &plain[a..b] }</mark>{ &plain[b..] }</>
        },
        None => html! { { text } },
    }
}

fn item_view(m: &Msg, it: &Item) -> Html {
    html! {
        <li class={classes!("rule", (it.entry.weight < 0).then_some("reassuring"))} id={format!("rule-{}", it.entry.id)}>
            <h3>{ it.entry.message }</h3>
            <p class="rule-meta">
                <code>{ it.entry.id }</code>{ " · " }{ m.rules_weight.fill(&[("weight", &format!("{:+}", it.entry.weight))]) }
                if it.entry.requires.is_none() {
                    { " · " }{ m.rules_language }{ " " }{ it.entry.language }
                }
            </p>
            <p>{ it.entry.explanation }</p>
            if let Some(req) = it.entry.requires {
                <p class="label">{ m.rules_requires }</p>
                <ul>{ for req.iter().map(|g| html! { <li><code>{ g.join(" | ") }</code></li> }) }</ul>
            }
            if !it.entry.fire.is_empty() {
                <p class="label">{ m.rules_fires_on }</p>
                <ul class="examples fire">{ for it.entry.fire.iter().take(SHOWN_FIRE).map(|e| html! { <li>{ example(e) }</li> }) }</ul>
            }
            if !it.entry.quiet.is_empty() {
                <p class="label">{ m.rules_quiet_on }</p>
                <ul class="examples quiet">{ for it.entry.quiet.iter().take(SHOWN_QUIET).map(|e| html! { <li>{ e }</li> }) }</ul>
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
    let Some(screener) = props.engine.screener() else {
        return html! { <p class="error" role="alert">{ m.rules_error }</p> };
    };
    let rules = screener.rules();
    let said = Words::new(rules, props.lang);
    let all = items(rules, &said);
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let shown: Vec<&Item> = all.iter().filter(|it| it.matches(&words)).collect();
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| query.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let mut cats: Vec<(&str, &str)> =
        rules.manifest.categories.iter().map(|c| (&*c.id, said.category(&c.id))).collect();
    cats.retain(|(id, _)| shown.iter().any(|it| it.entry.category == *id));
    html! {
        <section class="rules-page" id="rules" aria-labelledby="rules-title">
            <h2 id="rules-title">{ m.rules_title }</h2>
            <p>{ m.rules_intro }</p>
            <p class="hint">{ m.rules_version.fill(&[("version", &rules.manifest.version)]) }</p>
            <div class="search">
                <label for="rule-search">{ m.rules_search }</label>
                <input type="search" id="rule-search" spellcheck="false" autocomplete="off" placeholder={m.rules_search_hint} value={(*query).clone()} {oninput}
                    aria-describedby="rule-count" autocomplete="off" />
                <p id="rule-count" class="hint" role="status">
                    { intl::count(props.lang, &m.rules_count, all.len(), &[("shown", &intl::number(props.lang, shown.len())), ("total", &intl::number(props.lang, all.len()))]) }
                </p>
            </div>
            if shown.is_empty() {
                <p>{ m.rules_none }</p>
            }
            { for cats.iter().map(|(id, name)| html! {
                <div class="rule-category" data-category={id.to_string()}>
                    <h2 class="category-title">{ *name }</h2>
                    <ul class="rule-list">
                        { for shown.iter().filter(|it| it.entry.category == *id).map(|it| item_view(m, it)) }
                    </ul>
                </div>
            }) }
        </section>
    }
}
