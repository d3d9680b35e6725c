//! `huquq-rules offices`: every office with its city, what it is for and whether it has a
//! sourced contact; with `--coverage`, the city × need table of `coverage_cities`
//! (`huquq_engine::check::coverage`), which exits 1 while a cell has neither a sourced local
//! contact nor a search record. It reads the rules and prints; it writes nothing.

use huquq_engine::check::{self, Cell, Coverage, Input, Need, render};
use std::process::ExitCode;

/// What a cell says when nobody has looked.
pub const GAP: &str = "GAP";

pub fn run(input: &Input, coverage: bool) -> Result<ExitCode, String> {
    let table = match check::coverage(input) {
        Ok(table) => table,
        Err(errors) => {
            eprint!("{}", render::render(input, &errors));
            return Err("the rules have errors: fix them first (`huquq-rules check`)".to_string());
        }
    };
    if !coverage {
        print!("{}", list(&table));
        return Ok(ExitCode::SUCCESS);
    }
    print!("{}", markdown(&table));
    let gaps: Vec<String> = table.gaps().map(|(city, need)| format!("{city} × {}", need.name())).collect();
    let cells = table.rows.len() * Need::ALL.len();
    let filled = table.rows.iter().flat_map(|r| &r.cells).filter(|c| matches!(c, Cell::Offices(_))).count();
    println!(
        "\ncoverage: {} cities × {} needs: {filled} with a sourced local contact, {} searched, {} gaps{}",
        table.rows.len(),
        Need::ALL.len(),
        cells - filled - gaps.len(),
        gaps.len(),
        if gaps.is_empty() { String::new() } else { format!(" ({})", gaps.join(", ")) }
    );
    if gaps.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        println!(
            "a gap needs an office of that city with that need and a sourced contact, or a [[search]] record \
             saying what was looked for (rules/README.md)"
        );
        Ok(ExitCode::FAILURE)
    }
}

/// The city × need table as markdown: the offices of each cell, or when it was searched.
pub fn markdown(table: &Coverage) -> String {
    let names: Vec<&str> = Need::ALL.iter().map(|n| n.name()).collect();
    let mut out = format!("| city | {} |\n|---|{}\n", names.join(" | "), "---|".repeat(names.len()));
    for row in &table.rows {
        let cells: Vec<String> = row
            .cells
            .iter()
            .map(|cell| match cell {
                Cell::Offices(ids) => ids.join(", "),
                Cell::Searched(month) => format!("searched {month}"),
                Cell::Gap => GAP.to_string(),
            })
            .collect();
        out += &format!("| {} | {} |\n", row.city, cells.join(" | "));
    }
    out
}

/// Every office, one a line: id, city, needs, and whether it can fill a cell.
fn list(table: &Coverage) -> String {
    let width = table.offices.iter().map(|o| o.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for office in &table.offices {
        let needs: Vec<&str> = office.needs.iter().map(|n| n.name()).collect();
        out += &format!(
            "{:width$}  {:12}  {:40}  {}\n",
            office.id,
            office.city.as_deref().unwrap_or("-"),
            if needs.is_empty() { "-".to_string() } else { needs.join(", ") },
            if office.contact { "sourced contact" } else { "no contact" },
        );
    }
    out
}
