// murk-secrets' CLI tests (round 103): a test's key constants written to files and handed to helpers are
// its data, no use; a key parsed by its type is one
const SSH_ED25519_SK: &str = include_str!("fixtures/id_ed25519");

#[test]
fn recipient_key_files() {
    let key = dir.path().join("id_ed25519");
    fs::write(&key, SSH_ED25519_SK).unwrap();
    write_key_file(&bob_key_file, SSH_ED25519_SK);
    let signing = ed25519_dalek::SigningKey::from_bytes(&seed); // qready-expect: EdDSA reference
}
