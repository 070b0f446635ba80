// A post-quantum signature binding's schemes (shaped on tectonic-bedrock-python's falcon.rs and ml_dsa.rs,
// audit round 120): Falcon's DSA and a DSA named with one of ML-DSA's parameter sets (44, 65, 87) are FN-DSA
// and ML-DSA, not DSA; a DSA key sized in bits is DSA.
use pyo3::prelude::*;

pub const FALCON_DSA_512: u8 = 1; // qready-expect: FN-DSA reference
pub const ML_DSA_65_STR: &str = "ML-DSA-65"; // qready-expect: ML-DSA reference

#[pyclass]
pub struct Scheme(u8);

#[pymethods]
impl Scheme {
    #[staticmethod]
    pub fn dsa_87() -> PyResult<Self> { // qready-expect: ML-DSA reference
        Ok(Scheme(3))
    }
}

const DSA_65_STR: &str = ML_DSA_65_STR; // qready-expect: ML-DSA reference

fn legacy() -> DsaKey { // qready-expect: DSA reference
    DsaKey::generate(2048) // qready-expect: DSA reference
}

// SLH-DSA's capitals (pybergshamra's algorithms.rs, round 167): SLH-DSA, not DSA
#[allow(non_snake_case)]
fn SLH_DSA_SHA2_256F_W3C() -> &'static str { // qready-expect: SLH-DSA reference
    bergshamra::algorithm::SLH_DSA_SHA2_128S // qready-expect: SLH-DSA reference
}
