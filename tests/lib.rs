//! The library's integration tests, in one binary so that the suite links the crate once.
//! The command line's own tests live with it, in `crates/plan-targets-cli/tests`.

mod api;
mod catalog;
mod counts_and_groups;
mod data_ingest;
mod dated_values_and_counts;
mod eval_cases;
mod eval_properties;
mod free_words;
mod levels_classes_lists;
mod loose_writing;
mod outlook;
mod places;
mod reference_levels;
mod reference_margin;
mod regions;
mod reliability;
mod report;
#[cfg(all(feature = "csv", feature = "json", feature = "html", feature = "xlsx"))]
mod report_formats;
mod sentences;
mod series_standings_spaces;
mod syntax;
mod syntax_fresh;
mod template;
mod words;
