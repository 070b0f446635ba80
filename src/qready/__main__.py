from qready.cli import main

main()
