// A Python extension in Rust (shaped on ecdh-x25519's lib.rs, audit round 119): the `#[pymodule]` function,
// named after the module, only registers what does the work; the class and its key agreement are uses.
use pyo3::prelude::*;
use x25519_dalek::{PublicKey, StaticSecret}; // qready-expect: ECDH reference

#[pyclass]
struct Agreement {
    secret: StaticSecret, // qready-expect: ECDH reference
}

#[pymethods]
impl Agreement {
    fn shared(&self, peer: [u8; 32]) -> [u8; 32] {
        *self.secret.diffie_hellman(&PublicKey::from(peer)).as_bytes() // qready-expect: ECDH key-agree
    }
}

#[pymodule]
fn ecdh_x25519(_py: Python, m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Agreement>()?;
    Ok(())
}
