// A password hasher's enum (audit round 87, npm): a member given its own algorithm's name selects it.
export enum EncryptionMethod {
  md5 = "md5", // qready-expect: MD5 reference
  blowfish = "blowfish", // qready-expect: Blowfish reference
  crypt = "crypt",
}

export function label(method: EncryptionMethod): string {
  const caption = "plain";
  return `${caption}:${method}`;
}
