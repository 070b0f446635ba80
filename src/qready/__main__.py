from qready.cli import run

run()
