//! Shaped on py-lean-multisig's src/serialization.rs (audit round 169): the xmss crate's sizes counted in
//! field elements (`RANDOMNESS_LEN_FE`) size buffers and loops, which no line names XMSS on; what is named
//! after XMSS (its key and signature types, `XMSS_DIGEST_LEN`) is a use.
use backend::KoalaBear;
use xmss::{XmssPublicKey, PUBLIC_PARAM_LEN_FE, RANDOMNESS_LEN_FE, V, XMSS_DIGEST_LEN}; // qready-expect: XMSS reference

const SIG_RANDOMNESS_BYTES: usize = RANDOMNESS_LEN_FE * 4;

pub fn decode_public_key(bytes: &[u8]) -> XmssPublicKey { // qready-expect: XMSS reference
    let mut chain_tips = [[KoalaBear::default(); XMSS_DIGEST_LEN]; V]; // qready-expect: XMSS reference
    let mut public_param = [KoalaBear::default(); PUBLIC_PARAM_LEN_FE];
    for i in 0..PUBLIC_PARAM_LEN_FE {
        public_param[i] = KoalaBear::from(bytes[i]);
    }
    let mut randomness = [KoalaBear::default(); RANDOMNESS_LEN_FE];
    randomness[0] = KoalaBear::from(bytes[SIG_RANDOMNESS_BYTES - 1]);
    chain_tips[0][0] = randomness[0];
    XmssPublicKey { chain_tips, public_param } // qready-expect: XMSS reference
}
