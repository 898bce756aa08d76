//! quotewire: who said what, and who and where is mentioned, in news articles.
pub mod gazetteer;
