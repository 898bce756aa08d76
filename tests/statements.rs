//! Reported speech: one row per statement rule on short texts, mixed statements, and the
//! records that say which statement holds a quotation.

use std::sync::OnceLock;

use quotewire::Pipeline;
use quotewire::attribution::QuoteKind;

/// The builtin pipeline, built once for all tests.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::builtin().expect("builtin pipeline"))
}

/// What a test sees of one indirect statement: content, speaker mention, speaker name, rule.
type Seen = (String, String, String, String);

/// The indirect statements of `text`.
fn statements(text: &str) -> Vec<Seen> {
    let analysis = pipeline().analyze(text);
    analysis
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| {
            let s = q.speaker.as_ref().expect("every statement has a speaker");
            (
                text[q.span.start..q.span.end].to_string(),
                text[s.start..s.end].to_string(),
                s.name.clone().unwrap_or_default(),
                q.rule.unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The speaker of the first attributed quotation or statement in `text`.
fn first_speaker(text: &str) -> quotewire::attribution::Speaker {
    let analysis = pipeline().analyze(text);
    analysis.quotes.into_iter().find_map(|q| q.speaker).expect(text)
}

/// One expected statement: content, speaker mention, speaker name, rule.
type Row = (&'static str, &'static str, &'static str, &'static str);

#[test]
fn one_row_per_rule() {
    let rows: &[(&str, &[Row])] = &[
        // S-APPOS: a name before an appositive role whose closing comma is missing.
        (
            "Ruth Kane, spokeswoman for the county health board said the clinic would reopen.",
            &[("the clinic would reopen", "Ruth Kane", "Ruth Kane", "speaker-cue-content")],
        ),
        (
            "Tom Reddy, a Quillon spokesman told reporters that flights would resume.",
            &[("that flights would resume", "Tom Reddy", "Tom Reddy", "speaker-cue-hearer-content")],
        ),
        (
            "Ewan Dorr, Harbourside Traders Association said the town was delighted.",
            &[("the town was delighted", "Ewan Dorr", "Ewan Dorr", "speaker-cue-content")],
        ),
        // …after a content, for a person named with a given name.
        (
            "The party is united, Alan Milburn, Labour's election strategist told reporters.",
            &[("The party is united", "Alan Milburn", "Alan Milburn", "content-speaker-cue")],
        ),
        (
            "Mark Serwotka, from the Public and Commercial Services union said there should be a strike.",
            &[("there should be a strike", "Mark Serwotka", "Mark Serwotka", "speaker-cue-content")],
        ),
        (
            "In Leeds, officials said the clinic would reopen.",
            &[("the clinic would reopen", "officials", "officials", "speaker-cue-content")],
        ),
        // S-PROGRESSIVE: a cue in -ing after a form of `be` has its own subject.
        (
            "Ann Reid was angry. She said the agency was blaming her for the delay.",
            // Not a second statement of hers: its subject is inside her content.
            &[("the agency was blaming her for the delay", "She", "Ann Reid", "pronoun")],
        ),
        (
            "Dock workers have been warning that the port would close.",
            &[("that the port would close", "Dock workers", "Dock workers", "speaker-cue-hearer-content")],
        ),
        // CLAUSE, the X said: a name after `the` closes the content before it.
        (
            "Prices will rise next year, the Bank of Ruritania said.",
            &[(
                "Prices will rise next year",
                "Bank of Ruritania",
                "Bank of Ruritania",
                "content-speaker-cue",
            )],
        ),
        // S-MEDIUM: where it was said is no content.
        (
            "Most regions saw steady growth, the Federal Reserve said in its latest quarterly report.",
            &[(
                "Most regions saw steady growth",
                "Federal Reserve",
                "Federal Reserve",
                "content-speaker-cue",
            )],
        ),
        (
            "Wages will be frozen, the firm said in a letter to staff.",
            &[("Wages will be frozen", "the firm", "the firm", "content-speaker-cue")],
        ),
        // S-ROLE-APPOS: a role set off before the name is no content.
        (
            "The deal is off, the head of the dockers' union, Tom Hale, told reporters.",
            &[("The deal is off", "Tom Hale", "Tom Hale", "content-speaker-cue")],
        ),
        (
            "The plant will close, the company's chief executive, Ann Reid, said.",
            &[("The plant will close", "Ann Reid", "Ann Reid", "content-speaker-cue")],
        ),
        (
            "The average ward had 7,000 people, Mr Hale said.",
            &[("The average ward had 7,000 people", "Mr Hale", "Hale", "content-speaker-cue")],
        ),
        // S-MEDIUM after the cue: the clause after the medium is the content.
        (
            "A spokeswoman for the minister said in an email the file was under review.",
            &[(
                "the file was under review",
                "A spokeswoman for the minister",
                "a spokeswoman for the minister",
                "speaker-cue-content",
            )],
        ),
        // S-ASIDE: a name and an aside between commas are the subject, not a content.
        (
            "Ann Reid, speaking in Leeds, said the scheme failed.",
            &[("the scheme failed", "Ann Reid", "Ann Reid", "speaker-cue-content")],
        ),
        // S-POLL: a share of those asked speaks through the poll its sentence names.
        (
            "In a new Harbour Research poll, 61 percent of voters said the bridge should be rebuilt.",
            &[(
                "the bridge should be rebuilt",
                "a new Harbour Research poll",
                "Harbour Research",
                "speaker-cue-content",
            )],
        ),
        (
            "The Kerrow poll also finds that most farmers say the subsidy is too low.",
            &[(
                "that most farmers say the subsidy is too low",
                "The Kerrow poll",
                "Kerrow",
                "speaker-cue-content",
            )],
        ),
        (
            "Six in 10 voters said the bridge should be rebuilt in a poll by Harbour Research.",
            &[(
                "the bridge should be rebuilt in a poll by Harbour Research",
                "a poll",
                "a poll",
                "speaker-cue-content",
            )],
        ),
        // Not a poll the share speaks through: its object, or no poll at all.
        (
            "61 percent of voters said they had not seen the Harbour Research poll.",
            &[(
                "they had not seen the Harbour Research poll",
                "61 percent",
                "61 percent",
                "speaker-cue-content",
            )],
        ),
        (
            "Most of the 40 farmers at the meeting said the subsidy was too low.",
            &[("the subsidy was too low", "Most", "most", "speaker-cue-content")],
        ),
        // S-COUNT-NOUN: a count before a plural noun.
        (
            "Nearly eight in 10 voters said the plan was dead.",
            &[(
                "the plan was dead",
                "Nearly eight in 10 voters",
                "Nearly eight in 10 voters",
                "speaker-cue-content",
            )],
        ),
        // … but `in` and a number after a noun is a place's number, no count (the plural
        // before the cue stays the source, read as before).
        (
            "Firms in 14 countries said trade was slowing.",
            &[("trade was slowing", "countries", "countries", "speaker-cue-content")],
        ),
        // Counts as sources: a percentage, all but a number.
        (
            "Some 26% say they trust the council.",
            &[("they trust the council", "Some 26%", "Some 26%", "speaker-cue-content")],
        ),
        (
            "All but two said the rules should change.",
            &[("the rules should change", "All but two", "All but two", "speaker-cue-content")],
        ),
        // A body's name with `the` inside it after a person's name and `of`.
        (
            "Mia Lund of Feed the Future said the harvest had failed.",
            &[("the harvest had failed", "Mia Lund", "Mia Lund", "speaker-cue-content")],
        ),
        // A semicolon after the cue ends the attribution's clause.
        (
            "Turnout will be low, analysts say; in 2019 it was lower.",
            &[("Turnout will be low", "analysts", "analysts", "content-speaker-cue")],
        ),
        // Rule S-POSSESSED: a possessed cue is a noun; its owner is the source.
        (
            "The concerns go beyond Anna Berg's controversial pledge to stay neutral.",
            &[("to stay neutral", "Anna Berg's", "Anna Berg", "speaker-cue-content")],
        ),
        // A subject ends before the verb of its singular head noun.
        (
            "The firm works with banks and has said the market is weak.",
            &[("the market is weak", "The firm", "the firm", "speaker-cue-content")],
        ),
        (
            "The company wants damages of $20bn, claiming the unit was sold cheaply.",
            &[
                ("damages of $20bn", "The company", "the company", "speaker-cue-content"),
                ("the unit was sold cheaply", "The company", "the company", "speaker-cue-content"),
            ],
        ),
        // Rule S-CLAUSE-END: a comparison the writer adds, and a second predicate of the
        // source, end the content; a second clause of the content does not.
        (
            "Most voters said they wanted change, compared with four in 10 in May.",
            &[("they wanted change", "Most voters", "Most voters", "speaker-cue-content")],
        ),
        // … and so does `, however` opening a clause of the writer's (not a parenthetical
        // `, however,`).
        (
            "Ann Reid said sales fell 9%, however this time the drop was smaller.",
            &[("sales fell 9%", "Ann Reid", "Ann Reid", "speaker-cue-content")],
        ),
        (
            "Ann Reid said the plan, however, had failed.",
            &[("the plan, however, had failed", "Ann Reid", "Ann Reid", "speaker-cue-content")],
        ),
        (
            "Ann Reid has said the plan failed and has visited the site twice.",
            &[("the plan failed", "Ann Reid", "Ann Reid", "speaker-cue-content")],
        ),
        (
            "Ann Reid described the shift as a conversion and has visited the site twice.",
            &[("the shift as a conversion", "Ann Reid", "Ann Reid", "speaker-cue-content")],
        ),
        (
            "Ann Reid said the plan was sound and the money was there.",
            &[("the plan was sound and the money was there", "Ann Reid", "Ann Reid", "speaker-cue-content")],
        ),
        // S-ASIDE-THAT: an aside between commas after the cue, then `that`.
        (
            "Ann Reid said, twice, that she would not resign.",
            &[("that she would not resign", "Ann Reid", "Ann Reid", "speaker-cue-content")],
        ),
        // R-CLOSE: sources close to the talks, people familiar with the plan.
        (
            "The talks have failed, sources close to the negotiations said.",
            &[("The talks have failed", "sources", "sources", "content-speaker-cue")],
        ),
        (
            "People familiar with the plan said the mill would close.",
            &[("the mill would close", "People", "people", "speaker-cue-content")],
        ),
        // …and after the cue, the adjective and its phrase stay with the source (not `a
        // source close`), a capitalised word at its end no holder's name.
        (
            "The talks have failed, said a source close to the Clintons.",
            &[(
                "The talks have failed",
                "a source close to the Clintons",
                "a source close to the Clintons",
                "content-cue-speaker",
            )],
        ),
        (
            "The mill will close, according to officials familiar with the plan.",
            &[(
                "The mill will close",
                "officials familiar with the plan",
                "officials familiar with the plan",
                "content-according-to",
            )],
        ),
        (
            "The donors were angry, according to a person familiar with Johnson's views.",
            &[(
                "The donors were angry",
                "a person familiar with Johnson's views",
                "a person familiar with Johnson's views",
                "content-according-to",
            )],
        ),
        // A participle's phrase after a person noun ends the source (not `one analyst
        // quoted by`); a document's author after `by` is the source.
        (
            "The bid will fail, said one analyst quoted by the Agence France Presse news agency.",
            &[("The bid will fail", "one analyst", "one analyst", "content-cue-speaker")],
        ),
        (
            "The plan saves money, according to a report published by research consultancy Analysys.",
            &[(
                "The plan saves money",
                "a report published by research consultancy Analysys",
                "Analysys",
                "content-according-to",
            )],
        ),
        (
            "The charges were dropped, according to a court document filed by state attorney Dave Aronberg.",
            &[(
                "The charges were dropped",
                "state attorney Dave Aronberg",
                "Dave Aronberg",
                "content-according-to",
            )],
        ),
        // … a document without a determiner too (figures revealed by …).
        (
            "Costs rose, according to figures revealed by the Harbour Commission on Wednesday.",
            &[("Costs rose", "the Harbour Commission", "Harbour Commission", "content-according-to")],
        ),
        // S-PP: a plural noun before the place heads the source; a role noun too.
        (
            "Music industry bosses in Norway said the ruling would help.",
            &[(
                "the ruling would help",
                "Music industry bosses in Norway",
                "Music industry bosses in Norway",
                "speaker-cue-content",
            )],
        ),
        (
            "Traders in Asia said the central bank would act.",
            &[("the central bank would act", "Traders in Asia", "Traders in Asia", "speaker-cue-content")],
        ),
        (
            "Exit polls taken in Ohio found that most voters backed the plan.",
            &[(
                "that most voters backed the plan",
                "Exit polls taken in Ohio",
                "Exit polls taken in Ohio",
                "speaker-cue-content",
            )],
        ),
        (
            "A 2019 study that appeared in the Lanford Medical Review found that most diets fail.",
            &[(
                "that most diets fail",
                "A 2019 study that appeared in the Lanford Medical Review",
                "a 2019 study that appeared in the Lanford Medical Review",
                "speaker-cue-content",
            )],
        ),
        (
            "The authorities in the US said the fraud was large.",
            &[(
                "the fraud was large",
                "The authorities in the US",
                "the authorities in the US",
                "speaker-cue-content",
            )],
        ),
        (
            "Police in Kyiv said the road was closed.",
            &[("the road was closed", "Police in Kyiv", "Police in Kyiv", "speaker-cue-content")],
        ),
        // `and` and commas inside a body's name (the Finance and Economy Ministry, the
        // Department for Culture, Media and Sport), not over its owner (South Korea's).
        (
            "South Korea's Finance and Economy Ministry said the won would rise.",
            &[(
                "the won would rise",
                "Finance and Economy Ministry",
                "Finance and Economy Ministry",
                "speaker-cue-content",
            )],
        ),
        (
            "The Department for Culture, Media and Sport said the plan would work.",
            &[(
                "the plan would work",
                "Department for Culture, Media and Sport",
                "Department for Culture, Media and Sport",
                "speaker-cue-content",
            )],
        ),
        // A plural possessive inside a body's name (the Musicians' Union) is no owner.
        (
            "Nigel Kerr from the Musicians' Union said the deal was poor.",
            &[("the deal was poor", "Nigel Kerr", "Nigel Kerr", "speaker-cue-content")],
        ),
        (
            "Zenos' owner Harbour Group said the deal was poor.",
            &[("the deal was poor", "owner Harbour Group", "Harbour Group", "speaker-cue-content")],
        ),
        // … and after a role's complement (a spokeswoman for the centre in Cardiff).
        (
            "A spokeswoman for the Harbour Shopping Centre in Cardiff said the shops were busy.",
            &[(
                "the shops were busy",
                "A spokeswoman for the Harbour Shopping Centre in Cardiff",
                "a spokeswoman for the Harbour Shopping Centre in Cardiff",
                "speaker-cue-content",
            )],
        ),
        // A light verb and its noun are one cue, with its `that` (reporting-verbs.txt).
        (
            "The singer Tom Reilly makes claims that he was bullied at school.",
            &[("he was bullied at school", "Tom Reilly", "Tom Reilly", "speaker-cue-content")],
        ),
        // with X saying: the phrase after `with`, over a lowercase role before a name.
        (
            "The club kept its coach, with chairman Ewan Dorr calling for an end to the talk.",
            &[("an end to the talk", "chairman Ewan Dorr", "Ewan Dorr", "speaker-cue-content")],
        ),
        // Rule 4e: a name's determiner, titles and modifiers between `with` and the name.
        (
            "The law faces a test this weekend, with the Harbour Alliance saying many hunts will be out.",
            &[("many hunts will be out", "the Harbour Alliance", "Harbour Alliance", "speaker-cue-content")],
        ),
        (
            "Tom Ilves missed the cup win with Rovers boss Anna Berg claiming it had been a difficult time.",
            &[("it had been a difficult time", "Rovers boss Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // … and the `with` clause ends the content of the cue before it.
        (
            "The Harbour Party attacked the plans with election coordinator Ewan Dorr accusing Anna Berg of lying.",
            &[
                ("the plans", "The Harbour Party", "Harbour Party", "speaker-cue-content"),
                ("Anna Berg of lying", "election coordinator Ewan Dorr", "Ewan Dorr", "speaker-cue-content"),
            ],
        ),
        // Not over a preposition: the dispute is with Tom Ilves, the claim Ewan Dorr's.
        (
            "Ewan Dorr reopened his dispute with Tom Ilves after claiming the player was unfit.",
            &[("the player was unfit", "Ewan Dorr", "Ewan Dorr", "speaker-cue-content")],
        ),
        // A `told`-like cue before a phrase of place or time and `that`: no one told.
        (
            "Ewan Dorr warned in a report released on Monday that the numbers did not add up.",
            &[("that the numbers did not add up", "Ewan Dorr", "Ewan Dorr", "speaker-cue-hearer-content")],
        ),
        // Only the days of the week are days: a surname ending in -day is a name.
        (
            "Mr Halliday said the plan was dead.",
            &[("the plan was dead", "Mr Halliday", "Halliday", "speaker-cue-content")],
        ),
        // A year or a day after its preposition between subject and cue is no subject.
        (
            "Ann Kerr in 2010 said the law was a mistake.",
            &[("the law was a mistake", "Ann Kerr", "Ann Kerr", "speaker-cue-content")],
        ),
        // A quoted fragment before the cue is no content when `that` follows the cue.
        (
            "While the economy grew at a \"good pace\", Ann Kerr warned that debts were rising.",
            &[("that debts were rising", "Ann Kerr", "Ann Kerr", "speaker-cue-hearer-content")],
        ),
        // A body's name after the cue keeps `and` between its capitalised words, and no
        // title word is stripped up to it.
        (
            "Tourism will grow, said the World Travel and Tourism Council.",
            &[(
                "Tourism will grow",
                "the World Travel and Tourism Council",
                "World Travel and Tourism Council",
                "content-cue-speaker",
            )],
        ),
        (
            "Profits rose, said Baoshan Iron and Steel Co.",
            &[(
                "Profits rose",
                "Baoshan Iron and Steel Co.",
                "Baoshan Iron and Steel Co.",
                "content-cue-speaker",
            )],
        ),
        (
            "China's Baoshan Iron and Steel Co. said profits rose.",
            &[(
                "profits rose",
                "Baoshan Iron and Steel Co.",
                "Baoshan Iron and Steel Co.",
                "speaker-cue-content",
            )],
        ),
        (
            "Exports fell, said the Finance and Economy Ministry.",
            &[(
                "Exports fell",
                "the Finance and Economy Ministry",
                "Finance and Economy Ministry",
                "content-cue-speaker",
            )],
        ),
        // An irregular past after a role noun ends the subject (threw, withdrew).
        (
            "The administration threw its weight behind the bill, proposing that taxes rise.",
            &[("that taxes rise", "The administration", "the administration", "speaker-cue-content")],
        ),
        // A copula before an adjective cue is passed over; a verb after a plural or a
        // quantifier ends the subject.
        (
            "His donors remain confident that he will win.",
            &[("that he will win", "His donors", "His donors", "speaker-cue-content")],
        ),
        (
            "Many believe the figure is too low and fear tax rises, saying receipts are weak.",
            &[
                (
                    "the figure is too low and fear tax rises, saying receipts are weak",
                    "Many",
                    "many",
                    "speaker-cue-content",
                ),
                ("tax rises", "Many", "many", "speaker-cue-content"),
                ("receipts are weak", "Many", "many", "speaker-cue-content"),
            ],
        ),
        // `and` inside a role phrase: between modifiers, or between role nouns; not
        // after a verb or before a new subject.
        (
            "The Commons work and pensions committee said fees would rise.",
            &[(
                "fees would rise",
                "The Commons work and pensions committee",
                "the Commons work and pensions committee",
                "speaker-cue-content",
            )],
        ),
        (
            "He left and union leaders said the plan was poor.",
            &[("the plan was poor", "union leaders", "union leaders", "speaker-cue-content")],
        ),
        // A capitalised stop word after a determiner opens a name inside a role phrase.
        (
            "The roof will be ready, an All England club spokesperson said.",
            &[(
                "The roof will be ready",
                "an All England club spokesperson",
                "an All England club spokesperson",
                "content-speaker-cue",
            )],
        ),
        // The clause of `Asked` is the question put to the source, not what it said.
        (
            "Asked if he was ever bullied, the candidate said he was not.",
            &[("he was not", "the candidate", "the candidate", "speaker-cue-content")],
        ),
        // `it` never stands for a plural document (recent figures): no name.
        (
            "According to recent figures, Acme's profits tripled. Over 60% of phones sold featured cameras, it said.",
            &[
                ("Acme's profits tripled", "recent figures", "recent figures", "according-to-content"),
                ("Over 60% of phones sold featured cameras", "it", "", "content-speaker-cue"),
            ],
        ),
        // A kind of body before a one-word name makes it a body, which `it` stands for.
        (
            "Users upload content, according to a report by think-tank Demos. It said the trend would grow.",
            &[
                ("Users upload content", "a report by think-tank Demos", "Demos", "content-according-to"),
                ("the trend would grow", "It", "Demos", "pronoun"),
            ],
        ),
        // The person told: a channel's number and what follows it are part of the name.
        (
            "Ann Kerr told BBC Radio 4's Today programme that debts were rising.",
            &[("that debts were rising", "Ann Kerr", "Ann Kerr", "speaker-cue-hearer-content")],
        ),
        (
            "Tom Hart told Channel 4 News the plans were poor.",
            &[("the plans were poor", "Tom Hart", "Tom Hart", "speaker-cue-hearer-content")],
        ),
        // S-REL: a statement in a relative clause leaves the outer content whole.
        (
            "Critics say the levy, which officials say will raise $2 billion, is unfair.",
            &[
                (
                    "the levy, which officials say will raise $2 billion, is unfair",
                    "Critics",
                    "critics",
                    "speaker-cue-content",
                ),
                (
                    "which officials say will raise $2 billion",
                    "officials",
                    "officials",
                    "speaker-cue-content",
                ),
            ],
        ),
        (
            "Anna Berg said that the talks had failed.",
            &[("that the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg said the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The talks had failed, Anna Berg said.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "The talks had failed, said Anna Berg.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-cue-speaker")],
        ),
        // A role before a place or body heads the source, not the name after `in`/`at`.
        (
            "Health officials in Ruritania reported that the outbreak was over.",
            &[(
                "that the outbreak was over",
                "Health officials in Ruritania",
                "Health officials in Ruritania",
                "speaker-cue-content",
            )],
        ),
        // Rule T1 (tokenizer): a US party-and-state tag after the name is not the source.
        (
            "Sen. Anna Berg, D-Ore., said the talks had failed.",
            &[("the talks had failed", "Sen. Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The talks had failed, said Rep. Anna Berg, R-Ohio.",
            &[("The talks had failed", "Rep. Anna Berg", "Anna Berg", "content-cue-speaker")],
        ),
        (
            "Anna Berg told reporters on Monday that the talks had failed.",
            &[("that the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-hearer-content")],
        ),
        // The person told may be a name and its lower-case [org] nouns.
        (
            "Anna Berg told the Ruritania news agency that the talks had failed.",
            &[("that the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-hearer-content")],
        ),
        (
            "Anna Berg told a Ruritown news conference the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-hearer-content")],
        ),
        // A participle is never inverted: what follows it is its content.
        (
            "Anna Berg called off the talks, saying voters wanted calm.",
            &[("voters wanted calm", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg ruled out an early vote.",
            &[("an early vote", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // A raising passive before a speech cue: the subject is the source.
        (
            "The minister is reported to have said that the talks had failed.",
            &[("that the talks had failed", "The minister", "the minister", "speaker-cue-content")],
        ),
        // Rule S-QUOTED-AS: the person quoted, not the outlet quoting.
        (
            "State radio quoted Interior Minister Anna Berg as saying the talks had failed.",
            &[("the talks had failed", "Interior Minister Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The agency cited a senior official as saying the talks had failed.",
            &[("the talks had failed", "a senior official", "a senior official", "speaker-cue-content")],
        ),
        // A citing aside between the cue and its `that` (a statement of its own).
        (
            "The paper said, quoting officials, that the talks had failed.",
            &[("that the talks had failed", "The paper", "the paper", "speaker-cue-content")],
        ),
        // A role phrase set off before the name is its apposition, not content.
        (
            "Her spokesman, Jon Dale, told reporters the talks had failed.",
            &[("the talks had failed", "Jon Dale", "Jon Dale", "speaker-cue-hearer-content")],
        ),
        (
            "Both sides walked out, the Ruritania news agency reported.",
            &[(
                "Both sides walked out",
                "the Ruritania news agency",
                "the Ruritania news agency",
                "content-speaker-cue",
            )],
        ),
        (
            "According to Anna Berg, the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "according-to-content")],
        ),
        (
            "The talks had failed, according to Anna Berg.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-according-to")],
        ),
        // A time phrase after the cue is not the content's start; with nothing after it,
        // there is no content (the clause before the cue is the statement's).
        (
            "Anna Berg said Tuesday the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg said on Monday night the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg said last week the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg said tonight she's sure the talks had failed.",
            &[("she's sure the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg said Monday night's talks had failed.",
            &[("Monday night's talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The talks had failed, Anna Berg said Thursday.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "Mayor Anna Berg, a Democrat, told reporters that the talks had failed.",
            &[("that the talks had failed", "Mayor Anna Berg", "Anna Berg", "speaker-cue-hearer-content")],
        ),
        // Rule S-DATELINE: an article's opening dateline is neither a speaker nor content.
        (
            "RURITOWN: The talks had failed, Anna Berg said.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "RURITOWN: Anna Berg said the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "RURITOWN (AP) — Anna Berg said the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // Rule S-ACCORDING-NEAR: inside a parenthesis, the parenthesis.
        (
            "The figure was wrong (the real number is closer to 15 percent, according to Anna Berg).",
            &[("the real number is closer to 15 percent", "Anna Berg", "Anna Berg", "content-according-to")],
        ),
        (
            "RURITOWN (Daily Ruritanian) - The talks had failed, according to Anna Berg.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-according-to")],
        ),
        // Rule S-SPLIT: a content cut in two by its cue and source is the whole sentence
        // when the words before the cue are no clause and a clause goes on after the source.
        (
            "Above all, say analysts, the closure will push up fuel prices.",
            &[(
                "Above all, say analysts, the closure will push up fuel prices",
                "analysts",
                "analysts",
                "split-content",
            )],
        ),
        // …and a subject of more words before a finite verb opening the rest.
        (
            "One of the drawbacks of the old game, said Ann Kerr, was the lack of sound.",
            &[(
                "One of the drawbacks of the old game, said Ann Kerr, was the lack of sound",
                "Ann Kerr",
                "Ann Kerr",
                "split-content",
            )],
        ),
        (
            "Before the merger, according to Anna Berg, the firm had twelve branches.",
            &[(
                "Before the merger, according to Anna Berg, the firm had twelve branches",
                "Anna Berg",
                "Anna Berg",
                "split-content",
            )],
        ),
        (
            "The solution, the partner told them, was simple.",
            &[(
                "The solution, the partner told them, was simple",
                "the partner",
                "the partner",
                "speaker-cue-parenthetical",
            )],
        ),
        (
            "Anna Berg told supporters Tuesday night that the plan had failed.",
            &[("that the plan had failed", "Anna Berg", "Anna Berg", "speaker-cue-hearer-content")],
        ),
        (
            "The plan, said Anna Berg, would cost more than the council could afford.",
            &[(
                "The plan, said Anna Berg, would cost more than the council could afford",
                "Anna Berg",
                "Anna Berg",
                "split-content",
            )],
        ),
        // … with a present form in -s before its object.
        (
            "For the mayor, according to Anna Berg, the vote represents a test of trust.",
            &[(
                "For the mayor, according to Anna Berg, the vote represents a test of trust",
                "Anna Berg",
                "Anna Berg",
                "split-content",
            )],
        ),
        // … after a wh-clause subject; before a gerund subject.
        (
            "What needs to happen now, agree analysts, is for speeds to be bumped up.",
            &[(
                "What needs to happen now, agree analysts, is for speeds to be bumped up",
                "analysts",
                "analysts",
                "split-content",
            )],
        ),
        (
            "By contrast, said Anna Berg, learning via something like games may mean students do better.",
            &[(
                "By contrast, said Anna Berg, learning via something like games may mean students do better",
                "Anna Berg",
                "Anna Berg",
                "split-content",
            )],
        ),
        // Not after a clause, nor before an appositive, a relative clause or a participle.
        (
            "Nonsense, said Anna Berg, adding that the panel had met.",
            &[("Nonsense", "Anna Berg", "Anna Berg", "content-cue-speaker")],
        ),
        (
            "The talks had failed, according to Anna Berg, a mediator.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-according-to")],
        ),
        (
            "Nonsense, said Anna Berg, who chairs the panel.",
            &[("Nonsense", "Anna Berg", "Anna Berg", "content-cue-speaker")],
        ),
        // Rule S-ROLE-NAME: a role source and its holder's name between commas.
        (
            "Fares will rise again, warned the union's leader, Anna Berg, on Friday.",
            &[("Fares will rise again", "Anna Berg", "Anna Berg", "content-cue-speaker")],
        ),
        (
            "His sister, Anna, said the landlord had ignored every letter.",
            &[("the landlord had ignored every letter", "Anna", "Anna", "speaker-cue-content")],
        ),
        // An object pronoun after `according to` resolves as a subject pronoun does.
        (
            "Anna Berg said the panel would meet. According to her, the talks had failed.",
            &[
                ("the panel would meet", "Anna Berg", "Anna Berg", "speaker-cue-content"),
                ("the talks had failed", "her", "Anna Berg", "pronoun"),
            ],
        ),
        // Rule R-FOR: a spokes-noun keeps its `for` complement.
        (
            "A spokesperson for the city said the bridge would reopen in May.",
            &[(
                "the bridge would reopen in May",
                "A spokesperson for the city",
                "a spokesperson for the city",
                "speaker-cue-content",
            )],
        ),
        // Rule S-AGE: an age between commas after the source.
        (
            "Anna Berg, 54, said the shelter needed more beds.",
            &[("the shelter needed more beds", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // Rule S-OF-COUNT: a role and the count of its children; a count before `said`.
        (
            "The mother of two said she had waited three years for a flat.",
            &[(
                "she had waited three years for a flat",
                "The mother of two",
                "the mother of two",
                "speaker-cue-content",
            )],
        ),
        (
            "The two said they would appeal the ruling.",
            &[("they would appeal the ruling", "The two", "the two", "speaker-cue-content")],
        ),
        // Rule S-ROLE: lower-case role words between the comma and the name.
        (
            "The talks had failed, ministry spokesman Anna Berg said.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "The talks had failed, police spokeswoman Anna Berg said on Friday.",
            &[("The talks had failed", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        // Rule T2 (tokenizer): an abbreviation the sentence splitter knows does not cut the
        // content.
        (
            "Anna Berg said the talks in Wash. and Ore. had failed.",
            &[("the talks in Wash. and Ore. had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg said in a statement on Monday that the talks had failed.",
            &[("that the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg, who leads the party, said the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The talks, Anna Berg said, had failed.",
            &[(
                "The talks, Anna Berg said, had failed",
                "Anna Berg",
                "Anna Berg",
                "speaker-cue-parenthetical",
            )],
        ),
        (
            "To win votes, participants said, the party must change.",
            &[(
                "To win votes, participants said, the party must change",
                "participants",
                "participants",
                "speaker-cue-parenthetical",
            )],
        ),
        (
            "As Anna Berg said, the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "as-speaker-cue")],
        ),
        // Reporting verbs with their frames.
        (
            "Anna Berg urged voters to stay at home.",
            &[("voters to stay at home", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The minister called for a ceasefire.",
            &[("a ceasefire", "The minister", "the minister", "speaker-cue-content")],
        ),
        (
            "Anna Berg described the talks as a failure, and left.",
            &[("the talks as a failure", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg denied that the talks had failed.",
            &[("that the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg accused the minister of lying.",
            &[("the minister of lying", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg was quoted as saying the talks had failed.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg warned that the talks could fail.",
            &[("that the talks could fail", "Anna Berg", "Anna Berg", "speaker-cue-hearer-content")],
        ),
        // Roles, plurals and evidence as sources; a pronoun resolved.
        (
            "A spokesman for the ministry said the talks had failed.",
            &[(
                "the talks had failed",
                "A spokesman for the ministry",
                "a spokesman for the ministry",
                "speaker-cue-content",
            )],
        ),
        (
            "Officials said the talks had failed.",
            &[("the talks had failed", "Officials", "officials", "speaker-cue-content")],
        ),
        (
            "Recent polls show that the party is losing support.",
            &[("that the party is losing support", "Recent polls", "Recent polls", "speaker-cue-content")],
        ),
        (
            "Anna Berg believes the talks will fail.",
            &[("the talks will fail", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg spoke in Oslo. She said the talks had failed.",
            &[("the talks had failed", "She", "Anna Berg", "pronoun")],
        ),
        (
            "Many said the talks had failed.",
            &[("the talks had failed", "Many", "many", "speaker-cue-content")],
        ),
        (
            "The court ruled and said the law stood.",
            &[("the law stood", "The court", "the court", "speaker-cue-content")],
        ),
        // The head of a relative clause before the cue; the phrase after `with`.
        (
            "The farmers who want to keep the old road said the plan would hurt them.",
            &[("the plan would hurt them", "The farmers", "the farmers", "speaker-cue-content")],
        ),
        (
            "The meeting ended with Anna Berg asking whether the road would close.",
            &[("whether the road would close", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // An aside between dashes or parentheses before the cue; a possessive's owner.
        (
            "The judge -- who has been at odds with the mayor for weeks -- said she regretted it.",
            &[("she regretted it", "The judge", "the judge", "speaker-cue-content")],
        ),
        (
            "Sen. Ann Kerr (D-Ore.), said after a lunch on Tuesday that she had not read the plan.",
            &[("that she had not read the plan", "Sen. Ann Kerr", "Ann Kerr", "speaker-cue-content")],
        ),
        (
            "The first step, the Ohio senator's allies say, will be to win the seat.",
            &[(
                "The first step, the Ohio senator's allies say, will be to win the seat",
                "the Ohio senator's allies",
                "the Ohio senator's allies",
                "speaker-cue-parenthetical",
            )],
        ),
        // …, said he may: the pronoun opens the reported clause; the source is before.
        (
            "Tom Ferris, who has already sent letters on her behalf, said he may also campaign for her.",
            &[("he may also campaign for her", "Tom Ferris", "Tom Ferris", "speaker-cue-content")],
        ),
        // X said, adding …: two statements of one source.
        (
            "The mayor will speak this month, Anna Berg said, adding that she would come too.",
            &[
                ("The mayor will speak this month", "Anna Berg", "Anna Berg", "content-speaker-cue"),
                ("that she would come too", "Anna Berg", "Anna Berg", "speaker-cue-content"),
            ],
        ),
        // Names before a bare plural source.
        (
            "The town raised $5 million, Harbour Trust records show.",
            &[(
                "The town raised $5 million",
                "Harbour Trust records",
                "Harbour Trust records",
                "content-speaker-cue",
            )],
        ),
        // A quotation no quotation rule attributed is the content of the cue before it.
        (
            "A council report found \"no sign of any delay in the work.\"",
            &[(
                "\"no sign of any delay in the work.\"",
                "A council report",
                "a council report",
                "speaker-cue-content",
            )],
        ),
        // The content of a relative clause opens at its relative word or head.
        (
            "The list, which the council says includes 900 names, is secret.",
            &[(
                "which the council says includes 900 names",
                "the council",
                "the council",
                "speaker-cue-content",
            )],
        ),
        (
            "They spoke of a review the agency said was still going on.",
            &[(
                "a review the agency said was still going on",
                "the agency",
                "the agency",
                "speaker-cue-content",
            )],
        ),
        // After a parenthetical source the whole clause is its content.
        (
            "Instead, she said, her boss told her the job was gone.",
            &[(
                "Instead, she said, her boss told her the job was gone",
                "she",
                "",
                "speaker-cue-parenthetical",
            )],
        ),
        // Two statements in one sentence: the first ends at the clause boundary.
        (
            "Anna Berg said the talks had failed, and Jon Moe said they would resume.",
            &[
                ("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content"),
                ("they would resume", "Jon Moe", "Jon Moe", "speaker-cue-content"),
            ],
        ),
        // A second cue of the same source: but added, and also said.
        (
            "Anna Berg said the talks had failed but added that they would resume.",
            &[
                ("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content"),
                ("that they would resume", "Anna Berg", "Anna Berg", "speaker-cue-content"),
            ],
        ),
        (
            "Anna Berg said the talks had failed and also said they would resume.",
            &[
                ("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content"),
                ("they would resume", "Anna Berg", "Anna Berg", "speaker-cue-content"),
            ],
        ),
        // Verbs of evaluation and reference take their object.
        (
            "The mayor blasted the plan as a waste of money, and left.",
            &[("the plan as a waste of money", "The mayor", "the mayor", "speaker-cue-content")],
        ),
        (
            "Anna Berg pointed to the rising cost of food.",
            &[("the rising cost of food", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // A quotation in doubled apostrophes closes the clause; its next part continues it.
        (
            "''The bridge will open in May,'' Anna Berg said.",
            &[("''The bridge will open in May,''", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "''The bridge will open in May,'' said Anna Berg. ''We are sure of it.''",
            &[(
                "''The bridge will open in May,'' said Anna Berg. ''We are sure of it.''",
                "Anna Berg",
                "Anna Berg",
                "content-cue-speaker",
            )],
        ),
        (
            "''It may open late,'' Anna Berg added. ''I think we believe it will.''",
            &[(
                "''It may open late,'' Anna Berg added. ''I think we believe it will.''",
                "Anna Berg",
                "Anna Berg",
                "content-speaker-cue",
            )],
        ),
        // … the second part ends at its own closing marks, not with another's quotation.
        (
            "''It may open late,'' Anna Berg added. ''I think so.'' Tom Hale said: ''It will not.''",
            &[
                (
                    "''It may open late,'' Anna Berg added. ''I think so.''",
                    "Anna Berg",
                    "Anna Berg",
                    "content-speaker-cue",
                ),
                ("''It will not.''", "Tom Hale", "Tom Hale", "speaker-cue-content"),
            ],
        ),
        // An interrupted quotation in doubled apostrophes is one statement.
        (
            "''That, unfortunately,'' Anna Berg said, ''is part of life today.''",
            &[(
                "''That, unfortunately,'' Anna Berg said, ''is part of life today.''",
                "Anna Berg",
                "Anna Berg",
                "split-quotation",
            )],
        ),
        (
            "''Why would we wait?'' Anna Berg asked.",
            &[("''Why would we wait?''", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "''The road is old,'' Anna Berg said over lunch at a cafe near the town hall.",
            &[("''The road is old,''", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "In May, Anna Berg said, ''I would close the road.''",
            &[("''I would close the road.''", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg said: ''I hope so. I think so.''",
            &[("''I hope so. I think so.''", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // A colon: a cue before it, or a name opening a transcript's paragraph.
        (
            "Anna Berg said: the talks have failed and nobody knows why.",
            &[("the talks have failed and nobody knows why", "Anna Berg", "Anna Berg", "speaker-cue-colon")],
        ),
        (
            "Anna Berg wrote:\nThe talks have failed and nobody knows why.",
            &[("The talks have failed and nobody knows why", "Anna Berg", "Anna Berg", "speaker-cue-colon")],
        ),
        (
            "Berg spoke first.\nBERG: We will win the vote next week.",
            &[("We will win the vote next week", "BERG", "BERG", "speaker-colon")],
        ),
        ("Breaking: Talks fail in Geneva after a long night.", &[]),
        ("Q: Will the talks fail in Geneva?", &[]),
        // Auxiliaries, adverbs and time phrases between the source and its cue.
        (
            "Anna Berg has long argued that the talks would fail.",
            &[("that the talks would fail", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Anna Berg must also acknowledge that the talks failed.",
            &[("that the talks failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The judge last month ordered the county to publish the tapes.",
            &[("to publish the tapes", "The judge", "the judge", "speaker-cue-hearer-content")],
        ),
        (
            "The officials all agree that the talks failed.",
            &[("that the talks failed", "The officials", "the officials", "speaker-cue-content")],
        ),
        (
            "Anna Berg has in the past said that the talks failed.",
            &[("that the talks failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // A colon ends an object verb's content; the quotation after it is its own.
        (
            "Anna Berg laid out her terms: “We stop when they stop.”",
            &[("her terms", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // A semicolon or a contrast ends the content.
        (
            "Anna Berg said the talks had failed; nobody answered.",
            &[("the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Most voters say they are tired, while a third disagree.",
            &[("they are tired", "Most voters", "Most voters", "speaker-cue-content")],
        ),
        // Not statements: a cue as a noun, a passive, a verb without a source.
        ("His claims were false.", &[]),
        ("The painting will be shown following fears it would stay hidden.", &[]),
        ("Shares fell amid claims that the firm had lied.", &[]),
        ("Skype allows people to make free PC-based calls to other users.", &[]),
        // Other senses of a cue: a particle or noun after it, `called` naming.
        ("Many voters show up late at the polls.", &[]),
        ("Anna Berg joined a think tank in Oslo.", &[]),
        ("They made a film called Renew in May.", &[]),
        ("The delay is adding to the cost of the bridge.", &[]),
        ("Anna Berg found herself alone in the hall.", &[]),
        ("The bank found itself at the centre of the crisis.", &[]),
        // Rule S-FIND-WAY: finding a way is a deed.
        ("Anna Berg found ways to press her agenda in Oslo.", &[]),
        ("A new influx of refugees found its way to the city.", &[]),
        (
            "The study found that the way to school was unsafe.",
            &[("that the way to school was unsafe", "The study", "the study", "speaker-cue-content")],
        ),
        ("Anna Berg went on to win the race in Oslo.", &[]),
        ("The new phone goes on sale in May.", &[]),
        ("The club decided to sell its ground.", &[]),
        ("The plan was said to be costly.", &[]),
        ("The report was confirmed by officials.", &[]),
        ("Said to be ill, he stayed home.", &[]),
        // Rule S-BELIEF: an adjective of belief after `be`.
        (
            "Anna Berg is confident the talks will succeed.",
            &[("the talks will succeed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        ("Anna Berg is confident of victory.", &[]),
        ("A confident Anna Berg left the hall.", &[]),
        // Rule S-RAISED: a raising passive without its be-form.
        ("Photos alleged to be of her appeared in a magazine.", &[]),
        ("A man believed to be in his 30s was arrested.", &[]),
        ("Anna Berg wrote in her memo.", &[]),
        ("After a poor showing in Iowa, Anna Berg left.", &[]),
        (
            "Anna Berg said Wednesday night that the talks had failed.",
            &[("that the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // A count as the source; a day between the source and its cue.
        (
            "More than six in 10 said the talks had failed.",
            &[("the talks had failed", "More than six in 10", "More than six in 10", "speaker-cue-content")],
        ),
        (
            "Anna Berg on Tuesday said that the talks had failed.",
            &[("that the talks had failed", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "Some of the women said the talks had failed.",
            &[("the talks had failed", "women", "women", "speaker-cue-content")],
        ),
        // A noun of quantity: the plural after its `of` is the source.
        (
            "A lot of the athletes said the runway was poor.",
            &[("the runway was poor", "athletes", "athletes", "speaker-cue-content")],
        ),
        (
            "Local bakers overall say the talks had failed.",
            &[("the talks had failed", "Local bakers", "Local bakers", "speaker-cue-content")],
        ),
        // A title-case headline: the capitalised cue counts; elsewhere it is a name.
        (
            "Mayor Anna Berg Says The Bridge Will Reopen.",
            &[("The Bridge Will Reopen", "Mayor Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        ("The council met in the hall where Said spoke first.", &[]),
        ("The talks went on.\n\nMayor Anna Berg Says The Bridge Will Reopen.", &[]),
        // Stance verbs of the third batch.
        (
            "Anna Berg voiced doubts about the new bridge.",
            &[("doubts about the new bridge", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        (
            "The judge ruled that the new tax on bread was void.",
            &[("that the new tax on bread was void", "The judge", "the judge", "speaker-cue-content")],
        ),
        // A source after a plural possessive apostrophe.
        (
            "Tom Reeds’ charity said the tax was unfair.",
            &[("the tax was unfair", "Tom Reeds’ charity", "Tom Reeds’ charity", "speaker-cue-content")],
        ),
        // A passive past an adverb is no statement.
        ("The protesters were also expected to march on Friday.", &[]),
        // A name inside the reported clause is no source of its own.
        (
            "Anna Berg argued that the court could declare the firm bankrupt.",
            &[(
                "that the court could declare the firm bankrupt",
                "Anna Berg",
                "Anna Berg",
                "speaker-cue-content",
            )],
        ),
        // The headline of a link to another article states nothing here; a line-up's label
        // is no speaker; a speaker's name before a colon is.
        ("The budget passed.\n\nRELATED: Mayor says taxes will rise\n\nREAD MORE: Anna Berg said so", &[]),
        ("The team played well.\n\nSubs Not Used: Kerr, Hale, Berg.", &[]),
        (
            "The hearing opened.\n\nSen. Anna Berg: The bill is dead.",
            &[("The bill is dead", "Sen. Anna Berg", "Anna Berg", "speaker-colon")],
        ),
        // A source's anonymity is no statement.
        ("A resident, who asked not to be named, was angry.", &[]),
        ("A resident, who declined to be identified, was angry.", &[]),
        // A clause inside a quotation in doubled apostrophes gives no source.
        ("Anna Berg was pleased. ''The new data showed a rise in wages.''", &[]),
        (
            "Anna Berg railed against the new tax on bread.",
            &[("the new tax on bread", "Anna Berg", "Anna Berg", "speaker-cue-content")],
        ),
        // The agent of a passive participle is no source; the noun it follows is, but not
        // a document or its numbers (rule 14b's maker speaks for them).
        (
            "Meanwhile companies contacted by the BBC News website insist that they were not aware of it.",
            &[("that they were not aware of it", "companies", "companies", "speaker-cue-content")],
        ),
        (
            "Firms contacted by the BBC insist that they were not aware of it.",
            &[("that they were not aware of it", "Firms", "firms", "speaker-cue-content")],
        ),
        (
            "Figures released by the Cabinet Office show that waiting times fell.",
            &[("that waiting times fell", "the Cabinet Office", "Cabinet Office", "speaker-cue-content")],
        ),
        // `told` is never inverted: what follows it is the hearer.
        (
            "“Everything is going digital,” Ann Berg from the trade association, told the BBC News website.",
            &[],
        ),
    ];
    for (text, want) in rows {
        let want: Vec<Seen> = want
            .iter()
            .map(|(c, m, n, r)| (c.to_string(), m.to_string(), n.to_string(), r.to_string()))
            .collect();
        assert_eq!(statements(text), want, "{text}");
    }
}

/// Precision: a cue word used as a noun, a deed with its object, or a source phrase that
/// ends in no noun makes no statement.
#[test]
fn non_reports_make_no_statement() {
    let rows: &[(&str, &[Row])] = &[
        // Noun senses after a modifier: a talk show, the high demand, a record label.
        ("Anna Berg hosts a late talk show on Fridays.", &[]),
        ("The high demand for steel pushed prices up.", &[]),
        ("The group sold its fashion label to a bank.", &[]),
        // … but a plural or pronoun subject, or `that`, makes the verb.
        (
            "Union leaders demand higher wages.",
            &[("higher wages", "Union leaders", "Union leaders", "speaker-cue-content")],
        ),
        (
            "The rules demand that cafes close early.",
            &[("that cafes close early", "The rules", "the rules", "speaker-cue-content")],
        ),
        // Rule S-DEED: a phrasal deed, a work written, a deliberation.
        ("The firm called in administrators on Monday.", &[]),
        ("In addition, the car giant is calling back 17,815 cars.", &[]),
        ("Ann Berg is writing an episode of the cartoon.", &[]),
        ("The council is considering proposals for eight more domains.", &[]),
        ("A flight attendants' union agreed to a new contract.", &[]),
        ("Ann Berg will be writing a regular column for the paper.", &[]),
        ("Construction projects were called to a halt on Monday.", &[]),
        ("It already has orders from Pakistan International Airlines.", &[]),
        ("A new book charting disputes between the two men was published.", &[]),
        ("The German exchange has offered £1.3bn for the LSE.", &[]),
        ("Ann Berg, who wrote the authorised biography of the princess, spoke on Monday.", &[]),
        ("They are all believed to be carefully considering their positions.", &[]),
        ("It is a technology dubbed PanaVox.", &[]),
        ("A Windows virus called Bofra is turning machines into distributors.", &[]),
        ("Lead additives stopped a phenomenon called 'knocking' in engines.", &[]),
        ("Ann Berg will run for parliament, defending the Labour stronghold of Normanton.", &[]),
        ("Tom Hart defended his world title in Madrid.", &[]),
        // …but a document written says what it says.
        (
            "Justice Ann Berg wrote a lashing dissent, rooted in her own experience.",
            &[(
                "a lashing dissent, rooted in her own experience",
                "Justice Ann Berg",
                "Ann Berg",
                "speaker-cue-content",
            )],
        ),
        // Rule S-EVENT-SEES: what an event brings is no belief.
        ("The deal sees the bank receive $2bn in credits.", &[]),
        ("The change will see pensions paid by the state.", &[]),
        ("The film sees the singer play a drug mule.", &[]),
        ("The opening match of the tournament sees them play France.", &[]),
        // Rule S-MODAL-SEE: what will or may be seen is no belief.
        ("The new network will see up to 250 screens fitted with projectors.", &[]),
        ("He will see an orphanage in Tanzania on Friday.", &[]),
        ("Claxton will see if her new training regime pays off.", &[]),
        // …but a view after a modal keeps its `as` frame.
        (
            "As a result, people may see broadcasting to mobiles as taking away that control.",
            &[(
                "broadcasting to mobiles as taking away that control",
                "people",
                "people",
                "speaker-cue-content",
            )],
        ),
        // A noun after a singular determiner or an owner and one word: a damages claim,
        // Friday's growth estimate; not after a plural subject and its complement.
        ("RDF Media has filed a damages claim against Fox.", &[]),
        ("Friday's growth estimate was revised up.", &[]),
        (
            "Critics of the policy claim the plan will fail.",
            &[("the plan will fail", "Critics", "critics", "speaker-cue-content")],
        ),
        (
            "Its makers claim the game is safe.",
            &[("the game is safe", "Its makers", "Its makers", "speaker-cue-content")],
        ),
        // `claims` after `of`, or after `of` and a word that is no plural or pronoun, is a
        // noun (32% of Republican claims); not after a plural or pronoun (none of them
        // claims).
        ("The site rated 32% of Republican claims as false.", &[]),
        // A word in -ing right before a speech verb is a noun, no cue of its own (was a
        // statement by 'the fund'; the source whose name ends in the noun is not read).
        ("The fund is earmarked for the poor, the department for planning said.", &[]),
        // A role phrase right after a modal opens with a verb: no subject.
        ("The updates would help people remember where they had been.", &[]),
        // A plural noun after an owner's possessive and an adjective is no cue; nor is
        // `refused` before what was not granted.
        ("England's defensive worries continue after the match.", &[]),
        ("Roma Czechs refused entry to Britain were sent back to Prague.", &[]),
        // Rule S-ADJ-NOUN: a determiner or an owner and an adjective make the cue a noun;
        // a form in -s only after an owner (the festival praises him: a verb).
        ("But the big fear with many on the benches now is that the row will go on.", &[]),
        ("The actress was the final hope for the director, who scoured the country.", &[]),
        ("Tom Ilves gave his outrageous views on the scouts at a rally.", &[]),
        (
            "The festival praises him for his sensational start.",
            &[("him for his sensational start", "The festival", "the festival", "speaker-cue-content")],
        ),
        // Rule T4: a number keeps its thousands (the content was cut at `12,`, the source
        // was `300 bosses`); a cue after a number and an adjective or after a determiner
        // and a number is no verb.
        (
            "The firm is cutting 12,000 jobs, Anna Berg said.",
            &[("The firm is cutting 12,000 jobs", "Anna Berg", "Anna Berg", "content-speaker-cue")],
        ),
        (
            "Most large firms are optimistic about their prospects, a survey of 1,300 bosses suggests.",
            &[(
                "Most large firms are optimistic about their prospects",
                "a survey",
                "a survey",
                "content-speaker-cue",
            )],
        ),
        ("The board faces more than 1,000 similar claims for damages.", &[]),
        ("The wave killed 94,000 of the 140,000 confirmed dead so far.", &[]),
        // Rule 12f: a person the lead describes is the one whose full name opens the next
        // sentence; no one when the next sentence opens with no person's name.
        (
            "A former harbour minister has called for a new ferry.\n\nAnna Berg said the council should act.",
            &[
                ("a new ferry", "A former harbour minister", "Anna Berg", "speaker-cue-content"),
                ("the council should act", "Anna Berg", "Anna Berg", "speaker-cue-content"),
            ],
        ),
        (
            "A former harbour minister has called for a new ferry.\n\nThe council said it would act.",
            &[
                (
                    "a new ferry",
                    "A former harbour minister",
                    "a former harbour minister",
                    "speaker-cue-content",
                ),
                ("it would act", "The council", "the council", "speaker-cue-content"),
            ],
        ),
        // Rule 2t: `it` is the business whose shares open the sentence.
        (
            "Shares in Harbour Express surged 8% after it said it would sell its bank.",
            &[("it would sell its bank", "it", "Harbour Express", "pronoun")],
        ),
        // A passive past `already` or `still` (are already estimated) is no statement.
        ("Insurance costs are already estimated in the tens of billions of dollars.", &[]),
        // Rule S-WENT-ON: went on, goes on before no verb of speech is a deed.
        ("The Aviator, starring Tom Ilves, went on general release on Christmas Day.", &[]),
        ("The new show goes on air on Tuesday.", &[]),
        // A plural speech noun with its `of` phrase is no cue (British hopes of winning).
        ("British hopes of winning major Oscars were dashed.", &[]),
        ("The trip follows claims of infighting between the two men.", &[]),
        (
            "One of the reporters claims the tape was cut.",
            &[("the tape was cut", "reporters", "reporters", "speaker-cue-content")],
        ),
        // `who` after a reflexive (Tom Hart himself, who told) or a dash opening an aside
        // (Tom Hart - who is still considering …); not a name inside a dash aside.
        (
            "The latest to pitch in has been President Tom Hart himself, who told the summit that he remained committed to the plan.",
            &[("that he remained committed to the plan", "who", "Tom Hart", "pronoun")],
        ),
        (
            "The move followed an announcement by Prime Minister Tom Hart - who is still considering the future of the airline - on Monday.",
            &[("the future of the airline", "who", "Tom Hart", "pronoun")],
        ),
        // Rule S-PARTICIPLE: a form that is only a participle reports only after `have`.
        ("One judge carried around a note written on a napkin.", &[]),
        ("First shown as a concept car in 2003, the Vantage will be on sale in May.", &[]),
        (
            "Ann Berg has now written to the watchdog to ask for an inquiry.",
            &[("to the watchdog to ask for an inquiry", "Ann Berg", "Ann Berg", "speaker-cue-content")],
        ),
        // Rule S-WORK: a work's plot is no statement.
        ("The film recounts the life of a jazz singer.", &[]),
        ("The books tell the story of a girl and her bear.", &[]),
        // Rule S-ADJ-NOUN: an adjective of degree or time between a determiner and the cue.
        ("The biggest decline was seen in the north.", &[]),
        ("Their latest claims were rejected by the court.", &[]),
        // Deeds: agreed a deal, knocked out a rival.
        ("The firm agreed a deal with its lenders.", &[]),
        ("The minnows knocked out the champions.", &[]),
        ("High oil prices have knocked 0.2% off the growth rate.", &[]),
        ("Elvis knocked the winner down into second place.", &[]),
        ("Investors snapped up shares in the firm on Monday.", &[]),
        ("He has been charged with fraud and repeatedly denied bail.", &[]),
        ("Cairn joined the index of the UK's leading listed companies.", &[]),
        ("The main index gained 45.4 points to 10,360 by late morning.", &[]),
        ("They may be content if it does not close doors in writing.", &[]),
        (
            "At a rally, Ann Berg knocked Tom Hart for his record on trade.",
            &[("Tom Hart for his record on trade", "Ann Berg", "Ann Berg", "speaker-cue-content")],
        ),
        (
            "The firm agreed the plan was sound.",
            &[("the plan was sound", "The firm", "the firm", "speaker-cue-content")],
        ),
        // Impersonal passives: no source.
        ("It is understood that the talks had failed.", &[]),
        ("It is thought the talks had failed.", &[]),
        // A rise, not a report: `add` before an amount.
        ("Shares in the lender added 2.4% to 310p.", &[]),
        ("Oil rose in Asian trading, adding $1.20 to $71.35 a barrel.", &[]),
        ("The economy added 150,000 jobs in March.", &[]),
        // Rule S-FALL: a fall, not a refusal.
        ("Exports declined sharply in the second half of the year.", &[]),
        ("Turnout declined to 41% from 48% four years ago.", &[]),
        ("Audiences declined in every region.", &[]),
        (
            "The mayor declined at first to name the contractor.",
            &[("at first to name the contractor", "The mayor", "the mayor", "speaker-cue-content")],
        ),
        (
            "The minister added that 40 staff would go.",
            &[("that 40 staff would go", "The minister", "the minister", "speaker-cue-content")],
        ),
        // Source phrases with no noun at their end: a preposition, a simple past.
        ("According to a new study by, the figures are wrong.", &[]),
        ("The news came as a shock to many, suggesting the plan was dead.", &[]),
        // Rule S-PP: a place inside a subject headed by a thing is not its source.
        ("Cold weather in the north threatened supplies of heating oil.", &[]),
        ("Growth in the eurozone showed the recovery was under way.", &[]),
        ("Heavy rain across the valley threatened the harvest.", &[]),
        // A team sheet's labels are no speakers.
        ("Rovers drew 1-1.\n\nReplacements: Kane, Dorr, Reddy, Ostley, Marlow.", &[]),
        // A claim for damages is a legal claim, not a statement.
        ("The firm made a claim for damages against the state.", &[]),
        // Rule S-HAVING: a cue after `having` opens a participle clause.
        ("Having said that, the side still looks short of pace.", &[]),
        ("Having announced his retirement, the striker left the club.", &[]),
        // Role nouns of news: investigators, detectives, campaigners, traders.
        (
            "Investigators suspect the fire was started deliberately.",
            &[("the fire was started deliberately", "Investigators", "investigators", "speaker-cue-content")],
        ),
        (
            "Detectives believe the fire was started deliberately.",
            &[("the fire was started deliberately", "Detectives", "detectives", "speaker-cue-content")],
        ),
        // `suspect` after a word that cannot be its subject is a noun.
        ("A British terror suspect held in Leeds plans to sue.", &[]),
        ("Most suspects were held without trial.", &[]),
        (
            "Police suspect the fire was started deliberately.",
            &[("the fire was started deliberately", "Police", "police", "speaker-cue-content")],
        ),
        // Rule S-AMOUNT: `post` before a firm's results posts no words.
        ("Kerrow Motors has posted a 20% rise in annual profits.", &[]),
        ("Kerrow Motors posted record losses of £2m.", &[]),
        // Rule S-SUSPECT: a suspicion held by no one named.
        ("Two men suspected of fraud were held in Leeds.", &[]),
        ("Drivers suspected in the crash have been questioned.", &[]),
        // … but `suspected that` with a source is a statement of belief.
        (
            "The inspector suspected that the records had been changed.",
            &[("that the records had been changed", "The inspector", "the inspector", "speaker-cue-content")],
        ),
    ];
    for (text, want) in rows {
        let want: Vec<Seen> = want
            .iter()
            .map(|(c, m, n, r)| (c.to_string(), m.to_string(), n.to_string(), r.to_string()))
            .collect();
        assert_eq!(statements(text), want, "{text}");
    }
}

#[test]
fn quoted_statements_are_not_repeated() {
    // A quotation's own attribution makes no indirect statement.
    for text in ["“The talks failed,” Anna Berg said.", "Anna Berg said: “The talks failed.”"] {
        assert_eq!(statements(text), [], "{text}");
    }
}

#[test]
fn a_partial_quotation_names_its_statement() {
    let text = "Leavitt said on December 1 that the deal had “been very much refined,” adding that talks \
                would go on.";
    let quotes = pipeline().analyze(text).quotes;
    let kinds: Vec<_> = quotes.iter().map(|q| (q.kind, q.statement)).collect();
    assert_eq!(
        kinds,
        [(QuoteKind::Indirect, None), (QuoteKind::Partial, Some(0)), (QuoteKind::Indirect, None)]
    );
    assert_eq!(
        &text[quotes[0].span.start..quotes[0].span.end],
        "that the deal had “been very much refined,”"
    );
    assert_eq!(&text[quotes[2].span.start..quotes[2].span.end], "that talks would go on");
    // Each statement counted once: direct or indirect.
    let counted = quotes.iter().filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Indirect)).count();
    assert_eq!(counted, 2);
}

#[test]
fn a_fragment_without_a_statement_makes_one() {
    // `called` with its object, and the fragment's own cue (speaker-cue-fragment) when the
    // statement rules found none: the clause ends before the next quoted statement.
    let text = "Anna Berg called the attack “a disgrace,” and left.";
    assert_eq!(
        statements(text),
        [(
            "the attack “a disgrace,”".to_string(),
            "Anna Berg".into(),
            "Anna Berg".into(),
            "speaker-cue-content".into()
        )]
    );
    // The other way round: a clause ending in a fragment, then its attribution.
    let text = "The party, attended by hundreds, “allows us to get our message out,” said Frank Cole.";
    assert_eq!(
        statements(text),
        [(
            "The party, attended by hundreds, “allows us to get our message out,”".to_string(),
            "Frank Cole".into(),
            "Frank Cole".into(),
            "content-quote-cue".into()
        )]
    );
    let text =
        "Anna Berg thundered against the deal as “a new era of waste,” but warned: “Some issues remain.”";
    let quotes = pipeline().analyze(text).quotes;
    let kinds: Vec<_> = quotes.iter().map(|q| (q.kind, q.statement, q.rule)).collect();
    assert_eq!(
        kinds,
        [
            (QuoteKind::Indirect, None, Some("speaker-cue-fragment")),
            (QuoteKind::Partial, Some(0), Some("speaker-cue-quote")),
            (QuoteKind::Direct, None, Some("speaker-cue-quote")),
        ]
    );
    assert_eq!(&text[quotes[0].span.start..quotes[0].span.end], "against the deal as “a new era of waste,”");
}

#[test]
fn a_quotation_split_by_its_attribution_is_one_statement() {
    // “…,” X said. “…”: one statement from the first mark to the last; the parts name it.
    let rows: &[(&str, Option<&str>)] = &[
        (
            "“We lost the vote,” Anna Berg said. “We will try again next year.”",
            Some("“We lost the vote,” Anna Berg said. “We will try again next year.”"),
        ),
        (
            "“We lost,” said Anna Berg. “We will try again.” “And we will win.”",
            Some("“We lost,” said Anna Berg. “We will try again.” “And we will win.”"),
        ),
        // Interrupted in one sentence, the second part a fragment.
        (
            "“We lost the vote,” Anna Berg said, “and we will try again next year.”",
            Some("“We lost the vote,” Anna Berg said, “and we will try again next year.”"),
        ),
        // The second part in the next paragraph is not the same statement.
        ("“We lost the vote,” Anna Berg said.\n“We will try again next year.”", None),
        // One quotation, no second part.
        ("“We lost the vote,” Anna Berg said.", None),
    ];
    for (text, want) in rows {
        let quotes = pipeline().analyze(text).quotes;
        let split: Vec<&str> = quotes
            .iter()
            .filter(|q| q.rule == Some("split-quotation"))
            .map(|q| &text[q.span.start..q.span.end])
            .collect();
        assert_eq!(split, want.iter().copied().collect::<Vec<_>>(), "{text}");
        if want.is_some() {
            let counted =
                quotes.iter().filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Indirect)).count();
            assert_eq!(counted, 1, "{text}");
            assert!(quotes.iter().filter(|q| q.kind == QuoteKind::Partial).all(|q| q.statement == Some(0)));
        }
    }
}

#[test]
fn records_carry_kind_and_statement() {
    let text = "Leavitt said that the deal had “been very much refined.”";
    let run = |format: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_quotewire"))
            .args(["--emit", "quotes", "--format", format, "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("run quotewire");
        use std::io::Write;
        child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
    };
    let lines: Vec<serde_json::Value> =
        run("jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["kind"], "indirect");
    assert_eq!(lines[0]["statement"], serde_json::Value::Null);
    assert_eq!(lines[0]["text"], "that the deal had “been very much refined.”");
    assert_eq!(lines[0]["cue"], "said");
    assert_eq!(lines[1]["kind"], "partial");
    assert_eq!(lines[1]["statement"], 0);
    assert_eq!(lines[0]["act"], "speech");
    let csv = run("csv");
    let mut rows = csv.lines();
    assert!(rows.next().unwrap().ends_with(r#","statement","act""#));
    assert!(rows.next().unwrap().ends_with(r#",,"speech""#), "no statement holds the statement itself");
    assert!(rows.next().unwrap().ends_with(r#",0,"speech""#));
}

#[test]
fn a_naming_cue_before_a_quoted_title_makes_no_statement() {
    let quotes = pipeline()
        .analyze(
            "They staged a popular play called “Los Hijos de Trump,” or “Sons of Trump,” in Mexico City.",
        )
        .quotes;
    let kinds: Vec<QuoteKind> = quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Scare, QuoteKind::Scare]);
}

#[test]
fn records_say_what_their_cue_reports() {
    let rows: &[(&str, &str)] = &[
        ("Tom Hart said the plan failed.", "speech"),
        ("According to Tom Hart, the plan failed.", "speech"),
        ("Tom Hart believes the plan failed.", "belief"),
        ("Ann Lee is confident the plan will work.", "belief"),
        ("The firm wants to grow abroad.", "intent"),
        ("Ann Lee hopes to win the seat.", "intent"),
        ("A poll showed voters were angry.", "evidence"),
        // Rule S-POLL: what a poll's respondents said is what the poll shows.
        ("In a Harbour Research poll, most voters said the plan failed.", "evidence"),
        // A surname is no poll.
        ("Referee Graham Poll said the plan failed.", "speech"),
        // Rule S-REFUSAL: a refusal verb, or a cue after a negation.
        ("Ann Lee declined to say whether the plan failed.", "refusal"),
        ("A spokesman for the firm refused to comment on the reports.", "refusal"),
        ("Tom Hart would not discuss the reports of a merger.", "refusal"),
        ("Tom Hart did not immediately respond to requests for comment.", "refusal"),
        ("Ann Lee didn't say whether the plan failed.", "refusal"),
        // Not a negation of the cue.
        ("Tom Hart said the plan did not fail.", "speech"),
        ("Nothing was decided, Tom Hart said.", "speech"),
        ("“You can never say never,” said Tom Hart.", "speech"),
        // A negated belief is still a belief.
        ("Tom Hart did not believe the plan would work.", "belief"),
    ];
    for &(text, act) in rows {
        let quotes = pipeline().analyze(text).quotes;
        assert_eq!(quotes.len(), 1, "{text}");
        assert_eq!(quotes[0].act.map(|a| a.as_str()), Some(act), "{text}");
    }
    // A quotation inside a statement has the statement's speaker and act.
    let quotes = pipeline().analyze("Tom Hart believes the plan was “a failure” from the start.").quotes;
    let acts: Vec<_> = quotes.iter().map(|q| (q.kind, q.act.map(|a| a.as_str()))).collect();
    assert_eq!(acts, [(QuoteKind::Indirect, Some("belief")), (QuoteKind::Partial, Some("belief"))]);
    // A scare quote has no speaker, so no act.
    let quotes = pipeline().analyze("The “peace plan” was dropped.").quotes;
    assert_eq!(quotes[0].act, None);
}

#[test]
fn a_cue_makes_one_statement_and_no_two_records_share_start_and_kind() {
    // The object reading of "blamed" ends at the first comma; the quoted fragment's own
    // reading of the same cue reaches past it. One statement, the longer.
    let text = "The company blamed geological problems, industrial action and \"operating flaws\" at its mines for its losses.";
    let analysis = pipeline().analyze(text);
    let kinds: Vec<QuoteKind> = analysis.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Indirect, QuoteKind::Partial]);
    assert_eq!(analysis.quotes[1].statement, Some(0));
    // Records are keyed by (article, start, kind) in the shipped tables.
    let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/seed.txt")).unwrap();
    for t in [text, seed.as_str()] {
        let quotes = pipeline().analyze(t).quotes;
        let mut keys: Vec<(usize, &str)> = quotes.iter().map(|q| (q.span.start, q.kind.as_str())).collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), n, "two records share a start and a kind");
    }
}

/// Rule P2: a capitalised role or agent noun right before a given name and a surname ends
/// the titles, with every capitalised word before it (quotations and statements alike).
#[test]
fn a_role_noun_before_a_given_name_ends_the_title() {
    let rows = [
        (
            "“It is a giveaway,” said Senate Minority Leader Zach Wahls.",
            "Zach Wahls",
            Some("Senate Minority Leader"),
        ),
        ("State Auditor Rob Sand said the plan was reckless.", "Rob Sand", Some("State Auditor")),
        ("“We will appeal,” said County Recorder Helen Purcell.", "Helen Purcell", Some("County Recorder")),
        // A possessive owner before a given name is a title, not the name (names.rs).
        ("“The rains have stopped,” said the BBC's Elizabeth Blunt.", "Elizabeth Blunt", Some("BBC's")),
        // No given name after the role word: the run is left as it is.
        ("“We will appeal,” said Linden Grace Foundation.", "Linden Grace Foundation", None),
    ];
    for (text, name, title) in rows {
        let speaker = first_speaker(text);
        assert_eq!(speaker.name.as_deref(), Some(name), "{text}");
        assert_eq!(speaker.title.as_deref(), title, "{text}");
    }
}

/// A lone surname as the subject of the sentence before a pronoun is the antecedent, even
/// when the given-name lists hold the word (Reynolds), over a speaker further back.
#[test]
fn a_lone_surname_subject_is_a_pronoun_antecedent() {
    let text = "Gov. Kim Reynolds signed the bill on Tuesday.\n\n\
        “We have fought this for years,” said Linda Ortiz, a teacher.\n\n\
        Asked whether she would run again, Reynolds smiled. “We will see,” she said.";
    let analysis = pipeline().analyze(text);
    let last = analysis.quotes.last().and_then(|q| q.speaker.as_ref()).expect("a speaker");
    assert_eq!(last.name.as_deref(), Some("Kim Reynolds"));
}

/// Rule 15: a name that ends in a country's name and opens with no given name is an
/// organisation's; a person's name ending in a demonym or a country is still a person's.
#[test]
fn a_name_ending_in_a_country_is_a_body() {
    use quotewire::attribution::SpeakerType;
    let rows = [
        ("Health Canada said the recall covers every province.", "Health Canada", SpeakerType::Organization),
        (
            "Statistics Canada reported that the jobless rate rose.",
            "Statistics Canada",
            SpeakerType::Organization,
        ),
        ("Michael Jordan said the team would win.", "Michael Jordan", SpeakerType::Person),
        ("The Observer's Philip French said the film was a triumph.", "Philip French", SpeakerType::Person),
    ];
    for (text, name, kind) in rows {
        let speaker = first_speaker(text);
        assert_eq!((speaker.name.as_deref(), speaker.kind), (Some(name), kind), "{text}");
    }
}

/// Rule N1: a month (or another stop word) that is also a given name is part of a name
/// next to a name word or a title, and nowhere else.
#[test]
fn months_that_are_names_are_names_only_in_names() {
    let rows: &[(&str, &str, &str)] = &[
        ("Theresa May said the plan would fail.", "Theresa May", "Theresa May"),
        ("Prime Minister Theresa May said the plan would fail.", "Prime Minister Theresa May", "Theresa May"),
        ("Ruth Kane, a nurse, met Brian May. Mrs May said the plan would fail.", "Mrs May", "Brian May"),
        ("April Ryan said the plan would fail.", "April Ryan", "April Ryan"),
        ("“It will fail,” said June Hale.", "June Hale", "June Hale"),
        // A month before a number, after a preposition or after a day is a month.
        ("In May Labour said the plan would fail.", "Labour", "Labour"),
        ("Last June Hale said the plan would fail.", "Hale", "Hale"),
        ("On Monday May 5 the minister said the plan would fail.", "the minister", "the minister"),
    ];
    for &(text, mention, name) in rows {
        let speaker = first_speaker(text);
        assert_eq!(
            (&text[speaker.start..speaker.end], speaker.name.as_deref()),
            (mention, Some(name)),
            "{text}"
        );
    }
}

/// Rule P4: a capitalised post after `the` is a role phrase (typed `role`, resolved to
/// its holder when the article named one), not a name; a body's name is not a post.
#[test]
fn capitalised_posts_are_roles() {
    use quotewire::attribution::SpeakerType;
    let rows: &[(&str, &str, &str, SpeakerType)] = &[
        ("The Chancellor said the plan would fail.", "The Chancellor", "the Chancellor", SpeakerType::Role),
        (
            "The Foreign Secretary said the plan would fail.",
            "The Foreign Secretary",
            "the Foreign Secretary",
            SpeakerType::Role,
        ),
        (
            "Prime Minister Ann Kerr visited Leeds. The Prime Minister said the plan would fail.",
            "The Prime Minister",
            "Ann Kerr",
            SpeakerType::Person,
        ),
        (
            "He spoke at noon. The Bishop of Wells said the plan would fail.",
            "The Bishop of Wells",
            "the Bishop of Wells",
            SpeakerType::Role,
        ),
        ("The MEP said the plan would fail.", "The MEP", "the MEP", SpeakerType::Role),
        // A member's post after a constituency of any length.
        (
            "He spoke at noon. The Leeds North East MP said the plan would fail.",
            "The Leeds North East MP",
            "the Leeds North East MP",
            SpeakerType::Role,
        ),
        // Bodies stay bodies.
        (
            "The Home Office said the plan would fail.",
            "The Home Office",
            "Home Office",
            SpeakerType::Organization,
        ),
        (
            "The White House said the plan would fail.",
            "White House",
            "White House",
            SpeakerType::Organization,
        ),
    ];
    for &(text, mention, name, kind) in rows {
        let speaker = first_speaker(text);
        assert_eq!(
            (&text[speaker.start..speaker.end], speaker.name.as_deref(), speaker.kind),
            (mention, Some(name), kind),
            "{text}"
        );
    }
}

/// Speaker names are written the same wherever the article put them: a role phrase in
/// lower case, a body's name without a leading `the`, a lone quantifier a role, and so is
/// a role noun capitalised only by a sentence start.
#[test]
fn speaker_names_are_canonical() {
    use quotewire::attribution::SpeakerType;
    let rows: &[(&str, &str, SpeakerType)] = &[
        ("The government said the plan would fail.", "the government", SpeakerType::Role),
        ("Ministers met. But the government said the plan would fail.", "the government", SpeakerType::Role),
        ("The Liberal Democrats said the plan would fail.", "Liberal Democrats", SpeakerType::Organization),
        ("Some fear that the plan will fail.", "some", SpeakerType::Role),
        ("Police said a man was arrested.", "police", SpeakerType::Role),
        // A plural role noun capitalised at the start; members by their letters.
        ("Ministers said the plan would fail.", "ministers", SpeakerType::Role),
        ("MPs said the plan would fail.", "MPs", SpeakerType::Role),
        // Rule 16: a body the gazetteer tagged is written as the gazetteer writes it.
        ("The IMF said growth would slow.", "International Monetary Fund", SpeakerType::Organization),
        ("Microsoft said growth would slow.", "Microsoft", SpeakerType::Organization),
        // A lowercase role before a body's name is its title; a person after it is a person.
        ("Yukos' owner Menatep Group says it will appeal.", "Menatep Group", SpeakerType::Organization),
        (
            "The plan would fail, billionaire hedge fund manager Paul Singer said.",
            "Paul Singer",
            SpeakerType::Person,
        ),
        // A body's name runs on over `of` from its head word.
        (
            "The National Union of Students argued the fees were too high.",
            "National Union of Students",
            SpeakerType::Organization,
        ),
        // Rule R-OF: a role noun keeps the body after `of`, `for` or `at` as its complement.
        ("The chairman of Tesco said profits rose.", "the chairman of Tesco", SpeakerType::Role),
        ("An analyst at Jefferies said the shares were cheap.", "an analyst at Jefferies", SpeakerType::Role),
        (
            "A spokesman for Tony Blair said the talks went well.",
            "a spokesman for Tony Blair",
            SpeakerType::Role,
        ),
        // Names joined by `and` after the preposition are one complement.
        (
            "The MP for Sittingbourne and Sheppey said the plan was poor.",
            "the MP for Sittingbourne and Sheppey",
            SpeakerType::Role,
        ),
        // …and so are a work's name and a given name that is also a title (Tootsie).
        (
            "The star of Rain Man and Tootsie said the film culture was poor.",
            "the star of Rain Man and Tootsie",
            SpeakerType::Role,
        ),
        // …but a person named after `of` and the body is the speaker.
        ("Secretary of State Anna Berg said the talks went well.", "Anna Berg", SpeakerType::Person),
        // Rule 14e: a one-word name the article describes as a business.
        ("Shares in oil firm Vantor fell. Vantor said it would appeal.", "Vantor", SpeakerType::Organization),
        ("Media regulator Ofcom said the fine was fair.", "Ofcom", SpeakerType::Organization),
        // …and never one the article also names as a person.
        (
            "Ken Vantor founded oil firm Vantor. Vantor said he would appeal.",
            "Ken Vantor",
            SpeakerType::Person,
        ),
        ("Analysts said the plan would fail.", "analysts", SpeakerType::Role),
        // Capitalised inside a sentence elsewhere: a proper name, kept.
        ("Republicans said the plan would fail. Few Republicans agree.", "Republicans", SpeakerType::Role),
    ];
    for &(text, name, kind) in rows {
        let speaker = first_speaker(text);
        assert_eq!((speaker.name.as_deref(), speaker.kind), (Some(name), kind), "{text}");
    }
}

#[test]
fn a_business_noun_stands_for_the_business_named_before() {
    // Rule 14b: a business the gazetteer does not know, shown to be one by the text.
    let rows: &[(&str, &str)] = &[
        // A speech verb after the name.
        ("Software maker Quillon said sales rose. The company said it would hire 200 staff.", "Quillon"),
        // A possessive.
        ("Zenbo's shares fell on Monday. Demand was weak, the firm said.", "Zenbo"),
        // Shares in it.
        (
            "Shares in Krispy Kreme Doughnuts fell after the firm said it would restate its results.",
            "Krispy Kreme Doughnuts",
        ),
        // Its own shares after it, not a participle's.
        ("Zenbo shares rose on Monday. Demand was strong, the firm said.", "Zenbo"),
        ("Zenbo saw its shares rise on Monday. Demand was strong, the firm said.", "Zenbo"),
        ("Slumping shares hit Zenbo. Demand was weak, the firm said.", "the firm"),
        // A business noun before it, and a name with an ampersand.
        ("The insurer Harte & Dunmore cut jobs. It was a hard year, the firm said.", "Harte & Dunmore"),
        // A person is no business, nor is a news agency that reported.
        ("Mr Kerr said sales rose. The company said it would hire staff.", "the company"),
        ("Tarn Press reported that Vell was for sale. The company said it would not comment.", "the company"),
        // Rule 14c: a body's noun stands for the body whose name ends with it.
        (
            "The Harbour Traders Federation met on Monday. The federation said rents were too high.",
            "Harbour Traders Federation",
        ),
        (
            "The Lanford Board of Elections met. The board said the count was over.",
            "Lanford Board of Elections",
        ),
        ("The union said the deal was poor.", "the union"),
        // Rule 14f without the gazetteer: a name written with the noun itself.
        ("Kerrow Bank raised rates on Monday. The bank said inflation was too high.", "Kerrow Bank"),
        (
            "The Bank of Kerrow raised rates on Monday. The bank said inflation was too high.",
            "Bank of Kerrow",
        ),
        (
            "Profits rose at the Bank of New York's unit. The bank said inflation was too high.",
            "Bank of New York",
        ),
        // Rule 14h: a place before the business noun names the same business.
        ("Software maker Quillon said sales rose. The Swedish firm said it would hire staff.", "Quillon"),
        (
            "Software maker Quillon said sales rose. The Canada-based company said it would hire staff.",
            "Quillon",
        ),
        // … and so does a kind of business before it; `maker` and `giant` only so modified.
        ("Software maker Quillon said sales rose. The software firm said it would hire staff.", "Quillon"),
        (
            "Software maker Quillon said sales rose. The Swedish software giant said it would hire staff.",
            "Quillon",
        ),
        // A modifier that sets the business apart is not read past.
        (
            "Software maker Quillon said sales rose. The rival firm said it would hire staff.",
            "the rival firm",
        ),
        // … and passes over the gazetteer's businesses of another country (Fiat is Italian).
        ("DaimlerChrysler and Fiat held talks. The German firm said it wanted a deal.", "DaimlerChrysler"),
        ("DaimlerChrysler and Fiat held talks. The firm said it wanted a deal.", "Fiat"),
        // Rule 14i: a business the lead describes is the one the next sentence opens with.
        (
            "A US bank has said it will donate $8m to victims.\n\nKerrow Bank will put the money in a fund.",
            "Kerrow Bank",
        ),
        (
            "A US telecommunications company has said it will pay $28m.\n\nThe Zenbo corporation was accused of bribery.",
            "Zenbo",
        ),
        // … first named there, and only in the lead.
        (
            "A US firm has said it is in talks with luxury goods group Quillon.\n\nParis-based Quillon has been selling brands.",
            "a US firm",
        ),
        (
            "Sales rose. Prices fell. A US bank said it would donate $8m.\n\nKerrow Bank will put the money in a fund.",
            "a US bank",
        ),
        // … and a word capitalised only where it opens a sentence is no name.
        ("A US firm has said it will cut jobs.\n\nPiracy has cost the industry millions.", "a US firm"),
    ];
    for (text, want) in rows {
        let analysis = pipeline().analyze(text);
        let last = analysis.quotes.iter().filter_map(|q| q.speaker.as_ref()).next_back().expect(text);
        assert_eq!(last.name.as_deref(), Some(*want), "{text}");
    }
}

#[test]
fn a_business_noun_passes_over_bodies_that_are_no_business() {
    // Rule 14: `the company`, `the bank`, `the airline` stands for the gazetteer's last
    // business before it, passing over a news outlet that was a quotation's medium and
    // over bodies of other kinds; a news outlet written about is a business.
    let rows: &[(&str, &str)] = &[
        // A medium is passed over, to the business before it.
        (
            "Google lost a case. “We will appeal,” a lawyer told Reuters. The company said it would appeal.",
            "Google",
        ),
        (
            "Bank of America lost tapes. “They are lost,” a spokeswoman told the BBC. The bank said they were lost.",
            "Bank of America",
        ),
        // No business before the body: the role phrase stays.
        ("EU rules forbid state aid. The airline said it would appeal.", "the airline"),
        // A news outlet written about is the business.
        ("Revenues at Reuters slipped. The company said it was optimistic.", "Reuters"),
        ("The BBC is to move a show. The corporation said the show would change.", "BBC"),
        // The bank: a body whose name holds the noun.
        ("The Bank of England met. The bank said rates would rise.", "Bank of England"),
    ];
    for (text, want) in rows {
        let analysis = pipeline().analyze(text);
        let last = analysis.quotes.iter().filter_map(|q| q.speaker.as_ref()).next_back().expect(text);
        assert_eq!(last.name.as_deref(), Some(*want), "{text}");
    }
}

#[test]
fn boss_is_a_role_noun() {
    // speaker-words.txt: `boss` and `bosses` are roles, so a club's boss before a name is
    // the name's title, and bosses with a name before them are a role phrase.
    let rows: &[(&str, &str)] = &[
        ("Rovers drew at home.\n\nRovers boss Tam Kelso: \"We were unlucky today.\"", "Tam Kelso"),
        ("Rovers drew at home. \"We were unlucky,\" said Rovers boss Tam Kelso.", "Tam Kelso"),
        ("Zenbo bosses said the plan would work.", "Zenbo bosses"),
    ];
    for (text, want) in rows {
        assert_eq!(first_speaker(text).name.as_deref(), Some(*want), "{text}");
    }
}

#[test]
fn a_role_at_a_body_or_place_is_a_role() {
    use quotewire::attribution::SpeakerType;
    let rows: &[(&str, SpeakerType)] = &[
        ("A strategist at Quillon Capital said growth would slow.", SpeakerType::Role),
        ("Officials in Kabul said the road was closed.", SpeakerType::Role),
        ("Analysts at Quillon Capital said growth would slow.", SpeakerType::Role),
        ("One in four said the plan was unfair.", SpeakerType::Role),
    ];
    for (text, want) in rows {
        assert_eq!(first_speaker(text).kind, *want, "{text}");
    }
}

#[test]
fn quotations_read_an_appositive_whose_closing_comma_is_missing() {
    // Rule S-APPOS in the quotation rules: the name, not the role or body after it.
    let rows: &[(&str, &str)] = &[
        ("\"We are doing research,\" Tom Reddy, a Quillon spokesman told the BBC.", "Tom Reddy"),
        ("Ewan Dorr, Harbourside Traders Association said: \"We are delighted.\"", "Ewan Dorr"),
        ("\"From day one it was hard,\" the 71-year-old diplomat said.", "the 71-year-old diplomat"),
    ];
    for (text, want) in rows {
        assert_eq!(first_speaker(text).name.as_deref(), Some(*want), "{text}");
    }
}

#[test]
fn it_never_stands_for_a_demonym() {
    // `it` resolves to an organisation or a role phrase, never to a people or a country's
    // adjective that a sentence happens to open with or hold.
    let text = "The Strategy Unit said people from Indian backgrounds did well. But those of \
                Pakistani, Bangladeshi and black Caribbean origin were more likely to be unemployed, it said.";
    let analysis = pipeline().analyze(text);
    let last = analysis.quotes.iter().filter_map(|q| q.speaker.as_ref()).next_back().expect(text);
    assert_eq!(&text[last.start..last.end], "it", "{text}");
    assert_eq!(last.name, None, "{text}");
}

#[test]
fn a_reporting_pronoun_is_not_the_subject_of_its_content() {
    // `CLAUSE, he claimed.`: he is not the clause's subject (a speaker speaking of himself
    // says I), but a parenthesis inside the clause may report its subject's words.
    let rows: &[(&str, Option<&str>)] = &[
        (
            "Michael Howard attacked Labour. Mr Blair has failed to tackle these problems, he claimed.",
            Some("Michael Howard"),
        ),
        (
            "Michael Howard has no doubt it is the prime minister who, he claims, is ramming the bill through.",
            Some("Michael Howard"),
        ),
    ];
    for &(text, want) in rows {
        let analysis = pipeline().analyze(text);
        let last = analysis.quotes.iter().filter_map(|q| q.speaker.as_ref()).next_back().expect(text);
        assert_eq!(last.name.as_deref(), want, "{text}");
    }
}

#[test]
fn it_is_the_business_whose_possessive_opens_the_sentence_before() {
    // Rule 2k: `X's profits fell. It blamed …`: the business, not a place or a day.
    let rows: &[(&str, Option<&str>)] = &[
        ("Profits fell. Acme's net income fell to 5m euros. It blamed weak demand.", Some("Acme")),
        ("Profits fell. China's exports fell to 5m euros. It blamed weak demand.", None),
    ];
    for &(text, want) in rows {
        let analysis = pipeline().analyze(text);
        let last = analysis.quotes.iter().filter_map(|q| q.speaker.as_ref()).next_back().expect(text);
        assert_eq!(last.name.as_deref(), want, "{text}");
    }
}

#[test]
fn a_description_opening_its_sentence_is_the_person_just_written_about() {
    // Rule 13b with more person nouns: presenter (now a role noun) and entrepreneur (an
    // agent noun in -eur).
    let rows: &[(&str, &str)] = &[
        (
            "Dick Clark is to host the show again. The presenter said he was hopeful of a full recovery.",
            "Dick Clark",
        ),
        (
            "Andrew Fisher is selling space on his forehead. The entrepreneur said his mother was surprised.",
            "Andrew Fisher",
        ),
    ];
    for (text, want) in rows {
        let analysis = pipeline().analyze(text);
        let last = analysis.quotes.iter().filter_map(|q| q.speaker.as_ref()).next_back().expect(text);
        assert_eq!(last.name.as_deref(), Some(*want), "{text}");
    }
}

/// Rule R-OF-PLACE and the title runs of rule 7: a person before `of` and a place is the
/// speaker, with an aside or a relative clause between them and the cue; a name after a
/// role noun ends a subject before its verb; a party word opens a title before a name.
/// Rule P5: a body's name joined by `for`, `of`, `and` or `&` before a role noun is one
/// role phrase.
#[test]
fn people_before_their_places_and_titled_names() {
    use quotewire::attribution::SpeakerType;
    let rows: &[(&str, &str, SpeakerType)] = &[
        (
            "Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the vote would come soon.",
            "John Cornyn",
            SpeakerType::Person,
        ),
        (
            "Representative Ann Kerr of Florida, the party chairwoman, also expressed concern.",
            "Ann Kerr",
            SpeakerType::Person,
        ),
        (
            "Senator Tom Hart of Ohio, who opposed the bill, warned that it would fail.",
            "Tom Hart",
            SpeakerType::Person,
        ),
        // …not a body's place, nor a lone name.
        (
            "The University of Texas, the state's largest, said fees would rise.",
            "University of Texas",
            SpeakerType::Organization,
        ),
        (
            "Former Republican presidential candidate Jeb Bush broke down what was wrong with it: “It was insensitive.”",
            "Jeb Bush",
            SpeakerType::Person,
        ),
        (
            "“It was wrong,” said Oversight ranking Democrat Elijah Cummings.",
            "Elijah Cummings",
            SpeakerType::Person,
        ),
        // A count before the name is no role noun: one Trump confidant is a confidant.
        ("“It was wrong,” said one Trump confidant.", "one Trump confidant", SpeakerType::Role),
        // A body's name with `for`, `and` or `&` in it before a role noun (rule P5).
        (
            "A Department for Constitutional Affairs spokeswoman said the plan was under review.",
            "a Department for Constitutional Affairs spokeswoman",
            SpeakerType::Role,
        ),
        (
            "“We are looking at it,” a Department for Education and Skills source said.",
            "a Department for Education and Skills source",
            SpeakerType::Role,
        ),
        ("An M&S spokesman said the shops would open.", "an M&S spokesman", SpeakerType::Role),
        // …not a person's affiliation after the name, nor a body without a role noun.
        ("“Sales fell,” said analyst Ann Kerr of Barclays Capital.", "Ann Kerr", SpeakerType::Person),
        // An organisation whose name opens with a title word keeps it (rule 16).
        ("General Motors said sales fell in January.", "General Motors", SpeakerType::Organization),
    ];
    for &(text, name, kind) in rows {
        let speaker = first_speaker(text);
        assert_eq!((speaker.name.as_deref(), speaker.kind), (Some(name), kind), "{text}");
    }
}

/// An adverb opening its sentence names no one, even before a cue (Just ask him, Recently
/// announced changes).
#[test]
fn an_opening_adverb_is_no_subject() {
    for text in ["Not everyone agrees. Just ask Anne.", "Recently announced changes include a new stage."] {
        let seen = statements(text);
        assert!(seen.is_empty(), "{text}: {seen:?}");
    }
}

/// Rule S-MAKER: after `according to`, the maker of a document is the source; rule P1
/// reads a body's name over `for` as over `of`.
#[test]
fn makers_of_documents_are_sources() {
    use quotewire::attribution::SpeakerType;
    let rows: &[(&str, &str, SpeakerType)] = &[
        (
            "According to research from technology analysts Gartner, sales rose by 10%.",
            "Gartner",
            SpeakerType::Organization,
        ),
        (
            "According to figures from the Office for National Statistics, sales rose by 10%.",
            "Office for National Statistics",
            SpeakerType::Organization,
        ),
        (
            "Sales rose by 10%, according to a study by economists Ann Kerr and Tom Hart.",
            "Ann Kerr and Tom Hart",
            SpeakerType::Person,
        ),
        // …and a document without a maker stays a role phrase.
        ("Sales rose by 10%, according to recent figures.", "recent figures", SpeakerType::Role),
        (
            "The Institute for Fiscal Studies said taxes would rise.",
            "Institute for Fiscal Studies",
            SpeakerType::Organization,
        ),
    ];
    for &(text, name, kind) in rows {
        let speaker = first_speaker(text);
        assert_eq!((speaker.name.as_deref(), speaker.kind), (Some(name), kind), "{text}");
    }
    // …not a name that modifies the noun after it (UK of `UK think-tank Demos`).
    let speaker = first_speaker("Sales rose, according to a report by UK think-tank Demos.");
    assert_eq!(speaker.name.as_deref(), Some("Demos"));
}

/// Rule 14b for ministries and departments, and rule 14c: `the ministry` is the ministry
/// named before it (no owner in the name), and a `the committee` beyond the window's
/// reach is the committee the `the committee` before it was.
#[test]
fn ministries_and_remembered_bodies() {
    let seen =
        statements("Iraq's Ministry of Communications released figures. The ministry said the network grew.");
    assert_eq!(seen.last().map(|s| s.2.as_str()), Some("Ministry of Communications"), "{seen:?}");
    let filler = "Universities have struggled to recruit staff in many fields this year. ".repeat(12);
    let text = format!(
        "The Commons science and technology committee met on Monday. The committee said funding was short. \
         {filler}A new fund should be set up, the committee added."
    );
    let seen = statements(&text);
    let names: Vec<&str> = seen.iter().map(|s| s.2.as_str()).collect();
    assert_eq!(names, ["Commons science and technology committee"; 2], "{seen:?}");
}

/// A plural subject keeps up to two modifiers before it (not a number, a participle or a
/// verb); a body's name in apposition to a lowercase noun is no speaker; a role between
/// a name and its `who` clause leaves the name the speaker.
#[test]
fn modifiers_appositions_and_relative_clauses() {
    use quotewire::attribution::SpeakerType;
    let rows: &[(&str, &str, SpeakerType)] = &[
        ("But opposition parties say that will not happen.", "opposition parties", SpeakerType::Role),
        ("Rival parties say that will not happen.", "Rival parties", SpeakerType::Role),
        ("US retailers reported a rise in sales.", "US retailers", SpeakerType::Role),
        ("Nearly 100,000 households say that will not happen.", "households", SpeakerType::Role),
        (
            "But, Hans Reckers, a board member of Germany's central bank, the Bundesbank, said trading should stay.",
            "Hans Reckers",
            SpeakerType::Person,
        ),
        ("Manufacturers' organisation, the EEF, said rates would hold.", "EEF", SpeakerType::Organization),
        (
            "Lord Condon, head of the cricket council's anti-corruption unit, who made the call, said the penalty was low.",
            "Condon",
            SpeakerType::Person,
        ),
        (
            "Senator Chris Murphy of Connecticut, who campaigned with her, said she must focus.",
            "Chris Murphy",
            SpeakerType::Person,
        ),
        // Rule S-DUMMY-IT: after a dummy `it`, the name before the participle cue.
        ("It was no good Ann Kerr claiming the economy was strong.", "Ann Kerr", SpeakerType::Person),
        // A kind of business opening a name is its title, and makes a firm.
        ("Bookmaker Ladbrokes said it would take bets.", "Ladbrokes", SpeakerType::Organization),
        ("Carmaker Ford said sales rose.", "Ford", SpeakerType::Organization),
        // Lowercase `that` before a plural role is a relative, not the phrase's determiner.
        (
            "The files held information that investigators said was secret.",
            "investigators",
            SpeakerType::Role,
        ),
        // A document holds no office: the poll is no name after `Poll` in a title-case headline.
        (
            "Mayor’s Poll Numbers Jump After Debate. The poll showed that the mayor was ahead.",
            "the poll",
            SpeakerType::Role,
        ),
        // A body after a preposition before `, the chancellor` holds no office (rule 12).
        (
            "To a packed audience at Gateshead's Sage Centre, the chancellor said the cuts were deep.",
            "the chancellor",
            SpeakerType::Role,
        ),
    ];
    for &(text, name, kind) in rows {
        let speaker = first_speaker(text);
        assert_eq!((speaker.name.as_deref(), speaker.kind), (Some(name), kind), "{text}");
    }
}

/// Rule S-NESTED-SELF: a statement inside another's content whose source is a pronoun for
/// the same speaker is part of the outer statement, not one of its own.
#[test]
fn a_speaker_reporting_their_own_view_inside_a_statement_is_one_statement() {
    let rows: &[(&str, &[&str])] = &[
        // One statement, whose source is the survey (rule S-POLL).
        ("In the survey, 47% said they supported the legislation.", &["the survey"]),
        ("Ms Cooper said she found it hard to persuade the board.", &["Cooper"]),
    ];
    for &(text, names) in rows {
        let seen: Vec<String> = statements(text).into_iter().map(|s| s.2).collect();
        assert_eq!(seen, names, "{text}");
    }
}

/// Rule 16c: a role phrase `the X` whose X is the name or an alias of a body the article
/// tagged (The Conservatives said, read as a capitalised role) is that body under the
/// gazetteer's name and id.
#[test]
fn aliases_of_bodies_tagged_in_the_article_are_those_bodies() {
    let text = "Tony Blair faced MPs in the Commons. The Conservatives said the plan would fail.";
    let speaker = first_speaker(text);
    assert_eq!(
        (speaker.name.as_deref(), speaker.entity.is_some()),
        (Some("Conservative Party"), true),
        "{speaker:?}"
    );
}

/// Rule 8d: the fullest form of a one-word name leaves out words that only lead to or
/// modify it: a `-based` or `-born` word, a preposition or opener, a tagged place.
#[test]
fn fullest_forms_leave_out_modifiers() {
    let rows: &[(&str, &str)] = &[
        ("Paris-based Euronext owns the market. Euronext said the sale was off.", "Euronext"),
        (
            "Tunisian-born Abdellatif Kechiche won the prize. Kechiche said the film was personal.",
            "Abdellatif Kechiche",
        ),
    ];
    for &(text, name) in rows {
        let seen = statements(text);
        assert_eq!(seen.last().map(|s| s.2.as_str()), Some(name), "{seen:?}");
    }
}

/// Rule 14f: a business written with the phrase's noun in its name wins over a gazetteer
/// body the text names as an object (Kingfisher Airlines … from Airbus … the airline), not
/// over one that is a subject (JP Morgan said … the bank).
#[test]
fn a_business_named_with_its_noun_wins_over_an_object() {
    let text = "United's budget airline, Kingfisher Airlines, is to buy 10 A320 aircraft from Airbus. \
                The airline expects to start its operations in April.";
    let seen = statements(text);
    assert_eq!(seen.last().map(|s| s.2.as_str()), Some("Kingfisher Airlines"), "{seen:?}");
}

/// Rule 12b: a role phrase's holder named after it with the role in apposition (said
/// Greg Abbott, Texas attorney general).
#[test]
fn holders_named_after_in_apposition() {
    let text = "The Texas attorney general said the firm had broken the law. \
                \"Illegal spam must be stopped,\" said Greg Abbott, Texas attorney general, on Monday.";
    let speaker = first_speaker(text);
    assert_eq!(speaker.name.as_deref(), Some("Greg Abbott"), "{speaker:?}");
}

/// Rule R-PARTICIPLE-OBJECT: the names after a participle are its object, and the role
/// before it the speaker; a noun in -ing is no participle.
#[test]
fn names_after_a_participle_are_its_object() {
    let rows: &[(&str, &str)] = &[
        ("A lawyer representing Mr Doherty and Mr Wass said the pair denied the charges.", "a lawyer"),
        (
            "Several superdelegates supporting Ann Kerr declined to comment on the plan.",
            "Several superdelegates",
        ),
        ("In its Chapter 11 filing OptInRealBig claimed it had assets of less than $10m.", "OptInRealBig"),
    ];
    for &(text, name) in rows {
        let speaker = first_speaker(text);
        assert_eq!(speaker.name.as_deref(), Some(name), "{text}");
    }
}

/// A lowercase agent noun after its modifiers, before a full name, is a title: the name
/// is the sentence's subject, and a later `he` its speaker.
#[test]
fn agent_nouns_after_modifiers_are_titles() {
    let text = "“It is a special moment,” Stephen Jones said. Double try scorer Martyn Williams was keen \
                not to talk about a Grand Slam. “We have got more self-belief these days,” he said.";
    let analysis = pipeline().analyze(text);
    let last = analysis.quotes.iter().rev().find_map(|q| q.speaker.as_ref()).expect("a speaker");
    assert_eq!(last.name.as_deref(), Some("Martyn Williams"), "{last:?}");
    // …and so is a person noun in -woman after a band's name.
    let text = "Scissor Sisters frontwoman Ana Matronic collected the prize. She told the audience: “You made our dream come true.”";
    let analysis = pipeline().analyze(text);
    let last = analysis.quotes.iter().rev().find_map(|q| q.speaker.as_ref()).expect("a speaker");
    assert_eq!(last.name.as_deref(), Some("Ana Matronic"), "{last:?}");
}
