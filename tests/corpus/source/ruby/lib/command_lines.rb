# A provisioning task that runs openssl and ssh-keygen (commands.py): an argument vector or a command string
# with values put in is a use of what its subcommand and options name.
module Provision
  def self.keys(path)
    system("openssl", "genrsa", "-out", path, "2048") # qready-expect: RSA keygen 2048
    cmd = "ssh-keygen -t ecdsa -b 256 -N '' -f #{path}" # qready-expect: ECDSA keygen P-256
    system(cmd)
    `ssh-keygen -t rsa -b 3072 -N '' -f #{path}.ca` # qready-expect: RSA keygen 3072
    system("openssl dhparam -out " + path + ".dh 2048") # qready-expect: FFDH keygen 2048
  end
end
