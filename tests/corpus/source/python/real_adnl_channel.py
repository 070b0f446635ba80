"""A TON client's ADNL channel (shaped on tonutils, audit round 92): a key named after its algorithm, written out
with encode() for a key agreement, is that algorithm's key; a name's text encoded is not."""


def shared_key(client, server, get_shared_key, key_label):
    secret = get_shared_key(
        client.x25519_private.encode(),  # qready-expect: ECDH reference
        server.x25519_public.encode(),  # qready-expect: ECDH reference
    )
    return secret, key_label.encode()
