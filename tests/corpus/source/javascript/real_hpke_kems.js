// An HPKE suite's KEMs (shaped on @panva/hpke-noble, audit round 200): each KEM by its RFC 9180 name, and the
// factory defining it, named after it.
export const KEM_DHKEM_P256_HKDF_SHA256 = () => // qready-expect: ECDH reference P-256
  createDhKemNist({
    id: 0x0010,
    name: 'DHKEM(P-256, HKDF-SHA256)', // qready-expect: ECDH reference
    Nsecret: 32,
  });

export const KEM_DHKEM_P384_HKDF_SHA384 = () => // qready-expect: ECDH reference P-384
  createDhKemNist({ id: 0x0011, name: 'DHKEM(P-384, HKDF-SHA384)', Nsecret: 48 }); // qready-expect: ECDH reference

export const KEM_DHKEM_X25519_HKDF_SHA256 = () => // qready-expect: ECDH reference
  createDhKemX({
    id: 0x0020,
    name: 'DHKEM(X25519, HKDF-SHA256)', // qready-expect: ECDH reference
  });

export const KEM_DHKEM_X448_HKDF_SHA512 = () => // qready-expect: ECDH reference
  createDhKemX({
    id: 0x0021,
    name: 'DHKEM(X448, HKDF-SHA512)', // qready-expect: ECDH reference
  });
