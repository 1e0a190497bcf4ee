//! Hotlines and official checks by country, from the rules' `hotlines.toml` (embedded at build
//! time and validated with the rules: the page fetches nothing). The user's country comes first.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{intl, Engine};
use crate::present::i18n::Lang;
use crate::present::rule_text::Words;
use crate::rules::model::{Hotline, GLOBAL};

/// The reader's country, whether to remember it, and how to change both.
#[derive(Clone)]
pub struct CountryChoice {
    pub country: AttrValue,
    pub remember: bool,
    pub on_country: Callback<String>,
    /// `None` in the embed view: a partner's page remembers nothing, so no checkbox.
    pub on_remember: Option<Callback<bool>>,
}

/// The same choice when the values are; callbacks are made anew on every render.
impl PartialEq for CountryChoice {
    fn eq(&self, other: &Self) -> bool {
        self.country == other.country
            && self.remember == other.remember
            && self.on_remember.is_some() == other.on_remember.is_some()
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub engine: Engine,
    pub lang: Lang,
    /// Changes when the words of a language arrive, so they show.
    pub words: u32,
    pub choice: CountryChoice,
    /// Heading level and id prefix differ between the emergency block and the next-steps list.
    pub id: AttrValue,
    pub title: AttrValue,
    /// Show every country's entries open (emergency mode).
    #[prop_or_default]
    pub open_all: bool,
}

fn entry_view(lang: Lang, said: &Words, e: &Hotline) -> Html {
    let m = lang.msg();
    let (name, note) = said.hotline(e);
    html! {
        <li class={classes!("hotline", format!("kind-{}", e.kind.as_str()))}>
            <p class="hotline-name">{ name }</p>
            if let (Some(phone), Some(tel)) = (&e.phone, &e.tel) {
                <p class="hotline-phone">
                    <a href={format!("tel:{tel}")}>{ format!("{} {}", m.call, phone) }</a>
                    if let Some(t) = &e.text {
                        { " · " }<a href={format!("sms:{t}")}>{ format!("{} {}", m.text_to, t) }</a>
                    }
                </p>
            }
            if let Some(web) = &e.web {
                <p><a href={web.clone()} target="_blank" rel="noopener noreferrer">
                    { m.website }{ ": " }{ web.trim_start_matches("https://") }
                    <span class="sr-only">{ " " }{ m.new_tab }</span>
                </a></p>
            }
            if let Some(note) = note {
                <p class="hotline-note">{ note }</p>
            }
            <p class="hotline-source">
                <a href={e.source.clone()} target="_blank" rel="noopener noreferrer">
                    { m.source }<span class="sr-only">{ " " }{ m.new_tab }</span>
                </a>
                { format!(" · {}", m.checked_on.fill(&[("date", &intl::date(lang, &e.checked))])) }
            </p>
        </li>
    }
}

#[function_component(Hotlines)]
pub fn hotlines(props: &Props) -> Html {
    let m = props.lang.msg();
    let lang = props.lang;
    let Some(rules) = props.engine.rules() else { return html! {} };
    let all = &rules.hotlines;
    let said = Words::new(rules, lang);
    let mut countries: Vec<(&str, &str)> =
        rules.countries().into_iter().map(|(code, name)| (code, said.country(code).unwrap_or(name))).collect();
    countries.sort_by(|a, b| a.1.cmp(b.1));
    let choice = &props.choice;
    let country = choice.country.as_str();
    let select_id = format!("{}-country", props.id);
    let remember_id = format!("{}-remember", props.id);
    let onchange = {
        let cb = choice.on_country.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlSelectElement>().value()))
    };
    let onremember = choice.on_remember.clone().map(|cb| {
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<web_sys::HtmlInputElement>().checked()))
    });
    let mine: Vec<&Hotline> = all.iter().filter(|e| !country.is_empty() && e.country == country).collect();
    let global: Vec<&Hotline> = all.iter().filter(|e| e.country == GLOBAL).collect();
    let others: Vec<&Hotline> = all.iter().filter(|e| e.country != GLOBAL && e.country != country).collect();
    let mut groups: Vec<(&str, Vec<&Hotline>)> = Vec::new();
    for e in &others {
        let name = said.country(&e.country).unwrap_or(&e.country_name);
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => v.push(e),
            None => groups.push((name, vec![e])),
        }
    }
    let country_name = countries.iter().find(|(c, _)| *c == country).map(|(_, n)| *n);
    html! {
        <section class="hotlines" id={props.id.clone()} aria-labelledby={format!("{}-title", props.id)}>
            <h2 id={format!("{}-title", props.id)}>{ props.title.clone() }</h2>
            <div class="country-picker">
                <label for={select_id.clone()}>{ m.country }</label>
                <select id={select_id} {onchange}>
                    <option value="" selected={country.is_empty()}>{ m.country_none }</option>
                    { for countries.iter().map(|&(code, name)| html! {
                        <option value={code.to_string()} selected={code == country}>{ name }</option>
                    }) }
                </select>
                if let Some(onchange) = onremember {
                    <div class="check">
                        <input type="checkbox" id={remember_id.clone()} checked={choice.remember} {onchange}
                            aria-describedby={format!("{remember_id}-hint")} />
                        <label for={remember_id.clone()}>{ m.remember }</label>
                    </div>
                    <p class="hint" id={format!("{remember_id}-hint")}>{ m.remember_hint }</p>
                }
            </div>
            if country.is_empty() {
                <p class="hint">{ m.pick_country_hint }</p>
            } else {
                <h3>{ format!("{}: {}", m.your_country, country_name.unwrap_or_default()) }</h3>
                if mine.is_empty() {
                    <p>{ m.no_entry_for_country }</p>
                } else {
                    <ul class="hotline-list mine">{ for mine.iter().map(|e| entry_view(lang, &said, e)) }</ul>
                }
            }
            <h3>{ m.any_country }</h3>
            <ul class="hotline-list">{ for global.iter().map(|e| entry_view(lang, &said, e)) }</ul>
            <details class="others" open={props.open_all}>
                <summary>{ format!("{} ({})", m.other_countries, groups.len()) }</summary>
                { for groups.iter().map(|(name, es)| html! {
                    <>
                        <h3>{ name }</h3>
                        <ul class="hotline-list">{ for es.iter().map(|e| entry_view(lang, &said, e)) }</ul>
                    </>
                }) }
            </details>
        </section>
    }
}
