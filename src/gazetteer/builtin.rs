//! The default gazetteer, embedded in the binary.

use super::load::{Source, Sources};

/// The embedded default data.
pub(crate) fn sources() -> Sources {
    let src = |&(origin, text): &(&str, &'static str)| Source::embedded(origin, text);
    Sources {
        csvs: CSVS.iter().map(src).collect(),
        stoplists: STOPLISTS.iter().map(src).collect(),
        titles: TITLES.iter().map(src).collect(),
        given_names: GIVEN_NAMES.iter().map(src).collect(),
    }
}

macro_rules! embed {
    ($($file:literal),* $(,)?) => {
        &[$((concat!("gazetteers/", $file), include_str!(concat!("../../gazetteers/", $file)))),*]
    };
}

const CSVS: &[(&str, &str)] = embed!(
    "countries.csv",
    "regions.csv",
    "cities.csv",
    "organizations.csv",
    "people.csv",
    "legislatures.csv",
    "counties.csv",
);
const STOPLISTS: &[(&str, &str)] = embed!("stoplist.txt");
const TITLES: &[(&str, &str)] = embed!("titles.txt");
const GIVEN_NAMES: &[(&str, &str)] = embed!("given-names-male.txt", "given-names-female.txt");
