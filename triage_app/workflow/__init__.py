"""The scene workflow and competency rules: pure functions of facts and the officer's level."""
