//! The gazetteer: known persons, organisations and places, and finding their mentions.
//!
//! # Files
//!
//! A gazetteer is built from CSV files (UTF-8, with a header row). Required columns: `id`
//! (unique across all files), `type` (`person`, `organization` or `place`) and `name`.
//! Optional: `aliases` and `demonyms`, both `|`-separated (an entry beginning with `~` matches
//! ignoring ASCII case); every other column (`kind`, `country`, `population`, `gender`,
//! `role`, `region`, `wikidata`, ...) is kept as an attribute, see [`Entity::attr`]. A
//! town's `region` ("US-NE") names the region entity whose id is `region:` and that code. Three word lists,
//! one entry a line with `#` comment lines, steer matching: the stop-list (names that are
//! also common words), titles ("President", "Prime Minister") and given names. The words
//! the context rules below look for (sports words, club roles, honorifics, months and
//! weekdays, ...) are data too: `gazetteers/context-words.txt`, always embedded.
//!
//! Loading reports every problem as `FILE:LINE: reason` (duplicate id, empty name, unknown
//! type, empty alias, alias without a letter or digit, missing required column) and refuses
//! to build a gazetteer with any problem. The default gazetteer (`gazetteers/` in the
//! source tree) is embedded in the binary: [`Gazetteer::builtin`].
//!
//! # Matching
//!
//! - Names, aliases, demonyms and persons' surnames are searched at every word start, the
//!   longest first ("New York City" beats "New York"), case-sensitively ("TIME" is not
//!   "time") unless marked `~` (ASCII case only), and as whole words: the characters around
//!   a match must not be letters or digits, so "Trump's" gives "Trump", "Russia-Ukraine"
//!   gives both, "U.S.-backed" gives "U.S.". (A hash of first words replaces an
//!   Aho-Corasick automaton: matches start only at word starts, and building the
//!   automaton's failure links for ~40,000 strings cost more than all the rest. The word
//!   starts and the class of each byte (upper-case, lower-case, digit, non-ASCII, other)
//!   are found sixteen bytes at a time (SSE2 on x86-64), 64 bytes to a block; names are
//!   looked for only at word starts of the classes their first bytes have (upper-case and
//!   non-ASCII letters, mostly), the few that begin with a lower-case letter through the
//!   look-up of sports words at lower-case word starts; a table of first-byte pairs and a
//!   filter of first words (their lengths read from the same masks) rule out most of the
//!   rest before any look-up.)
//! - A person is also found by surname ("Putin"), once the text introduced them by full name
//!   or alias, or after a title that is more than an honorific ("President Putin", not "Mr
//!   Wong"); a surname that is also a given name, a day or a stop-listed word ("Friday")
//!   always needs the introduction. A title just before a person's name ("President
//!   Putin", "Prime Minister Keir Starmer") is included in the mention, whose form is then
//!   [`MentionForm::Title`]. A surname shared by several persons goes to the one the text
//!   last introduced, and is otherwise dropped, never guessed. A surname right after
//!   another capitalised word that is not a title ("Chelsea Clinton", "Jack McConnell")
//!   names someone else: it is dropped, and so are its later uses, unless the gazetteer's
//!   person is introduced. A sentence-initial word counts only if it is a given name ("But
//!   Trump said"). Names ending in a regnal number ("Charles III") have no surname, and
//!   "O'Driscoll" does not contain "Driscoll".
//! - Names on the stop-list (Nice, Reading, Chad, ...) are found only with strong context:
//!   "Reading, Berkshire" (followed by a comma and a place), or "in Reading" / "near
//!   Reading" (not possessive, not followed by another capitalised word). A stop-listed
//!   surname is found only once its person was introduced by full name.
//! - A place glued by a space to a capitalised word that is not part of it is dropped as part
//!   of an unknown longer name ("Paris Hilton", "Lincoln Center", "Denzel Washington"),
//!   unless the word is a title ("London Mayor"), a month or weekday, another match, or
//!   merely starts the sentence ("In Paris"). The same holds for one-word organisation names
//!   that are not acronyms, and for surnames followed by a capitalised word.
//! - An all-capital name between all-capital words is dropped: in a heading ("THE STARS
//!   WHO LEFT") an acronym cannot be told from a word.
//! - A place or organisation right after a title is a person's surname ("Mr Livingstone").
//! - In a sports report (two or more different sports words at word starts: "striker",
//!   "Six Nations", "half-time", "goals", but not the "club" of "nightclub"; one of them
//!   not `[sports-common]`, so "goal" and "victory" alone do not make one), a city or
//!   region (but not England, Scotland, Wales or Northern Ireland) is taken for its club
//!   ("Liverpool were ...", "Munster") and dropped, unless it follows "in" or precedes
//!   `, <region or country>`; in any text, so is one before "manager", "striker", "fans",
//!   ... ("Birmingham manager Steve Bruce").
//! - `X of <place>` is part of a longer name when X is Bank, University, Council, ...
//!   ("Bank of Japan"); so is `<Capitalised> de <place>` ("Stade de France").
//! - Among entities sharing a name, one the text already mentioned wins ("Pokrovsk
//!   (Krasnoarmeysk)"), then countries, then larger places.
//! - Country context ([`MentionRule::Country`]): the article's other mentions count for
//!   their `country`. A `[shared-names]` name ("the Conservatives", "House of Commons",
//!   "Congress") keeps its entity only when that entity's country counts more than half the
//!   largest count, or three or more, and is dropped otherwise. A town whose country counts
//!   nothing goes to a same-name place or organisation of the most-counted country
//!   ("Westminster", "Santa Maria", the county "Kent" in a British report). A small town
//!   (under 150,000 people, not a capital) or a region named only with
//!   `[generic-region-words]` ("West Coast") whose country the other mentions never name,
//!   while they name some country twice or more, is dropped (`foreign_small_town`: "Kent"
//!   the US town, "Gobo", "Bolton" the person). `, <region>` after a town picks the town of
//!   that region (the `region` column of towns), or that region's country's town, or drops
//!   it ("Norfolk, Nebraska", "San Pedro, California"), unless the region goes on a list or a
//!   name; the region after it is the region ("London, Ontario"). A city named like its
//!   country's region ("New York") is the city unless "state"/"province" follows, "state
//!   of" comes before, a region is beside it in a list ("Washington and Alaska"), or a
//!   `[state-roles]` office goes with it ("senator from New York", "New York Attorney
//!   General").
//! - Not places: a town before a `[speech-verbs]` word with no lower-case word before it,
//!   or before `, a/an ... <person-role>` ("Chester, a professor at"), is a speaker; a place
//!   whose name starts with a title ("Prince Edward") needs strong context; a demonym after
//!   `[language-verbs]` ("speak French"), in "X as a common/official language" or after
//!   "written/translated in(to)" is a language; a place before `$` is a currency (`US$`,
//!   `NZ$`); "US" after a `[pronoun-before]` word and before punctuation is the pronoun; a
//!   place, demonym or organisation followed by capitalised words ending in a
//!   `[name-tails]` word ("Qatar Open", "NATO Peace Prize") is part of that name; a city in
//!   a sentence with a `[league-words]` word ("drafted", "Eastern Conference") is a club, and so is a
//!   town or region opening a sentence or clause before a plural verb ("Lyon were"); a
//!   one-word organisation name before a year or version ("Fifa 2005") is a title; a
//!   place right after a news outlet ("BBC Scotland", "POLITICO Florida", "USA
//!   TODAY/Suffolk") names the outlet's branch; a place joined by " & " to a capitalised
//!   word ("Bradford & Bingley") is part of a firm's name.
//! - Firms, districts, bodies (issue 15): a town after a `[firm-nouns]` word ("gaming group
//!   Wembley"), or a small town with a firm apposition or firm words after it ("Wembley,
//!   the gaming company", "Wembley announced its results"), is a firm there and later in
//!   the text; a place right after a town of another country ("London's West End") is a
//!   district of that town; the `<direction> <word>` towns ("the West End") need their
//!   country named; a `[shared-names]` body right after another country's place ("Norway's
//!   Supreme Court") is that country's; a town or region before capitalised words ending in
//!   an `[org-tails]` word ("New York State Department of Health") and an organisation
//!   ending in one before `of <Capitalised>` ("State Department of Health") are parts of a
//!   longer name; a demonym after "in/with" before a `[language-ends]` word ("in German for
//!   soprano"), after a possessive ("my French and his English"), or after "fluent" is a
//!   language; a demonym with no article before a speech verb ("Cuban said") is a surname.
//! - A town or region followed by capitalised words ending in a `[firm-tails]` word
//!   ("Texas Instruments", "Baoshan Iron and Steel Co.") begins a firm's name, and its later
//!   bare uses are the firm ("a vice president at Texas"), unless "in" comes before or a
//!   `[place-nouns]` word after ("the Shanghai city government"). A city-state ("Monaco",
//!   a country whose capital has its name) opening a clause before a plural verb is its
//!   club ("Monaco are also in the race"). A demonym two countries share ("Dominicans")
//!   goes to the one the article named (curated in `countries-extra.csv`). A place glued
//!   by a colon to the word before it ("CD:UK") is part of a title.
//! - A country whose name is also a region of another country ("Georgia") is the region
//!   with a state's sense ("Georgia Gov.", a list of states) or when the article names more
//!   towns and regions of the region's country than it names the country.
//! - A shared surname goes to an introduced politician (`kind`) before a relative who is
//!   not one, then to the introduced person the text named in full most often (then the
//!   first introduced); "X and his/her" or a first reflexive after it picks the person of
//!   that gender, and an honorific with a gender ("Mr", "Mrs") keeps to
//!   persons of that gender.
//! - A person's full name outranks a place or organisation on the same span; a surname does
//!   only once the person was introduced.
//!
//! Mentions carry byte offsets (end-exclusive), sorted and non-overlapping.
//!
//! ```
//! use quotewire::gazetteer::{Gazetteer, MentionForm};
//!
//! let csv = "id,type,name,aliases,demonyms\n\
//!            p1,person,Vladimir Putin,,\n\
//!            c1,place,Russia,Russian Federation,Russian|Russians\n\
//!            c2,place,Ukraine,,Ukrainian|Ukrainians\n";
//! let gaz = Gazetteer::builder()
//!     .include_default(false)
//!     .add_reader(csv.as_bytes(), "inline.csv")
//!     .add_titles_reader("President\n".as_bytes(), "titles.txt")
//!     .build()?;
//! let text = "Russian President Vladimir Putin spoke. Putin's Russia-Ukraine war";
//! let found: Vec<(&str, &str, MentionForm)> = gaz
//!     .tag(text)
//!     .iter()
//!     .map(|m| (&text[m.start..m.end], gaz.entity(m.entity).name.as_str(), m.form))
//!     .collect();
//! assert_eq!(found, [
//!     ("Russian", "Russia", MentionForm::Demonym),
//!     ("President Vladimir Putin", "Vladimir Putin", MentionForm::Title),
//!     ("Putin", "Vladimir Putin", MentionForm::Surname),
//!     ("Russia", "Russia", MentionForm::Name),
//!     ("Ukraine", "Ukraine", MentionForm::Name),
//! ]);
//! # Ok::<(), quotewire::gazetteer::GazetteerError>(())
//! ```

mod builtin;
mod context;
mod index;
mod load;
mod matcher;

pub use load::{CheckReport, GazetteerBuilder, Problem, check};

/// The type of an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// An organisation: a company, party, agency, newspaper, ...
    Organization,
    /// A place: a country, region, city, ...
    Place,
}

impl EntityType {
    /// Parses the `type` column.
    pub fn parse(s: &str) -> Option<EntityType> {
        [EntityType::Person, EntityType::Organization, EntityType::Place]
            .into_iter()
            .find(|t| t.as_str() == s)
    }

    /// The name used in the `type` column and in records.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Place => "place",
        }
    }
}

/// The index of an entity in its [`Gazetteer`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// A known person, organisation or place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The `id` column, unique in the gazetteer.
    pub id: String,
    /// The `type` column.
    pub kind: EntityType,
    /// The canonical name.
    pub name: String,
    /// Every other non-empty column (`aliases`, `demonyms`, `country`, ...), in file order.
    pub attrs: Attrs,
}

impl Entity {
    /// The value of column `key`, if present and non-empty.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.get(key)
    }
}

/// The attribute columns of an entity: `(column, value)` pairs in file order.
///
/// The values of all entities of one file live in one shared string, and the column names
/// once per file: building 34,000 entities with a `Vec` of `String` pairs each spent most of
/// the gazetteer's build time in the allocator.
#[derive(Clone)]
pub struct Attrs {
    table: std::sync::Arc<AttrTable>,
    /// The range of this entity's pairs in `table.pairs`.
    pairs: (u32, u32),
}

/// The attributes of the entities of one file.
#[derive(Default)]
pub(crate) struct AttrTable {
    /// Column names.
    pub(crate) keys: Vec<Box<str>>,
    /// Every value, one after the other.
    pub(crate) values: String,
    /// (column, start, end of the value in `values`) for every entity in turn.
    pub(crate) pairs: Vec<(u32, u32, u32)>,
}

impl Attrs {
    pub(crate) fn new(table: std::sync::Arc<AttrTable>, pairs: (u32, u32)) -> Attrs {
        Attrs { table, pairs }
    }

    /// The `(column, value)` pairs, in file order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        let t = &*self.table;
        t.pairs[self.pairs.0 as usize..self.pairs.1 as usize]
            .iter()
            .map(|&(k, s, e)| (&*t.keys[k as usize], &t.values[s as usize..e as usize]))
    }

    /// The value of column `key`: the column names are compared first, and only the value
    /// found is cut from the shared string (as [`Attrs::iter`] would give it).
    pub fn get(&self, key: &str) -> Option<&str> {
        let t = &*self.table;
        t.pairs[self.pairs.0 as usize..self.pairs.1 as usize]
            .iter()
            .find(|&&(k, _, _)| &*t.keys[k as usize] == key)
            .map(|&(_, s, e)| &t.values[s as usize..e as usize])
    }

    /// The number of pairs.
    pub fn len(&self) -> usize {
        (self.pairs.1 - self.pairs.0) as usize
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl std::fmt::Debug for Attrs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Attrs {
    fn eq(&self, other: &Attrs) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Attrs {}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    /// The canonical name.
    Name,
    /// An alias.
    Alias,
    /// A person's surname alone.
    Surname,
    /// A title and a person's name ("President Putin"): the mention covers both.
    Title,
    /// A demonym of a place ("Ukrainian").
    Demonym,
}

impl MentionForm {
    /// The name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionForm::Name => "name",
            MentionForm::Alias => "alias",
            MentionForm::Surname => "surname",
            MentionForm::Title => "title",
            MentionForm::Demonym => "demonym",
        }
    }
}

/// Which rule chose a mention's entity among those sharing its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MentionRule {
    /// The name's only entity, or its best ranked: a person's full name, then countries,
    /// then larger places.
    #[default]
    Ranked,
    /// An entity of that name the text mentioned before ("Pokrovsk (Krasnoarmeysk)"), or the
    /// person it last introduced (for a surname).
    Earlier,
    /// The country the article is about, told by its other mentions: the Canadian
    /// "Ontario" rather than the Californian city, or a name used by bodies of several
    /// countries ("the Conservatives", "House of Commons") kept for the one country it
    /// names only when the article is about that country.
    Country,
}

impl MentionRule {
    /// The name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            MentionRule::Ranked => "ranked",
            MentionRule::Earlier => "earlier",
            MentionRule::Country => "country",
        }
    }
}

/// A mention of an entity in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// The entity mentioned.
    pub entity: EntityId,
    /// How it is named.
    pub form: MentionForm,
    /// Which rule chose the entity.
    pub rule: MentionRule,
}

/// Why a gazetteer could not be built.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GazetteerError {
    /// Problems in the files, one per line.
    #[error("{}", display_problems(.0))]
    Invalid(Vec<Problem>),
}

fn display_problems(problems: &[Problem]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

/// Known entities and a matcher for their mentions. See the [module docs](self).
pub struct Gazetteer {
    entities: Vec<Entity>,
    matcher: matcher::Matcher,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer").field("entities", &self.entities.len()).finish_non_exhaustive()
    }
}

impl Gazetteer {
    /// The default gazetteer embedded in the binary.
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        Gazetteer::builder().build()
    }

    /// A builder, which includes the embedded default unless told `include_default(false)`.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// The entity `id`. Panics if `id` is not of this gazetteer.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }

    /// All entities, indexed by [`EntityId`].
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// The mentions in `text`, sorted by start and non-overlapping.
    pub fn tag(&self, text: &str) -> Vec<Mention> {
        self.matcher.tag(text)
    }

    /// The people whose `role` attribute holds `word` (lowercase) as a word ("minister" in
    /// Former Prime Minister of the United Kingdom), with the role in lowercase, in the
    /// order of their ids.
    pub(crate) fn role_holders<'g>(&'g self, word: &str) -> impl Iterator<Item = (EntityId, &'g str)> + 'g {
        self.matcher.role_holders(word)
    }

    /// Whether `word` (or words, "Prime Minister") is a title, ignoring case and a final
    /// period.
    pub fn is_title(&self, word: &str) -> bool {
        self.matcher.is_title(word)
    }
}
