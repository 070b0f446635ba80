// A package index client's file hashes (shaped on uv's uv-pypi-types simple_json.rs, audit round 120): asking
// whether an optional MD5 digest is there computes nothing; computing one is the use.
pub struct Hashes {
    pub md5: Option<String>,
}

impl Hashes {
    pub fn is_empty(&self) -> bool {
        self.md5.is_none()
    }
}

pub fn digest(md5: Option<String>, data: &[u8]) -> String {
    if md5.is_some() {
        return md5.as_deref().unwrap_or_default().to_string();
    }
    let computed = md5::compute(data); // qready-expect: MD5 digest
    format!("{:x}", computed)
}
