// A DWARF reader's line table (shaped on gimli's read/line.rs and write/line.rs, audit round 360): DWARF 5 lets
// a compiler store each source file's MD5; the reader only holds, lends and copies those 16 bytes and the flag
// that says they are there, and computes no MD5. A function that computes one is still a use.
use crate::constants;

pub struct FileEntry {
    md5: [u8; 16],
}

impl FileEntry {
    pub fn md5(&self) -> &[u8; 16] {
        &self.md5
    }
}

pub fn file_has_md5(formats: &[FileEntryFormat]) -> bool {
    formats.iter().any(|x| x.content_type == constants::DW_LNCT_MD5)
}

fn convert(program: &mut LineProgram, from_header: &LineProgramHeader, comp_file: &FileEntry) {
    program.file_has_md5 = from_header.file_has_md5();
    let info = FileInfo { md5: *comp_file.md5(), ..Default::default() };
    program.add_file(info);
}

pub fn md5_of(data: &[u8]) -> [u8; 16] { // qready-expect: MD5 reference
    md5::compute(data).0 // qready-expect: MD5 digest
}

// A record's digest left unset: no value, no hash
fn unset() -> FileInfo {
    FileInfo { md5: None, ..Default::default() }
}
