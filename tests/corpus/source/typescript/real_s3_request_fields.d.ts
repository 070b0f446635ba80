// An object store client's request types (shaped on aws-sdk's clients/s3.d.ts, audit round 185): the fields
// and types named after an MD5 carry digests computed elsewhere (an HTTP header's value), after an acronym too
// (`SSECustomerKeyMD5`); the client's checksum algorithms named as values are uses.
export interface PutObjectRequest {
  ContentMD5?: ContentMD5;
  SSECustomerKeyMD5?: SSECustomerKeyMD5;
  ChecksumAlgorithm?: ChecksumAlgorithm;
}
export type SSECustomerKeyMD5 = string;
export type ContentMD5 = string;
export type ChecksumAlgorithm = "CRC32" | "CRC32C" | "SHA1" | "SHA256" | string; // qready-expect: SHA-1 reference
