from __future__ import annotations

import pytest

from triage_app.custody.keycard import card_file, profile_cards_dir
from triage_app.errors import InputError
from triage_app.operations.officers import add_officer, sign_in


def test_a_new_officer_gets_a_protected_key_and_a_card_and_signs_in_with_it() -> None:
    made = add_officer(" PC-7 ", " Sam Lee ", endorsements=["L2-removable-media:2030-01-31"],
                       passphrase="s3cret")
    assert made.officer.id == "PC-7" and made.officer.name == "Sam Lee" and made.protected
    assert card_file(profile_cards_dir(), "PC-7").is_file()
    with pytest.raises(InputError, match="wrong passphrase"):
        sign_in("PC-7", "nope")
    with pytest.raises(InputError, match="protected by a passphrase"):
        sign_in("PC-7", None)
    assert sign_in("PC-7", "s3cret").has_level("L2")


def test_bad_profiles_are_refused_in_words() -> None:
    with pytest.raises(InputError, match="name is empty"):
        add_officer("PC-8", "  ")
    with pytest.raises(InputError, match="unknown competency level"):
        add_officer("PC-8", "Kim", endorsements=["L9"])
    with pytest.raises(InputError, match="choose your officer profile"):
        sign_in("unassigned")
