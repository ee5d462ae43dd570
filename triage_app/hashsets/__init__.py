"""Known-file hash sets: NSRL RDS v3 in place, Project VIC, plain lists and hashdeep files."""
