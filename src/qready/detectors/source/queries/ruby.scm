; Ruby sites. Capture names are the contract with extract.py (see python.scm).
; tree-sitter-ruby has no node spanning `OpenSSL::PKey::RSA.new`: a call is a site named by its whole text,
; `OpenSSL::PKey::RSA.new(2048)`, which rules match with globs (`OpenSSL::PKey::RSA.new([0-9]*`), so the
; arguments can tell a key generation (`RSA.new(2048)`) from a key load (`RSA.new(pem)`). The receiver
; class (`OpenSSL::PKey::RSA`) is a dotted-name site of its own (LanguageSpec has no call types for Ruby,
; so a call's receiver is not absorbed into the call).

; require 'digest/md5' (binds `md5`; require loads files and imports no names)
(call
  method: (identifier) @_require
  arguments: (argument_list . (string (string_content) @import.path) .)
  (#eq? @_require "require")) @import

; receiver.method(args), method(args), receiver.method
(call arguments: (argument_list) @call.args) @call @call.callee
(call !arguments method: (_) @call.args) @call @call.callee
; receiver.method(args) is also a call of the bare method name, for methods only one key type has
; (`key.sign_pss(...)`, `ec_key.dsa_sign_asn1(digest)`): a glob on the whole text would also match any call
; whose block contains it. Only those methods, to keep the number of sites down.
((call receiver: (_) method: (identifier) @call.callee arguments: (argument_list) @call.args) @call
 (#match? @call.callee "^(sign_pss|verify_pss|dsa_sign_asn1|dsa_verify_asn1|dh_compute_key)$"))
; keyword arguments `generate_key("RSA", rsa_keygen_bits: 2048)`: extract.py reads `key: value` pairs only
; from an object node (LanguageSpec object_node = argument_list), so the call is also a site whose
; arguments are the call's own children (receiver, method, and the argument list's pairs as keywords).
(call arguments: (argument_list (pair))) @call @call.callee @call.args

; Foo::Bar::Baz (the outermost one)
(scope_resolution) @ref
; the project's own names, read by rules/named.toml (a call's site is not: it spans its block): a constant
; (a class or module defined, `class SHA1 < Abstract`, `module Eddsa`, the class it extends, a class a method
; is called on, `DSA.new(**priv)`, a constant given, `signature_algorithm: ALG_RSASSA`), a method defined
; (`def rsa_sign(...)`; a test's is left out by match.py); a constant assigned is one of the constants
; (`SSH_AGENT_RSA_SHA2_256 = 0x02`)
(constant) @ref
((method name: (_) @def) (#not-match? @def "\\?$"))  ; (not a predicate: `def rsa?` tests a key's type)
((singleton_method name: (_) @def) (#not-match? @def "\\?$"))
; and a method called, by its name alone (`signer.sign_with_rsa(data)`, googleauth's `extract_rsa_key jwk`):
; the call's whole text would hold its block
(call method: (identifier) @ref)
; a local's method without arguments, named by both (aws-sdk-core's `md5.base64digest`, round 293)
((call receiver: (identifier) method: (identifier) !arguments) @ref)

; String literals (and symbols: `:RS256`, `:'P-256'`) used as values: assigned, listed, compared, hash keys and
; values, case arms, returned, indexed, passed to a call. A call's string argument does not count when the call prints, logs, raises or
; names a test (`Rails.logger.info("ssh-rsa disabled")`, `describe "RS256" do`), or names the curve of an
; EC key (`OpenSSL::PKey::EC.generate("secp384r1")` is an ECDSA key, not a TLS group).
(assignment right: [(string) (simple_symbol) (delimited_symbol)] @string)
(operator_assignment right: [(string) (simple_symbol) (delimited_symbol)] @string)
(array [(string) (simple_symbol) (delimited_symbol)] @string)
(string_array (bare_string) @string)
(symbol_array (bare_symbol) @string)
(pair key: [(string) (simple_symbol) (delimited_symbol)] @string)
(pair value: [(string) (simple_symbol) (delimited_symbol)] @string)
(binary [(string) (simple_symbol) (delimited_symbol)] @string)
(subshell) @string  ; a command run in backquotes or %x(...) (`ssh-keygen -t rsa -b 4096 -f #{path}`)
(pattern [(string) (simple_symbol) (delimited_symbol)] @string)
(element_reference [(string) (simple_symbol) (delimited_symbol)] @string)
(conditional consequence: [(string) (simple_symbol) (delimited_symbol)] @string)
(conditional alternative: [(string) (simple_symbol) (delimited_symbol)] @string)
(parenthesized_statements [(string) (simple_symbol) (delimited_symbol)] @string)
(return (argument_list [(string) (simple_symbol) (delimited_symbol)] @string))
; a string frozen or converted where it stands (localhost's `SERVER_CIPHERS = "EECDH+AES128:...".freeze`)
((call receiver: (string) @string method: (identifier) @_method)
 (#match? @_method "^(freeze|dup|to_s|to_sym|strip|downcase|upcase|encode|force_encoding|b)$"))
; a value a method or a branch gives (`def ssh_type\n  "ssh-ed25519"\nend`, `when :A128GCM\n  'aes-128-gcm'`)
(body_statement [(string) (simple_symbol) (delimited_symbol)] @string)
(then [(string) (simple_symbol) (delimited_symbol)] @string)
(else [(string) (simple_symbol) (delimited_symbol)] @string)
((call
   method: (_) @_method
   arguments: (argument_list [(string) (simple_symbol) (delimited_symbol)] @string)) @_call
 (#not-match? @_method "^(puts|print|p|pp|printf|format|sprintf|raise|fail|warn|abort|exit|log|debug|info|warning|error|fatal|unknown|say|describe|context|it|specify|test|scenario|feature|example|shared_examples|include_examples|it_behaves_like|desc|t|translate|require|require_relative|load|attr_reader|attr_writer|attr_accessor|alias_method|private|protected|public|module_function|private_constant|delegate|let|let!|subject|its|shared_context|include_context|before|after|around)$")
 (#not-match? @_call "^(::)?OpenSSL::PKey(::EC(::Group)?)?\\.(new|generate|generate_key|generate_parameters)\\b"))

; constants, for key-size provenance: KEY_BITS = 4096; bits = 2048
(assignment left: [(constant) (identifier)] @assign.name right: (_) @assign.value)
