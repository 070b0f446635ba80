<?php
// A certificate helper that runs openssl and ssh-keygen (commands.py): a command string with variables put in,
// or joined by `.`, is a use of what its subcommand and options name; the variables are values.
function make_keys($dir, $bits)
{
    exec("openssl genrsa -out $dir/server.key 2048"); // qready-expect: RSA keygen 2048
    shell_exec("openssl req -new -newkey rsa:4096 -nodes -keyout {$dir}/ca.key -out {$dir}/ca.csr"); // qready-expect: RSA keygen 4096
    $cmd = 'ssh-keygen -t ed25519 -N "" -f ' . $dir . '/id_ed25519'; // qready-expect: EdDSA keygen
    exec($cmd);
    echo "run openssl genrsa yourself\n";
}
