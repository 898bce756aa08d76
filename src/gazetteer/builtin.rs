//! The default gazetteer, embedded in the binary.

use super::load::{Source, Sources};

/// The embedded default data.
pub(crate) fn sources() -> Sources {
    let src = |(origin, text): &(&str, &str)| Source::embedded(origin, text);
    Sources {
        csvs: CSVS.iter().map(src).collect(),
        stoplists: STOPLISTS.iter().map(src).collect(),
        titles: TITLES.iter().map(src).collect(),
        given_names: GIVEN_NAMES.iter().map(src).collect(),
    }
}

const CSVS: &[(&str, &str)] = &[];
const STOPLISTS: &[(&str, &str)] = &[];
const TITLES: &[(&str, &str)] = &[];
const GIVEN_NAMES: &[(&str, &str)] = &[];
