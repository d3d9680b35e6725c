//! Local contacts, city by city: what each office is for (`needs`), where contacts were
//! looked for (`[[search]]` records), and [`coverage`], the city × need table that
//! `huquq-rules offices --coverage` prints. A cell is covered by an office of that city, for
//! that need, with a sourced contact, or by a search record that says what was looked for.
//! None of this reaches the app: it is the authors' map of where a person finds no number.

use super::diagnostic::{Code, Diagnostic, Location};
use super::lower::declarations::{closest, index_of, is_kebab_name};
use super::lower::{Lowered, Parsed};
use crate::date::PartialDate;
use std::collections::BTreeSet;
use toml::Spanned;

/// What a person may come to an office for. The ids are stable: rules and search records
/// name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Need {
    Health,
    Asylum,
    Legal,
    Shelter,
    /// Children and school: child protection, enrolment.
    Children,
    Violence,
}

impl Need {
    pub const ALL: [Need; 6] = [Need::Health, Need::Asylum, Need::Legal, Need::Shelter, Need::Children, Need::Violence];

    pub fn name(self) -> &'static str {
        ["health", "asylum", "legal", "shelter", "children", "violence"][self as usize]
    }

    pub fn from_name(name: &str) -> Option<Need> {
        Need::ALL.into_iter().find(|n| n.name() == name)
    }
}

/// The city × need table, cities in the order of `coverage_cities`, needs in [`Need::ALL`];
/// and every office with what the table reads of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub rows: Vec<Row>,
    pub offices: Vec<LocalOffice>,
}

/// An office as the table reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalOffice {
    pub id: String,
    pub city: Option<String>,
    pub needs: Vec<Need>,
    /// Whether it gives a way to reach it, with a source: only then does it fill a cell.
    pub contact: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub city: String,
    /// One per need of [`Need::ALL`].
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Offices of the city for the need, with a sourced contact: their ids.
    Offices(Vec<String>),
    /// No such office, but a search record: its newest month.
    Searched(PartialDate),
    /// Neither.
    Gap,
}

impl Coverage {
    /// The cells with neither a sourced contact nor a search record.
    pub fn gaps(&self) -> impl Iterator<Item = (&str, Need)> {
        self.rows.iter().flat_map(|row| {
            row.cells
                .iter()
                .zip(Need::ALL)
                .filter(|(cell, _)| **cell == Cell::Gap)
                .map(|(_, need)| (row.city.as_str(), need))
        })
    }
}

/// `needs` on every office, search records, `coverage_cities`: known ids, months up to
/// `reviewed`, nothing empty.
pub fn check(files: &[Parsed], lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) {
    for file in files {
        for raw in &file.content.office {
            match &raw.needs {
                Some(needs) => {
                    let mut seen = BTreeSet::new();
                    for need in needs.get_ref() {
                        if known_need(file.file, need, diagnostics).is_some_and(|n| !seen.insert(n)) {
                            diagnostics.push(
                                Diagnostic::error(Code::DuplicateId, format!("`{}` is listed twice", need.get_ref()))
                                    .at(Location { file: file.file, span: need.span() }, "again"),
                            );
                        }
                    }
                }
                None => diagnostics.push(
                    Diagnostic::error(
                        Code::MissingNeeds,
                        format!("office `{}` does not say what it is for", raw.id.get_ref()),
                    )
                    .at(Location { file: file.file, span: raw.id.span() }, "this office")
                    .note(format!("add `needs = [...]` with any of {}; `needs = []` if none fits", need_names())),
                ),
            }
        }
    }
    let cities = cities(files, lowered, diagnostics);
    for file in files {
        for search in &file.content.search {
            let at = |span| Location { file: file.file, span };
            let city = search.city.get_ref();
            if !cities.iter().any(|c| c == city) {
                let mut diagnostic = Diagnostic::error(
                    Code::UnknownCity,
                    format!("no office is in `{city}`, and `coverage_cities` does not list it"),
                )
                .at(at(search.city.span()), "unknown city");
                if let Some(near) = closest(city, cities.iter().map(String::as_str)) {
                    diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
                }
                diagnostics.push(diagnostic);
            }
            known_need(file.file, &search.need, diagnostics);
            super::evidence::month(
                lowered.rules.reviewed,
                file.file,
                "month",
                &Some(search.month.clone()),
                diagnostics,
            );
            for (field, value) in [("searched", &search.searched), ("found", &search.found)] {
                if value.get_ref().trim().is_empty() {
                    diagnostics.push(
                        Diagnostic::error(Code::EmptyField, format!("this search record has an empty `{field}`"))
                            .at(at(value.span()), "empty")
                            .note("say what was searched (where, which words, which languages) and what was found, even nothing"),
                    );
                }
            }
        }
    }
}

/// The city × need table of the checked rules.
pub fn coverage(files: &[Parsed], lowered: &Lowered) -> Coverage {
    let rules = &lowered.rules;
    let index = index_of(rules.offices.iter().map(|o| o.id.as_str()), Some);
    let mut needs: Vec<Vec<Need>> = vec![Vec::new(); rules.offices.len()];
    for raw in files.iter().flat_map(|f| &f.content.office) {
        if let (Some(&o), Some(listed)) = (index.get(raw.id.get_ref()), &raw.needs) {
            needs[o] = listed.get_ref().iter().filter_map(|n| Need::from_name(n.get_ref())).collect();
        }
    }
    let offices: Vec<LocalOffice> = rules
        .offices
        .iter()
        .zip(needs)
        .map(|(office, needs)| LocalOffice {
            id: office.id.clone(),
            city: office.city.clone(),
            needs,
            contact: office.has_contact() && !office.sources.is_empty(),
        })
        .collect();
    let searches: Vec<_> = files.iter().flat_map(|f| &f.content.search).collect();
    let cell = |city: &str, need: Need| {
        let found: Vec<String> = offices
            .iter()
            .filter(|o| o.contact && o.city.as_deref() == Some(city) && o.needs.contains(&need))
            .map(|o| o.id.clone())
            .collect();
        let searched = searches
            .iter()
            .filter(|s| s.city.get_ref() == city && s.need.get_ref() == need.name())
            .filter_map(|s| s.month.get_ref().as_str().and_then(PartialDate::parse))
            .max_by_key(|d| d.first_day());
        match searched {
            _ if !found.is_empty() => Cell::Offices(found),
            Some(month) => Cell::Searched(month),
            None => Cell::Gap,
        }
    };
    let rows = coverage_cities(files)
        .map(|city| Row { city: city.to_string(), cells: Need::ALL.map(|need| cell(city, need)).to_vec() })
        .collect();
    Coverage { rows, offices }
}

/// The need named, or an error that lists them.
fn known_need(file: usize, need: &Spanned<String>, diagnostics: &mut Vec<Diagnostic>) -> Option<Need> {
    let found = Need::from_name(need.get_ref());
    if found.is_none() {
        let mut diagnostic =
            Diagnostic::error(Code::UnknownNeed, format!("`{}` is not a need the guide lists", need.get_ref()))
                .at(Location { file, span: need.span() }, "unknown need")
                .note(format!("the needs are {}", need_names()));
        if let Some(near) = closest(need.get_ref(), Need::ALL.iter().map(|n| n.name())) {
            diagnostic = diagnostic.note(format!("did you mean `{near}`?"));
        }
        diagnostics.push(diagnostic);
    }
    found
}

fn need_names() -> String {
    Need::ALL.map(|n| format!("`{}`", n.name())).join(", ")
}

/// `coverage_cities` of `[meta]`, as written.
fn coverage_cities<'a>(files: &'a [Parsed]) -> impl Iterator<Item = &'a str> {
    files.iter().filter_map(|f| f.content.meta.as_ref()).flat_map(|m| &m.coverage_cities).map(|c| c.get_ref().as_str())
}

/// The cities search records may name: those of offices and of `coverage_cities`, whose ids
/// are checked here.
fn cities(files: &[Parsed], lowered: &Lowered, diagnostics: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut cities: Vec<String> = lowered.rules.offices.iter().filter_map(|o| o.city.clone()).collect();
    for file in files {
        let Some(meta) = &file.content.meta else { continue };
        let mut listed = BTreeSet::new();
        for city in &meta.coverage_cities {
            let at = Location { file: file.file, span: city.span() };
            if !is_kebab_name(city.get_ref()) {
                diagnostics.push(
                    Diagnostic::error(Code::BadId, format!("`{}` is not a valid city id", city.get_ref()))
                        .at(at, "this id")
                        .note("a city is an id in lowercase words joined by `-`, as offices' `city` write it"),
                );
            } else if !listed.insert(city.get_ref()) {
                diagnostics.push(
                    Diagnostic::error(Code::DuplicateId, format!("`{}` is listed twice", city.get_ref()))
                        .at(at, "again"),
                );
            }
            cities.push(city.get_ref().clone());
        }
    }
    cities.sort_unstable();
    cities.dedup();
    cities
}
