// mintid-verifier-sdk's self-revocation (round 109): a failure's reasons and their texts name the proof that
// failed, no use of its scheme; a scheme's own variant and its signature are uses
pub fn reason_text(reason: Reason) -> &'static str {
    match reason {
        Reason::BbsSchnorr => "bbs_schnorr",
        Reason::AccSchnorr => "acc_schnorr",
        Reason::VeC1 => "ve_c1",
    }
}

pub fn scheme_name(alg: Alg) -> &'static str {
    match alg {
        Alg::Schnorr => "schnorr", // qready-expect: Schnorr reference
    }
}

fn check(r: Reason, key: &Keypair, msg: &[u8]) -> Signature {
    if !matches!(r, Reason::AccSchnorr | Reason::VeC1) {}
    schnorr::sign(key, msg) // qready-expect: Schnorr sign
}
