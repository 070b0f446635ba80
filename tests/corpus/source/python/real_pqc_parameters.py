"""Shapes from dilithium-py (round 18 of the source audit): a table of the round-3 Dilithium parameter sets,
keyed by their names."""

DEFAULT_PARAMETERS = {
    "dilithium2": {"d": 13, "k": 4, "l": 4},  # qready-expect: Dilithium reference
    "dilithium3": {"d": 13, "k": 6, "l": 5},  # qready-expect: Dilithium reference
    "dilithium5": {"d": 13, "k": 8, "l": 7},  # qready-expect: Dilithium reference
    "test_params": {"d": 13, "k": 1, "l": 1},
}
