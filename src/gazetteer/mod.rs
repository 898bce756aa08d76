//! Gazetteers and entity tagging (placeholder: an empty gazetteer; the real loader and
//! matcher replace it).

use serde::Serialize;

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    Person,
    Organization,
    Place,
}

/// Index of an entity in its gazetteer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityId(pub u32);

/// One gazetteer row.
#[derive(Debug, Clone)]
pub struct Entity {
    pub id: String,
    pub kind: EntityType,
    pub name: String,
    pub attrs: Vec<(String, String)>,
}

impl Entity {
    /// The value of an extra column.
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    Name,
    Alias,
    Surname,
    Title,
    Demonym,
}

/// A tagged mention: byte offsets into the text, end-exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub entity: EntityId,
    pub form: MentionForm,
}

/// Errors while loading a gazetteer.
#[derive(Debug, thiserror::Error)]
#[error("gazetteer error")]
pub struct GazetteerError;

/// A built gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
}

impl Gazetteer {
    /// The embedded default gazetteer.
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        Ok(Gazetteer::default())
    }
    /// The entity behind an id.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }
    /// All entities.
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }
    /// Tags the mentions of known entities in `text`.
    pub fn tag(&self, _text: &str) -> Vec<Mention> {
        Vec::new()
    }
    /// Whether `word` is a title that precedes names.
    pub fn is_title(&self, _word: &str) -> bool {
        false
    }
}

/// Collects gazetteer files (placeholder).
#[derive(Debug, Default)]
pub struct GazetteerBuilder {}

impl GazetteerBuilder {
    /// Whether to include the embedded default.
    pub fn default(&mut self, _yes: bool) -> &mut Self {
        self
    }
    /// Adds a file.
    pub fn add_path(&mut self, _path: &std::path::Path) -> Result<&mut Self, GazetteerError> {
        Ok(self)
    }
    /// Builds the gazetteer.
    pub fn build(&self) -> Result<Gazetteer, GazetteerError> {
        Ok(Gazetteer::default())
    }
}

impl Gazetteer {
    /// A builder.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder {}
    }
}
