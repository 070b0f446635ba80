// MATTR's BBS+ signatures over BLS12-381 keys (shaped on @mattrglobal/bbs-signatures' lib/wasm.js, audit
// round 353): the functions are named for the keys' curve, but in a module of BBS signatures they sign,
// verify and prove with BBS, not with BLS signatures.
function bls12381toBbs(request) {
    return wasm.bls12381toBbs(request);
}

function generateBls12381G2KeyPair(seed) { // qready-expect: BBS reference
    return wasm.generateBls12381G2KeyPair(seed); // qready-expect: BBS keygen
}

function blsSign(request) { // qready-expect: BBS reference
    return wasm.blsSign(request); // qready-expect: BBS sign
}
