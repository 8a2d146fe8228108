from negotrack.cli.app import main

main()
