// A cloud SDK's generated request models (shaped on Alibaba Cloud's Tea models, @alicloud/dingtalk, audit
// round 448): `names()` maps each field to its name on the wire, itself; a file's checksum field named md5
// is no use of MD5. The hash that computes it, and an enum's member naming the algorithm, are.
import * as crypto from "crypto";

export class UploadFileRequest {
  fileName?: string;
  fileSize?: number;
  md5?: string;
  sha1?: string;
  static names(): { [key: string]: string } {
    return {
      fileName: 'fileName',
      fileSize: 'fileSize',
      md5: 'md5',
      sha1: "sha1",
    };
  }

  static types(): { [key: string]: any } {
    return {
      fileName: 'string',
      fileSize: 'number',
      md5: 'string',
    };
  }
}

export const ChecksumAlgorithm = {
  MD5: "MD5", // qready-expect: MD5 reference
  SHA1: "SHA1", // qready-expect: SHA-1 reference
} as const;

export const wireNames = { digest: 'md5' }; // qready-expect: MD5 reference

export function checksum(data: Buffer): string {
  return crypto.createHash('md5').update(data).digest('hex'); // qready-expect: MD5 digest
}
