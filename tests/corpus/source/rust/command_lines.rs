//! A test fixture builder that runs openssl and ssh-keygen (commands.py): a `Command` built for the tool, its
//! arguments given by `args`, is a use of what its subcommand and options name.
use std::process::Command;

pub fn make_keys(path: &str) -> std::io::Result<()> {
    Command::new("openssl").args(["genrsa", "-out", path, "2048"]).status()?; // qready-expect: RSA keygen 2048
    Command::new("ssh-keygen").args(&["-t", "ed25519", "-N", "", "-f", path]).status()?; // qready-expect: EdDSA keygen
    Command::new("ssh-keygen").args(["-l", "-f", path]).status()?;
    Ok(())
}
