from kehoach_cli.cli import main

main()
