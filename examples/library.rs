//! quotewire as a library: a pipeline with a custom gazetteer added to the default one,
//! records built with `RecordBuilder` and written as JSON Lines. The README's library
//! example is this file; `cargo test` builds it and `cargo run --example library` runs it.
//! It needs only `quotewire = { path = "…", default-features = false }` (no CLI crates).

use quotewire::Pipeline;
use quotewire::attribution::Attributor;
use quotewire::gazetteer::Gazetteer;
use quotewire::records::{QuoteRecord, RecordBuilder};
use quotewire::sentences::Segmenter;

const MY_GAZETTEER: &str = "\
id,type,name,aliases,kind
person:ada-quill,person,Ada Quill,,mayor
org:harbour-board,organization,Harbour Board,HB,agency
";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Build once (the gazetteer index takes a few tens of milliseconds), share across threads.
    let gazetteer = Gazetteer::builder().add_reader(MY_GAZETTEER.as_bytes(), "my-gazetteer.csv").build()?;
    let pipeline = Pipeline::new(Segmenter::default(), gazetteer, Attributor::builtin());

    let text = "“The harbour stays open,” Ada Quill said on Monday.\nThe Harbour Board agreed.";
    let analysis = pipeline.analyze(text); // byte offsets
    let records = RecordBuilder::new(text, pipeline.gazetteer()); // character offsets
    for quote in records.quotes(&analysis) {
        println!("{}", serde_json::to_string(&quote)?);
    }
    let speaker = records.quotes(&analysis).into_iter().find_map(|q: QuoteRecord| q.speaker);
    assert_eq!(speaker.map(|s| s.id.map(|id| id.into_owned())), Some(Some("person:ada-quill".to_string())));
    for mention in records.mentions(&analysis) {
        println!("{} {} {}", mention.id, mention.name, mention.form);
    }
    Ok(())
}
