// A threat-intelligence API client generated from its OpenAPI document (shaped on crowdstrike-falcon's
// dist/models, audit round 350): a digest's field copied from a record by its name is a value; a hash
// function's own enumeration chooses one, and a hash function taken from a module is one.
export function FalconxExtractedFileFromJSON(value) {
    return {
        md5: value["md5"],
        sha1: value["sha1"],
        name: value["name"],
    };
}

export const DigestAlgorithm = {
    None: "none",
    Md5: "md5", // qready-expect: MD5 reference
    Sha1: "sha1", // qready-expect: SHA-1 reference
    Sha256: "sha256",
};
