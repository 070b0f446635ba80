# qbitcoin's wallet window (round 245): algorithm names shown in the interface's widgets are text for people;
# the signer the wallet builds is a use.
import flet as ft
from PyQt5.QtWidgets import QLabel


def algorithm_rows(page, scheme):
    page.add(ft.DataRow(cells=[ft.DataCell(ft.Text("Falcon-512")), ft.DataCell(ft.Text("ML-DSA-65"))]))
    label = QLabel("SHA-256")
    label.setToolTip("Signatures use Falcon-512")
    return scheme == "Falcon-512"  # qready-expect: FN-DSA reference
