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

// agora-react-native-rtm (round 392): members in lower case defined by number; a sort order's `des` is no DES
export enum RtmEncryptionMode {
  none = 0,
  aes128Gcm = 1, // qready-expect: AES reference 128
  aes256Gcm = 2, // qready-expect: AES reference 256
}
export enum SortOrder {
  asc = 0,
  des = 1,
}
