// Shapes of @noble/post-quantum's slh-dsa.js (round 61 of the source audit): SLH-DSA's SHA-2 parameter sets mask
// with MGF1 too (FIPS 205 section 11.2), which here is no RSA's.
import { sha256, sha512 } from '@noble/hashes/sha2';

function hmsg(seed, outLen, h1) {
  return mgf1(seed, outLen, h1);
}

export const slh_dsa_sha2_128f = /* @__PURE__ */ gen(PARAMS['128f'], SHA256); // qready-expect: SLH-DSA reference
