

def test_a_trainee_may_do_every_ladder_action_on_simulated_evidence_only() -> None:
    from triage_app.core.officer import Endorsement, Officer
    from triage_app.workflow.competency import judge

    trainee = Officer("T-1", "Trainee", endorsements=(Endorsement.parse("TRAINEE"),))
    l1 = Officer("L1-1", "First responder", endorsements=(Endorsement.parse("L1"),))
    assert not judge(trainee, "scan").allowed  # needs L2
    assert judge(trainee, "scan", simulation=True).allowed
    assert judge(trainee, "live-response", simulation=True).allowed  # L3
    assert not judge(trainee, "approve", simulation=True).allowed  # a role, not the ladder
    assert not judge(trainee, "inject-event", simulation=True).allowed
    # an L1 officer practising is held to L1: what they may not do is scored as refused
    assert not judge(l1, "scan", simulation=True).allowed
