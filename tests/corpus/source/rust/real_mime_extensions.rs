// mime_guess (round 303): a file's extension beside the media type it maps to is a file type, not the RC2
// cipher; a cipher named as a value still is one.
pub static MIME_TYPES: &[(&str, &[&str])] = &[
    ("rc", &["text/plain"]),
    ("rc2", &["text/plain"]),
    ("rdf", &["application/rdf+xml"]),
];

pub const LEGACY_CIPHER: &str = "RC2-CBC"; // qready-expect: RC2 reference
