// Shapes from the winapi crate's bindings (round 60 of the source audit): Windows' Configuration Manager calls
// a resource descriptor `DES` and its process snapshots `PSS`, neither a cipher nor RSA's padding; an enum a
// macro declares names its algorithms with no value; a Kerberos encryption type for CMS ends in `ENV`.
pub type RES_DES = DWORD_PTR;
pub type PMEM_DES = *mut MEM_DES;
pub type PBUSNUMBER_DES = *mut BUSNUMBER_DES;
extern "system" {
    pub fn CM_Free_Res_Des(
        prdResDes: PRES_DES,
        rdResDes: RES_DES,
        ulFlags: ULONG,
    ) -> CONFIGRET;
    pub fn PssWalkSnapshot(
        SnapshotHandle: HPSS,
        InformationClass: PSS_WALK_INFORMATION_CLASS,
    ) -> DWORD;
}
ENUM!{enum PSS_CAPTURE_FLAGS {
    PSS_CAPTURE_NONE = 0x00000000,
    PSS_CAPTURE_HANDLES = 0x00000004,
    PSS_CREATE_BREAKAWAY = 0x08000000,
}}
pub const PPM_FIRMWARE_PSS: DWORD = 0x00000040;
pub const CALG_DES: ALG_ID = ALG_CLASS_DATA_ENCRYPT | ALG_TYPE_BLOCK | ALG_SID_DES; // qready-expect: DES reference
pub const BCRYPT_PAD_PSS: ULONG = 0x00000008; // qready-expect: RSA reference

ENUM!{enum HASHALGORITHM_ENUM {
    DSA_HASH_ALGORITHM_SHA1, // qready-expect: DSA reference; SHA-1 reference
    DSA_HASH_ALGORITHM_SHA256, // qready-expect: DSA reference
}}
ENUM!{enum DSAFIPSVERSION_ENUM {
    DSA_FIPS186_2, // qready-expect: DSA reference
    DSA_FIPS186_3, // qready-expect: DSA reference
}}

pub const KERB_ETYPE_RC2_CBC_ENV: LONG = 12; // qready-expect: RC2 reference
pub const KERB_ETYPE_RC4_HMAC_NT: LONG = 23; // qready-expect: RC4 reference
