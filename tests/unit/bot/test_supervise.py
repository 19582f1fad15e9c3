"""bot/supervise.py: a child that dies is started again after a growing pause; the others are
left alone; a child that stayed up a while starts again quickly next time."""
from bot.supervise import FIRST_PAUSE, MAX_PAUSE, STABLE_AFTER, Supervisor


class World:
    def __init__(self):
        self.now = 0.0
        self.up = {"acties": True, "rasa": True, "web": True}
        self.restarted = []
        self.said = []

    def restart(self, name):
        self.restarted.append((self.now, name))
        self.up[name] = True

    def supervisor(self):
        return Supervisor(list(self.up), alive=lambda: dict(self.up), restart=self.restart,
                          say=self.said.append, clock=lambda: self.now)

    def run(self, supervisor, seconds, step=0.5):
        end = self.now + seconds
        while self.now < end:
            supervisor.tick()
            self.now += step


def test_a_dead_child_is_started_again_after_a_pause_and_the_others_are_left_alone():
    world = World()
    supervisor = world.supervisor()
    world.run(supervisor, 5)
    world.up["rasa"] = False
    died_at = world.now
    world.run(supervisor, 5)
    assert [name for _, name in world.restarted] == ["rasa"]
    assert FIRST_PAUSE <= world.restarted[0][0] - died_at <= FIRST_PAUSE + 0.5
    assert any("rasa is gestopt" in line for line in world.said)
    assert any("rasa is opnieuw gestart" in line for line in world.said)


def test_the_pause_grows_while_a_child_keeps_dying_and_is_capped():
    world = World()
    supervisor = world.supervisor()
    pauses = []
    for _ in range(8):
        world.up["acties"] = False
        died_at = world.now
        before = len(world.restarted)
        while len(world.restarted) == before:
            supervisor.tick()
            world.now += 0.25
        pauses.append(world.restarted[-1][0] - died_at)
    assert pauses == sorted(pauses) and pauses[0] < 2 and max(pauses) <= MAX_PAUSE + 0.25
    assert pauses[-1] >= MAX_PAUSE


def test_after_a_stable_while_the_pause_is_short_again():
    world = World()
    supervisor = world.supervisor()
    for _ in range(4):  # four quick deaths: the pause is now 16 s
        world.up["web"] = False
        before = len(world.restarted)
        while len(world.restarted) == before:
            supervisor.tick()
            world.now += 0.5
    world.run(supervisor, STABLE_AFTER + 1)
    world.up["web"] = False
    died_at = world.now
    world.run(supervisor, 3)
    assert world.restarted[-1][0] - died_at <= FIRST_PAUSE + 0.5
