"""Network detectors: what live TLS and SSH endpoints really offer and negotiate (`qready probe`)."""
