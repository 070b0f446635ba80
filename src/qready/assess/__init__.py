"""Turn an Inventory into an Assessment: for every finding its quantum threat, what breaking it would take,
the deadlines of the selected policies, its Mosca urgency and its replacement, then the migration waves.

`assess()` is pure: the settings (qready.toml), the day of judgement and the hardware profile come in as
arguments; only the packaged knowledge data is read.

This module stays light: `import qready` binds `assess` at once (the subpackage shares the function's name),
and a scan that is never assessed (the library's `qready.scan`) should not load the models, policies and
tables of qready.assess.verdicts (a third of `import qready.engine`).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from qready.model import Assessment, Inventory

if TYPE_CHECKING:
    from qready.assess.settings import Settings


def assess(
    inventory: Inventory,
    settings: Settings | None = None,
    *,
    today: date | None = None,
    profile: str | None = None,
) -> Assessment:
    """The verdict for every finding and the migration waves. `today` defaults to the current date (pass it
    for a reproducible assessment); `profile` to the settings' hardware profile, else sc_2019."""
    from qready.assess import verdicts  # noqa: PLC0415 (loads on the first assessment, see above)

    return verdicts.judge(inventory, settings, today, profile)


__all__ = ["Assessment", "assess"]
